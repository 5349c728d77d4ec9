//! Countries for names the knowledge base does not know, in news beyond diplomacy (sport, business, courts,
//! local news): a country written right next to a person ("Katie Ledecky (USA)", "Czech 13th seed Lucie
//! Safarova", "Germany's Steffi Graf") wins over the document's main country; unknown companies and bodies
//! ("Alliance Aviation Services Ltd", "North Carolina State Bureau of Investigation") take the country of the
//! place their name opens with, else the document's home country; and capitalised words that are not names
//! (sport disciplines, quarter labels, list items, headline verbs) are dropped.

use std::collections::HashMap;

use storyline_model::EntityType;

use crate::entities::{Candidate, Ctx, Usage};
use crate::knowledge::{normalise, AliasKind};
use crate::lexicon;
use crate::token::TokenKind;

fn word<'a>(cx: &Ctx<'a>, i: usize) -> &'a str {
    cx.toks.get(i).map(|t| t.text(cx.text)).unwrap_or("")
}

fn span(cx: &Ctx, r: &std::ops::Range<usize>) -> String {
    match (cx.toks.get(r.start), r.end.checked_sub(1).and_then(|e| cx.toks.get(e))) {
        (Some(a), Some(b)) => normalise(cx.text.get(a.start..b.end).unwrap_or("")),
        _ => String::new(),
    }
}

/// The knowledge-base country (an entry with an ISO alpha-2 code) a single word names ("USA", "Germany").
fn country_named(cx: &Ctx, w: &str) -> Option<(usize, String)> {
    let t = cx.kb.choose(cx.kb.targets(&normalise(w)), cx.date).filter(|t| t.kind == AliasKind::Name)?;
    let e = cx.kb.entry(t.entry).filter(|e| e.alpha2.is_some())?;
    Some((t.entry, e.code.clone()?))
}

/// Runs after the document-level resolution of `entities`: per-mention country clues, home countries for
/// unknown bodies, and removal of capitalised non-names.
pub(crate) fn refine(cx: &Ctx, cands: &mut Vec<Candidate>) {
    known_names_left_unknown(cx, cands);
    ship_names(cx, cands);
    relatives(cx, cands);
    shouted_lead_words(cx, cands);
    initial_then_name(cx, cands);
    place_then_country(cx, cands);
    bracketed_countries(cx, cands);
    given_name_before_city(cx, cands);
    title_at_post_before(cx, cands);
    person_clues(cx, cands);
    organisation_homes(cx, cands);
    cands.retain(|c| !c.canonical.is_empty() && !not_a_name(cx, c) && !dateline_credit(cx, c));
    shared_organisation_codes(cands);
    surnames_of_people(cx, cands);
    cities_named_like_people(cx, cands);
}

/// "Pakistan's ambassador in China Moinul Haq", "India's envoy to Nepal Naveen Srivastava": an unclassified
/// two- or three-word name right after a title and the country of its post is the office holder; a country's
/// possessive before the title gives the person's own country.
fn title_at_post_before(cx: &Ctx, cands: &mut [Candidate]) {
    for k in 1..cands.len() {
        let c = &cands[k];
        let unclassified = c.kind == EntityType::Other
            && c.unknown_run
            && (2..=3).contains(&c.toks.len())
            && c.toks.clone().all(|j| name_word(word(cx, j)));
        let post = &cands[k - 1];
        let country = |o: &Candidate| {
            o.kind == EntityType::Gpe && o.kb.and_then(|e| cx.kb.entry(e)).is_some_and(|e| e.alpha2.is_some())
        };
        if !unclassified || post.toks.end != c.toks.start || !country(post) || post.toks.start < 2 {
            continue;
        }
        let (prep, title) = (post.toks.start - 1, post.toks.start - 2);
        if !matches!(word(cx, prep), "in" | "to") || lexicon::title_role(word(cx, title)).is_none() {
            continue;
        }
        let own = title
            .checked_sub(1)
            .filter(|&p| cx.toks.get(p).is_some_and(|t| t.kind == TokenKind::Possessive))
            .and_then(|p| cands[..k - 1].iter().rev().find(|o| o.toks.end == p && country(o)))
            .and_then(|o| o.code.clone());
        let c = &mut cands[k];
        c.kind = EntityType::Person;
        if own.is_some() {
            c.code = own;
        }
    }
}

/// "US Secretary of Defense Lloyd Austin … Austin told": a city whose name is the surname of a person the
/// document names in full is that person again, unless written as a place ("in Austin", "Austin, Texas").
fn cities_named_like_people(cx: &Ctx, cands: &mut [Candidate]) {
    let people: Vec<(String, Candidate)> = cands
        .iter()
        .filter(|c| c.kind == EntityType::Person && c.toks.len() >= 2)
        .map(|c| (word(cx, c.toks.end - 1).to_string(), c.clone()))
        .collect();
    for c in cands.iter_mut() {
        let city = c.kind == EntityType::Gpe
            && c.toks.len() == 1
            && c.kb.and_then(|e| cx.kb.entry(e)).is_some_and(|e| e.alpha2.is_none() && e.capital_of.is_none());
        if !city {
            continue;
        }
        let name = word(cx, c.toks.start);
        let Some((_, person)) = people.iter().find(|(surname, _)| surname == name) else { continue };
        let before = c.toks.start.checked_sub(1).map_or("", |j| word(cx, j)).to_lowercase();
        let as_place = matches!(before.as_str(), "in" | "at" | "from" | "to" | "near" | "of" | "outside" | "into")
            || word(cx, c.toks.end) == ",";
        if !as_place {
            (c.kind, c.canonical, c.code, c.kb, c.role, c.capital_of) = (
                EntityType::Person,
                person.canonical.clone(),
                person.code.clone(),
                person.kb,
                person.role.clone(),
                None,
            );
        }
    }
}

