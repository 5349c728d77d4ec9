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
    // "1.000.000": dots between groups of three digits separate thousands.
    if s.matches('.').count() >= 2 && !s.contains(',') {
        let mut groups = s.split('.');
        let lead = groups.next().unwrap_or("");
        if (1..=3).contains(&lead.len()) && groups.all(|g| g.len() == 3) {
            return s.replace('.', "").parse::<f64>().ok();
        }
    }
    // "253,4 billion": one comma followed by fewer than three digits is a decimal comma.
    if !s.contains('.') && s.matches(',').count() == 1 {
        if let Some((whole, frac)) = s.split_once(',') {
            if !frac.is_empty() && frac.len() < 3 && !whole.is_empty() {
                return format!("{whole}.{frac}").parse::<f64>().ok();
            }
        }
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
const CURRENCY_CODES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "CNY", "RUB", "INR", "KRW", "CHF", "UAH", "AUD", "CAD", "NZD", "SGD", "HKD", "MYR",
    "PKR", "NGN", "ZAR", "BRL", "MXN", "TRY", "ILS", "SAR", "AED", "IDR", "PHP", "THB", "VND", "SEK", "NOK", "DKK",
    "PLN", "KES", "EGP", "BDT", "TWD", "IRR", "QAR", "KWD",
];

/// Other names of currencies written before an amount ("RMB 5 billion", "Rmb5bn").
const CURRENCY_ALIASES: &[(&str, &str)] = &[("RMB", "CNY"), ("Rmb", "CNY")];

/// The ISO code of a currency code or alias written as a word.
fn currency_code(w: &str) -> Option<&'static str> {
    CURRENCY_CODES
        .iter()
        .find(|c| **c == w)
        .copied()
        .or_else(|| CURRENCY_ALIASES.iter().find(|(a, _)| *a == w).map(|x| x.1))
}

const IRREGULAR_PLURALS: &[&str] =
    &["people", "men", "women", "children", "police", "staff", "personnel", "troops", "cattle", "sheep", "fish"];

/// Units after a number that take precedence over the shared lexicon (one or two lowercase words).
const LOCAL_UNITS: &[(&str, &str)] = &[
    ("percentage points", "%"),
    ("percentage point", "%"),
    ("per cent", "%"),
    ("barrels", "barrel"),
    ("barrel", "barrel"),
    ("magnitude", "magnitude"),
    ("ringgit", "MYR"),
    ("rupiah", "IDR"),
    ("naira", "NGN"),
    ("rand", "ZAR"),
    ("shekels", "ILS"),
    ("shekel", "ILS"),
    ("lira", "TRY"),
    ("riyals", "SAR"),
    ("dirhams", "AED"),
    ("taka", "BDT"),
    ("baht", "THB"),
    ("afghanis", "AFN"),
    ("tenge", "KZT"),
    ("rupee", "INR"),
    ("pakistani rupees", "PKR"),
    ("nepalese rupees", "NPR"),
    ("us dollars", "USD"),
    ("u.s. dollars", "USD"),
    ("australian dollars", "AUD"),
    ("canadian dollars", "CAD"),
    ("singapore dollars", "SGD"),
    ("swiss francs", "CHF"),
    ("kilometer", "km"),
    ("kilometre", "km"),
    ("mile", "mi"),
];

/// Words between a number and its unit that do not change the unit ("850,000 net acres", "5 metric tons").
const UNIT_MODIFIERS: &[&str] = &["net", "gross", "metric"];

/// Currency symbols not in the shared lexicon.
const LOCAL_CURRENCY_SYMBOLS: &[(&str, &str)] = &[
    ("₹", "INR"),
    ("₦", "NGN"),
    ("₺", "TRY"),
    ("₪", "ILS"),
    ("₱", "PHP"),
    ("₫", "VND"),
    ("Rs", "INR"),
    ("Rs.", "INR"),
];

/// Letters written tight before "$" that name the dollar ("A$5 million", "NZ$", "HK$").
const DOLLAR_PREFIXES: &[(&str, &str)] = &[
    ("US", "USD"),
    ("U.S.", "USD"),
    ("A", "AUD"),
    ("AU", "AUD"),
    ("NZ", "NZD"),
    ("C", "CAD"),
    ("CA", "CAD"),
    ("HK", "HKD"),
    ("S", "SGD"),
    ("NT", "TWD"),
    ("R", "BRL"),
];

