//! Routes and handlers of the JSON API.

use std::collections::{HashMap, HashSet};
use std::time::Instant;

use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{DefaultBodyLimit, MatchedPath, Path, Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use storyline_model::{parse_date_prefix, Article, ArticleInput, Event, SearchHit, Story};
use storyline_store::EventFilter;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use utoipa::IntoParams;

use crate::error::{json_errors, ApiError};
use crate::state::{AppState, Inner, StoryList, WritePolicy};

/// Default and largest page sizes of list endpoints.
const DEFAULT_LIMIT: usize = 20;
const MAX_LIMIT: usize = 100;
/// Largest page of events and timeline entries.
const MAX_EVENT_LIMIT: usize = 5000;
/// Articles of one story returned in full by default, and at most.
const DEFAULT_STORY_ARTICLES: usize = 100;
const MAX_STORY_ARTICLES: usize = 500;
/// Search hits consulted when a story list is filtered by a query.
const STORY_SEARCH_DEPTH: usize = 1000;
/// Longest accepted free-text parameter, in bytes.
const MAX_TEXT_PARAM: usize = 300;
/// Longest accepted record id.
const MAX_ID_LEN: usize = 128;

pub(crate) fn router(state: AppState) -> Router {
    let max_body = state.inner.max_body_bytes;
    Router::new()
        .route("/health", get(health))
        .route("/metrics", get(metrics))
        .route("/api/openapi.json", get(openapi_json))
        .route("/api/stories", get(list_stories))
        .route("/api/stories/{id}", get(get_story))
        .route("/api/articles", axum::routing::post(post_article))
        .route("/api/articles/{id}", get(get_article))
        .route("/api/search", get(search))
        .route("/api/timeline", get(timeline))
        .route("/api/events", get(events))
        .merge(crate::ui::routes())
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(max_body))
        .layer(RequestBodyLimitLayer::new(max_body))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, crate::REQUEST_TIMEOUT))
        .layer(middleware::map_response(json_errors))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(header::CACHE_CONTROL, HeaderValue::from_static("no-store")))
        .layer(middleware::from_fn_with_state(state.clone(), track_request))
        .with_state(state)
}

/// Times every request and records it under its route pattern (never the raw path).
async fn track_request(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let started = Instant::now();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "unmatched".to_string());
    let method = req.method().as_str().to_string();
    let resp = next.run(req).await;
    state.inner.metrics.record_request(&route, &method, resp.status().as_u16(), started.elapsed());
    resp
}

async fn not_found() -> ApiError {
    ApiError::NotFound("no such route".into())
}

/// Runs store work on the blocking pool.
async fn blocking<T, F>(f: F) -> Result<T, ApiError>
where
    T: Send + 'static,
    F: FnOnce() -> Result<T, ApiError> + Send + 'static,
{
    tokio::task::spawn_blocking(f).await?
}

fn query<T>(q: Result<Query<T>, QueryRejection>) -> Result<T, ApiError> {
    q.map(|Query(v)| v).map_err(|e| ApiError::BadRequest(format!("bad query parameters: {}", e.body_text())))
}

/// A record id from the path: letters and digits only, so it can never name anything outside the store.
fn record_id(p: Result<Path<String>, PathRejection>) -> Result<String, ApiError> {
    let Path(id) = p.map_err(|e| ApiError::BadRequest(e.body_text()))?;
    if id.is_empty() || id.len() > MAX_ID_LEN || !id.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(ApiError::BadRequest(format!("invalid id: ids are 1 to {MAX_ID_LEN} ASCII letters and digits")));
    }
    Ok(id)
}

/// A free-text parameter, trimmed; empty means absent.
fn text_param(name: &str, v: Option<String>) -> Result<Option<String>, ApiError> {
    let Some(v) = v else { return Ok(None) };
    let v = v.trim();
    if v.is_empty() {
        return Ok(None);
    }
    if v.len() > MAX_TEXT_PARAM || v.chars().any(char::is_control) {
        return Err(ApiError::BadRequest(format!(
            "`{name}` must be at most {MAX_TEXT_PARAM} bytes without control characters"
        )));
    }
    Ok(Some(v.to_string()))
}

fn date_param(name: &str, v: Option<String>) -> Result<Option<String>, ApiError> {
    match text_param(name, v)? {
        None => Ok(None),
        Some(d) if d.len() == 10 && parse_date_prefix(&d).is_some() => Ok(Some(d)),
        Some(d) => Err(ApiError::BadRequest(format!("`{name}` must be a date YYYY-MM-DD, got {d:?}"))),
    }
}

