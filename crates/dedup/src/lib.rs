//! Exact and near-duplicate detection for news copies (syndication, rewrites).
//!
//! Stub: the real MinHash LSH index lands with the near-duplicates issue.

/// Normalised text fingerprint of one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint {
    /// Hash of the normalised text; equal for exact copies.
    pub exact: u64,
}

/// Fingerprints `text`.
pub fn fingerprint(text: &str) -> Fingerprint {
    let norm: String = text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    let mut h: u64 = 0xcbf29ce484222325;
    for b in norm.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100000001b3);
    }
    Fingerprint { exact: h }
}
