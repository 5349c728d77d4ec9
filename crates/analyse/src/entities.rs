//! Entity recognition and actor resolution: knowledge-base matching over tokens, a pattern recogniser for
//! names the base does not know (titles, name shapes, organisation and region suffixes), in-document
//! coreference of short names, contextual aliases and capitals used as metonyms for governments.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use chrono::NaiveDate;
use storyline_model::EntityType;

use crate::knowledge::{normalise, AliasKind, Base};
use crate::lexicon::{self, contains_lower};
use crate::token::{Token, TokenKind};

/// How a mention is used in its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Usage {
    /// It acts or is acted on: a person, an organisation, a country or a capital standing for its government.
    Actor,
    /// A place where something happens ("in Seoul", "to Ukraine").
    Place,
    /// A modifier of another noun ("US intelligence", "Russian forces", "South Korean Foreign Minister").
    Modifier,
}

/// What the analysis knows about one entity mention beyond the contract's fields (same order as `entities`).
#[derive(Debug, Clone, PartialEq)]
pub struct EntityInfo {
    /// Token indices of the mention.
    pub tokens: Range<usize>,
    /// Sentence index.
    pub sentence: usize,
    /// How it is used.
    pub usage: Usage,
    /// Actor role when known: `GOV`, `MIL`, `LEG`, `JUD`, `REL`, `MED`, `BUS`, ...
    pub role: Option<String>,
    /// The title written before a person ("Foreign Minister", "acting President").
    pub title: Option<String>,
    /// Knowledge-base id when resolved through the base.
    pub kb_id: Option<String>,
    /// True inside a direct quotation.
    pub in_quote: bool,
    /// For a capital used as a place: the country it lies in (the mention itself stays the city).
    pub place_of: Option<String>,
}

#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    pub toks: Range<usize>,
    pub kind: EntityType,
    pub canonical: String,
    pub code: Option<String>,
    pub usage: Usage,
    pub role: Option<String>,
    pub title: Option<String>,
    pub kb: Option<usize>,
    pub sentence: usize,
    pub capital_of: Option<usize>,
    pub contextual: Option<String>,
    pub unknown_run: bool,
    /// An unknown name opening with an international body's name ("ECOWAS Commission"): no country's.
    pub international: bool,
    /// A person named right after the body they serve ("AES Corporation Gustavo Pimenta"): the body's country.
    pub body_before: bool,
}

impl Candidate {
    /// A candidate of `kind` over `toks` in `sentence`, acting, with no code, role, title or knowledge entry yet:
    /// the rest is set field by field where the candidate is found.
    fn new(toks: Range<usize>, kind: EntityType, canonical: String, sentence: usize) -> Self {
        Candidate {
            toks,
            kind,
            canonical,
            code: None,
            usage: Usage::Actor,
            role: None,
            title: None,
            kb: None,
            sentence,
            capital_of: None,
            contextual: None,
            unknown_run: false,
            international: false,
            body_before: false,
        }
    }
}

pub(crate) struct Ctx<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    /// Ordinary words capitalised only by a title-case headline ([`crate::headline`]): they start no name.
    pub headline_common: &'a [bool],
    pub sent_of: &'a [usize],
    pub sent_start: &'a [usize],
    pub in_quote: &'a [bool],
    pub kb: &'a Base,
    pub date: Option<NaiveDate>,
}

impl Ctx<'_> {
    fn t(&self, i: usize) -> &str {
        self.toks.get(i).map(|t| t.text(self.text)).unwrap_or("")
    }
    fn is_cap(&self, i: usize) -> bool {
        let Some(tok) = self.toks.get(i) else { return false };
        matches!(tok.kind, TokenKind::Word | TokenKind::Abbreviation)
            && tok.text(self.text).chars().next().is_some_and(char::is_uppercase)
    }
    /// Capitalised as a name is: not an ordinary word of a title-case headline.
    fn is_name_cap(&self, i: usize) -> bool {
        self.is_cap(i) && !self.headline_common.get(i).copied().unwrap_or(false)
    }
    fn sentence_initial(&self, i: usize) -> bool {
        let s = self.sent_of.get(i).copied().unwrap_or(0);
        let start = self.sent_start.get(s).copied().unwrap_or(0);
        (start..i).all(|j| {
            self.toks.get(j).is_some_and(|t| t.kind == TokenKind::Punct)
                && !matches!(self.t(j), "," | ";" | ":" | "\u{2014}")
        })
    }
    fn span_text(&self, r: &Range<usize>) -> String {
        match (self.toks.get(r.start), r.end.checked_sub(1).and_then(|e| self.toks.get(e))) {
            (Some(a), Some(b)) => normalise(self.text.get(a.start..b.end).unwrap_or("")),
            _ => String::new(),
        }
    }
    fn lower(&self, i: usize) -> String {
        self.t(i).to_lowercase()
    }
}

/// "Previously Antonov said", "Separately Kerry met": an adverb opening a sentence is no part of the name after it.
fn opening_adverb(w: &str) -> bool {
    const ENDINGS: &[&str] = &["ously", "ently", "antly", "ally", "ately", "ively", "edly", "arly"];
    w.chars().count() >= 6
        && w.chars().skip(1).all(|c| c.is_ascii_lowercase())
        && ENDINGS.iter().any(|e| w.ends_with(e))
}

fn is_title_word(w: &str) -> bool {
    lexicon::title_role(w).is_some() || w == "PM" || contains_lower(lexicon::TITLE_MODIFIERS, w)
}

/// Finds entity candidates in document order.
pub(crate) fn recognise(cx: &Ctx) -> Vec<Candidate> {
    let n = cx.toks.len();
    let mut covered: Vec<Option<usize>> = vec![None; n];
    let mut cands: Vec<Candidate> = Vec::new();
    // The "of" and the end of each country left to close a body's name in phase B ("… Affairs of the Slovak
    // Republic").
    let mut closed_bodies: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    // Phase A: knowledge-base and contextual aliases, longest match first.
    while i < n {
        let first = cx.t(i);
        let is_the = first.eq_ignore_ascii_case("the");
        if !(cx.is_cap(i) || is_the || cx.toks[i].kind == TokenKind::Number) {
            i += 1;
            continue;
        }
        let shouting = first.chars().count() >= 3 && first.chars().all(|c| c.is_uppercase() || !c.is_alphabetic());
        let first_key = if is_the {
            "the".to_string()
        } else if shouting && cx.kb.span_from(&normalise(first)) == 0 {
            title_case(first)
        } else {
            normalise(first)
        };
        let max = cx.kb.span_from(&first_key).min(n - i);
        let sentence = cx.sent_of.get(i).copied().unwrap_or(0);
        let mut matched = None;
        for len in (1..=max).rev() {
            let r = i..i + len;
            if cx.sent_of.get(i + len - 1).copied() != Some(sentence) {
                continue;
            }
            let mut key = cx.span_text(&r);
            if shouting && cx.kb.targets(&key).is_empty() {
                key = key.split(' ').map(title_case).collect::<Vec<_>>().join(" ");
            }
            let targets = if len == 1 && cx.kb.is_code_only(&key) { &[] } else { cx.kb.targets(&key) };
            let chosen = state_after_place(cx, i, targets, &covered, &cands).or_else(|| cx.kb.choose(targets, cx.date));
            if let Some(t) = chosen.filter(|_| len > 1 || !is_the) {
                matched = Some((r, Some(t), None));
                break;
            }
            if is_the && key.len() >= 3 {
                key.replace_range(..3, "the");
                let targets = cx.kb.targets(&key);
                if let Some(t) = cx.kb.choose(targets, cx.date).filter(|_| len > 1) {
                    matched = Some((r, Some(t), None));
                    break;
                }
            }
            if cx.kb.context.iter().any(|c| c.alias == key) {
                // "the North" must not run into a longer name ("the North Atlantic ...").
                if cx.is_cap(i + len) {
                    continue;
                }
                matched = Some((r, None, Some(key)));
                break;
            }
        }
        let Some((mut r, target, contextual)) = matched else {
            i += 1;
            continue;
        };
        if let Some(t) = target {
            let Some(entry) = cx.kb.entry(t.entry) else {
                i += 1;
                continue;
            };
            // An organisation or region name inside a longer unknown name ("National Security Council").
            let inside_longer = matches!(entry.kind, EntityType::Org | EntityType::Loc)
                && t.kind == AliasKind::Name
                && i > 0
                && covered[i - 1].is_none()
                && cx.is_cap(i - 1)
                && lexicon::strip_modifier_suffix(cx.t(i - 1)).is_none()
                && !cx.toks[i].line_break_before
                && !cx.sentence_initial(i - 1)
                && lexicon::title_role(cx.t(i - 1)).is_none()
                && !contains_lower(lexicon::NOT_NAMES, cx.t(i - 1))
                // "Deputy UN spokesman": a rank before a title names no body.
                && !is_rank(cx.t(i - 1))
                // "International Federation of the Red Cross", "FC Goa", "PT Federal Karyatama".
                || i >= 3
                    && matches!(entry.kind, EntityType::Org | EntityType::Loc)
                    && cx.t(i - 1) == "the"
                    && cx.t(i - 2) == "of"
                    && cx.is_cap(i - 3)
                    && covered[i - 3].is_none()
                    // "the Speaker of the Lok Sabha", "Om Birla of the Lok Sabha": an office or a person of the
                    // body, not a longer name.
                    && lexicon::title_role(cx.t(i - 3)).is_none()
                    && contains_lower(lexicon::ORG_SUFFIXES, cx.t(i - 3))
                || i > 0 && lexicon::ORG_PREFIXES.contains(&cx.t(i - 1)) && covered[i - 1].is_none()
                // "Association of Serbian Communities", "Union of Russian Industrialists": a nationality inside.
                || (t.kind == AliasKind::Demonym || entry.kind == EntityType::Norp)
                    && i >= 2
                    && portfolio_opening(cx, i, &covered)
                    && {
                        // "… for European and International Affairs": the name goes on after "and".
                        let next = if cx.t(r.end) == "and" && cx.t(i - 1) != "and" { r.end + 1 } else { r.end };
                        cx.is_cap(next)
                            && cx.sent_of.get(next).copied() == Some(sentence)
                            && (!contains_lower(lexicon::NOT_NAMES, cx.t(next))
                                || next > r.end && contains_lower(lexicon::TITLE_MODIFIERS, cx.t(next)))
                            && if next > r.end {
                                cx.kb.targets(&normalise(cx.t(next))).is_empty()
                            } else {
                                cx.kb.span_from(&normalise(cx.t(next))) == 0
                            }
                    };
            // "Henry McMaster", "Pyne Gould Guinness Building": a known surname inside an unknown name is not
            // the known person; "Hurricane Florence" is no city.
            let other_names = |j: usize| entry.canonical.split(' ').any(|w| w == cx.t(j));
            // "Denis Christel Sassou Nguesso" is not "Denis Sassou Nguesso": a short form inside a longer name.
            let short_form = r.len() == 1 || entry.canonical.ends_with(&format!(" {}", cx.span_text(&r)));
            let surname_inside_name = entry.kind == EntityType::Person
                && short_form
                && t.kind == AliasKind::Name
                && (given_name_before(cx, i, &covered) && !other_names(i.wrapping_sub(1))
                    || unknown_name_after(cx, i + 1) && !other_names(i + 1));
            // "The Independent National Electoral Commission": a known name opening a longer organisation's.
            // "The ECOWAS Commission", "the UN Verification Mission": also a one-word body's name.
            let opens_longer = matches!(entry.kind, EntityType::Org | EntityType::Loc)
                && t.kind == AliasKind::Name
                && (r.len() >= 2
                    || entry.kind == EntityType::Org
                        && entry.role.as_deref() != Some("MED")
                        && (r.end..r.end + 3).take_while(|&j| cx.is_cap(j)).last().is_some_and(|j| {
                            matches!(
                                cx.lower(j).as_str(),
                                "commission"
                                    | "council"
                                    | "mission"
                                    | "secretariat"
                                    | "court"
                                    | "command"
                                    | "committee"
                            )
                        }))
                && cx.is_cap(r.end)
                && cx.toks.get(r.end).is_some_and(|t| !t.line_break_before)
                && !contains_lower(lexicon::NOT_NAMES, cx.t(r.end))
                && {
                    let mut e = r.end;
                    while e < n && cx.is_cap(e) && cx.sent_of.get(e).copied() == Some(sentence) && e < r.end + 5 {
                        e += 1;
                    }
                    // "the 3rd Foreign Office Consultations": a national body's name opening a meeting's.
                    let meeting = entry.code.is_some()
                        && matches!(
                            cx.lower(e - 1).as_str(),
                            "consultations" | "talks" | "dialogue" | "meeting" | "summit" | "forum"
                        );
                    meeting || contains_lower(lexicon::ORG_SUFFIXES, cx.t(e - 1))
                };
            // "Katsina-Ala": a known name joined by a hyphen to an unknown capitalised part is part of that name.
            let hyphen_compound = r.len() == 1
                && entry.kind == EntityType::Gpe
                && entry.alpha2.is_none()
                && cx.t(r.end) == "-"
                && cx.toks.get(r.end).is_some_and(|t| !t.space_before)
                && cx.toks.get(r.end + 1).is_some_and(|t| !t.space_before)
                && cx.is_cap(r.end + 1)
                && cx.kb.targets(&normalise(cx.t(r.end + 1))).is_empty();
            // "Cumilla City Corporation": a city or state opening a longer organisation's name.
            // "New York University", "Juba International Airport", "Palam airport": also a capital, and one
            // facility word is enough.
            // Not after "<Name> of" ("Peter Hall of Boston University told CNN"): the quote attribution reads the
            // person's affiliation as a place there.
            let after_name_of = i >= 2
                && cx.t(i - 1) == "of"
                && cx.is_cap(i - 2)
                && !contains_lower(lexicon::ORG_SUFFIXES, cx.t(i - 2));
            let place_opens_org = entry.kind == EntityType::Gpe
                && entry.alpha2.is_none()
                && !after_name_of
                && t.kind == AliasKind::Name
                && cx.toks.get(r.end).is_some_and(|t| !t.line_break_before)
                && {
                    let mut e = r.end;
                    while e < n && cx.is_cap(e) && cx.sent_of.get(e).copied() == Some(sentence) && e < r.end + 4 {
                        e += 1;
                    }
                    let last = cx.t(e.saturating_sub(1));
                    e > r.end + 1 && contains_lower(lexicon::ORG_SUFFIXES, last) && entry.capital_of.is_none()
                        || e > r.end
                            && lexicon::is_facility_head(last)
                            && !contains_lower(lexicon::NOT_NAMES, cx.t(r.end))
                        || e == r.end && is_lower_facility(cx, r.end)
                };
            // "Islamic State West Africa Province (ISWAP)": a known name opening a longer one that the text
            // abbreviates by its initials.
            // "UK India Business Council (UKIBC)": an acronym among the words gives all its letters.
            let acronym_end = {
                let mut e = r.end;
                while e < n && cx.is_cap(e) && cx.sent_of.get(e).copied() == Some(sentence) && e < r.end + 5 {
                    e += 1;
                }
                let initials: String = (i..e)
                    .map(|j| {
                        let w = cx.t(j);
                        let acronym = (2..=3).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase());
                        if acronym {
                            w.to_string()
                        } else {
                            w.chars().next().map(String::from).unwrap_or_default()
                        }
                    })
                    .collect();
                (e > r.end && cx.t(e) == "(" && cx.t(e + 2) == ")" && cx.t(e + 1) == initials).then_some(e)
            };
            let acronym_defined = acronym_end.is_some();
            // "Revolutionary Armed Forces of Colombia", "Supreme Court of India", "Ministry of Foreign Affairs of
            // Ukraine": a country closing an unknown body's name of two or more words.
            let closes_body = entry.alpha2.is_some()
                && t.kind == AliasKind::Name
                && body_before_country(cx, i, &covered)
                && cx.toks.get(r.end).is_none_or(|t| t.kind != TokenKind::Possessive);
            if closes_body {
                closed_bodies.push((i - if cx.t(i - 1) == "the" { 2 } else { 1 }, r.end));
            }
            // "NSA Ajit Doval": an acronym that is also a title, before a name, is the title.
            let title_acronym = r.len() == 1
                && cx.t(i).chars().all(|ch| ch.is_ascii_uppercase())
                && lexicon::title_role(cx.t(i)).is_some()
                && cx.is_cap(r.end)
                && cx.toks.get(r.end).is_some_and(|t| !t.line_break_before)
                && !contains_lower(lexicon::ORG_SUFFIXES, cx.t(r.end))
                && cx.t(r.end).chars().skip(1).any(char::is_lowercase);
            // "Economist Jane Doe": an occupation before a given name is no publication's name.
            let occupation_title = r.len() == 1
                && entry.kind == EntityType::Org
                && lexicon::is_occupation(cx.t(i))
                && (lexicon::is_given_name(cx.t(r.end)) || lexicon::is_female_given_name(cx.t(r.end)));
            if inside_longer
                || title_acronym
                || closes_body
                || occupation_title
                || opens_longer
                || surname_inside_name
                || hyphen_compound
                || place_opens_org
                || acronym_defined
                || is_storm_word(cx, i.wrapping_sub(1))
            {
                // "the Lok Sabha Secretariat": the words of a known body's name opening a longer one are no
                // names of their own ("Sabha" is no Libyan city there).
                // "the Parliamentary Assembly of the Council of Europe": all the words of a longer known name inside an
                // unknown one stay with it, so that its last word ("Europe") is no name of its own.
                i = if let Some(e) = acronym_end {
                    e
                } else if opens_longer && entry.kind == EntityType::Org || inside_longer && r.len() >= 2 {
                    r.end
                } else {
                    i + 1
                };
                continue;
            }
            let (kind, canonical) = match t.kind {
                AliasKind::Demonym => {
                    (EntityType::Norp, entry.demonym.clone().unwrap_or_else(|| entry.canonical.clone()))
                }
                AliasKind::Name => (entry.kind, entry.canonical.clone()),
            };
            let role = if entry.kind == EntityType::Person {
                cx.kb.role_on(t.entry, cx.date).map(|r| r.role.clone())
            } else {
                entry.role.clone()
            };
            // An official of an international body on the article's date ("EU foreign policy chief Josep
            // Borrell", "UN Secretary-General António Guterres") acts for the body, not for a country.
            // An office taken up only after the article's date is not yet held ("Minister Miroslav Lajčák" in
            // February 2020, EU envoy from April).
            let international_office = entry.kind == EntityType::Person
                && cx.kb.role_on(t.entry, cx.date).is_some_and(|r| {
                    if cx.date.is_some_and(|d| d < r.from) {
                        return false;
                    }
                    let prefix = r.office.split(':').next().unwrap_or("");
                    cx.kb.resolve(prefix, None).is_none_or(|a| a.kind != EntityType::Gpe)
                });
            // "Alvaro Leyva Duran", "Marcelo Ebrard Casaubon": a known full name followed by one more surname
            // before a comma or full stop is the same person named with both family names.
            let second_surname = entry.kind == EntityType::Person
                && t.kind == AliasKind::Name
                && r.len() >= 2
                && unknown_name_after(cx, r.end)
                && cx.toks.get(r.end).is_some_and(|t| t.kind == TokenKind::Word)
                && cx.kb.span_from(&normalise(cx.t(r.end))) == 0
                && matches!(cx.t(r.end + 1), "," | "." | ";" | ")" | "")
                && lexicon::weekday_number(cx.t(r.end)).is_none();
            if second_surname {
                r.end += 1;
            }
            // "the Socialistic Republic of Vietnam": a country's formal style the base does not hold is the country.
            if entry.alpha2.is_some() && t.kind == AliasKind::Name && i >= 2 && cx.t(i - 1) == "of" {
                let mut s = i - 1;
                while s > 0
                    && s + 6 > i
                    && covered[s - 1].is_none()
                    && cx.is_cap(s - 1)
                    && !contains_lower(lexicon::NOT_NAMES, cx.t(s - 1))
                    && (s + 1 < i || lexicon::is_state_style(cx.t(s - 1)))
                {
                    s -= 1;
                }
                if s + 1 < i && !cx.toks[s].line_break_before {
                    r.start = s;
                }
            }
            let idx = cands.len();
            for c in covered.iter_mut().take(r.end).skip(r.start) {
                *c = Some(idx);
            }
            cands.push(Candidate {
                code: if international_office { None } else { entry.code.clone() },
                role,
                kb: Some(t.entry),
                capital_of: entry.capital_of,
                ..Candidate::new(r.clone(), kind, canonical, sentence)
            });
        } else {
            let idx = cands.len();
            for c in covered.iter_mut().take(r.end).skip(r.start) {
                *c = Some(idx);
            }
            cands.push(Candidate { contextual, ..Candidate::new(r.clone(), EntityType::Gpe, String::new(), sentence) });
        }
        i = r.end;
    }
    // Phase B: runs of capitalised tokens the base does not know.
    let mut i = 0;
    while i < n {
        if covered[i].is_some() || !cx.is_name_cap(i) || cx.sentence_initial(i) && opening_adverb(cx.t(i)) {
            i += 1;
            continue;
        }
        let sentence = cx.sent_of.get(i).copied().unwrap_or(0);
        let start = i;
        let mut end = i + 1;
        loop {
            if end >= n || covered[end].is_some() || cx.sent_of.get(end).copied() != Some(sentence) {
                break;
            }
            let tok = cx.toks[end];
            if tok.line_break_before {
                break;
            }
            if cx.is_name_cap(end) {
                end += 1;
                continue;
            }
            let w = cx.t(end);
            // The country closes the name: "… of the Slovak Republic František Ružička" goes on with a person.
            if let Some(&(_, country_end)) = closed_bodies.iter().find(|(of, _)| *of == end) {
                end = country_end;
                break;
            }
            let joins_next = end + 1 < n && covered[end + 1].is_none() && cx.is_name_cap(end + 1);
            if joins_next && w == "&" {
                end += 2;
                continue;
            }
            if joins_next && w == "-" && !tok.space_before && !cx.toks[end + 1].space_before {
                end += 2;
                continue;
            }
            // "Kh.Battulga", "U.Khurelsukh": an initial glued by its full stop to the name.
            if joins_next
                && w == "."
                && cx.t(end - 1).chars().count() <= 2
                && cx.toks[end - 1].space_before
                && !tok.space_before
                && !cx.toks[end + 1].space_before
            {
                end += 2;
                continue;
            }
            if joins_next
                && matches!(w, "of" | "for" | "de" | "al" | "bin" | "von" | "van" | "der" | "da" | "du" | "la")
            {
                end += 2;
                continue;
            }
            // "Izzat al-Rishq", "Abdel Fattah el-Sisi": a lowercase Arabic or European particle joined to a name.
            if is_name_particle(w) && cx.toks[end].space_before {
                end += 1;
                continue;
            }
            if matches!(w, "al" | "el" | "ad" | "ibn" | "bin" | "abu")
                && cx.t(end + 1) == "-"
                && end + 2 < n
                && covered[end + 2].is_none()
                && cx.is_cap(end + 2)
                && !cx.toks[end + 1].space_before
                && !cx.toks[end + 2].space_before
            {
                end += 3;
                continue;
            }
            // "Bien Hoa airport": a lowercase facility word closes a place's name.
            if is_lower_facility(cx, end) {
                end += 1;
                break;
            }
            // "National Security and Defense Council", "Ministry of Foreign Affairs and Trade": "and" inside a name.
            if joins_next && w == "and" && and_continues_name(cx, start, end, &covered) {
                end += 2;
                continue;
            }
            // "International Federation of the Red Cross", "National Task Force for the West Philippine Sea".
            if matches!(w, "of" | "for")
                && cx.t(end + 1) == "the"
                && end + 2 < n
                && covered[end + 2].is_none()
                && cx.is_cap(end + 2)
                && cx.sent_of.get(end + 2).copied() == Some(sentence)
                && contains_lower(lexicon::ORG_SUFFIXES, cx.t(end - 1))
            {
                end += 3;
                continue;
            }
            break;
        }
        // "718th Engineer Company", "101st Airborne Division": an ordinal opens a unit's name.
        let start = if start > 0
            && covered[start - 1].is_none()
            && is_ordinal(cx.t(start - 1))
            && cx.toks[start].space_before
            && !cx.toks[start].line_break_before
            && (start..end).any(|j| contains_lower(lexicon::ORG_SUFFIXES, cx.t(j)))
        {
            start - 1
        } else {
            start
        };
        let person_starts_at = |pos: usize| {
            covered.get(pos).copied().flatten().and_then(|k| cands.get(k)).is_some_and(|c| c.kind == EntityType::Person)
        };
        // "External Affairs Minister S Jaishankar": a lone initial before a known person is that person's.
        if end > start + 1 && cx.t(end - 1).trim_end_matches('.').chars().count() == 1 && person_starts_at(end) {
            end -= 1;
        }
        if end == start + 1 && cx.t(start).trim_end_matches('.').chars().count() == 1 && person_starts_at(end) {
            i = end;
            continue;
        }
        // "the Kim Jong Un-led country", "Iran-backed Hamas": a name ending in "-led", "-backed" … qualifies what
        // follows; it is the name before the hyphen, and what follows is read on its own.
        let modifier_at = (start..end).find(|&j| lexicon::strip_modifier_suffix(cx.t(j)).is_some());
        let pieces = match modifier_at {
            Some(p) => [start..p + 1, p + 1..end],
            None => [start..end, end..end],
        };
        for piece in pieces.into_iter().filter(|p| !p.is_empty()) {
            let found = match modifier_at.filter(|&p| piece.end == p + 1 && piece.len() >= 2) {
                Some(_) => modified_name(cx, piece.clone(), sentence, &cands),
                None => cands_from_run(cx, piece, sentence, &cands),
            };
            for c in found {
                let idx = cands.len();
                for cv in covered.iter_mut().take(c.toks.end).skip(c.toks.start) {
                    *cv = Some(idx);
                }
                cands.push(c);
            }
        }
        i = end;
    }
    cands.sort_by_key(|c| c.toks.start);
    resolve_document(cx, &mut cands);
    cands
}

