//! Queries over the record store within one read transaction.

use std::collections::{BTreeSet, HashMap, HashSet};

use redb::{ReadTransaction, ReadableTable};
use storyline_model::{Actor, Article, Event};

use crate::codec::{decode, ArticleInfo};
use crate::tables::*;
use crate::{Ctx, EventFilter, StoreError};

/// Redirect chains longer than this are treated as broken (a cycle).
pub(crate) const MAX_REDIRECT_HOPS: usize = 64;

/// Follows story redirects from `id` to the id it now goes by.
pub(crate) fn current_story_id(
    redirects: &impl ReadableTable<&'static str, &'static str>,
    id: &str,
) -> Result<String, StoreError> {
    let mut current = id.to_string();
    for _ in 0..MAX_REDIRECT_HOPS {
        match redirects.get(current.as_str()).ctx("reading a story redirect")? {
            Some(next) => current = next.value().to_string(),
            None => return Ok(current),
        }
    }
    Ok(current)
}

/// Reads articles with their story ids (and their events' story ids) made current.
pub(crate) struct ArticleReader {
    articles: redb::ReadOnlyTable<&'static str, &'static [u8]>,
    redirects: redb::ReadOnlyTable<&'static str, &'static str>,
}

impl ArticleReader {
    pub(crate) fn new(txn: &ReadTransaction) -> Result<Self, StoreError> {
        Ok(ArticleReader {
            articles: txn.open_table(ARTICLES).ctx("opening articles")?,
            redirects: txn.open_table(STORY_REDIRECTS).ctx("opening story_redirects")?,
        })
    }

    pub(crate) fn get(&self, id: &str) -> Result<Option<Article>, StoreError> {
        let Some(bytes) = self.articles.get(id).ctx("reading an article")? else {
            return Ok(None);
        };
        let mut article: Article = decode(bytes.value(), "article")?;
        if let Some(story) = article.story_id.take() {
            article.story_id = Some(current_story_id(&self.redirects, &story)?);
        }
        for event in &mut article.events {
            event.story_id = match (&article.story_id, event.story_id.take()) {
                (Some(story), _) => Some(story.clone()),
                (None, Some(own)) => Some(current_story_id(&self.redirects, &own)?),
                (None, None) => None,
            };
        }
        Ok(Some(article))
    }
}

/// An event filter with its terms lowercased.
struct Matcher {
    actor: HashSet<String>,
    with: HashSet<String>,
    from: Option<String>,
    to: Option<String>,
    cameo: Option<String>,
}

fn term_set(terms: &[String]) -> HashSet<String> {
    terms.iter().map(|t| t.trim().to_lowercase()).filter(|t| !t.is_empty()).collect()
}

impl Matcher {
    fn new(filter: &EventFilter) -> Matcher {
        let nonempty = |s: &Option<String>| s.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_string);
        Matcher {
            actor: term_set(&filter.actor),
            with: term_set(&filter.with),
            from: nonempty(&filter.from),
            to: nonempty(&filter.to),
            cameo: nonempty(&filter.cameo),
        }
    }

    /// Terms whose actor index entries hold every match, when there are any.
    fn index_terms(&self) -> Option<&HashSet<String>> {
        if !self.actor.is_empty() {
            Some(&self.actor)
        } else if !self.with.is_empty() {
            Some(&self.with)
        } else {
            None
        }
    }

    fn date_in_range(&self, date: &str) -> bool {
        let day = date.get(..10).unwrap_or(date);
        if self.from.as_deref().is_some_and(|from| day < from) {
            return false;
        }
        match self.to.as_deref() {
            Some(to) => day.get(..to.len()).unwrap_or(day) <= to,
            None => true,
        }
    }

    fn matches(&self, event: &Event) -> bool {
        if !self.date_in_range(&event.date) {
            return false;
        }
        if self.cameo.as_deref().is_some_and(|c| !event.cameo.starts_with(c)) {
            return false;
        }
        let side = |actor: Option<&Actor>, terms: &HashSet<String>| {
            actor.is_some_and(|a| {
                terms.contains(&a.name.trim().to_lowercase())
                    || a.code.as_deref().is_some_and(|c| terms.contains(&c.trim().to_lowercase()))
            })
        };
        let source = Some(&event.source);
        let target = event.target.as_ref();
        match (self.actor.is_empty(), self.with.is_empty()) {
            (true, true) => true,
            (true, false) => side(source, &self.with) || side(target, &self.with),
            (false, true) => side(source, &self.actor) || side(target, &self.actor),
            (false, false) => {
                (side(source, &self.actor) && side(target, &self.with))
                    || (side(target, &self.actor) && side(source, &self.with))
            }
        }
    }
}

