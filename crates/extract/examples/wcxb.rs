//! WCXB evaluation runner: extracts every page of the benchmark (HTML mode and
//! whole-page-text mode) and writes one JSON line per page for the scorer in
//! `eval/extract/score.py`; also times HTML extraction on one thread.
//!
//! `cargo run --release -p storyline-extract --example wcxb -- <bench-dir> <out.jsonl> [--dump-text <dir>]`

use flate2::read::GzDecoder;
use serde_json::json;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

fn read_gz(path: &Path) -> std::io::Result<String> {
    let mut bytes = Vec::new();
    GzDecoder::new(std::fs::File::open(path)?).read_to_end(&mut bytes)?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn page_url(bench: &Path, id: &str) -> Option<String> {
    let gt = std::fs::read_to_string(bench.join("ground-truth").join(format!("{id}.json"))).ok()?;
    let v: serde_json::Value = serde_json::from_str(&gt).ok()?;
    v.get("url").and_then(|u| u.as_str()).map(str::to_string)
}

/// CPU time this thread has run, in seconds (Linux `schedstat`), so that the speed measure does not count time
/// other processes on a shared machine took from the core.
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

fn record(e: &storyline_extract::Extracted) -> serde_json::Value {
    json!({
        "text": e.text,
        "title": e.title,
        "authors": e.authors,
        "published": e.published,
        "modified": e.modified,
        "outlet": e.outlet,
        "url": e.url,
        "language": e.language,
    })
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let bench = PathBuf::from(args.first().ok_or("usage: wcxb <bench-dir> <out.jsonl> [--dump-text DIR] [--only ID]")?);
    let out_path = PathBuf::from(args.get(1).ok_or("missing out.jsonl")?);
    let dump_dir = args.iter().position(|a| a == "--dump-text").and_then(|i| args.get(i + 1)).map(PathBuf::from);
    let only = args.iter().position(|a| a == "--only").and_then(|i| args.get(i + 1)).cloned();
    let mut ids: Vec<String> = std::fs::read_dir(bench.join("html"))?
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().to_str().and_then(|n| n.strip_suffix(".html.gz")).map(str::to_string))
        .filter(|id| only.as_ref().is_none_or(|o| o == id))
        .collect();
    ids.sort();
    let pages: Vec<(String, String, Option<String>)> = ids
        .iter()
        .filter_map(|id| {
            let html = read_gz(&bench.join("html").join(format!("{id}.html.gz"))).ok()?;
            Some((id.clone(), html, page_url(&bench, id)))
        })
        .collect();
    // Timing: one thread, HTML mode only, decompression excluded.
    let start = Instant::now();
    let cpu_start = thread_cpu_seconds();
    let mut results = Vec::with_capacity(pages.len());
    for (_, html, url) in &pages {
        results.push(storyline_extract::extract_html(html, url.as_deref()));
    }
    let secs = start.elapsed().as_secs_f64();
    let cpu_secs = cpu_start.and_then(|c0| thread_cpu_seconds().map(|c1| c1 - c0)).unwrap_or(secs);
    let mut out = std::io::BufWriter::new(std::fs::File::create(&out_path)?);
    if let Some(d) = &dump_dir {
        std::fs::create_dir_all(d)?;
    }
    let text_start = Instant::now();
    for ((id, html, _), html_result) in pages.iter().zip(&results) {
        let dump = storyline_extract::page_text(html);
        if let Some(d) = &dump_dir {
            std::fs::write(d.join(format!("{id}.txt")), &dump)?;
        }
        let text_result = storyline_extract::extract_text(&dump);
        let line = json!({"id": id, "html": record(html_result), "text_mode": record(&text_result)});
        writeln!(out, "{line}")?;
    }
    let text_secs = text_start.elapsed().as_secs_f64();
    out.flush()?;
    let speed = json!({
        "pages": pages.len(),
        "seconds": secs,
        "pages_per_s": pages.len() as f64 / secs.max(1e-9),
        "cpu_seconds": cpu_secs,
        "pages_per_cpu_s": pages.len() as f64 / cpu_secs.max(1e-9),
        "text_mode_seconds_incl_dump": text_secs,
    });
    println!("{speed}");
    Ok(())
}
