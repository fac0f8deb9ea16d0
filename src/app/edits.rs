//! The edits several parts of the window offer (the details panel, the chart's menu and drag,
//! the keyboard), as actions named for the Undo menu. What each edit does is the model's
//! [`compose`]; here it only gets its name in the user's language.

use super::actions::AppAction;
use crate::i18n::{Lang, s, tr, tr_args};
use crate::model::words::kind_text;
use crate::model::{Command, Edit, Node, NodeId, NodeKind, Plan, Scenario, compose};

/// An edit of the shown scenario, named for the Undo menu.
pub(super) fn edit(scenario: &Scenario, edit: Edit, label: String) -> AppAction {
    AppAction::Edit {
        command: Command {
            scenario: scenario.meta.id.clone(),
            edit,
        },
        label,
    }
}

/// Adds a new node of `kind` under `parent` (after `after` among its siblings, or last) and
/// selects it: the Add a part list, the chart's menu, Insert and Ctrl+Enter.
#[must_use]
pub fn add_part(
    plan: &Plan,
    scenario: &Scenario,
    kind: NodeKind,
    parent: Option<&NodeId>,
    after: Option<&NodeId>,
    lang: Lang,
) -> [AppAction; 2] {
    let default = tr(lang, &format!("new-{}", kind.code()));
    let (change, id) = compose::new_part(plan, scenario, kind, parent, after, (lang, &default));
    let parent_name = parent.and_then(|p| scenario.node(p)).map_or_else(
        || scenario.meta.name.show(lang).to_owned(),
        |p| p.label(lang).to_owned(),
    );
    let args = [("kind", s(kind_text(kind, lang))), ("name", s(parent_name))];
    [
        edit(scenario, change, tr_args(lang, "edit-add", &args)),
        AppAction::Select(Some(id)),
    ]
}

/// Deletes `node` with its parts and selects its parent: the Delete button and the Delete key.
pub fn delete_with_parts(scenario: &Scenario, node: &Node, lang: Lang, out: &mut Vec<AppAction>) {
    let label = tr_args(lang, "edit-delete", &[("name", s(node.label(lang)))]);
    out.push(edit(
        scenario,
        compose::remove_with_parts(scenario, &node.id),
        label,
    ));
    out.push(AppAction::Select(scenario.parent(&node.id).cloned()));
}

/// Deletes several nodes with their parts as one edit and selects the first one's parent.
#[must_use]
pub fn delete_many(scenario: &Scenario, nodes: &[&NodeId], lang: Lang) -> [AppAction; 2] {
    let edits = compose::remove_many(scenario, nodes);
    let label = tr_args(
        lang,
        "edit-delete-many",
        &[("count", crate::i18n::n(edits.len()))],
    );
    let parent = nodes.first().and_then(|id| scenario.parent(id)).cloned();
    [
        edit(scenario, Edit::Batch(edits), label),
        AppAction::Select(parent),
    ]
}

/// The edit that moves `nodes` under `target`, or a message that says why it cannot be made;
/// nothing when they are all there already.
#[must_use]
pub fn move_action(
    scenario: &Scenario,
    nodes: &[NodeId],
    target: &NodeId,
    lang: Lang,
) -> Option<AppAction> {
    let moved = match compose::move_under(scenario, nodes, target) {
        Ok(moved) => moved?,
        Err(error) => return Some(AppAction::Refuse(error.message_in(scenario, lang))),
    };
    let name_of = |id: &NodeId| {
        scenario
            .node(id)
            .map(|n| n.label(lang).to_owned())
            .unwrap_or_default()
    };
    let label = match nodes {
        [one] => tr_args(
            lang,
            "edit-move-under",
            &[("name", s(name_of(one))), ("parent", s(name_of(target)))],
        ),
        many => tr_args(
            lang,
            "edit-move-many",
            &[
                ("count", crate::i18n::n(many.len())),
                ("parent", s(name_of(target))),
            ],
        ),
    };
    Some(edit(scenario, moved, label))
}

/// Collapses a node's subtree into one box, or opens it; `None` for a node without parts.
#[must_use]
pub fn collapse_action(scenario: &Scenario, id: &NodeId, lang: Lang) -> Option<AppAction> {
    let collapsed = scenario.view.collapsed.contains(id);
    if !collapsed && scenario.children(id).is_empty() {
        return None;
    }
    let name = scenario.node(id)?.label(lang).to_owned();
    let key = if collapsed {
        "edit-expand"
    } else {
        "edit-collapse"
    };
    let change = Edit::SetCollapsed {
        node: id.clone(),
        collapsed: !collapsed,
    };
    Some(edit(
        scenario,
        change,
        tr_args(lang, key, &[("name", s(name))]),
    ))
}