/// Ship prefixes of navies and coast guards, and the country each one's ships belong to.
const SHIP_PREFIXES: &[(&str, &str)] = &[
    ("USS", "USA"),
    ("USNS", "USA"),
    ("USCGC", "USA"),
    ("HMS", "GBR"),
    ("HMAS", "AUS"),
    ("HMCS", "CAN"),
    ("HMNZS", "NZL"),
    ("JS", "JPN"),
    ("INS", "IND"),
    ("ROKS", "KOR"),
    ("BRP", "PHL"),
    ("PNS", "PAK"),
    ("TCG", "TUR"),
    ("KRI", "IDN"),
    ("RSS", "SGP"),
    ("KD", "MYS"),
    ("HTMS", "THA"),
];

/// "USS Halsey", "HMAS Warramunga", "BRP Gregorio Del Pillar": a ship named with its navy's prefix is that
/// country's vessel.
fn ship_names(cx: &Ctx, cands: &mut [Candidate]) {
    for c in cands.iter_mut().filter(|c| c.kb.is_none() && c.toks.len() >= 2) {
        let prefix = word(cx, c.toks.start);
        let named = (c.toks.start + 1..c.toks.end).all(|j| word(cx, j).chars().next().is_some_and(char::is_uppercase));
        if let Some((_, code)) = SHIP_PREFIXES.iter().find(|(p, _)| *p == prefix).filter(|_| named) {
            c.kind = EntityType::Org;
            c.code = Some((*code).to_string());
        }
    }
}

/// "Xi and his wife, Peng Liyuan": a name of two or three words after "his/her wife|husband|son|…" is a person
/// of the country of the person named just before.
fn relatives(cx: &Ctx, cands: &mut [Candidate]) {
    const KIN: &[&str] = &["wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "widow"];
    for k in 0..cands.len() {
        let c = &cands[k];
        if !matches!(c.kind, EntityType::Other | EntityType::Person)
            || !c.unknown_run
            || c.kb.is_some()
            || !(2..=3).contains(&c.toks.len())
            || !c.toks.clone().all(|j| name_word(word(cx, j)))
        {
            continue;
        }
        let mut j = c.toks.start;
        // "his wife, First Lady Liza Araneta Marcos": a courtesy title between.
        while j > 0 && {
            let w = word(cx, j - 1);
            w.chars().next().is_some_and(char::is_uppercase)
                && (lexicon::title_role(w).is_some() || lexicon::contains_lower(lexicon::TITLE_MODIFIERS, w))
        } {
            j -= 1;
        }
        if j > 0 && word(cx, j - 1) == "," {
            j -= 1;
        }
        if j < 2 || !KIN.contains(&word(cx, j - 1)) || !matches!(word(cx, j - 2), "his" | "her") {
            continue;
        }
        // "welcomed the French president and his wife, Brigitte Macron": one of the family named before, else
        // the person named just before in the sentence.
        let family = c.toks.end.checked_sub(1).map(|e| word(cx, e));
        let kin = cands[..k].iter().rev().find(|r| {
            r.kind == EntityType::Person && r.code.is_some() && crate::entities::family_name(&r.canonical) == family
        });
        let relative = kin
            .or_else(|| {
                cands[..k]
                    .iter()
                    .rev()
                    .find(|r| r.kind == EntityType::Person && r.sentence == c.sentence && r.toks.end <= j - 2)
            })
            .map(|r| r.code.clone());
        if let Some(code) = relative {
            let c = &mut cands[k];
            c.kind = EntityType::Person;
            c.code = code;
        }
    }
}

/// "Washington DC [US], July 30 (ANI):", "DANANG, Vietnam (Reuters) -": the agency credited in brackets in a
/// paragraph's dateline supplied the text; it is no one the story is about.
fn dateline_credit(cx: &Ctx, c: &Candidate) -> bool {
    if c.role.as_deref() != Some("MED") || c.toks.start == 0 {
        return false;
    }
    let bracketed = word(cx, c.toks.start - 1) == "(" && word(cx, c.toks.end) == ")";
    let after = word(cx, c.toks.end + 1);
    let closes_dateline = matches!(after, ":" | "-" | "\u{2013}" | "\u{2014}")
        || cx.toks.get(c.toks.end + 1).is_some_and(|t| t.kind == TokenKind::Word && name_word(after));
    let mut k = c.toks.start - 1;
    while k > 0 && !cx.toks[k].line_break_before && c.toks.start - k < 16 && word(cx, k) != "." {
        k -= 1;
    }
    let opens_paragraph = k == 0 || cx.toks[k].line_break_before;
    bracketed && closes_dateline && opens_paragraph && c.toks.start - k < 16
}

fn name_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase) && w.chars().skip(1).any(char::is_lowercase)
}

