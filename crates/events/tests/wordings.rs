//! The newswire wordings of `knowledge/events/patterns.txt`, checked through the real analyser and coder.
//!
//! Each line of `wordings.txt` is a sentence written for the test (not taken from any article) with what it
//! must code (`SRC TGT CODE | sentence`: TGT a country code, `None` for no target country, `-` for any target;
//! CODE a prefix of the CAMEO code) or must not code (`NOT SRC TGT ROOT | sentence`, `-` or `None`: any target). The unit tests in `src/tests.rs` check the matcher's structure on a
//! small gazetteer; this file checks that the wordings hold with the built-in knowledge, as users run them.

use std::sync::Arc;

use chrono::NaiveDate;
use storyline_analyse::{Analyser, Knowledge};
use storyline_events::EventCoder;
use storyline_model::Event;

/// Which targets an expectation accepts.
enum Target {
    Any,
    NoCountry,
    Country(String),
}

/// One expectation: whether an event (source, target, code prefix) must or must not be coded.
struct Case {
    line: usize,
    wanted: bool,
    source: String,
    target: Target,
    code: String,
    sentence: String,
}

fn cases() -> Vec<Case> {
    let text = include_str!("wordings.txt");
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (head, sentence) = line.split_once('|').unwrap_or_else(|| panic!("line {}: no '|'", i + 1));
        let mut fields: Vec<&str> = head.split_whitespace().collect();
        let wanted = fields.first() != Some(&"NOT");
        if !wanted {
            fields.remove(0);
        }
        let [source, target, code] = fields[..] else { panic!("line {}: want SRC TGT CODE", i + 1) };
        out.push(Case {
            line: i + 1,
            wanted,
            source: source.to_string(),
            target: match target {
                "-" => Target::Any,
                "None" if wanted => Target::NoCountry,
                "None" => Target::Any,
                code => Target::Country(code.to_string()),
            },
            code: code.to_string(),
            sentence: sentence.trim().to_string(),
        });
    }
    out
}

fn matches(e: &Event, c: &Case) -> bool {
    let target = e.target.as_ref().and_then(|t| t.code.as_deref());
    let target_ok = match &c.target {
        Target::Any => true,
        Target::NoCountry => target.is_none(),
        Target::Country(code) => target == Some(code.as_str()),
    };
    e.source.code.as_deref() == Some(c.source.as_str()) && target_ok && e.cameo.starts_with(&c.code)
}

#[test]
fn every_wording_codes_what_it_says_and_nothing_it_must_not() {
    let knowledge = Arc::new(Knowledge::builtin().expect("built-in knowledge loads"));
    let analyser = Analyser::new(knowledge.clone());
    let coder = EventCoder::new(knowledge).expect("built-in patterns load");
    let date = NaiveDate::from_ymd_opt(2020, 1, 1);
    let cases = cases();
    assert!(cases.len() > 100, "the wordings file is read");
    let mut failures = Vec::new();
    for c in &cases {
        let analysis = analyser.analyse(&c.sentence, date);
        let events = coder.code("t", &c.sentence, &analysis, date);
        if events.iter().any(|e| matches(e, c)) != c.wanted {
            let got: Vec<String> = events
                .iter()
                .map(|e| {
                    let t = e.target.as_ref().and_then(|t| t.code.clone()).unwrap_or_else(|| "-".into());
                    format!("{}->{} {}", e.source.code.as_deref().unwrap_or("?"), t, e.cameo)
                })
                .collect();
            failures.push(format!("line {}: {}\n    got {:?}", c.line, c.sentence, got));
        }
    }
    assert!(failures.is_empty(), "{} of {} wordings fail:\n{}", failures.len(), cases.len(), failures.join("\n"));
}
