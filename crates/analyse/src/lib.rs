//! Language analysis of an article's text: sentences, entities resolved to
//! canonical actors, quotes with speakers, quantities and normalised times.
//!
//! Everything is a pure function of the text, the publication date and the
//! read-only [`Knowledge`] base, so articles can be analysed in parallel.
//!
//! # For the event coder (beyond the contract types)
//! - [`tokens`] / [`Token`]: the tokenizer ("U.S.", "Gen.", initials and "12,000" stay whole; "'s" split off).
//! - [`Analysis::tokens`], [`Analysis::sentence_tokens`] and [`Analysis::paragraphs`]: token indices of each
//!   sentence and paragraph, so verbs and actors can be related by position.
//! - [`Analysis::entity_info`], parallel to `entities`: the mention's tokens and sentence, its [`Usage`]
//!   (actor, place or modifier: "Moscow intends" is an actor, "in Seoul" a place, "Russian forces" a
//!   modifier), its `role` (`GOV`, `MIL`, `LEG`, ... from a title such as "Foreign Minister", from the dated
//!   knowledge base, or from a demonym's head noun such as "forces"), the title text and the knowledge id.
//! - [`Analysis::quote_info`], parallel to `quotes`: the entity index of the speaker, the paragraph and
//!   sentence, and how the speaker was found.
//! - [`Knowledge::resolve`] maps any alias, code, capital or demonym to its actor; [`Knowledge::role_of`]
//!   gives a known person's office and role on a date.

mod entities;
mod headline;
mod home;
mod knowledge;
mod lexicon;
mod quantities;
mod quotes;
mod times;
mod token;

pub use entities::{EntityInfo, Usage};
pub use knowledge::{normalise, KnowledgeStats};
pub use lexicon::MODIFIER_SUFFIXES;
pub use quotes::QuoteInfo;
pub use token::{tokens, Token, TokenKind};

use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;

use chrono::NaiveDate;
use storyline_model::{Entity, EntityType, Quantity, Quote, TimeExpr};

/// Errors loading the knowledge base.
#[derive(Debug, thiserror::Error)]
pub enum KnowledgeError {
    /// A file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A file's content is invalid.
    #[error("invalid knowledge in {path}: {reason}")]
    Invalid {
        /// The file.
        path: String,
        /// What is wrong.
        reason: String,
    },
}

/// An actor found in the knowledge base.
#[derive(Debug, Clone, PartialEq)]
pub struct ResolvedActor {
    /// Canonical name.
    pub canonical: String,
    /// ISO alpha-3 code.
    pub code: Option<String>,
    /// Entity type.
    pub kind: EntityType,
}

/// The read-only knowledge base: gazetteer, people with dated roles, organisations, cue lists.
#[derive(Debug, Default)]
pub struct Knowledge {
    base: knowledge::Base,
}

/// A person's office on a date.
#[derive(Debug, Clone, PartialEq)]
pub struct OfficeHeld {
    /// Office id, e.g. `USA:foreign_minister`.
    pub office: String,
    /// Actor role class, e.g. `GOV`.
    pub role: String,
    /// Country code of the person.
    pub code: Option<String>,
}

impl Knowledge {
    /// The built-in knowledge shipped in the binary (from `knowledge/`).
    pub fn builtin() -> Result<Self, KnowledgeError> {
        Ok(Knowledge { base: knowledge::Base::load(&[knowledge::Files::builtin()])? })
    }

    /// Built-in knowledge extended by user overlay directories (`--knowledge DIR`), each holding files of the
    /// built-in names and format (`countries.tsv`, `entities.tsv`, `people.tsv`, `roles.tsv`, `context.tsv`).
    pub fn with_overlays(dirs: &[PathBuf]) -> Result<Self, KnowledgeError> {
        let mut sets = vec![knowledge::Files::builtin()];
        for d in dirs {
            sets.push(knowledge::Files::read_dir(d)?);
        }
        Ok(Knowledge { base: knowledge::Base::load(&sets)? })
    }

    /// Resolves a name, alias or code ("DPRK", "PRK", "Pyongyang") to an actor, as of `date`.
    pub fn resolve(&self, name: &str, date: Option<NaiveDate>) -> Option<ResolvedActor> {
        self.base.resolve(name, date)
    }

    /// The office a known person (by canonical name or alias) holds on `date`, else their latest one.
    pub fn role_of(&self, name: &str, date: Option<NaiveDate>) -> Option<OfficeHeld> {
        let key = normalise(name);
        let targets = self.base.targets(&key);
        let t = self.base.choose(targets, date)?;
        let entry = self.base.entry(t.entry)?;
        let role = self.base.role_on(t.entry, date)?;
        Some(OfficeHeld { office: role.office.clone(), role: role.role.clone(), code: entry.code.clone() })
    }

    /// Sizes of the loaded base.
    pub fn stats(&self) -> KnowledgeStats {
        self.base.stats()
    }
}

/// Everything the analysis found in one text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Analysis {
    /// Sentence byte ranges.
    pub sentences: Vec<Range<usize>>,
    /// Entity mentions.
    pub entities: Vec<Entity>,
    /// Quotes.
    pub quotes: Vec<Quote>,
    /// Quantities.
    pub quantities: Vec<Quantity>,
    /// Time expressions.
    pub times: Vec<TimeExpr>,
    /// Tokens of the text.
    pub tokens: Vec<Token>,
    /// Token index ranges of the sentences (parallel to `sentences`).
    pub sentence_tokens: Vec<Range<usize>>,
    /// Token index ranges of the paragraphs.
    pub paragraphs: Vec<Range<usize>>,
    /// Facts about each entity mention (parallel to `entities`).
    pub entity_info: Vec<EntityInfo>,
    /// Facts about each quote (parallel to `quotes`).
    pub quote_info: Vec<QuoteInfo>,
}

/// Runs the analysis with a shared knowledge base.
#[derive(Debug, Clone)]
pub struct Analyser {
    knowledge: Arc<Knowledge>,
}

impl Analyser {
    /// An analyser over `knowledge`.
    pub fn new(knowledge: Arc<Knowledge>) -> Self {
        Analyser { knowledge }
    }

    /// The knowledge base in use.
    pub fn knowledge(&self) -> &Arc<Knowledge> {
        &self.knowledge
    }

    /// Analyses `text`, resolving relative times against `published`.
    pub fn analyse(&self, text: &str, published: Option<NaiveDate>) -> Analysis {
        let toks = tokens(text);
        let sentence_tokens = token::sentence_token_ranges(text, &toks);
        let paragraphs = token::paragraph_token_ranges(&toks);
        let mut sent_of = vec![0; toks.len()];
        let mut sent_start = Vec::with_capacity(sentence_tokens.len());
        for (s, r) in sentence_tokens.iter().enumerate() {
            sent_start.push(r.start);
            for x in sent_of.iter_mut().take(r.end).skip(r.start) {
                *x = s;
            }
        }
        let mut para_of = vec![0; toks.len()];
        for (p, r) in paragraphs.iter().enumerate() {
            for x in para_of.iter_mut().take(r.end).skip(r.start) {
                *x = p;
            }
        }
        let spans = quotes::find_spans(text, &toks, &paragraphs);
        let mut in_quote = vec![false; toks.len()];
        for s in &spans {
            let end = s.close.unwrap_or_else(|| paragraphs.get(s.para).map(|r| r.end).unwrap_or(s.open));
            for x in in_quote.iter_mut().take(end).skip(s.open) {
                *x = true;
            }
        }
        let headline_common = headline::common_words(text, &toks);
        let cx = entities::Ctx {
            text,
            toks: &toks,
            headline_common: &headline_common,
            sent_of: &sent_of,
            sent_start: &sent_start,
            in_quote: &in_quote,
            kb: &self.knowledge.base,
            date: published,
        };
        let cands = entities::recognise(&cx);
        let mut ent_at = vec![None; toks.len()];
        for (k, c) in cands.iter().enumerate() {
            for x in ent_at.iter_mut().take(c.toks.end).skip(c.toks.start) {
                *x = Some(k);
            }
        }
        let sentences: Vec<Range<usize>> = sentence_tokens
            .iter()
            .filter_map(|r| Some(toks.get(r.start)?.start..toks.get(r.end.checked_sub(1)?)?.end))
            .collect();
        let qc = quotes::QuoteCtx {
            text,
            toks: &toks,
            sentences: &sentence_tokens,
            sent_of: &sent_of,
            paras: &paragraphs,
            para_of: &para_of,
            in_quote: &in_quote,
            ents: &cands,
            ent_at: &ent_at,
            kb: &self.knowledge.base,
            date: published,
        };
        let (quotes, quote_info): (Vec<Quote>, Vec<QuoteInfo>) = quotes::attribute(&qc, &spans).into_iter().unzip();
        let mut consumed = vec![false; toks.len()];
        let times = times::find(text, &toks, published, &mut consumed);
        let quantities = quantities::find(text, &toks, &consumed);
        let mut entities = Vec::with_capacity(cands.len());
        let mut entity_info = Vec::with_capacity(cands.len());
        for c in &cands {
            let (Some(a), Some(b)) = (toks.get(c.toks.start), c.toks.end.checked_sub(1).and_then(|e| toks.get(e)))
            else {
                continue;
            };
            entities.push(Entity {
                text: text.get(a.start..b.end).unwrap_or("").to_string(),
                kind: c.kind,
                canonical: c.canonical.clone(),
                code: c.code.clone(),
                start: a.start,
                end: b.end,
            });
            let kb = c.kb.and_then(|k| self.knowledge.base.entry(k));
            entity_info.push(EntityInfo {
                tokens: c.toks.clone(),
                sentence: c.sentence,
                usage: c.usage,
                role: c.role.clone(),
                title: c.title.clone(),
                kb_id: kb.map(|e| e.id.clone()),
                in_quote: in_quote.get(c.toks.start).copied().unwrap_or(false),
                place_of: if c.usage == Usage::Place { c.code.clone() } else { None },
            });
        }
        Analysis {
            sentences,
            entities,
            quotes,
            quantities,
            times,
            tokens: toks,
            sentence_tokens,
            paragraphs,
            entity_info,
            quote_info,
        }
    }
}