/// A run of two or more tokens whose last ends in a modifier suffix ("Kim Jong Un-led"): the name before the hyphen,
/// resolved through the knowledge base where it can be, else read as an unknown name.
fn modified_name(cx: &Ctx, run: Range<usize>, sentence: usize, known: &[Candidate]) -> Vec<Candidate> {
    let last = run.end - 1;
    let mut first = run.start;
    while first < last && contains_lower(lexicon::NOT_NAMES, cx.t(first)) && lexicon::title_role(cx.t(first)).is_none()
    {
        first += 1;
    }
    let (Some(a), Some(b)) = (cx.toks.get(first), cx.toks.get(last)) else { return Vec::new() };
    let head_len = lexicon::strip_modifier_suffix(b.text(cx.text)).map_or(0, str::len);
    let name = normalise(cx.text.get(a.start..b.start + head_len).unwrap_or(""));
    let target = cx.kb.choose(cx.kb.targets(&name), cx.date).filter(|t| t.kind == AliasKind::Name);
    if let Some((t, e)) = target.and_then(|t| cx.kb.entry(t.entry).map(|e| (t, e))) {
        let role = if e.kind == EntityType::Person {
            cx.kb.role_on(t.entry, cx.date).map(|r| r.role.clone())
        } else {
            e.role.clone()
        };
        return vec![Candidate {
            code: e.code.clone(),
            usage: Usage::Modifier,
            role,
            kb: Some(t.entry),
            ..Candidate::new(first..run.end, e.kind, e.canonical.clone(), sentence)
        }];
    }
    let mut found = cands_from_run(cx, run, sentence, known);
    for c in found.iter_mut().filter(|c| c.toks.end == last + 1 && c.toks.len() >= 2) {
        if let Some(first) = cx.toks.get(c.toks.start) {
            c.canonical = normalise(cx.text.get(first.start..b.start + head_len).unwrap_or(""));
            c.usage = Usage::Modifier;
        }
    }
    found
}

/// Splits one unknown capitalised run into candidates: title stripping, classification by suffix and context.
fn cands_from_run(cx: &Ctx, run: Range<usize>, sentence: usize, known: &[Candidate]) -> Vec<Candidate> {
    let mut start = run.start;
    let end = run.end;
    // Sentence-initial function words and other non-names.
    let org_name = end > start + 1
        && contains_lower(lexicon::ORG_SUFFIXES, cx.t(end - 1))
        && !cx.sentence_initial(start)
        && matches!(
            cx.t(start),
            "All"
                | "New"
                | "Free"
                | "First"
                | "Great"
                | "High"
                | "Central"
                | "Western"
                | "Eastern"
                | "Northern"
                | "Southern"
        );
    // "a British Parliament researcher", "the Sri Lanka Parliament": an organisation's head right after a
    // nationality or a country is that nation's body.
    let national_head = |j: usize| {
        j == run.start
            && j > 0
            && cx.is_cap(j - 1)
            && contains_lower(lexicon::ORG_SUFFIXES, cx.t(j))
            && known.iter().any(|c| {
                c.toks.end == j && matches!(c.kind, EntityType::Norp | EntityType::Gpe) && c.sentence == sentence
            })
    };
    // "the President of the Senate Say Chhum": the body an office belongs to, before a name.
    let office_body = |j: usize| {
        j == run.start
            && end >= j + 3
            && contains_lower(lexicon::ORG_SUFFIXES, cx.t(j))
            && office_before_body(cx, j, known)
    };
    while start < end
        && (contains_lower(lexicon::NOT_NAMES, cx.t(start))
            && !is_title_word(cx.t(start))
            && !org_name
            && !national_head(start)
            && !office_body(start)
            || lexicon::month_number(cx.t(start)).is_some() && !given_name_not_month(cx, start, end)
            || lexicon::weekday_number(cx.t(start)).is_some())
    {
        start += 1;
    }
    // An acronym plural before a name ("NSAs Ajit Doval") is a description, not part of the name.
    while start + 1 < end && is_acronym_plural(cx.t(start)) {
        start += 1;
    }
    if start >= end {
        return Vec::new();
    }
    // "in Minna Monday": a weekday after a name is the time, not part of the name.
    let mut end = end;
    while end > start + 1 && lexicon::weekday_number(cx.t(end - 1)).is_some() {
        end -= 1;
    }
    // "at Hilsa and Barbigha Assembly seats": the legislature's word belongs to the seat, the name is a place.
    let seat_after = |e: usize| {
        matches!(cx.lower(e).as_str(), "seat" | "seats" | "constituency" | "constituencies" | "segment" | "segments")
    };
    if end > start + 1 && matches!(cx.t(end - 1), "Assembly" | "Parliament") && seat_after(end) {
        end -= 1;
    }
    // "Historian Timothy Naftali of New York University": an occupation and a name, then the body after "of".
    if let Some(of) = (start + 2..(start + 5).min(end)).find(|&o| cx.t(o) == "of") {
        if occupation_opens_name(cx, start, of) || given_name_then_body(cx, start, of, end) {
            let mut out = cands_from_run(cx, start..of, sentence, known);
            out.extend(cands_from_run(cx, of + 1..end, sentence, known));
            return out;
        }
    }
    // "Advisor to the Prime Minister on Commerce Abdul Razak Dawood": a title's brief after "on", then the
    // holder's name opening with a given name.
    if start == run.start && start >= 2 && cx.t(start - 1) == "on" {
        let titled = (start.saturating_sub(6)..start - 1).any(|h| {
            cx.sent_of.get(h) == cx.sent_of.get(start)
                && (lexicon::title_role(cx.t(h)).is_some() || matches!(cx.lower(h).as_str(), "advisor" | "adviser"))
        });
        let given = |j: usize| lexicon::is_given_name(cx.t(j)) || lexicon::is_female_given_name(cx.t(j));
        if let Some(p) = (start + 1..end.saturating_sub(1)).find(|&j| given(j)).filter(|_| titled) {
            return cands_from_run(cx, p..end, sentence, known);
        }
    }
    // "… and Disaster Management" after "the Minister of Humanitarian Affairs": the rest of a portfolio.
    if start == run.start && continues_portfolio(cx, start) {
        return Vec::new();
    }
    // "Chairman of the House Committee for Foreign Affairs Eliot Engel", "Vice President of the AES Corporation
    // Gustavo Pimenta": a person's name written right after the body they serve.
    if let Some(p) = person_after_body(cx, start, end, known) {
        let mut out = cands_from_run(cx, start..p, sentence, known);
        let r = p..end;
        out.push(Candidate {
            unknown_run: true,
            body_before: true,
            ..Candidate::new(r.clone(), EntityType::Person, cx.span_text(&r), sentence)
        });
        return out;
    }
    // Leading title words ("Foreign Minister", "acting President", "Secretary of State").
    let mut title_end = start;
    let mut has_head = false;
    let mut role = None;
    let mut k = start;
    let mut plural_head = false;
    while k < end {
        let w = cx.t(k);
        let occupation = || (k == start && occupation_opens_name(cx, k, end)).then_some("OTHER");
        // "Mauritius PM Parvin Jugnauth": upper-case "PM" (not the clock's) before a name.
        let prime_minister = || (w == "PM" && k + 1 < end).then_some("GOV");
        let singular = lexicon::title_role(w);
        let plural = if singular.is_none() { plural_title_role(w) } else { None };
        if let Some(r) = singular.or(plural).or_else(prime_minister).or_else(occupation) {
            plural_head = plural.is_some();
            has_head = true;
            role = Some(r);
            k += 1;
            title_end = k;
        } else if contains_lower(lexicon::TITLE_MODIFIERS, w) || w == "-" {
            k += 1;
        } else {
            break;
        }
    }
    if has_head && k == end {
        return Vec::new();
    }
    // "quoting Deputy UN spokesman Farhan Haq": capitalised modifiers of a title whose head follows the run in
    // lower case, or before a known name, open no name; the body after them stays.
    let title_follows = lexicon::title_role(&cx.lower(end)).is_some() || known.iter().any(|c| c.toks.start == end);
    if !has_head && k == end && title_follows {
        let words = (start..end).take_while(|&j| is_rank(cx.t(j)));
        if let Some(last) = words.last() {
            return cands_from_run(cx, last + 1..end, sentence, known);
        }
    }
    // "Chief Financial Officer Amy Weaver": a later head word still belongs to the title before the name.
    if let Some(h) = (has_head && k < end).then(|| inner_title(cx, k - 1, end)).flatten() {
        (k, title_end) = (h + 1, h + 1);
    }
    // "Imam Ali Brigades", "King Abdullah University": a titled name opening an organisation's name is no person.
    if has_head
        && k == title_end
        && contains_lower(lexicon::ORG_SUFFIXES, cx.t(end - 1))
        && (1..=2).contains(&(end - 1 - k))
        && (k..end - 1)
            .all(|j| cx.is_cap(j) && !is_title_word(cx.t(j)) && !contains_lower(lexicon::ORG_SUFFIXES, cx.t(j)))
    {
        has_head = false;
        role = None;
        title_end = start;
    }
    // "Minister of Foreign Affairs Bui Thanh Son": the portfolio after the head belongs to the title.
    if has_head && k > title_end {
        let mut e = k;
        while e > title_end && matches!(cx.lower(e - 1).as_str(), "of" | "for" | "the" | "and" | "-") {
            e -= 1;
        }
        title_end = e;
    }
    // "Supervisor of Elections Wingrove George": "of" and a word stay with the title while a name follows.
    while has_head && matches!(cx.t(title_end), "of" | "for") && end >= title_end + 4 {
        title_end += 2;
    }
    // "The Governor of Táchira", "President-elect of Columbia": a title's "of" names the office's place or body.
    let office_place = has_head && title_end > start && matches!(cx.t(title_end), "of" | "for") && {
        let mut b = title_end + 1;
        while b < end && matches!(cx.lower(b).as_str(), "the" | "of") {
            b += 1;
        }
        (1..=3).contains(&end.saturating_sub(b))
    };
    // "the Minister of Humanitarian Affairs": after a minister's or secretary's "of", a portfolio, no place.
    if office_place && (start..title_end).any(|j| is_portfolio_holder(cx.t(j))) {
        return Vec::new();
    }
    let mut title = None;
    let mut prefix = Vec::new();
    if !has_head {
        // "Brevard County Sheriff Wayne Ivey", "Salesforce Chief Financial Officer Amy Weaver": a title inside the
        // run, followed by a name; an organisation or place before the title is kept on its own.
        if let Some(h) = inner_title(cx, start, end) {
            has_head = true;
            role = lexicon::title_role(cx.t(h));
            title_end = h + 1;
            if let Some(p_end) = (start..h).rev().find(|&j| {
                contains_lower(lexicon::ORG_SUFFIXES, cx.t(j)) || contains_lower(lexicon::REGION_SUFFIXES, cx.t(j))
            }) {
                prefix = cands_from_run(cx, start..p_end + 1, sentence, known);
            }
        }
    }
    if has_head {
        title = Some(cx.span_text(&(start..title_end)));
        start = title_end;
    } else if let Some(h) = (start >= 2 && start == run.start && cx.t(start - 1) == ",")
        .then(|| {
            (start.saturating_sub(9)..start - 1).rev().take_while(|&j| !matches!(cx.t(j), "," | "." | ";" | ":")).find(
                |&j| {
                    lexicon::title_role(cx.t(j)).is_some()
                        && (j == start - 2 || matches!(cx.t(j + 1), "of" | "for" | "to"))
                        && cx.sent_of.get(j) == cx.sent_of.get(start)
                },
            )
        })
        .flatten()
    {
        // "Information and Culture Minister, Lai Mohammed, has …", "the foreign minister of Tajikistan, Sirojiddin
        // Muhriddin": a title (and its "of" phrase), a comma, a name.
        has_head = true;
        role = lexicon::title_role(cx.t(h));
        title = Some(cx.t(h).to_string());
    } else if let Some(h) = (start == run.start).then(|| office_holder_after_body(cx, start, known)).flatten() {
        // "former President of Mozambique Joaquim Chissano", "Czech Ambassador to Russia Vítězslav Pivonka".
        has_head = true;
        role = lexicon::title_role(cx.t(h));
        title = Some(cx.t(h).to_string());
    } else if start > 0 {
        // A lowercase title before the run ("spokesperson John Kirby", "acting President ...").
        let before = cx.t(start - 1);
        if let Some(r) = lexicon::title_role(before) {
            if !cx.is_cap(start - 1) || start == run.start {
                has_head = true;
                role = Some(r);
                title = Some(before.to_string());
            }
        }
    }
    while start < end && matches!(cx.lower(start).as_str(), "of" | "for" | "-" | "the") {
        start += 1;
    }
    // "the Ofoase Ayirebi MP": a run ending in a title describes someone, it does not name them.
    // "Sharm El Sheikh": a title word after a capitalised article is part of a place's name.
    if !has_head
        && end > start + 1
        && lexicon::title_role(cx.t(end - 1)).is_some()
        && !matches!(cx.t(end - 2), "El" | "Al" | "Ash" | "As" | "Ad")
    {
        end -= 1;
    }
    if start >= end {
        return prefix;
    }
    let r = start..end;
    let words: Vec<&str> = r.clone().map(|j| cx.t(j)).collect();
    let last = words.last().copied().unwrap_or("");
    let initial = start == run.start && cx.sentence_initial(start);
    let mut cand = Candidate {
        role: role.map(String::from),
        title: title.clone(),
        unknown_run: true,
        ..Candidate::new(r.clone(), EntityType::Other, cx.span_text(&r), sentence)
    };
    let next_lower = cx.t(end).to_lowercase();
    let next2_lower = cx.t(end + 1).to_lowercase();
    // "US-sponsored", "Pakistan-based", "Russian-made": a country word joined to a lowercase participle.
    if let (1, Some((prefix, rest))) = (words.len(), last.split_once('-')) {
        let country = cx
            .kb
            .choose(cx.kb.targets(&normalise(prefix)), cx.date)
            .and_then(|t| cx.kb.entry(t.entry))
            .filter(|e| e.kind == EntityType::Gpe && e.code.is_some());
        if let (Some(e), true) = (country, rest.chars().next().is_some_and(char::is_lowercase)) {
            // "Kolkata-based" names the city; "US-sponsored" the country's nationality.
            cand.kind = if e.demonym.is_some() { EntityType::Norp } else { EntityType::Gpe };
            cand.canonical = e.canonical.clone();
            cand.code = e.code.clone();
            cand.usage = Usage::Modifier;
            cand.unknown_run = false;
            return vec![cand];
        }
        // "Hamas-led", "Trump-backed": a known body or person before a modifier suffix.
        let known_name = lexicon::strip_modifier_suffix(last)
            .and_then(|head| cx.kb.choose(cx.kb.targets(&normalise(head)), cx.date))
            .filter(|t| t.kind == AliasKind::Name)
            .and_then(|t| cx.kb.entry(t.entry).map(|e| (t.entry, e)))
            .filter(|(_, e)| matches!(e.kind, EntityType::Org | EntityType::Person));
        if let Some((idx, e)) = known_name {
            (cand.kind, cand.canonical, cand.code, cand.kb) = (e.kind, e.canonical.clone(), e.code.clone(), Some(idx));
            cand.role = if e.kind == EntityType::Person {
                cx.kb.role_on(idx, cx.date).map(|r| r.role.clone())
            } else {
                e.role.clone()
            };
            cand.usage = Usage::Modifier;
            cand.unknown_run = false;
            return vec![cand];
        }
    }
    let suffix_of =
        words.windows(2).any(|w| matches!(w[1], "of" | "for") && contains_lower(lexicon::ORG_SUFFIXES, w[0]));
    if words.len() >= 2 && matches!(words[0], "Hurricane" | "Typhoon" | "Cyclone")
        || words.len() >= 3 && words[0] == "Tropical" && words[1] == "Storm"
    {
        cand.kind = EntityType::Event;
    } else if office_place {
        cand.kind = if contains_lower(lexicon::ORG_SUFFIXES, last) { EntityType::Org } else { EntityType::Gpe };
        cand.title = None;
        cand.role = None;
        cand.code = context_code(cx, run.start, known);
    } else if has_head && words.len() == 1 && (plural_head || lexicon::EVENT_NOUNS.contains(&last)) {
        // "the Quad Leaders Summit", "the UN General Debate": a title word before a meeting's name is no person.
        return prefix;
    } else if has_head && name_shaped(&words) {
        cand.kind = EntityType::Person;
        cand.code = context_code(cx, run.start.min(start), known);
    } else if words.len() > 1 && matches!(last, "Asia" | "Africa" | "Europe" | "America") && !suffix_of {
        // "South Asia", "Central Africa": world regions, no country's.
        cand.kind = EntityType::Loc;
        cand.usage = Usage::Place;
    } else if contains_lower(lexicon::REGION_SUFFIXES, last) && words.len() > 1 && !suffix_of {
        cand.kind = EntityType::Gpe;
        cand.code = context_code(cx, start, known);
    } else if contains_lower(lexicon::ORG_SUFFIXES, last) && (words.len() > 1 || !initial)
        || words.len() > 1
            && lexicon::is_facility_head(last)
            && !matches!(words[0], "National" | "International" | "Central" | "State" | "Royal" | "General" | "City")
        || suffix_of
        || words.len() > 1 && lexicon::ORG_PREFIXES.contains(&words[0])
    {
        // "Ministry of Interior", "Division of Emergency Management" as well as "Electoral Commission".
        cand.kind = EntityType::Org;
        cand.code = context_code(cx, start, known);
    } else if words.len() <= 3
        && !initial
        && (start.checked_sub(1).is_some_and(|p| {
            let w = cx.t(p);
            w.chars().next().is_some_and(char::is_lowercase) && contains_lower(lexicon::ORG_CUES, w)
        }) && !modifies_next_noun(cx, end)
            || matches!(next_lower.as_str(), "shares" | "stock" | "stocks" | "inc" | "inc." | "corp" | "corp.")
            || organisation_noun_after(cx, end))
        && !lexicon::is_given_name(words[0])
        && name_shaped(&words)
    {
        // "German chemicals maker BASF", "Salesforce shares", "buy rival Andeavor".
        cand.kind = EntityType::Org;
        cand.code = context_code(cx, start, known);
    } else if words.len() == 1 && described_acronym(cx, start) {
        // "the country's electoral commission (CENI)": an acronym glossing a lowercase description of a body.
        let mut d = start - 1;
        while d > 0 && start - d < 5 && cx.t(d - 1).chars().next().is_some_and(char::is_lowercase) {
            d -= 1;
        }
        cand.kind = EntityType::Org;
        cand.code = context_code(cx, d, known);
    } else if matches!(next_lower.as_str(), "region" | "oblast" | "province" | "krai" | "prefecture" | "county")
        || (next_lower == "border" && next2_lower == "region")
        || words.len() <= 3 && name_shaped(&words) && place_word_after(cx, end)
        || words.len() <= 3 && !initial && located_in_known_place(cx, end, known) && name_shaped(&words)
    {
        // "Ludian county", "Northridge, Calif.", "Tabanli, Turkey".
        cand.kind = EntityType::Gpe;
        cand.code = context_code(cx, start, known);
        if next_lower == "," {
            cand.usage = Usage::Place;
            cand.code = known.iter().find(|c| c.toks.start == end + 1).and_then(|c| c.code.clone()).or(cand.code);
        }
    } else if words.len() >= 2
        && name_shaped(&words)
        && (person_context(cx, start, end)
            || (words.len() <= 4
                && (lexicon::is_given_name(words[0]) || lexicon::is_female_given_name(words[0]))
                && !initial_function_word(cx, start))
            || (words.len() <= 3
                && words.last().is_some_and(|w| lexicon::is_common_surname(w) || surname_shaped(w))
                && !initial_function_word(cx, start)
                && !next_lower.starts_with(|c: char| c.is_uppercase())))
    {
        cand.kind = EntityType::Person;
        cand.code = context_code(cx, start, known);
    } else if words.len() == 1
        && name_shaped(&words)
        && words[0].chars().count() > 2
        && words[0].chars().skip(1).any(char::is_lowercase)
        && !initial
        && speaker_position(cx, start, end)
        && !contains_lower(lexicon::NOT_NAMES, words[0])
    {
        // "…," Tejashwi said. / said Guaidó: a single unknown name that speaks is a person; "a deal which Accor
        // said" an organisation.
        let which = start > 0 && matches!(cx.lower(start - 1).as_str(), "which" | "that");
        cand.kind = if which { EntityType::Org } else { EntityType::Person };
        cand.code = context_code(cx, start, known);
    } else if words.len() <= 3
        && name_shaped(&words)
        && !words.iter().any(|w| {
            w.split('-').skip(1).any(|p| p.chars().next().is_some_and(char::is_lowercase) && !is_place_particle(p))
        })
        && (!initial || start > run.start)
        && (start == run.start && place_before(cx, start)
            || start == run.start + 1 && place_before(cx, start) && is_place_preposition(&cx.lower(run.start)))
    {
        // "talks in Perth", "the town of Nagrota": an unknown name where places stand is a place.
        cand.kind = EntityType::Gpe;
        cand.usage = Usage::Place;
        cand.code = context_code(cx, start, known);
    } else if (words.len() == 1 || words.len() <= 3 && name_shaped(&words) && words.iter().all(|w| !is_title_word(w)))
        && initial
        && is_dateline(cx, start, end)
        && matches!(cx.t(end), "(" | "\u{2014}" | "\u{2013}" | "-" | ":" | ",")
        && (words.len() > 1 || words[0].chars().count() > 4 || words[0].chars().any(char::is_lowercase))
    {
        // "Margao (Goa) [India], February 8 (ANI):" — a dateline names a place.
        cand.kind = EntityType::Gpe;
        cand.usage = Usage::Place;
    } else if words.len() == 1 && initial {
        // A capitalised sentence opener may be an ordinary word; kept only if resolved later.
        cand.kind = EntityType::Other;
        cand.canonical = String::new();
    } else if words.len() == 1 && words[0].chars().count() < 2 {
        return prefix;
    }
    // "the Reciprocal Access Agreement", "the New Delhi Leaders Declaration": a document's name names no actor.
    if matches!(cand.kind, EntityType::Org | EntityType::Person | EntityType::Gpe)
        && words.len() >= 2
        && is_document_head(last)
    {
        cand.kind = EntityType::Other;
    }
    prefix.push(cand);
    prefix
}

