//! Single-pass online story clustering (after Miranda et al. 2018), in memory
//! and independent of the store: each article is scored against candidate
//! stories found through an inverted index on entity and salient-term keys,
//! by a weighted sum of cosines (body, title, entities) damped by a Gaussian
//! over the time gap; below the threshold it founds a new story.

use std::cmp::Reverse;
use std::collections::{BTreeSet, BinaryHeap};

use rustc_hash::FxHashMap as HashMap;

use crate::features::{dot, Features, SparseVec};

/// Weights and thresholds of the clustering.
#[derive(Debug, Clone)]
pub struct ClusterConfig {
    /// Weight of the body TF-IDF cosine.
    pub w_body: f32,
    /// Weight of the title TF-IDF cosine.
    pub w_title: f32,
    /// Weight of the entity cosine.
    pub w_entities: f32,
    /// Minimal score to join a story (below it: first-story detection).
    pub threshold: f32,
    /// σ of the Gaussian over the gap in days between the article and the story's span.
    pub sigma_days: f32,
    /// A story takes no new articles more than this many days from its span.
    pub active_days: i64,
    /// Stories scored per article (the ones sharing most keys).
    pub max_candidates: usize,
    /// Two stories merge when an article scores at least this with both and
    /// their centroids are at least this similar.
    pub merge_threshold: f32,
    /// Entity and term keys per article in the inverted index.
    pub keys_per_view: usize,
    /// Centroid terms kept per view.
    pub centroid_terms: usize,
    /// Entity cosine from which shared participants count as full agreement.
    /// One event has the same people, places and organisations in every
    /// report; below this the score is scaled down towards `entity_floor`.
    pub entity_agreement: f32,
    /// Score factor when the article and the story share no entity at all
    /// (both having some).
    pub entity_floor: f32,
    /// Stories kept per retrieval key (the newest). A key shared by more live
    /// stories says little about which one an article belongs to; capping its
    /// list keeps the cost per article flat as stories accumulate.
    pub max_postings: usize,
}

impl Default for ClusterConfig {
    fn default() -> Self {
        ClusterConfig {
            w_body: 0.7,
            w_title: 0.3,
            w_entities: 0.15,
            threshold: 0.22,
            sigma_days: 3.0,
            active_days: 10,
            max_candidates: 16,
            merge_threshold: 0.5,
            keys_per_view: 8,
            centroid_terms: 200,
            entity_agreement: 0.2,
            entity_floor: 0.2,
            max_postings: 96,
        }
    }
}

/// One story's clustering state.
#[derive(Debug, Clone, PartialEq)]
pub struct StoryState {
    /// Current id: derived from the earliest member.
    pub id: String,
    /// Id under which it was last committed (None: never committed).
    pub committed_id: Option<String>,
    /// Members `(article id, time)`.
    pub members: Vec<(String, i64)>,
    /// Earliest member time.
    pub first_time: i64,
    /// Latest member time.
    pub last_time: i64,
    /// Sum of member body vectors (truncated).
    pub body: SparseVec,
    /// Sum of member title vectors (truncated).
    pub title: SparseVec,
    /// Sum of member entity vectors (truncated).
    pub entities: SparseVec,
    /// Keys under which the story is indexed.
    pub keys: Vec<u32>,
    /// Euclidean norms of `body`, `title` and `entities`, kept with them so
    /// that scoring an article against the story reads each centroid once.
    pub norms: [f32; 3],
}

fn norm(v: &[(u32, f32)]) -> f32 {
    v.iter().map(|x| x.1 * x.1).sum::<f32>().sqrt()
}

impl StoryState {
    /// Recomputes [`StoryState::norms`] after the centroids changed.
    pub fn update_norms(&mut self) {
        self.norms = [norm(&self.body), norm(&self.title), norm(&self.entities)];
    }
}

impl StoryState {
    /// The earliest member `(time, id)`, which names the story.
    pub fn founder(&self) -> Option<(i64, &str)> {
        self.members.iter().map(|(id, t)| (*t, id.as_str())).min()
    }
}

