//! Shingles, MinHash signatures and LSH band keys of one text.

use crate::normalize::{normalize_into, WordSink};

/// Words per shingle. Word 3-grams separate copies of one wire text (Jaccard
/// usually above 0.5) from independent rewrites of one event (below 0.1).
pub const SHINGLE_WORDS: usize = 3;
/// Rows per LSH band.
pub const ROWS: usize = 3;
/// Bands over the whole text's signature.
pub const FULL_BANDS: usize = 24;
/// Bands over the lead's signature (catches lead-only and truncated copies).
pub const LEAD_BANDS: usize = 6;
/// MinHash permutations of the whole-text signature (`FULL_BANDS * ROWS`).
pub const NUM_PERM: usize = FULL_BANDS * ROWS;
/// Shingles that make up the lead.
pub const LEAD_SHINGLES: usize = 24;
/// All band keys of one document.
pub const TOTAL_BANDS: usize = FULL_BANDS + LEAD_BANDS;

/// Fast 64-bit mix (SplitMix64 finaliser).
#[inline]
pub fn mix64(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// FNV-1a over bytes, then mixed.
#[inline]
pub fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    mix64(h)
}

/// Hashes of the word `SHINGLE_WORDS`-grams of normalised words, in text order
/// (with repeats). A text shorter than one shingle yields its words' hash.
pub fn shingle_hashes(words: &[String]) -> Vec<u64> {
    let wh: Vec<u64> = words.iter().map(|w| hash_bytes(w.as_bytes())).collect();
    shingles_of_word_hashes(&wh)
}

fn shingles_of_word_hashes(wh: &[u64]) -> Vec<u64> {
    if wh.len() < SHINGLE_WORDS {
        return if wh.is_empty() { Vec::new() } else { vec![wh.iter().fold(0, |a, &h| mix64(a ^ h))] };
    }
    // Word hashes are already mixed: rotating them apart keeps the order and
    // one finalising mix per shingle suffices.
    wh.windows(SHINGLE_WORDS)
        .map(|w| mix64(w.iter().enumerate().fold(0u64, |acc, (i, &h)| acc ^ h.rotate_left(i as u32 * 21))))
        .collect()
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// Word hashes of the normalised text and the hash of the whole normalised
/// stream (words joined by one space, as [`hash_bytes`] would hash it).
fn word_hashes(text: &str) -> (Vec<u64>, u64) {
    let mut sink = WordHasher { words: Vec::with_capacity(text.len() / 6), stream: FNV_OFFSET };
    normalize_into(text, &mut sink);
    (sink.words, mix64(sink.stream))
}

struct WordHasher {
    words: Vec<u64>,
    stream: u64,
}

impl WordHasher {
    #[inline]
    fn start_word(&mut self) {
        if !self.words.is_empty() {
            self.stream = (self.stream ^ u64::from(b' ')).wrapping_mul(FNV_PRIME);
        }
    }
}

impl WordSink for WordHasher {
    fn word(&mut self, w: &str) {
        self.start_word();
        let mut h = FNV_OFFSET;
        for &b in w.as_bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(FNV_PRIME);
            self.stream = (self.stream ^ u64::from(b)).wrapping_mul(FNV_PRIME);
        }
        self.words.push(mix64(h));
    }

    /// Splits, folds and hashes in one pass over the bytes (no word strings).
    fn ascii_line(&mut self, bytes: &[u8]) {
        let mut h = FNV_OFFSET;
        let mut in_word = false;
        for &b in bytes {
            if b.is_ascii_alphanumeric() {
                let c = if b.is_ascii_digit() { b'0' } else { b.to_ascii_lowercase() };
                if !in_word {
                    self.start_word();
                    in_word = true;
                    h = FNV_OFFSET;
                }
                h = (h ^ u64::from(c)).wrapping_mul(FNV_PRIME);
                self.stream = (self.stream ^ u64::from(c)).wrapping_mul(FNV_PRIME);
            } else if b == b'\'' {
                // apostrophes join, as in `normalize`
            } else if in_word {
                self.words.push(mix64(h));
                in_word = false;
            }
        }
        if in_word {
            self.words.push(mix64(h));
        }
    }

    /// [`crate::normalize::visit_words`] fused with the hashing (no word strings).
    fn chars_line(&mut self, chars: impl Iterator<Item = char>, _cur: &mut String) {
        let mut h = FNV_OFFSET;
        let mut in_word = false;
        for c in chars {
            if c.is_alphanumeric() {
                if !in_word {
                    self.start_word();
                    in_word = true;
                    h = FNV_OFFSET;
                }
                let mut feed = |b: u8| {
                    h = (h ^ u64::from(b)).wrapping_mul(FNV_PRIME);
                    self.stream = (self.stream ^ u64::from(b)).wrapping_mul(FNV_PRIME);
                };
                if c.is_numeric() {
                    feed(b'0');
                } else if c.is_ascii() {
                    feed(c.to_ascii_lowercase() as u8);
                } else {
                    let mut buf = [0u8; 4];
                    for lc in c.to_lowercase() {
                        lc.encode_utf8(&mut buf).bytes().for_each(&mut feed);
                    }
                }
            } else if c == '\'' || c == '\u{2019}' {
                // apostrophes join, as in `normalize`
            } else if in_word {
                self.words.push(mix64(h));
                in_word = false;
            }
        }
        if in_word {
            self.words.push(mix64(h));
        }
    }
}

