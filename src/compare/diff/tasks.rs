//! Tasks added, removed, renamed and moved between owners.

use std::collections::{HashMap, HashSet};

use crate::model::{Names, Node, NodeId, PostStatus, Scenario};

use super::{Change, ChangeKind, Value};

/// Whether a task held by this node is done by anyone.
pub(super) fn owns(node: &Node) -> bool {
    !matches!(
        node.status,
        PostStatus::LeftUnfilled | PostStatus::Abolished
    )
}

/// `before` and `after` come with the places of their nodes that hold tasks: only those
/// nodes' records are read.
pub(super) fn tasks(
    (before, old_holders): (&Scenario, &[usize]),
    (after, new_holders): (&Scenario, &[usize]),
    changes: &mut Vec<Change>,
) {
    let holders = |scenario, places: &[usize]| {
        places
            .iter()
            .filter_map(move |&at| Scenario::node_at(scenario, at))
            .collect::<Vec<&Node>>()
    };
    let (old_holders, new_holders) = (holders(before, old_holders), holders(after, new_holders));
    // Each task of the second scenario: its owner and name.
    let new_tasks: HashMap<&NodeId, (&NodeId, &Names)> = new_holders
        .iter()
        .flat_map(|node| node.tasks.iter().map(|t| (&t.id, (&node.id, &t.name))))
        .collect();
    let mut old_owners: HashSet<&NodeId> = HashSet::new();
    for node in old_holders {
        for task in &node.tasks {
            old_owners.insert(&task.id);
            let new_task = new_tasks.get(&task.id);
            let new_owner = new_task.map(|(owner, _)| *owner);
            if let Some((owner, name)) = new_task
                && **name != task.name
            {
                let mut renamed = Change::new(ChangeKind::Renamed, owner).values(
                    "task",
                    Some(Value::Names(task.name.clone())),
                    Some(Value::Names((*name).clone())),
                );
                renamed.task = Some(task.id.clone());
                changes.push(renamed);
            }
            let held_before = owns(node);
            let held_after = new_owner
                .and_then(|owner| after.node(owner))
                .is_some_and(owns);
            let to: Vec<NodeId> = new_owner.cloned().into_iter().collect();
            let mut change = if held_before && !held_after {
                Change::new(ChangeKind::TaskOrphaned, &node.id).nodes(vec![node.id.clone()], to)
            } else if new_owner.is_some_and(|owner| owner != &node.id) {
                Change::new(ChangeKind::TaskMoved, &node.id).nodes(vec![node.id.clone()], to)
            } else {
                continue;
            };
            change.task = Some(task.id.clone());
            changes.push(change);
        }
    }
    for node in new_holders {
        for task in node.tasks.iter().filter(|t| !old_owners.contains(&t.id)) {
            let mut change = Change::new(ChangeKind::TaskAdded, &node.id)
                .nodes(Vec::new(), vec![node.id.clone()]);
            change.task = Some(task.id.clone());
            changes.push(change);
        }
    }
}
