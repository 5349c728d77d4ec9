//! Verb patterns and cue lists: parsing the data files of `knowledge/events/`
//! into a compiled, indexed form the coder matches against tokens.
//!
//! Pattern format (see `knowledge/events/README.md`): `CODE ELEMENT... [; FLAGS]`
//! with `<lemma>` verb forms, literal words, `a|b` alternatives, `@CLASS` word
//! classes, `[opt]` optional words, `*` gaps, `$` source and `+` target slots.

use std::collections::{HashMap, HashSet};

use crate::tables::CameoTables;
use crate::EventsError;

/// Built-in `patterns.txt`.
pub const PATTERNS_TXT: &str = include_str!("../../../knowledge/events/patterns.txt");
/// Built-in `cues.txt`.
pub const CUES_TXT: &str = include_str!("../../../knowledge/events/cues.txt");
/// Built-in `irregular.tsv`.
pub const IRREGULAR_TSV: &str = include_str!("../../../knowledge/events/irregular.tsv");

/// Hashes a word id by one multiplication: ids are small dense integers, so the keyed default hash (a large
/// share of the coder's time, as profiling showed) buys nothing here.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct IdHasher(u64);

impl std::hash::Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// A set of word ids.
pub(crate) type IdSet = HashSet<u32, std::hash::BuildHasherDefault<IdHasher>>;

/// A map keyed by word id.
pub(crate) type IdMap<V> = HashMap<u32, V, std::hash::BuildHasherDefault<IdHasher>>;

/// Interned lowercase words: patterns and cues compare token ids, not strings.
#[derive(Debug, Clone, Default)]
pub(crate) struct Vocab {
    ids: HashMap<String, u32>,
}

impl Vocab {
    pub(crate) fn intern(&mut self, word: &str) -> u32 {
        let next = self.ids.len() as u32;
        *self.ids.entry(word.to_string()).or_insert(next)
    }

    pub(crate) fn get(&self, word: &str) -> Option<u32> {
        self.ids.get(word).copied()
    }
}

/// One element of a pattern.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Elem {
    /// One token among these words.
    Words(Vec<u32>),
    /// Optionally one token among these words.
    Optional(Vec<u32>),
    /// Up to [`MAX_GAP`] tokens, not crossing a clause boundary.
    Gap,
    /// The source actor; `true` when a possessive must follow.
    Source(bool),
    /// The target actor; `true` when a possessive must follow.
    Target(bool),
}

/// Longest gap `*` covers.
pub(crate) const MAX_GAP: usize = 6;

/// One compiled pattern.
#[derive(Debug, Clone)]
pub(crate) struct Pattern {
    pub code: String,
    pub elems: Vec<Elem>,
    pub mutual: bool,
    pub passive: bool,
    /// The target is the actor of the force event the words refer back to ("condemned the launch").
    pub antecedent: bool,
    /// The target is whoever last acted against the source ("responded with retaliatory tariffs").
    pub retaliation: bool,
    /// A passive with no agent named ("the ambassadors were summoned"): the source is the one who last did an
    /// act of the same root in the article, else the subject of the sentence before.
    pub agentless: bool,
    /// The target slot names who carried out the act the words name ("denounced a recent US missile attack"):
    /// only a country fills it, not a place where the act happened ("the Kabul attack").
    pub attacker: bool,
    pub literals: usize,
    pub has_source: bool,
    pub has_target: bool,
    pub line: usize,
    /// The first element is a verb (`<lemma>`): a determiner before it makes the match a noun ("the capture of").
    pub verb_anchor: bool,
}

/// The cue lists of `cues.txt`.
#[derive(Debug, Clone, Default)]
pub(crate) struct Cues {
    pub intent: Vec<Vec<u32>>,
    /// Intent cues that report a fixed plan ("will", "is scheduled to"): a meeting or visit behind one is
    /// reported as the meeting itself (04), not as an intent to meet (036).
    pub schedule: Vec<Vec<u32>>,
    pub hedge: Vec<Vec<u32>>,
    pub negation: Vec<Vec<u32>>,
    pub say: IdSet,
    pub deny: IdSet,
    pub collective: Vec<Vec<u32>>,
    /// Head nouns of numbered collective actors ("the three nations").
    pub collective_head: IdSet,
    /// Head nouns of numbered collective actors that name people ("both foreign ministers").
    pub collective_person: IdSet,
    pub person_pronoun: IdSet,
    /// Words of sport ("cricket", "semi-final"): a sentence with one reports a game, not a state's act ("Brazil
    /// will meet Argentina in the Copa America final").
    pub sport: IdSet,
    pub we: IdSet,
    pub exchange: Vec<Vec<u32>>,
    pub title: IdSet,
    pub gov_role: IdSet,
    /// Groups sent by a side, named with "from" ("a delegation from Pakistan arrived"): the side acts.
    pub delegate: IdSet,
    pub mil_role: IdSet,
    pub boundary: IdSet,
    pub preposition: IdSet,
}

