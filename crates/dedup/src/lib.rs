//! Exact and near-duplicate detection for news copies (syndication, reprints,
//! truncated and lead-only copies).
//!
//! Texts are normalised ([`normalize`]), shingled into word 3-grams and
//! MinHashed ([`sketch`]); an LSH table over band keys proposes candidates,
//! which are **verified** with exact Jaccard and containment over the shingle
//! sets (fetched from the caller, so the index keeps no texts). Verified pairs
//! join the group of the earliest copy (its canonical) only when the newcomer
//! is itself verified against that canonical, which stops chaining
//! (A~B, B~C, A≁C never merges A and C).
//!
//! LSH S-curve (`P(candidate) = 1 - (1 - J^3)^24` over the whole text):
//! J=0.1 → 0.024, 0.2 → 0.18, 0.3 → 0.48, 0.4 → 0.80, 0.45 → 0.90, 0.5 → 0.96,
//! 0.6 → 0.997; six more bands over the first 24 shingles catch lead-only and
//! truncated copies whose whole-text Jaccard is low.

pub mod normalize;
pub mod sketch;

use rustc_hash::FxHashMap as HashMap;

pub use sketch::{jaccard_containment, Sketch, NUM_PERM, ROWS, TOTAL_BANDS};

/// Normalised text fingerprint of one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint {
    /// Hash of the normalised text; equal for exact copies.
    pub exact: u64,
}

/// Fingerprints `text`.
pub fn fingerprint(text: &str) -> Fingerprint {
    Fingerprint { exact: Sketch::of_text(text).exact }
}

/// Sorted distinct shingle hashes of `text`, as verification needs them.
pub fn shingles_of_text(text: &str) -> Vec<u64> {
    Sketch::of_text(text).shingles
}

/// Decoding failures of persisted index records.
#[derive(Debug, thiserror::Error)]
pub enum DedupError {
    /// A record is truncated or malformed.
    #[error("corrupt dedup record: {0}")]
    Corrupt(&'static str),
}

/// Thresholds of verification and the index window.
#[derive(Debug, Clone)]
pub struct DedupConfig {
    /// Minimal exact Jaccard of shingle sets for a near-duplicate.
    pub jaccard: f64,
    /// Minimal containment (overlap over the smaller set) for a truncated copy.
    pub containment: f64,
    /// The smaller text needs this many shingles for containment to count.
    pub min_containment_shingles: usize,
    /// Days of publication kept in the index behind the newest article.
    pub window_days: i32,
    /// Documents kept per LSH bucket (the newest). A band key shared by more
    /// documents stems from boilerplate common to unrelated texts; capping it
    /// keeps the cost per document flat as the index grows.
    pub max_bucket: usize,
    /// Candidates verified per document: those sharing most band keys, newest
    /// first among equals (copies are published close together).
    pub max_verified: usize,
}

impl Default for DedupConfig {
    fn default() -> Self {
        DedupConfig {
            jaccard: 0.5,
            containment: 0.8,
            min_containment_shingles: 15,
            window_days: 30,
            max_bucket: 16,
            max_verified: 8,
        }
    }
}

/// Why an article is a copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// Same normalised text.
    Exact,
    /// Shingle Jaccard over the threshold.
    Near,
    /// One text (mostly) contained in the other.
    Containment,
}

impl Reason {
    /// The model's spelling (`exact`, `near`, `containment`).
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Exact => "exact",
            Reason::Near => "near",
            Reason::Containment => "containment",
        }
    }
}

/// A verified link to a canonical copy.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    /// The canonical (earliest) copy.
    pub canonical: String,
    /// Jaccard (or containment, for `Containment`) that justified the link.
    pub similarity: f64,
    /// Why.
    pub reason: Reason,
}

/// What inserting one document decided.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Outcome {
    /// The new document's canonical, when it is a copy.
    pub duplicate: Option<Match>,
    /// Earlier documents whose canonical changed because the new one is an
    /// earlier copy of their group: `(id, new link or None when it is canonical now)`.
    pub repointed: Vec<(String, Option<Match>)>,
}

