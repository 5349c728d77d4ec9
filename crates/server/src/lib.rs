//! `storyline serve`: the HTTP JSON API and the web UI over an open store.
//!
//! Reads go straight to the store (its record store and full-text index are
//! safe to read concurrently) on tokio's blocking pool; the one write path,
//! `POST /api/articles`, goes through the shared [`Ingestor`], the store's
//! single writer, behind a mutex. Everything is JSON, errors included
//! (`{"error": "..."}`), except `/metrics` (Prometheus text) and the UI assets.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use storyline_analyse::Knowledge;
use storyline_pipeline::Ingestor;

mod api;
mod error;
mod metrics;
mod openapi;
mod state;
mod ui;

pub use error::ApiError;
pub use openapi::openapi_document;
pub use state::{AppState, WritePolicy};

/// Server failures at start-up.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    /// The address could not be bound, or the runtime failed.
    #[error("server error: {0}")]
    Io(String),
    /// The options are inconsistent (e.g. writes allowed without a token).
    #[error("invalid server configuration: {0}")]
    Config(String),
}

/// How to serve.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// Address to listen on.
    pub addr: SocketAddr,
    /// Enables `POST /api/articles` (with a bearer token).
    pub allow_writes: bool,
    /// The bearer token write requests must carry.
    pub token: Option<String>,
    /// Largest accepted request body, in bytes.
    pub max_body_bytes: usize,
}

/// How long one request may take before it is answered with 408.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// Serves until interrupted (Ctrl-C or SIGTERM). The ingestor is the store's single writer.
///
/// Uses the built-in knowledge base for actor resolution in timelines; callers
/// holding a knowledge base with overlays should use [`serve_with_knowledge`].
pub fn serve(ingestor: Ingestor, opts: ServeOptions) -> Result<(), ServerError> {
    let knowledge = Knowledge::builtin().map_err(|e| ServerError::Config(format!("loading knowledge: {e}")))?;
    serve_with_knowledge(ingestor, Arc::new(knowledge), opts)
}

/// Like [`serve`], resolving actor names through `knowledge` (the same base the
/// ingestor analyses with, overlays included).
pub fn serve_with_knowledge(
    ingestor: Ingestor,
    knowledge: Arc<Knowledge>,
    opts: ServeOptions,
) -> Result<(), ServerError> {
    let state = AppState::new(ingestor, knowledge, &opts)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("storyline-http")
        .build()
        .map_err(|e| ServerError::Io(format!("starting the runtime: {e}")))?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(opts.addr)
            .await
            .map_err(|e| ServerError::Io(format!("cannot listen on {}: {e}", opts.addr)))?;
        let local = listener.local_addr().map_err(|e| ServerError::Io(e.to_string()))?;
        eprintln!("storyline: serving http://{local}/ (writes {})", if opts.allow_writes { "on" } else { "off" });
        axum::serve(listener, router(state))
            .with_graceful_shutdown(shutdown_signal())
            .await
            .map_err(|e| ServerError::Io(e.to_string()))
    })
}

/// The whole application: API, metrics, OpenAPI document and UI, with its
/// body limit, timeout, security headers and request metrics. For tests and embedding.
pub fn router(state: AppState) -> axum::Router {
    api::router(state)
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    eprintln!("storyline: shutting down");
}
