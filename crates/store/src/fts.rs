//! The full-text index (tantivy), derived from the record store.
//!
//! Every index commit carries, as its payload, the record store's sequence
//! number up to which it has indexed. On open (and after any failed index
//! update) the index catches up on the articles written since; a payload that
//! is missing, unreadable, from another index schema or ahead of the record
//! store makes it rebuild from scratch.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use redb::{Database, ReadableDatabase};
use serde::{Deserialize, Serialize};
use storyline_model::Article;
use tantivy::collector::TopDocs;
use tantivy::query::{Query, QueryParser};
use tantivy::schema::{Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, STORED, STRING, TEXT};
use tantivy::snippet::SnippetGenerator;
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

use crate::codec::decode;
use crate::tables::{ARTICLES, ARTICLE_UPDATES, META};
use crate::write::last_seq;
use crate::{Ctx, StoreError};

/// Bumped whenever the index schema or analysis changes; a mismatch rebuilds.
const FTS_SCHEMA_VERSION: u32 = 1;
/// Indexing memory across all indexing threads.
const WRITER_MEMORY_BYTES: usize = 50_000_000;
/// A long catch-up commits this often, so a crash during it loses little.
const CATCH_UP_COMMIT_EVERY: usize = 20_000;
/// Longest snippet, in characters.
const SNIPPET_CHARS: usize = 200;
/// Title matches weigh this much more than text matches.
const TITLE_BOOST: f32 = 2.0;

/// Fields of the index.
#[derive(Debug, Clone, Copy)]
struct Fields {
    id: Field,
    title: Field,
    text: Field,
    outlet: Field,
    published: Field,
}

/// What an index commit records about itself.
#[derive(Debug, Serialize, Deserialize)]
struct Payload {
    seq: u64,
    schema: u32,
}

struct WriterState {
    writer: Option<IndexWriter>,
    /// Sequence number the committed index reflects; `None`: rebuild needed.
    indexed: Option<u64>,
}

/// Hits of one search, with what snippets need.
pub(crate) struct Found {
    /// `(score, article id)`, best first.
    pub hits: Vec<(f32, String)>,
    /// Snippet generator for the query over article texts.
    pub snippets: SnippetGenerator,
}

/// The open full-text index.
pub(crate) struct FullText {
    index: Index,
    reader: IndexReader,
    fields: Fields,
    state: Mutex<WriterState>,
}

fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let stemmed = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer("en_stem")
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    let fields = Fields {
        id: builder.add_text_field("id", STRING | STORED),
        title: builder.add_text_field("title", stemmed.clone()),
        text: builder.add_text_field("text", stemmed),
        outlet: builder.add_text_field("outlet", TEXT),
        published: builder.add_text_field("published", STRING),
    };
    (builder.build(), fields)
}

fn open_or_create(dir: &Path, schema: &Schema) -> Result<(Index, bool), StoreError> {
    if dir.join("meta.json").exists() {
        match Index::open_in_dir(dir) {
            Ok(index) if index.schema() == *schema => return Ok((index, false)),
            Ok(_) => tracing::warn!(dir = %dir.display(), "full-text index schema changed; rebuilding"),
            Err(e) => tracing::warn!(dir = %dir.display(), error = %e, "full-text index unreadable; rebuilding"),
        }
        std::fs::remove_dir_all(dir).ctx("removing the old full-text index")?;
    }
    std::fs::create_dir_all(dir).ctx("creating the full-text index directory")?;
    let index = Index::create_in_dir(dir, schema.clone()).ctx("creating the full-text index")?;
    Ok((index, true))
}

impl FullText {
    /// Opens (or creates) the index in `dir`; does not catch up yet.
    pub(crate) fn open(dir: &Path) -> Result<FullText, StoreError> {
        let (schema, fields) = schema();
        let (index, _created) = open_or_create(dir, &schema)?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .ctx("opening the full-text reader")?;
        let metas = index.load_metas().ctx("reading the full-text index meta")?;
        let indexed = metas
            .payload
            .as_deref()
            .and_then(|p| serde_json::from_str::<Payload>(p).ok())
            .filter(|p| p.schema == FTS_SCHEMA_VERSION)
            .map(|p| p.seq);
        Ok(FullText { index, reader, fields, state: Mutex::new(WriterState { writer: None, indexed }) })
    }