/// "airport", "airfield", "airbase" in lower case right after a name ("Bien Hoa airport").
fn is_lower_facility(cx: &Ctx, i: usize) -> bool {
    matches!(cx.t(i), "airport" | "airfield" | "airbase") && cx.toks.get(i).is_some_and(|t| !t.line_break_before)
}

/// Title heads whose "of" phrase names a portfolio rather than a place ("Minister of Humanitarian Affairs").
/// Capitalised ranks written before a title: "Deputy UN spokesman", "Acting US Ambassador".
fn is_rank(w: &str) -> bool {
    matches!(w, "Deputy" | "Acting" | "Former" | "Senior" | "Assistant" | "Interim")
}

fn is_portfolio_holder(w: &str) -> bool {
    let w = w.to_lowercase();
    matches!(
        w.as_str(),
        "minister" | "ministers" | "secretary" | "secretaries" | "ministry" | "commissioner" | "director"
    )
    // "Under-Secretary-General for Humanitarian Affairs", "Undersecretary-General for Political Affairs".
    || w.starts_with("under-secretary")
    || w.starts_with("undersecretary")
}

/// A run right after "and" that ends a minister's portfolio begun before it ("the Minister of Humanitarian Affairs
/// and Disaster Management").
fn continues_portfolio(cx: &Ctx, start: usize) -> bool {
    if start < 4 || cx.t(start - 1) != "and" {
        return false;
    }
    let mut j = start - 2;
    let mut words = 0;
    while j > 0 && cx.is_cap(j) && words < 4 && !is_portfolio_holder(cx.t(j)) {
        j -= 1;
        words += 1;
    }
    if words == 0 || !matches!(cx.t(j), "of" | "for") {
        return false;
    }
    (j.saturating_sub(3)..j).any(|h| is_portfolio_holder(cx.t(h)) && cx.sent_of.get(h) == cx.sent_of.get(start))
}

/// Where a person's two- or three-word name starts at the end of a run that names a body first ("House Committee
/// for Foreign Affairs Eliot Engel", "AES Corporation Gustavo Pimenta"): the body's last word is an organisation's
/// head or "Affairs", and the name opens with a given name or the run follows "<title> of (the)".
fn person_after_body(cx: &Ctx, start: usize, end: usize, known: &[Candidate]) -> Option<usize> {
    let name_word = |j: usize| {
        let w = cx.t(j);
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).any(char::is_lowercase)
            && !w.contains('-')
            && !is_title_word(w)
            && !contains_lower(lexicon::ORG_SUFFIXES, w)
            && !contains_lower(lexicon::REGION_SUFFIXES, w)
            && !contains_lower(lexicon::NOT_NAMES, w)
            && lexicon::month_number(w).is_none()
            && {
                let key = normalise(w);
                cx.kb.targets(&key).is_empty() || cx.kb.is_code_only(&key)
            }
    };
    let office_before = || office_before_body(cx, start, known);
    if end < start + 3 {
        return None;
    }
    [2, 3].into_iter().find_map(|len| {
        let p = end.checked_sub(len)?;
        let body_end = cx.t(p.checked_sub(1)?);
        let given = lexicon::is_given_name(cx.t(p)) || lexicon::is_female_given_name(cx.t(p));
        let body_head = contains_lower(lexicon::ORG_SUFFIXES, body_end)
            || matches!(
                body_end,
                "Affairs" | "Relations" | "Senate" | "Congress" | "Duma" | "Knesset" | "Rada" | "Khural"
            );
        (p > start && body_head && (p..end).all(name_word) && (p >= start + 2 && given || office_before())).then_some(p)
    })
}

/// "the Speaker of the Sri Lanka Parliament <name>", "Chairman of Vietnam National Assembly <name>", "the
/// President of the Senate <name>": an office named before the body that opens at `start`, across "the", "of",
/// "for" and the known names the body belongs to.
fn office_before_body(cx: &Ctx, start: usize, known: &[Candidate]) -> bool {
    let mut b = start;
    while b > 0
        && (matches!(cx.t(b - 1), "the" | "of" | "for")
            || known
                .iter()
                .any(|c| c.toks.end == b && matches!(c.kind, EntityType::Gpe | EntityType::Norp | EntityType::Org)))
    {
        b = known.iter().find(|c| c.toks.end == b).map_or(b - 1, |c| c.toks.start);
    }
    b < start && b > 0 && lexicon::title_role(cx.t(b - 1)).is_some()
}

/// "Peter Hall of Boston University": two or three name words opening with a given name, then "of" and a body
/// whose name ends in a facility's or organisation's head.
fn given_name_then_body(cx: &Ctx, start: usize, of: usize, end: usize) -> bool {
    let first = cx.t(start);
    (2..=3).contains(&(of - start))
        && (lexicon::is_given_name(first) || lexicon::is_female_given_name(first))
        && (start..of).all(|j| {
            let w = cx.t(j);
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().skip(1).any(char::is_lowercase)
                && !is_title_word(w)
                && !contains_lower(lexicon::ORG_SUFFIXES, w)
        })
        && end > of + 1
        && (lexicon::is_facility_head(cx.t(end - 1)) || contains_lower(lexicon::ORG_SUFFIXES, cx.t(end - 1)))
}

/// "Historian Timothy Naftali": an occupation opening a run of two or three name words is a title.
fn occupation_opens_name(cx: &Ctx, k: usize, end: usize) -> bool {
    lexicon::is_occupation(cx.t(k))
        && (2..=3).contains(&end.saturating_sub(k + 1))
        && (k + 1..end).all(|j| {
            let w = cx.t(j);
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().skip(1).any(char::is_lowercase)
                && !is_title_word(w)
                && !contains_lower(lexicon::ORG_SUFFIXES, w)
                && !contains_lower(lexicon::REGION_SUFFIXES, w)
                && !contains_lower(lexicon::NOT_NAMES, w)
        })
}

/// "Ministers" in "Foreign Ministers Carlos Faria and Álvaro Leyva": a capitalised plural title head.
fn plural_title_role(w: &str) -> Option<&'static str> {
    let stem = w.strip_suffix('s')?;
    if stem.chars().count() < 4 || !w.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    lexicon::title_role(stem).filter(|r| matches!(*r, "GOV" | "MIL" | "LEG" | "REL" | "JUD"))
}

/// "Agreement", "Declaration", "Treaty": the last word of a document's name.
fn is_document_head(w: &str) -> bool {
    matches!(
        w,
        "Agreement"
            | "Declaration"
            | "Treaty"
            | "Accord"
            | "Accords"
            | "Pact"
            | "Charter"
            | "Convention"
            | "Protocol"
            | "Act"
            | "Resolution"
            | "Doctrine"
            | "Communique"
            | "Communiqué"
    )
}

/// "718th", "101st", "3rd": an ordinal written in figures.
fn is_ordinal(w: &str) -> bool {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) && matches!(suffix, "st" | "nd" | "rd" | "th")
}

/// "Association of Serbian Communities", "Ministry for European and International Affairs", "Ministry of Foreign
/// and European Affairs": the nationality at `i` is a word of the body's name that opens before it.
fn portfolio_opening(cx: &Ctx, i: usize, covered: &[Option<usize>]) -> bool {
    let free = |j: usize| covered.get(j).is_some_and(Option::is_none);
    let body_of = |of: usize| {
        of >= 1
            && matches!(cx.t(of), "of" | "for")
            && free(of - 1)
            && cx.is_cap(of - 1)
            && contains_lower(lexicon::ORG_SUFFIXES, cx.t(of - 1))
    };
    body_of(i - 1) || i >= 4 && cx.t(i - 1) == "and" && free(i - 2) && cx.is_cap(i - 2) && body_of(i - 3)
}

/// Before the country opening at `country` ("… of Ukraine", "… of the Slovak Republic"): an unknown body's name of
/// two or more words that the country closes, either ending in a body noun ("Revolutionary Armed Forces of
/// Colombia", "Foreign Ministry of Ukraine") or a ministry's portfolio after its "of" ("Ministry of Foreign Affairs
/// of Ukraine", "Ministry of Foreign and European Affairs of the Slovak Republic").
fn body_before_country(cx: &Ctx, country: usize, covered: &[Option<usize>]) -> bool {
    let Some(of) = country.checked_sub(if cx.t(country.wrapping_sub(1)) == "the" { 2 } else { 1 }) else {
        return false;
    };
    if cx.t(of) != "of" || of < 2 {
        return false;
    }
    let free = |j: usize| covered.get(j).is_some_and(Option::is_none);
    let body_noun =
        |j: usize| free(j) && contains_lower(lexicon::ORG_SUFFIXES, cx.t(j)) && lexicon::title_role(cx.t(j)).is_none();
    // "Defence Ministry", "Central Bank": words that name no one alone still open a body's name.
    let opens_body = |j: usize| {
        free(j)
            && cx.is_cap(j)
            && lexicon::title_role(cx.t(j)).is_none()
            && (!contains_lower(lexicon::NOT_NAMES, cx.t(j)) || contains_lower(lexicon::TITLE_MODIFIERS, cx.t(j)))
    };
    if body_noun(of - 1) && opens_body(of - 2) {
        return true;
    }
    // A portfolio of one to four capitalised words (and "and") after the body noun's "of" or "for".
    let mut j = of - 1;
    let mut words = 0;
    while j > 0 && words < 5 && free(j) && (cx.is_cap(j) || cx.t(j) == "and") {
        if lexicon::title_role(cx.t(j)).is_some() || contains_lower(lexicon::ORG_SUFFIXES, cx.t(j)) {
            return false;
        }
        j -= 1;
        words += 1;
    }
    words > 0
        && cx.is_cap(j + 1)
        && cx.t(of - 1) != "and"
        && matches!(cx.t(j), "of" | "for")
        && j > 0
        && body_noun(j - 1)
        && cx.is_cap(j - 1)
}

/// After "and" inside a capitalised run: the words after it complete one organisation's name ("National Security
/// and Defense Council", "Ministry of Foreign Affairs and Trade"), rather than naming a second entity.
fn and_continues_name(cx: &Ctx, start: usize, end: usize, covered: &[Option<usize>]) -> bool {
    let sentence = cx.sent_of.get(start).copied();
    let mut e = end + 1;
    while e < cx.toks.len()
        && e < end + 4
        && cx.is_cap(e)
        && covered.get(e).is_some_and(Option::is_none)
        && cx.sent_of.get(e).copied() == sentence
        && !cx.toks[e].line_break_before
    {
        e += 1;
    }
    // "… Police Department and Pamela A. Smith": a given name after "and" opens a person's name.
    let first_after = cx.t(end + 1);
    if e == end + 1
        || cx.is_cap(e)
        || cx.t(e) == "-"
        || lexicon::is_given_name(first_after)
        || lexicon::is_female_given_name(first_after)
    {
        return false;
    }
    let before: Vec<&str> = (start..end).map(|j| cx.t(j)).collect();
    let after: Vec<&str> = (end + 1..e).map(|j| cx.t(j)).collect();
    if matches!(
        cx.lower(e).as_str(),
        "seat"
            | "seats"
            | "constituency"
            | "constituencies"
            | "election"
            | "elections"
            | "polls"
            | "member"
            | "members"
    ) {
        return false;
    }
    let plain = |ws: &[&str]| {
        ws.iter().all(|w| {
            lexicon::title_role(w).is_none()
                && lexicon::month_number(w).is_none()
                && lexicon::weekday_number(w).is_none()
        })
    };
    let head_of =
        before.windows(2).any(|p| matches!(p[1], "of" | "for") && contains_lower(lexicon::ORG_SUFFIXES, p[0]));
    let suffix_before = before.iter().any(|w| contains_lower(lexicon::ORG_SUFFIXES, w));
    let ends_in_suffix = after.last().is_some_and(|w| contains_lower(lexicon::ORG_SUFFIXES, w));
    let first_is_suffix = after.first().is_some_and(|w| contains_lower(lexicon::ORG_SUFFIXES, w));
    // "Ministry for European and International Affairs": within a portfolio, a body noun may open the second
    // part.
    plain(&after)
        && (!first_is_suffix
            && !suffix_before
            && ends_in_suffix
            && plain(&before)
            && before.len() <= 2
            && !before.first().is_some_and(|w| contains_lower(lexicon::NOT_NAMES, w))
            && !before.first().is_some_and(|w| lexicon::ORG_PREFIXES.contains(w))
            || head_of && !ends_in_suffix && after.len() <= 3 && (!first_is_suffix || after.len() >= 2))
}

/// The title head before "of/to/for (the) <known body or country>" that ends right before `start`: the name
/// that follows holds that office ("former President of Mozambique Joaquim Chissano").
fn office_holder_after_body(cx: &Ctx, start: usize, known: &[Candidate]) -> Option<usize> {
    if cx.toks.get(start).is_none_or(|t| t.line_break_before) {
        return None;
    }
    let body = known.iter().rev().find(|c| {
        c.toks.end == start
            && matches!(c.kind, EntityType::Gpe | EntityType::Org)
            && cx.sent_of.get(c.toks.start) == cx.sent_of.get(start)
    })?;
    let mut j = body.toks.start.checked_sub(1)?;
    if cx.t(j) == "the" {
        j = j.checked_sub(1)?;
    }
    if !matches!(cx.t(j), "of" | "to" | "for") {
        return None;
    }
    let mut h = j;
    for _ in 0..3 {
        h = h.checked_sub(1)?;
        let w = cx.t(h);
        if lexicon::title_role(w).is_some() {
            return Some(h);
        }
        if !(is_title_word(w) || w == "-") {
            return None;
        }
    }
    None
}

/// A lowercase noun after a name that says it is an organisation: "the BGNES news agency", "Russia's OVD-Info
/// protest monitor", "the Wagner group".
fn organisation_noun_after(cx: &Ctx, end: usize) -> bool {
    const NOUNS: &[&str] = &[
        "agency",
        "newspaper",
        "daily",
        "broadcaster",
        "outlet",
        "monitor",
        "watchdog",
        "tabloid",
        "magazine",
        "group",
        "militia",
    ];
    let lower_word = |j: usize| {
        cx.toks.get(j).is_some_and(|t| t.kind == TokenKind::Word)
            && cx.t(j).chars().next().is_some_and(char::is_lowercase)
    };
    let next = cx.t(end);
    lower_word(end)
        && (NOUNS.contains(&next)
            || NOUNS.contains(&cx.t(end + 1))
                && lower_word(end + 1)
                && !FUNCTION_WORDS.contains(&next)
                && !next.ends_with("ed")
                && !next.ends_with("ly"))
}

/// A capitalised word used as a modifier of the lowercase noun after it ("rival Tigrayan forces").
fn modifies_next_noun(cx: &Ctx, end: usize) -> bool {
    let w = cx.t(end);
    cx.toks.get(end).is_some_and(|t| t.kind == TokenKind::Word)
        && w.chars().next().is_some_and(char::is_lowercase)
        && !FUNCTION_WORDS.contains(&w)
        && !w.ends_with("ed")
}

/// "(CENI)" right after a lowercase description ending in an organisation's head word ("the country's electoral
/// commission (CENI)").
fn described_acronym(cx: &Ctx, start: usize) -> bool {
    let w = cx.t(start);
    start >= 2
        && (2..=6).contains(&w.len())
        && w.chars().all(|c| c.is_ascii_uppercase())
        && cx.t(start - 1) == "("
        && cx.t(start + 1) == ")"
        && cx.t(start - 2).chars().next().is_some_and(char::is_lowercase)
        && contains_lower(lexicon::ORG_SUFFIXES, cx.t(start - 2))
}

/// Family-name endings that mark a person's name in many languages ("Milošević", "Yanukovych", "Shevardnadze").
fn surname_shaped(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ović", "ević", "vić", "ovich", "evich", "enko", "chuk", "shvili", "dze", "escu", "oglu", "oğlu", "opoulos",
        "sson", "ovna", "evna", "skyi", "skiy",
    ];
    w.chars().count() > 5 && w.chars().next().is_some_and(char::is_uppercase) && ENDINGS.iter().any(|e| w.ends_with(e))
}

/// "on", "upon", "sur": a lowercase part inside a hyphenated place name ("Rostov-on-Don", "Stratford-upon-Avon").
fn is_place_particle(p: &str) -> bool {
    matches!(p, "on" | "upon" | "sur" | "en" | "le" | "la" | "les" | "de" | "am" | "an" | "im" | "der" | "del")
}

