//! Prints the analysis of a text file: `cargo run -p storyline-analyse --example dump -- FILE [YYYY-MM-DD]`.

use std::sync::Arc;

use storyline_analyse::{Analyser, Knowledge};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: dump FILE [YYYY-MM-DD]")?;
    let date = args.next().map(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d")).transpose()?;
    let text = std::fs::read_to_string(path)?;
    let analyser = Analyser::new(Arc::new(Knowledge::builtin()?));
    let a = analyser.analyse(&text, date);
    for (e, info) in a.entities.iter().zip(&a.entity_info) {
        println!(
            "ENT {:<28} {:<6} {:<26} {:<4} {:?} role={:?} title={:?}",
            e.text,
            e.kind.as_str(),
            e.canonical,
            e.code.as_deref().unwrap_or("-"),
            info.usage,
            info.role,
            info.title
        );
    }
    for (q, info) in a.quotes.iter().zip(&a.quote_info) {
        println!(
            "QUOTE [{}] {:?} ({:?}) direct={} «{}»",
            info.attribution, q.speaker, q.speaker_text, q.direct, q.text
        );
    }
    for q in &a.quantities {
        println!("QTY {:<24} {} {:?} counts={:?} approx={}", q.text, q.value, q.unit, q.counts, q.approximate);
    }
    for t in &a.times {
        println!("TIME {:<20} {}", t.text, t.value);
    }
    Ok(())
}
