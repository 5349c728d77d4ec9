//! Diagnostic: per-view cosines (body, title, entities) of article pairs in the
//! same gold story and in different gold stories within `DAYS` days, to see
//! which views separate events. Usage: `view_cosines CORPUS.jsonl GOLD.jsonl [DAYS]`.

use std::collections::HashMap;
use std::io::BufRead;

use storyline_model::{Article, ArticleInput};
use storyline_stories::features::{dot, TermCounts, Vocab};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (Some(corpus), Some(gold)) = (args.get(1), args.get(2)) else { return Err("usage".into()) };
    let days: i64 = args.get(3).and_then(|d| d.parse().ok()).unwrap_or(3);
    let mut story: HashMap<String, String> = HashMap::new();
    for line in std::io::BufReader::new(std::fs::File::open(gold)?).lines() {
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        story.insert(v["id"].as_str().unwrap_or("").into(), v["story"].as_str().unwrap_or("").into());
    }
    let mut arts = Vec::new();
    for line in std::io::BufReader::new(std::fs::File::open(corpus)?).lines().take(3000) {
        let i: ArticleInput = serde_json::from_str(&line?)?;
        arts.push(Article {
            external_id: i.id,
            title: i.title,
            published: i.published,
            text: i.text.unwrap_or_default(),
            ..Default::default()
        });
    }
    let counts: Vec<TermCounts> = arts.iter().map(TermCounts::of).collect();
    let mut vocab = Vocab::default();
    for c in &counts {
        vocab.add(c.distinct_terms());
    }
    let feats: Vec<_> = counts
        .iter()
        .zip(&arts)
        .map(|(c, a)| c.weigh(&vocab, storyline_stories::published_time(a.published.as_deref()).unwrap_or(0)))
        .collect();
    let mut same: Vec<[f32; 3]> = Vec::new();
    let mut diff: Vec<[f32; 3]> = Vec::new();
    for i in 0..arts.len() {
        for j in i + 1..arts.len() {
            if (feats[i].time - feats[j].time).abs() > days * 86_400 {
                continue;
            }
            let v = [
                dot(&feats[i].body, &feats[j].body),
                dot(&feats[i].title, &feats[j].title),
                dot(&feats[i].entities, &feats[j].entities),
            ];
            let si = story.get(arts[i].external_id.as_deref().unwrap_or(""));
            let sj = story.get(arts[j].external_id.as_deref().unwrap_or(""));
            if si == sj {
                same.push(v);
            } else {
                diff.push(v);
            }
        }
    }
    for (name, mut set) in [("same story", same), ("different", diff)] {
        println!("{name}: {} pairs", set.len());
        for (k, view) in ["body", "title", "entities"].iter().enumerate() {
            set.sort_by(|a, b| a[k].total_cmp(&b[k]));
            let q = |p: f64| set.get(((set.len() as f64 - 1.0) * p) as usize).map_or(0.0, |x| x[k]);
            println!("  {view:>8}: p10 {:.3} p50 {:.3} p90 {:.3} p99 {:.3}", q(0.1), q(0.5), q(0.9), q(0.99));
        }
    }
    Ok(())
}