/// "Savannah, Georgia", "Fort Moore, Georgia": after an unknown place and a comma, a name that is both a country
/// and a state of another country is the state.
fn state_after_place(
    cx: &Ctx,
    i: usize,
    targets: &[crate::knowledge::Target],
    covered: &[Option<usize>],
    cands: &[Candidate],
) -> Option<crate::knowledge::Target> {
    if targets.len() < 2 || i < 2 || cx.t(i - 1) != "," || !cx.is_cap(i - 2) || cx.sentence_initial(i - 2) {
        return None;
    }
    let entries: Vec<_> = targets.iter().filter_map(|t| cx.kb.entry(t.entry).map(|e| (t, e))).collect();
    let country = entries.iter().find(|(_, e)| e.alpha2.is_some())?;
    let state =
        entries.iter().find(|(_, e)| e.alpha2.is_none() && e.capital_of.is_none() && e.kind == EntityType::Gpe)?;
    let before_ok = match covered.get(i - 2).copied().flatten().and_then(|k| cands.get(k)) {
        None => !contains_lower(lexicon::NOT_NAMES, cx.t(i - 2)),
        Some(c) => c.kind == EntityType::Gpe && c.code.is_some() && c.code == state.1.code && c.code != country.1.code,
    };
    before_ok.then_some(*state.0)
}

/// The last title head inside a run that is followed by a two- or three-word name: "Sheriff" in "Brevard County
/// Sheriff Wayne Ivey".
fn inner_title(cx: &Ctx, start: usize, end: usize) -> Option<usize> {
    (start + 1..end.saturating_sub(2)).rev().find(|&h| {
        if lexicon::title_role(cx.t(h)).is_none() || !(2..=3).contains(&(end - h - 1)) {
            return false;
        }
        let name: Vec<&str> = (h + 1..end).map(|j| cx.t(j)).collect();
        (2..=3).contains(&name.len())
            && name_shaped(&name)
            && !name.iter().any(|w| is_title_word(w) || w.ends_with('.'))
    })
}

/// A capitalised word just before `i` that can be a given name: not a title, function word, known name or the
/// sentence's first word ("Henry" in "Gov. Henry McMaster").
fn given_name_before(cx: &Ctx, i: usize, covered: &[Option<usize>]) -> bool {
    let Some(prev) = i.checked_sub(1) else { return false };
    let w = cx.t(prev);
    cx.is_cap(prev)
        && covered.get(prev).is_some_and(Option::is_none)
        && cx.toks.get(i).is_some_and(|t| !t.line_break_before)
        && cx.sent_of.get(prev) == cx.sent_of.get(i)
        && !cx.sentence_initial(prev)
        && !w.ends_with('.')
        && !is_title_word(w)
        && !is_storm_word(cx, prev)
        && !contains_lower(lexicon::NOT_NAMES, w)
        && lexicon::month_number(w).is_none()
        && w.chars().count() > 1
}

/// A capitalised word at `i` that continues an unknown name ("Gould" after "Pyne").
fn unknown_name_after(cx: &Ctx, i: usize) -> bool {
    let w = cx.t(i);
    cx.is_cap(i)
        && cx.toks.get(i).is_some_and(|t| !t.line_break_before && t.space_before)
        && cx.sent_of.get(i) == cx.sent_of.get(i - 1)
        && !is_title_word(w)
        && !contains_lower(lexicon::NOT_NAMES, w)
        && !contains_lower(lexicon::ORG_SUFFIXES, w)
        && lexicon::month_number(w).is_none()
        && lexicon::weekday_number(w).is_none()
        && cx.kb.span_from(&normalise(w)) == 0
}

/// "Hurricane", "Typhoon", "Cyclone", "Storm": the word before a storm's name.
fn is_storm_word(cx: &Ctx, i: usize) -> bool {
    matches!(cx.t(i), "Hurricane" | "Typhoon" | "Cyclone" | "Storm" | "Tropical")
}

/// ", Calif." or ", Turkey" right after a name: the name is a place in that state or country.
fn located_in_known_place(cx: &Ctx, end: usize, known: &[Candidate]) -> bool {
    cx.t(end) == ","
        && known.iter().any(|c| {
            c.toks.start == end + 1
                && c.kind == EntityType::Gpe
                && c.capital_of.is_none()
                && matches!(cx.t(c.toks.end), "." | "," | ";" | "\u{2014}" | "\u{2013}" | "-" | "")
        })
}

fn place_before(cx: &Ctx, start: usize) -> bool {
    let Some(prev) = start.checked_sub(1) else { return false };
    let p = cx.lower(prev);
    is_place_preposition(&p)
        || (p == "of" && prev > 0 && contains_lower(lexicon::PLACE_NOUNS, cx.t(prev - 1)))
        // "32km away from Biu", "villagers from Galape".
        || (p == "from"
            && prev > 0
            && matches!(
                cx.lower(prev - 1).as_str(),
                "away" | "villagers" | "residents" | "people" | "refugees" | "families" | "farmers" | "travellers"
            ))
}

/// Prepositions after which an unknown name stands where places stand ("in Perth", "at Mandaragiru").
fn is_place_preposition(w: &str) -> bool {
    matches!(w, "in" | "near" | "outside" | "at" | "inside" | "across" | "around" | "toward" | "towards")
}

/// A lowercase noun after a name that makes it a place: "Ghuma village", "Allawa community", "Katsina-Ala local
/// government area", "Raghopur seat", or an apposition ("Mandaragiru, a community 32km away").
fn place_word_after(cx: &Ctx, end: usize) -> bool {
    const PLACE_HEADS: &[&str] = &[
        "state",
        "district",
        "districts",
        "village",
        "villages",
        "town",
        "community",
        "communities",
        "municipality",
        "township",
        "constituency",
        "seat",
        "seats",
        "division",
        "governorate",
        "ward",
        "lga",
        "valley",
        "island",
    ];
    let next = cx.lower(end);
    let is_lower = cx.t(end).chars().next().is_some_and(char::is_lowercase);
    (is_lower && PLACE_HEADS.contains(&next.as_str()))
        || (next == "local" && cx.lower(end + 1) == "government")
        || (next == ","
            && matches!(cx.lower(end + 1).as_str(), "a" | "an")
            && matches!(cx.lower(end + 2).as_str(), "community" | "village" | "town" | "city" | "suburb" | "district"))
}

/// "al-Rishq", "el-Sisi", "bin-Salman": a lowercase particle joined by a hyphen to a capitalised name part.
fn is_name_particle(w: &str) -> bool {
    let Some((particle, rest)) = w.split_once('-') else { return false };
    matches!(particle, "al" | "el" | "ad" | "ash" | "as" | "at" | "az" | "ar" | "an" | "ibn" | "bin" | "abu" | "abd")
        && rest.chars().next().is_some_and(char::is_uppercase)
}

fn name_shaped(words: &[&str]) -> bool {
    // "Nayef Falah Mubarak Al-Hajraf": the hyphen of a capitalised compound is a token of its own.
    !words.is_empty()
        && words.iter().filter(|w| !matches!(**w, "-" | ".")).count() <= 5
        && words
            .iter()
            .filter(|w| {
                // "Kh.Battulga": the full stop of a glued initial is a token of its own too.
                !matches!(**w, "-" | ".")
                    && !is_name_particle(w)
                    && !matches!(
                        **w,
                        "al" | "el"
                            | "bin"
                            | "ibn"
                            | "de"
                            | "da"
                            | "di"
                            | "du"
                            | "van"
                            | "von"
                            | "der"
                            | "den"
                            | "la"
                            | "le"
                            | "del"
                    )
            })
            .all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && !contains_lower(lexicon::ORG_SUFFIXES, w)
                    && !contains_lower(lexicon::NOT_NAMES, w)
                    && !is_document_head(w)
            })
}

/// A name right before a speech verb ("Tejashwi said") or right after a post-posed one ("said Guaidó").
fn speaker_position(cx: &Ctx, start: usize, end: usize) -> bool {
    let next = cx.lower(end);
    let speech_next = contains_lower(lexicon::SPEECH_VERBS, &next) && !matches!(next.as_str(), "called" | "calls");
    let speech_before = start > 0 && matches!(cx.lower(start - 1).as_str(), "said" | "says" | "added" | "stated");
    let closes_after = matches!(cx.t(end), "." | "," | "\u{2019}s" | "'s" | "") || cx.lower(end) == "in";
    speech_next || speech_before && closes_after
}

fn person_context(cx: &Ctx, start: usize, end: usize) -> bool {
    let next = cx.lower(end);
    let after_comma = if next == "," { cx.lower(end + 1) } else { String::new() };
    contains_lower(lexicon::SPEECH_VERBS, &next)
        || cx.t(end) == "\u{2019}s"
        || cx.t(end) == "'s"
        || (start > 0 && matches!(cx.lower(start - 1).as_str(), "by" | "mr." | "mrs." | "ms." | "dr."))
        || matches!(after_comma.as_str(), "who" | "the" | "a" | "an")
        || lexicon::title_role(&after_comma).is_some()
        // "said Haoliang Xu.", "Fatima Navarro, 45, said".
        || (start > 0 && matches!(cx.lower(start - 1).as_str(), "said" | "says" | "added" | "told" | "asked"))
        || (next == "," && cx.t(end + 1).parse::<u8>().is_ok() && cx.t(end + 2) == ",")
        || role_apposition(cx, start, end)
}

/// "the head of the government delegation, Otty Patiño, and …", "the foreign ministers of Cuba, X, and Colombia,
/// Y": a name set off by commas right after a phrase that names an office stands for its holder.
fn role_apposition(cx: &Ctx, start: usize, end: usize) -> bool {
    if start < 2 || cx.t(start - 1) != "," || !matches!(cx.t(end), "," | "." | "") {
        return false;
    }
    let sentence = cx.sent_of.get(start).copied();
    // "The Secretary-General of the Cooperation Council for the Arab States of the Gulf, Nayef Al-Hajraf,": an
    // office's "of" phrase may name a long body.
    (start.saturating_sub(16)..start - 1).any(|i| {
        let w = cx.lower(i);
        cx.sent_of.get(i).copied() == sentence
            && (i + 2 == start || cx.lower(i + 1) == "of")
            && (lexicon::title_role(&w).is_some_and(|r| matches!(r, "GOV" | "MIL" | "LEG" | "REL" | "JUD"))
                || w.strip_suffix('s').and_then(lexicon::title_role).is_some_and(|r| r == "GOV")
                || w == "head")
    })
}

/// The country named in the words just before a mention: "South Korean Foreign Minister X", "Russia's Kursk
/// region", "U.S. National Security Council spokesperson X".
fn context_code(cx: &Ctx, start: usize, known: &[Candidate]) -> Option<String> {
    let mut j = start;
    let mut steps = 0;
    // A new line ends the search: "… entering the U.S.\n\nAlice Marwood, a teacher" names no American.
    while j > 0 && steps < 8 && cx.toks.get(j).is_some_and(|t| !t.line_break_before) {
        j -= 1;
        steps += 1;
        if let Some(c) = known.iter().rev().find(|c| c.toks.contains(&j)) {
            if c.code.is_some()
                && matches!(c.kind, EntityType::Gpe | EntityType::Norp | EntityType::Org)
                && c.capital_of.is_none()
            {
                return c.code.clone();
            }
            if c.kind == EntityType::Person {
                return None;
            }
            j = c.toks.start;
            continue;
        }
        let w = cx.t(j);
        let tok = cx.toks[j];
        if tok.kind == TokenKind::Possessive || is_title_word(w) || matches!(w, "-" | "former" | "then" | "acting") {
            continue;
        }
        if matches!(
            w,
            "western"
                | "eastern"
                | "northern"
                | "southern"
                | "central"
                | "border"
                | "occupied"
                | "to"
                | "the"
                // "Pakistan's paramilitary Frontier Corps", "Russia's state-run Rosatom".
                | "paramilitary"
                | "elite"
                | "state-run"
                | "state-owned"
        ) && steps < 6
        {
            continue;
        }
        if cx.is_cap(j) && !cx.sentence_initial(j) {
            continue;
        }
        break;
    }
    None
}