/// Patterns, cues and the vocabulary they share.
#[derive(Debug, Clone, Default)]
pub(crate) struct Lexicon {
    pub vocab: Vocab,
    pub patterns: Vec<Pattern>,
    /// Pattern indices by the word ids their first element accepts.
    pub by_first_word: IdMap<Vec<u32>>,
    /// Patterns starting with an actor slot.
    pub slot_initial: Vec<u32>,
    /// Every verb form used by a pattern or a reporting cue.
    pub verb_forms: IdSet,
    /// Bare lemmas of the pattern verbs ("aid", "support", "visit"): after "and" often a noun, not a new clause.
    pub base_forms: IdSet,
    /// The "-ing" forms of pattern verbs ("companies trading with Iran": a participle after a noun).
    pub ing_forms: IdSet,
    /// The regular past forms ("-ed") of pattern verbs ("returned fire": a bare form after one is its object).
    pub ed_forms: IdSet,
    pub cues: Cues,
    pub ids: CommonIds,
    /// Word classes (`@NAME`), sorted ids.
    pub classes: HashMap<String, Vec<u32>>,
}

/// Ids of words the coder tests directly.
#[derive(Debug, Clone, Default)]
pub(crate) struct CommonIds {
    pub and: u32,
    pub the: u32,
    pub according: u32,
    pub to: u32,
    pub in_: u32,
    pub at: u32,
    /// Relative pronouns and complementisers: which, who, whom, whose, that, where.
    pub relative: Vec<u32>,
    /// "of".
    pub of: u32,
    /// Number words and quantifiers before a noun ("two Greek islands", "several Russian firms").
    pub quantifiers: Vec<u32>,
    /// "that", which opens complement clauses.
    pub that: u32,
    /// "which", a relative pronoun for things and bodies.
    pub which: u32,
    /// "who", a relative pronoun for people and bodies.
    pub who: u32,
    /// "including", which introduces the members of a group named before it.
    pub including: u32,
    /// Determiners before a noun: the, a, an.
    pub determiners: Vec<u32>,
    /// Possessive determiners before a named person: his, her.
    pub his_her: Vec<u32>,
    /// Modifiers that make "the … minister" someone other than the one named before it: former, late, then,
    /// new, incoming, outgoing, next, previous, ex.
    pub not_current: Vec<u32>,
    /// Reporting verbs whose next actor is the one addressed, not the subject of a reported clause: "warned
    /// the United States against …", "told Russia that …", "assured Japan".
    pub addressee_say: Vec<u32>,
    /// "counterpart", "counterparts": "his Japanese counterpart" names the other side's office holder.
    pub counterpart: Vec<u32>,
    /// "their", which like his/her may open "their Chinese counterparts".
    pub their: Option<u32>,
    /// "it", which may open a sentence for the country or body the sentence before was about.
    pub it: Option<u32>,
    /// Auxiliaries: is, are, was, were, be, been, being, has, have, had.
    pub auxiliaries: Vec<u32>,
    /// Words after which an "-ing" form is still a verb: auxiliaries, and, by, of, after, before.
    pub verb_context: Vec<u32>,
    /// Subordinators that open a clause when an actor and its verb follow: as, after, before, since, until, once.
    pub subordinators: Vec<u32>,
    /// Forms of the accusation verbs (accuse, blame): "X accused Y of shelling Z" makes Y the one shelling.
    pub accuse: Vec<u32>,
    /// "of", "for": what introduces the accused act.
    pub of_for: Vec<u32>,
    /// Nouns of communication after which an "-ing" form has the issuer as its subject ("issued a statement
    /// warning Ukraine").
    pub communication: Vec<u32>,
    /// "for": "a spokesman for X".
    pub for_: u32,
    /// "by": "the statement by X".
    pub by: u32,
    pub from: u32,
    /// "it", "they": in a complement after a reporting verb they stand for the one reporting.
    pub it_they: Vec<u32>,
    /// Nouns of reports nobody vouches for ("allegations on social media that he met …"): the clause their
    /// "that" opens is not stated as fact.
    pub unvouched: Vec<u32>,
    /// "as" and "well", for "X as well as Y" joining actors like "and".
    pub as_: u32,
    pub well: u32,
    /// "they".
    pub they: u32,
    /// Small words that may stand between a clause-opening subordinator's actor and its verb ("after Pompeo on
    /// Tuesday accused"), besides adverbs.
    pub interposed: Vec<u32>,
    /// Adverbs the vocabulary knows that may stand before a verb like any unknown "-ly" word ("will also hold").
    pub adverbs: Vec<u32>,
    /// Prepositions after which an actor is the victim or place of an act, not its author: on, in, at,
    /// against, to, near, over, into.
    pub victim_prepositions: Vec<u32>,
    /// Prepositions whose object may be a list of actors that is a subject ("the talks between X and Y"): between,
    /// among, like.
    pub list_prepositions: Vec<u32>,
    /// "both", "all": quantifiers that open a collective actor ("both countries", "all three leaders").
    pub both: u32,
    /// "all".
    pub all: u32,
    /// Number words two to five, in order.
    pub numbers: Vec<u32>,
}

