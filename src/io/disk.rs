//! The open file as it is on disk: what it was when the window last read or wrote it, so that
//! the window notices when another planner saves over it in the shared folder, and can merge
//! their version with its own against the last version both started from.

use std::hash::{Hash, Hasher};
use std::path::Path;
use std::time::SystemTime;

use super::limits::{MAX_PLAN_BYTES, ReadFailure, read_limited};
use crate::model::Plan;

/// A file's state, cheap to compare: its size and time first, its content's hash to be sure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stamp {
    modified: Option<SystemTime>,
    len: u64,
    hash: u64,
}

impl Stamp {
    /// The stamp of bytes written to or read from a file.
    #[must_use]
    pub fn of(path: &Path, bytes: &[u8]) -> Stamp {
        let meta = std::fs::metadata(path).ok();
        Stamp {
            modified: meta.as_ref().and_then(|m| m.modified().ok()),
            len: bytes.len() as u64,
            hash: hash(bytes),
        }
    }

    /// The file as it is now; `None` when it cannot be read (moved away, unmounted). A file
    /// grown past what orgplan opens is not read: it has changed, and opening it will say why.
    #[must_use]
    pub fn read(path: &Path) -> Option<Stamp> {
        match read_limited(path, MAX_PLAN_BYTES) {
            Ok(bytes) => Some(Stamp::of(path, &bytes)),
            Err(ReadFailure::TooLarge { size, .. }) => Some(Stamp {
                modified: std::fs::metadata(path).and_then(|m| m.modified()).ok(),
                len: size,
                hash: 0,
            }),
            Err(ReadFailure::Io(_)) => None,
        }
    }

    /// Whether the file on disk may differ from this stamp, by its size and time alone.
    #[must_use]
    pub fn looks_changed(&self, path: &Path) -> bool {
        match std::fs::metadata(path) {
            Ok(meta) => meta.len() != self.len || meta.modified().ok() != self.modified,
            Err(_) => false,
        }
    }

    /// Whether the content differs from `other`'s (a touched file with the same bytes has not
    /// changed).
    #[must_use]
    pub fn same_content(&self, other: &Stamp) -> bool {
        self.len == other.len && self.hash == other.hash
    }
}

fn hash(bytes: &[u8]) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut hasher);
    hasher.finish()
}

/// What the window knows of its file on disk.
#[derive(Clone, Debug)]
pub struct OnDisk {
    /// The file as the window last read or wrote it.
    pub stamp: Stamp,
    /// The plan as the window last read or wrote it: the base of a three-way merge.
    pub base: Plan,
    /// The file's newer content the user has been told about (and chose to keep their own
    /// version over, or not yet answered).
    pub changed: Option<Stamp>,
    /// The user chose to keep their version; the notice is not shown again for this content.
    pub dismissed: bool,
}

impl OnDisk {
    /// The file was just read or written as `plan`.
    #[must_use]
    pub fn new(stamp: Stamp, base: Plan) -> OnDisk {
        OnDisk {
            stamp,
            base,
            changed: None,
            dismissed: false,
        }
    }

    /// Looks at the file again; true when it has new content since the last look.
    pub fn poll(&mut self, path: &Path) -> bool {
        let known = self.changed.as_ref().unwrap_or(&self.stamp);
        if !known.looks_changed(path) {
            return false;
        }
        let Some(now) = Stamp::read(path) else {
            return false;
        };
        if now.same_content(&self.stamp) {
            // Touched, not changed: remember the new time so it is not read again.
            self.stamp = now;
            self.changed = None;
            return false;
        }
        let new = self.changed.as_ref().is_none_or(|c| !c.same_content(&now));
        self.changed = Some(now);
        if new {
            self.dismissed = false;
        }
        new
    }
}