/// "MATCH-WINNER Kyle McClean": an upper-case label opening an unclassified run is no part of the name; the
/// rest, two or three name-shaped words, is a person of the document's home country.
fn shouted_lead_words(cx: &Ctx, cands: &mut [Candidate]) {
    let home = home_country(cands);
    for c in cands.iter_mut().filter(|c| c.kind == EntityType::Other && c.unknown_run && c.kb.is_none()) {
        let upper = |w: &str| w == "-" || w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase);
        let mut j = c.toks.start;
        while j < c.toks.end && upper(word(cx, j)) {
            j += 1;
        }
        let label: Vec<&str> = (c.toks.start..j).map(|i| word(cx, i)).collect();
        let shouted = label.iter().map(|w| w.chars().filter(|ch| ch.is_alphabetic()).count()).sum::<usize>() >= 4
            && !label.iter().any(|w| cx.kb.targets(&normalise(w)).iter().any(|t| t.kind == AliasKind::Name));
        let rest = j..c.toks.end;
        if !shouted || !(2..=3).contains(&rest.len()) || !rest.clone().all(|j| name_word(word(cx, j))) {
            continue;
        }
        c.toks = rest;
        c.canonical = span(cx, &c.toks);
        (c.kind, c.code) = (EntityType::Person, home.clone());
    }
}

/// "K Ponmudy", "G Jayachandran": a bare capital initial (South Indian style, no dot) before one or two name
/// words the base does not know is a person of the document's home country.
fn initial_then_name(cx: &Ctx, cands: &mut [Candidate]) {
    let home = home_country(cands);
    for c in cands.iter_mut().filter(|c| c.kind == EntityType::Other && c.unknown_run && c.kb.is_none()) {
        let first = word(cx, c.toks.start);
        let initial = first.len() == 1
            && first.bytes().all(|b| b.is_ascii_uppercase())
            && !matches!(first, "A" | "I" | "O" | "U" | "X" | "Q")
            && cx.toks.get(c.toks.start + 1).is_none_or(|t| t.space_before);
        let rest = c.toks.start + 1..c.toks.end;
        if initial && (1..=2).contains(&rest.len()) && rest.clone().all(|j| name_word(word(cx, j))) {
            (c.kind, c.code, c.usage) = (EntityType::Person, home.clone(), Usage::Actor);
        }
    }
}

/// "Adidas (Herzogenaurach, Germany)", "in Tabanli, Turkey": an unclassified name followed by a comma and a
/// country is a place in that country.
fn place_then_country(cx: &Ctx, cands: &mut [Candidate]) {
    for k in 0..cands.len() {
        let c = &cands[k];
        if !(c.kind == EntityType::Other && c.unknown_run && c.kb.is_none() && c.toks.len() <= 3) {
            continue;
        }
        if word(cx, c.toks.end) != "," || !c.toks.clone().all(|j| name_word(word(cx, j))) {
            continue;
        }
        let first = word(cx, c.toks.start);
        if lexicon::is_given_name(first) || lexicon::is_female_given_name(first) {
            continue;
        }
        let Some(next) = cands.get(k + 1).filter(|n| n.toks.start == c.toks.end + 1) else { continue };
        let country =
            next.kind == EntityType::Gpe && next.kb.and_then(|e| cx.kb.entry(e)).is_some_and(|e| e.alpha2.is_some());
        if !country {
            continue;
        }
        let code = next.code.clone();
        let c = &mut cands[k];
        (c.kind, c.code, c.usage) = (EntityType::Gpe, code, Usage::Place);
    }
}

/// "McClean" after "Kyle McClean": an unclassified single word that is the last name of exactly one person
/// named in full is that person.
fn surnames_of_people(cx: &Ctx, cands: &mut [Candidate]) {
    let mut by_surname: HashMap<String, Option<usize>> = HashMap::new();
    for (k, c) in cands.iter().enumerate() {
        if c.kind == EntityType::Person && c.toks.len() >= 2 {
            let last = word(cx, c.toks.end - 1).to_string();
            let slot = by_surname.entry(last).or_insert(Some(k));
            if slot.and_then(|p| cands.get(p)).is_some_and(|p| p.canonical != c.canonical) {
                *slot = None;
            }
        }
    }
    for k in 0..cands.len() {
        let c = &cands[k];
        if !(c.kind == EntityType::Other && c.unknown_run && c.toks.len() == 1) {
            continue;
        }
        let Some(Some(p)) = by_surname.get(word(cx, c.toks.start)).copied() else { continue };
        let Some(person) = cands.get(p).cloned() else { continue };
        let c = &mut cands[k];
        (c.kind, c.canonical, c.code, c.kb, c.role) =
            (EntityType::Person, person.canonical, person.code, person.kb, person.role);
    }
}

