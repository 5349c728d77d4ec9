//! Actor and dyad timelines over the stored events.

use storyline_analyse::Knowledge;
use storyline_model::Event;
use storyline_store::{EventFilter, Store};

use crate::StagesError;

/// Names and codes an actor query stands for: the query itself, and, when the
/// knowledge base resolves it ("DPRK", "PRK", "Pyongyang"), the canonical name
/// and country code. A three-letter uppercase query is also taken as a code.
pub fn actor_names(knowledge: &Knowledge, query: &str) -> Vec<String> {
    let query = query.trim();
    let mut names = vec![query.to_string()];
    if let Some(r) = knowledge.resolve(query, None) {
        names.push(r.canonical);
        names.extend(r.code);
    }
    if query.len() == 3 && query.bytes().all(|b| b.is_ascii_uppercase()) {
        names.push(query.to_string());
    }
    let mut seen = std::collections::HashSet::new();
    names.retain(|n| !n.is_empty() && seen.insert(n.to_lowercase()));
    names
}

/// Whether `event` involves an actor named by `names` (source or target, by
/// name or code, case-insensitive) and, when `with` is non-empty, has the other
/// side named by `with`.
pub fn involves(event: &Event, names: &[String], with: &[String]) -> bool {
    let is = |actor: Option<&storyline_model::Actor>, names: &[String]| {
        actor.is_some_and(|a| {
            names
                .iter()
                .any(|n| a.name.eq_ignore_ascii_case(n) || a.code.as_deref().is_some_and(|c| c.eq_ignore_ascii_case(n)))
        })
    };
    let (src, tgt) = (Some(&event.source), event.target.as_ref());
    if with.is_empty() {
        is(src, names) || is(tgt, names)
    } else {
        (is(src, names) && is(tgt, with)) || (is(tgt, names) && is(src, with))
    }
}

/// Events involving `actor` (and `with`, when given), oldest first; names,
/// aliases and codes are resolved through the knowledge base.
pub fn timeline(
    store: &Store,
    knowledge: &Knowledge,
    actor: &str,
    with: Option<&str>,
) -> Result<Vec<Event>, StagesError> {
    let names = actor_names(knowledge, actor);
    let with_names = with.map(|w| actor_names(knowledge, w)).unwrap_or_default();
    let filter = EventFilter { actor: names.clone(), with: with_names.clone(), ..Default::default() };
    let mut events = store.events(&filter)?;
    events.retain(|e| involves(e, &names, &with_names));
    Ok(order(events))
}

/// Oldest first (by date, then id), one copy per event id.
pub fn order(mut events: Vec<Event>) -> Vec<Event> {
    events.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id)));
    events.dedup_by(|a, b| a.id == b.id);
    events
}

#[cfg(test)]
mod tests {
    use super::*;
    use storyline_model::Actor;

    fn event(id: &str, date: &str, src: (&str, &str), tgt: Option<(&str, &str)>) -> Event {
        let actor = |(n, c): (&str, &str)| Actor { name: n.into(), code: Some(c.into()), role: None };
        Event {
            id: id.into(),
            article_id: "a".into(),
            story_id: None,
            date: date.into(),
            source: actor(src),
            target: tgt.map(actor),
            cameo: "040".into(),
            root: "04".into(),
            quad_class: 1,
            goldstein: 1.0,
            plover: "CONSULT".into(),
            location: None,
            sentence: "s".into(),
            reported_by: None,
            sources: None,
        }
    }

    #[test]
    fn dyads_match_either_direction_by_name_or_code() {
        let e = event("1", "2023-09-13", ("Vladimir Putin", "RUS"), Some(("Kim Jong Un", "PRK")));
        let nk = vec!["North Korea".to_string(), "PRK".to_string()];
        let ru = vec!["Russia".to_string(), "RUS".to_string()];
        assert!(involves(&e, &nk, &[]));
        assert!(involves(&e, &nk, &ru));
        assert!(involves(&e, &ru, &nk));
        assert!(!involves(&e, &nk, &["UKR".to_string()]));
        let lone = event("2", "2025-01-06", ("North Korea", "PRK"), None);
        assert!(involves(&lone, &nk, &[]));
        assert!(!involves(&lone, &nk, &ru));
    }

    #[test]
    fn codes_are_accepted_as_queries() {
        let k = Knowledge::default();
        assert!(actor_names(&k, "PRK").contains(&"PRK".to_string()));
        assert_eq!(actor_names(&k, " Russia "), ["Russia"]);
    }

    #[test]
    fn order_is_oldest_first_without_duplicates() {
        let a = event("b", "2025-01-06", ("Russia", "RUS"), None);
        let b = event("a", "2023-11-09", ("Russia", "RUS"), None);
        let out = order(vec![a.clone(), b, a]);
        assert_eq!(out.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), ["a", "b"]);
    }
}
