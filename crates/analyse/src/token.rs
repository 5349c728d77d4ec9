//! Tokens, sentences and paragraphs of news prose.
//!
//! The tokenizer keeps abbreviations ("U.S.", "Nov.", "Gen.", initials such as "J.") as one token with their
//! period, numbers with their thousands and decimal separators ("12,000", "1.5") as one token, and splits the
//! possessive "'s" off its word. Hyphenated words stay whole ("Tae-yul", "long-range") unless the part after the
//! hyphen is capitalised ("US-South", "Indo-Pacific"), which are split so that each name can be matched. An acronym
//! a scraped page glued to a name ("USAMatthew") is split before the name.

use std::ops::Range;

/// What kind of token it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters (and digits, apostrophes, hyphens inside), e.g. "Blinken", "Tae-yul".
    Word,
    /// Digits with separators, possibly with a letter suffix ("12,000", "1.5", "18th").
    Number,
    /// A word with its period: abbreviations, initials and dotted acronyms ("Gen.", "J.", "U.S.").
    Abbreviation,
    /// The possessive "'s" / "’s" (or a bare apostrophe after a plural or an acronym).
    Possessive,
    /// One punctuation or symbol character.
    Punct,
}

/// One token: byte offsets into the text, its kind and whether a line break precedes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset, inclusive.
    pub start: usize,
    /// Byte offset, exclusive.
    pub end: usize,
    /// Its kind.
    pub kind: TokenKind,
    /// True when whitespace separates it from the previous token.
    pub space_before: bool,
    /// True when a line break separates it from the previous token (a paragraph boundary).
    pub line_break_before: bool,
}

impl Token {
    /// The token's text in `text`.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The byte range.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// Abbreviations written with a final period that does not end a sentence (compared case-sensitively).
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Reps", "Gov", "Lt", "Col", "Maj", "Sgt", "Capt", "Cmdr", "Adm",
    "Prof", "St", "Jr", "Sr", "Inc", "Corp", "Ltd", "Co", "Bros", "vs", "etc", "No", "Nos", "Jan", "Feb", "Mar", "Apr",
    "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mt", "Ft", "Rev", "Hon", "Pres", "Gens", "Sens", "Supt",
    "Insp", "Det", "Cpl", "Pvt", "Brig", "approx", "est", "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat",
    "Sun", "Ave", "Blvd", "Rd", "Dept", "Univ", "Assn", "Mass", "Calif", "Fla", "Ariz", "Wash", "Pa", "Va", "Md",
];