/// Stock exchanges whose tickers ("(ASX: VAH)") mark an article about a market whose plain "$" is not the US dollar.
const EXCHANGE_DOLLARS: &[(&str, &str)] =
    &[("ASX", "AUD"), ("TSX", "CAD"), ("TSXV", "CAD"), ("NZX", "NZD"), ("SGX", "SGD"), ("HKEX", "HKD")];

/// Scale abbreviations of wire copy ("$5 mln", "1.2 bln euros").
const WIRE_SCALES: &[(&str, f64)] = &[("mln", 1e6), ("bln", 1e9), ("trln", 1e12)];

/// South Asian scale words: lakh (100,000) and crore (10 million); an amount in them with nothing counted is rupees.
const SOUTH_ASIAN_SCALES: &[(&str, f64)] = &[("lakh", 1e5), ("lakhs", 1e5), ("crore", 1e7), ("crores", 1e7)];

/// Nouns after "number-" that make a duration, an age, a score or a fraction rather than a count ("12-year-old",
/// "one-on-one", "two-thirds").
const NOT_COUNTED_AFTER_HYPHEN: &[&str] = &[
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "hour",
    "hours",
    "minute",
    "minutes",
    "second",
    "seconds",
    "decade",
    "decades",
    "century",
    "night",
    "nights",
    "old",
    "time",
    "times",
    "way",
    "off",
    "on",
    "and",
    "to",
    "or",
    "fold",
    "sided",
    "third",
    "thirds",
    "quarter",
    "quarters",
    "half",
    "fifth",
    "fifths",
    "nil",
    "all",
    "something",
    "term",
    "hundredth",
    "thousandth",
    "percent",
    "per",
];

/// Unit words written after "number-" ("a 2,430-kilometer border", "a 7.0-magnitude quake", "a 10-percent rise").
const HYPHEN_UNITS: &[(&str, &str)] = &[
    ("kilometer", "km"),
    ("kilometre", "km"),
    ("km", "km"),
    ("mile", "mi"),
    ("meter", "m"),
    ("metre", "m"),
    ("foot", "ft"),
    ("ton", "t"),
    ("tonne", "t"),
    ("acre", "acre"),
    ("hectare", "ha"),
    ("magnitude", "magnitude"),
    ("percent", "%"),
    ("megawatt", "MW"),
    ("gigawatt", "GW"),
];

/// The value of a count, unit or nothing, read from the part of a hyphenated compound after a number
/// ("member" → count, "kilometer" → km, "year" → not a quantity).
enum HyphenTail {
    Count,
    Unit(&'static str),
    NotCounted,
}

fn hyphen_tail(tail: &str) -> HyphenTail {
    let mut segments = tail.split(['-', '\u{2010}', '\u{2011}']);
    let first = segments.next().unwrap_or("").to_lowercase();
    let single_segment = segments.next().is_none();
    if let Some((_, u)) = HYPHEN_UNITS.iter().find(|(w, _)| *w == first) {
        return HyphenTail::Unit(u);
    }
    let lowercase_word = first.chars().next().is_some_and(|c| c.is_lowercase())
        && tail.chars().next().is_some_and(|c| c.is_lowercase())
        && first.chars().all(|c| c.is_alphabetic());
    if !lowercase_word
        || !single_segment
        || NOT_COUNTED_AFTER_HYPHEN.contains(&first.as_str())
        || word_value(&first).is_some()
    {
        return HyphenTail::NotCounted;
    }
    HyphenTail::Count
}

/// A number word including "one" ("one-seat majority").
fn word_or_one_value(w: &str) -> Option<f64> {
    if w == "one" {
        Some(1.0)
    } else {
        word_value(w).filter(|_| w != "dozen" && w != "hundred" && w != "thousand")
    }
}

/// The currency a plain "$" stands for in this text: the dollar of a stock exchange whose tickers it cites, when
/// all cited exchanges agree; otherwise the US dollar.
fn plain_dollar(text: &str) -> &'static str {
    let mut found: Option<&'static str> = None;
    for (exchange, code) in EXCHANGE_DOLLARS {
        let cited = text.match_indices(exchange).any(|(at, _)| {
            let before = text.get(..at).and_then(|b| b.chars().last());
            let after = text.get(at + exchange.len()..).unwrap_or("");
            matches!(before, Some('(') | Some(' ')) && after.starts_with(':')
        });
        if cited {
            match found {
                Some(f) if f != *code => return "USD",
                _ => found = Some(code),
            }
        }
    }
    found.unwrap_or("USD")
}