/// "of the BJP" read as the tail of an unknown run: an unclassified name that is exactly an organisation the
/// base knows is that organisation.
fn known_names_left_unknown(cx: &Ctx, cands: &mut [Candidate]) {
    for c in cands.iter_mut().filter(|c| c.kind == EntityType::Other && c.kb.is_none() && c.unknown_run) {
        let t = cx.kb.choose(cx.kb.targets(&span(cx, &c.toks)), cx.date).filter(|t| t.kind == AliasKind::Name);
        if let Some((idx, e)) = t.and_then(|t| cx.kb.entry(t.entry).map(|e| (t.entry, e))) {
            if e.kind == EntityType::Org {
                (c.kind, c.canonical, c.code, c.kb, c.role) =
                    (e.kind, e.canonical.clone(), e.code.clone(), Some(idx), e.role.clone());
                c.unknown_run = false;
            }
        }
    }
}

/// Every mention of an unknown organisation ("the Cabinet" after "Telangana State Cabinet") takes the country
/// found for any of its mentions.
fn shared_organisation_codes(cands: &mut [Candidate]) {
    let mut codes: HashMap<String, String> = HashMap::new();
    for c in cands.iter().filter(|c| c.kind == EntityType::Org && c.kb.is_none()) {
        if let Some(code) = &c.code {
            codes.entry(c.canonical.clone()).or_insert_with(|| code.clone());
        }
    }
    for c in cands.iter_mut().filter(|c| c.kind == EntityType::Org && c.kb.is_none() && c.code.is_none()) {
        if let Some(code) = codes.get(&c.canonical) {
            c.code = Some(code.clone());
        }
    }
}

/// "Katie Ledecky (USA)", "Alex Yee (Great Britain)": a country in brackets right after a name is that person's
/// (or place's) country, and stays the country itself (not an acronym the name defines).
fn bracketed_countries(cx: &Ctx, cands: &mut [Candidate]) {
    // "Rep. Chris Smith (R-NJ)", "Sen. Ted Cruz (R-TX)": a US member of Congress's party and state.
    for c in cands.iter_mut().filter(|c| c.kb.is_none() && matches!(c.kind, EntityType::Person | EntityType::Other)) {
        let Some(after) = cx.toks.get(c.toks.end).filter(|t| cx.text.get(t.start..t.end) == Some("(")) else {
            continue;
        };
        let rest = cx.text.get(after.end..).unwrap_or("");
        let inner = rest.split(')').next().unwrap_or("");
        let mut parts = inner.trim().splitn(2, ['-', '\u{2013}']);
        let (party, state) = (parts.next().unwrap_or(""), parts.next().unwrap_or("").trim());
        let congress = matches!(party.trim(), "R" | "D" | "I")
            && (state.len() == 2 && state.bytes().all(|b| b.is_ascii_uppercase())
                || state
                    .split([',', '.'])
                    .next()
                    .is_some_and(|w| w.len() <= 6 && w.chars().all(|ch| ch.is_alphabetic() || ch == ' ')))
            && inner.len() <= 12
            && (2..=3).contains(&c.toks.len());
        if congress {
            (c.kind, c.code, c.usage) = (EntityType::Person, Some("USA".into()), Usage::Actor);
            c.role.get_or_insert_with(|| "LEG".into());
        }
    }
    for k in 0..cands.len() {
        let c = &cands[k];
        let (s, e) = (c.toks.start, c.toks.end);
        if s == 0 || word(cx, s - 1) != "(" || word(cx, e) != ")" {
            continue;
        }
        let whole = span(cx, &c.toks);
        if cx.kb.is_code_only(&whole) {
            continue;
        }
        let Some((entry, code)) = country_named(cx, &whole) else { continue };
        if c.kb != Some(entry) {
            if let Some(country) = cx.kb.entry(entry) {
                let c = &mut cands[k];
                (c.kind, c.canonical, c.code, c.kb, c.role) =
                    (EntityType::Gpe, country.canonical.clone(), Some(code.clone()), Some(entry), None);
                c.usage = Usage::Modifier;
                c.capital_of = None;
                c.unknown_run = false;
            }
        }
        let Some(prev) = k.checked_sub(1) else { continue };
        let p = &cands[prev];
        if p.toks.end + 1 != s || p.kb.is_some() || p.international {
            continue;
        }
        let first = word(cx, p.toks.start);
        let personal = (2..=3).contains(&p.toks.len())
            && (lexicon::is_given_name(first) || lexicon::is_female_given_name(first) || p.kind == EntityType::Person);
        let p = &mut cands[prev];
        p.code = Some(code);
        if personal {
            p.kind = EntityType::Person;
            p.usage = Usage::Actor;
        }
    }
}

