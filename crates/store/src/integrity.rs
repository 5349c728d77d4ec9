//! Cross-checks of the record store's tables and the full-text index.

use std::collections::{BTreeSet, HashMap, HashSet};

use redb::{Database, ReadableDatabase, ReadableTable, ReadableTableMetadata};
use storyline_model::{Article, Event, Story};

use crate::codec::{decode, story_order_key, ArticleInfo};
use crate::fts::FullText;
use crate::read::MAX_REDIRECT_HOPS;
use crate::tables::*;
use crate::write::{actor_terms, last_seq};
use crate::{Ctx, IntegrityReport, StoreError};

/// Problems listed in full; beyond this only their number is reported.
const MAX_LISTED: usize = 100;

#[derive(Default)]
struct Problems {
    listed: Vec<String>,
    unlisted: usize,
}

impl Problems {
    fn add(&mut self, problem: String) {
        if self.listed.len() < MAX_LISTED {
            self.listed.push(problem);
        } else {
            self.unlisted += 1;
        }
    }

    fn into_vec(mut self) -> Vec<String> {
        if self.unlisted > 0 {
            self.listed.push(format!("... and {} more problems", self.unlisted));
        }
        self.listed
    }
}

/// Where each stored event is expected, from the articles' side.
struct EventSummary {
    date: String,
    terms: BTreeSet<String>,
}

