//! The OpenAPI document, generated from the handlers' annotations and the
//! schema mirrors below (the model crate's types carry no schema derive).

use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

/// Schema mirrors of the JSON shapes the API answers with (CONTRACT.md plus the API's envelopes).
#[allow(dead_code)]
pub(crate) mod schemas {
    use serde::Serialize;
    use utoipa::ToSchema;

    /// `GET /health`.
    #[derive(Serialize, ToSchema)]
    pub struct Health {
        /// Always "ok".
        status: String,
    }

    /// Every error response.
    #[derive(Serialize, ToSchema)]
    pub struct ErrorBody {
        /// What went wrong, in words.
        error: String,
    }

    /// Entity types of the contract.
    #[derive(Serialize, ToSchema)]
    #[serde(rename_all = "UPPERCASE")]
    pub enum EntityType {
        /// A person.
        Person,
        /// An organisation.
        Org,
        /// Countries, cities, regions with governments.
        Gpe,
        /// Places without a government.
        Loc,
        /// Nationalities, religious and political groups.
        Norp,
        /// Named events.
        Event,
        /// Anything else.
        Other,
    }

    /// A named-entity mention.
    #[derive(Serialize, ToSchema)]
    pub struct Entity {
        text: String,
        #[serde(rename = "type")]
        kind: EntityType,
        canonical: String,
        code: Option<String>,
        start: usize,
        end: usize,
    }

    /// Direct or reported speech.
    #[derive(Serialize, ToSchema)]
    pub struct Quote {
        text: String,
        speaker: Option<String>,
        speaker_text: Option<String>,
        direct: bool,
        start: usize,
        end: usize,
    }

    /// A number with its unit and what it counts.
    #[derive(Serialize, ToSchema)]
    pub struct Quantity {
        text: String,
        value: f64,
        unit: Option<String>,
        counts: Option<String>,
        approximate: bool,
        start: usize,
        end: usize,
    }

    /// A normalised time expression.
    #[derive(Serialize, ToSchema)]
    pub struct TimeExpr {
        text: String,
        value: String,
        start: usize,
        end: usize,
    }

    /// One side of an event.
    #[derive(Serialize, ToSchema)]
    pub struct Actor {
        name: String,
        code: Option<String>,
        role: Option<String>,
    }

    /// A CAMEO-coded event.
    #[derive(Serialize, ToSchema)]
    pub struct Event {
        id: String,
        article_id: String,
        story_id: Option<String>,
        date: String,
        source: Actor,
        target: Option<Actor>,
        cameo: String,
        root: String,
        quad_class: u8,
        goldstein: f64,
        plover: String,
        location: Option<String>,
        sentence: String,
        reported_by: Option<String>,
        sources: Option<u32>,
    }

    /// Why an article is a duplicate.
    #[derive(Serialize, ToSchema)]
    pub struct DuplicateInfo {
        canonical: String,
        similarity: f64,
        reason: String,
    }

    /// A stored article (CONTRACT.md).
    #[derive(Serialize, ToSchema)]
    pub struct Article {
        id: String,
        source: String,
        external_id: Option<String>,
        url: Option<String>,
        outlet: Option<String>,
        title: Option<String>,
        published: Option<String>,
        authors: Vec<String>,
        language: Option<String>,
        text: String,
        duplicate_of: Option<String>,
        story_id: Option<String>,
        entities: Vec<Entity>,
        quotes: Vec<Quote>,
        quantities: Vec<Quantity>,
        times: Vec<TimeExpr>,
        events: Vec<Event>,
        duplicate: Option<DuplicateInfo>,
        modified: Option<String>,
    }

    /// An entity ranked within a story.
    #[derive(Serialize, ToSchema)]
    pub struct TopEntity {
        canonical: String,
        #[serde(rename = "type")]
        kind: EntityType,
        mentions: u32,
    }

    /// One article's value in a discrepancy.
    #[derive(Serialize, ToSchema)]
    pub struct DiscrepancyValue {
        /// A number or a date string.
        value: serde_json::Value,
        article_id: String,
    }

    /// Outlets disagreeing on one thing.
    #[derive(Serialize, ToSchema)]
    pub struct Discrepancy {
        what: String,
        values: Vec<DiscrepancyValue>,
    }

    /// A story (CONTRACT.md).
    #[derive(Serialize, ToSchema)]
    pub struct Story {
        id: String,
        title: Option<String>,
        summary: Option<String>,
        first_published: Option<String>,
        last_published: Option<String>,
        articles: Vec<String>,
        outlets: Vec<String>,
        top_entities: Vec<TopEntity>,
        events: Vec<String>,
        discrepancies: Vec<Discrepancy>,
    }

    /// One page of stories.
    #[derive(Serialize, ToSchema)]
    pub struct StoryPage {
        total: usize,
        offset: usize,
        limit: usize,
        stories: Vec<Story>,
    }

