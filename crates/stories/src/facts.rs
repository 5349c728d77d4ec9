//! Story facts: events merged across a story's outlets with their source
//! counts, discrepancies between sources, an extractive summary and the top
//! entities. A pure function of the story's articles.
//!
//! Two events are the same when their source, target, CAMEO root and date
//! agree (actors compared by country code, else by name); an article that
//! states no date reports the same event as a dated one with the same actors
//! and root. `sources` is the
//! number of distinct outlets (an article without an outlet counts by its
//! source path) that report the merged event.

use std::collections::{BTreeMap, HashMap, HashSet};

use storyline_model::{Article, Discrepancy, DiscrepancyValue, EntityType, Event, Story, TopEntity};

/// How many entities `top_entities` keeps.
pub const TOP_ENTITIES: usize = 10;
/// Most sentences in a summary.
pub const SUMMARY_SENTENCES: usize = 3;

/// Fills `summary`, `top_entities`, `events` and `discrepancies` of `story`
/// from its member `articles` (sorted oldest first by the caller). To also set
/// `sources` and `story_id` on the articles' own events, use [`corroborate`].
pub fn apply_story_facts(story: &mut Story, articles: &[Article]) {
    let groups = event_groups(articles);
    story.events = groups
        .iter()
        .filter_map(|g| g.events.first())
        .filter_map(|(a, e)| articles.get(*a).and_then(|art| art.events.get(*e)))
        .map(|e| e.id.clone())
        .collect();
    story.top_entities = top_entities(articles, TOP_ENTITIES);
    let mut discrepancies = quantity_discrepancies(articles);
    discrepancies.extend(date_discrepancies(articles));
    story.discrepancies = discrepancies;
    story.summary = summary(articles, SUMMARY_SENTENCES);
}

/// [`apply_story_facts`], then sets `story_id` and `sources` (distinct outlets
/// reporting the merged event) on every article's copy of each event.
pub fn corroborate(story: &mut Story, articles: &mut [Article]) {
    apply_story_facts(story, articles);
    let groups = event_groups(articles);
    for g in &groups {
        let outlets = g.outlets(articles);
        for (a, e) in &g.events {
            if let Some(ev) = articles.get_mut(*a).and_then(|art| art.events.get_mut(*e)) {
                ev.sources = Some(outlets);
                // An undated article's copy takes the date the story's other outlets give it.
                if ev.date.is_empty() {
                    ev.date.clone_from(&g.key.3);
                }
            }
        }
    }
    // What an undated article reports alone happened, as far as the text tells, when the story's latest dated
    // article was published.
    let story_date = articles.iter().filter_map(|a| a.published.as_deref()).filter_map(|p| p.get(..10)).max();
    let story_date = story_date.map(str::to_string);
    for a in articles.iter_mut() {
        for e in &mut a.events {
            e.story_id = Some(story.id.clone());
            if e.date.is_empty() {
                if let Some(d) = &story_date {
                    e.date.clone_from(d);
                }
            }
        }
    }
}

/// Events reported as the same across a story's articles.
#[derive(Debug, Clone, PartialEq)]
pub struct EventGroup {
    /// The merge key: (source, target, root, date).
    pub key: (String, String, String, String),
    /// `(article index, event index)` of every copy, in article order.
    pub events: Vec<(usize, usize)>,
}

impl EventGroup {
    /// Distinct outlets among the articles reporting this event.
    pub fn outlets(&self, articles: &[Article]) -> u32 {
        let set: HashSet<&str> = self.events.iter().filter_map(|(a, _)| articles.get(*a)).map(outlet_of).collect();
        set.len() as u32
    }
}

fn outlet_of(a: &Article) -> &str {
    a.outlet.as_deref().filter(|o| !o.trim().is_empty()).unwrap_or(if a.source.is_empty() { &a.id } else { &a.source })
}

fn actor_key(code: Option<&str>, name: &str) -> String {
    code.map(str::to_string).unwrap_or_else(|| name.to_lowercase())
}

