//! WARC files as Common Crawl writes them: HTML `response` records become documents.
//!
//! Record headers are parsed by the `warc` crate's header parser. Records are framed
//! here rather than through `warc::WarcReader` because its iterators either buffer
//! every body whole before the caller can look at `Content-Length` (no way to skip
//! an oversized record without reading it) or borrow the reader, which an owned,
//! lazy iterator over a file cannot hold. HTTP headers are parsed by `httparse`.

use std::io::{BufRead, Read};

use encoding_rs::Encoding;

use crate::{charset, stream::read_error, Content, Hints, RawDocument, Rejection};

/// Longest WARC header block accepted (Common Crawl's are under 2 KB).
const MAX_HEADER_BLOCK: u64 = 64 * 1024;
const NOT_WARC: &str = "not a WARC file: no valid WARC/1.x record header at its start";
/// Most HTTP response headers looked at.
const MAX_HTTP_HEADERS: usize = 128;

/// Documents of a WARC stream (already decompressed when it was gzipped).
pub(crate) struct WarcDocs<R> {
    reader: R,
    name: String,
    max_record_bytes: usize,
    compressed: bool,
    /// Records read whole so far.
    records: usize,
    header: Vec<u8>,
    done: bool,
}

/// The WARC header fields this reader uses.
#[derive(Default)]
struct RecordHead {
    warc_type: String,
    target_uri: Option<String>,
    block_type: Option<String>,
    payload_type: Option<String>,
    content_length: u64,
}

enum Frame {
    Record(RecordHead),
    End,
}

impl<R: BufRead> WarcDocs<R> {
    /// Reads records from `reader` (named `name`), rejecting any over `max_record_bytes`.
    pub(crate) fn new(name: String, reader: R, max_record_bytes: usize, compressed: bool) -> Self {
        WarcDocs { reader, name, max_record_bytes, compressed, records: 0, header: Vec::new(), done: false }
    }

    /// Reads the next header block up to its blank line; `End` at a clean end of input.
    fn read_head(&mut self) -> Result<Frame, String> {
        match read_header_block(&mut self.reader, &mut self.header) {
            Err(e) => return Err(self.io_reason(&e)),
            Ok(Block::End) => return Ok(Frame::End),
            Ok(Block::TooLong) => {
                return Err(format!("record {}: WARC header over {MAX_HEADER_BLOCK} bytes", self.records + 1))
            }
            Ok(Block::Truncated) if self.records == 0 && !self.header.trim_ascii_start().starts_with(b"WARC/") => {
                return Err(NOT_WARC.to_string())
            }
            Ok(Block::Truncated) => return Err(self.truncated("ends inside a record header")),
            Ok(Block::Complete) => {}
        }
        let parsed = ::warc::parser::headers(&self.header).map_err(|_| {
            let at = self.records + 1;
            if self.records == 0 {
                NOT_WARC.to_string()
            } else {
                format!("record {at}: malformed WARC header")
            }
        })?;
        let (_, (_, fields, length)) = parsed;
        let mut head = RecordHead { content_length: length as u64, ..RecordHead::default() };
        for (name, value) in fields {
            let value = || String::from_utf8_lossy(value).trim().to_string();
            if name.eq_ignore_ascii_case("WARC-Type") {
                head.warc_type = value().to_ascii_lowercase();
            } else if name.eq_ignore_ascii_case("WARC-Target-URI") {
                let uri = value();
                let uri = uri.strip_prefix('<').and_then(|u| u.strip_suffix('>')).map(str::to_string).unwrap_or(uri);
                head.target_uri = Some(uri);
            } else if name.eq_ignore_ascii_case("Content-Type") {
                head.block_type = Some(value().to_ascii_lowercase());
            } else if name.eq_ignore_ascii_case("WARC-Identified-Payload-Type") {
                head.payload_type = Some(value().to_ascii_lowercase());
            }
        }
        Ok(Frame::Record(head))
    }