/// "said Scott Sheffield, chief executive": a given name right before a one-word city the base knows (a known
/// given name, or any capitalised word after "said" with a comma after the city), not itself part of another
/// name, makes the pair a person's name, of the document's home country.
fn given_name_before_city(cx: &Ctx, cands: &mut [Candidate]) {
    let home = home_country(cands);
    for k in 0..cands.len() {
        let c = &cands[k];
        let s = c.toks.start;
        if c.toks.len() != 1 || c.kind != EntityType::Gpe || s == 0 {
            continue;
        }
        let city = c.kb.and_then(|e| cx.kb.entry(e)).is_some_and(|e| e.alpha2.is_none() && e.code.is_some());
        let given = word(cx, s - 1);
        let covered =
            cands.iter().any(|o| o.toks.contains(&(s - 1)) && !(o.kind == EntityType::Other && o.toks.len() == 1));
        let shaped =
            given.chars().next().is_some_and(char::is_uppercase) && given.chars().skip(1).all(char::is_lowercase);
        let speaks = matches!(word(cx, s + 1), "," | "said" | "says" | "told")
            || s >= 2 && matches!(word(cx, s - 2), "said" | "says" | "by" | "Mr" | "Mr." | "Ms" | "Ms.");
        let after_said = s >= 2 && matches!(word(cx, s - 2), "said" | "says") && word(cx, s + 1) == ",";
        let given_name = lexicon::is_given_name(given) || lexicon::is_female_given_name(given);
        if !city || covered || !shaped || !speaks || !(given_name || after_said) {
            continue;
        }
        for o in cands.iter_mut().filter(|o| o.toks == (s - 1..s)) {
            o.canonical.clear();
        }
        let c = &mut cands[k];
        c.toks = s - 1..c.toks.end;
        c.canonical = span(cx, &c.toks);
        (c.kind, c.code, c.kb, c.role, c.usage) = (EntityType::Person, home.clone(), None, None, Usage::Actor);
        c.capital_of = None;
        c.unknown_run = true;
    }
}

/// Words that may stand between a nationality and the name it describes ("Czech 13th seed", "Thai filmmaker",
/// "American world champion"): lower-case nouns and ordinals, not verbs or function words.
fn descriptive(cx: &Ctx, i: usize) -> bool {
    const STOP: &[&str] = &[
        "and", "or", "but", "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by", "from", "that",
        "which", "who", "as", "is", "was", "were", "are", "be", "been", "has", "have", "had", "will", "would", "said",
        "says", "told", "after", "before", "than", "against", "beat", "beats", "over", "when", "while", "his", "her",
        "their", "its", "not", "also",
    ];
    let Some(t) = cx.toks.get(i) else { return false };
    let w = t.text(cx.text);
    let ordinal = w.len() > 2
        && w.chars().next().is_some_and(|c| c.is_ascii_digit())
        && ["th", "st", "nd", "rd"].iter().any(|s| w.ends_with(s));
    match t.kind {
        _ if ordinal => true,
        TokenKind::Word => {
            w.chars().next().is_some_and(char::is_lowercase)
                && (!w.ends_with("ed") || w.ends_with("eed"))
                && !w.ends_with("ing")
                && !w.ends_with("ly")
                && !STOP.contains(&w)
        }
        _ => false,
    }
}

/// The country a nationality or a country's possessive right before mention `k` gives ("Czech 13th seed X",
/// "American Serena", "Germany's Steffi Graf").
fn clue_before(cx: &Ctx, cands: &[Candidate], k: usize) -> Option<(String, usize)> {
    let c = cands.get(k)?;
    let mut j = c.toks.start;
    let mut skipped = 0;
    while j > 0 {
        let prev = j - 1;
        if let Some(o) = cands[..k].iter().rev().find(|o| o.toks.end == j) {
            let word_at = word(cx, o.toks.start);
            let compound = word_at.contains('-');
            let norp = o.kind == EntityType::Norp && !compound;
            return norp.then(|| o.code.clone().map(|code| (code, skipped))).flatten();
        }
        let possessive = cx.toks.get(prev).is_some_and(|t| t.kind == TokenKind::Possessive);
        if possessive && skipped == 0 {
            let o = cands[..k].iter().rev().find(|o| o.toks.end == prev)?;
            let country =
                o.kind == EntityType::Gpe && o.kb.and_then(|e| cx.kb.entry(e)).is_some_and(|e| e.alpha2.is_some());
            return country.then(|| o.code.clone().map(|code| (code, skipped))).flatten();
        }
        if skipped >= 3 || !descriptive(cx, prev) {
            return None;
        }
        skipped += 1;
        j = prev;
    }
    None
}

/// The mention right after mention `k`, the preposition `preposition` and an optional "the" ("of the BJP",
/// "from El Salvador").
fn named_after<'c>(cx: &Ctx, cands: &'c [Candidate], k: usize, preposition: &str) -> Option<&'c Candidate> {
    let c = cands.get(k)?;
    let mut j = c.toks.end;
    if word(cx, j) != preposition {
        return None;
    }
    j += 1;
    if word(cx, j).eq_ignore_ascii_case("the") {
        j += 1;
    }
    cands.get(k + 1..)?.iter().find(|o| o.toks.start == j)
}

