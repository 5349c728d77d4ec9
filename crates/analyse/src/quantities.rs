//! Quantities: numbers in digits or words, their scale, unit, approximation and the noun phrase they count.

use storyline_model::Quantity;

use crate::lexicon;
use crate::token::{Token, TokenKind};

/// The value of a number word ("three", "dozen").
pub fn word_value(w: &str) -> Option<f64> {
    lexicon::NUMBER_WORDS.iter().find(|(n, _)| *n == w).map(|(_, v)| *v)
}

fn digits_value(s: &str) -> Option<f64> {
    if !s.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.') {
        return None;
    }
    let cleaned: String = s.chars().filter(|c| *c != ',').collect();
    cleaned.parse::<f64>().ok()
}

const COUNT_STOP: &[&str] = &[
    "have",
    "has",
    "had",
    "were",
    "was",
    "are",
    "is",
    "be",
    "been",
    "will",
    "would",
    "could",
    "may",
    "might",
    "to",
    "in",
    "on",
    "at",
    "from",
    "for",
    "with",
    "by",
    "of",
    "that",
    "which",
    "who",
    "and",
    "or",
    "as",
    "than",
    "the",
    "a",
    "an",
    "per",
    "into",
    "across",
    "during",
    "before",
    "after",
    "since",
    "said",
    "this",
    "these",
    "those",
    "their",
    "its",
    "his",
    "her",
    "our",
    "over",
    "under",
    "about",
    "each",
    "while",
    "when",
    "where",
    "if",
    "but",
    "so",
    "not",
    "out",
    "up",
    "down",
    "off",
    "more",
    "less",
    "last",
    "next",
    "ago",
    "earlier",
    "later",
    "eastward",
    "westward",
    "northward",
    "southward",
    "away",
    "long",
    "high",
    "wide",
    "deep",
    "old",
    "year",
    "years",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "hour",
    "hours",
    "minute",
    "minutes",
    "times",
    "percent",
    "one",
    "it",
    "they",
    "we",
];

/// ISO currency codes written before an amount ("USD five million", "EUR 20 billion").
const CURRENCY_CODES: &[&str] = &["USD", "EUR", "GBP", "JPY", "CNY", "RUB", "INR", "KRW", "CHF", "UAH", "AUD", "CAD"];

const IRREGULAR_PLURALS: &[&str] =
    &["people", "men", "women", "children", "police", "staff", "personnel", "troops", "cattle", "sheep", "fish"];