fn event_key(e: &Event) -> (String, String, String, String) {
    let src = actor_key(e.source.code.as_deref(), &e.source.name);
    let tgt = e.target.as_ref().map(|t| actor_key(t.code.as_deref(), &t.name)).unwrap_or_default();
    let root = if e.root.is_empty() { e.cameo.get(..2).unwrap_or_default().to_string() } else { e.root.clone() };
    (src, tgt, root, e.date.clone())
}

/// Groups the articles' events by (source, target, root, date), in first-seen order. An event of an article
/// that states no date joins the first dated group with the same actors and root: the story's other outlets
/// date what it reports.
pub fn event_groups(articles: &[Article]) -> Vec<EventGroup> {
    let mut index: HashMap<(String, String, String, String), usize> = HashMap::new();
    let mut groups: Vec<EventGroup> = Vec::new();
    let mut undated: Vec<(usize, usize)> = Vec::new();
    for (ai, a) in articles.iter().enumerate() {
        for (ei, e) in a.events.iter().enumerate() {
            if e.date.is_empty() {
                undated.push((ai, ei));
                continue;
            }
            let key = event_key(e);
            let gi = *index.entry(key.clone()).or_insert_with(|| {
                groups.push(EventGroup { key, events: Vec::new() });
                groups.len() - 1
            });
            groups[gi].events.push((ai, ei));
        }
    }
    for (ai, ei) in undated {
        let Some(e) = articles.get(ai).and_then(|a| a.events.get(ei)) else { continue };
        let key = event_key(e);
        let dated = groups.iter().position(|g| g.key.0 == key.0 && g.key.1 == key.1 && g.key.2 == key.2);
        let gi = match dated {
            Some(gi) => gi,
            None => *index.entry(key.clone()).or_insert_with(|| {
                groups.push(EventGroup { key, events: Vec::new() });
                groups.len() - 1
            }),
        };
        groups[gi].events.push((ai, ei));
    }
    groups
}

/// Most mentioned entities across the articles.
pub fn top_entities(articles: &[Article], n: usize) -> Vec<TopEntity> {
    let mut counts: HashMap<(&str, EntityType), u32> = HashMap::new();
    for a in articles {
        for e in &a.entities {
            *counts.entry((e.canonical.as_str(), e.kind)).or_default() += 1;
        }
    }
    let mut top: Vec<TopEntity> =
        counts.into_iter().map(|((c, k), m)| TopEntity { canonical: c.to_string(), kind: k, mentions: m }).collect();
    top.sort_by(|a, b| b.mentions.cmp(&a.mentions).then_with(|| a.canonical.cmp(&b.canonical)));
    top.truncate(n);
    top
}

const COUNT_STOPWORDS: &[&str] = &["the", "a", "an", "of", "some", "about", "more", "than", "over", "nearly", "around"];

fn singular(word: &str) -> String {
    let w = word.to_lowercase();
    let w = match w.as_str() {
        "soldiers" | "soldier" | "troops" | "troop" | "servicemen" | "serviceman" | "fighters" | "fighter" => "troops",
        "people" | "persons" | "person" => "people",
        _ => w.as_str(),
    };
    if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
        w[..w.len() - 1].to_string()
    } else {
        w.to_string()
    }
}

/// A comparable form of a counted noun phrase: lowercase, singular, synonyms folded.
pub fn normalise_counts(counts: &str) -> String {
    counts
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty() && !COUNT_STOPWORDS.contains(&w.to_lowercase().as_str()))
        .map(singular)
        .collect::<Vec<_>>()
        .join(" ")
}

fn json_number(v: f64) -> serde_json::Value {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        serde_json::Value::from(v as i64)
    } else {
        serde_json::Number::from_f64(v).map(serde_json::Value::Number).unwrap_or(serde_json::Value::Null)
    }
}

/// One article's number for a counted thing: (value, article id, counts phrase).
type StatedValue<'a> = (f64, &'a str, &'a str);