/// Everything the index needs about one text.
#[derive(Debug, Clone)]
pub struct Sketch {
    /// Hash of the whole normalised word stream: equal for exact copies.
    pub exact: u64,
    /// Sorted distinct shingle hashes (for exact verification).
    pub shingles: Vec<u64>,
    /// LSH band keys: `FULL_BANDS` over the text, then `LEAD_BANDS` over its lead.
    pub band_keys: [u32; TOTAL_BANDS],
}

struct Perms {
    a: [u64; NUM_PERM],
    b: [u64; NUM_PERM],
}

fn perms() -> &'static Perms {
    static P: std::sync::OnceLock<Perms> = std::sync::OnceLock::new();
    P.get_or_init(|| {
        let mut a = [0u64; NUM_PERM];
        let mut b = [0u64; NUM_PERM];
        for i in 0..NUM_PERM {
            a[i] = mix64(0x5eed_0000 + i as u64 * 2 + 1) | 1;
            b[i] = mix64(0xbeef_0000 + i as u64 * 2);
        }
        Perms { a, b }
    })
}

/// MinHash signature (`NUM_PERM` 32-bit values) of a set of shingle hashes.
/// Each permutation is a multiply-add over 64 bits keeping the high half.
pub fn minhash(shingles: &[u64]) -> [u32; NUM_PERM] {
    let mut sig = [u32::MAX; NUM_PERM];
    minhash_into(shingles, &mut sig);
    sig
}

/// The first `sig.len()` (at most `NUM_PERM`) values of [`minhash`].
pub fn minhash_into(shingles: &[u64], sig: &mut [u32]) {
    let p = perms();
    sig.fill(u32::MAX);
    for &s in shingles {
        for ((slot, a), b) in sig.iter_mut().zip(&p.a).zip(&p.b) {
            let v = (a.wrapping_mul(s).wrapping_add(*b) >> 32) as u32;
            if v < *slot {
                *slot = v;
            }
        }
    }
}

