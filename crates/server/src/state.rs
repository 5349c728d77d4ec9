//! Shared server state: the store, the single writer, knowledge and caches.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Instant;

use storyline_analyse::Knowledge;
use storyline_model::Story;
use storyline_pipeline::Ingestor;
use storyline_store::Store;
use subtle::ConstantTimeEq;

use crate::metrics::Metrics;
use crate::{ServeOptions, ServerError};

/// Whether and how write requests are accepted.
#[derive(Clone)]
pub enum WritePolicy {
    /// `POST /api/articles` answers 403.
    Disabled,
    /// Writes need `Authorization: Bearer <token>`.
    Token(Arc<str>),
}

impl std::fmt::Debug for WritePolicy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WritePolicy::Disabled => f.write_str("Disabled"),
            WritePolicy::Token(_) => f.write_str("Token(<redacted>)"),
        }
    }
}

impl WritePolicy {
    /// The policy the options ask for; writes without a usable token are refused.
    pub fn from_options(allow_writes: bool, token: Option<&str>) -> Result<Self, ServerError> {
        if !allow_writes {
            return Ok(WritePolicy::Disabled);
        }
        match token.map(str::trim) {
            Some(t) if t.len() >= 8 => Ok(WritePolicy::Token(Arc::from(t))),
            Some(_) => Err(ServerError::Config("the write token must be at least 8 characters long".into())),
            None => Err(ServerError::Config(
                "--allow-writes needs a bearer token: pass --token or set STORYLINE_TOKEN".into(),
            )),
        }
    }

    /// Whether `presented` equals the configured token, compared in constant time.
    pub(crate) fn token_matches(&self, presented: &str) -> bool {
        match self {
            WritePolicy::Disabled => false,
            WritePolicy::Token(t) => {
                let (a, b) = (t.as_bytes(), presented.as_bytes());
                a.len() == b.len() && bool::from(a.ct_eq(b))
            }
        }
    }
}

/// Everything handlers share. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub(crate) inner: Arc<Inner>,
}

pub(crate) struct Inner {
    pub store: Arc<Store>,
    pub ingestor: Mutex<Ingestor>,
    pub knowledge: Arc<Knowledge>,
    pub writes: WritePolicy,
    pub max_body_bytes: usize,
    pub metrics: Metrics,
    pub started: Instant,
    /// All stories, newest first, tagged with the write generation they were read at.
    pub stories_cache: RwLock<Option<(u64, Arc<StoryList>)>>,
    /// Bumped by every write, so a read that raced a write is not cached.
    pub generation: AtomicU64,
}

impl AppState {
    /// State over `ingestor`'s store. Fails when writes are allowed without a token.
    pub fn new(ingestor: Ingestor, knowledge: Arc<Knowledge>, opts: &ServeOptions) -> Result<Self, ServerError> {
        let writes = WritePolicy::from_options(opts.allow_writes, opts.token.as_deref())?;
        if opts.max_body_bytes == 0 {
            return Err(ServerError::Config("the request body limit must be above zero".into()));
        }
        Ok(AppState {
            inner: Arc::new(Inner {
                store: Arc::clone(ingestor.store()),
                ingestor: Mutex::new(ingestor),
                knowledge,
                writes,
                max_body_bytes: opts.max_body_bytes,
                metrics: Metrics::default(),
                started: Instant::now(),
                stories_cache: RwLock::new(None),
                generation: AtomicU64::new(0),
            }),
        })
    }

    /// The store served.
    pub fn store(&self) -> &Arc<Store> {
        &self.inner.store
    }
}

/// Every story, newest first, with an id → position index.
pub(crate) struct StoryList {
    pub stories: Vec<Story>,
    pub position: HashMap<String, usize>,
}

impl StoryList {
    fn new(stories: Vec<Story>) -> Self {
        let position = stories.iter().enumerate().map(|(i, s)| (s.id.clone(), i)).collect();
        StoryList { stories, position }
    }
}

impl Inner {
    /// All stories, newest first, from the cache (loading it on first use).
    pub fn all_stories(&self) -> Result<Arc<StoryList>, storyline_store::StoreError> {
        let generation = self.generation.load(Ordering::Acquire);
        if let Ok(guard) = self.stories_cache.read() {
            if let Some((g, s)) = guard.as_ref() {
                if *g == generation {
                    return Ok(Arc::clone(s));
                }
            }
        }
        let loaded = Arc::new(StoryList::new(self.store.stories()?));
        if let Ok(mut guard) = self.stories_cache.write() {
            if self.generation.load(Ordering::Acquire) == generation {
                *guard = Some((generation, Arc::clone(&loaded)));
            }
        }
        Ok(loaded)
    }

    /// Forgets cached store views after a write.
    pub fn invalidate(&self) {
        self.generation.fetch_add(1, Ordering::AcqRel);
        if let Ok(mut guard) = self.stories_cache.write() {
            *guard = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_without_token_are_refused() {
        assert!(WritePolicy::from_options(true, None).is_err());
        assert!(WritePolicy::from_options(true, Some("  short ")).is_err());
        assert!(matches!(WritePolicy::from_options(false, None), Ok(WritePolicy::Disabled)));
    }

    #[test]
    fn token_comparison_is_exact() {
        let p = WritePolicy::from_options(true, Some("correct horse")).unwrap();
        assert!(p.token_matches("correct horse"));
        assert!(!p.token_matches("correct hors"));
        assert!(!p.token_matches("correct horsf"));
        assert!(!p.token_matches(""));
        assert!(!WritePolicy::Disabled.token_matches("anything"));
        assert!(!format!("{p:?}").contains("horse"));
    }
}
