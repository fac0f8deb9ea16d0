//! orgplan: plan organisational restructurings of education administrations.
//!
//! A [`model::Plan`] holds a baseline and alternative scenarios of one organisation, each an
//! organisation graph of units, teams, posts and groups. Plans are read and written as RON
//! ([`io`]), checked for problems ([`analysis`]) and edited only through
//! [`model::Command`]s, which return their inverse for undo.
//!
//! ```
//! let plan = orgplan::examples::load(orgplan::examples::Example::Kouvola).unwrap();
//! let problems = orgplan::analysis::check(plan.baseline(), &Default::default());
//! assert!(plan.scenarios().len() >= 2);
//! # let _ = problems;
//! ```

/// orgplan's version and the commit it was built from: `0.1.0 (commit 3f2a9c1d0b7e)`.
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (commit ",
    env!("ORGPLAN_COMMIT"),
    ")"
);

pub mod analysis;
pub mod app;
pub mod compare;
pub mod examples;
pub mod export;
pub mod generate;
pub mod i18n;
pub mod io;
pub mod layout;
pub mod merge;
pub mod model;
pub mod pack;
pub mod progress;
pub mod staff;
