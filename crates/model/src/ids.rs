//! Stable identifiers. Ids are content hashes so that re-ingesting the same
//! document, in any order and on any machine, yields the same id.

/// First 16 hex digits of the BLAKE3 hash of the given parts, separated by NUL.
pub fn short_hash(parts: &[&str]) -> String {
    let mut h = blake3::Hasher::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update(&[0]);
    }
    h.finalize().to_hex()[..16].to_string()
}

/// Article id from the raw document's content and its URL (when it has one).
///
/// The source path is deliberately left out: the same document read from two
/// places is the same article.
pub fn article_id(raw_content: &str, url: Option<&str>) -> String {
    short_hash(&["article", url.unwrap_or(""), raw_content])
}

/// Event id from its article, position and code, stable across runs.
pub fn event_id(article_id: &str, ordinal: usize, cameo: &str) -> String {
    short_hash(&["event", article_id, &ordinal.to_string(), cameo])
}

/// Story id from the article that founded it.
pub fn story_id_for(founding_article_id: &str) -> String {
    short_hash(&["story", founding_article_id])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_and_distinct() {
        assert_eq!(article_id("x", None), article_id("x", None));
        assert_ne!(article_id("x", None), article_id("x", Some("u")));
        assert_eq!(article_id("x", None).len(), 16);
        assert_ne!(short_hash(&["ab", "c"]), short_hash(&["a", "bc"]));
    }
}
