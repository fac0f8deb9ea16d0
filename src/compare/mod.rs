//! Comparing scenarios: every difference node by node ([`diff`]), the figures of each scenario
//! side by side ([`figures`]), and the reports made of them ([`report`]).
//!
//! Scenarios are matched by node identity, never by name; the view section (collapsed nodes,
//! what boxes show) is not part of the organisation and is ignored.

pub mod demand;
pub mod demand_report;
mod diff;
pub mod exports;
mod figures;
pub mod impact;
pub mod marks;
mod medians;
pub mod report;
mod sides;
pub mod stats;
pub mod table;
pub mod workbook;

pub use diff::{Change, ChangeGroup, ChangeKind, Value, diff};
pub use figures::{Figures, Span, Totals, UnitFigures, UnitSpan, figures};