/// One-permutation MinHash with optimal densification (Shrivastava 2017):
/// each shingle is hashed once, its high bits pick one of `sig.len()` bins and
/// its low bits compete for that bin's minimum; an empty bin copies the value
/// of the first non-empty bin along its own fixed pseudo-random probe
/// sequence, so two similar sets fill their empty bins alike. The chance that
/// two sets agree in a bin is their Jaccard, as with `sig.len()` independent
/// permutations, at one hash per shingle instead of `sig.len()`.
pub fn one_permutation_minhash(shingles: &[u64], sig: &mut [u32]) {
    const MAX_BINS: usize = 128;
    let bins = sig.len().min(MAX_BINS);
    sig.fill(u32::MAX);
    if bins == 0 || shingles.is_empty() {
        return;
    }
    let mut filled = [false; MAX_BINS];
    for &s in shingles {
        let h = mix64(s ^ 0x6a09_e667_f3bc_c908);
        let bin = (((h >> 32) * bins as u64) >> 32) as usize;
        if let (Some(slot), Some(f)) = (sig.get_mut(bin), filled.get_mut(bin)) {
            let v = h as u32;
            if v < *slot {
                *slot = v;
            }
            *f = true;
        }
    }
    let original: [u32; MAX_BINS] = {
        let mut o = [u32::MAX; MAX_BINS];
        for (d, s) in o.iter_mut().zip(sig.iter()) {
            *d = *s;
        }
        o
    };
    for (bin, slot) in sig.iter_mut().enumerate().take(bins) {
        if filled.get(bin).copied().unwrap_or(true) {
            continue;
        }
        // At least one bin is filled, so the probe ends; the attempt cap only
        // guards against a pathological hash sequence.
        for attempt in 0..(bins as u64 * 64) {
            let h = mix64(((bin as u64) << 32) ^ attempt ^ 0xbb67_ae85_84ca_a73b);
            let other = (((h >> 32) * bins as u64) >> 32) as usize;
            if filled.get(other).copied().unwrap_or(false) {
                *slot = original.get(other).copied().unwrap_or(u32::MAX);
                break;
            }
        }
    }
}

fn band_key(band: usize, rows: &[u32]) -> u32 {
    let mut h = mix64(band as u64 + 0x9e37_79b9);
    for &r in rows {
        h = mix64(h ^ u64::from(r));
    }
    (h >> 32) as u32
}

/// The sorted distinct shingles of `text`, as [`Sketch::of_text`] gives
/// them, without the signature.
pub fn sorted_shingles(text: &str) -> Vec<u64> {
    let (words, _) = word_hashes(text);
    let mut shingles = shingles_of_word_hashes(&words);
    shingles.sort_unstable();
    shingles.dedup();
    shingles
}

impl Sketch {
    /// Sketches `text` (normalising it first).
    pub fn of_text(text: &str) -> Sketch {
        let (words, exact) = word_hashes(text);
        let ordered = shingles_of_word_hashes(&words);
        let mut lead_set = [0u64; LEAD_SHINGLES];
        let lead_len = ordered.len().min(LEAD_SHINGLES);
        for (d, s) in lead_set.iter_mut().zip(&ordered) {
            *d = *s;
        }
        let mut shingles = ordered;
        shingles.sort_unstable();
        shingles.dedup();
        let mut band_keys = [0u32; TOTAL_BANDS];
        if !shingles.is_empty() {
            let mut sig = [u32::MAX; NUM_PERM];
            one_permutation_minhash(&shingles, &mut sig);
            for (band, rows) in sig.chunks(ROWS).enumerate().take(FULL_BANDS) {
                band_keys[band] = band_key(band, rows);
            }
            let lead = lead_set.get(..lead_len).unwrap_or(&[]);
            let mut lead_sig = [u32::MAX; LEAD_BANDS * ROWS];
            minhash_into(lead, &mut lead_sig);
            for (band, rows) in lead_sig.chunks(ROWS).enumerate().take(LEAD_BANDS) {
                band_keys[FULL_BANDS + band] = band_key(FULL_BANDS + band, rows);
            }
        }
        Sketch { exact, shingles, band_keys }
    }
}

/// Exact Jaccard and containment (overlap over the smaller set) of two sorted
/// distinct shingle sets.
pub fn jaccard_containment(a: &[u64], b: &[u64]) -> (f64, f64) {
    if a.is_empty() || b.is_empty() {
        return (0.0, 0.0);
    }
    let inter = intersection_size(a, b);
    let union = a.len() + b.len() - inter;
    (inter as f64 / union as f64, inter as f64 / a.len().min(b.len()) as f64)
}

