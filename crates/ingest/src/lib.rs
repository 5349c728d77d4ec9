//! Sources: turns files, directories and stdin into [`RawDocument`]s.
//!
//! Every supported format (plain text, HTML, JSONL, WARC/WARC.gz, RSS/Atom) is
//! read here and nothing else happens here: no extraction, no analysis. A bad
//! input becomes a [`Rejection`] carrying its path and a reason, and the stream
//! goes on with the next document.
//!
//! Formats are sniffed from content (gzip magic, `WARC/`, a feed or HTML root, JSON
//! lines), the file name breaking ties. Containers — WARC (plain or multi-member
//! gzip, as Common Crawl writes it) and JSONL (also gzipped) — are streamed record by
//! record in constant memory; single documents are read whole up to
//! [`IngestOptions::max_document_bytes`]. Modules: `walk` (paths and directories),
//! `stream` (sniff and dispatch), `sniff`, `charset`, `jsonl`, `warc`, `feed`.

mod charset;
mod feed;
mod jsonl;
mod sniff;
mod stream;
#[cfg(test)]
mod tests;
mod walk;
mod warc;

use std::path::PathBuf;

use storyline_model::ArticleInput;

/// The body of a document as its format delivered it.
#[derive(Debug, Clone, PartialEq)]
pub enum Content {
    /// Raw HTML, already decoded to UTF-8.
    Html(String),
    /// Already-scraped plain text.
    Text(String),
}

impl Content {
    /// The decoded body, whatever its kind.
    pub fn as_str(&self) -> &str {
        match self {
            Content::Html(s) | Content::Text(s) => s,
        }
    }
}

/// Metadata a container format states alongside the body (JSONL fields, WARC
/// target URI, feed item fields). Extraction prefers these over guesses.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Hints {
    /// Address of the document.
    pub url: Option<String>,
    /// The caller's own id (JSONL `id`).
    pub external_id: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Publication date or date-time as given.
    pub published: Option<String>,
    /// Outlet name.
    pub outlet: Option<String>,
    /// Authors.
    pub authors: Vec<String>,
}

/// One document read from a source, before extraction.
#[derive(Debug, Clone, PartialEq)]
pub struct RawDocument {
    /// Where it came from: a path, `path:LINE` for JSONL, `path#URI` for WARC and feeds, `-` for stdin.
    pub source: String,
    /// The body.
    pub content: Content,
    /// Metadata stated by the container.
    pub hints: Hints,
}

impl RawDocument {
    /// Stable article id of this document (content and URL hash).
    pub fn article_id(&self) -> String {
        storyline_model::article_id(self.content.as_str(), self.hints.url.as_deref())
    }
}

/// A document (or a whole file) that could not be read, with the reason.
#[derive(Debug, Clone, PartialEq)]
pub struct Rejection {
    /// Path (and line or record) of the bad input.
    pub source: String,
    /// Why it was rejected, in words a user can act on.
    pub reason: String,
}

/// How to read inputs.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Documents larger than this many bytes are rejected (default 20 MB).
    pub max_document_bytes: usize,
    /// Override of the content kind for plain files (`analyze --format`).
    pub format: FormatChoice,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions { max_document_bytes: 20 * 1024 * 1024, format: FormatChoice::Auto }
    }
}

/// `--format auto|text|html`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FormatChoice {
    /// Sniff from extension and content.
    #[default]
    Auto,
    /// Treat plain files as already-scraped text.
    Text,
    /// Treat plain files as HTML.
    Html,
}

impl std::fmt::Display for Rejection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.source, self.reason)
    }
}

impl std::error::Error for Rejection {}

/// Streams documents from files, directories (recursively, in name order, following
/// symlinks; loops and unreadable entries become rejections; dot-files inside a
/// directory are skipped) and `-` (stdin, format sniffed from content). Lazy: one
/// file is open at a time, and WARC/JSONL files are read record by record.
pub fn read_paths(
    paths: &[PathBuf],
    opts: &IngestOptions,
) -> Box<dyn Iterator<Item = Result<RawDocument, Rejection>> + Send> {
    Box::new(walk::PathDocs::new(paths, opts))
}

/// Reads one in-memory input (a file's bytes) named `source`; the name's extension
/// is the tie-breaker for sniffing, as for files.
pub fn read_bytes(source: &str, bytes: &[u8], opts: &IngestOptions) -> Vec<Result<RawDocument, Rejection>> {
    let len = bytes.len() as u64;
    stream::documents(source.to_string(), Box::new(bytes), Some(len), sniff::Ext::of_name(source), opts).collect()
}

/// Turns one JSONL/API input object into a document.
pub fn from_input(source: &str, input: ArticleInput) -> Result<RawDocument, Rejection> {
    let content = match (input.html, input.text) {
        (Some(h), _) if !h.trim().is_empty() => Content::Html(h),
        (_, Some(t)) if !t.trim().is_empty() => Content::Text(t),
        _ => {
            return Err(Rejection {
                source: source.to_string(),
                reason: "needs a non-empty `text` or `html` field".into(),
            })
        }
    };
    Ok(RawDocument {
        source: source.to_string(),
        content,
        hints: Hints {
            url: input.url,
            external_id: input.id,
            title: input.title,
            published: input.published,
            outlet: input.outlet,
            authors: input.authors,
        },
    })
}
