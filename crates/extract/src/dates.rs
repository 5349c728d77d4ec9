//! Date recognition: ISO stamps, written dates ("March 15, 2024", "15 Mar 2024")
//! and dates inside URLs, normalised to `YYYY-MM-DD` (RFC 3339 when a time and
//! offset are stated).

use regex::Regex;
use std::sync::OnceLock;

const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

fn month_number(word: &str) -> Option<u32> {
    let w = word.to_lowercase();
    let w = w.trim_end_matches('.');
    if w.len() < 3 {
        return None;
    }
    let prefix = w.get(..3)?;
    let idx = MONTHS.iter().position(|m| *m == prefix)?;
    let full = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let ok = full.get(idx).is_some_and(|f| f.starts_with(w)) || (idx == 8 && w == "sept");
    ok.then_some(idx as u32 + 1)
}

fn valid(y: i32, m: u32, d: u32) -> bool {
    (1990..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)
}

fn ymd(y: i32, m: u32, d: u32) -> Option<String> {
    valid(y, m, d).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

fn iso_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?",
        )
        .unwrap_or_else(|_| unreachable!())
    })
}

fn written_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)\b(?:(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?([a-z]{3,9}\.?),?\s+(\d{4})|([a-z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))\b",
        )
        .unwrap_or_else(|_| unreachable!())
    })
}

fn slash_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b|\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
            .unwrap_or_else(|_| unreachable!())
    })
}

fn url_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"/((?:19|20)\d{2})[/_-]?(\d{2})[/_-]?(\d{2})(?:[/_.+-]|$)").unwrap_or_else(|_| unreachable!())
    })
}

fn page_data_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r#"(?:datePublished|publishDate|publishedDate|published_at|publishedAt|publish_date|date_published|firstPublishedDate|pubDate)\\?(?:"|&quot;)\s*:\s*\\?(?:"|&quot;)((?:19|20)\d{2}-\d{2}-\d{2}[0-9T:.+Z-]{0,20})"#,
        )
        .unwrap_or_else(|_| unreachable!())
    })
}

fn page_data_modified_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r#"(?:dateModified|modifiedDate|lastModifiedDate|modified_at|modifiedAt|date_modified)\\?(?:"|&quot;)\s*:\s*\\?(?:"|&quot;)((?:19|20)\d{2}-\d{2}-\d{2}[0-9T:.+Z-]{0,20})"#,
        )
        .unwrap_or_else(|_| unreachable!())
    })
}

/// The first modification date stated in data a page carries for its scripts (`"dateModified":"2024-12-31"`,
/// also escaped), for pages whose markup states none.
pub(crate) fn modified_in_page_data(html: &str) -> Option<String> {
    let caps = page_data_modified_re().captures(html)?;
    parse_iso(caps.get(1)?.as_str())
}

/// The first publication date stated in data a page carries for its scripts (inline JSON state such as
/// `"publishDate":"2025-05-27"`, also HTML-escaped), for pages whose markup states none.
pub(crate) fn date_in_page_data(html: &str) -> Option<String> {
    let caps = page_data_re().captures(html)?;
    parse_iso(caps.get(1)?.as_str())
}

fn int<T: std::str::FromStr>(m: Option<regex::Match<'_>>) -> Option<T> {
    m.and_then(|m| m.as_str().parse().ok())
}

/// Parses an ISO 8601 stamp at the start of a metadata value; keeps the time
/// (RFC 3339) when an offset is given.
pub(crate) fn parse_iso(value: &str) -> Option<String> {
    let caps = iso_re().captures(value.trim())?;
    let whole = caps.get(0)?;
    if whole.start() > 12 {
        return None;
    }
    let (y, m, d) = (int::<i32>(caps.get(1))?, int::<u32>(caps.get(2))?, int::<u32>(caps.get(3))?);
    let date = ymd(y, m, d)?;
    match (int::<u32>(caps.get(4)), int::<u32>(caps.get(5)), caps.get(7)) {
        (Some(h), Some(mi), Some(off)) if h < 24 && mi < 60 => {
            let s = int::<u32>(caps.get(6)).unwrap_or(0).min(59);
            let off = off.as_str();
            let off = if off == "Z" {
                "Z".to_string()
            } else if off.contains(':') {
                off.to_string()
            } else {
                format!("{}:{}", off.get(..3).unwrap_or("+00"), off.get(3..).unwrap_or("00"))
            };
            Some(format!("{date}T{h:02}:{mi:02}:{s:02}{off}"))
        }
        _ => Some(date),
    }
}