/// Events matching `filter`, oldest first (by date, then id), skipping `offset`
/// matches and returning at most `limit`.
pub(crate) fn events(
    txn: &ReadTransaction,
    filter: &EventFilter,
    offset: usize,
    limit: usize,
) -> Result<Vec<Event>, StoreError> {
    if limit == 0 {
        return Ok(Vec::new());
    }
    let matcher = Matcher::new(filter);
    let records = txn.open_table(EVENTS).ctx("opening events")?;
    let infos = txn.open_table(ARTICLE_INFO).ctx("opening article_info")?;
    let redirects = txn.open_table(STORY_REDIRECTS).ctx("opening story_redirects")?;
    let mut stories: HashMap<String, Option<String>> = HashMap::new();
    let mut out = Vec::new();
    let mut skipped = 0usize;
    let mut visit = |id: &str| -> Result<bool, StoreError> {
        let Some(bytes) = records.get(id).ctx("reading an event")? else {
            return Ok(true);
        };
        let mut event: Event = decode(bytes.value(), "event")?;
        if !matcher.matches(&event) {
            return Ok(true);
        }
        if skipped < offset {
            skipped += 1;
            return Ok(true);
        }
        let story = match stories.get(&event.article_id) {
            Some(s) => s.clone(),
            None => {
                let written = match infos.get(event.article_id.as_str()).ctx("reading article info")? {
                    Some(g) => decode::<ArticleInfo>(g.value(), "article info")?.story_id,
                    None => None,
                };
                let current = written.map(|s| current_story_id(&redirects, &s)).transpose()?;
                stories.insert(event.article_id.clone(), current.clone());
                current
            }
        };
        event.story_id = match (story, event.story_id.take()) {
            (Some(s), _) => Some(s),
            (None, Some(own)) => Some(current_story_id(&redirects, &own)?),
            (None, None) => None,
        };
        out.push(event);
        Ok(out.len() < limit)
    };
    let from = matcher.from.clone().unwrap_or_default();
    let upper = matcher.to.as_ref().map(|to| format!("{to}\u{10FFFF}"));
    match matcher.index_terms() {
        Some(terms) => {
            let by_actor = txn.open_table(EVENTS_BY_ACTOR).ctx("opening events_by_actor")?;
            let mut candidates: BTreeSet<(String, String)> = BTreeSet::new();
            for term in terms {
                for entry in by_actor.range((term.as_str(), from.as_str(), "")..).ctx("reading the actor index")? {
                    let (key, _) = entry.ctx("reading an actor index entry")?;
                    let (entry_term, date, id) = key.value();
                    if entry_term != term || upper.as_deref().is_some_and(|u| date >= u) {
                        break;
                    }
                    candidates.insert((date.to_string(), id.to_string()));
                }
            }
            for (_, id) in &candidates {
                if !visit(id)? {
                    break;
                }
            }
        }
        None => {
            let by_date = txn.open_table(EVENTS_BY_DATE).ctx("opening events_by_date")?;
            for entry in by_date.range((from.as_str(), "")..).ctx("reading the date index")? {
                let (key, _) = entry.ctx("reading a date index entry")?;
                let (date, id) = key.value();
                if upper.as_deref().is_some_and(|u| date >= u) {
                    break;
                }
                if !visit(id)? {
                    break;
                }
            }
        }
    }
    Ok(out)
}