    fn state(&self) -> MutexGuard<'_, WriterState> {
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Indexes a just-committed batch. `before`/`after` are the record store's
    /// sequence numbers around the batch; when the index was not at `before`
    /// it catches up from the record store instead.
    pub(crate) fn index_batch(
        &self,
        db: &Database,
        before: u64,
        after: u64,
        articles: &[Article],
    ) -> Result<(), StoreError> {
        let mut state = self.state();
        if state.indexed != Some(before) {
            return self.catch_up_locked(&mut state, db);
        }
        let result = self.index_batch_locked(&mut state, after, articles);
        if result.is_err() {
            state.writer = None;
        }
        result
    }

    fn index_batch_locked(&self, state: &mut WriterState, after: u64, articles: &[Article]) -> Result<(), StoreError> {
        let writer = self.writer(state)?;
        let mut seen = HashSet::with_capacity(articles.len());
        for article in articles.iter().rev() {
            if seen.insert(article.id.as_str()) {
                self.put(writer, article)?;
            }
        }
        self.commit(state, after)
    }

    /// Brings the index up to the record store's latest sequence number.
    pub(crate) fn catch_up(&self, db: &Database) -> Result<(), StoreError> {
        let mut state = self.state();
        self.catch_up_locked(&mut state, db)
    }

    fn catch_up_locked(&self, state: &mut WriterState, db: &Database) -> Result<(), StoreError> {
        let result = self.catch_up_inner(state, db);
        if result.is_err() {
            state.writer = None;
        }
        result
    }

    fn catch_up_inner(&self, state: &mut WriterState, db: &Database) -> Result<(), StoreError> {
        let txn = db.begin_read().ctx("starting a read")?;
        let last = last_seq(&txn.open_table(META).ctx("opening meta")?)?;
        let from = match state.indexed {
            Some(seq) if seq == last => return Ok(()),
            Some(seq) if seq < last => seq,
            _ => 0,
        };
        let rebuild = from == 0;
        if rebuild {
            tracing::info!(articles_seq = last, "building the full-text index");
        } else {
            tracing::info!(from, to = last, "catching up the full-text index");
        }
        let writer = self.writer(state)?;
        if rebuild {
            writer.delete_all_documents().ctx("clearing the full-text index")?;
        }
        let updates = txn.open_table(ARTICLE_UPDATES).ctx("opening article_updates")?;
        let articles = txn.open_table(ARTICLES).ctx("opening articles")?;
        let mut pending = 0usize;
        for entry in updates.range(from + 1..=last).ctx("reading article updates")? {
            let (seq, id) = entry.ctx("reading an article update")?;
            let (seq, id) = (seq.value(), id.value());
            let Some(bytes) = articles.get(id).ctx("reading an article")? else {
                tracing::warn!(article = id, "update entry without its article; not indexed");
                continue;
            };
            match decode::<Article>(bytes.value(), "article") {
                Ok(article) => {
                    let writer = self.writer(state)?;
                    self.put(writer, &article)?;
                    pending += 1;
                }
                Err(e) => tracing::warn!(article = id, error = %e, "undecodable article; not indexed"),
            }
            if pending >= CATCH_UP_COMMIT_EVERY {
                self.commit(state, seq)?;
                pending = 0;
            }
        }
        self.commit(state, last)
    }