/// The text with a space where a page glued two inline elements together ("7 min readDec 30, 2013",
/// "Dec 17, 2025Julian Doe"): before a capital that follows a lowercase letter or a digit.
fn unglued(text: &str) -> std::borrow::Cow<'_, str> {
    let glued = |a: char, b: char| (a.is_lowercase() || a.is_ascii_digit()) && b.is_uppercase();
    let mut pairs = text.chars().zip(text.chars().skip(1));
    if !pairs.any(|(a, b)| glued(a, b)) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut last = ' ';
    for c in text.chars() {
        if glued(last, c) {
            out.push(' ');
        }
        out.push(c);
        last = c;
    }
    std::borrow::Cow::Owned(out)
}

/// Finds the first date written in free text ("Nov. 9, 2023", "9 November 2023", "2023-11-09", "2023/11/09",
/// "09-11-2023").
pub(crate) fn find_date_in_text(text: &str) -> Option<String> {
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let text = unglued(text);
    let text = text.as_ref();
    let mut best: Option<(usize, String)> = None;
    let mut consider = |pos: usize, date: Option<String>| {
        if let Some(d) = date {
            if best.as_ref().is_none_or(|(p, _)| pos < *p) {
                best = Some((pos, d));
            }
        }
    };
    for caps in written_re().captures_iter(text) {
        let pos = caps.get(0).map_or(0, |m| m.start());
        let date = if caps.get(1).is_some() {
            month_number(caps.get(2).map_or("", |m| m.as_str()))
                .and_then(|mo| ymd(int(caps.get(3))?, mo, int(caps.get(1))?))
        } else {
            month_number(caps.get(4).map_or("", |m| m.as_str()))
                .and_then(|mo| ymd(int(caps.get(6))?, mo, int(caps.get(5))?))
        };
        if date.is_some() {
            consider(pos, date);
            break;
        }
    }
    if let Some(caps) = iso_re().captures(text) {
        let pos = caps.get(0).map_or(0, |m| m.start());
        let date = ymd(int(caps.get(1)).unwrap_or(0), int(caps.get(2)).unwrap_or(0), int(caps.get(3)).unwrap_or(0));
        consider(pos, date);
    }
    for caps in slash_re().captures_iter(text) {
        let pos = caps.get(0).map_or(0, |m| m.start());
        let date = if caps.get(1).is_some() {
            ymd(int(caps.get(1)).unwrap_or(0), int(caps.get(2)).unwrap_or(0), int(caps.get(3)).unwrap_or(0))
        } else {
            let (a, b, y) =
                (int::<u32>(caps.get(4)).unwrap_or(0), int::<u32>(caps.get(5)).unwrap_or(0), int(caps.get(6)));
            // Day-first unless the first number cannot be a day-of-month ≤ 12 ambiguity: prefer month-first (US) only when the second exceeds 12.
            if b > 12 {
                ymd(y.unwrap_or(0), a, b)
            } else {
                ymd(y.unwrap_or(0), b, a)
            }
        };
        if date.is_some() {
            consider(pos, date);
            break;
        }
    }
    best.map(|(_, d)| d)
}

/// Parses a metadata value that should be a date: ISO first, then written forms.
pub(crate) fn parse_date_value(value: &str) -> Option<String> {
    parse_iso(value).or_else(|| find_date_in_text(value))
}

/// A date stated in a URL path (`/2024/03/15/`, `/2024-03-15-`, `/20240315/`).
pub(crate) fn date_from_url(url: &str) -> Option<String> {
    let caps = url_re().captures(url)?;
    ymd(int(caps.get(1))?, int(caps.get(2))?, int(caps.get(3))?)
}