/// Document-level resolution: contextual aliases, short names, usage of places and capitals, roles.
fn resolve_document(cx: &Ctx, cands: &mut Vec<Candidate>) {
    let mentioned: HashSet<String> = cands
        .iter()
        .filter(|c| c.contextual.is_none() && matches!(c.kind, EntityType::Gpe | EntityType::Norp | EntityType::Person))
        .filter_map(|c| c.code.clone())
        .collect();
    for c in cands.iter_mut() {
        let Some(alias) = c.contextual.clone() else { continue };
        let row = cx
            .kb
            .context
            .iter()
            .filter(|r| r.alias == alias)
            .find(|r| r.requires.is_empty() || r.requires.iter().any(|code| mentioned.contains(code)));
        match row.and_then(|r| cx.kb.entry(r.target).map(|e| (r.target, e))) {
            Some((idx, e)) => {
                c.kind = e.kind;
                c.canonical = e.canonical.clone();
                c.code = e.code.clone();
                c.kb = Some(idx);
                c.role = e.role.clone();
            }
            None => c.canonical.clear(),
        }
    }
    document_names(cx, cands);
    // Short names of people named in full; given names as a fallback ("Khalid" for "Khalid Jamil").
    let mut short: HashMap<String, Option<usize>> = HashMap::new();
    let mut given: HashMap<String, Option<usize>> = HashMap::new();
    // Names written in full first; a known person's single-word mention only where no full name claims it.
    let order = (0..cands.len())
        .filter(|&k| cands[k].toks.len() >= 2)
        .chain((0..cands.len()).filter(|&k| cands[k].toks.len() < 2 && cands[k].kb.is_some()));
    let mut full_keys: HashSet<String> = HashSet::new();
    let mut hyphen_parts: HashMap<String, Option<usize>> = HashMap::new();
    for k in order.collect::<Vec<_>>() {
        let c = &cands[k];
        if c.kind != EntityType::Person || !c.canonical.contains(' ') {
            continue;
        }
        let family_first = match c.kb.and_then(|e| cx.kb.entry(e)) {
            Some(e) => e.family_first,
            None => cx
                .toks
                .get(c.toks.start)
                .is_some_and(|t| lexicon::EAST_ASIAN_SURNAMES.contains(&t.text(cx.text)) && c.toks.len() <= 3),
        };
        let names: Vec<&str> =
            c.canonical.split(' ').filter(|w| (!w.ends_with('.') || w.len() > 2) && !generational(w)).collect();
        let (key, other) = if family_first { (names.first(), names.last()) } else { (names.last(), names.first()) };
        if c.toks.len() >= 2 {
            full_keys.extend(key.map(|k| k.to_string()));
        } else if key.is_some_and(|k| full_keys.contains(*k)) {
            continue;
        }
        // "Abubakar Sani-Bello" … "Bello said": the last part of a hyphenated family name stands for the person.
        let part = key
            .and_then(|k| k.rsplit_once('-'))
            .map(|(_, p)| p)
            .filter(|p| p.chars().count() > 2 && p.chars().next().is_some_and(char::is_uppercase) && c.toks.len() >= 2);
        let part: Option<&str> = part;
        // "Bahram Ghassemi" resolved to the canonical "Bahram Qassemi": "Ghassemi said" is the same person.
        let written = (!family_first && c.toks.len() >= 2).then(|| cx.t(c.toks.end - 1)).filter(|w| {
            Some(w) != key
                && w.chars().count() > 2
                && w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().skip(1).all(char::is_lowercase)
        });
        let canonical = c.canonical.clone();
        let note = |map: &mut HashMap<String, Option<usize>>, key: &str| {
            let entry = map.entry(key.to_string()).or_insert(Some(k));
            if let Some(prev) = *entry {
                if cands.get(prev).map(|p| &p.canonical) != Some(&canonical) {
                    *entry = None;
                }
            }
        };
        if let Some(key) = key {
            note(&mut short, key);
        }
        if let Some(other) = other {
            note(&mut given, other);
        }
        for w in part.into_iter().chain(written) {
            note(&mut hyphen_parts, w);
        }
    }
    for (part, target) in hyphen_parts {
        short.entry(part).or_insert(target);
    }
    for k in 0..cands.len() {
        let c = &cands[k];
        let key = cx.span_text(&c.toks);
        if key.contains(' ') {
            continue;
        }
        // A known surname alone ("McMaster") is the person this article names in full ("Henry McMaster").
        let known_surname = c.kind == EntityType::Person
            && c.kb.is_some()
            && c.toks.len() == 1
            && short.get(&key).copied().flatten().and_then(|p| cands.get(p)).is_some_and(|p| p.kb.is_none());
        if !(c.unknown_run || c.kind == EntityType::Other || known_surname) {
            continue;
        }
        let by_given = || given.get(&key).copied().flatten().filter(|_| c.unknown_run && !short.contains_key(&key));
        // "Denis Sassou Nguesso … Denis Christel Sassou Nguesso … Nguesso said": a surname two people share
        // is the one named last before it.
        // "Unification Minister Kim Yeon-chul … Kim Jong-un … Unification Minister Kim said": one titled alike
        // comes first.
        let by_recency = || {
            short.get(&key).is_some_and(Option::is_none).then(|| {
                let same_family = |p: usize| {
                    cands[p].kind == EntityType::Person
                        && cands[p].toks.len() >= 2
                        && (family_name(&cands[p].canonical) == Some(key.as_str())
                            // "Kim Yeon-chul", "Kim Jong Un": family names written first.
                            || lexicon::EAST_ASIAN_SURNAMES.contains(&key.as_str())
                                && cands[p].canonical.split(' ').next() == Some(key.as_str()))
                };
                let titled_alike = |p: usize| {
                    let roles = |t: &Option<String>| -> Vec<String> {
                        t.iter()
                            .flat_map(|t| t.split_whitespace())
                            .filter(|w| lexicon::title_role(w).is_some())
                            .map(str::to_lowercase)
                            .collect()
                    };
                    let mine = roles(&c.title);
                    !mine.is_empty() && roles(&cands[p].title).iter().any(|w| mine.contains(w))
                };
                (0..k)
                    .rev()
                    .find(|&p| same_family(p) && titled_alike(p))
                    .or_else(|| (0..k).rev().find(|&p| same_family(p)))
            })?
        };
        let full = short
            .get(&key)
            .copied()
            .flatten()
            .or_else(by_given)
            .or_else(by_recency)
            .and_then(|p| cands.get(p))
            .filter(|p| p.canonical.contains(' '));
        if let Some(p) = full.cloned() {
            {
                let c = &mut cands[k];
                c.kind = EntityType::Person;
                c.canonical = p.canonical.clone();
                c.code = p.code.clone();
                c.kb = p.kb;
                c.role = p.role.clone().or(c.role.take());
            }
        }
    }
    // "Election Commissioner Alamgir … said Alamgir": a one-word name seen with a title is that person again.
    let titled_single: HashMap<String, usize> = cands
        .iter()
        .enumerate()
        .filter(|(_, c)| c.kind == EntityType::Person && c.toks.len() == 1 && c.title.is_some() && c.kb.is_none())
        .map(|(k, c)| (c.canonical.clone(), k))
        .collect();
    for k in 0..cands.len() {
        if cands[k].kind == EntityType::Other && cands[k].unknown_run && cands[k].toks.len() == 1 {
            if let Some(p) = titled_single.get(&cands[k].canonical).and_then(|&p| cands.get(p)).cloned() {
                let c = &mut cands[k];
                (c.kind, c.code, c.role) = (EntityType::Person, p.code, p.role);
            }
        }
    }
    // "Mr. Alieu Touray" after "Omar Alieu Touray", "Álvaro Leyva" after "Álvaro Leyva Duran": a shorter unknown name
    // whose words run inside one longer name of a person in the document is that person.
    for k in 0..cands.len() {
        let c = &cands[k];
        if !(c.unknown_run
            && c.kb.is_none()
            && c.toks.len() >= 2
            && matches!(c.kind, EntityType::Person | EntityType::Other))
        {
            continue;
        }
        let words: Vec<&str> = c.canonical.split(' ').collect();
        if !name_shaped(&words) {
            continue;
        }
        let longer: HashSet<&str> = cands
            .iter()
            .filter(|p| p.kind == EntityType::Person && p.canonical.split(' ').count() > words.len())
            .filter(|p| {
                let pw: Vec<&str> = p.canonical.split(' ').collect();
                !pw.iter().any(|w| matches!(*w, "Jr." | "Sr." | "Jr" | "Sr" | "II" | "III"))
                    && pw.windows(words.len()).any(|win| win == words.as_slice())
            })
            .map(|p| p.canonical.as_str())
            .collect();
        if longer.len() != 1 {
            continue;
        }
        if let Some(p) = cands.iter().find(|p| longer.contains(p.canonical.as_str())).cloned() {
            let c = &mut cands[k];
            c.kind = EntityType::Person;
            c.canonical = p.canonical;
            c.code = p.code;
            c.kb = p.kb;
            c.role = p.role.or(c.role.take());
        }
    }
    // "Song Young-gil earlier said …" after "Envoy Song Young-gil": an unknown name of two or more words left
    // unclassified (a sentence opener that is also a common word) is the person the document names so elsewhere.
    let people: HashMap<String, Candidate> = cands
        .iter()
        .filter(|p| p.kind == EntityType::Person && p.toks.len() >= 2)
        .map(|p| (p.canonical.clone(), p.clone()))
        .collect();
    for c in cands.iter_mut().filter(|c| c.kind == EntityType::Other && c.unknown_run && c.toks.len() >= 2) {
        if let Some(p) = people.get(&c.canonical) {
            (c.kind, c.code, c.kb) = (EntityType::Person, p.code.clone(), p.kb);
            c.role = p.role.clone().or(c.role.take());
        }
    }
    // Usage: capitals as governments or places; countries as places or modifiers.
    let mut last_place_end = None;
    for c in cands.iter_mut() {
        let (start, end, kind) = (c.toks.start, c.toks.end, c.kind);
        let prev = if start > 0 { cx.lower(start - 1) } else { String::new() };
        let next_tok = cx.toks.get(end);
        let next = cx.lower(end);
        // "in Riyadh and Tehran": a name coordinated with a place is a place.
        let coordinated = start > 0 && matches!(prev.as_str(), "and" | "or" | ",") && last_place_end == Some(start - 1);
        let place = (start > 0 && is_place_context(cx, start)) || is_dateline(cx, start, end) || coordinated;
        if let Some(country) = c.capital_of {
            let followed_by_country = next == ","
                && cx
                    .kb
                    .entry(country)
                    .is_some_and(|e| cx.span_text(&(end + 1..end + 1 + 3)).starts_with(&e.canonical));
            // "a Kyiv children's hospital", "a Moscow court": a capital describing a thing is the city.
            let describes = matches!(prev.as_str(), "a" | "an")
                && next_tok.is_some_and(|t| t.kind == TokenKind::Word)
                && cx.t(end).chars().next().is_some_and(char::is_lowercase);
            // "the Paris bombing", "the Minsk talks": a capital naming where something happened is the city (the
            // "Paris Agreement" is a treaty's name).
            let happened_in = prev == "the"
                && cx.t(end).chars().next().is_some_and(char::is_lowercase)
                && matches!(
                    next.as_str(),
                    "attack"
                        | "attacks"
                        | "bombing"
                        | "bombings"
                        | "shooting"
                        | "shootings"
                        | "massacre"
                        | "blast"
                        | "blasts"
                        | "explosion"
                        | "summit"
                        | "conference"
                        | "talks"
                        | "accord"
                        | "accords"
                        | "agreement"
                        | "agreements"
                        | "protests"
                        | "riots"
                );
            // "TURAN's Washington correspondent", "the Moscow bureau", "their Cairo office": where a reporter or an
            // office is posted is the city.
            let posted = matches!(
                next.as_str(),
                "correspondent"
                    | "correspondents"
                    | "bureau"
                    | "reporter"
                    | "office"
                    | "offices"
                    | "branch"
                    | "newsroom"
            );
            // "a concert hall on Moscow's edge", "the Kiev and Chernihiv directions": a part of the city or the
            // ground around it is the place.
            let city_part = |j: usize| {
                cx.t(j).chars().next().is_some_and(char::is_lowercase)
                    && matches!(
                        cx.lower(j).as_str(),
                        "edge"
                            | "outskirts"
                            | "suburbs"
                            | "suburb"
                            | "streets"
                            | "centre"
                            | "center"
                            | "mayor"
                            | "residents"
                            | "direction"
                            | "directions"
                            | "skyline"
                    )
            };
            let part_of_city = city_part(end)
                || matches!(cx.t(end), "'s" | "\u{2019}s") && city_part(end + 1)
                || next == "and" && cx.is_cap(end + 1) && city_part(end + 2);
            if place || followed_by_country || describes || posted || happened_in || part_of_city {
                c.usage = Usage::Place;
                c.role = None;
                last_place_end = Some(end);
            } else if let Some(e) = cx.kb.entry(country) {
                c.canonical = e.canonical.clone();
                c.code = e.code.clone();
                c.usage = Usage::Actor;
                c.role = Some("GOV".into());
                c.capital_of = None;
                c.kb = Some(country);
            }
            continue;
        }
        // "the foreign minister of India": the country whose office is named acts through it.
        let office_of = prev == "of" && start >= 2 && lexicon::title_role(cx.t(start - 2)).is_some();
        if kind == EntityType::Gpe && office_of && !place {
            c.usage = Usage::Actor;
            c.role = lexicon::title_role(cx.t(start - 2)).map(String::from);
        }
        match kind {
            EntityType::Gpe | EntityType::Loc if place => c.usage = Usage::Place,
            EntityType::Norp => {
                c.usage = Usage::Modifier;
                if matches!(
                    next.as_str(),
                    "forces" | "troops" | "soldiers" | "military" | "army" | "navy" | "army's" | "officers" | "units"
                ) {
                    c.role = Some("MIL".into());
                } else if matches!(next.as_str(), "government" | "officials" | "authorities" | "diplomats") {
                    c.role = Some("GOV".into());
                }
            }
            EntityType::Gpe | EntityType::Org => {
                let modifier = next_tok.is_some_and(|t| {
                    let w = t.text(cx.text);
                    (t.kind == TokenKind::Word
                        && w.chars().next().is_some_and(char::is_lowercase)
                        && !w.ends_with("ed")
                        && !w.ends_with('s')
                        && !FUNCTION_WORDS.contains(&w))
                        || (t.kind == TokenKind::Word
                            && is_title_word(w)
                            && w.chars().next().is_some_and(char::is_uppercase))
                });
                if modifier && !matches!(prev.as_str(), "the" | "a" | "an") || next == "-" {
                    c.usage = Usage::Modifier;
                }
            }
            _ => {}
        }
        if c.usage == Usage::Place {
            last_place_end = Some(end);
        }
    }
    coordinate_places(cx, cands);
    prefer_document_countries(cx, cands);
    merge_demonym_organisations(cx, cands);
    resolve_bare_organisation_heads(cx, cands);
    shortened_organisation_names(cands);
    document_acronyms(cx, cands);
    // "the Russian deputy PM noted": a title word standing alone names no one.
    cands.retain(|c| {
        let lone_title = c.kind == EntityType::Other && c.toks.len() == 1 && is_title_word(cx.t(c.toks.start));
        !(c.canonical.is_empty() || lone_title)
    });
    for k in 0..cands.len() {
        // "the Secretary-General of the External Action Service": a known name left unmatched because it looked
        // like the end of a longer one is that known body after all.
        // "United Nations Office for the Coordination of Humanitarian Affairs": "United Nations" written out
        // where the base names the body with "UN".
        if cands[k].unknown_run && cands[k].kind == EntityType::Org {
            let mut key = cx.span_text(&cands[k].toks);
            if cx.kb.targets(&key).is_empty() {
                if let Some(rest) = key.strip_prefix("United Nations ") {
                    key = format!("UN {rest}");
                }
            }
            let known = cx.kb.choose(cx.kb.targets(&key), cx.date).filter(|t| t.kind == AliasKind::Name);
            if let Some((idx, e)) = known.and_then(|t| cx.kb.entry(t.entry).map(|e| (t.entry, e))) {
                if e.kind == EntityType::Org {
                    let c = &mut cands[k];
                    (c.canonical, c.code, c.kb, c.role) =
                        (e.canonical.clone(), e.code.clone(), Some(idx), e.role.clone());
                    c.unknown_run = false;
                    continue;
                }
            }
        }
        if cands[k].unknown_run && cands[k].kind == EntityType::Org {
            // "ECOWAS Commission", "UN Verification Mission", "China Coast Guard": the body or country whose name
            // opens the organisation's gives it its country, or none for an international body.
            if let Some(e) = opening_known_name(cx, &cands[k]) {
                cands[k].code = e.code.clone();
                cands[k].international = e.code.is_none();
            } else if let Some(code) = closing_country_code(cx, &cands[k])
                .or_else(|| facility_place_code(cx, &cands[k]))
                .or_else(|| place_inside_code(cx, &cands[k]))
            {
                cands[k].code = Some(code);
            } else if owned_by_international_body(cx, &cands[k], cands) || closing_international_body(cx, &cands[k]) {
                // "the Council of Europe's Parliamentary Assembly".
                cands[k].international = true;
            }
        }
        if cands[k].unknown_run
            && cands[k].code.is_none()
            && cands[k].kind != EntityType::Other
            && !cands[k].international
        {
            let code = context_code(cx, cands[k].toks.start, cands);
            cands[k].code = code;
        }
        // "Russia's Central Bank" is the "Central Bank of Russia" the knowledge base knows.
        if cands[k].unknown_run && cands[k].kind == EntityType::Org {
            if let Some((idx, e)) = national_body(cx, &cands[k]) {
                let c = &mut cands[k];
                (c.canonical, c.code, c.kb, c.role) = (e.canonical.clone(), e.code.clone(), Some(idx), e.role.clone());
                c.unknown_run = false;
            }
        }
    }
    for k in 0..cands.len() {
        // A ministry is always some country's: "the Ministry of National Defense" in an article about China.
        let ministry = cands[k].kind == EntityType::Org
            && cands[k].unknown_run
            && !cands[k].international
            && (cands[k].canonical.contains("Ministry")
                || cands[k].canonical.ends_with(" Office") && cands[k].canonical.split(' ').count() <= 3
                || national_institution(&cands[k].canonical)
                || cands[k].toks.len() > 1 && lexicon::is_facility_head(cx.t(cands[k].toks.end - 1))
                || organisation_noun_after(cx, cands[k].toks.end)
                || described_acronym(cx, cands[k].toks.start));
        let unknown_place = cands[k].kind == EntityType::Gpe && cands[k].unknown_run;
        if unknown_place && cands[k].code.is_none() {
            // "a ceasefire in Manbij" after "northern Syria": the place named nearest in the sentence first, then
            // the sentence's countries, then the country the article's known places lie in ("at Tahachal" in a
            // story set in Kathmandu).
            cands[k].code = nearest_place_code(cx, cands, k)
                .or_else(|| majority_code(cx, cands, Some(cands[k].sentence)))
                .or_else(|| setting_code(cx, cands))
                .or_else(|| majority_code(cx, cands, None));
        }
        // "the Senate Intelligence Committee", "the House Foreign Affairs Committee": a committee of the US Congress,
        // in a text that names the United States.
        if cands[k].kind == EntityType::Org && cands[k].unknown_run && cands[k].code.is_none() {
            let words: Vec<&str> = cands[k].canonical.split(' ').collect();
            let chamber = words.first().is_some_and(|w| matches!(*w, "House" | "Senate" | "Congressional"));
            let committee = words.last().is_some_and(|w| matches!(*w, "Committee" | "Subcommittee" | "Caucus"));
            if chamber
                && committee
                && cands.iter().any(|c| c.code.as_deref() == Some("USA") && c.kind == EntityType::Gpe)
            {
                cands[k].code = Some("USA".into());
            }
        }
        if ministry && cands[k].code.is_none() {
            cands[k].code = spokesperson_after_code(cx, cands, k)
                .or_else(|| {
                    // A facility ("Velana International Airport") is where it stands, and a council or party
                    // is no minister's: only a ministry takes its ministers' country.
                    cands[k].canonical.contains("Ministry").then(|| bare_minister_code(cx, cands)).flatten()
                })
                .or_else(|| {
                    // "Tribhuvan International Airport": a facility stands where the article's places are.
                    let facility = cands[k].toks.len() > 1 && lexicon::is_facility_head(cx.t(cands[k].toks.end - 1));
                    facility.then(|| setting_code(cx, cands)).flatten()
                })
                .or_else(|| majority_code(cx, cands, None));
        }
        // "European Parliament President David Sassoli", "the Ambassador of Russian Federation to the European
        // Union, Vladimir Chizhov", "Peter Navarro, Trump's senior counselor": the body or country the person's
        // title belongs to decides, before nationalities merely written nearby.
        if cands[k].kind == EntityType::Person && cands[k].kb.is_none() {
            if let Some(code) = affiliation_code(cx, &cands[k], cands) {
                cands[k].code = code;
                continue;
            }
        }
        if cands[k].kind == EntityType::Person
            && cands[k].code.is_none()
            && cands[k].kb.is_none()
            && !international_affiliation(cx, &cands[k], cands)
        {
            // A nationality written elsewhere in the sentence ("… said Russian troops had …") is no cue for a
            // person's own country: without a title or apposition, the document's main country is the guess.
            let code = apposition_code(cx, &cands[k], cands).or_else(|| same_family_code(cx, &cands[k], cands));
            cands[k].code = code.or_else(|| {
                let guess = framing_country(cx, cands, cands[k].sentence).or_else(|| dominant_code(cx, cands));
                // "a row over singer Wang Fan" in a story framed in Britain, "MPs Riti Pathak, Rajani Patil" in
                // a story about Vietnam: a name of one region's shape takes the country of that region the text
                // names most, never a frame country of another region.
                match name_region(cx, &cands[k]) {
                    Some(region) if !guess.as_deref().is_some_and(|g| region.contains(&g)) => {
                        ranked_codes(cx, cands, None).into_iter().map(|(c, _)| c).find(|c| region.contains(&c.as_str()))
                    }
                    _ => guess,
                }
            });
        }
    }
    // "AES Corporation Gustavo Pimenta": the person serves the body named right before, whatever its country.
    for k in 0..cands.len() {
        if cands[k].body_before && cands[k].kind == EntityType::Person {
            let start = cands[k].toks.start;
            if let Some(body) = cands.iter().find(|b| b.toks.end == start && b.kind == EntityType::Org) {
                cands[k].code = body.code.clone();
            }
        }
    }
    // "Ministry of Foreign Affairs, Malaysia": a country set off right after a ministry is its own, whatever
    // the document's main country.
    for k in 0..cands.len() {
        let c = &cands[k];
        if !(c.kind == EntityType::Org && c.kb.is_none() && c.canonical.contains("Ministry")) {
            continue;
        }
        let end = c.toks.end;
        let after = cands
            .iter()
            .find(|o| {
                o.toks.start == end + 1
                    && cx.t(end) == ","
                    && o.kind == EntityType::Gpe
                    && o.kb.and_then(|e| cx.kb.entry(e)).is_some_and(|e| e.alpha2.is_some())
                    && !matches!(cx.t(o.toks.end), "'s" | "\u{2019}s" | "-")
                    && !cx.is_cap(o.toks.end)
            })
            .and_then(|o| o.code.clone());
        if after.is_some() {
            cands[k].code = after;
        }
    }
    // Every mention of an unknown place takes the code found for its first mention.
    let mut place_codes: HashMap<String, Option<String>> = HashMap::new();
    for c in cands.iter_mut().filter(|c| c.kind == EntityType::Gpe && c.unknown_run) {
        let code = place_codes.entry(c.canonical.clone()).or_insert_with(|| c.code.clone());
        c.code = code.clone();
    }
    // Every mention of an unknown person takes the code found for its longest (full-name) mention.
    let mut coded: HashMap<String, (usize, Option<String>)> = HashMap::new();
    for c in cands.iter().filter(|c| c.kind == EntityType::Person && c.kb.is_none()) {
        let best = coded.entry(c.canonical.clone()).or_insert((0, None));
        if c.toks.len() > best.0 {
            *best = (c.toks.len(), c.code.clone());
        }
    }
    for c in cands.iter_mut().filter(|c| c.kind == EntityType::Person && c.kb.is_none()) {
        if let Some((_, code)) = coded.get(&c.canonical) {
            c.code = code.clone();
        }
    }
    // "National Salvation Front (NSF)" … "NSF": every mention of an unknown body takes the country found for it,
    // first the country of an office holder named right after one of its mentions.
    let mut org_codes: HashMap<String, String> = HashMap::new();
    for k in 0..cands.len() {
        if cands[k].kind == EntityType::Org && cands[k].kb.is_none() && !cands[k].international {
            if let Some(code) = spokesperson_after_code(cx, cands, k) {
                org_codes.entry(cands[k].canonical.clone()).or_insert(code);
            }
        }
    }
    for c in cands.iter_mut().filter(|c| c.kind == EntityType::Org && c.kb.is_none() && !c.international) {
        if let Some(code) = org_codes.get(&c.canonical) {
            c.code = Some(code.clone());
        }
    }
    for c in cands.iter().filter(|c| c.kind == EntityType::Org && c.kb.is_none() && !c.international) {
        if let Some(code) = &c.code {
            org_codes.entry(c.canonical.clone()).or_insert_with(|| code.clone());
        }
    }
    for c in cands.iter_mut().filter(|c| c.kind == EntityType::Org && c.kb.is_none() && c.code.is_none()) {
        if let Some(code) = org_codes.get(&c.canonical) {
            c.code = Some(code.clone());
        }
    }
    listed_people_share_country(cx, cands);
    crate::home::refine(cx, cands);
    written_variants(cx, cands);
    titled_known_surnames(cx, cands);
    one_name_per_ministry(cx, cands);
    let _ = cx.in_quote;
}

/// "Minister Dr Cerar urged …" with no full name in the text: a lone surname after a title is the one person the
/// knowledge base knows by that family name, when no other shares it (the country a lone name is given is only a
/// guess from the text around it, so the person's own wins).
fn titled_known_surnames(cx: &Ctx, cands: &mut [Candidate]) {
    for c in cands.iter_mut() {
        let lone = c.kind == EntityType::Person
            && c.kb.is_none()
            && c.toks.len() == 1
            && !c.canonical.contains(' ')
            && c.toks.start > 0
            && lexicon::title_role(cx.t(c.toks.start - 1)).is_some();
        if !lone {
            continue;
        }
        let surname = crate::knowledge::fold_word(cx.t(c.toks.start));
        if surname.chars().count() < 4 {
            continue;
        }
        let mut owners: Vec<usize> = cx
            .kb
            .folded_ending(&surname)
            .iter()
            .map(|(_, e)| *e)
            .filter(|&e| cx.kb.entry(e).is_some_and(|x| x.kind == EntityType::Person))
            .collect();
        owners.sort_unstable();
        owners.dedup();
        let [one] = owners.as_slice() else { continue };
        let Some(e) = cx.kb.entry(*one) else { continue };
        c.canonical = e.canonical.clone();
        (c.code, c.kb, c.role) = (e.code.clone(), Some(*one), e.role.clone());
        c.unknown_run = false;
    }
}

/// "The Foreign Ministry of Ukraine … the Ministry of Foreign Affairs of Ukraine": one country's ministry of one
/// portfolio written two ways is one body, named by its formal style ("Ministry of …"), else its longest name.
fn one_name_per_ministry(cx: &Ctx, cands: &mut [Candidate]) {
    // "the Russian Foreign Ministry … the Foreign Ministry": a ministry named without its country after the same
    // name with one is that ministry, whoever else the sentence around it names.
    for k in 0..cands.len() {
        let c = &cands[k];
        if c.kind != EntityType::Org || c.kb.is_some() || ministry_portfolio(cx, &c.canonical).is_none() {
            continue;
        }
        let tail = format!(" {}", c.canonical);
        let national = |d: &Candidate| {
            d.kind == EntityType::Org
                && d.code.is_some()
                && d.canonical.strip_suffix(&tail).is_some_and(|head| {
                    cx.kb.targets(head).iter().filter_map(|t| cx.kb.entry(t.entry)).any(|e| e.alpha2.is_some())
                })
        };
        // "Syria's Defense Ministry Says …" in the headline, "the Syrian Defense Ministry said" below: also the one
        // named after, when the countries agree.
        let agrees = |d: &&Candidate| c.code.is_none() || c.code == d.code;
        let named = cands[..k]
            .iter()
            .rev()
            .find(|d| national(d))
            .or_else(|| cands[k + 1..].iter().filter(agrees).find(|d| national(d)));
        if let Some(d) = named {
            let (name, code) = (d.canonical.clone(), d.code.clone());
            (cands[k].canonical, cands[k].code) = (name, code);
        }
    }
    let mut formal: HashMap<(String, String), String> = HashMap::new();
    for c in cands.iter().filter(|c| c.kind == EntityType::Org && c.kb.is_none()) {
        let (Some(code), Some(portfolio)) = (&c.code, ministry_portfolio(cx, &c.canonical)) else { continue };
        let rank = |name: &str| (name.starts_with("Ministry "), name.len());
        let best = formal.entry((portfolio, code.clone())).or_insert_with(|| c.canonical.clone());
        if rank(&c.canonical) > rank(best) {
            *best = c.canonical.clone();
        }
    }
    for c in cands.iter_mut().filter(|c| c.kind == EntityType::Org && c.kb.is_none()) {
        let (Some(code), Some(portfolio)) = (&c.code, ministry_portfolio(cx, &c.canonical)) else { continue };
        if let Some(name) = formal.get(&(portfolio, code.clone())) {
            c.canonical = name.clone();
        }
    }
}

/// The portfolio of a ministry's name, the same however the name is written: "foreign" for "Foreign Ministry",
/// "Ministry of Foreign Affairs" and "Ministry of Foreign Affairs of Ukraine".
fn ministry_portfolio(cx: &Ctx, canonical: &str) -> Option<String> {
    if !canonical.split(' ').any(|w| w == "Ministry") {
        return None;
    }
    let mut name = canonical;
    if let Some(p) = name.rfind(" of ") {
        let tail = &name[p + 4..];
        let tail = tail.strip_prefix("the ").unwrap_or(tail);
        let country = cx.kb.targets(tail).iter().filter_map(|t| cx.kb.entry(t.entry)).any(|e| e.alpha2.is_some());
        if country {
            name = &name[..p];
        }
    }
    let words: Vec<String> = name
        .split(' ')
        .map(|w| match w.to_lowercase().as_str() {
            "defense" => "defence".to_string(),
            other => other.to_string(),
        })
        .filter(|w| !matches!(w.as_str(), "ministry" | "of" | "for" | "the" | "affairs"))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// "MPs CP Joshi, Riti Pathak, Rahul Ramesh Shewale and Rajani Patil": people listed together serve one country.
/// In a list of three or more names, an unknown person whose country the text does not give takes the country
/// at least two thirds of the others share.
fn listed_people_share_country(cx: &Ctx, cands: &mut [Candidate]) {
    let people: Vec<usize> = (0..cands.len()).filter(|&k| cands[k].kind == EntityType::Person).collect();
    // "A, Advisor to the Prime Minister on Commerce B, Secretary Foreign Affairs C": also names each set off by
    // its own title, when no country or body is named between them.
    let titled_gap = |a: &Candidate, b: &Candidate| {
        b.toks.start - a.toks.end <= 10
            && cx.t(a.toks.end) == ","
            && (a.toks.end..b.toks.start).all(|j| {
                let w = cx.t(j);
                (cx.is_cap(j) || matches!(w, "," | "and" | "to" | "the" | "on" | "of" | "for"))
                    && !cands.iter().any(|c| c.toks.contains(&j))
            })
    };
    let joined = |a: &Candidate, b: &Candidate| {
        a.sentence == b.sentence
            && a.toks.end < b.toks.start
            && (b.toks.start - a.toks.end <= 2 && (a.toks.end..b.toks.start).all(|j| matches!(cx.t(j), "," | "and"))
                || titled_gap(a, b))
    };
    let mut lists: Vec<Vec<usize>> = Vec::new();
    for &k in &people {
        match lists.last_mut() {
            Some(list) if list.last().is_some_and(|&p| joined(&cands[p], &cands[k])) => list.push(k),
            _ => lists.push(vec![k]),
        }
    }
    for list in lists.iter().filter(|l| l.len() >= 3) {
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for &k in list {
            if let Some(code) = cands[k].code.as_deref() {
                *counts.entry(code).or_default() += 1;
            }
        }
        let Some((code, n)) = counts.into_iter().max_by_key(|&(c, n)| (n, std::cmp::Reverse(c))) else { continue };
        let code = code.to_string();
        for &k in list {
            let c = &mut cands[k];
            let others = list.len() - 1 - usize::from(c.code.as_deref() == Some(code.as_str()));
            if c.kb.is_none() && c.code.as_deref() != Some(code.as_str()) && n * 3 >= others * 2 {
                c.code = Some(code.clone());
            }
        }
    }
}

/// "Jr.", "III": a generational suffix, which ends a name without being its family name.
pub(crate) fn generational(w: &str) -> bool {
    matches!(w, "Jr." | "Jr" | "Sr." | "Sr" | "II" | "III" | "IV")
}

/// The last word of a person's name that is no generational suffix: "Marcos" of "Ferdinand Marcos Jr.".
pub(crate) fn family_name(canonical: &str) -> Option<&str> {
    canonical.split(' ').rfind(|w| !generational(w))
}

/// Two spellings of one name word: equal once folded, an initial of the other ("S." for "Subrahmanyam"), or a
/// transliteration one letter apart with the same first letter ("Mehmood"/"Mahmood", "Sissi"/"Sisi").
fn same_name_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (ca, cb): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if ca.first() != cb.first() {
        return false;
    }
    if ca.len() == 1 || cb.len() == 1 {
        return true;
    }
    let longest = ca.len().max(cb.len());
    edit_distance(&ca, &cb) <= usize::from(longest > 3)
}

fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev.get(j).copied().unwrap_or(0) + usize::from(ca != cb);
            let del = prev.get(j + 1).copied().unwrap_or(0) + 1;
            let ins = cur.get(j).copied().unwrap_or(0) + 1;
            if let Some(x) = cur.get_mut(j + 1) {
                *x = sub.min(del).min(ins);
            }
        }
        prev = cur;
    }
    prev.last().copied().unwrap_or(0)
}

/// Known names written in a spelling the knowledge base does not list: an unknown multi-word name (or two
/// adjacent pieces of one, "Abdel-Fattah" + "al-Sisi") whose folded form is one entry's name becomes that entry,
/// under the entry's canonical name, so that every article's spelling resolves to one actor.
fn written_variants(cx: &Ctx, cands: &mut Vec<Candidate>) {
    let lookup_exact = |span: &Range<usize>| -> Option<(Range<usize>, usize)> {
        let folded = crate::knowledge::fold_name(&cx.span_text(span));
        if let [one] = cx.kb.folded_targets(&folded) {
            return Some((span.clone(), *one));
        }
        let words: Vec<&str> = folded.split(' ').collect();
        // "Abdul Fatah Sisi" for "Abdel Fattah el-Sisi": the words but the Arabic article, each a letter apart.
        fn core<'w>(ws: &[&'w str]) -> Vec<&'w str> {
            ws.iter().copied().filter(|w| *w != "al").collect()
        }
        let mine = core(&words);
        let alike = |a: &[&str], b: &[&str]| a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same_name_word(x, y));
        let person = |e: usize| cx.kb.entry(e).is_some_and(|x| x.kind == EntityType::Person);
        let by_first = cx.kb.folded_opening(words.first().copied().unwrap_or("")).iter().filter(|(name, _)| {
            let nw: Vec<&str> = name.split(' ').collect();
            alike(&nw, &words)
        });
        // "Denis Shmygal", "Dmitry Kuleba" for "Denys Shmyhal", "Dmytro Kuleba": Russian and Ukrainian
        // transliterations of one person's name, the family name a letter apart and the given name two.
        let last = mine.last().copied().unwrap_or("");
        let near_lasts = last.chars().next().map_or(&[][..], |c| cx.kb.last_words_opening_with(c));
        let lasts = std::iter::once(last).chain(
            near_lasts
                .iter()
                .map(String::as_str)
                .filter(|k| *k != last && last.chars().count() >= 5 && same_name_word(k, last)),
        );
        let given_alike = |a: &str, b: &str| {
            same_name_word(a, b) || lexicon::transliterated_given_names(a, b) || {
                let (ca, cb): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
                ca.first() == cb.first() && ca.len().min(cb.len()) >= 5 && edit_distance(&ca, &cb) <= 2
            }
        };
        let loosely_alike = |a: &[&str], b: &[&str]| {
            a.len() == b.len()
                && a.iter().zip(b).enumerate().all(|(i, (x, y))| {
                    if i + 1 == a.len() {
                        same_name_word(x, y)
                    } else {
                        given_alike(x, y)
                    }
                })
        };
        let by_last = lasts.flat_map(|k| cx.kb.folded_ending(k)).filter(|(name, e)| {
            let nw: Vec<&str> = name.split(' ').collect();
            mine.len() >= 2
                && mine.iter().all(|w| w.chars().count() > 1)
                && person(*e)
                && loosely_alike(&core(&nw), &mine)
        });
        let mut found: Vec<usize> = by_first.chain(by_last).map(|(_, e)| *e).collect();
        found.sort_unstable();
        found.dedup();
        match found.as_slice() {
            [one] if words.len() >= 2 => Some((span.clone(), *one)),
            _ => None,
        }
    };
    // "Sheikh Tamim bin Hamad Al-Thani": an honorific or title opening the run is no part of the name.
    let lookup = |span: &Range<usize>| -> Option<(Range<usize>, usize)> {
        lookup_exact(span).or_else(|| {
            let w = cx.t(span.start);
            (span.len() >= 3
                && (is_title_word(w) || lexicon::title_role(w).is_some() || matches!(w, "Sheikh" | "Emir")))
            .then(|| lookup_exact(&(span.start + 1..span.end)))
            .flatten()
        })
    };
    let mut k = 0;
    while k < cands.len() {
        let c = &cands[k];
        let open = c.kb.is_none()
            && c.unknown_run
            && matches!(c.kind, EntityType::Person | EntityType::Org | EntityType::Gpe | EntityType::Other);
        // "Abdel-Fattah" + "al-Sisi", "Sheikh Tamim" + "bin" + "Hamad Al-Thani": pieces a lower-case particle
        // or article split apart.
        let next_joins = cands.get(k + 1).filter(|n| {
            n.sentence == c.sentence
                && n.toks.start >= c.toks.end
                && n.toks.start <= c.toks.end + 3
                && (c.toks.end..n.toks.start).all(|j| {
                    let w = cx.t(j);
                    w == "-" || w.chars().all(|ch| ch.is_lowercase()) && w.len() <= 3
                })
        });
        let joined = next_joins
            .filter(|n| c.kb.is_none() || n.kb.is_none() || c.kb == n.kb)
            .map(|n| c.toks.start..n.toks.end)
            .and_then(|span| lookup(&span))
            .filter(|(_, idx)| cx.kb.entry(*idx).is_some_and(|e| e.kind == EntityType::Person));
        let single = if open && c.toks.len() >= 2 { lookup(&c.toks) } else { None };
        if let Some((span, idx)) = joined.or(single) {
            if let Some(e) = cx.kb.entry(idx) {
                let merged = span.end > cands[k].toks.end;
                let c = &mut cands[k];
                c.canonical = e.canonical.clone();
                c.toks = span;
                (c.kind, c.code, c.kb, c.role) = (e.kind, e.code.clone(), Some(idx), e.role.clone());
                c.unknown_run = false;
                if merged && k + 1 < cands.len() {
                    cands.remove(k + 1);
                }
            }
        }
        k += 1;
    }
}

/// Names the document itself defines: storm names ("Hurricane Florence" … "Florence") and two- or three-word
/// names whose last word recurs alone (a person named in full, then by surname).
fn document_names(cx: &Ctx, cands: &mut [Candidate]) {
    let storms: Vec<(String, String)> = cands
        .iter()
        .filter(|c| c.kind == EntityType::Event && c.unknown_run)
        .filter_map(|c| {
            let last = cx.t(c.toks.end.checked_sub(1)?);
            Some((last.to_string(), c.canonical.clone()))
        })
        .collect();
    let singles: HashSet<String> =
        cands.iter().filter(|c| c.toks.len() == 1).map(|c| cx.t(c.toks.start).to_string()).collect();
    for k in 0..cands.len() {
        let c = &cands[k];
        if c.toks.len() == 1 {
            let w = cx.t(c.toks.start);
            if let Some((_, storm)) = storms.iter().find(|(name, _)| name == w) {
                let c = &mut cands[k];
                (c.kind, c.canonical, c.code, c.kb, c.capital_of) =
                    (EntityType::Event, storm.clone(), None, None, None);
                continue;
            }
        }
        let words: Vec<&str> = c.toks.clone().map(|j| cx.t(j)).collect();
        let surname_recurs = c.unknown_run
            && c.kind == EntityType::Other
            && (2..=3).contains(&words.len())
            && name_shaped(&words)
            && words.iter().all(|w| {
                w.chars().all(|ch| ch.is_alphabetic() || ch == '-' || ch == '\'')
                    && w.chars().skip(1).any(char::is_lowercase)
                    && !is_title_word(w)
            })
            && words.last().is_some_and(|w| singles.contains(*w) && !is_document_head(w));
        if surname_recurs {
            let code = context_code(cx, c.toks.start, cands);
            let c = &mut cands[k];
            c.kind = EntityType::Person;
            c.code = code;
        }
    }
}

/// Acronyms the document defines in parentheses ("Independent National Electoral Commission (INEC)") or spells
/// with an organisation's initials ("SPEC" for "Supreme Presidential Electoral Commission"): every mention of the
/// acronym is that organisation, whatever the knowledge base says of the letters ("ISL" is no Iceland here).
fn document_acronyms(cx: &Ctx, cands: &mut [Candidate]) {
    let is_acronym = |w: &str| {
        (2..=6).contains(&w.len())
            && w.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && w.chars().any(|c| c.is_ascii_uppercase())
    };
    let mut defined: HashMap<String, usize> = HashMap::new();
    for (k, c) in cands.iter().enumerate() {
        let e = c.toks.end;
        let named = c.toks.len() >= 2 && !c.canonical.is_empty() && c.kind != EntityType::Other;
        if named && cx.t(e) == "(" && cx.t(e + 2) == ")" && is_acronym(cx.t(e + 1)) {
            defined.entry(cx.t(e + 1).to_string()).or_insert(k);
        }
    }
    let initials = |c: &Candidate| -> String {
        c.toks
            .clone()
            .map(|j| cx.t(j))
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase) && !w.eq_ignore_ascii_case("the"))
            .filter_map(|w| w.chars().next())
            .collect()
    };
    for k in 0..cands.len() {
        let c = &cands[k];
        if c.toks.len() != 1 {
            continue;
        }
        let w = cx.t(c.toks.start);
        let source = defined.get(w).copied().filter(|&d| d != k).or_else(|| {
            // "the FO said" after "the Foreign Office": two initials only after "the", as a body's short name.
            let min_words = if c.toks.start > 0 && cx.t(c.toks.start - 1).eq_ignore_ascii_case("the") { 2 } else { 3 };
            (c.unknown_run && is_acronym(w))
                .then(|| {
                    cands
                        .iter()
                        .position(|o| o.kind == EntityType::Org && o.toks.len() >= min_words && initials(o) == w)
                })
                .flatten()
        });
        // "the Supreme Council of the Gulf Cooperation Council (GCC)": a known acronym that does not spell an
        // unknown name before it belongs to the known body inside that name.
        let known_elsewhere = |o: &Candidate| {
            c.kb.is_some()
                && o.kb.is_none()
                && initials(o) != w
                && c.kb.and_then(|e| cx.kb.entry(e)).is_some_and(|e| o.canonical.contains(e.canonical.as_str()))
        };
        // "the United Nations Office for the Coordination of Humanitarian Affairs (OCHA)": the long name is the
        // known body the acronym names, written with "United Nations" for "UN".
        let same_body = source.filter(|&d| {
            cands.get(d).is_some_and(|o| {
                o.kb.is_none()
                    && o.canonical
                        .strip_prefix("United Nations ")
                        .and_then(|rest| cx.kb.choose(cx.kb.targets(&format!("UN {rest}")), cx.date))
                        .is_some_and(|t| Some(t.entry) == c.kb)
            })
        });
        if let Some(d) = same_body {
            let known = cands[k].clone();
            let o = &mut cands[d];
            (o.canonical, o.code, o.kb, o.role, o.international) =
                (known.canonical, known.code, known.kb, known.role, known.international);
            o.unknown_run = false;
            continue;
        }
        if let Some(o) = source.and_then(|d| cands.get(d)).filter(|o| !known_elsewhere(o)).cloned() {
            let c = &mut cands[k];
            (c.kind, c.canonical, c.code, c.kb, c.role, c.usage) =
                (o.kind, o.canonical, o.code, o.kb, o.role, Usage::Actor);
            c.unknown_run = false;
            c.capital_of = None;
        }
    }
}

fn title_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut at_start = true;
    for c in word.chars() {
        if at_start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        at_start = !c.is_alphabetic();
    }
    out
}

fn is_acronym_plural(w: &str) -> bool {
    let mut chars = w.chars().rev();
    chars.next() == Some('s') && w.len() >= 3 && chars.all(|c| c.is_ascii_uppercase())
}

fn initial_function_word(cx: &Ctx, start: usize) -> bool {
    cx.sentence_initial(start) && contains_lower(lexicon::NOT_NAMES, cx.t(start))
}

/// "Palestinian" + "Authority", "Indian" + "Army": a demonym written right before an unknown organisation name
/// belongs to the name, and gives it its country.
fn merge_demonym_organisations(cx: &Ctx, cands: &mut Vec<Candidate>) {
    let mut k = 1;
    while k < cands.len() {
        let (a, b) = (&cands[k - 1], &cands[k]);
        let adjacent = a.toks.end == b.toks.start && a.sentence == b.sentence;
        // "China Earthquake Networks Center", "Nepal Army": a country's name written before an unknown
        // organisation's, or before its forces' one-word name.
        let forces = |c: &Candidate| {
            c.toks.len() == 1 && matches!(cx.t(c.toks.start), "Army" | "Navy" | "Police" | "Gendarmerie")
        };
        let country_name = a.kind == EntityType::Gpe
            && a.capital_of.is_none()
            && a.kb.is_some_and(|e| cx.kb.entry(e).is_some_and(|x| x.demonym.is_some()))
            && a.toks.end == b.toks.start
            && (b.toks.len() >= 2 || forces(b))
            && cx.t(a.toks.end) != "'s";
        // "the Ukrainian Premier League", "a British Parliament researcher": a nationality before a body the
        // knowledge base places in another country, or a contextual body name the document leaves unresolved,
        // names that nation's own body.
        let other_nations_body = a.kind == EntityType::Norp
            && a.code.is_some()
            && (b.kind == EntityType::Org
                && b.contextual.is_none()
                && b.kb.is_some()
                && b.toks.len() >= 2
                && b.code.is_some()
                && b.code != a.code
                && b.role.as_deref() != Some("MED")
                || b.contextual.is_some()
                    && b.canonical.is_empty()
                    && lexicon::title_role(cx.t(b.toks.start)).is_none()
                    && contains_lower(lexicon::ORG_SUFFIXES, cx.t(b.toks.end - 1)));
        if adjacent
            && (a.kind == EntityType::Norp || country_name)
            && (b.kind == EntityType::Org && b.unknown_run && b.kb.is_none() || other_nations_body)
        {
            let merged = a.toks.start..b.toks.end;
            let code = a.code.clone();
            let c = &mut cands[k];
            c.canonical = cx.span_text(&merged);
            c.toks = merged;
            c.code = code;
            if other_nations_body {
                (c.kind, c.kb, c.contextual, c.unknown_run, c.role) = (EntityType::Org, None, None, true, None);
            }
            cands.remove(k - 1);
            continue;
        }
        k += 1;
    }
    // "the Qatari-Saudi Coordination Council": two nations' joint body is neither's alone.
    let mut k = 1;
    while k < cands.len() {
        let (a, b) = (&cands[k - 1], &cands[k]);
        let joined = |j: usize| cx.toks.get(j).is_some_and(|t| !t.space_before);
        let joint = a.kind == EntityType::Norp
            && b.kind == EntityType::Org
            && b.unknown_run
            && b.kb.is_none()
            && a.sentence == b.sentence
            && cx.t(a.toks.end) == "-"
            && a.toks.end + 1 == b.toks.start
            && joined(a.toks.end)
            && joined(b.toks.start)
            && b.code.is_some()
            && b.code != a.code
            && b.canonical.split(' ').count() >= 3;
        if joint {
            let merged = a.toks.start..b.toks.end;
            let c = &mut cands[k];
            c.canonical = cx.span_text(&merged);
            c.toks = merged;
            c.code = None;
            c.international = true;
            cands.remove(k - 1);
            continue;
        }
        k += 1;
    }
}

/// A bare organisation head ("the Commission", "the Ministry") refers to the last full name ending with it
/// ("European Commission"); with none before it, it names nothing.
fn resolve_bare_organisation_heads(cx: &Ctx, cands: &mut Vec<Candidate>) {
    let mut k = 0;
    while k < cands.len() {
        let c = &cands[k];
        if !(c.unknown_run
            && c.kb.is_none()
            && c.kind == EntityType::Org
            && c.toks.len() == 1
            && contains_lower(lexicon::ORG_SUFFIXES, cx.t(c.toks.start)))
        {
            k += 1;
            continue;
        }
        let head = cx.t(c.toks.start).to_lowercase();
        let full = cands[..k]
            .iter()
            .rev()
            .find(|p| p.kind == EntityType::Org && p.toks.len() > 1 && lexicon::name_has_head(&p.canonical, &head))
            .map(|p| (p.canonical.clone(), p.code.clone(), p.kb, p.role.clone()));
        match full {
            Some((canonical, code, kb, role)) => {
                let c = &mut cands[k];
                c.canonical = canonical;
                c.code = code;
                c.kb = kb;
                c.role = role;
                k += 1;
            }
            None => {
                cands.remove(k);
            }
        }
    }
}

/// "the Russian Foreign Ministry … Russia's Foreign Ministry said": a name the knowledge base does not hold, of
/// the same country as a longer name written before that ends with it, is that body; both take the longer name
/// so that one body is not two.
fn shortened_organisation_names(cands: &mut [Candidate]) {
    for k in 1..cands.len() {
        let c = &cands[k];
        if c.kind != EntityType::Org || c.kb.is_some() || c.code.is_none() || c.canonical.is_empty() {
            continue;
        }
        let tail = format!(" {}", c.canonical.to_lowercase());
        let longer = cands[..k]
            .iter()
            .rev()
            .find(|p| {
                p.kind == EntityType::Org
                    && p.kb.is_none()
                    && p.code == c.code
                    && p.canonical.to_lowercase().ends_with(&tail)
                    && p.canonical.split(' ').count() == c.canonical.split(' ').count() + 1
            })
            .map(|p| p.canonical.clone());
        if let (Some(name), Some(c)) = (longer, cands.get_mut(k)) {
            c.canonical = name;
        }
    }
}

/// The country in an apposition after a person's name: "Amar Bendjama, the representative of Algeria".
fn apposition_code(cx: &Ctx, person: &Candidate, cands: &[Candidate]) -> Option<String> {
    if cx.t(person.toks.end) != "," {
        return None;
    }
    let lo = person.toks.end + 1;
    let mut hi = lo;
    while hi < lo + 10 && hi < cx.toks.len() && !matches!(cx.t(hi), "," | "." | ";" | "\u{2014}") {
        hi += 1;
    }
    // "Commander X, security sources told KUNA": a clause with a reporting verb is no apposition.
    if (lo..hi).any(|j| contains_lower(lexicon::SPEECH_VERBS, cx.t(j))) {
        return None;
    }
    let named = cands
        .iter()
        .filter(|c| c.toks.start >= lo && c.toks.end <= hi)
        .filter(|c| matches!(c.kind, EntityType::Gpe | EntityType::Norp | EntityType::Org))
        .find_map(|c| c.code.clone());
    // "Metin Mutanoglu, who is also the editor-in-chief of the agency": an office of a body named before by its
    // head noun.
    named.or_else(|| {
        let of = (lo + 1..hi.saturating_sub(2)).find(|&j| {
            cx.t(j) == "of" && (lo..j).any(|t| lexicon::title_role(cx.t(t)).is_some() || cx.t(t).contains("-in-"))
        })?;
        let head = (cx.t(of + 1) == "the").then(|| cx.t(of + 2)).filter(|w| {
            w.chars().all(char::is_lowercase) && contains_lower(lexicon::ORG_SUFFIXES, w) && of + 3 == hi
        })?;
        cands
            .iter()
            .rev()
            .filter(|c| c.toks.end <= person.toks.start && c.kind == EntityType::Org)
            .find(|c| lexicon::name_has_head(&c.canonical, head))
            .and_then(|c| c.code.clone())
    })
}

