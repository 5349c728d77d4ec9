//! The record store's tables. Values are encoded by [`crate::codec`].

use redb::TableDefinition;

/// Store-wide numbers: schema version, sequence high-water mark.
pub(crate) const META: TableDefinition<&str, &[u8]> = TableDefinition::new("meta");
/// Article id → article record.
pub(crate) const ARTICLES: TableDefinition<&str, &[u8]> = TableDefinition::new("articles");
/// Article id → [`crate::codec::ArticleInfo`].
pub(crate) const ARTICLE_INFO: TableDefinition<&str, &[u8]> = TableDefinition::new("article_info");
/// First-insertion sequence → article id: insertion order.
pub(crate) const ARTICLE_ORDER: TableDefinition<u64, &str> = TableDefinition::new("article_order");
/// Latest-write sequence → article id: what the full-text index catches up on.
pub(crate) const ARTICLE_UPDATES: TableDefinition<u64, &str> = TableDefinition::new("article_updates");
/// Story id → story record.
pub(crate) const STORIES: TableDefinition<&str, &[u8]> = TableDefinition::new("stories");
/// Story order key ([`crate::codec::story_order_key`]) → story id: newest first.
pub(crate) const STORY_ORDER: TableDefinition<&[u8], &str> = TableDefinition::new("story_order");
/// Story id → its current order key, to move it when it changes.
pub(crate) const STORY_ORDER_KEYS: TableDefinition<&str, &[u8]> = TableDefinition::new("story_order_keys");
/// Merged-away story id → the story it was merged into.
pub(crate) const STORY_REDIRECTS: TableDefinition<&str, &str> = TableDefinition::new("story_redirects");
/// Event id → event record.
pub(crate) const EVENTS: TableDefinition<&str, &[u8]> = TableDefinition::new("events");
/// `(date, event id)`: events oldest first.
pub(crate) const EVENTS_BY_DATE: TableDefinition<(&str, &str), ()> = TableDefinition::new("events_by_date");
/// `(lowercased actor name or code, date, event id)`: an actor's events oldest first.
pub(crate) const EVENTS_BY_ACTOR: TableDefinition<(&str, &str, &str), ()> = TableDefinition::new("events_by_actor");
/// `(namespace, key)` → stage record bytes.
pub(crate) const AUX: TableDefinition<(&str, &str), &[u8]> = TableDefinition::new("aux");
/// Stage state key → bytes.
pub(crate) const STATE: TableDefinition<&str, &[u8]> = TableDefinition::new("state");

/// Meta key of the schema version.
pub(crate) const META_SCHEMA_VERSION: &str = "schema_version";
/// Meta key of the last sequence number handed out.
pub(crate) const META_LAST_SEQ: &str = "last_seq";