    /// Skips a record's block without keeping it.
    fn skip_block(&mut self, length: u64) -> Result<(), String> {
        let copied = std::io::copy(&mut (&mut self.reader).take(length), &mut std::io::sink());
        let copied = copied.map_err(|e| self.io_reason(&e))?;
        if copied < length {
            return Err(self.truncated(&format!("record {} ends after {copied} of {length} bytes", self.records + 1)));
        }
        self.skip_record_end()
    }

    fn read_block(&mut self, length: u64) -> Result<Vec<u8>, String> {
        let mut block = Vec::with_capacity(usize::try_from(length).unwrap_or(0));
        let read = (&mut self.reader).take(length).read_to_end(&mut block);
        read.map_err(|e| self.io_reason(&e))?;
        if (block.len() as u64) < length {
            let got = block.len();
            return Err(self.truncated(&format!("record {} ends after {got} of {length} bytes", self.records + 1)));
        }
        self.skip_record_end()?;
        Ok(block)
    }

    /// Consumes the CRLF CRLF after a block (tolerating bare LFs or its absence at the end).
    fn skip_record_end(&mut self) -> Result<(), String> {
        for _ in 0..4 {
            let next = match self.reader.fill_buf() {
                Ok(next) => next.first().copied(),
                Err(e) => return Err(self.io_reason(&e)),
            };
            match next {
                Some(b'\r' | b'\n') => self.reader.consume(1),
                _ => break,
            }
        }
        Ok(())
    }

    fn io_reason(&self, error: &std::io::Error) -> String {
        format!("{} (after {} records)", read_error(error, self.compressed), self.records)
    }

    fn truncated(&self, what: &str) -> String {
        format!("truncated WARC: {what} (after {} records)", self.records)
    }

    fn record_source(&self, head: &RecordHead) -> String {
        match &head.target_uri {
            Some(uri) => format!("{}#{uri}", self.name),
            None => format!("{}#record-{}", self.name, self.records + 1),
        }
    }

    /// One record: a document, a rejection, or `None` when it is skipped.
    fn record(&mut self, head: RecordHead) -> Result<Option<Result<RawDocument, Rejection>>, String> {
        let wanted = match head.warc_type.as_str() {
            "response" => head.block_type.as_deref().is_none_or(|t| t.contains("application/http")),
            "resource" => head.block_type.as_deref().is_some_and(is_html_type),
            _ => false,
        } && head.payload_type.as_deref().is_none_or(is_html_type);
        if !wanted {
            self.skip_block(head.content_length)?;
            return Ok(None);
        }
        if head.content_length > self.max_record_bytes as u64 {
            self.skip_block(head.content_length)?;
            let reason = format!(
                "WARC record is {} bytes, over the limit of {} bytes",
                head.content_length, self.max_record_bytes
            );
            return Ok(Some(Err(Rejection { source: self.record_source(&head), reason })));
        }
        let block = self.read_block(head.content_length)?;
        let page = if head.warc_type == "response" {
            http_html_payload(block, self.max_record_bytes)
        } else {
            Some(Page { body: block, charset: head.block_type.as_deref().and_then(charset::charset_param) })
        };
        let Some(page) = page else { return Ok(None) };
        let html = charset::decode_html(page.body, page.charset);
        if html.trim().is_empty() {
            return Ok(None);
        }
        Ok(Some(Ok(RawDocument {
            source: self.record_source(&head),
            content: Content::Html(html),
            hints: Hints { url: head.target_uri, ..Hints::default() },
        })))
    }
}

impl<R: BufRead> Iterator for WarcDocs<R> {
    type Item = Result<RawDocument, Rejection>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let step = self.read_head().and_then(|frame| match frame {
                Frame::End => {
                    self.done = true;
                    Ok(None)
                }
                Frame::Record(head) => {
                    let item = self.record(head);
                    if item.is_ok() {
                        self.records += 1;
                    }
                    item
                }
            });
            match step {
                Ok(Some(item)) => return Some(item),
                Ok(None) => {}
                Err(reason) => {
                    self.done = true;
                    return Some(Err(Rejection { source: self.name.clone(), reason }));
                }
            }
        }
        None
    }
}

