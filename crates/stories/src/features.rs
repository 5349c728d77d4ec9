//! Per-article features for story clustering: TF-IDF vectors over body terms,
//! title terms and entities (canonical names, or proper-noun phrases when the
//! analysis found none), hashed to 32-bit term ids.

use std::collections::HashMap;

use storyline_model::Article;

/// A sparse vector sorted by term id.
pub type SparseVec = Vec<(u32, f32)>;

/// Body terms kept per article (highest TF-IDF first).
pub const BODY_TERMS: usize = 60;
/// Entity terms kept per article.
pub const ENTITY_TERMS: usize = 24;
/// Title terms kept per article.
pub const TITLE_TERMS: usize = 32;

const STOPWORDS: &[&str] = &[
    "the",
    "and",
    "for",
    "that",
    "with",
    "was",
    "were",
    "are",
    "this",
    "from",
    "have",
    "has",
    "had",
    "not",
    "but",
    "his",
    "her",
    "its",
    "their",
    "they",
    "them",
    "she",
    "him",
    "who",
    "whom",
    "which",
    "what",
    "when",
    "where",
    "will",
    "would",
    "could",
    "should",
    "can",
    "may",
    "might",
    "also",
    "been",
    "being",
    "into",
    "than",
    "then",
    "there",
    "these",
    "those",
    "said",
    "says",
    "say",
    "about",
    "after",
    "before",
    "over",
    "under",
    "more",
    "most",
    "other",
    "some",
    "such",
    "only",
    "our",
    "out",
    "you",
    "your",
    "all",
    "any",
    "one",
    "two",
    "new",
    "year",
    "years",
    "while",
    "during",
    "including",
    "very",
    "just",
    "like",
    "did",
    "does",
    "how",
    "why",
    "because",
    "between",
    "against",
    "through",
    "told",
    "according",
    "added",
    "week",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "last",
    "first",
    "people",
    "time",
    "since",
    "now",
    "still",
    "both",
    "each",
    "many",
    "much",
    "well",
    "even",
    "back",
    "further",
    "per",
    "cent",
    "percent",
];

fn is_stopword(w: &str) -> bool {
    STOPWORDS.contains(&w)
}

/// 32-bit term id of a namespaced string.
pub fn term_id(namespace: u8, s: &str) -> u32 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ u64::from(namespace);
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    (storyline_dedup::sketch::mix64(h) >> 32) as u32
}

/// Lowercased content words (stopwords and short words dropped, plural `s` cut).
pub fn content_words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| w.chars().count() >= 3 && w.chars().any(char::is_alphabetic))
        .map(|w| {
            let mut l = w.to_lowercase();
            if l.len() > 4 && l.ends_with('s') && !l.ends_with("ss") {
                l.pop();
            }
            l
        })
        .filter(|w| !is_stopword(w))
}

const NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "In",
    "On",
    "At",
    "But",
    "And",
    "This",
    "That",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "For",
    "As",
    "If",
    "When",
    "After",
    "While",
    "His",
    "Her",
    "Their",
    "Its",
    "There",
];

/// Proper-noun phrases (runs of capitalised words not opening a sentence):
/// the entity view when the analysis found no entities.
pub fn proper_nouns(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    let mut sentence_start = true;
    for raw in text.split_whitespace() {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
        let capital = word.chars().next().is_some_and(char::is_uppercase) && word.chars().count() >= 2;
        if capital && !sentence_start && !NOT_NAMES.contains(&word) {
            run.push(word);
        } else if !run.is_empty() {
            out.push(run.join(" ").to_lowercase());
            run.clear();
        }
        let ends = raw.ends_with(['.', '!', '?', ':', '"', '\u{201d}']);
        sentence_start = ends;
        if ends && !run.is_empty() {
            out.push(run.join(" ").to_lowercase());
            run.clear();
        }
    }
    if !run.is_empty() {
        out.push(run.join(" ").to_lowercase());
    }
    out
}

/// Document frequencies over hashed buckets (bounded memory), for IDF.
#[derive(Debug, Clone)]
pub struct Vocab {
    df: Vec<u32>,
    /// Documents counted.
    pub docs: u64,
}

const VOCAB_BUCKETS: usize = 1 << 18;

impl Default for Vocab {
    fn default() -> Self {
        Vocab { df: vec![0; VOCAB_BUCKETS], docs: 0 }
    }
}

impl Vocab {
    /// A shared vocabulary that has counted nothing (every term equally
    /// rare), without allocating one per use.
    pub fn empty() -> &'static Vocab {
        static EMPTY: std::sync::OnceLock<Vocab> = std::sync::OnceLock::new();
        EMPTY.get_or_init(Vocab::default)
    }

    /// Inverse document frequency of a term.
    pub fn idf(&self, term: u32) -> f32 {
        let df = self.df.get(term as usize % VOCAB_BUCKETS).copied().unwrap_or(0) as f32;
        ((self.docs as f32 + 10.0) / (df + 1.0)).ln().max(0.1)
    }

    /// Counts one document's distinct terms.
    pub fn add(&mut self, terms: impl Iterator<Item = u32>) {
        self.docs += 1;
        for t in terms {
            if let Some(c) = self.df.get_mut(t as usize % VOCAB_BUCKETS) {
                *c = c.saturating_add(1);
            }
        }
    }

    /// Binary encoding.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(8 + self.df.len() * 4);
        out.extend_from_slice(&self.docs.to_le_bytes());
        for c in &self.df {
            out.extend_from_slice(&c.to_le_bytes());
        }
        out
    }

    /// Decodes [`Vocab::to_bytes`]; `None` when malformed.
    pub fn from_bytes(bytes: &[u8]) -> Option<Vocab> {
        let docs = u64::from_le_bytes(bytes.get(..8)?.try_into().ok()?);
        let body = bytes.get(8..)?;
        if body.len() != VOCAB_BUCKETS * 4 {
            return None;
        }
        let df = body.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
        Some(Vocab { df, docs })
    }
}

