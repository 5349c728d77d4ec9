//! Runs the stateful stages in memory (no store) over a generated corpus in
//! batches of 512, as the pipeline would, and prints one line per article:
//! `{"external_id", "id", "story_id", "duplicate_of"}`. Used by
//! `eval/stories/run.sh` when the store is unavailable, and by the benchmarks.
//!
//! Usage: `eval_corpus CORPUS.jsonl [--quiet]` (prints timing to stderr). With
//! `--quiet` (benchmarks) nothing is printed per article, stored articles older
//! than the stages' window are dropped from the in-memory map, and the cost per
//! article of each tenth of the stream goes to stderr (flat cost = the state
//! stays bounded as stories accumulate).

use std::collections::HashMap;
use std::io::{BufRead, Write};
use std::sync::Arc;

use storyline_model::{Article, ArticleInput};
use storyline_stories::StatefulStages;

/// CPU seconds (user + system, all threads) of this process so far, from
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
    let path = args.get(1).ok_or("usage: eval_corpus CORPUS.jsonl [--quiet]")?;
    let quiet = args.iter().any(|a| a == "--quiet");
    let reader = std::io::BufReader::new(std::fs::File::open(path)?);
    let mut inputs = Vec::new();
    for line in reader.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let i: ArticleInput = serde_json::from_str(&line)?;
        let text = i.text.clone().unwrap_or_default();
        let id = storyline_model::article_id(&text, i.url.as_deref());
        inputs.push(Article {
            id,
            source: path.clone(),
            external_id: i.id,
            url: i.url,
            outlet: i.outlet,
            title: i.title,
            published: i.published,
            text,
            ..Default::default()
        });
    }
    let n = inputs.len();
    let start = std::time::Instant::now();
    let cpu_start = cpu_seconds();
    let mut stages = StatefulStages::empty(Arc::new(storyline_analyse::Knowledge::default()));
    let mut config = storyline_stories::cluster::ClusterConfig::default();
    if let Some(t) = std::env::var("STORY_THRESHOLD").ok().and_then(|v| v.parse().ok()) {
        config.threshold = t;
    }
    if let Some(t) = std::env::var("STORY_W_ENTITIES").ok().and_then(|v| v.parse().ok()) {
        config.w_entities = t;
        config.w_body = 0.85 - t;
    }
    if let Some(t) = std::env::var("STORY_W_TITLE").ok().and_then(|v| v.parse().ok()) {
        config.w_title = t;
    }
    if let Some(t) = std::env::var("STORY_ENTITY_AGREEMENT").ok().and_then(|v| v.parse().ok()) {
        config.entity_agreement = t;
    }
    if let Some(t) = std::env::var("STORY_ENTITY_FLOOR").ok().and_then(|v| v.parse().ok()) {
        config.entity_floor = t;
    }
    if let Some(t) = std::env::var("STORY_MAX_CANDIDATES").ok().and_then(|v| v.parse().ok()) {
        config.max_candidates = t;
    }
    if let Some(t) = std::env::var("STORY_MAX_POSTINGS").ok().and_then(|v| v.parse().ok()) {
        config.max_postings = t;
    }
    stages.set_cluster_config(config);
    let mut stored: HashMap<String, Article> = HashMap::new();
    let mut stored_order: std::collections::VecDeque<(i64, String)> = std::collections::VecDeque::new();
    let mut removed_since_rebuild = 0usize;
    let mut redirects: HashMap<String, String> = HashMap::new();
    let mut peak_dedup = (0usize, 0usize);
    let tenth = n.div_ceil(10).max(1);
    let mut done = 0usize;
    let mut tenth_start = std::time::Instant::now();
    let mut tenth_cpu = cpu_seconds();
    let mut tenth_done = 0usize;
    for chunk in inputs.chunks(512) {
        let batch = {
            let lookup = |id: &str| Ok(stored.get(id).cloned());
            stages.process_with(&lookup, chunk.to_vec())?
        };
        for a in batch.articles {
            let id = a.id.clone();
            let time = storyline_stories::published_time(a.published.as_deref());
            if stored.insert(id.clone(), a).is_none() {
                if let Some(t) = time {
                    stored_order.push_back((t, id));
                }
            }
        }
        for (old, new) in batch.story_redirects {
            redirects.insert(old, new);
        }
        let m = stages.dedup_memory_bytes();
        if m.0 > peak_dedup.0 {
            peak_dedup = m;
        }
        done += chunk.len();
        if quiet {
            let newest = chunk
                .iter()
                .filter_map(|a| storyline_stories::published_time(a.published.as_deref()))
                .max()
                .unwrap_or(i64::MIN);
            // Drops stored articles older than the window (and a margin), in
            // the order they were stored (the stream is in publication order),
            // without scanning the map.
            let cutoff = newest.saturating_sub((storyline_stories::WINDOW_DAYS + 15) * 86_400);
            while stored_order.front().is_some_and(|(t, _)| *t < cutoff) {
                if let Some((_, id)) = stored_order.pop_front() {
                    stored.remove(&id);
                    removed_since_rebuild += 1;
                }
            }
            // A store does not churn one hash map; rebuilding it now and then
            // keeps removal tombstones from slowing this simulation down.
            if removed_since_rebuild > stored.len().max(1024) {
                stored = std::mem::take(&mut stored).into_iter().collect();
                removed_since_rebuild = 0;
            }
            if done / tenth > tenth_done {
                let k = done - tenth_done * tenth;
                let cpu_now = cpu_seconds();
                eprintln!(
                    "  up to {done} articles: {:.1} µs/article, {:.1} µs CPU/article ({} stories held, dedup index {} articles)",
                    tenth_start.elapsed().as_secs_f64() * 1e6 / k.max(1) as f64,
                    (cpu_now - tenth_cpu) * 1e6 / k.max(1) as f64,
                    stages.stories_held(),
                    m.1
                );
                tenth_done = done / tenth;
                tenth_start = std::time::Instant::now();
                tenth_cpu = cpu_now;
            }
        }
    }
    let secs = start.elapsed().as_secs_f64();
    eprintln!(
        "stages: {n} articles in {secs:.2}s = {:.0} articles/s; dedup index {} bytes for {} articles = {:.0} B/article",
        n as f64 / secs,
        peak_dedup.0,
        peak_dedup.1,
        peak_dedup.0 as f64 / peak_dedup.1.max(1) as f64
    );
    let cpu = cpu_seconds() - cpu_start;
    eprintln!("cpu: {cpu:.2}s for {n} articles = {:.1} µs CPU/article (all threads)", cpu * 1e6 / n.max(1) as f64);
    if quiet {
        return Ok(());
    }
    let resolve = |mut s: String| {
        for _ in 0..64 {
            match redirects.get(&s) {
                Some(n) => s = n.clone(),
                None => break,
            }
        }
        s
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for a in inputs {
        let Some(s) = stored.get(&a.id) else { continue };
        let obj = serde_json::json!({
            "external_id": s.external_id, "id": s.id,
            "story_id": s.story_id.clone().map(&resolve), "duplicate_of": s.duplicate_of,
        });
        writeln!(out, "{obj}")?;
    }
    Ok(())
}