/// `sum + v` (both sorted by term), keeping the `keep` heaviest terms.
fn add_into(sum: &SparseVec, v: &[(u32, f32)], keep: usize) -> SparseVec {
    let mut out: SparseVec = Vec::with_capacity(sum.len() + v.len());
    let (mut i, mut j) = (0usize, 0usize);
    loop {
        match (sum.get(i), v.get(j)) {
            (Some(&(a, x)), Some(&(b, y))) => {
                if a == b {
                    out.push((a, x + y));
                    i += 1;
                    j += 1;
                } else if a < b {
                    out.push((a, x));
                    i += 1;
                } else {
                    out.push((b, y));
                    j += 1;
                }
            }
            (Some(&x), None) => {
                out.push(x);
                i += 1;
            }
            (None, Some(&(b, y))) => {
                out.push((b, y));
                j += 1;
            }
            (None, None) => break,
        }
    }
    if out.len() > keep {
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out.truncate(keep);
        out.sort_by_key(|x| x.0);
    }
    out
}

fn cosine_to_centroid(v: &[(u32, f32)], centroid: &[(u32, f32)]) -> f32 {
    cosine_to_normed(v, centroid, norm(centroid))
}

/// [`cosine_to_centroid`] with the centroid's norm `n` known.
fn cosine_to_normed(v: &[(u32, f32)], centroid: &[(u32, f32)], n: f32) -> f32 {
    if n > 0.0 {
        dot(v, centroid) / n
    } else {
        0.0
    }
}

fn top_terms(v: &[(u32, f32)], n: usize) -> Vec<u32> {
    let mut s: Vec<(u32, f32)> = v.to_vec();
    s.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    s.into_iter().take(n).map(|x| x.0).collect()
}

/// Retrieval keys of an article: its top entities and top body terms.
pub fn keys_of(f: &Features, per_view: usize) -> Vec<u32> {
    let mut k = top_terms(&f.entities, per_view);
    k.extend(top_terms(&f.body, per_view).into_iter().map(|t| t ^ 0x8000_0000));
    k.sort_unstable();
    k.dedup();
    k
}

const DAY: i64 = 86_400;

/// The online clusterer.
///
/// Stories live in numbered slots. A slot number is a handle valid until the
/// next [`Clusterer::evict`], which may renumber the slots (keeping their
/// order) to drop those of evicted and merged-away stories.
#[derive(Debug, Default)]
pub struct Clusterer {
    /// Its configuration.
    pub config: ClusterConfig,
    stories: Vec<Option<Box<StoryState>>>,
    /// `(first_time, last_time)` per slot, read by candidate filtering
    /// without touching the stories; [`DEAD_SPAN`] for an empty slot.
    spans: Vec<(i64, i64)>,
    by_id: HashMap<String, u32>,
    article_story: HashMap<String, u32>,
    postings: HashMap<u32, Vec<u32>>,
    newest: i64,
    dirty: BTreeSet<u32>,
    merged_away: Vec<(String, u32)>,
    /// Map entries removed since the maps were last rehashed.
    removed_since_compact: usize,
    /// `(last_time when queued, slot)` of every live story, oldest first:
    /// eviction pops only the stories it may drop (a story that grew since it
    /// was queued goes back with its newer time).
    expiry: BinaryHeap<Reverse<(i64, u32)>>,
    /// Empty slots (evicted or merged away) since the slots were renumbered.
    dead_slots: usize,
    /// Scratch per slot: keys shared with the article being placed (zero between calls).
    tally: Vec<u32>,
    /// Scratch: slots with a non-zero tally.
    touched: Vec<u32>,
}

/// The span of an empty slot: no article time falls near it.
const DEAD_SPAN: (i64, i64) = (i64::MAX, i64::MIN);
/// Posting of an empty slot after renumbering: keeps its place in a capped
/// list, as the slot it stands for did, and never matches a story.
const NO_SLOT: u32 = u32::MAX;

