//! Every endpoint of the HTTP API, its errors, paging and write protection, over a seeded store.

mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use serde_json::Value;
use tower::ServiceExt;

use common::{app, options, TOKEN};

const MB: usize = 1024 * 1024;

struct Reply {
    status: StatusCode,
    content_type: String,
    headers: axum::http::HeaderMap,
    body: Vec<u8>,
}

impl Reply {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// Asserts an error reply: the status and a JSON `{"error": "..."}` body.
    fn assert_error(&self, status: StatusCode) {
        assert_eq!(self.status, status, "body: {}", self.text());
        assert!(self.content_type.starts_with("application/json"), "content type {}", self.content_type);
        let v = self.json();
        assert!(v["error"].as_str().is_some_and(|m| !m.is_empty()), "error body: {v}");
    }
}

async fn send(router: &axum::Router, req: Request<Body>) -> Reply {
    let resp = router.clone().oneshot(req).await.expect("infallible");
    let status = resp.status();
    let headers = resp.headers().clone();
    let content_type = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
    let body = axum::body::to_bytes(resp.into_body(), 64 * MB).await.expect("body").to_vec();
    Reply { status, content_type, headers, body }
}

async fn get(router: &axum::Router, uri: &str) -> Reply {
    send(router, Request::get(uri).body(Body::empty()).expect("request")).await
}

async fn post(router: &axum::Router, token: Option<&str>, body: impl Into<Body>) -> Reply {
    let mut req = Request::post("/api/articles").header(header::CONTENT_TYPE, "application/json");
    if let Some(t) = token {
        req = req.header(header::AUTHORIZATION, format!("Bearer {t}"));
    }
    send(router, req.body(body.into()).expect("request")).await
}

fn readonly() -> storyline_server::ServeOptions {
    options(false, None, 2 * MB)
}

