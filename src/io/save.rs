//! Writing plans: deterministic RON, saved atomically.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use ron::extensions::Extensions;
use ron::ser::PrettyConfig;

use super::error::SaveError;
use super::file::PlanFile;
use super::load::ron_options;
use crate::model::Plan;

/// The plan as RON text: the same plan always gives the same bytes.
///
/// # Errors
/// Only if serde refuses a value, which plain plan data never gives it cause to.
pub fn to_ron(plan: &Plan) -> Result<String, ron::Error> {
    plan_file_to_ron(&PlanFile::from_plan(plan))
}

/// A plan file's records as RON text, as [`to_ron`] writes them.
///
/// # Errors
/// Only if serde refuses a value.
pub fn plan_file_to_ron(file: &PlanFile) -> Result<String, ron::Error> {
    let config = PrettyConfig::new()
        // Plan, scenario list, scenario, node list, node: one field per line down to a node;
        // a node's names and memberships stay on one line.
        .depth_limit(5)
        .extensions(Extensions::IMPLICIT_SOME)
        .struct_names(false);
    let mut text = ron_options().to_string_pretty(file, config)?;
    text.push('\n');
    Ok(text)
}

/// Saves `plan` to `path` atomically: a temporary file beside the target, flushed to disk, then
/// renamed over it. On failure the old file is untouched.
///
/// # Errors
/// When the folder cannot be written or the disk is full.
pub fn save_file(plan: &Plan, path: &Path) -> Result<(), SaveError> {
    let text = to_ron(plan).map_err(|e| SaveError {
        path: path.to_owned(),
        reason: e.to_string(),
    })?;
    write_atomically(path, text.as_bytes())
}

/// Checks that `path` could be written: a file can be made in its folder (and is removed at
/// once). Long work (an export of hundreds of pages) asks this first, so that a mistyped or
/// read-only folder fails at once, not after the work.
///
/// # Errors
/// The folder is missing, is not a folder, or cannot be written.
pub fn check_writable(path: &Path) -> Result<(), SaveError> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    tempfile::Builder::new()
        .prefix(".orgplan-check-")
        .tempfile_in(dir)
        .map(drop)
        .map_err(|e| SaveError {
            path: path.to_owned(),
            reason: without_path(&e).to_string(),
        })
}

/// Writes `bytes` to `path` atomically (see [`save_file`]).
///
/// # Errors
/// When the folder cannot be written or the disk is full.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    staged(path, bytes, Access::Shared)?.persist(path)
}

/// Writes `bytes` to `path` atomically, readable and writable by the user alone whatever was
/// there before: for files of orgplan's own that hold personal data (recovery files).
///
/// # Errors
/// When the folder cannot be written or the disk is full.
pub fn write_privately(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    staged(path, bytes, Access::Private)?.persist(path)
}

/// Makes `dir` a folder only the user can enter, read or write (0700 on Unix), also when it
/// was there already (the folders above it that are missing are made as usual): orgplan's own
/// data folder, where recovery files and settings hold names and posts.
///
/// # Errors
/// When the folder cannot be made or its permissions set.
pub fn private_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

/// Who may read a file that is written.
#[derive(Clone, Copy)]
enum Access {
    /// As the file there had it, or the usual permissions: colleagues on a shared folder
    /// can open the plan.
    Shared,
    /// The user alone.
    Private,
}

/// Writes several files, all or none: each is written and flushed to disk beside its target
/// first, and only when every one of them is written do they replace their targets (the pages
/// of a PNG export: a disk that fills at the fifth page leaves none of the new pages).
///
/// # Errors
/// The first file that cannot be written, and then no target has changed; or, far rarer, a
/// rename that fails, after the renames before it.
pub fn write_all_atomically(files: &[(PathBuf, Vec<u8>)]) -> Result<(), SaveError> {
    let staged = files
        .iter()
        .map(|(path, bytes)| staged(path, bytes, Access::Shared))
        .collect::<Result<Vec<_>, _>>()?;
    for (file, (path, _)) in staged.into_iter().zip(files) {
        file.persist(path)?;
    }
    Ok(())
}

