//! Near-duplicate throughput and pair recall of [`storyline_dedup::DedupIndex`]
//! on a generated corpus (`benches/dedup/run.sh` compares it with datasketch).
//!
//! Reads `corpus.jsonl` (`id`, `text`, `published`) and `gold.jsonl` (`id`,
//! `dup_group`), indexes every article in publication order on one thread
//! (normalise, shingle, MinHash, LSH, verify), with a window wide enough to
//! hold the whole corpus, and prints one JSON line: articles/s, the index's
//! memory per article, and pair precision/recall against gold.
//!
//! Usage: `dedup_bench CORPUS.jsonl GOLD.jsonl`.

use std::collections::{HashMap, HashSet};
use std::io::BufRead;

use storyline_dedup::{DedupConfig, DedupIndex, Sketch};

fn read_jsonl(path: &str) -> Result<Vec<serde_json::Value>, Box<dyn std::error::Error>> {
    let mut out = Vec::new();
    for line in std::io::BufReader::new(std::fs::File::open(path)?).lines() {
        let line = line?;
        if !line.trim().is_empty() {
            out.push(serde_json::from_str(&line)?);
        }
    }
    Ok(out)
}

fn field(v: &serde_json::Value, k: &str) -> String {
    v.get(k).and_then(|x| x.as_str()).unwrap_or_default().to_string()
}

fn pairs(groups: &HashMap<String, Vec<usize>>) -> HashSet<(usize, usize)> {
    let mut out = HashSet::new();
    for members in groups.values() {
        for (i, &a) in members.iter().enumerate() {
            for &b in members.iter().skip(i + 1) {
                out.insert((a.min(b), a.max(b)));
            }
        }
    }
    out
}

/// CPU seconds (user + system) used by this process so far, from
/// `/proc/self/stat` (the machine is shared, so wall time alone is noisy).
fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else { return 0.0 };
    let Some(after) = stat.rsplit_once(')').map(|x| x.1) else { return 0.0 };
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (Some(corpus), Some(gold)) = (args.get(1), args.get(2)) else {
        return Err("usage: dedup_bench CORPUS.jsonl GOLD.jsonl".into());
    };
    let docs = read_jsonl(corpus)?;
    let gold = read_jsonl(gold)?;
    let gold_group: HashMap<String, String> = gold.iter().map(|g| (field(g, "id"), field(g, "dup_group"))).collect();
    let mut order: Vec<(i64, usize)> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let t = chrono::DateTime::parse_from_rfc3339(&field(d, "published")).map(|x| x.timestamp()).unwrap_or(0);
            (t, i)
        })
        .collect();
    order.sort_unstable();
    let ids: Vec<String> = docs.iter().map(|d| field(d, "id")).collect();
    let texts: Vec<String> = docs.iter().map(|d| field(d, "text")).collect();
    let slot_of: rustc_hash::FxHashMap<&str, usize> = ids.iter().enumerate().map(|(i, s)| (s.as_str(), i)).collect();

    let start = std::time::Instant::now();
    let cpu_start = cpu_seconds();
    let mut config = DedupConfig { window_days: 100_000, ..Default::default() };
    let env = |k: &str| std::env::var(k).ok().and_then(|v| v.parse::<usize>().ok());
    config.max_bucket = env("DEDUP_MAX_BUCKET").unwrap_or(config.max_bucket);
    config.max_verified = env("DEDUP_MAX_VERIFIED").unwrap_or(config.max_verified);
    config.min_containment_shingles = env("DEDUP_MIN_CONTAINMENT").unwrap_or(config.min_containment_shingles);
    let mut index = DedupIndex::new(config);
    let mut shingles: Vec<Vec<u64>> = vec![Vec::new(); docs.len()];
    let mut canonical: Vec<usize> = (0..docs.len()).collect();
    let mut sketch_secs = 0.0f64;
    for &(time, i) in &order {
        let (Some(id), Some(text)) = (ids.get(i), texts.get(i)) else { continue };
        let t0 = std::time::Instant::now();
        let sketch = Sketch::of_text(text);
        sketch_secs += t0.elapsed().as_secs_f64();
        let outcome = {
            let store = &shingles;
            let lookup = &slot_of;
            index.insert_with(id, time, &sketch, &mut |cid, visit| {
                if let Some(s) = lookup.get(cid).and_then(|&j| store.get(j)) {
                    visit(s);
                }
            })
        };
        if let Some(slot) = shingles.get_mut(i) {
            *slot = sketch.shingles;
        }
        if let Some(m) = outcome.duplicate {
            if let (Some(&c), Some(slot)) = (slot_of.get(m.canonical.as_str()), canonical.get_mut(i)) {
                *slot = c;
            }
        }
        for (other, link) in outcome.repointed {
            let target = link.and_then(|m| slot_of.get(m.canonical.as_str()).copied());
            if let Some(&o) = slot_of.get(other.as_str()) {
                if let Some(slot) = canonical.get_mut(o) {
                    *slot = target.unwrap_or(o);
                }
            }
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let cpu_secs = cpu_seconds() - cpu_start;
    let memory = index.memory_bytes();

    let mut predicted: HashMap<String, Vec<usize>> = HashMap::new();
    let mut truth: HashMap<String, Vec<usize>> = HashMap::new();
    for i in 0..docs.len() {
        let Some(id) = ids.get(i) else { continue };
        let root = canonical.get(i).copied().unwrap_or(i);
        predicted.entry(root.to_string()).or_default().push(i);
        truth.entry(gold_group.get(id).cloned().unwrap_or_else(|| id.clone())).or_default().push(i);
    }
    let (pp, tp) = (pairs(&predicted), pairs(&truth));
    let hits = pp.intersection(&tp).count() as f64;
    let precision = if pp.is_empty() { 1.0 } else { hits / pp.len() as f64 };
    let recall = if tp.is_empty() { 1.0 } else { hits / tp.len() as f64 };
    println!(
        "{}",
        serde_json::json!({
            "tool": "storyline-dedup", "articles": docs.len(), "seconds": secs,
            "articles_per_s": docs.len() as f64 / secs, "sketch_seconds": sketch_secs,
            "cpu_seconds": cpu_secs, "articles_per_cpu_s": docs.len() as f64 / cpu_secs.max(1e-9), "index_bytes": memory,
            "bytes_per_article": memory as f64 / index.len().max(1) as f64,
            "pair_precision": precision, "pair_recall": recall,
            "gold_pairs": tp.len(), "predicted_pairs": pp.len(),
        })
    );
    Ok(())
}
