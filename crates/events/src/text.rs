//! Tokens of a sentence with byte offsets: words (with internal hyphens and
//! apostrophes), possessive `'s` and `n't` split off, punctuation one char each.

use std::borrow::Cow;

use crate::patterns::Vocab;

/// One token of a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub(crate) struct Tok {
    /// Byte offset into the article text, inclusive.
    pub start: usize,
    /// Byte offset into the article text, exclusive.
    pub end: usize,
    /// Interned lowercase word, when the vocabulary knows it.
    pub word: Option<u32>,
    /// Index of the actor group this token stands for.
    pub actor: Option<u32>,
    /// The possessive `'s` (or a lone `'` after a plural).
    pub possessive: bool,
    /// A punctuation character.
    pub punct: Option<char>,
    /// Starts a new clause.
    pub boundary: bool,
    /// Starts with an uppercase letter.
    pub capitalised: bool,
    /// A country word folded into the person after it ("Russian" in "Russian Foreign Minister Lavrov").
    pub absorbed: bool,
    /// An actor only qualifying what follows ("a Sweden-based network", "a US-sponsored resolution"): it may be
    /// a target, never a source.
    pub qualifier: bool,
    /// A manner or time adverb ("separately", "strongly", "also") that may stand between a verb and the rest
    /// of its pattern ("met separately with").
    pub adverb: bool,
    /// Written in capitals, as an abbreviation ("US", "U.S.", "UAE").
    pub acronym: bool,
    /// An honorific or rank before a name ("Mr.", "Gen."): passed over like a title word.
    pub honorific: bool,
    /// A pronoun ("he", "it") the coder resolved to an actor: it starts a clause rather than continuing a list.
    pub pronoun: bool,
    /// A lowercase-or-capitalised word in "-ing" ("Speaking", "addressing"), known to the patterns or not.
    pub ing: bool,
    /// Could continue a person's name: capitalised, or a particle joined to a capitalised word ("al-Sisi").
    pub name_part: bool,
}

/// Adverbs without the "-ly" ending that may stand between a verb and its complement.
const PLAIN_ADVERBS: &[&str] =
    &["also", "again", "later", "earlier", "already", "then", "now", "first", "once", "still"];

/// Words ending in "-ly" that are not adverbs.
const NOT_ADVERBS: &[&str] = &[
    "family", "rally", "assembly", "supply", "reply", "anomaly", "monopoly", "bully", "belly", "jelly", "folly",
    "comply", "apply", "rely", "imply", "multiply", "italy", "july", "homily", "lily", "holly", "ally", "only",
    "early", "daily", "weekly", "monthly", "yearly", "likely", "unlikely", "fly", "resupply", "ply",
];

