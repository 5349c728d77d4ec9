//! How the coder reads a document, sentence by sentence (tokens, actors, clause breaks, events):
//! `cargo run --release -p storyline-events --example trace -- FILE [YYYY-MM-DD]` (`-` reads stdin). FILE is
//! the article text as the pipeline hands it over (`storyline analyze F | jq -r .text` for a raw document).

use std::io::Read;
use std::sync::Arc;

use storyline_analyse::{Analyser, Knowledge};
use storyline_events::EventCoder;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: trace FILE [YYYY-MM-DD]")?;
    let date = args.next().map(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d")).transpose()?;
    let mut text = String::new();
    if path == "-" {
        std::io::stdin().read_to_string(&mut text)?;
    } else {
        text = std::fs::read_to_string(&path)?;
    }
    let knowledge = Arc::new(Knowledge::builtin()?);
    let analysis = Analyser::new(knowledge.clone()).analyse(&text, date);
    let coder = EventCoder::new(knowledge)?;
    print!("{}", coder.explain(&text, &analysis));
    Ok(())
}
