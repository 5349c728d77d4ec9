//! The web UI in headless Chromium (through chromedriver): search, a story's
//! sources side by side, quotes and numbers, and an actor's timeline.
//!
//! Needs Debian's `chromium` and `chromium-driver` (`scripts/install-chromium.sh`).
//! Fails loudly when they are missing, unless `STORYLINE_SKIP_BROWSER=1`.
//! Screenshots go to `target/browser-artifacts/` (or `$STORYLINE_ARTIFACTS`).

mod common;

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use storyline_store::{EventFilter, Store};

/// Kills the spawned chromedriver (and so its browser) when the test ends, pass or fail.
struct KillOnDrop(Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn find_program(candidates: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&path) {
        for c in candidates {
            let p = dir.join(c);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    None
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}

fn artifacts_dir() -> PathBuf {
    let dir = std::env::var_os("STORYLINE_ARTIFACTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/browser-artifacts"));
    std::fs::create_dir_all(&dir).expect("artifacts dir");
    dir
}

async fn screenshot(client: &Client, name: &str) {
    let png = client.screenshot().await.expect("screenshot");
    let path = artifacts_dir().join(name);
    std::fs::write(&path, png).expect("write screenshot");
    eprintln!("screenshot: {}", path.display());
}

/// Polls `probe` until it yields `Some`, or fails after `secs` with `what`.
async fn eventually<T, F, Fut>(secs: u64, what: &str, mut probe: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    let deadline = Instant::now() + Duration::from_secs(secs);
    loop {
        if let Some(v) = probe().await {
            return v;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn texts(client: &Client, css: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Ok(els) = client.find_all(Locator::Css(css)).await {
        for e in els {
            out.push(e.text().await.unwrap_or_default());
        }
    }
    out
}

async fn attrs(client: &Client, css: &str, attr: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Ok(els) = client.find_all(Locator::Css(css)).await {
        for e in els {
            if let Ok(Some(v)) = e.attr(attr).await {
                out.push(v);
            }
        }
    }
    out
}

async fn start_chromedriver() -> (KillOnDrop, String, PathBuf) {
    let install_hint = "run scripts/install-chromium.sh (or set STORYLINE_SKIP_BROWSER=1 to skip browser tests)";
    let chromium = find_program(&["chromium", "chromium-browser", "google-chrome"])
        .unwrap_or_else(|| panic!("no chromium on PATH: {install_hint}"));
    let driver = find_program(&["chromedriver"]).unwrap_or_else(|| panic!("no chromedriver on PATH: {install_hint}"));
    let port = free_port();
    let child = Command::new(&driver)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}; {install_hint}", driver.display()));
    let guard = KillOnDrop(child);
    let addr: SocketAddr = ([127, 0, 0, 1], port).into();
    eventually(20, "chromedriver to listen", || async move {
        TcpStream::connect_timeout(&addr, Duration::from_millis(200)).ok().map(|_| ())
    })
    .await;
    (guard, format!("http://{addr}"), chromium)
}

async fn open_browser(webdriver: &str, chromium: &Path, profile: &Path) -> Client {
    let mut caps = serde_json::Map::new();
    caps.insert("browserName".into(), serde_json::json!("chrome"));
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "binary": chromium.to_string_lossy(),
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1280,900",
                format!("--user-data-dir={}", profile.display()),
            ],
        }),
    );
    ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(webdriver)
        .await
        .unwrap_or_else(|e| panic!("chromium did not start through chromedriver: {e}"))
}

/// What the seeded store holds that the UI must show; every field must be true for the seeds.
struct Expectations {
    /// The stories stage put the two January 2025 reports (seeds 000 and 001) in one story.
    clustered: bool,
    quotes: bool,
    quantities: bool,
    north_korea_events: bool,
}