/// Regular inflections of an English verb: lemma, -s, -ed, -ing.
pub(crate) fn regular_forms(lemma: &str) -> Vec<String> {
    let mut out = vec![lemma.to_string()];
    let bytes = lemma.as_bytes();
    let last = bytes.last().copied().unwrap_or(b' ');
    let before_last = if bytes.len() >= 2 { bytes[bytes.len() - 2] } else { b' ' };
    let vowel = |b: u8| b"aeiou".contains(&b);
    let stem = &lemma[..lemma.len().saturating_sub(1)];
    if lemma.ends_with('s')
        || lemma.ends_with('x')
        || lemma.ends_with('z')
        || lemma.ends_with("ch")
        || lemma.ends_with("sh")
        || (last == b'o' && !vowel(before_last))
    {
        out.push(format!("{lemma}es"));
    } else if last == b'y' && !vowel(before_last) {
        out.push(format!("{stem}ies"));
    } else {
        out.push(format!("{lemma}s"));
    }
    if last == b'e' {
        out.push(format!("{lemma}d"));
    } else if last == b'y' && !vowel(before_last) {
        out.push(format!("{stem}ied"));
    } else {
        out.push(format!("{lemma}ed"));
    }
    if lemma.ends_with("ee") || lemma.ends_with("ye") || lemma.ends_with("oe") {
        out.push(format!("{lemma}ing"));
    } else if let Some(stem) = lemma.strip_suffix("ie") {
        out.push(format!("{stem}ying"));
    } else if last == b'e' {
        out.push(format!("{stem}ing"));
    } else {
        out.push(format!("{lemma}ing"));
    }
    out
}

fn parse_irregular(text: &str) -> HashMap<String, Vec<String>> {
    let mut map: HashMap<String, Vec<String>> = HashMap::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut parts = line.split_whitespace();
        if let Some(lemma) = parts.next() {
            map.entry(lemma.to_lowercase()).or_default().extend(parts.map(str::to_lowercase));
        }
    }
    map
}

fn phrase(vocab: &mut Vocab, text: &str) -> Vec<u32> {
    crate::text::word_tokens(text).iter().map(|w| vocab.intern(w)).collect()
}

