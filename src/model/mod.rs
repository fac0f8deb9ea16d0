//! The organisation model: plans, scenarios, nodes, relations, the commands that edit them and
//! the history that undoes and redoes them.
//!
//! Nothing here knows about files, the GUI or the command line.

mod command;
mod command_error;
pub mod compose;
mod conflict;
mod date;
mod history;
mod line;
pub(crate) mod lists;
pub mod measure;
mod node;
mod participation;
mod plan;
mod plan_edit;
mod relation;
mod scenario;
pub mod search;
mod staff_mapping;
pub mod words;

pub use crate::i18n::Currency;
pub use command::{Command, Edit, Field, apply, names_in};
pub use command_error::CommandError;
pub use conflict::conflict_text;
pub use date::{Date, DateError};
pub use history::History;
pub use line::LineManagement;
pub use measure::Measure;
pub use node::{
    Decision, Forecast, Names, Node, NodeId, NodeKind, PostStatus, Role, Task, Term, WorkTag,
};
pub use participation::{EventKind, Participation};
pub use plan::{Conflict, Contact, PERSONAL_FIELDS, Plan, PlanDetails};
pub use plan_edit::parse_currency;
pub use relation::{Edge, Relation};
pub use scenario::{Scenario, ScenarioId, ScenarioMeta, ScenarioStatus, ScenarioView, ShowFields};
pub use staff_mapping::{Mapping, Target};