/// A file written beside its target and closed, not yet in its place: a thousand pages staged
/// hold no thousand open files.
struct Staged {
    temp: tempfile::TempPath,
}

impl Staged {
    /// Renames the file over `path`, and removes what saves killed half-way left beside it.
    fn persist(self, path: &Path) -> Result<(), SaveError> {
        self.temp.persist(path).map_err(|e| SaveError {
            path: path.to_owned(),
            reason: e.error.to_string(),
        })?;
        sweep_stale(folder_of(path));
        Ok(())
    }
}

/// How the name of a file being written starts; the process id follows, then a dash.
const STAGING: &str = ".orgplan-save-";

/// The folder `path` is in (`.` for a bare name).
fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

/// How old a temporary file must be before a sweep may take it: a save takes seconds, so one
/// this old is no save still running, on this machine or on a colleague's that shares the
/// folder (whose process ids mean nothing here).
const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(10 * 60);

/// Removes the temporary files in `dir` that saves of processes no longer running left behind
/// (a save killed or cut off by a power failure before its rename): files older than
/// [`STALE_AFTER`] whose process is gone. A younger file, a file of a running process, or of a
/// process this system cannot ask about, is left alone.
fn sweep_stale(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let pid = name
            .to_str()
            .and_then(|n| n.strip_prefix(STAGING))
            .filter(|_| name.to_string_lossy().ends_with(".tmp"))
            .and_then(|rest| rest.split('-').next())
            .and_then(|pid| pid.parse::<u32>().ok());
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age >= STALE_AFTER);
        if let Some(pid) = pid
            && old
            && pid != std::process::id()
            && process_gone(pid)
        {
            // Another sweep may have taken it first; either way it is gone.
            std::fs::remove_file(entry.path()).ok();
        }
    }
}

/// Whether no process `pid` runs (Linux; elsewhere no process is known to be gone).
fn process_gone(pid: u32) -> bool {
    cfg!(target_os = "linux")
        && Path::new("/proc/self").exists()
        && !Path::new("/proc").join(pid.to_string()).exists()
}

/// `bytes` written and flushed to disk in a temporary file beside `path`, with the permissions
/// `access` asks for. Dropped unpersisted, the file is removed.
fn staged(path: &Path, bytes: &[u8], access: Access) -> Result<Staged, SaveError> {
    let fail = |e: std::io::Error| SaveError {
        path: path.to_owned(),
        reason: e.to_string(),
    };
    let prefix = format!("{STAGING}{}-", std::process::id());
    let mut temp = tempfile::Builder::new()
        .prefix(&prefix)
        .suffix(".tmp")
        .tempfile_in(folder_of(path))
        .map_err(|e| fail(without_path(&e)))?;
    // Written through the file itself: the temporary file's name in a message would only
    // puzzle the user, who named the target.
    temp.as_file_mut().write_all(bytes).map_err(fail)?;
    // A temporary file is private (0600), as a private file stays; a shared one keeps the old
    // file's permissions, or gets the usual ones, so that colleagues can still open it.
    if let Access::Shared = access {
        let permissions = match std::fs::metadata(path) {
            Ok(old) => old.permissions(),
            Err(_) => default_permissions(temp.as_file()).map_err(fail)?,
        };
        temp.as_file().set_permissions(permissions).map_err(fail)?;
    }
    temp.as_file().sync_all().map_err(fail)?;
    Ok(Staged {
        temp: temp.into_temp_path(),
    })
}

#[cfg(unix)]
fn default_permissions(_file: &std::fs::File) -> std::io::Result<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt as _;
    Ok(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn default_permissions(file: &std::fs::File) -> std::io::Result<std::fs::Permissions> {
    Ok(file.metadata()?.permissions())
}

/// `error` without the temporary file's name tempfile adds to it: the user named the target,
/// and a message about `.orgplan-save-…tmp` would only puzzle them.
fn without_path(error: &std::io::Error) -> std::io::Error {
    error
        .raw_os_error()
        .map_or_else(|| error.kind().into(), std::io::Error::from_raw_os_error)
}
