//! The clause-level matcher: actors from the analysis' entities, coreference
//! for pronouns and collective actors, clause boundaries, pattern matching,
//! modality (intent, hedges, negation), reporters of claims and exchanges.

use std::collections::HashSet;
use std::ops::Range;

use chrono::NaiveDate;
use storyline_analyse::Analysis;
use storyline_model::{event_id, Actor, EntityType, Event};

use crate::patterns::{Elem, Lexicon, Pattern, MAX_GAP};
use crate::tables::CameoTables;
use crate::text::{tokenize, Tok};

/// One actor as the coder sees it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ActorInfo {
    pub name: String,
    pub code: Option<String>,
    pub role: Option<String>,
    pub kind: EntityType,
    /// A country named as such or by its demonym ("the United States", "Syrian"), not a city or region in it.
    pub country: bool,
}

impl ActorInfo {
    fn as_actor(&self) -> Actor {
        Actor { name: self.name.clone(), code: self.code.clone(), role: self.role.clone() }
    }

    fn can_act(&self) -> bool {
        self.code.is_some() || self.kind == EntityType::Org
    }
}

/// A quoted passage and who said it.
struct QuoteRegion {
    start: usize,
    end: usize,
    speaker: Option<String>,
}

/// Article-wide coreference state.
#[derive(Default)]
struct Discourse {
    last_person: Option<ActorInfo>,
    last_pair: Option<(ActorInfo, ActorInfo)>,
    /// The source of the last coercive or violent event (roots 13-15, 17-20): what "the launch" or "the
    /// attack" refers back to.
    last_aggressor: Option<ActorInfo>,
    /// Groups of sides recently named together ("Britain, France and Germany") or met, oldest first: what
    /// "the three nations" or "both ministers" stand for.
    groups: Vec<RecentGroup>,
    /// Sentences seen so far.
    sentence: usize,
    /// The person last named with each role word before or beside the name ("Foreign Minister Khawaja Asif",
    /// "Asif, the foreign minister"): whom a later "the foreign minister" or "the minister" stands for.
    titled: Vec<(u32, ActorInfo)>,
    /// Recent hostile events (roots 13-20) as (source, target's country), oldest first: whom "retaliatory
    /// tariffs" answer.
    hostile: Vec<(ActorInfo, String)>,
    /// Recent events' roots and sources, oldest first: who did "the ambassadors were summoned".
    recent_sources: Vec<(String, ActorInfo)>,
    /// The subject of the last sentence's first clause, when it is an actor with a country.
    last_subject: Option<ActorInfo>,
}

/// A group of actors of at least two countries named together, and when.
struct RecentGroup {
    members: Vec<ActorInfo>,
    sentence: usize,
    /// Set by a meeting or another two-way event: stays available however long ago.
    meeting: bool,
}

/// How many sentences back a group named in passing may still be what "the two countries" refers to.
const GROUP_MEMORY: usize = 4;

/// Groups kept in the discourse.
const MAX_GROUPS: usize = 8;

/// Distinct countries among `members` (an actor without a code counts as its own side).
fn sides(members: &[ActorInfo]) -> usize {
    let mut seen: Vec<&str> = Vec::with_capacity(members.len());
    for a in members {
        let key = a.code.as_deref().unwrap_or(a.name.as_str());
        if !seen.contains(&key) {
            seen.push(key);
        }
    }
    seen.len()
}

/// One clause of a sentence: a token range and what governs it.
#[derive(Debug, Clone, Default)]
struct Clause {
    start: usize,
    end: usize,
    reporter: Option<String>,
    negated: bool,
    exchange: bool,
    has_say: bool,
    has_deny: bool,
}

/// A pattern matched in a sentence.
#[derive(Debug, Clone)]
struct Match {
    pattern: u32,
    literals: Vec<usize>,
    source: Vec<usize>,
    target: Vec<usize>,
}

/// An event before it becomes an [`Event`].
#[derive(Debug, Clone)]
struct Draft {
    source: ActorInfo,
    target: Option<ActorInfo>,
    code: String,
    base_code: String,
    clause: usize,
    anchor: usize,
    reporter: Option<String>,
    /// Its target is to be taken from the discourse (pattern flag `antecedent`).
    antecedent: bool,
    /// Its target is whoever last acted against its source (pattern flag `retaliation`).
    retaliation: bool,
}

pub(crate) struct Coder<'a> {
    pub lex: &'a Lexicon,
    pub tables: &'a CameoTables,
    /// The text is a headline: "X to visit Y" states an intent.
    pub headline: bool,
    /// Ordinal of the first event (event ids number an article's events in order).
    pub first_ordinal: usize,
}

/// An entity that may act, and whether it names a country (see [`ActorInfo::country`]).
type ActorEntity<'a> = (&'a storyline_model::Entity, bool);

fn actor_of(e: &ActorEntity) -> ActorInfo {
    let (e, country) = *e;
    ActorInfo { name: e.canonical.clone(), code: e.code.clone(), role: None, kind: e.kind, country }
}

/// Bytes of a dateline opening a sentence ("SEOUL, South Korea -- ", "TOKYO, Jan 6 (KUNA) -- "): places and
/// dates before a dash, no lowercase word among them. Its places are where the story was filed, not actors.
pub(crate) fn dateline_len(sentence: &str) -> usize {
    let head = match sentence.char_indices().nth(90) {
        Some((b, _)) => sentence.get(..b).unwrap_or(sentence),
        None => sentence,
    };
    let Some((pos, dash)) =
        ["--", "\u{2014}", " \u{2013} ", " - "].iter().filter_map(|d| head.find(d).map(|p| (p, *d))).min()
    else {
        return 0;
    };
    let prefix = head.get(..pos).unwrap_or("");
    let words_ok = prefix
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | '.'))
        .all(|w| w.is_empty() || w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()));
    let first = prefix.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let shouted = first.chars().count() >= 3 && first.chars().all(char::is_uppercase);
    if prefix.trim().is_empty() || !words_ok || !(shouted || prefix.contains([',', '('])) {
        return 0;
    }
    pos + dash.len()
}

/// Second halves of hyphenated compounds in which a country word only qualifies the noun that follows, besides
/// the analysis' own list ([`storyline_analyse::MODIFIER_SUFFIXES`]: "Sweden-based", "Iran-backed", "Saudi-led"):
/// where a thing was made or a person born ("US-made", "Indian-born").
const MORE_MODIFIER_SUFFIXES: &[&str] = &["born", "made", "built", "supplied"];

/// Whether the word from `start` to `token_end` (an entity and the token it starts) ends in "-based",
/// "-backed" ….
fn modifier_compound(text: &str, start: usize, token_end: usize) -> bool {
    let Some(word) = text.get(start..token_end) else { return false };
    let Some((_, suffix)) = word.rsplit_once('-') else { return false };
    storyline_analyse::MODIFIER_SUFFIXES.iter().chain(MORE_MODIFIER_SUFFIXES).any(|m| suffix.eq_ignore_ascii_case(m))
}

fn is_actor_kind(e: &storyline_model::Entity) -> bool {
    match e.kind {
        EntityType::Person | EntityType::Gpe | EntityType::Org => true,
        EntityType::Norp | EntityType::Loc => e.code.is_some(),
        _ => false,
    }
}

struct Sentence {
    toks: Vec<Tok>,
    groups: Vec<Vec<ActorInfo>>,
    clauses: Vec<Clause>,
    clause_of: Vec<usize>,
}

impl Sentence {
    fn group(&self, tok: usize) -> Option<&Vec<ActorInfo>> {
        self.toks.get(tok).and_then(|t| t.actor).and_then(|g| self.groups.get(g as usize))
    }

    fn word(&self, i: usize) -> Option<u32> {
        self.toks.get(i).and_then(|t| t.word)
    }

    fn is_actor(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.actor.is_some())
    }

    fn phrase_at(&self, i: usize, phrase: &[u32]) -> bool {
        !phrase.is_empty() && phrase.iter().enumerate().all(|(k, w)| self.word(i + k) == Some(*w))
    }
}

/// The entities that can be actors, in text order (longer first at one start). News outlets (role `MED`) report
/// events; they are not their actors ("…, Reuters reported").
/// A country is an entity the knowledge base resolves to the country entry of its own code, or a demonym; without
/// knowledge-base facts, any coded place or demonym.
fn actor_entities(analysis: &Analysis) -> Vec<ActorEntity<'_>> {
    let outlet = |k: usize| analysis.entity_info.get(k).and_then(|i| i.role.as_deref()) == Some("MED");
    let country = |k: usize, e: &storyline_model::Entity| {
        e.code.is_some()
            && match analysis.entity_info.get(k) {
                _ if e.kind == EntityType::Norp => true,
                Some(info) => info.kb_id.is_some() && info.kb_id == e.code,
                None => e.kind == EntityType::Gpe,
            }
    };
    let mut entities: Vec<ActorEntity> = analysis
        .entities
        .iter()
        .enumerate()
        .filter(|(k, e)| is_actor_kind(e) && e.start < e.end && !outlet(*k))
        .map(|(k, e)| (e, country(k, e)))
        .collect();
    entities.sort_by_key(|(e, _)| (e.start, std::cmp::Reverse(e.end)));
    entities
}

