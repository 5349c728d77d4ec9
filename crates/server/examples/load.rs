//! Load benchmark helper for `storyline serve` (driven by `benches/server/run.sh`).
//!
//! `load gen N OUT.jsonl [SEED]` writes N synthetic news articles: wire stories
//! rewritten by several outlets (shuffled sentences, paraphrases, differing
//! figures), spread over two years, in the `.jsonl` ingest format.
//!
//! `load run BASE_URL REQUESTS CONCURRENCY` drives a bounded loopback load:
//! a fixed number of requests, half `GET /api/search?q=...`, half
//! `GET /api/stories/{id}`, from CONCURRENCY keep-alive connections, and
//! prints throughput, p50/p90/p99/max latency and the error count per endpoint
//! (human-readable on stderr, one JSON line on stdout).

use std::io::{BufWriter, Write};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use http_body_util::{BodyExt, Empty};
use hyper::body::Bytes;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;

type Error = Box<dyn std::error::Error + Send + Sync>;

/// A small deterministic generator (SplitMix64), so runs are reproducible without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, items: &'a [&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const COUNTRIES: &[&str] = &[
    "Russia",
    "Ukraine",
    "North Korea",
    "South Korea",
    "Japan",
    "China",
    "the United States",
    "France",
    "Germany",
    "Poland",
    "Iran",
    "Israel",
    "Turkey",
    "India",
    "Pakistan",
    "Brazil",
    "Mexico",
    "Canada",
    "the United Kingdom",
    "Italy",
    "Spain",
    "Egypt",
    "Saudi Arabia",
    "Syria",
    "Venezuela",
    "Nigeria",
    "Kenya",
    "Ethiopia",
    "Australia",
    "Indonesia",
    "Vietnam",
    "the Philippines",
    "Taiwan",
    "Georgia",
];
const OFFICIALS: &[&str] = &[
    "the foreign minister",
    "the defence minister",
    "the prime minister",
    "the president",
    "a senior diplomat",
    "the interior minister",
    "the finance minister",
    "a military spokesperson",
    "the ambassador",
];
const PEOPLE: &[&str] = &[
    "Maria Kovacs",
    "John Hartley",
    "Chen Wei",
    "Amira Haddad",
    "Sergei Orlov",
    "Park Min-jun",
    "Yuki Tanaka",
    "Lucas Moreau",
    "Anna Schmidt",
    "Ravi Sharma",
    "Fatima Bello",
    "Diego Alvarez",
    "Olena Bondar",
    "Omar Farouk",
];
const ACTIONS: &[(&str, &str)] = &[
    ("signed an agreement on", "agreement"),
    ("announced new sanctions over", "sanctions"),
    ("held talks about", "talks"),
    ("pledged military aid for", "aid"),
    ("condemned the strike on", "strike"),
    ("deployed troops near", "deployment"),
    ("launched a missile towards", "missile"),
    ("opened an investigation into", "investigation"),
    ("expanded trade with", "trade"),
    ("offered satellite technology to", "satellite"),
    ("restored diplomatic ties with", "diplomacy"),
    ("accused", "accusation"),
];
const SUBJECTS: &[&str] = &[
    "energy supplies",
    "border security",
    "grain exports",
    "nuclear inspections",
    "cyber attacks",
    "refugee flows",
    "naval patrols",
    "air defence systems",
    "artillery shells",
    "drone production",
    "fishing rights",
    "rare earth minerals",
    "pipeline construction",
    "election monitoring",
    "port access",
    "space launches",
];
const COUNTED: &[&str] =
    &["soldiers", "artillery shells", "drones", "refugees", "tonnes of grain", "vehicles", "civilians", "ships"];
