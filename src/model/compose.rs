//! Edits made of several commands, as the editor offers them: delete a node with its parts or
//! lifting its parts up, a fresh id for a new node, the parents a node may move under.

use super::{Edit, NodeId, NodeKind, Relation, Scenario};

/// An id no node of `scenario` has yet: `unit-1`, `team-2`, ...
#[must_use]
pub fn fresh_id(scenario: &Scenario, kind: NodeKind) -> NodeId {
    // Of len + 1 candidates at most len are taken, so one is always free.
    (1..=scenario.len() + 1)
        .filter_map(|k| NodeId::new(&format!("{}-{k}", kind.code())))
        .find(|id| !scenario.contains(id))
        .unwrap_or_else(NodeId::baseline)
}

/// Removes a node and everything part of it, parts first, as one edit.
#[must_use]
pub fn remove_with_parts(scenario: &Scenario, node: &NodeId) -> Edit {
    // Post-order without recursion: collect the subtree top-down, remove it bottom-up.
    let mut order = vec![node.clone()];
    let mut next = 0;
    while let Some(id) = order.get(next).cloned() {
        next += 1;
        order.extend(scenario.children(&id).into_iter().cloned());
    }
    Edit::Batch(
        order
            .into_iter()
            .rev()
            .map(|node| Edit::RemoveNode { node })
            .collect(),
    )
}

/// Removes a node after moving its parts up to its own parent, as one edit.
#[must_use]
pub fn remove_lifting_parts(scenario: &Scenario, node: &NodeId) -> Edit {
    let parent = scenario.parent(node).cloned();
    let mut edits: Vec<Edit> = scenario
        .children(node)
        .into_iter()
        .map(|child| Edit::Move {
            node: child.clone(),
            parent: parent.clone(),
        })
        .collect();
    edits.push(Edit::RemoveNode { node: node.clone() });
    Edit::Batch(edits)
}

/// The nodes `node` may be moved under: of a kind that can hold it, and neither itself nor one
/// of its parts (that would be a cycle), in the scenario's order.
#[must_use]
pub fn possible_parents<'a>(scenario: &'a Scenario, node: &NodeId) -> Vec<&'a NodeId> {
    let Some(kind) = scenario.node(node).map(|n| n.kind) else {
        return Vec::new();
    };
    let mut inside = std::collections::HashSet::new();
    let mut stack = vec![node];
    while let Some(id) = stack.pop() {
        if inside.insert(id) {
            stack.extend(scenario.children(id));
        }
    }
    scenario
        .nodes()
        .filter(|n| !inside.contains(&n.id) && Relation::PartOf.allowed(kind, n.kind))
        .map(|n| &n.id)
        .collect()
}
