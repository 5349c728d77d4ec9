//! Shared test fixtures: a fresh store seeded with the example documents, and the app over it.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::Arc;

use storyline_analyse::Knowledge;
use storyline_model::ArticleInput;
use storyline_pipeline::{ArticlePipeline, Ingestor};
use storyline_server::{AppState, ServeOptions};
use storyline_store::Store;

/// Token used by write-enabled fixtures.
pub const TOKEN: &str = "test-token-0123456789";

/// Where the seed documents live (the repository's `examples/`).
pub fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples")
}

/// Publication metadata a feed or JSONL export would carry with each seed
/// (the plain-text files themselves do not all state an outlet or a date).
fn seed_metadata(file_name: &str) -> (Option<&'static str>, Option<&'static str>) {
    match file_name {
        n if n.starts_with("000_") => (Some("Euromaidan Press"), Some("2025-01-06")),
        n if n.starts_with("001_") => (Some("Yonhap"), None),
        n if n.starts_with("004_") => (Some("The Kyiv Independent"), None),
        _ => (None, None),
    }
}

/// The seed documents as API/JSONL inputs, sorted by file name.
pub fn seed_inputs() -> Vec<ArticleInput> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(seeds_dir())
        .expect("examples/ directory with the seed documents")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 3, "expected the three seed documents in {}", seeds_dir().display());
    paths
        .iter()
        .map(|p| {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let (outlet, published) = seed_metadata(&name);
            ArticleInput {
                id: Some(name),
                text: Some(std::fs::read_to_string(p).expect("seed readable")),
                outlet: outlet.map(String::from),
                published: published.map(String::from),
                ..Default::default()
            }
        })
        .collect()
}

/// A fresh store under a temporary directory.
pub fn fresh_store() -> (Arc<Store>, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Arc::new(Store::open(&dir.path().join("store")).expect("store opens"));
    (store, dir)
}

/// An ingestor over `store` with the built-in knowledge.
pub fn ingestor(store: Arc<Store>) -> (Ingestor, Arc<Knowledge>) {
    let knowledge = Arc::new(Knowledge::builtin().expect("built-in knowledge"));
    let pipeline = ArticlePipeline::new(knowledge.clone()).expect("pipeline");
    (Ingestor::new(store, pipeline).expect("ingestor"), knowledge)
}

/// Ingests the seeds through the same path as `storyline ingest` of a `.jsonl` file.
pub fn ingest_seeds(ingestor: &mut Ingestor) {
    let docs: Vec<_> = seed_inputs().into_iter().map(|i| storyline_ingest::from_input("seeds.jsonl", i)).collect();
    let summary = ingestor.ingest(docs.into_iter(), &mut |_| {}).expect("ingest");
    assert!(summary.rejected.is_empty(), "seeds rejected: {:?}", summary.rejected);
}

/// Options for a test server.
pub fn options(allow_writes: bool, token: Option<&str>, max_body_bytes: usize) -> ServeOptions {
    ServeOptions {
        addr: "127.0.0.1:0".parse().expect("addr"),
        allow_writes,
        token: token.map(String::from),
        max_body_bytes,
    }
}

/// The app over a fresh store, seeded or not.
pub fn app(seeded: bool, opts: &ServeOptions) -> (axum::Router, Arc<Store>, tempfile::TempDir) {
    let (store, dir) = fresh_store();
    let (mut ing, knowledge) = ingestor(store.clone());
    if seeded {
        ingest_seeds(&mut ing);
    }
    let state = AppState::new(ing, knowledge, opts).expect("state");
    (storyline_server::router(state), store, dir)
}

