//! `storyline`: the command line. Parsing arguments, wiring stages together and
//! printing; all logic lives in the library crates.

mod output;

use std::io::{IsTerminal, Write};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use storyline_analyse::Knowledge;
use storyline_ingest::{FormatChoice, IngestOptions, Rejection};
use storyline_pipeline::{ArticlePipeline, Ingestor, Progress};
use storyline_store::Store;

/// Storyline: news documents in, clean articles, duplicates, stories, actors and events out.
#[derive(Debug, Parser)]
#[command(name = "storyline", version, about)]
struct Cli {
    /// Store directory.
    #[arg(long, global = true, env = "STORYLINE_STORE", default_value = "./storyline-data")]
    store: PathBuf,
    /// Extra knowledge directory overlaid on the built-in knowledge (repeatable).
    #[arg(long = "knowledge", global = true, value_name = "DIR")]
    knowledge: Vec<PathBuf>,
    /// Largest document accepted, in bytes.
    #[arg(long, global = true, default_value_t = 20 * 1024 * 1024)]
    max_doc_bytes: usize,
    /// More logging on stderr (-v, -vv).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    verbose: u8,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Extract and analyse documents without a store; one Article JSON per line.
    Analyze {
        /// Publication date for documents that state none.
        #[arg(long, value_parser = parse_day)]
        date: Option<NaiveDate>,
        /// How to read plain documents.
        #[arg(long, value_enum, default_value_t = FormatArg::Auto)]
        format: FormatArg,
        /// Files, directories, or `-` for stdin.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Read documents, analyse, deduplicate, cluster into stories and store them.
    Ingest {
        /// Files, directories, or `-` for stdin.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Documents per atomic commit.
        #[arg(long, default_value_t = 512)]
        batch_size: usize,
        /// Skip analysis and event coding (extract, dedup, stories, store only).
        #[arg(long)]
        no_analysis: bool,
    },
    /// List stories, newest first.
    Stories {
        /// JSONL of Story instead of a table.
        #[arg(long)]
        json: bool,
        /// At most this many.
        #[arg(long)]
        limit: Option<usize>,
    },
    /// Export everything in the store to stdout.
    Export {
        /// What to export.
        #[arg(value_enum)]
        what: ExportWhat,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ExportFormat::Jsonl)]
        format: ExportFormat,
        /// CSV column layout for events: the contract's fields, or GDELT 2.0-style columns.
        #[arg(long, value_enum, default_value_t = CsvLayout::Storyline)]
        layout: CsvLayout,
    },
    /// Full-text search over articles.
    Search {
        /// Query (tantivy syntax: words, "phrases", AND/OR, title:word).
        query: String,
        /// Most hits to return.
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// JSONL of {article_id, story_id, score, title, snippet}.
        #[arg(long)]
        json: bool,
    },
    /// Events involving an actor (or a pair), oldest first.
    Timeline {
        /// Actor name, alias or code.
        actor: String,
        /// Only events between ACTOR and this one.
        #[arg(long = "with")]
        with: Option<String>,
        /// JSONL of Event instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// HTTP JSON API and web UI over the store.
    Serve {
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: SocketAddr,
        /// Enable POST /api/articles (needs a bearer token).
        #[arg(long)]
        allow_writes: bool,
        /// Bearer token for write requests.
        #[arg(long, env = "STORYLINE_TOKEN", hide_env_values = true)]
        token: Option<String>,
        /// Largest request body, in bytes.
        #[arg(long, default_value_t = 2 * 1024 * 1024)]
        max_body_bytes: usize,
    },
    /// Check that the store is consistent (records, indexes, full-text index).
    Check,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum FormatArg {
    Auto,
    Text,
    Html,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ExportWhat {
    Articles,
    Stories,
    Events,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum CsvLayout {
    Storyline,
    Gdelt,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ExportFormat {
    Jsonl,
    Csv,
}

fn parse_day(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| format!("expected YYYY-MM-DD: {e}"))
}

/// Why the program stopped, mapped onto the contract's exit statuses.
enum Outcome {
    /// Everything processed.
    Ok,
    /// Some inputs rejected, the rest processed.
    SomeRejected,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging(cli.verbose);
    match run(cli) {
        Ok(Outcome::Ok) => ExitCode::SUCCESS,
        Ok(Outcome::SomeRejected) => ExitCode::from(1),
        Err(e) => {
            if output::is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("storyline: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn init_logging(verbose: u8) {
    let default = match verbose {
        0 => "warn",
        1 => "info",
        _ => "debug",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_env("STORYLINE_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).try_init();
}

fn run(cli: Cli) -> Result<Outcome> {
    let knowledge = || -> Result<Arc<Knowledge>> {
        Ok(Arc::new(Knowledge::with_overlays(&cli.knowledge).context("loading knowledge")?))
    };
    let ingest_opts = |format| IngestOptions { max_document_bytes: cli.max_doc_bytes, format };
    match &cli.command {
        Command::Analyze { date, format, paths } => {
            let format = match format {
                FormatArg::Auto => FormatChoice::Auto,
                FormatArg::Text => FormatChoice::Text,
                FormatArg::Html => FormatChoice::Html,
            };
            let pipeline = ArticlePipeline::new(knowledge()?)?.with_event_overlays(&cli.knowledge)?.with_format(format);
            analyze(&pipeline, paths, &ingest_opts(format), *date)
        }
        Command::Ingest { paths, batch_size, no_analysis } => {
            let store = open_store(&cli.store)?;
            let mut pipeline = ArticlePipeline::new(knowledge()?)?.with_event_overlays(&cli.knowledge)?;
            if *no_analysis {
                pipeline = pipeline.without_analysis();
            }
            let mut ingestor = Ingestor::new(store, pipeline)?.with_batch_size(*batch_size);
            ingest(&mut ingestor, paths, &ingest_opts(FormatChoice::Auto))
        }
        Command::Stories { json, limit } => {
            let store = open_store(&cli.store)?;
            let mut stories = store.stories()?;
            if let Some(n) = limit {
                stories.truncate(*n);
            }
            output::stories(&stories, *json)?;
            Ok(Outcome::Ok)
        }
        Command::Export { what, format, layout } => {
            let store = open_store(&cli.store)?;
            let csv = matches!(format, ExportFormat::Csv);
            match what {
                ExportWhat::Articles => output::export_articles(&store, csv)?,
                ExportWhat::Stories => output::export_stories(&store, csv)?,
                ExportWhat::Events if csv && matches!(layout, CsvLayout::Gdelt) => output::export_events_gdelt(&store)?,
                ExportWhat::Events => output::export_events(&store, csv)?,
            }
            Ok(Outcome::Ok)
        }
        Command::Search { query, limit, json } => {
            let store = open_store(&cli.store)?;
            let hits = store.search(query, *limit)?;
            output::search_hits(&hits, *json)?;
            Ok(Outcome::Ok)
        }
        Command::Timeline { actor, with, json } => {
            let store = open_store(&cli.store)?;
            let k = knowledge()?;
            let events = storyline_stories::timeline(&store, &k, actor, with.as_deref())?;
            output::timeline(&events, *json)?;
            Ok(Outcome::Ok)
        }
        Command::Serve { addr, allow_writes, token, max_body_bytes } => {
            let store = open_store(&cli.store)?;
            let pipeline = ArticlePipeline::new(knowledge()?)?.with_event_overlays(&cli.knowledge)?;
            let ingestor = Ingestor::new(store, pipeline)?;
            let opts = storyline_server::ServeOptions {
                addr: *addr,
                allow_writes: *allow_writes,
                token: token.clone(),
                max_body_bytes: *max_body_bytes,
            };
            storyline_server::serve(ingestor, opts)?;
            Ok(Outcome::Ok)
        }
        Command::Check => {
            let store = open_store(&cli.store)?;
            let report = store.check_integrity()?;
            println!(
                "{}",
                serde_json::json!({"articles": report.articles, "indexed": report.indexed, "problems": report.problems})
            );
            if report.problems.is_empty() {
                Ok(Outcome::Ok)
            } else {
                anyhow::bail!("store at {} is inconsistent: {}", cli.store.display(), report.problems.join("; "))
            }
        }
    }
}

fn open_store(dir: &std::path::Path) -> Result<Arc<Store>> {
    Ok(Arc::new(Store::open(dir)?))
}

fn report_rejection(r: &Rejection) {
    eprintln!("storyline: rejected {}: {}", r.source, r.reason);
}

/// `analyze`: streams documents through the per-article stages, keeping input order.
fn analyze(
    pipeline: &ArticlePipeline,
    paths: &[PathBuf],
    opts: &IngestOptions,
    date: Option<NaiveDate>,
) -> Result<Outcome> {
    let mut docs = storyline_ingest::read_paths(paths, opts);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut rejected = 0usize;
    let chunk = 64;
    loop {
        let batch: Vec<_> = docs.by_ref().take(chunk).collect();
        if batch.is_empty() {
            break;
        }
        let results: Vec<Result<storyline_model::Article, Rejection>> =
            batch.into_par_iter().map(|item| item.and_then(|doc| pipeline.process(&doc, date))).collect();
        for r in results {
            match r {
                Ok(article) => {
                    serde_json::to_writer(&mut out, &article)?;
                    out.write_all(b"\n")?;
                }
                Err(rej) => {
                    rejected += 1;
                    report_rejection(&rej);
                }
            }
        }
        out.flush()?;
    }
    Ok(if rejected > 0 { Outcome::SomeRejected } else { Outcome::Ok })
}

/// `ingest`: the whole pipeline into the store, with a progress bar on a terminal.
fn ingest(ingestor: &mut Ingestor, paths: &[PathBuf], opts: &IngestOptions) -> Result<Outcome> {
    let docs = storyline_ingest::read_paths(paths, opts);
    let bar = if std::io::stderr().is_terminal() {
        let b = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        b.set_style(
            ProgressStyle::with_template("{spinner} {elapsed_precise} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        b.enable_steady_tick(Duration::from_millis(200));
        b
    } else {
        ProgressBar::hidden()
    };
    let started = Instant::now();
    let mut last_draw = Instant::now();
    let mut on_progress = |p: Progress| {
        if last_draw.elapsed() >= Duration::from_millis(100) {
            last_draw = Instant::now();
            let secs = started.elapsed().as_secs_f64().max(1e-3);
            bar.set_message(format!(
                "{} documents read ({:.0}/s), {} articles stored ({:.0}/s), {} rejected",
                p.read,
                p.read as f64 / secs,
                p.added,
                p.added as f64 / secs,
                p.rejected
            ));
        }
    };
    let summary = ingestor.ingest(docs, &mut on_progress)?;
    bar.finish_and_clear();
    for r in &summary.rejected {
        report_rejection(r);
    }
    let secs = started.elapsed().as_secs_f64();
    let counts = ingestor.store().counts()?;
    eprintln!(
        "storyline: ingested {} new articles ({} duplicates), skipped {} already stored, rejected {} inputs, in {:.1}s ({:.0} articles/s); store has {} articles in {} stories",
        summary.added,
        summary.duplicates,
        summary.skipped,
        summary.rejected.len(),
        secs,
        summary.added as f64 / secs.max(1e-3),
        counts.articles,
        counts.stories
    );
    Ok(if summary.rejected.is_empty() { Outcome::Ok } else { Outcome::SomeRejected })
}
