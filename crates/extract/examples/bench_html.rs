//! Times HTML extraction alone over a directory of gzipped pages, for profiling:
//! `cargo run --release -p storyline-extract --example bench_html -- <bench-dir>/html [rounds]`

use flate2::read::GzDecoder;
use std::io::Read;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = args.next().ok_or("usage: bench_html <dir-of-html.gz> [rounds]")?;
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(1);
    let mut pages = Vec::new();
    for entry in std::fs::read_dir(&dir)? {
        let path = entry?.path();
        let mut bytes = Vec::new();
        GzDecoder::new(std::fs::File::open(&path)?).read_to_end(&mut bytes)?;
        pages.push(String::from_utf8_lossy(&bytes).into_owned());
    }
    let start = Instant::now();
    let mut words = 0;
    for _ in 0..rounds {
        for html in &pages {
            words += storyline_extract::extract_html(html, None).text.len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{} pages x {rounds}: {:.3} s, {:.1} pages/s ({words} bytes)",
        pages.len(),
        secs,
        (pages.len() * rounds) as f64 / secs
    );
    Ok(())
}
