//! The pipeline, made visible: sources → per-article stages → stateful stages → store.
//!
//! [`ArticlePipeline`] is the pure part (extract, analyse, code events): a
//! function of one document, run in parallel. [`Ingestor`] is the single
//! writer: it batches documents, skips those already stored, runs the pure
//! part in parallel, hands the results in publication order to the stateful
//! stages (dedup, stories) and commits each batch atomically.

use std::collections::HashSet;
use std::sync::Arc;

use chrono::NaiveDate;
use rayon::prelude::*;
use storyline_analyse::{Analyser, Knowledge};
use storyline_events::{EventCoder, EventsError};
use storyline_ingest::{Content, FormatChoice, RawDocument, Rejection};
use storyline_model::{parse_date_prefix, Article};
use storyline_store::Store;
use storyline_stories::{StagesError, StatefulStages};

/// Pipeline failures that stop an ingest (bad documents never do: they are rejections).
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    /// Event patterns failed to load.
    #[error(transparent)]
    Events(#[from] EventsError),
    /// The stateful stages or the store failed.
    #[error(transparent)]
    Stages(#[from] StagesError),
    /// The store failed.
    #[error(transparent)]
    Store(#[from] storyline_store::StoreError),
}

/// The per-article stages: extract → analyse → code events. Pure and `Sync`.
#[derive(Debug, Clone)]
pub struct ArticlePipeline {
    analyser: Analyser,
    coder: EventCoder,
    format: FormatChoice,
    analyse: bool,
}

impl ArticlePipeline {
    /// A pipeline over a loaded knowledge base.
    pub fn new(knowledge: Arc<Knowledge>) -> Result<Self, PipelineError> {
        Ok(ArticlePipeline {
            coder: EventCoder::new(knowledge.clone())?,
            analyser: Analyser::new(knowledge),
            format: FormatChoice::Auto,
            analyse: true,
        })
    }

    /// Adds the event patterns of user overlay directories (`--knowledge DIR`).
    pub fn with_event_overlays(mut self, dirs: &[std::path::PathBuf]) -> Result<Self, PipelineError> {
        if !dirs.is_empty() {
            self.coder = EventCoder::with_overlays(self.analyser.knowledge().clone(), dirs)?;
        }
        Ok(self)
    }

    /// Skips analysis and event coding (extraction, dedup, stories and storage
    /// only): the bare pipeline, for bulk loads and for measuring it.
    pub fn without_analysis(mut self) -> Self {
        self.analyse = false;
        self
    }

    /// Forces plain documents to be read as text or HTML (`analyze --format`).
    pub fn with_format(mut self, format: FormatChoice) -> Self {
        self.format = format;
        self
    }

    /// The knowledge base in use.
    pub fn knowledge(&self) -> &Arc<Knowledge> {
        self.analyser.knowledge()
    }

    /// Turns one document into an analysed article. `default_date` is used when
    /// neither the container nor the document states a publication date.
    pub fn process(&self, doc: &RawDocument, default_date: Option<NaiveDate>) -> Result<Article, Rejection> {
        let as_html = match (&doc.content, self.format) {
            (_, FormatChoice::Html) => true,
            (_, FormatChoice::Text) => false,
            (Content::Html(_), FormatChoice::Auto) => true,
            (Content::Text(_), FormatChoice::Auto) => false,
        };
        let body = doc.content.as_str();
        let extracted = if as_html {
            storyline_extract::extract_html(body, doc.hints.url.as_deref())
        } else {
            storyline_extract::extract_text(body)
        };
        if extracted.text.trim().is_empty() {
            return Err(Rejection {
                source: doc.source.clone(),
                reason: "no article text found in the document".into(),
            });
        }
        let hints = &doc.hints;
        let published = hints
            .published
            .clone()
            .filter(|p| parse_date_prefix(p).is_some())
            .or(extracted.published)
            .or_else(|| default_date.map(|d| d.format("%Y-%m-%d").to_string()));
        let id = doc.article_id();
        let date = published.as_deref().and_then(parse_date_prefix);
        let title = hints.title.clone().filter(|t| !t.trim().is_empty()).or(extracted.title);
        let (analysis, events) = if self.analyse {
            let analysis = self.analyser.analyse(&extracted.text, date);
            let mut events = self.coder.code(&id, &extracted.text, &analysis, date);
            // A headline the body does not repeat is coded too ("X condemns Y" may be said nowhere else).
            if let Some(headline) = title.as_deref().filter(|t| !extracted.text.trim_start().starts_with(t.trim())) {
                let headline_analysis = self.analyser.analyse(headline, date);
                let more = self.coder.code_headline(&id, headline, &headline_analysis, &analysis, date, &events);
                events.extend(more);
            }
            (analysis, events)
        } else {
            (storyline_analyse::Analysis::default(), Vec::new())
        };
        Ok(Article {
            id,
            source: doc.source.clone(),
            external_id: hints.external_id.clone(),
            url: hints.url.clone().or(extracted.url),
            outlet: hints.outlet.clone().or(extracted.outlet),
            title,
            published,
            authors: if hints.authors.is_empty() { extracted.authors } else { hints.authors.clone() },
            language: extracted.language,
            text: extracted.text,
            duplicate_of: None,
            story_id: None,
            entities: analysis.entities,
            quotes: analysis.quotes,
            quantities: analysis.quantities,
            times: analysis.times,
            events,
            duplicate: None,
            modified: extracted.modified,
        })
    }
}

/// What an ingest did.
#[derive(Debug, Clone, Default)]
pub struct IngestSummary {
    /// Documents read (accepted or not).
    pub read: u64,
    /// New articles stored.
    pub added: u64,
    /// Documents already in the store (or repeated in this run), skipped.
    pub skipped: u64,
    /// New articles that are duplicates of earlier ones.
    pub duplicates: u64,
    /// Inputs rejected, with reasons.
    pub rejected: Vec<Rejection>,
}

/// Progress of a running ingest, for a progress bar.
#[derive(Debug, Clone, Copy, Default)]
pub struct Progress {
    /// Documents read so far.
    pub read: u64,
    /// Articles stored so far.
    pub added: u64,
    /// Inputs rejected so far.
    pub rejected: u64,
}

/// The single writer: batches documents through the pipeline into the store.
pub struct Ingestor {
    store: Arc<Store>,
    pipeline: ArticlePipeline,
    stages: StatefulStages,
    batch_size: usize,
}

impl Ingestor {
    /// An ingestor writing to `store`; loads the stateful stages' state from it.
    pub fn new(store: Arc<Store>, pipeline: ArticlePipeline) -> Result<Self, PipelineError> {
        let stages = StatefulStages::load(&store, pipeline.knowledge().clone())?;
        Ok(Ingestor { store, pipeline, stages, batch_size: 512 })
    }

    /// Documents per atomic commit (default 512).
    pub fn with_batch_size(mut self, n: usize) -> Self {
        self.batch_size = n.max(1);
        self
    }

    /// The store written to.
    pub fn store(&self) -> &Arc<Store> {
        &self.store
    }

    /// Ingests a stream of documents. Bad documents are collected as rejections;
    /// only a store failure stops the run (with everything committed so far kept).
    pub fn ingest(
        &mut self,
        docs: impl Iterator<Item = Result<RawDocument, Rejection>>,
        on_progress: &mut dyn FnMut(Progress),
    ) -> Result<IngestSummary, PipelineError> {
        let mut summary = IngestSummary::default();
        let mut seen_this_run: HashSet<String> = HashSet::new();
        let mut pending: Vec<(String, RawDocument)> = Vec::with_capacity(self.batch_size);
        for item in docs {
            summary.read += 1;
            match item {
                Err(r) => {
                    tracing::debug!(source = %r.source, reason = %r.reason, "rejected");
                    summary.rejected.push(r);
                }
                Ok(doc) => {
                    let id = doc.article_id();
                    if !seen_this_run.insert(id.clone()) || self.store.has_article(&id)? {
                        summary.skipped += 1;
                    } else {
                        pending.push((id, doc));
                    }
                }
            }
            if pending.len() >= self.batch_size {
                self.flush(&mut pending, &mut summary)?;
            }
            on_progress(Progress { read: summary.read, added: summary.added, rejected: summary.rejected.len() as u64 });
        }
        self.flush(&mut pending, &mut summary)?;
        on_progress(Progress { read: summary.read, added: summary.added, rejected: summary.rejected.len() as u64 });
        Ok(summary)
    }

    /// Ingests one document and returns the stored article (the HTTP API's path).
    pub fn ingest_one(&mut self, doc: RawDocument) -> Result<Result<Article, Rejection>, PipelineError> {
        let id = doc.article_id();
        if let Some(existing) = self.store.article(&id)? {
            return Ok(Ok(existing));
        }
        let article = match self.pipeline.process(&doc, None) {
            Ok(a) => a,
            Err(r) => return Ok(Err(r)),
        };
        let batch = self.stages.process(&self.store, vec![article])?;
        self.store.commit(batch)?;
        match self.store.article(&id)? {
            Some(a) => Ok(Ok(a)),
            None => Err(PipelineError::Store(storyline_store::StoreError::Backend(format!(
                "article {id} missing right after its commit"
            )))),
        }
    }

    fn flush(
        &mut self,
        pending: &mut Vec<(String, RawDocument)>,
        summary: &mut IngestSummary,
    ) -> Result<(), PipelineError> {
        if pending.is_empty() {
            return Ok(());
        }
        let results: Vec<Result<Article, Rejection>> =
            pending.par_iter().map(|(_, doc)| self.pipeline.process(doc, None)).collect();
        pending.clear();
        let mut articles = Vec::with_capacity(results.len());
        for r in results {
            match r {
                Ok(a) => articles.push(a),
                Err(rej) => summary.rejected.push(rej),
            }
        }
        articles.sort_by(|a, b| a.published.cmp(&b.published).then_with(|| a.id.cmp(&b.id)));
        let n = articles.len() as u64;
        let new_ids: HashSet<String> = articles.iter().map(|a| a.id.clone()).collect();
        let batch = self.stages.process(&self.store, articles)?;
        // The batch also carries earlier articles the stages updated (a new
        // canonical copy, a merged story): only the new ones count here.
        summary.duplicates +=
            batch.articles.iter().filter(|a| a.duplicate_of.is_some() && new_ids.contains(&a.id)).count() as u64;
        self.store.commit(batch)?;
        summary.added += n;
        Ok(())
    }
}
