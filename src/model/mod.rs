//! The organisation model: plans, scenarios, nodes, relations, and the commands that edit them.
//!
//! Nothing here knows about files, the GUI or the command line.

mod command;
pub mod compose;
mod conflict;
mod date;
mod line;
pub(crate) mod lists;
mod node;
mod plan;
mod relation;
mod scenario;
pub mod search;
pub mod words;

pub use command::{Command, CommandError, Edit, Field, apply, names_in};
pub use conflict::conflict_text;
pub use date::{Date, DateError};
pub use line::LineManagement;
pub use node::{Decision, Names, Node, NodeId, NodeKind, PostStatus, Role, Task, Term, WorkTag};
pub use plan::{Conflict, Contact, PERSONAL_FIELDS, Plan};
pub use relation::{Edge, Relation};
pub use scenario::{Scenario, ScenarioId, ScenarioMeta, ScenarioStatus, ScenarioView, ShowFields};
