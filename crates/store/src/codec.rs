//! Record encodings: how values are laid out in the record store.
//!
//! Records are JSON (the model types' serde shape, which the contract fixes and
//! which tolerates added fields), behind a one-byte tag saying whether the JSON
//! is stored plain or LZ4-compressed. The tag leaves room for other encodings
//! without a rewrite of old records.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::StoreError;

const TAG_JSON: u8 = 1;
const TAG_JSON_LZ4: u8 = 2;

/// Records at least this long are compressed; shorter ones gain little.
const COMPRESS_FROM_BYTES: usize = 384;

/// Encodes a record as tagged (and, when long, compressed) JSON.
pub(crate) fn encode<T: Serialize>(value: &T, what: &str) -> Result<Vec<u8>, StoreError> {
    let json = serde_json::to_vec(value).map_err(|e| StoreError::Backend(format!("encoding {what}: {e}")))?;
    if json.len() < COMPRESS_FROM_BYTES {
        let mut out = Vec::with_capacity(json.len() + 1);
        out.push(TAG_JSON);
        out.extend_from_slice(&json);
        return Ok(out);
    }
    let compressed = lz4_flex::compress_prepend_size(&json);
    let mut out = Vec::with_capacity(compressed.len() + 1);
    out.push(TAG_JSON_LZ4);
    out.extend_from_slice(&compressed);
    Ok(out)
}

/// Decodes a record written by [`encode`]; `what` names it in errors.
pub(crate) fn decode<T: DeserializeOwned>(bytes: &[u8], what: &str) -> Result<T, StoreError> {
    let corrupt = |reason: String| StoreError::Corrupt(format!("{what}: {reason}"));
    match bytes.split_first() {
        Some((&TAG_JSON, json)) => serde_json::from_slice(json).map_err(|e| corrupt(e.to_string())),
        Some((&TAG_JSON_LZ4, packed)) => {
            let json = lz4_flex::decompress_size_prepended(packed).map_err(|e| corrupt(e.to_string()))?;
            serde_json::from_slice(&json).map_err(|e| corrupt(e.to_string()))
        }
        Some((tag, _)) => Err(corrupt(format!("unknown record encoding {tag}"))),
        None => Err(corrupt("empty record".into())),
    }
}

/// Small per-article bookkeeping kept beside the (large) article record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct ArticleInfo {
    /// Sequence number of the article's first insertion (its place in insertion order).
    #[serde(rename = "i")]
    pub inserted: u64,
    /// Sequence number of its latest write (the full-text index catches up by it).
    #[serde(rename = "u")]
    pub updated: u64,
    /// Story as written (before following redirects).
    #[serde(rename = "s", default)]
    pub story_id: Option<String>,
    /// Ids of the events stored for it.
    #[serde(rename = "e", default)]
    pub events: Vec<String>,
}

/// Key ordering stories newest first by `last_published`, then by id ascending;
/// stories without a date come last.
pub(crate) fn story_order_key(last_published: Option<&str>, id: &str) -> Vec<u8> {
    let mut key = Vec::with_capacity(2 + last_published.map_or(0, str::len) + id.len());
    match last_published {
        Some(date) => {
            key.push(0);
            // Complemented bytes sort in reverse; the 0xFF terminator makes a
            // prefix ("2025") sort after its extensions ("2025-01").
            key.extend(date.bytes().map(|b| !b));
            key.push(0xFF);
        }
        None => key.push(1),
    }
    key.extend_from_slice(id.as_bytes());
    key
}

/// Little-endian u64 for the meta table.
pub(crate) fn u64_bytes(n: u64) -> [u8; 8] {
    n.to_le_bytes()
}

/// Reads a u64 written by [`u64_bytes`].
pub(crate) fn u64_from(bytes: &[u8], what: &str) -> Result<u64, StoreError> {
    let arr: [u8; 8] = bytes.try_into().map_err(|_| StoreError::Corrupt(format!("{what}: not an 8-byte number")))?;
    Ok(u64::from_le_bytes(arr))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_and_long_records_round_trip() {
        let short = "x".to_string();
        let long = "news ".repeat(500);
        for value in [short, long] {
            let bytes = encode(&value, "t").unwrap();
            assert_eq!(decode::<String>(&bytes, "t").unwrap(), value);
        }
        let long_bytes = encode(&"news ".repeat(500), "t").unwrap();
        assert_eq!(long_bytes[0], TAG_JSON_LZ4);
        assert!(long_bytes.len() < 500);
    }

    #[test]
    fn garbage_is_reported_not_panicked_on() {
        for bytes in [&b""[..], &b"\x09abc"[..], &b"\x01{"[..], &b"\x02\xff\xff\xff\xff"[..]] {
            assert!(matches!(decode::<String>(bytes, "t"), Err(StoreError::Corrupt(_))));
        }
    }

    #[test]
    fn story_order_is_newest_first_then_id() {
        let mut keys = [
            story_order_key(Some("2025-01-05"), "b"),
            story_order_key(None, "a"),
            story_order_key(Some("2025-01-06"), "z"),
            story_order_key(Some("2025-01-05"), "a"),
            story_order_key(Some("2025-01"), "m"),
            story_order_key(Some("2025-01-06T10:00:00Z"), "y"),
        ];
        keys.sort();
        let expect = [
            story_order_key(Some("2025-01-06T10:00:00Z"), "y"),
            story_order_key(Some("2025-01-06"), "z"),
            story_order_key(Some("2025-01-05"), "a"),
            story_order_key(Some("2025-01-05"), "b"),
            story_order_key(Some("2025-01"), "m"),
            story_order_key(None, "a"),
        ];
        assert_eq!(keys, expect);
    }
}
