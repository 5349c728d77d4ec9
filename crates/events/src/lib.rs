//! Event coding: who did what to whom, from each sentence, in CAMEO with the
//! PLOVER type, quad class and Goldstein score.
//!
//! The coder works clause by clause over the analysis' sentences and entities:
//! verb patterns (data in `knowledge/events/patterns.txt`) must find their
//! actors in the same clause as the verb, or through explicit coreference
//! ("he" → the last person; "the two sides" → the last pair that met). Claims
//! keep who made them (`reported_by`), stated intent is coded as intent
//! (CAMEO 03x / 13x), negated and hedged statements are not coded, and
//! exchanges ("X gives A to Y in exchange for B") are coded both ways.

use std::path::PathBuf;
use std::sync::Arc;

use chrono::NaiveDate;
use storyline_analyse::{Analysis, Knowledge};
use storyline_model::Event;

mod coder;
pub mod gdelt;
mod headline;
mod patterns;
pub mod tables;
mod text;

pub use tables::{CameoCode, CameoTables, RootInfo};

/// Errors loading the event patterns.
#[derive(Debug, thiserror::Error)]
pub enum EventsError {
    /// The verb-pattern data is invalid.
    #[error("invalid event patterns: {0}")]
    Invalid(String),
    /// An overlay file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
}

/// Codes events from analysed text.
#[derive(Debug, Clone)]
pub struct EventCoder {
    knowledge: Arc<Knowledge>,
    tables: Arc<CameoTables>,
    lexicon: Arc<patterns::Lexicon>,
}

impl EventCoder {
    /// A coder with the built-in verb patterns.
    pub fn new(knowledge: Arc<Knowledge>) -> Result<Self, EventsError> {
        Self::with_patterns(knowledge, &[])
    }

    /// A coder with the built-in patterns followed by `extra` pattern texts (same
    /// format as `knowledge/events/patterns.txt`; word classes of the built-in file
    /// may be used).
    pub fn with_patterns(knowledge: Arc<Knowledge>, extra: &[&str]) -> Result<Self, EventsError> {
        let tables = CameoTables::builtin()?;
        let mut texts = vec![patterns::PATTERNS_TXT];
        texts.extend_from_slice(extra);
        let lexicon = patterns::Lexicon::parse(&texts, patterns::CUES_TXT, patterns::IRREGULAR_TSV, &tables)?;
        Ok(EventCoder { knowledge, tables: Arc::new(tables), lexicon: Arc::new(lexicon) })
    }

    /// A coder extended by `events/patterns.txt` of each user overlay directory
    /// (`--knowledge DIR`), where present.
    pub fn with_overlays(knowledge: Arc<Knowledge>, dirs: &[PathBuf]) -> Result<Self, EventsError> {
        let mut texts = Vec::new();
        for dir in dirs {
            let path = dir.join("events").join("patterns.txt");
            if path.exists() {
                texts.push(std::fs::read_to_string(&path).map_err(|source| EventsError::Io { path, source })?);
            }
        }
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        Self::with_patterns(knowledge, &refs)
    }

    /// The CAMEO tables in use (labels, Goldstein scores, quad classes, PLOVER types).
    pub fn tables(&self) -> &CameoTables {
        &self.tables
    }

    /// Number of verb patterns loaded.
    pub fn pattern_count(&self) -> usize {
        self.lexicon.patterns.len()
    }

    /// Events of one article; `date` is the publication date.
    pub fn code(&self, article_id: &str, text: &str, analysis: &Analysis, date: Option<NaiveDate>) -> Vec<Event> {
        let _ = &self.knowledge;
        self.coder(false, 0).code(article_id, text, analysis, date)
    }

    /// Events of an article's headline, which the body text does not contain: `headline_analysis` is the
    /// analysis of the headline alone, `body` that of the body and `body_events` what [`EventCoder::code`] found
    /// there. Headline names are resolved through the body ("Hasan" → the body's "Hasan Mahmud"), a bare
    /// infinitive states an intent ("Blinken to visit China"), and events the body already has are left out.
    pub fn code_headline(
        &self,
        article_id: &str,
        headline: &str,
        headline_analysis: &Analysis,
        body: &Analysis,
        date: Option<NaiveDate>,
        body_events: &[Event],
    ) -> Vec<Event> {
        let mut resolved = headline_analysis.clone();
        for e in &mut resolved.entities {
            headline::resolve_through_body(e, &body.entities);
        }
        let events = self.coder(true, body_events.len()).code(article_id, headline, &resolved, date);
        let key = |e: &Event| {
            (
                e.source.code.clone().unwrap_or_else(|| e.source.name.clone()),
                e.target.as_ref().map(|t| t.code.clone().unwrap_or_else(|| t.name.clone())),
                e.root.clone(),
            )
        };
        let known: std::collections::HashSet<_> = body_events.iter().map(key).collect();
        events.into_iter().filter(|e| !known.contains(&key(e))).collect()
    }

    fn coder(&self, headline: bool, first_ordinal: usize) -> coder::Coder<'_> {
        coder::Coder { lex: &self.lexicon, tables: &self.tables, headline, first_ordinal }
    }

    /// How the coder read each sentence of `text`: its tokens with the actors found (`[name/code]`), clause
    /// breaks (`|`), and the events coded, one block per sentence. A diagnostic for pattern writers.
    pub fn explain(&self, text: &str, analysis: &Analysis) -> String {
        self.coder(false, 0).explain(text, analysis)
    }
}

#[cfg(test)]
mod tests;
