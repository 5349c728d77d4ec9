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
}

impl AttrCues {
    fn new(raw: &str) -> Self {
        let mut set = FastSet::default();
        for cue in parse_list(raw) {
            let words: Vec<&str> = cue.split(['-', '_', '.', ':']).filter(|w| !w.is_empty()).collect();
            if words.is_empty() {
                continue;
            }
            set.insert(words.join("-"));
        }
        AttrCues { set }
    }

    /// Whether a hyphen-joined run of words is a cue, its last word allowed a plural "s".
    #[cfg(test)]
    fn matches_key(&self, key: &str) -> bool {
        self.set.contains(key)
            || key.strip_suffix('s').is_some_and(|singular| !singular.ends_with('-') && self.set.contains(singular))
    }

    /// Whether some run of consecutive words of `token` (from `attr_tokens`) is a cue, the last word
    /// allowed a plural "s".
    #[cfg(test)]
    pub fn matches_token(&self, token: &str) -> bool {
        AttrMatcher::new(&[self]).match_tokens(&[token.to_string()]) == 1
    }

    /// The most words any cue has.
    #[cfg(test)]
    fn max_words(&self) -> usize {
        self.set.iter().map(|c| c.split('-').count()).max().unwrap_or(1)
    }
}

/// All cue lists, parsed once.
pub(crate) struct Cues {
    /// The class/id cues of article bodies (bit 0), of furniture (bit 1) and of furniture even in the relaxed
    /// retry (bit 2), in one table.
    pub attr_matcher: AttrMatcher,
    pub line_phrases: Vec<String>,
    /// `line_phrases` as one automaton (`None` only if it could not be built).
    line_phrase_matcher: Option<aho_corasick::AhoCorasick>,
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
    CUES.get_or_init(|| {
        let line_phrases = parse_list(include_str!("../../../knowledge/boilerplate/line_phrases.txt"));
        let line_phrase_matcher = aho_corasick::AhoCorasick::new(&line_phrases).ok();
        let negative_attrs = AttrCues::new(include_str!("../../../knowledge/boilerplate/negative_attrs.txt"));
        let positive_attrs = AttrCues::new(include_str!("../../../knowledge/boilerplate/positive_attrs.txt"));
        let hard_negative_attrs = AttrCues::new(include_str!("../../../knowledge/boilerplate/hard_negative_attrs.txt"));
        let attr_matcher = AttrMatcher::new(&[&positive_attrs, &negative_attrs, &hard_negative_attrs]);
        Cues {
            attr_matcher,
            line_phrases,
            line_phrase_matcher,
            lead_phrases: parse_list(include_str!("../../../knowledge/boilerplate/lead_phrases.txt")),
            short_lines: parse_list(include_str!("../../../knowledge/boilerplate/short_lines.txt")),
            list_heads: parse_list(include_str!("../../../knowledge/boilerplate/list_heads.txt")),
            tail_heads: parse_list(include_str!("../../../knowledge/boilerplate/tail_heads.txt")),
            desk_bylines: parse_list(include_str!("../../../knowledge/boilerplate/desk_bylines.txt")),
            author_roles: parse_list(include_str!("../../../knowledge/boilerplate/author_roles.txt")),
            author_modifiers: parse_list(include_str!("../../../knowledge/boilerplate/author_modifiers.txt")),
            author_labels: parse_list(include_str!("../../../knowledge/boilerplate/author_labels.txt")),
        }
    })
}

impl Cues {
    /// Whether a lower-cased line holds one of the boilerplate line phrases ("all rights reserved").
    pub fn has_line_phrase(&self, lower: &str) -> bool {
        match &self.line_phrase_matcher {
            Some(matcher) => matcher.is_match(lower),
            None => self.line_phrases.iter().any(|p| lower.contains(p.as_str())),
        }
    }
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

/// What one run of attribute words is to the cue lists of an `AttrMatcher`.
#[derive(Default, Clone, Copy)]
struct KeyEntry {
    /// Bit `i` set: a cue of list `i`.
    lists: u8,
    /// The first words of a longer cue of some list.
    opens_longer: bool,
}

/// Several cue lists in one table, for matching all of them in one walk over an attribute's words: a run of
/// words is extended only while it is the start of some cue.
pub(crate) struct AttrMatcher {
    keys: std::collections::HashMap<String, KeyEntry, std::hash::BuildHasherDefault<Fnv>>,
}

impl AttrMatcher {
    /// Lists of at most eight.
    fn new(lists: &[&AttrCues]) -> Self {
        let mut keys: std::collections::HashMap<String, KeyEntry, std::hash::BuildHasherDefault<Fnv>> =
            Default::default();
        for (bit, list) in lists.iter().enumerate().take(8) {
            for cue in &list.set {
                keys.entry(cue.clone()).or_default().lists |= 1 << bit;
                let mut end = 0;
                while let Some(dash) = cue.get(end..).and_then(|rest| rest.find('-')) {
                    end += dash;
                    keys.entry(cue.get(..end).unwrap_or("").to_string()).or_default().opens_longer = true;
                    end += 1;
                }
            }
        }
        AttrMatcher { keys }
    }