fn expectations(store: &Store) -> Expectations {
    let mut quotes = false;
    let mut quantities = false;
    let mut jan_2025 = Vec::new();
    let _ = store.for_each_article(&mut |a| {
        let ext = a.external_id.as_deref().unwrap_or("");
        if ext.starts_with("000_") || ext.starts_with("001_") {
            jan_2025.push(a.id.clone());
        }
        quotes |= a.quotes.iter().any(|q| q.speaker.as_deref().is_some_and(|s| s.contains("Blinken")));
        quantities |= a.quantities.iter().any(|q| (q.value - 12000.0).abs() < 0.5);
        Ok(())
    });
    let filter = EventFilter { actor: vec!["North Korea".into(), "PRK".into()], ..Default::default() };
    let north_korea_events = store.events(&filter).map(|e| !e.is_empty()).unwrap_or(false);
    let clustered = jan_2025.len() == 2
        && store.stories().unwrap_or_default().iter().any(|s| jan_2025.iter().all(|id| s.articles.contains(id)));
    // The seeds exercise every stage: a store missing any of these is an upstream regression, not a skip.
    assert!(clustered, "the stories stage did not put seeds 000 and 001 in one story");
    assert!(quotes, "the analysis stored no quote attributed to Blinken");
    assert!(quantities, "the analysis stored no 12,000 quantity");
    assert!(north_korea_events, "the store holds no events for North Korea");
    Expectations { clustered, quotes, quantities, north_korea_events }
}

/// Waits until the first two outlet columns sit one above the other (a phone layout).
async fn columns_stack(client: &Client) {
    eventually(10, "outlet columns to stack on a narrow screen", || async {
        let cols = client.find_all(Locator::Css(".outlet-column")).await.ok()?;
        let (x0, y0, ..) = cols.first()?.rectangle().await.ok()?;
        let (x1, y1, ..) = cols.get(1)?.rectangle().await.ok()?;
        ((x0 - x1).abs() < 2.0 && y1 > y0).then_some(())
    })
    .await;
}

/// A running server and a browser session pointed at it; torn down by [`Session::end`].
struct Session {
    client: Client,
    base: String,
    server: tokio::task::JoinHandle<std::io::Result<()>>,
    _driver: KillOnDrop,
}

impl Session {
    async fn start(router: axum::Router, profile: &Path) -> Session {
        let (driver, webdriver_url, chromium) = start_chromedriver().await;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("addr"));
        let server = tokio::spawn(async move { axum::serve(listener, router).await });
        let client = open_browser(&webdriver_url, &chromium, profile).await;
        Session { client, base, server, _driver: driver }
    }

    async fn end(self, outcome: Result<(), String>) {
        let _ = self.client.close().await;
        self.server.abort();
        outcome.unwrap_or_else(|e| panic!("{e}"));
    }
}

fn skip_browser() -> bool {
    let skip = std::env::var("STORYLINE_SKIP_BROWSER").is_ok_and(|v| v == "1");
    if skip {
        eprintln!("SKIPPED: STORYLINE_SKIP_BROWSER=1");
    }
    skip
}

/// The acceptance test: the seeds through the real pipeline, then the UI.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ui_search_story_and_timeline_in_chromium() {
    if skip_browser() {
        return;
    }
    let (router, store, dir) = common::app(true, &common::options(false, None, 1024 * 1024));
    let expect = expectations(&store);
    let session = Session::start(router, &dir.path().join("chromium-profile")).await;
    let outcome = drive(&session.client, &session.base, &expect).await;
    session.end(outcome).await;
}

/// Every view over hand-made records: duplicates folded, disputed numbers
/// highlighted, quotes with speakers, events in the chart and the graph.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ui_renders_every_view_from_fixture_records() {
    if skip_browser() {
        return;
    }
    let (store, dir) = common::fixture_store();
    let (ingestor, knowledge) = common::ingestor(store);
    let opts = common::options(false, None, 1024 * 1024);
    let state = storyline_server::AppState::new(ingestor, knowledge, &opts).expect("state");
    let session = Session::start(storyline_server::router(state), &dir.path().join("chromium-profile")).await;
    let outcome = drive_fixture(&session.client, &session.base).await;
    session.end(outcome).await;
}