fn page(offset: Option<usize>, limit: Option<usize>, default: usize, max: usize) -> Result<(usize, usize), ApiError> {
    let limit = limit.unwrap_or(default);
    if limit == 0 || limit > max {
        return Err(ApiError::BadRequest(format!("`limit` must be between 1 and {max}")));
    }
    Ok((offset.unwrap_or(0), limit))
}

/// The names an actor query matches: as given, plus its canonical name and code when the knowledge base knows it.
fn actor_names(inner: &Inner, q: &str) -> Vec<String> {
    let mut names = vec![q.to_string()];
    if let Some(r) = inner.knowledge.resolve(q, None) {
        names.push(r.canonical);
        names.extend(r.code);
    }
    names.sort();
    names.dedup();
    names
}

/// Liveness: `{"status":"ok"}`.
#[utoipa::path(get, path = "/health", tag = "meta",
    responses((status = 200, description = "The server is up", body = crate::openapi::schemas::Health)))]
pub(crate) async fn health() -> Json<serde_json::Value> {
    Json(serde_json::json!({ "status": "ok" }))
}

/// Prometheus metrics.
#[utoipa::path(get, path = "/metrics", tag = "meta",
    responses((status = 200, description = "Prometheus text exposition format", body = String, content_type = "text/plain")))]
pub(crate) async fn metrics(State(state): State<AppState>) -> Response {
    let inner = state.inner.clone();
    let counts = blocking(move || Ok(inner.store.counts().ok())).await.ok().flatten();
    let text = state.inner.metrics.render(counts, state.inner.started.elapsed());
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")], text).into_response()
}

/// This API's OpenAPI 3.1 document.
#[utoipa::path(get, path = "/api/openapi.json", tag = "meta",
    responses((status = 200, description = "OpenAPI document", body = Object)))]
pub(crate) async fn openapi_json() -> Json<utoipa::openapi::OpenApi> {
    Json(crate::openapi::openapi_document())
}

/// Filters and page of `GET /api/stories`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct StoryListQuery {
    /// Full-text query; only stories with a matching article, best match first.
    q: Option<String>,
    /// Actor (canonical name, alias or code) among the story's top entities.
    actor: Option<String>,
    /// Outlet name (case-insensitive).
    outlet: Option<String>,
    /// Stories last published on or after this day (`YYYY-MM-DD`).
    from: Option<String>,
    /// Stories first published on or before this day (`YYYY-MM-DD`).
    to: Option<String>,
    /// Stories to skip.
    offset: Option<usize>,
    /// Page size, 1 to 100 (default 20).
    limit: Option<usize>,
}

/// One page of stories.
#[derive(Debug, Serialize)]
pub(crate) struct StoryPage {
    total: usize,
    offset: usize,
    limit: usize,
    stories: Vec<Story>,
}

/// Stories, newest first (best match first with `q`), filtered and paged.
#[utoipa::path(get, path = "/api/stories", tag = "stories", params(StoryListQuery),
    responses(
        (status = 200, description = "One page of stories", body = crate::openapi::schemas::StoryPage),
        (status = 400, description = "Bad parameter", body = crate::openapi::schemas::ErrorBody)))]
pub(crate) async fn list_stories(
    State(state): State<AppState>,
    q: Result<Query<StoryListQuery>, QueryRejection>,
) -> Result<Json<StoryPage>, ApiError> {
    let p = query(q)?;
    let (offset, limit) = page(p.offset, p.limit, DEFAULT_LIMIT, MAX_LIMIT)?;
    let text = text_param("q", p.q)?;
    let actor = text_param("actor", p.actor)?;
    let outlet = text_param("outlet", p.outlet)?.map(|o| o.to_lowercase());
    let from = date_param("from", p.from)?;
    let to = date_param("to", p.to)?;
    let inner = state.inner.clone();
    let page = blocking(move || {
        let all = inner.all_stories()?;
        let rank: Option<HashMap<String, usize>> = match &text {
            None => None,
            Some(t) => Some(story_ranks(&inner, &all, t)?),
        };
        let actors: Option<Vec<String>> =
            actor.as_deref().map(|a| actor_names(&inner, a).into_iter().map(|n| n.to_lowercase()).collect());
        let mut matched: Vec<&Story> = all
            .stories
            .iter()
            .filter(|s| rank.as_ref().is_none_or(|r| r.contains_key(&s.id)))
            .filter(|s| {
                actors.as_ref().is_none_or(|names| {
                    s.top_entities.iter().any(|e| names.iter().any(|n| e.canonical.to_lowercase() == *n))
                })
            })
            .filter(|s| outlet.as_ref().is_none_or(|o| s.outlets.iter().any(|so| so.to_lowercase() == *o)))
            .filter(|s| in_range(s, from.as_deref(), to.as_deref()))
            .collect();
        if let Some(r) = &rank {
            matched.sort_by_key(|s| r.get(&s.id).copied().unwrap_or(usize::MAX));
        }
        let total = matched.len();
        let stories = matched.into_iter().skip(offset).take(limit).cloned().collect();
        Ok(StoryPage { total, offset, limit, stories })
    })
    .await?;
    Ok(Json(page))
}

