//! Direct and reported speech, and who said it.

use std::collections::HashSet;
use std::ops::Range;

use chrono::NaiveDate;
use storyline_model::{EntityType, Quote};

use crate::entities::Candidate;
use crate::knowledge::Base;
use crate::lexicon::{self, contains_lower};
use crate::token::{Token, TokenKind};

/// Extra facts about one quote (same order as `quotes`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteInfo {
    /// Index into `entities` of the mention naming the speaker (the attribution or, for a pronoun or a
    /// continued quote, the mention it was resolved to).
    pub speaker_entity: Option<usize>,
    /// Paragraph index.
    pub paragraph: usize,
    /// Sentence index where the quote opens.
    pub sentence: usize,
    /// How the speaker was found: `post` ("…," he said), `pre` (X said: "…"), `subject` (the sentence's
    /// subject), `according`, `continued`, `introduced` (named at the end of the paragraph before), `reported` or
    /// `none`.
    pub attribution: &'static str,
}

/// A quotation's marks and content.
#[derive(Debug, Clone)]
pub(crate) struct Span {
    pub open: usize,
    pub close: Option<usize>,
    pub content: Range<usize>,
    pub para: usize,
    pub continues: bool,
    /// The quote goes on from the paragraph before with no opening mark: `open` is its first word.
    pub bare: bool,
}

fn opens(s: &str) -> bool {
    matches!(s, "\u{201C}" | "\u{201E}" | "\u{00AB}")
}
fn closes(s: &str) -> bool {
    matches!(s, "\u{201D}" | "\u{00BB}")
}

/// Finds quotation spans paragraph by paragraph; an unclosed quote ends with its paragraph.
pub(crate) fn find_spans(text: &str, toks: &[Token], paras: &[Range<usize>]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    for (p, para) in paras.iter().enumerate() {
        let mut open: Option<usize> = None;
        // A paragraph-long quotation left open goes on here when a closing mark comes before any opening one:
        // `"An informal dinner was held …` / `They exchanged views … discussion," Kaifu said.`
        let carried = out.last().is_some_and(|s| {
            s.close.is_none() && s.para + 1 == p && paras.get(s.para).is_some_and(|r| r.start == s.open)
        });
        let first_mark = para.clone().find(|&i| {
            toks.get(i).is_some_and(|t| {
                t.kind == TokenKind::Punct && (opens(t.text(text)) || closes(t.text(text)) || t.text(text) == "\"")
            })
        });
        let mut from = para.start;
        if let Some(i) = first_mark {
            let s = toks.get(i).map_or("", |t| t.text(text));
            let next_tight = toks.get(i + 1).is_some_and(|n| !n.space_before && !n.line_break_before);
            let after_word = i > para.start && toks.get(i).is_some_and(|t| !t.space_before);
            // A quotation whose opening mark the page lost: `We will retaliate in kind. … procedure," Lavrov told
            // journalists.` — a closing mark after a clause's end, followed by a speech verb.
            let word = |k: usize| toks.get(k).map_or("", |t| t.text(text));
            let lost_opening = !carried
                && i >= para.start + 4
                && matches!(word(i - 1), "," | "." | "?" | "!")
                && (i + 1..(i + 16).min(para.end)).any(|v| contains_lower(lexicon::SPEECH_VERBS, word(v)))
                && word(para.start).chars().next().is_some_and(char::is_uppercase);
            if (carried || lost_opening) && after_word && (s == "\u{201D}" || s == "\"" && !next_tight) {
                out.push(Span {
                    open: para.start,
                    close: Some(i),
                    content: 0..0,
                    para: p,
                    continues: true,
                    bare: true,
                });
                from = i + 1;
            }
        }
        let mut second_of_pair = false;
        for i in from..para.end {
            let tok = toks[i];
            if tok.kind != TokenKind::Punct || std::mem::take(&mut second_of_pair) {
                continue;
            }
            let s = tok.text(text);
            // `''During the visit, …,'' the spokesperson said`: two apostrophes typed for a double mark.
            let apostrophe_pair = s == "''"
                || (s == "'"
                    && toks.get(i + 1).is_some_and(|n| n.text(text) == "'" && !n.space_before && !n.line_break_before));
            let pair_len = usize::from(apostrophe_pair && s == "'");
            second_of_pair = pair_len == 1;
            let straight = s == "\"" || apostrophe_pair;
            let next_tight = toks.get(i + 1 + pair_len).is_some_and(|n| !n.space_before && !n.line_break_before);
            // `Pakistan"s minister`, `they don"t`: a straight mark typed for an apostrophe inside a word.
            let in_word = straight
                && !tok.space_before
                && i > para.start
                && toks.get(i - 1).is_some_and(|p| p.kind == TokenKind::Word)
                && next_tight
                && toks.get(i + 1).is_some_and(|n| {
                    n.kind == TokenKind::Word && matches!(n.text(text), "s" | "t" | "ll" | "re" | "ve" | "d" | "m")
                })
                && toks.get(i + 2).is_none_or(|a| a.space_before || a.kind == TokenKind::Punct);
            if in_word {
                continue;
            }
            // `He said:”It would …”`: a closing mark typed where an opening one belongs.
            let after_colon = i > para.start && toks.get(i - 1).is_some_and(|p| p.text(text) == ":");
            let misused_close = s == "\u{201D}"
                && open.is_none()
                && next_tight
                && (tok.space_before || tok.line_break_before || after_colon || i == para.start);
            // `" The body of the killed militant …`, `Putin said: " We would …`: a straight mark opening the
            // paragraph or following a colon, set off by a space.
            let spaced_opening = straight
                && (i == para.start || after_colon)
                && toks.get(i + 1).is_some_and(|n| n.text(text).chars().next().is_some_and(char::is_uppercase));
            let is_open = opens(s) || (straight && open.is_none() && (next_tight || spaced_opening)) || misused_close;
            let is_close = (closes(s) && !misused_close) || (straight && open.is_some());
            if let Some(o) = open {
                if is_close || (opens(s) && !closes(s)) {
                    // A closing pair `''` typed as two tokens ends at its second half, so that the attribution
                    // read after the mark starts at the word that follows.
                    out.push(make_span(toks, o, Some(i + pair_len), p, para.start));
                    open = None;
                    if !opens(s) {
                        continue;
                    }
                }
            }
            if is_open && open.is_none() {
                open = Some(i + pair_len);
            }
        }
        if let Some(o) = open {
            match unclosed_narrative(text, toks, o, para.end) {
                Some(Narrative::Whole) => {}
                Some(Narrative::EndsAt(comma)) => out.push(make_span(toks, o, Some(comma), p, para.start)),
                None => out.push(make_span(toks, o, None, p, para.start)),
            }
        }
    }
    out.extend(single_quoted(text, toks, paras, &out));
    out.extend(unmarked_posts(text, toks, paras, &out));
    out.extend(credited_posts(text, toks, paras, &out));
    out.sort_by_key(|s| (s.para, s.open));
    out = out.into_iter().flat_map(|s| split_interjection(text, toks, s)).collect();
    for k in 1..out.len() {
        let (prev_unclosed, prev_para) = (out[k - 1].close.is_none(), out[k - 1].para);
        let starts_para = paras.get(out[k].para).is_some_and(|r| r.start == out[k].open);
        if prev_unclosed && starts_para && out[k].para == prev_para + 1 {
            out[k].continues = true;
        }
    }
    // Byte ranges of content.
    for s in &mut out {
        let start = toks.get(s.open).map(|t| if s.bare { t.start } else { t.end }).unwrap_or(0);
        let end = match s.close {
            Some(c) => {
                let pair_half = c > 0
                    && toks.get(c).is_some_and(|t| t.text(text) == "'" && !t.space_before)
                    && toks.get(c - 1).is_some_and(|t| t.text(text) == "'");
                toks.get(if pair_half { c - 1 } else { c }).map(|t| t.start).unwrap_or(start)
            }
            None => paras
                .get(s.para)
                .and_then(|r| r.end.checked_sub(1))
                .and_then(|e| toks.get(e))
                .map(|t| t.end)
                .unwrap_or(start),
        };
        s.content = start..end.max(start);
    }
    out
}

/// How a mark the page never closed is really narrative rather than a quotation.
enum Narrative {
    /// The "quotation" opens with its own attribution (`« Foreign Ministry spokesperson Mao Ning called on …`): a
    /// stray mark, no quotation at all.
    Whole,
    /// The attribution follows a comma inside it (`"India is ready, Modi said, adding …`): the quotation ends at
    /// that comma.
    EndsAt(usize),
}

/// Looks at the first clause after an unclosed opening mark for a speech verb whose subject is a name (or a titled
/// name), so that a stray or unpaired mark does not swallow the speaker.
fn unclosed_narrative(text: &str, toks: &[Token], open: usize, end: usize) -> Option<Narrative> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.text(text));
    let capitalised = |k: usize| word(k).chars().next().is_some_and(char::is_uppercase);
    let limit = end.min(open + 40);
    for k in open + 1..limit {
        let w = word(k);
        if matches!(w, "." | "?" | "!" | ";" | ":")
            || toks.get(k).is_some_and(|t| t.kind == TokenKind::Punct && (opens(w) || closes(w) || w == "\""))
        {
            return None;
        }
        let speech = contains_lower(lexicon::SPEECH_VERBS, w) || (w == "called" && word(k + 1) == "on");
        if !speech || k == open + 1 {
            continue;
        }
        let subject = open + 1..k;
        let names = subject.clone().filter(|&i| capitalised(i)).count();
        let titled = subject.clone().all(|i| {
            capitalised(i)
                || person_noun(word(i))
                || lexicon::title_role(word(i)).is_some()
                || matches!(word(i), "of" | "for" | "and" | "-")
        });
        if titled && capitalised(open + 1) && names >= 2 && k - open <= 9 {
            return Some(Narrative::Whole);
        }
        let mut first = k;
        while first > open + 1 && capitalised(first - 1) && k - first < 3 {
            first -= 1;
        }
        if first < k && first >= open + 4 && word(first - 1) == "," {
            return Some(Narrative::EndsAt(first - 1));
        }
        return None;
    }
    None
}

/// Quotations in single marks outside double-quoted ones: "part of Iran's 'resistance front' against the US",
/// "terming it 'blatant interference in the internal affairs of Pakistan.'". The opening mark follows a space and
/// touches a word; the closing one touches the last word or stop and is followed by no letter; two words at least.
fn single_quoted(text: &str, toks: &[Token], paras: &[Range<usize>], double: &[Span]) -> Vec<Span> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.text(text));
    let covered = |k: usize| {
        double.iter().any(|s| {
            let end = s.close.unwrap_or_else(|| paras.get(s.para).map_or(s.open, |r| r.end));
            (s.open..=end).contains(&k)
        })
    };
    let mut out = Vec::new();
    for (p, para) in paras.iter().enumerate() {
        let mut i = para.start;
        while i < para.end {
            let opening = matches!(word(i), "'" | "\u{2018}")
                && toks.get(i).is_some_and(|t| t.kind == TokenKind::Punct && (t.space_before || i == para.start))
                && toks
                    .get(i + 1)
                    .is_some_and(|n| n.kind == TokenKind::Word && !n.space_before && !n.line_break_before);
            if !opening || covered(i) {
                i += 1;
                continue;
            }
            let close = (i + 2..(i + 60).min(para.end)).find(|&k| {
                let tight = toks.get(k).is_some_and(|t| !t.space_before && !t.line_break_before);
                let next_free = toks.get(k + 1).is_none_or(|n| {
                    n.space_before || n.line_break_before || n.kind == TokenKind::Punct || k + 1 >= para.end
                });
                matches!(word(k), "'" | "\u{2019}") && tight && next_free
            });
            let Some(c) = close else {
                // "Rouhani … said: 'We tell the world … agreement. ¶ 'But at the same time …'": a quotation opened
                // after a colon or at the paragraph's start and left open where the next paragraph opens another
                // runs on to the end of its paragraph.
                let next_opens = paras.get(p + 1).is_some_and(|n| {
                    matches!(word(n.start), "'" | "\u{2018}")
                        && toks.get(n.start + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.space_before)
                });
                let introduced = i == para.start || i > para.start && word(i - 1) == ":";
                let words =
                    (i + 1..para.end).filter(|&k| toks.get(k).is_some_and(|t| t.kind == TokenKind::Word)).count();
                let marked = (i + 1..para.end).any(|k| matches!(word(k), "\"" | "\u{201C}" | "\u{201D}" | "\u{2018}"));
                if next_opens && introduced && words >= 6 && !marked && !covered(i) {
                    out.push(make_span(toks, i, None, p, para.start));
                    break;
                }
                i += 1;
                continue;
            };
            let words = (i + 1..c).filter(|&k| toks.get(k).is_some_and(|t| t.kind == TokenKind::Word)).count();
            let nested = (i + 1..c).any(|k| matches!(word(k), "'" | "\u{2018}" | "\"" | "\u{201C}" | "\u{201D}"));
            if (words >= 2 || c == i + 2 && scare_word(word(i + 1))) && !nested && !covered(c) {
                out.push(make_span(toks, i, Some(c), p, para.start));
                i = c + 1;
            } else {
                i += 1;
            }
        }
    }
    out
}

/// `President Donald Trump tweeted: Congratulations to …`: a post or letter given after a colon with no quotation
/// marks, running to the end of its paragraph. Only written verbs introduce one, and only in a paragraph with no
/// quotation of its own, so that a colon before a list or an explanation is not taken for words someone wrote.
fn unmarked_posts(text: &str, toks: &[Token], paras: &[Range<usize>], marked: &[Span]) -> Vec<Span> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.text(text));
    let mut out = Vec::new();
    for (p, para) in paras.iter().enumerate() {
        if marked.iter().any(|s| s.para == p) {
            continue;
        }
        let Some(verb) = (para.start + 1..para.end.min(para.start + 20)).find(|&v| {
            matches!(word(v), "tweeted" | "tweets" | "posted" | "posts" | "wrote" | "writes")
                && word(v - 1).chars().next().is_some_and(char::is_uppercase)
        }) else {
            continue;
        };
        // "tweeted:", "posted on X:", "wrote on Twitter:".
        let Some(colon) = (verb + 1..(verb + 5).min(para.end)).find(|&k| word(k) == ":") else {
            continue;
        };
        if (verb + 1..colon).any(|k| matches!(word(k), "." | "," | ";")) {
            continue;
        }
        let words_after = (colon + 1..para.end).filter(|&k| toks.get(k).is_some_and(|t| t.kind == TokenKind::Word));
        let first_capital = word(colon + 1).chars().next().is_some_and(char::is_uppercase);
        let marks = (colon + 1..para.end).any(|k| matches!(word(k), "\"" | "\u{201C}" | "\u{201D}"));
        if first_capital && !marks && words_after.count() >= 4 {
            out.push(make_span(toks, colon, None, p, para.start));
        }
    }
    out
}

/// The dash opening an embedded post's credit line in `range`: "- Jens Stoltenberg (@jensstoltenberg) November 7,
/// 2020", a dash, up to seven words of a name and a bracketed handle.
pub(crate) fn post_credit(text: &str, toks: &[Token], range: Range<usize>) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.text(text));
    let start = range.start;
    range.clone().find(|&d| {
        matches!(word(d), "-" | "\u{2014}" | "\u{2013}")
            && toks.get(d).is_some_and(|t| t.space_before || t.line_break_before || d == start)
            && {
                let mut j = d + 1;
                while j < d + 8 && (word(j).chars().next().is_some_and(char::is_uppercase) || word(j) == ".") {
                    j += 1;
                }
                j > d + 1 && word(j) == "(" && word(j + 1).starts_with('@')
            }
    })
}

/// Where a link or picture address opens in `range` ("https://t.co/…", "pic.twitter.com/…"): the end of a post's
/// own words.
fn link_start(text: &str, toks: &[Token], range: Range<usize>) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.text(text));
    range.into_iter().find(|&k| {
        let w = word(k);
        // The tokenizer splits "pic.twitter.com/…" at its dots.
        w.starts_with("http")
            || w.starts_with("pic.twitter")
            || w.starts_with("www.")
            || w == "pic" && word(k + 2) == "twitter"
    })
}

/// Posts embedded in a page as their text followed by a credit line ("I know Joe Biden as a strong supporter …
/// https://t.co/… - Jens Stoltenberg (@jensstoltenberg) November 7, 2020"), in the same paragraph or the next,
/// without quotation marks: the text up to any link is a quotation of the credited author. Where the text holds a
/// marked quotation, the words before it are the post's own.
fn credited_posts(text: &str, toks: &[Token], paras: &[Range<usize>], marked: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    for (p, para) in paras.iter().enumerate() {
        let Some(dash) = post_credit(text, toks, para.clone()) else { continue };
        let (post_para, range) = if dash >= para.start + 4 {
            (p, para.start..dash)
        } else if dash == para.start && p > 0 {
            match paras.get(p - 1) {
                Some(prev) => (p - 1, prev.clone()),
                None => continue,
            }
        } else {
            continue;
        };
        let words_in = |range: Range<usize>, post_para: usize| {
            let first_mark = marked.iter().filter(|s| s.para == post_para).map(|s| s.open).min();
            let end =
                [link_start(text, toks, range.clone()), first_mark].into_iter().flatten().min().unwrap_or(range.end);
            let words = (range.start..end).filter(|&k| toks.get(k).is_some_and(|t| t.kind == TokenKind::Word)).count();
            (end, words)
        };
        let (mut end, mut words) = words_in(range.clone(), post_para);
        let (mut post_para, mut range) = (post_para, range);
        // "Cumpliendo la instrucción … ¶ ¡La… pic.twitter.com/… - Yvan Gil (@yvangil)": a post whose text runs over
        // paragraphs keeps only its cut-off tail before the credit; its words are the paragraph before.
        if words < 4 && post_para == p && p > 0 {
            if let Some(prev) = paras.get(p - 1).filter(|r| !marked.iter().any(|s| s.para == p - 1) && r.end > r.start)
            {
                (end, words) = words_in(prev.clone(), p - 1);
                (post_para, range) = (p - 1, prev.clone());
            }
        }
        if words >= 4 && end > range.start {
            out.push(Span {
                open: range.start,
                close: Some(end),
                content: 0..0,
                para: post_para,
                continues: false,
                bare: true,
            });
        }
    }
    out
}

/// A lone quoted word that is someone's characterisation ("'reckless'", "\"befittingly.\""): a lower-case word long
/// enough not to be a function word; a capitalised one names a title or thing.
fn scare_word(w: &str) -> bool {
    w.chars().count() >= 4
        && w.chars().next().is_some_and(char::is_lowercase)
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// Splits a quote around an attribution set off by dashes inside its marks, as translated news writes it:
/// `"I can confirm …, – he said. – As for the reasons …"` is two quoted parts and "he said" between them.
fn split_interjection(text: &str, toks: &[Token], span: Span) -> Vec<Span> {
    let Some(close) = span.close else {
        return vec![span];
    };
    let is_dash = |i: usize| toks.get(i).is_some_and(|t| matches!(t.text(text), "\u{2013}" | "\u{2014}" | "--"));
    let word = |i: usize| toks.get(i).map(|t| t.text(text)).unwrap_or("");
    for first in span.open + 1..close {
        if !is_dash(first) || word(first - 1) != "," {
            continue;
        }
        let Some(verb) = (first + 1..(first + 6).min(close)).find(|&v| contains_lower(lexicon::SPEECH_VERBS, word(v)))
        else {
            continue;
        };
        let Some(second) = (verb + 1..(verb + 4).min(close)).find(|&d| is_dash(d)) else {
            continue;
        };
        if !(verb + 1..second).all(|j| matches!(word(j), "." | ",")) {
            continue;
        }
        let head = Span { close: Some(first), ..span.clone() };
        let tail = Span { open: second, ..span };
        return vec![head, tail];
    }
    vec![span]
}

fn make_span(_toks: &[Token], open: usize, close: Option<usize>, para: usize, _pstart: usize) -> Span {
    Span { open, close, content: 0..0, para, continues: false, bare: false }
}

pub(crate) struct QuoteCtx<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    pub sentences: &'a [Range<usize>],
    pub sent_of: &'a [usize],
    pub paras: &'a [Range<usize>],
    pub para_of: &'a [usize],
    pub in_quote: &'a [bool],
    pub ents: &'a [Candidate],
    pub ent_at: &'a [Option<usize>],
    pub kb: &'a Base,
    pub date: Option<NaiveDate>,
}

/// A role phrase that stands for a speaker the text does not name: "Iran's top diplomat", "the EU's foreign
/// policy chief", "a Syrian military spokesman".
#[derive(Debug, Clone)]
struct RoleSubject {
    /// The country or body the role belongs to (an index into the entities).
    body: usize,
    /// The office holder on the article's date, from the dated roles, when the role is a single office.
    holder: Option<String>,
    /// First token of the phrase.
    start: usize,
}

/// The office a role phrase names ("top diplomat" → `foreign_minister`), or `None` for spokespeople, officials
/// and other roles held by many.
fn office_of(words: &[String]) -> Option<&'static str> {
    let has = |w: &str| words.iter().any(|x| x == w);
    const MANY: &[&str] = &[
        "former",
        "deputy",
        "vice",
        "acting",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "official",
        "ambassador",
        "envoy",
    ];
    if MANY.iter().any(|w| has(w)) {
        return None;
    }
    // "the Russian diplomat" is any of them; "Iran's top diplomat" is its foreign minister.
    if has("diplomat") && (has("top") || has("chief"))
        || (has("foreign") && (has("minister") || has("secretary") || has("chief")))
    {
        Some("foreign_minister")
    } else if (has("prime") && has("minister")) || has("premier") {
        Some("prime_minister")
    } else if (has("defence") || has("defense")) && (has("minister") || has("secretary") || has("chief")) {
        Some("defence_minister")
    } else if has("secretary-general") || (has("secretary") && has("general")) {
        Some("secretary_general")
    } else if has("supreme") && has("leader") {
        Some("supreme_leader")
    } else if has("chancellor") {
        Some("chancellor")
    } else if has("president") && words.len() == 1 {
        Some("president")
    } else {
        None
    }
}

/// Verbs that take the quoted words as their object without being speech verbs in every use: "demanded
/// "answers and justice"", "branded it a "farce"".
const DEMAND_VERBS: &[&str] = &[
    "demanded",
    "demands",
    "demanding",
    "dubbed",
    "branded",
    "termed",
    "labelled",
    "labeled",
    "decried",
    "denounced",
    "hailed",
    "cited",
    "citing",
    "terming",
    "dubbing",
    "branding",
    "praising",
    "describing",
    "calling",
    "welcoming",
    "hailing",
    "slamming",
    "criticising",
    "criticizing",
    "condemning",
    "accusing",
    "rejecting",
    "dismissing",
    "welcomed",
    "slammed",
    "rejected",
    "dismissed",
];

/// Nouns describing a person already named, beyond the lexicon's: "the artist said", "said the 21-year-old
/// midfielder", "resident Carlos Canseco told".
const PERSON_NOUNS: &[&str] = &[
    "artist",
    "singer",
    "actor",
    "actress",
    "author",
    "writer",
    "poet",
    "musician",
    "designer",
    "architect",
    "midfielder",
    "defender",
    "striker",
    "goalkeeper",
    "keeper",
    "captain",
    "coach",
    "manager",
    "athlete",
    "runner",
    "swimmer",
    "boxer",
    "golfer",
    "cyclist",
    "driver",
    "rider",
    "pilot",
    "doctor",
    "nurse",
    "teacher",
    "student",
    "farmer",
    "resident",
    "witness",
    "survivor",
    "volunteer",
    "teenager",
    "entrepreneur",
    "investor",
    "analyst",
    "expert",
    "historian",
    "journalist",
    "photographer",
    "founder",
    "owner",
];

/// Whether `w` is a noun describing a person ("the veteran", "the midfielder").
fn person_noun(w: &str) -> bool {
    contains_lower(lexicon::DESCRIPTIONS, w) || contains_lower(PERSON_NOUNS, w)
}

/// Head nouns of role phrases that speak for a body: "the ministry said", "the army's public relations department
/// said".
const ROLE_HEADS: &[&str] = &[
    "ministry",
    "office",
    "government",
    "military",
    "embassy",
    "authorities",
    "officials",
    "sources",
    "navy",
    "army",
    "police",
    "statement",
    "communique",
    "declaration",
    "media",
    "news",
    "television",
    "broadcaster",
    "department",
    "presidency",
    "directorate",
    "secretariat",
    "side",
    // "the Kremlin press service reports".
    "service",
    "press-service",
];

/// Present-tense verbs of headlines and leads whose subject speaks: "G7 ministers threaten 'economic costs'".
const HEADLINE_VERBS: &[&str] = &[
    "threaten",
    "threatens",
    "warn",
    "warns",
    "vow",
    "vows",
    "urge",
    "urges",
    "slam",
    "slams",
    "accuse",
    "accuses",
    "reject",
    "rejects",
    "condemn",
    "condemns",
    "demand",
    "demands",
    "hail",
    "hails",
    "pledge",
    "pledges",
    "protest",
    "protests",
    "criticise",
    "criticises",
    "criticize",
    "criticizes",
    "blast",
    "blasts",
    "deny",
    "denies",
    "dismiss",
    "dismisses",
];

/// Titles of heads of state and government, whom "the Chinese leader" may stand for.
const LEADER_TITLES: &[&str] = &["president", "premier", "prime", "chancellor", "king", "queen", "emir", "sultan"];

/// Lowercase words inside the name of a body's unit or role: "the army's public relations department".
const BODY_MODIFIERS: &[&str] = &["policy", "affairs", "public", "relations", "press", "information"];

/// Nouns of documents that speak for whoever issued them: "the statement said", "said a statement by X".
fn is_document(w: &str) -> bool {
    matches!(w, "statement" | "message" | "letter" | "communique" | "release" | "communiqué" | "declaration")
}

/// Names of one formal statement that a text may use in turn: "a statement …, the communiqué said".
fn joint_document(w: &str) -> bool {
    matches!(w, "statement" | "communique" | "communiqué" | "declaration")
}

/// Verbs whose object is a statement its subject issues: "The three nations issued a joint statement".
const ISSUE_VERBS: &[&str] = &["issued", "released", "published", "adopted", "signed"];

/// Head nouns of definite descriptions that stand for an organisation named before: "the regional body said",
/// "the bloc has decided".
const BODY_NOUNS: &[&str] = &[
    "body",
    "bloc",
    "organisation",
    "organization",
    "alliance",
    "grouping",
    "coalition",
    "company",
    "firm",
    "carmaker",
    "automaker",
    "retailer",
    "manufacturer",
    "maker",
    "airline",
    "lender",
    "insurer",
    "conglomerate",
    "giant",
];

/// Whether an organisation is a news outlet, which relays what others say: marked so in the knowledge, or named
/// like one ("Yonhap News Agency", "Press TV", "Kyodo News").
fn is_outlet(c: &Candidate) -> bool {
    c.role.as_deref() == Some("MED")
        || c.kind == EntityType::Org
            && c.canonical.rsplit(' ').next().is_some_and(|last| {
                matches!(last, "News" | "Press" | "Television" | "TV" | "Radio" | "Broadcasting")
                    || last == "Agency" && c.canonical.ends_with("News Agency")
            })
}

/// The prefix of offices held in an international body (`EU:high_representative`).
fn body_prefix(canonical: &str) -> Option<&'static str> {
    match canonical {
        "European Union" | "European Commission" => Some("EU"),
        "United Nations" => Some("UN"),
        "NATO" => Some("NATO"),
        "African Union" => Some("AU"),
        "IAEA" => Some("IAEA"),
        _ => None,
    }
}

/// A speaker: the entity naming them, or a name without an entity.
type Named = (Option<usize>, Option<String>);

enum Who {
    Entity(usize),
    Pronoun(usize),
    /// "it said": the last organisation or government quoted before.
    It(usize),
}