/// A person described as working for an international body ("Senior U.N. staff member Haoliang Xu", "Bob
/// McKerrow, coordinator of relief efforts for the International Federation of the Red Cross") has no country
/// the text gives.
fn international_affiliation(cx: &Ctx, person: &Candidate, cands: &[Candidate]) -> bool {
    let before = person.toks.start.saturating_sub(5)..person.toks.start;
    let after = if cx.t(person.toks.end) == "," { person.toks.end + 1..person.toks.end + 14 } else { 0..0 };
    let stop = (after.start..after.end).find(|&j| matches!(cx.t(j), "," | "." | ";" | "\u{2014}")).unwrap_or(after.end);
    // The office written right before the name: its capitalised words and hyphens.
    let mut office = person.toks.start;
    while office > 0 && office + 8 > person.toks.start && (cx.is_cap(office - 1) || cx.t(office - 1) == "-") {
        office -= 1;
    }
    if secretariat_office(cx, office..person.toks.start) || secretariat_office(cx, after.start..stop) {
        return true;
    }
    cands.iter().any(|c| {
        c.kind == EntityType::Org
            && c.code.is_none()
            && (c.kb.is_some() || ["International ", "World ", "Global "].iter().any(|p| c.canonical.starts_with(p)))
            && (before.contains(&c.toks.start)
                && (c.toks.end..person.toks.start).all(|j| is_title_word(cx.t(j)) || cx.t(j) == "member")
                || c.toks.start >= after.start && c.toks.end <= stop)
    })
}

/// "Under-Secretary-General for Political Affairs", "UN Undersecretary-General", "assistant secretary-general for
/// the Middle East": offices of the UN Secretariat, whose holders serve no country of their own there.
fn secretariat_office(cx: &Ctx, range: Range<usize>) -> bool {
    let general_after = |j: usize| cx.t(j + 1) == "-" && cx.lower(j + 2) == "general";
    range.clone().any(|j| {
        let w = cx.lower(j);
        let before = |n: usize| j.checked_sub(n).filter(|&b| b >= range.start).map(|b| cx.lower(b));
        let assistant = before(1).as_deref() == Some("assistant");
        let under = before(1).as_deref() == Some("-") && before(2).as_deref() == Some("under");
        matches!(w.as_str(), "undersecretary-general" | "under-secretary-general")
            || w == "undersecretary" && general_after(j)
            || w == "secretary-general" && assistant
            || w == "secretary" && general_after(j) && (assistant || under)
    })
}

/// The country most mentioned (countries, nationalities, cities, national bodies) in one sentence or the
/// whole document: the best guess for a person the text names without a title or country. Compounds such as
/// "Spanish-language" and news outlets do not count; with no such mention at all, known people's countries do.
fn majority_code(cx: &Ctx, cands: &[Candidate], sentence: Option<usize>) -> Option<String> {
    ranked_codes(cx, cands, sentence).into_iter().next().map(|(code, _)| code)
}

/// The document's main country only where the text gives one: the only country mentioned, or one mentioned
/// at least twice and no less often than any other. A person the text neither titles nor places is better left
/// without a code than given one of several countries each named once in passing.
fn dominant_code(cx: &Ctx, cands: &[Candidate]) -> Option<String> {
    let ranked = ranked_codes(cx, cands, None);
    let (code, top) = ranked.first()?;
    (*top >= 2 || ranked.len() == 1).then(|| code.clone())
}

/// Countries by mentions, most first (ties by first mention), with their counts.
fn ranked_codes(cx: &Ctx, cands: &[Candidate], sentence: Option<usize>) -> Vec<(String, usize)> {
    let mut counts: HashMap<&str, (usize, usize)> = HashMap::new();
    for (order, c) in cands.iter().enumerate() {
        let word = cx.t(c.toks.start);
        let compound = c.toks.len() == 1 && (word.ends_with("-language") || word.ends_with("-speaking"));
        // In one sentence, a country only describing something ("the US attack affected the town of X") does not
        // place an unknown name there.
        let describing = sentence.is_some()
            && c.kind == EntityType::Gpe
            && (c.usage == Usage::Modifier || modifies_next_noun(cx, c.toks.end) && !cx.t(c.toks.end).ends_with('s'));
        // "the U.S. consulate in Toronto": a country's mission stands abroad, so it does not make the story's
        // unplaced people and places that country's.
        let mission = matches!(c.kind, EntityType::Gpe | EntityType::Norp)
            && matches!(cx.lower(c.toks.end).as_str(), "consulate" | "embassy" | "consulate-general" | "consul");
        if sentence.is_some_and(|s| s != c.sentence)
            || describing
            || mission
            || !matches!(c.kind, EntityType::Gpe | EntityType::Norp | EntityType::Org)
            || matches!(c.role.as_deref(), Some("MED" | "BUS"))
            || compound
        {
            continue;
        }
        if let Some(code) = c.code.as_deref() {
            let e = counts.entry(code).or_insert((0, order));
            e.0 += 1;
        }
    }
    // The country acting in the lead ("THE PHILIPPINES on Tuesday said …", "Malacanang said …") is the home of
    // the people and places the text does not place.
    if sentence.is_none() {
        let lead = cands.iter().find(|c| {
            c.sentence <= 1
                && matches!(c.kind, EntityType::Gpe | EntityType::Org)
                && c.usage == Usage::Actor
                && !matches!(cx.lower(c.toks.end).as_str(), "consulate" | "embassy" | "consulate-general")
                && c.code.is_some()
                && c.role.as_deref() != Some("MED")
        });
        // "citizens from Yemen, Syria, Sudan …": one of a list is no lead actor.
        let lead = lead.filter(|c| {
            let before = c.toks.start.checked_sub(1).map(|b| if cx.t(b) == "the" { b.saturating_sub(1) } else { b });
            !matches!(cx.t(c.toks.end), "," | "and" | "or")
                && !before.is_some_and(|b| b < c.toks.start && matches!(cx.t(b), "," | "and" | "or"))
        });
        // "KATHMANDU, May 6:": the dateline's country, where the report is written, takes the lead's weight.
        // A bureau abroad ("SYDNEY, Australia –" over a story on New Zealand) is no home: the dateline's country
        // must be named again after the dateline's sentence.
        let dateline = cands
            .iter()
            .take_while(|c| c.sentence == 0)
            .find(|c| {
                matches!(c.kind, EntityType::Gpe) && c.code.is_some() && is_dateline(cx, c.toks.start, c.toks.end)
            })
            .filter(|d| {
                // "Cape Town - … the US consulate in Cape Town": a mention later in the dateline's own sentence
                // counts, not the country written with the dateline ("SYDNEY, Australia –").
                let later = |c: &Candidate| c.sentence > d.sentence || c.toks.start > d.toks.end + 3;
                cands.iter().filter(|c| later(c) && c.code == d.code).count() >= 2
            });
        if let Some(code) = dateline.or(lead).and_then(|c| c.code.as_deref()) {
            if let Some(e) = counts.get_mut(code) {
                e.0 += 2;
            }
        }
    }
    if counts.is_empty() && sentence.is_none() {
        for (order, c) in cands.iter().enumerate().filter(|(_, c)| c.kind == EntityType::Person && c.kb.is_some()) {
            if let Some(code) = c.code.as_deref() {
                counts.entry(code).or_insert((0, order)).0 += 1;
            }
        }
    }
    let mut best: Vec<(&str, (usize, usize))> = counts.into_iter().collect();
    best.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.1 .1.cmp(&b.1 .1)));
    best.into_iter().map(|(code, (n, _))| (code.to_string(), n)).collect()
}

/// An organisation written right after a known international body's possessive or name ("the Council of Europe's
/// Parliamentary Assembly").
fn owned_by_international_body(cx: &Ctx, c: &Candidate, cands: &[Candidate]) -> bool {
    let Some(mut j) = c.toks.start.checked_sub(1) else { return false };
    if !matches!(cx.t(j), "'s" | "\u{2019}s") {
        j = c.toks.start;
    }
    cands.iter().any(|o| {
        o.toks.end == j
            && o.kind == EntityType::Org
            && o.kb.is_some()
            && o.code.is_none()
            && o.role.as_deref() != Some("MED")
    })
}

/// The knowledge-base organisation or country whose name opens an unknown organisation's ("ECOWAS" in "ECOWAS
/// Commission", "China" in "China Coast Guard").
fn opening_known_name<'k>(cx: &Ctx<'k>, c: &Candidate) -> Option<&'k crate::knowledge::Entry> {
    (1..c.toks.len()).rev().find_map(|len| {
        let key = cx.span_text(&(c.toks.start..c.toks.start + len));
        let t = cx.kb.choose(cx.kb.targets(&key), cx.date)?;
        let e = cx.kb.entry(t.entry)?;
        let fits = t.kind == AliasKind::Name
            && (e.kind == EntityType::Org || e.kind == EntityType::Gpe && e.alpha2.is_some() && e.code.is_some());
        fits.then_some(e)
    })
}

/// The country of a known person of the same family name elsewhere in the document ("Jeannette Kagame" after
/// "Paul Kagame"); kinship appositions ("his wife, Peng Liyuan") are read later, in `home::refine`.
fn same_family_code(cx: &Ctx, person: &Candidate, cands: &[Candidate]) -> Option<String> {
    let family = cx.t(person.toks.end.checked_sub(1)?);
    if person.toks.len() < 2 {
        return None;
    }
    let mut codes = cands
        .iter()
        .filter(|c| c.kind == EntityType::Person && c.kb.is_some() && c.canonical != person.canonical)
        .filter(|c| c.canonical.rsplit(' ').next() == Some(family))
        .filter_map(|c| c.code.clone());
    let first = codes.next()?;
    codes.all(|c| c == first).then_some(first)
}

/// The countries where a person's name of two to four words is at home, from its shape: a common Chinese,
/// Korean or Vietnamese family name first ("Wang Fan", "Nguyen Van Nen"), or a South Asian, Sinhalese,
/// Japanese or East Slavic family name last ("Riti Pathak", "Yapa Abeywardana", "Taro Kono", "Oleg Ivanov").
/// A name of none of these shapes says nothing.
fn name_region(cx: &Ctx, c: &Candidate) -> Option<&'static [&'static str]> {
    const EAST_ASIA: &[&str] =
        &["CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "SGP", "MYS", "IDN", "THA", "VNM", "PHL", "MMR", "BRN"];
    const INDIA_NEPAL: &[&str] = &["IND", "NPL"];
    const SOUTH_ASIA_MUSLIM: &[&str] = &["PAK", "AFG", "IND", "BGD"];
    const SRI_LANKA: &[&str] = &["LKA"];
    const JAPAN: &[&str] = &["JPN"];
    const EAST_SLAVIC: &[&str] =
        &["RUS", "UKR", "BLR", "KAZ", "UZB", "KGZ", "TJK", "TKM", "AZE", "ARM", "GEO", "MDA", "BGR", "MKD"];
    if !(2..=4).contains(&c.toks.len()) {
        return None;
    }
    let family = cx.t(c.toks.start);
    let last = cx.t(c.toks.end - 1);
    let ends = |list: &[&str]| {
        list.iter().any(|e| last.len() > e.len() + 2 && last.ends_with(e)) && last.chars().all(char::is_alphabetic)
    };
    if c.toks.len() <= 3 && family != "Lee" && lexicon::EAST_ASIAN_SURNAMES.contains(&family)
        || c.toks.len() == 3 && lexicon::VIETNAMESE_SURNAMES.contains(&family)
    {
        Some(EAST_ASIA)
    } else if lexicon::SOUTH_ASIAN_SURNAMES.contains(&last) {
        Some(INDIA_NEPAL)
    } else if lexicon::SOUTH_ASIAN_MUSLIM_SURNAMES.contains(&last) {
        Some(SOUTH_ASIA_MUSLIM)
    } else if ends(lexicon::SINHALESE_ENDINGS) {
        Some(SRI_LANKA)
    } else if lexicon::JAPANESE_SURNAMES.contains(&last) {
        Some(JAPAN)
    } else if ends(lexicon::EAST_SLAVIC_ENDINGS) {
        Some(EAST_SLAVIC)
    } else {
        None
    }
}

/// "Revolutionary Armed Forces of Colombia", "Ministry … of the Slovak Republic": the country closing an
/// organisation's name after "of".
fn closing_country_code(cx: &Ctx, c: &Candidate) -> Option<String> {
    (1..=3).find_map(|len| {
        let mut of = c.toks.end.checked_sub(len + 1)?;
        if cx.t(of) == "the" {
            of = of.checked_sub(1)?;
        }
        if of <= c.toks.start || cx.t(of) != "of" {
            return None;
        }
        let key = cx.span_text(&(c.toks.end - len..c.toks.end));
        let t = cx.kb.choose(cx.kb.targets(&key), cx.date).filter(|t| t.kind == AliasKind::Name)?;
        cx.kb.entry(t.entry).filter(|e| e.alpha2.is_some()).and_then(|e| e.code.clone())
    })
}

/// "Supreme Council of the Gulf Cooperation Council": a known international body (one of no country) closing an
/// organisation's name after "of" makes it a body of that one.
fn closing_international_body(cx: &Ctx, c: &Candidate) -> bool {
    (1..=5).any(|len| {
        let Some(mut of) = c.toks.end.checked_sub(len + 1) else { return false };
        if cx.t(of) == "the" {
            let Some(o) = of.checked_sub(1) else { return false };
            of = o;
        }
        if of <= c.toks.start || cx.t(of) != "of" {
            return false;
        }
        let key = cx.span_text(&(c.toks.end - len..c.toks.end));
        cx.kb
            .choose(cx.kb.targets(&key), cx.date)
            .filter(|t| t.kind == AliasKind::Name)
            .and_then(|t| cx.kb.entry(t.entry))
            .is_some_and(|e| e.kind == EntityType::Org && e.code.is_none() && e.role.as_deref() != Some("MED"))
    })
}

/// "Juba International Airport", "New York University": the known place opening a facility's name gives its
/// country.
fn facility_place_code(cx: &Ctx, c: &Candidate) -> Option<String> {
    if !lexicon::is_facility_head(cx.t(c.toks.end.checked_sub(1)?)) {
        return None;
    }
    (1..c.toks.len()).rev().find_map(|len| {
        let key = cx.span_text(&(c.toks.start..c.toks.start + len));
        let t = cx.kb.choose(cx.kb.targets(&key), cx.date).filter(|t| t.kind == AliasKind::Name)?;
        cx.kb.entry(t.entry).filter(|e| e.kind == EntityType::Gpe).and_then(|e| e.code.clone())
    })
}

/// "University of Florida Police Department": a known place written inside an organisation's name after "of"
/// gives its country.
fn place_inside_code(cx: &Ctx, c: &Candidate) -> Option<String> {
    (c.toks.start + 1..c.toks.end).filter(|&j| cx.t(j - 1) == "of").find_map(|j| {
        (1..=3).rev().filter(|len| j + len <= c.toks.end).find_map(|len| {
            let key = cx.span_text(&(j..j + len));
            let t = cx.kb.choose(cx.kb.targets(&key), cx.date).filter(|t| t.kind == AliasKind::Name)?;
            cx.kb.entry(t.entry).filter(|e| e.kind == EntityType::Gpe).and_then(|e| e.code.clone())
        })
    })
}

/// The body the knowledge base names "<organisation> of <country>" or "<country> <organisation>" for an unknown
/// organisation placed in that country ("Russia's Central Bank", "China's Coast Guard").
fn national_body<'k>(cx: &Ctx<'k>, c: &Candidate) -> Option<(usize, &'k crate::knowledge::Entry)> {
    let code = c.code.as_deref()?;
    let country = cx.kb.targets(code).iter().filter_map(|t| cx.kb.entry(t.entry)).find(|e| e.alpha2.is_some())?;
    let name = country.canonical.as_str();
    [format!("{} of {name}", c.canonical), format!("{name} {}", c.canonical), format!("{} of the {name}", c.canonical)]
        .iter()
        .find_map(|key| {
            let t = cx.kb.choose(cx.kb.targets(key), cx.date)?;
            let e = cx.kb.entry(t.entry)?;
            (e.kind == EntityType::Org && e.code.as_deref() == Some(code)).then_some((t.entry, e))
        })
}

/// The country a sentence opens with as its setting ("In Guinea, ECOWAS had imposed …"): the home of the people
/// it names without a title or country.
fn framing_country(cx: &Ctx, cands: &[Candidate], sentence: usize) -> Option<String> {
    let start = cx.sent_start.get(sentence).copied()?;
    if !cx.t(start).eq_ignore_ascii_case("in") {
        return None;
    }
    let c = cands.iter().find(|c| c.toks.start == start + 1)?;
    let country = c.kb.and_then(|e| cx.kb.entry(e)).is_some_and(|e| e.alpha2.is_some());
    (country && c.kind == EntityType::Gpe && cx.t(c.toks.end) == ",").then(|| c.code.clone()).flatten()
}

/// Bodies that always belong to some country when the text names no other: parties, commissions, police …
fn national_institution(canonical: &str) -> bool {
    const HEADS: &[&str] = &[
        "Party",
        "Front",
        "League",
        "Congress",
        "Commission",
        "Department",
        "Police",
        "Assembly",
        "Parliament",
        "Senate",
        "Tribunal",
        "Bureau",
        "Directorate",
        "Guard",
        "Navy",
        "Army",
        "Court",
        "Council",
        "Command",
        "Agency",
        "Service",
        "Battalion",
        "Regiment",
        "Division",
        "Corps",
    ];
    const INTERNATIONAL: &[&str] = &[
        "International",
        "World",
        "Global",
        "United Nations",
        "European",
        "African",
        "Asian",
        "Arab",
        "Multinational",
    ];
    // "718th Engineer Company": a unit numbered by an ordinal is some country's armed forces'.
    let numbered_unit = canonical.split(' ').next().is_some_and(is_ordinal);
    (numbered_unit || canonical.rsplit(' ').next().is_some_and(|w| HEADS.contains(&w)))
        && !INTERNATIONAL.iter().any(|p| canonical.contains(p))
}

/// "According to Ministry of Foreign Affairs … received by Minister of Foreign Affairs Abdulla Shahid": a writer
/// names the ministers of their own country without the country, so a ministry named without one belongs to the
/// country of the known ministers titled that way, when they all share one.
fn bare_minister_code(cx: &Ctx, cands: &[Candidate]) -> Option<String> {
    let mut found: Option<&str> = None;
    for p in cands.iter().filter(|c| c.kind == EntityType::Person && c.kb.is_some()) {
        let Some(code) = p.code.as_deref() else { continue };
        let mut j = p.toks.start;
        while j > 0 && (is_title_word(cx.t(j - 1)) || cx.t(j - 1) == "of") {
            j -= 1;
        }
        let minister = (j..p.toks.start).any(|i| cx.t(i).eq_ignore_ascii_case("minister"));
        let qualified = cands.iter().any(|o| {
            matches!(o.kind, EntityType::Gpe | EntityType::Norp) && o.toks.start + 1 >= j && o.toks.end <= p.toks.start
        }) || j > 0 && cx.toks.get(j - 1).is_some_and(|t| t.kind == TokenKind::Possessive);
        if !minister || qualified {
            continue;
        }
        match found {
            None => found = Some(code),
            Some(f) if f != code => return None,
            _ => {}
        }
    }
    found.map(str::to_string)
}

/// "Foreign Ministry spokesman Wang Wenbin": a body named right before one of its office holders, whom the
/// knowledge base knows, is that person's country's.
fn spokesperson_after_code(cx: &Ctx, cands: &[Candidate], k: usize) -> Option<String> {
    let body = cands.get(k)?;
    let person = cands.iter().find(|c| {
        c.kind == EntityType::Person
            && c.kb.is_some()
            && c.toks.start > body.toks.end
            && c.toks.start <= body.toks.end + 3
            && (body.toks.end..c.toks.start).all(|j| is_title_word(cx.t(j)))
    });
    // "Ambassador Ahmed Abu Zeid, the official spokesman for the Ministry of Foreign Affairs": the same office
    // holder written before the body.
    let before = || {
        let of = body.toks.start.checked_sub(1)?;
        let of = if cx.t(of).eq_ignore_ascii_case("the") { of.checked_sub(1)? } else { of };
        if !matches!(cx.t(of), "for" | "of") {
            return None;
        }
        let role = (of.saturating_sub(4)..of).rev().take_while(|&j| cx.t(j) != ",").collect::<Vec<_>>();
        let spokes = role.iter().any(|&j| cx.t(j).to_lowercase().starts_with("spokes"));
        let comma = role.last().map_or(of, |&j| j).checked_sub(1)?;
        if !spokes || cx.t(comma) != "," {
            return None;
        }
        cands.iter().find(|c| c.kind == EntityType::Person && c.toks.end == comma && c.code.is_some())
    };
    person.or_else(before)?.code.clone()
}