/// The persisted form of one indexed document.
#[derive(Debug, Clone, PartialEq)]
pub struct DocRecord {
    /// Article id.
    pub id: String,
    /// Publication time, seconds since the epoch (ordering; earliest is canonical).
    pub time: i64,
    /// Exact-copy hash.
    pub exact: u64,
    /// LSH band keys.
    pub band_keys: [u32; TOTAL_BANDS],
    /// Its canonical, when it is a copy.
    pub canonical: Option<String>,
}

impl DocRecord {
    /// Compact binary encoding (about 150 bytes).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(16 + TOTAL_BANDS * 4 + 40);
        out.extend_from_slice(&self.time.to_le_bytes());
        out.extend_from_slice(&self.exact.to_le_bytes());
        for k in &self.band_keys {
            out.extend_from_slice(&k.to_le_bytes());
        }
        put_str(&mut out, &self.id);
        put_str(&mut out, self.canonical.as_deref().unwrap_or(""));
        out
    }

    /// Decodes [`DocRecord::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<DocRecord, DedupError> {
        let mut r = Reader { bytes, pos: 0 };
        let time = i64::from_le_bytes(r.array::<8>()?);
        let exact = u64::from_le_bytes(r.array::<8>()?);
        let mut band_keys = [0u32; TOTAL_BANDS];
        for k in band_keys.iter_mut() {
            *k = u32::from_le_bytes(r.array::<4>()?);
        }
        let id = r.string()?;
        let canonical = Some(r.string()?).filter(|c| !c.is_empty());
        Ok(DocRecord { id, time, exact, band_keys, canonical })
    }
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    out.extend_from_slice(&(s.len() as u32).to_le_bytes());
    out.extend_from_slice(s.as_bytes());
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], DedupError> {
        let end = self.pos.checked_add(n).ok_or(DedupError::Corrupt("length"))?;
        let s = self.bytes.get(self.pos..end).ok_or(DedupError::Corrupt("truncated"))?;
        self.pos = end;
        Ok(s)
    }
    fn array<const N: usize>(&mut self) -> Result<[u8; N], DedupError> {
        self.take(N)?.try_into().map_err(|_| DedupError::Corrupt("truncated"))
    }
    fn string(&mut self) -> Result<String, DedupError> {
        let n = u32::from_le_bytes(self.array::<4>()?) as usize;
        String::from_utf8(self.take(n)?.to_vec()).map_err(|_| DedupError::Corrupt("utf-8"))
    }
}

struct Entry {
    id: Box<str>,
    time: i64,
    exact: u64,
    band_keys: [u32; TOTAL_BANDS],
    /// Slot of the canonical; its own slot when it is canonical.
    root: u32,
}

const OVERFLOW_BIT: u32 = 1 << 31;

/// The time-windowed LSH index. Keeps per document only its band keys, exact
/// hash, time and id (under 1 KB each with the tables); texts are fetched for
/// verification through the callback given to [`DedupIndex::insert`].
pub struct DedupIndex {
    config: DedupConfig,
    slots: Vec<Option<Entry>>,
    by_id: HashMap<Box<str>, u32>,
    /// Band key → a slot, or (with `OVERFLOW_BIT`) an index into `overflow`.
    bands: HashMap<u32, u32>,
    overflow: Vec<Vec<u32>>,
    exact: HashMap<u64, u32>,
    newest: i64,
    evicted_since_rebuild: usize,
}

/// Fetches the sorted distinct shingles of an indexed document by id.
pub type ShingleFetch<'a> = dyn FnMut(&str) -> Option<Vec<u64>> + 'a;

impl DedupIndex {
    /// An empty index.
    pub fn new(config: DedupConfig) -> Self {
        DedupIndex {
            config,
            slots: Vec::new(),
            by_id: HashMap::default(),
            bands: HashMap::default(),
            overflow: Vec::new(),
            exact: HashMap::default(),
            newest: i64::MIN,
            evicted_since_rebuild: 0,
        }
    }

    /// The thresholds in use.
    pub fn config(&self) -> &DedupConfig {
        &self.config
    }