impl QuoteCtx<'_> {
    fn t(&self, i: usize) -> &str {
        self.toks.get(i).map(|t| t.text(self.text)).unwrap_or("")
    }

    /// "Sayed Akbar Agha, a former Taliban commander": the person before a comma and an indefinite description
    /// made of a body `c` and a title after it.
    fn apposed_description(&self, c: &Candidate, lo: usize) -> Option<usize> {
        if c.kind == EntityType::Person || lexicon::title_role(self.t(c.toks.end)).is_none() {
            return None;
        }
        let mut k = c.toks.start;
        let mut article = false;
        while k > lo && c.toks.start - k < 4 {
            let w = self.t(k - 1);
            if matches!(w, "a" | "an") {
                article = true;
            } else if !contains_lower(lexicon::TITLE_MODIFIERS, w) || w == "," {
                break;
            }
            k -= 1;
        }
        if !article {
            return None;
        }
        self.person_before_comma(k, lo)
    }

    /// The person whose name ends right before a comma at `k - 1`, the comma not before `lo`: the one a description
    /// set off after the comma is about.
    fn person_before_comma(&self, k: usize, lo: usize) -> Option<usize> {
        if k < lo + 2 || self.t(k - 1) != "," {
            return None;
        }
        let p = self.ent_at.get(k - 2).copied().flatten()?;
        self.ents.get(p).is_some_and(|c| c.kind == EntityType::Person && c.toks.end == k - 1).then_some(p)
    }

    /// "Mumtaz Zahra Baloch, spokesperson of": the person before a comma and a role ending in "of", "for" or "at"
    /// right before the body starting at `body_start`; not before `lo`.
    fn apposed_person_before(&self, body_start: usize, lo: usize) -> Option<usize> {
        let mut k = body_start;
        if k > lo && self.t(k - 1).eq_ignore_ascii_case("the") {
            k -= 1;
        }
        if !(k > lo && matches!(self.t(k - 1), "of" | "for" | "at")) {
            return None;
        }
        k -= 1;
        let role_end = k;
        let mut titled = false;
        while k > lo && role_end - k < 5 {
            let w = self.t(k - 1);
            if lexicon::title_role(w).is_some() {
                titled = true;
            } else if !(contains_lower(lexicon::TITLE_MODIFIERS, w) || matches!(w, "a" | "an" | "the")) {
                break;
            }
            k -= 1;
        }
        if !titled {
            return None;
        }
        self.person_before_comma(k, lo)
    }

    /// The first token after a dateline opening the sentence at `s0` ("UNITED NATIONS, April 8:", "KYIV (Reuters) -"),
    /// or `s0` when there is none; not past `limit`.
    fn after_dateline(&self, s0: usize, limit: usize) -> usize {
        let shouted = |k: usize| {
            let w = self.t(k);
            w.chars().count() >= 2 && w.chars().all(|ch| ch.is_uppercase() || ch == '.' || ch == '-')
        };
        // "Washington, D.C. - Today, …", "New Delhi: India …": a place set off by a dash or colon.
        let place = self
            .ent_at
            .get(s0)
            .copied()
            .flatten()
            .and_then(|e| self.ents.get(e))
            .is_some_and(|c| c.kind == EntityType::Gpe && c.toks.start == s0);
        if !shouted(s0) && !place {
            return s0;
        }
        let Some(mark) =
            (s0 + 1..(s0 + 10).min(limit)).find(|&k| matches!(self.t(k), ":" | "-" | "\u{2013}" | "\u{2014}"))
        else {
            return s0;
        };
        let heading = (s0 + 1..mark).all(|k| {
            self.toks.get(k).is_some_and(|t| matches!(t.kind, TokenKind::Punct | TokenKind::Number))
                || self.t(k).chars().next().is_some_and(|ch| ch.is_uppercase() || ch.is_ascii_digit())
        });
        if heading {
            mark + 1
        } else {
            s0
        }
    }

    /// Whether the token before `j` is an adverb or time phrase that may stand between a subject and its verb:
    /// "also", "reportedly", "Friday", "on Monday", "yesterday".
    fn adverb_before(&self, j: usize) -> bool {
        let Some(w) = j.checked_sub(1).map(|p| self.t(p)) else { return false };
        matches!(w, "also" | "later" | "then" | "earlier" | "further" | "has" | "had" | "reportedly")
            || matches!(w, "yesterday" | "today" | "tonight")
            // "Minsk swiftly announced": a manner adverb.
            || w.len() > 5
                && w.ends_with("ly")
                && w.chars().all(|ch| ch.is_ascii_lowercase())
                && !matches!(
                    w,
                    "family" | "assembly" | "supply" | "anomaly" | "monopoly" | "elderly" | "weekly" | "monthly"
                )
            || w.chars().next().is_some_and(char::is_uppercase) && lexicon::weekday_number(w).is_some()
            || w == "on" && lexicon::weekday_number(self.t(j)).is_some()
    }

    /// A role phrase ending just before the speech verb at `v`: "Iran's top diplomat says", "the Iranian
    /// foreign ministry spokesman said". The office holder on the article's date speaks for a single office;
    /// the country or body speaks for spokespeople and officials.
    fn role_subject(&self, v: usize, lo: usize) -> Option<RoleSubject> {
        let mut j = v;
        let quoted = self.quoted_passive(v);
        while j > lo && (self.adverb_before(j) || quoted && matches!(self.t(j - 1), "was" | "is" | "were")) {
            j -= 1;
        }
        if let Some(r) = self.head_of_diplomacy(j, lo) {
            return Some(r);
        }
        // "… - Yvan Gil (@yvangil) October 18, 2023 ¶ The tweet reads, "…"": the author of the post embedded before.
        if matches!(self.t(v), "read" | "reads") && j > lo && matches!(self.t(j - 1), "tweet" | "post") {
            if let Some(body) = self.last_post_author(v) {
                return Some(RoleSubject { body, holder: None, start: j - 1 });
            }
        }
        // "The statement as released by the Ministry of Health over the weekend read …": its issuer.
        if matches!(self.t(v), "read" | "reads") {
            if let Some(k) = self.document_subject(v) {
                if let Some(body) = self.statement_issuer(v, self.t(k)) {
                    return Some(RoleSubject { body, holder: None, start: k.saturating_sub(1) });
                }
            }
        }
        // "The ministry has issued a statement warning …", "issued a joint statement saying": the issuer.
        if j >= lo + 2 && is_document(self.t(j - 1)) {
            let article = (j.saturating_sub(3).max(lo)..j - 1)
                .rev()
                .find(|&k| matches!(self.t(k), "a" | "an"))
                .filter(|&a| (a + 1..j - 1).all(|k| self.t(k).chars().all(char::is_lowercase)));
            if let Some(a) = article {
                if let Some(body) = self.statement_issuer(j, self.t(j - 1)) {
                    return Some(RoleSubject { body, holder: None, start: a });
                }
            }
        }
        // "In a statement issued by the Ministry of Interior … the statement said": the statement's issuer.
        let document = is_document;
        // "The statement, issued on Friday, said": a participle phrase set off by commas.
        if j >= lo + 3 && self.t(j - 1) == "," {
            if let Some(k) = (j.saturating_sub(10).max(lo + 1)..j - 1).rev().find(|&k| self.t(k) == ",") {
                if document(self.t(k - 1)) {
                    j = k;
                }
            }
        }
        // "the joint statement read": one adjective may stand between.
        let det = if j >= lo + 2 && self.t(j - 2).eq_ignore_ascii_case("the") {
            Some(j - 2)
        } else if j >= lo + 3
            && self.t(j - 3).eq_ignore_ascii_case("the")
            && self.t(j - 2).chars().all(char::is_lowercase)
            && self.ent_at.get(j - 2).copied().flatten().is_none()
        {
            Some(j - 3)
        } else {
            None
        };
        if let (Some(det), true) = (det, j >= 1 && document(self.t(j - 1))) {
            // With no issuer named, the statement is the last person's named before (a governor speaking through
            // a spokesman's statement).
            let noun = self.t(j - 1);
            if let Some(body) = self.statement_issuer(det, noun) {
                return Some(RoleSubject { body, holder: None, start: det });
            }
            // Else the body or person who spoke last before it ("the health ministry said … the statement said").
            let person = (noun == "statement").then(|| self.last_person_near(det)).flatten();
            let body = self.last_body_speaker(det);
            let person_at = person.and_then(|e| self.ents.get(e)).map_or(0, |c| c.toks.end);
            match (person, body) {
                (_, Some((at, r))) if person.is_none() || at > person_at => {
                    return Some(RoleSubject { start: det, ..r });
                }
                (Some(p), _) => return Some(RoleSubject { body: p, holder: None, start: det }),
                _ => {}
            }
        }
        // "the foreign minister of India said": the country after "of" is the body the role belongs to.
        let mut of_body = None;
        if let Some((e, c)) = j
            .checked_sub(1)
            .and_then(|p| self.ent_at.get(p).copied().flatten())
            .and_then(|e| self.ents.get(e).map(|c| (e, c)))
        {
            let start = c.toks.start;
            if c.toks.end == j
                && c.kind == EntityType::Gpe
                && c.code.is_some()
                && start >= lo + 2
                && self.t(start - 1) == "of"
                && lexicon::title_role(self.t(start - 2)).is_some()
            {
                of_body = Some(e);
                j = start - 1;
            }
        }
        let mut words: Vec<String> = Vec::new();
        let mut has_head = false;
        while j > lo && words.len() < 5 {
            let w = self.t(j - 1);
            let lower = w.to_lowercase();
            if self.ent_at.get(j - 1).copied().flatten().is_some() || matches!(lower.as_str(), "the" | "a" | "an") {
                break;
            }
            // "congratulated the Democrat leaders and said": a connector joins a title's words, never ends a role.
            if words.is_empty() && matches!(lower.as_str(), "and" | "or" | "of" | "for") {
                break;
            }
            let plural_title = lower.strip_suffix('s').is_some_and(|x| lexicon::title_role(x).is_some());
            // "the Russian deputy PM noted": the upper-case abbreviation, not the clock's "pm".
            if lexicon::title_role(w).is_some() || plural_title || contains_lower(ROLE_HEADS, &lower) || w == "PM" {
                has_head = true;
            } else if !(contains_lower(lexicon::TITLE_MODIFIERS, w) || contains_lower(BODY_MODIFIERS, w)) {
                break;
            }
            words.push(lower);
            j -= 1;
        }
        // "Deputy UN spokesman Farhan Haq … The deputy called on all parties to": the last person titled so.
        if !has_head && words.len() == 1 && words[0] == "deputy" && j > lo && self.t(j - 1).eq_ignore_ascii_case("the")
        {
            if let Some(person) = self.titled_person(&words, j - 1) {
                return Some(RoleSubject { body: person, holder: None, start: j - 1 });
            }
        }
        if !has_head {
            if let Some(body) = self.possessed_body(v, lo) {
                let start = self.ents.get(body).map_or(v, |c| c.toks.start);
                return Some(RoleSubject { body, holder: None, start });
            }
        }
        if !has_head || j <= lo && of_body.is_none() {
            return self.described_person(v, lo).map(|(person, start)| RoleSubject {
                body: person,
                holder: None,
                start,
            });
        }
        // "the president said", "the minister told reporters": the last person named with that title.
        if of_body.is_none() && self.t(j - 1).eq_ignore_ascii_case("the") {
            if let Some(person) = self.titled_person(&words, j - 1) {
                return Some(RoleSubject { body: person, holder: None, start: j - 1 });
            }
            // "a spokesman for the General Staff … The spokesman also said": an unnamed spokesperson named before
            // speaks for the same body.
            if words.len() == 1 && words[0].starts_with("spokes") {
                if let Some(body) = self.unnamed_spokesperson_body(j - 1) {
                    return Some(RoleSubject { body, holder: None, start: j - 1 });
                }
            }
        }
        // "The Mexican navy … the navy said": the country of the last national body with that head.
        if of_body.is_none() && self.t(j - 1).eq_ignore_ascii_case("the") && words.len() == 1 {
            let national = self.national_body(&words[0], j - 1);
            // "… the Syrian Defense Ministry said … the ministry said": the last body named with that head, when
            // it comes after any nationality written with the head.
            let spoken = self.spoken_org(&words[0], j - 1);
            let named = spoken.or_else(|| self.org_by_head(&words[0], j - 1)).filter(|&o| {
                let at = |e: usize| self.ents.get(e).map_or(0, |c| c.toks.start);
                national.as_ref().is_none_or(|(n, _)| at(o) > at(*n))
            });
            if let Some(body) = named {
                return Some(RoleSubject { body, holder: None, start: j - 1 });
            }
            if let Some((body, holder)) = national {
                return Some(RoleSubject { body, holder: Some(holder), start: j - 1 });
            }
        }
        // "the government says", "the health ministry said", "the army said", "a military statement said" with no
        // nationality or body of that name before it: the country the article is about.
        let state_voice = |w: &str| matches!(w, "government" | "ministry" | "military" | "army" | "navy");
        let state_statement =
            words.first().is_some_and(|w| w == "statement") && words.iter().skip(1).any(|w| state_voice(w.as_str()));
        let det =
            self.t(j - 1).eq_ignore_ascii_case("the") || state_statement && self.t(j - 1).eq_ignore_ascii_case("a");
        if of_body.is_none()
            && det
            && (words.first().is_some_and(|w| state_voice(w.as_str())) || state_statement)
            && self.national_body(&words[0], j - 1).is_none()
            && !self.ents.iter().any(|c| {
                let name = c.canonical.to_lowercase();
                c.kind == EntityType::Org && c.toks.end < j && words.iter().all(|w| name.contains(w.as_str()))
            })
        {
            if let Some((body, holder)) = self.main_country() {
                return Some(RoleSubject { body, holder: Some(holder), start: j - 1 });
            }
        }
        if of_body.is_none() {
            if let Some((person, start)) = self.described_person(v, lo) {
                return Some(RoleSubject { body: person, holder: None, start });
            }
        }
        let body = match of_body {
            Some(b) => b,
            None => {
                let possessive = self.toks.get(j - 1).is_some_and(|t| t.kind == TokenKind::Possessive)
                    || matches!(self.t(j - 1), "'s" | "\u{2019}s");
                let body_tok = if possessive { j.checked_sub(2)? } else { j - 1 };
                if body_tok < lo {
                    return None;
                }
                let last = self.ent_at.get(body_tok).copied().flatten()?;
                // "The British, French and German foreign ministers said": several countries speak through their
                // ministers together; the first stands for them.
                let plural =
                    words.iter().any(|w| w.strip_suffix('s').is_some_and(|x| lexicon::title_role(x).is_some()));
                if plural {
                    self.first_coordinated(last, lo)
                } else {
                    last
                }
            }
        };
        let c = self.ents.get(body)?;
        // "Greek Prime Minister Kyriakos Mitsotakis' office said": a person's office speaks for the person.
        if c.kind == EntityType::Person && words.len() == 1 && words.first().is_some_and(|w| w == "office") {
            return Some(RoleSubject { body, holder: None, start: c.toks.start });
        }
        if !matches!(c.kind, EntityType::Gpe | EntityType::Norp | EntityType::Org) || c.capital_of.is_some() {
            return None;
        }
        words.reverse();
        let holder = office_of(&words).and_then(|office| {
            let prefix = c.code.as_deref().or_else(|| body_prefix(&c.canonical))?;
            self.office_holder(prefix, office)
        });
        // "the President of Serbia said" with no dated office holder known: the person the text gave that title
        // and country ("Serbian President Aleksandar Vučić").
        // "The Italian minister added": the definite role goes back to the person named with it.
        let definite = c.toks.start > lo
            && self.t(c.toks.start - 1).eq_ignore_ascii_case("the")
            && matches!(c.kind, EntityType::Norp | EntityType::Gpe)
            && words.iter().any(|w| lexicon::title_role(w).is_some() || w == "pm");
        // "The Pentagon chief added" after "US Defense Secretary Lloyd Austin": the head of a national body is the
        // last titled person of its country.
        let the_body = self.t(c.toks.start).eq_ignore_ascii_case("the")
            || c.toks.start > lo && self.t(c.toks.start - 1).eq_ignore_ascii_case("the");
        if holder.is_none()
            && c.kind == EntityType::Org
            && the_body
            && words.len() == 1
            && words.first().is_some_and(|w| matches!(w.as_str(), "chief" | "head" | "boss"))
        {
            let titled = |p: &Candidate| p.title.is_some() || self.title_before(p.toks.start, true).next().is_some();
            let head = c.code.as_deref().and_then(|code| {
                self.ents
                    .iter()
                    .enumerate()
                    .filter(|(_, p)| p.kind == EntityType::Person && p.toks.end <= c.toks.start)
                    .filter(|(_, p)| p.code.as_deref() == Some(code) && titled(p))
                    .filter(|(_, p)| !self.in_quote.get(p.toks.start).copied().unwrap_or(true))
                    .map(|(k, _)| k)
                    .next_back()
            });
            if let Some(person) = head {
                return Some(RoleSubject { body: person, holder: None, start: c.toks.start });
            }
        }
        // "… the Chinese Foreign Ministry spokesperson emphasized" after "Foreign Ministry spokesperson Lin Jian":
        // the spokesperson of that body's country named before.
        let definite_spokesperson = c.kind == EntityType::Org
            && the_body
            && words.len() == 1
            && words.first().is_some_and(|w| w.starts_with("spokes"));
        if holder.is_none() && (office_of(&words).is_some() || definite || definite_spokesperson) {
            if let Some(person) = c.code.as_deref().and_then(|code| self.titled_person_of(&words, code, c.toks.start)) {
                return Some(RoleSubject { body: person, holder: None, start: c.toks.start });
            }
        }
        // A nationality ("a French government spokesman") speaks for its country.
        let holder = match holder {
            None if c.kind == EntityType::Norp => Some(self.kb.resolve(&c.canonical, self.date)?.canonical),
            h => h,
        };
        Some(RoleSubject { body, holder, start: c.toks.start })
    }

    /// Who held `office` of the country or body `prefix` (`USA`, `EU`) on the article's date, by the dated roles.
    fn office_holder(&self, prefix: &str, office: &str) -> Option<String> {
        let key = if prefix == "EU" && office == "foreign_minister" {
            "EU:high_representative".to_string()
        } else {
            format!("{prefix}:{office}")
        };
        let date = self.date?;
        let role = self.kb.roles.iter().find(|r| r.office == key && r.active_on(date))?;
        self.kb.entry(role.person).map(|e| e.canonical.clone())
    }

    /// "The head of U.S. diplomacy also hailed …", "the chief of Russian diplomacy said": a periphrasis for the
    /// foreign minister of the country, ending at token `end`; the person the text so titled, else the holder.
    fn head_of_diplomacy(&self, end: usize, lo: usize) -> Option<RoleSubject> {
        if end < lo + 4 || self.t(end - 1) != "diplomacy" {
            return None;
        }
        let e = self.ent_at.get(end - 2).copied().flatten()?;
        let c = self.ents.get(e)?;
        let of = c.toks.start.checked_sub(1)?;
        if c.toks.end + 1 != end
            || of < lo + 1
            || self.t(of) != "of"
            || !matches!(self.t(of - 1).to_lowercase().as_str(), "head" | "chief")
            || !matches!(c.kind, EntityType::Gpe | EntityType::Norp)
        {
            return None;
        }
        let code = c.code.as_deref()?;
        let start = if of >= lo + 2 && self.t(of - 2).eq_ignore_ascii_case("the") { of - 2 } else { of - 1 };
        let role = ["foreign".to_string(), "minister".to_string()];
        if let Some(person) = self.titled_person_of(&role, code, start) {
            return Some(RoleSubject { body: person, holder: None, start });
        }
        Some(RoleSubject { body: e, holder: self.office_holder(code, "foreign_minister"), start })
    }

    /// "Spokesperson Mohammad Faisal contradicted the readout, with a Twitter post.": a sentence ending on the
    /// post, statement or letter its subject put out, which the quotation after it gives.
    fn posted_by(&self, range: Range<usize>) -> Option<usize> {
        let mut last = range.end.checked_sub(1)?;
        while last > range.start && self.toks.get(last).is_some_and(|t| t.kind == TokenKind::Punct) {
            last -= 1;
        }
        let noun = self.t(last);
        let own =
            (last.saturating_sub(4).max(range.start)..last).any(|k| matches!(self.t(k), "a" | "his" | "her" | "its"));
        if !(matches!(noun, "post" | "tweet" | "statement" | "message" | "letter") && own) {
            return None;
        }
        self.sentence_subject(range.start, last).filter(|&e| self.speaker_kind(e))
    }

    /// The author named in the credit line of the last post embedded in the three paragraphs up to `before`.
    fn last_post_author(&self, before: usize) -> Option<usize> {
        let para = self.para_of.get(before).copied()?;
        (para.saturating_sub(3)..=para).rev().find_map(|p| {
            let r = self.paras.get(p)?;
            let d = post_credit(self.text, self.toks, r.start..r.end.min(before))?;
            self.ent_at.get(d + 1).copied().flatten().filter(|&e| self.speaker_kind(e))
        })
    }

    /// The body of the last spokesperson mentioned before `before` without a name: "a spokesman for the General
    /// Staff", "a Foreign Ministry spokeswoman".
    fn unnamed_spokesperson_body(&self, before: usize) -> Option<usize> {
        // "The spokesman said …" after the first mention refers back; the mention that introduced him names the body.
        let k = (0..before).rev().find(|&k| {
            self.t(k).to_lowercase().starts_with("spokes")
                && !self.in_quote.get(k).copied().unwrap_or(true)
                && !(k > 0 && self.t(k - 1).eq_ignore_ascii_case("the") && !matches!(self.t(k + 1), "for" | "of"))
        })?;
        // "spokesman Oleh Nikolenko", "Oleh Nikolenko, spokesman for the ministry": a named one.
        let person = |j: Option<usize>| {
            j.and_then(|j| self.ent_at.get(j).copied().flatten())
                .is_some_and(|e| self.ents.get(e).is_some_and(|c| c.kind == EntityType::Person))
        };
        if person(Some(k + 1)) || k >= 2 && self.t(k - 1) == "," && person(Some(k - 2)) {
            return None;
        }
        let body = if matches!(self.t(k + 1), "for" | "of") {
            // "a spokesman for the General Staff of the Korean People's Army": the first body named after.
            (k + 2..k + 9)
                .take_while(|&j| self.toks.get(j).is_some_and(|t| t.kind != TokenKind::Punct))
                .find_map(|j| self.ent_at.get(j).copied().flatten())
        } else {
            k.checked_sub(1).and_then(|p| self.ent_at.get(p).copied().flatten())
        }?;
        self.ents.get(body).is_some_and(|c| c.kind != EntityType::Person && self.speaker_kind(body)).then_some(body)
    }

    /// The last person before token `before` whose title (or the words just before the name) holds the
    /// role's head word: "President Erdogan … the president said".
    fn titled_person(&self, words: &[String], before: usize) -> Option<usize> {
        // "the deputy said" after "Deputy UN spokesman Farhan Haq": a deputy is one titled so.
        let deputy = words.len() == 1 && words.first().is_some_and(|w| w == "deputy");
        let head = words.iter().rev().find(|w| lexicon::title_role(w).is_some() || *w == "pm" || deputy)?;
        let same = |w: &str, x: &str| {
            let w = w.to_lowercase();
            // "stated the premier" after "Cambodian Prime Minister Hun Sen": a premier is a prime minister.
            same_office_word(&w, x) || (x == "premier" && w == "prime")
        };
        let people = || {
            self.ents
                .iter()
                .enumerate()
                .filter(|(_, c)| c.kind == EntityType::Person && c.toks.end <= before)
                // "… my meeting with Foreign Minister Wang Yi …," the foreign minister said: not one quoted about.
                .filter(|(_, c)| !self.in_quote.get(c.toks.start).copied().unwrap_or(true))
        };
        let titled = |c: &Candidate, x: &str| {
            c.title.as_deref().is_some_and(|t| t.split_whitespace().any(|w| same(w, x)))
                || self.title_before(c.toks.start, true).any(|k| same(self.t(k), x))
        };
        // "Donald Trump, the President of the United States": a title in apposition, only where no one is
        // titled so before the name.
        let apposed = |c: &Candidate, x: &str| self.apposed_title(c.toks.end).any(|k| same(self.t(k), x));
        // "the foreign minister said": one titled with every word before one titled only "minister".
        let all: Vec<&String> =
            words.iter().filter(|w| !matches!(w.as_str(), "the" | "of" | "top" | "senior" | "former")).collect();
        // Of several people so titled, the one named last in any form ("German Foreign Minister Heiko Maas …
        // Russian Foreign Minister Sergei Lavrov … Maas said. The minister noted"): the one the text is on.
        let latest = |fits: &dyn Fn(&Candidate) -> bool| {
            let names: HashSet<&str> = people().filter(|(_, c)| fits(c)).map(|(_, c)| c.canonical.as_str()).collect();
            people().filter(|(_, c)| names.contains(c.canonical.as_str())).map(|(k, _)| k).next_back()
        };
        latest(&|c| all.iter().all(|w| titled(c, w)))
            .or_else(|| latest(&|c| titled(c, head)))
            .or_else(|| latest(&|c| all.iter().all(|w| apposed(c, w))))
    }

    /// The title words of an apposition right after a name: "President" in "Donald Trump, the President of the
    /// United States".
    fn apposed_title(&self, end: usize) -> impl Iterator<Item = usize> + '_ {
        let words = if self.t(end) == "," && matches!(self.t(end + 1), "the" | "a") { end + 2..end + 6 } else { 0..0 };
        words.take_while(move |&k| {
            let w = self.t(k);
            lexicon::title_role(w).is_some() || contains_lower(lexicon::TITLE_MODIFIERS, w) && w != "of"
        })
    }

    /// The tokens of the title phrase written right before a name, nearest first: "Brazil's Foreign Minister,"
    /// before "Mauro Vieira", but only "President-elect" in "the minister appointed by President-elect Javier Milei".
    fn title_before(&self, start: usize, across_commas: bool) -> impl Iterator<Item = usize> + '_ {
        (start.saturating_sub(6)..start).rev().take_while(move |&k| {
            let w = self.t(k);
            lexicon::title_role(w).is_some()
                || contains_lower(lexicon::TITLE_MODIFIERS, w) && !matches!(w, "of" | "the" | "for" | "and")
                || matches!(w, "'s" | "\u{2019}s")
                || across_commas && w == ","
                || self.ent_at.get(k).copied().flatten().is_some_and(|e| {
                    self.ents.get(e).is_some_and(|c| c.kind != EntityType::Person && c.toks.end <= start)
                })
        })
    }

    /// The last person named outside quotes before `before` who belongs to country `code` and whose title (or the
    /// words just before the name) holds every word of the role: "Serbian President Aleksandar Vučić" for "the
    /// President of Serbia".
    fn titled_person_of(&self, role: &[String], code: &str, before: usize) -> Option<usize> {
        let role: Vec<&String> = role.iter().filter(|w| !matches!(w.as_str(), "the" | "of")).collect();
        self.ents
            .iter()
            .enumerate()
            .filter(|(_, c)| c.kind == EntityType::Person && c.toks.end <= before && c.code.as_deref() == Some(code))
            .filter(|(_, c)| !self.in_quote.get(c.toks.start).copied().unwrap_or(true))
            .filter(|(_, c)| {
                let near: Vec<String> =
                    (c.toks.start.saturating_sub(4)..c.toks.start).map(|k| self.t(k).to_lowercase()).collect();
                let title = c.title.as_deref().unwrap_or("").to_lowercase();
                let has = |w: &str| {
                    near.iter().any(|n| same_office_word(n, w))
                        || title.split_whitespace().any(|t| same_office_word(t, w))
                };
                // "the Chinese leader" is whoever leads: a president, premier, prime minister or monarch.
                let leader = role.len() == 1
                    && role.first().is_some_and(|w| w.as_str() == "leader")
                    && LEADER_TITLES.iter().any(|t| has(t));
                leader || role.iter().all(|w| has(w.as_str()))
            })
            .map(|(k, _)| k)
            .next_back()
    }

    /// A definite description before the speech verb at `v` stands for the person last named: "the Ofoase
    /// Ayirebi MP said", "the 45-year-old said", "the Spanish tactician added". Returns the person and where the
    /// description starts.
    fn described_person(&self, v: usize, lo: usize) -> Option<(usize, usize)> {
        let mut j = v;
        while j > lo && self.adverb_before(j) {
            j -= 1;
        }
        let head = self.t(j.checked_sub(1)?).to_lowercase();
        let described = lexicon::title_role(&head).is_some() || head.ends_with("year-old") || person_noun(&head);
        if !described {
            return None;
        }
        // "the Russian diplomat": a noun naming no single office may carry a nationality; "the Egyptian spokesman"
        // is left to the role phrases.
        let loose_head = head == "diplomat" || person_noun(&head) && lexicon::title_role(&head).is_none();
        // "the Under-Secretary-General": a hyphenated title is several tokens.
        let the = (j.saturating_sub(7)..j).rev().find(|&k| self.t(k).eq_ignore_ascii_case("the"))?;
        let plain = (the + 1..j).all(|k| {
            let w = self.t(k);
            let entity = self.ent_at.get(k).copied().flatten().and_then(|e| self.ents.get(e));
            entity.is_none_or(|c| {
                c.kind == EntityType::Other
                    || c.kind == EntityType::Norp && loose_head
                    || c.usage == crate::entities::Usage::Place
            }) && (w.chars().next().is_some_and(char::is_uppercase)
                || lexicon::title_role(w).is_some()
                || contains_lower(lexicon::TITLE_MODIFIERS, w)
                || person_noun(w)
                || w.ends_with("year-old")
                || w.chars().all(|ch| ch.is_ascii_digit())
                || w == "-")
        });
        if the < lo || !plain {
            return None;
        }
        // "the Russian diplomat said": the last person of that nationality named before, however far back.
        let nationality = (the + 1..j)
            .filter_map(|k| self.ent_at.get(k).copied().flatten().and_then(|e| self.ents.get(e)))
            .find(|c| c.kind == EntityType::Norp)
            .map(|c| c.code.clone());
        if let Some(code) = nationality {
            let code = code?;
            let person = self
                .ents
                .iter()
                .enumerate()
                .filter(|(_, c)| c.kind == EntityType::Person && c.toks.end <= the)
                .filter(|(_, c)| c.code.as_deref() == Some(code.as_str()) && !self.mentioned_only(c))
                .filter(|(_, c)| !self.in_quote.get(c.toks.start).copied().unwrap_or(false))
                .map(|(k, _)| k)
                .next_back()?;
            return Some((person, the));
        }
        // "Congress MP Shashi Tharoor said that Trump's victory … the former Union minister told ANI": the person
        // who acts, not one only named in a possessive or after a preposition.
        let acting = self.last_person_near_where(the, |c| !self.mentioned_only(c));
        Some((acting.or_else(|| self.last_person_near(the))?, the))
    }

    /// "the regional body", "the 15-nation bloc": a definite description of an organisation opening at `at`,
    /// standing for the last organisation named outside quotes before it. Returns it and the token after the
    /// description.
    fn described_body(&self, at: usize) -> Option<(usize, usize)> {
        if !self.t(at).eq_ignore_ascii_case("the") {
            return None;
        }
        let mut j = at + 1;
        while j < at + 4 {
            // "the Japanese carmaker": a nationality may describe the body.
            if let Some(e) = self.ent_at.get(j).copied().flatten() {
                match self.ents.get(e) {
                    Some(c) if c.kind == EntityType::Norp && c.toks.end > j => {
                        j = c.toks.end;
                        continue;
                    }
                    _ => return None,
                }
            }
            let w = self.t(j);
            if contains_lower(BODY_NOUNS, w) && w.chars().all(char::is_lowercase) {
                let e = self
                    .ents
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| c.kind == EntityType::Org && c.toks.end <= at && c.role.as_deref() != Some("MED"))
                    .filter(|(_, c)| !self.in_quote.get(c.toks.start).copied().unwrap_or(true))
                    .map(|(k, _)| k)
                    .next_back()?;
                return Some((e, j + 1));
            }
            if !self.toks.get(j).is_some_and(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number)) {
                return None;
            }
            j += 1;
        }
        None
    }

    /// Who issued the last statement mentioned before `before`: "a statement issued by X", "a statement from X".
    fn statement_issuer(&self, before: usize, noun: &str) -> Option<usize> {
        // A statement named inside a quotation is one the speaker talks about, not the one that speaks.
        // A statement three paragraphs back, with a person speaking between, is no longer "the statement".
        let para = self.para_of.get(before).copied().unwrap_or(0);
        let person_speaks = |from: usize| {
            (from..before).any(|v| {
                self.is_speech_verb(v)
                    && !self.in_quote.get(v).copied().unwrap_or(true)
                    && self.sent_of.get(v).and_then(|s| self.sentences.get(*s)).is_some_and(|r| {
                        matches!(self.subject_before(v, r.start), Some(Who::Entity(e))
                            if self.ents.get(e).is_some_and(|c| c.kind == EntityType::Person))
                    })
            })
        };
        let mut far_checked = None;
        (0..before)
            .rev()
            // "a statement issued by the G7 … The communiqué stressed": one document under another name.
            .filter(|&k| self.t(k) == noun || joint_document(noun) && joint_document(self.t(k)))
            .filter(|&k| !self.in_quote.get(k).copied().unwrap_or(false))
            .take_while(|&k| {
                self.para_of.get(k).copied().unwrap_or(0) + 2 >= para
                    || !*far_checked.get_or_insert_with(|| person_speaks(k))
            })
            .take(3)
            .find_map(|k| {
                let by = (k + 1..(k + 4).min(before)).find(|&b| matches!(self.t(b), "by" | "from"));
                // "a statement by Egyptian military spokesman Gharib Abdel-Hafez": past a nationality and a title.
                let named = by.and_then(|by| {
                    (by + 1..(by + 7).min(before))
                        .take_while(|&b| !matches!(self.t(b), "," | "." | ";" | "\""))
                        .filter_map(|e| self.ent_at.get(e).copied().flatten())
                        .find(|&e| self.ents.get(e).is_none_or(|c| c.kind != EntityType::Norp))
                        .filter(|&e| self.speaker_kind(e))
                });
                // "the US Department of the Treasury said in a statement".
                let lo = self.sent_of.get(k).and_then(|s| self.sentences.get(*s)).map(|r| r.start)?;
                named
                    .or_else(|| {
                        let verb = (k.saturating_sub(6).max(lo)..k).rev().find(|&v| self.is_speech_verb(v))?;
                        match self.subject_before(verb, lo) {
                            Some(Who::Entity(e)) => Some(e),
                            _ => None,
                        }
                    })
                    .or_else(|| {
                        // "The three nations issued a joint statement": the subject of the verb that issued it.
                        let verb =
                            (k.saturating_sub(4).max(lo)..k).rev().find(|&v| contains_lower(ISSUE_VERBS, self.t(v)))?;
                        self.sentence_subject(lo, verb).or_else(|| self.plural_group(lo))
                    })
            })
    }

    /// "Representatives X and Y issued the following statement …:": the issuer of a statement that a sentence
    /// ending in a colon introduces, whose words follow.
    fn statement_introduced(&self, sentence: Range<usize>) -> Option<usize> {
        let last = sentence.end.checked_sub(1).filter(|&k| k >= sentence.start)?;
        if self.t(last) != ":" {
            return None;
        }
        let noun = (sentence.start..last).find(|&k| is_document(self.t(k)))?;
        self.statement_issuer(last, self.t(noun))
    }

    /// "India's foreign ministry", "China's meteorological administration": after the possessive ending at
    /// `start`, lowercase words ending in a body's head noun. Returns the token after the phrase.
    fn possessed_phrase_end(&self, start: usize) -> Option<usize> {
        let mut end = None;
        for k in start..start + 4 {
            let w = self.t(k);
            let lowercase_word = self.toks.get(k).is_some_and(|t| t.kind == TokenKind::Word)
                && w.chars().all(|ch| ch.is_lowercase() || ch == '-')
                && self.ent_at.get(k).copied().flatten().is_none();
            if !lowercase_word || lexicon::title_role(w).is_some() {
                break;
            }
            if contains_lower(lexicon::ORG_SUFFIXES, w) || contains_lower(ROLE_HEADS, w) {
                end = Some(k + 1);
            }
        }
        end
    }

    /// "China's meteorological administration said": the country or body owning the phrase before the verb at
    /// `v`, when nothing but that phrase stands between them.
    fn possessed_body(&self, v: usize, lo: usize) -> Option<usize> {
        let mut j = v;
        while j > lo && self.adverb_before(j) {
            j -= 1;
        }
        let possessive = (j.saturating_sub(4).max(lo + 1)..j)
            .find(|&k| matches!(self.t(k), "'s" | "\u{2019}s") && self.possessed_phrase_end(k + 1) == Some(j))?;
        let e = self.ent_at.get(possessive - 1).copied().flatten()?;
        let c = self.ents.get(e)?;
        (matches!(c.kind, EntityType::Gpe | EntityType::Org) && c.code.is_some() && c.capital_of.is_none()).then_some(e)
    }

    /// "The committee expressed …": a definite organisation noun opening at `at` stands for the last organisation
    /// named with that head ("National Security Committee").
    fn definite_org(&self, at: usize) -> Option<usize> {
        if !self.t(at).eq_ignore_ascii_case("the") || !self.t(at + 1).chars().all(char::is_lowercase) {
            return None;
        }
        self.org_by_head(self.t(at + 1), at)
    }

    /// The body that spoke last before `before`, in its paragraph or the two before: the subject of a speech verb
    /// that is no person ("the ministry said"). Returns the verb's position and the speaker.
    fn last_body_speaker(&self, before: usize) -> Option<(usize, RoleSubject)> {
        let para = self.para_of.get(before).copied().unwrap_or(0);
        let from = self.paras.get(para.saturating_sub(2)).map(|r| r.start).unwrap_or(0);
        // "the Kremlin press service reports": a body reporting speaks as much as one saying.
        let speaks = |v: usize| {
            self.is_speech_verb(v)
                || matches!(self.t(v), "reports" | "reported" | "informed" | "informs")
                    && !self.in_quote.get(v).copied().unwrap_or(false)
        };
        (from..before).rev().filter(|&v| speaks(v)).take(6).find_map(|v| {
            let lo = self.sent_of.get(v).and_then(|x| self.sentences.get(*x)).map_or(from, |r| r.start);
            match self.subject_before(v, lo) {
                Some(Who::Entity(e)) => self
                    .ents
                    .get(e)
                    .filter(|c| c.kind != EntityType::Person)
                    .map(|c| (v, RoleSubject { body: e, holder: None, start: c.toks.start })),
                Some(_) => None,
                None => self
                    .role_subject(v, lo)
                    .filter(|r| {
                        r.holder.is_some() || self.ents.get(r.body).is_some_and(|c| c.kind != EntityType::Person)
                    })
                    .map(|r| (v, r)),
            }
        })
    }

    /// "the three nations", "the two countries": a plural description opening at `at` stands for the last
    /// coordination of countries or people before it ("Britain, France, and Germany"); its first member.
    fn plural_group(&self, at: usize) -> Option<usize> {
        if !self.t(at).eq_ignore_ascii_case("the") && !self.t(at).eq_ignore_ascii_case("both") {
            return None;
        }
        let mut j = at + 1;
        if self.toks.get(j).is_some_and(|t| t.kind == TokenKind::Number)
            || lexicon::NUMBER_WORDS.iter().any(|(w, _)| w.eq_ignore_ascii_case(self.t(j)))
        {
            j += 1;
        }
        // "the European powers", "the two Western countries": one describing word.
        if self.t(j).chars().next().is_some_and(char::is_uppercase) && self.t(j + 1).chars().all(char::is_lowercase) {
            j += 1;
        }
        if !matches!(
            self.t(j),
            "nations" | "countries" | "governments" | "powers" | "states" | "allies" | "leaders" | "sides"
        ) {
            return None;
        }
        let members: Vec<(usize, &Candidate)> = self
            .ents
            .iter()
            .enumerate()
            .filter(|(_, c)| c.toks.end <= at && matches!(c.kind, EntityType::Gpe | EntityType::Person))
            .filter(|(_, c)| c.usage != crate::entities::Usage::Place)
            .filter(|(_, c)| !self.in_quote.get(c.toks.start).copied().unwrap_or(true))
            .collect();
        let joined = |a: &Candidate, b: &Candidate| {
            a.kind == b.kind
                && b.toks.start > a.toks.end
                && b.toks.start - a.toks.end <= 3
                && (a.toks.end..b.toks.start).all(|k| matches!(self.t(k), "," | "and" | "the"))
        };
        let last = (1..members.len()).rev().find(|&n| joined(members[n - 1].1, members[n].1))?;
        let mut first = last - 1;
        while first > 0 && joined(members[first - 1].1, members[first].1) {
            first -= 1;
        }
        members.get(first).map(|(k, _)| *k)
    }

    /// The first of the countries or nationalities coordinated with entity `e` ("British, French and German"),
    /// not before `lo`; `e` itself when it stands alone.
    fn first_coordinated(&self, e: usize, lo: usize) -> usize {
        let mut first = e;
        while let Some(c) = self.ents.get(first) {
            let mut k = c.toks.start;
            if k > lo && self.t(k - 1) == "and" {
                k -= 1;
            }
            if k > lo && self.t(k - 1) == "," {
                k -= 1;
            }
            let before = k.checked_sub(1).and_then(|b| self.ent_at.get(b).copied().flatten());
            match before.and_then(|b| self.ents.get(b).map(|x| (b, x))) {
                Some((b, x)) if k < c.toks.start && k > lo && matches!(x.kind, EntityType::Norp | EntityType::Gpe) => {
                    first = b
                }
                _ => break,
            }
        }
        first
    }

    /// The last nationality or country written before `before` with `head` right after it ("the Mexican navy"),
    /// and the country it stands for.
    fn national_body(&self, head: &str, before: usize) -> Option<(usize, String)> {
        let (k, c) = self
            .ents
            .iter()
            .enumerate()
            .filter(|(_, c)| c.toks.end < before && matches!(c.kind, EntityType::Norp | EntityType::Gpe))
            .filter(|(_, c)| c.code.is_some() && c.capital_of.is_none())
            .rfind(|(_, c)| self.t(c.toks.end).eq_ignore_ascii_case(head))?;
        let country = match c.kind {
            EntityType::Norp => self.kb.resolve(&c.canonical, self.date)?.canonical,
            _ => c.canonical.clone(),
        };
        Some((k, country))
    }

    /// The last person named outside quotes before `pos`, in its paragraph or the two before.
    fn last_person_near(&self, pos: usize) -> Option<usize> {
        self.last_person_near_where(pos, |_| true)
    }

    /// [`Self::last_person_near`] among the people that pass `keep`.
    fn last_person_near_where(&self, pos: usize, keep: impl Fn(&Candidate) -> bool) -> Option<usize> {
        let para = self.para_of.get(pos).copied().unwrap_or(0);
        let from = self.paras.get(para.saturating_sub(2)).map(|r| r.start).unwrap_or(0);
        self.ents
            .iter()
            .enumerate()
            .filter(|(_, c)| c.kind == EntityType::Person && c.toks.end <= pos && c.toks.start >= from)
            .filter(|(_, c)| !self.in_quote.get(c.toks.start).copied().unwrap_or(false))
            .filter(|(_, c)| keep(c))
            .map(|(k, _)| k)
            .next_back()
    }

    /// "said the governor", "said the court": a definite role or body after a post-posed verb at `v`.
    fn definite_after(&self, v: usize) -> Option<usize> {
        if !self.t(v + 1).eq_ignore_ascii_case("the") {
            return None;
        }
        let mut words: Vec<String> = Vec::new();
        let mut j = v + 2;
        while j < v + 6 && self.ent_at.get(j).copied().flatten().is_none() {
            let w = self.t(j);
            if lexicon::title_role(w).is_some() || contains_lower(lexicon::TITLE_MODIFIERS, w) {
                words.push(w.to_lowercase());
                j += 1;
                continue;
            }
            break;
        }
        let ends_phrase =
            matches!(self.t(j), "." | "," | ";" | "") || self.t(j).chars().next().is_some_and(char::is_lowercase);
        if !words.is_empty() && ends_phrase && words.iter().any(|w| lexicon::title_role(w).is_some()) {
            return self.titled_person(&words, v);
        }
        // "said the 21-year-old midfielder": a description of the person last named as a subject.
        if let Some(person) = self.description_after(v) {
            return Some(person);
        }
        let head = self.t(v + 2);
        // "said the task force": a lowercase phrase inside an organisation's name.
        if words.is_empty() && self.t(v + 3).chars().next().is_some_and(char::is_lowercase) {
            let phrase = format!("{} {}", head.to_lowercase(), self.t(v + 3).to_lowercase());
            if contains_lower(lexicon::ORG_SUFFIXES, self.t(v + 3)) && head.chars().all(char::is_lowercase) {
                if let Some(e) = self.org_by_phrase(&phrase, v) {
                    return Some(e);
                }
            }
        }
        if words.is_empty()
            && contains_lower(lexicon::ORG_SUFFIXES, head)
            && head.chars().next().is_some_and(char::is_lowercase)
        {
            let head = head.to_lowercase();
            return self
                .ents
                .iter()
                .enumerate()
                .filter(|(_, c)| c.toks.end <= v && c.kind == EntityType::Org)
                .filter(|(_, c)| c.canonical.to_lowercase().ends_with(&head))
                .map(|(k, _)| k)
                .next_back();
        }
        None
    }

    /// "said the 21-year-old midfielder", "said the veteran": a definite description of a person after a
    /// post-posed verb at `v`, standing for the last person named before who is no possessor or object.
    fn description_after(&self, v: usize) -> Option<usize> {
        let mut j = v + 2;
        let mut last_described = false;
        while j < v + 7 {
            let w = self.t(j);
            if let Some(c) = self.ent_at.get(j).copied().flatten().and_then(|e| self.ents.get(e)) {
                if c.kind != EntityType::Norp && c.usage != crate::entities::Usage::Place {
                    return None;
                }
                j = c.toks.end.max(j + 1);
                last_described = false;
                continue;
            }
            let described = person_noun(w) || w.ends_with("year-old");
            if described
                || contains_lower(lexicon::TITLE_MODIFIERS, w)
                || w.chars().all(|ch| ch.is_ascii_digit())
                || w == "-"
            {
                last_described = described;
                j += 1;
                continue;
            }
            break;
        }
        let ends =
            matches!(self.t(j), "." | "," | ";" | "") || self.t(j).chars().next().is_some_and(char::is_lowercase);
        if !(last_described && ends) {
            return None;
        }
        let para = self.para_of.get(v).copied().unwrap_or(0);
        let from = self.paras.get(para.saturating_sub(2)).map(|r| r.start).unwrap_or(0);
        self.ents
            .iter()
            .enumerate()
            .filter(|(_, c)| c.kind == EntityType::Person && c.toks.end <= v && c.toks.start >= from)
            .filter(|(_, c)| !self.in_quote.get(c.toks.start).copied().unwrap_or(true))
            .filter(|(_, c)| !self.mentioned_only(c))
            .map(|(k, _)| k)
            .next_back()
    }

    /// A possessor ("Healy's boys") or the object of a preposition ("the signal for Healy"): a person mentioned,
    /// not one acting.
    fn mentioned_only(&self, c: &Candidate) -> bool {
        let first = self.title_before(c.toks.start, false).last().unwrap_or(c.toks.start);
        // "a document signed by X": the signer of a statement is who speaks through it.
        let signer = first >= 2
            && self.t(first - 1) == "by"
            && matches!(self.t(first - 2), "signed" | "issued" | "released" | "written" | "sent" | "published");
        matches!(self.t(c.toks.end), "'s" | "\u{2019}s")
            || !signer
                && first.checked_sub(1).is_some_and(|b| {
                    matches!(
                        self.t(b).to_lowercase().as_str(),
                        "of" | "by" | "with" | "to" | "for" | "from" | "against" | "about" | "regarding" | "on"
                    )
                })
    }

    /// The last organisation whose name ends with `head` and that is the subject of a speech verb before `before`
    /// ("the Russian Foreign Ministry said"), among the last ten speech verbs.
    fn spoken_org(&self, head: &str, before: usize) -> Option<usize> {
        (0..before).rev().filter(|&v| self.is_speech_verb(v)).take(10).find_map(|v| {
            let mut j = v;
            while j > 0 && self.adverb_before(j) {
                j -= 1;
            }
            let e = self.ent_at.get(j.checked_sub(1)?).copied().flatten()?;
            let c = self.ents.get(e)?;
            let ends_with_head = lexicon::name_has_head(&c.canonical, head);
            (c.kind == EntityType::Org && c.toks.end == j && ends_with_head).then_some(e)
        })
    }

    /// The last organisation named outside quotes before `before` whose name has the body noun `head` as its head
    /// ("ministry" for the "Syrian Defense Ministry" or the "Ministry of Foreign Affairs of Ukraine").
    fn org_by_head(&self, head: &str, before: usize) -> Option<usize> {
        if !contains_lower(lexicon::ORG_SUFFIXES, head) {
            return None;
        }
        self.ents
            .iter()
            .enumerate()
            .filter(|(_, c)| c.toks.end <= before && c.kind == EntityType::Org)
            .filter(|(_, c)| !self.in_quote.get(c.toks.start).copied().unwrap_or(true))
            .filter(|(_, c)| lexicon::name_has_head(&c.canonical, head))
            .map(|(k, _)| k)
            .next_back()
    }

    /// The last organisation before `before` whose name holds `phrase` as whole words: "the task force" for the
    /// "National Task Force for the West Philippine Sea".
    fn org_by_phrase(&self, phrase: &str, before: usize) -> Option<usize> {
        let padded = format!(" {phrase} ");
        self.ents
            .iter()
            .enumerate()
            .filter(|(_, c)| c.toks.end <= before && c.kind == EntityType::Org)
            .filter(|(_, c)| !self.in_quote.get(c.toks.start).copied().unwrap_or(true))
            .filter(|(_, c)| format!(" {} ", c.canonical.to_lowercase()).contains(&padded))
            .map(|(k, _)| k)
            .next_back()
    }

    /// "says the EU", "said a spokesman for the EU's External Action Service": the body named after a
    /// post-posed verb at `v`, directly or through a spokesperson's "for"/"of".
    fn body_after(&self, v: usize) -> Option<usize> {
        let mut j = v + 1;
        if matches!(self.t(j).to_lowercase().as_str(), "the" | "a" | "an") {
            j += 1;
        }
        let body_at = |k: usize| {
            self.ent_at
                .get(k)
                .copied()
                .flatten()
                .filter(|&e| self.speaker_kind(e) && self.ents.get(e).is_some_and(|c| c.kind != EntityType::Person))
        };
        if let Some(e) = body_at(j) {
            let mut end = self.ents.get(e).map(|c| c.toks.end).unwrap_or(j);
            // "said a Foreign Ministry spokesman on Thursday": the body an unnamed spokesperson speaks for.
            let role_end = (end..end + 4)
                .take_while(|&k| {
                    let w = self.t(k);
                    lexicon::title_role(w).is_some()
                        || contains_lower(lexicon::TITLE_MODIFIERS, w) && !matches!(w, "of" | "the" | "for" | "and")
                        || contains_lower(BODY_MODIFIERS, w)
                })
                .last()
                .filter(|&k| {
                    lexicon::title_role(self.t(k)).is_some() && self.ent_at.get(k + 1).copied().flatten().is_none()
                });
            if let Some(k) = role_end {
                // "said the MEA spokesperson": the one named before with that role, when the text named them.
                if self.t(v + 1).eq_ignore_ascii_case("the") {
                    let words: Vec<String> = (end..=k).map(|x| self.t(x).to_lowercase()).collect();
                    if let Some(person) = self.titled_person(&words, v) {
                        return Some(person);
                    }
                }
                // "said EU High Representative of the Union … Josep Borrell": the office goes on to a name.
                if matches!(self.t(k + 1), "of" | "for" | "and" | "to" | "at") {
                    return None;
                }
                end = k + 1;
            }
            let next = self.t(end);
            let ends = matches!(next, "." | "," | ";" | "")
                || next.chars().next().is_some_and(char::is_lowercase)
                    && lexicon::title_role(next).is_none()
                    && (!contains_lower(lexicon::TITLE_MODIFIERS, next)
                        || matches!(next, "and" | "of" | "the" | "for" | "in" | "on" | "at"))
                    && !contains_lower(lexicon::ORG_SUFFIXES, next);
            return (ends && !matches!(self.t(end), "'s" | "\u{2019}s")).then_some(e);
        }
        let mut k = j;
        while k < j + 4
            && !matches!(self.t(k), "for" | "of" | "at" | "the")
            && (lexicon::title_role(self.t(k)).is_some() || contains_lower(lexicon::TITLE_MODIFIERS, self.t(k)))
        {
            k += 1;
        }
        if k == j || !matches!(self.t(k), "for" | "of" | "at") || lexicon::title_role(self.t(k - 1)).is_none() {
            return None;
        }
        k += 1;
        if self.t(k).eq_ignore_ascii_case("the") {
            k += 1;
        }
        let mut found = None;
        while let Some(e) = self.ent_at.get(k).copied().flatten() {
            let c = self.ents.get(e)?;
            if self.speaker_kind(e) || c.kind == EntityType::Gpe {
                found = Some(e);
            }
            k = c.toks.end;
            if matches!(self.t(k), "'s" | "\u{2019}s") {
                k += 1;
            } else {
                break;
            }
        }
        found.filter(|&e| self.speaker_kind(e))
    }

    /// "said a July 1 statement by the Inter-Services Public Relations": the issuer of a document named after a
    /// post-posed verb at `v`.
    fn document_after(&self, v: usize) -> Option<usize> {
        if !matches!(self.t(v + 1).to_lowercase().as_str(), "a" | "an" | "the") {
            return None;
        }
        // "said a document signed by White House National Security Advisor Jake Sullivan": a document signed or
        // issued by someone is a statement of theirs.
        let noun = (v + 2..v + 7).find(|&k| is_document(self.t(k)) || self.t(k) == "document")?;
        let signed = matches!(self.t(noun + 1), "signed" | "issued" | "released" | "sent" | "published")
            && self.t(noun + 2) == "by";
        if signed {
            let names: Vec<usize> = (noun + 3..noun + 12)
                .take_while(|&k| !matches!(self.t(k), "," | "." | ";" | "\"" | "") && !self.is_speech_verb(k))
                .filter_map(|k| self.ent_at.get(k).copied().flatten())
                .filter(|&e| self.speaker_kind(e))
                .collect();
            let person =
                names.iter().copied().find(|&e| self.ents.get(e).is_some_and(|c| c.kind == EntityType::Person));
            return person.or_else(|| names.first().copied());
        }
        if self.t(noun) == "document" {
            return None;
        }
        if !matches!(self.t(noun + 1), "by" | "from" | "of") {
            // "…," reads the statement.: the statement named before, through its issuer, else the body that spoke
            // last.
            let definite = noun == v + 2 && self.t(v + 1).eq_ignore_ascii_case("the");
            return definite
                .then(|| {
                    self.statement_issuer(v, self.t(noun)).or_else(|| self.last_body_speaker(v).map(|(_, r)| r.body))
                })
                .flatten();
        }
        let mut k = noun + 2;
        if self.t(k).eq_ignore_ascii_case("the") {
            k += 1;
        }
        self.ent_at.get(k).copied().flatten().filter(|&e| self.speaker_kind(e))
    }

    /// The entity opening the sentence from `lo` (after an introductory phrase ending in a comma): the subject a
    /// participle such as ", saying" refers to ("In response, the Iranian Embassy … issued a statement, saying").
    /// "Rajnath Singh held talks with Dong Jun in Vientiane, saying that …": the subject of the sentence in
    /// `range` whose speech is a participle set off by a comma, when the sentence opens with that subject.
    fn participle_subject(&self, range: std::ops::Range<usize>) -> Option<usize> {
        let v = range.clone().find(|&v| {
            v > range.start
                && self.t(v - 1) == ","
                && matches!(self.t(v), "saying" | "adding" | "stressing" | "noting" | "insisting" | "arguing")
                && !self.in_quote.get(v).copied().unwrap_or(true)
        })?;
        self.sentence_subject(range.start, v)
            .filter(|&e| self.ents.get(e).is_some_and(|c| c.kind == EntityType::Person))
    }

    /// What "they" at `at` stands for when it speaks: the body, country or group that is the subject of its own
    /// sentence before it, or else of one of the two sentences before. A person is never "they".
    fn they_antecedent(&self, at: usize) -> Option<usize> {
        let sent = self.sent_of.get(at).copied()?;
        let group = |e: &usize| self.ents.get(*e).is_some_and(|c| c.kind != EntityType::Person);
        // "The three leaders say they are united": a plural description opening the sentence stands for the
        // group named before it.
        let own_range = self.sentences.get(sent).filter(|r| r.start < at);
        let own = own_range.and_then(|r| self.sentence_subject(r.start, at));
        if own.is_some() {
            return own.filter(group);
        }
        if let Some(e) = own_range.and_then(|r| self.plural_group(r.start)) {
            return Some(e);
        }
        (sent.saturating_sub(2)..sent).rev().find_map(|k| {
            let r = self.sentences.get(k)?;
            self.sentence_subject(r.start, r.end).filter(group).or_else(|| self.plural_group(r.start))
        })
    }

    fn sentence_subject(&self, lo: usize, v: usize) -> Option<usize> {
        let lo = self.after_dateline(lo, v);
        let mut j = lo;
        // "In Paris, the minister said": an opening phrase is passed; "The US officials resort to lies, claiming"
        // opens with its subject.
        let determined_subject = matches!(self.t(lo), "The" | "A" | "An")
            && self.ent_at.get(lo + 1).copied().flatten().is_some_and(|e| self.speaker_kind(e));
        if let Some(comma) = (lo..(lo + 8).min(v)).find(|&k| self.t(k) == ",") {
            if self.ent_at.get(lo).copied().flatten().is_none() && !determined_subject {
                j = comma + 1;
            }
        }
        // "Iranian Foreign Ministry Spokesman Bahram Ghasemi censured": a body before a title is the person's
        // affiliation; it speaks only when no one follows.
        let mut affiliation = None;
        while j < v && j < lo + 12 {
            if let Some(e) = self.ent_at.get(j).copied().flatten() {
                let c = self.ents.get(e)?;
                // "The North's Korean Central News Agency": the possessor is not the subject.
                if matches!(self.t(c.toks.end), "'s" | "\u{2019}s") {
                    j = c.toks.end + 1;
                    continue;
                }
                let title_follows = lexicon::title_role(self.t(c.toks.end)).is_some()
                    || contains_lower(lexicon::TITLE_MODIFIERS, self.t(c.toks.end));
                if c.kind != EntityType::Person && title_follows && c.toks.end > j {
                    affiliation = affiliation.or(self.speaker_kind(e).then_some(e));
                    j = c.toks.end;
                    continue;
                }
                return self.speaker_kind(e).then_some(e).or(affiliation);
            }
            let w = self.t(j);
            let skippable = self.toks.get(j).is_some_and(|t| t.kind == TokenKind::Punct)
                || matches!(w.to_lowercase().as_str(), "the" | "a" | "an")
                || lexicon::title_role(w).is_some()
                // "Representatives Gregory W. Meeks … and Bill Keating …": the first of the people titled together.
                || w.strip_suffix('s').is_some_and(|x| lexicon::title_role(x).is_some())
                || contains_lower(lexicon::TITLE_MODIFIERS, w);
            if !skippable {
                return affiliation;
            }
            j += 1;
        }
        affiliation
    }

    /// The country the text mentions most (countries and nationalities), with one of its mentions.
    fn main_country(&self) -> Option<(usize, String)> {
        let mut counts: std::collections::HashMap<&str, (usize, usize)> = std::collections::HashMap::new();
        let mut first_country: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for (k, c) in self.ents.iter().enumerate() {
            // "Defence Minister Rajnath Singh … in Tashkent, the capital city of Uzbekistan … the defence ministry
            // said": the people the story follows count for their country as much as the places it names.
            let counted = matches!(c.kind, EntityType::Gpe | EntityType::Norp) && c.capital_of.is_none()
                || c.kind == EntityType::Person;
            if counted {
                if let Some(code) = c.code.as_deref() {
                    counts.entry(code).or_insert((0, k)).0 += 1;
                    if c.kind != EntityType::Person {
                        first_country.entry(code).or_insert(k);
                    }
                }
            }
        }
        let (code, _) = counts.into_iter().max_by_key(|(_, (n, k))| (*n, std::cmp::Reverse(*k)))?;
        let k = *first_country.get(code)?;
        Some((k, self.kb.resolve(code, self.date)?.canonical))
    }

    fn speaker_kind(&self, e: usize) -> bool {
        self.ents.get(e).is_some_and(|c| {
            matches!(c.kind, EntityType::Person | EntityType::Org)
                || (c.kind == EntityType::Gpe && c.usage != crate::entities::Usage::Place)
        })
    }

    /// The subject just before a speech verb at `v`, not before `lo`.
    fn subject_before(&self, v: usize, lo: usize) -> Option<Who> {
        let mut j = v;
        let mut steps = 0;
        // "the regional body said": a description of the organisation named before.
        let mut a = v;
        while a > lo && self.adverb_before(a) {
            a -= 1;
        }
        if let Some(the) = (a.saturating_sub(5).max(lo)..a).rev().find(|&k| self.t(k).eq_ignore_ascii_case("the")) {
            if let Some((e, end)) = self.described_body(the) {
                if end == a {
                    return Some(Who::Entity(e));
                }
            }
        }
        // "the minister was quoted as saying": the passive's subject.
        if self.quoted_passive(v) {
            while j > lo && matches!(self.t(j - 1), "was" | "is" | "were") {
                j -= 1;
            }
        }
        while j > lo && steps < 4 {
            j -= 1;
            steps += 1;
            let w = self.t(j);
            // "The Electoral Commission (EC) noted": an acronym in parentheses after the subject.
            if w == ")" && j >= lo + 2 && self.t(j - 2) == "(" {
                j -= 2;
                continue;
            }
            if let Some(e) = self.ent_at.get(j).copied().flatten() {
                // "the foreign minister of India said": the office holder, found through the role phrase.
                let office_of = self.ents.get(e).is_some_and(|c| {
                    c.kind == EntityType::Gpe
                        && c.toks.start >= 2
                        && self.t(c.toks.start - 1) == "of"
                        && lexicon::title_role(self.t(c.toks.start - 2)).is_some()
                });
                // "the US president said": a single office of a country is its holder, found through the role
                // phrase, not the country.
                let single_office = self.ents.get(e).is_some_and(|c| {
                    matches!(c.kind, EntityType::Gpe | EntityType::Norp) && c.toks.end < v && {
                        let words: Vec<String> = (c.toks.end..v).map(|k| self.t(k).to_lowercase()).collect();
                        words
                            .iter()
                            .all(|w| lexicon::title_role(w).is_some() || contains_lower(lexicon::TITLE_MODIFIERS, w))
                            && crate::quotes::office_of(&words).is_some()
                    }
                });
                // "Mumtaz Zahra Baloch, spokesperson of Pakistan MoFA tweeted", "Sayed Akbar Agha, a former Taliban
                // commander said": the person the role is set after.
                let described = self.ents.get(e).and_then(|c| self.apposed_description(c, lo));
                if let Some(p) =
                    described.or_else(|| self.ents.get(e).and_then(|c| self.apposed_person_before(c.toks.start, lo)))
                {
                    return Some(Who::Entity(p));
                }
                // "the Pentagon chief added": the body's head, found through the role phrase, not the body.
                // "the Chinese Foreign Ministry spokesperson emphasized": the spokesperson named before, likewise.
                let body_officer = self.ents.get(e).is_some_and(|c| {
                    let role = self.t(c.toks.end).to_lowercase();
                    let the = c.toks.start > 0 && self.t(c.toks.start - 1).eq_ignore_ascii_case("the");
                    c.kind == EntityType::Org
                        && c.toks.end + 1 == v
                        && (matches!(role.as_str(), "chief" | "head" | "boss") || the && role.starts_with("spokes"))
                });
                if self.speaker_kind(e) && !office_of && !single_office && !body_officer {
                    return Some(Who::Entity(e));
                }
                return None;
            }
            if matches!(w.to_lowercase().as_str(), "he" | "she") {
                return Some(Who::Pronoun(j));
            }
            // "Ukrainian President Volodymyr Zelensky, who called the sanctions "…"": the relative pronoun's
            // antecedent set off before it.
            if w.eq_ignore_ascii_case("who") && j >= lo + 2 && self.t(j - 1) == "," {
                let antecedent =
                    self.ent_at.get(j - 2).copied().flatten().filter(|&e| {
                        self.ents.get(e).is_some_and(|c| c.toks.end + 1 == j && c.kind == EntityType::Person)
                    });
                if let Some(e) = antecedent {
                    return Some(Who::Entity(e));
                }
            }
            // `G7 leaders "…," they said`, "They warned that": the group that is the subject just before.
            if w.eq_ignore_ascii_case("they") {
                return self.they_antecedent(j).map(Who::Entity);
            }
            if w.eq_ignore_ascii_case("it") {
                return Some(Who::It(j));
            }
            // "what the European powers described as": the last countries named together.
            // "The three leaders accused …": people described together only where they open the sentence (not
            // "congratulated the Democrat leaders and said").
            let people = matches!(w, "leaders" | "sides");
            if matches!(w, "nations" | "countries" | "governments" | "powers" | "states" | "allies") || people {
                if let Some(e) = (j.saturating_sub(3).max(lo)..j)
                    .find(|&k| self.t(k).eq_ignore_ascii_case("the"))
                    .filter(|&the| !people || the == lo)
                    .and_then(|the| self.plural_group(the))
                {
                    return Some(Who::Entity(e));
                }
            }
            // "the justices said": the supreme court named last; "the judges said": the court named last.
            if matches!(w, "justices" | "judges") && j > lo && self.t(j - 1).eq_ignore_ascii_case("the") {
                let court = if w == "justices" { "Supreme Court" } else { "Court" };
                return self
                    .ents
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| c.kind == EntityType::Org && c.toks.end < j && c.canonical.contains(court))
                    .filter(|(_, c)| !self.in_quote.get(c.toks.start).copied().unwrap_or(true))
                    .map(|(k, _)| Who::Entity(k))
                    .next_back();
            }
            // "the task force said" (before "force" is taken for a title word): a lowercase phrase inside an organisation's name.
            if contains_lower(lexicon::ORG_SUFFIXES, w)
                && w.chars().next().is_some_and(char::is_lowercase)
                && j > lo
                && self.t(j - 1).chars().all(char::is_lowercase)
                && !matches!(self.t(j - 1), "the" | "a" | "an")
            {
                let phrase = format!("{} {}", self.t(j - 1), w.to_lowercase());
                if let Some(e) = self.org_by_phrase(&phrase, j) {
                    return Some(Who::Entity(e));
                }
            }
            // "Netanyahu sent his condolences to Turkey and said": a name before "and" and the verb is the object of
            // the first predicate, whose subject speaks.
            if w == "and" {
                if let Some(c) =
                    j.checked_sub(1).and_then(|p| self.ent_at.get(p).copied().flatten()).and_then(|e| self.ents.get(e))
                {
                    let first = (c.toks.start.saturating_sub(10).max(lo)..c.toks.start)
                        .rev()
                        .find(|&k| finite_verb(self.t(k)) && !self.in_quote.get(k).copied().unwrap_or(true));
                    return first.and_then(|k| self.subject_before(k, lo));
                }
            }
            // "a Commission spokesperson said", "the ministry said": the body the speaker stands for.
            if lexicon::title_role(w).is_some() || contains_lower(lexicon::TITLE_MODIFIERS, w) {
                continue;
            }
            // "an EU statement said", "a Kremlin statement said": the body the statement comes from.
            if w == "statement" && j > lo {
                if let Some(e) = self.ent_at.get(j - 1).copied().flatten() {
                    if self.speaker_kind(e) {
                        return Some(Who::Entity(e));
                    }
                }
            }
            if contains_lower(lexicon::ORG_SUFFIXES, w) && w.chars().next().is_some_and(char::is_lowercase) {
                let head = w.to_lowercase();
                // "the Russian Foreign Ministry said … The Czech Foreign Ministry published … the ministry added":
                // the body with that head that spoke, not the one only named.
                if let Some(e) = self.spoken_org(&head, j) {
                    return Some(Who::Entity(e));
                }
                return self
                    .ents
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| c.toks.end <= j && c.kind == EntityType::Org)
                    .filter(|(_, c)| c.canonical.to_lowercase().ends_with(&head))
                    .map(|(k, _)| Who::Entity(k))
                    .next_back();
            }
            // "World Central Kitchen -- one of two NGOs spearheading efforts -- said": the subject before a
            // parenthetical set off by dashes.
            // A dash: "--", an em or en dash, or a hyphen set off by a space ("--" may come as two hyphens).
            let dash = |k: usize| {
                let x = self.t(k);
                matches!(x, "--" | "\u{2014}" | "\u{2013}")
                    || x == "-"
                        && (self.toks.get(k).is_some_and(|t| t.space_before)
                            || k > 0 && self.t(k - 1) == "-"
                            || self.t(k + 1) == "-")
            };
            if dash(j) {
                let mut close = j;
                while close > lo && dash(close - 1) {
                    close -= 1;
                }
                let open = (close.saturating_sub(24).max(lo)..close).rev().find(|&k| dash(k));
                if let Some(mut open) = open {
                    while open > lo && dash(open - 1) {
                        open -= 1;
                    }
                    if let Some(e) = open.checked_sub(1).and_then(|p| self.ent_at.get(p).copied().flatten()) {
                        if self.speaker_kind(e) {
                            return Some(Who::Entity(e));
                        }
                    }
                }
                return None;
            }
            // "Trump, in a walk with Kim around the grounds, told reporters": the subject before the
            // parenthetical.
            if w == "," {
                // "the deputy secretary-general of the party, Rubens Mikindo, said": a name in apposition.
                let apposed = j.checked_sub(1).and_then(|p| self.ent_at.get(p).copied().flatten()).filter(|&e| {
                    self.ents.get(e).is_some_and(|c| {
                        c.kind == EntityType::Person && c.toks.start > lo && self.t(c.toks.start - 1) == ","
                    })
                });
                if let Some(e) = apposed {
                    return Some(Who::Entity(e));
                }
                let mut b = j;
                while b > lo && self.t(b - 1) != "," && j - b < 14 {
                    b -= 1;
                }
                if b > lo && self.t(b - 1) == "," {
                    // "The bloc, consisting of Canada, France, …, and the United States, promised": the items of a
                    // list inside the parenthetical are not its subject; the phrase before its first comma is.
                    let list_item = |e: usize| {
                        self.ents.get(e).is_some_and(|c| {
                            let s = if c.toks.start > lo && self.t(c.toks.start - 1).eq_ignore_ascii_case("the") {
                                c.toks.start - 1
                            } else {
                                c.toks.start
                            };
                            s > lo && matches!(self.t(s - 1), "," | "and" | "or")
                        })
                    };
                    let mut comma = b - 1;
                    if self.ent_at.get(b - 2).copied().flatten().is_some_and(list_item) {
                        if let Some(first) = (j.saturating_sub(40).max(lo + 1)..b - 1).find(|&k| self.t(k) == ",") {
                            comma = first;
                        }
                    }
                    if let Some(e) = comma.checked_sub(1).and_then(|p| self.ent_at.get(p).copied().flatten()) {
                        // "the Ministry of Foreign Affairs of the Russian Federation, in an official statement, said".
                        if self.speaker_kind(e) && !list_item(e) {
                            return Some(Who::Entity(e));
                        }
                    }
                    // "The bloc, consisting of …, promised": a description of the body named before.
                    let described = (comma.saturating_sub(3).max(lo)..comma)
                        .filter_map(|the| self.described_body(the))
                        .find(|&(_, end)| end == comma);
                    if let Some((e, _)) = described {
                        return Some(Who::Entity(e));
                    }
                }
                return None;
            }
            if matches!(
                w,
                "also"
                    | "has"
                    | "had"
                    | "have"
                    | "later"
                    | "then"
                    | "again"
                    | "further"
                    | "previously"
                    | "earlier"
                    | "repeatedly"
                    | "publicly"
                    | "once"
                    | "recently"
                    | "would"
                    | "will"
                    | "reportedly"
            ) || self.adverb_before(j + 1)
            {
                continue;
            }
            return None;
        }
        None
    }

    /// `"…," Sultan said`: a single capitalised word between the closing mark at `close` and the verb at `v` that
    /// the entity recogniser left out (a surname that is also a title or a common word) names the speaker. Returns
    /// its token and the person named before with that last name, or the word itself.
    fn bare_name(&self, close: usize, v: usize) -> Option<(usize, Named)> {
        let tok = v.checked_sub(1).filter(|&t| t > close && self.t(t - 1) == "," || t == close + 1)?;
        let w = self.t(tok);
        let word = self.toks.get(tok).is_some_and(|t| t.kind == TokenKind::Word);
        if !word
            || !w.chars().next().is_some_and(char::is_uppercase)
            || self.ent_at.get(tok).copied().flatten().is_some()
            || matches!(w, "He" | "She" | "It" | "They" | "We" | "I" | "The" | "This" | "That" | "Officials" | "Police")
        {
            return None;
        }
        let known = self
            .ents
            .iter()
            .enumerate()
            .filter(|(_, c)| c.kind == EntityType::Person && c.toks.end <= close)
            .filter(|(_, c)| {
                let folded = fold_accents(w);
                let same = |x: Option<&str>| x.is_some_and(|x| fold_accents(x) == folded);
                // "Atak said" after "Albino Atak Akol": any part of the full name.
                c.canonical.split(' ').any(|part| same(Some(part)))
            })
            .map(|(k, _)| k)
            .next_back();
        Some((tok, (known, known.is_none().then(|| w.to_string()))))
    }

    /// A paragraph that opens with "He"/"She" or "The <title>" ("The humanitarian minister reiterates …"), quotes
    /// nothing and names no person: it goes on about the one quoted just before.
    fn about_speaker(&self, para: &Range<usize>) -> bool {
        let quoted = para.clone().any(|i| self.in_quote.get(i).copied().unwrap_or(true));
        let names_person = para.clone().any(|i| {
            self.ent_at
                .get(i)
                .copied()
                .flatten()
                .and_then(|e| self.ents.get(e))
                .is_some_and(|c| c.kind == EntityType::Person)
        });
        if quoted || names_person || para.is_empty() {
            return false;
        }
        let first = self.t(para.start);
        if matches!(first, "He" | "She") {
            return true;
        }
        first == "The"
            && (para.start + 1..(para.start + 4).min(para.end))
                .take_while(|&j| {
                    self.t(j).chars().all(char::is_lowercase) && self.ent_at.get(j).copied().flatten().is_none()
                })
                .any(|j| lexicon::title_role(self.t(j)).is_some())
    }

    /// "NDTV quoted him as saying", "Reuters quoted Lavrov as saying": the one quoted is the speaker, not the outlet.
    fn quoted_as(&self, v: usize) -> Option<Who> {
        if !matches!(self.t(v), "quoted" | "quotes" | "quoting") {
            return None;
        }
        if matches!(self.t(v + 1).to_lowercase().as_str(), "him" | "her") && self.t(v + 2) == "as" {
            return Some(Who::Pronoun(v + 1));
        }
        // "quoted Vladimir Putin's spokesman Dimitry Peskov as saying": the name right before "as", past a
        // possessor and a title.
        // "quoted a spokesman for the General Staff of the Korean People's Army (KPA) as saying": the body named
        // last, past its acronym, for its unnamed spokesman.
        let as_at = (v + 2..v + 18).find(|&k| matches!(self.t(k), "as" | "," | "." | ";" | "\""))?;
        if self.t(as_at) != "as" {
            return None;
        }
        let mut last = as_at - 1;
        if self.t(last) == ")" && last >= v + 4 && self.t(last - 2) == "(" {
            last -= 3;
        }
        let e = self.ent_at.get(last).copied().flatten()?;
        self.speaker_kind(e).then_some(Who::Entity(e))
    }

    /// "said a Foreign Ministry spokesman, Wang Wenbin": the person set off by a comma after a role phrase that
    /// follows the verb at `v`.
    fn appositive_person_after(&self, v: usize, hi: usize) -> Option<usize> {
        if !matches!(self.t(v + 1).to_lowercase().as_str(), "a" | "an" | "the") {
            return None;
        }
        let comma = (v + 2..hi.min(v + 9)).find(|&k| self.t(k) == ",")?;
        let role = self.t(comma - 1);
        if lexicon::title_role(role).is_none() && !person_noun(role) {
            return None;
        }
        let p = self.ent_at.get(comma + 1).copied().flatten()?;
        self.ents.get(p).is_some_and(|c| c.kind == EntityType::Person).then_some(p)
    }

    /// `"…," Andrei Isayev, first deputy head of the party in the State Duma, told journalists`: a person named
    /// right after the closing mark at `close`, set off by commas, before a speech verb. Returns the person and the
    /// verb.
    fn name_apposition_verb(&self, close: usize, hi: usize) -> Option<(usize, usize)> {
        let mut at = close + 1;
        if self.t(at) == "," {
            at += 1;
        }
        let e = self.ent_at.get(at).copied().flatten()?;
        let c = self.ents.get(e).filter(|c| c.kind == EntityType::Person && c.toks.start == at)?;
        if self.t(c.toks.end) != "," {
            return None;
        }
        let stop = |k: usize| matches!(self.t(k), "." | ";" | ":" | "\"" | "\u{201c}" | "\u{201d}");
        let comma = (c.toks.end + 1..hi.min(c.toks.end + 30)).take_while(|&k| !stop(k)).find(|&k| self.t(k) == ",");
        // `"…," Sami Yousafzai, a freelance journalist in Pakistan said.`: an apposition closed by the verb itself.
        let Some(comma) = comma else {
            if !matches!(self.t(c.toks.end + 1), "a" | "an" | "the") {
                return None;
            }
            let v = (c.toks.end + 2..hi.min(c.toks.end + 14))
                .take_while(|&k| !stop(k))
                .find(|&k| self.is_speech_verb(k))?;
            let next = self.t(v + 1);
            let ends = v + 1 >= hi
                || matches!(next, "." | "," | "on" | "in" | "at" | "during" | "after" | "late" | "earlier" | "last")
                || lexicon::weekday_number(next).is_some()
                || matches!(self.t(v), "told" | "tells");
            return ends.then_some((e, v));
        };
        let mut v = comma + 1;
        while v < hi && v < comma + 3 && self.adverb_before(v + 1) && !self.is_speech_verb(v) {
            v += 1;
        }
        (v < hi && self.is_speech_verb(v) && !self.in_quote.get(v).copied().unwrap_or(true)).then_some((e, v))
    }

    /// The speaker named just after a post-posed verb ("said Blinken", "said Foreign Minister Cho").
    fn subject_after(&self, v: usize, hi: usize) -> Option<Who> {
        // "…," a diplomat told Reuters: who is told is the listener, not the speaker.
        if matches!(self.t(v).to_lowercase().as_str(), "told" | "tells" | "tell" | "telling") {
            return None;
        }
        // "…," the president said of North Korea: what "of" or "about" governs is the topic.
        if matches!(self.t(v + 1), "of" | "about") {
            return None;
        }
        if let Some(p) = self.appositive_person_after(v, hi) {
            return Some(Who::Entity(p));
        }
        if let Some(e) = self.definite_after(v).or_else(|| self.body_after(v)).or_else(|| self.document_after(v)) {
            return Some(Who::Entity(e));
        }
        let mut j = v + 1;
        // Inside an office's long name ("EU High Representative of the Union for Foreign Affairs and Security
        // Policy Josep Borrell"), bodies and connectors go on to the person.
        let mut in_title = false;
        let mut office_body = None;
        let sentence_end = self.sent_of.get(v).and_then(|x| self.sentences.get(*x)).map_or(hi, |r| r.end);
        while j < if in_title { sentence_end.min(v + 16) } else { hi.min(v + 9) } {
            if let Some(e) = self.ent_at.get(j).copied().flatten() {
                // "said Los Angeles Fire Department Chief Kristin Crowley", "stated French President Emmanuel
                // Macron": a country, nationality or body before a title names the person's affiliation.
                let c = self.ents.get(e)?;
                let after = self.t(c.toks.end);
                let title_follows = lexicon::title_role(after).is_some()
                    || contains_lower(lexicon::TITLE_MODIFIERS, after)
                    || contains_lower(lexicon::ORG_SUFFIXES, after)
                    || self.ent_at.get(c.toks.end).copied().flatten().is_some()
                    // "EU High Representative": a capitalised word before the title.
                    || after.chars().next().is_some_and(char::is_uppercase)
                        && lexicon::title_role(self.t(c.toks.end + 1)).is_some();
                if c.kind != EntityType::Person && title_follows && c.toks.end > j {
                    j = c.toks.end;
                    continue;
                }
                let goes_on = matches!(after, "for" | "and" | "of")
                    && self.t(c.toks.end + 1).chars().next().is_some_and(char::is_uppercase);
                if c.kind != EntityType::Person && in_title && goes_on && c.toks.end > j {
                    office_body = office_body.or(self.speaker_kind(e).then_some(e));
                    j = c.toks.end;
                    continue;
                }
                // "said secretary-general of Sant'Egidio, Paolo Impagliazzo": the person after the body's comma.
                let person_after_comma = self
                    .ent_at
                    .get(c.toks.end + 1)
                    .copied()
                    .flatten()
                    .filter(|p| self.ents.get(*p).is_some_and(|p| p.kind == EntityType::Person));
                if let (true, ",", Some(p)) = (c.kind != EntityType::Person, after, person_after_comma) {
                    return Some(Who::Entity(p));
                }
                return self.speaker_kind(e).then_some(Who::Entity(e));
            }
            let connector = in_title && matches!(self.t(j), "of" | "for" | "and" | "the");
            if j >= v + 5 && !self.t(j).chars().next().is_some_and(char::is_uppercase) && !connector {
                return office_body.map(Who::Entity);
            }
            let w = self.t(j);
            // "said commission president Bakary Fofana", "said the head of the party": a body noun before a
            // title and the words of an office's "of" phrase.
            let before_title = lexicon::title_role(self.t(j + 1)).is_some() && w.chars().all(char::is_lowercase);
            // "said a Foreign Ministry spokesman, Wang Wenbin" is found above; "said a Foreign Ministry spokesman
            // Wang Wenbin" here.
            if matches!(w, "of" | "the") && j > v + 1
                || matches!(w, "a" | "an") && j == v + 1
                || before_title
                || connector
            {
                j += 1;
                continue;
            }
            // "says North East Head Coach Khalid Jamil": affiliations and titles before the name.
            if lexicon::title_role(w).is_some()
                || w == "PM"
                || contains_lower(lexicon::TITLE_MODIFIERS, w)
                || w.chars().next().is_some_and(char::is_uppercase)
                    && (!contains_lower(lexicon::NOT_NAMES, w) || lexicon::title_role(self.t(j + 1)).is_some())
            {
                in_title |= lexicon::title_role(w).is_some() || w == "PM";
                j += 1;
                continue;
            }
            return office_body.map(Who::Entity);
        }
        office_body.map(Who::Entity)
    }

    /// Whether `speaker` is a body whose unnamed spokesperson or official speaks at verb `v` ("a Commission
    /// spokesperson said"): a later "he said" goes back to that person, who speaks for the body.
    fn speaks_for(&self, speaker: Option<usize>, v: usize) -> bool {
        let Some(c) = speaker.and_then(|e| self.ents.get(e)) else { return false };
        c.kind != EntityType::Person
            && c.toks.end < v
            && v - c.toks.end <= 4
            && (c.toks.end..v).any(|k| lexicon::title_role(self.t(k)).is_some())
    }

    /// The person right before a quote whose words it gives: "comments by President X "…"", "the words of X".
    fn words_by(&self, lo: usize, open: usize) -> Option<usize> {
        let e = self.ent_at.get(open.checked_sub(1)?).copied().flatten()?;
        let c = self.ents.get(e).filter(|c| c.kind == EntityType::Person)?;
        let mut j = c.toks.start;
        while j > lo
            && (lexicon::title_role(self.t(j - 1)).is_some() || self.ent_at.get(j - 1).copied().flatten().is_some())
        {
            j -= 1;
        }
        let words = matches!(
            self.t(j.checked_sub(2)?).to_lowercase().as_str(),
            "comments" | "comment" | "remarks" | "words" | "statement" | "statements" | "assertion" | "pledge"
        );
        (j >= lo + 2 && matches!(self.t(j - 1), "by" | "of") && words).then_some(e)
    }

    /// "US President Joe Biden's claim that China's 'difficult economic problem' …": the person whose claim,
    /// remark or warning the clause holding the quote gives.
    fn claim_of(&self, lo: usize, open: usize) -> Option<usize> {
        (lo..open).rev().find_map(|j| {
            let e = self.ent_at.get(j).copied().flatten()?;
            let c = self.ents.get(e).filter(|c| c.kind == EntityType::Person && c.toks.end == j + 1)?;
            let noun = self.t(c.toks.end + 1).to_lowercase();
            // "President Donald Trump's proclamation on targeting vessels that "threaten …"": the words of the
            // claim may come later in its clause.
            let claim = matches!(self.t(c.toks.end), "'s" | "\u{2019}s")
                && matches!(
                    noun.as_str(),
                    "claim"
                        | "claims"
                        | "comments"
                        | "remarks"
                        | "assertion"
                        | "warning"
                        | "statement"
                        | "accusation"
                        | "proclamation"
                        | "declaration"
                        | "pledge"
                        | "promise"
                        | "vow"
                        | "threat"
                        | "speech"
                        | "words"
                        | "description"
                )
                && c.toks.end + 2 < open
                && open - c.toks.end <= 14
                // "… said Stoltenberg's statement did not "correspond to reality"": the claim is talked about.
                && (c.toks.end + 2..open).all(|k| {
                    !matches!(
                        self.t(k),
                        "," | ";"
                            | ":"
                            | "."
                            | "said"
                            | "says"
                            | "did"
                            | "does"
                            | "do"
                            | "was"
                            | "is"
                            | "were"
                            | "are"
                            | "not"
                            | "has"
                            | "had"
                            | "have"
                            | "will"
                            | "would"
                            | "could"
                            | "can"
                    )
                });
            claim.then_some(e)
        })
    }

    /// The verb right before the quote opening at `open` whose object the quoted words are: "demanded "…"",
    /// "said that "…"", "described it as "…"".
    fn governing_verb(&self, lo: usize, open: usize) -> Option<usize> {
        // "described the group's visit as '…'", "called the move a '…'": a verb of naming with its object between.
        if matches!(self.t(open.checked_sub(1)?), "as" | "a" | "an") {
            let naming = (open.saturating_sub(9).max(lo)..open - 1).rev().find(|&v| {
                matches!(self.t(v), "described" | "describes" | "describing" | "called" | "calls" | "calling")
                    || contains_lower(DEMAND_VERBS, self.t(v)) && !self.t(v).starts_with("demand")
            });
            let clause = |v: usize| (v + 1..open - 1).all(|k| !matches!(self.t(k), "," | ";" | ":" | "." | "and"));
            if let Some(v) = naming.filter(|&v| clause(v) && !self.in_quote.get(v).copied().unwrap_or(true)) {
                return Some(v);
            }
        }
        let mut v = open;
        while v > lo && open - v <= 3 {
            v -= 1;
            let w = self.t(v);
            // "…, stating, "…"": a participle's subject is the sentence's, found by the usual order.
            let participle = w.ends_with("ing") && v > lo && self.t(v - 1) == ",";
            if self.is_speech_verb(v)
                || contains_lower(DEMAND_VERBS, w) && !self.in_quote.get(v).copied().unwrap_or(true)
            {
                return (!participle).then_some(v);
            }
            if !matches!(
                w,
                "," | ":" | "that" | "as" | "it" | "them" | "this" | "for" | "of" | "with" | "the" | "a" | "an"
            ) {
                return None;
            }
        }
        None
    }

    /// "The statement as released by the Ministry of Health over the weekend read": the document opening the
    /// sentence of the verb at `v` as its subject.
    fn document_subject(&self, v: usize) -> Option<usize> {
        let s0 = self.sent_of.get(v).and_then(|x| self.sentences.get(*x)).map(|r| r.start)?;
        (s0..(s0 + 3).min(v)).find(|&k| is_document(self.t(k)) && v - k <= 14)
    }

    fn is_speech_verb(&self, i: usize) -> bool {
        // "the joint statement read": a document reads.
        let document_reads = matches!(self.t(i), "read" | "reads")
            && i > 0
            && (matches!(self.t(i - 1), "statement" | "communique" | "declaration" | "letter" | "message" | "tweet")
                || self.document_subject(i).is_some()
                // "…," reads the statement.
                || self.t(i + 1).eq_ignore_ascii_case("the") && is_document(self.t(i + 2)));
        // "the United States": a word of a name is never a verb.
        let in_name = self.ent_at.get(i).copied().flatten().is_some();
        // "pointed out that", "made the remarks": phrases that report speech.
        let phrase = matches!(self.t(i), "pointed" | "points" | "pointing") && self.t(i + 1) == "out"
            || matches!(self.t(i), "made" | "makes" | "making")
                && matches!(self.t(i + 1), "the" | "these" | "his" | "her" | "its")
                && matches!(self.t(i + 2), "remarks" | "comments" | "statement");
        (contains_lower(lexicon::SPEECH_VERBS, self.t(i)) || document_reads || self.quoted_passive(i) || phrase)
            && !self.in_quote.get(i).copied().unwrap_or(false)
            && !in_name
    }

    /// "the Kremlin press service reported that … '…'": a body (not an outlet, which only relays) reporting what
    /// was said speaks for it, when no other speech verb stands between its report and the quote.
    fn body_reports(&self, v: usize, lo: usize, open: usize) -> bool {
        matches!(self.t(v), "reports" | "reported")
            && matches!(self.t(v + 1), "that" | ":")
            && v > lo
            && !matches!(self.t(v - 1), "was" | "is" | "were" | "are" | "been" | "be")
            && !self.in_quote.get(v).copied().unwrap_or(true)
            && (v + 1..open).all(|k| !self.is_speech_verb(k))
            && {
                let speaking_body =
                    |e: usize| self.ents.get(e).is_some_and(|c| c.kind != EntityType::Person && !is_outlet(c));
                match self.subject_before(v, lo) {
                    Some(Who::Entity(e)) => speaking_body(e),
                    Some(_) => false,
                    None => self.role_subject(v, lo).is_some_and(|r| speaking_body(r.body)),
                }
            }
    }

    /// "The Defense Minister reported to the President that NATO troops "are approaching …"": a person reporting
    /// what follows "that" speaks the quotation in it.
    fn person_reports(&self, v: usize, lo: usize, open: usize) -> bool {
        matches!(self.t(v), "reported" | "reports" | "informed" | "briefed")
            && v > lo
            && !self.in_quote.get(v).copied().unwrap_or(true)
            && (v + 1..(v + 6).min(open)).any(|k| self.t(k) == "that")
            && (v + 1..open).all(|k| !self.is_speech_verb(k))
            && (matches!(self.subject_before(v, lo), Some(Who::Entity(e))
                if self.ents.get(e).is_some_and(|c| c.kind == EntityType::Person))
                || self.described_person(v, lo).is_some_and(|(_, the)| the == lo))
    }

    /// "was quoted as saying", "was cited as saying": a passive whose subject is the speaker.
    fn quoted_passive(&self, i: usize) -> bool {
        self.t(i) == "quoted" || self.t(i) == "cited" && self.t(i + 1) == "as" && self.t(i + 2) == "saying"
    }

    /// "according to a statement from the Iranian foreign ministry": a nationality or country before a
    /// ministry, government or military names the country that speaks.
    fn according_to_body(&self, range: Range<usize>) -> Option<String> {
        let i = range.clone().find(|&i| self.t(i).eq_ignore_ascii_case("according") && self.t(i + 1) == "to")?;
        let end = range.end.min(i + 10);
        let e = (i + 2..end).find_map(|j| self.ent_at.get(j).copied().flatten())?;
        let c = self.ents.get(e)?;
        if !matches!(c.kind, EntityType::Norp | EntityType::Gpe) || c.code.is_none() {
            return None;
        }
        let body_follows = (c.toks.end..(c.toks.end + 3).min(end)).any(|k| {
            matches!(
                self.t(k).to_lowercase().as_str(),
                "ministry" | "government" | "military" | "embassy" | "authorities" | "officials" | "army"
            )
        });
        if !body_follows {
            return None;
        }
        self.kb.resolve(&c.canonical, self.date).map(|r| r.canonical)
    }

    fn according_to(&self, range: Range<usize>) -> Option<usize> {
        for i in range.clone() {
            if self.t(i).eq_ignore_ascii_case("according") && self.t(i + 1) == "to" {
                // "citing a statement by Egyptian military spokesman X … according to the statement": its issuer.
                if self.t(i + 2).eq_ignore_ascii_case("the") && is_document(self.t(i + 3)) {
                    if let Some(body) = self.statement_issuer(i, self.t(i + 3)) {
                        return Some(body);
                    }
                }
                let mut j = i + 2;
                while j < range.end && j < i + 8 {
                    if let Some(e) = self.ent_at.get(j).copied().flatten() {
                        // "according to AP, quoting the sanctions list": the outlet only relays the words.
                        let relay = self.ents.get(e).is_some_and(|c| {
                            c.role.as_deref() == Some("MED")
                                && self.t(c.toks.end) == ","
                                && self.t(c.toks.end + 1).eq_ignore_ascii_case("quoting")
                        });
                        // "…," the North's state news said, according to Reuters: the outlet relays a speaker.
                        // "Turkey's Foreign Ministry summoned … in protest against the "…", according to Anadolu
                        // Agency": the outlet relays the words of the sentence's subject.
                        let outlet = self.ents.get(e).is_some_and(is_outlet);
                        let relays_speaker = outlet
                            && ((i.saturating_sub(8)..i).any(|v| self.is_speech_verb(v))
                                || self.acting_subject(i).is_some_and(|x| x != e));
                        if relay {
                            // "according to Reuters, quoting Deputy UN spokesman Farhan Haq as saying": the one
                            // the outlet quotes.
                            let from = self.ents.get(e).map_or(j, |c| c.toks.end + 2);
                            let quoted: Vec<usize> = (from..(from + 8).min(range.end + 8))
                                .take_while(|&k| !matches!(self.t(k), "," | "." | ";" | "\"" | "as"))
                                .filter_map(|k| self.ent_at.get(k).copied().flatten())
                                .collect();
                            return quoted
                                .iter()
                                .copied()
                                .find(|&q| self.ents.get(q).is_some_and(|c| c.kind == EntityType::Person))
                                .or_else(|| quoted.iter().copied().find(|&q| self.speaker_kind(q)));
                        }
                        if relays_speaker {
                            return None;
                        }
                        if self.speaker_kind(e) {
                            return Some(e);
                        }
                    }
                    j += 1;
                }
                if let Some(e) = self.titled_before(i + 2, i) {
                    return Some(e);
                }
            }
        }
        None
    }

    /// The speaker opening the sentence of token `at` as its subject, when it is no outlet: the one who acts in
    /// "The ministry on Monday summoned the ambassador …, according to Anadolu Agency".
    fn acting_subject(&self, at: usize) -> Option<usize> {
        let s0 = self.sent_of.get(at).and_then(|x| self.sentences.get(*x)).map(|r| r.start)?;
        let e = self.sentence_subject(s0, at)?;
        let c = self.ents.get(e)?;
        (self.speaker_kind(e) && !is_outlet(c) && c.toks.start < at).then_some(e)
    }

    /// "according to the Prime Minister": the person last named with that title ("the Prime Minister of the
    /// Czech Republic Andrew Babish", "Prime Minister X").
    fn titled_before(&self, at: usize, before: usize) -> Option<usize> {
        if !self.t(at).eq_ignore_ascii_case("the") {
            return None;
        }
        let title: Vec<String> = (at + 1..at + 5)
            .map(|j| self.t(j))
            .take_while(|w| lexicon::title_role(w).is_some() || contains_lower(lexicon::TITLE_MODIFIERS, w))
            .map(str::to_lowercase)
            .collect();
        if !title.iter().any(|w| lexicon::title_role(w).is_some()) {
            return None;
        }
        let titled = |c: &Candidate| {
            let lo = c.toks.start.saturating_sub(8);
            (lo..c.toks.start).any(|j| {
                title.iter().enumerate().all(|(n, w)| self.t(j + n).to_lowercase() == *w)
                    && j + title.len() <= c.toks.start
            })
        };
        self.ents
            .iter()
            .enumerate()
            .filter(|(_, c)| c.kind == EntityType::Person && c.toks.end <= before && titled(c))
            .map(|(k, _)| k)
            .next_back()
    }
}

