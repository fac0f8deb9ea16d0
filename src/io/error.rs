//! Why a file could not be opened or saved, with the place in the file, in the user's language.

use std::fmt;
use std::path::PathBuf;

use super::limits::too_large_message;
use crate::i18n::{Arg, Lang, n, s, tr, tr_args};

/// A file that could not be loaded: where, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadError {
    /// The file.
    pub path: PathBuf,
    /// Line and column (1-based), when the problem has a place.
    pub position: Option<(usize, usize)>,
    /// What is wrong (boxed: errors travel through every loading function's `Result`).
    pub kind: Box<LoadErrorKind>,
}

/// What is wrong with a file.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum LoadErrorKind {
    /// The file could not be read.
    Io(String),
    /// The file is larger than orgplan opens (see [`crate::io::limits`]).
    TooLarge {
        /// Its size, in bytes.
        size: u64,
        /// The limit, in bytes.
        limit: u64,
    },
    /// The file is empty.
    Empty,
    /// The file is not text (not UTF-8).
    NotText,
    /// The RON is malformed or has the wrong shape; `expected` says what should be here.
    Syntax {
        /// What the file should have at this place.
        expected: Expected,
        /// The parser's own wording, in English.
        detail: String,
    },
    /// Made by a newer orgplan.
    FutureVersion {
        /// The file's version.
        found: u32,
        /// The newest this build reads.
        supported: u32,
    },
    /// A version this build never wrote.
    BadVersion(u32),
    /// The plan has no scenarios.
    NoScenarios,
    /// Two scenarios share an id.
    DuplicateScenario(String),
    /// Two nodes of a scenario share an id.
    DuplicateId {
        /// The scenario.
        scenario: String,
        /// The id.
        id: String,
    },
    /// Two tasks of a scenario share an id.
    DuplicateTask {
        /// The scenario.
        scenario: String,
        /// The task id.
        id: String,
    },
    /// A relation points to a node that does not exist.
    MissingTarget {
        /// The scenario.
        scenario: String,
        /// The node the relation starts at.
        node: String,
        /// The relation's field (`part_of`, `reports_to`, ...).
        relation: &'static str,
        /// The missing id.
        target: String,
    },
    /// A relation that cannot join these kinds (e.g. a unit that reports to someone).
    InvalidRelation {
        /// The scenario.
        scenario: String,
        /// Why.
        problem: crate::model::CommandError,
    },
    /// A node with neither a name nor a title.
    NoName {
        /// The scenario.
        scenario: String,
        /// The node.
        node: String,
    },
    /// A negative or non-finite figure.
    BadNumber {
        /// The node.
        node: String,
        /// The field.
        field: &'static str,
    },
}

/// What the parser expected at the place of a syntax error.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Expected {
    /// The file ends too early.
    MoreInput,
    /// A structure in parentheses.
    Structure,
    /// The closing parenthesis of a structure.
    StructureEnd,
    /// A text in double quotes.
    Text,
    /// A number.
    Number,
    /// A list in brackets.
    List,
    /// The closing bracket of a list.
    ListEnd,
    /// A comma between items.
    Comma,
    /// A colon after a field name.
    Colon,
    /// One of the named fields; found an unknown one.
    KnownField {
        /// The unknown field.
        found: String,
        /// The fields allowed here.
        allowed: Vec<String>,
    },
    /// A field that is missing.
    Field(String),
    /// A field given twice.
    FieldOnce(String),
    /// One of the named values.
    KnownValue {
        /// What the file has.
        found: String,
        /// What is allowed.
        allowed: Vec<String>,
    },
    /// A value of another type.
    Type {
        /// Expected type, as serde words it.
        expected: String,
        /// Found type.
        found: String,
    },
    /// A valid value (an id, a date); the detail says why this one is not.
    Valid,
    /// Nothing more after the plan.
    End,
    /// Valid RON at all.
    Ron,
}

impl LoadError {
    /// An error without a place in the file.
    #[must_use]
    pub fn new(path: impl Into<PathBuf>, kind: LoadErrorKind) -> LoadError {
        LoadError {
            path: path.into(),
            position: None,
            kind: Box::new(kind),
        }
    }

    /// The same error at a place in the file.
    #[must_use]
    pub fn at(mut self, position: Option<(usize, usize)>) -> LoadError {
        self.position = position;
        self
    }