    /// Documents currently indexed.
    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    /// Whether nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }

    /// Whether `id` is indexed.
    pub fn contains(&self, id: &str) -> bool {
        self.by_id.contains_key(id)
    }

    /// Approximate heap bytes held by the index (capacity-based).
    pub fn memory_bytes(&self) -> usize {
        let entry = std::mem::size_of::<Option<Entry>>();
        let ids: usize = self.by_id.keys().map(|k| k.len()).sum::<usize>() * 2;
        self.slots.capacity() * entry
            + ids
            + self.by_id.capacity() * (std::mem::size_of::<(Box<str>, u32)>() + 1)
            + self.bands.capacity() * (8 + 1)
            + self.exact.capacity() * (16 + 1)
            + self.overflow.iter().map(|v| v.capacity() * 4 + 24).sum::<usize>()
    }

    /// Re-adds a persisted document (on load), without verification.
    pub fn restore(&mut self, record: &DocRecord) {
        if self.by_id.contains_key(record.id.as_str()) {
            return;
        }
        let root = record.canonical.as_deref().and_then(|c| self.by_id.get(c).copied());
        self.add_entry(&record.id, record.time, record.exact, record.band_keys, root);
    }

    /// The persisted form of an indexed document.
    pub fn record(&self, id: &str) -> Option<DocRecord> {
        let slot = *self.by_id.get(id)?;
        let e = self.entry(slot)?;
        let canonical = if e.root == slot { None } else { self.entry(e.root).map(|r| r.id.to_string()) };
        Some(DocRecord { id: e.id.to_string(), time: e.time, exact: e.exact, band_keys: e.band_keys, canonical })
    }

    fn entry(&self, slot: u32) -> Option<&Entry> {
        self.slots.get(slot as usize).and_then(Option::as_ref)
    }

    fn add_entry(&mut self, id: &str, time: i64, exact: u64, band_keys: [u32; TOTAL_BANDS], root: Option<u32>) -> u32 {
        let slot = self.slots.len() as u32;
        self.slots.push(Some(Entry { id: id.into(), time, exact, band_keys, root: root.unwrap_or(slot) }));
        self.by_id.insert(id.into(), slot);
        self.exact.entry(exact).or_insert(slot);
        for &k in &band_keys {
            self.add_band(k, slot);
        }
        self.newest = self.newest.max(time);
        slot
    }

    fn add_band(&mut self, key: u32, slot: u32) {
        match self.bands.get(&key).copied() {
            None => {
                self.bands.insert(key, slot);
            }
            Some(v) if v & OVERFLOW_BIT != 0 => {
                if let Some(list) = self.overflow.get_mut((v & !OVERFLOW_BIT) as usize) {
                    if list.last() != Some(&slot) {
                        if list.len() >= self.config.max_bucket.max(2) {
                            list.remove(0);
                        }
                        list.push(slot);
                    }
                }
            }
            Some(v) if v == slot => {}
            Some(v) => {
                let idx = self.overflow.len() as u32;
                self.overflow.push(vec![v, slot]);
                self.bands.insert(key, idx | OVERFLOW_BIT);
            }
        }
    }