/// Whether a raw token is an adverb that may stand between a verb and its complement. An "-ly" word is one
/// whether or not a pattern names it ("reacted strongly to"): a word becoming known must not change how the
/// words around it match.
fn is_adverb(raw: &str) -> bool {
    if !raw.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    if PLAIN_ADVERBS.contains(&raw) {
        return true;
    }
    raw.len() >= 5 && raw.ends_with("ly") && !NOT_ADVERBS.contains(&raw)
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Abbreviated honorifics and ranks written with a full stop before a name ("Mr. Trump", "Gen. Milley").
pub(crate) const HONORIFICS: &[&str] =
    &["mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sen", "rep", "gov", "prof", "adm", "sgt", "pres"];

/// Byte spans of the tokens of `text[range]`, absolute offsets.
pub(crate) fn spans(text: &str, start: usize, end: usize) -> Vec<(usize, usize, bool)> {
    let mut out = Vec::new();
    let Some(slice) = text.get(start..end) else { return out };
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (off, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c.is_alphanumeric() {
            let mut j = i + 1;
            while j < chars.len() {
                let cj = chars[j].1;
                if cj.is_alphanumeric() {
                    j += 1;
                    continue;
                }
                let next_alnum = chars.get(j + 1).is_some_and(|(_, n)| n.is_alphanumeric());
                if (cj == '-' || cj == '.') && next_alnum {
                    j += 1;
                    continue;
                }
                // A thousands separator ("11,000") stays inside the number: a comma there is no clause break.
                let digit_at = |k: usize| chars.get(k).is_some_and(|(_, d)| d.is_ascii_digit());
                if cj == ','
                    && digit_at(j - 1)
                    && digit_at(j + 1)
                    && digit_at(j + 2)
                    && digit_at(j + 3)
                    && !digit_at(j + 4)
                {
                    j += 4;
                    continue;
                }
                if is_apostrophe(cj) && next_alnum {
                    let after = chars.get(j + 2).map(|(_, n)| *n);
                    let next = chars.get(j + 1).map(|(_, n)| n.to_ascii_lowercase());
                    let ends_word = after.is_none_or(|a| !a.is_alphanumeric());
                    if next == Some('s') && ends_word {
                        break;
                    }
                    if next == Some('t') && ends_word && j > i + 1 && chars[j - 1].1.eq_ignore_ascii_case(&'n') {
                        j -= 1;
                        break;
                    }
                    j += 1;
                    continue;
                }
                break;
            }
            // "Mr. Trump": an honorific keeps its full stop, which is no sentence or clause break.
            if chars.get(j).is_some_and(|(_, c)| *c == '.') {
                let word: String = chars[i..j].iter().map(|(_, c)| c.to_ascii_lowercase()).collect();
                if HONORIFICS.contains(&word.as_str()) {
                    j += 1;
                }
            }
            let end_off = chars.get(j).map(|(o, _)| *o).unwrap_or(slice.len());
            out.push((start + off, start + end_off, false));
            i = j;
            continue;
        }
        if is_apostrophe(c) {
            // "Cyprus' invitation", "the Philippines' coast guard": a bare apostrophe after a plural or a name
            // in -s, before the next word, is the possessive.
            let after_s = i > 0 && chars[i - 1].1.eq_ignore_ascii_case(&'s');
            let word_follows = chars.get(i + 1).is_some_and(|(_, n)| *n == ' ')
                && chars.get(i + 2).is_some_and(|(_, n)| n.is_alphabetic());
            if after_s && word_follows {
                let end_off = chars.get(i + 1).map(|(o, _)| *o).unwrap_or(slice.len());
                out.push((start + off, start + end_off, true));
                i += 1;
                continue;
            }
            let next = chars.get(i + 1).map(|(_, n)| n.to_ascii_lowercase());
            let after_alnum = chars.get(i + 2).is_some_and(|(_, n)| n.is_alphanumeric());
            if next == Some('s') && !after_alnum {
                let end_off = chars.get(i + 2).map(|(o, _)| *o).unwrap_or(slice.len());
                out.push((start + off, start + end_off, true));
                i += 2;
                continue;
            }
            if next == Some('t') && !after_alnum {
                // n't: the n was left out of the previous word.
                let end_off = chars.get(i + 2).map(|(o, _)| *o).unwrap_or(slice.len());
                out.push((start + off, start + end_off, false));
                i += 2;
                continue;
            }
        }
        if c.eq_ignore_ascii_case(&'n')
            && chars.get(i + 1).is_some_and(|(_, a)| is_apostrophe(*a))
            && chars.get(i + 2).is_some_and(|(_, t)| t.eq_ignore_ascii_case(&'t'))
        {
            let end_off = chars.get(i + 3).map(|(o, _)| *o).unwrap_or(slice.len());
            out.push((start + off, start + end_off, false));
            i += 3;
            continue;
        }
        let end_off = chars.get(i + 1).map(|(o, _)| *o).unwrap_or(slice.len());
        out.push((start + off, start + end_off, false));
        i += 1;
    }
    out
}

/// The lookup form of a token: lowercase, curly apostrophes straightened.
pub(crate) fn normalise(s: &str) -> Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.to_lowercase().replace('\u{2019}', "'"))
    }
}

/// Lowercase word tokens of a phrase (for cue lists).
pub(crate) fn word_tokens(text: &str) -> Vec<String> {
    spans(text, 0, text.len())
        .into_iter()
        .filter_map(|(s, e, poss)| {
            let t = text.get(s..e)?;
            Some(if poss { "'s".to_string() } else { normalise(t).into_owned() })
        })
        .collect()
}

