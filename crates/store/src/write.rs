//! Applying a [`WriteBatch`] inside one record-store write transaction.

use std::collections::{BTreeSet, HashMap};

use redb::{ReadableTable, Table, WriteTransaction};
use storyline_model::{Event, Story};

use crate::codec::{decode, encode, story_order_key, u64_bytes, u64_from, ArticleInfo};
use crate::tables::*;
use crate::{Ctx, StoreError, WriteBatch};

/// Lowercased names and codes under which an event is found by actor.
pub(crate) fn actor_terms(event: &Event) -> BTreeSet<String> {
    let mut terms = BTreeSet::new();
    let sides = std::iter::once(&event.source).chain(event.target.as_ref());
    for actor in sides {
        for term in std::iter::once(actor.name.as_str()).chain(actor.code.as_deref()) {
            let term = term.trim().to_lowercase();
            if !term.is_empty() {
                terms.insert(term);
            }
        }
    }
    terms
}

/// The last sequence number handed out.
pub(crate) fn last_seq(meta: &impl ReadableTable<&'static str, &'static [u8]>) -> Result<u64, StoreError> {
    match meta.get(META_LAST_SEQ).ctx("reading the sequence")? {
        Some(g) => u64_from(g.value(), "sequence"),
        None => Ok(0),
    }
}

struct EventTables<'txn> {
    events: Table<'txn, &'static str, &'static [u8]>,
    by_date: Table<'txn, (&'static str, &'static str), ()>,
    by_actor: Table<'txn, (&'static str, &'static str, &'static str), ()>,
}

impl EventTables<'_> {
    fn remove_index_entries(&mut self, event: &Event) -> Result<(), StoreError> {
        self.by_date.remove((event.date.as_str(), event.id.as_str())).ctx("removing an event date entry")?;
        for term in actor_terms(event) {
            self.by_actor
                .remove((term.as_str(), event.date.as_str(), event.id.as_str()))
                .ctx("removing an event actor entry")?;
        }
        Ok(())
    }

    /// Removes event `id` if `article_id` owns it.
    fn remove_owned(&mut self, id: &str, article_id: &str) -> Result<(), StoreError> {
        let stored = match self.events.get(id).ctx("reading an event")? {
            Some(g) => decode::<Event>(g.value(), "event"),
            None => return Ok(()),
        };
        match stored {
            Ok(event) if event.article_id != article_id => Ok(()),
            Ok(event) => {
                self.remove_index_entries(&event)?;
                self.events.remove(id).ctx("removing an event")?;
                Ok(())
            }
            Err(e) => {
                tracing::warn!(event = id, error = %e, "dropping an undecodable event record");
                self.events.remove(id).ctx("removing an event")?;
                Ok(())
            }
        }
    }

    fn insert(&mut self, event: &Event) -> Result<(), StoreError> {
        let previous = match self.events.get(event.id.as_str()).ctx("reading an event")? {
            Some(g) => decode::<Event>(g.value(), "event").ok(),
            None => None,
        };
        if let Some(previous) = previous {
            if previous.article_id != event.article_id {
                tracing::warn!(event = %event.id, "event id shared by two articles; the later one wins");
            }
            self.remove_index_entries(&previous)?;
        }
        self.events.insert(event.id.as_str(), encode(event, "event")?.as_slice()).ctx("writing an event")?;
        self.by_date.insert((event.date.as_str(), event.id.as_str()), ()).ctx("writing an event date entry")?;
        for term in actor_terms(event) {
            self.by_actor
                .insert((term.as_str(), event.date.as_str(), event.id.as_str()), ())
                .ctx("writing an event actor entry")?;
        }
        Ok(())
    }
}

