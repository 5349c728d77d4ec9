//! Time expressions normalised against the publication date: dates, weekdays, months, years, relative phrases.

use chrono::{Datelike, Days, Months, NaiveDate};
use storyline_model::TimeExpr;

use crate::lexicon;
use crate::token::{Token, TokenKind};

/// Words before a weekday that put it ahead of the publication date.
const FUTURE_MARKERS: &[&str] =
    &["will", "shall", "scheduled", "slated", "expected", "plans", "planning", "due", "upcoming", "'ll", "\u{2019}ll"];

fn number(s: &str) -> Option<u32> {
    let digits: String = s.chars().take_while(char::is_ascii_digit).collect();
    let rest = &s[digits.len()..];
    if !(rest.is_empty() || matches!(rest, "st" | "nd" | "rd" | "th")) || digits.is_empty() || digits.len() > 4 {
        return None;
    }
    digits.parse().ok()
}

fn year_of(s: &str) -> Option<i32> {
    (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse::<i32>().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
}

/// The date in the year among those around `pub_date` that lies closest to it.
fn nearest_year(month: u32, day: u32, pub_date: NaiveDate) -> Option<NaiveDate> {
    [pub_date.year() - 1, pub_date.year(), pub_date.year() + 1]
        .into_iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .min_by_key(|d| {
            let gap = (*d - pub_date).num_days();
            // Past dates are more common in news than future ones of the same distance.
            if gap > 0 {
                gap * 2
            } else {
                -gap
            }
        })
}

/// Finds time expressions; `consumed` marks the tokens used (so quantities skip them).
pub(crate) fn find(text: &str, toks: &[Token], published: Option<NaiveDate>, consumed: &mut [bool]) -> Vec<TimeExpr> {
    let t = |i: usize| toks.get(i).map(|t| t.text(text)).unwrap_or("");
    let lower = |i: usize| t(i).to_lowercase();
    let mut out = Vec::new();
    let mut i = 0;
    let push = |out: &mut Vec<TimeExpr>, consumed: &mut [bool], a: usize, b: usize, value: String| {
        if let (Some(x), Some(y)) = (toks.get(a), toks.get(b.saturating_sub(1))) {
            out.push(TimeExpr {
                text: text.get(x.start..y.end).unwrap_or("").to_string(),
                value,
                start: x.start,
                end: y.end,
            });
            for c in consumed.iter_mut().take(b).skip(a) {
                *c = true;
            }
        }
    };
    // "is scheduled to leave Singapore on Thursday", "Leaders will meet … at the end of October": a marker of the
    // future earlier in the clause, within its paragraph (a headline's "upcoming" does not reach the lead).
    let future_before = |i: usize| {
        let mut j = i;
        while j > 0 && i - j < 20 {
            if toks.get(j).is_some_and(|x| x.line_break_before) {
                return false;
            }
            j -= 1;
            let pw = lower(j);
            if matches!(pw.as_str(), "." | "said" | "says" | "told" | "\u{201C}" | "\u{201D}" | "\"") {
                return false;
            }
            if FUTURE_MARKERS.contains(&pw.as_str()) {
                return true;
            }
        }
        false
    };
    // "Saturday, October 7": the weekday naming a date belongs to it.
    let weekday_start = |i: usize| {
        if i >= 2 && t(i - 1) == "," && lexicon::weekday_number(t(i - 2)).is_some() {
            i - 2
        } else if i >= 1 && lexicon::weekday_number(t(i - 1)).is_some() {
            i - 1
        } else {
            i
        }
    };
    while i < toks.len() {
        let w = t(i);
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        // Month-based dates.
        // "New Delhi, Mar 16 (IANS)": "Mar" and "Sep" undotted are months only before a day, not as names.
        let day_next = toks.get(i + 1).is_some_and(|n| n.kind == TokenKind::Number)
            && number(t(i + 1)).is_some_and(|d| (1..=31).contains(&d));
        let short_month = match w {
            "Mar" if day_next => Some(3),
            "Sep" if day_next => Some(9),
            _ => None,
        };
        if let Some(month) =
            lexicon::month_number(w).or(short_month).filter(|_| capital && toks[i].kind != TokenKind::Number)
        {
            let is_may = w == "May";
            let day_after = number(t(i + 1)).filter(|d| (1..=31).contains(d) && toks[i + 1].kind == TokenKind::Number);
            let day_before = i
                .checked_sub(1)
                .and_then(|p| number(t(p)).filter(|d| (1..=31).contains(d) && toks[p].kind == TokenKind::Number));
            if let Some(day) = day_after {
                // "Nov. 9", "January 6, 2025"
                let (year, end) = if t(i + 2) == "," && year_of(t(i + 3)).is_some() {
                    (year_of(t(i + 3)), i + 4)
                } else if let Some(y) = year_of(t(i + 2)) {
                    (Some(y), i + 3)
                } else {
                    (None, i + 2)
                };
                let date = match year {
                    Some(y) => NaiveDate::from_ymd_opt(y, month, day),
                    None => published.and_then(|p| nearest_year(month, day, p)),
                };
                if let Some(d) = date {
                    push(&mut out, consumed, weekday_start(i), end, d.format("%Y-%m-%d").to_string());
                    i = end;
                    continue;
                }
            } else if let Some(day) = day_before.filter(|_| !consumed[i - 1]) {
                // "9 November 2023"
                let (year, end) = match year_of(t(i + 1)) {
                    Some(y) => (Some(y), i + 2),
                    None => (None, i + 1),
                };
                let date = match year {
                    Some(y) => NaiveDate::from_ymd_opt(y, month, day),
                    None => published.and_then(|p| nearest_year(month, day, p)),
                };
                if let Some(d) = date {
                    push(&mut out, consumed, weekday_start(i - 1), end, d.format("%Y-%m-%d").to_string());
                    i = end;
                    continue;
                }
            } else if let Some(y) = year_of(t(i + 1)) {
                push(&mut out, consumed, i, i + 2, format!("{y:04}-{month:02}"));
                i += 2;
                continue;
            } else if let Some(y) = year_of(t(i + 2)).filter(|_| t(i + 1) == "," && !is_may) {
                // "the second half of coming April, 2017"
                push(&mut out, consumed, i, i + 3, format!("{y:04}-{month:02}"));
                i += 3;
                continue;
            } else if !is_may
                || matches!(
                    lower(i.wrapping_sub(1)).as_str(),
                    "in" | "since" | "until" | "last" | "next" | "early" | "late" | "mid" | "of" | "by" | "this"
                )
            {
                let prev = lower(i.wrapping_sub(1));
                if let Some(p) = published {
                    let ahead = matches!(prev.as_str(), "coming" | "upcoming") || future_before(i);
                    let year = if ahead && month >= p.month() {
                        p.year()
                    } else if matches!(prev.as_str(), "next" | "coming" | "upcoming") {
                        if month > p.month() {
                            p.year()
                        } else {
                            p.year() + 1
                        }
                    } else if prev == "this" || month <= p.month() {
                        p.year()
                    } else {
                        p.year() - 1
                    };
                    let start = if matches!(prev.as_str(), "next" | "last" | "early" | "late") { i - 1 } else { i };
                    push(&mut out, consumed, start, i + 1, format!("{year:04}-{month:02}"));
                }
                i += 1;
                continue;
            }
        }
        // Weekdays.
        if let Some(wd) = lexicon::weekday_number(w).filter(|_| capital) {
            let day_then_month = |k: usize| {
                number(t(k)).is_some_and(|d| (1..=31).contains(&d)) && lexicon::month_number(t(k + 1)).is_some()
            };
            let next_is_date = lexicon::month_number(t(i + 1)).is_some()
                || (t(i + 1) == "," && lexicon::month_number(t(i + 2)).is_some())
                || day_then_month(i + 1)
                || (t(i + 1) == "," && day_then_month(i + 2));
            if !next_is_date {
                if let Some(p) = published {
                    let prev = lower(i.wrapping_sub(1));
                    let pub_wd = p.weekday().num_days_from_monday();
                    let back = (pub_wd + 7 - wd) % 7;
                    // "is scheduled to leave Singapore on Thursday", "will arrive Friday": ahead, not back.
                    let future = back != 0 && future_before(i);
                    let date = match prev.as_str() {
                        "next" => p.checked_add_days(Days::new(u64::from(if back == 0 { 7 } else { 7 - back }))),
                        "last" if back == 0 => p.checked_sub_days(Days::new(7)),
                        "last" | "since" => p.checked_sub_days(Days::new(u64::from(back))),
                        _ if future => p.checked_add_days(Days::new(u64::from(7 - back))),
                        _ => p.checked_sub_days(Days::new(u64::from(back))),
                    };
                    let start = if matches!(prev.as_str(), "late" | "early" | "last" | "next" | "this") && i > 0 {
                        i - 1
                    } else {
                        i
                    };
                    let end = if matches!(lower(i + 1).as_str(), "night" | "morning" | "afternoon" | "evening") {
                        i + 2
                    } else {
                        i + 1
                    };
                    if let Some(d) = date {
                        push(&mut out, consumed, start, end, d.format("%Y-%m-%d").to_string());
                        i = end;
                        continue;
                    }
                }
            }
        }
        // Bare years.
        if let Some(y) = year_of(w).filter(|_| toks[i].kind == TokenKind::Number && !consumed[i]) {
            let prev = t(i.wrapping_sub(1));
            let next = lower(i + 1);
            let money = matches!(prev, "$" | "€" | "£");
            let unit = lexicon::UNITS.iter().any(|(u, _)| *u == next) || next == "%";
            if !money && !unit {
                push(&mut out, consumed, i, i + 1, format!("{y:04}"));
                i += 1;
                continue;
            }
        }
        // Relative phrases.
        if let Some(p) = published {
            let l = w.to_lowercase();
            let next = lower(i + 1);
            let rel: Option<(usize, String)> = match (l.as_str(), next.as_str()) {
                ("today", _) => Some((1, p.format("%Y-%m-%d").to_string())),
                ("yesterday", _) => p.pred_opt().map(|d| (1, d.format("%Y-%m-%d").to_string())),
                ("tomorrow", _) => p.succ_opt().map(|d| (1, d.format("%Y-%m-%d").to_string())),
                ("last", "week") => p.checked_sub_days(Days::new(7)).map(|d| (2, d.format("%Y-%m-%d").to_string())),
                ("last", "month") => p.checked_sub_months(Months::new(1)).map(|d| (2, d.format("%Y-%m").to_string())),
                ("last", "year") => Some((2, format!("{:04}", p.year() - 1))),
                ("this", "year") => Some((2, format!("{:04}", p.year()))),
                ("this", "month") => Some((2, p.format("%Y-%m").to_string())),
                ("next", "year") => Some((2, format!("{:04}", p.year() + 1))),
                ("next", "month") => p.checked_add_months(Months::new(1)).map(|d| (2, d.format("%Y-%m").to_string())),
                _ => None,
            };
            if let Some((len, value)) = rel {
                push(&mut out, consumed, i, i + len, value);
                i += len;
                continue;
            }
            // "two weeks ago", "3 days ago"
            let count = crate::quantities::word_value(&l).or_else(|| number(w).map(f64::from));
            if let Some(n) = count.filter(|n| *n >= 1.0 && *n <= 1000.0) {
                if lower(i + 2) == "ago" {
                    let n = n as u64;
                    let d = match next.trim_end_matches('s') {
                        "day" => p.checked_sub_days(Days::new(n)).map(|d| d.format("%Y-%m-%d").to_string()),
                        "week" => p.checked_sub_days(Days::new(n * 7)).map(|d| d.format("%Y-%m-%d").to_string()),
                        "month" => p.checked_sub_months(Months::new(n as u32)).map(|d| d.format("%Y-%m").to_string()),
                        "year" => Some(format!("{:04}", p.year() - n as i32)),
                        _ => None,
                    };
                    if let Some(v) = d {
                        push(&mut out, consumed, i, i + 3, v);
                        i += 3;
                        continue;
                    }
                }
            }
        }
        i += 1;
    }
    out
}