    fn writer<'s>(&self, state: &'s mut WriterState) -> Result<&'s mut IndexWriter, StoreError> {
        if state.writer.is_none() {
            let threads = std::thread::available_parallelism().map_or(1, |n| n.get().clamp(1, 2));
            let writer = self.index.writer_with_num_threads(threads, WRITER_MEMORY_BYTES).map_err(|e| match e {
                tantivy::TantivyError::LockFailure(..) => {
                    StoreError::Backend("the full-text index is in use by another process".into())
                }
                other => StoreError::Backend(format!("opening the full-text writer: {other}")),
            })?;
            state.writer = Some(writer);
        }
        state.writer.as_mut().ok_or_else(|| StoreError::Backend("full-text writer unavailable".into()))
    }

    fn put(&self, writer: &IndexWriter, article: &Article) -> Result<(), StoreError> {
        let f = self.fields;
        writer.delete_term(Term::from_field_text(f.id, &article.id));
        let mut doc = TantivyDocument::default();
        doc.add_text(f.id, &article.id);
        if let Some(title) = &article.title {
            doc.add_text(f.title, title);
        }
        doc.add_text(f.text, &article.text);
        if let Some(outlet) = &article.outlet {
            doc.add_text(f.outlet, outlet);
        }
        if let Some(day) = article.published.as_deref().and_then(|p| p.get(..10)) {
            doc.add_text(f.published, day);
        }
        writer.add_document(doc).ctx("adding to the full-text index")?;
        Ok(())
    }

    fn commit(&self, state: &mut WriterState, seq: u64) -> Result<(), StoreError> {
        let payload = serde_json::to_string(&Payload { seq, schema: FTS_SCHEMA_VERSION })
            .map_err(|e| StoreError::Backend(format!("encoding the index payload: {e}")))?;
        let writer = self.writer(state)?;
        let mut prepared = writer.prepare_commit().ctx("preparing the full-text commit")?;
        prepared.set_payload(&payload);
        prepared.commit().ctx("committing the full-text index")?;
        state.indexed = Some(seq);
        self.reader.reload().ctx("reloading the full-text reader")?;
        Ok(())
    }

    /// Searches titles (boosted) and texts. Query syntax errors never fail:
    /// the query is then read as plain words.
    pub(crate) fn search(&self, query: &str, limit: usize) -> Result<Found, StoreError> {
        let f = self.fields;
        let mut parser = QueryParser::for_index(&self.index, vec![f.title, f.text]);
        parser.set_field_boost(f.title, TITLE_BOOST);
        let parsed: Box<dyn Query> = match parser.parse_query(query) {
            Ok(q) => q,
            Err(_) => parser.parse_query_lenient(&plain_words(query)).0,
        };
        let searcher = self.reader.searcher();
        let mut snippets = SnippetGenerator::create(&searcher, parsed.as_ref(), f.text).ctx("preparing snippets")?;
        snippets.set_max_num_chars(SNIPPET_CHARS);
        let limit = limit.min(usize::try_from(searcher.num_docs()).unwrap_or(usize::MAX));
        if limit == 0 {
            return Ok(Found { hits: Vec::new(), snippets });
        }
        let top = searcher
            .search(parsed.as_ref(), &TopDocs::with_limit(limit).order_by_score())
            .ctx("searching the full-text index")?;
        let mut hits = Vec::with_capacity(top.len());
        for (score, address) in top {
            let doc: TantivyDocument = searcher.doc(address).ctx("reading a search hit")?;
            if let Some(id) = doc.get_first(f.id).and_then(|v| v.as_str()) {
                hits.push((score, id.to_string()));
            }
        }
        Ok(Found { hits, snippets })
    }

    /// Live documents in the committed index.
    pub(crate) fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// How many live documents carry each article id.
    pub(crate) fn indexed_ids(&self) -> Result<HashMap<String, u32>, StoreError> {
        let searcher = self.reader.searcher();
        let mut ids = HashMap::new();
        for segment in searcher.segment_readers() {
            let store = segment.get_store_reader(64).ctx("opening the full-text doc store")?;
            for doc_id in segment.doc_ids_alive() {
                let doc: TantivyDocument = store.get(doc_id).ctx("reading an indexed document")?;
                if let Some(id) = doc.get_first(self.fields.id).and_then(|v| v.as_str()) {
                    *ids.entry(id.to_string()).or_insert(0) += 1;
                }
            }
        }
        Ok(ids)
    }

    /// The sequence number the committed index reflects.
    pub(crate) fn indexed_seq(&self) -> Option<u64> {
        self.state().indexed
    }
}

/// The query's words with every syntax character dropped, lowercased so that
/// `AND`/`OR`/`NOT` are words too.
fn plain_words(query: &str) -> String {
    query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_words_drop_syntax() {
        assert_eq!(plain_words("title:(\"North Korea\" AND -troops^"), "title north korea and troops");
        assert_eq!(plain_words("\"]["), "");
    }
}