struct Speech {
    pos: usize,
    entity: usize,
}

/// Attributes direct quotes and finds reported speech; returns quotes with their infos.
pub(crate) fn attribute(qc: &QuoteCtx, spans: &[Span]) -> Vec<(Quote, QuoteInfo)> {
    // Named speakers of speech verbs outside quotes, for pronouns.
    let mut speeches: Vec<Speech> = Vec::new();
    // Organisations and governments that speak or open their sentence as its subject, for "it said".
    let mut bodies: Vec<(usize, usize)> = Vec::new();
    for v in 0..qc.toks.len() {
        if !qc.is_speech_verb(v) {
            continue;
        }
        let lo = qc.sent_of.get(v).and_then(|s| qc.sentences.get(*s)).map(|r| r.start).unwrap_or(0);
        if let Some(Who::Entity(e)) = qc.subject_before(v, lo) {
            if qc.ents.get(e).is_some_and(|c| c.kind == EntityType::Person) {
                speeches.push(Speech { pos: v, entity: e });
            } else {
                bodies.push((v, e));
            }
        }
    }
    for r in qc.sentences {
        if let Some(e) = qc.sentence_subject(r.start, r.end) {
            let body = qc.ents.get(e).is_some_and(|c| c.kind != EntityType::Person);
            if body && !qc.in_quote.get(qc.ents.get(e).map_or(0, |c| c.toks.start)).copied().unwrap_or(true) {
                bodies.push((r.start, e));
            }
        }
    }
    // "with Israeli Foreign Minister Gideon Sa'ar", "by UK Foreign Secretary Jeremy Hunt": before the title.
    let object_of_preposition = |c: &Candidate| {
        let first = qc.title_before(c.toks.start, false).last().unwrap_or(c.toks.start);
        first.checked_sub(1).is_some_and(|b| {
            matches!(
                qc.t(b).to_lowercase().as_str(),
                "of" | "by" | "with" | "to" | "for" | "from" | "against" | "about" | "regarding"
            )
        })
    };
    // Like `object_of_preposition`, but "the Foreign Minister of Belarus Uladzimir Mackei" is not governed by
    // the "of" inside its own title.
    let governed_name = |c: &Candidate| {
        let first = qc.title_before(c.toks.start, false).last().unwrap_or(c.toks.start);
        first.checked_sub(1).is_some_and(|b| match qc.t(b).to_lowercase().as_str() {
            "of" => !(b > 0 && lexicon::title_role(qc.t(b - 1)).is_some()),
            w => matches!(w, "by" | "with" | "to" | "for" | "from" | "against" | "about" | "regarding"),
        })
    };
    // "It was Zarif's first interview since US President Donald Trump walked out …": the subject of a subordinate
    // clause is not the one the text goes on about.
    let subordinate = |c: &Candidate| {
        let mut first = qc.title_before(c.toks.start, false).last().unwrap_or(c.toks.start);
        if let Some(n) =
            first.checked_sub(1).and_then(|b| qc.ent_at.get(b).copied().flatten()).and_then(|e| qc.ents.get(e))
        {
            if matches!(n.kind, EntityType::Gpe | EntityType::Norp) {
                first = n.toks.start;
            }
        }
        first.checked_sub(1).is_some_and(|b| {
            matches!(
                qc.t(b).to_lowercase().as_str(),
                "since" | "after" | "when" | "before" | "because" | "until" | "while" | "although" | "though" | "once"
            )
        })
    };
    // People who open their sentence as its subject ("President Rodrigo Duterte earlier issued …"), for pronouns.
    let subjects: Vec<(usize, usize)> = qc
        .ents
        .iter()
        .enumerate()
        .filter(|(_, c)| c.kind == EntityType::Person && !qc.in_quote.get(c.toks.start).copied().unwrap_or(false))
        .filter(|(_, c)| {
            let s0 = qc.sent_of.get(c.toks.start).and_then(|s| qc.sentences.get(*s)).map(|r| r.start).unwrap_or(0);
            c.toks.start - s0 <= 6
                && (s0..c.toks.start).all(|j| {
                    let w = qc.t(j);
                    qc.toks.get(j).is_some_and(|t| t.kind == TokenKind::Punct)
                        || w.chars().next().is_some_and(char::is_uppercase)
                        || lexicon::title_role(w).is_some()
                        || contains_lower(lexicon::TITLE_MODIFIERS, w)
                })
                && !matches!(qc.t(c.toks.end), "'s" | "\u{2019}s")
                // "On February 11 during the summit in Minsk the Foreign Minister Uladzimir Mackei reported …":
                // a name right before a finite verb is its sentence's subject however late it stands.
                || finite_verb(qc.t(c.toks.end)) && !governed_name(c) && !subordinate(c)
        })
        .map(|(k, c)| (c.toks.start, k))
        .collect();
    let possessor = |c: &Candidate| matches!(qc.t(c.toks.end), "'s" | "\u{2019}s");
    let last_person_before = |pos: usize| -> Option<usize> {
        let people = || {
            qc.ents
                .iter()
                .enumerate()
                .filter(|(_, c)| c.kind == EntityType::Person && c.toks.end <= pos)
                .filter(|(_, c)| !qc.in_quote.get(c.toks.start).copied().unwrap_or(false))
        };
        people()
            .filter(|(_, c)| !object_of_preposition(c))
            .map(|(k, _)| k)
            .next_back()
            .or_else(|| people().map(|(k, _)| k).next_back())
    };
    let mut out: Vec<(Quote, QuoteInfo)> = Vec::new();
    let mut spans_of: Vec<usize> = Vec::new();
    let mut attributed: Vec<(usize, usize)> = Vec::new();
    // Speakers found through role phrases, by the position of their speech verb.
    let mut roles_said: Vec<(usize, Option<usize>, Option<String>)> = Vec::new();
    let role_speaker = |r: &RoleSubject| -> (Option<usize>, Option<String>) {
        match &r.holder {
            Some(name) => (None, Some(name.clone())),
            None => (Some(r.body), None),
        }
    };
    let resolve = |who: Who, attributed: &[(usize, usize)], quoted: &str| -> Option<usize> {
        match who {
            Who::Entity(e) => Some(e),
            Who::Pronoun(p) => {
                // "a speech by Rouhani in which he warned": after a relative word, the agent ("by X") of the
                // thing it refers to ("a phone call to Modi during which he" is the caller's, not Modi's).
                let relative = p >= 2
                    && matches!(qc.t(p - 1), "which" | "whom")
                    && matches!(qc.t(p - 2), "in" | "during" | "at" | "with" | "on");
                if relative {
                    let named = qc
                        .ents
                        .iter()
                        .enumerate()
                        .filter(|(_, c)| c.kind == EntityType::Person && c.toks.end + 10 >= p && c.toks.end <= p - 2)
                        .rfind(|(_, c)| !qc.in_quote.get(c.toks.start).copied().unwrap_or(true))
                        .filter(|(_, c)| c.toks.start > 0 && qc.t(c.toks.start - 1) == "by")
                        .map(|(k, _)| k);
                    if named.is_some() {
                        return named;
                    }
                }
                // The latest speaker, quoted person or sentence subject before the pronoun; "she" prefers women
                // and "he" passes over them.
                let she = matches!(qc.t(p).to_lowercase().as_str(), "she" | "her");
                let options: Vec<(usize, usize)> = speeches
                    .iter()
                    .map(|s| (s.pos, s.entity))
                    .chain(attributed.iter().copied())
                    .chain(subjects.iter().copied())
                    .filter(|(pos, e)| *pos < p && qc.ents.get(*e).is_some_and(|c| c.kind == EntityType::Person))
                    // A speaker does not name himself in his own words: "Mathias (Coureur) is one of …," he said.
                    .filter(|(_, e)| !named_in(qc, *e, quoted))
                    .collect();
                let latest = |fits: &dyn Fn(usize) -> bool| {
                    options.iter().filter(|(_, e)| fits(*e)).max_by_key(|(pos, _)| *pos).map(|(_, e)| *e)
                };
                // "She" goes to the latest woman who spoke or was named as a subject ("Maria Zakharova, a foreign
                // ministry spokesman, dismissed …"), else to any woman named before ("her accusations … from
                // Theresa May"), rather than to a man who spoke.
                let women = |as_subject: bool| {
                    qc.ents
                        .iter()
                        .enumerate()
                        .filter(|(k, c)| c.kind == EntityType::Person && c.toks.end <= p && female(qc, *k))
                        .filter(|(_, c)| !qc.in_quote.get(c.toks.start).copied().unwrap_or(true))
                        .filter(|(k, _)| !named_in(qc, *k, quoted))
                        .filter(move |(_, c)| !as_subject || !object_of_preposition(c) && !possessor(c))
                        .map(|(k, c)| (c.toks.start, k))
                        .next_back()
                };
                let gendered = options
                    .iter()
                    .filter(|(_, e)| female(qc, *e) == she)
                    .copied()
                    .chain(women(true).filter(|_| she))
                    .max_by_key(|(pos, _)| *pos)
                    .map(|(_, e)| e);
                gendered
                    .or_else(|| women(false).filter(|_| she).map(|(_, e)| e))
                    .or_else(|| latest(&|_| true))
                    .or_else(|| last_person_before(p))
            }
            // The latest organisation or government quoted, speaking or opening its sentence ("Russia's Foreign
            // Ministry on Friday accused the US Embassy … "…," it said").
            // "… according to the statement. It added that …": the statement named in the sentence before speaks
            // on, through its issuer.
            Who::It(p) => {
                let sent = qc.sent_of.get(p).copied().unwrap_or(0);
                let lo = sent.checked_sub(1).and_then(|x| qc.sentences.get(x)).map_or(p, |r| r.start);
                let issuer = (lo..p)
                    .rev()
                    .find(|&k| is_document(qc.t(k)) && !qc.in_quote.get(k).copied().unwrap_or(true))
                    .and_then(|k| qc.statement_issuer(k + 1, qc.t(k)));
                issuer.or_else(|| {
                    attributed
                        .iter()
                        .copied()
                        .chain(bodies.iter().copied())
                        .filter(|(pos, e)| *pos < p && qc.ents.get(*e).is_some_and(|c| c.kind != EntityType::Person))
                        .max_by_key(|(pos, _)| *pos)
                        .map(|(_, e)| e)
                })
            }
        }
    };
    for (k, s) in spans.iter().enumerate() {
        let content = qc.text.get(s.content.clone()).unwrap_or("");
        let trimmed = content.trim().trim_end_matches(',').trim_end();
        if trimmed.split_whitespace().count() < 2 && !scare_word(trimmed.trim_end_matches(['.', '!', '?'])) {
            continue;
        }
        let lead = content.len() - content.trim_start().len();
        let start = s.content.start + lead;
        let end = start + trimmed.len();
        let para_range = qc.paras.get(s.para).cloned().unwrap_or(0..0);
        let open_sent = qc.sent_of.get(s.open).copied().unwrap_or(0);
        let mut speaker: Option<usize> = None;
        let mut speaker_name: Option<String> = None;
        let mut how = "none";
        let mut who_tok: Option<(usize, usize)> = None;
        // `Mr Xi responded: "…," the US official said`: words a named person spoke, introduced by a colon, are his
        // even when whoever relays them is named after.
        let introduced = s.open >= 2 && qc.t(s.open - 1) == ":" && qc.is_speech_verb(s.open - 2) && {
            let lo = qc.sentences.get(open_sent).map_or(para_range.start, |r| r.start);
            matches!(qc.subject_before(s.open - 2, lo), Some(Who::Entity(e))
                if qc.ents.get(e).is_some_and(|c| c.kind == EntityType::Person))
        };
        // An embedded post: the credit line after its text names the author.
        let credit_from = s.close.unwrap_or(para_range.end);
        // A post cut short by a marked quotation inside it ("… has said "not for us to opine"") keeps its credit.
        let reach = if s.bare { 40 } else { 16 };
        let credit =
            post_credit(qc.text, qc.toks, credit_from..(credit_from + reach).min(qc.toks.len())).filter(|&d| {
                // A marked quotation is a post only when it is the whole paragraph's text.
                s.bare
                    || s.open == para_range.start && (credit_from..d).all(|j| qc.t(j) != "\"" && !qc.is_speech_verb(j))
            });
        if let Some(d) = credit {
            let ent = qc.ent_at.get(d + 1).copied().flatten().filter(|&e| qc.speaker_kind(e));
            speaker = ent;
            if ent.is_none() {
                let name_end = (d + 1..d + 9).find(|&j| qc.t(j) == "(").unwrap_or(d + 1);
                speaker_name = office_account(qc, d + 1, name_end)
                    .or_else(|| Some(span_text(qc, &(d + 1..name_end))).filter(|n| !n.is_empty()));
            }
            who_tok = Some((d + 1, d));
            how = "credit";
        }
        // Post-posed: "…," he said / "…," said Blinken.
        if let Some(c) = s.close.filter(|_| !introduced && credit.is_none()) {
            let hi = (c + 14).min(para_range.end);
            let next_open = spans.get(k + 1).map(|n| n.open).unwrap_or(usize::MAX);
            let mut v = c + 1;
            while v < hi && v < next_open {
                if qc.t(v) == "." && v > c + 1 {
                    break;
                }
                let w = qc.t(v);
                let subject_like = qc.ent_at.get(v).copied().flatten().is_some()
                    || matches!(w, "," | "-" | "'s" | "\u{2019}s" | "(" | ")")
                    || w.chars().next().is_some_and(char::is_uppercase)
                    || lexicon::title_role(w).is_some()
                    || contains_lower(lexicon::TITLE_MODIFIERS, w)
                    || contains_lower(lexicon::ORG_SUFFIXES, w)
                    || contains_lower(BODY_MODIFIERS, w)
                    || contains_lower(ROLE_HEADS, w)
                    || person_noun(w)
                    || matches!(
                        w.to_lowercase().as_str(),
                        "he" | "she" | "it" | "they" | "also" | "the" | "a" | "an" | "then" | "of"
                    )
                    || w == "as" && v == c + 1
                    || matches!(w, "was" | "is" | "were") && qc.quoted_passive(v + 1)
                    // "…," she had said.
                    || matches!(w, "had" | "has" | "have") && qc.is_speech_verb(v + 1)
                    || v > c + 1 && matches!(qc.t(v - 1), "'s" | "\u{2019}s") && w.chars().all(char::is_lowercase)
                    || w.ends_with("year-old")
                    || w.chars().next().is_some_and(|ch| ch.is_ascii_digit()) && qc.t(v + 1) == "-";
                if !qc.is_speech_verb(v) && !subject_like {
                    break;
                }
                if qc.is_speech_verb(v) {
                    let who = qc.quoted_as(v).or_else(|| qc.subject_before(v, c)).or_else(|| qc.subject_after(v, hi));
                    if let Some(w) = who {
                        let tok = match &w {
                            Who::Entity(e) => qc.ents.get(*e).map(|c| c.toks.start).unwrap_or(v),
                            Who::Pronoun(p) | Who::It(p) => *p,
                        };
                        let pronoun = matches!(w, Who::Pronoun(_));
                        speaker = resolve(w, &attributed, content);
                        if pronoun {
                            (speaker, speaker_name) = after_role(qc, speaker, tok, &roles_said);
                        }
                        if qc.speaks_for(speaker, v) {
                            roles_said.push((v, speaker, None));
                        }
                        who_tok = Some((tok, v));
                        how = "post";
                    } else if let Some(r) = qc.role_subject(v, c + 1) {
                        (speaker, speaker_name) = role_speaker(&r);
                        who_tok = Some((r.start, v));
                        roles_said.push((v, speaker, speaker_name.clone()));
                        how = "post";
                    } else if let Some((tok, who)) = qc.bare_name(c, v) {
                        (speaker, speaker_name) = who;
                        who_tok = Some((tok, v));
                        how = "post";
                    }
                    break;
                }
                v += 1;
            }
        }
        // `"…," Andrei Isayev, first deputy head of the United Russia party in the State Duma, told journalists`: a
        // name right after the quote, then an apposition too long for the window above, then the verb.
        if let (None, None, Some(c)) = (speaker, &speaker_name, s.close) {
            let next_open = spans.get(k + 1).map_or(usize::MAX, |n| n.open);
            if let Some((e, v)) = qc.name_apposition_verb(c, para_range.end.min(next_open)) {
                speaker = Some(e);
                who_tok = qc.ents.get(e).map(|x| (x.toks.start, v));
                how = "post";
            }
        }
        // "The report says that the United States "…" to measure subsidies, according to Lighthizer": a named
        // source after the quote, in its sentence, before any other quote.
        if let (None, None, Some(c)) = (speaker, &speaker_name, s.close) {
            let sent_end = qc.sent_of.get(c).and_then(|x| qc.sentences.get(*x)).map_or(c, |r| r.end);
            let next_open = spans.get(k + 1).map_or(usize::MAX, |n| n.open);
            let hi = sent_end.min(next_open).min(c + 14);
            if let Some(e) = qc.according_to(c + 1..hi) {
                if qc.ents.get(e).is_some_and(|x| x.kind == EntityType::Person) {
                    speaker = Some(e);
                    how = "according";
                }
            }
        }
        // Pre-posed: X said: "…" / X emphasized that … "…" / X thanked Y for its "…".
        if speaker.is_none() {
            let sent_start = qc.sentences.get(open_sent).map(|r| r.start).unwrap_or(para_range.start);
            let prev_close = if k > 0 { spans[k - 1].close.map(|c| c + 1).unwrap_or(0) } else { 0 };
            let lo = sent_start.max(prev_close).max(para_range.start);
            // The verb whose object the quote is comes first: in "both sides have accused each other …, and came
            // the day after UN officials demanded "answers and justice"", the officials speak.
            // "Two days after Lithuania called back its diplomats, China dismissed the claims, saying "…"": the
            // participle right before the quote governs it too, ahead of any verb earlier in the sentence.
            let participle_before = (s.open.saturating_sub(3).max(lo + 1)..s.open)
                .rev()
                .find(|&v| qc.is_speech_verb(v) && qc.t(v).ends_with("ing") && qc.t(v - 1) == ",");
            // "It said that Peskov said the actions are "illegal …"": of reports nested in one sentence, the
            // innermost named person's is the one the quotation gives.
            let inner_person = (lo + 1..s.open).rev().find(|&v| {
                qc.is_speech_verb(v)
                    && qc.t(v - 1) != ","
                    && (lo..v).any(|u| qc.is_speech_verb(u))
                    && matches!(qc.subject_before(v, lo), Some(Who::Entity(e))
                        if qc.ents.get(e).is_some_and(|c| c.kind == EntityType::Person && c.toks.end == v))
            });
            let governing = qc.governing_verb(lo, s.open).or(participle_before).or(inner_person);
            let order = governing.into_iter().chain((lo..s.open).filter(|&v| Some(v) != governing));
            // "…, terming it '…'": a participle whose object the quote is.
            let participle_of = |v: usize| {
                contains_lower(DEMAND_VERBS, qc.t(v)) && qc.t(v).ends_with("ing") && v > lo && qc.t(v - 1) == ","
            };
            // "The ministry said Trump's claim that "…" was false": the claim nearest the quote gives whose words
            // they are.
            if let Some(e) = qc.words_by(lo, s.open).or_else(|| {
                qc.claim_of(lo, s.open)
                    .filter(|&e| qc.ents.get(e).is_some_and(|c| (c.toks.end..s.open).all(|v| !qc.is_speech_verb(v))))
            }) {
                speaker = Some(e);
                who_tok = qc.ents.get(e).map(|c| (c.toks.start, c.toks.start));
                how = "pre";
            }
            for v in order.filter(|_| speaker.is_none()) {
                if qc.is_speech_verb(v)
                    || Some(v) == governing
                    || participle_of(v)
                    || qc.body_reports(v, lo, s.open)
                    || qc.person_reports(v, lo, s.open)
                {
                    if let Some(w) = qc.quoted_as(v).or_else(|| qc.subject_before(v, lo)) {
                        let tok = match &w {
                            Who::Entity(e) => qc.ents.get(*e).map(|c| c.toks.start).unwrap_or(v),
                            Who::Pronoun(p) | Who::It(p) => *p,
                        };
                        let pronoun = matches!(w, Who::Pronoun(_));
                        speaker = resolve(w, &attributed, content);
                        if pronoun {
                            (speaker, speaker_name) = after_role(qc, speaker, tok, &roles_said);
                        }
                        if qc.speaks_for(speaker, v) {
                            roles_said.push((v, speaker, None));
                        }
                        who_tok = Some((tok, v));
                        how = "pre";
                        break;
                    }
                    if let Some(r) = qc.role_subject(v, lo) {
                        (speaker, speaker_name) = role_speaker(&r);
                        who_tok = Some((r.start, v));
                        roles_said.push((v, speaker, speaker_name.clone()));
                        how = "pre";
                        break;
                    }
                    // "Biden responded by agreeing … / But said he was not going to …": a sentence opened by a
                    // conjunction and its verb shares the subject of the sentence before.
                    let elided = v > sent_start
                        && (sent_start..v).all(|k| matches!(qc.t(k), "But" | "And" | "Yet"))
                        && qc.is_speech_verb(v);
                    if let Some(e) = elided
                        .then(|| open_sent.checked_sub(1).and_then(|p| qc.sentences.get(p)))
                        .flatten()
                        .and_then(|r| qc.sentence_subject(r.start, r.end))
                        .filter(|&e| qc.ents.get(e).is_some_and(|c| c.kind == EntityType::Person))
                    {
                        speaker = Some(e);
                        who_tok = qc.ents.get(e).map(|c| (c.toks.start, v));
                        how = "pre";
                        break;
                    }
                    // "…, saying": the participle's subject is the sentence's.
                    if qc.t(v).ends_with("ing") && v > lo && qc.t(v - 1) == "," {
                        // The subject of the clause the participle closes comes first.
                        let clause = (lo..v - 1).rev().find(|&k| qc.t(k) == ",").map_or(lo, |k| k + 1);
                        if let Some(e) = qc
                            .sentence_subject(clause, v)
                            .filter(|_| clause > sent_start)
                            .or_else(|| qc.sentence_subject(sent_start, v))
                            .or_else(|| qc.sentence_subject(lo, v))
                            .or_else(|| qc.plural_group(sent_start))
                            .or_else(|| qc.definite_org(sent_start))
                        {
                            speaker = Some(e);
                            who_tok = qc.ents.get(e).map(|c| (c.toks.start, v));
                            how = "pre";
                            break;
                        }
                    }
                }
            }
            // "in line with comments by President Nayib Bukele "not recognizing …"": the person whose words
            // the partial quote gives.
            if speaker.is_none() && s.open > lo {
                if let Some(e) = qc.words_by(lo, s.open).or_else(|| qc.claim_of(lo, s.open)) {
                    speaker = Some(e);
                    who_tok = qc.ents.get(e).map(|c| (c.toks.start, c.toks.start));
                    how = "pre";
                }
            }
            // "Also, according to him, "…"": the one the pronoun stands for.
            let according_to_pronoun = (lo..s.open).find(|&i| {
                qc.t(i).eq_ignore_ascii_case("according") && qc.t(i + 1) == "to" && matches!(qc.t(i + 2), "him" | "her")
            });
            if let (None, Some(i)) = (speaker, according_to_pronoun) {
                speaker = resolve(Who::Pronoun(i + 2), &attributed, content);
                how = "according";
            }
            if speaker.is_none() && s.open > lo {
                if let Some(e) = qc.according_to(lo..s.open) {
                    speaker = Some(e);
                    how = "according";
                } else if let Some(country) = qc.according_to_body(lo..s.open) {
                    speaker_name = Some(country);
                    how = "according";
                }
            }
            // A second quote of the same sentence with no speech verb between, or only one sharing the subject:
            // the same speaker ("Kim said the "…" and that he and Trump had "…"", "Macron described the images as
            // "…" and said that France was "…"").
            let coordinated = |v: usize| {
                v > lo && qc.t(lo) == "and" && (lo..v).all(|j| matches!(qc.t(j), "and" | "also" | "then" | "later"))
            };
            if speaker.is_none()
                && speaker_name.is_none()
                && k > 0
                && !(lo..s.open).any(|v| qc.is_speech_verb(v) && !coordinated(v))
            {
                if let (Some((pq, pi)), Some(prev)) = (out.last(), spans.get(k - 1)) {
                    if qc.sent_of.get(prev.open).copied() == Some(open_sent) && pq.speaker.is_some() {
                        speaker = pi.speaker_entity;
                        speaker_name = pq.speaker.clone();
                        how = "continued";
                    }
                }
            }
            // A sentence opened by "He"/"She" and no speech verb: the pronoun's antecedent.
            if speaker.is_none() && speaker_name.is_none() && s.open > lo && matches!(qc.t(sent_start), "He" | "She") {
                speaker = resolve(Who::Pronoun(sent_start), &attributed, content);
                (speaker, speaker_name) = after_role(qc, speaker, sent_start, &roles_said);
                how = "pronoun";
            }
            // Persons after a speech verb whose subject was not found are what is said, not who says it.
            let first_verb = (lo..s.open).find(|v| qc.is_speech_verb(*v)).unwrap_or(s.open);
            if speaker.is_none() && speaker_name.is_none() && s.open > lo && !s.continues {
                let persons: Vec<usize> = (lo..first_verb)
                    .filter_map(|j| qc.ent_at.get(j).copied().flatten())
                    .filter(|e| qc.ents.get(*e).is_some_and(|c| c.kind == EntityType::Person))
                    .fold(Vec::new(), |mut v, e| {
                        if v.last() != Some(&e) {
                            v.push(e);
                        }
                        v
                    });
                // "In the wake of President Yoon's decree, Blinken reaffirmed …": a person in a possessive or
                // after a preposition is not the subject.
                let is_subject = |e: usize| qc.ents.get(e).is_some_and(|c| !possessor(c) && !object_of_preposition(c));
                let subject = persons.iter().copied().find(|e| is_subject(*e));
                if let Some(e) = subject {
                    speaker = Some(e);
                    how = "subject";
                }
            }
        }
        // A quote inside a sentence attributed at its end: `… "must not be the end of diplomacy" with the
        // country, the EU's top diplomat said on Sunday.`
        if let (None, None, Some(c)) = (speaker, &speaker_name, s.close) {
            let sent_end = qc.sentences.get(open_sent).map(|r| r.end).unwrap_or(c);
            let next_open = spans.get(k + 1).map(|n| n.open).unwrap_or(usize::MAX);
            if let Some(v) = (c + 1..sent_end.min(next_open)).find(|v| qc.is_speech_verb(*v)) {
                // "The "…" in north-eastern Kenya in which …, it said in a statement.": "it" and "he" as
                // anywhere else.
                if let Some(w) = qc.subject_before(v, c + 1) {
                    let tok = match &w {
                        Who::Entity(e) => qc.ents.get(*e).map_or(v, |x| x.toks.start),
                        Who::Pronoun(p) | Who::It(p) => *p,
                    };
                    let pronoun = matches!(w, Who::Pronoun(_));
                    speaker = resolve(w, &attributed, content);
                    if pronoun {
                        (speaker, speaker_name) = after_role(qc, speaker, tok, &roles_said);
                    }
                    who_tok = Some((tok, v));
                    how = "post";
                } else if let Some(r) = qc.role_subject(v, c + 1) {
                    (speaker, speaker_name) = role_speaker(&r);
                    who_tok = Some((r.start, v));
                    roles_said.push((v, speaker, speaker_name.clone()));
                    how = "post";
                }
            }
        }
        if speaker.is_none() && speaker_name.is_none() {
            let outside: Vec<usize> =
                para_range.clone().filter(|i| !qc.in_quote.get(*i).copied().unwrap_or(true)).collect();
            if let (Some(&a), Some(&b)) = (outside.first(), outside.last()) {
                if let Some(e) = qc.according_to(a..b + 1) {
                    speaker = Some(e);
                    how = "according";
                }
            }
        }
        if speaker.is_none() && speaker_name.is_none() {
            // The previous quote in this paragraph, or the last one of the previous paragraph.
            if let Some((pq, pi)) = out.last() {
                let first_in_para = para_range.start == s.open;
                // "… ," Atak said. / The humanitarian minister reiterates his appeal … / "I appeal …": a paragraph
                // about the speaker, by a role or pronoun and naming no one, stands between his quotes.
                let bridged = first_in_para
                    && pi.paragraph + 2 == s.para
                    && pi.speaker_entity.and_then(|e| qc.ents.get(e)).is_some_and(|c| c.kind == EntityType::Person)
                    && s.para.checked_sub(1).and_then(|p| qc.paras.get(p)).is_some_and(|r| qc.about_speaker(r));
                if pi.paragraph == s.para || (first_in_para && pi.paragraph + 1 == s.para) || s.continues || bridged {
                    speaker = pi.speaker_entity;
                    speaker_name = pq.speaker.clone();
                    how = "continued";
                }
            }
        }
        // The sentence's subject when it opens the sentence: "KCNA identified the missile as … and called it
        // "the world's strongest strategic missile"".
        if speaker.is_none() && speaker_name.is_none() && !s.continues {
            let sent_start = qc.sentences.get(open_sent).map(|r| r.start).unwrap_or(s.open);
            let sent_start = qc.after_dateline(sent_start, s.open);
            let mut j = sent_start;
            while j < s.open && j < sent_start + 3 && qc.ent_at.get(j).copied().flatten().is_none() {
                let w = qc.t(j);
                // "But the Justice Department intervened and argued …": a conjunction opening the sentence.
                if !(matches!(w, "The" | "the" | "\u{201C}" | "\"" | "But" | "And" | "Yet" | "Meanwhile" | "However")
                    || qc.toks.get(j).is_some_and(|t| t.kind == TokenKind::Punct))
                {
                    break;
                }
                j += 1;
            }
            // "A day after the test, the Korean Central News Agency (KCNA) identified …": after an introduction.
            let named = qc.ent_at.get(j).copied().flatten().or_else(|| qc.sentence_subject(sent_start, s.open));
            // "The regional body had convened a summit to address "…"": a description of the body named before.
            let subject = named
                .and_then(|e| qc.ents.get(e).map(|c| (e, c.toks.start, c.toks.end)))
                .or_else(|| qc.described_body(sent_start).map(|(e, end)| (e, sent_start, end)));
            if let Some((e, j, end)) = subject {
                let mut after = qc.t(end);
                let mut verb_at = end;
                // "India's foreign ministry also sought …": the country owning the body that acts.
                if matches!(after, "'s" | "\u{2019}s")
                    && qc.ents.get(e).is_some_and(|c| matches!(c.kind, EntityType::Gpe | EntityType::Org))
                {
                    if let Some(k) = qc.possessed_phrase_end(end + 1) {
                        verb_at = k;
                        after = "";
                    }
                }
                if qc.t(verb_at) == "(" && qc.t(verb_at + 2) == ")" {
                    verb_at += 3;
                }
                // "G7 ministers threaten …": the body's people act for it.
                let mut people = false;
                while verb_at < end + 3 && {
                    let w = qc.t(verb_at).to_lowercase();
                    w.strip_suffix('s').is_some_and(|x| lexicon::title_role(x).is_some())
                        || matches!(w.as_str(), "leaders" | "officials")
                } {
                    verb_at += 1;
                    people = true;
                }
                // "The European Union on Monday summoned …", "Russia yesterday accused …".
                if qc.t(verb_at) == "on" && lexicon::weekday_number(qc.t(verb_at + 1)).is_some() {
                    verb_at += 2;
                } else if matches!(qc.t(verb_at), "yesterday" | "today" | "earlier") {
                    verb_at += 1;
                }
                // "Pakistan's army however called …": a sentence adverb between subject and verb.
                if matches!(qc.t(verb_at), "however" | "meanwhile" | "instead" | "again" | "too") {
                    verb_at += 1;
                }
                let verb_follows = qc.toks.get(verb_at).is_some_and(|t| {
                    let w = t.text(qc.text);
                    t.kind == TokenKind::Word
                        && w.chars().next().is_some_and(char::is_lowercase)
                        && lexicon::title_role(w).is_none()
                        && !contains_lower(lexicon::TITLE_MODIFIERS, w)
                        && !contains_lower(lexicon::ORG_SUFFIXES, w)
                        && (w.ends_with("ed")
                            || matches!(w, "has" | "have" | "had" | "is" | "was" | "also")
                            || contains_lower(HEADLINE_VERBS, w))
                });
                let after = if people { "" } else { after };
                if qc.speaker_kind(e) && !matches!(after, "'s" | "\u{2019}s") && verb_follows && j < s.open {
                    speaker = Some(e);
                    how = "subject";
                }
            }
        }
        let speaker_text = match (how, who_tok) {
            ("post" | "pre", Some((tok, _))) if qc.ent_at.get(tok).copied().flatten().is_none() => {
                Some(qc.t(tok).to_string())
            }
            _ => speaker.and_then(|e| qc.ents.get(e)).map(|c| span_text(qc, &c.toks)),
        };
        // A quote standing alone after reported speech in its paragraph: "He claimed that he had won by 980
        // votes. “That's why I came …”".
        if speaker.is_none() && speaker_name.is_none() && !s.continues && open_sent > 0 {
            let prev = qc.sentences.get(open_sent - 1).filter(|r| r.start >= para_range.start);
            let own_start = qc.sentences.get(open_sent).map(|r| r.start).unwrap_or(s.open);
            let quote_opens_sentence =
                (own_start..s.open).all(|j| qc.toks.get(j).is_some_and(|t| t.kind == TokenKind::Punct));
            if let (Some(r), true) = (prev, quote_opens_sentence) {
                let unquoted = !r.clone().any(|i| qc.in_quote.get(i).copied().unwrap_or(false));
                let who = r
                    .clone()
                    .filter(|&v| {
                        unquoted && (qc.is_speech_verb(v) || contains_lower(lexicon::REPORTING_VERBS, qc.t(v)))
                    })
                    .find_map(|v| qc.subject_before(v, r.start))
                    // "Only a fool does not talk with his wife, said PM Khan. "She has great wisdom."".
                    .or_else(|| {
                        (r.start + 1..r.end)
                            .filter(|&v| unquoted && qc.is_speech_verb(v) && qc.t(v - 1) == ",")
                            .find_map(|v| qc.subject_after(v, r.end))
                    });
                if let Some(w) = who {
                    speaker = resolve(w, &attributed, content);
                    if speaker.is_some() {
                        how = "previous";
                    }
                } else if let Some(e) = qc.according_to(r.clone()).filter(|_| unquoted) {
                    speaker = Some(e);
                    how = "previous";
                }
            }
        }
        // A quote opening its paragraph with no attribution: the speaker introduced at the end of the paragraph
        // before ("The EC noted in a statement that …").
        // "1. "On the invitation of …"": a numbered paragraph of a text quoted whole opens with its number.
        let opens_para = qc.paras.get(s.para).is_some_and(|r| {
            r.start == s.open
                || r.start + 2 == s.open
                    && qc.toks.get(r.start).is_some_and(|t| t.kind == TokenKind::Number)
                    && matches!(qc.t(r.start + 1), "." | ")")
        });
        // "The Russian ambassador stressed that … . "Unfortunately, …"": a quotation opening a sentence of its own
        // inside a paragraph, with no attribution, likewise goes to the speaker of the sentence before.
        let opens_sentence = qc.sentences.get(open_sent).is_some_and(|r| r.start == s.open)
            && open_sent > 0
            && qc.sentences.get(open_sent - 1).is_some_and(|r| r.start >= para_range.start);
        let before_range = if opens_para {
            s.para.checked_sub(1).and_then(|p| qc.paras.get(p)).cloned()
        } else if opens_sentence {
            qc.sentences.get(open_sent - 1).cloned()
        } else {
            None
        };
        if speaker.is_none() && speaker_name.is_none() && !s.continues {
            if let Some(prev) = before_range.as_ref() {
                let quoted = prev.clone().any(|i| qc.in_quote.get(i).copied().unwrap_or(false));
                let last_sent = qc.sent_of.get(prev.end.saturating_sub(1)).and_then(|x| qc.sentences.get(*x));
                if let (false, Some(sent)) = (quoted, last_sent) {
                    let lo = sent.start.max(prev.start);
                    if let Some(e) = qc.participle_subject(lo..prev.end) {
                        // "X held talks with Y in Vientiane, saying that …": the clause's subject speaks on.
                        speaker = Some(e);
                        how = "introduced";
                    } else if let Some(Who::Entity(e)) =
                        (lo..prev.end).filter(|v| qc.is_speech_verb(*v)).find_map(|v| qc.subject_before(v, lo))
                    {
                        speaker = Some(e);
                        how = "introduced";
                    } else if let Some((e, _)) = (lo..prev.end)
                        .filter(|v| qc.is_speech_verb(*v))
                        .find_map(|v| qc.described_person(v, lo))
                        .filter(|&(_, the)| the == lo)
                    {
                        speaker = Some(e);
                        how = "introduced";
                    } else if let Some(r) =
                        (lo..prev.end).filter(|v| qc.is_speech_verb(*v)).find_map(|v| qc.role_subject(v, lo))
                    {
                        // "… the statement said." / "the ministry said …" closing the paragraph before.
                        (speaker, speaker_name) = role_speaker(&r);
                        how = "introduced";
                    } else if let Some(e) = qc.according_to(lo..prev.end) {
                        // "According to the White House statement, …"
                        speaker = Some(e);
                        how = "introduced";
                    } else if let Some(e) = qc.statement_introduced(lo..prev.end) {
                        speaker = Some(e);
                        how = "introduced";
                    } else if let Some(e) = qc.posted_by(lo..prev.end) {
                        speaker = Some(e);
                        how = "introduced";
                    }
                }
            }
        }
        if let Some(e) = speaker {
            attributed.push((s.open, e));
        }
        tracing::debug!(at = start, attribution = how, speaker = ?speaker.and_then(|e| qc.ents.get(e)).map(|c| &c.canonical), "quote attributed");
        let quote = Quote {
            text: qc.text.get(start..end).unwrap_or("").to_string(),
            speaker: speaker_name
                .or_else(|| speaker.map(|e| descriptive_ministry_country(qc, e).unwrap_or_else(|| full_name(qc, e))))
                .filter(|n| !n.is_empty()),
            speaker_text,
            direct: true,
            start,
            end,
        };
        out.push((
            quote,
            QuoteInfo { speaker_entity: speaker, paragraph: s.para, sentence: open_sent, attribution: how },
        ));
        spans_of.push(k);
    }
    // A quotation running over several paragraphs is attributed once, often at its end: earlier parts take that
    // speaker.
    for k in (1..out.len()).rev() {
        let linked = spans_of.get(k).and_then(|&sk| spans.get(sk)).is_some_and(|sp| sp.continues);
        if linked && out[k - 1].0.speaker.is_none() && out[k].0.speaker.is_some() {
            let (speaker, entity) = (out[k].0.speaker.clone(), out[k].1.speaker_entity);
            out[k - 1].0.speaker = speaker;
            out[k - 1].1.speaker_entity = entity;
            out[k - 1].1.attribution = "continued";
        }
    }
    out.extend(reported(qc));
    out.sort_by_key(|(q, _)| q.start);
    out
}