/// A store holding hand-made records that exercise every part of the UI
/// (duplicates, quotes, numbers with a discrepancy, events in two years),
/// independent of what the analysis stages find.
pub fn fixture_store() -> (Arc<Store>, tempfile::TempDir) {
    use storyline_model::{
        Actor, Article, Discrepancy, DiscrepancyValue, EntityType, Event, Quantity, Quote, Story, TopEntity,
    };
    let (store, dir) = fresh_store();
    let span = |text: &str, needle: &str| -> (usize, usize) {
        let start = text.find(needle).unwrap_or(0);
        (start, start + needle.len())
    };
    let event = |id: &str, article: &str, story: &str, date: &str, src: &str, tgt: &str, quad: u8| Event {
        id: id.into(),
        article_id: article.into(),
        story_id: Some(story.into()),
        date: date.into(),
        source: Actor { name: src.into(), code: None, role: Some("GOV".into()) },
        target: Some(Actor { name: tgt.into(), code: None, role: None }),
        cameo: if quad == 2 { "0742".into() } else { "0211".into() },
        root: if quad == 2 { "07".into() } else { "02".into() },
        quad_class: quad,
        goldstein: 3.4,
        plover: if quad == 2 { "AID".into() } else { "REQUEST".into() },
        location: None,
        sentence: format!("{src} and {tgt} deepened ties on {date}."),
        reported_by: None,
        sources: Some(1),
    };
    let article = |id: &str, outlet: &str, published: &str, story: &str, text: &str, number: &str, value: f64| {
        let (qs, qe) = span(text, number);
        let quote_text = "We have reasons to believe that Moscow intends to share advanced space technology";
        let (ts, te) = span(text, quote_text);
        Article {
            id: id.into(),
            source: format!("fixture/{id}"),
            outlet: Some(outlet.into()),
            title: Some(format!("{outlet}: Blinken warns of Russia-North Korea space deal")),
            published: Some(published.into()),
            language: Some("en".into()),
            text: text.into(),
            story_id: Some(story.into()),
            quotes: vec![Quote {
                text: quote_text.into(),
                speaker: Some("Antony Blinken".into()),
                speaker_text: Some("Blinken".into()),
                direct: true,
                start: ts,
                end: te,
            }],
            quantities: vec![Quantity {
                text: number.into(),
                value,
                unit: None,
                counts: Some("North Korean soldiers".into()),
                approximate: true,
                start: qs,
                end: qe,
            }],
            ..Default::default()
        }
    };
    let body = |n: &str| {
        format!(
            "\u{201c}We have reasons to believe that Moscow intends to share advanced space technology with \
             Pyongyang,\u{201d} Blinken said in Seoul.\n\nThe allies say {n} North Korean soldiers were sent to Russia."
        )
    };
    let mut a = article(
        "aaaa000000000001",
        "Kyiv Daily",
        "2025-01-06",
        "ssss000000000001",
        &body("some 12,000"),
        "some 12,000",
        12000.0,
    );
    a.events = vec![event("eeee000000000001", &a.id, "ssss000000000001", "2025-01-06", "Russia", "North Korea", 2)];
    let b = article(
        "aaaa000000000002",
        "Seoul Wire",
        "2025-01-06",
        "ssss000000000001",
        &body("about 11,000"),
        "about 11,000",
        11000.0,
    );
    let mut c = article(
        "aaaa000000000003",
        "Reprint Times",
        "2025-01-07",
        "ssss000000000001",
        &body("some 12,000"),
        "some 12,000",
        12000.0,
    );
    c.duplicate_of = Some(a.id.clone());
    let mut d =
        article("aaaa000000000004", "Kyiv Daily", "2023-11-09", "ssss000000000002", &body("1,000"), "1,000", 1000.0);
    d.title = Some("Blinken: concern about growing military ties".into());
    d.events = vec![event("eeee000000000002", &d.id, "ssss000000000002", "2023-11-09", "North Korea", "Russia", 3)];
    let top = |names: &[&str]| {
        names.iter().map(|n| TopEntity { canonical: n.to_string(), kind: EntityType::Gpe, mentions: 3 }).collect()
    };
    let s1 = Story {
        id: "ssss000000000001".into(),
        title: Some("Blinken: Russia may share satellite technology with North Korea".into()),
        summary: Some("Antony Blinken said Moscow intends to share space technology with Pyongyang.".into()),
        first_published: Some("2025-01-06".into()),
        last_published: Some("2025-01-07".into()),
        articles: vec![a.id.clone(), b.id.clone(), c.id.clone()],
        outlets: vec!["Kyiv Daily".into(), "Seoul Wire".into(), "Reprint Times".into()],
        top_entities: top(&["North Korea", "Russia", "Antony Blinken"]),
        events: vec!["eeee000000000001".into()],
        discrepancies: vec![Discrepancy {
            what: "North Korean soldiers".into(),
            values: vec![
                DiscrepancyValue { value: serde_json::json!(12000), article_id: a.id.clone() },
                DiscrepancyValue { value: serde_json::json!(11000), article_id: b.id.clone() },
            ],
        }],
    };
    let s2 = Story {
        id: "ssss000000000002".into(),
        title: d.title.clone(),
        first_published: d.published.clone(),
        last_published: d.published.clone(),
        articles: vec![d.id.clone()],
        outlets: vec!["Kyiv Daily".into()],
        top_entities: top(&["North Korea", "Russia"]),
        events: vec!["eeee000000000002".into()],
        ..Default::default()
    };
    let batch = storyline_store::WriteBatch { articles: vec![a, b, c, d], stories: vec![s1, s2], ..Default::default() };
    store.commit(batch).expect("fixture commit");
    (store, dir)
}
