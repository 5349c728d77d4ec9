//! Exact and near-duplicate detection for news copies (syndication, reprints,
//! truncated and lead-only copies).
//!
//! Texts are normalised ([`normalize`]), shingled into word 3-grams and
//! MinHashed ([`sketch`]: one-permutation hashing with densification, one
//! hash per shingle); an LSH table over band keys proposes candidates,
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

mod bands;
pub mod normalize;
pub mod sketch;

use bands::BandTable;
use hashbrown::HashTable;

use sketch::intersection_size_at_least;
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
    sketch::sorted_shingles(text)
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
            max_verified: 3,
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

/// An id's bytes in [`DedupIndex::ids`] (one arena instead of an allocation per id).
#[derive(Clone, Copy, Default)]
struct IdRef {
    start: u32,
    len: u32,
}

fn id_str(ids: &str, r: IdRef) -> &str {
    ids.get(r.start as usize..r.start as usize + r.len as usize).unwrap_or("")
}

struct Entry {
    /// Empty once evicted (the slot stays until the next rebuild).
    id: IdRef,
    time: i64,
    exact: u64,
    band_keys: [u32; TOTAL_BANDS],
    /// Slot of the canonical; its own slot when it is canonical.
    root: u32,
    live: bool,
    /// Bands under which the entry is in the band table (bit per band; a full
    /// bucket drops its oldest member's bit).
    in_bands: u32,
}

/// Share of spilled buckets past which a rebuild places the band values
/// afresh instead of renumbering them in place (a table at half load, as
/// regrown, spills about 1-2% of its buckets).
const MAX_SPILLED_SHARE: f64 = 0.05;

/// Every band's bit of [`Entry::in_bands`].
const ALL_BANDS: u32 = (1 << TOTAL_BANDS) - 1;

/// Band table values pack `slot << BAND_BITS | band`.
const BAND_BITS: u32 = 5;
/// Slots beyond this cannot be packed; the index then stops taking band keys
/// for new documents (it still detects exact copies) until evictions free room.
const MAX_SLOTS: usize = 1 << (32 - BAND_BITS);

fn pack(slot: u32, band: usize) -> u32 {
    (slot << BAND_BITS) | band as u32
}

fn unpack(value: u32) -> (u32, usize) {
    (value >> BAND_BITS, (value & ((1 << BAND_BITS) - 1)) as usize)
}

fn band_hash(key: u32) -> u64 {
    sketch::mix64(u64::from(key) ^ 0xa076_1d64_78bd_642f)
}

fn id_hash(id: &str) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(id)
}

/// The time-windowed LSH index. Keeps per document only its band keys, exact
/// hash, time and id in one flat entry, and `u32` values in three hash tables
/// (by id, by exact hash, and a multimap by band key); texts are fetched for
/// verification through the callback given to [`DedupIndex::insert`]. About
/// 400–700 bytes per document with all tables.
pub struct DedupIndex {
    config: DedupConfig,
    entries: Vec<Entry>,
    /// Every entry's id, back to back (evicted ones until the next rebuild).
    ids: String,
    live: usize,
    by_id: HashTable<u32>,
    /// Band key → packed `(slot, band)` values sharing it (a multimap, at
    /// most `max_bucket` per key).
    bands: BandTable,
    exact: HashTable<u32>,
    newest: i64,
    evicted_since_rebuild: usize,
    /// Bit per slot: evicted (a compact copy of `Entry::live` that
    /// candidate filtering reads without touching the entries).
    evicted: Vec<u64>,
    /// Per 64 slots, the earliest time of a live entry (`i64::MAX` when
    /// none): eviction reads only the blocks holding something to drop.
    block_min_time: Vec<i64>,
    /// Scratch buffers reused by every insert.
    scratch: Scratch,
}

#[derive(Default)]
struct Scratch {
    hits: Vec<u32>,
    votes: Vec<(u32, u32)>,
    candidates: Vec<u32>,
    verified: Vec<(u32, (f64, Reason))>,
    rejected: Vec<u32>,
}