    fn candidates(&self, band_keys: &[u32; TOTAL_BANDS]) -> Vec<u32> {
        let mut hits = Vec::new();
        for k in band_keys {
            match self.bands.get(k).copied() {
                None => {}
                Some(v) if v & OVERFLOW_BIT != 0 => {
                    if let Some(list) = self.overflow.get((v & !OVERFLOW_BIT) as usize) {
                        hits.extend_from_slice(list);
                    }
                }
                Some(v) => hits.push(v),
            }
        }
        hits.sort_unstable();
        let mut votes: Vec<(u32, u32)> = Vec::with_capacity(hits.len());
        for s in hits {
            match votes.last_mut() {
                Some((last, n)) if *last == s => *n += 1,
                _ => votes.push((s, 1)),
            }
        }
        votes.retain(|&(s, _)| self.entry(s).is_some());
        if votes.len() > self.config.max_verified {
            votes.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(b.0.cmp(&a.0)));
            votes.truncate(self.config.max_verified);
        }
        votes.into_iter().map(|(s, _)| s).collect()
    }

    fn verify(&self, a: &[u64], b: &[u64]) -> Option<(f64, Reason)> {
        let (j, c) = jaccard_containment(a, b);
        if j >= 0.999_999 {
            Some((1.0, Reason::Exact))
        } else if j >= self.config.jaccard {
            Some((j, Reason::Near))
        } else if c >= self.config.containment && a.len().min(b.len()) >= self.config.min_containment_shingles {
            Some((c, Reason::Containment))
        } else {
            None
        }
    }

    /// Indexes a new document and decides whether it copies an indexed one.
    /// `time` orders copies (the earliest is canonical; ties by id). `fetch`
    /// returns an indexed document's shingles; a document it cannot fetch is
    /// not linked.
    pub fn insert(&mut self, id: &str, time: i64, sketch: &Sketch, fetch: &mut ShingleFetch<'_>) -> Outcome {
        if self.by_id.contains_key(id) {
            return Outcome::default();
        }
        let mut verified: HashMap<u32, (f64, Reason)> = HashMap::default();
        let mut cands = self.candidates(&sketch.band_keys);
        if let Some(&s) = self.exact.get(&sketch.exact) {
            if self.entry(s).is_some() && !sketch.shingles.is_empty() {
                verified.insert(s, (1.0, Reason::Exact));
                cands.retain(|&c| c != s);
            }
        }
        let mut rejected: Vec<u32> = Vec::new();
        for c in cands {
            let Some(sh) = self.entry(c).and_then(|e| fetch(&e.id)) else { continue };
            match self.verify(&sketch.shingles, &sh) {
                Some(v) => {
                    verified.insert(c, v);
                }
                None => rejected.push(c),
            }
        }
        let mut fetched: HashMap<u32, Option<Vec<u64>>> = HashMap::default();
        let mut shingles_of = |index: &Self, slot: u32, fetched: &mut HashMap<u32, Option<Vec<u64>>>| {
            fetched.entry(slot).or_insert_with(|| index.entry(slot).and_then(|e| fetch(&e.id))).clone()
        };
        // Chaining guard: a group is joined only through its canonical.
        let mut roots: Vec<u32> = verified.keys().filter_map(|&s| self.entry(s).map(|e| e.root)).collect();
        roots.sort_unstable();
        roots.dedup();
        let mut best: Option<(u32, f64, Reason)> = None;
        for r in roots {
            let v = match verified.get(&r) {
                Some(v) => Some(*v),
                None if rejected.contains(&r) => None,
                None => shingles_of(self, r, &mut fetched).and_then(|sh| self.verify(&sketch.shingles, &sh)),
            };
            if let Some((sim, reason)) = v {
                if best.is_none_or(|(_, bs, _)| sim > bs) {
                    best = Some((r, sim, reason));
                }
            }
        }
        let Some((root, sim, reason)) = best else {
            self.add_entry(id, time, sketch.exact, sketch.band_keys, None);
            return Outcome::default();
        };
        let Some(root_entry) = self.entry(root) else {
            self.add_entry(id, time, sketch.exact, sketch.band_keys, None);
            return Outcome::default();
        };
        let root_is_earlier = (root_entry.time, &*root_entry.id) <= (time, id);
        if root_is_earlier {
            let canonical = root_entry.id.to_string();
            self.add_entry(id, time, sketch.exact, sketch.band_keys, Some(root));
            return Outcome { duplicate: Some(Match { canonical, similarity: sim, reason }), repointed: Vec::new() };
        }
        // The newcomer is an earlier copy: it becomes the group's canonical.
        let new_slot = self.add_entry(id, time, sketch.exact, sketch.band_keys, None);
        let members: Vec<u32> = self
            .slots
            .iter()
            .enumerate()
            .filter_map(|(i, e)| e.as_ref().filter(|e| e.root == root).map(|_| i as u32))
            .collect();
        let mut repointed = Vec::new();
        for m in members {
            let v = if m == root {
                Some((sim, reason))
            } else {
                shingles_of(self, m, &mut fetched).and_then(|sh| self.verify(&sketch.shingles, &sh))
            };
            let new_root = if v.is_some() { new_slot } else { m };
            if let Some(e) = self.slots.get_mut(m as usize).and_then(Option::as_mut) {
                e.root = new_root;
                let link = v.map(|(similarity, reason)| Match { canonical: id.to_string(), similarity, reason });
                repointed.push((e.id.to_string(), link));
            }
        }
        Outcome { duplicate: None, repointed }
    }

    /// Drops documents published more than the window before the newest one;
    /// rebuilds the band table when enough were dropped.
    pub fn evict(&mut self) {
        if self.newest == i64::MIN {
            return;
        }
        let cutoff = self.newest - i64::from(self.config.window_days) * 86_400;
        let mut dropped = 0usize;
        for e in self.slots.iter_mut() {
            if e.as_ref().is_some_and(|x| x.time < cutoff) {
                if let Some(x) = e.take() {
                    self.by_id.remove(&x.id);
                    dropped += 1;
                }
            }
        }
        self.evicted_since_rebuild += dropped;
        if self.evicted_since_rebuild > 0 && self.evicted_since_rebuild * 4 >= self.by_id.len() {
            self.rebuild();
        }
    }

    fn rebuild(&mut self) {
        let old: Vec<Entry> = std::mem::take(&mut self.slots).into_iter().flatten().collect();
        let old_ids: Vec<Box<str>> = old.iter().map(|e| e.id.clone()).collect();
        let old_root_ids: Vec<Option<Box<str>>> = {
            let by_old_slot: HashMap<u32, Box<str>> = self.by_id.iter().map(|(k, v)| (*v, k.clone())).collect();
            old.iter().map(|e| by_old_slot.get(&e.root).cloned()).collect()
        };
        self.by_id = HashMap::with_capacity_and_hasher(old.len(), Default::default());
        self.bands = HashMap::with_capacity_and_hasher(old.len() * TOTAL_BANDS, Default::default());
        self.overflow = Vec::new();
        self.exact = HashMap::with_capacity_and_hasher(old.len(), Default::default());
        for (e, root_id) in old.iter().zip(&old_root_ids) {
            let root = root_id.as_deref().and_then(|r| self.by_id.get(r).copied());
            self.add_entry(&e.id, e.time, e.exact, e.band_keys, root);
        }
        for (id, root_id) in old_ids.iter().zip(old_root_ids) {
            if let (Some(&slot), Some(r)) = (self.by_id.get(id), root_id) {
                if let Some(&rs) = self.by_id.get(&r) {
                    if let Some(e) = self.slots.get_mut(slot as usize).and_then(Option::as_mut) {
                        e.root = rs;
                    }
                }
            }
        }
        self.evicted_since_rebuild = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WIRE: &str = "The central bank raised its benchmark interest rate by a quarter point on Tuesday, \
        citing stubborn inflation in services and a tight labour market that has kept wage growth high.\n\n\
        Governor Maria Lopez told reporters the board had weighed a larger move but judged that the \
        economy was already slowing as earlier increases worked their way through mortgages and loans.\n\n\
        Markets had largely expected the decision, and the currency rose slightly against the dollar \
        after the announcement while government bond yields edged lower across the curve.\n\n\
        Economists said another increase was possible before the end of the year if price pressures \
        fail to ease, though several board members signalled a preference for waiting.\n\n\
        The bank will publish its quarterly forecasts next month, including new projections for growth, \
        unemployment and the path of consumer prices over the coming two years.";

    const OTHER: &str = "Heavy rain flooded dozens of villages in the northern province overnight, forcing \
        thousands of residents to leave their homes as rivers burst their banks.\n\n\
        Rescue teams used boats to reach families stranded on rooftops, and the regional governor \
        declared a state of emergency that frees funds for shelters and repairs.\n\n\
        Forecasters warned that more storms were expected through the weekend.";

    type Texts = HashMap<String, String>;

    fn add(ix: &mut DedupIndex, texts: &mut Texts, id: &str, time: i64, text: &str) -> Outcome {
        texts.insert(id.to_string(), text.to_string());
        let sk = Sketch::of_text(text);
        let t = texts.clone();
        ix.insert(id, time, &sk, &mut |i| t.get(i).map(|x| shingles_of_text(x)))
    }

    #[test]
    fn exact_near_and_truncated_copies_are_found() {
        let mut ix = DedupIndex::new(DedupConfig::default());
        let mut t = Texts::default();
        assert_eq!(add(&mut ix, &mut t, "a", 100, WIRE).duplicate, None);
        let exact = format!("LONDON (Reuters) -- {WIRE}\n\n(Reporting by Jane Roe; Editing by Tom Poe)");
        let m = add(&mut ix, &mut t, "b", 200, &exact).duplicate.unwrap();
        assert_eq!((m.canonical.as_str(), m.reason), ("a", Reason::Exact));
        let edited = WIRE.replace("on Tuesday", "on Tuesday morning").replace("slightly", "modestly");
        let m = add(&mut ix, &mut t, "c", 300, &edited).duplicate.unwrap();
        assert_eq!((m.canonical.as_str(), m.reason), ("a", Reason::Near));
        let lead: String = WIRE.split("\n\n").take(2).collect::<Vec<_>>().join("\n\n");
        let m = add(&mut ix, &mut t, "d", 400, &lead).duplicate.unwrap();
        assert_eq!((m.canonical.as_str(), m.reason), ("a", Reason::Containment));
        assert_eq!(add(&mut ix, &mut t, "e", 500, OTHER).duplicate, None);
        let rec = ix.record("c").unwrap();
        assert_eq!(DocRecord::from_bytes(&rec.to_bytes()).unwrap(), rec);
        assert_eq!(rec.canonical.as_deref(), Some("a"));
    }

    #[test]
    fn earlier_copy_becomes_canonical() {
        let mut ix = DedupIndex::new(DedupConfig::default());
        let mut t = Texts::default();
        add(&mut ix, &mut t, "late", 500, WIRE);
        let out = add(&mut ix, &mut t, "early", 100, &WIRE.replace("Tuesday", "Monday"));
        assert_eq!(out.duplicate, None);
        assert_eq!(out.repointed.len(), 1);
        assert_eq!(out.repointed[0].1.as_ref().unwrap().canonical, "early");
        assert_eq!(ix.record("late").unwrap().canonical.as_deref(), Some("early"));
    }

    #[test]
    fn chains_do_not_merge() {
        let paras: Vec<&str> = WIRE.split("\n\n").collect();
        let other: Vec<&str> = OTHER.split("\n\n").collect();
        // B shares most with A and with C, A and C share little.
        let a = [paras[0], paras[1], paras[2], other[0]].join("\n\n");
        let b = [paras[0], paras[1], paras[2], paras[3], paras[4], other[0], other[1]].join("\n\n");
        let c = [paras[3], paras[4], other[0], other[1], other[2]].join("\n\n");
        let mut ix = DedupIndex::new(DedupConfig { containment: 2.0, jaccard: 0.45, ..Default::default() });
        let mut t = Texts::default();
        add(&mut ix, &mut t, "a", 1, &a);
        let ob = add(&mut ix, &mut t, "b", 2, &b);
        let oc = add(&mut ix, &mut t, "c", 3, &c);
        if ob.duplicate.is_some() {
            assert!(oc.duplicate.is_none_or(|m| m.canonical != "a"));
        }
    }

    #[test]
    fn window_evicts_old_documents() {
        let mut ix = DedupIndex::new(DedupConfig { window_days: 1, ..Default::default() });
        let mut t = Texts::default();
        add(&mut ix, &mut t, "old", 0, WIRE);
        add(&mut ix, &mut t, "new", 10 * 86_400, OTHER);
        ix.evict();
        assert!(!ix.contains("old"));
        assert_eq!(add(&mut ix, &mut t, "copy", 10 * 86_400, WIRE).duplicate, None);
    }
}
