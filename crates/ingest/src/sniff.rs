//! Format sniffing: the content decides, the file name breaks ties.

use std::borrow::Cow;

use crate::charset;

/// What a file name suggests about its format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ext {
    /// `.txt`, `.text`
    Text,
    /// `.html`, `.htm`, `.xhtml`
    Html,
    /// `.jsonl`, `.ndjson`, `.json`
    Jsonl,
    /// `.warc`
    Warc,
    /// `.xml`, `.rss`, `.atom`
    Feed,
    /// Anything else, or no name at all (stdin).
    Unknown,
}

impl Ext {
    /// The format a file name suggests, after any `.gz` suffix is set aside.
    pub(crate) fn of_name(name: &str) -> Ext {
        let lower = name.to_ascii_lowercase();
        let base = lower.strip_suffix(".gz").unwrap_or(&lower);
        let file = base.rsplit(['/', '\\']).next().unwrap_or(base);
        match file.rsplit_once('.').map(|(_, ext)| ext) {
            Some("txt" | "text") => Ext::Text,
            Some("html" | "htm" | "xhtml" | "shtml") => Ext::Html,
            Some("jsonl" | "ndjson" | "json") => Ext::Jsonl,
            Some("warc") => Ext::Warc,
            Some("xml" | "rss" | "atom") => Ext::Feed,
            _ => Ext::Unknown,
        }
    }
}

/// The format of an input as read from its first bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Kind {
    /// gzip-compressed: decompress and sniff again.
    Gzip,
    /// A WARC file.
    Warc,
    /// One JSON object per line.
    Jsonl,
    /// An RSS or Atom feed (or an XML file claiming to be one).
    Feed,
    /// One HTML page.
    Html,
    /// One plain-text document.
    Text,
    /// Not text at all; the reason says what gave it away.
    Binary(&'static str),
    /// Nothing but whitespace.
    Empty,
}

/// Bytes of the head that sniffing looks at.
pub(crate) const HEAD_BYTES: usize = 8 * 1024;

/// Sniffs `head` (the first bytes of an input; `complete` when it is the whole input).
/// Strong content signatures (gzip magic, `WARC/`, a feed or HTML root, a JSON first
/// line) win over the name; otherwise the name decides, and plain text is the default.
pub(crate) fn sniff(head: &[u8], complete: bool, ext: Ext) -> Kind {
    if head.starts_with(&[0x1f, 0x8b]) {
        return Kind::Gzip;
    }
    let utf16 = charset::utf16_encoding(head);
    let text: Cow<[u8]> = match utf16 {
        Some(enc) => {
            let skip = charset::bom(head).map_or(0, |(_, len)| len);
            let decoded = enc.decode_without_bom_handling(head.get(skip..).unwrap_or_default()).0;
            Cow::Owned(decoded.into_owned().into_bytes())
        }
        None => Cow::Borrowed(head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head)),
    };
    let trimmed = text.trim_ascii_start();
    if trimmed.starts_with(b"WARC/") {
        return Kind::Warc;
    }
    if utf16.is_none() {
        if let Some(reason) = binary_reason(head) {
            return Kind::Binary(reason);
        }
    }
    if trimmed.is_empty() && complete {
        return Kind::Empty;
    }
    if trimmed.starts_with(b"<") {
        match root(trimmed) {
            Root::Feed => return Kind::Feed,
            Root::Html => return Kind::Html,
            Root::OtherXml if ext == Ext::Unknown => return Kind::Feed,
            Root::OtherXml | Root::Unknown => {}
        }
        if has_html_markers(trimmed) {
            return Kind::Html;
        }
    }
    if trimmed.starts_with(b"{") && (matches!(ext, Ext::Jsonl | Ext::Unknown) || first_line_is_json(trimmed, complete))
    {
        return Kind::Jsonl;
    }
    match ext {
        Ext::Text | Ext::Unknown => Kind::Text,
        Ext::Html => Kind::Html,
        Ext::Jsonl => Kind::Jsonl,
        Ext::Warc => Kind::Warc,
        Ext::Feed => Kind::Feed,
    }
}

/// Why `head` looks binary: NUL bytes, or more than one byte in ten a control character.
pub(crate) fn binary_reason(head: &[u8]) -> Option<&'static str> {
    if head.contains(&0) {
        return Some("binary file (contains NUL bytes)");
    }
    let control =
        head.iter().filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b)) || b == 0x7f);
    if control.count() * 10 > head.len() {
        return Some("binary file (mostly control bytes)");
    }
    None
}

enum Root {
    Feed,
    Html,
    OtherXml,
    Unknown,
}

/// The kind of the first element, after any XML declaration, comments and doctype.
fn root(mut t: &[u8]) -> Root {
    let mut xml_decl = false;
    loop {
        t = t.trim_ascii_start();
        if t.starts_with(b"<?") {
            xml_decl = true;
            t = after(t, b"?>");
        } else if t.starts_with(b"<!--") {
            t = after(t, b"-->");
        } else if t.starts_with(b"<!") {
            if t.get(..14).is_some_and(|d| d.eq_ignore_ascii_case(b"<!doctype html")) {
                return Root::Html;
            }
            t = after(t, b">");
        } else if let Some(rest) = t.strip_prefix(b"<") {
            let len = rest.iter().position(|c| !(c.is_ascii_alphanumeric() || matches!(c, b':' | b'_' | b'-' | b'.')));
            let name = rest.get(..len.unwrap_or(rest.len())).unwrap_or_default();
            let local = name.rsplit(|&c| c == b':').next().unwrap_or(name);
            return if local.eq_ignore_ascii_case(b"rss") || local == b"feed" || local == b"RDF" {
                Root::Feed
            } else if local.eq_ignore_ascii_case(b"html") {
                Root::Html
            } else if xml_decl {
                Root::OtherXml
            } else {
                Root::Unknown
            };
        } else {
            return Root::Unknown;
        }
    }
}

