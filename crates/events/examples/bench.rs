//! Throughput of the full analysis, and of analysis plus event coding, on one core over a generated news
//! corpus: `cargo run --release -p storyline-events --example bench -- [SENTENCES]` (default 100000).
//!
//! The corpus is built from news-style sentence templates filled with actors, numbers and dates from a seeded
//! generator, so every run measures the same text.

use std::sync::Arc;
use std::time::Instant;

use storyline_analyse::{Analyser, Knowledge};
use storyline_events::EventCoder;

const TEMPLATES: &[&str] = &[
    "{P} said on {D} that {C} intends to share advanced satellite technology with {C2}.",
    "\"We will not accept any threat to our sovereignty,\" {P} told reporters in {K}.",
    "{C} deployed about {N} soldiers to the border region, according to officials in {K}.",
    "The foreign ministers of {C} and {C2} held talks in {K} on {D}, the ministry said.",
    "{C} condemned the missile launch by {C2} and called for an emergency meeting of the UN Security Council.",
    "More than {N} people were killed in shelling near {K} late {D}, local authorities said.",
    "{P} signed an agreement worth ${N} million with {C2} during a visit in {M}.",
    "According to {P}, {C} has supplied some {N} artillery shells to {C2} since {M}.",
    "Officials in {K} denied that {C} had attacked the convoy, calling the report \"false and malicious\".",
    "The U.S. Treasury imposed sanctions on {N} companies accused of helping {C2} evade export controls.",
    "Prime Minister {P} will visit {C2} next week to discuss trade, energy and defence cooperation.",
    "Gen. {P} warned that {C} was ready to respond \"with all means\" if {C2} crossed the line.",
    "The talks, which began on {D}, were the first since 2019, Yonhap news agency reported.",
    "Inflation rose 3.4% in {M}, the statistics office said, above the 2% target.",
];
const PEOPLE: &[&str] = &[
    "Antony Blinken",
    "Cho Tae-yul",
    "Vladimir Putin",
    "Sergei Lavrov",
    "Olaf Scholz",
    "Narendra Modi",
    "Emmanuel Macron",
    "Wang Yi",
    "Kim Jong Un",
    "Recep Tayyip Erdogan",
    "Volodymyr Zelensky",
    "Fumio Kishida",
];
const COUNTRIES: &[&str] = &[
    "Russia",
    "North Korea",
    "South Korea",
    "China",
    "Japan",
    "Ukraine",
    "Iran",
    "Israel",
    "India",
    "Pakistan",
    "Germany",
    "France",
    "Turkey",
    "Brazil",
];
const PLACES: &[&str] = &["Seoul", "Moscow", "Beijing", "Kyiv", "Tokyo", "Tehran", "Ankara", "Geneva", "Brussels"];
const DAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Nov. 9"];
const MONTHS: &[&str] = &["January", "March", "September", "October 2023", "last year"];

struct Rng(u64);

impl Rng {
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let i = (self.0 >> 33) as usize % items.len().max(1);
        items.get(i).copied().unwrap_or("")
    }

    fn number(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 40) % 20000 + 2
    }
}

fn corpus(sentences: usize) -> Vec<String> {
    let mut rng = Rng(42);
    let mut docs = Vec::new();
    let mut doc = String::new();
    for i in 0..sentences {
        let t = rng.pick(TEMPLATES);
        let mut s = t.to_string();
        for (slot, pool) in [("{P}", PEOPLE), ("{C2}", COUNTRIES), ("{C}", COUNTRIES), ("{K}", PLACES), ("{D}", DAYS)] {
            while s.contains(slot) {
                s = s.replacen(slot, rng.pick(pool), 1);
            }
        }
        while s.contains("{M}") {
            s = s.replacen("{M}", rng.pick(MONTHS), 1);
        }
        while s.contains("{N}") {
            let n = rng.number();
            s = s.replacen("{N}", &n.to_string(), 1);
        }
        doc.push_str(&s);
        doc.push_str(if i % 3 == 2 { "\n\n" } else { " " });
        if i % 24 == 23 {
            docs.push(std::mem::take(&mut doc));
        }
    }
    if !doc.is_empty() {
        docs.push(doc);
    }
    docs
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let target: usize = std::env::args().nth(1).map(|s| s.parse()).transpose()?.unwrap_or(100_000);
    let docs = corpus(target);
    let knowledge = Arc::new(Knowledge::builtin()?);
    let analyser = Analyser::new(knowledge.clone());
    let coder = EventCoder::new(knowledge)?;
    let date = chrono::NaiveDate::from_ymd_opt(2025, 1, 6);
    let bytes: usize = docs.iter().map(String::len).sum();

    let mut best_analysis = f64::MAX;
    let mut best_both = f64::MAX;
    let mut sentences = 0usize;
    let mut events = 0usize;
    for _ in 0..3 {
        let start = Instant::now();
        sentences = docs.iter().map(|d| analyser.analyse(d, date).sentences.len()).sum();
        best_analysis = best_analysis.min(start.elapsed().as_secs_f64());
        let start = Instant::now();
        events = 0;
        for (i, d) in docs.iter().enumerate() {
            let a = analyser.analyse(d, date);
            events += coder.code(&i.to_string(), d, &a, date).len();
        }
        best_both = best_both.min(start.elapsed().as_secs_f64());
    }
    println!("corpus: {} documents, {} sentences, {:.1} MB", docs.len(), sentences, bytes as f64 / 1e6);
    println!(
        "analysis: {:.0} sentences/s per core ({:.2} s, best of 3)",
        sentences as f64 / best_analysis,
        best_analysis
    );
    println!(
        "analysis + event coding: {:.0} sentences/s per core ({:.2} s, best of 3; {} events)",
        sentences as f64 / best_both,
        best_both,
        events
    );
    Ok(())
}