    /// The lists (bit `i` for list `i`) that some token of the attribute values matches: a run of consecutive
    /// words of a token is a cue, its last word allowed a plural "s" (the same as `attrs_match_each`).
    pub fn match_tokens(&self, tokens: &[String]) -> u8 {
        let mut hits = 0u8;
        let mut key = String::new();
        for token in tokens {
            let words: Vec<&str> = token.split('-').filter(|w| !w.is_empty()).collect();
            for start in 0..words.len() {
                key.clear();
                for (n, word) in words.iter().skip(start).enumerate() {
                    if n > 0 {
                        key.push('-');
                    }
                    key.push_str(word);
                    let entry = self.keys.get(key.as_str()).copied().unwrap_or_default();
                    hits |= entry.lists;
                    if let Some(singular) = key.strip_suffix('s').filter(|s| !s.ends_with('-')) {
                        hits |= self.keys.get(singular).map_or(0, |e| e.lists);
                    }
                    // (A longer run, or its singular, is a cue only where this run opens one.)
                    if !entry.opens_longer {
                        break;
                    }
                }
            }
        }
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain walk the one-table matcher must agree with: for each of `lists`, whether any token matches one
    /// of its cues.
    fn attrs_match_each<const N: usize>(tokens: &[String], lists: [&AttrCues; N]) -> [bool; N] {
        let mut hits = [false; N];
        let max_words = lists.iter().map(|l| l.max_words()).max().unwrap_or(1);
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
                        if !*hit && n < list.max_words() && list.matches_key(&key) {
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

    #[test]
    fn one_table_matcher_agrees_with_the_plain_walk() {
        let raw = |name: &str| match name {
            "pos" => include_str!("../../../knowledge/boilerplate/positive_attrs.txt"),
            "neg" => include_str!("../../../knowledge/boilerplate/negative_attrs.txt"),
            _ => include_str!("../../../knowledge/boilerplate/hard_negative_attrs.txt"),
        };
        let lists = [AttrCues::new(raw("pos")), AttrCues::new(raw("neg")), AttrCues::new(raw("hard"))];
        let matcher = AttrMatcher::new(&[&lists[0], &lists[1], &lists[2]]);
        let mut values: Vec<String> = lists.iter().flat_map(|l| l.set.iter().cloned()).collect();
        values.sort();
        let mut tokens = Vec::new();
        for (i, cue) in values.iter().enumerate() {
            let other = values.get((i * 7 + 3) % values.len()).cloned().unwrap_or_default();
            tokens.push(cue.clone());
            tokens.push(format!("{cue}s"));
            tokens.push(format!("x-{cue}-{other}s"));
            tokens.push(format!("{other}-{cue}"));
            tokens.push(cue.replacen('-', "-x-", 1));
            tokens.push(cue.trim_end_matches(|c: char| c != '-').to_string());
            tokens.push(format!("{}-s", cue));
        }
        for value in ["main-content entry-content", "post__body widget-area", "article-body comments-area", "a"] {
            tokens.extend(attr_tokens(value));
        }
        for token in &tokens {
            let one = [token.clone()];
            let [a, b, c] = attrs_match_each(&one, [&lists[0], &lists[1], &lists[2]]);
            let plain = u8::from(a) | u8::from(b) << 1 | u8::from(c) << 2;
            assert_eq!(matcher.match_tokens(&one), plain, "{token}");
        }
        assert!(tokens.len() > 300);
    }

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
        assert_eq!(c.attr_matcher.match_tokens(&["comments".to_string()]), 0b110);
        assert!(!c.line_phrases.iter().any(|s| s.starts_with('#')));
    }
}
