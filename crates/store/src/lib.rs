//! The embedded store: one directory holding a transactional record store
//! (articles, stories, events, stage state) and a full-text index.
//!
//! The record store is the source of truth; the full-text index is derived
//! from it and caught up on open, so a crash at any moment leaves a store
//! that opens consistent.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use redb::{Database, ReadableDatabase, ReadableTable, ReadableTableMetadata};
use storyline_model::{Article, Event, SearchHit, Story};

mod codec;
mod fts;
mod integrity;
mod migrations;
mod read;
mod tables;
mod write;

use crate::codec::decode;
use crate::fts::FullText;
use crate::read::{current_story_id, ArticleReader};
use crate::tables::*;

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
    /// Another process (or another handle in this one) has the store open.
    #[error("store at {path} is in use by another process")]
    InUse {
        /// Store directory.
        path: PathBuf,
    },
    /// A stored record could not be read back.
    #[error("corrupt store record: {0}")]
    Corrupt(String),
    /// Anything else from the record store or the index.
    #[error("store error: {0}")]
    Backend(String),
}

/// Attaches what was being done to a backend error.
pub(crate) trait Ctx<T> {
    /// Maps the error to [`StoreError::Backend`] prefixed with `what`.
    fn ctx(self, what: &str) -> Result<T, StoreError>;
}

impl<T, E: std::fmt::Display> Ctx<T> for Result<T, E> {
    fn ctx(self, what: &str) -> Result<T, StoreError> {
        self.map_err(|e| StoreError::Backend(format!("{what}: {e}")))
    }
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

impl WriteBatch {
    /// Whether the batch writes nothing.
    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
            && self.stories.is_empty()
            && self.story_redirects.is_empty()
            && self.aux.is_empty()
            && self.state.is_empty()
    }
}

/// Callback visiting `(key, bytes)` records of one aux namespace.
pub type AuxVisitor<'a> = dyn FnMut(&str, &[u8]) -> Result<(), StoreError> + 'a;

/// Record-store file inside the store directory.
const RECORDS_FILE: &str = "records.redb";
/// Full-text index directory inside the store directory.
const FTS_DIR: &str = "fts";
/// Page cache of the record store.
const RECORD_CACHE_BYTES: usize = 256 * 1024 * 1024;
/// Snippet used when the text has no matching words (a title-only match).
const LEAD_SNIPPET_CHARS: usize = 200;

/// An open store: a redb record store (`records.redb`, the source of truth)
/// and a tantivy full-text index (`fts/`, derived and caught up on open).
///
/// One process at a time may open a store; it is `Send + Sync`, and writes
/// through [`Store::commit`] are serialised.
pub struct Store {
    dir: PathBuf,
    db: Database,
    fts: FullText,
    write_lock: Mutex<()>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("dir", &self.dir).finish_non_exhaustive()
    }
}

impl Store {
    /// Opens (creating and migrating as needed) the store in `dir`, and brings
    /// the full-text index up to date with the records.
    pub fn open(dir: &Path) -> Result<Store, StoreError> {
        let open_err = |reason: String| StoreError::Open { path: dir.to_path_buf(), reason };
        std::fs::create_dir_all(dir).map_err(|e| open_err(format!("cannot create the directory: {e}")))?;
        let db = Database::builder().set_cache_size(RECORD_CACHE_BYTES).create(dir.join(RECORDS_FILE)).map_err(
            |e| match e {
                redb::DatabaseError::DatabaseAlreadyOpen => StoreError::InUse { path: dir.to_path_buf() },
                other => open_err(format!("record store: {other}")),
            },
        )?;
        migrations::prepare(&db).map_err(|e| open_err(e.to_string()))?;
        let fts = FullText::open(&dir.join(FTS_DIR)).map_err(|e| open_err(e.to_string()))?;
        fts.catch_up(&db).map_err(|e| open_err(format!("full-text index: {e}")))?;
        Ok(Store { dir: dir.to_path_buf(), db, fts, write_lock: Mutex::new(()) })
    }

