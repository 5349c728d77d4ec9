//! Boilerplate cue lists, compiled in from `knowledge/boilerplate/` so that the
//! vocabulary is data, not code.

use std::collections::HashSet;
use std::sync::OnceLock;

/// FNV-1a: a fast hash for the short cue keys (no untrusted-input flooding concern for a fixed set).
#[derive(Default, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FastSet = HashSet<String, std::hash::BuildHasherDefault<Fnv>>;

/// Class/id cue words, hashed for word-boundary lookups in attribute tokens.
pub(crate) struct AttrCues {
    /// Cues as hyphen-joined words ("read-more").
    set: FastSet,
    /// The most words any cue has.
    max_words: usize,
}

impl AttrCues {
    fn new(raw: &str) -> Self {
        let mut set = FastSet::default();
        let mut max_words = 1;
        for cue in parse_list(raw) {
            let words: Vec<&str> = cue.split(['-', '_', '.', ':']).filter(|w| !w.is_empty()).collect();
            if words.is_empty() {
                continue;
            }
            max_words = max_words.max(words.len());
            set.insert(words.join("-"));
        }
        AttrCues { set, max_words }
    }

    /// Whether the cue is in the list (as written, words joined by '-').
    #[cfg(test)]
    pub fn contains(&self, cue: &str) -> bool {
        self.set.contains(cue)
    }

    /// Whether a hyphen-joined run of words is a cue, its last word allowed a plural "s".
    fn matches_key(&self, key: &str) -> bool {
        self.set.contains(key)
            || key.strip_suffix('s').is_some_and(|singular| !singular.ends_with('-') && self.set.contains(singular))
    }

    /// Whether some run of consecutive words of `token` (from `attr_tokens`) is a cue, the last word
    /// allowed a plural "s".
    #[cfg(test)]
    pub fn matches_token(&self, token: &str) -> bool {
        let [hit] = attrs_match_each(&[token.to_string()], [self]);
        hit
    }
}

/// All cue lists, parsed once.
pub(crate) struct Cues {
    pub negative_attrs: AttrCues,
    pub positive_attrs: AttrCues,
    /// Negative cues that hold even in the relaxed retry.
    pub hard_negative_attrs: AttrCues,
    pub line_phrases: Vec<String>,
    /// Openings of sign-up paragraphs.
    pub lead_phrases: Vec<String>,
    pub short_lines: Vec<String>,
    pub list_heads: Vec<String>,
    /// Headings that open the teaser section after an article.
    pub tail_heads: Vec<String>,
    pub desk_bylines: Vec<String>,
    /// Job-title head words that end a name in a byline.
    pub author_roles: Vec<String>,
    /// Words that qualify a job title in a byline.
    pub author_modifiers: Vec<String>,
    /// Page labels taken for author names.
    pub author_labels: Vec<String>,
}

fn parse_list(raw: &str) -> Vec<String> {
    raw.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(str::to_lowercase).collect()
}

/// The cue lists shared by the HTML and the text extractor.
pub(crate) fn cues() -> &'static Cues {
    static CUES: OnceLock<Cues> = OnceLock::new();
    CUES.get_or_init(|| Cues {
        negative_attrs: AttrCues::new(include_str!("../../../knowledge/boilerplate/negative_attrs.txt")),
        positive_attrs: AttrCues::new(include_str!("../../../knowledge/boilerplate/positive_attrs.txt")),
        hard_negative_attrs: AttrCues::new(include_str!("../../../knowledge/boilerplate/hard_negative_attrs.txt")),
        line_phrases: parse_list(include_str!("../../../knowledge/boilerplate/line_phrases.txt")),
        lead_phrases: parse_list(include_str!("../../../knowledge/boilerplate/lead_phrases.txt")),
        short_lines: parse_list(include_str!("../../../knowledge/boilerplate/short_lines.txt")),
        list_heads: parse_list(include_str!("../../../knowledge/boilerplate/list_heads.txt")),
        tail_heads: parse_list(include_str!("../../../knowledge/boilerplate/tail_heads.txt")),
        desk_bylines: parse_list(include_str!("../../../knowledge/boilerplate/desk_bylines.txt")),
        author_roles: parse_list(include_str!("../../../knowledge/boilerplate/author_roles.txt")),
        author_modifiers: parse_list(include_str!("../../../knowledge/boilerplate/author_modifiers.txt")),
        author_labels: parse_list(include_str!("../../../knowledge/boilerplate/author_labels.txt")),
    })
}