/// The canonical name of entity `e`; for a lone surname the recogniser could not link, the full name of the one
/// person in the text whose last name it is but for accents ("Vučič said" after "Aleksandar Vučić").
fn full_name(qc: &QuoteCtx, e: usize) -> String {
    let Some(c) = qc.ents.get(e) else { return String::new() };
    if c.kind != EntityType::Person || c.kb.is_some() {
        return c.canonical.clone();
    }
    // "De Mistura said" after "Staffan de Mistura": a surname with a particle, written with a capital.
    let surname = fold_accents(&c.canonical);
    let words = surname.split(' ').count();
    let mut full: Vec<&str> = qc
        .ents
        .iter()
        .filter(|o| o.kind == EntityType::Person && o.canonical.split(' ').count() > words)
        .filter(|o| {
            let folded = fold_accents(&o.canonical);
            folded.strip_suffix(surname.as_str()).is_some_and(|head| head.ends_with(' '))
                // "Atak said" after "Albino Atak Akol": a lone name may be the middle one of three.
                || words == 1 && folded.split(' ').count() >= 3 && folded.split(' ').any(|part| part == surname)
        })
        .map(|o| o.canonical.as_str())
        .collect();
    full.sort_unstable();
    full.dedup();
    match full.as_slice() {
        [one] => (*one).to_string(),
        _ => c.canonical.clone(),
    }
}

