//! Printing: tables for people, JSONL and CSV for programs. Only stdout.

use std::io::{self, BufWriter, Write};

use anyhow::Result;
use serde::Serialize;
use storyline_model::{Article, Event, SearchHit, Story};
use storyline_store::{EventFilter, Store, StoreError};

/// True when the error is a closed stdout (`storyline export | head`), which is not a failure.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>().is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<csv::Error>()
                .is_some_and(|ce| matches!(ce.kind(), csv::ErrorKind::Io(io) if io.kind() == io::ErrorKind::BrokenPipe))
    })
}

fn stdout() -> BufWriter<io::StdoutLock<'static>> {
    BufWriter::new(io::stdout().lock())
}

fn jsonl<T: Serialize>(out: &mut impl Write, item: &T) -> Result<()> {
    serde_json::to_writer(&mut *out, item)?;
    out.write_all(b"\n")?;
    Ok(())
}

/// Shortens `s` to at most `n` characters for a table cell.
fn cell(s: &str, n: usize) -> String {
    let s = s.replace(['\n', '\t'], " ");
    if s.chars().count() <= n {
        s
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// `stories`: a table, or JSONL of Story.
pub fn stories(stories: &[Story], json: bool) -> Result<()> {
    let mut out = stdout();
    if json {
        for s in stories {
            jsonl(&mut out, s)?;
        }
    } else {
        writeln!(out, "{:<16}  {:<10}  {:>8}  {:<30}  TITLE", "STORY", "LAST", "ARTICLES", "OUTLETS")?;
        for s in stories {
            let last = s.last_published.as_deref().map(|d| d.get(..10).unwrap_or(d)).unwrap_or("-");
            writeln!(
                out,
                "{:<16}  {:<10}  {:>8}  {:<30}  {}",
                s.id,
                last,
                s.articles.len(),
                cell(&s.outlets.join(", "), 30),
                cell(s.title.as_deref().unwrap_or("(untitled)"), 80)
            )?;
        }
    }
    out.flush()?;
    Ok(())
}

/// `search`: a table, or JSONL of hits.
pub fn search_hits(hits: &[SearchHit], json: bool) -> Result<()> {
    let mut out = stdout();
    for h in hits {
        if json {
            jsonl(&mut out, h)?;
        } else {
            writeln!(
                out,
                "{:>7.3}  {}  {}\n         {}",
                h.score,
                h.article_id,
                cell(h.title.as_deref().unwrap_or("(untitled)"), 90),
                cell(&h.snippet, 120)
            )?;
        }
    }
    out.flush()?;
    Ok(())
}

fn actor_label(a: &storyline_model::Actor) -> String {
    match &a.code {
        Some(c) if !a.name.eq_ignore_ascii_case(c) => format!("{} ({c})", a.name),
        _ => a.name.clone(),
    }
}

/// `timeline`: a table, or JSONL of Event.
pub fn timeline(events: &[Event], json: bool) -> Result<()> {
    let mut out = stdout();
    for e in events {
        if json {
            jsonl(&mut out, e)?;
        } else {
            let target = e.target.as_ref().map(actor_label).unwrap_or_else(|| "-".into());
            writeln!(
                out,
                "{}  {:<4} {:<24} → {:<24} sources={}  {}",
                e.date,
                e.cameo,
                cell(&actor_label(&e.source), 24),
                cell(&target, 24),
                e.sources.unwrap_or(1),
                cell(&e.sentence, 100)
            )?;
        }
    }
    out.flush()?;
    Ok(())
}

/// `export articles`.
pub fn export_articles(store: &Store, csv_out: bool) -> Result<()> {
    let mut out = stdout();
    if csv_out {
        let mut w = csv::Writer::from_writer(&mut out);
        w.write_record([
            "id",
            "source",
            "external_id",
            "url",
            "outlet",
            "title",
            "published",
            "authors",
            "language",
            "duplicate_of",
            "story_id",
            "entities",
            "quotes",
            "quantities",
            "times",
            "events",
            "text",
        ])?;
        let mut failed: Option<anyhow::Error> = None;
        store
            .for_each_article(&mut |a: Article| {
                let row = [
                    a.id.clone(),
                    a.source.clone(),
                    a.external_id.clone().unwrap_or_default(),
                    a.url.clone().unwrap_or_default(),
                    a.outlet.clone().unwrap_or_default(),
                    a.title.clone().unwrap_or_default(),
                    a.published.clone().unwrap_or_default(),
                    a.authors.join("; "),
                    a.language.clone().unwrap_or_default(),
                    a.duplicate_of.clone().unwrap_or_default(),
                    a.story_id.clone().unwrap_or_default(),
                    a.entities.len().to_string(),
                    a.quotes.len().to_string(),
                    a.quantities.len().to_string(),
                    a.times.len().to_string(),
                    a.events.len().to_string(),
                    a.text.clone(),
                ];
                w.write_record(&row).map_err(|e| {
                    failed = Some(e.into());
                    StoreError::Backend("output closed".into())
                })
            })
            .or_else(|e| if failed.is_some() { Ok(()) } else { Err(e) })?;
        if let Some(e) = failed {
            return Err(e);
        }
        w.flush()?;
    } else {
        let mut failed: Option<anyhow::Error> = None;
        store
            .for_each_article(&mut |a: Article| {
                jsonl(&mut out, &a).map_err(|e| {
                    failed = Some(e);
                    StoreError::Backend("output closed".into())
                })
            })
            .or_else(|e| if failed.is_some() { Ok(()) } else { Err(e) })?;
        if let Some(e) = failed {
            return Err(e);
        }
    }
    out.flush()?;
    Ok(())
}

/// `export stories`.
pub fn export_stories(store: &Store, csv_out: bool) -> Result<()> {
    let stories = store.stories()?;
    let mut out = stdout();
    if csv_out {
        let mut w = csv::Writer::from_writer(&mut out);
        w.write_record([
            "id",
            "title",
            "first_published",
            "last_published",
            "articles",
            "outlets",
            "events",
            "discrepancies",
            "summary",
        ])?;
        for s in &stories {
            w.write_record([
                s.id.clone(),
                s.title.clone().unwrap_or_default(),
                s.first_published.clone().unwrap_or_default(),
                s.last_published.clone().unwrap_or_default(),
                s.articles.join(" "),
                s.outlets.join("; "),
                s.events.len().to_string(),
                s.discrepancies.len().to_string(),
                s.summary.clone().unwrap_or_default(),
            ])?;
        }
        w.flush()?;
    } else {
        for s in &stories {
            jsonl(&mut out, s)?;
        }
    }
    out.flush()?;
    Ok(())
}

/// `export events`.
pub fn export_events(store: &Store, csv_out: bool) -> Result<()> {
    let events = store.events(&EventFilter::default())?;
    let mut out = stdout();
    if csv_out {
        let mut w = csv::Writer::from_writer(&mut out);
        w.write_record([
            "id",
            "article_id",
            "story_id",
            "date",
            "source_name",
            "source_code",
            "source_role",
            "target_name",
            "target_code",
            "target_role",
            "cameo",
            "root",
            "quad_class",
            "goldstein",
            "plover",
            "location",
            "reported_by",
            "sources",
            "sentence",
        ])?;
        for e in &events {
            let t = e.target.as_ref();
            w.write_record([
                e.id.clone(),
                e.article_id.clone(),
                e.story_id.clone().unwrap_or_default(),
                e.date.clone(),
                e.source.name.clone(),
                e.source.code.clone().unwrap_or_default(),
                e.source.role.clone().unwrap_or_default(),
                t.map(|a| a.name.clone()).unwrap_or_default(),
                t.and_then(|a| a.code.clone()).unwrap_or_default(),
                t.and_then(|a| a.role.clone()).unwrap_or_default(),
                e.cameo.clone(),
                e.root.clone(),
                e.quad_class.to_string(),
                e.goldstein.to_string(),
                e.plover.clone(),
                e.location.clone().unwrap_or_default(),
                e.reported_by.clone().unwrap_or_default(),
                e.sources.map(|n| n.to_string()).unwrap_or_default(),
                e.sentence.clone(),
            ])?;
        }
        w.flush()?;
    } else {
        for e in &events {
            jsonl(&mut out, e)?;
        }
    }
    out.flush()?;
    Ok(())
}

/// `export events --format csv --layout gdelt`: GDELT 2.0-style columns (see `storyline_events::gdelt`).
pub fn export_events_gdelt(store: &Store) -> Result<()> {
    let events = store.events(&EventFilter::default())?;
    let mut out = stdout();
    storyline_events::gdelt::write_csv_header(&mut out)?;
    let mut urls: std::collections::HashMap<String, Option<String>> = std::collections::HashMap::new();
    for e in &events {
        if !urls.contains_key(&e.article_id) {
            let url = store.article(&e.article_id)?.and_then(|a| a.url);
            urls.insert(e.article_id.clone(), url);
        }
        let url = urls.get(&e.article_id).and_then(|u| u.as_deref());
        storyline_events::gdelt::write_csv_record(&mut out, e, url)?;
    }
    out.flush()?;
    Ok(())
}