/// Counted things the articles give different numbers for ("11,000" vs
/// "12,000 North Korean troops"): one value per article, the first it states.
pub fn quantity_discrepancies(articles: &[Article]) -> Vec<Discrepancy> {
    let mut by_thing: BTreeMap<(String, String), Vec<StatedValue>> = BTreeMap::new();
    for a in articles {
        let mut seen = HashSet::new();
        for q in &a.quantities {
            let Some(counts) = q.counts.as_deref() else { continue };
            let key = (normalise_counts(counts), q.unit.clone().unwrap_or_default());
            if key.0.is_empty() || !q.value.is_finite() || !seen.insert(key.clone()) {
                continue;
            }
            by_thing.entry(key).or_default().push((q.value, a.id.as_str(), counts));
        }
    }
    let mut out = Vec::new();
    for values in by_thing.values() {
        let Some(&(first, _, what)) = values.first() else { continue };
        let differs = values.iter().any(|(v, _, _)| (v - first).abs() > 1e-9 * first.abs().max(1.0));
        if values.len() >= 2 && differs {
            out.push(Discrepancy {
                what: what.to_string(),
                values: values
                    .iter()
                    .map(|(v, id, _)| DiscrepancyValue { value: json_number(*v), article_id: id.to_string() })
                    .collect(),
            });
        }
    }
    out
}

/// Source, target and CAMEO root of an event.
type Dyad = (String, String, String);

/// Events that articles date differently: the same (source, target, root),
/// stated once in each of two or more articles, on different dates.
pub fn date_discrepancies(articles: &[Article]) -> Vec<Discrepancy> {
    let mut by_dyad: BTreeMap<Dyad, Vec<(String, &Article, &Event)>> = BTreeMap::new();
    for a in articles {
        let mut per_article: HashMap<Dyad, Vec<&Event>> = HashMap::new();
        for e in &a.events {
            let (s, t, r, _) = event_key(e);
            per_article.entry((s, t, r)).or_default().push(e);
        }
        for (key, evs) in per_article {
            let dates: HashSet<&str> = evs.iter().map(|e| e.date.as_str()).collect();
            if let (1, Some(e)) = (dates.len(), evs.first()) {
                by_dyad.entry(key).or_default().push((e.date.clone(), a, e));
            }
        }
    }
    let mut out = Vec::new();
    for ((_, _, root), values) in by_dyad {
        let dates: HashSet<&str> = values.iter().map(|(d, _, _)| d.as_str()).collect();
        let outlets: HashSet<&str> = values.iter().map(|(_, a, _)| outlet_of(a)).collect();
        if dates.len() < 2 || outlets.len() < 2 {
            continue;
        }
        let Some((_, _, e)) = values.first() else { continue };
        let target = e.target.as_ref().map(|t| format!(" → {}", t.name)).unwrap_or_default();
        out.push(Discrepancy {
            what: format!("date of {}{} (CAMEO {root})", e.source.name, target),
            values: values
                .iter()
                .map(|(d, a, _)| DiscrepancyValue {
                    value: serde_json::Value::from(d.clone()),
                    article_id: a.id.clone(),
                })
                .collect(),
        });
    }
    out
}

/// Sentence ranges of plain text: split after `.`, `!` or `?` (and a closing
/// quote) followed by whitespace and an uppercase letter or quote, and at
/// blank lines; common abbreviations do not end sentences.
pub fn split_sentences(text: &str) -> Vec<&str> {
    sentences(text).collect()
}

/// The sentences of [`split_sentences`], one at a time: a caller that needs
/// only the first few does not split the whole text.
pub fn sentences(text: &str) -> Sentences<'_> {
    let mut chars = text.char_indices();
    let cur = chars.next();
    let next = chars.next();
    let after = chars.next();
    Sentences { text, chars, window: [cur, next, after], prev: ' ', start: 0, done: false }
}

/// Iterator of [`sentences`].
pub struct Sentences<'a> {
    text: &'a str,
    chars: std::str::CharIndices<'a>,
    /// The char being looked at and the two after it.
    window: [Option<(usize, char)>; 3],
    prev: char,
    start: usize,
    done: bool,
}