impl Coder<'_> {
    /// Events of one article.
    pub(crate) fn code(
        &self,
        article_id: &str,
        text: &str,
        analysis: &Analysis,
        date: Option<NaiveDate>,
    ) -> Vec<Event> {
        let entities = actor_entities(analysis);
        let quotes = self.quote_regions(text, analysis, &entities);
        let mut discourse = Discourse::default();
        let mut out = Vec::new();
        let mut toks = Vec::new();
        for range in &analysis.sentences {
            let Some(sentence_text) = text.get(range.clone()) else { continue };
            tokenize(text, range.start, range.end, &self.lex.vocab, &mut toks);
            if toks.is_empty() {
                continue;
            }
            let body_start = range.start + dateline_len(sentence_text);
            let s = self.build_sentence(text, std::mem::take(&mut toks), &entities, &quotes, &discourse, body_start);
            let drafts = self.sentence_drafts(&s, &quotes, &mut discourse);
            for d in drafts.into_iter().filter(|d| !consults_itself(d)) {
                let ordinal = self.first_ordinal + out.len();
                out.push(self.finish(article_id, text, analysis, date, range, sentence_text, &s, d, ordinal));
            }
            toks = s.toks;
        }
        out
    }

    /// A readable account of how each sentence was read: tokens with their actors (`[name/code]`), clause
    /// breaks (`|`), and the events coded from it. For finding out why an event was or was not coded.
    pub(crate) fn explain(&self, text: &str, analysis: &Analysis) -> String {
        let events = self.code("explain", text, analysis, None);
        let entities = actor_entities(analysis);
        let quotes = self.quote_regions(text, analysis, &entities);
        let mut discourse = Discourse::default();
        let mut out = String::new();
        let mut toks = Vec::new();
        for range in &analysis.sentences {
            let Some(sentence_text) = text.get(range.clone()) else { continue };
            tokenize(text, range.start, range.end, &self.lex.vocab, &mut toks);
            if toks.is_empty() {
                continue;
            }
            let body_start = range.start + dateline_len(sentence_text);
            let s = self.build_sentence(text, std::mem::take(&mut toks), &entities, &quotes, &discourse, body_start);
            let _ = self.sentence_drafts(&s, &quotes, &mut discourse);
            let mut line = String::new();
            for (i, t) in s.toks.iter().enumerate() {
                if t.boundary {
                    line.push_str(" |");
                }
                line.push(' ');
                match s.group(i) {
                    Some(g) => {
                        let names: Vec<String> =
                            g.iter().map(|a| format!("{}/{}", a.name, a.code.as_deref().unwrap_or("-"))).collect();
                        line.push_str(&format!("[{}]", names.join("+")));
                    }
                    None => {
                        line.push_str(text.get(t.start..t.end).unwrap_or("?"));
                        if t.absorbed {
                            line.push('~');
                        }
                    }
                }
            }
            out.push_str(line.trim_start());
            out.push('\n');
            for e in events.iter().filter(|e| e.sentence == sentence_text.trim()) {
                let target = e.target.as_ref().map(|t| format!("{}/{}", t.name, t.code.as_deref().unwrap_or("-")));
                out.push_str(&format!(
                    "    => {}/{} -> {} {}{}\n",
                    e.source.name,
                    e.source.code.as_deref().unwrap_or("-"),
                    target.unwrap_or_else(|| "-".into()),
                    e.cameo,
                    e.reported_by.as_ref().map(|r| format!(" (reported by {r})")).unwrap_or_default()
                ));
            }
            toks = s.toks;
        }
        out
    }

    fn quote_regions(&self, text: &str, analysis: &Analysis, entities: &[ActorEntity]) -> Vec<QuoteRegion> {
        let mut regions: Vec<QuoteRegion> = analysis
            .quotes
            .iter()
            .filter(|q| q.direct)
            .map(|q| QuoteRegion { start: q.start, end: q.end, speaker: q.speaker.clone() })
            .collect();
        let mut open: Option<usize> = None;
        for (i, c) in text.char_indices() {
            match c {
                '\u{201C}' => open = Some(i),
                '\u{201D}' => {
                    if let Some(s) = open.take() {
                        if !regions.iter().any(|r| r.start <= s + 3 && r.end + 3 >= i) {
                            regions.push(QuoteRegion { start: s, end: i + c.len_utf8(), speaker: None });
                        }
                    }
                }
                _ => {}
            }
        }
        let _ = entities;
        regions
    }

    fn build_sentence(
        &self,
        text: &str,
        raw: Vec<Tok>,
        entities: &[ActorEntity],
        quotes: &[QuoteRegion],
        discourse: &Discourse,
        body_start: usize,
    ) -> Sentence {
        let lex = self.lex;
        let (first, last) = match (raw.first(), raw.last()) {
            (Some(f), Some(l)) => (f.start, l.end),
            _ => (0, 0),
        };
        let lo = entities.partition_point(|(e, _)| e.end <= first);
        let sentence_entities: Vec<&ActorEntity> =
            entities[lo..].iter().take_while(|(e, _)| e.start < last).filter(|(e, _)| e.start >= body_start).collect();
        let mut toks: Vec<Tok> = Vec::with_capacity(raw.len());
        let mut groups: Vec<Vec<ActorInfo>> = Vec::new();
        let mut current: Option<(usize, usize)> = None; // (entity index, token index)
        for t in raw {
            let hit = sentence_entities.iter().position(|(e, _)| e.start <= t.start && t.start < e.end);
            match (hit, current) {
                (Some(ei), Some((ce, ti))) if ei == ce => {
                    if let Some(tok) = toks.get_mut(ti) {
                        tok.end = t.end;
                    }
                }
                (Some(ei), Some((_, ti)))
                    if toks.get(ti).is_some_and(|p| t.start <= p.end + 1)
                        && groups.last().and_then(|g| g.first()).is_some_and(|a| {
                            a.name == sentence_entities[ei].0.canonical && a.kind == sentence_entities[ei].0.kind
                        }) =>
                {
                    // "Kamikawa Yoko" given as two mentions of one person: one actor.
                    if let Some(tok) = toks.get_mut(ti) {
                        tok.end = t.end;
                    }
                    current = Some((ei, ti));
                }
                (Some(ei), _) => {
                    let ae = sentence_entities[ei];
                    let e = ae.0;
                    groups.push(vec![actor_of(ae)]);
                    toks.push(Tok {
                        actor: Some((groups.len() - 1) as u32),
                        word: None,
                        punct: None,
                        possessive: false,
                        // "a Sweden-based network", "the Iran-backed group": the country qualifies the noun.
                        qualifier: modifier_compound(text, e.start, t.end),
                        ..t
                    });
                    current = Some((ei, toks.len() - 1));
                }
                (None, _) => {
                    toks.push(t);
                    current = None;
                }
            }
        }
        let mut s = Sentence { toks, groups, clauses: Vec::new(), clause_of: Vec::new() };
        self.merge_titles(&mut s);
        Self::mute_parentheticals(&mut s);
        self.resolve_references(&mut s, quotes, discourse);
        self.split_clauses(&mut s, quotes);
        let _ = lex;
        s
    }

    /// "Russian Foreign Minister Sergei Lavrov": the country word and the title
    /// fold into the person, who gets the role the title implies.
    fn merge_titles(&self, s: &mut Sentence) {
        let cues = &self.lex.cues;
        for i in 0..s.toks.len() {
            let Some(gi) = s.toks[i].actor else { continue };
            let Some(country) = s.groups.get(gi as usize).and_then(|g| g.first()).cloned() else { continue };
            if country.kind == EntityType::Person {
                // A title right before a person gives the role.
                let mut k = i;
                let mut role = None;
                while k > 0 && i - k < 5 {
                    k -= 1;
                    let w = s.toks[k].word;
                    match w {
                        Some(w) if cues.gov_role.contains(&w) => role = role.or(Some("GOV")),
                        Some(w) if cues.mil_role.contains(&w) => role = role.or(Some("MIL")),
                        Some(w) if cues.title.contains(&w) => {}
                        _ => break,
                    }
                }
                if let (Some(r), Some(g)) = (role, s.groups.get_mut(gi as usize)) {
                    for a in g.iter_mut().filter(|a| a.role.is_none()) {
                        a.role = Some(r.to_string());
                    }
                }
                continue;
            }
            // A military or government word right after a country word gives its role.
            let next_word = s.toks.get(i + 1).and_then(|t| t.word);
            let mut role = match next_word {
                Some(w) if cues.mil_role.contains(&w) => Some("MIL"),
                Some(w) if cues.gov_role.contains(&w) => Some("GOV"),
                _ => None,
            };
            let mut j = i + 1;
            let mut absorbed = false;
            while j < s.toks.len() && j - i <= 7 {
                let t = s.toks[j];
                if let Some(pg) = t.actor {
                    let person = s.groups.get(pg as usize).and_then(|g| g.first());
                    if let Some(p) = person {
                        let same_side = p.code.is_none() || p.code == country.code;
                        if p.kind == EntityType::Person && same_side && j > i + 1 {
                            let code = p.code.clone().or(country.code.clone());
                            let r = role.map(str::to_string).or(p.role.clone()).or(Some("GOV".to_string()));
                            if let Some(g) = s.groups.get_mut(pg as usize) {
                                for a in g.iter_mut() {
                                    a.code = code.clone();
                                    a.role = r.clone();
                                }
                            }
                            absorbed = true;
                        }
                    }
                    break;
                }
                let ok = t.possessive
                    || t.punct == Some('-')
                    || t.word.is_some_and(|w| cues.title.contains(&w) || cues.gov_role.contains(&w))
                    || (t.capitalised && t.punct.is_none());
                if !ok {
                    break;
                }
                if role.is_none() {
                    role = match t.word {
                        Some(w) if cues.gov_role.contains(&w) => Some("GOV"),
                        Some(w) if cues.mil_role.contains(&w) => Some("MIL"),
                        _ => None,
                    };
                }
                j += 1;
            }
            if absorbed {
                s.toks[i].actor = None;
                s.toks[i].absorbed = true;
            } else if let (Some(r), Some(g)) = (role, s.groups.get_mut(gi as usize)) {
                for a in g.iter_mut() {
                    a.role = Some(r.to_string());
                }
            }
        }
    }

    /// A short aside in brackets ("OFAC (the Office …) on Friday (local time) sanctioned …") neither splits the
    /// clause nor offers actors: its tokens are skipped like title words.
    fn mute_parentheticals(s: &mut Sentence) {
        const MAX_ASIDE: usize = 7;
        let mut i = 0;
        while i < s.toks.len() {
            if s.toks[i].punct != Some('(') {
                i += 1;
                continue;
            }
            let close = (i + 1..(i + 2 + MAX_ASIDE).min(s.toks.len()))
                .take_while(|&k| s.toks[k].punct != Some('('))
                .find(|&k| s.toks[k].punct == Some(')'));
            let Some(close) = close else {
                i += 1;
                continue;
            };
            for t in &mut s.toks[i..=close] {
                *t = Tok { actor: None, word: None, punct: None, possessive: false, absorbed: true, ..*t };
            }
            i = close + 1;
        }
    }

    /// A few quoted words inside a sentence (`The North "strongly" denounces …`, `described as "unacceptable"`)
    /// are part of its clause, not a quotation of their own.
    fn join_short_quotes(s: &mut Sentence) {
        const MAX_QUOTED: usize = 4;
        let is_quote = |t: &Tok| matches!(t.punct, Some('"' | '\u{201C}' | '\u{201D}'));
        let mut i = 0;
        while i < s.toks.len() {
            if !is_quote(&s.toks[i]) {
                i += 1;
                continue;
            }
            let close = (i + 1..(i + 2 + MAX_QUOTED).min(s.toks.len())).find(|&k| is_quote(&s.toks[k]));
            match close {
                Some(close) if close > i + 1 => {
                    s.toks[i].boundary = false;
                    s.toks[close].boundary = false;
                    i = close + 1;
                }
                _ => i += 1,
            }
        }
    }

    /// Pronouns, "we" in quotes and collective actors become actor tokens.
    fn resolve_references(&self, s: &mut Sentence, quotes: &[QuoteRegion], discourse: &Discourse) {
        let cues = &self.lex.cues;
        let mut i = 0;
        while i < s.toks.len() {
            if s.toks[i].actor.is_some() {
                i += 1;
                continue;
            }
            if let Some((group, len)) = self.numbered_collective(s, i, discourse) {
                // A numbered collective with no group of that size stands for nobody known.
                let Some(group) = group else {
                    i += len;
                    continue;
                };
                s.groups.push(group);
                let end = s.toks[i + len - 1].end;
                s.toks[i] = Tok { end, actor: Some((s.groups.len() - 1) as u32), word: None, punct: None, ..s.toks[i] };
                s.toks.drain(i + 1..i + len);
                i += 1;
                continue;
            }
            if let Some((a, b)) = &discourse.last_pair {
                if let Some(len) = cues.collective.iter().find(|p| s.phrase_at(i, p)).map(Vec::len) {
                    s.groups.push(vec![a.clone(), b.clone()]);
                    let end = s.toks[i + len - 1].end;
                    s.toks[i] =
                        Tok { end, actor: Some((s.groups.len() - 1) as u32), word: None, punct: None, ..s.toks[i] };
                    s.toks.drain(i + 1..i + len);
                    i += 1;
                    continue;
                }
            }
            // "China had wanted … . It strongly opposes the USA's plans …": a sentence opened by "it" and a verb
            // is about the country or body the sentence before had as its subject.
            if i == 0 && s.word(0).is_some() && s.word(0) == self.lex.ids.it {
                let mut k = 1;
                while s.toks.get(k).is_some_and(|t| t.adverb) {
                    k += 1;
                }
                let verb = s.word(k).is_some_and(|w| {
                    self.lex.verb_forms.contains(&w)
                        && !self.lex.ids.auxiliaries.contains(&w)
                        && !self.lex.cues.say.contains(&w)
                });
                let referent = discourse.last_subject.clone().filter(|a| a.kind != EntityType::Person);
                if let (true, Some(actor)) = (verb, referent) {
                    s.groups.push(vec![actor]);
                    s.toks[0].actor = Some((s.groups.len() - 1) as u32);
                    s.toks[0].word = None;
                    i += 1;
                    continue;
                }
            }
            if let Some((at, group)) = self.unnamed_counterpart(s, i) {
                // "his" stays (patterns name it: "during a meeting with his +"); the country word and
                // "counterpart" become the actor.
                let end = s.toks[at + 1].end;
                s.toks[at] = Tok { end, actor: Some(group), word: None, punct: None, ..s.toks[at] };
                s.toks.remove(at + 1);
                i = at + 1;
                continue;
            }
            if let Some((person, len)) = self.titled_reference(s, i, discourse) {
                s.groups.push(vec![person]);
                let end = s.toks[i + len - 1].end;
                s.toks[i] = Tok { end, actor: Some((s.groups.len() - 1) as u32), word: None, punct: None, ..s.toks[i] };
                s.toks.drain(i + 1..i + len);
                i += 1;
                continue;
            }
            let w = s.toks[i].word;
            // "his Japanese counterpart Fumio Kishida", "his wife Cilia Flores": the named person is the actor.
            let determiner = w.is_some_and(|w| self.lex.ids.his_her.contains(&w));
            let names_follow = determiner && (i + 1..(i + 5).min(s.toks.len())).any(|k| s.toks[k].actor.is_some());
            // "Netanyahu summoned his war cabinet": a possessive refers to a person named earlier in the sentence;
            // "the Chinese General said that his country …": also to a nationality with a title after it.
            let sentence_person = || {
                (0..i).rev().find_map(|k| {
                    let t = s.toks[k];
                    let group = t.actor.and_then(|g| s.groups.get(g as usize))?;
                    let titled_nationality = group.iter().all(|a| a.kind == EntityType::Norp)
                        && s.word(k + 1).is_some_and(|w| cues.title.contains(&w) && w != self.lex.ids.the);
                    group
                        .iter()
                        .find(|a| a.kind == EntityType::Person)
                        .or_else(|| group.first().filter(|_| titled_nationality))
                        .cloned()
                })
            };
            let resolved = match w {
                Some(_) if determiner && !names_follow => sentence_person().or_else(|| discourse.last_person.clone()),
                Some(w) if cues.person_pronoun.contains(&w) && !names_follow => {
                    // "Trump said he looked forward to …, but he also urged …": a person who opens the sentence
                    // (not the object of a verb or preposition) is who "he" is.
                    let opener = (0..i).find_map(|k| {
                        let t = s.toks[k];
                        let person = t
                            .actor
                            .and_then(|g| s.groups.get(g as usize))
                            .and_then(|g| g.iter().find(|a| a.kind == EntityType::Person))?;
                        let governed = k > 0
                            && s.toks[k - 1]
                                .word
                                .is_some_and(|pw| cues.preposition.contains(&pw) || self.lex.verb_forms.contains(&pw));
                        (!governed).then(|| person.clone())
                    });
                    // "Apart from his meetings with A, B and C, he also met …": a pronoun right after the comma that
                    // closes an opening phrase is the one the article is about, not someone named inside the phrase.
                    let after_intro = i > 0 && s.toks[i - 1].punct == Some(',') && discourse.last_person.is_some();
                    if let Some(p) = self.reported_or_relative_person(s, i) {
                        Some(p)
                    } else if after_intro {
                        discourse.last_person.clone()
                    } else {
                        opener.or_else(|| discourse.last_person.clone())
                    }
                }
                Some(w) if cues.we.contains(&w) => {
                    let at = s.toks[i].start;
                    quotes.iter().find(|q| q.start <= at && at < q.end).and_then(|q| q.speaker.as_ref()).and_then(
                        |speaker| {
                            let known = s.groups.iter().flatten().find(|a| &a.name == speaker).cloned();
                            known.or_else(|| discourse.last_person.clone().filter(|p| &p.name == speaker))
                        },
                    )
                }
                _ => None,
            };
            if let Some(actor) = resolved {
                s.groups.push(vec![actor]);
                s.toks[i].actor = Some((s.groups.len() - 1) as u32);
                s.toks[i].pronoun = !determiner;
                s.toks[i].word = None;
            } else if let Some(group) = self.they_after_meeting(s, i, discourse) {
                s.groups.push(group);
                s.toks[i].actor = Some((s.groups.len() - 1) as u32);
                s.toks[i].word = None;
            }
            i += 1;
        }
    }

    /// The person a "he"/"she" at token `i` stands for from the clause it sits in: after a speech verb ("Trump
    /// announced in May that he was pulling out", "Putin said he …") the one who spoke, named just before the
    /// verb; after a relative word ("a speech by Rouhani in which he warned") the agent named right before it.
    fn reported_or_relative_person(&self, s: &Sentence, i: usize) -> Option<ActorInfo> {
        let ids = &self.lex.ids;
        let person_at = |k: usize| {
            s.toks[k]
                .actor
                .and_then(|g| s.groups.get(g as usize))
                .and_then(|g| g.iter().find(|a| a.kind == EntityType::Person))
                .cloned()
        };
        let mut k = i;
        if k > 0 && s.word(k - 1) == Some(ids.that) {
            k -= 1;
        }
        let verb = (k.saturating_sub(4)..k).rev().find(|&v| s.word(v).is_some_and(|w| self.lex.cues.say.contains(&w)));
        if let Some(v) = verb {
            let between_plain = (v + 1..k).all(|j| s.toks[j].actor.is_none());
            if between_plain {
                if let Some(p) = (v.saturating_sub(3)..v).rev().find_map(person_at) {
                    return Some(p);
                }
            }
            return None;
        }
        let relative = i >= 2
            && s.word(i - 1).is_some_and(|w| ids.relative.contains(&w) && w != ids.that)
            && s.word(i - 2).is_some_and(|w| self.lex.cues.preposition.contains(&w));
        if relative {
            // "a speech by Rouhani in which he": the agent of the thing "which" refers to; "a call to Modi during
            // which he" is the caller's, which this does not know.
            let at = (i.saturating_sub(10)..i - 2).rev().find(|&k| person_at(k).is_some())?;
            return (at > 0 && s.word(at - 1) == Some(ids.by)).then(|| person_at(at)).flatten();
        }
        None
    }

    /// "they": the nearest group of sides named before it in the sentence ("a summit of the leaders of X, Y and
    /// Z, in which they criticised …"); opening a sentence right after a meeting ("They discussed …"), the sides
    /// that met.
    fn they_after_meeting(&self, s: &Sentence, i: usize, discourse: &Discourse) -> Option<Vec<ActorInfo>> {
        let they = self.lex.ids.they;
        if s.word(i) != Some(they) {
            return None;
        }
        let mut k = i;
        while k > 0 {
            k -= 1;
            if s.is_actor(k) {
                // The start of the coordination that ends here.
                let mut first = k;
                while first > 0 {
                    let before = s.toks[first - 1];
                    let joins = before.punct == Some(',')
                        || before.word.is_some_and(|w| w == self.lex.ids.and || w == self.lex.ids.the);
                    if joins || before.actor.is_some() {
                        first -= 1;
                    } else {
                        break;
                    }
                }
                let start = (first..=k).find(|&j| s.is_actor(j))?;
                let group = self.coordinated(s, start, i).map(|(g, _)| g)?;
                return (sides(&group) >= 2).then_some(group);
            }
        }
        let opens = i == 0 || (i == 1 && s.toks[0].word.is_some_and(|w| self.lex.ids.adverbs.contains(&w)));
        if !opens {
            return None;
        }
        let g = discourse.groups.iter().rev().find(|g| g.meeting)?;
        (discourse.sentence.saturating_sub(g.sentence) <= 2).then(|| g.members.clone())
    }

    /// "the three nations", "both foreign ministers", "all four countries" at token `i`: the latest group of
    /// that many sides (people preferred for heads that name people), and the phrase's length in tokens.
    fn numbered_collective(
        &self,
        s: &Sentence,
        i: usize,
        discourse: &Discourse,
    ) -> Option<(Option<Vec<ActorInfo>>, usize)> {
        let ids = &self.lex.ids;
        let cues = &self.lex.cues;
        let number = |k: usize| s.word(k).and_then(|w| ids.numbers.iter().position(|&n| n == w)).map(|p| p + 2);
        let w = s.word(i)?;
        let (count, mut k) = if w == ids.both {
            (2, if s.word(i + 1) == Some(ids.the) { i + 2 } else { i + 1 })
        } else if w == ids.the || w == ids.all {
            let skip_the = w == ids.all && s.word(i + 1) == Some(ids.the);
            let at = if skip_the { i + 2 } else { i + 1 };
            (number(at)?, at + 1)
        } else {
            return None;
        };
        // Up to two modifiers before the head: "both foreign ministers", "the two North American neighbours".
        let limit = k + 3;
        let person = loop {
            let t = s.toks.get(k)?;
            if t.actor.is_some() || t.punct.is_some() || t.possessive || k >= limit {
                return None;
            }
            let word = t.word;
            if word.is_some_and(|w| cues.collective_person.contains(&w)) {
                break true;
            }
            if word.is_some_and(|w| cues.collective_head.contains(&w)) {
                break false;
            }
            if word.is_some_and(|w| self.lex.verb_forms.contains(&w)) {
                return None;
            }
            k += 1;
        };
        let usable = |g: &&RecentGroup| {
            sides(&g.members) == count && (g.meeting || discourse.sentence.saturating_sub(g.sentence) <= GROUP_MEMORY)
        };
        let people = |g: &&RecentGroup| g.members.iter().all(|a| a.kind == EntityType::Person);
        let recent = discourse.groups.iter().rev();
        let chosen = if person {
            recent.clone().filter(usable).find(people).or_else(|| recent.clone().find(usable))
        } else {
            recent.clone().find(usable)
        };
        // One actor per side: "both ministers" are the two people, not their countries besides.
        let one_per_side = |g: &RecentGroup| {
            let mut out: Vec<ActorInfo> = Vec::new();
            let preferred = g.members.iter().filter(|a| !person || a.kind == EntityType::Person);
            for a in preferred.chain(g.members.iter()) {
                if !out.iter().any(|o| o.code.is_some() && o.code == a.code || o.name == a.name) {
                    out.push(a.clone());
                }
            }
            out
        };
        Some((chosen.map(one_per_side), k + 1 - i))
    }

    #[allow(clippy::needless_range_loop)] // several parallel per-token and per-clause arrays
    fn split_clauses(&self, s: &mut Sentence, quotes: &[QuoteRegion]) {
        let lex = self.lex;
        let cues = &lex.cues;
        let n = s.toks.len();
        let mut exchange_at = vec![false; n];
        let mut verb_since_boundary = false;
        let mut straight_quotes = 0usize;
        for i in 0..n {
            let t = s.toks[i];
            let prev_actor = i > 0 && s.is_actor(i - 1);
            // `encourages "continued discussions between X and Y …"`: a quotation opening right after a verb that
            // does not report speech is that verb's object, in its clause.
            let opening = match t.punct {
                Some('\u{201C}') => true,
                Some('"') => {
                    straight_quotes += 1;
                    straight_quotes % 2 == 1
                }
                _ => false,
            };
            let object_quote = opening
                && i > 0
                && s.word(i - 1).is_some_and(|w| lex.verb_forms.contains(&w) && !cues.say.contains(&w))
                && s.toks.get(i + 1).is_some_and(|n| n.punct.is_none());
            // `the U.S. "has seriously damaged ties"`: a quotation opening right after an actor continues that
            // actor's clause as its predicate.
            let predicate_quote = opening && prev_actor && s.toks.get(i + 1).is_some_and(|n| n.punct.is_none());
            let boundary = match (t.punct, t.word) {
                (Some('\u{201C}' | '"'), _) if object_quote || predicate_quote => false,
                (Some(c), _) => match c {
                    ';' | ':' | '\u{201C}' | '\u{201D}' | '"' | '(' | ')' | '[' | ']' | '\u{2014}' => true,
                    ',' => {
                        let next_actor = (s.is_actor(i + 1) && !s.toks[i + 1].pronoun)
                            || (s.word(i + 1) == Some(lex.ids.and) && s.is_actor(i + 2))
                            || (s.word(i + 1) == Some(lex.ids.and)
                                && s.word(i + 2) == Some(lex.ids.the)
                                && s.is_actor(i + 3))
                            || (s.word(i + 1) == Some(lex.ids.the) && s.is_actor(i + 2));
                        // "his Japanese counterpart, Takeshi Iwaya,": an apposition naming the one just titled.
                        let prev_title = i > 0 && s.word(i - 1).is_some_and(|pw| cues.title.contains(&pw));
                        // "the envoys of nine countries, including A, B and C": the list belongs to the noun.
                        let including = s.word(i + 1) == Some(lex.ids.including)
                            && (s.is_actor(i + 2) || (s.word(i + 2) == Some(lex.ids.the) && s.is_actor(i + 3)));
                        !((prev_actor || prev_title) && next_actor) && !including
                    }
                    _ => false,
                },
                _ if i > 0
                    && (t.actor.is_some()
                        || (t.honorific && s.is_actor(i + 1) && !s.toks.get(i + 2).is_some_and(|n| n.possessive)))
                    && s.word(i - 1)
                        .is_some_and(|pw| cues.say.contains(&pw) && !lex.ids.addressee_say.contains(&pw)) =>
                {
                    true
                }
                // "Russia said the United States attacked Iran", "said his Qatari counterpart arrived": the
                // reported clause has its own subject.
                (None, Some(w))
                    if i > 0
                        && s.is_actor(i + 1)
                        && (lex.ids.determiners.contains(&w) || lex.ids.his_her.contains(&w))
                        && s.word(i - 1)
                            .is_some_and(|pw| cues.say.contains(&pw) && !lex.ids.addressee_say.contains(&pw)) =>
                {
                    true
                }
                (None, Some(w)) => {
                    if cues.boundary.contains(&w) {
                        true
                    } else if w == lex.ids.and {
                        // "A, B, C and D were summoned": the "and" that closes a list of actors joins, whatever follows.
                        let closes_list = prev_actor && i >= 3 && s.toks[i - 2].punct == Some(',') && s.is_actor(i - 3);
                        // "sent rescue teams and aid to Pakistan": a bare lemma after "and" continues the clause.
                        let opens = s
                            .word(i + 1)
                            .is_some_and(|nw| lex.verb_forms.contains(&nw) && !lex.base_forms.contains(&nw))
                            || (s.is_actor(i + 1)
                                && s.word(i + 2).is_some_and(|nw| lex.verb_forms.contains(&nw))
                                && verb_since_boundary)
                            || self.and_after_phrase_opens_clause(s, i);
                        opens && !(closes_list && s.is_actor(i + 1))
                    } else if lex.ids.subordinators.contains(&w)
                        && s.is_actor(i + 1)
                        // "Russia as well as China met …": joined actors, one subject.
                        && !(i >= 3
                            && s.word(i - 1) == Some(lex.ids.well)
                            && s.word(i - 2) == Some(lex.ids.as_)
                            && s.is_actor(i - 3))
                        && {
                        // "after Pompeo on Tuesday accused …": a weekday or an adverb may come between.
                        let mut j = i + 2;
                        while j < n && j < i + 5 && {
                            let tj = s.toks[j];
                            tj.actor.is_none()
                                && !tj.possessive
                                && tj.punct.is_none()
                                && tj
                                    .word
                                    .is_none_or(|x| lex.ids.interposed.contains(&x) || lex.ids.adverbs.contains(&x))
                        } {
                            j += 1;
                        }
                        s.word(j).is_some_and(|nw| lex.verb_forms.contains(&nw) || lex.ids.auxiliaries.contains(&nw))
                    } {
                        // "… fired a missile just as Blinken was visiting Seoul": a new clause with its own subject.
                        true
                    } else if cues.exchange.iter().any(|p| s.phrase_at(i, p)) {
                        exchange_at[i] = true;
                        true
                    } else {
                        false
                    }
                }
                _ => false,
            };
            s.toks[i].boundary = boundary && i > 0;
            if s.toks[i].boundary {
                verb_since_boundary = false;
            }
            if t.word.is_some_and(|w| lex.verb_forms.contains(&w)) {
                verb_since_boundary = true;
            }
        }
        Self::join_short_quotes(s);
        s.clause_of = Vec::with_capacity(n);
        s.clauses.clear();
        for i in 0..n {
            if i == 0 || s.toks[i].boundary {
                s.clauses.push(Clause { start: i, end: i, exchange: exchange_at[i], ..Default::default() });
            }
            let ci = s.clauses.len() - 1;
            s.clause_of.push(ci);
            if let Some(c) = s.clauses.last_mut() {
                c.end = i + 1;
            }
        }
        // Reporting and denial verbs.
        for c in &mut s.clauses {
            for i in c.start..c.end {
                if let Some(w) = s.toks[i].word {
                    if cues.say.contains(&w) && w != lex.ids.according {
                        c.has_say = true;
                    }
                    if cues.deny.contains(&w) {
                        c.has_deny = true;
                    }
                }
            }
        }
        // "X: ..." headlines, "according to X", reporters of quotes and "said that".
        let mut reporter: Option<String> = None;
        if s.toks.get(1).is_some_and(|t| t.punct == Some(':')) {
            reporter = s.group(0).and_then(|g| g.first()).map(|a| a.name.clone());
        }
        let according = (0..n)
            .find(|&i| s.word(i) == Some(lex.ids.according) && s.word(i + 1) == Some(lex.ids.to) && s.is_actor(i + 2))
            .and_then(|i| s.group(i + 2))
            .and_then(|g| g.first())
            .map(|a| a.name.clone());
        let mut say_subjects: Vec<Option<String>> = vec![None; s.clauses.len()];
        for ci in 0..s.clauses.len() {
            if s.clauses[ci].has_say {
                let end = s.clauses[ci].end;
                say_subjects[ci] = self
                    .clause_subject(s, ci, end)
                    .and_then(|g| g.first().cloned())
                    .map(|a| a.name)
                    .or_else(|| self.inherited_subject(s, ci).and_then(|g| g.first().cloned()).map(|a| a.name));
            }
        }
        let any_say = say_subjects.iter().flatten().next().cloned();
        let mut negated = false;
        for ci in 0..s.clauses.len() {
            let start_off = s.toks[s.clauses[ci].start].start;
            let quote = quotes.iter().find(|q| q.start <= start_off && start_off < q.end);
            let from_quote = quote.map(|q| q.speaker.clone().or_else(|| any_say.clone()));
            let c = &mut s.clauses[ci];
            // "rejected the call, arguing that …": a new reporting verb ends what a denial governs.
            if c.has_say && !c.has_deny {
                negated = false;
            }
            c.reporter = match from_quote {
                Some(r) => r,
                None => reporter.clone(),
            }
            .or_else(|| according.clone());
            c.negated = negated;
            if c.has_say {
                if let Some(sub) = &say_subjects[ci] {
                    reporter = Some(sub.clone());
                }
            }
            if c.has_deny {
                negated = true;
            }
        }
    }

    /// "rebukes from both countries and the Trump administration imposed tariffs": an "and" after actors that a
    /// preposition governs, followed by an actor (a role word may follow it) and a verb, opens a clause; a
    /// phrase of "of", "between" or "including" may hold a coordinated subject ("the leaders of X and Y met").
    fn and_after_phrase_opens_clause(&self, s: &Sentence, i: usize) -> bool {
        let lex = self.lex;
        let mut j = i + 1;
        if s.word(j) == Some(lex.ids.the) {
            j += 1;
        }
        if !s.is_actor(j) {
            return false;
        }
        let mut k = j + 1;
        if s.word(k).is_some_and(|w| lex.cues.gov_role.contains(&w) || lex.cues.mil_role.contains(&w)) {
            k += 1;
        }
        if !s.word(k).is_some_and(|w| lex.verb_forms.contains(&w) || lex.ids.auxiliaries.contains(&w)) {
            return false;
        }
        let mut b = i;
        while b > 0 {
            b -= 1;
            let t = s.toks[b];
            let in_list = t.actor.is_some()
                || t.punct == Some(',')
                || t.word.is_some_and(|w| w == lex.ids.and || w == lex.ids.the);
            if !in_list {
                break;
            }
        }
        b + 1 < i
            && s.word(b).is_some_and(|w| {
                lex.cues.preposition.contains(&w)
                    && w != lex.ids.of
                    && w != lex.ids.including
                    && !lex.ids.list_prepositions.contains(&w)
            })
    }

    /// The actors that govern an anchor at token `anchor` in clause `ci`.
    fn subject(&self, s: &Sentence, ci: usize, anchor: usize) -> Option<Vec<ActorInfo>> {
        let c = s.clauses.get(ci)?;
        // A possessor right before a nominal anchor: "Blinken's visit to". A possessive pronoun nearer to it
        // ("North Korea's launch during his visit") stands for a person, so a subject that is none is not the source.
        let lo = anchor.saturating_sub(4).max(c.start);
        for k in (lo..anchor).rev() {
            // "his [Japanese counterpart]" determines an actor, it does not stand for a person.
            if s.word(k).is_some_and(|w| self.lex.ids.his_her.contains(&w)) && !s.is_actor(k + 1) {
                let subject = self.clause_subject(s, ci, anchor)?;
                return subject.iter().all(|a| a.kind == EntityType::Person).then_some(subject);
            }
            if s.toks[k].possessive && k > c.start && s.is_actor(k - 1) {
                return self.coordinated(s, k - 1, anchor).map(|(g, _)| g);
            }
        }
        self.clause_subject(s, ci, anchor)
    }

    /// The first actor of a clause before `limit` that no preposition governs
    /// (possessors count: "during Blinken's visit").
    fn clause_subject(&self, s: &Sentence, ci: usize, anchor: usize) -> Option<Vec<ActorInfo>> {
        let c = s.clauses.get(ci)?;
        let mut governed = false;
        let mut governed_by_of = false;
        let mut governed_by_including = false;
        // "The government of Donald Trump bombed …", "advisors of India and Pakistan held talks": with no
        // ungoverned actor, the first actor after "of" in the subject phrase.
        let mut of_actor: Option<Vec<ActorInfo>> = None;
        let of = Some(self.lex.ids.of);
        let mut i = c.start;
        while i < anchor.min(c.end) {
            let t = s.toks[i];
            if t.actor.is_some() && t.qualifier {
                i += 1;
                continue;
            }
            if t.actor.is_some() {
                let possessor = s.toks.get(i + 1).is_some_and(|n| n.possessive);
                if governed {
                    // "In response to Russia's expulsion of …, the State Department declared …": a possessor inside
                    // a prepositional phrase is the subject only when no ungoverned actor follows. "The members of
                    // the Council, including China, condemned …": the members named act, not the body.
                    if (governed_by_of || possessor || governed_by_including)
                        && (of_actor.is_none() || governed_by_including)
                    {
                        of_actor = self.coordinated(s, i, anchor).map(|(g, _)| g);
                    }
                    governed_by_including = false;
                    governed = false;
                    governed_by_of = false;
                    i = self.coordinated(s, i, anchor).map(|(_, end)| end).unwrap_or(i + 1);
                    // "with NSA Ajit Doval": a name right after a governed actor is governed with it.
                    while i < anchor.min(c.end) && s.is_actor(i) {
                        i += 1;
                    }
                    continue;
                }
                return self.coordinated(s, i, anchor).map(|(g, _)| g);
            }
            // A preposition inside a title ("Secretary of State Marco Rubio") governs nothing.
            let in_title = i > c.start
                && s.toks[i - 1].word.is_some_and(|w| self.lex.cues.title.contains(&w))
                && s.toks.get(i + 1).is_some_and(|n| n.capitalised || n.actor.is_some());
            // "… after Turkey launched exercises": the subordinator that opens the clause governs no actor.
            let opens_clause = i == c.start && t.word.is_some_and(|w| self.lex.ids.subordinators.contains(&w));
            // "later in the day South Korean Foreign Minister Yun …": a common noun closes the phrase the
            // preposition governs when a name starts right after it.
            let noun_closes = governed
                && t.punct.is_none()
                && !t.capitalised
                && !t.absorbed
                && !t.possessive
                && t.word.is_none_or(|w| {
                    !self.lex.cues.preposition.contains(&w)
                        && !self.lex.cues.title.contains(&w)
                        && !self.lex.verb_forms.contains(&w)
                        && !self.lex.ids.determiners.contains(&w)
                        && !self.lex.ids.quantifiers.contains(&w)
                        && w != self.lex.ids.and
                })
                && s.toks.get(i + 1).is_some_and(|n| n.actor.is_some() || n.absorbed);
            if noun_closes {
                governed = false;
                governed_by_of = false;
            }
            if t.word.is_some_and(|w| self.lex.cues.preposition.contains(&w)) && !in_title && !opens_clause {
                // "countries, including A, B and C, have sent …": the list is the subject.
                // "a spokesman for the Iranian foreign ministry", "the statement by the Chinese embassy": the one
                // the speaker or the statement stands for.
                let prev_word = if i > c.start { s.toks[i - 1].word } else { None };
                let speaker_for =
                    t.word == Some(self.lex.ids.for_) && prev_word.is_some_and(|w| self.lex.cues.gov_role.contains(&w));
                let statement_by = t.word == Some(self.lex.ids.by)
                    && prev_word.is_some_and(|w| self.lex.ids.communication.contains(&w));
                // "a high-level delegation from Pakistan arrived": the side that sent it.
                let sent_from =
                    t.word == Some(self.lex.ids.from) && prev_word.is_some_and(|w| self.lex.cues.delegate.contains(&w));
                let of_like =
                    t.word == of || t.word == Some(self.lex.ids.including) || speaker_for || statement_by || sent_from;
                governed_by_of = !governed && of_like && i > c.start && s.toks[i - 1].actor.is_none();
                governed_by_including =
                    t.word == Some(self.lex.ids.including) && i > c.start && s.toks[i - 1].actor.is_none();
                governed = true;
            }
            i += 1;
        }
        of_actor
    }

    /// The subject of the previous clause, for clauses that continue it
    /// ("Russia offers technology and assists with ..."), or the antecedent of "who".
    fn inherited_subject(&self, s: &Sentence, ci: usize) -> Option<Vec<ActorInfo>> {
        if ci == 0 {
            return None;
        }
        let c = s.clauses.get(ci)?;
        let first = s.toks.get(c.start)?;
        let continues = first.punct == Some(',') || first.word == Some(self.lex.ids.and) || first.word.is_some();
        if !continues {
            return None;
        }
        let relative = first.word.is_some_and(|w| self.lex.ids.relative.contains(&w));
        if relative {
            // "who"/"which" right after an actor refers to it; "that"-complements do not inherit.
            let mut k = c.start;
            while k > 0 {
                k -= 1;
                if s.toks[k].punct == Some(',') {
                    continue;
                }
                // "which"/"who" right after a named actor stands for it ("the Commerce Department, which is
                // imposing …"); "that" may open a complement, so only a person is taken for it.
                let pronoun = first.word.is_some_and(|w| w == self.lex.ids.which || w == self.lex.ids.who);
                // "Russia and China, which held talks …": the whole coordination is the antecedent.
                let whole = pronoun.then(|| self.coordination_ending_at(s, k)).flatten();
                return whole
                    .or_else(|| s.group(k).cloned())
                    .filter(|g| pronoun || g.iter().all(|a| a.kind == EntityType::Person));
            }
            return None;
        }
        let prev = s.clauses.get(ci - 1)?;
        // "Iran, which blames Israel for the attack, fired missiles …": after a relative clause the sentence goes
        // on with the relative's antecedent, not with the relative clause's object.
        let mut first = prev.start;
        while first < prev.end && s.toks[first].punct.is_some() {
            first += 1;
        }
        let after_relative = s.word(first).is_some_and(|w| w == self.lex.ids.which || w == self.lex.ids.who);
        if after_relative && ci >= 2 {
            return self.inherited_subject(s, ci - 1);
        }
        if let Some(g) = self.clause_subject(s, ci - 1, prev.end) {
            return Some(g);
        }
        // "He underscored that a settlement is the only way out of the crisis, while urging Washington to …": a
        // reported "that"-complement with no subject of its own is passed over; what follows continues the clause
        // that reported it.
        let bare_complement = ci >= 2
            && s.word(prev.start) == Some(self.lex.ids.that)
            && s.clauses.get(ci - 2).is_some_and(|c| c.has_say);
        if bare_complement {
            let before = s.clauses.get(ci - 2)?;
            return self.clause_subject(s, ci - 2, before.end).or_else(|| self.inherited_subject(s, ci - 2));
        }
        self.inherited_subject(s, ci - 1)
    }

    /// The coordination of actors that ends with the actor at `k` ("Russia and China" for k at "China"), when
    /// it has more than one member.
    fn coordination_ending_at(&self, s: &Sentence, k: usize) -> Option<Vec<ActorInfo>> {
        if !s.is_actor(k) {
            return None;
        }
        let mut first = k;
        let mut j = k;
        while j > 0 && k - j < 12 {
            j -= 1;
            let t = s.toks[j];
            if t.actor.is_some() {
                first = j;
            } else if !(t.punct == Some(',') || t.word.is_some_and(|w| w == self.lex.ids.and || w == self.lex.ids.the))
            {
                break;
            }
        }
        if first == k {
            return None;
        }
        let (group, end) = self.coordinated(s, first, k + 1)?;
        (end == k + 1 && group.len() > 1).then_some(group)
    }

    /// The actor at `i` with the actors coordinated to it ("Russia and North
    /// Korea", "A, B and C"), not reaching `limit`; returns them and the token after.
    fn coordinated(&self, s: &Sentence, i: usize, limit: usize) -> Option<(Vec<ActorInfo>, usize)> {
        let mut group = s.group(i)?.clone();
        let mut k = i + 1;
        loop {
            let and = Some(self.lex.ids.and);
            // A surname the recogniser left outside a person's name: "Abdel-Fattah al-Sisi and French President …".
            let person = s.group(k - 1).is_some_and(|g| g.iter().all(|a| a.kind == EntityType::Person));
            let stray_surname = s.toks.get(k).is_some_and(|t| t.actor.is_none() && t.name_part && !t.possessive);
            if person && stray_surname && s.word(k + 1) == and && k + 1 < limit {
                k += 1;
            }
            // A name or remark in brackets after an actor: "the Kyrgyzstan [Chingiz Aidarbekov] and Tajikistan".
            if let Some(close) = self.bracketed_span_end(s, k).filter(|&c| c + 1 < limit) {
                let next = s.toks.get(close + 1);
                if s.word(close + 1) == and || next.is_some_and(|t| t.punct == Some(',')) {
                    k = close + 1;
                }
            }
            // "Russia, France, Britain, the United States and China - as well as Germany": "as well as" joins
            // like "and".
            let ids = &self.lex.ids;
            let as_well_as =
                s.word(k) == Some(ids.as_) && s.word(k + 1) == Some(ids.well) && s.word(k + 2) == Some(ids.as_);
            if as_well_as && s.is_actor(k + 3) && k + 3 < limit {
                if let Some(g) = s.group(k + 3) {
                    group.extend(g.iter().cloned());
                    k += 4;
                    continue;
                }
            }
            let step = if s.toks.get(k).is_some_and(|t| t.possessive) {
                None
            } else if s.word(k) == and && s.is_actor(k + 1) && k + 1 < limit {
                Some(k + 1)
            } else if s.word(k) == and {
                // "Xi and his Russian counterpart(,) Vladimir Putin", "Tillerson and Chinese Foreign Minister Wang Yi".
                self.titled_actor_after(s, k + 1).filter(|&j| j < limit)
            } else if s.toks.get(k).is_some_and(|t| t.punct == Some(',')) {
                // "A, B and C" is a list; "At a meeting with A, B condemned …" is not: a comma joins actors only
                // when the list goes on after them.
                let list_goes_on = s.word(k + 2) == and || s.toks.get(k + 2).is_some_and(|t| t.punct == Some(','));
                // Headlines join two sides with a comma: "China, Russia sign energy deal".
                let headline_pair =
                    self.headline && k == i + 1 && s.word(k + 2).is_some_and(|w| self.lex.verb_forms.contains(&w));
                if s.is_actor(k + 1)
                    && !s.toks[k + 1].pronoun
                    && k + 1 < limit
                    && (list_goes_on || k > i + 1 || headline_pair)
                {
                    Some(k + 1)
                } else if s.word(k + 1) == and && s.is_actor(k + 2) && k + 2 < limit {
                    Some(k + 2)
                } else if s.word(k + 1) == and && s.word(k + 2) == Some(self.lex.ids.the) && s.is_actor(k + 3) {
                    Some(k + 3).filter(|&j| j < limit)
                } else if let Some(j) = self.titled_actor_after(s, k + 1).filter(|&j| j < limit) {
                    // "Biegun, Armenian Foreign Minister Mnatsakanyan and his Azerbaijani counterpart Bayramov": a
                    // list of titled people, when an "and" closes it.
                    let closes =
                        (j + 1..(j + 10).min(limit).min(s.toks.len())).take_while(|&q| !s.toks[q].boundary).any(|q| {
                            s.word(q) == and && (s.is_actor(q + 1) || self.titled_actor_after(s, q + 1).is_some())
                        });
                    closes.then_some(j)
                } else {
                    None
                }
            } else {
                None
            };
            match step.and_then(|j| s.group(j).map(|g| (j, g))) {
                Some((j, g)) => {
                    group.extend(g.iter().cloned());
                    k = j + 1;
                }
                None => break,
            }
        }
        Some((group, k))
    }

    /// The closing bracket of a short bracketed span opening at `i` ("(Chingiz Aidarbekov)", "[SCO]"), when
    /// the span holds no clause break.
    fn bracketed_span_end(&self, s: &Sentence, i: usize) -> Option<usize> {
        let close = match s.toks.get(i)?.punct? {
            '(' => ')',
            '[' => ']',
            _ => return None,
        };
        (i + 1..(i + 8).min(s.toks.len()))
            .take_while(|&q| q == i + 1 || !s.toks[q].boundary || s.toks[q].punct == Some(close))
            .find(|&q| s.toks[q].punct == Some(close))
    }

    /// The actor that a run of title words starting at `i` introduces ("his Japanese counterpart, Takeshi
    /// Iwaya", "Chinese Foreign Minister Wang Yi"); only when the run holds a title word or a folded country word.
    fn titled_actor_after(&self, s: &Sentence, i: usize) -> Option<usize> {
        let mut k = i;
        let mut titled = false;
        while k < s.toks.len() && k < i + 6 {
            let t = s.toks.get(k)?;
            if t.actor.is_some() {
                return titled.then_some(k);
            }
            let comma_before_name = t.punct == Some(',') && titled && s.is_actor(k + 1);
            if !(self.is_title(s, k) || comma_before_name) {
                return None;
            }
            titled |= t.absorbed || t.word.is_some_and(|w| self.lex.cues.title.contains(&w));
            k += 1;
        }
        None
    }

    fn sentence_drafts(&self, s: &Sentence, quotes: &[QuoteRegion], discourse: &mut Discourse) -> Vec<Draft> {
        let _ = quotes;
        if s.toks.iter().any(|t| t.word.is_some_and(|w| self.lex.cues.sport.contains(&w))) {
            self.update_discourse(s, &[], discourse);
            return Vec::new();
        }
        let mut matches: Vec<Match> = Vec::new();
        let n = s.toks.len();
        // A pattern can only match when every word it requires is in the sentence: checked once per pattern
        // (0 unknown, 1 possible, 2 impossible) before the matcher walks gaps and slots.
        let mut present: Vec<u32> = s.toks.iter().filter_map(|t| t.word).collect();
        present.sort_unstable();
        present.dedup();
        let mut feasible = vec![0u8; self.lex.patterns.len()];
        let mut possible = |pi: u32| {
            let slot = &mut feasible[pi as usize];
            if *slot == 0 {
                let p = &self.lex.patterns[pi as usize];
                let all = p.elems.iter().all(|e| match e {
                    Elem::Words(ws) => present.iter().any(|w| ws.binary_search(w).is_ok()),
                    _ => true,
                });
                *slot = if all { 1 } else { 2 };
            }
            *slot == 1
        };
        for i in 0..n {
            if let Some(w) = s.toks[i].word {
                if let Some(list) = self.lex.by_first_word.get(&w) {
                    for &pi in list {
                        if possible(pi) {
                            self.try_match(s, pi, i, &mut matches);
                        }
                    }
                }
            }
            let actor_start = s.is_actor(i) || (s.word(i) == Some(self.lex.ids.the) && s.is_actor(i + 1));
            if actor_start {
                for &pi in &self.lex.slot_initial {
                    if possible(pi) {
                        self.try_match(s, pi, i, &mut matches);
                    }
                }
            }
        }
        matches.sort_by_key(|m| {
            let p = &self.lex.patterns[m.pattern as usize];
            let first = m.literals.first().copied().unwrap_or(0);
            let span = m.source.iter().chain(&m.target).chain(&m.literals).map(|&k| k.abs_diff(first)).max();
            (std::cmp::Reverse(p.literals), p.line, first, span)
        });
        let mut used: HashSet<usize> = HashSet::new();
        let mut drafts: Vec<Draft> = Vec::new();
        for m in matches {
            if m.literals.iter().any(|l| used.contains(l)) {
                continue;
            }
            let before = drafts.len();
            self.drafts_for(s, &m, &mut drafts, discourse);
            if drafts.len() > before {
                used.extend(m.literals.iter().copied());
            }
        }
        drafts.sort_by_key(|d| (d.anchor, d.code.clone()));
        self.add_exchanges(s, &mut drafts);
        let mut seen = HashSet::new();
        drafts.retain(|d| {
            seen.insert((d.source.name.clone(), d.target.as_ref().map(|t| t.name.clone()), d.code.clone(), d.clause))
        });
        drafts.retain_mut(|d| {
            if d.retaliation && d.target.is_none() {
                let code = d.source.code.as_deref();
                d.target = discourse
                    .hostile
                    .iter()
                    .rev()
                    .find(|(src, tgt)| Some(tgt.as_str()) == code && src.code.as_deref() != code)
                    .map(|(src, _)| src.clone());
                return d.target.is_some();
            }
            if !d.antecedent || d.target.is_some() {
                return true;
            }
            // "condemned the attack": the last aggressor; with none known, an attack by an unknown hand.
            match &discourse.last_aggressor {
                Some(a) => {
                    d.target = Some(a.clone()).filter(|a| a.code.is_some() && a.code != d.source.code);
                    d.target.is_some()
                }
                None => true,
            }
        });
        self.update_discourse(s, &drafts, discourse);
        drafts
    }

    fn try_match(&self, s: &Sentence, pi: u32, start: usize, out: &mut Vec<Match>) {
        let p = &self.lex.patterns[pi as usize];
        let mut m = Match { pattern: pi, literals: Vec::new(), source: Vec::new(), target: Vec::new() };
        if self.match_elems(s, p, 0, start, &mut m) {
            out.push(m);
        }
    }

    fn match_elems(&self, s: &Sentence, p: &Pattern, ei: usize, ti: usize, m: &mut Match) -> bool {
        let Some(elem) = p.elems.get(ei) else { return true };
        // The quotation marks of a few quoted words inside the clause (opposed the "aggressive behaviour" of X).
        let inner_quote =
            s.toks.get(ti).is_some_and(|t| !t.boundary && matches!(t.punct, Some('"' | '\u{201C}' | '\u{201D}')));
        if inner_quote && !matches!(elem, Elem::Gap) && ti > 0 {
            return self.match_elems(s, p, ei, ti + 1, m);
        }
        match elem {
            Elem::Words(ws) => {
                let ok = s.word(ti).is_some_and(|w| ws.binary_search(&w).is_ok());
                if ok {
                    m.literals.push(ti);
                    if self.match_elems(s, p, ei + 1, ti + 1, m) {
                        return true;
                    }
                    // "met separately with", "condemned strongly": an adverb may follow a word of the pattern.
                    if s.toks.get(ti + 1).is_some_and(|t| t.adverb) && self.match_elems(s, p, ei + 1, ti + 2, m) {
                        return true;
                    }
                    m.literals.pop();
                }
                false
            }
            Elem::Optional(ws) => {
                if s.word(ti).is_some_and(|w| ws.binary_search(&w).is_ok()) {
                    m.literals.push(ti);
                    if self.match_elems(s, p, ei + 1, ti + 1, m) {
                        return true;
                    }
                    m.literals.pop();
                }
                self.match_elems(s, p, ei + 1, ti, m)
            }
            Elem::Gap => {
                let after_slot = ei > 0 && matches!(p.elems.get(ei - 1), Some(Elem::Source(_) | Elem::Target(_)));
                // Quotation marks inside the clause (the "meddlesome" and "offensive" remarks) do not count.
                let mut counted = 0;
                let mut next = ti;
                loop {
                    if next > s.toks.len() {
                        break;
                    }
                    // `urged Iran "to exercise restraint"`: a quotation that opens on the infinitive continues the clause.
                    let quoted_infinitive = |k: usize| {
                        s.toks.get(k).is_some_and(|t| matches!(t.punct, Some('"' | '\u{201C}')))
                            && s.word(k + 1) == Some(self.lex.ids.to)
                    };
                    if next > ti
                        && s.toks.get(next - 1).is_some_and(|t| {
                            (t.boundary && !quoted_infinitive(next - 1))
                                || (after_slot && t.actor.is_some() && !self.passable_actor(s, next - 1))
                        })
                    {
                        break;
                    }
                    if self.match_elems(s, p, ei + 1, next, m) {
                        return true;
                    }
                    let quote =
                        s.toks.get(next).is_some_and(|t| matches!(t.punct, Some('"' | '\u{201C}' | '\u{201D}')));
                    if !quote {
                        counted += 1;
                    }
                    if counted > MAX_GAP {
                        break;
                    }
                    next += 1;
                }
                false
            }
            Elem::Source(poss) | Elem::Target(poss) => {
                let is_source = matches!(elem, Elem::Source(_));
                // "the worst hit of the three countries": a slot does not start with "of".
                if s.word(ti) == Some(self.lex.ids.of) {
                    return false;
                }
                let mut at = ti;
                while at < s.toks.len() && at < ti + 6 && !s.is_actor(at) && self.is_title(s, at) {
                    at += 1;
                }
                if !s.is_actor(at) {
                    at = self.title_run(s, ti).unwrap_or(at);
                }
                if !s.is_actor(at) {
                    at = self.demonym_after(s, at).unwrap_or(at);
                }
                if !s.is_actor(at) || (is_source && s.toks[at].qualifier) {
                    return false;
                }
                // "NSA Ajit Doval": a body named right before a person is the person's title.
                let person = |k: usize| s.group(k).is_some_and(|g| g.iter().all(|a| a.kind == EntityType::Person));
                if !person(at) && s.is_actor(at + 1) && person(at + 1) {
                    at += 1;
                }
                let mut options: Vec<usize> = Vec::with_capacity(2);
                if let Some((_, end)) = self.coordinated(s, at, s.toks.len()) {
                    if end > at + 1 {
                        options.push(end);
                    }
                }
                options.push(at + 1);
                for end in options {
                    let members: Vec<usize> = (at..end).filter(|&k| s.is_actor(k)).collect();
                    // "the US state secretary's tweets": title words may stand between the actor and its "'s".
                    let mut poss_at = end;
                    while poss_at < end + 3
                        && s.toks.get(poss_at).is_some_and(|t| {
                            t.punct.is_none()
                                && !t.possessive
                                && t.actor.is_none()
                                && t.word.is_some_and(|w| {
                                    w != self.lex.ids.the
                                        && w != self.lex.ids.of
                                        && (self.lex.cues.title.contains(&w) || self.lex.cues.gov_role.contains(&w))
                                })
                        })
                    {
                        poss_at += 1;
                    }
                    let has_poss = s.toks.get(poss_at).is_some_and(|t| t.possessive);
                    let mut nexts: Vec<usize> = Vec::with_capacity(2);
                    if has_poss {
                        nexts.push(poss_at + 1);
                    }
                    if !*poss {
                        nexts.push(end);
                    }
                    for next in nexts {
                        let slot = if is_source { &mut m.source } else { &mut m.target };
                        let saved = std::mem::replace(slot, members.clone());
                        if self.match_elems(s, p, ei + 1, next, m) {
                            return true;
                        }
                        let slot = if is_source { &mut m.source } else { &mut m.target };
                        *slot = saved;
                    }
                }
                false
            }
        }
    }

    /// An actor a gap after a slot may pass over: a place after "at"/"in" ("joined X at the White House for a
    /// summit"), or a country word used as an adjective ("for a North American Leaders' Summit").
    fn passable_actor(&self, s: &Sentence, k: usize) -> bool {
        let ids = &self.lex.ids;
        let place_word = |j: usize| s.word(j).is_some_and(|w| w == ids.at || w == ids.in_);
        let place = k > 0 && (place_word(k - 1) || (k > 1 && s.word(k - 1) == Some(ids.the) && place_word(k - 2)));
        let adjective = s.group(k).is_some_and(|g| g.iter().all(|a| a.kind == EntityType::Norp))
            && s.toks.get(k + 1).is_some_and(|n| n.actor.is_none() && n.punct.is_none() && !n.possessive);
        place || adjective
    }

    /// Tokens that may stand between a preposition and an actor: "the", titles,
    /// country words folded into a person ("with South Korean Foreign Minister Cho").
    fn is_title(&self, s: &Sentence, i: usize) -> bool {
        let Some(t) = s.toks.get(i) else { return false };
        // "with Iraq's Deputy Prime Minister Tamim": the possessive of a country folded into the person.
        if t.possessive && i > 0 && s.toks[i - 1].absorbed {
            return true;
        }
        if t.boundary || t.punct.is_some() {
            return false;
        }
        t.absorbed
            || t.honorific
            || t.word.is_some_and(|w| {
                w == self.lex.ids.the || self.lex.cues.title.contains(&w) || self.lex.cues.gov_role.contains(&w)
            })
    }

    /// The actor that ends a run of title words which may hold capitalised words no title list knows ("the
    /// Designated Foreign Minister of Colombia", "Argentine Congresswoman-elect Diana Mondino"); only when the
    /// run holds a true title word or a country word folded into the person.
    fn title_run(&self, s: &Sentence, i: usize) -> Option<usize> {
        let ids = &self.lex.ids;
        let cues = &self.lex.cues;
        let mut titled = false;
        for k in i..(i + 7).min(s.toks.len()) {
            let t = s.toks[k];
            if t.actor.is_some() {
                return titled.then_some(k);
            }
            if self.is_title(s, k) {
                titled |= t.absorbed
                    || t.word.is_some_and(|w| {
                        w != ids.the && w != ids.of && (cues.title.contains(&w) || cues.gov_role.contains(&w))
                    });
                continue;
            }
            let name_word = t.capitalised
                && t.punct.is_none()
                && !t.boundary
                && !t.possessive
                && t.word.is_none_or(|w| !self.lex.verb_forms.contains(&w));
            if !name_word {
                return None;
            }
        }
        None
    }

    /// A country word after a few plain modifiers ("on seven top Russian officials", "expel 23 British
    /// diplomats"): the people or things it qualifies belong to that country.
    fn demonym_after(&self, s: &Sentence, i: usize) -> Option<usize> {
        for k in i..(i + 4).min(s.toks.len()) {
            let t = s.toks[k];
            if t.actor.is_some() {
                // "sanctioning four US officials": a country's name used as an adjective, like a demonym.
                let modifies_noun = s.toks.get(k + 1).is_some_and(|n| {
                    n.actor.is_none() && n.punct.is_none() && !n.possessive && !n.capitalised && n.word.is_some()
                });
                let demonym = s.group(k).and_then(|g| g.first()).is_some_and(|a| {
                    a.kind == EntityType::Norp || (a.country && a.kind == EntityType::Gpe && modifies_noun)
                });
                return (demonym && k > i).then_some(k);
            }
            let plain = t.punct.is_none()
                && !t.boundary
                && !t.capitalised
                && t.word.is_none_or(|w| {
                    self.lex.ids.determiners.contains(&w)
                        || self.lex.ids.quantifiers.contains(&w)
                        || (w != self.lex.ids.of && self.lex.cues.title.contains(&w))
                });
            if !plain {
                return None;
            }
        }
        None
    }

    /// Whether the actor at `k` (if any) may be the one who acted in a noun phrase about an act: not after
    /// "on", "in", "at", "against", "to" or "near", and not a place name (other than a country's abbreviation)
    /// right before a common noun.
    fn names_the_actor(&self, s: &Sentence, k: usize) -> bool {
        if !s.is_actor(k) {
            return false;
        }
        let ids = &self.lex.ids;
        // "the attack on former US President Donald Trump": titles stand between the preposition and the name.
        let mut j = k;
        while j > 0 && k - j < 6 && self.is_title(s, j - 1) && s.word(j - 1) != Some(ids.of) {
            j -= 1;
        }
        let prev = if j > 0 { s.word(j - 1) } else { None };
        if prev.is_some_and(|w| ids.victim_prepositions.contains(&w)) {
            return false;
        }
        let possessive = s.toks.get(k + 1).is_some_and(|t| t.possessive);
        // A country's abbreviation before the noun is who acted ("the US strikes"); a place name is where ("the
        // Kabul attack", "France terrorist attack").
        let abbreviation =
            s.toks.get(k).is_some_and(|t| t.acronym) && s.group(k).is_some_and(|g| g.iter().all(|a| a.country));
        let place = s.group(k).is_some_and(|g| g.iter().all(|a| matches!(a.kind, EntityType::Gpe | EntityType::Loc)))
            && !abbreviation
            && !possessive
            && s.toks.get(k + 1).is_some_and(|t| {
                // "the United States for the strikes": a preposition after the name makes it the one named, not a
                // place qualifying a noun.
                let function_word = t.word.is_some_and(|w| w == ids.and || self.lex.cues.preposition.contains(&w));
                t.actor.is_none() && t.punct.is_none() && !t.capitalised && !function_word
            });
        !place
    }

    fn members(&self, s: &Sentence, toks: &[usize]) -> Vec<ActorInfo> {
        toks.iter().filter_map(|&k| s.group(k)).flatten().cloned().collect()
    }

    fn drafts_for(&self, s: &Sentence, m: &Match, out: &mut Vec<Draft>, discourse: &Discourse) {
        let p = &self.lex.patterns[m.pattern as usize];
        let Some(&anchor) = m.literals.first() else { return };
        let Some(&ci) = s.clause_of.get(anchor) else { return };
        let Some(clause) = s.clauses.get(ci) else { return };
        if clause.negated {
            return;
        }
        // "condemned North Korea's launch", "the launch by North Korea": an actor named in the rest of the
        // clause as the one acting is the explicit target, for the ordinary patterns to find. Victims and places
        // ("the attack on Trump", "the France terrorist attack", "the attack in Nice") are not.
        if p.antecedent && (anchor..clause.end).any(|k| self.names_the_actor(s, k)) {
            return;
        }
        if p.retaliation && (anchor..clause.end).any(|k| s.is_actor(k)) {
            return;
        }
        let ids = &self.lex.ids;
        let prev_word =
            anchor.checked_sub(1).and_then(|k| s.toks.get(k)).filter(|t| t.actor.is_none()).and_then(|t| t.word);
        // "the capture of Maduro": a verb form used as a noun.
        if p.verb_anchor && prev_word.is_some_and(|w| ids.determiners.contains(&w)) {
            return;
        }
        // "tariffs on imports from the EU": a verb form right after a preposition (other than the infinitive's
        // "to") is a noun unless it is a gerund ("after meeting Putin").
        let gerund = s.word(anchor).is_some_and(|w| self.lex.ing_forms.contains(&w));
        if p.verb_anchor && !gerund && prev_word.is_some_and(|w| w != ids.to && self.lex.cues.preposition.contains(&w))
        {
            return;
        }
        // "the Iranian convict Navid Afkari", "a Russian attack": a bare verb form right after a country
        // adjective is a noun.
        let after_demonym = p.verb_anchor
            && anchor > 0
            && s.toks[anchor - 1].actor.is_some()
            && s.group(anchor - 1).is_some_and(|g| g.iter().all(|a| a.kind == EntityType::Norp))
            && s.word(anchor).is_some_and(|w| self.lex.base_forms.contains(&w));
        if after_demonym {
            return;
        }
        // "returned fire after a rocket …": a bare verb form right after a finite verb in "-ed" is its object.
        let after_finite_verb = p.verb_anchor
            && anchor > clause.start
            && s.toks[anchor - 1].actor.is_none()
            && prev_word.is_some_and(|w| self.lex.ed_forms.contains(&w) && !self.lex.base_forms.contains(&w))
            && s.word(anchor).is_some_and(|w| self.lex.base_forms.contains(&w));
        if after_finite_verb {
            return;
        }
        // "the first such visit by an Indian team": a passive needs a participle or an auxiliary ("was hit by");
        // a bare form before "by" without one is the noun.
        let bare = s.word(anchor).is_some_and(|w| self.lex.base_forms.contains(&w) && !self.lex.ed_forms.contains(&w));
        let noun_before_by =
            bare && s.word(anchor + 1) == Some(ids.by) && !prev_word.is_some_and(|w| ids.auxiliaries.contains(&w));
        if p.passive && p.verb_anchor && noun_before_by {
            return;
        }
        // "companies trading with Iran": a participle after a common noun has that noun as its subject.
        let participle = s.word(anchor).is_some_and(|w| self.lex.ing_forms.contains(&w));
        // "the meeting with X" under a noun pattern (`@TALKS with +`) is the noun, not a participle.
        if participle && p.verb_anchor && !p.has_source {
            // "issued a statement warning Ukraine", "while calling on Israel": the issuer is the subject.
            let after_noun = anchor.checked_sub(1).and_then(|k| s.toks.get(k)).is_some_and(|t| {
                t.actor.is_none()
                    && t.punct.is_none()
                    && !t.capitalised
                    && t.word.is_none_or(|w| {
                        !self.lex.verb_forms.contains(&w)
                            && !ids.verb_context.contains(&w)
                            && !ids.communication.contains(&w)
                            && !self.lex.cues.boundary.contains(&w)
                    })
            });
            // "has been repeatedly lodging": an auxiliary two words back makes it a verb phrase.
            let aux_before = anchor
                .checked_sub(2)
                .and_then(|k| s.toks.get(k))
                .and_then(|t| t.word)
                .is_some_and(|w| ids.auxiliaries.contains(&w));
            if after_noun && !aux_before {
                return;
            }
        }
        // "Blaming Russia for the attack, the UK said …": a sentence-opening participle clause has the main
        // clause's subject.
        let opening_participle = participle && anchor == 0 && ci == 0;
        // "remarks by Pompeo accusing Iran …": a participle right after an actor has that actor as subject.
        let actor_before =
            if participle && anchor > clause.start && s.is_actor(anchor - 1) && !s.toks[anchor - 1].qualifier {
                s.group(anchor - 1).cloned()
            } else {
                None
            };
        // "In a phone call with Sa'ar, Tajani urged …": a clause-opening prepositional phrase belongs to the
        // subject that follows it.
        // So does an opening participle clause: "Speaking after a meeting with Wang Yi, Hammond said …".
        let opening_phrase = ci == 0
            && anchor > clause.start
            && (s.word(clause.start).is_some_and(|w| self.lex.cues.preposition.contains(&w))
                || (clause.start == 0 && s.toks[0].ing && s.toks[0].capitalised));
        // "announced that it would expel …": "it" in a reported complement is the one reporting.
        let reported_it = ci > 0
            && s.word(clause.start) == Some(ids.that)
            && s.word(clause.start + 1).is_some_and(|w| ids.it_they.contains(&w))
            && s.clauses.get(ci - 1).is_some_and(|c| c.has_say);
        let subject = || {
            if opening_participle {
                let next = s.clauses.get(1)?;
                return self.clause_subject(s, 1, next.end);
            }
            if let Some(g) = &actor_before {
                return Some(g.clone());
            }
            let found = self.subject(s, ci, anchor).or_else(|| self.inherited_subject(s, ci));
            if found.is_some() {
                return found;
            }
            if opening_phrase {
                return self.clause_subject(s, ci, clause.end).or_else(|| {
                    let next = s.clauses.get(ci + 1)?;
                    self.clause_subject(s, ci + 1, next.end)
                });
            }
            if reported_it {
                let prev = s.clauses.get(ci - 1)?;
                return self.clause_subject(s, ci - 1, prev.end).or_else(|| self.inherited_subject(s, ci - 1));
            }
            None
        };
        // "X accused Y of shelling Z": Y is the one shelling, as X claims; with no actor named ("accused each
        // other of violating", "accused the rebels of attacking") there is no source to code.
        let accused = if p.has_source || p.passive { None } else { self.accused_frame(s, clause, anchor) };
        let mut reporter = clause.reporter.clone();
        if let Some(frame) = &accused {
            match frame {
                None => return,
                Some((_, accuser)) => reporter = accuser.clone().or(reporter),
            }
        }
        let (sources, targets): (Vec<ActorInfo>, Vec<ActorInfo>) = if p.passive {
            let Some(subj) = subject() else { return };
            if p.agentless && m.source.is_empty() {
                let root = p.code.get(..2).unwrap_or("");
                let agent = discourse
                    .recent_sources
                    .iter()
                    .rev()
                    .find(|(r, _)| r == root)
                    .map(|(_, a)| a.clone())
                    .or_else(|| discourse.last_subject.clone())
                    .filter(|a| a.code.is_some() && subj.iter().all(|t| t.code != a.code));
                let Some(agent) = agent else { return };
                (vec![agent], subj)
            } else {
                (self.members(s, &m.source), subj)
            }
        } else {
            let sources = if p.has_source {
                self.members(s, &m.source)
            } else if let Some(Some((accused_group, _))) = &accused {
                accused_group.clone()
            } else {
                match subject() {
                    Some(g) => g,
                    None => return,
                }
            };
            (sources, self.members(s, &m.target))
        };
        if sources.is_empty() || (p.has_target && targets.is_empty()) {
            return;
        }
        if p.attacker && !targets.iter().all(|t| t.country) {
            return;
        }
        let Some((code, announced)) = self.modality(s, clause, anchor, &p.code) else { return };
        let mut pairs: Vec<(ActorInfo, Option<ActorInfo>)> = Vec::new();
        if targets.is_empty() {
            if p.mutual {
                if sources.len() < 2 {
                    return;
                }
                for a in &sources {
                    for b in &sources {
                        pairs.push((a.clone(), Some(b.clone())));
                    }
                }
            } else {
                pairs.extend(sources.iter().map(|a| (a.clone(), None)));
            }
        } else {
            for a in &sources {
                for b in &targets {
                    pairs.push((a.clone(), Some(b.clone())));
                    if p.mutual {
                        pairs.push((b.clone(), Some(a.clone())));
                    }
                }
            }
        }
        for (src, tgt) in pairs {
            if !src.can_act() {
                continue;
            }
            if let Some(t) = &tgt {
                // A country or its people acting on a place of their own ("Egypt … arrived in Cairo").
                let own_country = matches!(t.kind, EntityType::Gpe | EntityType::Loc)
                    && (src.kind != t.kind || !t.country)
                    && t.code.is_some()
                    && t.code == src.code;
                // Meetings and agreements are between sides: two people of one country are not two sides.
                let compatriots = p.mutual && t.code.is_some() && t.code == src.code;
                // Diplomatic ties are cut and envoys expelled between countries, never within one.
                let own_relations =
                    (code.starts_with("161") || code.starts_with("166")) && t.code.is_some() && t.code == src.code;
                // "intensify his attacks on Rahul Gandhi": one person fighting another is a war of words.
                let person = |a: &ActorInfo| a.kind == EntityType::Person;
                let personal_fight = code.starts_with("19") && person(&src) && person(t);
                if t.name == src.name || own_country || compatriots || own_relations || personal_fight {
                    continue;
                }
            }
            let draft = Draft {
                source: src,
                target: tgt,
                code: code.clone(),
                base_code: p.code.clone(),
                clause: ci,
                anchor,
                reporter: reporter.clone(),
                antecedent: p.antecedent,
                retaliation: p.retaliation,
            };
            if let Some(intent) = &announced {
                out.push(Draft { code: intent.clone(), ..draft.clone() });
            }
            out.push(draft);
        }
    }

    /// An accusation frame around an anchor: "accused Armenian forces of shelling", "blamed Russia for
    /// attacking". `Some(Some((accused, accuser)))` when the accused is an actor, `Some(None)` when the frame
    /// names none ("accused each other of violating"), `None` without a frame.
    #[allow(clippy::type_complexity)]
    fn accused_frame(
        &self,
        s: &Sentence,
        clause: &Clause,
        anchor: usize,
    ) -> Option<Option<(Vec<ActorInfo>, Option<String>)>> {
        let ids = &self.lex.ids;
        let mut k = anchor.checked_sub(1)?;
        // One adverb may come between: "accused each other of swiftly violating".
        let adverb = s.toks[k].word.is_none_or(|w| ids.adverbs.contains(&w));
        if k > clause.start && adverb && s.toks[k].actor.is_none() && s.toks[k].punct.is_none() {
            k -= 1;
        }
        if !s.word(k).is_some_and(|w| ids.of_for.contains(&w)) || k <= clause.start {
            return None;
        }
        let lo = k.saturating_sub(8).max(clause.start);
        let verb = (lo..k).rev().find(|&j| s.word(j).is_some_and(|w| ids.accuse.contains(&w)))?;
        let Some(first) = (verb + 1..k).find(|&j| s.is_actor(j) && !s.toks[j].qualifier) else {
            return Some(None);
        };
        let group = self.coordinated(s, first, k).map(|(g, _)| g)?;
        let accuser = self
            .subject(s, s.clause_of.get(verb).copied().unwrap_or(0), verb)
            .and_then(|g| g.first().map(|a| a.name.clone()));
        Some(Some((group, accuser)))
    }

    /// The code after modality: `None` when negated or hedged, the intent code
    /// when the anchor is introduced by an intent cue. A scheduled meeting, visit or aid delivery keeps its code
    /// and also gives the announced intent (second code): "Biden will meet Modi on Friday" is both.
    fn modality(&self, s: &Sentence, clause: &Clause, anchor: usize, code: &str) -> Option<(String, Option<String>)> {
        let cues = &self.lex.cues;
        let window = clause.start..anchor;
        let occurs = |phrase: &[u32]| window.clone().any(|i| i + phrase.len() <= anchor && s.phrase_at(i, phrase));
        // A hedge that ends in "that" governs the clause it opens ("expressed hope that both sides could …").
        let that_clause = s.word(clause.start) == Some(self.lex.ids.that);
        let hedge_window = if that_clause { clause.start.saturating_sub(2)..anchor } else { window.clone() };
        let hedged =
            |phrase: &[u32]| hedge_window.clone().any(|i| i + phrase.len() <= anchor && s.phrase_at(i, phrase));
        let unvouched = that_clause
            && (clause.start.saturating_sub(6)..clause.start)
                .any(|i| s.word(i).is_some_and(|w| self.lex.ids.unvouched.contains(&w)));
        if cues.negation.iter().any(|p| occurs(p)) || cues.hedge.iter().any(|p| hedged(p)) || unvouched {
            return None;
        }
        // One adverb may stand between the cue and the verb ("will also hold talks", "will next visit").
        let adverb_before = anchor > clause.start
            && s.toks.get(anchor - 1).is_some_and(|t| {
                t.word.is_none_or(|w| self.lex.ids.adverbs.contains(&w))
                    && t.actor.is_none()
                    && t.punct.is_none()
                    && !t.capitalised
                    && !t.absorbed
            });
        let cue_before = |list: &[Vec<u32>], end: usize| {
            list.iter().any(|p| end >= clause.start + p.len() && s.phrase_at(end - p.len(), p))
        };
        let intent_before = |end: usize| cue_before(&cues.intent, end);
        // Headlines state plans with a bare infinitive: "Blinken to visit China".
        let headline_plan = self.headline
            && anchor > clause.start
            && s.word(anchor - 1) == Some(self.lex.ids.to)
            && anchor >= 2
            && (s.is_actor(anchor - 2) || s.toks[anchor - 2].absorbed);
        let intent = intent_before(anchor) || (adverb_before && intent_before(anchor - 1)) || headline_plan;
        // A scheduled meeting, visit or delivery of aid is reported as the act ("Biden will meet Modi on Friday",
        // "Japan will provide $3 million to Ukraine").
        let scheduled = || {
            let before = |end: usize| cue_before(&cues.schedule, end);
            headline_plan || before(anchor) || (adverb_before && before(anchor - 1))
        };
        let schedulable = (code.starts_with("04") && !code.starts_with("045")) || code.starts_with("07");
        if intent && schedulable && scheduled() {
            return Some((code.to_string(), self.tables.intent_code(code).map(str::to_string)));
        }
        // A stated intent to threaten or retaliate is itself a threat ("wants to take revenge on Israel").
        // A refusal announced ("will not accept", "will never recognise") is the rejection itself.
        if intent && !code.starts_with("03") && !code.starts_with("13") && !code.starts_with("12") {
            return self.tables.intent_code(code).map(|c| (c.to_string(), None));
        }
        Some((code.to_string(), None))
    }

    /// "X provides A to Y in exchange for B": Y provides B to X.
    fn add_exchanges(&self, s: &Sentence, drafts: &mut Vec<Draft>) {
        for (ci, c) in s.clauses.iter().enumerate() {
            if !c.exchange || ci == 0 {
                continue;
            }
            let giving: Vec<Draft> = drafts
                .iter()
                .filter(|d| d.clause < ci && d.target.is_some())
                .filter(|d| d.base_code.starts_with("06") || d.base_code.starts_with("07"))
                .cloned()
                .collect();
            for d in giving {
                let Some(t) = d.target.clone() else { continue };
                let exists = drafts.iter().any(|e| {
                    e.clause >= ci
                        && e.source.code == t.code
                        && e.target.as_ref().map(|x| &x.code) == Some(&d.source.code)
                });
                if exists {
                    continue;
                }
                let code = self.goods_code(s, c);
                drafts.push(Draft {
                    source: t,
                    target: Some(d.source.clone()),
                    code: code.to_string(),
                    base_code: code.to_string(),
                    clause: ci,
                    anchor: c.start,
                    reporter: d.reporter.clone(),
                    antecedent: false,
                    retaliation: false,
                });
            }
        }
    }

    fn goods_code(&self, s: &Sentence, c: &Clause) -> &'static str {
        let has = |class: &str| {
            self.lex
                .classes
                .get(class)
                .is_some_and(|ws| (c.start..c.end).any(|i| s.word(i).is_some_and(|w| ws.binary_search(&w).is_ok())))
        };
        if has("MIL") {
            "072"
        } else if has("HUMAN") {
            "073"
        } else if has("ECON") {
            "071"
        } else {
            "070"
        }
    }

    /// Records, for each person named in the sentence, the role words of the title before the name ("Foreign
    /// Minister Khawaja Asif") or of an appositive after it ("Asif, the foreign minister,"), so that a later
    /// "the foreign minister" resolves to that person (see [`Coder::titled_reference`]).
    fn remember_titles(&self, s: &Sentence, discourse: &mut Discourse) {
        let cues = &self.lex.cues;
        let is_role = |w: u32| cues.gov_role.contains(&w) || cues.mil_role.contains(&w);
        for i in 0..s.toks.len() {
            let Some(person) = s.group(i).and_then(|g| g.iter().find(|a| a.kind == EntityType::Person)) else {
                continue;
            };
            let mut roles = Vec::new();
            let mut k = i;
            while k > 0 && i - k < 5 {
                k -= 1;
                match s.toks[k].word {
                    Some(w) if is_role(w) => roles.push(w),
                    Some(w) if cues.title.contains(&w) => {}
                    _ => break,
                }
            }
            if s.toks.get(i + 1).is_some_and(|t| t.punct == Some(',')) && s.word(i + 2) == Some(self.lex.ids.the) {
                let mut k = i + 3;
                while k < s.toks.len() && k < i + 7 {
                    match s.toks[k].word {
                        Some(w) if is_role(w) => roles.push(w),
                        Some(w) if cues.title.contains(&w) => {}
                        _ => break,
                    }
                    k += 1;
                }
            }
            for w in roles {
                discourse.titled.retain(|(r, _)| *r != w);
                discourse.titled.push((w, person.clone()));
            }
        }
    }

    /// "his Japanese counterpart" with no name after it, at token `i` ("his"): the country word's token and its
    /// group, which then stands for "Japanese counterpart", so that "Modi and his Japanese counterpart held
    /// talks" coordinates two sides. With a name after it ("his Japanese counterpart Fumio Kishida") the name is
    /// the actor and nothing is done here.
    fn unnamed_counterpart(&self, s: &Sentence, i: usize) -> Option<(usize, u32)> {
        let ids = &self.lex.ids;
        let w = s.word(i)?;
        if !(ids.his_her.contains(&w) || ids.their == Some(w)) {
            return None;
        }
        let mut k = i + 1;
        while k < s.toks.len() && k < i + 4 && !s.is_actor(k) && self.is_title(s, k) {
            k += 1;
        }
        let group = s.toks.get(k)?.actor?;
        let country = s.groups.get(group as usize)?.iter().all(|a| a.kind != EntityType::Person && a.country);
        let head = s.word(k + 1).is_some_and(|w| ids.counterpart.contains(&w));
        let named_after =
            s.is_actor(k + 2) || (s.toks.get(k + 2).is_some_and(|t| t.punct == Some(',')) && s.is_actor(k + 3));
        (country && head && !named_after).then_some((k, group))
    }

    /// "the foreign minister", "the president" at token `i` (no name after it, not "the president of …"):
    /// the person last named with that role word, and the phrase's length in tokens.
    fn titled_reference(&self, s: &Sentence, i: usize, discourse: &Discourse) -> Option<(ActorInfo, usize)> {
        if discourse.titled.is_empty() || s.word(i) != Some(self.lex.ids.the) {
            return None;
        }
        // "Khawaja Asif, the foreign minister," is the appositive of a name, not a second mention.
        if i >= 2 && s.toks[i - 1].punct == Some(',') && s.is_actor(i - 2) {
            return None;
        }
        let cues = &self.lex.cues;
        let mut k = i + 1;
        let mut found = None;
        while k < s.toks.len() && k <= i + 4 {
            let t = s.toks[k];
            let Some(w) = t.word else { break };
            if self.lex.ids.not_current.contains(&w) {
                return None;
            }
            if let Some((_, p)) = discourse.titled.iter().rev().find(|(r, _)| *r == w) {
                found = Some((p.clone(), k));
            } else if !(cues.title.contains(&w) || cues.gov_role.contains(&w) || cues.mil_role.contains(&w)) {
                break;
            }
            k += 1;
        }
        let (person, head) = found?;
        // The head must end the phrase: "the minister" but not "the minister of …", "the minister Imran Khan",
        // "the ministry's", "the president-elect".
        if let Some(next) = s.toks.get(head + 1) {
            let governs = next.word.is_some_and(|w| w == self.lex.ids.of || self.lex.ids.of_for.contains(&w));
            if next.actor.is_some() || governs || next.punct == Some('-') || (next.capitalised && next.word.is_some()) {
                return None;
            }
        }
        Some((person, head + 1 - i))
    }

    fn update_discourse(&self, s: &Sentence, drafts: &[Draft], discourse: &mut Discourse) {
        self.remember_titles(s, discourse);
        for d in drafts.iter().filter(|d| d.source.code.is_some()) {
            if let Some(root) = d.base_code.get(..2) {
                discourse.recent_sources.push((root.to_string(), d.source.clone()));
            }
        }
        if discourse.recent_sources.len() > MAX_GROUPS * 2 {
            discourse.recent_sources.drain(..MAX_GROUPS);
        }
        discourse.last_subject = s
            .clauses
            .first()
            .and_then(|c| self.clause_subject(s, 0, c.end))
            .and_then(|g| g.first().cloned())
            .filter(|a| a.code.is_some());
        let coercive = |code: &str| ["13", "14", "15", "17", "18", "19", "20"].iter().any(|r| code.starts_with(r));
        for d in drafts.iter().filter(|d| d.base_code.get(..2).is_some_and(|r| r >= "13")) {
            if let Some(code) = d.target.as_ref().and_then(|t| t.code.clone()) {
                discourse.hostile.push((d.source.clone(), code));
            }
        }
        if discourse.hostile.len() > MAX_GROUPS * 2 {
            discourse.hostile.drain(..MAX_GROUPS);
        }
        if let Some(d) = drafts.iter().rev().find(|d| coercive(&d.base_code) && d.source.code.is_some()) {
            discourse.last_aggressor = Some(d.source.clone());
        }
        // Meetings set the pair "the two sides" stands for; so do agreements and restored ties coded both ways
        // ("India and China have agreed to …").
        let mutual = |d: &Draft, t: &ActorInfo| {
            ["03", "05", "06"].iter().any(|r| d.code.starts_with(r))
                && drafts
                    .iter()
                    .any(|o| o.source.code == t.code && o.target.as_ref().is_some_and(|ot| ot.code == d.source.code))
        };
        // Everyone taking part in one meeting or two-way event is one group ("X met Y and Z": three sides).
        let mut named: Vec<(usize, Vec<ActorInfo>, bool)> = Vec::new();
        for d in drafts {
            if let Some(t) = &d.target {
                if (d.code.starts_with("04") || mutual(d, t)) && t.code.is_some() && t.code != d.source.code {
                    discourse.last_pair = Some((d.source.clone(), t.clone()));
                    let group = match named.iter_mut().find(|(at, _, meeting)| *meeting && *at == d.anchor) {
                        Some((_, g, _)) => g,
                        None => {
                            named.push((d.anchor, Vec::new(), true));
                            match named.last_mut() {
                                Some((_, g, _)) => g,
                                None => continue,
                            }
                        }
                    };
                    for a in [&d.source, t] {
                        if !group.contains(a) {
                            group.push(a.clone());
                        }
                    }
                }
            }
        }
        for c in &s.clauses {
            let mut i = c.start;
            while i < c.end {
                if !s.is_actor(i) {
                    i += 1;
                    continue;
                }
                match self.coordinated(s, i, c.end) {
                    Some((g, end)) => {
                        if sides(&g) >= 2 {
                            named.push((i, g, false));
                        }
                        i = end.max(i + 1);
                    }
                    None => i += 1,
                }
            }
        }
        named.sort_by_key(|(at, _, _)| *at);
        for (_, members, meeting) in named {
            let same = discourse.groups.last().is_some_and(|g| g.members == members);
            if same {
                if let Some(g) = discourse.groups.last_mut() {
                    g.sentence = discourse.sentence;
                    g.meeting |= meeting;
                }
                continue;
            }
            discourse.groups.push(RecentGroup { members, sentence: discourse.sentence, meeting });
            if discourse.groups.len() > MAX_GROUPS {
                discourse.groups.remove(0);
            }
        }
        discourse.sentence += 1;
        for ci in 0..s.clauses.len() {
            let end = s.clauses[ci].end;
            if let Some(g) = self.clause_subject(s, ci, end) {
                if let Some(p) = g.iter().find(|a| a.kind == EntityType::Person) {
                    discourse.last_person = Some(p.clone());
                    return;
                }
            }
        }
        if let Some(p) = s.groups.iter().flatten().find(|a| a.kind == EntityType::Person) {
            discourse.last_person = Some(p.clone());
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn finish(
        &self,
        article_id: &str,
        text: &str,
        analysis: &Analysis,
        date: Option<NaiveDate>,
        range: &Range<usize>,
        sentence_text: &str,
        s: &Sentence,
        d: Draft,
        ordinal: usize,
    ) -> Event {
        let clause = s.clauses.get(d.clause).cloned().unwrap_or_default();
        let tok_off = |i: usize| s.toks.get(i).map(|t| t.start);
        let clause_range = tok_off(clause.start).unwrap_or(range.start)
            ..s.toks.get(clause.end.saturating_sub(1)).map(|t| t.end).unwrap_or(range.end);
        let anchor_off = tok_off(d.anchor).unwrap_or(range.start);
        let event_date = self.event_date(analysis, range, &clause_range, anchor_off, date);
        let location = self.location(s, &clause, d.target.as_ref());
        let _ = text;
        let root = d.code.get(..2).unwrap_or_default().to_string();
        Event {
            id: event_id(article_id, ordinal, &d.code),
            article_id: article_id.to_string(),
            story_id: None,
            date: event_date,
            source: d.source.as_actor(),
            target: d.target.as_ref().map(ActorInfo::as_actor),
            quad_class: self.tables.quad_class(&d.code),
            goldstein: self.tables.goldstein(&d.code),
            plover: self.tables.plover(&d.code).to_string(),
            cameo: d.code,
            root,
            location,
            sentence: sentence_text.trim().to_string(),
            reported_by: d.reporter,
            sources: None,
        }
    }

    fn event_date(
        &self,
        analysis: &Analysis,
        sentence: &Range<usize>,
        clause: &Range<usize>,
        anchor: usize,
        published: Option<NaiveDate>,
    ) -> String {
        let nearest = |r: &Range<usize>| {
            analysis
                .times
                .iter()
                .filter(|t| t.start >= r.start && t.end <= r.end)
                .min_by_key(|t| t.start.abs_diff(anchor))
                .map(|t| t.value.clone())
        };
        let value = nearest(clause).or_else(|| nearest(sentence));
        let fallback = || published.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default();
        match value {
            Some(v) => resolve_partial_date(&v, published).unwrap_or_else(fallback),
            None => fallback(),
        }
    }

    fn location(&self, s: &Sentence, clause: &Clause, target: Option<&ActorInfo>) -> Option<String> {
        let ids = &self.lex.ids;
        for i in clause.start..clause.end {
            let w = s.word(i);
            if w == Some(ids.in_) || w == Some(ids.at) {
                let at = if s.word(i + 1) == Some(ids.the) { i + 2 } else { i + 1 };
                if at < clause.end {
                    if let Some(a) = s.group(at).and_then(|g| g.first()) {
                        if matches!(a.kind, EntityType::Gpe | EntityType::Loc) {
                            return Some(a.name.clone());
                        }
                    }
                }
            }
        }
        let _ = target;
        None
    }
}

/// A `YYYY-MM-DD` for a time value: a full date as is; a month or year gives the
/// publication date when that falls inside it, else the period's first day.
pub(crate) fn resolve_partial_date(value: &str, published: Option<NaiveDate>) -> Option<String> {
    if value.len() >= 10 {
        return storyline_model::parse_date_prefix(value).map(|d| d.format("%Y-%m-%d").to_string());
    }
    let inside = published.map(|p| p.format("%Y-%m-%d").to_string()).filter(|p| p.starts_with(value));
    if inside.is_some() {
        return inside;
    }
    let first = match value.len() {
        7 => format!("{value}-01"),
        4 => format!("{value}-01-01"),
        _ => return None,
    };
    storyline_model::parse_date_prefix(&first).map(|d| d.format("%Y-%m-%d").to_string())
}

/// A state meeting, visiting or cooperating diplomatically with itself (roots 04 and 05, "the Speaker met the
/// Speaker of the Lok Sabha" with both read as India) is no international event: in news of relations between
/// states it is almost always one actor resolved to the wrong country, so it is left out.
fn consults_itself(d: &Draft) -> bool {
    let same = d.source.code.is_some() && d.target.as_ref().is_some_and(|t| t.code == d.source.code);
    same && (d.code.starts_with("04") || d.code.starts_with("05"))
}