/// How a new entry's band keys respect `max_bucket`.
enum Buckets<'a> {
    /// Re-adding an entry whose values the band table already holds
    /// (renumbered in place), under the bands they are in.
    Kept(u32),
    /// Probe each bucket first.
    Check,
    /// Per band, the member to drop (found while looking up candidates).
    Victims(&'a [Option<u32>; TOTAL_BANDS]),
}

/// Fetches the sorted distinct shingles of an indexed document by id.
pub type ShingleFetch<'a> = dyn FnMut(&str) -> Option<Vec<u64>> + 'a;

/// Shows the sorted distinct shingles of an indexed document (by id) to the
/// visitor, or does nothing when it does not know the document: the
/// copy-free form of [`ShingleFetch`].
pub type ShingleVisit<'a> = dyn FnMut(&str, &mut dyn FnMut(&[u64])) + 'a;

impl DedupIndex {
    /// An empty index.
    pub fn new(config: DedupConfig) -> Self {
        DedupIndex {
            config,
            entries: Vec::new(),
            ids: String::new(),
            live: 0,
            by_id: HashTable::new(),
            bands: BandTable::default(),
            exact: HashTable::new(),
            newest: i64::MIN,
            evicted_since_rebuild: 0,
            evicted: Vec::new(),
            block_min_time: Vec::new(),
            scratch: Scratch::default(),
        }
    }

    /// The thresholds in use.
    pub fn config(&self) -> &DedupConfig {
        &self.config
    }

    /// Documents currently indexed.
    pub fn len(&self) -> usize {
        self.live
    }

    /// Whether nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    /// Whether `id` is indexed.
    pub fn contains(&self, id: &str) -> bool {
        self.slot_of(id).is_some()
    }

    fn slot_of(&self, id: &str) -> Option<u32> {
        let entries = &self.entries;
        let ids = &self.ids;
        self.by_id
            .find(id_hash(id), |&s| entries.get(s as usize).is_some_and(|e| e.live && id_str(ids, e.id) == id))
            .copied()
    }

    /// Approximate heap bytes held by the index (capacity-based: entries,
    /// table buckets with their control bytes, id strings with allocator
    /// overhead, scratch buffers).
    pub fn memory_bytes(&self) -> usize {
        let table = |capacity: usize| {
            if capacity == 0 {
                0
            } else {
                (capacity * 8 / 7).next_power_of_two() * (std::mem::size_of::<u32>() + 1) + 16
            }
        };
        self.entries.capacity() * std::mem::size_of::<Entry>()
            + self.ids.capacity()
            + table(self.by_id.capacity())
            + self.bands.memory_bytes()
            + table(self.exact.capacity())
            + self.evicted.capacity() * 8
            + self.block_min_time.capacity() * 8
            + self.scratch.hits.capacity() * 4
            + self.scratch.votes.capacity() * 8
    }

    /// Re-adds a persisted document (on load), without verification.
    pub fn restore(&mut self, record: &DocRecord) {
        if self.contains(&record.id) {
            return;
        }
        let root = record.canonical.as_deref().and_then(|c| self.slot_of(c));
        self.add_entry(&record.id, record.time, record.exact, record.band_keys, root, Buckets::Check);
    }

    /// The persisted form of an indexed document.
    pub fn record(&self, id: &str) -> Option<DocRecord> {
        let slot = self.slot_of(id)?;
        let e = self.entry(slot)?;
        let canonical = match self.root_of(slot) {
            Some(r) if r != slot => self.entry(r).map(|x| id_str(&self.ids, x.id).to_string()),
            _ => None,
        };
        Some(DocRecord {
            id: id_str(&self.ids, e.id).to_string(),
            time: e.time,
            exact: e.exact,
            band_keys: e.band_keys,
            canonical,
        })
    }