enum Block {
    Complete,
    End,
    TooLong,
    Truncated,
}

/// Reads header lines into `header` up to the blank line that ends them,
/// skipping blank lines before the block.
fn read_header_block(reader: &mut impl BufRead, header: &mut Vec<u8>) -> std::io::Result<Block> {
    header.clear();
    let mut limited = reader.take(MAX_HEADER_BLOCK);
    loop {
        let start = header.len();
        let n = limited.read_until(b'\n', header)?;
        if n == 0 {
            return Ok(if header.trim_ascii().is_empty() {
                Block::End
            } else if header.len() as u64 >= MAX_HEADER_BLOCK {
                Block::TooLong
            } else {
                Block::Truncated
            });
        }
        let line = header.get(start..).unwrap_or_default();
        if line == b"\r\n" || line == b"\n" {
            if start == 0 {
                header.clear();
                continue;
            }
            return Ok(Block::Complete);
        }
    }
}

fn is_html_type(media_type: &str) -> bool {
    media_type.contains("html")
}

/// An HTML body and the charset its transport declared.
struct Page {
    body: Vec<u8>,
    charset: Option<&'static Encoding>,
}

/// The HTML payload of an HTTP response block: `None` for non-2xx statuses, non-HTML
/// content types, unparseable headers and content encodings that cannot be undone.
fn http_html_payload(mut block: Vec<u8>, max_bytes: usize) -> Option<Page> {
    let mut headers = [httparse::EMPTY_HEADER; MAX_HTTP_HEADERS];
    let mut response = httparse::Response::new(&mut headers);
    let parsed = httparse::ParserConfig::default()
        .allow_spaces_after_header_name_in_responses(true)
        .allow_obsolete_multiline_headers_in_responses(true)
        .allow_multiple_spaces_in_response_status_delimiters(true)
        .ignore_invalid_headers_in_responses(true)
        .parse_response(&mut response, &block);
    let header_len = match parsed {
        Ok(httparse::Status::Complete(len)) => len,
        Ok(httparse::Status::Partial) | Err(_) => return None,
    };
    if !(200..300).contains(&response.code?) {
        return None;
    }
    let header = |name: &str| {
        response
            .headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(name))
            .map(|h| String::from_utf8_lossy(h.value).trim().to_ascii_lowercase())
    };
    let content_type = header("Content-Type");
    let transfer_encoding = header("Transfer-Encoding");
    let content_encoding = header("Content-Encoding");
    let charset = content_type.as_deref().and_then(charset::charset_param);
    block.drain(..header_len.min(block.len()));
    let mut body = block;
    if transfer_encoding.as_deref().is_some_and(|t| t.contains("chunked")) {
        body = dechunk(&body).unwrap_or(body);
    }
    match content_encoding.as_deref() {
        None | Some("" | "identity" | "none") => {}
        Some("gzip" | "x-gzip") => body = inflate(flate2::read::MultiGzDecoder::new(body.as_slice()), max_bytes)?,
        Some("deflate") => body = inflate(flate2::read::ZlibDecoder::new(body.as_slice()), max_bytes)?,
        Some(_) => return None,
    }
    let is_html = match content_type.as_deref() {
        Some(t) if !t.is_empty() => is_html_type(t),
        _ => looks_like_html(&body),
    };
    is_html.then_some(Page { body, charset })
}

fn looks_like_html(body: &[u8]) -> bool {
    let head = body.get(..body.len().min(1024)).unwrap_or_default().trim_ascii_start();
    let lower = head.to_ascii_lowercase();
    lower.starts_with(b"<!doctype html") || lower.starts_with(b"<html") || lower.windows(5).any(|w| w == b"<body")
}

fn inflate(mut decoder: impl Read, max_bytes: usize) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    decoder.by_ref().take(max_bytes as u64 + 1).read_to_end(&mut out).ok()?;
    (out.len() <= max_bytes).then_some(out)
}