async fn drive_fixture(client: &Client, base: &str) -> Result<(), String> {
    client.set_window_size(1280, 1000).await.map_err(|e| e.to_string())?;
    client.goto(&format!("{base}/#/story/ssss000000000001")).await.map_err(|e| e.to_string())?;
    let columns = eventually(15, "the fixture story's columns", || async {
        let cols = attrs(client, ".outlet-column", "data-outlet").await;
        (!cols.is_empty()).then_some(cols)
    })
    .await;
    if columns != ["Kyiv Daily", "Seoul Wire"] {
        return Err(format!("expected the two canonical outlets side by side, got {columns:?}"));
    }
    let folded = texts(client, "details.duplicates").await;
    if !folded.iter().any(|t| t.contains("1 duplicate copy")) {
        return Err(format!("the reprint is not folded under its canonical copy: {folded:?}"));
    }
    let disputed = texts(client, ".article-text mark.qty.discrepant").await;
    if !(disputed.iter().any(|t| t == "some 12,000") && disputed.iter().any(|t| t == "about 11,000")) {
        return Err(format!("disputed figures not highlighted in the texts: {disputed:?}"));
    }
    let discrepancies = texts(client, ".discrepancy").await;
    if !discrepancies.iter().any(|t| t.contains("12,000") && t.contains("11,000") && t.contains("Seoul Wire")) {
        return Err(format!("discrepancy box incomplete: {discrepancies:?}"));
    }
    let quotes = texts(client, ".quote").await;
    if !quotes.iter().any(|q| q.contains("Antony Blinken") && q.contains("We have reasons to believe")) {
        return Err(format!("quote with its speaker missing: {quotes:?}"));
    }
    if client.find_all(Locator::Css("table.events tbody tr")).await.map_err(|e| e.to_string())?.is_empty() {
        return Err("the story's events table is empty".into());
    }
    client.set_window_size(1280, 2000).await.map_err(|e| e.to_string())?;
    screenshot(client, "fixture-01-story-laptop.png").await;
    client.set_window_size(390, 844).await.map_err(|e| e.to_string())?;
    columns_stack(client).await;
    screenshot(client, "fixture-02-story-phone.png").await;
    client.set_window_size(1280, 1800).await.map_err(|e| e.to_string())?;

    client.goto(&format!("{base}/#/actor/North%20Korea")).await.map_err(|e| e.to_string())?;
    let dates = eventually(15, "the fixture timeline's dots", || async {
        let d = attrs(client, "svg.timeline-chart circle.event-dot", "data-date").await;
        (d.len() >= 2).then_some(d)
    })
    .await;
    if !(dates.iter().any(|d| d.starts_with("2023")) && dates.iter().any(|d| d.starts_with("2025"))) {
        return Err(format!("timeline lacks the 2023 or 2025 event: {dates:?}"));
    }
    let nodes = attrs(client, "svg.actor-graph a.node", "data-actor").await;
    if !nodes.iter().any(|n| n == "Russia") {
        return Err(format!("actor graph lacks Russia: {nodes:?}"));
    }
    screenshot(client, "fixture-03-actor.png").await;
    Ok(())
}

