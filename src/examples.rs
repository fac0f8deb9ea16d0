//! The built-in example plans, written by hand from the seed cases and embedded in the binary.

use std::path::Path;

use crate::io::{LoadError, load_str};
use crate::model::Plan;

/// A built-in example plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Example {
    /// Kouvola 2023: units split and ceased, cross-unit teams, a post left unfilled (seed 000).
    #[default]
    Kouvola,
    /// Mänttä-Vilppula 2023: a working group of posts with a coordinator and an end date (seed 001).
    ManttaVilppula,
    /// Päijät-Häme 2021: a regional network of municipalities, a steering group of their leading
    /// education officials and development groups under it, with its monthly meetings (seed 002).
    PaijatHame,
    /// A Swedish education office 2023-2027: capacity and demand per school and preschool, a
    /// school closed, the youth centres moved to another committee, in kronor (seed 004).
    Utbildningskontoret,
}

impl Example {
    /// All examples.
    pub const ALL: [Example; 4] = [
        Example::Kouvola,
        Example::ManttaVilppula,
        Example::PaijatHame,
        Example::Utbildningskontoret,
    ];

    /// The name `orgplan example --name` takes.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Example::Kouvola => "kouvola",
            Example::ManttaVilppula => "manttavilppula",
            Example::PaijatHame => "paijathame",
            Example::Utbildningskontoret => "utbildningskontoret",
        }
    }

    /// The example with this name.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Example> {
        Example::ALL.into_iter().find(|e| e.code() == code)
    }

    /// The example's RON text, as shipped in `assets/examples/`.
    #[must_use]
    pub fn source(self) -> &'static str {
        match self {
            Example::Kouvola => include_str!("../assets/examples/kouvola.ron"),
            Example::ManttaVilppula => include_str!("../assets/examples/manttavilppula.ron"),
            Example::PaijatHame => include_str!("../assets/examples/paijathame.ron"),
            Example::Utbildningskontoret => {
                include_str!("../assets/examples/utbildningskontoret.ron")
            }
        }
    }
}

/// Loads a built-in example.
///
/// # Errors
/// Never for the shipped files (a test loads each); the error is kept for honesty.
pub fn load(example: Example) -> Result<Plan, LoadError> {
    let path = format!("assets/examples/{}.ron", example.code());
    load_str(example.source(), Path::new(&path))
}