impl Lexicon {
    /// Parses the pattern, cue and irregular-verb files and validates codes against `tables`.
    pub(crate) fn parse(
        patterns: &[&str],
        cues: &str,
        irregular: &str,
        tables: &CameoTables,
    ) -> Result<Self, EventsError> {
        let mut lex = Lexicon::default();
        let irregular = parse_irregular(irregular);
        lex.parse_cues(cues)?;
        let mut macros: HashMap<String, Vec<u32>> = HashMap::new();
        for text in patterns {
            for (i, raw) in text.lines().enumerate() {
                let line_no = i + 1;
                let line = raw.split('#').next().unwrap_or("").trim();
                if line.is_empty() {
                    continue;
                }
                if let Some(rest) = line.strip_prefix('@') {
                    let (name, words) = rest
                        .split_once('=')
                        .ok_or_else(|| EventsError::Invalid(format!("patterns line {line_no}: class needs '='")))?;
                    let mut ids: Vec<u32> =
                        words.split('|').map(|w| lex.vocab.intern(&w.trim().to_lowercase())).collect();
                    ids.sort_unstable();
                    ids.dedup();
                    macros.insert(name.trim().to_string(), ids);
                    continue;
                }
                let pattern = lex.parse_pattern(line, line_no, &macros, &irregular, tables)?;
                lex.patterns.push(pattern);
            }
        }
        for (idx, p) in lex.patterns.iter().enumerate() {
            match p.elems.first() {
                Some(Elem::Words(ws)) => {
                    for w in ws {
                        lex.by_first_word.entry(*w).or_default().push(idx as u32);
                    }
                }
                Some(Elem::Source(_) | Elem::Target(_)) => lex.slot_initial.push(idx as u32),
                _ => return Err(EventsError::Invalid(format!("patterns line {}: bad first element", p.line))),
            }
        }
        let v = &mut lex.vocab;
        lex.ids = CommonIds {
            and: v.intern("and"),
            the: v.intern("the"),
            according: v.intern("according"),
            to: v.intern("to"),
            in_: v.intern("in"),
            at: v.intern("at"),
            relative: ["which", "who", "whom", "whose", "that", "where"].iter().map(|w| v.intern(w)).collect(),
            of: v.intern("of"),
            including: v.intern("including"),
            which: v.intern("which"),
            that: v.intern("that"),
            quantifiers: [
                "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
                "several", "some", "many", "more", "other", "all", "both", "its", "their",
            ]
            .iter()
            .map(|w| v.intern(w))
            .collect(),
            who: v.intern("who"),
            determiners: ["the", "a", "an"].iter().map(|w| v.intern(w)).collect(),
            his_her: ["his", "her"].iter().map(|w| v.intern(w)).collect(),
            // Looked up, not interned: a word the patterns do not know must stay unknown to them.
            not_current: ["former", "late", "then", "new", "incoming", "outgoing", "next", "previous", "ex"]
                .iter()
                .filter_map(|w| v.get(w))
                .collect(),
            addressee_say: ["told", "tells", "warned", "warns", "assured", "assures"]
                .iter()
                .filter_map(|w| v.get(w))
                .collect(),
            counterpart: ["counterpart", "counterparts"].iter().filter_map(|w| v.get(w)).collect(),
            their: v.get("their"),
            it: v.get("it"),
            auxiliaries: ["is", "are", "was", "were", "be", "been", "being", "has", "have", "had"]
                .iter()
                .map(|w| v.intern(w))
                .collect(),
            verb_context: ["is", "are", "was", "were", "be", "been", "being", "and", "by", "of", "after", "before"]
                .iter()
                .map(|w| v.intern(w))
                .collect(),
            subordinators: ["as", "after", "before", "since", "until", "once"].iter().map(|w| v.intern(w)).collect(),
            accuse: ["accuse", "accuses", "accused", "accusing", "blame", "blames", "blamed", "blaming"]
                .iter()
                .map(|w| v.intern(w))
                .collect(),
            of_for: ["of", "for"].iter().map(|w| v.intern(w)).collect(),
            communication: [
                "statement",
                "statements",
                "message",
                "messages",
                "letter",
                "note",
                "communique",
                "post",
                "tweet",
                "video",
                "speech",
                "address",
                "remarks",
                "comments",
                "interview",
                "briefing",
                "declaration",
                "resolution",
                "report",
                "notice",
            ]
            .iter()
            .map(|w| v.intern(w))
            .collect(),
            for_: v.intern("for"),
            by: v.intern("by"),
            from: v.intern("from"),
            it_they: ["it", "they"].iter().map(|w| v.intern(w)).collect(),
            as_: v.intern("as"),
            well: v.intern("well"),
            unvouched: ["allegations", "allegation", "rumours", "rumors", "rumour", "rumor", "speculation"]
                .iter()
                .map(|w| v.intern(w))
                .collect(),
            they: v.intern("they"),
            interposed: ["on", "last", "this"].iter().map(|w| v.intern(w)).collect(),
            adverbs: ["also", "later", "earlier", "recently", "reportedly", "again", "further", "soon"]
                .iter()
                .map(|w| v.intern(w))
                .collect(),
            victim_prepositions: ["on", "in", "at", "against", "to", "near", "over", "into"]
                .iter()
                .map(|w| v.intern(w))
                .collect(),
            list_prepositions: ["between", "among", "like"].iter().map(|w| v.intern(w)).collect(),
            both: v.intern("both"),
            all: v.intern("all"),
            numbers: ["two", "three", "four", "five"].iter().map(|w| v.intern(w)).collect(),
        };
        lex.classes = macros;
        let say: Vec<u32> = lex.cues.say.iter().copied().collect();
        lex.verb_forms.extend(say);
        Ok(lex)
    }