/// Checks every table against the others and the index against the articles.
pub(crate) fn check(db: &Database, fts: &FullText) -> Result<IntegrityReport, StoreError> {
    let mut problems = Problems::default();
    let txn = db.begin_read().ctx("starting a read")?;
    let meta = txn.open_table(META).ctx("opening meta")?;
    let articles = txn.open_table(ARTICLES).ctx("opening articles")?;
    let infos = txn.open_table(ARTICLE_INFO).ctx("opening article_info")?;
    let order = txn.open_table(ARTICLE_ORDER).ctx("opening article_order")?;
    let updates = txn.open_table(ARTICLE_UPDATES).ctx("opening article_updates")?;
    let events = txn.open_table(EVENTS).ctx("opening events")?;
    let by_date = txn.open_table(EVENTS_BY_DATE).ctx("opening events_by_date")?;
    let by_actor = txn.open_table(EVENTS_BY_ACTOR).ctx("opening events_by_actor")?;
    let stories = txn.open_table(STORIES).ctx("opening stories")?;
    let story_order = txn.open_table(STORY_ORDER).ctx("opening story_order")?;
    let story_keys = txn.open_table(STORY_ORDER_KEYS).ctx("opening story_order_keys")?;
    let redirects = txn.open_table(STORY_REDIRECTS).ctx("opening story_redirects")?;
    let sequence = last_seq(&meta)?;

    let mut article_ids: HashSet<String> = HashSet::new();
    let mut event_owner: HashMap<String, String> = HashMap::new();
    for entry in articles.iter().ctx("reading articles")? {
        let (key, bytes) = entry.ctx("reading an article")?;
        let id = key.value();
        article_ids.insert(id.to_string());
        let article: Article = match decode(bytes.value(), "article") {
            Ok(a) => a,
            Err(e) => {
                problems.add(format!("article {id} cannot be read: {e}"));
                continue;
            }
        };
        if article.id != id {
            problems.add(format!("article stored under {id} has id {}", article.id));
        }
        let info: ArticleInfo = match infos.get(id).ctx("reading article info")? {
            Some(g) => match decode(g.value(), "article info") {
                Ok(info) => info,
                Err(e) => {
                    problems.add(format!("article {id}: bookkeeping cannot be read: {e}"));
                    continue;
                }
            },
            None => {
                problems.add(format!("article {id} has no bookkeeping record"));
                continue;
            }
        };
        if info.updated > sequence || info.inserted > info.updated {
            problems.add(format!("article {id} has sequence numbers beyond the store's ({sequence})"));
        }
        if order.get(info.inserted).ctx("reading article order")?.map(|g| g.value() == id) != Some(true) {
            problems.add(format!("article {id} is missing from the insertion order"));
        }
        if updates.get(info.updated).ctx("reading article updates")?.map(|g| g.value() == id) != Some(true) {
            problems.add(format!("article {id} is missing from the update sequence"));
        }
        let listed: Vec<&str> = article.events.iter().map(|e| e.id.as_str()).collect();
        if listed != info.events.iter().map(String::as_str).collect::<Vec<_>>() {
            problems.add(format!("article {id}: its event list and its bookkeeping disagree"));
        }
        for event_id in &listed {
            event_owner.insert(event_id.to_string(), id.to_string());
        }
    }
    if infos.len().ctx("counting article info")? != articles.len().ctx("counting articles")? {
        for entry in infos.iter().ctx("reading article info")? {
            let (key, _) = entry.ctx("reading article info")?;
            if !article_ids.contains(key.value()) {
                problems.add(format!("bookkeeping for a missing article {}", key.value()));
            }
        }
    }
    for (table, name) in [(&order, "insertion order"), (&updates, "update sequence")] {
        for entry in table.iter().ctx("reading an article sequence")? {
            let (seq, id) = entry.ctx("reading an article sequence entry")?;
            if !article_ids.contains(id.value()) {
                problems.add(format!("{name} entry {} points to a missing article {}", seq.value(), id.value()));
            }
        }
        if table.len().ctx("counting a sequence")? != article_ids.len() as u64 {
            problems.add(format!("{name} has {} entries for {} articles", table.len().unwrap_or(0), article_ids.len()));
        }
    }

    let mut summaries: HashMap<String, EventSummary> = HashMap::new();
    for entry in events.iter().ctx("reading events")? {
        let (key, bytes) = entry.ctx("reading an event")?;
        let id = key.value();
        let event: Event = match decode(bytes.value(), "event") {
            Ok(e) => e,
            Err(e) => {
                problems.add(format!("event {id} cannot be read: {e}"));
                continue;
            }
        };
        match event_owner.get(id) {
            Some(owner) if *owner == event.article_id => {}
            Some(owner) => {
                problems.add(format!("event {id} names article {} but article {owner} lists it", event.article_id))
            }
            None => problems.add(format!("event {id} is listed by no article (its article: {})", event.article_id)),
        }
        if by_date.get((event.date.as_str(), id)).ctx("reading the date index")?.is_none() {
            problems.add(format!("event {id} is missing from the date index"));
        }
        let terms = actor_terms(&event);
        for term in &terms {
            if by_actor.get((term.as_str(), event.date.as_str(), id)).ctx("reading the actor index")?.is_none() {
                problems.add(format!("event {id} is missing from the actor index under {term:?}"));
            }
        }
        summaries.insert(id.to_string(), EventSummary { date: event.date, terms });
    }
    for id in event_owner.keys() {
        if !summaries.contains_key(id) && events.get(id.as_str()).ctx("reading an event")?.is_none() {
            problems.add(format!("event {id} of article {} is not stored", event_owner.get(id).map_or("?", |s| s)));
        }
    }
    for entry in by_date.iter().ctx("reading the date index")? {
        let (key, _) = entry.ctx("reading a date index entry")?;
        let (date, id) = key.value();
        if summaries.get(id).map(|s| s.date.as_str()) != Some(date) {
            problems.add(format!("date index entry ({date}, {id}) points to no such event"));
        }
    }
    for entry in by_actor.iter().ctx("reading the actor index")? {
        let (key, _) = entry.ctx("reading an actor index entry")?;
        let (term, date, id) = key.value();
        let ok = summaries.get(id).is_some_and(|s| s.date == date && s.terms.contains(term));
        if !ok {
            problems.add(format!("actor index entry ({term}, {date}, {id}) points to no such event"));
        }
    }

    let mut story_ids: HashSet<String> = HashSet::new();
    for entry in stories.iter().ctx("reading stories")? {
        let (key, bytes) = entry.ctx("reading a story")?;
        let id = key.value();
        story_ids.insert(id.to_string());
        let story: Story = match decode(bytes.value(), "story") {
            Ok(s) => s,
            Err(e) => {
                problems.add(format!("story {id} cannot be read: {e}"));
                continue;
            }
        };
        if story.id != id {
            problems.add(format!("story stored under {id} has id {}", story.id));
        }
        for article in &story.articles {
            if !article_ids.contains(article) {
                problems.add(format!("story {id} lists a missing article {article}"));
            }
        }
        let expected = story_order_key(story.last_published.as_deref(), id);
        let recorded = story_keys.get(id).ctx("reading a story order key")?.map(|g| g.value().to_vec());
        let placed = story_order.get(expected.as_slice()).ctx("reading story order")?.map(|g| g.value() == id);
        if recorded.as_deref() != Some(expected.as_slice()) || placed != Some(true) {
            problems.add(format!("story {id} is misplaced in the story order"));
        }
        if redirects.get(id).ctx("reading a story redirect")?.is_some() {
            problems.add(format!("story {id} is both stored and redirected"));
        }
    }
    if story_order.len().ctx("counting story order")? != story_ids.len() as u64 {
        problems.add(format!(
            "story order has {} entries for {} stories",
            story_order.len().unwrap_or(0),
            story_ids.len()
        ));
    }
    for entry in redirects.iter().ctx("reading story redirects")? {
        let (old, new) = entry.ctx("reading a story redirect")?;
        let mut current = new.value().to_string();
        let mut resolved = false;
        for _ in 0..MAX_REDIRECT_HOPS {
            if story_ids.contains(&current) {
                resolved = true;
                break;
            }
            match redirects.get(current.as_str()).ctx("reading a story redirect")? {
                Some(next) => current = next.value().to_string(),
                None => break,
            }
        }
        if !resolved {
            problems.add(format!("story redirect {} → {} leads to no stored story", old.value(), new.value()));
        }
    }

    let indexed = fts.num_docs();
    if fts.indexed_seq() != Some(sequence) {
        problems.add(format!("full-text index reflects sequence {:?}, records are at {sequence}", fts.indexed_seq()));
    }
    let indexed_ids = fts.indexed_ids()?;
    for id in &article_ids {
        match indexed_ids.get(id) {
            Some(1) => {}
            Some(n) => problems.add(format!("article {id} is indexed {n} times")),
            None => problems.add(format!("article {id} is not in the full-text index")),
        }
    }
    for id in indexed_ids.keys() {
        if !article_ids.contains(id) {
            problems.add(format!("the full-text index holds an article that is not stored: {id}"));
        }
    }
    if indexed != article_ids.len() as u64 {
        problems.add(format!("the full-text index holds {indexed} documents for {} articles", article_ids.len()));
    }
    Ok(IntegrityReport { articles: article_ids.len() as u64, indexed, problems: problems.into_vec() })
}
