//! Text normalisation for copy detection: what syndication changes (datelines,
//! bylines, agency credits, typography, numbers) is removed before hashing.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// Lowercased, NFKC-normalised words of `text` with digits folded to `0`,
/// punctuation dropped, and leading datelines, bylines and agency credit lines
/// removed: two copies of one wire story yield the same word stream.
pub fn normalized_words(text: &str) -> Vec<String> {
    let mut words = Vec::with_capacity(text.len() / 6);
    for_each_normalized_word(text, &mut |w| words.push(w.to_string()));
    words
}

/// Calls `visit` with each word [`normalized_words`] would return, in order,
/// without allocating per word.
pub fn for_each_normalized_word(text: &str, visit: &mut dyn FnMut(&str)) {
    struct Visit<'a, 'b>(&'a mut (dyn FnMut(&str) + 'b), String);
    impl WordSink for Visit<'_, '_> {
        fn word(&mut self, w: &str) {
            (self.0)(w)
        }
        fn ascii_line(&mut self, bytes: &[u8]) {
            visit_ascii_words(bytes, &mut self.1, self.0);
        }
    }
    normalize_into(text, &mut Visit(visit, String::new()));
}

/// Receives the normalised words of a text.
pub(crate) trait WordSink {
    /// One normalised word.
    fn word(&mut self, w: &str);
    /// A whole ASCII line, still to be split, lowercased and digit-folded
    /// exactly as [`visit_ascii_words`] does (a sink may fuse that with its own work).
    fn ascii_line(&mut self, bytes: &[u8]);
    /// A whole line of (normalised) chars, still to be split and folded as
    /// [`visit_words`] does.
    fn chars_line(&mut self, chars: impl Iterator<Item = char>, cur: &mut String) {
        visit_words(chars, cur, &mut |w| self.word(w));
    }
}

/// Feeds the normalised words of `text` to `sink` ([`for_each_normalized_word`]).
pub(crate) fn normalize_into(text: &str, sink: &mut impl WordSink) {
    let mut first_content_line = true;
    let mut cur = String::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let ascii = line.is_ascii();
        if is_credit_line(line, ascii) {
            continue;
        }
        let body = if first_content_line { strip_dateline(line) } else { line };
        first_content_line = false;
        if ascii {
            sink.ascii_line(body.as_bytes());
        } else if is_nfkc_quick(body.chars()) == IsNormalized::Yes {
            sink.chars_line(body.chars(), &mut cur);
        } else {
            sink.chars_line(body.nfkc(), &mut cur);
        }
    }
}

/// [`visit_words`] over ASCII bytes (no char decoding).
pub(crate) fn visit_ascii_words(bytes: &[u8], cur: &mut String, visit: &mut dyn FnMut(&str)) {
    cur.clear();
    for &b in bytes {
        if b.is_ascii_alphanumeric() {
            cur.push(if b.is_ascii_digit() { '0' } else { char::from(b.to_ascii_lowercase()) });
        } else if b == b'\'' {
            // apostrophes join ("don't" and "dont" are one word)
        } else if !cur.is_empty() {
            visit(cur);
            cur.clear();
        }
    }
    if !cur.is_empty() {
        visit(cur);
        cur.clear();
    }
}

fn visit_words(chars: impl Iterator<Item = char>, cur: &mut String, visit: &mut dyn FnMut(&str)) {
    cur.clear();
    for c in chars {
        if c.is_alphanumeric() {
            if c.is_numeric() {
                cur.push('0');
            } else if c.is_ascii() {
                cur.push(c.to_ascii_lowercase());
            } else {
                cur.extend(c.to_lowercase());
            }
        } else if c == '\'' || c == '\u{2019}' {
            // apostrophes join ("don't" and "dont" are one word)
        } else if !cur.is_empty() {
            visit(cur);
            cur.clear();
        }
    }
    if !cur.is_empty() {
        visit(cur);
        cur.clear();
    }
}

const CREDIT_CUES: &[&str] = &[
    "reporting by",
    "additional reporting",
    "editing by",
    "writing by",
    "all rights reserved",
    "copyright",
    "©",
    "contributed to this report",
    "contributed reporting",
    "this article was",
    "follow us on",
    "sign up for",
    "subscribe to",
    "click here",
    "read more:",
];

/// One automaton over all credit cues, ASCII case-insensitive (the cues are
/// ASCII or caseless), so lines need no lowercased copy.
fn credit_cues() -> Option<&'static AhoCorasick> {
    static CUES: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    CUES.get_or_init(|| {
        AhoCorasick::builder().ascii_case_insensitive(true).kind(Some(AhoCorasickKind::DFA)).build(CREDIT_CUES).ok()
    })
    .as_ref()
}