/// Splits a `class`/`id` value into lower-case kebab words ("articleBody" → "article-body").
pub(crate) fn attr_tokens(value: &str) -> Vec<String> {
    value
        .split_whitespace()
        .filter(|token| !token.contains(['[', '/', ':', '(']) && !is_text_slug(token))
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
                    _ if ch.is_ascii() => out.push(ch.to_ascii_lowercase()),
                    _ => out.extend(ch.to_lowercase()),
                }
            }
            out
        })
        .collect()
}

/// Function words that name no style or role but run through text turned into an anchor id.
const SLUG_FUNCTION_WORDS: [&str; 16] =
    ["the", "a", "an", "and", "or", "of", "to", "in", "is", "are", "how", "what", "why", "for", "you", "your"];

/// Whether a `class`/`id` token is a heading's text made into an anchor ("how-popular-are-meditation-and-
/// mindfulness"): five or more words, two of them function words. Its words say what the section is about, not
/// what kind of box it is, so they are no cue.
fn is_text_slug(token: &str) -> bool {
    if token.bytes().filter(|&b| b == b'-' || b == b'_').count() < 4 {
        return false;
    }
    let words = token.split(['-', '_']).filter(|w| !w.is_empty());
    let (mut total, mut function) = (0, 0);
    for word in words {
        total += 1;
        if SLUG_FUNCTION_WORDS.iter().any(|f| f.eq_ignore_ascii_case(word)) {
            function += 1;
        }
    }
    total >= 5 && function >= 2
}

/// For each of `lists`, whether any token of the attribute values matches one of its cues (each run of
/// consecutive words of a token, the last word allowed a plural "s"; built once for all lists).
pub(crate) fn attrs_match_each<const N: usize>(tokens: &[String], lists: [&AttrCues; N]) -> [bool; N] {
    let mut hits = [false; N];
    let max_words = lists.iter().map(|l| l.max_words).max().unwrap_or(1);
    let mut key = String::new();
    for token in tokens {
        let words: Vec<&str> = token.split('-').filter(|w| !w.is_empty()).collect();
        for start in 0..words.len() {
            key.clear();
            for (n, word) in words.iter().skip(start).take(max_words).enumerate() {
                if n > 0 {
                    key.push('-');
                }
                key.push_str(word);
                for (hit, list) in hits.iter_mut().zip(lists.iter()) {
                    if !*hit && n < list.max_words && list.matches_key(&key) {
                        *hit = true;
                    }
                }
                if hits.iter().all(|h| *h) {
                    return hits;
                }
            }
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cue_matching_respects_word_boundaries() {
        let cues = AttrCues::new("share\ncomment\nhid\nread-more\narticle__body");
        assert!(cues.matches_token("social-share-bar"));
        assert!(cues.matches_token("comments"));
        assert!(cues.matches_token("post-read-more-link"));
        assert!(cues.matches_token("article-body"));
        assert!(!cues.matches_token("shared-layout"));
        assert!(!cues.matches_token("overflow-hidden"));
        assert_eq!(attr_tokens("articleBody main_col"), vec!["article-body", "main-col"]);
        assert!(attr_tokens("1-heading-how-popular-are-meditation-and-mindfulness").is_empty());
        assert_eq!(attr_tokens("c-article-body__related-posts-list").len(), 1);
    }

    #[test]
    fn lists_are_loaded() {
        let c = cues();
        assert!(c.negative_attrs.contains("comment"));
        assert!(!c.line_phrases.iter().any(|s| s.starts_with('#')));
    }
}