/// Finds quantities; tokens already used by time expressions are skipped.
pub(crate) fn find(text: &str, toks: &[Token], consumed: &[bool]) -> Vec<Quantity> {
    let t = |i: usize| toks.get(i).map(|t| t.text(text)).unwrap_or("");
    let lower = |i: usize| t(i).to_lowercase();
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if consumed.get(i).copied().unwrap_or(true) {
            i += 1;
            continue;
        }
        let tok = toks[i];
        let w = t(i);
        let lw = w.to_lowercase();
        let mut start = i;
        let mut end;
        let mut value;
        let mut suffix_unit: Option<&str> = None;
        if tok.kind == TokenKind::Number {
            let split = w.find(|c: char| c.is_alphabetic()).unwrap_or(w.len());
            let (num, suffix) = w.split_at(split);
            let Some(mut v) = digits_value(num) else {
                i += 1;
                continue;
            };
            match suffix.to_lowercase().as_str() {
                "" => {}
                "k" => v *= 1e3,
                "m" | "mn" => v *= 1e6,
                "bn" | "b" => v *= 1e9,
                "tn" => v *= 1e12,
                "km" => suffix_unit = Some("km"),
                "kg" => suffix_unit = Some("kg"),
                "mm" => suffix_unit = Some("mm"),
                _ => {
                    i += 1;
                    continue;
                }
            }
            value = v;
            end = i + 1;
            // Times of day, compound adjectives ("12-year-old"), ranges and list numbers.
            let next = t(i + 1);
            let tight_next = toks.get(i + 1).is_some_and(|n| !n.space_before);
            // "a 15-member council", "the 650-seat House": a count written as a compound adjective.
            let counted_compound = next == "-"
                && tight_next
                && matches!(
                    lower(i + 2).as_str(),
                    "member" | "seat" | "nation" | "strong" | "country" | "party" | "vehicle" | "ship" | "person"
                );
            if counted_compound {
                end = i + 3;
            } else if (next == ":" && tight_next)
                || matches!(lower(i + 1).as_str(), "am" | "pm" | "a.m." | "p.m.")
                || (next == "-" && tight_next)
                || matches!(t(i.wrapping_sub(1)), "No." | "#" | "no.")
                || (i > 0 && t(i - 1) == ":" && !tok.space_before)
            {
                i += 1;
                continue;
            }
        } else if tok.kind == TokenKind::Word {
            let base = if lw == "a" && lower(i + 1) == "dozen" {
                end = i + 2;
                Some(12.0)
            } else {
                end = i + 1;
                word_value(&lw).filter(|_| lw != "dozen")
            };
            let Some(v) = base else {
                i += 1;
                continue;
            };
            value = v;
            // "two hundred", "three thousand", "twenty five"
            if let Some(v2) = word_value(&lower(end)) {
                if v2 == 100.0 || v2 == 1000.0 {
                    value *= v2;
                    end += 1;
                } else if value >= 20.0 && v2 < 10.0 {
                    value += v2;
                    end += 1;
                }
            }
        } else {
            i += 1;
            continue;
        }
        // Scale words: "1 million", "1.5 billion", "$2bn".
        let mut scaled = false;
        if let Some((_, s)) = lexicon::SCALES.iter().find(|(s, _)| *s == lower(end)) {
            let single_letter = lower(end).len() <= 2;
            if !single_letter || toks.get(end).is_some_and(|t| !t.space_before) {
                value *= s;
                end += 1;
                scaled = true;
            }
        }
        if lw == "one" && !scaled {
            i += 1;
            continue;
        }
        // Currency symbol before, approximation markers before that.
        let mut unit: Option<String> = suffix_unit.map(String::from);
        if start > 0 && unit.is_none() && CURRENCY_CODES.contains(&t(start - 1)) {
            unit = Some(t(start - 1).to_string());
            start -= 1;
        }
        if start > 0 && unit.is_none() {
            if let Some((_, code)) = lexicon::CURRENCY_SYMBOLS.iter().find(|(s, _)| *s == t(start - 1)) {
                unit = Some((*code).to_string());
                start -= 1;
                if start > 0 && matches!(t(start - 1), "US" | "U.S.") && !toks[start].space_before {
                    start -= 1;
                }
            }
        }
        let mut approximate = false;
        for marker in lexicon::APPROX_MARKERS {
            let n = marker.len();
            if start >= n && marker.iter().enumerate().all(|(k, m)| lower(start - n + k) == *m) {
                approximate = true;
                start -= n;
                break;
            }
        }
        // Unit after.
        if unit.is_none() {
            let two = format!("{} {}", lower(end), lower(end + 1));
            if let Some((_, u)) = lexicon::UNITS.iter().find(|(s, _)| *s == two) {
                unit = Some((*u).to_string());
                end += 2;
            } else if let Some((_, u)) = lexicon::UNITS.iter().find(|(s, _)| *s == lower(end)) {
                // "won" and "yen" need a number right before them; "pounds" is not a currency here.
                unit = Some((*u).to_string());
                end += 1;
            }
        }
        // Counted noun phrase.
        let mut c = end;
        if lower(c) == "of" && (scaled || unit.is_some()) {
            c += 1;
        }
        let counts_start = c;
        let mut last_word = None;
        while c < toks.len() && c < counts_start + 4 {
            let tk = toks[c];
            let cw = t(c);
            let lcw = cw.to_lowercase();
            if tk.kind != TokenKind::Word || COUNT_STOP.contains(&lcw.as_str()) || tk.line_break_before {
                break;
            }
            if lexicon::month_number(cw).is_some() || lexicon::weekday_number(cw).is_some() {
                break;
            }
            c += 1;
            last_word = Some(c);
            let plural = (lcw.len() > 3 && lcw.ends_with('s') && !lcw.ends_with("ss"))
                || IRREGULAR_PLURALS.contains(&lcw.as_str());
            if plural {
                break;
            }
        }
        let counts = if unit.is_some() && counts_start == end {
            None
        } else {
            last_word.and_then(|e| {
                let a = toks.get(counts_start)?;
                let b = toks.get(e - 1)?;
                text.get(a.start..b.end).map(String::from)
            })
        };
        if let (Some(a), Some(b)) = (toks.get(start), toks.get(end - 1)) {
            out.push(Quantity {
                text: text.get(a.start..b.end).unwrap_or("").to_string(),
                value,
                unit,
                counts,
                approximate,
                start: a.start,
                end: b.end,
            });
        }
        i = end.max(i + 1);
    }
    out
}