async fn drive(client: &Client, base: &str, expect: &Expectations) -> Result<(), String> {
    client.set_window_size(1280, 900).await.map_err(|e| e.to_string())?;
    client.goto(&format!("{base}/#/")).await.map_err(|e| e.to_string())?;
    let search = client
        .wait()
        .at_most(Duration::from_secs(15))
        .for_element(Locator::Css("#f-q"))
        .await
        .map_err(|e| format!("story list did not render: {e}"))?;

    // Search for "satellite" and open the January 2025 story.
    search.send_keys("satellite").await.map_err(|e| e.to_string())?;
    client
        .find(Locator::Css("#f-submit"))
        .await
        .map_err(|e| e.to_string())?
        .click()
        .await
        .map_err(|e| e.to_string())?;
    let target = eventually(15, "the Jan 2025 story in the results for \"satellite\"", || async {
        let url = client.current_url().await.ok()?;
        if !url.as_str().contains("q=satellite") {
            return None;
        }
        for item in client.find_all(Locator::Css(".story-item")).await.ok()? {
            if item.attr("data-first-published").await.ok()??.starts_with("2025-01") {
                return Some(item);
            }
        }
        None
    })
    .await;
    screenshot(client, "01-search-satellite.png").await;
    let link = target.find(Locator::Css("a.story-link")).await.map_err(|e| e.to_string())?;
    link.click().await.map_err(|e| e.to_string())?;

    // Both outlets' articles side by side.
    let columns = eventually(15, "the story's outlet columns", || async {
        let cols = attrs(client, ".outlet-column", "data-outlet").await;
        (cols.len() >= if expect.clustered { 2 } else { 1 }).then_some(cols)
    })
    .await;
    if expect.clustered {
        for outlet in ["Euromaidan Press", "Yonhap"] {
            if !columns.iter().any(|c| c == outlet) {
                return Err(format!("outlet {outlet} missing from the story page; columns: {columns:?}"));
            }
        }
        let cards = client.find_all(Locator::Css(".article-card")).await.map_err(|e| e.to_string())?;
        if cards.len() < 2 {
            return Err(format!("expected both articles on the story page, found {}", cards.len()));
        }
    }
    let page = client.find(Locator::Css("main")).await.map_err(|e| e.to_string())?.text().await.unwrap_or_default();
    if !page.contains("12,000") {
        return Err("the 12,000 figure is not on the story page".into());
    }
    if expect.quotes {
        let quotes = texts(client, ".quote").await;
        let blinken = quotes.iter().any(|q| q.contains("Blinken") && q.contains("We have reasons to believe"));
        if !blinken {
            return Err(format!("Blinken's quote with his name is not shown; quotes: {quotes:?}"));
        }
    }
    if expect.quantities {
        let marks = texts(client, "mark.qty").await;
        if !marks.iter().any(|m| m.contains("12,000")) {
            return Err(format!("the 12,000 figure is not highlighted as a number; marks: {marks:?}"));
        }
    }
    client.set_window_size(1280, 2000).await.map_err(|e| e.to_string())?;
    screenshot(client, "02-story-laptop.png").await;

    // On a phone the outlet columns stack.
    client.set_window_size(390, 844).await.map_err(|e| e.to_string())?;
    if expect.clustered {
        columns_stack(client).await;
    }
    screenshot(client, "03-story-phone.png").await;
    client.set_window_size(1280, 1800).await.map_err(|e| e.to_string())?;

    // North Korea's timeline: both the 2023 and the 2025 events are drawn.
    client.goto(&format!("{base}/#/actor/North%20Korea")).await.map_err(|e| e.to_string())?;
    client
        .wait()
        .at_most(Duration::from_secs(15))
        .for_element(Locator::Css("h1.actor-title"))
        .await
        .map_err(|e| format!("actor page did not render: {e}"))?;
    if expect.north_korea_events {
        let dates = eventually(15, "event dots on the timeline", || async {
            let d = attrs(client, "svg.timeline-chart circle.event-dot", "data-date").await;
            (!d.is_empty()).then_some(d)
        })
        .await;
        for year in ["2023", "2025"] {
            if !dates.iter().any(|d| d.starts_with(year)) {
                return Err(format!("no {year} event drawn on North Korea's timeline; dots: {dates:?}"));
            }
        }
        let edges = client.find_all(Locator::Css("svg.actor-graph .edge")).await.map_err(|e| e.to_string())?;
        if edges.is_empty() {
            return Err("the actor graph has no edges".into());
        }
        screenshot(client, "04-actor-north-korea.png").await;
        // Filtering by partner keeps only that pair's events.
        let partners = attrs(client, "#partner option", "value").await;
        if !partners.iter().any(|p| p == "Russia") {
            return Err(format!("Russia is not offered as North Korea's partner; partners: {partners:?}"));
        }
        {
            client.goto(&format!("{base}/#/actor/North%20Korea?with=Russia")).await.map_err(|e| e.to_string())?;
            eventually(15, "the North Korea–Russia view", || async {
                let h = texts(client, "h1.actor-title").await;
                h.iter().any(|t| t.contains("Russia")).then_some(())
            })
            .await;
            screenshot(client, "05-actor-north-korea-with-russia.png").await;
        }
    }
    Ok(())
}
