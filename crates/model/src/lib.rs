//! Storyline's data model: the types every stage reads and writes.
//!
//! The JSON shape of each type is fixed by `CONTRACT.md`; outside tools parse
//! it, so field names and nullability here are part of the public interface.
//! Fields beyond the contract are allowed ("add freely") and are marked as such.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

mod ids;
pub use ids::{article_id, event_id, short_hash, story_id_for};

/// The Article JSON fields of the contract, in its order: what outside tools
/// may rely on every exported article carrying (tests check it).
pub const ARTICLE_FIELDS: &[&str] = &[
    "id",
    "source",
    "external_id",
    "url",
    "outlet",
    "title",
    "published",
    "authors",
    "language",
    "text",
    "duplicate_of",
    "story_id",
    "entities",
    "quotes",
    "quantities",
    "times",
    "events",
];

/// One news article after extraction and analysis: the unit every stage works on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Article {
    /// Stable id: the same document always gets the same id (see [`article_id`]).
    pub id: String,
    /// Path or URL the document was read from.
    pub source: String,
    /// The caller's own identifier from a JSONL or API input.
    pub external_id: Option<String>,
    /// The article's address, canonical where the page names one.
    pub url: Option<String>,
    /// Publishing outlet, e.g. "The Kyiv Independent".
    pub outlet: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// `YYYY-MM-DD` or an RFC 3339 date-time; null where the document states none.
    pub published: Option<String>,
    /// Bylined authors, in page order.
    #[serde(default)]
    pub authors: Vec<String>,
    /// ISO 639-1 language code of `text`.
    pub language: Option<String>,
    /// The article's own body, boilerplate removed; paragraphs separated by a blank line.
    pub text: String,
    /// Canonical copy this article duplicates (store exports only).
    pub duplicate_of: Option<String>,
    /// Story the article belongs to (store exports only).
    pub story_id: Option<String>,
    /// Named entities resolved to canonical actors.
    #[serde(default)]
    pub entities: Vec<Entity>,
    /// Direct and reported speech with speakers.
    #[serde(default)]
    pub quotes: Vec<Quote>,
    /// Numbers with what they count.
    #[serde(default)]
    pub quantities: Vec<Quantity>,
    /// Time expressions normalised against the publication date.
    #[serde(default)]
    pub times: Vec<TimeExpr>,
    /// Political events coded from the text.
    #[serde(default)]
    pub events: Vec<Event>,
    /// Beyond the contract: why this article is a duplicate, when it is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duplicate: Option<DuplicateInfo>,
    /// Beyond the contract: last-modified date where the page states one apart from `published`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<String>,
}

impl Article {
    /// The publication day, if `published` holds a parseable date or date-time.
    pub fn published_date(&self) -> Option<NaiveDate> {
        self.published.as_deref().and_then(parse_date_prefix)
    }
}

/// Parses the `YYYY-MM-DD` prefix of a date or RFC 3339 date-time.
pub fn parse_date_prefix(s: &str) -> Option<NaiveDate> {
    let head = s.get(..10)?;
    NaiveDate::parse_from_str(head, "%Y-%m-%d").ok()
}

/// Why an article was judged a copy of another (beyond the contract).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DuplicateInfo {
    /// The canonical (earliest) copy.
    pub canonical: String,
    /// Similarity that justified the link, 0..=1.
    pub similarity: f64,
    /// `exact`, `near` (Jaccard) or `containment` (a truncated or lead-only copy).
    pub reason: String,
}

/// Entity types of the contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    /// A person.
    Person,
    /// An organisation.
    Org,
    /// Countries, cities, regions with governments.
    Gpe,
    /// Places without a government: seas, continents, regions.
    Loc,
    /// Nationalities, religious and political groups.
    Norp,
    /// Named events.
    Event,
    /// Anything else.
    Other,
}

impl EntityType {
    /// The contract's spelling, e.g. `"GPE"`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Org => "ORG",
            EntityType::Gpe => "GPE",
            EntityType::Loc => "LOC",
            EntityType::Norp => "NORP",
            EntityType::Event => "EVENT",
            EntityType::Other => "OTHER",
        }
    }
}

