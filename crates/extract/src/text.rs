//! Article finding in already-scraped page text: every line gets a score
//! (body-like paragraphs positive, furniture negative), the densest run of body
//! paragraphs is the article, and the lines just above it give the headline,
//! byline and dateline.

use crate::cues::cues;
use crate::dates::{find_date_in_text, is_date_line};
use crate::Extracted;
use std::collections::HashMap;

#[derive(Debug, Clone, Default)]
struct Line<'a> {
    text: &'a str,
    words: usize,
    terminal: bool,
    cutoff: bool,
    furniture: bool,
    list_item: bool,
    list_head: bool,
    caption: bool,
    time_only: bool,
    date_line: bool,
    byline: bool,
    repeated: bool,
}

fn lower_trimmed(s: &str) -> String {
    s.trim().trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()
}

fn ends_terminal(s: &str) -> bool {
    let t = s.trim_end_matches(['"', '\'', '”', '’', '»', ')', ']', '*']);
    t.ends_with(['.', '!', '?', ':', ';', '。', '！', '？'])
}

fn is_cutoff(s: &str) -> bool {
    let t = s.trim_end();
    t.ends_with('…') || (t.ends_with("...") && !t.ends_with("....")) || t.ends_with("[…]") || t.ends_with("[...]")
}

fn has_phrase(lower: &str) -> bool {
    cues().has_line_phrase(lower)
}

fn is_time_only(s: &str) -> bool {
    let t = s.trim().to_lowercase();
    if t.is_empty() || t.len() > 24 {
        return false;
    }
    let has_clock = t.contains(':') && t.chars().filter(|c| c.is_ascii_digit()).count() >= 3;
    let ago = t.ends_with(" ago");
    (has_clock || ago)
        && t.split_whitespace().all(|w| {
            w.chars().all(|c| c.is_ascii_digit() || c == ':')
                || matches!(w, "am" | "pm" | "a.m." | "p.m." | "ago" | "utc" | "gmt")
                || w.starts_with("min")
                || w.starts_with("hour")
                || w.starts_with("day")
                || w.starts_with("sec")
                || w.chars().all(|c| c.is_ascii_digit())
        })
}

fn is_caption(s: &str) -> bool {
    let t = s.trim();
    let lower = t.to_lowercase();
    if ["photo:", "photo by", "image:", "image by", "credit:", "picture:", "photograph:", "(photo", "illustration:"]
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return true;
    }
    if lower.contains("getty images")
        || lower.contains("/ reuters")
        || lower.contains("/afp")
        || lower.contains("shutterstock")
    {
        return t.split_whitespace().count() < 60;
    }
    // "… (Name/Twitter)" style credit at the end.
    if t.ends_with(')') {
        if let Some(open) = t.rfind('(') {
            let inner = t.get(open + 1..t.len() - 1).unwrap_or("");
            if inner.contains('/') && inner.split_whitespace().count() <= 10 && !inner.contains("http") {
                return true;
            }
        }
    }
    false
}

fn is_byline(s: &str) -> bool {
    let lower = s.trim().to_lowercase();
    let words = lower.split_whitespace().count();
    words <= 30
        && (lower.starts_with("by ")
            || lower.starts_with("by:")
            || lower.starts_with("written by ")
            || lower.starts_with("posted by ")
            || lower.starts_with("author:")
            || lower.starts_with("words by "))
        && s.split_whitespace().nth(1).is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
}

fn classify<'a>(text: &'a str) -> Vec<Line<'a>> {
    let c = cues();
    let raw: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let mut counts: HashMap<String, usize> = HashMap::new();
    for l in &raw {
        *counts.entry(lower_trimmed(l)).or_default() += 1;
    }
    raw.iter()
        .map(|&t| {
            let lower = t.to_lowercase();
            let key = lower_trimmed(t);
            let words = t.split_whitespace().count();
            let list_item = t.starts_with("- ")
                || t.starts_with("• ")
                || t.starts_with("* ")
                || t.starts_with("· ")
                || t.starts_with("– ");
            let short_furn = key.chars().count() <= 40 && c.short_lines.contains(&key);
            let phrase = has_phrase(&lower) && (words < 40 || lower.matches(' ').count() < 80);
            Line {
                text: t,
                words,
                terminal: ends_terminal(t),
                cutoff: is_cutoff(t),
                furniture: short_furn || phrase,
                list_item,
                list_head: c.list_heads.contains(&key)
                    || (t.ends_with(':') && words <= 3 && c.list_heads.iter().any(|h| key.starts_with(h.as_str()))),
                caption: is_caption(t),
                time_only: is_time_only(t),
                date_line: words <= 12 && is_date_line(t),
                byline: is_byline(t),
                repeated: counts.get(&key).copied().unwrap_or(0) > 1 && words < 15,
            }
        })
        .collect()
}

