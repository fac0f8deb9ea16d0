//! Heads, supervisors, serves lines, assistants and group memberships, compared as sets.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::lists::Lists;
use crate::model::{Node, NodeId, NodeKind, Role, Scenario};

use super::structure::{Related, Structure, ids_at, sorted, sorted_ids_at};
use super::{Change, ChangeKind, Value};

/// For each node of the second scenario related to something in either scenario's `lists`:
/// the node, and the ids it is related to before and after, each in its scenario's order.
pub(super) fn relation_lists<'a>(
    (before, old_lists): (&Scenario, &Lists),
    (after, new_lists): (&'a Scenario, &Lists),
    old_of: &[Option<usize>],
) -> Vec<(&'a Node, Vec<NodeId>, Vec<NodeId>)> {
    let places = |list: &[u32]| list.iter().map(|&p| p as usize).collect::<Vec<_>>();
    let mut out = Vec::new();
    // By place: a node's record is read only when it has such relations, not for every node.
    for (at, old_at) in old_of.iter().enumerate().take(after.len()) {
        let new = new_lists.get(at);
        let old = old_at.map_or(&[][..], |place| old_lists.get(place));
        if !(new.is_empty() && old.is_empty())
            && let Some(node) = after.node_at(at)
        {
            out.push((
                node,
                ids_at(before, places(old)),
                ids_at(after, places(new)),
            ));
        }
    }
    out
}

/// A scenario and its relations, as the diff reads them.
type Side<'a> = (&'a Scenario, &'a Related);

pub(super) fn heads(
    before: Side,
    after: Side,
    old_of: &[Option<usize>],
    changes: &mut Vec<Change>,
) {
    let lists = ((before.0, &before.1.heads), (after.0, &after.1.heads));
    for (node, old, new) in relation_lists(lists.0, lists.1, old_of) {
        // The same heads in another order are no change.
        if sorted(&new) != sorted(&old) {
            changes.push(Change::new(ChangeKind::HeadChanged, &node.id).nodes(old, new));
        }
    }
}

pub(super) fn supervisors(
    (before, old): (&Scenario, &Structure),
    (after, new): (&Scenario, &Structure),
    old_of: &[Option<usize>],
    changes: &mut Vec<Change>,
) {
    let (old_line, new_line) = (old.line_management(before), new.line_management(after));
    let ids = |scenario: &Scenario, places: &[usize]| -> Vec<NodeId> {
        ids_at(scenario, places.iter().copied())
    };
    // The same supervisors in another order are no change.
    let same = |a: &[usize], b: &[usize]| match (a, b) {
        // Most posts have one supervisor or none: no lists to sort for them.
        ([], []) => true,
        ([x], [y]) => after.id_at(*x) == before.id_at(*y),
        _ => a.len() == b.len() && sorted_ids_at(after, a) == sorted_ids_at(before, b),
    };
    // A node's record is read only where its supervisors differ, to see whether it is a post.
    for (at, old_at) in old_of.iter().enumerate() {
        let new = new_line.supervisors(at);
        let old = old_at.map_or(&[][..], |place| old_line.supervisors(place));
        if same(new, old) {
            continue;
        }
        if let Some(node) = after.node_at(at)
            && node.kind == NodeKind::Position
        {
            changes.push(
                Change::new(ChangeKind::SupervisorChanged, &node.id)
                    .nodes(ids(before, old), ids(after, new)),
            );
        }
    }
}

pub(super) fn serves(
    before: Side,
    after: Side,
    old_of: &[Option<usize>],
    changes: &mut Vec<Change>,
) {
    let lists = ((before.0, &before.1.serves), (after.0, &after.1.serves));
    for (node, old, new) in relation_lists(lists.0, lists.1, old_of) {
        let added: Vec<NodeId> = new.iter().filter(|t| !old.contains(t)).cloned().collect();
        let removed: Vec<NodeId> = old.iter().filter(|t| !new.contains(t)).cloned().collect();
        if !added.is_empty() {
            changes.push(Change::new(ChangeKind::ServesAdded, &node.id).nodes(Vec::new(), added));
        }
        if !removed.is_empty() {
            changes
                .push(Change::new(ChangeKind::ServesRemoved, &node.id).nodes(removed, Vec::new()));
        }
    }
}

/// A staff post attached to another head, or no longer attached.
pub(super) fn assistants(
    before: Side,
    after: Side,
    old_of: &[Option<usize>],
    changes: &mut Vec<Change>,
) {
    let lists = ((before.0, &before.1.assists), (after.0, &after.1.assists));
    for (node, old, new) in relation_lists(lists.0, lists.1, old_of) {
        if sorted(&new) != sorted(&old) {
            let mut change = Change::new(ChangeKind::DetailsChanged, &node.id).nodes(old, new);
            change.field = Some("assistant_to".to_owned());
            changes.push(change);
        }
    }
}

pub(super) fn memberships(before: Side, after: Side, changes: &mut Vec<Change>) {
    let roles = |(scenario, related): Side| -> BTreeMap<(NodeId, NodeId), Role> {
        let mut map = BTreeMap::new();
        for &(member, group, role) in &related.members {
            if let (Some(m), Some(g)) = (scenario.id_at(member), scenario.id_at(group)) {
                map.insert((m.clone(), g.clone()), role);
            }
        }
        map
    };
    let (old, new) = (roles(before), roles(after));
    let pairs: BTreeSet<&(NodeId, NodeId)> = old.keys().chain(new.keys()).collect();
    for pair in pairs {
        let (a, b) = (old.get(pair).copied(), new.get(pair).copied());
        if a == b {
            continue;
        }
        let (member, group) = pair;
        let side = |role: Option<Role>| role.map(|_| vec![group.clone()]).unwrap_or_default();
        let mut change = Change::new(ChangeKind::MembershipChanged, member).nodes(side(a), side(b));
        change.field = Some("role".to_owned());
        change.before = a.map(Value::Role);
        change.after = b.map(Value::Role);
        changes.push(change);
    }
}