/// Tokens of `text[start..end]` with word ids from `vocab`.
pub(crate) fn tokenize(text: &str, start: usize, end: usize, vocab: &Vocab, out: &mut Vec<Tok>) {
    out.clear();
    for (s, e, possessive) in spans(text, start, end) {
        let Some(raw) = text.get(s..e) else { continue };
        let first = raw.chars().next().unwrap_or(' ');
        let mut tok = Tok { start: s, end: e, possessive, capitalised: first.is_uppercase(), ..Default::default() };
        tok.acronym = raw.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !raw.chars().any(char::is_lowercase);
        tok.ing = raw.len() > 5 && raw.to_ascii_lowercase().ends_with("ing");
        tok.honorific = tok.capitalised
            && raw.ends_with('.')
            && HONORIFICS.contains(&raw.trim_end_matches('.').to_ascii_lowercase().as_str());
        tok.name_part = tok.capitalised
            || raw
                .split_once('-')
                .is_some_and(|(head, rest)| head.len() <= 3 && rest.chars().next().is_some_and(char::is_uppercase));
        if possessive {
            tok.word = vocab.get("'s");
        } else if first.is_alphanumeric() || raw.chars().nth(1).is_some() {
            tok.word = vocab.get(&normalise(raw));
            tok.adverb = is_adverb(raw);
        } else {
            tok.punct = Some(first);
        }
        out.push(tok);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bare_apostrophe_after_s_is_a_possessive() {
        let text = "Cyprus' invitation to the Philippines' coast guard";
        let spans = spans(text, 0, text.len());
        let possessives: Vec<&str> = spans.iter().filter(|(_, _, p)| *p).map(|(s, e, _)| &text[*s..*e]).collect();
        assert_eq!(possessives, ["'", "'"]);
        // A closing quotation mark is not one.
        let text = "'we will respond to the States', he said";
        assert!(!super::spans(text, 0, text.len()).iter().any(|(_, _, p)| *p));
    }

    #[test]
    fn honorifics_keep_their_full_stop() {
        assert_eq!(words("criticized Mr. Trump."), ["criticized", "Mr.", "Trump", "."]);
        assert_eq!(words("Gen. Milley and Dr Fauci"), ["Gen.", "Milley", "and", "Dr", "Fauci"]);
        assert_eq!(words("the U.S. Mrs"), ["the", "U.S", ".", "Mrs"]);
    }

    #[test]
    fn dashes_and_curly_quotes_are_punctuation() {
        // Multi-byte punctuation is punctuation too: the em dash is a clause break, curly quotes open quotes.
        let text = "Russia \u{2014} and China \u{201C}agreed\u{201D}";
        let mut toks = Vec::new();
        tokenize(text, 0, text.len(), &crate::patterns::Vocab::default(), &mut toks);
        let puncts: Vec<char> = toks.iter().filter_map(|t| t.punct).collect();
        assert_eq!(puncts, ['\u{2014}', '\u{201C}', '\u{201D}']);
    }

    fn words(text: &str) -> Vec<&str> {
        spans(text, 0, text.len()).into_iter().map(|(s, e, _)| &text[s..e]).collect()
    }

    #[test]
    fn splits_possessives_and_negations() {
        assert_eq!(words("the North’s launch"), ["the", "North", "’s", "launch"]);
        assert_eq!(words("Russia's war, didn't stop"), ["Russia", "'s", "war", ",", "did", "n't", "stop"]);
        assert_eq!(words("U.S. test-fired O'Brien."), ["U.S", ".", "test-fired", "O'Brien", "."]);
        assert_eq!(words("“We agree,” he said"), ["“", "We", "agree", ",", "”", "he", "said"]);
        assert_eq!(
            words("sent 11,000 troops, 1,2 and 3,4567"),
            ["sent", "11,000", "troops", ",", "1", ",", "2", "and", "3", ",", "4567"]
        );
        assert!(words("").is_empty());
        assert_eq!(words("é ’ ' x"), ["é", "’", "'", "x"]);
    }

    #[test]
    fn adverbs_are_told_from_nouns_in_ly() {
        assert!(is_adverb("separately"));
        assert!(is_adverb("also"));
        assert!(!is_adverb("family"));
        assert!(!is_adverb("rally"));
        assert!(!is_adverb("Separately"));
        assert!(!is_adverb("supply"));
        // Known to the patterns or not, "-ly" words are adverbs.
        assert!(is_adverb("strongly"));
    }

    #[test]
    fn cue_phrases_are_lowercased() {
        assert_eq!(word_tokens("Did not"), ["did", "not"]);
        assert_eq!(word_tokens("n't"), ["n't"]);
    }
}
