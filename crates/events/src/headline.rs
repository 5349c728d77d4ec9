//! Headline entities resolved through the article body: a headline names people and places more briefly
//! ("Hasan", "Erdogan") than the body, whose analysis has the full context.

use storyline_model::{Entity, EntityType};

/// Gives a headline entity the canonical name, type and code of the body entity it names: the same surface
/// text, the same canonical name, or a person's given or family name ("Hasan" for "Hasan Mahmud").
pub(crate) fn resolve_through_body(entity: &mut Entity, body: &[Entity]) {
    let same_text = body.iter().find(|b| b.text == entity.text);
    let same_canonical = || body.iter().find(|b| b.canonical == entity.canonical);
    let part_of_name = || {
        let single = !entity.text.contains(char::is_whitespace) && entity.text.chars().count() >= 3;
        single
            .then(|| {
                body.iter().find(|b| {
                    b.kind == EntityType::Person && b.canonical.split_whitespace().any(|part| part == entity.text)
                })
            })
            .flatten()
    };
    if let Some(b) = same_text.or_else(same_canonical).or_else(part_of_name) {
        entity.canonical = b.canonical.clone();
        entity.kind = b.kind;
        if b.code.is_some() {
            entity.code = b.code.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(text: &str, canonical: &str, kind: EntityType, code: Option<&str>) -> Entity {
        Entity {
            text: text.into(),
            kind,
            canonical: canonical.into(),
            code: code.map(str::to_string),
            start: 0,
            end: text.len(),
        }
    }

    #[test]
    fn headline_names_take_the_body_reading() {
        let body = [
            entity("Hasan Mahmud", "Hasan Mahmud", EntityType::Person, Some("BGD")),
            entity("Pyongyang", "North Korea", EntityType::Gpe, Some("PRK")),
        ];
        let mut e = entity("Hasan", "Hasan", EntityType::Person, None);
        resolve_through_body(&mut e, &body);
        assert_eq!((e.canonical.as_str(), e.code.as_deref()), ("Hasan Mahmud", Some("BGD")));
        let mut e = entity("Pyongyang", "Pyongyang", EntityType::Gpe, None);
        resolve_through_body(&mut e, &body);
        assert_eq!(e.code.as_deref(), Some("PRK"));
        let mut e = entity("Seoul", "Seoul", EntityType::Gpe, Some("KOR"));
        resolve_through_body(&mut e, &body);
        assert_eq!(e.code.as_deref(), Some("KOR"));
    }
}