/// Days since 1970-01-01 of the `YYYY-MM-DD` that starts a normalised date, for comparing dates by day.
pub(crate) fn day_number(date: &str) -> Option<i64> {
    let y: i64 = date.get(..4)?.parse().ok()?;
    let m: i64 = date.get(5..7)?.parse().ok()?;
    let d: i64 = date.get(8..10)?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Days from civil (proleptic Gregorian), after H. Hinnant.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// Whether a line is nothing but a date (with optional time / weekday), such as "January 6, 2025".
pub(crate) fn is_date_line(line: &str) -> bool {
    let Some(date) = find_date_in_text(line) else { return false };
    let _ = date;
    let rest = written_re().replace_all(line, "");
    let rest = iso_re().replace_all(&rest, "");
    let words = rest
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .filter(|w| !is_time_or_weekday_word(w))
        .count();
    words == 0
}

fn is_time_or_weekday_word(w: &str) -> bool {
    let l = w.to_lowercase();
    l.chars().all(|c| c.is_ascii_digit())
        || [
            "am",
            "pm",
            "utc",
            "gmt",
            "est",
            "edt",
            "pst",
            "pdt",
            "cet",
            "cest",
            "bst",
            "updated",
            "published",
            "on",
            "at",
        ]
        .contains(&l.as_str())
        || ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].iter().any(|d| l.starts_with(d) && l.len() <= 9)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_common_forms() {
        assert_eq!(parse_iso("2023-11-09T13:37:00+0200").as_deref(), Some("2023-11-09T13:37:00+02:00"));
        assert_eq!(parse_iso("2023-11-09").as_deref(), Some("2023-11-09"));
        assert_eq!(find_date_in_text("by X November 9, 2023 1:37 PM").as_deref(), Some("2023-11-09"));
        assert_eq!(find_date_in_text("Posted 9th Nov. 2023").as_deref(), Some("2023-11-09"));
        assert_eq!(find_date_in_text("nothing here 2023"), None);
        assert_eq!(parse_date_value("02-12-2025").as_deref(), Some("2025-12-02"));
        assert_eq!(parse_date_value("12-31-2024").as_deref(), Some("2024-12-31"));
        assert_eq!(date_from_url("https://x.com/2024/03/15/story").as_deref(), Some("2024-03-15"));
        assert_eq!(date_from_url("https://x.com/p/123456789"), None);
    }

    #[test]
    fn dates_in_page_data() {
        let html = r#"<script>window.s = {"createDate":"2019-09-12","publishDate":"2025-05-27","x":1}</script>"#;
        assert_eq!(date_in_page_data(html).as_deref(), Some("2025-05-27"));
        let escaped = r#"<div data-x="{&quot;datePublished&quot;:&quot;2025-11-17T09:00:00-05:00&quot;}">"#;
        assert_eq!(date_in_page_data(escaped).as_deref(), Some("2025-11-17T09:00:00-05:00"));
        assert_eq!(date_in_page_data(r#"{"dateModified":"2025-01-01"}"#), None);
        let escaped_ld = r#"<script>self.push("{\"datePublished\":\"2023-04-07T14:11:18.000+00:00\",\"dateModified\":\"2024-12-31T20:17:40.000+00:00\"}")</script>"#;
        assert_eq!(
            modified_in_page_data(escaped_ld).as_deref(),
            Some("2024-12-31T20:17:40.000+00:00").map(|_| "2024-12-31T20:17:40+00:00")
        );
    }

    #[test]
    fn glued_dates() {
        assert_eq!(find_date_in_text("7 min readDec 30, 2013").as_deref(), Some("2013-12-30"));
        assert_eq!(find_date_in_text("Dec 17, 2025Julian K. Arni").as_deref(), Some("2025-12-17"));
        assert_eq!(date_from_url("https://x.fr/articles/2025-12-15+Rust+GCC").as_deref(), Some("2025-12-15"));
    }

    #[test]
    fn day_numbers() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2024-03-01T00:00:00Z").zip(day_number("2024-02-28")).map(|(a, b)| a - b), Some(2));
        assert_eq!(day_number("2024-13-01"), None);
    }

    #[test]
    fn date_lines() {
        assert!(is_date_line("January 6, 2025"));
        assert!(is_date_line("Monday, January 6, 2025 10:00 AM"));
        assert!(!is_date_line("Blinken said on January 6, 2025 that"));
    }
}