    /// A canonical article and its duplicates.
    #[derive(Serialize, ToSchema)]
    pub struct ArticleGroup {
        article: Article,
        duplicates: Vec<Article>,
    }

    /// One outlet's articles.
    #[derive(Serialize, ToSchema)]
    pub struct OutletColumn {
        outlet: Option<String>,
        articles: Vec<ArticleGroup>,
    }

    /// A story with its articles grouped by outlet.
    #[derive(Serialize, ToSchema)]
    pub struct StoryDetail {
        story: Story,
        /// The id asked for, when it was merged into `story.id`.
        redirected_from: Option<String>,
        articles_total: usize,
        articles_offset: usize,
        articles_limit: usize,
        columns: Vec<OutletColumn>,
        events: Vec<Event>,
    }

    /// One search hit.
    #[derive(Serialize, ToSchema)]
    pub struct SearchHit {
        article_id: String,
        story_id: Option<String>,
        score: f32,
        title: Option<String>,
        snippet: String,
    }

    /// Search hits, best first.
    #[derive(Serialize, ToSchema)]
    pub struct SearchResults {
        query: String,
        hits: Vec<SearchHit>,
    }

    /// An actor's events.
    #[derive(Serialize, ToSchema)]
    pub struct Timeline {
        actor: String,
        with: Option<String>,
        resolved: Option<String>,
        total: usize,
        events: Vec<Event>,
    }

    /// One page of events.
    #[derive(Serialize, ToSchema)]
    pub struct EventPage {
        total: usize,
        offset: usize,
        limit: usize,
        events: Vec<Event>,
    }

    /// One document to ingest, as in `.jsonl` ingest: at least `text` or `html`.
    #[derive(Serialize, ToSchema)]
    pub struct ArticleInput {
        /// The caller's own id, kept as `external_id`.
        id: Option<String>,
        text: Option<String>,
        html: Option<String>,
        url: Option<String>,
        title: Option<String>,
        published: Option<String>,
        outlet: Option<String>,
        authors: Vec<String>,
    }
}

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

#[derive(OpenApi)]
#[openapi(
    info(title = "Storyline API", description = "Stories, articles, events and timelines over a Storyline store."),
    paths(
        crate::api::health,
        crate::api::metrics,
        crate::api::openapi_json,
        crate::api::list_stories,
        crate::api::get_story,
        crate::api::get_article,
        crate::api::post_article,
        crate::api::search,
        crate::api::timeline,
        crate::api::events,
    ),
    components(schemas(schemas::ErrorBody, schemas::Article, schemas::Story, schemas::Event, schemas::ArticleInput)),
    modifiers(&BearerAuth),
    tags(
        (name = "stories", description = "Stories and their articles"),
        (name = "articles", description = "Articles, search and ingest"),
        (name = "events", description = "Coded events and timelines"),
        (name = "meta", description = "Health, metrics and this document"),
    )
)]
struct ApiDoc;

/// The OpenAPI 3.1 document of this API, as served at `/api/openapi.json`.
pub fn openapi_document() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

#[cfg(test)]
mod tests {
    use super::*;
    use storyline_model as model;

    fn properties(doc: &serde_json::Value, schema: &str) -> Vec<String> {
        let mut keys: Vec<String> = doc["components"]["schemas"][schema]["properties"]
            .as_object()
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default();
        keys.sort();
        keys
    }

    fn keys_of(v: &impl serde::Serialize) -> Vec<String> {
        let mut keys: Vec<String> = serde_json::to_value(v)
            .ok()
            .and_then(|v| v.as_object().map(|o| o.keys().cloned().collect()))
            .unwrap_or_default();
        keys.sort();
        keys
    }

    #[test]
    fn schema_mirrors_match_the_model() {
        let doc = serde_json::to_value(openapi_document()).unwrap();
        let article = model::Article {
            duplicate: Some(model::DuplicateInfo { canonical: "a".into(), similarity: 1.0, reason: "exact".into() }),
            modified: Some("2025-01-01".into()),
            ..Default::default()
        };
        assert_eq!(properties(&doc, "Article"), keys_of(&article));
        assert_eq!(properties(&doc, "Story"), keys_of(&model::Story::default()));
        assert_eq!(properties(&doc, "ArticleInput"), keys_of(&model::ArticleInput::default()));
        let hit =
            model::SearchHit { article_id: "a".into(), story_id: None, score: 1.0, title: None, snippet: "".into() };
        assert_eq!(properties(&doc, "SearchHit"), keys_of(&hit));
        let entity_props = properties(&doc, "Entity");
        assert!(entity_props.contains(&"type".to_string()), "{entity_props:?}");
    }

    #[test]
    fn document_has_bearer_security() {
        let doc = serde_json::to_value(openapi_document()).unwrap();
        assert_eq!(doc["components"]["securitySchemes"]["bearer"]["scheme"], "bearer");
        assert!(doc["openapi"].as_str().unwrap_or("").starts_with("3."));
    }
}
