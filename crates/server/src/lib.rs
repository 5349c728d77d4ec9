//! `storyline serve`: the HTTP JSON API and the web UI over an open store.

use std::net::SocketAddr;
use std::sync::Arc;

use storyline_pipeline::Ingestor;

/// Server failures at start-up.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    /// The address could not be bound, or the runtime failed.
    #[error("server error: {0}")]
    Io(String),
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

/// Serves until interrupted. The ingestor is the store's single writer.
pub fn serve(ingestor: Ingestor, opts: ServeOptions) -> Result<(), ServerError> {
    let _ = (Arc::clone(ingestor.store()), opts);
    Err(ServerError::Io("serve is not implemented yet".into()))
}