fn line_score(l: &Line<'_>, next: Option<&Line<'_>>) -> f32 {
    let w = l.words as f32;
    if l.caption {
        return -3.0;
    }
    if l.time_only || l.repeated {
        return -5.0;
    }
    if l.list_head {
        return -10.0;
    }
    if l.furniture {
        return -(8.0 + w * 0.5);
    }
    if l.cutoff {
        return -(20.0 + w);
    }
    if l.date_line || l.byline {
        return -5.0;
    }
    // A headline-like line followed by a cut-off teaser is a teaser of another story.
    if !l.terminal && l.words <= 25 && next.is_some_and(|n| n.cutoff) {
        return -(20.0 + w);
    }
    if l.list_item {
        return if l.terminal && l.words >= 8 { w * 0.3 } else { -3.0 };
    }
    if l.terminal && l.words >= 12 {
        w
    } else if l.terminal && l.words >= 5 {
        w * 0.5
    } else if l.words <= 12 {
        -2.0
    } else {
        w * 0.2
    }
}

/// Best contiguous run of lines by summed score (Kadane).
fn densest_run(scores: &[f32]) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize, f32)> = None;
    let mut cur_start = 0;
    let mut cur = 0.0f32;
    for (i, &s) in scores.iter().enumerate() {
        if cur <= 0.0 {
            cur = 0.0;
            cur_start = i;
        }
        cur += s;
        if cur > 0.0 && best.is_none_or(|(_, _, b)| cur > b) {
            best = Some((cur_start, i + 1, cur));
        }
    }
    best.map(|(s, e, _)| (s, e))
}

/// Names in a byline ("by Jane Doe and The Outlet news desk November 9, 2023 …"), with desk bylines turned
/// into the outlet.
fn parse_byline(s: &str) -> (Vec<String>, Option<String>) {
    let mut t = s.trim();
    for p in ["written by ", "posted by ", "words by ", "by:", "by ", "author:"] {
        if t.to_lowercase().starts_with(p) {
            t = t.get(p.len()..).unwrap_or("").trim();
            break;
        }
    }
    // Cut at the first digit (dates, times, reading time) or separator.
    let cut = t.find(|c: char| c.is_ascii_digit() || c == '|' || c == '•' || c == '·').unwrap_or(t.len());
    let mut names_part = t.get(..cut).unwrap_or(t).trim();
    // Drop a trailing month name left over from the date.
    if let Some(last) = names_part.split_whitespace().last() {
        if crate::dates::find_date_in_text(&format!("{last} 1, 2000")).is_some() {
            names_part = names_part.get(..names_part.len() - last.len()).unwrap_or(names_part).trim();
        }
    }
    let names_part = names_part.trim_end_matches([',', '-', '–', '—']).trim();
    let c = cues();
    let mut authors = Vec::new();
    let mut outlet = None;
    for part in names_part.split(" and ").flat_map(|p| p.split(" & ")).flat_map(|p| p.split(", ")) {
        let name = part.trim().trim_matches(|ch: char| ch == ',' || ch.is_whitespace());
        if name.is_empty() {
            continue;
        }
        let lower = name.to_lowercase();
        if let Some(desk) = c.desk_bylines.iter().filter(|d| lower.ends_with(d.as_str())).max_by_key(|d| d.len()) {
            let head = name.get(..name.len() - desk.len()).unwrap_or("").trim();
            if outlet.is_none()
                && head.split_whitespace().count() >= 1
                && head.chars().next().is_some_and(char::is_uppercase)
            {
                outlet = Some(head.to_string());
            }
            continue;
        }
        let words: Vec<&str> = name.split_whitespace().collect();
        let name_shaped = (1..=5).contains(&words.len())
            && words.iter().all(|w| {
                w.chars().next().is_some_and(|ch| ch.is_uppercase())
                    || matches!(*w, "de" | "van" | "von" | "der" | "da" | "al" | "bin" | "la" | "le")
            });
        if name_shaped {
            authors.push(name.to_string());
        }
    }
    (authors, outlet)
}

fn headline_like(l: &Line<'_>) -> bool {
    (3..=30).contains(&l.words)
        && !l.text.trim_end().ends_with('.')
        && !l.furniture
        && !l.caption
        && !l.cutoff
        && !l.list_item
        && !l.repeated
        && !l.time_only
        && !l.date_line
        && !l.byline
        && l.text.chars().count() <= 250
}

