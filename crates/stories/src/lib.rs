//! The stateful stages: duplicate groups, online story clustering and story
//! facts. They see articles in publication order and are the store's only writers.
//!
//! Stub: each article is its own story until the stories issue lands.

use std::sync::Arc;

use storyline_analyse::Knowledge;
use storyline_model::{Article, Story};
use storyline_store::{Store, StoreError, WriteBatch};

pub mod facts;
mod timeline;
pub use timeline::timeline;

/// Failures of the stateful stages.
#[derive(Debug, thiserror::Error)]
pub enum StagesError {
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Dedup index and story clusters, loaded from the store and kept in step with it.
pub struct StatefulStages {
    knowledge: Arc<Knowledge>,
}

impl StatefulStages {
    /// Loads the stages' state from `store`.
    pub fn load(store: &Store, knowledge: Arc<Knowledge>) -> Result<Self, StagesError> {
        let _ = store;
        Ok(StatefulStages { knowledge })
    }

    /// Assigns duplicates and stories to new `articles` (sorted by publication
    /// here) and returns everything to commit for them.
    pub fn process(&mut self, store: &Store, mut articles: Vec<Article>) -> Result<WriteBatch, StagesError> {
        let _ = (store, &self.knowledge);
        let mut batch = WriteBatch::default();
        for a in &mut articles {
            let sid = storyline_model::story_id_for(&a.id);
            a.story_id = Some(sid.clone());
            for e in &mut a.events {
                e.story_id = Some(sid.clone());
            }
            let mut story = Story {
                id: sid,
                title: a.title.clone(),
                first_published: a.published.clone(),
                last_published: a.published.clone(),
                articles: vec![a.id.clone()],
                outlets: a.outlet.iter().cloned().collect(),
                ..Default::default()
            };
            facts::apply_story_facts(&mut story, std::slice::from_ref(a));
            batch.stories.push(story);
        }
        batch.articles = articles;
        Ok(batch)
    }
}