/// Undoes HTTP chunked transfer coding (chunk sizes parsed by `httparse`); `None` when malformed.
fn dechunk(mut data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len());
    loop {
        let (size_len, size) = match httparse::parse_chunk_size(data).ok()? {
            httparse::Status::Complete(parsed) => parsed,
            httparse::Status::Partial => return None,
        };
        data = data.get(size_len..)?;
        if size == 0 {
            return Some(out);
        }
        let size = usize::try_from(size).ok()?;
        out.extend_from_slice(data.get(..size)?);
        data = data.get(size..)?;
        data = data.strip_prefix(b"\r\n").or_else(|| data.strip_prefix(b"\n")).unwrap_or(data);
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::io::Write;

    /// One WARC record.
    pub(crate) fn record(kind: &str, uri: &str, extra_headers: &str, block: &[u8]) -> Vec<u8> {
        let mut r = format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-03-05T10:00:00Z\r\n\
             WARC-Record-ID: <urn:uuid:12345678-0000-0000-0000-000000000000>\r\n{extra_headers}Content-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        r.extend_from_slice(block);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }

    /// An HTTP response record around `body`.
    pub(crate) fn response(uri: &str, http_headers: &str, body: &[u8]) -> Vec<u8> {
        let mut http = format!("HTTP/1.1 200 OK\r\n{http_headers}\r\n").into_bytes();
        http.extend_from_slice(body);
        record("response", uri, "Content-Type: application/http; msgtype=response\r\n", &http)
    }

    /// One gzip member.
    pub(crate) fn gzip(data: &[u8]) -> Vec<u8> {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        let _ = enc.write_all(data);
        enc.finish().unwrap_or_default()
    }

    /// A Common-Crawl-like capture: warcinfo, then request/response/metadata per page.
    pub(crate) fn crawl(pages: &[(&str, &str)]) -> Vec<Vec<u8>> {
        let mut records = vec![record("warcinfo", "", "Content-Type: application/warc-fields\r\n", b"software: t\r\n")];
        for (uri, html) in pages {
            records.push(record(
                "request",
                uri,
                "Content-Type: application/http; msgtype=request\r\n",
                b"GET /\r\n\r\n",
            ));
            records.push(response(uri, "Content-Type: text/html; charset=utf-8\r\n", html.as_bytes()));
            records.push(record("metadata", uri, "Content-Type: application/warc-fields\r\n", b"fetchTimeMs: 1\r\n"));
        }
        records
    }

    fn read(data: &[u8], max: usize) -> Vec<Result<RawDocument, Rejection>> {
        WarcDocs::new("c.warc".into(), data, max, false).collect()
    }

    #[test]
    fn html_responses_become_documents_and_other_records_are_skipped() {
        let mut data = crawl(&[("https://a.example/1", "<html><body>One</body></html>")]).concat();
        data.extend(response("https://a.example/img", "Content-Type: image/png\r\n", b"\x89PNG\0\0"));
        data.extend(response("https://a.example/2", "Content-Type: TEXT/HTML\r\n", b"<p>Two</p>"));
        let out = read(&data, 1 << 20);
        assert_eq!(out.len(), 2, "{out:?}");
        let first = out[0].as_ref().unwrap();
        assert_eq!(first.source, "c.warc#https://a.example/1");
        assert_eq!(first.hints.url.as_deref(), Some("https://a.example/1"));
        assert_eq!(first.content, Content::Html("<html><body>One</body></html>".into()));
        assert_eq!(out[1].as_ref().unwrap().content, Content::Html("<p>Two</p>".into()));
    }

    #[test]
    fn http_charset_chunking_and_gzip_encoding_are_undone() {
        let text = "<html><body>Министр заявил</body></html>";
        let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode(text);
        let mut data = response("https://r.example/a", "Content-Type: text/html; charset=windows-1251\r\n", &cp1251);
        let chunked = b"5\r\n<p>Ch\r\n6;ext=1\r\nunked<\r\n3\r\n/p>\r\n0\r\n\r\n";
        data.extend(response(
            "https://r.example/b",
            "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n",
            chunked,
        ));
        data.extend(response(
            "https://r.example/c",
            "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
            &gzip(b"<p>Zipped</p>"),
        ));
        data.extend(response("https://r.example/d", "Content-Type: text/html\r\nContent-Encoding: br\r\n", b"??"));
        let out = read(&data, 1 << 20);
        let texts: Vec<String> = out.iter().map(|d| d.as_ref().unwrap().content.as_str().to_string()).collect();
        assert_eq!(texts, vec![text.to_string(), "<p>Chunked</p>".into(), "<p>Zipped</p>".into()]);
    }

    #[test]
    fn non_2xx_and_headerless_non_html_responses_are_skipped() {
        let mut data = Vec::new();
        let mut redirect =
            b"HTTP/1.1 301 Moved\r\nLocation: /x\r\nContent-Type: text/html\r\n\r\n<html>moved</html>".to_vec();
        data.extend(record("response", "https://s.example/r", "", &redirect));
        redirect = b"HTTP/1.1 200 OK\r\n\r\n<!DOCTYPE html><html><body>sniffed</body></html>".to_vec();
        data.extend(record("response", "https://s.example/s", "", &redirect));
        data.extend(record("response", "https://s.example/t", "", b"HTTP/1.1 200 OK\r\n\r\n{\"json\": 1}"));
        data.extend(record("response", "https://s.example/u", "", b"not http at all"));
        let out = read(&data, 1 << 20);
        assert_eq!(out.len(), 1, "{out:?}");
        assert!(out[0].as_ref().unwrap().content.as_str().contains("sniffed"));
    }

    #[test]
    fn oversized_records_are_rejected_without_stopping() {
        let big = format!("<html><body>{}</body></html>", "x".repeat(5000));
        let mut data = response("https://b.example/big", "Content-Type: text/html\r\n", big.as_bytes());
        data.extend(response("https://b.example/small", "Content-Type: text/html\r\n", b"<p>small</p>"));
        let out = read(&data, 1000);
        assert_eq!(out.len(), 2);
        let rejected = out[0].as_ref().unwrap_err();
        assert_eq!(rejected.source, "c.warc#https://b.example/big");
        assert!(rejected.reason.contains("over the limit of 1000 bytes"), "{}", rejected.reason);
        assert!(out[1].is_ok());
    }

    #[test]
    fn truncation_keeps_earlier_records_then_rejects_the_file() {
        let data = crawl(&[("https://t.example/1", "<p>one</p>"), ("https://t.example/2", "<p>two</p>")]).concat();
        let cut = data.windows(6).position(|w| w == b"<p>two").unwrap() + 3;
        let out = read(data.get(..cut).unwrap(), 1 << 20);
        assert_eq!(out.len(), 2, "{out:?}");
        assert_eq!(out[0].as_ref().unwrap().content.as_str(), "<p>one</p>");
        let rejection = out[1].as_ref().unwrap_err();
        assert_eq!(rejection.source, "c.warc");
        assert!(rejection.reason.starts_with("truncated WARC"), "{}", rejection.reason);
    }

    #[test]
    fn garbage_and_malformed_headers_are_rejected() {
        let out = read(b"this is not a warc\r\n\r\n", 1000);
        assert_eq!(out.len(), 1);
        assert!(out[0].as_ref().unwrap_err().reason.contains("not a WARC file"));
        let mut data = crawl(&[("https://m.example/1", "<p>one</p>")]).concat();
        data.extend_from_slice(b"WARC/1.0\r\n: no name\r\n\r\n");
        let out = read(&data, 1000);
        assert_eq!(out.len(), 2);
        assert!(out[1].as_ref().unwrap_err().reason.contains("record 5: malformed WARC header"), "{out:?}");
    }

    #[test]
    fn resource_records_with_html_are_read() {
        let data =
            record("resource", "<https://w.example/p>", "Content-Type: text/html; charset=utf-8\r\n", b"<p>r</p>");
        let out = read(&data, 1000);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].as_ref().unwrap().hints.url.as_deref(), Some("https://w.example/p"));
    }
}