/// "Kummanam Rajasekharan of the BJP", "Ross Smith of Rangers FC": a name followed by "of" and a party, club or
/// company the base places belongs to a member of that body's country.
fn member_of(cx: &Ctx, cands: &[Candidate], k: usize) -> Option<String> {
    let body = named_after(cx, cands, k, "of")?;
    let closes = matches!(word(cx, body.toks.end), "." | "," | ";" | ")" | "and" | "said" | "");
    let party_or_company = body.kind == EntityType::Org
        && body.kb.and_then(|e| cx.kb.entry(e)).is_some_and(|e| e.role.is_none() || e.role.as_deref() == Some("BUS"));
    (party_or_company && closes).then(|| body.code.clone()).flatten()
}

/// "The ambassadors are Walter Eduardo Duran from El Salvador, Parakhat Durdyev from Turkmenistan, …": a name
/// followed by "from" and a country that closes its list item comes from that country.
fn from_country(cx: &Ctx, cands: &[Candidate], k: usize) -> Option<String> {
    let country = named_after(cx, cands, k, "from")?;
    let is_country = country.kind == EntityType::Gpe
        && country.capital_of.is_none()
        && country.kb.and_then(|e| cx.kb.entry(e)).is_some_and(|e| e.alpha2.is_some());
    let closes = matches!(word(cx, country.toks.end), "." | "," | ";" | ")" | "and" | "");
    (is_country && closes).then(|| country.code.clone()).flatten()
}

/// Unknown people: a country written next to any mention of the person decides for every mention. An
/// unclassified two- or three-word name described by a nationality and a noun ("Czech 13th seed Lucie
/// Safarova") is a person.
fn person_clues(cx: &Ctx, cands: &mut [Candidate]) {
    let mut found: HashMap<String, Option<String>> = HashMap::new();
    for k in 0..cands.len() {
        let c = &cands[k];
        let unclassified = c.kind == EntityType::Other
            && c.unknown_run
            && (2..=3).contains(&c.toks.len())
            && c.toks.clone().all(|j| {
                let w = word(cx, j);
                w.chars().next().is_some_and(char::is_uppercase) && w.chars().skip(1).all(char::is_lowercase)
            });
        if !(c.kind == EntityType::Person || unclassified) || c.kb.is_some() || c.title.is_some() {
            continue;
        }
        let possessive =
            c.toks.start > 0 && cx.toks.get(c.toks.start - 1).is_some_and(|t| t.kind == TokenKind::Possessive);
        let clue = clue_before(cx, cands, k)
            .filter(|(_, skipped)| c.kind == EntityType::Person || *skipped > 0 || possessive)
            .or_else(|| member_of(cx, cands, k).map(|code| (code, 0)))
            .or_else(|| {
                // "the history of the Great Mongol Empire from the Vatican": a name after "the", "of" or another
                // capitalised word is no list item of people.
                let before = c.toks.start.checked_sub(1).map_or("", |b| word(cx, b));
                let free_standing = c.kind == EntityType::Person
                    || !matches!(before.to_lowercase().as_str(), "the" | "of")
                        && !before.starts_with(char::is_uppercase);
                from_country(cx, cands, k).filter(|_| free_standing).map(|code| (code, 0))
            });
        if let Some((code, _)) = clue {
            if unclassified {
                cands[k].kind = EntityType::Person;
            }
            let c = &cands[k];
            let slot = found.entry(c.canonical.clone()).or_insert(Some(code.clone()));
            if slot.as_deref() != Some(code.as_str()) {
                *slot = None;
            }
        }
    }
    for c in cands.iter_mut() {
        if c.kind == EntityType::Person && c.kb.is_none() {
            if let Some(Some(code)) = found.get(&c.canonical) {
                c.code = Some(code.clone());
            }
        }
    }
}

/// The country the document is mostly about: the only one mentioned, or one mentioned at least twice and more
/// often than any other (news outlets do not count).
fn home_country(cands: &[Candidate]) -> Option<String> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for c in cands {
        if matches!(c.kind, EntityType::Gpe | EntityType::Norp | EntityType::Org) && c.role.as_deref() != Some("MED") {
            if let Some(code) = c.code.as_deref() {
                *counts.entry(code).or_default() += 1;
            }
        }
    }
    let mut ranked: Vec<(&str, usize)> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    match ranked.as_slice() {
        [(code, _)] => Some(code.to_string()),
        [(code, n), (_, m), ..] if *n >= 2 && n > m => Some(code.to_string()),
        _ => None,
    }
}

/// Last words that make an unknown name a company, a party or a national body.
const BODY_HEADS: &[&str] = &[
    "Ltd",
    "Ltd.",
    "Limited",
    "Inc",
    "Inc.",
    "Corp",
    "Corp.",
    "Corporation",
    "Holdings",
    "Group",
    "Airways",
    "Airlines",
    "Bank",
    "PLC",
    "plc",
    "LLC",
    "AG",
    "GmbH",
    "Co.",
    "Company",
    "Services",
    "Industries",
    "Enterprises",
    "Energy",
    "Resources",
    "Partners",
    "Court",
    "Police",
    "Council",
    "Bureau",
    "Survey",
    "Authority",
    "Administration",
    "Department",
    "Commission",
    "Agency",
    "Office",
    "FC",
    "United",
    "Cabinet",
    "Ministry",
    "Hospital",
    "University",
    "Party",
];