    /// A live entry by slot.
    fn entry(&self, slot: u32) -> Option<&Entry> {
        self.entries.get(slot as usize).filter(|e| e.live)
    }

    /// The group root of a live entry; the entry itself when its root was evicted.
    fn root_of(&self, slot: u32) -> Option<u32> {
        let e = self.entry(slot)?;
        Some(if self.entry(e.root).is_some() { e.root } else { slot })
    }

    fn add_entry(
        &mut self,
        id: &str,
        time: i64,
        exact: u64,
        band_keys: [u32; TOTAL_BANDS],
        root: Option<u32>,
        buckets: Buckets<'_>,
    ) -> u32 {
        if self.entries.len() == self.entries.capacity() {
            // Grow by a quarter, not double: the entries are most of the memory.
            self.entries.reserve_exact((self.entries.len() / 4).max(256));
        }
        let slot = self.entries.len() as u32;
        let id_ref = self.push_id(id);
        let in_bands = match buckets {
            _ if self.entries.len() >= MAX_SLOTS => 0,
            Buckets::Kept(mask) => mask,
            Buckets::Check | Buckets::Victims(_) => ALL_BANDS,
        };
        self.entries.push(Entry {
            id: id_ref,
            time,
            exact,
            band_keys,
            root: root.unwrap_or(slot),
            live: true,
            in_bands,
        });
        let block = slot as usize / 64;
        if self.block_min_time.len() <= block {
            self.block_min_time.resize(block + 1, i64::MAX);
        }
        if let Some(m) = self.block_min_time.get_mut(block) {
            *m = (*m).min(time);
        }
        self.live += 1;
        let entries = &self.entries;
        let ids = &self.ids;
        self.by_id
            .insert_unique(id_hash(id), slot, |&s| entries.get(s as usize).map_or(0, |e| id_hash(id_str(ids, e.id))));
        let known = self.exact.find(exact, |&s| entries.get(s as usize).is_some_and(|e| e.live && e.exact == exact));
        if known.is_none() {
            self.exact.insert_unique(exact, slot, |&s| entries.get(s as usize).map_or(0, |e| e.exact));
        }
        if matches!(buckets, Buckets::Kept(_)) {
            self.newest = self.newest.max(time);
            return slot;
        }
        let new_values = in_bands.count_ones() as usize;
        if !self.bands.has_room(new_values) {
            self.regrow_bands(new_values);
        }
        for (band, &key) in band_keys.iter().enumerate() {
            if in_bands & (1 << band) == 0 {
                continue;
            }
            let victim = match &buckets {
                Buckets::Kept(_) => None,
                Buckets::Check => self.bucket_victim(band, key),
                Buckets::Victims(v) => v.get(band).copied().flatten(),
            };
            let hash = band_hash(key);
            if let Some(v) = victim {
                if self.bands.remove(hash, pack(v, band)) {
                    if let Some(e) = self.entries.get_mut(v as usize) {
                        e.in_bands &= !(1 << band);
                    }
                }
            }
            self.bands.place(hash, pack(slot, band));
        }
        self.newest = self.newest.max(time);
        slot
    }

    /// Appends `id` to the arena (growing it by a quarter at a time); an id
    /// past the arena's 4 GiB addressing is kept empty (never linked).
    fn push_id(&mut self, id: &str) -> IdRef {
        let start = self.ids.len();
        let Ok(start32) = u32::try_from(start) else { return IdRef::default() };
        if u32::try_from(start + id.len()).is_err() {
            return IdRef::default();
        }
        if self.ids.capacity() - start < id.len() {
            self.ids.reserve_exact((start / 4).max(id.len()).max(4096));
        }
        self.ids.push_str(id);
        IdRef { start: start32, len: id.len() as u32 }
    }