/// A mention of a named entity, resolved to its canonical actor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// The mention as written.
    pub text: String,
    /// Entity type.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Resolved name shared by every alias ("DPRK" → "North Korea").
    pub canonical: String,
    /// ISO 3166-1 alpha-3 country the entity belongs to or stands for.
    pub code: Option<String>,
    /// Byte offset into `text`, inclusive.
    pub start: usize,
    /// Byte offset into `text`, exclusive.
    pub end: usize,
}

/// Direct or reported speech.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words without quotation marks.
    pub text: String,
    /// Canonical name of the speaker.
    pub speaker: Option<String>,
    /// How the article names the speaker there.
    pub speaker_text: Option<String>,
    /// True for words in quotation marks, false for reported speech.
    pub direct: bool,
    /// Byte offset into `text`, inclusive.
    pub start: usize,
    /// Byte offset into `text`, exclusive.
    pub end: usize,
}

/// A number with its unit and what it counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// The expression as written ("some 12,000").
    pub text: String,
    /// Numeric value (12000, 1100, 1000000).
    pub value: f64,
    /// Normalised unit (`km`, `USD`, `%`), null for counts.
    pub unit: Option<String>,
    /// The counted noun phrase ("North Korean soldiers").
    pub counts: Option<String>,
    /// True for "some", "about", "over", "more than", "approximately".
    pub approximate: bool,
    /// Byte offset into `text`, inclusive.
    pub start: usize,
    /// Byte offset into `text`, exclusive.
    pub end: usize,
}

/// A time expression normalised against the publication date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimeExpr {
    /// The expression as written ("late Sunday").
    pub text: String,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub value: String,
    /// Byte offset into `text`, inclusive.
    pub start: usize,
    /// Byte offset into `text`, exclusive.
    pub end: usize,
}

/// One side of an event.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Actor {
    /// Canonical actor name.
    pub name: String,
    /// ISO alpha-3 country code.
    pub code: Option<String>,
    /// `GOV`, `MIL`, ... or null.
    pub role: Option<String>,
}

/// A political event: who did what to whom, coded in CAMEO with its PLOVER type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Stable id (see [`event_id`]).
    pub id: String,
    /// Article it was coded from.
    pub article_id: String,
    /// Story of that article (store exports only).
    pub story_id: Option<String>,
    /// When it happened, else the article's date (`YYYY-MM-DD`).
    pub date: String,
    /// Who acts.
    pub source: Actor,
    /// On whom, if anyone.
    pub target: Option<Actor>,
    /// CAMEO code, e.g. "0742".
    pub cameo: String,
    /// Its two-digit root, e.g. "07".
    pub root: String,
    /// CAMEO quad class 1-4.
    pub quad_class: u8,
    /// Goldstein score -10..10.
    pub goldstein: f64,
    /// PLOVER event type, e.g. "AID".
    pub plover: String,
    /// Where, when stated.
    pub location: Option<String>,
    /// The sentence it was coded from.
    pub sentence: String,
    /// Who made the claim, when the event is reported speech.
    pub reported_by: Option<String>,
    /// Distinct outlets reporting it (store exports only).
    pub sources: Option<u32>,
}

/// A real-world event as reported by one or more articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Story {
    /// Stable story id.
    pub id: String,
    /// Its most representative headline.
    pub title: Option<String>,
    /// A short extractive summary across outlets.
    pub summary: Option<String>,
    /// Earliest publication time of its articles.
    pub first_published: Option<String>,
    /// Latest publication time of its articles.
    pub last_published: Option<String>,
    /// Member article ids.
    pub articles: Vec<String>,
    /// Distinct outlets.
    pub outlets: Vec<String>,
    /// Most mentioned entities.
    pub top_entities: Vec<TopEntity>,
    /// Merged event ids.
    pub events: Vec<String>,
    /// Where outlets give different numbers or dates for the same thing.
    pub discrepancies: Vec<Discrepancy>,
}

/// An entity ranked within a story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TopEntity {
    /// Canonical name.
    pub canonical: String,
    /// Entity type.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Mentions across the story's articles.
    pub mentions: u32,
}

/// Outlets disagreeing on one counted thing or date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Discrepancy {
    /// What is disagreed on, e.g. "North Korean soldiers deployed".
    pub what: String,
    /// Each article's value.
    pub values: Vec<DiscrepancyValue>,
}

/// One article's value in a [`Discrepancy`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DiscrepancyValue {
    /// A number or a date string.
    pub value: serde_json::Value,
    /// The article giving it.
    pub article_id: String,
}