/// Story id → rank of its best search hit for `text` (following merge redirects).
fn story_ranks(inner: &Inner, all: &StoryList, text: &str) -> Result<HashMap<String, usize>, ApiError> {
    let hits = inner.store.search(text, STORY_SEARCH_DEPTH)?;
    let mut ranks: HashMap<String, usize> = HashMap::new();
    let mut resolved: HashMap<String, Option<String>> = HashMap::new();
    for (i, hit) in hits.iter().enumerate() {
        let Some(sid) = &hit.story_id else { continue };
        let current = match resolved.get(sid) {
            _ if all.position.contains_key(sid) => Some(sid.clone()),
            Some(r) => r.clone(),
            None => {
                let r = inner.store.story(sid)?.map(|s| s.id);
                resolved.insert(sid.clone(), r.clone());
                r
            }
        };
        if let Some(current) = current {
            ranks.entry(current).or_insert(i);
        }
    }
    Ok(ranks)
}

/// Whether a story's publication span overlaps `[from, to]`.
fn in_range(s: &Story, from: Option<&str>, to: Option<&str>) -> bool {
    let first = s.first_published.as_deref().and_then(parse_date_prefix);
    let last = s.last_published.as_deref().and_then(parse_date_prefix).or(first);
    let first = first.or(last);
    if let Some(f) = from.and_then(parse_date_prefix) {
        if last.is_none_or(|l| l < f) {
            return false;
        }
    }
    if let Some(t) = to.and_then(parse_date_prefix) {
        if first.is_none_or(|fp| fp > t) {
            return false;
        }
    }
    true
}

/// Which of a story's articles to return in full.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct StoryDetailQuery {
    /// Member articles to skip.
    articles_offset: Option<usize>,
    /// Member articles to return in full, 1 to 500 (default 100).
    articles_limit: Option<usize>,
}

/// A story with its articles grouped for reading side by side.
#[derive(Debug, Serialize)]
pub(crate) struct StoryDetail {
    story: Story,
    /// The id asked for when it was merged into `story.id`.
    redirected_from: Option<String>,
    articles_total: usize,
    articles_offset: usize,
    articles_limit: usize,
    /// One column per outlet, earliest first.
    columns: Vec<OutletColumn>,
    /// The story's events, oldest first.
    events: Vec<Event>,
}

/// One outlet's articles in a story.
#[derive(Debug, Serialize)]
pub(crate) struct OutletColumn {
    outlet: Option<String>,
    articles: Vec<ArticleGroup>,
}

/// A canonical article with the copies that duplicate it.
#[derive(Debug, Serialize)]
pub(crate) struct ArticleGroup {
    article: Article,
    duplicates: Vec<Article>,
}

/// A story and its articles in full, grouped by outlet, duplicates under their canonical copy.
#[utoipa::path(get, path = "/api/stories/{id}", tag = "stories",
    params(("id" = String, Path, description = "Story id (merged ids redirect)"), StoryDetailQuery),
    responses(
        (status = 200, description = "The story", body = crate::openapi::schemas::StoryDetail),
        (status = 400, description = "Malformed id", body = crate::openapi::schemas::ErrorBody),
        (status = 404, description = "No such story", body = crate::openapi::schemas::ErrorBody)))]
