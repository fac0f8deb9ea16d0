//! A row of a staff list that cannot be imported: where it is, in which column, and why, said
//! as `FILE:LINE: column: reason` in the planner's language.

use crate::i18n::{Lang, n, s, tr, tr_args};

/// What is wrong with a row.
#[derive(Clone, Debug, PartialEq)]
pub enum RowReason {
    /// The id cell is empty.
    MissingId,
    /// The id has characters ids cannot have.
    BadId(String),
    /// An earlier row has the same id (its place).
    DuplicateId(String, String),
    /// The cell is not a number.
    NotANumber(String),
    /// No row has the supervisor's id.
    UnknownSupervisor(String),
    /// The row's supervisors lead back to it.
    SupervisorCycle,
    /// The status is not one orgplan knows.
    UnknownStatus(String),
    /// The core/administration cell is neither.
    UnknownWork(String),
    /// The row has more cells (the first count) than the header has columns (the second):
    /// a name holding the separator, unquoted, shifts every cell after it.
    TooManyCells(usize, usize),
    /// A unit made from the list's unit paths has the post's id.
    IdTaken(String),
}

/// A row that could not be imported.
#[derive(Clone, Debug, PartialEq)]
pub struct BadRow {
    /// The row's place among the source's rows.
    pub row: usize,
    /// Where the cell is: `staff.csv:12` or `Henkilöstö!C12`.
    pub place: String,
    /// The column's header.
    pub column: String,
    /// What is wrong.
    pub reason: RowReason,
}

impl BadRow {
    /// `FILE:LINE: column: reason` in `lang`.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        let reason = match &self.reason {
            RowReason::MissingId => tr(lang, "staff-row-missing-id"),
            RowReason::BadId(id) => tr_args(lang, "staff-row-bad-id", &[("id", s(id))]),
            RowReason::DuplicateId(id, first) => tr_args(
                lang,
                "staff-row-duplicate-id",
                &[("id", s(id)), ("first", s(first))],
            ),
            RowReason::NotANumber(text) => {
                tr_args(lang, "staff-row-not-a-number", &[("text", s(text))])
            }
            RowReason::UnknownSupervisor(id) => {
                tr_args(lang, "staff-row-unknown-supervisor", &[("id", s(id))])
            }
            RowReason::SupervisorCycle => tr(lang, "staff-row-supervisor-cycle"),
            RowReason::UnknownStatus(text) => {
                tr_args(lang, "staff-row-unknown-status", &[("text", s(text))])
            }
            RowReason::TooManyCells(cells, columns) => tr_args(
                lang,
                "staff-row-too-many-cells",
                &[("cells", n(*cells)), ("columns", n(*columns))],
            ),
            RowReason::UnknownWork(text) => {
                tr_args(lang, "staff-row-unknown-work", &[("text", s(text))])
            }
            RowReason::IdTaken(id) => tr_args(lang, "staff-row-id-taken", &[("id", s(id))]),
        };
        if self.column.is_empty() {
            // A cell beyond the header's columns has no header to name.
            return format!("{}: {reason}", self.place);
        }
        format!("{}: {}: {reason}", self.place, self.column)
    }
}
