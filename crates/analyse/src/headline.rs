//! Headlines written in title case ("Members Warn That Persistent Deadlock Threatens Security Council").
//!
//! In such a line every word is capitalised, so capitalisation no longer marks names, and the recogniser would
//! read "Members Warn That Persistent Deadlock Threatens Security Council" as one organisation. The article's
//! own prose tells which of those words are ordinary: a word the body writes in lower case ("warned",
//! "deadlock", "meeting") and never capitalised inside a sentence is no name in the headline either. Function
//! words ("That", "In", "With") are never names there.

use std::collections::HashSet;

use crate::token::{self, Token, TokenKind};

/// Function words that title case capitalises.
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "in", "on", "at", "for", "to", "as", "with", "from", "over", "after", "before", "against",
    "ahead", "amid", "into", "than", "that", "this", "these", "why", "what", "how", "when", "is", "are", "was", "were",
    "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "not", "no", "he", "she", "it", "its",
    "his", "her", "their", "they", "by", "and", "or", "but", "who", "up", "down", "out", "off", "via", "about", "says",
    "said", "say", "all",
];

/// Verbs headlines are built on, in the present tense and the base form ("Minister Holds Talks", "To Discuss"),
/// for headlines whose body writes them otherwise ("held talks").
const VERBS: &[&str] = &[
    "holds",
    "hold",
    "meets",
    "meet",
    "visits",
    "visit",
    "calls",
    "call",
    "urges",
    "urge",
    "warns",
    "warn",
    "threatens",
    "threaten",
    "signs",
    "sign",
    "slams",
    "slam",
    "hails",
    "hail",
    "vows",
    "vow",
    "rejects",
    "reject",
    "condemns",
    "condemn",
    "welcomes",
    "welcome",
    "discusses",
    "discuss",
    "explains",
    "explain",
    "attends",
    "attend",
    "reaffirms",
    "reaffirm",
    "pledges",
    "pledge",
    "agrees",
    "agree",
    "announces",
    "announce",
    "arrives",
    "arrive",
    "congratulates",
    "congratulate",
    "accuses",
    "accuse",
    "denies",
    "deny",
    "seeks",
    "seek",
    "receives",
    "receive",
    "wins",
    "win",
    "backs",
    "back",
    "targets",
    "target",
    "sanctions",
    "expels",
    "expel",
    "summons",
    "summon",
    "recalls",
    "recall",
    "asks",
    "ask",
    "tells",
    "tell",
    "puts",
    "put",
    "cuts",
    "cut",
    "boosts",
    "boost",
    "strengthens",
    "strengthen",
    "launches",
    "launch",
    "reacts",
    "react",
    "retaliates",
    "retaliate",
    "appoints",
    "appoint",
    "declares",
    "declare",
    "talks",
    "tweeted",
    "tweets",
];

/// For each token, whether it is an ordinary word capitalised only because its line is in title case.
pub(crate) fn common_words(text: &str, toks: &[Token]) -> Vec<bool> {
    let mut common = vec![false; toks.len()];
    // Paragraphs are the text's lines: a line break ends one.
    let lines = token::paragraph_token_ranges(toks);
    let titled: Vec<bool> = lines.iter().map(|r| title_case(text, &toks[r.clone()])).collect();
    if !titled.iter().any(|t| *t) {
        return common;
    }
    // The body's vocabulary: words written in lower case, and words capitalised inside a sentence.
    let mut lower: HashSet<String> = HashSet::new();
    let mut capitalised: HashSet<String> = HashSet::new();
    for (r, _) in lines.iter().zip(&titled).filter(|(_, t)| !**t) {
        let mut sentence_start = true;
        for tok in &toks[r.clone()] {
            let w = tok.text(text);
            if tok.kind == TokenKind::Word {
                if w.chars().next().is_some_and(char::is_lowercase) {
                    lower.insert(w.to_string());
                } else if !sentence_start {
                    capitalised.insert(w.to_lowercase());
                }
            }
            sentence_start = tok.kind == TokenKind::Punct && matches!(w, "." | "!" | "?" | "\"" | ":" | "\u{201C}");
        }
    }
    let written_lower = |w: &str| {
        let w = w.to_lowercase();
        if capitalised.contains(&w) {
            return false;
        }
        let stem =
            ["ing", "es", "ed", "s"].iter().find_map(|s| w.strip_suffix(s).filter(|x| x.len() >= 3)).unwrap_or(&w);
        [w.clone(), stem.to_string()]
            .iter()
            .flat_map(|b| ["", "s", "es", "ed", "d", "ing", "e"].map(|s| format!("{b}{s}")))
            .any(|form| lower.contains(&form))
    };
    for (r, _) in lines.iter().zip(&titled).filter(|(_, t)| **t) {
        for k in r.clone() {
            let Some(tok) = toks.get(k) else { continue };
            let w = tok.text(text);
            if tok.kind != TokenKind::Word || !w.chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            let function = FUNCTION_WORDS.iter().chain(VERBS).any(|f| f.eq_ignore_ascii_case(w));
            common[k] = function || w.chars().count() >= 3 && written_lower(w);
        }
    }
    common
}

/// Whether a line is a title-case headline: short, with at least four longer words, nearly all capitalised, not
/// shouted in capitals throughout, not closed by a full stop as prose is, and with some function word or verb
/// capitalised (a sentence full of names and titles capitalises none).
fn title_case(text: &str, line: &[Token]) -> bool {
    let words: Vec<&str> = line.iter().filter(|t| t.kind == TokenKind::Word).map(|t| t.text(text)).collect();
    let long: Vec<&&str> = words.iter().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4).collect();
    let capitalised = long.iter().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count();
    let shouted = long.iter().all(|w| w.chars().all(|c| !c.is_lowercase()));
    let full_stop = line.last().is_some_and(|t| t.text(text) == ".");
    let headline_word = words.iter().any(|w| {
        w.chars().next().is_some_and(char::is_uppercase)
            && FUNCTION_WORDS.iter().chain(VERBS).any(|f| f.eq_ignore_ascii_case(w) && f.len() >= 2)
            && !matches!(*w, "A" | "The" | "It" | "He" | "She" | "This" | "What" | "How" | "Why" | "When" | "Who")
    });
    words.len() <= 30 && long.len() >= 4 && !shouted && !full_stop && headline_word && capitalised * 5 >= long.len() * 4
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokens;

    #[test]
    fn ordinary_words_of_a_title_case_headline_are_known_by_the_body() {
        let text = "Members Warn That Persistent Deadlock Threatens Security Council\n\nMembers voiced \
                    frustration over the persistent deadlock in the Security Council, warning it threatened \
                    the body.";
        let toks = tokens(text);
        let common = common_words(text, &toks);
        let marked: Vec<&str> = toks.iter().zip(&common).filter(|(_, c)| **c).map(|(t, _)| t.text(text)).collect();
        assert_eq!(marked, ["Warn", "That", "Persistent", "Deadlock", "Threatens"]);
        // Prose in sentence case marks nothing.
        let text = "The Security Council met in New York on Monday to discuss the strike on Syria.";
        assert!(!common_words(text, &tokens(text)).iter().any(|c| *c));
    }
}