pub(crate) async fn get_story(
    State(state): State<AppState>,
    id: Result<Path<String>, PathRejection>,
    q: Result<Query<StoryDetailQuery>, QueryRejection>,
) -> Result<Json<StoryDetail>, ApiError> {
    let id = record_id(id)?;
    let p = query(q)?;
    let (offset, limit) = page(p.articles_offset, p.articles_limit, DEFAULT_STORY_ARTICLES, MAX_STORY_ARTICLES)?;
    let inner = state.inner.clone();
    let detail = blocking(move || {
        let story = inner.store.story(&id)?.ok_or_else(|| ApiError::NotFound(format!("no story with id {id}")))?;
        let mut articles = Vec::new();
        for aid in story.articles.iter().skip(offset).take(limit) {
            if let Some(a) = inner.store.article(aid)? {
                articles.push(a);
            }
        }
        let events = story_events(&story, &articles);
        Ok(StoryDetail {
            redirected_from: (story.id != id).then_some(id),
            articles_total: story.articles.len(),
            articles_offset: offset,
            articles_limit: limit,
            columns: group_by_outlet(articles),
            events,
            story,
        })
    })
    .await?;
    Ok(Json(detail))
}

/// Canonical copies per outlet (earliest first), each with its duplicates folded under it.
fn group_by_outlet(mut articles: Vec<Article>) -> Vec<OutletColumn> {
    articles.sort_by(|a, b| a.published.cmp(&b.published).then_with(|| a.id.cmp(&b.id)));
    let present: HashSet<String> = articles.iter().map(|a| a.id.clone()).collect();
    let mut folded: HashMap<String, Vec<Article>> = HashMap::new();
    let mut canonical = Vec::new();
    for a in articles {
        match a.duplicate_of.clone() {
            Some(c) if c != a.id && present.contains(&c) => folded.entry(c).or_default().push(a),
            _ => canonical.push(a),
        }
    }
    let mut columns: Vec<OutletColumn> = Vec::new();
    for a in canonical {
        let duplicates = folded.remove(&a.id).unwrap_or_default();
        let group = ArticleGroup { article: a, duplicates };
        let outlet = group.article.outlet.clone();
        match columns.iter_mut().find(|c| c.outlet == outlet) {
            Some(c) => c.articles.push(group),
            None => columns.push(OutletColumn { outlet, articles: vec![group] }),
        }
    }
    columns
}

/// The story's events from its articles: those the story lists, else all of them; oldest first.
fn story_events(story: &Story, articles: &[Article]) -> Vec<Event> {
    let listed: HashSet<&str> = story.events.iter().map(String::as_str).collect();
    let all = articles.iter().flat_map(|a| a.events.iter());
    let mut chosen: Vec<Event> = all.clone().filter(|e| listed.contains(e.id.as_str())).cloned().collect();
    if chosen.is_empty() {
        chosen = all.cloned().collect();
    }
    let mut seen = HashSet::new();
    chosen.retain(|e| seen.insert(e.id.clone()));
    chosen.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id)));
    chosen
}

/// One stored article.
#[utoipa::path(get, path = "/api/articles/{id}", tag = "articles",
    params(("id" = String, Path, description = "Article id")),
    responses(
        (status = 200, description = "The article", body = crate::openapi::schemas::Article),
        (status = 400, description = "Malformed id", body = crate::openapi::schemas::ErrorBody),
        (status = 404, description = "No such article", body = crate::openapi::schemas::ErrorBody)))]
pub(crate) async fn get_article(
    State(state): State<AppState>,
    id: Result<Path<String>, PathRejection>,
) -> Result<Json<Article>, ApiError> {
    let id = record_id(id)?;
    let inner = state.inner.clone();
    let article = blocking(move || {
        inner.store.article(&id)?.ok_or_else(|| ApiError::NotFound(format!("no article with id {id}")))
    })
    .await?;
    Ok(Json(article))
}

/// Parameters of `GET /api/search`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct SearchQuery {
    /// The query (required).
    q: Option<String>,
    /// Hits to return, 1 to 100 (default 20).
    limit: Option<usize>,
}

/// Search hits, best first.
#[derive(Debug, Serialize)]
pub(crate) struct SearchResults {
    query: String,
    hits: Vec<SearchHit>,
}

/// Full-text search over articles.
#[utoipa::path(get, path = "/api/search", tag = "articles", params(SearchQuery),
    responses(
        (status = 200, description = "Hits, best first", body = crate::openapi::schemas::SearchResults),
        (status = 400, description = "Missing or bad parameter", body = crate::openapi::schemas::ErrorBody)))]