fn after<'a>(t: &'a [u8], end: &[u8]) -> &'a [u8] {
    match t.windows(end.len()).position(|w| w == end) {
        Some(i) => t.get(i + end.len()..).unwrap_or_default(),
        None => &[],
    }
}

fn has_html_markers(t: &[u8]) -> bool {
    const MARKERS: [&[u8]; 10] =
        [b"<html", b"<head", b"<body", b"<meta", b"<title", b"<div", b"<p>", b"<p ", b"<article", b"<br"];
    t.iter().enumerate().filter(|&(_, &c)| c == b'<').any(|(i, _)| {
        let rest = t.get(i..).unwrap_or_default();
        MARKERS.iter().any(|m| rest.get(..m.len()).is_some_and(|p| p.eq_ignore_ascii_case(m)))
    })
}

fn first_line_is_json(t: &[u8], complete: bool) -> bool {
    let line = match t.iter().position(|&c| c == b'\n') {
        Some(end) => t.get(..end).unwrap_or_default(),
        None if complete => t,
        None => return false,
    };
    serde_json::from_slice::<serde::de::IgnoredAny>(line).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_signatures_win_over_the_name() {
        assert_eq!(sniff(&[0x1f, 0x8b, 8, 0], false, Ext::Text), Kind::Gzip);
        assert_eq!(sniff(b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", false, Ext::Html), Kind::Warc);
        assert_eq!(sniff(b"<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", false, Ext::Text), Kind::Feed);
        assert_eq!(sniff(b"<?xml version='1.0'?><!-- c --><feed xmlns='x'>", false, Ext::Unknown), Kind::Feed);
        assert_eq!(sniff(b"<rdf:RDF xmlns:rdf='x'>", false, Ext::Unknown), Kind::Feed);
        assert_eq!(sniff(b"  <!DOCTYPE html><html>", false, Ext::Jsonl), Kind::Html);
        assert_eq!(sniff(b"<div><p>Hello</p></div>", true, Ext::Unknown), Kind::Html);
        assert_eq!(sniff(b"{\"text\": \"a\"}\n{\"text\": \"b\"}\n", true, Ext::Text), Kind::Jsonl);
    }

    #[test]
    fn the_name_breaks_ties() {
        assert_eq!(sniff(b"{ not json", true, Ext::Text), Kind::Text);
        assert_eq!(sniff(b"{ not json", true, Ext::Jsonl), Kind::Jsonl);
        assert_eq!(sniff(b"{ not json", true, Ext::Unknown), Kind::Jsonl);
        assert_eq!(sniff(b"Just words.", true, Ext::Html), Kind::Html);
        assert_eq!(sniff(b"Just words.", true, Ext::Unknown), Kind::Text);
        assert_eq!(sniff(b"<?xml version='1.0'?><urlset>", true, Ext::Unknown), Kind::Feed);
        assert_eq!(sniff(b"<?xml version='1.0'?><urlset>", true, Ext::Text), Kind::Text);
        assert_eq!(sniff(b"garbage", true, Ext::Warc), Kind::Warc);
    }

    #[test]
    fn binary_and_empty_inputs_are_recognised() {
        assert!(matches!(sniff(b"abc\0def", true, Ext::Text), Kind::Binary(_)));
        assert!(matches!(sniff(&[1, 2, 3, 4, 5, 6, b'a'], true, Ext::Html), Kind::Binary(_)));
        assert_eq!(sniff(b" \n\t \r\n", true, Ext::Text), Kind::Empty);
        assert_eq!(sniff(b"\xEF\xBB\xBF  ", true, Ext::Jsonl), Kind::Empty);
        assert_eq!(sniff(b"   ", false, Ext::Text), Kind::Text, "more may follow");
    }

    #[test]
    fn utf16_text_is_not_binary() {
        let html: Vec<u8> = "<html><body>Привет</body></html>".encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        assert_eq!(sniff(&html, true, Ext::Unknown), Kind::Html);
        let text: Vec<u8> = "plain words here".encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        assert_eq!(sniff(&text, true, Ext::Text), Kind::Text);
    }

    #[test]
    fn names_map_to_formats() {
        assert_eq!(Ext::of_name("a/b/CRAWL-001.warc.gz"), Ext::Warc);
        assert_eq!(Ext::of_name("x.HTM"), Ext::Html);
        assert_eq!(Ext::of_name("feed.atom.xml"), Ext::Feed);
        assert_eq!(Ext::of_name("docs.jsonl.gz"), Ext::Jsonl);
        assert_eq!(Ext::of_name("-"), Ext::Unknown);
        assert_eq!(Ext::of_name("dir.d/README"), Ext::Unknown);
    }
}