/// What clustering needs about one article.
#[derive(Debug, Clone, Default)]
pub struct Features {
    /// Publication time, seconds since the epoch.
    pub time: i64,
    /// Body TF-IDF, L2-normalised.
    pub body: SparseVec,
    /// Title TF-IDF, L2-normalised.
    pub title: SparseVec,
    /// Entity TF-IDF, L2-normalised.
    pub entities: SparseVec,
}

/// Raw term counts of an article, before weighting.
#[derive(Debug, Clone, Default)]
pub struct TermCounts {
    /// Body term counts.
    pub body: HashMap<u32, u32>,
    /// Title term counts.
    pub title: HashMap<u32, u32>,
    /// Entity counts.
    pub entities: HashMap<u32, u32>,
}

impl TermCounts {
    /// Counts the terms of `article`.
    pub fn of(article: &Article) -> TermCounts {
        let mut tc = TermCounts::default();
        // Names belong to the entity view: the body view holds what happened.
        let common = article
            .text
            .split_whitespace()
            .filter(|w| !w.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase));
        for w in common.flat_map(content_words) {
            *tc.body.entry(term_id(b'b', &w)).or_default() += 1;
        }
        for w in content_words(article.title.as_deref().unwrap_or("")) {
            *tc.title.entry(term_id(b'b', &w)).or_default() += 1;
        }
        if article.entities.is_empty() {
            for p in proper_nouns(&article.text) {
                *tc.entities.entry(term_id(b'e', &p)).or_default() += 1;
            }
        } else {
            for e in &article.entities {
                *tc.entities.entry(term_id(b'e', &e.canonical.to_lowercase())).or_default() += 1;
            }
        }
        tc
    }

    /// Every distinct term (for document frequencies).
    pub fn distinct_terms(&self) -> impl Iterator<Item = u32> + '_ {
        let title_only = self.title.keys().filter(|t| !self.body.contains_key(t));
        self.body.keys().chain(title_only).chain(self.entities.keys()).copied()
    }

    /// Weighted, truncated and normalised features.
    pub fn weigh(&self, vocab: &Vocab, time: i64) -> Features {
        Features {
            time,
            body: weigh(&self.body, vocab, BODY_TERMS),
            title: weigh(&self.title, vocab, TITLE_TERMS),
            entities: weigh(&self.entities, vocab, ENTITY_TERMS),
        }
    }
}

/// The title view [`TermCounts::weigh`] gives an article with this title,
/// computed from the title alone.
pub fn title_vector(title: &str, vocab: &Vocab) -> SparseVec {
    let mut counts: HashMap<u32, u32> = HashMap::new();
    for w in content_words(title) {
        *counts.entry(term_id(b'b', &w)).or_default() += 1;
    }
    weigh(&counts, vocab, TITLE_TERMS)
}

fn weigh(counts: &HashMap<u32, u32>, vocab: &Vocab, keep: usize) -> SparseVec {
    let mut v: SparseVec = counts.iter().map(|(&t, &c)| (t, (1.0 + (c as f32).ln()) * vocab.idf(t))).collect();
    v.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    v.truncate(keep);
    normalise(&mut v);
    v.sort_by_key(|x| x.0);
    v
}

/// Scales `v` to unit length (no-op on a zero vector).
pub fn normalise(v: &mut SparseVec) {
    let n = v.iter().map(|x| x.1 * x.1).sum::<f32>().sqrt();
    if n > 0.0 {
        for x in v.iter_mut() {
            x.1 /= n;
        }
    }
}

/// Dot product of two sorted sparse vectors.
/// The merge steps do not branch on the comparison (its outcome is
/// unpredictable); the sum is the same as a branching merge's.
pub fn dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let (mut i, mut j, mut s) = (0usize, 0usize, 0.0f32);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        let product = x.1 * y.1;
        s = if x.0 == y.0 { s + product } else { s };
        i += usize::from(x.0 <= y.0);
        j += usize::from(y.0 <= x.0);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proper_nouns_skip_sentence_starts() {
        let p = proper_nouns("The talks in Seoul ended. Blinken met Cho Tae-yul on Monday.");
        assert_eq!(p, vec!["seoul", "cho tae-yul"]);
    }

    #[test]
    fn vectors_are_unit_and_dot_is_cosine() {
        let a = Article { text: "missile launch missile test Pyongyang".into(), ..Default::default() };
        let f = TermCounts::of(&a).weigh(&Vocab::default(), 0);
        assert!((dot(&f.body, &f.body) - 1.0).abs() < 1e-4);
        let v = Vocab::default();
        assert_eq!(Vocab::from_bytes(&v.to_bytes()).map(|x| x.docs), Some(0));
    }
}
