//! A flat multimap from LSH band keys to packed `u32` values, one cache line
//! per bucket: a lookup costs one memory access (two when its bucket spilled),
//! the insert that follows finds the line cached, and the lines of all bands
//! of a document can be requested together before they are read.

/// Values per bucket (10 × (2-byte tag + 4-byte value) fits one 64-byte line).
const PER_BUCKET: usize = 10;
/// The most values per slot before the owner regrows the table (to twice its need).
const MAX_LOAD: f64 = 0.85;

#[derive(Clone, Copy, Default)]
#[repr(C, align(64))]
struct Bucket {
    tags: [u16; PER_BUCKET],
    values: [u32; PER_BUCKET],
    len: u8,
    /// An entry whose probe passed here was placed in a later bucket.
    spilled: bool,
}

/// Home bucket and 16-bit tag of a key hash.
fn split(hash: u64, buckets: usize) -> (usize, u16) {
    (((u128::from(hash) * buckets as u128) >> 64) as usize, hash as u16)
}

/// The multimap. Values are looked up by the hash of their key and filtered
/// by a 16-bit tag; the caller confirms the key (a false match is rare).
#[derive(Default)]
pub(crate) struct BandTable {
    buckets: Vec<Bucket>,
    len: usize,
}

impl BandTable {
    /// A table sized for `n` values without growing.
    pub(crate) fn with_capacity(n: usize) -> Self {
        let buckets = ((n as f64 / (PER_BUCKET as f64 * MAX_LOAD)).ceil() as usize).max(16);
        BandTable { buckets: vec![Bucket::default(); buckets], len: 0 }
    }

    /// Heap bytes held.
    pub(crate) fn memory_bytes(&self) -> usize {
        self.buckets.capacity() * std::mem::size_of::<Bucket>()
    }

    /// Reads the home bucket of `hash` so that its line is on its way to the
    /// cache before [`BandTable::for_each`] needs it (independent loads overlap).
    pub(crate) fn touch(&self, hash: u64) -> u8 {
        let (home, _) = split(hash, self.buckets.len());
        self.buckets.get(home).map_or(0, |b| b.len)
    }

    /// Calls `visit` with every value whose tag matches `hash`.
    pub(crate) fn for_each(&self, hash: u64, mut visit: impl FnMut(u32)) {
        let n = self.buckets.len();
        if n == 0 {
            return;
        }
        let (mut i, tag) = split(hash, n);
        for _ in 0..n {
            let Some(b) = self.buckets.get(i) else { return };
            for (t, v) in b.tags.iter().zip(&b.values).take(usize::from(b.len)) {
                if *t == tag {
                    visit(*v);
                }
            }
            if !b.spilled {
                return;
            }
            i = if i + 1 == n { 0 } else { i + 1 };
        }
    }

    /// Removes one `value` stored under `hash`; whether it was there.
    pub(crate) fn remove(&mut self, hash: u64, value: u32) -> bool {
        let n = self.buckets.len();
        if n == 0 {
            return false;
        }
        let (mut i, tag) = split(hash, n);
        for _ in 0..n {
            let Some(b) = self.buckets.get_mut(i) else { return false };
            let len = usize::from(b.len);
            let found = b.tags.iter().zip(&b.values).take(len).position(|(t, v)| *t == tag && *v == value);
            if let Some(p) = found {
                let last = len - 1;
                b.tags.swap(p, last);
                b.values.swap(p, last);
                b.len -= 1;
                self.len -= 1;
                return true;
            }
            if !b.spilled {
                return false;
            }
            i = if i + 1 == n { 0 } else { i + 1 };
        }
        false
    }

    /// Rewrites every value in place through `map`, dropping those it maps to
    /// `None`: one sequential pass, where placing the values again would
    /// touch a random line per value. Spill marks stay (a stale one costs a
    /// probe, never a lost value).
    pub(crate) fn remap(&mut self, mut map: impl FnMut(u32) -> Option<u32>) {
        for b in &mut self.buckets {
            let mut i = 0usize;
            while i < usize::from(b.len) {
                let Some(v) = b.values.get(i).copied() else { break };
                match map(v) {
                    Some(n) => {
                        if let Some(slot) = b.values.get_mut(i) {
                            *slot = n;
                        }
                        i += 1;
                    }
                    None => {
                        let last = usize::from(b.len) - 1;
                        b.tags.swap(i, last);
                        b.values.swap(i, last);
                        b.len -= 1;
                        self.len -= 1;
                    }
                }
            }
        }
    }

    /// Share of buckets marked as spilled. Marks are never cleared in place,
    /// so after many [`BandTable::remap`]s some are stale (each costs a
    /// second line per lookup); the owner rebuilds the table when they pile up.
    pub(crate) fn spilled_share(&self) -> f64 {
        let spilled = self.buckets.iter().filter(|b| b.spilled).count();
        spilled as f64 / self.buckets.len().max(1) as f64
    }

    /// Whether `extra` more values fit without passing the maximal load.
    pub(crate) fn has_room(&self, extra: usize) -> bool {
        (self.len + extra) as f64 <= self.buckets.len() as f64 * PER_BUCKET as f64 * MAX_LOAD
    }

    /// Adds `value` under `hash` (the caller keeps the load below the
    /// maximum, see [`BandTable::has_room`]; a full table drops the value).
    pub(crate) fn place(&mut self, hash: u64, value: u32) {
        let n = self.buckets.len();
        let (mut i, tag) = split(hash, n);
        for _ in 0..n {
            let Some(b) = self.buckets.get_mut(i) else { return };
            let len = usize::from(b.len);
            if len < PER_BUCKET {
                if let (Some(t), Some(v)) = (b.tags.get_mut(len), b.values.get_mut(len)) {
                    *t = tag;
                    *v = value;
                    b.len += 1;
                    self.len += 1;
                }
                return;
            }
            b.spilled = true;
            i = if i + 1 == n { 0 } else { i + 1 };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sketch::mix64;

    #[test]
    fn multimap_finds_removes_and_grows() {
        let key_of = |v: u32| u64::from(v % 1000);
        let hash = |k: u64| mix64(k);
        let mut t = BandTable::with_capacity(20_000);
        for v in 0..20_000u32 {
            assert!(t.has_room(1));
            t.place(hash(key_of(v)), v);
        }
        assert!(!t.has_room(10_000));
        let mut found = Vec::new();
        t.for_each(hash(7), |v| found.push(v));
        found.retain(|&v| key_of(v) == 7);
        assert_eq!(found.len(), 20);
        assert!(t.remove(hash(7), 1007));
        assert!(!t.remove(hash(7), 1007));
        let mut after = Vec::new();
        t.for_each(hash(7), |v| after.push(v));
        assert!(!after.contains(&1007));
        assert!(after.contains(&2007));
        t.remap(|v| if key_of(v) == 7 { None } else { Some(v + 1) });
        let mut gone = Vec::new();
        t.for_each(hash(7), |v| gone.push(v));
        assert!(gone.iter().all(|&v| key_of(v) != 7));
        let mut moved = Vec::new();
        t.for_each(hash(8), |v| moved.push(v));
        assert!(moved.contains(&9) && moved.contains(&2009));
        assert!(t.has_room(19));
        assert!(!t.has_room(1000));
    }
}
