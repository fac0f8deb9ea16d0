//! Analyses derived from a scenario, never stored in it: the checks (problems) for now.

mod checks;
mod cycles;

pub use checks::{CheckOptions, Problem, ProblemCode, check};
pub use cycles::find_cycles;