    /// What is wrong, in `lang`, without the file and place.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        let t = |key: &str, args: &[(&'static str, Arg)]| tr_args(lang, key, args);
        match self.kind.as_ref() {
            LoadErrorKind::Io(reason) => t("load-io", &[("reason", s(reason))]),
            LoadErrorKind::TooLarge { size, limit } => too_large_message(lang, *size, *limit),
            LoadErrorKind::Empty => tr(lang, "load-empty"),
            LoadErrorKind::NotText => tr(lang, "load-not-text"),
            LoadErrorKind::Syntax { expected, detail } => t(
                "load-syntax",
                &[
                    ("expected", s(expected.message(lang))),
                    ("detail", s(detail)),
                ],
            ),
            LoadErrorKind::FutureVersion { found, supported } => t(
                "load-future-version",
                &[
                    ("found", n(*found as usize)),
                    ("supported", n(*supported as usize)),
                ],
            ),
            LoadErrorKind::BadVersion(found) => {
                t("load-bad-version", &[("found", n(*found as usize))])
            }
            LoadErrorKind::NoScenarios => tr(lang, "load-no-scenarios"),
            LoadErrorKind::DuplicateScenario(id) => t("load-duplicate-scenario", &[("id", s(id))]),
            LoadErrorKind::DuplicateId { scenario, id } => t(
                "load-duplicate-id",
                &[("scenario", s(scenario)), ("id", s(id))],
            ),
            LoadErrorKind::DuplicateTask { scenario, id } => t(
                "load-duplicate-task",
                &[("scenario", s(scenario)), ("id", s(id))],
            ),
            LoadErrorKind::MissingTarget {
                scenario,
                node,
                relation,
                target,
            } => t(
                "load-missing-target",
                &[
                    ("scenario", s(scenario)),
                    ("node", s(node)),
                    ("relation", s(*relation)),
                    ("target", s(target)),
                ],
            ),
            LoadErrorKind::InvalidRelation { scenario, problem } => t(
                "load-invalid-relation",
                &[
                    ("scenario", s(scenario)),
                    ("reason", s(problem.message(lang))),
                ],
            ),
            LoadErrorKind::NoName { scenario, node } => t(
                "load-no-name",
                &[("scenario", s(scenario)), ("node", s(node))],
            ),
            LoadErrorKind::BadNumber { node, field } => t(
                "load-bad-number",
                &[("node", s(node)), ("field", s(*field))],
            ),
        }
    }

    /// `FILE:LINE:COL: message` (or `FILE: message` without a place), in `lang`.
    #[must_use]
    pub fn display(&self, lang: Lang) -> String {
        let path = self.path.display();
        match self.position {
            Some((line, col)) => format!("{path}:{line}:{col}: {}", self.message(lang)),
            None => format!("{path}: {}", self.message(lang)),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.display(Lang::En))
    }
}

impl std::error::Error for LoadError {}

impl Expected {
    /// What was expected, in `lang`.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        let list = |items: &[String]| {
            items
                .iter()
                .map(|i| format!("`{i}`"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match self {
            Expected::MoreInput => tr(lang, "expected-more"),
            Expected::Structure => tr(lang, "expected-structure"),
            Expected::StructureEnd => tr(lang, "expected-structure-end"),
            Expected::Text => tr(lang, "expected-text"),
            Expected::Number => tr(lang, "expected-number"),
            Expected::List => tr(lang, "expected-list"),
            Expected::ListEnd => tr(lang, "expected-list-end"),
            Expected::Comma => tr(lang, "expected-comma"),
            Expected::Colon => tr(lang, "expected-colon"),
            Expected::KnownField { found, allowed } => tr_args(
                lang,
                "expected-known-field",
                &[("found", s(found)), ("allowed", s(list(allowed)))],
            ),
            Expected::Field(field) => tr_args(lang, "expected-field", &[("field", s(field))]),
            Expected::FieldOnce(field) => {
                tr_args(lang, "expected-field-once", &[("field", s(field))])
            }
            Expected::KnownValue { found, allowed } => tr_args(
                lang,
                "expected-known-value",
                &[("found", s(found)), ("allowed", s(list(allowed)))],
            ),
            Expected::Type { expected, found } => tr_args(
                lang,
                "expected-type",
                &[("expected", s(expected)), ("found", s(found))],
            ),
            Expected::Valid => tr(lang, "expected-valid"),
            Expected::End => tr(lang, "expected-end"),
            Expected::Ron => tr(lang, "expected-ron"),
        }
    }

    /// What a RON parser error says was expected.
    #[must_use]
    pub fn from_ron(code: &ron::Error) -> Expected {
        use ron::Error as E;
        let strings = |xs: &[&str]| xs.iter().map(|x| (*x).to_owned()).collect();
        match code {
            E::Eof => Expected::MoreInput,
            E::ExpectedStructLike | E::ExpectedNamedStructLike(_) | E::ExpectedUnit => {
                Expected::Structure
            }
            E::ExpectedStructLikeEnd | E::ExpectedOptionEnd => Expected::StructureEnd,
            E::ExpectedString | E::ExpectedStringEnd | E::ExpectedIdentifier => Expected::Text,
            E::ExpectedInteger
            | E::ExpectedFloat
            | E::FloatUnderscore
            | E::IntegerOutOfBounds
            | E::InvalidIntegerDigit { .. } => Expected::Number,
            E::ExpectedArray => Expected::List,
            E::ExpectedArrayEnd => Expected::ListEnd,
            E::ExpectedComma => Expected::Comma,
            E::ExpectedMapColon => Expected::Colon,
            E::NoSuchStructField {
                expected, found, ..
            } => Expected::KnownField {
                found: found.clone(),
                allowed: strings(expected),
            },
            E::MissingStructField { field, .. } => Expected::Field((*field).to_owned()),
            E::DuplicateStructField { field, .. } => Expected::FieldOnce((*field).to_owned()),
            E::NoSuchEnumVariant {
                expected, found, ..
            } => Expected::KnownValue {
                found: found.clone(),
                allowed: strings(expected),
            },
            E::InvalidValueForType { expected, found } => Expected::Type {
                expected: expected.clone(),
                found: found.clone(),
            },
            E::Message(_) => Expected::Valid,
            E::TrailingCharacters => Expected::End,
            _ => Expected::Ron,
        }
    }
}

/// A plan that could not be saved; the file on disk is as it was.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {reason}")]
pub struct SaveError {
    /// The target file.
    pub path: PathBuf,
    /// What went wrong, as the system says it.
    pub reason: String,
}

impl SaveError {
    /// The error in `lang`: the old file is intact, and why the save failed.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        tr_args(
            lang,
            "save-failed",
            &[
                ("path", s(self.path.display().to_string())),
                ("reason", s(&self.reason)),
            ],
        )
    }
}