impl<'a> Iterator for Sentences<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        const ABBREVIATIONS: &[&str] = &[
            "Mr", "Mrs", "Ms", "Dr", "St", "Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Gen", "Lt", "No",
            "U.S", "U.K", "N",
        ];
        let text = self.text;
        loop {
            let [cur, next, after] = self.window;
            let Some((i, c)) = cur else {
                if self.done {
                    return None;
                }
                self.done = true;
                let rest = text.get(self.start..).unwrap_or("").trim();
                return (!rest.is_empty()).then_some(rest);
            };
            let prev = self.prev;
            self.prev = c;
            self.window = [next, after, self.chars.next()];
            let (next, after) = (next.map(|x| x.1), after.map(|x| x.1));
            let closing =
                matches!(c, '.' | '!' | '?') || (matches!(c, '\u{201D}' | '"') && matches!(prev, '.' | '!' | '?'));
            let end_punct = closing
                && next.is_some_and(char::is_whitespace)
                && after.is_some_and(|a| a.is_uppercase() || a == '\u{201C}' || a == '"');
            let abbreviation = c == '.' && {
                let word = text.get(self.start..i).unwrap_or("").rsplit(|ch: char| ch.is_whitespace()).next();
                ABBREVIATIONS.contains(&word.unwrap_or(""))
            };
            let paragraph = c == '\n' && next == Some('\n');
            if (end_punct && !abbreviation) || paragraph {
                let end = i + c.len_utf8();
                let s = text.get(self.start..end).unwrap_or("").trim();
                self.start = end;
                if !s.is_empty() {
                    return Some(s);
                }
            }
        }
    }
}

const STOPWORDS: &[&str] = &[
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "at", "by", "from", "that", "this", "is",
    "are", "was", "were", "be", "been", "it", "its", "as", "his", "her", "their", "he", "she", "they", "said", "has",
    "have", "had", "will", "would", "not", "but", "which", "who",
];

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 1)
        .map(str::to_lowercase)
        .filter(|w| !STOPWORDS.contains(&w.as_str()))
        .collect()
}

