//! The stateful stages: duplicate groups, online story clustering and story
//! facts. They see articles in publication order and are the store's only writers.
//!
//! The algorithms are pure and in memory ([`storyline_dedup::DedupIndex`],
//! [`cluster::Clusterer`]); this module is the thin layer that loads their
//! time-windowed state from the store and returns, per batch, one atomic
//! [`WriteBatch`] holding the articles, stories, redirects and the state
//! records (`aux` namespaces [`AUX_DEDUP`] and [`AUX_STORY`], `state` keys
//! [`STATE_VOCAB`] and [`STATE_META`]), so a crash never desynchronises them.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Arc;

use rayon::prelude::*;
use storyline_analyse::Knowledge;
use storyline_dedup::{DedupConfig, DedupIndex, DocRecord, Sketch};
use storyline_model::{Article, DuplicateInfo, Story};
use storyline_store::{Store, StoreError, WriteBatch};

pub mod cluster;
pub mod facts;
pub mod features;
mod timeline;
pub use timeline::timeline;

use cluster::{ClusterConfig, Clusterer, StoryState};
use features::{TermCounts, Vocab};

/// Aux namespace of per-article dedup records ([`DocRecord`]).
pub const AUX_DEDUP: &str = "dedup";
/// Aux namespace of per-story clustering state (empty value: tombstone).
pub const AUX_STORY: &str = "story-state";
/// State key of the document-frequency table.
pub const STATE_VOCAB: &str = "story-vocab";
/// State key of the newest article time (8 bytes LE).
pub const STATE_META: &str = "story-meta";
/// Days of stories and dedup records held in memory behind the newest article.
pub const WINDOW_DAYS: i64 = 30;
/// Shingles of the most recently processed articles kept in memory (about
/// 8 bytes each), so that verifying a near-duplicate candidate rarely needs
/// to read the candidate's text back and shingle it again: copies are
/// published close together.
pub const RECENT_SHINGLES: usize = 1 << 21;

/// Looks up a committed article by id.
pub type ArticleLookup<'a> = dyn Fn(&str) -> Result<Option<Article>, StoreError> + 'a;

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
    dedup: DedupIndex,
    clusters: Clusterer,
    vocab: Vocab,
    batches: u64,
    recent: RecentShingles,
}

/// Sorted distinct shingles of recent articles by id, the oldest dropped
/// first once they hold more than [`RECENT_SHINGLES`].
#[derive(Default)]
struct RecentShingles {
    by_id: HashMap<String, Vec<u64>>,
    order: VecDeque<String>,
    held: usize,
}

impl RecentShingles {
    fn get(&self, id: &str) -> Option<&[u64]> {
        self.by_id.get(id).map(Vec::as_slice)
    }

    fn insert(&mut self, id: &str, shingles: Vec<u64>) {
        if self.by_id.contains_key(id) {
            return;
        }
        self.held += shingles.len();
        self.by_id.insert(id.to_string(), shingles);
        self.order.push_back(id.to_string());
        while self.held > RECENT_SHINGLES {
            let Some(old) = self.order.pop_front() else { break };
            if let Some(s) = self.by_id.remove(&old) {
                self.held -= s.len().min(self.held);
            }
        }
    }
}

/// Seconds since the epoch of a `published` value (date → midnight UTC).
pub fn published_time(published: Option<&str>) -> Option<i64> {
    let p = published?;
    if let Ok(dt) = chrono::DateTime::parse_from_rfc3339(p) {
        return Some(dt.timestamp());
    }
    let d = storyline_model::parse_date_prefix(p)?;
    Some(d.and_hms_opt(0, 0, 0)?.and_utc().timestamp())
}

impl StatefulStages {
    /// Loads the stages' state from `store`.
    pub fn load(store: &Store, knowledge: Arc<Knowledge>) -> Result<Self, StagesError> {
        let newest = store
            .state(STATE_META)?
            .and_then(|b| b.get(..8).and_then(|x| x.try_into().ok()).map(i64::from_le_bytes))
            .unwrap_or(i64::MIN);
        let cutoff = newest.saturating_sub(WINDOW_DAYS * 86_400);
        let vocab = store.state(STATE_VOCAB)?.and_then(|b| Vocab::from_bytes(&b)).unwrap_or_default();
        let mut records: Vec<DocRecord> = Vec::new();
        store.for_each_aux(AUX_DEDUP, &mut |_, bytes| {
            if let Ok(r) = DocRecord::from_bytes(bytes) {
                if r.time >= cutoff {
                    records.push(r);
                }
            }
            Ok(())
        })?;
        records.sort_by(|a, b| (a.time, &a.id).cmp(&(b.time, &b.id)));
        let mut dedup = DedupIndex::new(DedupConfig { window_days: WINDOW_DAYS as i32, ..Default::default() });
        for r in &records {
            dedup.restore(r);
        }
        let mut clusters = Clusterer::new(ClusterConfig::default());
        let mut states: Vec<StoryState> = Vec::new();
        store.for_each_aux(AUX_STORY, &mut |_, bytes| {
            if let Some(s) = cluster::decode_state(bytes) {
                if s.last_time >= cutoff {
                    states.push(s);
                }
            }
            Ok(())
        })?;
        states.sort_by(|a, b| (a.first_time, &a.id).cmp(&(b.first_time, &b.id)));
        for s in states {
            clusters.restore(s);
        }
        tracing::debug!(dedup = dedup.len(), stories = clusters.len(), "stateful stages loaded");
        Ok(StatefulStages { knowledge, dedup, clusters, vocab, batches: 0, recent: RecentShingles::default() })
    }