/// Words after "one" that show it is not a determiner of a counted noun ("one another", "at one point").
const ONE_NOT_BEFORE: &[&str] = &[
    "another", "other", "point", "way", "hand", "thing", "time", "too", "such", "like", "can", "cannot", "must",
    "should", "does", "did", "do", "says", "thinks", "knows", "wants", "needs", "gets", "hopes", "single", "go",
];

/// Words before "one" that make it a pronoun or an ordinal-like use ("the one", "no one", "every one").
const ONE_NOT_AFTER: &[&str] =
    &["the", "no", "any", "every", "each", "which", "this", "another", "such", "someone", "anyone", "a"];

/// True when the "one" at `i` is a determiner before a counted noun ("one civilian", "One bridge collapsed").
fn determiner_one(text: &str, toks: &[Token], i: usize) -> bool {
    let t = |k: usize| toks.get(k).map(|x| x.text(text)).unwrap_or("");
    let Some(next) = toks.get(i + 1) else {
        return false;
    };
    let nw = t(i + 1);
    let lnw = nw.to_lowercase();
    let before = if i > 0 { t(i - 1).to_lowercase() } else { String::new() };
    next.kind == TokenKind::Word
        && next.space_before
        && !next.line_break_before
        && nw.chars().next().is_some_and(|c| c.is_lowercase())
        && !COUNT_STOP.contains(&lnw.as_str())
        && !ONE_NOT_BEFORE.contains(&lnw.as_str())
        && !lnw.ends_with("ed")
        && !lnw.ends_with("ing")
        && !lnw.ends_with("ly")
        && word_value(&lnw).is_none()
        && lexicon::month_number(nw).is_none()
        && !ONE_NOT_AFTER.contains(&before.as_str())
        && !(before.len() > 4 && before.ends_with("est"))
}

/// Splits a hyphenated word at its first hyphen.
fn split_hyphen(w: &str) -> Option<(&str, &str)> {
    let at = w.find(['-', '\u{2010}', '\u{2011}'])?;
    let hyphen_len = w.get(at..)?.chars().next()?.len_utf8();
    Some((w.get(..at)?, w.get(at + hyphen_len..)?))
}