/// Size of the intersection of two sorted distinct sets, by a merge whose
/// steps do not branch on the comparison (the outcome is unpredictable).
fn intersection_size(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut inter) = (0usize, 0usize, 0usize);
    while let (Some(&x), Some(&y)) = (a.get(i), b.get(j)) {
        i += usize::from(x <= y);
        j += usize::from(y <= x);
        inter += usize::from(x == y);
    }
    inter
}

/// [`intersection_size`], or `None` as soon as the intersection can no
/// longer reach `needed` (most candidates of a verification fail early).
pub(crate) fn intersection_size_at_least(a: &[u64], b: &[u64], needed: usize) -> Option<usize> {
    const CHECK_EVERY: usize = 32;
    let (mut i, mut j, mut inter) = (0usize, 0usize, 0usize);
    loop {
        if inter + (a.len() - i).min(b.len() - j) < needed {
            return None;
        }
        let mut steps = 0;
        while let (Some(&x), Some(&y)) = (a.get(i), b.get(j)) {
            i += usize::from(x <= y);
            j += usize::from(y <= x);
            inter += usize::from(x == y);
            steps += 1;
            if steps == CHECK_EVERY {
                break;
            }
        }
        if i >= a.len() || j >= b.len() {
            return (inter >= needed).then_some(inter);
        }
    }
}

/// Probability that a pair with Jaccard `j` shares at least one of `bands`
/// bands of `rows` rows: the LSH S-curve `1 - (1 - j^rows)^bands`.
pub fn candidate_probability(j: f64, bands: usize, rows: usize) -> f64 {
    1.0 - (1.0 - j.powi(rows as i32)).powi(bands as i32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jaccard_and_containment_are_exact() {
        let (j, c) = jaccard_containment(&[1, 2, 3, 4], &[3, 4]);
        assert!((j - 0.5).abs() < 1e-9);
        assert!((c - 1.0).abs() < 1e-9);
        assert_eq!(jaccard_containment(&[], &[1]), (0.0, 0.0));
    }

    #[test]
    fn s_curve_is_tuned_near_045() {
        assert!(candidate_probability(0.45, FULL_BANDS, ROWS) > 0.88);
        assert!(candidate_probability(0.6, FULL_BANDS, ROWS) > 0.99);
        assert!(candidate_probability(0.1, FULL_BANDS, ROWS) < 0.03);
    }

    /// The streamed sketch of `text` must equal the one built from its normalised word list.
    fn assert_sketch_matches_word_list(text: &str, words: &[String]) {
        let sk = Sketch::of_text(text);
        assert_eq!(sk.exact, hash_bytes(words.join(" ").as_bytes()));
        let mut expected = shingle_hashes(words);
        expected.sort_unstable();
        expected.dedup();
        assert_eq!(sk.shingles, expected);
    }

    #[test]
    fn streamed_hashes_match_the_word_list() {
        let text = "SEOUL (Yonhap) -- The ﬁrst 12,000 troops’ day\n\nÉté à Paris, don't stop";
        assert_sketch_matches_word_list(text, &crate::normalize::normalized_words(text));
    }

    #[test]
    fn fused_ascii_hashing_matches_the_word_list() {
        let text = "WASHINGTON (AP) -- It's 10:30 and O'Brien's team   won 3-2.\n\nBy Jane Roe\n\
            Plain ASCII line, with   spaces\tand tabs; don't stop.\n\u{201c}Quoted\u{201d} line here";
        let words = crate::normalize::normalized_words(text);
        assert!(words.contains(&"obriens".to_string()) && words.contains(&"quoted".to_string()));
        assert_sketch_matches_word_list(text, &words);
    }

    #[test]
    fn signatures_agree_with_jaccard() {
        let a: Vec<u64> = (0..400).map(mix64).collect();
        let b: Vec<u64> = (200..600).map(mix64).collect();
        let (sa, sb) = (minhash(&a), minhash(&b));
        let est = sa.iter().zip(&sb).filter(|(x, y)| x == y).count() as f64 / NUM_PERM as f64;
        assert!((est - 1.0 / 3.0).abs() < 0.15, "estimate {est}");
    }
}