fn has_credit_cue(line: &str) -> bool {
    match credit_cues() {
        Some(ac) => ac.is_match(line),
        None => {
            let lower = line.to_lowercase();
            CREDIT_CUES.iter().any(|c| lower.contains(c))
        }
    }
}

fn starts_with_ignore_ascii_case(line: &str, prefix: &str) -> bool {
    line.as_bytes().get(..prefix.len()).is_some_and(|h| h.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// Whitespace-separated words of ASCII bytes, at most `limit` (a count the
/// compiler can vectorise: word starts are non-space bytes after a space).
fn ascii_word_count(bytes: &[u8], limit: usize) -> usize {
    let is_space = |b: u8| b == b' ' || (b'\t'..=b'\r').contains(&b);
    let first = usize::from(bytes.first().is_some_and(|&b| !is_space(b)));
    let starts = bytes
        .iter()
        .zip(bytes.iter().skip(1))
        .map(|(&a, &b)| u32::from(is_space(a) & !is_space(b)))
        .fold(0u32, |acc, x| acc.wrapping_add(x));
    (first + starts as usize).min(limit)
}

/// Bylines ("By Jane Doe, Reuters"), agency credits and short boilerplate lines.
fn is_credit_line(line: &str, ascii: bool) -> bool {
    let words = if ascii { ascii_word_count(line.as_bytes(), 31) } else { line.split_whitespace().take(31).count() };
    if words > 30 {
        return false;
    }
    if words <= 12 && (starts_with_ignore_ascii_case(line, "by ") || starts_with_ignore_ascii_case(line, "(by ")) {
        return true;
    }
    if line.starts_with('(') && line.ends_with(')') && words <= 25 {
        return words <= 4 || has_credit_cue(line);
    }
    has_credit_cue(line)
}

const DASHES: &[&str] = &[" -- ", " — ", " – ", " - ", "—", " --"];

/// Whether `bytes` hold `-`, `—` or `–` (every dash of [`DASHES`] has one):
/// one pass that spares most first lines the searches for each dash.
fn has_dash(bytes: &[u8]) -> bool {
    bytes.iter().enumerate().any(|(i, &b)| {
        b == b'-' || (b == 0xE2 && bytes.get(i + 1) == Some(&0x80) && matches!(bytes.get(i + 2), Some(0x93 | 0x94)))
    })
}

/// Drops a dateline such as "SEOUL, Jan. 6 (Yonhap) --" or "WASHINGTON (AP) —"
/// from the start of the first paragraph.
pub fn strip_dateline(line: &str) -> &str {
    // The window below ends at the first char boundary from byte 90 on, so
    // before byte 94: no dash there, no dateline.
    if !has_dash(line.as_bytes().get(..94).unwrap_or(line.as_bytes())) {
        return line;
    }
    let window_end = line.char_indices().map(|(i, _)| i).find(|&i| i >= 90).unwrap_or(line.len());
    let Some(head) = line.get(..window_end) else { return line };
    let Some((pos, dash)) = DASHES.iter().filter_map(|d| head.find(d).map(|p| (p, *d))).min_by_key(|(p, _)| *p) else {
        return line;
    };
    let Some(prefix) = line.get(..pos) else { return line };
    let letters: Vec<char> = prefix.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.is_empty() {
        return line;
    }
    let first_word = prefix.split([',', ' ', '(']).find(|w| !w.is_empty()).unwrap_or("");
    let caps_place = first_word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && first_word.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase());
    let agency = prefix.contains('(') && prefix.contains(')');
    let short = prefix.split_whitespace().count() <= 8;
    if short && (caps_place || agency) {
        line.get(pos + dash.len()..).map(str::trim_start).unwrap_or(line)
    } else {
        line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines_are_stripped() {
        assert_eq!(strip_dateline("SEOUL, Jan. 6 (Yonhap) -- Blinken said"), "Blinken said");
        assert_eq!(strip_dateline("WASHINGTON (AP) — The Senate voted"), "The Senate voted");
        assert_eq!(strip_dateline("KYIV, Ukraine - Officials said"), "Officials said");
        let plain = "The talks - which lasted hours - ended";
        assert_eq!(strip_dateline(plain), plain);
    }

    #[test]
    fn words_fold_case_digits_and_typography() {
        let w = normalized_words(
            "By John Smith\nSEOUL (Reuters) -- The ﬁrst 12,000 troops’ day\n(Reporting by A; Editing by B)",
        );
        assert_eq!(w, vec!["the", "first", "00", "000", "troops", "day"]);
    }
}
