//! Words for model values, from the catalogue.

use super::{Lang, format_date, tr};
use crate::model::{Date, Node, NodeKind, PostStatus, Role, ScenarioStatus, WorkTag};

/// The kind of a node, in `lang`.
#[must_use]
pub fn kind_text(kind: NodeKind, lang: Lang) -> String {
    tr(lang, &format!("kind-{}", kind.code()))
}

/// The status of a node in `lang` (a ceased unit says so).
#[must_use]
pub fn status_text(node: &Node, lang: Lang) -> String {
    match (node.kind, node.status) {
        (NodeKind::Unit | NodeKind::Team | NodeKind::Organisation, PostStatus::Abolished) => {
            tr(lang, "status-ceased")
        }
        (_, status) => tr(lang, &format!("status-{}", status.code())),
    }
}

/// A mark to show beside a node that is not simply filled or active.
#[must_use]
pub fn status_mark(node: &Node, lang: Lang) -> Option<String> {
    (node.status != PostStatus::Filled).then(|| status_text(node, lang))
}

/// Core work or administration, in `lang`.
#[must_use]
pub fn work_text(work: WorkTag, lang: Lang) -> String {
    match work {
        WorkTag::Core => tr(lang, "work-core"),
        WorkTag::Administration => tr(lang, "work-administration"),
    }
}

/// A member's role, in `lang`.
#[must_use]
pub fn role_text(role: Role, lang: Lang) -> String {
    let key = match role {
        Role::Member => "role-member",
        Role::Chair => "role-chair",
        Role::ViceChair => "role-vice_chair",
        Role::Coordinator => "role-coordinator",
        Role::Secretary => "role-secretary",
        Role::Expert => "role-expert",
    };
    tr(lang, key)
}

/// A scenario's status, in `lang`.
#[must_use]
pub fn scenario_status_text(status: ScenarioStatus, lang: Lang) -> String {
    let key = match status {
        ScenarioStatus::Draft => "scenario-status-draft",
        ScenarioStatus::Proposed => "scenario-status-proposed",
        ScenarioStatus::Decided => "scenario-status-decided",
        ScenarioStatus::Rejected => "scenario-status-rejected",
    };
    tr(lang, key)
}

/// A date, or the word for none.
#[must_use]
pub fn date_text(date: Option<Date>, lang: Lang) -> String {
    date.map_or_else(|| tr(lang, "value-none"), |d| format_date(d, lang))
}