/// Writes `batch` into `txn`; returns the new sequence high-water mark.
pub(crate) fn apply_batch(txn: &WriteTransaction, batch: &mut WriteBatch) -> Result<u64, StoreError> {
    let mut meta = txn.open_table(META).ctx("opening meta")?;
    let mut seq = last_seq(&meta)?;
    {
        let mut articles = txn.open_table(ARTICLES).ctx("opening articles")?;
        let mut infos = txn.open_table(ARTICLE_INFO).ctx("opening article_info")?;
        let mut order = txn.open_table(ARTICLE_ORDER).ctx("opening article_order")?;
        let mut updates = txn.open_table(ARTICLE_UPDATES).ctx("opening article_updates")?;
        let mut events = EventTables {
            events: txn.open_table(EVENTS).ctx("opening events")?,
            by_date: txn.open_table(EVENTS_BY_DATE).ctx("opening events_by_date")?,
            by_actor: txn.open_table(EVENTS_BY_ACTOR).ctx("opening events_by_actor")?,
        };
        for article in &mut batch.articles {
            seq += 1;
            let id = article.id.as_str();
            let previous = match infos.get(id).ctx("reading article info")? {
                Some(g) => Some(decode::<ArticleInfo>(g.value(), "article info")?),
                None => None,
            };
            let inserted = match &previous {
                Some(old) => {
                    updates.remove(old.updated).ctx("removing an update entry")?;
                    for event_id in &old.events {
                        events.remove_owned(event_id, id)?;
                    }
                    old.inserted
                }
                None => {
                    order.insert(seq, id).ctx("writing article order")?;
                    seq
                }
            };
            for event in &mut article.events {
                if event.article_id != article.id {
                    event.article_id.clone_from(&article.id);
                }
                events.insert(event)?;
            }
            let info = ArticleInfo {
                inserted,
                updated: seq,
                story_id: article.story_id.clone(),
                events: article.events.iter().map(|e| e.id.clone()).collect(),
            };
            articles.insert(id, encode(&*article, "article")?.as_slice()).ctx("writing an article")?;
            infos.insert(id, encode(&info, "article info")?.as_slice()).ctx("writing article info")?;
            updates.insert(seq, id).ctx("writing an update entry")?;
        }
    }
    write_stories(txn, &batch.stories, &batch.story_redirects)?;
    {
        let mut aux = txn.open_table(AUX).ctx("opening aux")?;
        for (namespace, key, bytes) in &batch.aux {
            aux.insert((namespace.as_str(), key.as_str()), bytes.as_slice()).ctx("writing an aux record")?;
        }
        let mut state = txn.open_table(STATE).ctx("opening state")?;
        for (key, bytes) in &batch.state {
            state.insert(key.as_str(), bytes.as_slice()).ctx("writing state")?;
        }
    }
    meta.insert(META_LAST_SEQ, &u64_bytes(seq)[..]).ctx("writing the sequence")?;
    Ok(seq)
}

/// Stories first (a written story is live again, so its redirect goes), then
/// redirects (a merged-away story's record goes).
fn write_stories(txn: &WriteTransaction, stories: &[Story], redirects: &[(String, String)]) -> Result<(), StoreError> {
    let mut records = txn.open_table(STORIES).ctx("opening stories")?;
    let mut order = txn.open_table(STORY_ORDER).ctx("opening story_order")?;
    let mut order_keys = txn.open_table(STORY_ORDER_KEYS).ctx("opening story_order_keys")?;
    let mut redirect_table = txn.open_table(STORY_REDIRECTS).ctx("opening story_redirects")?;
    let mut unorder = |id: &str| -> Result<(), StoreError> {
        let old_key = order_keys.remove(id).ctx("removing a story order key")?.map(|g| g.value().to_vec());
        if let Some(old_key) = old_key {
            order.remove(old_key.as_slice()).ctx("removing a story order entry")?;
        }
        Ok(())
    };
    let mut new_keys: HashMap<&str, Vec<u8>> = HashMap::with_capacity(stories.len());
    for story in stories {
        redirect_table.remove(story.id.as_str()).ctx("removing a story redirect")?;
        unorder(&story.id)?;
        records.insert(story.id.as_str(), encode(story, "story")?.as_slice()).ctx("writing a story")?;
        new_keys.insert(story.id.as_str(), story_order_key(story.last_published.as_deref(), &story.id));
    }
    for (old, new) in redirects {
        if old == new {
            continue;
        }
        if records.remove(old.as_str()).ctx("removing a merged story")?.is_some() {
            unorder(old)?;
        }
        new_keys.remove(old.as_str());
        redirect_table.insert(old.as_str(), new.as_str()).ctx("writing a story redirect")?;
    }
    for (id, key) in new_keys {
        order.insert(key.as_slice(), id).ctx("writing a story order entry")?;
        order_keys.insert(id, key.as_slice()).ctx("writing a story order key")?;
    }
    Ok(())
}