fn jaccard(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    let inter = a.intersection(b).count();
    let union = a.len() + b.len() - inter;
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

/// A 2-3 sentence extractive summary across outlets: the lead sentences of
/// each article scored by closeness to the centroid of all leads (plus a bonus
/// for coming first), picked greedily without near-duplicates.
pub fn summary(articles: &[Article], max_sentences: usize) -> Option<String> {
    struct Candidate<'a> {
        text: &'a str,
        article: usize,
        position: usize,
        words: HashSet<String>,
        counts: HashMap<String, f64>,
    }
    let mut candidates: Vec<Candidate> = Vec::new();
    for (ai, a) in articles.iter().enumerate().filter(|(_, a)| a.duplicate_of.is_none()) {
        let leads = sentences(&a.text)
            .filter(|s| {
                (40..=400).contains(&s.len()) && s.chars().next().is_some_and(|c| c.is_uppercase() || c == '\u{201C}')
            })
            .filter(|s| s.ends_with(['.', '!', '?', '\u{201D}', '"']))
            .take(4);
        for (position, text) in leads.enumerate() {
            let ws = words(text);
            let mut counts: HashMap<String, f64> = HashMap::new();
            for w in &ws {
                *counts.entry(w.clone()).or_default() += 1.0;
            }
            candidates.push(Candidate { text, article: ai, position, words: ws.into_iter().collect(), counts });
        }
    }
    if candidates.is_empty() {
        return None;
    }
    let mut centroid: HashMap<&str, f64> = HashMap::new();
    for c in &candidates {
        for (w, n) in &c.counts {
            *centroid.entry(w.as_str()).or_default() += n;
        }
    }
    let centroid_norm = centroid.values().map(|v| v * v).sum::<f64>().sqrt().max(1e-9);
    let mut scored: Vec<(f64, usize)> = candidates
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let dot: f64 = c.counts.iter().map(|(w, n)| n * centroid.get(w.as_str()).copied().unwrap_or(0.0)).sum();
            let norm = c.counts.values().map(|v| v * v).sum::<f64>().sqrt().max(1e-9);
            let position_bonus = 0.15 / (1.0 + c.position as f64);
            (dot / (norm * centroid_norm) + position_bonus, i)
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut picked: Vec<usize> = Vec::new();
    for (_, i) in scored {
        if picked.len() >= max_sentences {
            break;
        }
        if picked.iter().any(|&p| jaccard(&candidates[p].words, &candidates[i].words) > 0.4) {
            continue;
        }
        picked.push(i);
    }
    picked.sort_by_key(|&i| (candidates[i].article, candidates[i].position));
    Some(picked.iter().map(|&i| candidates[i].text).collect::<Vec<_>>().join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use storyline_model::{Actor, Entity, Quantity};

    fn event(id: &str, article: &str, src: &str, tgt: Option<&str>, cameo: &str, date: &str) -> Event {
        Event {
            id: id.into(),
            article_id: article.into(),
            story_id: None,
            date: date.into(),
            source: Actor { name: src.into(), code: Some(src.into()), role: None },
            target: tgt.map(|t| Actor { name: t.into(), code: Some(t.into()), role: None }),
            cameo: cameo.into(),
            root: cameo[..2].into(),
            quad_class: 1,
            goldstein: 0.0,
            plover: "X".into(),
            location: None,
            sentence: "s".into(),
            reported_by: None,
            sources: None,
        }
    }

    fn quantity(value: f64, counts: &str) -> Quantity {
        Quantity {
            text: value.to_string(),
            value,
            unit: None,
            counts: Some(counts.into()),
            approximate: false,
            start: 0,
            end: 1,
        }
    }

    fn article(id: &str, outlet: Option<&str>, events: Vec<Event>) -> Article {
        Article {
            id: id.into(),
            source: format!("{id}.txt"),
            outlet: outlet.map(Into::into),
            events,
            ..Default::default()
        }
    }

    fn story() -> (Story, Vec<Article>) {
        let a = article(
            "a",
            Some("Yonhap"),
            vec![
                event("a1", "a", "RUS", Some("PRK"), "0331", "2025-01-06"),
                event("a2", "a", "USA", Some("KOR"), "040", "2025-01-06"),
            ],
        );
        let b = article(
            "b",
            Some("Kyiv Independent"),
            vec![
                event("b1", "b", "RUS", Some("PRK"), "031", "2025-01-06"),
                event("b2", "b", "PRK", None, "150", "2025-01-06"),
            ],
        );
        let c = article("c", Some("Yonhap"), vec![event("c1", "c", "RUS", Some("PRK"), "033", "2025-01-06")]);
        (Story { id: "s1".into(), ..Default::default() }, vec![a, b, c])
    }

    #[test]
    fn events_merge_and_count_distinct_outlets() {
        let (mut s, mut arts) = story();
        corroborate(&mut s, &mut arts);
        assert_eq!(s.events, ["a1", "a2", "b2"]);
        assert_eq!(arts[0].events[0].sources, Some(2), "Yonhap twice and Kyiv Independent once");
        assert_eq!(arts[1].events[0].sources, Some(2));
        assert_eq!(arts[2].events[0].sources, Some(2));
        assert_eq!(arts[0].events[1].sources, Some(1));
        assert!(arts.iter().flat_map(|a| &a.events).all(|e| e.story_id.as_deref() == Some("s1")));
    }

    #[test]
    fn articles_without_outlet_count_by_source() {
        let (mut s, mut arts) = story();
        for a in &mut arts {
            a.outlet = None;
        }
        corroborate(&mut s, &mut arts);
        assert_eq!(arts[0].events[0].sources, Some(3));
    }

    #[test]
    fn an_undated_article_joins_the_dated_reports_of_its_story() {
        let (mut s, mut arts) = story();
        arts[0].published = Some("2025-01-06T09:00:00Z".into());
        let mut undated = article("d", None, vec![event("d1", "d", "RUS", Some("PRK"), "031", "")]);
        undated.events.push(event("d2", "d", "JPN", None, "010", ""));
        arts.push(undated);
        corroborate(&mut s, &mut arts);
        let d = &arts[3].events;
        assert_eq!((d[0].date.as_str(), d[0].sources), ("2025-01-06", Some(3)), "joins Yonhap and Kyiv Independent");
        assert_eq!((d[1].date.as_str(), d[1].sources), ("2025-01-06", Some(1)), "alone, dated by the story");
    }

    #[test]
    fn different_numbers_for_the_same_thing_are_discrepancies() {
        let (mut s, mut arts) = story();
        arts[0].quantities = vec![quantity(11000.0, "North Korean troops"), quantity(1100.0, "kilometers")];
        arts[1].quantities = vec![quantity(12000.0, "North Korean soldiers")];
        arts[2].quantities = vec![quantity(1100.0, "kilometres")];
        apply_story_facts(&mut s, &arts);
        assert_eq!(s.discrepancies.len(), 1, "{:?}", s.discrepancies);
        let d = &s.discrepancies[0];
        assert_eq!(d.what, "North Korean troops");
        assert_eq!(d.values[0].value, serde_json::json!(11000));
        assert_eq!(d.values[1].value, serde_json::json!(12000));
        assert_eq!(d.values[1].article_id, "b");
    }

    #[test]
    fn different_dates_for_the_same_event_are_discrepancies() {
        let (mut s, mut arts) = story();
        arts[1].events[0].date = "2025-01-05".into();
        apply_story_facts(&mut s, &arts);
        assert_eq!(s.discrepancies.len(), 1);
        assert!(s.discrepancies[0].what.contains("RUS → PRK"), "{}", s.discrepancies[0].what);
        assert_eq!(s.events.len(), 4);
    }

    #[test]
    fn summary_picks_distinct_lead_sentences_across_outlets() {
        let (mut s, mut arts) = story();
        arts[0].text = "Russia is prepared to share space technology with North Korea, Blinken said on Monday. \
                        Blinken visited Seoul for talks with his counterpart Cho."
            .into();
        arts[1].text = "Russia is prepared to share space technology with North Korea, Blinken said Monday. \
                        North Korea launched a ballistic missile during the visit to Seoul by Blinken."
            .into();
        arts[2].text = "Short.".into();
        apply_story_facts(&mut s, &arts);
        let summary = s.summary.unwrap();
        assert_eq!(summary.matches("share space technology").count(), 1, "{summary}");
        assert!(summary.contains("ballistic missile") || summary.contains("talks with"), "{summary}");
        assert!(split_sentences(&summary).len() <= SUMMARY_SENTENCES);
    }

    #[test]
    fn top_entities_rank_by_mentions() {
        let (mut s, mut arts) = story();
        let ent = |c: &str, k| Entity { text: c.into(), kind: k, canonical: c.into(), code: None, start: 0, end: 1 };
        arts[0].entities =
            vec![ent("Russia", EntityType::Gpe), ent("Russia", EntityType::Gpe), ent("Cho", EntityType::Person)];
        arts[1].entities = vec![ent("Russia", EntityType::Gpe), ent("Blinken", EntityType::Person)];
        apply_story_facts(&mut s, &arts);
        assert_eq!(s.top_entities[0].canonical, "Russia");
        assert_eq!(s.top_entities[0].mentions, 3);
        assert_eq!(s.top_entities.len(), 3);
    }

    #[test]
    fn sentence_splitter_keeps_abbreviations() {
        let s = split_sentences("He met Mr. Kim on Nov. 9 in the U.S. capital. Then he left.\n\nNew paragraph");
        assert_eq!(s, ["He met Mr. Kim on Nov. 9 in the U.S. capital.", "Then he left.", "New paragraph"]);
        let quoted = "\u{201C}We stay,\u{201D} she said. \u{201C}No.\u{201D} Done!\n\n\n  \n Last? yes";
        assert_eq!(
            split_sentences(quoted),
            ["\u{201C}We stay,\u{201D} she said.", "\u{201C}No.\u{201D}", "Done!", "Last? yes"]
        );
        let mut lazy = sentences(quoted);
        assert_eq!(lazy.next(), Some("\u{201C}We stay,\u{201D} she said."));
        assert_eq!(lazy.by_ref().count(), 3);
        assert_eq!(lazy.next(), None);
        assert!(split_sentences("").is_empty() && split_sentences(" \n\n ").is_empty());
    }

    #[test]
    fn empty_story_is_fine() {
        let mut s = Story::default();
        apply_story_facts(&mut s, &[]);
        assert!(s.events.is_empty() && s.summary.is_none() && s.discrepancies.is_empty());
    }
}
