//! The embedded store: one directory holding a transactional record store
//! (articles, stories, events, stage state) and a full-text index.
//!
//! The record store is the source of truth; the full-text index is derived
//! from it and caught up on open, so a crash at any moment leaves a store
//! that opens consistent.

use std::path::{Path, PathBuf};

use storyline_model::{Article, Event, SearchHit, Story};

/// Store failures. Every one leaves the store as it was before the failing call.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The directory could not be created or opened.
    #[error("cannot open store at {path}: {reason}")]
    Open {
        /// Store directory.
        path: PathBuf,
        /// Cause.
        reason: String,
    },
    /// Anything else from the record store or the index.
    #[error("store error: {0}")]
    Backend(String),
}

/// Everything one commit writes, atomically: all of it or none of it.
#[derive(Debug, Clone, Default)]
pub struct WriteBatch {
    /// Articles to insert or replace (by id).
    pub articles: Vec<Article>,
    /// Stories to insert or replace (by id).
    pub stories: Vec<Story>,
    /// Stories merged away: `(old id, surviving id)`; the old id redirects.
    pub story_redirects: Vec<(String, String)>,
    /// Per-article stage records `(namespace, key, bytes)`, e.g. dedup fingerprints.
    pub aux: Vec<(String, String, Vec<u8>)>,
    /// Small named stage state blobs `(key, bytes)`.
    pub state: Vec<(String, Vec<u8>)>,
}

/// Record counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Articles stored.
    pub articles: u64,
    /// Stories stored (not counting redirects).
    pub stories: u64,
    /// Events stored.
    pub events: u64,
}

/// Filter for event queries; empty fields match everything.
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    /// Names and codes any of which the source or target must match (case-insensitive).
    pub actor: Vec<String>,
    /// When set, the other side must match one of these.
    pub with: Vec<String>,
    /// Earliest date, `YYYY-MM-DD`, inclusive.
    pub from: Option<String>,
    /// Latest date, `YYYY-MM-DD`, inclusive.
    pub to: Option<String>,
    /// CAMEO code prefix, e.g. "07" or "0742".
    pub cameo: Option<String>,
}

/// What an integrity check found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IntegrityReport {
    /// Articles in the record store.
    pub articles: u64,
    /// Documents in the full-text index.
    pub indexed: u64,
    /// Problems found; empty when the store is consistent.
    pub problems: Vec<String>,
}

/// Callback visiting `(key, bytes)` records of one aux namespace.
pub type AuxVisitor<'a> = dyn FnMut(&str, &[u8]) -> Result<(), StoreError> + 'a;

/// An open store.
pub struct Store {
    dir: PathBuf,
}

impl Store {
    /// Opens (creating and migrating as needed) the store in `dir`.
    pub fn open(dir: &Path) -> Result<Store, StoreError> {
        Err(StoreError::Open { path: dir.to_path_buf(), reason: "store not implemented yet".into() })
    }

    /// The store directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Whether an article with this id is stored.
    pub fn has_article(&self, id: &str) -> Result<bool, StoreError> {
        let _ = id;
        Ok(false)
    }

    /// One article by id.
    pub fn article(&self, id: &str) -> Result<Option<Article>, StoreError> {
        let _ = id;
        Ok(None)
    }

    /// Visits every article in insertion order.
    pub fn for_each_article(&self, f: &mut dyn FnMut(Article) -> Result<(), StoreError>) -> Result<(), StoreError> {
        let _ = f;
        Ok(())
    }

    /// One story by id, following merge redirects.
    pub fn story(&self, id: &str) -> Result<Option<Story>, StoreError> {
        let _ = id;
        Ok(None)
    }

    /// All stories, newest first (by last publication).
    pub fn stories(&self) -> Result<Vec<Story>, StoreError> {
        Ok(Vec::new())
    }

    /// Events matching `filter`, oldest first.
    pub fn events(&self, filter: &EventFilter) -> Result<Vec<Event>, StoreError> {
        let _ = filter;
        Ok(Vec::new())
    }

    /// Commits `batch` atomically and updates the full-text index.
    pub fn commit(&self, batch: WriteBatch) -> Result<(), StoreError> {
        let _ = batch;
        Ok(())
    }

    /// Full-text search over titles and texts.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>, StoreError> {
        let _ = (query, limit);
        Ok(Vec::new())
    }

    /// Record counts.
    pub fn counts(&self) -> Result<Counts, StoreError> {
        Ok(Counts::default())
    }

    /// A per-article stage record.
    pub fn aux(&self, namespace: &str, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        let _ = (namespace, key);
        Ok(None)
    }

    /// Visits every record of a namespace.
    pub fn for_each_aux(&self, namespace: &str, f: &mut AuxVisitor<'_>) -> Result<(), StoreError> {
        let _ = (namespace, f);
        Ok(())
    }

    /// A named stage state blob.
    pub fn state(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        let _ = key;
        Ok(None)
    }

    /// Checks that records, indexes and the full-text index agree.
    pub fn check_integrity(&self) -> Result<IntegrityReport, StoreError> {
        Ok(IntegrityReport::default())
    }
}