pub(crate) fn extract_text_impl(text: &str) -> Extracted {
    let lines = classify(text);
    let scores: Vec<f32> = lines.iter().enumerate().map(|(i, l)| line_score(l, lines.get(i + 1))).collect();
    let Some((start, end)) = densest_run(&scores) else {
        return Extracted::default();
    };
    let mut out = Extracted::default();
    // Head: headline, byline, dateline just above the body.
    let head_from = start.saturating_sub(12);
    for l in lines.get(head_from..start).unwrap_or(&[]).iter().rev() {
        if l.byline {
            if out.authors.is_empty() {
                let (authors, outlet) = parse_byline(l.text);
                out.authors = authors;
                if out.outlet.is_none() {
                    out.outlet = outlet;
                }
            }
            if out.published.is_none() {
                out.published = find_date_in_text(l.text);
            }
            continue;
        }
        if l.furniture || l.caption || l.time_only {
            continue;
        }
        if l.date_line || (l.words <= 14 && find_date_in_text(l.text).is_some() && !l.terminal) {
            let lower = l.text.to_lowercase();
            let date = find_date_in_text(l.text);
            if lower.contains("updated") || lower.contains("modified") {
                if out.modified.is_none() {
                    out.modified = date;
                }
            } else if out.published.is_none() {
                out.published = date;
            }
            continue;
        }
        if out.title.is_none() && headline_like(l) && l.words >= 3 {
            out.title = Some(l.text.to_string());
            break;
        }
    }
    // Body: the run, without furniture, captions, stamps and link lists.
    let mut body: Vec<&str> = Vec::new();
    let mut in_link_list = false;
    let run = lines.get(start..end).unwrap_or(&[]);
    for (i, l) in run.iter().enumerate() {
        if l.list_head {
            in_link_list = true;
            continue;
        }
        if in_link_list && l.list_item {
            continue;
        }
        in_link_list = false;
        let next = run.get(i + 1);
        if l.furniture || l.caption || l.time_only || l.cutoff || l.byline || (l.date_line && i < 3) {
            continue;
        }
        if !l.terminal && l.words <= 25 && next.is_some_and(|n| n.cutoff) {
            continue;
        }
        if l.repeated && !l.terminal {
            continue;
        }
        body.push(l.text);
    }
    // Trailing headline-like lines belong to what follows the article.
    while body.last().is_some_and(|t| !ends_terminal(t) && t.split_whitespace().count() <= 12) {
        body.pop();
    }
    out.text = body.join("\n\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byline_with_desk_and_date() {
        let (a, o) =
            parse_byline("by Nate Ostiller and The Kyiv Independent news desk November 9, 2023 1:37 PM 2 min read");
        assert_eq!(a, vec!["Nate Ostiller"]);
        assert_eq!(o.as_deref(), Some("The Kyiv Independent"));
    }

    #[test]
    fn finds_body_title_and_date() {
        let text = "Home\nNews\nSport\nA big thing happened in the city today\n\nMarch 3, 2024\n\n\
            The council voted on Tuesday to approve the new budget, which includes funding for schools and roads.\n\
            Critics said the plan, drawn up over six months, leaves too little for public transport in the suburbs.\n\
            The mayor said further talks would follow next week with the regional government and unions.\n\
            Related:\n- Another story about the council\n- Yet another story";
        let e = extract_text_impl(text);
        assert_eq!(e.title.as_deref(), Some("A big thing happened in the city today"));
        assert_eq!(e.published.as_deref(), Some("2024-03-03"));
        assert!(e.text.starts_with("The council voted"));
        assert!(e.text.ends_with("regional government and unions."));
    }

    #[test]
    fn drops_teaser_and_caption() {
        let text =
            "Officials met in the capital on Monday to discuss a new trade agreement between the two countries.\n\
            The talks, which lasted three hours, ended without a joint statement from either delegation today.\n\
            The minister waves to reporters in Seoul on Nov. 9, 2023. (Ministry/Twitter)\n\
            Both sides said they would meet again next month to continue negotiations on tariffs and quotas.\n\
            Another story headline without a full stop\n\
            The White House announced that a shipment had been delivered to the port, in a statement that…";
        let e = extract_text_impl(text);
        assert!(!e.text.contains("Twitter"));
        assert!(!e.text.contains("White House"));
        assert!(e.text.ends_with("tariffs and quotas."));
    }
}