/// Abbreviations that may end a sentence only when a typical sentence opener follows them.
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "In",
    "But",
    "And",
    "This",
    "That",
    "These",
    "Those",
    "A",
    "An",
    "On",
    "At",
    "As",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "There",
    "When",
    "While",
    "After",
    "Before",
    "However",
    "Meanwhile",
    "According",
    "Earlier",
    "Later",
    "Last",
    "Since",
    "If",
    "For",
    "Also",
    "Yet",
    "So",
    "Still",
    "Some",
    "Many",
];

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Splits `text` into tokens (see the module docs).
pub fn tokens(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    let mut space = false;
    let mut line_break = true;
    let char_at = |i: usize| -> Option<char> { text.get(i..).and_then(|s| s.chars().next()) };
    while i < bytes.len() {
        let Some(c) = char_at(i) else { break };
        let clen = c.len_utf8();
        if c.is_whitespace() {
            space = true;
            if c == '\n' || c == '\u{2029}' {
                line_break = true;
            }
            i += clen;
            continue;
        }
        let start = i;
        let kind;
        if c.is_ascii_digit() {
            i += clen;
            while let Some(d) = char_at(i) {
                if d.is_ascii_digit() {
                    i += 1;
                } else if (d == ',' || d == '.') && char_at(i + 1).is_some_and(|e| e.is_ascii_digit()) {
                    i += 2;
                } else {
                    break;
                }
            }
            while let Some(d) = char_at(i) {
                if d.is_alphabetic() {
                    i += d.len_utf8();
                } else {
                    break;
                }
            }
            kind = TokenKind::Number;
        } else if c.is_alphanumeric() {
            i += clen;
            while let Some(d) = char_at(i) {
                if d.is_alphanumeric() || is_mark(d) {
                    i += d.len_utf8();
                } else if d == '-' || d == '\u{2010}' || d == '\u{2011}' {
                    match char_at(i + d.len_utf8()) {
                        Some(e) if e.is_alphanumeric() && !e.is_uppercase() => i += d.len_utf8(),
                        _ => break,
                    }
                } else if is_apostrophe(d) {
                    let next = char_at(i + d.len_utf8());
                    let after = next.and_then(|n| char_at(i + d.len_utf8() + n.len_utf8()));
                    let possessive =
                        matches!(next, Some('s') | Some('S')) && !after.is_some_and(|a| a.is_alphanumeric());
                    if !possessive && next.is_some_and(|n| n.is_alphabetic()) {
                        i += d.len_utf8();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            if let Some(cut) = glued_acronym_end(text.get(start..i).unwrap_or("")) {
                i = start + cut;
            }
            let word = text.get(start..i).unwrap_or("");
            if char_at(i) == Some('.') {
                if let Some(end) = dotted_acronym_end(text, start) {
                    i = end;
                    kind = TokenKind::Abbreviation;
                } else if (word.chars().count() == 1 && c.is_uppercase()) || ABBREVIATIONS.contains(&word) {
                    i += 1;
                    kind = TokenKind::Abbreviation;
                } else {
                    kind = TokenKind::Word;
                }
            } else {
                kind = TokenKind::Word;
            }
        } else if is_apostrophe(c) && out.last().is_some_and(|t| t.end == i && t.kind != TokenKind::Punct) {
            let next = char_at(i + clen);
            let after = next.and_then(|n| char_at(i + clen + n.len_utf8()));
            if matches!(next, Some('s') | Some('S')) && !after.is_some_and(|a| a.is_alphanumeric()) {
                i += clen + 1;
                kind = TokenKind::Possessive;
            } else {
                let prev_plural =
                    out.last().map(|t| t.text(text)).is_some_and(|w| w.ends_with('s') || w.ends_with('.'));
                i += clen;
                kind = if prev_plural && !next.is_some_and(|n| n.is_alphanumeric()) {
                    TokenKind::Possessive
                } else {
                    TokenKind::Punct
                };
            }
        } else {
            i += clen;
            kind = TokenKind::Punct;
        }
        out.push(Token { start, end: i, kind, space_before: space, line_break_before: line_break });
        space = false;
        line_break = false;
    }
    out
}

/// Scraped pages lose the space between a dateline or label and a name ("USAMatthew Olsen"): an acronym of two or
/// more capitals glued to a capitalised word of three or more lowercase letters ends before that word's capital.
fn glued_acronym_end(word: &str) -> Option<usize> {
    let bytes = word.as_bytes();
    let caps = bytes.iter().take_while(|b| b.is_ascii_uppercase()).count();
    let rest = bytes.get(caps..)?;
    let glued = caps >= 3 && rest.len() >= 3 && rest.iter().all(u8::is_ascii_lowercase);
    caps.checked_sub(1).filter(|_| glued)
}

fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{200D}')
}

/// End of a dotted acronym such as "U.S." or "U.N." starting at `start`, when there is one.
fn dotted_acronym_end(text: &str, start: usize) -> Option<usize> {
    let mut pos = start;
    let mut letters = 0;
    loop {
        let mut it = text.get(pos..)?.chars();
        match (it.next(), it.next()) {
            (Some(c), Some('.')) if c.is_alphabetic() => {
                letters += 1;
                pos += c.len_utf8() + 1;
            }
            _ => break,
        }
    }
    (letters >= 2).then_some(pos)
}

/// Sentences as ranges of token indices (see [`sentence_spans`] for byte ranges).
pub fn sentence_token_ranges(text: &str, toks: &[Token]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut begin = 0;
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        if i > begin && t.line_break_before {
            out.push(begin..i);
            begin = i;
        }
        let s = t.text(text);
        let terminal = match t.kind {
            TokenKind::Punct => matches!(s, "." | "!" | "?" | "\u{2026}"),
            TokenKind::Abbreviation => {
                let next = toks.get(i + 1);
                let dotted = s.matches('.').count() >= 2;
                next.is_some_and(|n| {
                    let nt = n.text(text);
                    n.line_break_before
                        || (dotted && n.kind == TokenKind::Word && SENTENCE_STARTERS.contains(&nt))
                        || (dotted
                            && is_opening_quote_char(nt)
                            && toks.get(i + 2).is_some_and(|q| q.text(text).starts_with(char::is_uppercase)))
                })
            }
            _ => false,
        };
        if terminal {
            let mut j = i + 1;
            while j < toks.len() {
                let n = toks[j].text(text);
                if toks[j].kind == TokenKind::Punct
                    && !toks[j].line_break_before
                    && (matches!(n, "." | "!" | "?" | ")" | "]" | "\u{201D}" | "\u{2019}" | "'" | "\u{2026}")
                        || (n == "\"" && !toks[j].space_before))
                {
                    j += 1;
                } else {
                    break;
                }
            }
            // "President Kh.Battulga": an initial glued by its full stop to the name it abbreviates the given name of.
            let glued_initial = j == i + 1
                && s == "."
                && toks.get(j).is_some_and(|n| !n.space_before && n.kind == TokenKind::Word)
                && i > 0
                && toks.get(i - 1).is_some_and(|p| {
                    let w = p.text(text);
                    p.kind == TokenKind::Word
                        && w.chars().count() <= 2
                        && w.starts_with(|c: char| c.is_uppercase())
                        && (i < 2 || toks[i - 1].space_before || toks[i - 1].line_break_before)
                });
            let boundary = match toks.get(j) {
                _ if glued_initial => false,
                None => true,
                Some(n) => {
                    let nt = n.text(text);
                    let first = nt.chars().next().unwrap_or(' ');
                    n.line_break_before
                        || first.is_uppercase()
                        || first.is_ascii_digit()
                        || matches!(nt, "\"" | "\u{201C}" | "\u{2018}" | "(" | "-" | "\u{2014}")
                }
            };
            if boundary && j > begin {
                out.push(begin..j);
                begin = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    if begin < toks.len() {
        out.push(begin..toks.len());
    }
    out
}

fn is_opening_quote_char(s: &str) -> bool {
    matches!(s, "\u{201C}" | "\"")
}

/// Splits text into sentence byte ranges.
pub fn sentence_spans(text: &str, toks: &[Token]) -> Vec<Range<usize>> {
    sentence_token_ranges(text, toks)
        .into_iter()
        .filter_map(|r| {
            let first = toks.get(r.start)?;
            let last = toks.get(r.end.checked_sub(1)?)?;
            Some(first.start..last.end)
        })
        .collect()
}

/// Paragraphs (runs of non-empty lines separated by line breaks) as ranges of token indices.
pub fn paragraph_token_ranges(toks: &[Token]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut begin = 0;
    for (i, t) in toks.iter().enumerate() {
        if i > begin && t.line_break_before {
            out.push(begin..i);
            begin = i;
        }
    }
    if begin < toks.len() {
        out.push(begin..toks.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokens(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn keeps_abbreviations_numbers_and_names_whole() {
        assert_eq!(
            words("U.S. Gen. Antony J. Blinken’s 12,000 troops, 1.5 km on Nov. 9."),
            vec![
                "U.S.", "Gen.", "Antony", "J.", "Blinken", "’s", "12,000", "troops", ",", "1.5", "km", "on", "Nov.",
                "9", "."
            ]
        );
        assert_eq!(words("Cho Tae-yul's US-South Korea"), vec!["Cho", "Tae-yul", "'s", "US", "-", "South", "Korea"]);
        assert_eq!(words("the U.S.’ confidence"), vec!["the", "U.S.", "’", "confidence"]);
        assert_eq!(words("don't O’Brien"), vec!["don't", "O’Brien"]);
        assert_eq!(
            words("General USAMatthew Olsen of NATO, the MPs, iPhone McCain"),
            vec!["General", "USA", "Matthew", "Olsen", "of", "NATO", ",", "the", "MPs", ",", "iPhone", "McCain"]
        );
    }

    #[test]
    fn splits_sentences_but_not_at_abbreviations() {
        let text = "U.S. Secretary Antony J. Blinken visited N. Korea on Nov. 9. He said 1.5 million. \
                    “It is bad.” The end came in the U.S. He left.\nNew paragraph";
        let toks = tokens(text);
        let s: Vec<&str> = sentence_spans(text, &toks).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            s,
            vec![
                "U.S. Secretary Antony J. Blinken visited N. Korea on Nov. 9.",
                "He said 1.5 million.",
                "“It is bad.”",
                "The end came in the U.S.",
                "He left.",
                "New paragraph"
            ]
        );
        let text = "It said the U.S. \"has damaged trade.\" It left the U.S. \"We won,\" he said.";
        let toks = tokens(text);
        let s: Vec<&str> = sentence_spans(text, &toks).into_iter().map(|r| &text[r]).collect();
        assert_eq!(s, vec!["It said the U.S. \"has damaged trade.\"", "It left the U.S.", "\"We won,\" he said."]);
    }
}