const CITIES: &[&str] = &[
    "Seoul",
    "Kyiv",
    "Moscow",
    "Tokyo",
    "Beijing",
    "Washington",
    "Paris",
    "Berlin",
    "Warsaw",
    "Tehran",
    "Ankara",
    "New Delhi",
    "Brussels",
    "Geneva",
    "Vienna",
    "Cairo",
    "Riyadh",
    "Jakarta",
    "Hanoi",
    "Manila",
];
const OUTLETS: &[&str] = &[
    "Daily Wire Service",
    "The Morning Ledger",
    "Global Desk",
    "Capital Herald",
    "The Evening Post",
    "Metro Times",
    "Northern Star",
    "Coastal Chronicle",
    "Eastern Observer",
    "The Correspondent",
    "World Brief",
    "Citizen Report",
    "Harbor News",
    "Frontline Daily",
    "The Dispatch",
    "Plain Dealer Online",
    "Summit Review",
    "Field Notes",
    "The Sentinel",
    "Bulletin International",
];
const FILLER: &[&str] = &[
    "Analysts said the move could reshape the regional balance for years.",
    "Officials declined to give further details, citing security concerns.",
    "The announcement drew sharp criticism from opposition lawmakers.",
    "Markets reacted calmly to the news, with currencies little changed.",
    "Diplomats expect further meetings in the coming weeks.",
    "Human rights groups called for an independent review of the decision.",
    "The statement did not say when the measures would take effect.",
    "Neighbouring governments said they were monitoring the situation closely.",
];

/// One real-world event that several outlets report.
struct WireStory {
    actor: String,
    partner: String,
    action: (&'static str, &'static str),
    subject: String,
    city: String,
    speaker: String,
    official: String,
    number: u64,
    counted: String,
    day: u32,
}

fn wire_story(rng: &mut Rng) -> WireStory {
    let actor = rng.pick(COUNTRIES).to_string();
    let mut partner = rng.pick(COUNTRIES).to_string();
    if partner == actor {
        partner = COUNTRIES[(rng.below(COUNTRIES.len() - 1) + 1) % COUNTRIES.len()].to_string();
    }
    WireStory {
        action: ACTIONS[rng.below(ACTIONS.len())],
        subject: rng.pick(SUBJECTS).to_string(),
        city: rng.pick(CITIES).to_string(),
        speaker: rng.pick(PEOPLE).to_string(),
        official: rng.pick(OFFICIALS).to_string(),
        number: (rng.below(200) as u64 + 1) * 100,
        counted: rng.pick(COUNTED).to_string(),
        day: rng.below(730) as u32,
        actor,
        partner,
    }
}

