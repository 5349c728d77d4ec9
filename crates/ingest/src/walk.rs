//! Walking the inputs: files, directories (recursively, in name order, following
//! symlinks but never around a loop) and `-` for stdin, one at a time.

use std::collections::VecDeque;
use std::fs::File;
use std::path::{Path, PathBuf};

use walkdir::{DirEntry, WalkDir};

use crate::sniff::Ext;
use crate::stream::{documents, rejected, Docs};
use crate::{IngestOptions, RawDocument, Rejection};

type Walker = walkdir::FilterEntry<walkdir::IntoIter, fn(&DirEntry) -> bool>;

/// Documents of a list of paths, read lazily: one file is open at a time and
/// containers are streamed record by record.
pub(crate) struct PathDocs {
    pending: VecDeque<PathBuf>,
    walker: Option<Walker>,
    current: Option<Docs<'static>>,
    opts: IngestOptions,
}

impl PathDocs {
    /// Reads `paths` in order.
    pub(crate) fn new(paths: &[PathBuf], opts: &IngestOptions) -> Self {
        PathDocs { pending: paths.iter().cloned().collect(), walker: None, current: None, opts: opts.clone() }
    }

    /// The next input to read, as a stream of documents; `None` when all are read.
    fn next_input(&mut self) -> Option<Docs<'static>> {
        loop {
            if let Some(walker) = &mut self.walker {
                match walker.next() {
                    None => self.walker = None,
                    Some(Ok(entry)) if entry.file_type().is_file() => return Some(open_file(entry.path(), &self.opts)),
                    Some(Ok(_)) => {}
                    Some(Err(e)) => return Some(walk_error(&e)),
                }
                continue;
            }
            let path = self.pending.pop_front()?;
            if path.as_os_str() == "-" {
                return Some(documents("-".into(), Box::new(std::io::stdin()), None, Ext::Unknown, &self.opts));
            }
            match std::fs::metadata(&path) {
                Ok(meta) if meta.is_dir() => {
                    let visible: fn(&DirEntry) -> bool = |e| e.depth() == 0 || !is_hidden(e);
                    self.walker = Some(
                        WalkDir::new(&path).follow_links(true).sort_by_file_name().into_iter().filter_entry(visible),
                    );
                }
                Ok(_) => return Some(open_file(&path, &self.opts)),
                Err(e) => return Some(rejected(path.display().to_string(), format!("cannot read: {e}"))),
            }
        }
    }
}

impl Iterator for PathDocs {
    type Item = Result<RawDocument, Rejection>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.current.as_mut().and_then(Iterator::next) {
                return Some(item);
            }
            self.current = Some(self.next_input()?);
        }
    }
}

/// Dot-files and dot-directories inside a walked directory (`.git`, `.DS_Store`) are not inputs.
fn is_hidden(entry: &DirEntry) -> bool {
    entry.file_name().to_str().is_some_and(|n| n.starts_with('.'))
}

fn open_file(path: &Path, opts: &IngestOptions) -> Docs<'static> {
    let name = path.display().to_string();
    let file = match File::open(path) {
        Ok(file) => file,
        Err(e) => return rejected(name, format!("cannot open: {e}")),
    };
    let size = file.metadata().ok().filter(|m| m.is_file()).map(|m| m.len());
    let ext = Ext::of_name(&name);
    documents(name, Box::new(file), size, ext, opts)
}

fn walk_error(error: &walkdir::Error) -> Docs<'static> {
    let source = error.path().map_or_else(|| "?".to_string(), |p| p.display().to_string());
    let reason = match (error.loop_ancestor(), error.io_error()) {
        (Some(ancestor), _) => format!("symlink loop: leads back to {}; not followed", ancestor.display()),
        (None, Some(io)) => format!("cannot read: {io}"),
        (None, None) => format!("cannot read: {error}"),
    };
    rejected(source, reason)
}