/// Stories changed since the last [`Clusterer::take_changes`].
#[derive(Debug, Default)]
pub struct Changes {
    /// Current states of changed stories.
    pub stories: Vec<StoryState>,
    /// `(old committed id, surviving story id)` for merged or renamed stories.
    pub redirects: Vec<(String, String)>,
}

impl Clusterer {
    /// An empty clusterer.
    pub fn new(config: ClusterConfig) -> Self {
        Clusterer { config, newest: i64::MIN, ..Default::default() }
    }

    /// Live stories held.
    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    /// Whether no story is held.
    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }

    /// Newest article time seen.
    pub fn newest(&self) -> i64 {
        self.newest
    }

    /// The story holding `article_id`, when it is in memory.
    pub fn story_of_article(&self, article_id: &str) -> Option<u32> {
        self.article_story.get(article_id).copied().filter(|s| self.story(*s).is_some())
    }

    /// The slot of a story by id.
    pub fn slot_of_story(&self, story_id: &str) -> Option<u32> {
        self.by_id.get(story_id).copied()
    }

    /// A story by slot.
    pub fn story(&self, slot: u32) -> Option<&StoryState> {
        self.stories.get(slot as usize).and_then(Option::as_deref)
    }

    /// Re-adds a persisted story (on load).
    pub fn restore(&mut self, mut state: StoryState) {
        if self.by_id.contains_key(&state.id) {
            return;
        }
        state.committed_id = Some(state.id.clone());
        state.update_norms();
        self.newest = self.newest.max(state.last_time);
        let slot = self.stories.len() as u32;
        for (a, _) in &state.members {
            self.article_story.insert(a.clone(), slot);
        }
        for &k in &state.keys {
            self.post(k, slot);
        }
        self.by_id.insert(state.id.clone(), slot);
        self.spans.push((state.first_time, state.last_time));
        self.expiry.push(Reverse((state.last_time, slot)));
        self.stories.push(Some(Box::new(state)));
    }

    fn score(&self, f: &Features, s: &StoryState) -> f32 {
        let c = &self.config;
        // A view one side lacks (an untitled scraped text) says nothing: the
        // remaining views carry the whole weight instead of scoring it as 0.
        let w_title = if f.title.is_empty() || s.title.is_empty() { 0.0 } else { c.w_title };
        let total = c.w_body + w_title + c.w_entities;
        let [n_body, n_title, n_entities] = s.norms;
        let entities = cosine_to_normed(&f.entities, &s.entities, n_entities);
        let body = if c.w_body > 0.0 { cosine_to_normed(&f.body, &s.body, n_body) } else { 0.0 };
        let title = if w_title > 0.0 { cosine_to_normed(&f.title, &s.title, n_title) } else { 0.0 };
        let sim = (c.w_body * body + w_title * title + c.w_entities * entities) / if total > 0.0 { total } else { 1.0 };
        let agreement = if f.entities.is_empty() || s.entities.is_empty() || c.entity_agreement <= 0.0 {
            1.0
        } else {
            c.entity_floor + (1.0 - c.entity_floor) * (entities / c.entity_agreement).min(1.0)
        };
        let gap = if f.time < s.first_time {
            s.first_time - f.time
        } else if f.time > s.last_time {
            f.time - s.last_time
        } else {
            0
        };
        let days = gap as f32 / DAY as f32;
        let g = (-(days * days) / (2.0 * c.sigma_days * c.sigma_days)).exp();
        sim * agreement * (0.5 + 0.5 * g)
    }

    /// Live stories sharing keys with the article and near it in time, most
    /// shared keys first (ties: lowest slot), at most `max_candidates`.
    fn candidates(&mut self, f: &Features, keys: &[u32]) -> Vec<u32> {
        let span = self.config.active_days * DAY;
        if self.tally.len() < self.stories.len() {
            self.tally.resize(self.stories.len(), 0);
        }
        let mut touched = std::mem::take(&mut self.touched);
        touched.clear();
        for k in keys {
            let Some(list) = self.postings.get(k) else { continue };
            for &s in list {
                if let Some(n) = self.tally.get_mut(s as usize) {
                    if *n == 0 {
                        touched.push(s);
                    }
                    *n += 1;
                }
            }
        }
        let mut counts: Vec<(u32, u32)> = Vec::with_capacity(touched.len());
        for &s in &touched {
            let n = self.tally.get_mut(s as usize).map_or(0, std::mem::take);
            let near = self.spans.get(s as usize).is_some_and(|&(first, last)| {
                f.time.saturating_add(span) >= first && f.time.saturating_sub(span) <= last
            });
            if near {
                counts.push((s, n));
            }
        }
        self.touched = touched;
        let order = |a: &(u32, u32), b: &(u32, u32)| b.1.cmp(&a.1).then(a.0.cmp(&b.0));
        let keep = self.config.max_candidates;
        if counts.len() > keep && keep > 0 {
            counts.select_nth_unstable_by(keep - 1, order);
        }
        counts.truncate(keep);
        counts.sort_unstable_by(order);
        counts.into_iter().map(|x| x.0).collect()
    }

    /// Places one article; `join` forces a story (a duplicate joins its
    /// canonical's story). Returns the story's slot.
    pub fn add(&mut self, article_id: &str, f: &Features, join: Option<u32>) -> u32 {
        self.newest = self.newest.max(f.time);
        if let Some(slot) = self.story_of_article(article_id) {
            return slot;
        }
        let keys = keys_of(f, self.config.keys_per_view);
        let target = match join.filter(|s| self.story(*s).is_some()) {
            Some(s) => Some(s),
            None => {
                let mut scored: Vec<(u32, f32)> = self
                    .candidates(f, &keys)
                    .into_iter()
                    .filter_map(|s| Some((s, self.score(f, self.story(s)?))))
                    .collect();
                scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
                tracing::debug!(article_id, best = ?scored.first(), candidates = scored.len(), "story candidates scored");
                let best = scored.first().copied().filter(|b| b.1 >= self.config.threshold);
                if let (Some((b, _)), Some(&(second, s2))) = (best, scored.get(1)) {
                    if s2 >= self.config.merge_threshold
                        && self.centroid_similarity(b, second) >= self.config.merge_threshold
                    {
                        let survivor = self.merge(b, second);
                        self.attach(survivor, article_id, f, &keys);
                        return survivor;
                    }
                }
                best.map(|b| b.0)
            }
        };
        match target {
            Some(s) => {
                self.attach(s, article_id, f, &keys);
                s
            }
            None => {
                let slot = self.stories.len() as u32;
                self.spans.push((f.time, f.time));
                self.expiry.push(Reverse((f.time, slot)));
                self.stories.push(Some(Box::new(StoryState {
                    id: storyline_model::story_id_for(article_id),
                    committed_id: None,
                    members: Vec::new(),
                    first_time: f.time,
                    last_time: f.time,
                    body: Vec::new(),
                    title: Vec::new(),
                    entities: Vec::new(),
                    keys: Vec::new(),
                    norms: [0.0; 3],
                })));
                self.by_id.insert(storyline_model::story_id_for(article_id), slot);
                self.attach(slot, article_id, f, &keys);
                slot
            }
        }
    }

    fn centroid_similarity(&self, a: u32, b: u32) -> f32 {
        let (Some(x), Some(y)) = (self.story(a), self.story(b)) else { return 0.0 };
        let cos = |p: &SparseVec, q: &SparseVec| {
            let np = p.iter().map(|v| v.1 * v.1).sum::<f32>().sqrt();
            if np > 0.0 {
                cosine_to_centroid(p, q) / np
            } else {
                0.0
            }
        };
        let c = &self.config;
        c.w_body * cos(&x.body, &y.body)
            + c.w_title * cos(&x.title, &y.title)
            + c.w_entities * cos(&x.entities, &y.entities)
    }

    fn attach(&mut self, slot: u32, article_id: &str, f: &Features, keys: &[u32]) {
        let keep = self.config.centroid_terms;
        let Some(s) = self.stories.get_mut(slot as usize).and_then(Option::as_deref_mut) else { return };
        s.members.push((article_id.to_string(), f.time));
        if s.members.len() == 1 {
            s.first_time = f.time;
            s.last_time = f.time;
        }
        s.first_time = s.first_time.min(f.time);
        s.last_time = s.last_time.max(f.time);
        if let Some(span) = self.spans.get_mut(slot as usize) {
            *span = (s.first_time, s.last_time);
        }
        s.body = add_into(&s.body, &f.body, keep);
        s.title = add_into(&s.title, &f.title, keep);
        s.entities = add_into(&s.entities, &f.entities, keep);
        s.update_norms();
        let mut new_keys = Vec::new();
        if s.keys.len() < 4 * self.config.keys_per_view * 2 {
            for k in keys {
                if !s.keys.contains(k) {
                    s.keys.push(*k);
                    new_keys.push(*k);
                }
            }
        }
        let old_id = s.id.clone();
        let new_id = s.founder().map(|(_, id)| storyline_model::story_id_for(id)).unwrap_or(old_id.clone());
        s.id = new_id.clone();
        for k in new_keys {
            self.post(k, slot);
        }
        self.article_story.insert(article_id.to_string(), slot);
        if new_id != old_id {
            self.by_id.remove(&old_id);
            self.by_id.insert(new_id, slot);
        }
        self.dirty.insert(slot);
    }

    fn post(&mut self, key: u32, slot: u32) {
        let cap = self.config.max_postings.max(1);
        let list = self.postings.entry(key).or_default();
        if list.len() >= cap {
            list.remove(0);
        }
        list.push(slot);
    }

    /// Merges the smaller of two stories into the larger; returns the survivor.
    fn merge(&mut self, a: u32, b: u32) -> u32 {
        let size = |s: u32| self.story(s).map_or(0, |x| x.members.len());
        let (win, lose) = if size(a) >= size(b) { (a, b) } else { (b, a) };
        let Some(loser) = self.stories.get_mut(lose as usize).and_then(Option::take) else { return win };
        if let Some(span) = self.spans.get_mut(lose as usize) {
            *span = DEAD_SPAN;
        }
        self.dead_slots += 1;
        self.by_id.remove(&loser.id);
        self.dirty.remove(&lose);
        if let Some(old) = loser.committed_id.clone() {
            self.merged_away.push((old, win));
        }
        let keep = self.config.centroid_terms;
        let mut new_keys = Vec::new();
        if let Some(w) = self.stories.get_mut(win as usize).and_then(Option::as_deref_mut) {
            w.members.extend(loser.members.iter().cloned());
            w.first_time = w.first_time.min(loser.first_time);
            w.last_time = w.last_time.max(loser.last_time);
            if let Some(span) = self.spans.get_mut(win as usize) {
                *span = (w.first_time, w.last_time);
            }
            w.body = add_into(&w.body, &loser.body, keep);
            w.title = add_into(&w.title, &loser.title, keep);
            w.entities = add_into(&w.entities, &loser.entities, keep);
            w.update_norms();
            for k in &loser.keys {
                if !w.keys.contains(k) {
                    w.keys.push(*k);
                    new_keys.push(*k);
                }
            }
            let old_id = w.id.clone();
            if let Some((_, f)) = w.founder() {
                w.id = storyline_model::story_id_for(f);
            }
            if w.id != old_id {
                let nid = w.id.clone();
                self.by_id.remove(&old_id);
                self.by_id.insert(nid, win);
            }
        }
        for k in new_keys {
            self.post(k, win);
        }
        for (m, _) in &loser.members {
            self.article_story.insert(m.clone(), win);
        }
        self.dirty.insert(win);
        win
    }

    /// Stories changed since the last call, with the redirects their renames
    /// and merges need; marks them committed.
    pub fn take_changes(&mut self) -> Changes {
        let mut out = Changes::default();
        for (old, win) in std::mem::take(&mut self.merged_away) {
            if let Some(w) = self.story(win) {
                if old != w.id {
                    out.redirects.push((old, w.id.clone()));
                }
            }
        }
        for slot in std::mem::take(&mut self.dirty) {
            if let Some(s) = self.stories.get_mut(slot as usize).and_then(Option::as_deref_mut) {
                if let Some(old) = s.committed_id.as_ref().filter(|o| **o != s.id) {
                    out.redirects.push((old.clone(), s.id.clone()));
                }
                s.committed_id = Some(s.id.clone());
                out.stories.push(s.clone());
            }
        }
        out
    }

    /// Drops stories whose last article is older than `window_days` before the
    /// newest; may renumber the slots.
    pub fn evict(&mut self, window_days: i64) {
        if self.newest == i64::MIN {
            return;
        }
        let cutoff = self.newest - window_days * DAY;
        let mut gone = Vec::new();
        while let Some(&Reverse((queued, slot))) = self.expiry.peek() {
            if queued >= cutoff {
                break;
            }
            self.expiry.pop();
            let Some(cell) = self.stories.get_mut(slot as usize) else { continue };
            match cell.as_ref().map(|x| x.last_time) {
                None => {}
                Some(last) if last >= cutoff => self.expiry.push(Reverse((last, slot))),
                Some(_) => {
                    if let Some(x) = cell.take() {
                        gone.push((slot, x));
                    }
                }
            }
        }
        for (slot, s) in gone {
            if let Some(span) = self.spans.get_mut(slot as usize) {
                *span = DEAD_SPAN;
            }
            self.dead_slots += 1;
            self.by_id.remove(&s.id);
            self.removed_since_compact += 1 + s.members.len();
            for (m, _) in &s.members {
                if self.article_story.get(m) == Some(&slot) {
                    self.article_story.remove(m);
                }
            }
            for k in &s.keys {
                if let Some(list) = self.postings.get_mut(k) {
                    list.retain(|&x| x != slot);
                    if list.is_empty() {
                        self.postings.remove(k);
                    }
                }
            }
        }
        // Removals leave tombstones that lengthen every later probe until
        // the table happens to rehash; under steady churn that is a cost
        // growing with the stream, so the maps are rebuilt after removing
        // as many entries as they hold.
        if self.removed_since_compact > self.article_story.len().max(1024) {
            self.article_story = std::mem::take(&mut self.article_story).into_iter().collect();
            self.by_id = std::mem::take(&mut self.by_id).into_iter().collect();
            self.postings = std::mem::take(&mut self.postings).into_iter().collect();
            self.removed_since_compact = 0;
        }
        if self.dead_slots > self.by_id.len().max(1024) {
            self.renumber();
        }
    }

    /// Drops the empty slots, numbering the live stories from 0 in their
    /// order (so every tie broken by slot is broken alike), and rewrites
    /// every slot held elsewhere: memory stays bounded by the stories held.
    fn renumber(&mut self) {
        let mut new_slot = vec![NO_SLOT; self.stories.len()];
        let mut next = 0u32;
        for (old, cell) in self.stories.iter().enumerate() {
            if cell.is_some() {
                if let Some(n) = new_slot.get_mut(old) {
                    *n = next;
                }
                next += 1;
            }
        }
        let map = |s: u32| new_slot.get(s as usize).copied().unwrap_or(NO_SLOT);
        let old_stories = std::mem::take(&mut self.stories);
        let old_spans = std::mem::take(&mut self.spans);
        for (cell, span) in old_stories.into_iter().zip(old_spans) {
            if cell.is_some() {
                self.stories.push(cell);
                self.spans.push(span);
            }
        }
        for v in self.by_id.values_mut().chain(self.article_story.values_mut()) {
            *v = map(*v);
        }
        self.by_id.retain(|_, v| *v != NO_SLOT);
        self.article_story.retain(|_, v| *v != NO_SLOT);
        for list in self.postings.values_mut() {
            for s in list.iter_mut() {
                *s = map(*s);
            }
            // An empty slot only ever delays the dropping of the postings
            // before it in a capped list, so empty ones at the front go (and a
            // list of empty ones with them): keys of stories long gone do
            // not pile up.
            let live_from = list.iter().position(|&s| s != NO_SLOT).unwrap_or(list.len());
            list.drain(..live_from);
        }
        self.postings.retain(|_, list| !list.is_empty());
        self.dirty = self.dirty.iter().map(|&s| map(s)).filter(|&s| s != NO_SLOT).collect();
        for (_, s) in &mut self.merged_away {
            *s = map(*s);
        }
        self.merged_away.retain(|(_, s)| *s != NO_SLOT);
        self.expiry = self
            .stories
            .iter()
            .enumerate()
            .filter_map(|(slot, cell)| cell.as_ref().map(|x| Reverse((x.last_time, slot as u32))))
            .collect();
        self.tally = vec![0; self.stories.len()];
        self.dead_slots = 0;
    }
}

