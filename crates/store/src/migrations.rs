//! Schema versions and the steps between them.
//!
//! The record store carries its schema version in the meta table. Opening a
//! store of an older version runs every step from its version to
//! [`CURRENT_VERSION`] in one write transaction, so a crash mid-migration
//! leaves the old version intact. A store from a newer Storyline is refused.
//!
//! Versions:
//! 1. articles, insertion and update sequences, stories, redirects, events
//!    with date and actor indexes, aux and state.
//! 2. adds the story order index (newest first by last publication).

use redb::{Database, ReadableTable, ReadableTableMetadata, WriteTransaction};
use storyline_model::Story;

use crate::codec::{decode, story_order_key, u64_bytes, u64_from};
use crate::tables::*;
use crate::{Ctx, StoreError};

/// Schema version written by this build.
pub(crate) const CURRENT_VERSION: u64 = 2;

/// One step from version `from` to `from + 1`.
struct Migration {
    from: u64,
    what: &'static str,
    run: fn(&WriteTransaction) -> Result<(), StoreError>,
}

/// Every step, in order.
const MIGRATIONS: &[Migration] =
    &[Migration { from: 1, what: "index stories by last publication", run: build_story_order }];

/// Creates a new store's tables or migrates an older one to [`CURRENT_VERSION`].
pub(crate) fn prepare(db: &Database) -> Result<(), StoreError> {
    let txn = db.begin_write().ctx("starting the schema transaction")?;
    let version = read_version(&txn)?;
    match version {
        None => {
            let has_records = txn.open_table(ARTICLES).ctx("opening articles")?.len().ctx("counting articles")? > 0;
            if has_records {
                return Err(StoreError::Corrupt("the store holds articles but no schema version".into()));
            }
            create_tables(&txn)?;
            let mut meta = txn.open_table(META).ctx("opening meta")?;
            meta.insert(META_LAST_SEQ, &u64_bytes(0)[..]).ctx("writing the sequence")?;
        }
        Some(v) if v > CURRENT_VERSION => {
            return Err(StoreError::Backend(format!(
                "the store has schema version {v}, newer than this build's {CURRENT_VERSION}: use a newer storyline"
            )));
        }
        Some(v) if v == CURRENT_VERSION => {
            txn.abort().ctx("closing the schema transaction")?;
            return Ok(());
        }
        Some(v) => {
            for step in MIGRATIONS.iter().filter(|m| m.from >= v) {
                tracing::info!(from = step.from, to = step.from + 1, step = step.what, "migrating store");
                (step.run)(&txn)?;
            }
            create_tables(&txn)?;
        }
    }
    txn.open_table(META)
        .ctx("opening meta")?
        .insert(META_SCHEMA_VERSION, &u64_bytes(CURRENT_VERSION)[..])
        .ctx("writing the schema version")?;
    txn.commit().ctx("committing the schema")?;
    Ok(())
}

/// The schema version recorded in the store, if any.
pub(crate) fn read_version(txn: &WriteTransaction) -> Result<Option<u64>, StoreError> {
    let meta = txn.open_table(META).ctx("opening meta")?;
    let version = meta.get(META_SCHEMA_VERSION).ctx("reading the schema version")?;
    version.map(|g| u64_from(g.value(), "schema version")).transpose()
}

fn create_tables(txn: &WriteTransaction) -> Result<(), StoreError> {
    txn.open_table(META).ctx("creating meta")?;
    txn.open_table(ARTICLES).ctx("creating articles")?;
    txn.open_table(ARTICLE_INFO).ctx("creating article_info")?;
    txn.open_table(ARTICLE_ORDER).ctx("creating article_order")?;
    txn.open_table(ARTICLE_UPDATES).ctx("creating article_updates")?;
    txn.open_table(STORIES).ctx("creating stories")?;
    txn.open_table(STORY_ORDER).ctx("creating story_order")?;
    txn.open_table(STORY_ORDER_KEYS).ctx("creating story_order_keys")?;
    txn.open_table(STORY_REDIRECTS).ctx("creating story_redirects")?;
    txn.open_table(EVENTS).ctx("creating events")?;
    txn.open_table(EVENTS_BY_DATE).ctx("creating events_by_date")?;
    txn.open_table(EVENTS_BY_ACTOR).ctx("creating events_by_actor")?;
    txn.open_table(AUX).ctx("creating aux")?;
    txn.open_table(STATE).ctx("creating state")?;
    Ok(())
}

/// Version 1 → 2: builds the story order index from the stories.
fn build_story_order(txn: &WriteTransaction) -> Result<(), StoreError> {
    txn.delete_table(STORY_ORDER).ctx("clearing story_order")?;
    txn.delete_table(STORY_ORDER_KEYS).ctx("clearing story_order_keys")?;
    let stories = txn.open_table(STORIES).ctx("opening stories")?;
    let mut order = txn.open_table(STORY_ORDER).ctx("creating story_order")?;
    let mut keys = txn.open_table(STORY_ORDER_KEYS).ctx("creating story_order_keys")?;
    for entry in stories.iter().ctx("reading stories")? {
        let (id, bytes) = entry.ctx("reading a story")?;
        let story: Story = decode(bytes.value(), "story")?;
        let key = story_order_key(story.last_published.as_deref(), id.value());
        order.insert(key.as_slice(), id.value()).ctx("writing story order")?;
        keys.insert(id.value(), key.as_slice()).ctx("writing story order key")?;
    }
    Ok(())
}

/// Test hook: rewrites a current store into the version 1 layout.
#[cfg(test)]
pub(crate) fn downgrade_to_v1(db: &Database) -> Result<(), StoreError> {
    let txn = db.begin_write().ctx("begin")?;
    txn.delete_table(STORY_ORDER).ctx("dropping story_order")?;
    txn.delete_table(STORY_ORDER_KEYS).ctx("dropping story_order_keys")?;
    txn.open_table(META).ctx("meta")?.insert(META_SCHEMA_VERSION, &u64_bytes(1)[..]).ctx("version")?;
    txn.commit().ctx("commit")?;
    Ok(())
}

/// Test hook: marks the store as written by a future version.
#[cfg(test)]
pub(crate) fn set_version(db: &Database, version: u64) -> Result<(), StoreError> {
    let txn = db.begin_write().ctx("begin")?;
    txn.open_table(META).ctx("meta")?.insert(META_SCHEMA_VERSION, &u64_bytes(version)[..]).ctx("version")?;
    txn.commit().ctx("commit")?;
    Ok(())
}