/// Unknown organisations without a country: the place their name opens with ("North Carolina State Bureau of
/// Investigation", "Texas Department of Public Safety"), else the document's home country for companies and
/// national bodies.
fn organisation_homes(cx: &Ctx, cands: &mut [Candidate]) {
    let home = home_country(cands);
    for c in cands.iter_mut() {
        if c.kind != EntityType::Org || c.kb.is_some() || c.code.is_some() || c.international || c.toks.len() < 2 {
            continue;
        }
        let opening = (1..c.toks.len()).rev().find_map(|len| {
            let key = span(cx, &(c.toks.start..c.toks.start + len));
            let t = cx.kb.choose(cx.kb.targets(&key), cx.date).filter(|t| t.kind == AliasKind::Name)?;
            let e = cx.kb.entry(t.entry).filter(|e| e.kind == EntityType::Gpe)?;
            Some(e.code.clone())
        });
        // "Confederation of Indian Industry": a nationality after the name's "of".
        let opening = opening.or_else(|| {
            (c.toks.start + 1..c.toks.end).filter(|&j| word(cx, j - 1) == "of").find_map(|j| {
                let t = cx.kb.choose(cx.kb.targets(&normalise(word(cx, j))), cx.date)?;
                let e = cx.kb.entry(t.entry).filter(|e| t.kind == AliasKind::Demonym && e.alpha2.is_some())?;
                Some(e.code.clone())
            })
        });
        let last = word(cx, c.toks.end - 1);
        let code = match opening {
            Some(code) => code,
            None if BODY_HEADS.contains(&last) => home.clone(),
            None => None,
        };
        c.code = code;
    }
}

/// Capitalised words that name no person, place or body: sport disciplines ("Table Tennis", "Skeet Shooting
/// Men"), quarter and currency labels ("Q3", "Rs"), list items of common plural nouns ("Health Centres") and
/// headline fragments opening with a verb ("Wins House of Commons Majority").
fn not_a_name(cx: &Ctx, c: &Candidate) -> bool {
    const SPORT: &[&str] = &[
        "Tennis",
        "Table",
        "Canoeing",
        "Canoe",
        "Wrestling",
        "Judo",
        "Dressage",
        "Basketball",
        "Gymnastics",
        "Swimming",
        "Shooting",
        "Skeet",
        "Trap",
        "Archery",
        "Fencing",
        "Rowing",
        "Cycling",
        "Boxing",
        "Weightlifting",
        "Triathlon",
        "Taekwondo",
        "Badminton",
        "Volleyball",
        "Handball",
        "Sailing",
        "Diving",
        "Equestrian",
        "Sprint",
        "Kayak",
        "Karate",
        "Surfing",
        "Skateboarding",
        "Breaking",
        "Marathon",
        "Decathlon",
        "Heptathlon",
        "Hurdles",
        "Freestyle",
        "Backstroke",
        "Breaststroke",
        "Butterfly",
        "Medley",
        "Relay",
        "Singles",
        "Doubles",
        "Mixed",
        "Men",
        "Men's",
        "Women",
        "Women's",
        "Event",
        "Events",
    ];
    const PLURAL_ITEMS: &[&str] = &[
        "Centres",
        "Centers",
        "Schools",
        "Markets",
        "Points",
        "Stations",
        "Facilities",
        "Sites",
        "Shops",
        "Homes",
        "Churches",
        "Mosques",
        "Places",
        "Workplaces",
    ];
    const HEADLINE_VERBS: &[&str] = &[
        "Wins",
        "Beats",
        "Says",
        "Takes",
        "Gets",
        "Makes",
        "Faces",
        "Seeks",
        "Calls",
        "Slams",
        "Hits",
        "Vows",
        "Urges",
        "Warns",
        "Claims",
        "Sets",
        "Sees",
        "Loses",
        "Backs",
        "Launches",
        "Announces",
        "Reports",
        "Unveils",
    ];
    // "an interview in English": languages no knowledge entry claims as a people.
    const LANGUAGES: &[&str] = &[
        "English",
        "Arabic",
        "Mandarin",
        "Cantonese",
        "Hindi",
        "Urdu",
        "Farsi",
        "Swahili",
        "Hebrew",
        "Latin",
        "Bengali",
        "Pashto",
        "Dari",
        "Esperanto",
    ];
    if c.kb.is_some() || !matches!(c.kind, EntityType::Person | EntityType::Gpe | EntityType::Org | EntityType::Other) {
        return false;
    }
    let words: Vec<&str> = c.toks.clone().map(|j| word(cx, j)).collect();
    let Some(first) = words.first() else { return false };
    if words.len() == 1 && LANGUAGES.contains(first) {
        return true;
    }
    let label = words.len() == 1
        && (matches!(*first, "Rs" | "Rs." | "H1" | "H2")
            || first.len() == 2 && first.starts_with('Q') && first[1..].chars().all(|d| ('1'..='4').contains(&d))
            || first.starts_with("FY") && first[2..].chars().all(|d| d.is_ascii_digit()));
    let sport =
        words.iter().all(|w| SPORT.contains(w)) && !words.iter().all(|w| matches!(*w, "Men" | "Women" | "Event"));
    let items = c.unknown_run && c.kind != EntityType::Person && words.last().is_some_and(|w| PLURAL_ITEMS.contains(w));
    let headline = c.unknown_run && words.len() >= 2 && HEADLINE_VERBS.contains(first);
    // "(General) Data Protection Regulation", "Board of Directors": a rule or a generic body, not an actor.
    let generic = [" Regulation", " Regulations", " Directive", "Board of Directors", "Board of Trustees"]
        .iter()
        .any(|end| c.canonical.ends_with(end));
    label || sport || items || headline || generic
}

