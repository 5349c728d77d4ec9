//! RSS (0.9x, 1.0, 2.0) and Atom feeds, parsed by `feed-rs`: each item is a document.

use feed_rs::model::{Entry, Feed, Link};

use crate::{Content, Hints, RawDocument, Rejection};

/// The documents of one feed file (`name`, raw bytes: `feed-rs` honours the XML encoding declaration).
pub(crate) fn documents(name: &str, bytes: &[u8]) -> Vec<Result<RawDocument, Rejection>> {
    let feed = match feed_rs::parser::parse(bytes) {
        Ok(feed) => feed,
        Err(e) => {
            return vec![Err(Rejection {
                source: name.to_string(),
                reason: format!("not a valid RSS or Atom feed: {e}"),
            })]
        }
    };
    if feed.entries.is_empty() {
        return vec![Err(Rejection { source: name.to_string(), reason: "feed has no items".into() })];
    }
    let outlet = feed_title(&feed);
    feed.entries.into_iter().enumerate().map(|(i, entry)| document(name, i + 1, entry, outlet.as_deref())).collect()
}

fn feed_title(feed: &Feed) -> Option<String> {
    feed.title.as_ref().map(|t| t.content.trim().to_string()).filter(|t| !t.is_empty())
}

fn document(name: &str, index: usize, entry: Entry, outlet: Option<&str>) -> Result<RawDocument, Rejection> {
    let url = main_link(&entry.links);
    let source = match &url {
        Some(link) => format!("{name}#{link}"),
        None => format!("{name}#{index}"),
    };
    let from_content = entry.content.and_then(|c| {
        let html = is_html_type(c.content_type.as_ref());
        c.body.filter(|b| !b.trim().is_empty()).map(|b| (b, html))
    });
    let from_summary = || {
        entry
            .summary
            .filter(|s| !s.content.trim().is_empty())
            .map(|s| (s.content, is_html_type(s.content_type.as_ref())))
    };
    let Some((body, typed_html)) = from_content.or_else(from_summary) else {
        return Err(Rejection { source, reason: "feed item has no content, description or summary".into() });
    };
    let content = if typed_html && looks_like_markup(&body) { Content::Html(body) } else { Content::Text(body) };
    Ok(RawDocument {
        source,
        content,
        hints: Hints {
            url,
            external_id: None,
            title: entry.title.map(|t| t.content.trim().to_string()).filter(|t| !t.is_empty()),
            published: entry.published.or(entry.updated).map(|d| d.to_rfc3339()),
            outlet: outlet.map(str::to_string),
            authors: entry.authors.into_iter().map(|p| p.name.trim().to_string()).filter(|n| !n.is_empty()).collect(),
        },
    })
}

/// The item's own address: its `alternate` link, else its first link.
fn main_link(links: &[Link]) -> Option<String> {
    links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .or_else(|| links.first())
        .map(|l| l.href.trim().to_string())
        .filter(|href| !href.is_empty())
}

fn is_html_type(media_type: &str) -> bool {
    media_type.contains("html")
}