/// Splits text into sentence byte ranges.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let toks = tokens(text);
    token::sentence_spans(text, &toks)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{HashMap, HashSet};

    fn analyser() -> Analyser {
        Analyser::new(Arc::new(Knowledge::builtin().expect("builtin knowledge loads")))
    }

    fn date(s: &str) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
    }

    fn find<'a>(a: &'a Analysis, text: &str) -> Vec<&'a Entity> {
        a.entities.iter().filter(|e| e.text == text).collect()
    }

    #[test]
    fn knowledge_is_consistent() {
        let k = Knowledge::builtin().unwrap();
        let b = &k.base;
        let codes: HashSet<&str> =
            b.entries.iter().filter(|e| e.alpha2.is_some()).filter_map(|e| e.code.as_deref()).collect();
        assert!(codes.len() >= 240, "countries: {}", codes.len());
        let mut ids = HashSet::new();
        for e in &b.entries {
            assert!(ids.insert(e.id.as_str()), "duplicate id {}", e.id);
            if let Some(c) = &e.code {
                assert!(codes.contains(c.as_str()), "{} has unknown code {c}", e.id);
            }
        }
        let mut by_office: HashMap<&str, Vec<&knowledge::Role>> = HashMap::new();
        for r in &b.roles {
            by_office.entry(r.office.as_str()).or_default().push(r);
        }
        for (office, mut roles) in by_office {
            roles.sort_by_key(|r| r.from);
            for w in roles.windows(2) {
                let end = w[0].to.unwrap_or(NaiveDate::MAX);
                assert!(end <= w[1].from, "overlapping roles for {office}: {:?} / {:?}", w[0], w[1]);
            }
        }
        for key in b.alias_keys() {
            assert!(k.resolve(key, None).is_some(), "alias {key} does not resolve");
        }
        let stats = k.stats();
        assert!(stats.people >= 300 && stats.roles >= 350, "{stats:?}");
    }

    #[test]
    fn resolves_aliases_codes_capitals_by_date() {
        let k = Knowledge::builtin().unwrap();
        for name in ["DPRK", "PRK", "Pyongyang", "N. Korea", "Democratic People's Republic of Korea", "North Korean"] {
            assert_eq!(k.resolve(name, None).map(|r| r.canonical), Some("North Korea".into()), "{name}");
        }
        assert_eq!(k.resolve("Washington", None).and_then(|r| r.code), Some("USA".into()));
        let fm = |d: &str| k.role_of("Park Jin", date(d)).map(|o| o.office);
        assert_eq!(fm("2023-11-09"), Some("KOR:foreign_minister".into()));
        assert_eq!(k.role_of("Blinken", date("2024-01-01")).map(|o| o.role), Some("GOV".into()));
        let bush = |d: &str| k.resolve("Bush", date(d)).map(|r| r.canonical);
        assert_eq!(bush("2002-04-08"), Some("George W. Bush".into()));
        assert_eq!(bush("1991-01-17"), Some("George H. W. Bush".into()));
        assert_eq!(k.resolve("Hayashi Yoshimasa", None).map(|r| r.canonical), Some("Yoshimasa Hayashi".into()));
    }

    #[test]
    fn post_posed_speakers_after_titles_with_bodies_and_of_phrases() {
        let text =
            "Guinea's results are out.\n\n\"Ahead of the confirmation, the commission declares a winner,\" said \
                    commission president Bakary Fofana.\n\n\"It was the commitment of the parties to the ceasefire\" \
                    said secretary-general of Sant'Egidio, Paolo Impagliazzo, on Monday.\n\n\"This is the coronation of \
                    a lifetime,\" the deputy secretary-general of Mr Tshisekedi's party, Rubens Mikindo, said.";
        let a = analyser().analyse(text, date("2020-10-24"));
        let by = |t: &str| a.quotes.iter().find(|q| q.text.contains(t)).and_then(|q| q.speaker.clone());
        assert_eq!(by("Ahead of").as_deref(), Some("Bakary Fofana"), "{:?}", a.quotes);
        assert_eq!(by("commitment of").as_deref(), Some("Paolo Impagliazzo"), "{:?}", a.quotes);
        assert_eq!(by("coronation").as_deref(), Some("Rubens Mikindo"), "{:?}", a.quotes);
        let text = "This was stated to TASS by the press attache Jan Jindrich.\n\n\"I can confirm that the Ambassador \
                    would arrive at the ministry, \u{2013} he said. \u{2013} As for the reasons, the ministry does not \
                    report them.\"";
        let a = analyser().analyse(text, date("2020-06-15"));
        let by = |t: &str| a.quotes.iter().find(|q| q.text.contains(t)).and_then(|q| q.speaker.clone());
        assert_eq!(by("I can confirm").as_deref(), Some("Jan Jindrich"), "{:?}", a.quotes);
        assert_eq!(by("As for the reasons").as_deref(), Some("Jan Jindrich"), "{:?}", a.quotes);
        assert!(a.quotes.iter().all(|q| !q.text.contains("he said")), "{:?}", a.quotes);
        let text =
            "The Salvadoran government expelled the diplomats. It said the decision is in line with comments by \
                    President Nayib Bukele \"not recognizing Maduro's government as legitimate.\"";
        let a = analyser().analyse(text, date("2019-11-03"));
        let by = |t: &str| a.quotes.iter().find(|q| q.text.contains(t)).and_then(|q| q.speaker.clone());
        assert_eq!(by("not recognizing").as_deref(), Some("Nayib Bukele"), "{:?}", a.quotes);
        let text = "The expulsion was announced by the Prime Minister of the Czech Republic Andrej Babis. He argued \
                    that one employee had spread false information.\n\nAccording to the Prime Minister, the actions \
                    of this man led to \"further complication of relations.\"";
        let a = analyser().analyse(text, date("2020-06-15"));
        let by = |t: &str| a.quotes.iter().find(|q| q.text.contains(t)).and_then(|q| q.speaker.clone());
        assert_eq!(by("further complication").as_deref(), Some("Andrej Babiš"), "{:?}", a.quotes);
        let text = "U.S. Trade Representative Robert Lighthizer rejected the ruling.\n\nThe report says that the \
                    United States \"must use distorted Chinese prices\" to measure subsidies, according to Lighthizer, \
                    unless it provides more analysis. China's Ministry of Commerce in a statement welcomed the ruling, \
                    adding the U.S. \"has seriously damaged the fairness of trade.\"";
        let a = analyser().analyse(text, date("2019-10-03"));
        let by = |t: &str| a.quotes.iter().find(|q| q.text.contains(t)).and_then(|q| q.speaker.clone());
        assert_eq!(by("distorted").as_deref(), Some("Robert Lighthizer"), "{:?}", a.quotes);
        assert!(by("seriously damaged").is_some_and(|s| s != "Robert Lighthizer"), "{:?}", a.quotes);
        let text = "The EU said Shoigu was targeted because under his \"command and orders, troops have held drills,\" \
                    according to AP, quoting the sanctions list. \"He is ultimately responsible for any military action.\"";
        let a = analyser().analyse(text, date("2022-02-23"));
        let by = |t: &str| a.quotes.iter().find(|q| q.text.contains(t)).and_then(|q| q.speaker.clone());
        assert_eq!(by("ultimately responsible").as_deref(), Some("European Union"), "{:?}", a.quotes);
    }

    #[test]
    fn representatives_to_bodies_and_given_names_that_are_months() {
        let a = analyser().analyse(
            "Palestinian U.N. delegate Samir Oudeh said the plan would fail. Israel rejected it. Israeli troops \
             moved in. Israel said it would stay.\n\nThis was stated to TASS by the press attache of the Czech \
             Embassy in Moscow, Jan Jindrich. Moscow and Russia disagreed.",
            date("2020-06-15"),
        );
        assert_eq!(find(&a, "Samir Oudeh")[0].code.as_deref(), Some("PSE"), "{:?}", a.entities);
        assert_eq!(find(&a, "Jan Jindrich")[0].code.as_deref(), Some("CZE"), "{:?}", a.entities);
    }

    #[test]
    fn name_shapes_kin_and_lists_place_unknown_people() {
        let a = analyser().analyse(
            "Speaker Om Birla of the Lok Sabha will visit Vietnam. The delegation will include MPs Riti Pathak, \
             Rahul Ramesh Shewale and Rajani Patil. In Vietnam they meet Vietnamese officials and visit Hanoi. \
             Vietnam welcomed the visit.",
            date("2022-04-18"),
        );
        for name in ["Riti Pathak", "Rahul Ramesh Shewale", "Rajani Patil"] {
            assert_eq!(find(&a, name)[0].code.as_deref(), Some("IND"), "{name}: {:?}", a.entities);
        }
        let a = analyser().analyse(
            "Xi Jinping arrived in Kigali. Xi and his wife, Peng Liyuan, were received by Paul Kagame and his \
             wife, Jeannette Kagame. China and China's partners met.",
            date("2018-07-24"),
        );
        assert_eq!(find(&a, "Jeannette Kagame")[0].code.as_deref(), Some("RWA"), "{:?}", a.entities);
        let a = analyser().analyse(
            "He met the Speaker of the Sri Lanka Parliament Mahinda Yapa Abeywardana in Delhi. Later he met the \
             Speaker of the Assam Legislative Assembly Biswajit Daimary. The Speaker of the Lok Sabha spoke.",
            date("2023-12-21"),
        );
        assert_eq!(find(&a, "Mahinda Yapa Abeywardana")[0].code.as_deref(), Some("LKA"), "{:?}", a.entities);
        assert_eq!(find(&a, "Biswajit Daimary")[0].kind, EntityType::Person, "{:?}", a.entities);
        assert_eq!(find(&a, "Lok Sabha")[0].code.as_deref(), Some("IND"), "{:?}", a.entities);
        assert!(a.entities.iter().all(|e| e.canonical != "Sabha"), "{:?}", a.entities);
        let a = analyser().analyse(
            "Birla will call on the President of the Senate Say Chhum in Cambodia. Cambodia and Cambodia welcomed \
             him.",
            date("2022-04-20"),
        );
        assert_eq!(find(&a, "Say Chhum")[0].kind, EntityType::Person, "{:?}", a.entities);
    }

    #[test]
    fn title_acronyms_agency_credits_and_spokespeople_bodies() {
        let a = analyser().analyse(
            "Washington DC [US], July 30 (ANI): Chinese Foreign Minister Wang Yi met NSA Ajit Doval in New Delhi. \
             The United States and the United States again. \"We oppose it,\" Foreign Ministry spokesman Wang \
             Wenbin said of the United States.",
            date("2023-07-30"),
        );
        assert!(a.entities.iter().all(|e| e.canonical != "Asian News International"), "{:?}", a.entities);
        assert!(a.entities.iter().all(|e| e.canonical != "National Security Agency"), "{:?}", a.entities);
        assert_eq!(find(&a, "Ajit Doval")[0].code.as_deref(), Some("IND"), "{:?}", a.entities);
        assert_eq!(find(&a, "Foreign Ministry")[0].code.as_deref(), Some("CHN"), "{:?}", a.entities);
    }

    #[test]
    fn unplaced_people_take_the_main_country_only_where_it_dominates() {
        let a = analyser().analyse(
            "Foreign Minister Tariq Venn met his Chinese counterpart after visits to Afghanistan and \
             Iran.",
            date("2019-01-06"),
        );
        assert_eq!(find(&a, "Tariq Venn")[0].code, None);
        let a = analyser().analyse(
            "Kenya's parliament met on Monday. Kenyan lawmakers and the Kenyan police debated. Tariq Venn spoke.",
            date("2019-01-06"),
        );
        assert_eq!(find(&a, "Tariq Venn")[0].code.as_deref(), Some("KEN"));
    }

    #[test]
    fn overlays_extend_the_base() {
        let dir = std::env::temp_dir().join(format!("storyline-kb-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("people.tsv"),
            "# id\tcanonical\taliases\tcode\tname_order\np:x\tJane Roe\tRoe\tFRA\t\n",
        )
        .unwrap();
        let k = Knowledge::with_overlays(std::slice::from_ref(&dir)).unwrap();
        assert_eq!(k.resolve("Roe", None).and_then(|r| r.code), Some("FRA".into()));
        std::fs::write(dir.join("roles.tsv"), "p:nobody\tX:y\tGOV\t2020-01-01\t\n").unwrap();
        assert!(Knowledge::with_overlays(std::slice::from_ref(&dir)).is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn capitals_are_governments_when_they_act_and_places_otherwise() {
        let a = analyser().analyse(
            "Moscow intends to share technology with Pyongyang. Blinken arrived in Seoul on Monday. \
             Washington delivered its concerns to Seoul.",
            date("2025-01-06"),
        );
        assert_eq!(find(&a, "Moscow")[0].canonical, "Russia");
        assert_eq!(find(&a, "Pyongyang")[0].canonical, "North Korea");
        let seoul = find(&a, "Seoul");
        assert_eq!(seoul[0].canonical, "Seoul");
        assert_eq!(seoul[0].code.as_deref(), Some("KOR"));
        assert_eq!(seoul[1].canonical, "South Korea");
        assert_eq!(find(&a, "Washington")[0].canonical, "United States");
    }

    #[test]
    fn titles_make_people_and_give_their_country_and_role() {
        let a = analyser().analyse(
            "Ukrainian Defence Minister Oleh Petrenko-Kovalenko met Brazilian Gen. Marco Aurelio Souza. \
             Petrenko-Kovalenko said the talks went well.",
            date("2025-03-01"),
        );
        let p = find(&a, "Oleh Petrenko-Kovalenko");
        assert_eq!(p.len(), 1, "{:?}", a.entities);
        assert_eq!((p[0].kind, p[0].code.as_deref()), (EntityType::Person, Some("UKR")));
        let g = find(&a, "Marco Aurelio Souza");
        assert_eq!(g[0].code.as_deref(), Some("BRA"));
        let k = a.entities.iter().position(|e| e.text == "Marco Aurelio Souza").unwrap();
        assert_eq!(a.entity_info[k].role.as_deref(), Some("MIL"));
        assert_eq!(find(&a, "Petrenko-Kovalenko")[0].canonical, "Oleh Petrenko-Kovalenko");
    }

    #[test]
    fn korean_context_aliases_and_regions() {
        let a = analyser().analyse(
            "South Korea said the North fired a missile. Troops were sent to Russia's Belgorod border region. \
             The South's National Assembly met.",
            date("2024-11-01"),
        );
        assert_eq!(find(&a, "the North")[0].canonical, "North Korea");
        assert_eq!(find(&a, "Belgorod")[0].code.as_deref(), Some("RUS"));
        assert_eq!(find(&a, "National Assembly")[0].code.as_deref(), Some("KOR"));
        let b = analyser().analyse("The North won the game against the South.", date("2024-11-01"));
        assert!(b.entities.iter().all(|e| e.canonical != "North Korea"), "{:?}", b.entities);
    }

    #[test]
    fn quotes_with_speakers() {
        let text = "Minister Jane Roe spoke on Monday.\n\n\
                    \u{201C}We will not give up,\u{201D} she said. \u{201C}Never.\u{201D}\n\n\
                    \u{201C}The talks are over,\u{201D} said Roe.\n\n\
                    Prime Minister Keir Starmer warned that the deal was at risk.\n\n\
                    He called it a \"serious mistake\" in London.";
        let a = analyser().analyse(text, date("2025-01-06"));
        let by = |t: &str| a.quotes.iter().find(|q| q.text.contains(t)).and_then(|q| q.speaker.clone());
        assert_eq!(by("We will not give up").as_deref(), Some("Jane Roe"));
        assert_eq!(by("The talks are over").as_deref(), Some("Jane Roe"));
        assert_eq!(by("the deal was at risk").as_deref(), Some("Keir Starmer"));
        assert_eq!(by("serious mistake").as_deref(), Some("Keir Starmer"));
        assert!(a.quotes.iter().any(|q| !q.direct));
    }

    #[test]
    fn a_straight_mark_typed_for_an_apostrophe_does_not_open_a_quote() {
        let text = "Pakistan\"s Minister of Defence Khawaja Asif has cited the remark by the IMF chief as \"meddling in \
                    our internal affairs\", Dawn reported. The IMF had said it hopes \"a peaceful way forward is found \
                    in line with the Constitution\", and Asif said they don\"t speak when their own interest is involved.";
        let a = analyser().analyse(text, date("2023-06-02"));
        let found = |t: &str| a.quotes.iter().any(|q| q.text.contains(t));
        assert!(found("meddling in our internal affairs"), "{:?}", a.quotes);
        assert!(found("a peaceful way forward"), "{:?}", a.quotes);
        assert!(!a.quotes.iter().any(|q| q.text.starts_with("s ")), "{:?}", a.quotes);
    }

    #[test]
    fn two_apostrophes_typed_for_a_double_mark_quote() {
        let text = "''During the visit, the foreign secretary will meet with his counterparts,'' MEA spokesperson \
                    Arindam Bagchi said at a media briefing in New Delhi on Monday.";
        let a = analyser().analyse(text, date("2022-01-01"));
        let q = a.quotes.iter().find(|q| q.text.contains("During the visit"));
        assert!(q.is_some_and(|q| q.text.starts_with("During") && !q.text.contains("''")), "{:?}", a.quotes);
        assert!(!a.quotes.iter().any(|q| q.text.contains("media briefing")), "{:?}", a.quotes);
    }

    #[test]
    fn role_phrases_speak_for_office_holders_and_bodies() {
        let text = "The sanctions \u{201C}closed the door to negotiations\u{201D} with Tehran, Britain's top diplomat \
                    said on Sunday.\n\n\
                    Germany's foreign ministry said: \u{201C}We regret this step by the council.\u{201D}\n\n\
                    Prime Minister Keir Starmer spoke first. A French government spokesman later said: \
                    \u{201C}Paris will not accept it.\u{201D} \u{201C}It is a mistake,\u{201D} he added.";
        let a = analyser().analyse(text, date("2024-01-10"));
        let by = |t: &str| a.quotes.iter().find(|q| q.text.contains(t)).and_then(|q| q.speaker.clone());
        assert_eq!(by("closed the door").as_deref(), Some("David Cameron"));
        assert_eq!(by("We regret this step").as_deref(), Some("Germany"));
        assert_eq!(by("Paris will not accept").as_deref(), Some("France"));
        assert_eq!(by("It is a mistake").as_deref(), Some("France"));
    }

    #[test]
    fn speakers_behind_affiliations_and_possessives() {
        let text = "\u{201C}This is not a voluntary warning at all,\u{201D} said Los Angeles Fire Department Chief \
                    Kristin Crowley.\n\n\
                    \u{201C}I come before you to convey our gratitude,\u{201D} stated French President Emmanuel Macron.\n\n\
                    In the wake of President Yoon Suk Yeol's decree, Antony Blinken reaffirmed Washington's \
                    \u{201C}full confidence in the democracy\u{201D} of South Korea.\n\n\
                    KCNA reported the launch on Friday and called it \u{201C}the perfected weapon system\u{201D}.";
        let a = analyser().analyse(text, date("2025-01-06"));
        let by = |t: &str| a.quotes.iter().find(|q| q.text.contains(t)).and_then(|q| q.speaker.clone());
        assert_eq!(by("voluntary warning").as_deref(), Some("Kristin Crowley"));
        assert_eq!(by("convey our gratitude").as_deref(), Some("Emmanuel Macron"));
        assert_eq!(by("full confidence").as_deref(), Some("Antony Blinken"));
        assert_eq!(by("perfected weapon").as_deref(), Some("KCNA"));
        let b = analyser().analyse(
            "\u{201C}The situation is extremely serious,\u{201D} a senior European diplomat told Reuters.",
            date("2025-01-06"),
        );
        assert!(b.quotes.iter().all(|q| q.speaker.as_deref() != Some("Reuters")), "{:?}", b.quotes);
        let c = analyser().analyse(
            "Kenyan President William Ruto spoke on Monday.\n\n\u{201C}We will not allow this,\u{201D} the president said.",
            date("2025-01-06"),
        );
        assert_eq!(c.quotes.first().and_then(|q| q.speaker.as_deref()), Some("William Ruto"));
        let d = analyser().analyse(
            "According to a statement from the Iranian foreign ministry, the sanctions are \u{201C}illegal and unjust\u{201D}.",
            date("2025-01-06"),
        );
        assert_eq!(d.quotes.first().and_then(|q| q.speaker.as_deref()), Some("Iran"));
    }

    #[test]
    fn quantities_with_markers_units_and_counts() {
        let a = analyser().analyse(
            "Some 12,000 North Korean soldiers and over 1 million artillery shells; the missile flew over 1,100 \
             kilometers. A dozen drones cost $1.5 billion, about 3% of the budget, in 2024 at 10:30 a.m.",
            date("2025-01-06"),
        );
        let q = |v: f64| a.quantities.iter().find(|q| (q.value - v).abs() < 1e-6);
        let s = q(12000.0).unwrap();
        assert!(s.approximate && s.counts.as_deref() == Some("North Korean soldiers"));
        assert_eq!(q(1e6).unwrap().counts.as_deref(), Some("artillery shells"));
        assert_eq!(q(1100.0).unwrap().unit.as_deref(), Some("km"));
        assert_eq!(q(12.0).unwrap().counts.as_deref(), Some("drones"));
        assert_eq!(q(1.5e9).unwrap().unit.as_deref(), Some("USD"));
        assert_eq!(q(3.0).unwrap().unit.as_deref(), Some("%"));
        assert!(q(2024.0).is_none() && q(10.0).is_none() && q(30.0).is_none());
    }

    #[test]
    fn times_resolve_against_publication() {
        let a = analyser().analyse(
            "He arrived late Sunday and spoke Monday. Talks on Nov. 9 and on January 6, 2025 followed a deal in \
             September and the crisis of 2024. It happened yesterday, 9 November 2023, and two weeks ago.",
            date("2025-01-06"),
        );
        let v = |t: &str| a.times.iter().find(|x| x.text == t).map(|x| x.value.clone());
        assert_eq!(v("late Sunday").as_deref(), Some("2025-01-05"));
        assert_eq!(v("Monday").as_deref(), Some("2025-01-06"));
        assert_eq!(v("Nov. 9").as_deref(), Some("2024-11-09"));
        assert_eq!(v("January 6, 2025").as_deref(), Some("2025-01-06"));
        assert_eq!(v("September").as_deref(), Some("2024-09"));
        assert_eq!(v("2024").as_deref(), Some("2024"));
        assert_eq!(v("yesterday").as_deref(), Some("2025-01-05"));
        assert_eq!(v("9 November 2023").as_deref(), Some("2023-11-09"));
        assert_eq!(v("two weeks ago").as_deref(), Some("2024-12-23"));
        // Undotted "Mar" and "Sep" are months before a day only: "Mar Elias" stays a name.
        let a = analyser().analyse(
            "New Delhi, Mar 16 (IANS): Talks began. They first met on Sep 3. Mar Elias church hosted them.",
            date("2024-03-16"),
        );
        let v = |t: &str| a.times.iter().find(|x| x.text == t).map(|x| x.value.clone());
        assert_eq!(v("Mar 16").as_deref(), Some("2024-03-16"));
        assert_eq!(v("Sep 3").as_deref(), Some("2023-09-03"));
        assert!(a.times.iter().all(|x| !x.text.starts_with("Mar E")), "{:?}", a.times);
        // A weekday naming a date belongs to it; "Month, YYYY" is one month; a future marker keeps a later month
        // in the publication's year; a headline's "upcoming" does not make the lead's weekday future.
        let a = analyser().analyse(
            "Ministers to prepare upcoming summit\n\nThe ministers held talks in Moscow on Thursday. Clashes have \
             gone on since Saturday, October 7. A round is due in the second half of coming April, 2017. Leaders \
             will meet in Europe at the end of October.",
            date("2023-09-01"),
        );
        let v = |t: &str| a.times.iter().find(|x| x.text == t).map(|x| x.value.clone());
        assert_eq!(v("Thursday").as_deref(), Some("2023-08-31"));
        assert_eq!(v("Saturday, October 7").as_deref(), Some("2023-10-07"));
        assert_eq!(v("April, 2017").as_deref(), Some("2017-04"));
        assert_eq!(v("October").as_deref(), Some("2023-10"));
    }

    #[test]
    fn unknown_names_organisations_datelines_and_speakers() {
        let text = "BRUSSELS: The Palestinian Authority condemned the strike on the outskirts of Damascus.\n\n\
                    \"The bloodbath has continued for far too long,\" said Amar Bendjama, the representative of \
                    Algeria.\n\nTrump, in a walk with Kim around the hotel, told reporters they were \"heading for \
                    a signing.\"\n\n\"We will respond to these barriers strongly,\" the Syrian Foreign Ministry \
                    said. \"Any aggression will face a firm response,\" it added.";
        let a = analyser().analyse(text, date("2024-03-25"));
        let ent = |t: &str| a.entities.iter().find(|e| e.text == t).map(|e| (e.canonical.as_str(), e.code.as_deref()));
        assert_eq!(ent("Palestinian Authority"), Some(("Palestinian Authority", Some("PSE"))));
        assert_eq!(ent("Amar Bendjama"), Some(("Amar Bendjama", Some("DZA"))));
        assert_eq!(ent("BRUSSELS"), Some(("Brussels", Some("BEL"))));
        assert_eq!(ent("Damascus"), Some(("Damascus", Some("SYR"))));
        let who = |t: &str| a.quotes.iter().find(|q| q.text.contains(t)).and_then(|q| q.speaker.as_deref());
        assert_eq!(who("bloodbath"), Some("Amar Bendjama"));
        assert_eq!(who("heading for"), Some("Donald Trump"));
        assert_eq!(who("respond to these"), Some("Syria"));
        assert_eq!(who("Any aggression"), Some("Syria"));
    }

    #[test]
    fn unknown_places_after_prepositions() {
        let a = analyser().analyse(
            "Australia and Japan signed a pact. The leaders of Australia met for talks in Perth on Saturday.",
            date("2022-10-22"),
        );
        let perth = a.entities.iter().find(|e| e.text == "Perth").map(|e| (e.kind, e.code.as_deref()));
        assert_eq!(perth, Some((EntityType::Gpe, Some("AUS"))));
    }

    #[test]
    fn currency_codes_member_compounds_and_future_weekdays() {
        let a = analyser().analyse(
            "He had a USD five million reward on his head. The 15-member council voted. Kim is scheduled to \
             leave Singapore on Thursday afternoon. Trump arrived on Tuesday.",
            date("2018-06-12"),
        );
        let q = |v: f64| a.quantities.iter().find(|q| q.value == v).map(|q| q.unit.clone());
        assert_eq!(q(5_000_000.0), Some(Some("USD".to_string())));
        assert_eq!(q(15.0), Some(None));
        let t = |x: &str| a.times.iter().find(|t| t.text.starts_with(x)).map(|t| t.value.clone());
        assert_eq!(t("Thursday").as_deref(), Some("2018-06-14"));
        assert_eq!(t("Tuesday").as_deref(), Some("2018-06-12"));
    }

    #[test]
    fn unknown_places_by_cues_and_coordination_and_shared_names_by_document() {
        let text =
            "Gunmen attacked villagers from Galape and Kudodo in Allawa community of Shiroro local government area in \
                    Niger state. At Mandaragiru, a community 32km away from Biu, six were killed.\n\n\
                    Lai Mohammed accused the Labour Party of lying to INEC in Abuja.";
        let a = analyser().analyse(text, date("2021-04-26"));
        let ent = |t: &str| a.entities.iter().find(|e| e.text == t).map(|e| (e.kind, e.code.clone()));
        for place in ["Galape", "Kudodo", "Allawa", "Shiroro", "Mandaragiru", "Biu"] {
            assert_eq!(ent(place), Some((EntityType::Gpe, Some("NGA".to_string()))), "{place}: {:?}", a.entities);
        }
        assert_eq!(ent("Niger state").map(|x| x.1), Some(Some("NGA".to_string())));
        assert_eq!(ent("Labour Party").map(|x| x.1), Some(Some("NGA".to_string())));
    }

    #[test]
    fn titles_of_international_bodies_and_appositions_give_the_affiliation() {
        let text = "Russia banned European Parliament President Jan Kowalczyk and the Secretary-General of the \
                    European Commission, Ilona Berzina, from entering the country. The Ambassador of Russian \
                    Federation to the European Union, Pavel Chizhenko, was summoned. Peter Navarrez, Trump's \
                    senior counselor for trade, spoke next.";
        let a = analyser().analyse(text, date("2021-05-03"));
        let code = |t: &str| a.entities.iter().find(|e| e.text == t).map(|e| e.code.clone());
        assert_eq!(code("Jan Kowalczyk"), Some(None), "{:?}", a.entities);
        assert_eq!(code("Ilona Berzina"), Some(None));
        assert_eq!(code("Pavel Chizhenko"), Some(Some("RUS".to_string())));
        assert_eq!(code("Peter Navarrez"), Some(Some("USA".to_string())));
    }

    #[test]
    fn speakers_of_bodies_statements_ages_and_pronouns_by_gender() {
        let text = "The action is \u{201C}obviously very politically motivated,\u{201D} says the EU.\n\n\
                    \u{201C}We will convey our rejection to him,\u{201D} said a spokesman for the EU\u{2019}s \
                    External Action Service in Brussels.\n\n\
                    Preeti Saran spoke after Prime Minister Narendra Modi met the president. \u{201C}This was an \
                    excellent meeting for both sides,\u{201D} she said.\n\n\
                    Mahama rejected the numbers. \u{201C}Numerous steps have been taken to manipulate the results,\u{201D} \
                    the 62-year-old alleged.\n\n\
                    Governor Abubakar Sani-Bello condemned the attack. He said:\u{201D}It would have been avoided if \
                    villagers had alerted the army.\u{201D}";
        let a = analyser().analyse(text, date("2021-05-03"));
        let by = |t: &str| a.quotes.iter().find(|q| q.text.contains(t)).and_then(|q| q.speaker.clone());
        assert_eq!(by("obviously very").as_deref(), Some("European Union"), "{:?}", a.quotes);
        assert_eq!(by("convey our rejection").as_deref(), Some("European External Action Service"));
        assert_eq!(by("excellent meeting").as_deref(), Some("Preeti Saran"));
        assert_eq!(by("Numerous steps").as_deref(), Some("John Mahama"));
        assert_eq!(by("would have been avoided").as_deref(), Some("Abubakar Sani-Bello"));
    }

    #[test]
    fn officials_of_international_bodies_and_unnamed_office_holders() {
        let text = "EU foreign policy chief Josep Borrell met Kenyan officials in Nairobi.\n\n\
                    \u{201C}We will not accept this,\u{201D} the foreign minister of India said on Monday.\n\n\
                    Kenya rejected the claim. Local official Jane Wambui said Russian troops had not crossed.";
        let a = analyser().analyse(text, date("2023-05-08"));
        let ent = |t: &str| a.entities.iter().find(|e| e.text == t).map(|e| e.code.clone());
        assert_eq!(ent("Josep Borrell"), Some(None), "{:?}", a.entities);
        assert_eq!(ent("Jane Wambui"), Some(Some("KEN".to_string())));
        let by = |t: &str| a.quotes.iter().find(|q| q.text.contains(t)).and_then(|q| q.speaker.clone());
        assert_eq!(by("We will not accept").as_deref(), Some("Subrahmanyam Jaishankar"), "{:?}", a.quotes);
        let k = a.entities.iter().position(|e| e.text == "India").unwrap();
        assert_eq!((a.entity_info[k].usage, a.entity_info[k].role.as_deref()), (Usage::Actor, Some("GOV")));
    }

    #[test]
    fn speakers_of_participles_offices_and_earlier_statements() {
        let text = "In response, the Iranian Embassy in London issued a statement, saying, \u{201C}The embassy \
                    categorically rejects the false claims.\u{201D}\n\n\
                    \u{201C}The minister will request an emergency meeting,\u{201D} Greek Prime Minister Kyriakos \
                    Mitsotakis\u{2019} office said on Tuesday.\n\n\
                    \u{201C}These actions impose unprecedented costs on Russia,\u{201D} the US Department of the \
                    Treasury said in a statement. Treasury will continue to impose costs, the statement said.\n\n\
                    \u{201C}Treasury is continuing to inflict costs on the Russian Federation.\u{201D}";
        let a = analyser().analyse(text, date("2022-02-26"));
        let by = |t: &str| a.quotes.iter().find(|q| q.text.contains(t)).and_then(|q| q.speaker.clone());
        assert_eq!(by("categorically rejects").as_deref(), Some("Iranian Embassy"), "{:?}", a.quotes);
        assert_eq!(by("emergency meeting").as_deref(), Some("Kyriakos Mitsotakis"));
        assert_eq!(by("continuing to inflict"), by("impose unprecedented"));
        assert!(by("continuing to inflict").is_some());
    }

    #[test]
    fn people_in_lists_after_office_phrases_and_initials() {
        let text = "Among those sanctioned are Vladislav Surkovin, Sergey Glazyev and Anton Klishasov. \
                    Jaishankar held talks with the foreign minister of Tajikistan, Sirojiddin Muhrov. \
                    External Affairs Minister S Jaishankar left for Dushanbe.";
        let a = analyser().analyse(text, date("2022-03-01"));
        let kind = |t: &str| a.entities.iter().find(|e| e.text == t).map(|e| e.kind);
        for p in ["Vladislav Surkovin", "Anton Klishasov", "Sirojiddin Muhrov"] {
            assert_eq!(kind(p), Some(EntityType::Person), "{p}: {:?}", a.entities);
        }
        assert!(a.entities.iter().all(|e| e.text != "S" && !e.text.ends_with(" S")), "{:?}", a.entities);
    }

    #[test]
    fn the_government_and_subjects_after_introductions() {
        let text = "Floods hit Spain and Valencia. The death toll may rise as \u{201C}many people are still \
                    missing\u{201D}, the government says.\n\n\
                    A day after the test, the Korean Central News Agency (KCNA) identified the missile and called \
                    it \u{201C}the perfected weapon system.\u{201D}";
        let a = analyser().analyse(text, date("2024-11-01"));
        let by = |t: &str| a.quotes.iter().find(|q| q.text.contains(t)).and_then(|q| q.speaker.clone());
        assert_eq!(by("still missing").as_deref(), Some("Spain"), "{:?}", a.quotes);
        assert!(by("perfected weapon").is_some_and(|s| s.contains("KCNA") || s.contains("Korean Central")));
    }

    /// The seed documents, cut to their body by the gold's first and last words, scored like the scorer does.
    #[test]
    fn seed_figures() {
        let root = std::path::Path::new("/work/shared");
        let Ok(gold) = std::fs::read_to_string(root.join("gold/seeds.json")) else { return };
        let gold: serde_json::Value = serde_json::from_str(&gold).unwrap();
        let norm =
            |s: &str| s.to_lowercase().replace(['\u{2019}', '\u{2018}'], "'").replace(['\u{201C}', '\u{201D}'], "\"");
        let an = analyser();
        let (mut must, mut found, mut q, mut qf, mut qs, mut n, mut nf, mut t, mut tf) = (0, 0, 0, 0, 0, 0, 0, 0, 0);
        for (name, g) in gold["documents"].as_object().unwrap() {
            let Ok(raw) = std::fs::read_to_string(root.join("seeds").join(name)) else { return };
            let first = g["text_starts_with"].as_str().unwrap();
            let last = g["text_ends_with"].as_str().unwrap();
            let a0 = raw.find(first).unwrap();
            let b0 = raw.find(last).unwrap() + last.len();
            let text = &raw[a0..b0];
            let d = g["published"].as_str().or(g["analyze_date"].as_str()).and_then(date);
            let a = an.analyse(text, d);
            let spans = a
                .entities
                .iter()
                .map(|e| (e.start, e.end))
                .chain(a.quotes.iter().map(|q| (q.start, q.end)))
                .chain(a.quantities.iter().map(|q| (q.start, q.end)))
                .chain(a.times.iter().map(|t| (t.start, t.end)))
                .chain(a.sentences.iter().map(|r| (r.start, r.end)));
            for (s, e) in spans {
                assert!(s <= e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e));
            }
            for ge in g["entities"]["must"].as_array().unwrap() {
                must += 1;
                let names: Vec<String> = std::iter::once(&ge["canonical"])
                    .chain(ge["alt"].as_array().into_iter().flatten())
                    .filter_map(|v| v.as_str())
                    .map(norm)
                    .collect();
                if a.entities
                    .iter()
                    .any(|e| names.contains(&norm(&e.canonical)) && e.code.as_deref() == ge["code"].as_str())
                {
                    found += 1;
                }
            }
            for gq in g["quotes"].as_array().unwrap() {
                q += 1;
                let hits: Vec<&Quote> = a
                    .quotes
                    .iter()
                    .filter(|x| norm(&x.text).contains(&norm(gq["text_contains"].as_str().unwrap())))
                    .collect();
                if !hits.is_empty() {
                    qf += 1;
                    if hits.iter().any(|x| x.speaker.as_deref() == gq["speaker"].as_str()) {
                        qs += 1;
                    }
                }
            }
            for gq in g["quantities"].as_array().unwrap() {
                n += 1;
                if a.quantities.iter().any(|x| Some(x.value) == gq["value"].as_f64()) {
                    nf += 1;
                }
            }
            for gt in g["times"].as_array().unwrap() {
                t += 1;
                if a.times.iter().any(|x| {
                    x.text.contains(gt["text"].as_str().unwrap()) && Some(x.value.as_str()) == gt["value"].as_str()
                }) {
                    tf += 1;
                }
            }
        }
        let r = |a: usize, b: usize| a as f64 / b.max(1) as f64;
        assert!(r(found, must) >= 0.95, "entity recall {found}/{must}");
        assert!(r(qf, q) >= 0.95 && r(qs, qf) >= 0.95, "quotes {qf}/{q}, speakers {qs}/{qf}");
        assert!(r(nf, n) >= 0.95, "quantities {nf}/{n}");
        assert!(r(tf, t) >= 0.95, "times {tf}/{t}");
    }

    #[test]
    fn unknown_names_inside_titles_acronyms_and_storms() {
        let a = analyser().analyse(
            "South Carolina Gov. Henry McMaster ordered evacuations as Hurricane Florence neared. \
             \"We will not gamble,\" McMaster said. Brevard County Sheriff Wayne Ivey agreed. \
             Florence is a monster storm. FC Goa beat Kerala in the Indian Super League (ISL). \
             ISL officials were pleased. The Independent National Electoral Commission (INEC) met. \
             INEC said results were late. Information Minister, Lai Mohammed, denied it.",
            date("2018-09-10"),
        );
        let kinds = |t: &str| find(&a, t).iter().map(|e| (e.kind, e.canonical.clone())).collect::<Vec<_>>();
        assert_eq!(kinds("McMaster"), vec![(EntityType::Person, "Henry McMaster".to_string())]);
        assert_eq!(kinds("Wayne Ivey"), vec![(EntityType::Person, "Wayne Ivey".to_string())]);
        assert!(find(&a, "Florence").iter().all(|e| e.kind == EntityType::Event), "{:?}", a.entities);
        assert_eq!(kinds("FC Goa"), vec![(EntityType::Org, "FC Goa".to_string())]);
        assert!(find(&a, "ISL").iter().all(|e| e.canonical == "Indian Super League"), "{:?}", a.entities);
        assert!(find(&a, "INEC").iter().all(|e| e.canonical == "Independent National Electoral Commission"));
        assert_eq!(kinds("Lai Mohammed"), vec![(EntityType::Person, "Lai Mohammed".to_string())]);
        let q = a.quotes.iter().find(|q| q.direct).unwrap();
        assert_eq!(q.speaker.as_deref(), Some("Henry McMaster"));
    }

    #[test]
    fn surnames_recurring_alone_make_people_and_speakers() {
        let a = analyser().analyse(
            "Ron Shaich has been preaching about quarterly capitalism.\n\n\
             \"They are buying the stock looking for a short-term pop,\" he said.\n\n\
             \"That moves into the boardroom,\" Shaich said.",
            date("2018-08-26"),
        );
        assert_eq!(find(&a, "Ron Shaich")[0].kind, EntityType::Person);
        let speakers: Vec<_> = a.quotes.iter().filter(|q| q.direct).map(|q| q.speaker.as_deref()).collect();
        assert_eq!(speakers, vec![Some("Ron Shaich"), Some("Ron Shaich")]);
    }

    #[test]
    fn quotes_over_paragraphs_definite_roles_and_introductions() {
        let a = analyser().analyse(
            "Governor Ron DeSantis spoke on Tuesday.\n\n\
             \u{201C}Shelters are open for everyone,\u{201D} said the governor.\n\n\
             The Electoral Commission (EC) noted in a statement that it was still counting.\n\n\
             \u{201C}The Commission wishes to inform the public that collation is ongoing.\n\n\
             \u{201C}As such we urge the public to remain calm.\u{201D}\n\n\
             Minister Amy Weaver said the count was fair.\n\n\
             \u{201C}What happened was a technical glitch.\n\n\
             \u{201C}We set up a technical team at once,\u{201D} she added.",
            date("2022-09-27"),
        );
        let speakers: Vec<_> = a.quotes.iter().filter(|q| q.direct).map(|q| q.speaker.clone()).collect();
        let ec = Some("Electoral Commission".to_string());
        let weaver = Some("Amy Weaver".to_string());
        assert_eq!(
            speakers,
            vec![Some("Ron DeSantis".to_string()), ec.clone(), ec, weaver.clone(), weaver],
            "{:?}",
            a.quotes
        );
    }

    #[test]
    fn definite_descriptions_and_post_posed_unknown_names() {
        let a = analyser().analyse(
            "Carlos Pena praised his players on Sunday.\n\n\
             \"We were better than them,\" the 45-year-old said.\n\n\
             \"We need shelter and water,\" said Haoliang Xu.",
            date("2022-02-10"),
        );
        let speakers: Vec<_> = a.quotes.iter().filter(|q| q.direct).map(|q| q.speaker.as_deref()).collect();
        assert_eq!(speakers, vec![Some("Carlos Pena"), Some("Haoliang Xu")], "{:?}", a.quotes);
        assert_eq!(find(&a, "Haoliang Xu")[0].kind, EntityType::Person);
    }

    #[test]
    fn common_surnames_and_places_located_by_their_country() {
        let a = analyser().analyse(
            "The shot was saved by the fingertips of Dheeraj Singh. The quake hit Tabanli, Turkey, and the \
             county of Ludian. A rose garden grew.",
            date("2021-12-05"),
        );
        assert_eq!(find(&a, "Dheeraj Singh")[0].kind, EntityType::Person);
        let t = find(&a, "Tabanli");
        assert_eq!((t[0].kind, t[0].code.as_deref()), (EntityType::Gpe, Some("TUR")));
        assert_eq!(find(&a, "Ludian")[0].kind, EntityType::Gpe);
    }

    #[test]
    fn a_national_body_named_again_speaks_for_its_country() {
        let a = analyser().analyse(
            "The Mexican navy is overseeing the search.\n\n\
             But \"there are important signs of life,\" the navy said in a statement.",
            date("2017-09-22"),
        );
        let q = a.quotes.iter().find(|q| q.direct).unwrap();
        assert_eq!(q.speaker.as_deref(), Some("Mexico"), "{:?}", a.quotes);
        let b = analyser().analyse(
            "In a statement issued by the Ministry of Interior, the delay was explained.\n\n\
             \u{201C}The situation is now satisfactory,\u{201D} the statement said.",
            date("2024-02-09"),
        );
        let q = b.quotes.iter().find(|q| q.direct).unwrap();
        assert_eq!(q.speaker.as_deref(), Some("Ministry of Interior"), "{:?}", b.quotes);
    }

    #[test]
    fn office_holders_after_bodies_plural_titles_and_shorter_names() {
        let a = analyser().analyse(
            "The former President of Mozambique Joaquim Chissano met the Danish Ambassador to Russia Henrik \
             Lundqvast. Foreign Ministers Osvaldo Trelles and Marta Quinteros Amaya spoke. Later Marta Quinteros \
             thanked the Governor of Tachira state.",
            date("2022-07-29"),
        );
        let p = find(&a, "Joaquim Chissano");
        assert_eq!((p[0].kind, p[0].code.as_deref()), (EntityType::Person, Some("MOZ")), "{:?}", a.entities);
        assert_eq!(find(&a, "Henrik Lundqvast")[0].code.as_deref(), Some("DNK"), "{:?}", a.entities);
        assert_eq!(find(&a, "Osvaldo Trelles")[0].kind, EntityType::Person, "{:?}", a.entities);
        assert_eq!(find(&a, "Marta Quinteros")[0].canonical, "Marta Quinteros Amaya");
        assert!(find(&a, "Tachira").iter().all(|e| e.kind != EntityType::Person), "{:?}", a.entities);
    }

    #[test]
    fn long_organisation_names_units_and_bodies_named_by_their_kind() {
        let a = analyser().analyse(
            "The decision of Ukraine's National Security and Defense Council angered the Zorvat news agency. \
             Soldiers of the 512th Signal Battalion were deployed. Ghana's electoral commission (EBK) spoke. The \
             ECOWAS Commission and Russia's Central Bank replied. A Kyiv bakery closed in the capital, Kyiv, and in \
             Savannah, Georgia.",
            date("2024-02-25"),
        );
        let e = find(&a, "National Security and Defense Council");
        assert_eq!(e[0].code.as_deref(), Some("UKR"), "{:?}", a.entities);
        assert_eq!(find(&a, "Zorvat")[0].kind, EntityType::Org, "{:?}", a.entities);
        assert_eq!(find(&a, "512th Signal Battalion")[0].kind, EntityType::Org, "{:?}", a.entities);
        assert_eq!(find(&a, "EBK")[0].kind, EntityType::Org, "{:?}", a.entities);
        assert_eq!(find(&a, "ECOWAS Commission")[0].code, None, "{:?}", a.entities);
        assert_eq!(find(&a, "Central Bank")[0].canonical, "Bank of Russia", "{:?}", a.entities);
        assert!(find(&a, "Kyiv").iter().all(|e| e.canonical == "Kyiv"), "{:?}", a.entities);
        assert_eq!(find(&a, "Georgia")[0].code.as_deref(), Some("USA"), "{:?}", a.entities);
    }

    #[test]
    fn datelines_framing_countries_and_surname_shapes() {
        let a = analyser().analyse(
            "San Felipe, 12 May 2023 (XNA): Talks resumed.\n\nIn Guinea, the junta led by Colonel Sekou Bamba \
             Traore kept power. Fans recalled Dragan Petrovović and others.",
            date("2023-05-12"),
        );
        assert_eq!(find(&a, "San Felipe")[0].kind, EntityType::Gpe, "{:?}", a.entities);
        assert_eq!(find(&a, "Sekou Bamba Traore")[0].code.as_deref(), Some("GIN"), "{:?}", a.entities);
        assert_eq!(find(&a, "Dragan Petrovović")[0].kind, EntityType::Person, "{:?}", a.entities);
    }

    #[test]
    fn documents_acronym_codes_and_places_not_placed_by_describing_countries() {
        let a = analyser().analyse(
            "Kenya's government and the rebels of the Coastal Liberation Front (CLF) signed a truce in Nairobi. \
             The CLF said the Mombasa Harbour Declaration was final. Later the US strike hit the village of \
             Kalamboni, officials in Kenya said.",
            date("2021-03-01"),
        );
        let document = find(&a, "Mombasa Harbour Declaration");
        assert!(document.iter().all(|e| e.kind == EntityType::Other), "{:?}", a.entities);
        assert!(find(&a, "CLF").iter().all(|e| e.code.as_deref() == Some("KEN")), "{:?}", a.entities);
        assert_eq!(find(&a, "Kalamboni")[0].code.as_deref(), Some("KEN"), "{:?}", a.entities);
    }

    #[test]
    fn titles_written_together_and_affiliations_across_a_comma() {
        assert_eq!(lexicon::title_role("Maj.Gen."), Some("MIL"));
        let a = analyser().analyse(
            "Led by Pakistan Rangers' Director General, Maj.Gen. Tariq Mehmood Khattak, the delegation reached \
             New Delhi. Commander Saleem Wazirov, security sources told KUNA, escaped.",
            date("2019-03-01"),
        );
        assert_eq!(find(&a, "Tariq Mehmood Khattak")[0].code.as_deref(), Some("PAK"), "{:?}", a.entities);
        assert_ne!(find(&a, "Saleem Wazirov")[0].code.as_deref(), Some("KWT"), "{:?}", a.entities);
    }

    #[test]
    fn spellings_of_known_names_find_their_entry_under_its_canonical_name() {
        assert_eq!(knowledge::fold_name("Abdel-Fattah el-Sisi"), knowledge::fold_name("Abdel Fattah al-Sisi"));
        assert_eq!(knowledge::fold_name("St. Petersburg"), "saint petersburg");
        let a = analyser().analyse(
            "Egyptian President Abdel-Fattah al-Sissi met Foreign Minister Shah Mehmood Qureshi in St. Petersburg. \
             Igor Krylov said the Organization for the Prohibition of Chemical Weapons and Hong Kong agreed.",
            date("2019-03-01"),
        );
        let sisi = find(&a, "Abdel-Fattah al-Sissi");
        assert_eq!(sisi.first().and_then(|e| e.code.as_deref()), Some("EGY"), "{:?}", a.entities);
        assert!(sisi.first().is_some_and(|e| e.canonical.contains("Sisi")), "{:?}", a.entities);
        assert_eq!(find(&a, "Shah Mehmood Qureshi")[0].canonical, "Shah Mahmood Qureshi");
        assert_eq!(find(&a, "St. Petersburg")[0].canonical, "Saint Petersburg");
        assert_eq!(find(&a, "Hong Kong")[0].code.as_deref(), Some("CHN"));
        assert_eq!(find(&a, "Igor Krylov")[0].canonical, "Igor Krylov", "{:?}", a.entities);
        let b = analyser().analyse("Congress passed the bill and Washington will sign it.", date("2019-03-01"));
        let c = analyser().analyse("The U.S. Congress passed the bill.", date("2019-03-01"));
        assert_eq!(find(&b, "Congress")[0].canonical, find(&c, "U.S. Congress")[0].canonical, "{:?}", b.entities);
    }

    #[test]
    fn a_dateline_named_again_is_the_home_of_untitled_people() {
        let text = "KATHMANDU, May 6: Deputy Prime Minister Ram Bahadur Lamsal and visiting Foreign Minister of Japan \
                    Kamikawa Yoko held talks. Japan and Japanese firms will invest. Japan welcomed it.\n\nKamikawa \
                    arrived in Nepal on Sunday. Nepal hosted her at Singha Durbar.";
        let a = analyser().analyse(text, date("2024-05-06"));
        assert_eq!(find(&a, "Ram Bahadur Lamsal")[0].code.as_deref(), Some("NPL"), "{:?}", a.entities);
        let text = "SYDNEY, Australia – New Zealand's quake toll rose.\n\nPrime Minister Sam Tolley said New \
                    Zealand's darkest day had come. New Zealand mourned.";
        let a = analyser().analyse(text, date("2011-02-23"));
        assert_eq!(find(&a, "Sam Tolley")[0].code.as_deref(), Some("NZL"), "{:?}", a.entities);
    }

    #[test]
    fn members_of_congress_by_party_and_state_and_given_name_variants() {
        let text = "China's measures target Rep. Dan Kowalski (R-NJ) and former strategist Stephen Bannon. Beijing \
                    said China would not yield. China's foreign ministry spoke.";
        let a = analyser().analyse(text, date("2020-12-01"));
        assert_eq!(find(&a, "Dan Kowalski")[0].code.as_deref(), Some("USA"), "{:?}", a.entities);
        let bannon = find(&a, "Stephen Bannon");
        assert_eq!(bannon.first().and_then(|e| e.code.as_deref()), Some("USA"), "{:?}", a.entities);
    }

    #[test]
    fn a_bare_initial_before_a_name_is_a_person() {
        let text = "CHENNAI: India's Tamil Nadu court convicted K Ponmudy on Tuesday. India and Indian courts act.";
        let a = analyser().analyse(text, date("2023-12-19"));
        let p = find(&a, "K Ponmudy");
        assert_eq!(
            p.first().map(|e| (e.kind, e.code.as_deref())),
            Some((EntityType::Person, Some("IND"))),
            "{:?}",
            a.entities
        );
        let a = analyser().analyse("A Police officer said I Love it. Then X Corp replied.", date("2023-12-19"));
        assert!(a.entities.iter().all(|e| e.kind != EntityType::Person), "{:?}", a.entities);
    }

    #[test]
    fn hosts_envoys_and_spokesmen_take_their_own_country() {
        let code = |a: &Analysis, name: &str| find(a, name).first().and_then(|e| e.code.clone());
        let text = "Indian Prime Minister Narendra Modi arrived in the Maldives on Saturday, his first visit since \
                    India's election. He was received by Minister of Foreign Affairs Abdulla Shahid. India and the \
                    Maldives will sign six agreements, according to the Ministry of Foreign Affairs.";
        let a = analyser().analyse(text, date("2019-06-08"));
        assert_eq!(code(&a, "Abdulla Shahid").as_deref(), Some("MDV"), "{:?}", a.entities);
        assert_eq!(code(&a, "Ministry of Foreign Affairs").as_deref(), Some("MDV"), "{:?}", a.entities);
        let text = "The minister landed in Hainan on Thursday. He was received by Pakistan's ambassador in China \
                    Moinul Haq and officials of the embassy.";
        let a = analyser().analyse(text, date("2020-08-20"));
        assert_eq!(
            find(&a, "Moinul Haq").first().map(|e| (e.kind, e.code.clone())),
            Some((EntityType::Person, Some("PAK".into())))
        );
        let text = "The minister arrived in Damascus on Monday. Ambassador Ahmed Abu Zeid, the official spokesman for \
                    the Ministry of Foreign Affairs, said the visit to Syria showed solidarity with Syria.";
        let a = analyser().analyse(text, date("2023-02-27"));
        assert_eq!(code(&a, "Ministry of Foreign Affairs").as_deref(), Some("EGY"), "{:?}", a.entities);
    }

    #[test]
    fn ministries_followed_by_their_country_and_consultations_named_after_an_office() {
        let text = "New Delhi: Saurabh Kumar, Secretary (East), Ministry of External Affairs, India together with \
                    Amran Zin, Deputy Secretary-General, Ministry of Foreign Affairs, Malaysia co-chaired the 5th \
                    Foreign Office Consultations in New Delhi on Friday. India and India's partners welcomed them.";
        let a = analyser().analyse(text, date("2019-11-01"));
        let code = |name: &str| find(&a, name).first().and_then(|e| e.code.clone());
        assert_eq!(code("Ministry of Foreign Affairs").as_deref(), Some("MYS"), "{:?}", a.entities);
        assert_eq!(code("Ministry of External Affairs").as_deref(), Some("IND"), "{:?}", a.entities);
        assert!(a.entities.iter().all(|e| e.canonical != "Foreign Office"), "{:?}", a.entities);
    }

    #[test]
    fn a_surname_two_people_share_is_the_one_named_last() {
        let text = "President Denis Sassou Nguesso hosted the talks in Oyo on Friday. His son Denis Christel Sassou \
                    Nguesso, the minister for international cooperation, signed the deal. Nguesso said more would follow.";
        let a = analyser().analyse(text, date("2023-05-05"));
        let names: Vec<&str> =
            a.entities.iter().filter(|e| e.kind == EntityType::Person).map(|e| e.canonical.as_str()).collect();
        assert_eq!(names.last().copied(), Some("Denis Christel Sassou Nguesso"), "{names:?}");
        assert!(names.contains(&"Denis Sassou Nguesso"), "{names:?}");
    }

    #[test]
    fn an_unknown_name_set_off_after_an_office_is_a_person() {
        let text = "The truce was signed by the head of the government delegation, Otty Patino, and rebels. \
                    The foreign ministers of Cuba, Bruno Rodriguez, and Colombia, Alvaro Leyva Duran, attended.";
        let a = analyser().analyse(text, date("2023-08-05"));
        for name in ["Otty Patino", "Alvaro Leyva Duran"] {
            assert_eq!(find(&a, name).first().map(|e| e.kind), Some(EntityType::Person), "{name}: {:?}", a.entities);
        }
        let a = analyser().analyse("The minister toured the farms, Green Valley, and left.", date("2023-08-05"));
        assert!(a.entities.iter().all(|e| e.kind != EntityType::Person), "{:?}", a.entities);
    }

    #[test]
    fn a_bare_foreign_office_is_the_article_country_s() {
        let text = "ISLAMABAD: Pakistan rejected the claim. The Foreign Office said Pakistan wants peace with India. \
                    Pakistan will respond.";
        let a = analyser().analyse(text, date("2019-03-01"));
        let fo = find(&a, "Foreign Office");
        assert_eq!(fo.first().and_then(|e| e.code.as_deref()), Some("PAK"), "{:?}", a.entities);
    }

    proptest::proptest! {
        #[test]
        fn never_panics_and_offsets_are_char_boundaries(text in "\\PC{0,200}", extra in "[\u{201C}\u{201D}\"'.,$%0-9A-Z a-z\n-]{0,80}") {
            let text = format!("{text}{extra}");
            let a = analyser().analyse(&text, date("2025-01-06"));
            for (s, e) in a.entities.iter().map(|e| (e.start, e.end))
                .chain(a.quotes.iter().map(|q| (q.start, q.end)))
                .chain(a.quantities.iter().map(|q| (q.start, q.end)))
                .chain(a.times.iter().map(|t| (t.start, t.end)))
                .chain(a.sentences.iter().map(|r| (r.start, r.end)))
            {
                proptest::prop_assert!(s <= e && e <= text.len());
                proptest::prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
            }
        }
    }

    #[test]
    fn missions_abroad_repeated_names_written_surnames_and_bureaus() {
        // A country's consulate stands abroad: the protesters are the host city's people.
        let text = "Hundreds protest at U.S. consulate in Toronto\n\nHundreds protested outside the U.S. consulate \
                    in Toronto to oppose the travel ban on entering the U.S.\n\nAlice Marwood, a teacher, held a \
                    sign. The vigil remembered victims in Quebec City.";
        let a = analyser().analyse(text, date("2017-01-31"));
        assert_eq!(find(&a, "Alice Marwood")[0].code.as_deref(), Some("CAN"), "{:?}", a.entities);
        // The full name of a longer body stays whole; its president works for no country.
        let text = "Anne Duval, President of the Parliamentary Assembly of the Council of Europe, spoke in Kyiv.";
        let a = analyser().analyse(text, date("2015-02-13"));
        let body = find(&a, "Parliamentary Assembly of the Council of Europe");
        assert_eq!(body.first().map(|e| e.kind), Some(EntityType::Org), "{:?}", a.entities);
        assert_eq!(find(&a, "Anne Duval")[0].code, None, "{:?}", a.entities);
        // An unknown name opening a sentence is the person the text named so before.
        let text = "Special Presidential Envoy Song Min-gil visited Moscow.\nSong Min-gil earlier said he had talks.";
        let a = analyser().analyse(text, date("2017-05-29"));
        assert!(find(&a, "Song Min-gil").iter().all(|e| e.kind == EntityType::Person), "{:?}", a.entities);
        // A surname as written goes back to the full name, whatever spelling is canonical.
        let text = "Foreign Ministry spokesman Bahram Ghassemi spoke on Monday. Ghassemi said Iran was ready.";
        let a = analyser().analyse(text, date("2017-11-20"));
        let g = a.entities.iter().find(|e| e.text == "Ghassemi").map(|e| e.canonical.clone());
        assert_eq!(g.as_deref(), Some("Bahram Qassemi"), "{:?}", a.entities);
        // Where a correspondent is posted is a city; national societies of the Red Crescent are national.
        let text = "TURAN's Washington correspondent reports that the Turkish Red Crescent sent aid.";
        let a = analyser().analyse(text, date("2023-02-24"));
        let washington = find(&a, "Washington");
        assert_eq!(washington.first().map(|e| e.canonical.as_str()), Some("Washington"), "{:?}", a.entities);
        assert_eq!(find(&a, "Turkish Red Crescent")[0].code.as_deref(), Some("TUR"), "{:?}", a.entities);
    }

    #[test]
    fn a_shortened_body_name_is_the_longer_one_written_before() {
        let text = "The Russian Foreign Ministry said the envoy was summoned. Russia's Foreign Ministry said on \
                    Monday it had told the envoy to stop.";
        let a = analyser().analyse(text, date("2024-03-07"));
        let short = a.entities.iter().find(|e| e.text == "Foreign Ministry").map(|e| e.canonical.clone());
        assert_eq!(short.as_deref(), Some("Russian Foreign Ministry"), "{:?}", a.entities);
    }

    #[test]
    fn a_name_spelt_apart_from_the_knowledge_is_the_known_person() {
        // Given names a letter apart and no Arabic article still find the entry, through the family name.
        let text = "The committee was chaired by President Abdul Fatah Sisi of Egypt.";
        let a = analyser().analyse(text, date("2017-03-22"));
        let sisi = a.entities.iter().find(|e| e.text == "Abdul Fatah Sisi").map(|e| e.canonical.clone());
        assert_eq!(sisi.as_deref(), Some("Abdel Fattah el-Sisi"), "{:?}", a.entities);
        // "Jr." is no family name: "Marcos" alone is the President, and his wife, behind her courtesy title,
        // takes his country.
        let text = "NEW YORK CITY - President Ferdinand \"Bongbong\" Marcos Jr. ended his visit to the Big Apple. \
                    Marcos met reporters. Marcos said he met his wife, First Lady Liza Araneta Marcos, in New York.";
        let a = analyser().analyse(text, date("2022-09-25"));
        let marcos: Vec<&str> =
            a.entities.iter().filter(|e| e.text == "Marcos").map(|e| e.canonical.as_str()).collect();
        assert_eq!(marcos, ["Ferdinand Marcos Jr.", "Ferdinand Marcos Jr."], "{:?}", a.entities);
        assert_eq!(find(&a, "Liza Araneta Marcos")[0].code.as_deref(), Some("PHL"), "{:?}", a.entities);
        assert_eq!(a.entities.iter().filter(|e| e.canonical == "New York").count(), 3, "{:?}", a.entities);
    }

    #[test]
    fn capitals_where_things_happen_languages_and_outlets() {
        let text = "Swaraj will meet officials before returning to New Delhi. The summit is dominated by the Paris \
                    bombing, after the Paris Agreement. Zarif spoke in English. That is excluded, The New York Post \
                    reported.";
        let a = analyser().analyse(text, date("2015-11-15"));
        let canon =
            |t: &str| a.entities.iter().filter(|e| e.text == t).map(|e| e.canonical.clone()).collect::<Vec<_>>();
        assert_eq!(canon("New Delhi"), ["New Delhi"], "{:?}", a.entities);
        assert_eq!(canon("Paris").first().map(String::as_str), Some("Paris"), "{:?}", a.entities);
        assert!(canon("English").is_empty(), "{:?}", a.entities);
        assert_eq!(canon("New York Post"), ["The New York Post"], "{:?}", a.entities);
    }

    #[test]
    fn parties_by_their_officers_spouses_by_family_and_courtesy_titles() {
        // "Congress MP", "Congress President": a party's officers, even in a story about the United States.
        let text = "US President Donald Trump won the US election. Congress MP Ravi Menon said Trump would visit \
                    the US Congress soon. Congress President Asha Rao congratulated Trump.";
        let a = analyser().analyse(text, date("2024-11-06"));
        let bodies: Vec<&str> =
            a.entities.iter().filter(|e| e.text == "Congress").map(|e| e.canonical.as_str()).collect();
        assert_eq!(bodies, ["Indian National Congress", "Indian National Congress"], "{:?}", a.entities);
        // A wife takes her family's country, not the host's.
        let text = "French President Emmanuel Macron arrived in Washington. President Joe Biden welcomed the \
                    French president and his wife, Brigitte Macron, to the White House.";
        let a = analyser().analyse(text, date("2022-12-01"));
        assert_eq!(find(&a, "Brigitte Macron")[0].code.as_deref(), Some("FRA"), "{:?}", a.entities);
        // "Second Gentleman" is a courtesy title, not part of the name.
        let text = "Vice President Kamala Harris and Second Gentleman Doug Emhoff attended the dinner.";
        let a = analyser().analyse(text, date("2022-12-01"));
        assert!(!find(&a, "Doug Emhoff").is_empty(), "{:?}", a.entities);
    }
}