    /// Replaces the clustering weights and thresholds (before any article is processed).
    pub fn set_cluster_config(&mut self, config: ClusterConfig) {
        self.clusters.config = config;
    }

    /// Approximate heap bytes of the dedup index (for benchmarks).
    pub fn dedup_memory_bytes(&self) -> (usize, usize) {
        (self.dedup.memory_bytes(), self.dedup.len())
    }

    /// Stories held in memory (for benchmarks: stays bounded by the window).
    pub fn stories_held(&self) -> usize {
        self.clusters.len()
    }

    /// Empty stages (no store): for in-memory evaluation and benchmarks.
    pub fn empty(knowledge: Arc<Knowledge>) -> Self {
        StatefulStages {
            knowledge,
            dedup: DedupIndex::new(DedupConfig { window_days: WINDOW_DAYS as i32, ..Default::default() }),
            clusters: Clusterer::new(ClusterConfig::default()),
            vocab: Vocab::default(),
            batches: 0,
            recent: RecentShingles::default(),
        }
    }

    /// Assigns duplicates and stories to new `articles` (sorted by publication
    /// here) and returns everything to commit for them.
    pub fn process(&mut self, store: &Store, articles: Vec<Article>) -> Result<WriteBatch, StagesError> {
        self.process_with(&|id: &str| store.article(id), articles)
    }