/// "the Russian Foreign Ministry said", "the Foreign Ministry said": a ministry the text only describes, by its
/// country and portfolio, speaks as its government; the country is the speaker. A ministry named by its own
/// official name ("Ministry of Foreign Affairs of Ukraine", "Ministry of External Affairs") keeps that name.
fn descriptive_ministry_country(qc: &QuoteCtx, e: usize) -> Option<String> {
    let c = qc.ents.get(e).filter(|c| c.kind == EntityType::Org)?;
    let words: Vec<&str> = c.canonical.split(' ').collect();
    let last = words.last()?.to_lowercase();
    let demonym_first = words.first().is_some_and(|w| {
        qc.kb
            .choose(qc.kb.targets(&crate::knowledge::normalise(w)), qc.date)
            .is_some_and(|t| t.kind == crate::knowledge::AliasKind::Demonym)
    });
    let descriptive =
        last == "ministry" && !words.contains(&"of") || demonym_first && words.get(1) == Some(&"Ministry");
    if !descriptive {
        return None;
    }
    let code = c.code.as_deref()?;
    qc.kb.resolve(code, qc.date).filter(|a| a.kind == EntityType::Gpe).map(|a| a.canonical)
}

/// "- Spokesperson发言人办公室 (@MFA_China)": a post credited to an office rather than a named person speaks for
/// the country its handle names.
fn office_account(qc: &QuoteCtx, name_start: usize, paren: usize) -> Option<String> {
    let first = qc.t(name_start).to_lowercase();
    let office = lexicon::title_role(first.trim_end_matches(|c: char| !c.is_ascii_alphabetic())).is_some()
        || ["spokes", "ministry", "embassy", "mission", "office", "mfa"].iter().any(|w| first.starts_with(w));
    if !office || qc.t(paren) != "(" {
        return None;
    }
    let close = (paren + 1..paren + 8).find(|&j| qc.t(j) == ")")?;
    let handle = span_text(qc, &(paren + 1..close));
    handle.trim_start_matches('@').split('_').filter(|p| p.len() >= 4).find_map(|part| {
        qc.kb.resolve(part, qc.date).filter(|a| a.kind == EntityType::Gpe && a.code.is_some()).map(|a| a.canonical)
    })
}