    /// The store directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn read(&self) -> Result<redb::ReadTransaction, StoreError> {
        self.db.begin_read().ctx("starting a read")
    }

    /// Whether an article with this id is stored.
    pub fn has_article(&self, id: &str) -> Result<bool, StoreError> {
        let txn = self.read()?;
        let articles = txn.open_table(ARTICLE_INFO).ctx("opening article_info")?;
        Ok(articles.get(id).ctx("reading article info")?.is_some())
    }

    /// One article by id, with its story id following merge redirects.
    pub fn article(&self, id: &str) -> Result<Option<Article>, StoreError> {
        ArticleReader::new(&self.read()?)?.get(id)
    }

    /// The stored articles among `ids`, in the order asked for (missing ids are skipped).
    pub fn articles_by_ids(&self, ids: &[String]) -> Result<Vec<Article>, StoreError> {
        let reader = ArticleReader::new(&self.read()?)?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(article) = reader.get(id)? {
                out.push(article);
            }
        }
        Ok(out)
    }

    /// Visits every article in insertion order (an upserted article keeps its place).
    pub fn for_each_article(&self, f: &mut dyn FnMut(Article) -> Result<(), StoreError>) -> Result<(), StoreError> {
        self.articles_in_order(0, usize::MAX, f)
    }

    /// Up to `limit` articles in insertion order, after skipping `offset`.
    pub fn articles_page(&self, offset: usize, limit: usize) -> Result<Vec<Article>, StoreError> {
        let mut out = Vec::new();
        self.articles_in_order(offset, limit, &mut |a| {
            out.push(a);
            Ok(())
        })?;
        Ok(out)
    }

    fn articles_in_order(
        &self,
        offset: usize,
        limit: usize,
        f: &mut dyn FnMut(Article) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let txn = self.read()?;
        let reader = ArticleReader::new(&txn)?;
        let order = txn.open_table(ARTICLE_ORDER).ctx("opening article_order")?;
        for entry in order.iter().ctx("reading article order")?.skip(offset).take(limit) {
            let (_, id) = entry.ctx("reading article order")?;
            match reader.get(id.value())? {
                Some(article) => f(article)?,
                None => tracing::warn!(article = id.value(), "insertion order names a missing article"),
            }
        }
        Ok(())
    }

    /// The id a story goes by now (following merge redirects), if that story is stored.
    pub fn resolve_story_id(&self, id: &str) -> Result<Option<String>, StoreError> {
        let txn = self.read()?;
        let redirects = txn.open_table(STORY_REDIRECTS).ctx("opening story_redirects")?;
        let current = current_story_id(&redirects, id)?;
        let stories = txn.open_table(STORIES).ctx("opening stories")?;
        Ok(stories.get(current.as_str()).ctx("reading a story")?.map(|_| current))
    }

    /// One story by id, following merge redirects.
    pub fn story(&self, id: &str) -> Result<Option<Story>, StoreError> {
        let txn = self.read()?;
        let redirects = txn.open_table(STORY_REDIRECTS).ctx("opening story_redirects")?;
        let current = current_story_id(&redirects, id)?;
        let stories = txn.open_table(STORIES).ctx("opening stories")?;
        let Some(bytes) = stories.get(current.as_str()).ctx("reading a story")? else {
            return Ok(None);
        };
        decode(bytes.value(), "story").map(Some)
    }

    /// All stories, newest first (by last publication, then id; undated last).
    pub fn stories(&self) -> Result<Vec<Story>, StoreError> {
        self.stories_page(0, usize::MAX)
    }

    /// Up to `limit` stories in [`Store::stories`] order, after skipping `offset`.
    pub fn stories_page(&self, offset: usize, limit: usize) -> Result<Vec<Story>, StoreError> {
        let mut out = Vec::new();
        self.stories_in_order(offset, limit, &mut |s| {
            out.push(s);
            Ok(())
        })?;
        Ok(out)
    }

    /// Visits every story in [`Store::stories`] order without loading them all.
    pub fn for_each_story(&self, f: &mut dyn FnMut(Story) -> Result<(), StoreError>) -> Result<(), StoreError> {
        self.stories_in_order(0, usize::MAX, f)
    }

    fn stories_in_order(
        &self,
        offset: usize,
        limit: usize,
        f: &mut dyn FnMut(Story) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let txn = self.read()?;
        let order = txn.open_table(STORY_ORDER).ctx("opening story_order")?;
        let stories = txn.open_table(STORIES).ctx("opening stories")?;
        for entry in order.iter().ctx("reading story order")?.skip(offset).take(limit) {
            let (_, id) = entry.ctx("reading story order")?;
            match stories.get(id.value()).ctx("reading a story")? {
                Some(bytes) => f(decode(bytes.value(), "story")?)?,
                None => tracing::warn!(story = id.value(), "story order names a missing story"),
            }
        }
        Ok(())
    }

    /// Number of stories (not counting redirects).
    pub fn story_count(&self) -> Result<u64, StoreError> {
        let txn = self.read()?;
        txn.open_table(STORIES).ctx("opening stories")?.len().ctx("counting stories")
    }

    /// Events matching `filter`, oldest first (by date, then id). Their
    /// `story_id` is their article's current story.
    ///
    /// With actors (or only `with`) given, only those actors' index entries are
    /// read; otherwise the date index is walked from `from` to `to`.
    pub fn events(&self, filter: &EventFilter) -> Result<Vec<Event>, StoreError> {
        read::events(&self.read()?, filter, 0, usize::MAX)
    }

    /// Up to `limit` events matching `filter` in [`Store::events`] order, after skipping `offset` matches.
    pub fn events_page(&self, filter: &EventFilter, offset: usize, limit: usize) -> Result<Vec<Event>, StoreError> {
        read::events(&self.read()?, filter, offset, limit)
    }

    /// One event by id, with its article's current story id.
    pub fn event(&self, id: &str) -> Result<Option<Event>, StoreError> {
        let txn = self.read()?;
        let events = txn.open_table(EVENTS).ctx("opening events")?;
        let Some(bytes) = events.get(id).ctx("reading an event")? else {
            return Ok(None);
        };
        let mut event: Event = decode(bytes.value(), "event")?;
        drop(bytes);
        let infos = txn.open_table(ARTICLE_INFO).ctx("opening article_info")?;
        let written = match infos.get(event.article_id.as_str()).ctx("reading article info")? {
            Some(g) => decode::<codec::ArticleInfo>(g.value(), "article info")?.story_id,
            None => None,
        };
        let redirects = txn.open_table(STORY_REDIRECTS).ctx("opening story_redirects")?;
        if let Some(story) = written.or(event.story_id.take()) {
            event.story_id = Some(current_story_id(&redirects, &story)?);
        }
        Ok(Some(event))
    }

    /// Commits `batch` atomically (one record-store transaction: all of it or
    /// none of it, durable when this returns) and updates the full-text index.
    ///
    /// Articles replace stored ones with the same id, their old events
    /// included. Within the batch, stories are written before redirects: a
    /// written story drops any redirect of its id, a redirect drops the
    /// merged-away story. An index failure after the records are committed is
    /// logged, not returned: the index catches up on the next commit or open.
    pub fn commit(&self, mut batch: WriteBatch) -> Result<(), StoreError> {
        if batch.is_empty() {
            return Ok(());
        }
        let _writing = self.write_lock.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let txn = self.db.begin_write().ctx("starting a write")?;
        let after = match write::apply_batch(&txn, &mut batch) {
            Ok(seq) => seq,
            Err(e) => {
                if let Err(abort) = txn.abort() {
                    tracing::warn!(error = %abort, "aborting a failed write");
                }
                return Err(e);
            }
        };
        txn.commit().ctx("committing")?;
        let before = after.saturating_sub(batch.articles.len() as u64);
        if let Err(e) = self.fts.index_batch(&self.db, before, after, &batch.articles) {
            tracing::warn!(error = %e, "full-text index update failed; it will catch up later");
        }
        Ok(())
    }

    /// Full-text search over titles (weighted double) and texts, best first.
    ///
    /// Accepts tantivy's query syntax (`"exact phrase"`, `+must -not`,
    /// `title:word`); a query that does not parse is read as plain words, so
    /// no query fails. Words are stemmed (English). The snippet is plain text
    /// (no markup) of up to 200 characters around the best-matching words of
    /// the text, or the text's start when only the title matched.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>, StoreError> {
        if limit == 0 || query.trim().is_empty() {
            return Ok(Vec::new());
        }
        let found = self.fts.search(query, limit)?;
        let reader = ArticleReader::new(&self.read()?)?;
        let mut hits = Vec::with_capacity(found.hits.len());
        for (score, id) in found.hits {
            let Some(article) = reader.get(&id)? else {
                continue;
            };
            let snippet = found.snippets.snippet(&article.text);
            let fragment = collapse_whitespace(snippet.fragment());
            let snippet = if fragment.is_empty() { lead(&article.text, LEAD_SNIPPET_CHARS) } else { fragment };
            hits.push(SearchHit { article_id: id, story_id: article.story_id, score, title: article.title, snippet });
        }
        Ok(hits)
    }

    /// Record counts, from table sizes (cheap).
    pub fn counts(&self) -> Result<Counts, StoreError> {
        let txn = self.read()?;
        Ok(Counts {
            articles: txn.open_table(ARTICLES).ctx("opening articles")?.len().ctx("counting articles")?,
            stories: txn.open_table(STORIES).ctx("opening stories")?.len().ctx("counting stories")?,
            events: txn.open_table(EVENTS).ctx("opening events")?.len().ctx("counting events")?,
        })
    }

    /// A per-article stage record.
    pub fn aux(&self, namespace: &str, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        let txn = self.read()?;
        let aux = txn.open_table(AUX).ctx("opening aux")?;
        Ok(aux.get((namespace, key)).ctx("reading an aux record")?.map(|g| g.value().to_vec()))
    }

    /// Visits every record of a namespace, in key order.
    pub fn for_each_aux(&self, namespace: &str, f: &mut AuxVisitor<'_>) -> Result<(), StoreError> {
        let txn = self.read()?;
        let aux = txn.open_table(AUX).ctx("opening aux")?;
        for entry in aux.range((namespace, "")..).ctx("reading aux records")? {
            let (key, bytes) = entry.ctx("reading an aux record")?;
            let (entry_namespace, entry_key) = key.value();
            if entry_namespace != namespace {
                break;
            }
            f(entry_key, bytes.value())?;
        }
        Ok(())
    }

    /// A named stage state blob.
    pub fn state(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        let txn = self.read()?;
        let state = txn.open_table(STATE).ctx("opening state")?;
        Ok(state.get(key).ctx("reading state")?.map(|g| g.value().to_vec()))
    }

    /// Checks that records, indexes and the full-text index agree, after
    /// letting the full-text index catch up. Problems are described in words.
    pub fn check_integrity(&self) -> Result<IntegrityReport, StoreError> {
        {
            let _writing = self.write_lock.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            if let Err(e) = self.fts.catch_up(&self.db) {
                tracing::warn!(error = %e, "full-text index could not catch up");
            }
        }
        integrity::check(&self.db, &self.fts)
    }
}

/// Runs of whitespace (newlines included) as single spaces.
fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text's first `max_chars` characters, whitespace collapsed, cut at a word.
fn lead(text: &str, max_chars: usize) -> String {
    let mut out = String::new();
    for word in text.split_whitespace() {
        if out.chars().count() + word.chars().count() + 1 > max_chars {
            if out.is_empty() {
                out.extend(word.chars().take(max_chars));
            }
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests;