/// One document as callers hand it over in `.jsonl` or `POST /api/articles`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct ArticleInput {
    /// The caller's own identifier, kept as `external_id`.
    #[serde(default, deserialize_with = "id_as_string")]
    pub id: Option<String>,
    /// Already-scraped text.
    #[serde(default)]
    pub text: Option<String>,
    /// Raw HTML.
    #[serde(default)]
    pub html: Option<String>,
    /// Address.
    #[serde(default)]
    pub url: Option<String>,
    /// Headline.
    #[serde(default)]
    pub title: Option<String>,
    /// Publication date or date-time.
    #[serde(default)]
    pub published: Option<String>,
    /// Outlet name.
    #[serde(default)]
    pub outlet: Option<String>,
    /// Authors.
    #[serde(default)]
    pub authors: Vec<String>,
}

fn id_as_string<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let v = Option::<serde_json::Value>::deserialize(d)?;
    Ok(match v {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(s)) => Some(s),
        Some(other) => Some(other.to_string()),
    })
}

/// One full-text search hit (`storyline search --json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchHit {
    /// Matching article.
    pub article_id: String,
    /// Its story.
    pub story_id: Option<String>,
    /// Relevance score.
    pub score: f32,
    /// Its headline.
    pub title: Option<String>,
    /// A highlighted excerpt.
    pub snippet: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample_article() -> Article {
        Article {
            id: "abc".into(),
            source: "x.txt".into(),
            text: "Blinken said.".into(),
            published: Some("2025-01-06".into()),
            entities: vec![Entity {
                text: "Blinken".into(),
                kind: EntityType::Person,
                canonical: "Antony Blinken".into(),
                code: Some("USA".into()),
                start: 0,
                end: 7,
            }],
            quantities: vec![Quantity {
                text: "some 12,000".into(),
                value: 12000.0,
                unit: None,
                counts: Some("North Korean soldiers".into()),
                approximate: true,
                start: 0,
                end: 1,
            }],
            events: vec![Event {
                id: "e1".into(),
                article_id: "abc".into(),
                story_id: None,
                date: "2025-01-06".into(),
                source: Actor { name: "Russia".into(), code: Some("RUS".into()), role: None },
                target: None,
                cameo: "0742".into(),
                root: "07".into(),
                quad_class: 2,
                goldstein: 7.4,
                plover: "AID".into(),
                location: None,
                sentence: "s".into(),
                reported_by: Some("Antony Blinken".into()),
                sources: None,
            }],
            ..Default::default()
        }
    }

    #[test]
    fn article_round_trips_with_contract_field_names() {
        let a = sample_article();
        let json = serde_json::to_value(&a).unwrap();
        for key in ARTICLE_FIELDS {
            assert!(json.get(key).is_some(), "missing contract field {key}");
        }
        assert_eq!(json["entities"][0]["type"], "PERSON");
        assert!(json["external_id"].is_null());
        let back: Article = serde_json::from_value(json).unwrap();
        assert_eq!(back, a);
    }

    #[test]
    fn story_round_trips() {
        let s = Story {
            id: "s1".into(),
            top_entities: vec![TopEntity { canonical: "Russia".into(), kind: EntityType::Gpe, mentions: 3 }],
            discrepancies: vec![Discrepancy {
                what: "North Korean soldiers".into(),
                values: vec![DiscrepancyValue { value: serde_json::json!(12000), article_id: "a".into() }],
            }],
            ..Default::default()
        };
        let json = serde_json::to_string(&s).unwrap();
        assert!(json.contains("\"type\":\"GPE\""));
        assert_eq!(serde_json::from_str::<Story>(&json).unwrap(), s);
    }

    #[test]
    fn input_accepts_numeric_ids_and_missing_fields() {
        let i: ArticleInput = serde_json::from_str(r#"{"id": 42, "text": "hi"}"#).unwrap();
        assert_eq!(i.id.as_deref(), Some("42"));
        assert!(i.authors.is_empty());
    }

    #[test]
    fn published_date_reads_date_times() {
        let mut a = sample_article();
        a.published = Some("2023-11-09T13:37:00+02:00".into());
        assert_eq!(a.published_date(), NaiveDate::from_ymd_opt(2023, 11, 9));
        a.published = Some("Nov 9".into());
        assert_eq!(a.published_date(), None);
    }
}