    fn parse_cues(&mut self, text: &str) -> Result<(), EventsError> {
        let mut section = String::new();
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = name.to_string();
                continue;
            }
            let ids = phrase(&mut self.vocab, &line.to_lowercase());
            let single = || ids.first().copied().filter(|_| ids.len() == 1);
            let c = &mut self.cues;
            let set = match section.as_str() {
                "intent" => {
                    c.intent.push(ids);
                    continue;
                }
                "schedule" => {
                    c.intent.push(ids.clone());
                    c.schedule.push(ids);
                    continue;
                }
                "hedge" => {
                    c.hedge.push(ids);
                    continue;
                }
                "negation" => {
                    c.negation.push(ids);
                    continue;
                }
                "collective" => {
                    c.collective.push(ids);
                    continue;
                }
                "exchange" => {
                    c.exchange.push(ids);
                    continue;
                }
                "say" => &mut c.say,
                "deny" => &mut c.deny,
                "person_pronoun" => &mut c.person_pronoun,
                "we" => &mut c.we,
                "title" => &mut c.title,
                "gov_role" => &mut c.gov_role,
                "delegate" => &mut c.delegate,
                "mil_role" => &mut c.mil_role,
                "boundary" => &mut c.boundary,
                "preposition" => &mut c.preposition,
                "collective_head" => &mut c.collective_head,
                "collective_person" => &mut c.collective_person,
                "sport" => &mut c.sport,
                other => return Err(EventsError::Invalid(format!("cues line {}: unknown section {other:?}", i + 1))),
            };
            let id = single()
                .ok_or_else(|| EventsError::Invalid(format!("cues line {}: [{section}] takes single words", i + 1)))?;
            set.insert(id);
        }
        // Longer phrases first so that "may have" wins over "may".
        for list in [
            &mut self.cues.intent,
            &mut self.cues.schedule,
            &mut self.cues.hedge,
            &mut self.cues.negation,
            &mut self.cues.collective,
        ] {
            list.sort_by_key(|p| std::cmp::Reverse(p.len()));
        }
        Ok(())
    }

    fn parse_pattern(
        &mut self,
        line: &str,
        line_no: usize,
        macros: &HashMap<String, Vec<u32>>,
        irregular: &HashMap<String, Vec<String>>,
        tables: &CameoTables,
    ) -> Result<Pattern, EventsError> {
        let err = |why: String| EventsError::Invalid(format!("patterns line {line_no}: {why}"));
        let (body, flags) = match line.split_once(';') {
            Some((b, f)) => (b.trim(), f.trim()),
            None => (line, ""),
        };
        let mut parts = body.split_whitespace();
        let code = parts.next().ok_or_else(|| err("empty pattern".into()))?.to_string();
        if tables.get(&code).is_none() {
            return Err(err(format!("unknown CAMEO code {code}")));
        }
        let mut elems = Vec::new();
        let mut verb_anchor = false;
        for part in parts {
            if elems.is_empty() && part.starts_with('<') {
                verb_anchor = true;
            }
            let elem = match part {
                "*" => Elem::Gap,
                "$" => Elem::Source(false),
                "+" => Elem::Target(false),
                "$'s" => Elem::Source(true),
                "+'s" => Elem::Target(true),
                _ => {
                    let (optional, inner) = match part.strip_prefix('[').and_then(|p| p.strip_suffix(']')) {
                        Some(inner) => (true, inner),
                        None => (false, part),
                    };
                    let mut ids = Vec::new();
                    for alt in inner.split('|').filter(|a| !a.is_empty()) {
                        if let Some(lemma) = alt.strip_prefix('<').and_then(|a| a.strip_suffix('>')) {
                            let lemma = lemma.to_lowercase();
                            self.base_forms.insert(self.vocab.intern(&lemma));
                            let mut forms = regular_forms(&lemma);
                            forms.extend(irregular.get(&lemma).cloned().unwrap_or_default());
                            for f in forms {
                                let id = self.vocab.intern(&f);
                                self.verb_forms.insert(id);
                                if f.ends_with("ing") {
                                    self.ing_forms.insert(id);
                                }
                                if f.ends_with("ed") {
                                    self.ed_forms.insert(id);
                                }
                                ids.push(id);
                            }
                        } else if let Some(name) = alt.strip_prefix('@') {
                            ids.extend(macros.get(name).ok_or_else(|| err(format!("unknown class @{name}")))?);
                        } else if alt.contains(['<', '>', '$', '+', '*', '[', ']', '@']) {
                            return Err(err(format!("bad element {part:?}")));
                        } else {
                            ids.push(self.vocab.intern(&alt.to_lowercase()));
                        }
                    }
                    if ids.is_empty() {
                        return Err(err(format!("empty element {part:?}")));
                    }
                    ids.sort_unstable();
                    ids.dedup();
                    if optional {
                        Elem::Optional(ids)
                    } else {
                        Elem::Words(ids)
                    }
                }
            };
            elems.push(elem);
        }
        while elems.last() == Some(&Elem::Gap) {
            elems.pop();
        }
        let literals = elems.iter().filter(|e| matches!(e, Elem::Words(_))).count();
        if literals == 0 {
            return Err(err("a pattern needs at least one word".into()));
        }
        let has_source = elems.iter().any(|e| matches!(e, Elem::Source(_)));
        let has_target = elems.iter().any(|e| matches!(e, Elem::Target(_)));
        let mut mutual = false;
        let mut passive = false;
        let mut antecedent = false;
        let mut retaliation = false;
        let mut attacker = false;
        let mut agentless = false;
        for flag in flags.split([',', ' ']).filter(|f| !f.is_empty()) {
            match flag {
                "mutual" => mutual = true,
                "passive" => passive = true,
                "antecedent" => antecedent = true,
                "retaliation" => retaliation = true,
                "attacker" => attacker = true,
                "agentless" => {
                    agentless = true;
                    passive = true;
                }
                other => return Err(err(format!("unknown flag {other:?}"))),
            }
        }
        Ok(Pattern {
            code,
            elems,
            mutual,
            passive,
            antecedent,
            retaliation,
            agentless,
            attacker,
            literals,
            has_source,
            has_target,
            line: line_no,
            verb_anchor,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> Lexicon {
        let tables = CameoTables::builtin().unwrap();
        Lexicon::parse(&[PATTERNS_TXT], CUES_TXT, IRREGULAR_TSV, &tables).unwrap()
    }

    #[test]
    fn regular_forms_follow_spelling_rules() {
        assert_eq!(regular_forms("provide"), ["provide", "provides", "provided", "providing"]);
        assert_eq!(regular_forms("supply"), ["supply", "supplies", "supplied", "supplying"]);
        assert_eq!(regular_forms("attack"), ["attack", "attacks", "attacked", "attacking"]);
        assert_eq!(regular_forms("free"), ["free", "frees", "freed", "freeing"]);
        assert_eq!(regular_forms("pay"), ["pay", "pays", "payed", "paying"]);
    }

    #[test]
    fn every_cameo_root_has_patterns() {
        let lex = lexicon();
        for r in 1..=20 {
            let root = format!("{r:02}");
            let n = lex.patterns.iter().filter(|p| p.code.starts_with(&root)).count();
            assert!(n >= 3, "root {root} has only {n} patterns");
        }
        assert!(lex.patterns.len() > 400);
    }

    #[test]
    fn bad_patterns_are_rejected() {
        let tables = CameoTables::builtin().unwrap();
        for bad in ["999 <attack> +", "190 + $", "190 <attack> + ; sideways", "190 @NOPE +"] {
            assert!(Lexicon::parse(&[bad], "", "", &tables).is_err(), "{bad}");
        }
    }

    #[test]
    fn irregular_forms_are_indexed() {
        let lex = lexicon();
        let sent = lex.vocab.get("sent").unwrap();
        assert!(lex.by_first_word.contains_key(&sent));
        assert!(lex.verb_forms.contains(&lex.vocab.get("met").unwrap()));
    }
}