fn all_ascii_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// Finds quantities; tokens already used by time expressions are skipped.
pub(crate) fn find(text: &str, toks: &[Token], consumed: &[bool]) -> Vec<Quantity> {
    let t = |i: usize| toks.get(i).map(|t| t.text(text)).unwrap_or("");
    let lower = |i: usize| t(i).to_lowercase();
    let free = |i: usize| !consumed.get(i).copied().unwrap_or(true);
    let mut dollar: Option<&'static str> = None;
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !free(i) {
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
        // A hyphenated compound ("650-seat", "four-nation", "2,430-kilometer") fixes its value and unit itself.
        let mut compound = false;
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
                "m" | "mn" | "mln" => v *= 1e6,
                "bn" | "b" | "bln" => v *= 1e9,
                "tn" | "trn" => v *= 1e12,
                "mph" => suffix_unit = Some("mph"),
                "pc" => suffix_unit = Some("%"),
                "mw" => suffix_unit = Some("MW"),
                "gw" => suffix_unit = Some("GW"),
                "ha" => suffix_unit = Some("ha"),
                "km" => suffix_unit = Some("km"),
                "kg" => suffix_unit = Some("kg"),
                "mm" => suffix_unit = Some("mm"),
                _ => {
                    i += 1;
                    continue;
                }
            }
            end = i + 1;
            // "380 000": thousands written as groups of three digits separated by spaces.
            if suffix.is_empty() && num.len() <= 3 && all_ascii_digits(num) {
                while let Some(group) = toks.get(end) {
                    let g = t(end);
                    if group.kind == TokenKind::Number
                        && group.space_before
                        && !group.line_break_before
                        && g.len() == 3
                        && all_ascii_digits(g)
                        && free(end)
                    {
                        v = v * 1000.0 + digits_value(g).unwrap_or(0.0);
                        end += 1;
                    } else {
                        break;
                    }
                }
            }
            value = v;
            let next = t(end);
            let tight_next = toks.get(end).is_some_and(|n| !n.space_before);
            let tail_is_word = toks.get(end + 1).is_some_and(|n| n.kind == TokenKind::Word && !n.space_before);
            let tail = lower(end + 1);
            let (scale_word, scale_unit) = split_hyphen(&tail).unwrap_or((tail.as_str(), ""));
            let hyphen_scale = (next == "-" && tight_next && tail_is_word)
                .then(|| lexicon::SCALES.iter().find(|(s, _)| s.len() > 2 && *s == scale_word))
                .flatten();
            if let Some((_, s)) = hyphen_scale {
                // "a $1.5-billion package", "a 2-billion-dollar deal": the scale joined by a hyphen.
                value *= s;
                end += 2;
                suffix_unit = LOCAL_UNITS.iter().chain(lexicon::UNITS).find(|(w, _)| *w == scale_unit).map(|x| x.1);
            } else if next == "-" && tight_next && tail_is_word && suffix_unit.is_none() {
                // "a 15-member council", "a 2,430-kilometer border"; "12-year-old", "3-day" are not counts.
                match hyphen_tail(t(end + 1)) {
                    HyphenTail::Count => {}
                    HyphenTail::Unit(u) => suffix_unit = Some(u),
                    HyphenTail::NotCounted => {
                        i += 1;
                        continue;
                    }
                }
                end += 2;
                compound = true;
            } else if (next == ":" && tight_next)
                || matches!(lower(end).as_str(), "am" | "pm" | "a.m." | "p.m.")
                || (next == "-" && tight_next)
                || matches!(t(i.wrapping_sub(1)), "No." | "#" | "no.")
                || (i > 1
                    && t(i - 1) == ":"
                    && !tok.space_before
                    && toks.get(i - 2).is_some_and(|p| p.kind == TokenKind::Number))
            {
                i += 1;
                continue;
            }
        } else if tok.kind == TokenKind::Word {
            end = i + 1;
            if let Some((head, tail)) = split_hyphen(w) {
                // "Fifty-two vessels", "a four-nation visit", "its one-seat majority".
                let Some(head_value) = word_or_one_value(&head.to_lowercase()) else {
                    i += 1;
                    continue;
                };
                let units = word_value(&tail.to_lowercase()).filter(|v| *v < 10.0);
                if let Some(u) = units {
                    if (20.0..100.0).contains(&head_value) && head_value % 10.0 == 0.0 {
                        value = head_value + u;
                    } else {
                        i += 1;
                        continue;
                    }
                } else {
                    match hyphen_tail(tail) {
                        HyphenTail::Count => {}
                        HyphenTail::Unit(u) => suffix_unit = Some(u),
                        HyphenTail::NotCounted => {
                            i += 1;
                            continue;
                        }
                    }
                    value = head_value;
                    compound = true;
                }
            } else {
                let big_scale = |k: usize| matches!(lower(k).as_str(), "million" | "billion" | "trillion");
                let base = if lw == "a" && lower(i + 1) == "dozen" {
                    end = i + 2;
                    Some(12.0)
                } else if lw == "a" && big_scale(i + 1) {
                    // "a million people": the scale below multiplies it.
                    Some(1.0)
                } else if lw == "half" && lower(i + 1) == "a" && big_scale(i + 2) {
                    end = i + 2;
                    Some(0.5)
                } else if lw == "one" {
                    Some(1.0)
                } else {
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
            }
        } else {
            i += 1;
            continue;
        }
        // Scale words: "1 million", "1.5 billion", "$2bn", "60,000 crore".
        let mut scaled = false;
        let mut south_asian = false;
        if !compound {
            if let Some((_, s)) = lexicon::SCALES.iter().find(|(s, _)| *s == lower(end)) {
                let single_letter = lower(end).len() <= 2;
                if !single_letter || toks.get(end).is_some_and(|t| !t.space_before) {
                    value *= s;
                    end += 1;
                    scaled = true;
                }
            } else if let Some((_, s)) = WIRE_SCALES.iter().find(|(s, _)| *s == lower(end)) {
                value *= s;
                end += 1;
                scaled = true;
            } else if let Some((_, s)) = SOUTH_ASIAN_SCALES.iter().find(|(s, _)| *s == lower(end)) {
                value *= s;
                end += 1;
                scaled = true;
                south_asian = true;
            }
        }
        if lw == "one" && !scaled && !compound && end == i + 1 && !determiner_one(text, toks, i) {
            i += 1;
            continue;
        }
        // Currency before, approximation markers before that.
        let mut unit: Option<String> = suffix_unit.map(String::from);
        if let Some(code) = (start > 0 && unit.is_none()).then(|| currency_code(t(start - 1))).flatten() {
            unit = Some(code.to_string());
            start -= 1;
        }
        if start > 0 && unit.is_none() && !compound {
            let sym = t(start - 1);
            if sym == "$" {
                let prefix = (start >= 2 && !toks[start - 1].space_before)
                    .then(|| DOLLAR_PREFIXES.iter().find(|(p, _)| *p == t(start - 2)))
                    .flatten();
                start -= 1;
                if let Some((_, code)) = prefix {
                    unit = Some((*code).to_string());
                    start -= 1;
                } else {
                    unit = Some(dollar.get_or_insert_with(|| plain_dollar(text)).to_string());
                }
            } else if let Some((_, code)) =
                lexicon::CURRENCY_SYMBOLS.iter().chain(LOCAL_CURRENCY_SYMBOLS).find(|(s, _)| *s == sym)
            {
                unit = Some((*code).to_string());
                start -= 1;
            } else if sym == "." && start >= 2 && t(start - 2) == "Rs" && !toks[start - 1].space_before {
                unit = Some("INR".to_string());
                start -= 2;
            } else if sym.eq_ignore_ascii_case("magnitude") {
                unit = Some("magnitude".to_string());
                start -= 1;
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
        // Unit after, possibly past a modifier ("850,000 net acres").
        if unit.is_none() && !compound {
            let at = if UNIT_MODIFIERS.contains(&lower(end).as_str()) { end + 1 } else { end };
            let two = format!("{} {}", lower(at), lower(at + 1));
            let one = lower(at);
            let find_in =
                |table: &[(&str, &'static str)], key: &str| table.iter().find(|(s, _)| *s == key).map(|x| x.1);
            if let Some(u) = find_in(LOCAL_UNITS, &two).or_else(|| find_in(lexicon::UNITS, &two)) {
                unit = Some(u.to_string());
                end = at + 2;
            } else if let Some(u) = find_in(LOCAL_UNITS, &one).or_else(|| find_in(lexicon::UNITS, &one)) {
                unit = Some(u.to_string());
                end = at + 1;
            } else if let Some(u) = split_hyphen(&one)
                .and_then(|(head, _)| find_in(LOCAL_UNITS, head).or_else(|| find_in(lexicon::UNITS, head)))
            {
                // "a 2,000 km-long border"
                unit = Some(u.to_string());
                end = at + 1;
            } else if let Some(code) = currency_code(t(at)) {
                unit = Some(code.to_string());
                end = at + 1;
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
        // "60,000 crore" with nothing counted is an amount of rupees.
        if south_asian && unit.is_none() && counts.is_none() {
            unit = Some("INR".to_string());
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokens;

    fn quantities(text: &str) -> Vec<(String, f64, Option<String>)> {
        let toks = tokens(text);
        find(text, &toks, &vec![false; toks.len()]).into_iter().map(|q| (q.text, q.value, q.unit)).collect()
    }

    fn has(qs: &[(String, f64, Option<String>)], text: &str, value: f64, unit: Option<&str>) -> bool {
        qs.iter().any(|(t, v, u)| t == text && (v - value).abs() < 1e-6 * value.abs().max(1.0) && u.as_deref() == unit)
    }

    #[test]
    fn hyphenated_counts_and_units_but_not_durations_or_ages() {
        let qs = quantities(
            "A 2,430-kilometer border, a 7.0-magnitude quake, a 21-gun salute and a four-nation visit cost the \
             government its one-seat majority. Fifty-two vessels sailed. A 12-year-old boy left on a 3-day trip; \
             two-thirds of one-on-one talks failed.",
        );
        assert!(has(&qs, "2,430-kilometer", 2430.0, Some("km")), "{qs:?}");
        assert!(has(&qs, "7.0-magnitude", 7.0, Some("magnitude")), "{qs:?}");
        assert!(has(&qs, "21-gun", 21.0, None), "{qs:?}");
        assert!(has(&qs, "four-nation", 4.0, None), "{qs:?}");
        assert!(has(&qs, "one-seat", 1.0, None), "{qs:?}");
        assert!(has(&qs, "Fifty-two", 52.0, None), "{qs:?}");
        assert!(!qs.iter().any(|(_, v, _)| [12.0, 3.0, 2.0].contains(v)), "{qs:?}");
    }

    #[test]
    fn currencies_scales_and_separators() {
        let qs = quantities(
            "It costs Rs 60,000 crore, a plan worth 500 crore, A$2.3 billion, NZ$5m and 2 million ringgit. Over \
             380 000 died, 1 lakh votes were cast, the deal was $253,4 billion and support fell 16 percentage \
             points on 850,000 net acres.",
        );
        assert!(has(&qs, "Rs 60,000 crore", 6e11, Some("INR")), "{qs:?}");
        assert!(has(&qs, "500 crore", 5e9, Some("INR")), "{qs:?}");
        assert!(has(&qs, "A$2.3 billion", 2.3e9, Some("AUD")), "{qs:?}");
        assert!(has(&qs, "NZ$5m", 5e6, Some("NZD")), "{qs:?}");
        assert!(has(&qs, "2 million ringgit", 2e6, Some("MYR")), "{qs:?}");
        assert!(has(&qs, "Over 380 000", 380_000.0, None), "{qs:?}");
        assert!(has(&qs, "1 lakh", 1e5, None), "{qs:?}");
        assert!(has(&qs, "$253,4 billion", 253.4e9, Some("USD")), "{qs:?}");
        assert!(has(&qs, "16 percentage points", 16.0, Some("%")), "{qs:?}");
        assert!(has(&qs, "850,000 net acres", 850_000.0, Some("acre")), "{qs:?}");
    }

    #[test]
    fn scales_after_a_or_a_hyphen_and_more_currency_codes() {
        let qs = quantities(
            "A million people got a $1.5-billion package, a 2-billion-dollar deal, RMB 5 billion, 3 billion NGN; \
             rates rose 30pc and 1.000.000 voted.",
        );
        assert!(has(&qs, "A million", 1e6, None), "{qs:?}");
        assert!(has(&qs, "$1.5-billion", 1.5e9, Some("USD")), "{qs:?}");
        assert!(has(&qs, "2-billion-dollar", 2e9, Some("USD")), "{qs:?}");
        assert!(has(&qs, "RMB 5 billion", 5e9, Some("CNY")), "{qs:?}");
        assert!(has(&qs, "3 billion NGN", 3e9, Some("NGN")), "{qs:?}");
        assert!(has(&qs, "30pc", 30.0, Some("%")), "{qs:?}");
        assert!(has(&qs, "1.000.000", 1e6, None), "{qs:?}");
    }

    #[test]
    fn plain_dollars_follow_the_exchange_of_cited_tickers() {
        let text = "Virgin Australia (ASX: VAH) lost $224.7 million.";
        assert!(has(&quantities(text), "$224.7 million", 224.7e6, Some("AUD")));
        let text = "Virgin Australia (ASX: VAH) and Air Canada (TSX: AC) lost $5 million.";
        assert!(has(&quantities(text), "$5 million", 5e6, Some("USD")));
    }

    #[test]
    fn one_counts_only_as_a_determiner() {
        let qs = quantities("One bridge collapsed and one civilian died. No one knew; one of them left in one go.");
        assert_eq!(qs.iter().filter(|(_, v, _)| *v == 1.0).count(), 2, "{qs:?}");
        let qs = quantities("Results - Liberal Democrats:70 seats; the quake of magnitude 6.6 struck at 10:30.");
        assert!(has(&qs, "70", 70.0, None), "{qs:?}");
        assert!(has(&qs, "magnitude 6.6", 6.6, Some("magnitude")), "{qs:?}");
        assert!(!qs.iter().any(|(_, v, _)| *v == 30.0), "{qs:?}");
    }
}