#[cfg(test)]
mod tests {
    use crate::{Analyser, Knowledge};
    use std::sync::Arc;

    fn entities(text: &str) -> Vec<(String, Option<String>)> {
        let a = Analyser::new(Arc::new(Knowledge::builtin().unwrap())).analyse(text, None);
        a.entities.into_iter().map(|e| (e.canonical, e.code)).collect()
    }

    #[test]
    fn bracketed_country_codes_the_name_before_it() {
        let got = entities("Katie Ledecky (USA) won again. Alex Yee (Great Britain) won the triathlon.");
        assert!(got.contains(&("Katie Ledecky".into(), Some("USA".into()))), "{got:?}");
        assert!(got.contains(&("Alex Yee".into(), Some("GBR".into()))), "{got:?}");
        assert!(got.contains(&("United States".into(), Some("USA".into()))), "{got:?}");
    }

    #[test]
    fn nationality_before_a_description_codes_the_person() {
        let got = entities("Serena Williams beat Czech 13th seed Lucie Safarova in Paris, France on Saturday.");
        assert!(got.contains(&("Lucie Safarova".into(), Some("CZE".into()))), "{got:?}");
    }

    #[test]
    fn a_given_name_before_a_city_is_a_person() {
        let got = entities(
            "ExxonMobil will buy Pioneer Natural Resources, a Texas company. \"It is a good deal,\" said Scott \
             Sheffield, chief executive of Pioneer.",
        );
        assert!(got.contains(&("Scott Sheffield".into(), Some("USA".into()))), "{got:?}");
        assert!(!got.iter().any(|(n, _)| n == "Sheffield"), "{got:?}");
    }

    #[test]
    fn shouted_labels_and_place_country_pairs() {
        let got =
            entities("MATCH-WINNER Kyle McClean scored for Linfield against Coleraine. McClean said it was great.");
        assert!(got.contains(&("Kyle McClean".into(), Some("GBR".into()))), "{got:?}");
        let got = entities("Adidas (Herzogenaurach, Germany) reported results.");
        assert!(got.contains(&("Herzogenaurach".into(), Some("DEU".into()))), "{got:?}");
    }

    #[test]
    fn disciplines_and_quarter_labels_are_no_names() {
        let got = entities("Ma Long (China) won in Table Tennis. Subscribers grew in Q3 at Hulu, the company said.");
        assert!(!got.iter().any(|(n, _)| n == "Table Tennis" || n == "Q3"), "{got:?}");
    }

    #[test]
    fn ships_take_their_navy_s_country() {
        let a =
            entities("The destroyer USS Halsey sailed with HMAS Warramunga and BRP Gregorio Del Pillar near Japan.");
        let code = |name: &str| a.iter().find(|(c, _)| c == name).and_then(|(_, code)| code.clone());
        assert_eq!(code("USS Halsey").as_deref(), Some("USA"), "{a:?}");
        assert_eq!(code("HMAS Warramunga").as_deref(), Some("AUS"), "{a:?}");
        assert_eq!(code("BRP Gregorio Del Pillar").as_deref(), Some("PHL"), "{a:?}");
    }

    #[test]
    fn company_suffix_takes_the_home_country() {
        let got = entities(
            "Qantas and Virgin Australia compete in Australia. Alliance Aviation Services Ltd shares rose in Sydney.",
        );
        assert!(got.contains(&("Alliance Aviation Services Ltd".into(), Some("AUS".into()))), "{got:?}");
    }

    #[test]
    fn people_listed_from_their_countries_and_bodies_named_by_a_nationality() {
        let got = entities(
            "Xi Jinping received the credentials of new ambassadors to China. The ambassadors are Parakhat Durdyev \
             from Turkmenistan, Dario Mihelin from Croatia, and Terry Branstad from the United States. They spoke \
             of the history of the Great Mongol Empire from the Vatican City State.",
        );
        assert!(got.contains(&("Parakhat Durdyev".into(), Some("TKM".into()))), "{got:?}");
        assert!(got.contains(&("Dario Mihelin".into(), Some("HRV".into()))), "{got:?}");
        assert!(got.contains(&("Terry Branstad".into(), Some("USA".into()))), "{got:?}");
        assert!(!got.iter().any(|(n, code)| n == "Mongol Empire" && code.is_some()), "{got:?}");
        let got = entities("The talks were attended by the Confederation of Indian Industry in London.");
        assert!(got.contains(&("Confederation of Indian Industry".into(), Some("IND".into()))), "{got:?}");
    }
}