/// RSS descriptions are typed HTML whatever they hold; plain prose stays text.
fn looks_like_markup(body: &str) -> bool {
    let bytes = body.as_bytes();
    bytes.windows(2).any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/' || w[1] == b'!'))
        || ["&amp;", "&lt;", "&gt;", "&quot;", "&nbsp;", "&#"].iter().any(|e| body.contains(e))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Example Wire</title><link>https://wire.example.org</link><description>News</description>
<item><title>Budget approved in Lisbon</title><link>https://wire.example.org/a1</link>
<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><dc:creator>Ana Silva</dc:creator>
<description>Short teaser.</description>
<content:encoded><![CDATA[<p>The council approved the budget.</p><p>Second paragraph.</p>]]></content:encoded></item>
<item><title>Teaser only</title><link>https://wire.example.org/a2</link><description>Plain words, no markup.</description></item>
<item><title>Escaped teaser</title><description>&lt;p&gt;Escaped &amp;amp; HTML&lt;/p&gt;</description></item>
<item><title>Nothing</title><link>https://wire.example.org/a4</link></item>
</channel></rss>"#;

    pub(crate) const ATOM: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Times</title><id>urn:x</id><updated>2024-03-06T09:00:00Z</updated>
<entry><title>Harbour reopens</title><id>urn:e1</id>
<link rel="self" href="https://atom.example.org/api/e1"/><link rel="alternate" href="https://atom.example.org/e1"/>
<updated>2024-03-06T09:00:00Z</updated><published>2024-03-06T08:00:00+02:00</published>
<author><name>Jo Bloggs</name></author><author><name>Kim Lee</name></author>
<content type="html">&lt;p&gt;The harbour reopened.&lt;/p&gt;</content></entry>
<entry><title>Summary only</title><id>urn:e2</id><updated>2024-03-07T09:00:00Z</updated>
<summary>A plain summary.</summary></entry>
</feed>"#;

    #[test]
    fn rss_items_take_content_encoded_then_description() {
        let docs = documents("f.rss", RSS.as_bytes());
        assert_eq!(docs.len(), 4);
        let first = docs[0].as_ref().unwrap();
        assert_eq!(first.source, "f.rss#https://wire.example.org/a1");
        assert_eq!(
            first.content,
            Content::Html("<p>The council approved the budget.</p><p>Second paragraph.</p>".into())
        );
        assert_eq!(first.hints.url.as_deref(), Some("https://wire.example.org/a1"));
        assert_eq!(first.hints.title.as_deref(), Some("Budget approved in Lisbon"));
        assert_eq!(first.hints.published.as_deref(), Some("2024-03-05T10:00:00+00:00"));
        assert_eq!(first.hints.outlet.as_deref(), Some("Example Wire"));
        assert_eq!(first.hints.authors, vec!["Ana Silva".to_string()]);
        assert_eq!(docs[1].as_ref().unwrap().content, Content::Text("Plain words, no markup.".into()));
        let third = docs[2].as_ref().unwrap();
        assert_eq!(third.source, "f.rss#3");
        assert!(matches!(&third.content, Content::Html(h) if h.contains("<p>Escaped")), "{:?}", third.content);
        let empty = docs[3].as_ref().unwrap_err();
        assert_eq!(empty.source, "f.rss#https://wire.example.org/a4");
        assert!(empty.reason.contains("no content"));
    }

    #[test]
    fn atom_entries_take_content_then_summary() {
        let docs = documents("f.atom", ATOM.as_bytes());
        assert_eq!(docs.len(), 2);
        let first = docs[0].as_ref().unwrap();
        assert_eq!(first.hints.url.as_deref(), Some("https://atom.example.org/e1"));
        assert_eq!(first.content, Content::Html("<p>The harbour reopened.</p>".into()));
        assert_eq!(first.hints.published.as_deref(), Some("2024-03-06T06:00:00+00:00"));
        assert_eq!(first.hints.authors, vec!["Jo Bloggs".to_string(), "Kim Lee".to_string()]);
        assert_eq!(first.hints.outlet.as_deref(), Some("Atom Times"));
        let second = docs[1].as_ref().unwrap();
        assert_eq!(second.content, Content::Text("A plain summary.".into()));
        assert_eq!(second.hints.published.as_deref(), Some("2024-03-07T09:00:00+00:00"), "updated when unpublished");
        assert_eq!(second.source, "f.atom#2");
    }

    #[test]
    fn broken_and_empty_feeds_are_rejected() {
        let broken = documents("b.xml", b"<rss><channel><item><title>x</item>");
        assert!(broken[0].as_ref().unwrap_err().reason.starts_with("not a valid RSS or Atom feed"));
        let empty = documents("e.xml", b"<rss version=\"2.0\"><channel><title>t</title></channel></rss>");
        assert_eq!(empty[0].as_ref().unwrap_err().reason, "feed has no items");
        let other = documents("o.xml", b"<?xml version=\"1.0\"?><urlset><url/></urlset>");
        assert!(other[0].is_err());
    }
}
