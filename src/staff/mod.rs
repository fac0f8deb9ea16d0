//! Staff lists from HR and payroll systems: read as they are exported ([`source`]), their
//! columns mapped to orgplan's fields ([`mapping`], guessed from the headers by [`synonyms`]),
//! and built into a baseline of units and posts ([`build`]), every bad row reported with its
//! place and nothing imported half.

pub mod bad_row;
pub mod build;
mod cells;
pub mod mapping;
pub mod numbers;
pub mod preview;
pub mod source;
pub mod synonyms;
pub mod update;

use std::path::PathBuf;

use crate::i18n::{Lang, s, tr_args};

pub use bad_row::{BadRow, RowReason};
pub use build::{Imported, build, build_with};
pub use cells::guess_language;
pub use mapping::Mapping;
pub use source::{Source, is_staff_list, read_source, read_source_with};
pub use synonyms::Target;
pub use update::{Updated, update};

/// From this size on, a staff list (about 5,000 rows of a typical export) is read with its
/// progress shown: on the terminal, and on a thread of its own in the window.
pub const LARGE_FILE: u64 = 512 * 1024;

/// Why a staff list could not be read or mapped at all.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StaffError {
    /// The file could not be read.
    #[error("{0}: {1}")]
    Io(PathBuf, String),
    /// The file is larger than orgplan reads: its size and the limit, in bytes.
    #[error("{0}: {1} bytes, more than {2}")]
    TooLarge(PathBuf, u64, u64),
    /// The table has more rows than orgplan reads (the limit).
    #[error("{0}: more than {1} rows")]
    TooManyRows(PathBuf, usize),
    /// The file is not a table orgplan can read.
    #[error("{0}: not a table: {1}")]
    NotATable(PathBuf, String),
    /// The workbook has no sheet of this name (its sheets listed).
    #[error("{0}: no sheet {1}")]
    NoSheet(PathBuf, String, Vec<String>),
    /// No row of the first ones looks like a header.
    #[error("{0}: no header row")]
    NoHeader(PathBuf),
    /// The mapping file is not a mapping.
    #[error("not a mapping: {0}")]
    BadMapping(String),
    /// The mapping names a column the file does not have.
    #[error("no column {0}")]
    NoColumn(String),
    /// No column holds the posts' ids.
    #[error("no id column")]
    NoIdColumn,
}

impl StaffError {
    /// The message in `lang`.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        let path = |p: &PathBuf| s(p.display().to_string());
        match self {
            StaffError::Io(p, reason) => tr_args(
                lang,
                "staff-io",
                &[("path", path(p)), ("reason", s(reason))],
            ),
            StaffError::TooLarge(p, size, limit) => format!(
                "{}: {}",
                p.display(),
                crate::io::limits::too_large_message(lang, *size, *limit)
            ),
            StaffError::TooManyRows(p, limit) => format!(
                "{}: {}",
                p.display(),
                tr_args(
                    lang,
                    "file-too-many-rows",
                    &[("limit", crate::i18n::n(*limit))]
                )
            ),
            StaffError::NotATable(p, reason) => tr_args(
                lang,
                "staff-not-a-table",
                &[("path", path(p)), ("reason", s(reason))],
            ),
            StaffError::NoSheet(p, sheet, sheets) => tr_args(
                lang,
                "staff-no-sheet",
                &[
                    ("path", path(p)),
                    ("sheet", s(sheet)),
                    ("sheets", s(sheets.join(", "))),
                ],
            ),
            StaffError::NoHeader(p) => tr_args(lang, "staff-no-header", &[("path", path(p))]),
            StaffError::BadMapping(reason) => {
                tr_args(lang, "staff-bad-mapping", &[("reason", s(reason))])
            }
            StaffError::NoColumn(header) => {
                tr_args(lang, "staff-no-column", &[("column", s(header))])
            }
            StaffError::NoIdColumn => tr_args(lang, "staff-no-id-column", &[]),
        }
    }
}