pub(crate) async fn search(
    State(state): State<AppState>,
    q: Result<Query<SearchQuery>, QueryRejection>,
) -> Result<Json<SearchResults>, ApiError> {
    let p = query(q)?;
    let (_, limit) = page(None, p.limit, DEFAULT_LIMIT, MAX_LIMIT)?;
    let text = text_param("q", p.q)?.ok_or_else(|| ApiError::BadRequest("`q` is required".into()))?;
    let inner = state.inner.clone();
    let hits = blocking({
        let text = text.clone();
        move || Ok(inner.store.search(&text, limit)?)
    })
    .await?;
    Ok(Json(SearchResults { query: text, hits }))
}

/// Parameters of `GET /api/timeline`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct TimelineQuery {
    /// Actor: canonical name, alias or code (required).
    actor: Option<String>,
    /// Only events between `actor` and this partner.
    with: Option<String>,
    /// Most events to return, 1 to 5000 (default 5000), oldest first.
    limit: Option<usize>,
}

/// An actor's (or a pair's) events.
#[derive(Debug, Serialize)]
pub(crate) struct Timeline {
    actor: String,
    with: Option<String>,
    /// Canonical name of `actor` when the knowledge base knows it.
    resolved: Option<String>,
    total: usize,
    events: Vec<Event>,
}

/// Events involving an actor (or a pair), oldest first.
#[utoipa::path(get, path = "/api/timeline", tag = "events", params(TimelineQuery),
    responses(
        (status = 200, description = "The timeline", body = crate::openapi::schemas::Timeline),
        (status = 400, description = "Missing or bad parameter", body = crate::openapi::schemas::ErrorBody)))]
pub(crate) async fn timeline(
    State(state): State<AppState>,
    q: Result<Query<TimelineQuery>, QueryRejection>,
) -> Result<Json<Timeline>, ApiError> {
    let p = query(q)?;
    let (_, limit) = page(None, p.limit, MAX_EVENT_LIMIT, MAX_EVENT_LIMIT)?;
    let actor = text_param("actor", p.actor)?.ok_or_else(|| ApiError::BadRequest("`actor` is required".into()))?;
    let with = text_param("with", p.with)?;
    let inner = state.inner.clone();
    let tl = blocking(move || {
        let mut events = storyline_stories::timeline(&inner.store, &inner.knowledge, &actor, with.as_deref())
            .map_err(ApiError::internal)?;
        let total = events.len();
        events.truncate(limit);
        let resolved = inner.knowledge.resolve(&actor, None).map(|r| r.canonical);
        Ok(Timeline { actor, with, resolved, total, events })
    })
    .await?;
    Ok(Json(tl))
}

/// Filters and page of `GET /api/events`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct EventQuery {
    /// Source or target actor: name, alias or code.
    actor: Option<String>,
    /// The other side must be this actor.
    with: Option<String>,
    /// Earliest date `YYYY-MM-DD`, inclusive.
    from: Option<String>,
    /// Latest date `YYYY-MM-DD`, inclusive.
    to: Option<String>,
    /// CAMEO code prefix, 2 to 4 digits (e.g. "07", "0742").
    cameo: Option<String>,
    /// Events to skip.
    offset: Option<usize>,
    /// Page size, 1 to 5000 (default 100).
    limit: Option<usize>,
}

/// One page of events.
#[derive(Debug, Serialize)]
pub(crate) struct EventPage {
    total: usize,
    offset: usize,
    limit: usize,
    events: Vec<Event>,
}

/// Events, oldest first, filtered and paged.
#[utoipa::path(get, path = "/api/events", tag = "events", params(EventQuery),
    responses(
        (status = 200, description = "One page of events", body = crate::openapi::schemas::EventPage),
        (status = 400, description = "Bad parameter", body = crate::openapi::schemas::ErrorBody)))]