fn date_of(day: u32) -> String {
    // Days from 2023-01-01, with 30-day months for simplicity.
    let year = 2023 + day / 360;
    let month = (day % 360) / 30 + 1;
    let dom = day % 30 + 1;
    format!("{year}-{month:02}-{dom:02}")
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// One outlet's version of the story: shuffled sentences, sometimes a different figure.
fn rewrite(rng: &mut Rng, w: &WireStory, copy: usize) -> (String, String) {
    let number = if copy > 0 && rng.below(4) == 0 { w.number + 100 * (rng.below(5) as u64 + 1) } else { w.number };
    let approx = ["some", "about", "more than", "nearly", "at least"][rng.below(5)];
    let title = match rng.below(3) {
        0 => format!("{} {} {} {}", capitalise(&w.actor), w.action.0, w.partner, w.subject),
        1 => format!("{}: {} and {} in {} row", w.speaker, capitalise(&w.actor), w.partner, w.action.1),
        _ => format!("{} {} {}, officials say", capitalise(&w.actor), w.action.0, w.partner),
    };
    let mut sentences = vec![
        format!(
            "{} {} {} on Monday, {} {} said in {}.",
            capitalise(&w.actor),
            w.action.0,
            w.partner,
            w.official,
            w.speaker,
            w.city
        ),
        format!("The decision concerns {} and follows months of tension between the two governments.", w.subject),
        format!("\"We will not accept threats to our {},\" {} told reporters.", w.subject, w.speaker),
        format!("Officials said {approx} {number} {} were involved.", w.counted),
        format!(
            "{} responded that the step was {}.",
            capitalise(&w.partner),
            ["regrettable", "welcome", "unlawful", "overdue"][rng.below(4)]
        ),
    ];
    for _ in 0..(2 + rng.below(4)) {
        sentences.push(rng.pick(FILLER).to_string());
    }
    let lead = sentences.remove(0);
    for i in (1..sentences.len()).rev() {
        let j = rng.below(i + 1);
        sentences.swap(i, j);
    }
    let mut text = lead;
    for (i, s) in sentences.iter().enumerate() {
        text.push_str(if i % 2 == 0 { "\n\n" } else { " " });
        text.push_str(s);
    }
    (title, text)
}

fn generate(n: usize, out: &str, seed: u64) -> Result<(), Error> {
    let mut rng = Rng(seed);
    let mut w = BufWriter::new(std::fs::File::create(out)?);
    let mut written = 0usize;
    let mut story_no = 0usize;
    while written < n {
        let story = wire_story(&mut rng);
        let copies = 1 + rng.below(4);
        for copy in 0..copies {
            if written >= n {
                break;
            }
            let (title, text) = rewrite(&mut rng, &story, copy);
            let outlet = OUTLETS[(story_no + copy * 7) % OUTLETS.len()];
            let line = serde_json::json!({
                "id": format!("gen-{written}"),
                "title": title,
                "text": text,
                "outlet": outlet,
                "published": date_of(story.day + rng.below(3) as u32),
                "url": format!("https://example.org/{}/{story_no}/{copy}", outlet.to_lowercase().replace(' ', "-")),
            });
            writeln!(w, "{line}")?;
            written += 1;
        }
        story_no += 1;
    }
    w.flush()?;
    eprintln!("wrote {written} articles in {story_no} wire stories to {out}");
    Ok(())
}

#[derive(Default)]
struct Samples {
    latencies: Vec<Duration>,
    errors: usize,
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let idx = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[idx.min(sorted.len() - 1)].as_secs_f64() * 1000.0
}

type HttpClient = Client<hyper_util::client::legacy::connect::HttpConnector, Empty<Bytes>>;

async fn fetch(client: &HttpClient, url: &str) -> Result<(u16, Bytes), Error> {
    let resp = client.get(url.parse()?).await?;
    let status = resp.status().as_u16();
    let body = resp.into_body().collect().await?.to_bytes();
    Ok((status, body))
}

async fn run(base: &str, requests: usize, concurrency: usize) -> Result<(), Error> {
    let client: HttpClient = Client::builder(TokioExecutor::new()).pool_max_idle_per_host(concurrency).build_http();
    // Story ids to request: spread over the whole list.
    let (status, first) = fetch(&client, &format!("{base}/api/stories?limit=100")).await?;
    if status != 200 {
        return Err(format!("GET /api/stories answered {status}").into());
    }
    let page: serde_json::Value = serde_json::from_slice(&first)?;
    let total = page["total"].as_u64().unwrap_or(0) as usize;
    let mut ids: Vec<String> = Vec::new();
    let step = (total / 20).max(100);
    let mut offset = 0;
    while offset < total && ids.len() < 2000 {
        let (_, body) = fetch(&client, &format!("{base}/api/stories?limit=100&offset={offset}")).await?;
        let v: serde_json::Value = serde_json::from_slice(&body)?;
        ids.extend(v["stories"].as_array().into_iter().flatten().filter_map(|s| s["id"].as_str().map(String::from)));
        offset += step;
    }
    if ids.is_empty() {
        return Err("the store has no stories to request".into());
    }
    let mut queries: Vec<String> = SUBJECTS.iter().map(|s| s.to_string()).collect();
    queries.extend(COUNTRIES.iter().map(|c| c.trim_start_matches("the ").to_string()));
    queries.extend(["satellite", "missile", "sanctions", "talks", "refugees", "drones"].map(String::from));
    eprintln!("{total} stories; requesting {} story ids and {} queries", ids.len(), queries.len());

    let ids = Arc::new(ids);
    let queries = Arc::new(queries);
    let next = Arc::new(AtomicUsize::new(0));
    let search = Arc::new(Mutex::new(Samples::default()));
    let story = Arc::new(Mutex::new(Samples::default()));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for worker in 0..concurrency {
        let (client, ids, queries, next) = (client.clone(), ids.clone(), queries.clone(), next.clone());
        let (search, story) = (search.clone(), story.clone());
        let base = base.to_string();
        tasks.push(tokio::spawn(async move {
            let mut rng = Rng(0x5EED ^ worker as u64);
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= requests {
                    break;
                }
                let is_search = i % 2 == 0;
                let url = if is_search {
                    let q = &queries[rng.below(queries.len())];
                    format!("{base}/api/search?q={}&limit=10", q.replace(' ', "+"))
                } else {
                    format!("{base}/api/stories/{}", ids[rng.below(ids.len())])
                };
                let t = Instant::now();
                let ok = matches!(fetch(&client, &url).await, Ok((200, _)));
                let elapsed = t.elapsed();
                let target = if is_search { &search } else { &story };
                if let Ok(mut s) = target.lock() {
                    s.latencies.push(elapsed);
                    if !ok {
                        s.errors += 1;
                    }
                }
            }
        }));
    }
    for t in tasks {
        t.await?;
    }
    let wall = started.elapsed().as_secs_f64();
    let mut report = serde_json::Map::new();
    report.insert("requests".into(), requests.into());
    report.insert("concurrency".into(), concurrency.into());
    report.insert("seconds".into(), wall.into());
    report.insert("throughput_rps".into(), (requests as f64 / wall).into());
    eprintln!("{requests} requests, concurrency {concurrency}, {wall:.2} s, {:.0} req/s", requests as f64 / wall);
    for (name, samples) in [("search", &search), ("story", &story)] {
        let s = samples.lock().map_err(|_| "poisoned")?;
        let mut lat = s.latencies.clone();
        lat.sort();
        let (p50, p90, p99) = (percentile(&lat, 0.50), percentile(&lat, 0.90), percentile(&lat, 0.99));
        let max = lat.last().map_or(0.0, |d| d.as_secs_f64() * 1000.0);
        eprintln!(
            "  {name:<6} n={:<6} errors={:<4} p50={p50:.2} ms p90={p90:.2} ms p99={p99:.2} ms max={max:.2} ms",
            lat.len(),
            s.errors
        );
        report.insert(
            name.into(),
            serde_json::json!({"n": lat.len(), "errors": s.errors, "p50_ms": p50, "p90_ms": p90, "p99_ms": p99, "max_ms": max}),
        );
    }
    println!("{}", serde_json::Value::Object(report));
    Ok(())
}

fn usage() -> Error {
    "usage: load gen N OUT.jsonl [SEED] | load run BASE_URL REQUESTS CONCURRENCY".into()
}

fn main() -> Result<(), Error> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("gen") => {
            let n: usize = args.get(1).ok_or_else(usage)?.parse()?;
            let out = args.get(2).ok_or_else(usage)?;
            let seed: u64 = args.get(3).map(|s| s.parse()).transpose()?.unwrap_or(7);
            generate(n, out, seed)
        }
        Some("run") => {
            let base = args.get(1).ok_or_else(usage)?.trim_end_matches('/').to_string();
            let requests: usize = args.get(2).ok_or_else(usage)?.parse()?;
            let concurrency: usize = args.get(3).ok_or_else(usage)?.parse()?;
            let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
            rt.block_on(run(&base, requests, concurrency.max(1)))
        }
        _ => Err(usage()),
    }
}