/// A past-tense or common irregular finite verb, as it follows a subject: "reported", "met", "told".
fn finite_verb(w: &str) -> bool {
    let regular = w.len() > 4 && w.ends_with("ed") && w.chars().all(|c| c.is_ascii_lowercase());
    regular
        || matches!(
            w,
            "met"
                | "told"
                | "said"
                | "spoke"
                | "held"
                | "made"
                | "gave"
                | "sent"
                | "wrote"
                | "took"
                | "went"
                | "came"
                | "led"
        )
}

/// Two lower-case title words naming one office: equal, or "spokesman"/"spokesperson"/"spokeswoman".
fn same_office_word(a: &str, b: &str) -> bool {
    a == b || a.starts_with("spokes") && b.starts_with("spokes") || matches!((a, b), ("pm", "prime") | ("prime", "pm"))
}

/// `s` lower-cased with the accents of Latin letters taken off, so that spellings of one name compare equal.
fn fold_accents(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|ch| match ch {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
            'ç' | 'ć' | 'ĉ' | 'č' => 'c',
            'ď' | 'đ' => 'd',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
            'ğ' | 'ģ' => 'g',
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => 'i',
            'ķ' => 'k',
            'ł' | 'ľ' | 'ļ' => 'l',
            'ñ' | 'ń' | 'ň' | 'ņ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
            'ř' | 'ŕ' => 'r',
            'ś' | 'š' | 'ş' | 'ș' => 's',
            'ť' | 'ţ' | 'ț' => 't',
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => 'u',
            'ý' | 'ÿ' => 'y',
            'ź' | 'ż' | 'ž' => 'z',
            other => other,
        })
        .collect()
}

/// Whether the quoted words name the person (any part of the canonical name longer than two letters).
fn named_in(qc: &QuoteCtx, e: usize, quoted: &str) -> bool {
    let Some(c) = qc.ents.get(e) else { return false };
    c.canonical
        .split(' ')
        .filter(|w| w.chars().count() > 2)
        .any(|w| quoted.split(|ch: char| !ch.is_alphanumeric() && ch != '-').any(|x| x == w))
}

/// Whether a person mention is marked as a woman: a common female given name, or "Mrs"/"Ms"/"-woman" in
/// the title or just before the name.
fn female(qc: &QuoteCtx, e: usize) -> bool {
    let Some(c) = qc.ents.get(e) else { return false };
    let first = c.canonical.split(' ').next().unwrap_or("");
    let cue = |w: &str| {
        let w = w.to_lowercase();
        matches!(w.as_str(), "mrs" | "mrs." | "ms" | "ms." | "madam" | "madame" | "lady" | "queen" | "princess")
            || w.ends_with("woman")
    };
    lexicon::is_female_given_name(first)
        || c.title.as_deref().is_some_and(|t| t.split_whitespace().any(cue))
        || c.toks.start.checked_sub(1).is_some_and(|b| cue(qc.t(b)))
        || qc
            .ents
            .iter()
            .any(|o| o.canonical == c.canonical && o.title.as_deref().is_some_and(|t| t.split_whitespace().any(cue)))
}

/// A pronoun resolved to `speaker` refers instead to a speaker found through a role phrase when that phrase
/// came later ("a Commission spokesperson said … "…," he added").
fn after_role(
    qc: &QuoteCtx,
    speaker: Option<usize>,
    pos: usize,
    roles_said: &[(usize, Option<usize>, Option<String>)],
) -> (Option<usize>, Option<String>) {
    // Only a role naming a person ("a Commission spokesperson", "Iran's top diplomat") is "he" or "she"; "Russia's
    // foreign ministry said" is not.
    let person_role = |v: usize| (v.saturating_sub(5)..v).any(|k| lexicon::title_role(qc.t(k)).is_some());
    let Some(&(role_pos, body, ref holder)) = roles_said.iter().rfind(|r| r.0 < pos && person_role(r.0)) else {
        return (speaker, None);
    };
    // "… a Commission spokesperson said when asked to comment on Trump's statements": a possessor or the object of
    // a preposition is not who the pronoun goes back to.
    let mentioned_only = |o: &Candidate| {
        matches!(qc.t(o.toks.end), "'s" | "\u{2019}s")
            || o.toks.start.checked_sub(1).is_some_and(|b| {
                matches!(qc.t(b).to_lowercase().as_str(), "of" | "on" | "about" | "with" | "to" | "by" | "against")
            })
    };
    let named_at = speaker.and_then(|e| qc.ents.get(e)).map(|c| {
        qc.ents
            .iter()
            .filter(|o| o.canonical == c.canonical && o.toks.start < pos && !mentioned_only(o))
            .map(|o| o.toks.end)
            .max()
            .unwrap_or(0)
    });
    match named_at {
        Some(at) if at > role_pos => (speaker, None),
        _ => (body, holder.clone()),
    }
}

