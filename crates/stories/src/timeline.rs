//! Actor and dyad timelines over the stored events.

use storyline_analyse::Knowledge;
use storyline_model::Event;
use storyline_store::{EventFilter, Store};

use crate::StagesError;

/// Events involving `actor` (and `with`, when given), oldest first; names,
/// aliases and codes are resolved through the knowledge base.
pub fn timeline(
    store: &Store,
    knowledge: &Knowledge,
    actor: &str,
    with: Option<&str>,
) -> Result<Vec<Event>, StagesError> {
    let names = |q: &str| -> Vec<String> {
        let mut v = vec![q.to_string()];
        if let Some(r) = knowledge.resolve(q, None) {
            v.push(r.canonical);
            v.extend(r.code);
        }
        v
    };
    let filter = EventFilter { actor: names(actor), with: with.map(names).unwrap_or_default(), ..Default::default() };
    Ok(store.events(&filter)?)
}
