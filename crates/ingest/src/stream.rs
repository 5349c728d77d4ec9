//! One input stream → its documents: sniff the head, then hand the stream to the
//! reader of its format. Containers (WARC, JSONL, gzip) are streamed; single
//! documents (text, HTML, feeds) are read whole, up to the size limit.

use std::io::{BufReader, Cursor, Read};

use flate2::read::MultiGzDecoder;

use crate::charset;
use crate::sniff::{sniff, Ext, Kind, HEAD_BYTES};
use crate::{feed, jsonl::JsonlDocs, warc::WarcDocs};
use crate::{Content, FormatChoice, Hints, IngestOptions, RawDocument, Rejection};

/// A lazy stream of documents and rejections.
pub(crate) type Docs<'a> = Box<dyn Iterator<Item = Result<RawDocument, Rejection>> + Send + 'a>;

/// Buffer size for streamed containers.
const STREAM_BUFFER: usize = 256 * 1024;

/// The documents of one input named `name`. `size` is its length when known
/// (a file's metadata), `ext` what its name suggests.
pub(crate) fn documents<'a>(
    name: String,
    reader: Box<dyn Read + Send + 'a>,
    size: Option<u64>,
    ext: Ext,
    opts: &IngestOptions,
) -> Docs<'a> {
    read_input(name, reader, size, ext, opts, false)
}

/// A single rejection as a stream.
pub(crate) fn rejected<'a>(source: String, reason: impl Into<String>) -> Docs<'a> {
    Box::new(std::iter::once(Err(Rejection { source, reason: reason.into() })))
}

/// A read error in words: truncation and corruption of compressed data named as such.
pub(crate) fn read_error(error: &std::io::Error, compressed: bool) -> String {
    use std::io::ErrorKind::{InvalidData, InvalidInput, UnexpectedEof};
    match error.kind() {
        UnexpectedEof if compressed => format!("truncated gzip data: {error}"),
        InvalidData | InvalidInput if compressed => format!("corrupt gzip data: {error}"),
        _ => format!("cannot read: {error}"),
    }
}

fn read_input<'a>(
    name: String,
    mut reader: Box<dyn Read + Send + 'a>,
    size: Option<u64>,
    ext: Ext,
    opts: &IngestOptions,
    compressed: bool,
) -> Docs<'a> {
    let capacity = size.map_or(HEAD_BYTES, |s| usize::try_from(s).unwrap_or(usize::MAX).saturating_add(1));
    let mut head = Vec::with_capacity(capacity.min(HEAD_BYTES));
    let mut complete = false;
    match (&mut reader).take(HEAD_BYTES as u64).read_to_end(&mut head) {
        Ok(_) => complete = head.len() < HEAD_BYTES,
        Err(e) if head.is_empty() => return rejected(name, read_error(&e, compressed)),
        // Damage inside the head: read what came before it, then meet the error again.
        Err(e) => reader = Box::new(FailOnce(Some(e))),
    }
    let max = opts.max_document_bytes;
    match sniff(&head, complete, ext) {
        Kind::Empty => rejected(name, "empty file"),
        Kind::Binary(reason) => rejected(name, reason),
        Kind::Gzip if compressed => rejected(name, "gzip inside gzip is not supported"),
        Kind::Gzip => {
            let decoder = MultiGzDecoder::new(BufReader::with_capacity(STREAM_BUFFER, Cursor::new(head).chain(reader)));
            read_input(name, Box::new(decoder), None, ext, opts, true)
        }
        Kind::Warc => {
            let stream = BufReader::with_capacity(STREAM_BUFFER, Cursor::new(head).chain(reader));
            Box::new(WarcDocs::new(name, stream, max, compressed))
        }
        Kind::Jsonl => {
            let stream = BufReader::with_capacity(STREAM_BUFFER, Cursor::new(head).chain(reader));
            Box::new(JsonlDocs::new(name, stream, max, compressed))
        }
        kind @ (Kind::Feed | Kind::Html | Kind::Text) => {
            let bytes = match read_whole(head, complete, reader, size, max, compressed) {
                Ok(bytes) => bytes,
                Err(reason) => return rejected(name, reason),
            };
            if kind == Kind::Feed {
                return Box::new(feed::documents(&name, &bytes).into_iter());
            }
            let content = match (kind, opts.format) {
                (Kind::Text, FormatChoice::Auto | FormatChoice::Text) => match charset::decode_text(bytes) {
                    Ok(text) => Content::Text(text),
                    Err(e) => return rejected(name, e.to_string()),
                },
                (_, FormatChoice::Text) => Content::Text(charset::decode_html(bytes, None)),
                _ => Content::Html(charset::decode_html(bytes, None)),
            };
            if content.as_str().trim().is_empty() {
                return rejected(name, "empty file");
            }
            Box::new(std::iter::once(Ok(RawDocument { source: name, content, hints: Hints::default() })))
        }
    }
}

/// A reader that fails with a stored error once, then reads as empty.
struct FailOnce(Option<std::io::Error>);

impl Read for FailOnce {
    fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
        self.0.take().map_or(Ok(0), Err)
    }
}

/// Reads a single-document input whole, refusing anything over `max` bytes
/// (by its known size before reading on, else by counting).
fn read_whole(
    mut head: Vec<u8>,
    complete: bool,
    reader: Box<dyn Read + Send + '_>,
    size: Option<u64>,
    max: usize,
    compressed: bool,
) -> Result<Vec<u8>, String> {
    let over = |len: u64| format!("document is {len} bytes, over the limit of {max} bytes");
    if let Some(size) = size.filter(|&s| s > max as u64) {
        return Err(over(size));
    }
    if !complete {
        let wanted = size.map_or(0, |s| usize::try_from(s).unwrap_or(0).saturating_sub(head.len()));
        head.reserve(wanted);
        let room = (max as u64 + 1).saturating_sub(head.len() as u64);
        reader.take(room).read_to_end(&mut head).map_err(|e| read_error(&e, compressed))?;
    }
    if head.len() > max {
        return Err(match size {
            Some(size) if !compressed => over(size),
            _ if compressed => format!("document is over the limit of {max} bytes once decompressed"),
            _ => format!("document is over the limit of {max} bytes"),
        });
    }
    Ok(head)
}