    /// [`StatefulStages::process`] over any lookup of already committed
    /// articles by id (the store, or an in-memory map).
    pub fn process_with(
        &mut self,
        lookup: &ArticleLookup<'_>,
        mut articles: Vec<Article>,
    ) -> Result<WriteBatch, StagesError> {
        let _ = &self.knowledge;
        // Dated articles first, oldest first; undated ones last, so that they
        // are placed at the newest time seen (an undated text is taken to be
        // current news) rather than at the epoch, far from every story.
        articles.sort_by_cached_key(|x| {
            let t = published_time(x.published.as_deref());
            (t.is_none(), t, x.id.clone())
        });
        let prepared: Vec<(Sketch, TermCounts)> =
            articles.par_iter().map(|a| (Sketch::of_text(&a.text), TermCounts::of(a))).collect();
        let mut batch = WriteBatch::default();
        let mut updated: HashMap<String, Article> = HashMap::new();
        let batch_index: HashMap<String, usize> = articles.iter().enumerate().map(|(i, a)| (a.id.clone(), i)).collect();
        let mut repointed_ids: HashSet<String> = HashSet::new();
        for (i, (sketch, counts)) in prepared.into_iter().enumerate() {
            let Some(article) = articles.get(i) else { continue };
            let id = article.id.clone();
            let time = published_time(article.published.as_deref()).unwrap_or(if self.clusters.newest() == i64::MIN {
                0
            } else {
                self.clusters.newest()
            });
            let outcome = {
                let arts = &articles;
                let recent = &self.recent;
                let mut fetch = |cid: &str, visit: &mut dyn FnMut(&[u64])| {
                    if let Some(s) = recent.get(cid) {
                        return visit(s);
                    }
                    // Not seen lately: shingle the stored text again.
                    let shingles = match batch_index.get(cid).and_then(|&j| arts.get(j)) {
                        Some(a) => storyline_dedup::shingles_of_text(&a.text),
                        None => match lookup(cid) {
                            Ok(Some(a)) => storyline_dedup::shingles_of_text(&a.text),
                            _ => return,
                        },
                    };
                    visit(&shingles);
                };
                self.dedup.insert_with(&id, time, &sketch, &mut fetch)
            };
            self.recent.insert(&id, sketch.shingles);
            if let Some(a) = articles.get_mut(i) {
                a.duplicate_of = outcome.duplicate.as_ref().map(|m| m.canonical.clone());
                a.duplicate = outcome.duplicate.as_ref().map(|m| DuplicateInfo {
                    canonical: m.canonical.clone(),
                    similarity: (m.similarity * 1000.0).round() / 1000.0,
                    reason: m.reason.as_str().to_string(),
                });
            }
            for (other, link) in &outcome.repointed {
                let target = match batch_index.get(other) {
                    Some(&j) => articles.get_mut(j),
                    None => {
                        if !updated.contains_key(other) {
                            if let Some(a) = lookup(other)? {
                                updated.insert(other.clone(), a);
                            }
                        }
                        updated.get_mut(other)
                    }
                };
                if let Some(a) = target {
                    a.duplicate_of = link.as_ref().map(|m| m.canonical.clone());
                    a.duplicate = link.as_ref().map(|m| DuplicateInfo {
                        canonical: m.canonical.clone(),
                        similarity: (m.similarity * 1000.0).round() / 1000.0,
                        reason: m.reason.as_str().to_string(),
                    });
                }
                repointed_ids.insert(other.clone());
            }
            repointed_ids.insert(id.clone());
            self.vocab.add(counts.distinct_terms());
            let feats = counts.weigh(&self.vocab, time);
            let join = match outcome.duplicate.as_ref() {
                None => None,
                Some(m) => match self.clusters.story_of_article(&m.canonical) {
                    Some(s) => Some(s),
                    None => {
                        lookup(&m.canonical)?.and_then(|c| c.story_id).and_then(|sid| self.clusters.slot_of_story(&sid))
                    }
                },
            };
            self.clusters.add(&id, &feats, join);
        }
        for rid in &repointed_ids {
            if let Some(r) = self.dedup.record(rid) {
                batch.aux.push((AUX_DEDUP.to_string(), rid.clone(), r.to_bytes()));
            }
        }
        let changes = self.clusters.take_changes();
        let mut new_articles: HashMap<String, Article> = articles.into_iter().map(|a| (a.id.clone(), a)).collect();
        for s in &changes.stories {
            let mut members: Vec<Article> = Vec::with_capacity(s.members.len());
            for (mid, _) in &s.members {
                let a = match new_articles.remove(mid) {
                    Some(a) => Some(a),
                    None => match updated.remove(mid) {
                        Some(a) => Some(a),
                        None => lookup(mid)?,
                    },
                };
                if let Some(mut a) = a {
                    a.story_id = Some(s.id.clone());
                    for e in &mut a.events {
                        e.story_id = Some(s.id.clone());
                    }
                    members.push(a);
                }
            }
            members.sort_by_cached_key(|a| (published_time(a.published.as_deref()), a.id.clone()));
            let mut story = build_story(s, &members);
            facts::corroborate(&mut story, &mut members);
            batch.stories.push(story);
            batch.aux.push((AUX_STORY.to_string(), s.id.clone(), cluster::encode_state(s)));
            batch.articles.extend(members);
        }
        for (old, new) in &changes.redirects {
            batch.aux.push((AUX_STORY.to_string(), old.clone(), Vec::new()));
            batch.story_redirects.push((old.clone(), new.clone()));
        }
        // Articles not in any changed story (should not happen) and repointed ones still go out.
        batch.articles.extend(new_articles.into_values());
        batch.articles.extend(updated.into_values());
        self.batches += 1;
        if self.vocab.docs < 20_000 || self.batches.is_multiple_of(16) {
            batch.state.push((STATE_VOCAB.to_string(), self.vocab.to_bytes()));
        }
        batch.state.push((STATE_META.to_string(), self.clusters.newest().to_le_bytes().to_vec()));
        self.clusters.evict(WINDOW_DAYS);
        self.dedup.evict();
        Ok(batch)
    }
}

fn build_story(s: &StoryState, members: &[Article]) -> Story {
    let mut outlets: Vec<String> = members.iter().filter_map(|a| a.outlet.clone()).collect();
    outlets.sort();
    outlets.dedup();
    let centroid = &s.title;
    let norm = centroid.iter().map(|x| x.1 * x.1).sum::<f32>().sqrt().max(1e-6);
    let title = members
        .iter()
        .filter_map(|a| a.title.as_ref().map(|t| (a, t)))
        .map(|(a, t)| {
            let tv = features::title_vector(t, Vocab::empty());
            let score = features::dot(&tv, centroid) / norm;
            (score, a.duplicate_of.is_none(), t.clone())
        })
        .fold(None::<(f32, bool, String)>, |best, cur| match best {
            Some(b) if (b.0, b.1) >= (cur.0, cur.1) => Some(b),
            _ => Some(cur),
        })
        .map(|x| x.2);
    Story {
        id: s.id.clone(),
        title,
        first_published: members.first().and_then(|a| a.published.clone()),
        last_published: members
            .iter()
            .max_by_key(|a| published_time(a.published.as_deref()))
            .and_then(|a| a.published.clone()),
        articles: members.iter().map(|a| a.id.clone()).collect(),
        outlets,
        ..Default::default()
    }
}