pub(crate) async fn events(
    State(state): State<AppState>,
    q: Result<Query<EventQuery>, QueryRejection>,
) -> Result<Json<EventPage>, ApiError> {
    let p = query(q)?;
    let (offset, limit) = page(p.offset, p.limit, 100, MAX_EVENT_LIMIT)?;
    let actor = text_param("actor", p.actor)?;
    let with = text_param("with", p.with)?;
    let from = date_param("from", p.from)?;
    let to = date_param("to", p.to)?;
    let cameo = text_param("cameo", p.cameo)?;
    if let Some(c) = &cameo {
        if !(2..=4).contains(&c.len()) || !c.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ApiError::BadRequest("`cameo` must be a CAMEO code prefix of 2 to 4 digits".into()));
        }
    }
    if with.is_some() && actor.is_none() {
        return Err(ApiError::BadRequest("`with` needs `actor`".into()));
    }
    let inner = state.inner.clone();
    let page = blocking(move || {
        let filter = EventFilter {
            actor: actor.as_deref().map(|a| actor_names(&inner, a)).unwrap_or_default(),
            with: with.as_deref().map(|w| actor_names(&inner, w)).unwrap_or_default(),
            from,
            to,
            cameo,
        };
        let all = inner.store.events(&filter)?;
        let total = all.len();
        let events = all.into_iter().skip(offset).take(limit).collect();
        Ok(EventPage { total, offset, limit, events })
    })
    .await?;
    Ok(Json(page))
}

/// Analyses one article, adds it to the store (deduplicated, clustered) and returns it as stored.
/// Needs `--allow-writes` and `Authorization: Bearer <token>`.
#[utoipa::path(post, path = "/api/articles", tag = "articles",
    request_body(content = crate::openapi::schemas::ArticleInput, description = "One article as in `.jsonl` ingest"),
    security(("bearer" = [])),
    responses(
        (status = 201, description = "Stored as a new article", body = crate::openapi::schemas::Article),
        (status = 200, description = "Already stored; the stored article", body = crate::openapi::schemas::Article),
        (status = 400, description = "Body is not JSON", body = crate::openapi::schemas::ErrorBody),
        (status = 401, description = "Missing or wrong bearer token", body = crate::openapi::schemas::ErrorBody),
        (status = 403, description = "Writes are disabled", body = crate::openapi::schemas::ErrorBody),
        (status = 413, description = "Body over the limit", body = crate::openapi::schemas::ErrorBody),
        (status = 422, description = "Not a usable article", body = crate::openapi::schemas::ErrorBody)))]
pub(crate) async fn post_article(State(state): State<AppState>, req: Request) -> Result<Response, ApiError> {
    authorize(&state.inner.writes, req.headers())?;
    let content_type = req.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    if !content_type.is_empty() && !content_type.starts_with("application/json") {
        return Err(ApiError::UnsupportedMediaType("the body must be JSON (application/json)".into()));
    }
    let max = state.inner.max_body_bytes;
    let body = axum::body::to_bytes(req.into_body(), max)
        .await
        .map_err(|_| ApiError::PayloadTooLarge(format!("request body is larger than {max} bytes")))?;
    let input: ArticleInput = serde_json::from_slice(&body).map_err(|e| {
        if e.is_syntax() || e.is_eof() {
            ApiError::BadRequest(format!("body is not valid JSON: {e}"))
        } else {
            ApiError::Unprocessable(format!("not an article input object: {e}"))
        }
    })?;
    let doc = storyline_ingest::from_input("api", input).map_err(|r| ApiError::Unprocessable(r.reason))?;
    let inner = state.inner.clone();
    let started = Instant::now();
    let outcome = blocking(move || {
        let mut ingestor =
            inner.ingestor.lock().map_err(|_| ApiError::internal("the writer failed earlier; restart the server"))?;
        let existed = inner.store.has_article(&doc.article_id())?;
        let result = ingestor.ingest_one(doc).map_err(ApiError::internal)?;
        drop(ingestor);
        if !existed {
            inner.invalidate();
        }
        Ok((existed, result))
    })
    .await?;
    let created = outcome.1.is_ok() && !outcome.0;
    state.inner.metrics.record_ingest(outcome.1.is_ok(), created, started.elapsed());
    match outcome {
        (existed, Ok(article)) => {
            let status = if existed { StatusCode::OK } else { StatusCode::CREATED };
            Ok((status, Json(article)).into_response())
        }
        (_, Err(rejection)) => Err(ApiError::Unprocessable(rejection.reason)),
    }
}

