//! Analyses derived from a scenario, never stored in it: the checks (problems) and their report.

mod checks;
mod cycles;
mod report;

pub use checks::{CheckOptions, Problem, ProblemCode, check};
pub use cycles::find_cycles;
pub use report::{ProblemsFormat, problems_report};