    /// Rebuilds the band table twice as large as needed with `extra`
    /// more values, from the entries in slot order (sequential reads, where
    /// rehashing the table's values would read an entry per value at random);
    /// evicted entries leave it.
    fn regrow_bands(&mut self, extra: usize) {
        let values: usize = self.entries.iter().filter(|e| e.live).map(|e| e.in_bands.count_ones() as usize).sum();
        let mut table = BandTable::with_capacity((values + extra) * 2);
        for (slot, e) in self.entries.iter_mut().enumerate() {
            if !e.live {
                e.in_bands = 0;
                continue;
            }
            for (band, &key) in e.band_keys.iter().enumerate() {
                if e.in_bands & (1 << band) != 0 {
                    table.place(band_hash(key), pack(slot as u32, band));
                }
            }
        }
        self.bands = table;
    }

    /// The member to drop from the bucket of `key` in `band` before adding one
    /// more, when the bucket is full: the oldest (lowest slot).
    fn bucket_victim(&self, band: usize, key: u32) -> Option<u32> {
        let entries = &self.entries;
        let mut members = 0usize;
        let mut oldest: Option<u32> = None;
        self.bands.for_each(band_hash(key), |v| {
            let (s, b) = unpack(v);
            if b == band && entries.get(s as usize).is_some_and(|e| e.band_keys.get(band) == Some(&key)) {
                members += 1;
                oldest = Some(oldest.map_or(s, |o| o.min(s)));
            }
        });
        oldest.filter(|_| members >= self.config.max_bucket.max(1))
    }