/// Checks the write policy against the request's bearer token.
fn authorize(policy: &WritePolicy, headers: &HeaderMap) -> Result<(), ApiError> {
    if matches!(policy, WritePolicy::Disabled) {
        return Err(ApiError::Forbidden(
            "writes are disabled: start the server with --allow-writes and a token".into(),
        ));
    }
    let presented = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")))
        .map(str::trim)
        .ok_or_else(|| ApiError::Unauthorized("writes need an `Authorization: Bearer <token>` header".into()))?;
    if policy.token_matches(presented) {
        Ok(())
    } else {
        Err(ApiError::Unauthorized("the bearer token is not valid".into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use storyline_model::TopEntity;

    fn article(id: &str, outlet: &str, published: &str, duplicate_of: Option<&str>) -> Article {
        Article {
            id: id.into(),
            outlet: Some(outlet.into()),
            published: Some(published.into()),
            duplicate_of: duplicate_of.map(String::from),
            ..Default::default()
        }
    }

    #[test]
    fn duplicates_fold_under_their_canonical_copy() {
        let cols = group_by_outlet(vec![
            article("b", "Yonhap", "2025-01-06", None),
            article("c", "Wire copy", "2025-01-07", Some("a")),
            article("a", "Kyiv", "2025-01-05", None),
            article("d", "Kyiv", "2025-01-08", Some("missing")),
        ]);
        let outlets: Vec<_> = cols.iter().map(|c| c.outlet.clone().unwrap_or_default()).collect();
        assert_eq!(outlets, ["Kyiv", "Yonhap"]);
        assert_eq!(cols[0].articles.len(), 2);
        assert_eq!(cols[0].articles[0].article.id, "a");
        assert_eq!(cols[0].articles[0].duplicates.len(), 1);
        assert_eq!(cols[0].articles[0].duplicates[0].id, "c");
        assert_eq!(cols[0].articles[1].article.id, "d");
    }

    #[test]
    fn date_ranges_overlap_story_spans() {
        let s = Story {
            first_published: Some("2025-01-05".into()),
            last_published: Some("2025-01-07T10:00:00Z".into()),
            top_entities: vec![TopEntity {
                canonical: "North Korea".into(),
                kind: storyline_model::EntityType::Gpe,
                mentions: 3,
            }],
            ..Default::default()
        };
        assert!(in_range(&s, Some("2025-01-07"), None));
        assert!(!in_range(&s, Some("2025-01-08"), None));
        assert!(in_range(&s, None, Some("2025-01-05")));
        assert!(!in_range(&s, None, Some("2025-01-04")));
        assert!(!in_range(&Story::default(), Some("2020-01-01"), None));
        assert!(in_range(&Story::default(), None, None));
    }

    #[test]
    fn ids_and_params_are_validated() {
        assert!(record_id(Ok(Path("abc123".into()))).is_ok());
        for bad in ["", "../etc", "a b", "a%2F", "é", &"a".repeat(200)] {
            assert!(record_id(Ok(Path(bad.to_string()))).is_err(), "{bad:?}");
        }
        assert!(date_param("from", Some("2025-01-32".into())).is_err());
        assert!(date_param("from", Some("2025-01".into())).is_err());
        assert_eq!(date_param("from", Some(" ".into())).unwrap(), None);
        assert!(text_param("q", Some("a\u{0}b".into())).is_err());
        assert!(page(None, Some(0), 20, 100).is_err());
        assert!(page(None, Some(101), 20, 100).is_err());
        assert_eq!(page(Some(5), None, 20, 100).unwrap(), (5, 20));
    }

    #[test]
    fn events_prefer_the_storys_own_list() {
        let mut a = article("a", "X", "2025-01-06", None);
        let ev = |id: &str, date: &str| Event {
            id: id.into(),
            article_id: "a".into(),
            story_id: None,
            date: date.into(),
            source: storyline_model::Actor { name: "Russia".into(), code: None, role: None },
            target: None,
            cameo: "010".into(),
            root: "01".into(),
            quad_class: 1,
            goldstein: 0.0,
            plover: "AGREE".into(),
            location: None,
            sentence: String::new(),
            reported_by: None,
            sources: None,
        };
        a.events = vec![ev("e2", "2025-01-06"), ev("e1", "2023-11-09"), ev("e3", "2024-01-01")];
        let mut story = Story { events: vec!["e1".into(), "e2".into()], ..Default::default() };
        let ids: Vec<_> = story_events(&story, std::slice::from_ref(&a)).into_iter().map(|e| e.id).collect();
        assert_eq!(ids, ["e1", "e2"]);
        story.events = vec!["merged".into()];
        assert_eq!(story_events(&story, std::slice::from_ref(&a)).len(), 3);
    }
}