#[tokio::test]
async fn health_and_ui_assets() {
    let (router, _store, _dir) = app(false, &readonly());
    let r = get(&router, "/health").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json(), serde_json::json!({"status": "ok"}));

    let r = get(&router, "/").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.content_type.starts_with("text/html"));
    assert!(r.text().contains("/assets/app.js"));
    assert!(r.headers.get(header::CONTENT_SECURITY_POLICY).is_some());
    for (path, kind) in
        [("/assets/app.js", "text/javascript"), ("/assets/app.css", "text/css"), ("/favicon.svg", "image/svg+xml")]
    {
        let r = get(&router, path).await;
        assert_eq!(r.status, StatusCode::OK, "{path}");
        assert!(r.content_type.starts_with(kind), "{path}: {}", r.content_type);
        assert!(!r.body.is_empty());
    }
    get(&router, "/no/such/route").await.assert_error(StatusCode::NOT_FOUND);
    get(&router, "/assets/../../etc/passwd").await.assert_error(StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn stories_list_pages_and_filters() {
    let (router, store, _dir) = app(true, &readonly());
    let all = get(&router, "/api/stories").await;
    assert_eq!(all.status, StatusCode::OK, "{}", all.text());
    let all = all.json();
    let total = all["total"].as_u64().expect("total") as usize;
    let expected = store.stories().expect("stories").len();
    assert_eq!(total, expected);
    assert!(total >= 2, "three seeds make at least two stories, got {total}");
    let listed: Vec<&str> =
        all["stories"].as_array().expect("stories").iter().filter_map(|s| s["id"].as_str()).collect();
    assert_eq!(listed.len(), total.min(20));

    let first = get(&router, "/api/stories?limit=1").await.json();
    assert_eq!(first["stories"].as_array().map(Vec::len), Some(1));
    assert_eq!(first["limit"], 1);
    let second = get(&router, "/api/stories?limit=1&offset=1").await.json();
    assert_eq!(second["stories"][0]["id"].as_str(), listed.get(1).copied());
    let beyond = get(&router, &format!("/api/stories?offset={}", total + 5)).await.json();
    assert_eq!(beyond["stories"].as_array().map(Vec::len), Some(0));
    assert_eq!(beyond["total"].as_u64(), Some(total as u64));

    get(&router, "/api/stories?limit=0").await.assert_error(StatusCode::BAD_REQUEST);
    get(&router, "/api/stories?limit=1000").await.assert_error(StatusCode::BAD_REQUEST);
    get(&router, "/api/stories?offset=-1").await.assert_error(StatusCode::BAD_REQUEST);
    get(&router, "/api/stories?from=yesterday").await.assert_error(StatusCode::BAD_REQUEST);

    // Date filters bound the stories' publication spans.
    let none = get(&router, "/api/stories?from=2099-01-01").await.json();
    assert_eq!(none["total"], 0);
    let stored = store.stories().expect("stories");
    let day = |v: &Option<String>| v.as_deref().and_then(|d| d.get(..10)).map(String::from);
    let expect_count = |from: &str, to: &str| {
        stored
            .iter()
            .filter(|s| {
                let first = day(&s.first_published).or_else(|| day(&s.last_published));
                let last = day(&s.last_published).or_else(|| first.clone());
                last.is_some_and(|l| l.as_str() >= from) && first.is_some_and(|f| f.as_str() <= to)
            })
            .count() as u64
    };
    let in_2025 = get(&router, "/api/stories?from=2025-01-01&to=2025-12-31").await.json();
    assert_eq!(in_2025["total"].as_u64(), Some(expect_count("2025-01-01", "2025-12-31")), "{in_2025}");
    let early = get(&router, "/api/stories?to=2024-06-30").await.json();
    assert_eq!(early["total"].as_u64(), Some(expect_count("0000-01-01", "2024-06-30")), "{early}");
    assert!(in_2025["total"].as_u64() >= Some(1), "the seed dated 2025-01-06 makes a 2025 story: {in_2025}");
    for s in in_2025["stories"].as_array().into_iter().flatten() {
        assert!(s["last_published"].as_str().unwrap_or("") >= "2025-01-01", "{s}");
    }

    // Full-text filter: every story listed has a member article mentioning the word.
    let sat = get(&router, "/api/stories?q=satellite").await.json();
    assert!(sat["total"].as_u64() >= Some(1), "{sat}");
    for s in sat["stories"].as_array().into_iter().flatten() {
        let ids: Vec<&str> = s["articles"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
        let mentions = ids
            .iter()
            .any(|id| store.article(id).ok().flatten().is_some_and(|a| a.text.to_lowercase().contains("satellite")));
        assert!(mentions, "story {} matched q=satellite without a matching article", s["id"]);
    }
    let nothing = get(&router, "/api/stories?q=zyzzyvaquux").await.json();
    assert_eq!(nothing["total"], 0);

    // Outlet filter, case-insensitive.
    let yonhap = get(&router, "/api/stories?outlet=yonhap").await.json();
    assert!(yonhap["total"].as_u64() >= Some(1), "{yonhap}");
    for s in yonhap["stories"].as_array().into_iter().flatten() {
        assert!(s["outlets"].as_array().into_iter().flatten().any(|o| o == "Yonhap"), "{s}");
    }

    // Actor filter against the stories' top entities.
    let with_actors = store.stories().expect("stories").into_iter().find(|s| !s.top_entities.is_empty());
    let s = with_actors.expect("the seeded stories have top entities");
    let name = &s.top_entities[0].canonical;
    let uri = format!("/api/stories?actor={}", urlencode(name));
    let r = get(&router, &uri).await.json();
    let ids: Vec<&str> = r["stories"].as_array().into_iter().flatten().filter_map(|x| x["id"].as_str()).collect();
    assert!(ids.contains(&s.id.as_str()), "actor filter {name} lost story {}", s.id);
    let r = get(&router, "/api/stories?actor=Nobody%20Atall").await.json();
    assert_eq!(r["total"], 0);
}

fn urlencode(s: &str) -> String {
    s.bytes().map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") }).collect()
}

#[tokio::test]
async fn story_and_article_details() {
    let (router, store, _dir) = app(true, &readonly());
    let stories = store.stories().expect("stories");
    let biggest = stories.iter().max_by_key(|s| s.articles.len()).expect("a story");
    let r = get(&router, &format!("/api/stories/{}", biggest.id)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    let d = r.json();
    assert_eq!(d["story"]["id"], biggest.id.as_str());
    assert_eq!(d["articles_total"].as_u64(), Some(biggest.articles.len() as u64));
    let mut shown: Vec<String> = Vec::new();
    for col in d["columns"].as_array().expect("columns") {
        for g in col["articles"].as_array().expect("groups") {
            assert_eq!(g["article"]["outlet"], col["outlet"]);
            shown.push(g["article"]["id"].as_str().expect("id").to_string());
            for dup in g["duplicates"].as_array().expect("duplicates") {
                assert_eq!(dup["duplicate_of"], g["article"]["id"]);
                shown.push(dup["id"].as_str().expect("id").to_string());
            }
        }
    }
    shown.sort();
    let mut members = biggest.articles.clone();
    members.sort();
    assert_eq!(shown, members, "every member article is shown exactly once");
    assert!(d["events"].is_array());
    let paged = get(&router, &format!("/api/stories/{}?articles_limit=1", biggest.id)).await.json();
    let shown_on_page: usize = paged["columns"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|c| c["articles"].as_array().into_iter().flatten())
        .map(|g| 1 + g["duplicates"].as_array().map_or(0, Vec::len))
        .sum();
    assert_eq!(shown_on_page, 1);

    get(&router, "/api/stories/0123456789abcdef").await.assert_error(StatusCode::NOT_FOUND);
    get(&router, "/api/stories/..%2F..%2Fetc").await.assert_error(StatusCode::BAD_REQUEST);
    get(&router, "/api/stories/abc%00def").await.assert_error(StatusCode::BAD_REQUEST);
    get(&router, &format!("/api/stories/{}", "a".repeat(300))).await.assert_error(StatusCode::BAD_REQUEST);
    get(&router, &format!("/api/stories/{}?articles_limit=0", biggest.id)).await.assert_error(StatusCode::BAD_REQUEST);

    let aid = &biggest.articles[0];
    let r = get(&router, &format!("/api/articles/{aid}")).await;
    assert_eq!(r.status, StatusCode::OK);
    let a = r.json();
    assert_eq!(a["id"], aid.as_str());
    for key in ["source", "text", "entities", "quotes", "quantities", "times", "events", "story_id", "duplicate_of"] {
        assert!(a.get(key).is_some(), "article lacks {key}");
    }
    get(&router, "/api/articles/0123456789abcdef").await.assert_error(StatusCode::NOT_FOUND);
    get(&router, "/api/articles/a.b").await.assert_error(StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn search_timeline_and_events() {
    let (router, store, _dir) = app(true, &readonly());
    let r = get(&router, "/api/search?q=satellite&limit=5").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    let v = r.json();
    let hits = v["hits"].as_array().expect("hits");
    assert!(!hits.is_empty() && hits.len() <= 5);
    for h in hits {
        let id = h["article_id"].as_str().expect("article_id");
        let article = store.article(id).expect("store").expect("hit article stored");
        assert!(article.text.to_lowercase().contains("satellite"));
        assert!(h["score"].is_number() && h["snippet"].is_string());
    }
    get(&router, "/api/search").await.assert_error(StatusCode::BAD_REQUEST);
    get(&router, "/api/search?q=%20%20").await.assert_error(StatusCode::BAD_REQUEST);
    get(&router, "/api/search?q=x&limit=101").await.assert_error(StatusCode::BAD_REQUEST);
    get(&router, &format!("/api/search?q={}", "a".repeat(400))).await.assert_error(StatusCode::BAD_REQUEST);

    let r = get(&router, "/api/timeline?actor=North%20Korea").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    let tl = r.json();
    let events = tl["events"].as_array().expect("events");
    assert_eq!(tl["total"].as_u64(), Some(events.len() as u64));
    let dates: Vec<&str> = events.iter().filter_map(|e| e["date"].as_str()).collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "timeline is oldest first: {dates:?}");
    assert!(!events.is_empty(), "the seeds give North Korea events");
    {
        assert!(dates.iter().any(|d| d.starts_with("2023")), "{dates:?}");
        assert!(dates.iter().any(|d| d.starts_with("2025")), "{dates:?}");
        let pair = get(&router, "/api/timeline?actor=North%20Korea&with=Russia").await.json();
        for e in pair["events"].as_array().into_iter().flatten() {
            let codes = [e["source"]["code"].as_str(), e["target"]["code"].as_str()];
            assert!(codes.contains(&Some("RUS")), "{e}");
        }
    }
    get(&router, "/api/timeline").await.assert_error(StatusCode::BAD_REQUEST);
    get(&router, "/api/timeline?actor=x&limit=0").await.assert_error(StatusCode::BAD_REQUEST);

    let r = get(&router, "/api/events").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    let page = r.json();
    let counts = store.counts().expect("counts");
    assert_eq!(page["total"].as_u64(), Some(counts.events));
    let from = get(&router, "/api/events?from=2025-01-01&to=2025-12-31").await.json();
    for e in from["events"].as_array().into_iter().flatten() {
        let d = e["date"].as_str().unwrap_or("");
        assert!(("2025-01-01"..="2025-12-31").contains(&d), "{d}");
    }
    let cameo = get(&router, "/api/events?cameo=07").await.json();
    for e in cameo["events"].as_array().into_iter().flatten() {
        assert!(e["cameo"].as_str().unwrap_or("").starts_with("07"), "{e}");
    }
    let one = get(&router, "/api/events?limit=1").await.json();
    assert!(one["events"].as_array().map_or(0, Vec::len) <= 1);
    get(&router, "/api/events?from=2025-13-01").await.assert_error(StatusCode::BAD_REQUEST);
    get(&router, "/api/events?cameo=abc").await.assert_error(StatusCode::BAD_REQUEST);
    get(&router, "/api/events?cameo=07421").await.assert_error(StatusCode::BAD_REQUEST);
    get(&router, "/api/events?with=Russia").await.assert_error(StatusCode::BAD_REQUEST);
    get(&router, "/api/events?limit=999999").await.assert_error(StatusCode::BAD_REQUEST);
}

fn article_body(text: &str) -> String {
    serde_json::json!({
        "id": "api-1",
        "text": text,
        "title": "Seoul and Tokyo agree on joint drills",
        "published": "2025-02-01",
        "outlet": "Test Wire",
        "url": "https://example.org/news/1",
    })
    .to_string()
}

const BODY_TEXT: &str = "South Korea and Japan agreed on Saturday to hold joint naval drills next month, \
                         officials in Seoul said.\n\nThe drills will involve some 20 ships.";

#[tokio::test]
async fn writes_are_refused_without_the_flag_or_token() {
    let (router, store, _dir) = app(false, &readonly());
    post(&router, Some(TOKEN), article_body(BODY_TEXT)).await.assert_error(StatusCode::FORBIDDEN);
    post(&router, None, article_body(BODY_TEXT)).await.assert_error(StatusCode::FORBIDDEN);
    assert_eq!(store.counts().expect("counts").articles, 0);

    let (router, store, _dir) = app(false, &options(true, Some(TOKEN), 2 * MB));
    let r = post(&router, None, article_body(BODY_TEXT)).await;
    r.assert_error(StatusCode::UNAUTHORIZED);
    assert_eq!(r.headers.get(header::WWW_AUTHENTICATE).map(|v| v.as_bytes()), Some(&b"Bearer"[..]));
    post(&router, Some("wrong-token-0123456789"), article_body(BODY_TEXT)).await.assert_error(StatusCode::UNAUTHORIZED);
    post(&router, Some(&TOKEN[..TOKEN.len() - 1]), article_body(BODY_TEXT))
        .await
        .assert_error(StatusCode::UNAUTHORIZED);
    let basic = Request::post("/api/articles")
        .header(header::AUTHORIZATION, format!("Basic {TOKEN}"))
        .body(Body::from(article_body(BODY_TEXT)))
        .expect("request");
    send(&router, basic).await.assert_error(StatusCode::UNAUTHORIZED);
    assert_eq!(store.counts().expect("counts").articles, 0);

    // Allowing writes without a token is refused at start-up.
    let (store2, _dir2) = common::fresh_store();
    let (ing, knowledge) = common::ingestor(store2);
    let err = storyline_server::AppState::new(ing, knowledge, &options(true, None, MB)).err().expect("refused");
    assert!(err.to_string().contains("token"), "{err}");
}

#[tokio::test]
async fn authorised_writes_ingest_through_the_pipeline() {
    let (router, store, _dir) = app(false, &options(true, Some(TOKEN), 64 * 1024));
    let r = post(&router, Some(TOKEN), article_body(BODY_TEXT)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text());
    let a = r.json();
    let id = a["id"].as_str().expect("id").to_string();
    assert_eq!(a["external_id"], "api-1");
    assert_eq!(a["outlet"], "Test Wire");
    assert!(a["text"].as_str().unwrap_or("").contains("joint naval drills"));
    assert!(a["story_id"].is_string(), "stored article belongs to a story: {a}");
    assert!(store.has_article(&id).expect("store"));

    // The new article is visible to reads at once, and posting it again is idempotent.
    let listed = get(&router, "/api/stories").await.json();
    assert_eq!(listed["total"], 1);
    let got = get(&router, &format!("/api/articles/{id}")).await;
    assert_eq!(got.status, StatusCode::OK);
    let again = post(&router, Some(TOKEN), article_body(BODY_TEXT)).await;
    assert_eq!(again.status, StatusCode::OK);
    assert_eq!(again.json()["id"], id.as_str());
    assert_eq!(store.counts().expect("counts").articles, 1);

    // Bad bodies.
    post(&router, Some(TOKEN), "{not json").await.assert_error(StatusCode::BAD_REQUEST);
    post(&router, Some(TOKEN), "{}").await.assert_error(StatusCode::UNPROCESSABLE_ENTITY);
    post(&router, Some(TOKEN), r#"{"text": "   "}"#).await.assert_error(StatusCode::UNPROCESSABLE_ENTITY);
    post(&router, Some(TOKEN), r#"{"text": 5}"#).await.assert_error(StatusCode::UNPROCESSABLE_ENTITY);
    post(&router, Some(TOKEN), "[1, 2]").await.assert_error(StatusCode::UNPROCESSABLE_ENTITY);
    let xml = Request::post("/api/articles")
        .header(header::CONTENT_TYPE, "application/xml")
        .header(header::AUTHORIZATION, format!("Bearer {TOKEN}"))
        .body(Body::from("<a/>"))
        .expect("request");
    send(&router, xml).await.assert_error(StatusCode::UNSUPPORTED_MEDIA_TYPE);

    // Oversize bodies: refused with 413, with or without a declared length.
    let huge = article_body(&"word ".repeat(20_000));
    post(&router, Some(TOKEN), huge.clone()).await.assert_error(StatusCode::PAYLOAD_TOO_LARGE);
    let chunks: Vec<Result<String, std::io::Error>> =
        huge.as_bytes().chunks(8192).map(|c| Ok(String::from_utf8_lossy(c).into_owned())).collect();
    let streamed = Request::post("/api/articles")
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::AUTHORIZATION, format!("Bearer {TOKEN}"))
        .body(Body::from_stream(futures_util::stream::iter(chunks)))
        .expect("request");
    send(&router, streamed).await.assert_error(StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(store.counts().expect("counts").articles, 1);

    // Writes show up in the metrics.
    let m = get(&router, "/metrics").await.text();
    assert!(m.contains("storyline_ingested_articles_total 1\n"), "{m}");
}

#[tokio::test]
async fn openapi_lists_every_route() {
    let (router, _store, _dir) = app(false, &readonly());
    let r = get(&router, "/api/openapi.json").await;
    assert_eq!(r.status, StatusCode::OK);
    let doc = r.json();
    assert!(doc["openapi"].as_str().is_some_and(|v| v.starts_with("3.")));
    let paths = doc["paths"].as_object().expect("paths");
    let expected = [
        ("/health", "get"),
        ("/metrics", "get"),
        ("/api/openapi.json", "get"),
        ("/api/stories", "get"),
        ("/api/stories/{id}", "get"),
        ("/api/articles", "post"),
        ("/api/articles/{id}", "get"),
        ("/api/search", "get"),
        ("/api/timeline", "get"),
        ("/api/events", "get"),
    ];
    for (path, method) in expected {
        assert!(paths.get(path).and_then(|p| p.get(method)).is_some(), "OpenAPI lacks {method} {path}");
        // Every documented route answers (not with a routing 404/405).
        if method == "get" {
            let concrete = path.replace("{id}", "0123456789abcdef");
            let status = get(&router, &concrete).await.status;
            assert!(status != StatusCode::METHOD_NOT_ALLOWED, "{path}: {status}");
        }
    }
    assert_eq!(paths.len(), expected.len(), "documented paths: {:?}", paths.keys().collect::<Vec<_>>());
    for name in ["Article", "Story", "Event", "ErrorBody", "ArticleInput"] {
        assert!(doc["components"]["schemas"].get(name).is_some(), "schema {name} missing");
    }
}

#[tokio::test]
async fn metrics_are_prometheus_text() {
    let (router, store, _dir) = app(true, &readonly());
    get(&router, "/api/stories").await;
    get(&router, "/api/stories").await;
    get(&router, "/api/stories/0123456789abcdef").await;
    get(&router, "/api/search?q=satellite").await;
    let r = get(&router, "/metrics").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.content_type.starts_with("text/plain; version=0.0.4"), "{}", r.content_type);
    let text = r.text();
    let counts = store.counts().expect("counts");
    assert!(text.contains(&format!("\nstoryline_articles {}\n", counts.articles)), "{text}");
    assert!(text.contains(&format!("\nstoryline_stories {}\n", counts.stories)));
    assert!(text.contains(&format!("\nstoryline_events {}\n", counts.events)));
    assert!(
        text.contains(r#"storyline_http_requests_total{route="/api/stories",method="GET",status="200"} 2"#),
        "{text}"
    );
    assert!(text.contains(r#"storyline_http_requests_total{route="/api/stories/{id}",method="GET",status="404"} 1"#));
    assert!(text.contains(r#"storyline_http_request_duration_seconds_count{route="/api/search"} 1"#));
    assert!(text.contains(r#"storyline_http_request_duration_seconds_bucket{route="/api/stories",le="+Inf"} 2"#));
    assert!(!text.contains("0123456789abcdef"), "raw paths must not become labels");
    // Every line is a comment or `name{labels} value` with a numeric value.
    for line in text.lines().filter(|l| !l.is_empty()) {
        if let Some(rest) = line.strip_prefix("# ") {
            assert!(rest.starts_with("HELP ") || rest.starts_with("TYPE "), "{line}");
            continue;
        }
        let (series, value) = line.rsplit_once(' ').unwrap_or_else(|| panic!("bad line {line}"));
        assert!(value.parse::<f64>().is_ok(), "bad value in {line}");
        let name_end = series.find('{').unwrap_or(series.len());
        let name = &series[..name_end];
        assert!(
            name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') && name.starts_with("storyline_"),
            "bad metric name in {line}"
        );
        if name_end < series.len() {
            assert!(series.ends_with('}'), "{line}");
        }
    }
}
