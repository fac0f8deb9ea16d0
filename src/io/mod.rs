//! Files: RON plan files (load with clear errors, atomic deterministic save), CSV import, the
//! watch on an open file that others may save over, and recovery files of unsaved work.

mod csv_import;
pub mod csv_out;
pub mod disk;
mod error;
mod file;
pub mod limits;
mod load;
pub mod recovery;
mod save;
pub mod table;
mod text;

pub use csv_import::{ImportError, ImportReason, REQUIRED_COLUMNS, import_csv, import_csv_file};
pub use error::{Expected, LoadError, LoadErrorKind, SaveError};
pub use file::{FORMAT_VERSION, Membership, NodeRecord, PlanFile, ScenarioRecord, ViewRecord};
pub use load::{load_bytes, load_file, load_str};
pub use save::{
    check_writable, plan_file_to_ron, private_dir, save_file, to_ron, write_all_atomically,
    write_atomically, write_privately,
};
pub use text::{decode, sniff_delimiter};

use std::path::Path;

use crate::i18n::Lang;
use crate::model::Plan;

/// Why a file given to a command could not become a plan.
#[derive(Debug)]
pub enum OpenError {
    /// A plan file that does not load.
    Plan(LoadError),
    /// A CSV with bad rows (all of them).
    Csv(Vec<ImportError>),
}

impl OpenError {
    /// One line per problem: `FILE:LINE:COL: message` or `FILE:LINE: reason`, in `lang`.
    #[must_use]
    pub fn lines(&self, lang: Lang) -> Vec<String> {
        match self {
            OpenError::Plan(e) => vec![e.display(lang)],
            OpenError::Csv(errors) => errors.iter().map(|e| e.display(lang)).collect(),
        }
    }
}

/// The extension of plan files (RON inside): what *Save as* proposes.
pub const PLAN_EXTENSION: &str = "orgplan";

/// The extensions plan files have: orgplan's own, and the `.ron` of earlier versions, which
/// keeps opening.
pub const PLAN_EXTENSIONS: [&str; 2] = [PLAN_EXTENSION, "ron"];

/// Whether `path` names a CSV file: imported into a plan, never written back.
#[must_use]
pub fn is_csv(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
}

/// Opens a plan file or, when the name ends in `.csv`, imports a CSV on the fly.
///
/// # Errors
/// When the file does not load or the CSV has bad rows.
pub fn open_any(path: &Path) -> Result<Plan, OpenError> {
    if is_csv(path) {
        import_csv_file(path).map_err(OpenError::Csv)
    } else {
        load_file(path).map_err(OpenError::Plan)
    }
}