/// The code of the known place nearest to candidate `k` in its sentence ("in northern Syria … in Manbij").
/// The country most of the article's known places (named as places, or cities and regions) lie in: where its
/// unknown hotels, halls and districts are.
fn setting_code(cx: &Ctx, cands: &[Candidate]) -> Option<String> {
    let mut counts: Vec<(String, usize, usize)> = Vec::new();
    for c in cands.iter().filter(|c| !c.unknown_run && c.kind == EntityType::Gpe) {
        let Some(code) = c.code.as_deref() else { continue };
        if !names_a_place(cx, c) {
            continue;
        }
        match counts.iter_mut().find(|(k, _, _)| k == code) {
            Some(entry) => entry.1 += 1,
            None => counts.push((code.to_string(), 1, c.toks.start)),
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
    match counts.as_slice() {
        [(code, n, _), rest @ ..] if rest.first().is_none_or(|r| r.1 < *n) => Some(code.clone()),
        _ => None,
    }
}

/// A known GPE mention that names a place rather than a government: written as a place, a capital, or a city or
/// region the base holds below country level.
fn names_a_place(cx: &Ctx, c: &Candidate) -> bool {
    c.usage == Usage::Place
        || c.capital_of.is_some()
        || c.kb.and_then(|e| cx.kb.entry(e)).is_some_and(|e| e.alpha2.is_none())
}

/// The code of the known place named nearest to candidate `k` in its sentence.
fn nearest_place_code(cx: &Ctx, cands: &[Candidate], k: usize) -> Option<String> {
    let me = cands.get(k)?;
    cands
        .iter()
        .filter(|c| c.sentence == me.sentence && !c.unknown_run && c.kind == EntityType::Gpe && c.code.is_some())
        .filter(|c| names_a_place(cx, c))
        .min_by_key(|c| c.toks.start.abs_diff(me.toks.start))
        .and_then(|c| c.code.clone())
}

/// An unknown name coordinated with a known place is a place too: "in Shiroro, Munya and Rafi".
fn coordinate_places(cx: &Ctx, cands: &mut [Candidate]) {
    for _ in 0..2 {
        for k in 0..cands.len() {
            let c = &cands[k];
            if !(c.unknown_run && c.kind == EntityType::Other && c.toks.len() <= 3 && !c.canonical.is_empty()) {
                continue;
            }
            let words: Vec<&str> = c.toks.clone().map(|j| cx.t(j)).collect();
            if !name_shaped(&words) || words.iter().any(|w| w.ends_with('.')) {
                continue;
            }
            let joined = |a: &Candidate, b: &Candidate| {
                b.toks.start == a.toks.end + 1
                    && matches!(cx.t(a.toks.end), "and" | "or" | ",")
                    && a.sentence == b.sentence
            };
            let placeish = |x: &Candidate| {
                x.kind == EntityType::Gpe
                    && (x.usage == Usage::Place
                        || x.unknown_run
                        || x.kb
                            .and_then(|e| cx.kb.entry(e))
                            .is_some_and(|e| e.alpha2.is_none() && e.capital_of.is_none()))
            };
            // "Vladislav Surkov, Sergey Glazyev, Leonid Slutsky": a full name listed with people is a person.
            let personish = |x: &Candidate| x.kind == EntityType::Person && x.toks.len() >= 2;
            if words.len() >= 2 {
                let before = k.checked_sub(1).and_then(|o| cands.get(o)).filter(|x| personish(x) && joined(x, c));
                let after = cands.get(k + 1).filter(|x| personish(x) && joined(c, x));
                if before.or(after).is_some() {
                    let c = &mut cands[k];
                    c.kind = EntityType::Person;
                    continue;
                }
            }
            let before = k.checked_sub(1).and_then(|o| cands.get(o)).filter(|x| placeish(x) && joined(x, c));
            let after = cands.get(k + 1).filter(|x| placeish(x) && joined(c, x));
            if let Some(x) = before.or(after) {
                let code = x.code.clone();
                let c = &mut cands[k];
                c.kind = EntityType::Gpe;
                c.usage = Usage::Place;
                c.code = code;
            }
        }
    }
}

/// A name the knowledge base gives to bodies of several countries ("Labour Party" in Britain and Nigeria,
/// "Congress" in the United States and India) is the one of the country the document mentions most.
fn prefer_document_countries(cx: &Ctx, cands: &mut [Candidate]) {
    let choices: Vec<Option<Vec<usize>>> = cands
        .iter()
        .map(|c| {
            let kb = c.kb?;
            if c.kind == EntityType::Person || c.capital_of.is_some() {
                return None;
            }
            let entries: Vec<usize> = cx
                .kb
                .targets(&cx.span_text(&c.toks))
                .iter()
                .filter(|t| t.kind == AliasKind::Name)
                .map(|t| t.entry)
                .collect();
            let codes: HashSet<Option<&String>> =
                entries.iter().filter_map(|&e| cx.kb.entry(e)).map(|e| e.code.as_ref()).collect();
            // A country keeps its name against a state of another ("Georgia"): that is decided by the words around.
            let country = entries.iter().any(|&e| cx.kb.entry(e).is_some_and(|x| x.alpha2.is_some()));
            (entries.len() > 1 && codes.len() > 1 && entries.contains(&kb) && !country).then_some(entries)
        })
        .collect();
    if choices.iter().all(Option::is_none) {
        return;
    }
    let mut counts: HashMap<String, usize> = HashMap::new();
    for (c, choice) in cands.iter().zip(&choices) {
        if choice.is_none()
            && matches!(c.kind, EntityType::Gpe | EntityType::Norp | EntityType::Person | EntityType::Org)
        {
            if let Some(code) = &c.code {
                *counts.entry(code.clone()).or_default() += 1;
            }
        }
    }
    // "the Indian National Congress … the Congress chief": a body the document names in full.
    let written_in_full: HashSet<usize> = cands
        .iter()
        .zip(&choices)
        .filter(|(c, choice)| choice.is_none() && c.toks.len() >= 2)
        .filter_map(|(c, _)| c.kb)
        .collect();
    for (c, choice) in cands.iter_mut().zip(choices) {
        let (Some(entries), Some(current)) = (choice, c.kb) else { continue };
        let votes = |e: usize| {
            cx.kb.entry(e).and_then(|x| x.code.as_ref()).and_then(|code| counts.get(code)).copied().unwrap_or(0)
        };
        // "Congress MP", "Congress President Sonia Gandhi", "the Congress party": a party's officers, not a
        // legislature's.
        let party_words = PARTY_OFFICERS.contains(&cx.t(c.toks.end).to_lowercase().as_str());
        let party = |e: usize| party_words && cx.kb.entry(e).is_some_and(|x| x.role.as_deref() != Some("LEG"));
        let best = entries
            .iter()
            .copied()
            .max_by_key(|&e| (party(e), written_in_full.contains(&e), votes(e), e == current))
            .unwrap_or(current);
        if best != current {
            if let Some(e) = cx.kb.entry(best) {
                c.kb = Some(best);
                c.canonical = e.canonical.clone();
                c.code = e.code.clone();
                c.kind = e.kind;
                c.role = e.role.clone();
            }
        }
    }
}

/// Words after a party's name that name its officers or members ("Congress MP", "Congress President").
const PARTY_OFFICERS: &[&str] = &[
    "mp",
    "mps",
    "mla",
    "president",
    "chief",
    "leader",
    "leaders",
    "party",
    "spokesperson",
    "spokesman",
    "candidate",
    "workers",
    "-led",
    "general",
];

/// The country (or `None` for an international body) a person's title belongs to, from the title phrase before
/// the name ("EU foreign policy spokesperson", "the Secretary-General of the European Commission,") or an
/// apposition after it (", Trump's senior counselor", ", the head of … of the Russian armed forces"). `None` when
/// no title phrase names a body.
fn affiliation_code(cx: &Ctx, person: &Candidate, cands: &[Candidate]) -> Option<Option<String>> {
    let stop = |j: usize| {
        matches!(cx.t(j), "." | ";" | ":" | "(" | ")" | "\u{2014}" | "\u{201C}" | "\u{201D}" | "\"" | "")
            || cx.sent_of.get(j) != cx.sent_of.get(person.toks.start)
    };
    // Before: back from the name over title words, names and "of/for/to/the", across one comma right before it.
    let mut lo = person.toks.start;
    // "Pakistan Rangers' Director General, Maj.Gen. X": a comma before the titles written right before the name.
    while lo > 0 && is_title_word(cx.t(lo - 1)) && cx.sent_of.get(lo - 1) == cx.sent_of.get(person.toks.start) {
        lo -= 1;
    }
    if lo >= 2 && cx.t(lo - 1) == "," {
        lo -= 1;
    } else {
        lo = person.toks.start;
    }
    let mut loose = 0;
    // "The Secretary-General of the Cooperation Council for the Arab States of the Gulf, Nayef Al-Hajraf".
    while lo > 0 && person.toks.start - lo < 16 {
        let j = lo - 1;
        if stop(j) || cx.t(j) == "," {
            break;
        }
        if cands.iter().any(|c| c.kind == EntityType::Person && c.toks.contains(&j)) {
            break;
        }
        let w = cx.t(j);
        let known = is_title_word(w)
            || cx.is_cap(j)
            || matches!(w, "of" | "for" | "to" | "the" | "and" | "-" | "'s" | "\u{2019}s")
            || cands.iter().any(|c| c.toks.contains(&j));
        if !known {
            loose += 1;
            if loose > 2 || w.chars().next().is_some_and(char::is_uppercase) {
                break;
            }
        }
        lo = j;
    }
    let before = lo..person.toks.start;
    // After: ", the X of Y," up to the next clause mark.
    let after = if cx.t(person.toks.end) == "," {
        let a = person.toks.end + 1;
        let mut b = a;
        while b < a + 16 && !stop(b) && cx.t(b) != "," {
            b += 1;
        }
        a..b
    } else {
        0..0
    };
    for r in [before, after] {
        let Some(head) = r
            .clone()
            .find(|&j| lexicon::title_role(cx.t(j)).is_some() || matches!(cx.lower(j).as_str(), "head" | "chief"))
        else {
            continue;
        };
        let inside: Vec<&Candidate> = cands
            .iter()
            .filter(|c| c.toks.start >= r.start && c.toks.end <= r.end && c.toks != person.toks)
            .filter(|c| match c.kind {
                EntityType::Gpe | EntityType::Norp | EntityType::Org => true,
                EntityType::Person => c.kb.is_some(),
                _ => false,
            })
            .collect();
        // The body nearest before the title head, then the one after its "of"/"for"; a title followed right by
        // its "of" ("press attache of the Czech Embassy") belongs to the body after it.
        let of = (head..r.end).find(|&j| matches!(cx.t(j), "of" | "for")).unwrap_or(r.end);
        let before_head = inside.iter().rev().filter(|c| c.toks.end <= head);
        let after_of = inside.iter().filter(|c| c.toks.start > of);
        // "EU Special Representative for Belgrade Pristina dialogue X": a "for" names the brief, not the employer.
        let bodies: Vec<&&Candidate> = if of == head + 1 && cx.t(of) == "of" {
            after_of.chain(before_head).collect()
        } else {
            before_head.chain(after_of).collect()
        };
        for body in bodies {
            if body.code.is_some() && body.capital_of.is_none() {
                return Some(body.code.clone());
            }
            let international = body.kind == EntityType::Org
                && (body.kb.is_some()
                    || body.international
                    || ["International ", "World ", "Global ", "European ", "United Nations", "EU "]
                        .iter()
                        .any(|p| body.canonical.starts_with(p)));
            if international {
                // "Palestinian U.N. delegate", "Russia's UN envoy": a country's representative to the body.
                let national = inside.iter().find(|c| {
                    c.code.is_some()
                        && c.capital_of.is_none()
                        && matches!(c.kind, EntityType::Gpe | EntityType::Norp)
                        && (c.toks.end == body.toks.start
                            || c.toks.end + 1 == body.toks.start && matches!(cx.t(c.toks.end), "'s" | "\u{2019}s"))
                });
                if let (Some(c), true) = (national, body.toks.end <= head) {
                    return Some(c.code.clone());
                }
                return Some(None);
            }
        }
    }
    None
}

const FUNCTION_WORDS: &[&str] = &[
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "will",
    "would",
    "may",
    "might",
    "can",
    "could",
    "should",
    "must",
    "shall",
    "and",
    "or",
    "but",
    "to",
    "of",
    "in",
    "on",
    "at",
    "for",
    "with",
    "that",
    "which",
    "who",
    "as",
    "by",
    "from",
    "said",
    "says",
    "also",
    "not",
    "did",
    "does",
    "do",
    "than",
    "into",
    "after",
    "before",
    "over",
    "under",
    "against",
    "about",
    "amid",
    "while",
    "when",
    "if",
    "because",
    "since",
    "until",
    "during",
    "through",
    "toward",
    "towards",
    "via",
    "per",
    "plans",
    "wants",
    "needs",
    "seeks",
    "intends",
    "continues",
    "remains",
];

/// A month abbreviation that is also a given name, before a surname rather than a day ("Jan Jindrich", not
/// "Jan. 5" or "Jan Monday").
fn given_name_not_month(cx: &Ctx, start: usize, end: usize) -> bool {
    let next = cx.t(start + 1);
    lexicon::is_given_name(cx.t(start))
        && start + 1 < end
        && cx.is_cap(start + 1)
        && lexicon::month_number(next).is_none()
        && lexicon::weekday_number(next).is_none()
        && !contains_lower(lexicon::NOT_NAMES, next)
}

/// A city at the head of a paragraph followed by a dash, colon, slash or parenthesis is a dateline: a place.
fn is_dateline(cx: &Ctx, start: usize, end: usize) -> bool {
    // "WASHINGTON/LONDON:": the second city of a shared dateline.
    let mut start = start;
    while start >= 2 && cx.t(start - 1) == "/" && cx.is_cap(start - 2) {
        start -= 2;
    }
    // "San Cristóbal, 29 July 2022 (TDI):", "LONDON, May 3. /TASS/.".
    let number_at = |j: usize| cx.toks.get(j).is_some_and(|t| t.kind == TokenKind::Number);
    let dated = cx.t(end) == ","
        && (number_at(end + 1) || lexicon::month_number(cx.t(end + 1)).is_some() && number_at(end + 2))
        && (end + 2..end + 7).any(|j| matches!(cx.t(j), "(" | ":" | "/" | "\u{2014}" | "\u{2013}"));
    let para_start = start == 0
        || cx.toks.get(start).is_some_and(|t| t.line_break_before)
        || (start == 1 && cx.t(0) == "(")
        || (cx.t(start - 1) == "(" && cx.toks.get(start - 1).is_some_and(|t| t.line_break_before || start == 1));
    para_start
        && (dated
            || (end..end + 4).any(|j| {
                matches!(cx.t(j), ":" | "\u{2014}" | "\u{2013}" | "-" | "--" | "/" | "(" | ")")
                    && (cx.t(j) != "-" || cx.toks.get(j).is_some_and(|t| t.space_before))
            }))
}

fn is_place_context(cx: &Ctx, start: usize) -> bool {
    let prev = cx.lower(start - 1);
    if prev == "capital" || (prev == "of" && start >= 2 && contains_lower(lexicon::PLACE_NOUNS, cx.t(start - 2))) {
        return true;
    }
    // "in the capital, Kinshasa,".
    if prev == "," && start >= 2 && cx.lower(start - 2) == "capital" {
        return true;
    }
    if contains_lower(lexicon::PLACE_PREPOSITIONS, &prev) {
        return true;
    }
    // "banned from entering the U.S.", "fled Syria": the object of a verb of crossing a border is a place.
    let verb = if prev == "the" && start >= 2 { cx.lower(start - 2) } else { prev.clone() };
    if matches!(verb.as_str(), "entering" | "enter" | "entered" | "enters" | "leaving" | "fled" | "fleeing" | "flee") {
        return true;
    }
    if prev == "to" || prev == "from" || prev == "for" {
        let lo = start.saturating_sub(5);
        return (lo..start - 1).any(|j| contains_lower(lexicon::MOTION_WORDS, cx.t(j)));
    }
    false
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use chrono::NaiveDate;
    use storyline_model::EntityType;

    use crate::{Analyser, Knowledge};

    fn entities(text: &str) -> Vec<(String, EntityType, Option<String>)> {
        let analyser = Analyser::new(Arc::new(Knowledge::builtin().expect("builtin knowledge loads")));
        let a = analyser.analyse(text, NaiveDate::from_ymd_opt(2023, 3, 11));
        a.entities.into_iter().map(|e| (e.canonical, e.kind, e.code)).collect()
    }

    fn has(found: &[(String, EntityType, Option<String>)], name: &str, kind: EntityType) -> bool {
        found.iter().any(|(c, k, _)| c == name && *k == kind)
    }

    #[test]
    fn titles_occupations_and_modifier_suffixes_bound_names() {
        let found = entities(
            "Historian Timothy Naftali of New York University told CNN the plan failed. The Kim Jong Un-led \
             country fired missiles. Mauritius PM Parvin Jugnauth met him at the first Quad Leaders Summit.",
        );
        assert!(has(&found, "Timothy Naftali", EntityType::Person), "{found:?}");
        let found_place =
            entities("The plane landed at Juba International Airport and at Bien Hoa airport in Vietnam.");
        assert!(has(&found_place, "Juba International Airport", EntityType::Org), "{found_place:?}");
        assert!(has(&found_place, "Bien Hoa airport", EntityType::Org), "{found_place:?}");
        assert!(has(&found, "Kim Jong Un", EntityType::Person), "{found:?}");
        assert!(found.iter().any(|(c, _, code)| c == "Parvin Jugnauth" && code.as_deref() == Some("MUS")), "{found:?}");
        assert!(!found.iter().any(|(c, _, _)| c == "Summit" || c.starts_with("Historian")), "{found:?}");
    }

    #[test]
    fn ministries_closed_by_their_country_are_one_body() {
        let found = entities(
            "The Foreign Ministry of Ukraine condemned the attack. \"We condemn it,\" the Ministry of Foreign Affairs \
             of Ukraine said. State Secretary of the Ministry of Foreign and European Affairs of the Slovak Republic \
             Frantisek Ruzicka summoned the Ambassador of the Socialistic Republic of Vietnam.",
        );
        let ukraine: Vec<_> =
            found.iter().filter(|(c, _, _)| c.contains("Foreign") && c.ends_with("Ukraine")).collect();
        assert!(!ukraine.is_empty(), "{found:?}");
        assert!(
            ukraine
                .iter()
                .all(|(c, _, code)| c == "Ministry of Foreign Affairs of Ukraine" && code.as_deref() == Some("UKR")),
            "{found:?}"
        );
        let slovak =
            found.iter().find(|(c, _, _)| c == "Ministry of Foreign and European Affairs of the Slovak Republic");
        assert_eq!(slovak.and_then(|s| s.2.as_deref()), Some("SVK"), "{found:?}");
        assert!(found.iter().any(|(c, k, _)| c == "Vietnam" && *k == EntityType::Gpe), "{found:?}");
        assert!(!found.iter().any(|(c, _, _)| c.starts_with("Socialistic") || c == "Affairs"), "{found:?}");
    }

    #[test]
    fn transliterated_names_and_unknown_places_of_the_setting() {
        let found = entities(
            "KYIV - He met Prime Minister Denis Shmygal and Foreign Minister Dmitry Kuleba.\n\nLater, President \
             Xi arrived in Kathmandu for a state visit to Nepal. He was received at Tribhuvan International Airport \
             and will stay at Tahachal.",
        );
        assert!(has(&found, "Denys Shmyhal", EntityType::Person), "{found:?}");
        assert!(has(&found, "Dmytro Kuleba", EntityType::Person), "{found:?}");
        let airport = found.iter().find(|(c, _, _)| c == "Tribhuvan International Airport");
        assert_eq!(airport.and_then(|a| a.2.as_deref()), Some("NPL"), "{found:?}");
    }

    #[test]
    fn people_after_bodies_portfolios_and_countries_closing_names() {
        let found = entities(
            "Minh met with Chairman of the House Committee for Foreign Affairs Eliot Engel. The Minister of \
             Humanitarian Affairs and Disaster Management spoke. ELN is the second-largest group after the \
             Revolutionary Armed Forces of Colombia (FARC) in Colombia.",
        );
        assert!(has(&found, "Eliot Engel", EntityType::Person), "{found:?}");
        assert!(has(&found, "House Committee for Foreign Affairs", EntityType::Org), "{found:?}");
        assert!(!found.iter().any(|(c, _, _)| c.contains("Humanitarian") || c.contains("Disaster")), "{found:?}");
        let farc = found.iter().find(|(c, _, _)| c == "Revolutionary Armed Forces of Colombia");
        assert_eq!(farc.and_then(|f| f.2.as_deref()), Some("COL"), "{found:?}");
    }

    #[test]
    fn secretariat_officials_ranks_long_names_and_titled_known_surnames() {
        let found = entities(
            "The airport in Syria was closed, said Deputy UN spokesman Farhan Haq. At the outset, Jeffrey \
             Feltman, Under-Secretary-General for Political Affairs, briefed the Council on Syria. The \
             Secretary-General of the GCC, Nayef Falah Mubarak Al-Hajraf, stressed the need. Minister Dr Cerar \
             urged all parties to act. A concert hall on Moscow's edge was attacked.",
        );
        let code = |name: &str| found.iter().find(|(c, _, _)| c == name).map(|f| f.2.clone());
        assert_eq!(code("Farhan Haq"), Some(None), "{found:?}");
        assert_eq!(code("Jeffrey Feltman"), Some(None), "{found:?}");
        assert!(has(&found, "United Nations", EntityType::Org), "{found:?}");
        assert!(!found.iter().any(|(c, _, _)| c.contains("Deputy")), "{found:?}");
        assert!(has(&found, "Nayef Falah Mubarak Al-Hajraf", EntityType::Person), "{found:?}");
        assert!(has(&found, "Miro Cerar", EntityType::Person), "{found:?}");
        assert!(has(&found, "Moscow", EntityType::Gpe), "{found:?}");
    }

    #[test]
    fn committees_bare_ministries_elect_titles_and_title_case_headlines() {
        let found = entities(
            "Members Warn That Persistent Deadlock Threatens Security Council\n\nMembers voiced frustration over \
             the deadlock in the Security Council. Senator Mark Warner, chairman of the Senate Intelligence \
             Committee, said the U.S. would respond. US Ambassador John Sullivan was summoned to the Russian \
             Foreign Ministry. He had been summoned to the Foreign Ministry before. Wishes poured in for \
             President-Elect Joe Biden in Washington, DC.",
        );
        let code = |name: &str| found.iter().find(|(c, _, _)| c == name).map(|f| f.2.clone());
        assert_eq!(code("Senate Intelligence Committee"), Some(Some("USA".into())), "{found:?}");
        assert!(
            !found.iter().any(|(c, _, _)| c == "Foreign Ministry" || c.contains("Elect") || c == "DC"),
            "{found:?}"
        );
        assert!(!found.iter().any(|(c, _, _)| c.contains("Members") || c.contains("Deadlock")), "{found:?}");
        assert!(has(&found, "UN Security Council", EntityType::Org), "{found:?}");
    }
}
