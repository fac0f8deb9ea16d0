//! How much orgplan reads: a file past these limits is refused before it is read, with a
//! message that says how large it is and what the limit is, rather than filling a laptop's
//! memory. Measured: a plan of 100,000 nodes is a 24 MB file and takes 257 MB of memory to
//! check, so a plan file at the limit (some million nodes) takes about 2.7 GB.

use std::io::Read as _;
use std::path::Path;

use crate::i18n::{Lang, n, tr_args};

/// The largest plan file orgplan opens, in bytes: 256 MiB, some million nodes.
pub const MAX_PLAN_BYTES: u64 = 256 << 20;

/// The largest table (a CSV, a text export, a workbook) orgplan reads, in bytes: 256 MiB,
/// some four million rows of a staff list.
pub const MAX_TABLE_BYTES: u64 = 256 << 20;

/// The most rows a table may have: a million, ten times the largest organisation planned with
/// orgplan and more than any Finnish or Swedish municipality employs.
pub const MAX_ROWS: usize = 1_000_000;

/// The largest mapping file (`--mapping`), in bytes: a mapping names a few dozen columns.
pub const MAX_MAPPING_BYTES: u64 = 1 << 20;

/// Why a file was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadFailure {
    /// The file is larger than the limit.
    TooLarge {
        /// Its size, in bytes (at least this: a pipe's size is known only as it is read).
        size: u64,
        /// The limit, in bytes.
        limit: u64,
    },
    /// The file could not be read.
    Io(String),
}

/// The bytes of the file at `path`, when it holds at most `limit` of them: a larger file is
/// refused from its size before it is read, and a pipe or a file that grows is read no further
/// than one byte past the limit.
///
/// # Errors
/// When the file is larger than `limit` or cannot be read.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, ReadFailure> {
    let io = |e: std::io::Error| ReadFailure::Io(e.to_string());
    let file = std::fs::File::open(path).map_err(io)?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    if size > limit {
        return Err(ReadFailure::TooLarge { size, limit });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(io)?;
    let read = bytes.len() as u64;
    if read > limit {
        return Err(ReadFailure::TooLarge { size: read, limit });
    }
    Ok(bytes)
}

/// How many lines `bytes` has at most, as a CSV reader ends them: at `\n`, `\r\n` and a lone
/// `\r` (Excel for Mac's CSV). An upper bound of its rows, counted before any is read.
#[must_use]
pub fn line_count(bytes: &[u8]) -> usize {
    let lone_returns = bytes
        .windows(2)
        .filter(|pair| pair[0] == b'\r' && pair[1] != b'\n')
        .count()
        + usize::from(bytes.last() == Some(&b'\r'));
    bytes.iter().filter(|&&b| b == b'\n').count() + lone_returns + 1
}

/// A file larger than orgplan reads, in `lang`: its size and the limit, in megabytes.
#[must_use]
pub fn too_large_message(lang: Lang, size: u64, limit: u64) -> String {
    let mb = |bytes: u64| n(usize::try_from(megabytes(bytes)).unwrap_or(usize::MAX));
    tr_args(
        lang,
        "file-too-large",
        &[("size", mb(size)), ("limit", mb(limit))],
    )
}

/// Megabytes (MiB), rounded up, as a message gives sizes.
#[must_use]
pub fn megabytes(bytes: u64) -> u64 {
    bytes.div_ceil(1 << 20)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_past_the_limit_is_refused_from_its_size_and_one_within_is_read() {
        let dir = tempfile::tempdir().map_err(|e| e.to_string());
        let Ok(dir) = dir else {
            return;
        };
        let path = dir.path().join("plan.orgplan");
        assert!(std::fs::write(&path, vec![b'x'; 1_000]).is_ok());
        assert_eq!(
            read_limited(&path, 999),
            Err(ReadFailure::TooLarge {
                size: 1_000,
                limit: 999
            })
        );
        assert_eq!(read_limited(&path, 1_000).map(|b| b.len()), Ok(1_000));
        assert!(matches!(
            read_limited(&dir.path().join("missing"), 10),
            Err(ReadFailure::Io(_))
        ));
        assert_eq!(megabytes(1), 1);
        assert_eq!(line_count(b"a\nb\r\nc\rd"), 4);
        assert_eq!(line_count(b"a\r"), 2);
        assert_eq!(megabytes(1 << 30), 1024);
    }
}