/// Binary encoding of a [`StoryState`] for the store's aux records.
pub fn encode_state(s: &StoryState) -> Vec<u8> {
    let mut out = Vec::new();
    put_str(&mut out, &s.id);
    out.extend_from_slice(&s.first_time.to_le_bytes());
    out.extend_from_slice(&s.last_time.to_le_bytes());
    out.extend_from_slice(&(s.members.len() as u32).to_le_bytes());
    for (id, t) in &s.members {
        put_str(&mut out, id);
        out.extend_from_slice(&t.to_le_bytes());
    }
    for v in [&s.body, &s.title, &s.entities] {
        out.extend_from_slice(&(v.len() as u32).to_le_bytes());
        for (t, w) in v {
            out.extend_from_slice(&t.to_le_bytes());
            out.extend_from_slice(&w.to_le_bytes());
        }
    }
    out.extend_from_slice(&(s.keys.len() as u32).to_le_bytes());
    for k in &s.keys {
        out.extend_from_slice(&k.to_le_bytes());
    }
    out
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    out.extend_from_slice(&(s.len() as u32).to_le_bytes());
    out.extend_from_slice(s.as_bytes());
}

struct Reader<'a>(&'a [u8]);

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        if self.0.len() < n {
            return None;
        }
        let (a, b) = self.0.split_at(n);
        self.0 = b;
        Some(a)
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn i64(&mut self) -> Option<i64> {
        Some(i64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
    fn f32(&mut self) -> Option<f32> {
        Some(f32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn string(&mut self) -> Option<String> {
        let n = self.u32()? as usize;
        String::from_utf8(self.take(n)?.to_vec()).ok()
    }
}

/// Decodes [`encode_state`]; `None` when malformed (or a tombstone).
pub fn decode_state(bytes: &[u8]) -> Option<StoryState> {
    let mut r = Reader(bytes);
    let id = r.string()?;
    let first_time = r.i64()?;
    let last_time = r.i64()?;
    let n = r.u32()? as usize;
    let mut members = Vec::with_capacity(n.min(bytes.len()));
    for _ in 0..n {
        let id = r.string()?;
        members.push((id, r.i64()?));
    }
    let mut views: Vec<SparseVec> = Vec::with_capacity(3);
    for _ in 0..3 {
        let n = r.u32()? as usize;
        let mut v = Vec::with_capacity(n.min(bytes.len()));
        for _ in 0..n {
            let t = r.u32()?;
            v.push((t, r.f32()?));
        }
        views.push(v);
    }
    let n = r.u32()? as usize;
    let mut keys = Vec::with_capacity(n.min(bytes.len()));
    for _ in 0..n {
        keys.push(r.u32()?);
    }
    let entities = views.pop()?;
    let title = views.pop()?;
    let body = views.pop()?;
    let mut state = StoryState {
        id,
        committed_id: None,
        members,
        first_time,
        last_time,
        body,
        title,
        entities,
        keys,
        norms: [0.0; 3],
    };
    state.update_norms();
    Some(state)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::{TermCounts, Vocab};
    use storyline_model::Article;

    fn feats(text: &str, title: &str, day: i64) -> Features {
        let a = Article { text: text.into(), title: Some(title.into()), ..Default::default() };
        TermCounts::of(&a).weigh(&Vocab::default(), day * DAY)
    }

    const A1: &str = "Secretary Blinken said in Seoul that Russia will share satellite technology with North Korea in exchange for artillery shells and troops.";
    const A2: &str = "In Seoul, Blinken warned Russia could hand North Korea satellite technology, repaying Pyongyang for troops and artillery shells.";
    const B1: &str = "Floods swept through Valencia after record rainfall, and rescuers searched submerged cars while the regional government faced criticism.";

    #[test]
    fn rewrites_join_and_unrelated_found_new_story() {
        let mut c = Clusterer::new(ClusterConfig::default());
        let s1 = c.add("a1", &feats(A1, "Blinken: Russia may give North Korea satellite technology", 0), None);
        let s2 = c.add("a2", &feats(A2, "Russia to share satellite tech with Pyongyang, Blinken says", 0), None);
        let s3 = c.add("b1", &feats(B1, "Valencia floods", 0), None);
        assert_eq!(s1, s2);
        assert_ne!(s1, s3);
        let far = c.add("a3", &feats(A1, "Blinken in Seoul", 400), None);
        assert_ne!(far, s1, "same actors fourteen months later is another story");
    }

    #[test]
    fn earlier_member_renames_and_redirects() {
        let mut c = Clusterer::new(ClusterConfig::default());
        let s = c.add("late", &feats(A1, "Blinken satellite", 2), None);
        let first = c.take_changes();
        assert_eq!(first.stories[0].id, storyline_model::story_id_for("late"));
        c.add("early", &feats(A2, "Blinken satellite", 1), None);
        let ch = c.take_changes();
        assert_eq!(c.story(s).map(|x| x.id.clone()), Some(storyline_model::story_id_for("early")));
        assert_eq!(ch.redirects, vec![(storyline_model::story_id_for("late"), storyline_model::story_id_for("early"))]);
        let enc = encode_state(&ch.stories[0]);
        let dec = decode_state(&enc).unwrap();
        assert_eq!(dec.members, ch.stories[0].members);
        assert_eq!(dec.keys, ch.stories[0].keys);
        assert!(decode_state(&[]).is_none());
    }

    #[test]
    fn renumbering_after_mass_eviction_keeps_live_stories_findable() {
        let mut c = Clusterer::new(ClusterConfig::default());
        for i in 0..1100 {
            let text = format!("Zorvex{i} Quillan{i} announced harvest{i} figures for province{i} today.");
            c.add(&format!("old{i}"), &feats(&text, &format!("Harvest{i}"), 0), None);
        }
        let live = c.add("a1", &feats(A1, "Blinken: Russia may give North Korea satellite technology", 100), None);
        c.take_changes();
        c.evict(30);
        assert_eq!(c.len(), 1);
        assert_eq!(c.stories.len(), 1, "empty slots are dropped");
        let slot = c.story_of_article("a1");
        assert!(slot.is_some_and(|s| s < live));
        assert_eq!(c.slot_of_story(&storyline_model::story_id_for("a1")), slot);
        let joined = c.add("a2", &feats(A2, "Russia to share satellite tech with Pyongyang, Blinken says", 100), None);
        assert_eq!(Some(joined), slot);
        assert!(c.story_of_article("old5").is_none());
    }

    #[test]
    fn eviction_drops_old_stories() {
        let mut c = Clusterer::new(ClusterConfig::default());
        c.add("old", &feats(A1, "x", 0), None);
        c.add("new", &feats(B1, "y", 100), None);
        c.evict(30);
        assert_eq!(c.len(), 1);
        assert!(c.story_of_article("old").is_none());
    }
}