    /// Candidate slots (documents sharing most band keys, newest first among
    /// equals, at most `max_verified`), and per band the member to drop when
    /// the new document joins a full bucket (the oldest).
    fn candidates(&mut self, band_keys: &[u32; TOTAL_BANDS]) -> (Vec<u32>, [Option<u32>; TOTAL_BANDS]) {
        let mut hits = std::mem::take(&mut self.scratch.hits);
        hits.clear();
        let mut victims = [None; TOTAL_BANDS];
        let cap = self.config.max_bucket.max(1);
        let hashes = band_keys.map(band_hash);
        // Request every band's bucket line before reading any (the loads overlap).
        let touched = hashes.iter().fold(0u8, |acc, &h| acc ^ self.bands.touch(h));
        std::hint::black_box(touched);
        for ((band, &hash), victim) in hashes.iter().enumerate().zip(victims.iter_mut()) {
            let before = hits.len();
            let mut oldest = u32::MAX;
            self.bands.for_each(hash, |v| {
                let (s, b) = unpack(v);
                if b == band {
                    hits.push(s);
                    oldest = oldest.min(s);
                }
            });
            // Tag matches stand for members here (a false one is rare and
            // only shortens another bucket).
            if hits.len() - before >= cap {
                *victim = Some(oldest);
            }
        }
        hits.sort_unstable();
        let mut votes = std::mem::take(&mut self.scratch.votes);
        votes.clear();
        for &s in &hits {
            match votes.last_mut() {
                Some((last, n)) if *last == s => *n += 1,
                _ => votes.push((s, 1)),
            }
        }
        self.scratch.hits = hits;
        votes.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(b.0.cmp(&a.0)));
        let mut out = std::mem::take(&mut self.scratch.candidates);
        out.clear();
        // The table matched a 16-bit tag and the band, not the key: a false
        // candidate is rare and verification rejects it.
        for &(s, _) in &votes {
            if out.len() >= self.config.max_verified {
                break;
            }
            let evicted = self.evicted.get(s as usize / 64).is_some_and(|w| w & (1 << (s % 64)) != 0);
            if !evicted {
                out.push(s);
            }
        }
        self.scratch.votes = votes;
        (out, victims)
    }

    fn verify(&self, a: &[u64], b: &[u64]) -> Option<(f64, Reason)> {
        let smaller = a.len().min(b.len());
        let containment_possible = smaller >= self.config.min_containment_shingles;
        // Fewest shared shingles that could pass: Jaccard j needs
        // inter >= j (|a| + |b|) / (1 + j); containment c needs inter >= c * smaller.
        let j = self.config.jaccard.clamp(0.0, 1.0);
        let for_jaccard = j * (a.len() + b.len()) as f64 / (1.0 + j);
        let needed =
            if containment_possible { for_jaccard.min(self.config.containment * smaller as f64) } else { for_jaccard };
        let inter = intersection_size_at_least(a, b, needed.ceil().max(0.0) as usize)?;
        if a.is_empty() || b.is_empty() {
            return None;
        }
        let union = a.len() + b.len() - inter;
        let (jac, con) = (inter as f64 / union as f64, inter as f64 / smaller as f64);
        if jac >= 0.999_999 {
            Some((1.0, Reason::Exact))
        } else if jac >= self.config.jaccard {
            Some((jac, Reason::Near))
        } else if con >= self.config.containment && containment_possible {
            Some((con, Reason::Containment))
        } else {
            None
        }
    }

    /// Verifies `shingles` against the shingles of `slot`, fetched through `fetch`.
    fn verify_slot(&self, slot: u32, shingles: &[u64], fetch: &mut ShingleVisit<'_>) -> Option<(f64, Reason)> {
        let e = self.entry(slot)?;
        let mut result = None;
        fetch(id_str(&self.ids, e.id), &mut |theirs: &[u64]| result = self.verify(shingles, theirs));
        result
    }

    /// Indexes a new document and decides whether it copies an indexed one.
    /// `time` orders copies (the earliest is canonical; ties by id). `fetch`
    /// returns an indexed document's shingles; a document it cannot fetch is
    /// not linked.
    pub fn insert(&mut self, id: &str, time: i64, sketch: &Sketch, fetch: &mut ShingleFetch<'_>) -> Outcome {
        self.insert_with(id, time, sketch, &mut |cid, visit| {
            if let Some(s) = fetch(cid) {
                visit(&s);
            }
        })
    }

    /// [`DedupIndex::insert`] with a fetch that lends the shingles to a
    /// visitor (no copy per verified candidate).
    pub fn insert_with(&mut self, id: &str, time: i64, sketch: &Sketch, fetch: &mut ShingleVisit<'_>) -> Outcome {
        if self.contains(id) {
            return Outcome::default();
        }
        let mut verified = std::mem::take(&mut self.scratch.verified);
        let mut rejected = std::mem::take(&mut self.scratch.rejected);
        verified.clear();
        rejected.clear();
        let (mut cands, victims) = if sketch.shingles.is_empty() {
            (std::mem::take(&mut self.scratch.candidates), [None; TOTAL_BANDS])
        } else {
            self.candidates(&sketch.band_keys)
        };
        let buckets = if sketch.shingles.is_empty() { Buckets::Check } else { Buckets::Victims(&victims) };
        let entries = &self.entries;
        let exact_hit = self
            .exact
            .find(sketch.exact, |&s| entries.get(s as usize).is_some_and(|e| e.live && e.exact == sketch.exact))
            .copied();
        if let Some(s) = exact_hit {
            if !sketch.shingles.is_empty() {
                verified.push((s, (1.0, Reason::Exact)));
                cands.retain(|&c| c != s);
            }
        }
        if sketch.shingles.is_empty() {
            cands.clear();
        }
        for &c in &cands {
            match self.verify_slot(c, &sketch.shingles, fetch) {
                Some(v) => verified.push((c, v)),
                None => rejected.push(c),
            }
        }
        self.scratch.candidates = cands;
        // Chaining guard: a group is joined only through its canonical.
        let mut roots: Vec<u32> = verified.iter().filter_map(|&(s, _)| self.root_of(s)).collect();
        roots.sort_unstable();
        roots.dedup();
        let mut best: Option<(u32, f64, Reason)> = None;
        for r in roots {
            let v = match verified.iter().find(|(s, _)| *s == r) {
                Some(&(_, v)) => Some(v),
                None if rejected.contains(&r) => None,
                None => self.verify_slot(r, &sketch.shingles, fetch),
            };
            if let Some((sim, reason)) = v {
                if best.is_none_or(|(_, bs, _)| sim > bs) {
                    best = Some((r, sim, reason));
                }
            }
        }
        self.scratch.verified = verified;
        self.scratch.rejected = rejected;
        let Some((root, sim, reason)) = best else {
            self.add_entry(id, time, sketch.exact, sketch.band_keys, None, buckets);
            return Outcome::default();
        };
        let Some(root_entry) = self.entry(root) else {
            self.add_entry(id, time, sketch.exact, sketch.band_keys, None, buckets);
            return Outcome::default();
        };
        let root_id = id_str(&self.ids, root_entry.id);
        let root_is_earlier = (root_entry.time, root_id) <= (time, id);
        if root_is_earlier {
            let canonical = root_id.to_string();
            self.add_entry(id, time, sketch.exact, sketch.band_keys, Some(root), buckets);
            return Outcome { duplicate: Some(Match { canonical, similarity: sim, reason }), repointed: Vec::new() };
        }
        // The newcomer is an earlier copy: it becomes the group's canonical.
        let new_slot = self.add_entry(id, time, sketch.exact, sketch.band_keys, None, buckets);
        let members: Vec<u32> =
            (0..self.entries.len() as u32).filter(|&m| m != new_slot && self.root_of(m) == Some(root)).collect();
        let mut repointed = Vec::new();
        for m in members {
            let v = if m == root { Some((sim, reason)) } else { self.verify_slot(m, &sketch.shingles, fetch) };
            let new_root = if v.is_some() { new_slot } else { m };
            if let Some(e) = self.entries.get_mut(m as usize).filter(|e| e.live) {
                e.root = new_root;
                let link = v.map(|(similarity, reason)| Match { canonical: id.to_string(), similarity, reason });
                repointed.push((id_str(&self.ids, e.id).to_string(), link));
            }
        }
        Outcome { duplicate: None, repointed }
    }

    /// Drops documents published more than the window before the newest one;
    /// compacts the entries and rebuilds the tables when enough were dropped.
    pub fn evict(&mut self) {
        if self.newest == i64::MIN {
            return;
        }
        let cutoff = self.newest - i64::from(self.config.window_days) * 86_400;
        let mut dropped = 0usize;
        if self.evicted.len() < self.block_min_time.len() {
            self.evicted.resize(self.block_min_time.len(), 0);
        }
        for block in 0..self.block_min_time.len() {
            if self.block_min_time.get(block).is_none_or(|&m| m >= cutoff) {
                continue;
            }
            let mut block_min = i64::MAX;
            let end = ((block + 1) * 64).min(self.entries.len());
            for slot in (block * 64) as u32..end as u32 {
                let Some(e) = self.entries.get_mut(slot as usize) else { continue };
                if !e.live {
                    continue;
                }
                if e.time >= cutoff {
                    block_min = block_min.min(e.time);
                    continue;
                }
                e.live = false;
                if let Some(w) = self.evicted.get_mut(block) {
                    *w |= 1 << (slot % 64);
                }
                let id = std::mem::take(&mut e.id);
                let exact = e.exact;
                if let Ok(found) = self.by_id.find_entry(id_hash(id_str(&self.ids, id)), |&s| s == slot) {
                    found.remove();
                }
                if let Ok(found) = self.exact.find_entry(exact, |&s| s == slot) {
                    found.remove();
                }
                dropped += 1;
            }
            if let Some(m) = self.block_min_time.get_mut(block) {
                *m = block_min;
            }
        }
        self.live -= dropped.min(self.live);
        self.evicted_since_rebuild += dropped;
        if self.evicted_since_rebuild > 0 && self.evicted_since_rebuild * 4 >= self.live {
            self.rebuild();
        }
    }

    fn rebuild(&mut self) {
        let old = std::mem::take(&mut self.entries);
        let old_ids = std::mem::take(&mut self.ids);
        let mut new_slot: Vec<u32> = vec![u32::MAX; old.len()];
        let mut next = 0u32;
        for (slot, e) in old.iter().enumerate() {
            if e.live {
                if let Some(n) = new_slot.get_mut(slot) {
                    *n = next;
                }
                next += 1;
            }
        }
        let live = next as usize;
        self.entries = Vec::with_capacity(live + live / 8);
        let id_bytes: usize = old.iter().filter(|e| e.live).map(|e| e.id.len as usize).sum();
        self.ids = String::with_capacity(id_bytes + id_bytes / 8);
        self.live = 0;
        self.evicted = Vec::new();
        self.block_min_time = Vec::new();
        self.by_id = HashTable::with_capacity(live);
        self.exact = HashTable::with_capacity(live);
        let mut bands = std::mem::take(&mut self.bands);
        for (slot, e) in old.into_iter().enumerate() {
            if !e.live {
                continue;
            }
            let root = new_slot.get(e.root as usize).copied().filter(|&r| r != u32::MAX);
            let root = root.or_else(|| new_slot.get(slot).copied());
            self.add_entry(id_str(&old_ids, e.id), e.time, e.exact, e.band_keys, root, Buckets::Kept(e.in_bands));
        }
        // Values of evicted entries leave; the others take their new slot.
        bands.remap(|v| {
            let (slot, band) = unpack(v);
            new_slot.get(slot as usize).copied().filter(|&n| n != u32::MAX).map(|n| pack(n, band))
        });
        self.bands = bands;
        if self.bands.spilled_share() > MAX_SPILLED_SHARE {
            self.regrow_bands(0);
        }
        self.evicted_since_rebuild = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

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
    fn rebuild_keeps_ids_links_and_lookups() {
        let mut ix = DedupIndex::new(DedupConfig { window_days: 1, ..Default::default() });
        let mut t = Texts::default();
        add(&mut ix, &mut t, "old-1", 0, OTHER);
        add(&mut ix, &mut t, "old-2", 0, &OTHER.replace("northern", "southern"));
        add(&mut ix, &mut t, "wire", 10 * 86_400, WIRE);
        add(&mut ix, &mut t, "copy", 10 * 86_400 + 60, &WIRE.replace("Tuesday", "Wednesday"));
        ix.evict();
        assert_eq!(ix.len(), 2);
        assert!(!ix.contains("old-1") && ix.contains("wire") && ix.contains("copy"));
        assert_eq!(ix.record("copy").unwrap().canonical.as_deref(), Some("wire"));
        let m = add(&mut ix, &mut t, "third", 10 * 86_400 + 120, &format!("{WIRE}\n\nMore later.")).duplicate.unwrap();
        assert_eq!(m.canonical, "wire");
        assert!(ix.memory_bytes() > 0);
    }

    #[test]
    fn eviction_finds_old_documents_among_newer_ones() {
        let mut ix = DedupIndex::new(DedupConfig { window_days: 1, ..Default::default() });
        let mut t = Texts::default();
        for i in 0..200i64 {
            // Slots 0..200; every seventh one is old, the rest are recent.
            let time = if i % 7 == 3 { 0 } else { 10 * 86_400 + i };
            add(&mut ix, &mut t, &format!("d{i}"), time, &format!("{OTHER} {i}"));
        }
        ix.evict();
        let old = (0..200).filter(|i| i % 7 == 3).count();
        assert_eq!(ix.len(), 200 - old);
        assert!((0..200).all(|i| ix.contains(&format!("d{i}")) == (i % 7 != 3)));
        add(&mut ix, &mut t, "late", 20, WIRE);
        ix.evict();
        assert!(!ix.contains("late"), "an old document added after the newest is dropped too");
        assert_eq!(ix.len(), 200 - old);
        assert!(ix.contains("d198"));
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