fn span_text(qc: &QuoteCtx, r: &Range<usize>) -> String {
    match (qc.toks.get(r.start), r.end.checked_sub(1).and_then(|e| qc.toks.get(e))) {
        (Some(a), Some(b)) => qc.text.get(a.start..b.end).unwrap_or("").to_string(),
        _ => String::new(),
    }
}

/// Reported speech in sentences without quotation marks: "X said (that) …", "…, according to X".
fn reported(qc: &QuoteCtx) -> Vec<(Quote, QuoteInfo)> {
    let mut out = Vec::new();
    for (si, r) in qc.sentences.iter().enumerate() {
        if r.clone()
            .any(|i| qc.in_quote.get(i).copied().unwrap_or(false) || matches!(qc.t(i), "\u{201C}" | "\u{201D}" | "\""))
        {
            continue;
        }
        let Some(last) = r.end.checked_sub(1) else { continue };
        let end_tok = if qc.toks.get(last).is_some_and(|t| t.kind == TokenKind::Punct) { last } else { r.end };
        let mut found = None;
        for v in r.clone() {
            if !contains_lower(lexicon::REPORTING_VERBS, qc.t(v)) {
                continue;
            }
            let Some(Who::Entity(e)) = qc.subject_before(v, r.start) else { continue };
            let mut j = v + 1;
            while j < end_tok && j < v + 4 && qc.t(j) != "that" {
                j += 1;
            }
            let body = if qc.t(j) == "that" { j + 1 } else { v + 1 };
            if body < end_tok && end_tok - body >= 4 {
                found = Some((e, body, "reported"));
                break;
            }
        }
        if found.is_none() {
            for i in r.clone() {
                if qc.t(i).eq_ignore_ascii_case("according") && qc.t(i + 1) == "to" && i > r.start + 3 {
                    if let Some(e) = qc.according_to(i..end_tok) {
                        let mut stop = i;
                        while stop > r.start && qc.t(stop - 1) == "," {
                            stop -= 1;
                        }
                        found = Some((e, r.start, "according"));
                        let (Some(a), Some(b)) = (qc.toks.get(r.start), qc.toks.get(stop - 1)) else { break };
                        let text = qc.text.get(a.start..b.end).unwrap_or("").to_string();
                        let c = qc.ents.get(e);
                        out.push((
                            Quote {
                                text,
                                speaker: c.map(|c| c.canonical.clone()),
                                speaker_text: c.map(|c| span_text(qc, &c.toks)),
                                direct: false,
                                start: a.start,
                                end: b.end,
                            },
                            QuoteInfo {
                                speaker_entity: Some(e),
                                paragraph: qc.para_of.get(r.start).copied().unwrap_or(0),
                                sentence: si,
                                attribution: "according",
                            },
                        ));
                        found = None;
                        break;
                    }
                }
            }
        }
        if let Some((e, body, how)) = found {
            let (Some(a), Some(b)) = (qc.toks.get(body), end_tok.checked_sub(1).and_then(|x| qc.toks.get(x))) else {
                continue;
            };
            if b.end <= a.start {
                continue;
            }
            let c = qc.ents.get(e);
            out.push((
                Quote {
                    text: qc.text.get(a.start..b.end).unwrap_or("").to_string(),
                    speaker: c.map(|c| c.canonical.clone()),
                    speaker_text: c.map(|c| span_text(qc, &c.toks)),
                    direct: false,
                    start: a.start,
                    end: b.end,
                },
                QuoteInfo {
                    speaker_entity: Some(e),
                    paragraph: qc.para_of.get(r.start).copied().unwrap_or(0),
                    sentence: si,
                    attribution: how,
                },
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, OnceLock};

    use chrono::NaiveDate;

    use crate::{Analyser, Knowledge};

    fn speakers(text: &str, date: &str) -> Vec<(String, Option<String>)> {
        static ANALYSER: OnceLock<Analyser> = OnceLock::new();
        let analyser =
            ANALYSER.get_or_init(|| Analyser::new(Arc::new(Knowledge::builtin().expect("builtin knowledge loads"))));
        let date = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok();
        analyser.analyse(text, date).quotes.into_iter().filter(|q| q.direct).map(|q| (q.text, q.speaker)).collect()
    }

    fn speaker_of(text: &str, date: &str, quoted: &str) -> Option<String> {
        let all = speakers(text, date);
        all.iter().find(|(t, _)| t.contains(quoted)).unwrap_or_else(|| panic!("{quoted:?} not in {all:?}")).1.clone()
    }

    #[test]
    fn premiers_state_voices_and_two_letter_bodies() {
        let text = "Cambodian Prime Minister Hun Sen spoke to workers on Friday.\n\n\
                    \"I do not understand what is happening in Venezuela,\" stated the premier.";
        assert_eq!(speaker_of(text, "2019-01-25", "I do not understand").as_deref(), Some("Hun Sen"));
        let text = "Defence Minister Rajnath Singh held talks in Tashkent, the capital of Uzbekistan, on Tuesday. \
                    Singh met the Uzbek minister to review the India-Uzbekistan relationship, and Singh later met the president.\n\n\
                    \"The entire spectrum of defence cooperation was reviewed,\" the defence ministry said.";
        assert_eq!(speaker_of(text, "2023-04-28", "The entire spectrum").as_deref(), Some("India"));
        let text = "Qureshi will lead the delegation in the dialogue, a statement from the Foreign Office said. \
                    Pakistan and Pakistan's allies welcomed it.\n\n\
                    \"Both sides will discuss cooperation on many issues,\" the FO said.";
        assert_eq!(speaker_of(text, "2020-08-20", "Both sides").as_deref(), Some("Foreign Office"));
    }

    #[test]
    fn relayed_quotes_statements_by_people_and_surnames_that_are_cities() {
        let text = "The airport closed on Tuesday after the strike.\n\n\
                    The closure could have \"severe humanitarian implications for people in Aleppo,\" according to \
                    Reuters, quoting Deputy UN spokesman Farhan Haq as saying.";
        assert_eq!(speaker_of(text, "2023-03-07", "severe humanitarian").as_deref(), Some("Farhan Haq"));
        let text = "The navies held a joint exercise, Xinhua reported, citing a statement by Egyptian military \
                    spokesman Gharib Abdel-Hafez.\n\n\
                    The drills included \"training on homogeneous work within a joint force,\" according to the \
                    statement.";
        assert_eq!(speaker_of(text, "2023-03-07", "training on").as_deref(), Some("Gharib Abdel-Hafez"));
        let text = "US Secretary of Defense Lloyd Austin spoke on Friday.\n\n\
                    \"It has not been taken off the table,\" Austin told a TV channel. He flew to Austin later.";
        assert_eq!(speaker_of(text, "2023-02-24", "taken off").as_deref(), Some("Lloyd Austin"));
    }

    #[test]
    fn it_goes_back_to_the_body_that_spoke_last() {
        let text = "Russia's Foreign Ministry on Friday accused the US Embassy of meddling, Reuters has reported.\n\n\
                    \"We underlined that we consider the publication as interference in our affairs,\" it said.";
        assert_eq!(speaker_of(text, "2019-08-10", "We underlined").as_deref(), Some("Russia"));
    }

    #[test]
    fn the_verb_governing_the_quote_wins_over_an_earlier_one() {
        let text = "Both Israel and Hezbollah have accused each other of violating the truce, and the strike came a \
                    day after United Nations officials demanded \"answers and justice\" over the deaths.";
        assert_eq!(speaker_of(text, "2025-04-01", "answers and").as_deref(), Some("United Nations"));
        // A participle after a comma still speaks for the sentence's subject.
        let text = "U.S. President Joe Biden, however, urged caution, stating, \"we are not there yet,\" in a call.";
        assert_eq!(speaker_of(text, "2024-08-17", "not there").as_deref(), Some("Joe Biden"));
    }

    #[test]
    fn a_described_body_stands_for_the_organisation_named_before() {
        let text = "The Economic Community of West African States (ECOWAS) released a statement on Sunday.\n\n\
                    The regional body had convened a summit on Saturday to address \"politics, peace, and security \
                    in Niger.\"";
        let who = speaker_of(text, "2024-02-26", "politics, peace");
        assert!(who.as_deref().is_some_and(|w| w.contains("ECOWAS") || w.contains("West African")), "{who:?}");
    }

    #[test]
    fn an_office_of_a_country_is_the_person_given_that_title() {
        let text =
            "Serbian President Aleksandar Vučić and Kosovo's Prime Minister Albin Kurti will meet in Brussels.\n\n\
                    Today, the President of Serbia said there would be talks, and \"by God, so will the Europeans\".";
        assert_eq!(speaker_of(text, "2023-02-22", "by God").as_deref(), Some("Aleksandar Vučić"));
    }

    #[test]
    fn a_joint_statement_of_several_countries_speaks_for_the_first() {
        let text = "Iran has dismissed criticism from Britain, France, and Germany over its nuclear programme.\n\n\
                    The three nations issued a joint statement on Monday, urging Tehran to cooperate.\n\n\
                    \"We call on Iranian authorities to refrain from any steps to end cooperation,\" the joint \
                    statement read.";
        assert_eq!(speaker_of(text, "2025-06-30", "We call on").as_deref(), Some("United Kingdom"));
    }

    #[test]
    fn he_after_a_body_spokesperson_is_that_spokesperson() {
        let text = "The European Commission said it will respond after U.S. President Donald Trump stated that he \
                    will impose tariffs.\n\n\
                    \"The EU will respond strongly,\" a Commission spokesperson said when asked to comment on \
                    Trump's statements.\n\n\
                    \"The European Union is the largest free market in the world,\" he added.";
        assert_eq!(speaker_of(text, "2025-02-27", "largest free market").as_deref(), Some("European Commission"));
    }

    #[test]
    fn relative_clauses_and_embedded_posts_name_their_speakers() {
        let text = "The move was welcomed by Ukrainian President Volodymyr Zelensky, who called the sanctions \
                    \"a strong message to Russia.\"\n\nI know Joe Biden as a strong supporter of our Alliance & look \
                    forward to working closely with him. https://t.co/Ij3rWtNH5c - Jens Stoltenberg (@jensstoltenberg) \
                    November 7, 2020";
        assert_eq!(speaker_of(text, "2020-11-08", "a strong message").as_deref(), Some("Volodymyr Zelensky"));
        assert_eq!(speaker_of(text, "2020-11-08", "I know Joe Biden").as_deref(), Some("Jens Stoltenberg"));
    }

    #[test]
    fn the_ministry_is_the_ministry_named_before() {
        let text = "Two civilians were killed, the Syrian Defense Ministry said on Tuesday.\n\n\
                    On Monday night, state news agency SANA reported that air defences were active. \"Our air \
                    defense systems shot down most of the rockets,\" the ministry said on social media.";
        assert_eq!(speaker_of(text, "2022-01-04", "Our air defense").as_deref(), Some("Syria"));
    }

    #[test]
    fn an_outlet_quoting_someone_is_not_the_speaker() {
        let text = "Trump said the two countries would focus on trade. \"We have become great friends,\" NDTV \
                    quoted him as saying.";
        assert_eq!(speaker_of(text, "2020-02-24", "great friends").as_deref(), Some("Donald Trump"));
        let text = "North Korea demanded that the drills stop.\n\n\"We sternly warn the U.S. to stop the dangerous \
                    exercises,\" the North's state news said, according to Reuters.";
        assert_eq!(speaker_of(text, "2015-01-15", "sternly warn").as_deref(), Some("North Korea"));
    }

    #[test]
    fn she_goes_to_a_woman_and_the_foreign_minister_to_the_one_so_titled() {
        let text = "Replying to an ultimatum from Theresa May, Russia's foreign ministry said Britain must \
                    understand.\n\nThe Kremlin has responded to her accusations. She vowed extensive sanctions if \
                    there was \"no credible response\" from Moscow.";
        assert_eq!(speaker_of(text, "2018-03-14", "no credible").as_deref(), Some("Theresa May"));
        let text = "Foreign Minister Shah Mahmood Qureshi met Prime Minister Imran Khan before leaving.\n\n\
                    \"I am hopeful that my meeting with Foreign Minister Wang Yi will be beneficial,\" the foreign \
                    minister said.";
        assert_eq!(speaker_of(text, "2020-08-20", "I am hopeful").as_deref(), Some("Shah Mahmood Qureshi"));
    }

    #[test]
    fn a_statement_speaks_for_the_body_that_reported_last() {
        let text = "Vladimir Putin and Donald Trump talked by phone on Tuesday. The leaders agreed to meet in \
                    Hamburg, the Kremlin press service reports.\n\n\"The aim is to create prerequisites for peace \
                    in Syria,\" the statement reads.";
        assert_eq!(speaker_of(text, "2017-05-03", "The aim is").as_deref(), Some("Kremlin"));
    }

    #[test]
    fn an_unnamed_army_speaks_for_the_country_the_article_is_about() {
        let text = "Fire from Afghanistan killed seven Pakistani soldiers at a checkpost in Pakistan, the army said. \
                    Pakistan buried them.\n\n\"Seven soldiers embraced martyrdom,\" a military statement said.";
        assert_eq!(speaker_of(text, "2023-03-06", "Seven soldiers").as_deref(), Some("Pakistan"));
    }

    #[test]
    fn the_national_leader_is_the_president_named_before() {
        let text = "Chinese President Xi Jinping held talks with Brazilian President Lula in Beijing on Friday. The \
                    Chinese leader described the visit as \"a new starting point\".";
        assert_eq!(speaker_of(text, "2023-04-14", "a new starting point").as_deref(), Some("Xi Jinping"));
    }

    #[test]
    fn he_after_in_which_is_the_agent_named_before() {
        let text = "Trump's tweet came following a speech by Hassan Rouhani that day in which he warned that a \
                    conflict would be \"the mother of all wars\". Donald Trump made a phone call to Narendra Modi \
                    during which he described India as a \"true friend\".";
        assert_eq!(speaker_of(text, "2018-07-23", "the mother of all wars").as_deref(), Some("Hassan Rouhani"));
        assert_ne!(speaker_of(text, "2018-07-23", "true friend").as_deref(), Some("Narendra Modi"));
    }

    #[test]
    fn a_speaker_cited_as_saying_speaks() {
        let text = "The agency cited rebel official Eduard Basurin as saying the forces fired. \"In the interests of \
                    preventing the death of civilians, fire is being deployed,\" Basurin was cited as saying.";
        assert_eq!(speaker_of(text, "2015-02-15", "In the interests").as_deref(), Some("Eduard Basurin"));
    }

    #[test]
    fn a_ministry_statement_speaks_for_its_country() {
        let text = "Russia said it would ignore the ultimatum. \"Any threats to take sanctions against Russia will \
                    not be left without a response,\" a Russian foreign ministry statement stated.";
        assert_eq!(speaker_of(text, "2018-03-14", "Any threats").as_deref(), Some("Russia"));
    }

    #[test]
    fn a_subject_with_a_weekday_before_its_verb_speaks() {
        let text = "The European Union on Monday summoned the Russian ambassador to express \"strong condemnation \
                    and rejection\" of the sanctions.";
        assert_eq!(speaker_of(text, "2021-05-03", "strong condemnation").as_deref(), Some("European Union"));
    }

    #[test]
    fn a_person_after_a_preposition_and_a_title_is_not_the_subject() {
        let text = "In a morning phone call with Israeli Foreign Minister Gideon Sa'ar, Antonio Tajani \"reiterated \
                    the need for an immediate return to negotiations,\" according to a statement from his office.";
        assert_eq!(speaker_of(text, "2025-06-13", "reiterated the need").as_deref(), Some("Antonio Tajani"));
        let text = "On Saturday, Iranian Foreign Ministry Spokesman Bahram Ghasemi censured the \"meddlesome\" \
                    remarks made by UK Foreign Secretary Jeremy Hunt, adding \"regrettably, the British Foreign \
                    Secretary has made several hasty statements.\"";
        let who = speaker_of(text, "2019-01-05", "regrettably");
        assert!(who.as_deref().is_some_and(|w| w != "Jeremy Hunt"), "{who:?}");
    }

    #[test]
    fn a_quotation_going_on_without_an_opening_mark_takes_the_speaker_at_its_end() {
        let text = "Lavrov and Motegi spent eight hours together, Atsushi Kaifu, the spokesperson for the Japanese \
                    Foreign Ministry, said.\n\n\
                    \"An informal dinner was held yesterday evening, hosted by Lavrov.\n\n\
                    They exchanged their views in an informal manner. It was a very fruitful discussion,\" Kaifu said.";
        assert_eq!(speaker_of(text, "2019-12-19", "An informal dinner").as_deref(), Some("Atsushi Kaifu"));
        assert_eq!(speaker_of(text, "2019-12-19", "They exchanged").as_deref(), Some("Atsushi Kaifu"));
    }

    #[test]
    fn ministers_of_several_countries_speak_for_the_first() {
        let text = "The British, French and German foreign ministers said in a joint statement they would continue \
                    to seek \"a new diplomatic solution to ensure Iran never gets a nuclear weapon.\"";
        assert_eq!(speaker_of(text, "2025-09-28", "a new diplomatic").as_deref(), Some("United Kingdom"));
    }

    #[test]
    fn a_surname_the_recogniser_missed_still_speaks() {
        let text = "Some 215 soldiers were among the dead.\n\n\"We are handling the worst disaster in our \
                    history,\" Sultan said.";
        assert_eq!(speaker_of(text, "2005-10-10", "worst disaster").as_deref(), Some("Sultan"));
    }

    #[test]
    fn a_surname_spelt_with_other_accents_is_the_full_name_given_before() {
        let text = "Serbian President Aleksandar Vučić and Kosovo's Prime Minister Albin Kurti will meet.\n\n\
                    \"I will always go to talk, but there is no talking with Kurti,\" Vučič said.";
        assert_eq!(speaker_of(text, "2023-02-22", "always go").as_deref(), Some("Aleksandar Vučić"));
    }

    #[test]
    fn an_acronym_in_parentheses_does_not_end_a_post_posed_attribution() {
        let text = "\"We have just agreed to the meeting,\" External Affairs Ministry (MEA) spokesperson Raveesh \
                    Kumar told the weekly media briefing.";
        assert_eq!(speaker_of(text, "2018-09-21", "just agreed").as_deref(), Some("Raveesh Kumar"));
    }

    #[test]
    fn a_surname_with_a_capitalised_particle_is_the_full_name_given_before() {
        let text = "UN envoy Staffan de Mistura on Monday urged new ceasefires.\n\n\
                    \"What we need is some facts on the ground,\" De Mistura told reporters.";
        assert_eq!(speaker_of(text, "2015-11-09", "facts on the ground").as_deref(), Some("Staffan de Mistura"));
    }

    #[test]
    fn a_statement_by_a_body_after_the_verb_is_that_body() {
        let text = "\"Our troops responded and targeted positions,\" said a July 1 statement by the Foreign Ministry \
                    of Pakistan.";
        let got = speaker_of(text, "2018-07-02", "troops responded");
        assert!(got.as_deref().is_some_and(|s| s.contains("Ministry") || s == "Pakistan"), "{got:?}");
    }

    #[test]
    fn a_unit_of_a_body_speaks_for_the_body() {
        let text = "\"Our troops are exercising maximum restraint,\" the Pakistan Army's public relations \
                    department said.";
        assert_eq!(speaker_of(text, "2017-05-06", "maximum restraint").as_deref(), Some("Pakistan Army"));
    }

    #[test]
    fn a_description_after_the_verb_is_the_person_last_named_as_a_subject() {
        let text = "Kyle McClean scored late after a pass from Dean Shiels.\n\n\
                    \"It could be a huge result,\" said the 21-year-old midfielder.";
        assert_eq!(speaker_of(text, "2019-03-02", "huge result").as_deref(), Some("Kyle McClean"));
    }

    #[test]
    fn a_lowercase_description_before_a_post_posed_name_does_not_end_the_attribution() {
        let text = "The quake damaged many buildings.\n\n\
                    \"I thought it was the end of the world,\" resident Carlos Canseco told reporters.";
        assert_eq!(speaker_of(text, "2019-12-16", "end of the world").as_deref(), Some("Carlos Canseco"));
    }

    #[test]
    fn a_statement_with_no_issuer_is_the_body_that_spoke_before() {
        let text = "Health workers in Kenya were setting up refrigerators on Monday, the health ministry said. There \
                    were three new cases, it said.\n\n\"The cold chain arrived in Nairobi on Monday,\" the statement \
                    said.";
        assert_eq!(speaker_of(text, "2018-08-06", "cold chain").as_deref(), Some("Kenya"));
    }

    #[test]
    fn a_statement_set_off_by_commas_is_its_issuer() {
        let text = "Qatar and Egypt reaffirmed their efforts, according to a statement released by the Qatari \
                    Ministry of Foreign Affairs.\n\nThe statement, issued on Friday, said the two nations aim \
                    \"to reach an agreement that brings an end to the war.\"";
        assert_eq!(speaker_of(text, "2024-04-20", "reach an agreement").as_deref(), Some("Qatar"));
    }

    #[test]
    fn a_country_owning_the_body_that_acts_speaks() {
        let text = "Protesters gathered outside the mission on Sunday.\n\nIndia's foreign ministry also sought an \
                    explanation on \"how such elements were allowed to breach the security of our mission.\"";
        assert_eq!(speaker_of(text, "2023-03-20", "how such elements").as_deref(), Some("India"));
    }

    #[test]
    fn a_quotation_that_lost_its_opening_mark_is_still_found() {
        let text = "Russia expelled 60 diplomats.\n\nWe will retaliate in kind, but there will be more,\" Russian \
                    Foreign Minister Sergei Lavrov told journalists on Thursday.\n\n\" The body was taken along by \
                    his associates,\" the sources said.";
        let all = speakers(text, "2018-03-29");
        assert!(all.iter().any(|(t, s)| t.starts_with("We will retaliate") && s.as_deref() == Some("Sergei Lavrov")));
        assert!(all.iter().any(|(t, _)| t.starts_with("The body was taken")), "{all:?}");
    }

    #[test]
    fn the_ministry_is_the_one_that_spoke_not_the_one_only_named() {
        let text = "The Russian Foreign Ministry summoned the Czech ambassador, the Russian Foreign Ministry said.\n\n\
                    The Czech Foreign Ministry published an appeal to Russian diplomats on Saturday.\n\n\
                    \"The ambassador was informed that this trick was a violation of all rules,\" the ministry added.";
        assert_eq!(speaker_of(text, "2022-04-05", "ambassador was informed").as_deref(), Some("Russia"));
    }

    #[test]
    fn a_statement_reads_for_its_issuer() {
        let text = "The statement as released by the World Health Organization over the weekend read \"As part of the \
                    elimination strategy, we will embark on a campaign.\"";
        assert_eq!(
            speaker_of(text, "2022-10-17", "elimination strategy").as_deref(),
            Some("World Health Organization")
        );
    }

    #[test]
    fn single_marks_quote_several_words_but_not_apostrophes() {
        let text = "G7 ministers threaten 'economic costs on Russia' over the annexation.\n\n\
                    Khamenei has called the students' protests part of Iran's 'resistance front' against the US.";
        let all = speakers(text, "2022-10-01");
        assert!(all.iter().any(|(t, s)| t == "economic costs on Russia" && s.as_deref() == Some("G7")), "{all:?}");
        assert!(all.iter().any(|(t, _)| t == "resistance front"), "{all:?}");
        assert!(all.iter().all(|(t, _)| !t.contains("protests")), "{all:?}");
    }

    #[test]
    fn a_participle_terming_something_speaks_for_the_subject_body() {
        let text = "The National Security Committee met on Thursday.\n\nThe committee expressed serious concerns over \
                    the memo, terming it 'blatant interference in the internal affairs of Pakistan.'";
        assert_eq!(
            speaker_of(text, "2022-03-31", "blatant interference").as_deref(),
            Some("National Security Committee")
        );
    }

    #[test]
    fn shape_spokesperson_chain() {
        let text = "Foreign Ministry spokesperson Mao Ning said on Monday that China opposed the sanctions. \
                    \"The US should stop its wrongdoing,\" she said at a regular briefing.\n\n\
                    \"China will take firm measures to protect its rights,\" she added.\n\n\
                    \"We urge Washington to correct its mistakes.\"\n\n\
                    The spokesperson said, \"Dialogue is the only way forward.\"\n\n\
                    \"Taiwan is part of China,\" Mao said.";
        for q in ["stop its wrongdoing", "firm measures", "We urge Washington", "only way forward", "Taiwan is part"] {
            assert_eq!(speaker_of(text, "2024-05-06", q).as_deref(), Some("Mao Ning"), "{q}");
        }
    }

    #[test]
    fn shape_said_a_spokesman_named_after() {
        let text = "China criticised the move on Tuesday.\n\n\
                    \"This is a gross interference in China's internal affairs,\" said a Foreign Ministry spokesman, \
                    Wang Wenbin.\n\n\"We will respond resolutely,\" Wang said.";
        assert_eq!(speaker_of(text, "2023-03-07", "gross interference").as_deref(), Some("Wang Wenbin"));
        assert_eq!(speaker_of(text, "2023-03-07", "respond resolutely").as_deref(), Some("Wang Wenbin"));
    }

    #[test]
    fn shape_reporting_frames() {
        let date = "2024-01-10";
        let text = "\"We are not going to back down,\" Prime Minister Keir Starmer told reporters in London.";
        assert_eq!(speaker_of(text, date, "back down").as_deref(), Some("Keir Starmer"));
        let text = "\"The talks were constructive,\" German Chancellor Olaf Scholz told Reuters on Friday.";
        assert_eq!(speaker_of(text, date, "constructive").as_deref(), Some("Olaf Scholz"));
        let text = "Israeli Prime Minister Benjamin Netanyahu wrote on X: \"We will win this war.\"";
        assert_eq!(speaker_of(text, date, "win this war").as_deref(), Some("Benjamin Netanyahu"));
        let text = "In a statement, Senator Lindsey Graham said, \"This is a disgrace.\"";
        assert_eq!(speaker_of(text, date, "a disgrace").as_deref(), Some("Lindsey Graham"));
        let text = "The deal is \"a historic step,\" according to Turkish President Recep Tayyip Erdogan.";
        assert_eq!(speaker_of(text, date, "historic step").as_deref(), Some("Recep Tayyip Erdoğan"));
    }

    #[test]
    fn shape_split_quote() {
        let text = "French President Emmanuel Macron spoke in Paris on Friday.\n\n\
                    \"We stand with Ukraine,\" he said, \"and we will do so for as long as it takes.\"";
        assert_eq!(speaker_of(text, "2024-02-24", "stand with Ukraine").as_deref(), Some("Emmanuel Macron"));
        assert_eq!(speaker_of(text, "2024-02-24", "as long as it takes").as_deref(), Some("Emmanuel Macron"));
    }

    #[test]
    fn shape_two_speakers_alternating() {
        let text = "U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Friday.\n\n\
                    \"We had candid talks,\" Blinken said.\n\n\
                    Wang told Blinken that Washington must stop interfering. \"The US must respect China,\" he said.\n\n\
                    Blinken rejected the claim. \"We will keep defending our interests,\" he said.";
        let d = "2024-04-26";
        assert_eq!(speaker_of(text, d, "candid talks").as_deref(), Some("Antony Blinken"));
        assert_eq!(speaker_of(text, d, "must respect China").as_deref(), Some("Wang Yi"));
        assert_eq!(speaker_of(text, d, "keep defending").as_deref(), Some("Antony Blinken"));
    }

    #[test]
    fn shape_odd_quote_marks_keep_the_speaker() {
        let text = "Indian Prime Minister Narendra Modi spoke at the summit on Monday.\n\n\
                    \"India is ready to help, Modi said, adding that peace was the only option.\n\n\
                    \"We believe in dialogue,\" he said.";
        let who = speakers(text, "2024-07-08");
        let dialogue = who.iter().find(|(t, _)| t.contains("believe in dialogue"));
        assert_eq!(dialogue.and_then(|(_, s)| s.as_deref()), Some("Narendra Modi"), "{who:?}");
        let ready = who.iter().find(|(t, _)| t.contains("ready to help"));
        assert!(
            ready.is_none_or(|(t, s)| !t.contains("Modi said") && s.as_deref() == Some("Narendra Modi")),
            "{who:?}"
        );
    }

    #[test]
    fn shape_guillemets_and_commented() {
        let d = "2024-04-22";
        let text = "Foreign Ministry spokesperson Mao Ning urged Canada to stop its provocations on Monday.\n\
                    « The claims make no sense, and China firmly opposes them, » the spokesperson commented.\n\
                    « We hope Ottawa will stop political hype, » she added.";
        assert_eq!(speaker_of(text, d, "make no sense").as_deref(), Some("Mao Ning"));
        assert_eq!(speaker_of(text, d, "political hype").as_deref(), Some("Mao Ning"));
        let text = "« Ministry of Foreign Affairs spokesperson Mao Ning called on Canada to 'stop its provocations, \
                    during a briefing on Monday.\n\
                    « The claims make no sense, and China firmly opposes them, » the spokesperson commented.\n\
                    « We hope Ottawa will stop political hype, » she added.";
        assert_eq!(speaker_of(text, d, "make no sense").as_deref(), Some("Mao Ning"));
        assert_eq!(speaker_of(text, d, "political hype").as_deref(), Some("Mao Ning"));
    }

    #[test]
    fn a_person_of_a_university_telling_an_outlet_speaks() {
        let d = "2025-01-10";
        let text = "Analyst Jane Porter told reporters, \"The sanctions will not work.\"";
        assert_eq!(speaker_of(text, d, "will not work").as_deref(), Some("Jane Porter"));
        let text = "Peter Hall of Boston University told CNN, \"The president may regret this threat.\"";
        assert_eq!(speaker_of(text, d, "regret this").as_deref(), Some("Peter Hall"));
        let text = "Peter Hall of Boston University told CNN, \"Donald Trump may regret this threat.\"";
        assert_eq!(speaker_of(text, d, "regret this").as_deref(), Some("Peter Hall"));
    }

    #[test]
    fn a_time_phrase_between_subject_and_verb_is_skipped() {
        let d = "2021-08-06";
        let text = "An Indian army statement Friday said that both sides had dismantled \"temporary structures \
                    erected by them.\" It said that troops were back in their \"respective permanent bases.\"";
        assert_eq!(speaker_of(text, d, "temporary structures").as_deref(), Some("India"));
        assert_eq!(speaker_of(text, d, "permanent bases").as_deref(), Some("India"));
        let text = "Foreign Minister Penny Wong on Monday said the talks were \"productive and frank\".";
        assert_eq!(speaker_of(text, d, "productive and frank").as_deref(), Some("Penny Wong"));
    }

    #[test]
    fn a_spokesperson_of_a_body_after_the_verb() {
        let d = "2023-04-14";
        let text = "The claims are \"groundless accusations\", said a Foreign Ministry spokesman on Thursday.";
        assert_eq!(speaker_of(text, d, "groundless").as_deref(), Some("Foreign Ministry"));
        let text = "MEA spokesperson Raveesh Kumar spoke to reporters.\n\
                    \"The existing policy will continue,\" said the MEA spokesperson.";
        assert_eq!(speaker_of(text, d, "existing policy").as_deref(), Some("Raveesh Kumar"));
    }

    #[test]
    fn an_outlet_relays_the_words_of_the_one_who_acts() {
        let d = "2017-05-22";
        let text = "Ankara protests against \"aggressive and unprofessional\" acts of US personnel.";
        assert_eq!(speaker_of(text, d, "aggressive and unprofessional").as_deref(), Some("Turkey"));
        let text = "The Foreign Ministry of South Korea on Monday summoned the ambassador in protest against the \
                    \"aggressive and unprofessional actions\" of security personnel, according to Yonhap News Agency.";
        assert_ne!(speaker_of(text, d, "unprofessional actions").as_deref(), Some("Yonhap News Agency"));
    }

    #[test]
    fn partial_quotes_belong_to_who_used_the_words() {
        let d = "2016-09-07";
        let text = "Prime Minister Narendra Modi met President Barack Obama in Hangzhou.\n\
                    Modi exchanged views with Obama on Sunday, with the US president praising the 'bold policy' move \
                    on tax reform.";
        assert_eq!(speaker_of(text, d, "bold policy").as_deref(), Some("Barack Obama"));
        let text = "Chinese bloggers visited Mariupol.\nThe Ukrainian side described the group's visit as 'illegal'.";
        assert_eq!(speaker_of(text, d, "illegal").as_deref(), Some("Ukraine"));
    }

    #[test]
    fn a_claim_gives_its_owner_the_words_inside_its_clause() {
        let d = "2026-01-08";
        let text = "The command said the seizure supported President Donald Trump's proclamation on targeting vessels \
                    that \"threaten the security of the hemisphere.\"";
        assert_eq!(speaker_of(text, d, "threaten the security").as_deref(), Some("Donald Trump"));
        let text = "NATO Secretary General Jens Stoltenberg said the two had agreed to talks.\n\
                    However, Greece denied it and said Stoltenberg's statement did not \"correspond to reality.\"";
        assert_eq!(speaker_of(text, d, "correspond to reality").as_deref(), Some("Greece"));
    }

    #[test]
    fn datelines_adverbs_and_issued_statements() {
        let d = "2002-04-08";
        let text = "UNITED NATIONS, April 8: The UN Security Council on Sunday demanded Israeli withdrawal and an \
                    \"immediate implementation\" of its resolution.";
        assert_eq!(speaker_of(text, d, "immediate implementation").as_deref(), Some("UN Security Council"));
        let text = "The Ministry of Foreign Affairs of Belarus has issued a statement warning Ukraine of the \
                    consequences should it cross the border \"without permission or in an aggressive manner\".";
        assert!(speaker_of(text, d, "without permission").is_some());
        let text = "The European Union imposed new sanctions on officials.\n\
                    Minsk swiftly announced tit-for-tat \"counter sanctions\" against the bloc.";
        assert_eq!(speaker_of(text, d, "counter sanctions").as_deref(), Some("Belarus"));
        let text = "The foreign ministry said the decision is in line with comments by President Nayib Bukele \
                    \"not recognizing the government as legitimate.\"";
        assert_eq!(speaker_of(text, d, "not recognizing").as_deref(), Some("Nayib Bukele"));
    }

    #[test]
    fn long_office_names_and_apposed_spokespeople() {
        let d = "2020-08-14";
        let text = "\"We have sent a strong message to Turkey,\" said EU High Representative of the Union for Foreign \
                    Affairs and Security Policy Josep Borrell.";
        assert_eq!(speaker_of(text, d, "strong message").as_deref(), Some("Josep Borrell"));
        let text = "Following the meeting, Maria Santos, spokesperson of the European Commission said, \
                    \"The talks were useful.\"";
        assert_eq!(speaker_of(text, d, "talks were useful").as_deref(), Some("Maria Santos"));
    }

    #[test]
    fn courts_through_their_justices_and_conjunctions_before_subjects() {
        let d = "2016-10-03";
        let text = "The Supreme Court on Monday reinstated the conviction.\n\
                    The only way that can be reversed is that \"no rational trier of fact could have agreed with the \
                    jury,\" the justices said.";
        assert_eq!(speaker_of(text, d, "rational trier").as_deref(), Some("Supreme Court"));
        let text = "Prosecutors recommended a longer sentence.\n\
                    But the Justice Department intervened and argued that three years was a \"more typical\" sentence.";
        assert_eq!(speaker_of(text, d, "more typical").as_deref(), Some("Justice Department"));
    }

    #[test]
    fn a_described_group_of_countries_speaks_through_its_first() {
        let d = "2025-06-30";
        let text = "Britain, France and Germany issued a joint statement on Monday.\n\
                    Iran has dismissed criticism over what the European powers described as \"threats\" against the \
                    agency's chief.";
        assert_eq!(speaker_of(text, d, "threats").as_deref(), Some("United Kingdom"));
    }

    #[test]
    fn a_definite_national_role_goes_back_to_its_holder() {
        let d = "2025-06-13";
        let text = "Italian Foreign Minister Antonio Tajani called for restraint.\n\
                    The Italian minister added that he would stay in contact with officials in an effort to \
                    \"keep diplomatic channels open.\"";
        assert_eq!(speaker_of(text, d, "keep diplomatic").as_deref(), Some("Antonio Tajani"));
    }

    #[test]
    fn heads_of_bodies_deputies_participles_and_statements_inside_quotes() {
        let d = "2023-03-01";
        let text = "US Defense Secretary Mark Ellison visited troops on Monday. The Pentagon chief added that the \
                    army \"will be ready\" by spring.";
        assert_eq!(speaker_of(text, d, "will be ready").as_deref(), Some("Mark Ellison"));
        let text = "Deputy UN spokesman Marco Ruiz spoke in New York. Aid must resume, Ruiz added.\n\nThe deputy \
                    called on all parties to \"respect their obligations\" at once.";
        assert_eq!(speaker_of(text, d, "respect their obligations").as_deref(), Some("Marco Ruiz"));
        let text = "Defence Minister Arjun Mehta on Wednesday met Defence Minister Lee Park in Vientiane, saying \
                    that both countries must cooperate.\n\n\"We need cooperation rather than conflict.\"";
        assert_eq!(speaker_of(text, d, "cooperation rather than").as_deref(), Some("Arjun Mehta"));
        let text = "\"The chief welcomes the joint statement issued by the militaries of India and Pakistan,\" his \
                    spokesman Marco Ruiz said.\n\n\"He hopes for further dialogue,\" the statement said.";
        assert_ne!(speaker_of(text, d, "further dialogue").as_deref(), Some("India"));
        let text = "The drills began on Sunday, according to a statement by military spokesman Karim Nasser. The \
                    navies trained together, according to the statement.\n\nIt added that the drills \"support \
                    maritime security.\"";
        assert_eq!(speaker_of(text, d, "maritime security").as_deref(), Some("Karim Nasser"));
        let text = "Assembly President Ivo Marek welcomed the deal.\n\n\"I welcome it,\" he said in a statement read \
                    out by his spokesman Petr Holub.\n\nThe UN chief also welcomed it.\n\n\"The chief is encouraged,\" \
                    his spokesman Marco Ruiz said.\n\n\"He hopes for further dialogue,\" the statement said.";
        assert_eq!(speaker_of(text, d, "further dialogue").as_deref(), Some("Marco Ruiz"));
    }

    #[test]
    fn groups_called_they_appositions_after_quotes_posts_and_definite_spokespeople() {
        let d = "2024-10-04";
        let text = "G7 leaders \"express deep concern over the situation,\" they said in a statement.\n\nThey warned \
                    that the \"cycle of attacks risks escalation\".\n\nThe statement said the leaders discussed \
                    \"coordinated efforts\".";
        assert_eq!(speaker_of(text, d, "deep concern").as_deref(), Some("G7"));
        assert_eq!(speaker_of(text, d, "cycle of attacks").as_deref(), Some("G7"));
        assert_eq!(speaker_of(text, d, "coordinated efforts").as_deref(), Some("G7"));
        let text = "MOSCOW. Aug 19 (Interfax) - A senior lawmaker spoke on Monday.\n\n\"The facts are evident,\" \
                    Pavel Orlov, first deputy head of the United Russia party in the State Duma, told journalists.";
        assert_eq!(speaker_of(text, d, "facts are evident").as_deref(), Some("Pavel Orlov"));
        let text = "President Donald Trump tweeted: Congratulations to Prime Minister Narendra Modi on his big \
                    election victory!\n\nVice President Mike Pence tweeted: Congrats to an ally and friend on a \
                    strong display of democracy!";
        assert_eq!(speaker_of(text, d, "Congratulations to Prime").as_deref(), Some("Donald Trump"));
        assert_eq!(speaker_of(text, d, "Congrats to an ally").as_deref(), Some("Mike Pence"));
        let text = "This was stated by Chinese Foreign Ministry spokesman Wei Dong at a briefing.\n\n\"All \
                    parties must show restraint,\" the Chinese Foreign Ministry spokesperson emphasized.";
        assert_eq!(speaker_of(text, d, "show restraint").as_deref(), Some("Wei Dong"));
        let text = "Earlier, Congress MP Ravi Menon said that Trump's victory \"won't mean many surprises\" for \
                    India. \"We know that he is a very transactional leader,\" the former Union minister told ANI.";
        assert_eq!(speaker_of(text, d, "transactional leader").as_deref(), Some("Ravi Menon"));
        let text = "British Prime Minister Boris Johnson congratulated the Democrat leaders and said he looked \
                    forward to \"working closely together on our shared priorities\".";
        assert_eq!(speaker_of(text, d, "shared priorities").as_deref(), Some("Boris Johnson"));
        let text = "The US officials resort to blatant lies, claiming that we \"allowed them to enter the \
                    premises.\" Let us get the facts straight.";
        assert_eq!(speaker_of(text, d, "enter the premises").as_deref(), Some("United States"));
    }

    #[test]
    fn reporting_bodies_colon_introductions_and_names_that_look_like_verbs() {
        let d = "2023-09-01";
        // A body reporting what was agreed speaks, not a person named inside its report.
        let text = "On August 2, the Kremlin press service reported that at the conclusion of a telephone \
                    conversation between Putin and Erdogan 'it was agreed to continue contacts at various levels'.";
        assert_eq!(speaker_of(text, d, "it was agreed").as_deref(), Some("Kremlin"));
        // The words a person spoke after a colon are his, though an official relays them after the quote.
        let text = "He also asked Mr Xi to respect Taiwan's process, the US official said. Mr Xi responded: \
                    \"Look, peace is all well and good but we need to move towards resolution,\" the US official said.";
        assert_eq!(speaker_of(text, d, "peace is all well").as_deref(), Some("Xi Jinping"));
        // "States" in "the United States" is no speech verb.
        let text = "Iranian Foreign Minister Mohammad Javad Zarif spoke. Zarif said, in an interview, in response \
                    to a question about negotiating with the United States, \"I never rule out the possibility of \
                    changing people's attitudes.\"";
        assert_eq!(speaker_of(text, d, "I never rule out").as_deref(), Some("Mohammad Javad Zarif"));
        // "the President" is the one given that title in apposition when no one is titled so before a name.
        let text = "Theresa May, the Prime Minister, has met with Donald Trump, the President of the United States, \
                    in Davos.\n\nA spokesperson for the President said:\n\n\"The President and Prime Minister \
                    discussed joint efforts to ensure the enduring defeat of ISIS.\"";
        assert_eq!(speaker_of(text, d, "joint efforts").as_deref(), Some("Donald Trump"));
    }

    #[test]
    fn statements_introduced_by_a_colon_elided_subjects_and_periphrases() {
        // A statement a sentence ending in a colon introduces is its issuer's, past a dateline and plural titles.
        let text = "Washington, D.C. - Today, Representatives Gregory W. Meeks, Chairman of the House Foreign \
                    Affairs Committee, and Bill Keating issued the following statement:\n\n\"We welcome the \
                    announcement today regarding additional actions taken against Russia.\"";
        assert_eq!(speaker_of(text, "2021-04-15", "We welcome").as_deref(), Some("Gregory W. Meeks"));
        // "she had said": an auxiliary between the pronoun and the verb.
        let text = "Earlier, Mary K Carlson, Charge d'Affaires at the US Embassy in New Delhi, had also tweeted.\n\n\
                    \"We deplore the attack on pilgrims and condemn all acts of terrorism,\" she had said.";
        assert_eq!(speaker_of(text, "2017-07-12", "We deplore").as_deref(), Some("Mary K Carlson"));
        // "it said in a statement" closing the sentence of a quotation set inside it.
        let text = "\"India strongly condemns the attack,\" the External Affairs Ministry said.\nThe \"Government \
                    of India strongly condemns the barbaric attack\" in Kenya in which scores were killed, it said \
                    in a statement.";
        assert_eq!(
            speaker_of(text, "2015-04-03", "Government of India").as_deref(),
            Some("Ministry of External Affairs")
        );
        // A hyphenated title is several tokens; "the Under-Secretary-General" is the person titled so.
        let text = "At the outset, Jeffrey Feltman, Under-Secretary-General for Political Affairs, recalled the \
                    reports. Two ships had launched missiles, he said.\n\n\"It is important that this Council send \
                    a strong message,\" the Under-Secretary-General said.";
        assert_eq!(speaker_of(text, "2017-04-07", "It is important").as_deref(), Some("Jeffrey Feltman"));
        // "The head of U.S. diplomacy" is the foreign minister; a document signed by someone is theirs.
        let text = "US diplomatic chief Antony Blinken announced the aid. The head of U.S. diplomacy also hailed \
                    \"the hospitality of neighboring countries\" in welcoming refugees.";
        assert_eq!(speaker_of(text, "2022-02-27", "the hospitality").as_deref(), Some("Antony Blinken"));
        let text = "A day earlier, US President Joe Biden announced the extension. \"The humanitarian needs in Gaza \
                    require much more,\" said a document signed by White House National Security Advisor Jake \
                    Sullivan. The senior official added that his government would work to \"mobilize the \
                    international community.\"";
        assert_eq!(speaker_of(text, "2023-11-28", "The humanitarian needs").as_deref(), Some("Jake Sullivan"));
        assert_eq!(speaker_of(text, "2023-11-28", "mobilize the").as_deref(), Some("Jake Sullivan"));
        // "But said …": a sentence opened by its verb shares the subject of the one before.
        let text = "Biden responded by agreeing that relations are at a low point.\n\nBut said he was not going to \
                    hold a press conference because \"this is not a contest about who can do better.\"";
        assert_eq!(speaker_of(text, "2021-06-13", "this is not a contest").as_deref(), Some("Joe Biden"));
        // "The presidential aide" is the aide named before.
        let text = "No agreement was reached, Kremlin aide Yuri Ushakov told journalists. The presidential aide also \
                    noted that \"earlier, the American side was the first to support joint press conferences.\"";
        assert_eq!(speaker_of(text, "2021-06-15", "earlier, the American").as_deref(), Some("Yuri Ushakov"));
    }

    #[test]
    fn late_subjects_participles_office_posts_declarations_and_described_diplomats() {
        // A name right before a finite verb is its sentence's subject, however late it stands.
        let text = "Alena Kupcyna, the Deputy Minister, said it on February 13.\n\n\"We plan a meeting,\" Kupchyna \
                    said.\n\nOn February 11 during the summit in Minsk the Foreign Minister of Belarus Uladzimir \
                    Mackei reported that officials would visit. \"During a week or two we should expect the flow of \
                    visitors,\" he said.";
        assert_eq!(speaker_of(text, "2019-02-14", "During a week").as_deref(), Some("Vladimir Makei"));
        // The participle right before a quotation has the subject of its own clause.
        let text = "Two days after Lithuania called back its top diplomats from the Beijing embassy citing security \
                    concerns, China dismissed the claims, saying \"such allegations are groundless\".";
        assert_eq!(speaker_of(text, "2021-12-17", "such allegations").as_deref(), Some("China"));
        // A post credited to an office speaks for the country its handle names.
        let text = "If the Lithuanian side tries to shift its own responsibility, it will only further damage \
                    relations. pic.twitter.com/xdx725yxC1\n- Spokesperson\u{53d1}\u{8a00}\u{4eba} (@MFA_China) \
                    December 16, 2021";
        assert_eq!(speaker_of(text, "2021-12-17", "If the Lithuanian side").as_deref(), Some("China"));
        // A numbered paragraph of a declaration introduced by a colon belongs to whoever signed it.
        let text = "Following is the text of the joint declaration signed by Prime Minister Imran Khan and the Uzbek \
                    President Shavkat Mirziyoyev on Thursday:\n1. \"On the invitation of the President, the Prime \
                    Minister paid an official visit to Uzbekistan on July 15-16, 2021.";
        assert_eq!(speaker_of(text, "2021-07-16", "On the invitation").as_deref(), Some("Imran Khan"));
        // "The Russian diplomat" is the Russian named before, not the foreign minister; a quotation with no
        // attribution after a sentence with a speaker is that speaker's.
        let text = "Russia's Ambassador to the US Anatoly Antonov met the US Ambassador Jon Huntsman.\n\nOn Saturday \
                    he hosted a reception.\n\nHe told reporters the meeting was good.\n\n\"I consider Huntsman a \
                    clever, smart professional,\" the Russian diplomat said.\n\nThe Russian ambassador stressed that \
                    it is hard. \"Unfortunately, it would not be possible to do it promptly.\"";
        assert_eq!(speaker_of(text, "2017-10-20", "I consider Huntsman").as_deref(), Some("Anatoly Antonov"));
        assert_eq!(speaker_of(text, "2017-10-20", "Unfortunately").as_deref(), Some("Anatoly Antonov"));
        // A ministry only described by its country speaks as that country.
        let text = "\"China strongly condemns such an outrageous move,\" the Chinese Foreign Ministry said.";
        assert_eq!(speaker_of(text, "2020-07-22", "China strongly condemns").as_deref(), Some("China"));
    }

    #[test]
    fn nested_reports_quoted_as_according_to_him_and_reports_that() {
        // "quoted Vladimir Putin's spokesman Dimitry Peskov as saying": the name before "as".
        let text = "Russia's embassy quoted Vladimir Putin's spokesman Dmitry Peskov as saying, \"We will certainly \
                    respond adequately.\" The embassy said that Peskov said the actions are \"illegal from an \
                    international law point of view.\"";
        assert_eq!(speaker_of(text, "2016-12-30", "We will certainly").as_deref(), Some("Dmitry Peskov"));
        assert_eq!(speaker_of(text, "2016-12-30", "illegal from").as_deref(), Some("Dmitry Peskov"));
        // "reported to the President that … "…"", "according to him, "…"".
        let text = "Lukashenko met the Defense Minister Viktor Khrenin near Grodno.\n\nThe Defense Minister reported \
                    to the President that NATO troops \"are approaching the border, turning around and leaving.\"\n\n\
                    Also, according to him, \"it is possible that destructive forces enter the territory.\"";
        assert_eq!(speaker_of(text, "2021-05-15", "are approaching").as_deref(), Some("Viktor Khrenin"));
        assert_eq!(speaker_of(text, "2021-05-15", "destructive forces").as_deref(), Some("Viktor Khrenin"));
        // An adverb opening the sentence is no part of the name.
        let text = "Russia's ambassador Anatoly Antonov arrived.\n\nPreviously Antonov said that the lawmakers had \
                    \"expressed willingness to cooperate\".";
        assert_eq!(speaker_of(text, "2017-12-01", "expressed willingness").as_deref(), Some("Anatoly Antonov"));
    }

    #[test]
    fn a_name_before_and_and_the_verb_is_the_first_predicates_object() {
        let text = "Netanyahu met Erdogan in Ankara and said \"all authorities must prepare to provide help.\"";
        assert_eq!(speaker_of(text, "2023-02-06", "all authorities").as_deref(), Some("Benjamin Netanyahu"));
        let text = "French President Emmanuel Macron described the images as \"horrific\" and said that France was \
                    \"ready to provide emergency assistance,\" while German Chancellor Olaf Scholz said it would help.";
        assert_eq!(speaker_of(text, "2023-02-06", "ready to provide").as_deref(), Some("Emmanuel Macron"));
    }

    #[test]
    fn an_unnamed_spokesperson_speaks_for_the_body_named_with_him() {
        let text = "\"The enemy fired for ten hours near the line,\" the Korean Central News Agency quoted a \
                    spokesman for the General Staff of the Korean People's Army (KPA) as saying.\n\n\
                    The spokesman said that \"strong countermeasures\" were taken.\n\n\
                    The spokesman also said the KPA \"sends a stern warning\" to the South.";
        assert_eq!(speaker_of(text, "2022-10-14", "enemy fired").as_deref(), Some("Korean People's Army"));
        assert_eq!(speaker_of(text, "2022-10-14", "stern warning").as_deref(), Some("Korean People's Army"));
    }

    #[test]
    fn remarks_made_and_points_made_out_report_speech() {
        let text = "\"We call on relevant parties to resolve their differences peacefully,\" Geng Shuang made the \
                    remarks at a briefing.\n\nForeign Minister Yvan Gil spoke on Monday.\n\n\
                    The foreign minister pointed out that Venezuela \"demands that aid be let through.\"";
        assert_eq!(speaker_of(text, "2020-01-08", "relevant parties").as_deref(), Some("Geng Shuang"));
        assert_eq!(speaker_of(text, "2023-10-18", "aid be let").as_deref(), Some("Yván Gil"));
    }

    #[test]
    fn a_tweet_that_reads_is_its_credited_authors() {
        let text = "Cumpliendo la instruccion del Presidente, hemos enviado a Egipto un cargamento de ayuda.\n\n\
                    La... pic.twitter.com/C67ZU1dYIp - Yvan Gil (@yvangil) October 18, 2023\n\n\
                    The tweet reads, \"We have sent to Egypt a shipment of humanitarian aid.\"";
        assert_eq!(speaker_of(text, "2023-10-18", "Cumpliendo").as_deref(), Some("Yván Gil"));
        assert_eq!(speaker_of(text, "2023-10-18", "shipment of humanitarian").as_deref(), Some("Yván Gil"));
    }

    #[test]
    fn a_spaced_opening_mark_after_a_colon_opens_a_quotation() {
        let text = "Putin said: \" We would continue our military plans under any circumstances.\"\n\nIt ended.";
        assert_eq!(speaker_of(text, "2015-02-21", "We would continue").as_deref(), Some("Vladimir Putin"));
    }

    #[test]
    fn parentheticals_descriptions_and_lists_do_not_take_the_subjects_place() {
        let text = "Amnesty International -- one of the largest rights groups -- said a \"targeted strike\" \
                    killed staff.";
        assert_eq!(speaker_of(text, "2024-04-02", "targeted strike").as_deref(), Some("Amnesty International"));
        let text = "\"Talks are going on in this regard,\" Sayed Akbar Agha, a former Taliban commander said.";
        assert_eq!(speaker_of(text, "2020-01-29", "Talks are going").as_deref(), Some("Sayed Akbar Agha"));
        let text = "The G7 met on Tuesday.\n\nThe bloc, consisting of Canada, France, Germany, Italy, Japan, the \
                    United Kingdom, and the United States, promised \"financial and military\" support.";
        assert_eq!(speaker_of(text, "2022-10-11", "financial and military").as_deref(), Some("G7"));
    }

    #[test]
    fn a_title_picks_the_namesake_who_holds_it() {
        let text = "Unification Minister Kim Yeon-chul spoke on Thursday.\n\nNorth Korean leader Kim Jong-un met \
                    Trump in June.\n\n\"The government will make special efforts,\" Unification Minister Kim said.";
        assert_eq!(speaker_of(text, "2019-07-11", "special efforts").as_deref(), Some("Kim Yeon-chul"));
    }

    #[test]
    fn pronouns_pass_over_the_subject_of_a_subordinate_clause() {
        let text = "\"Sanctions are an addiction,\" Iranian Foreign Minister Mohammad Javad Zarif told CNN.\n\n\
                    It was Zarif's first interview since US President Donald Trump walked out of the deal.\n\n\
                    \"We felt that the United States had learned,\" he said.";
        assert_eq!(speaker_of(text, "2018-08-26", "We felt").as_deref(), Some("Mohammad Javad Zarif"));
    }

    #[test]
    fn a_single_quoted_quotation_runs_over_paragraphs() {
        let text = "Rouhani, at a parade in Tehran, said: 'We tell the world that we will produce any weapons \
                    we need.\n\n'But we announce to our neighbours that we intend no aggression.'";
        assert_eq!(speaker_of(text, "2018-04-18", "we announce").as_deref(), Some("Hassan Rouhani"));
    }

    #[test]
    fn a_definite_title_goes_to_the_one_so_titled_named_last() {
        let text = "German Foreign Minister Heiko Maas met his counterparts.\n\nRussian Foreign Minister Sergei \
                    Lavrov suspended the mission.\n\n\"This decision is more than regrettable,\" Maas said.\n\n\
                    The minister noted that the decision \"will prolong the ice age\" in relations.";
        assert_eq!(speaker_of(text, "2021-10-19", "ice age").as_deref(), Some("Heiko Maas"));
    }

    #[test]
    fn a_sentence_ending_on_its_subjects_post_introduces_the_quotation() {
        let text = "Foreign Office spokesperson Mohammad Faisal contradicted the readout, with a Twitter post. \
                    \"Pakistan takes exception to the incorrect statement on the call.\"";
        assert_eq!(speaker_of(text, "2018-08-24", "takes exception").as_deref(), Some("Mohammad Faisal"));
    }

    #[test]
    fn a_quotation_after_a_post_posed_attribution_goes_on_with_its_speaker() {
        let text = "Prime Minister Imran Khan gave an interview.\n\nOnly a fool does not talk about everything with \
                    his wife, said PM Khan. \"She has great wisdom. I discuss everything with her.\"";
        assert_eq!(speaker_of(text, "2020-08-29", "great wisdom").as_deref(), Some("Imran Khan"));
    }
}
