//! Boilerplate cue lists, compiled in from `knowledge/boilerplate/` so that the
//! vocabulary is data, not code.

use std::sync::OnceLock;

/// All cue lists, parsed once.
pub(crate) struct Cues {
    pub negative_attrs: Vec<String>,
    pub positive_attrs: Vec<String>,
    pub line_phrases: Vec<String>,
    pub short_lines: Vec<String>,
    pub list_heads: Vec<String>,
    pub desk_bylines: Vec<String>,
}

fn parse_list(raw: &str) -> Vec<String> {
    raw.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(str::to_lowercase).collect()
}

/// The cue lists shared by the HTML and the text extractor.
pub(crate) fn cues() -> &'static Cues {
    static CUES: OnceLock<Cues> = OnceLock::new();
    CUES.get_or_init(|| Cues {
        negative_attrs: parse_list(include_str!("../../../knowledge/boilerplate/negative_attrs.txt")),
        positive_attrs: parse_list(include_str!("../../../knowledge/boilerplate/positive_attrs.txt")),
        line_phrases: parse_list(include_str!("../../../knowledge/boilerplate/line_phrases.txt")),
        short_lines: parse_list(include_str!("../../../knowledge/boilerplate/short_lines.txt")),
        list_heads: parse_list(include_str!("../../../knowledge/boilerplate/list_heads.txt")),
        desk_bylines: parse_list(include_str!("../../../knowledge/boilerplate/desk_bylines.txt")),
    })
}

/// Splits a `class`/`id` value into lower-case kebab words ("articleBody" → "article-body").
pub(crate) fn attr_tokens(value: &str) -> Vec<String> {
    value
        .split_whitespace()
        .filter(|token| !token.contains(['[', '/', ':', '(']))
        .map(|token| {
            let mut out = String::with_capacity(token.len() + 4);
            let mut prev_lower = false;
            for ch in token.chars() {
                if ch.is_uppercase() && prev_lower {
                    out.push('-');
                }
                prev_lower = ch.is_lowercase() || ch.is_ascii_digit();
                match ch {
                    '_' | ':' | '.' => out.push('-'),
                    _ => out.extend(ch.to_lowercase()),
                }
            }
            out
        })
        .collect()
}

/// Whether `cue` occurs in `token` on word boundaries (an optional plural "s" allowed).
pub(crate) fn token_has_cue(token: &str, cue: &str) -> bool {
    let mut start = 0;
    while let Some(pos) = token.get(start..).and_then(|rest| rest.find(cue)) {
        let begin = start + pos;
        let end = begin + cue.len();
        let before_ok = begin == 0 || token.as_bytes().get(begin - 1) == Some(&b'-');
        let rest = token.get(end..).unwrap_or("");
        let rest = rest.strip_prefix('s').filter(|r| r.is_empty() || r.starts_with('-')).unwrap_or(rest);
        let after_ok = rest.is_empty() || rest.starts_with('-');
        if before_ok && after_ok {
            return true;
        }
        start = begin + 1;
        while !token.is_char_boundary(start) {
            start += 1;
        }
    }
    false
}

/// Whether any token of the attribute values matches any cue of `list`.
pub(crate) fn attrs_match(tokens: &[String], list: &[String]) -> bool {
    tokens.iter().any(|t| list.iter().any(|c| token_has_cue(t, c)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cue_matching_respects_word_boundaries() {
        assert!(token_has_cue("social-share-bar", "share"));
        assert!(token_has_cue("comments", "comment"));
        assert!(!token_has_cue("shared-layout", "share"));
        assert!(!token_has_cue("overflow-hidden", "hid"));
        assert_eq!(attr_tokens("articleBody main_col"), vec!["article-body", "main-col"]);
    }

    #[test]
    fn lists_are_loaded() {
        let c = cues();
        assert!(c.negative_attrs.iter().any(|s| s == "comment"));
        assert!(!c.line_phrases.iter().any(|s| s.starts_with('#')));
    }
}
