//! Which nodes take over from removed ones: stated replacements, and those inferred from
//! where the removed nodes' tasks went.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::model::{NodeId, NodeKind, Scenario};

use super::{Change, ChangeKind};

/// The unit or team a node's work belongs to: itself, or its nearest unit or team above.
pub(super) fn home_unit<'a>(scenario: &'a Scenario, id: &'a NodeId) -> Option<&'a NodeId> {
    let mut at = Some(id);
    let mut steps = 0;
    while let Some(current) = at {
        let node = scenario.node(current)?;
        if matches!(node.kind, NodeKind::Unit | NodeKind::Team) {
            return Some(&node.id);
        }
        steps += 1;
        if steps > scenario.len() {
            return None; // a structural cycle
        }
        at = scenario.parent(current);
    }
    None
}

/// Merges, splits and replacements: stated by `replaces`, or inferred from where the tasks of
/// removed units went when nothing is stated (`removed`: whether any node was removed).
/// `after` comes with the places of its nodes that state what they replace.
pub(super) fn replacements(
    before: &Scenario,
    (after, replacing): (&Scenario, &[usize]),
    removed: bool,
    changes: &mut Vec<Change>,
) {
    // old id → new ids, new id → old ids, in the scenarios' orders.
    let mut successors: BTreeMap<usize, (NodeId, Vec<NodeId>)> = BTreeMap::new();
    let mut stated_new: Vec<(NodeId, Vec<NodeId>, bool)> = Vec::new();
    let mut mentioned: HashSet<NodeId> = HashSet::new();
    for node in replacing.iter().filter_map(|&at| after.node_at(at)) {
        // A replacement the earlier scenario already states is no change (a ceased unit kept
        // beside the one that took it over, compared with itself).
        let stated_before = before.node(&node.id).map(|b| &b.replaces);
        let sources: Vec<NodeId> = node
            .replaces
            .iter()
            .filter(|r| before.contains(r) && *r != &node.id)
            .filter(|r| stated_before.is_none_or(|b| !b.contains(r)))
            .cloned()
            .collect();
        for source in &sources {
            mentioned.insert(source.clone());
            let at = before.position(source).unwrap_or(usize::MAX);
            successors
                .entry(at)
                .or_insert_with(|| (source.clone(), Vec::new()))
                .1
                .push(node.id.clone());
        }
        if !sources.is_empty() {
            stated_new.push((node.id.clone(), sources, before.contains(&node.id)));
        }
    }
    emit_replacements(&successors, &stated_new, false, changes);
    // Nothing to infer from: every task's old home is still there.
    if !removed {
        return;
    }

    // Inferred: removed units not named in any `replaces`, and their tasks' new homes among the
    // added units that name nothing themselves.
    let mut inferred_successors: BTreeMap<usize, (NodeId, Vec<NodeId>)> = BTreeMap::new();
    let mut inferred_sources: BTreeMap<usize, (NodeId, Vec<NodeId>)> = BTreeMap::new();
    for node in before.nodes() {
        for task in &node.tasks {
            let Some(old_home) = home_unit(before, &node.id) else {
                continue;
            };
            if after.contains(old_home) || mentioned.contains(old_home) {
                continue;
            }
            let Some((owner, _)) = after.task_owner(&task.id) else {
                continue;
            };
            let Some(new_home) = home_unit(after, owner) else {
                continue;
            };
            let added = !before.contains(new_home);
            let names_nothing = after.node(new_home).is_some_and(|n| n.replaces.is_empty());
            if !(added && names_nothing) {
                continue;
            }
            let old_at = before.position(old_home).unwrap_or(usize::MAX);
            let new_at = after.position(new_home).unwrap_or(usize::MAX);
            let list = &mut inferred_successors
                .entry(old_at)
                .or_insert_with(|| (old_home.clone(), Vec::new()))
                .1;
            if !list.contains(new_home) {
                list.push(new_home.clone());
            }
            let list = &mut inferred_sources
                .entry(new_at)
                .or_insert_with(|| (new_home.clone(), Vec::new()))
                .1;
            if !list.contains(old_home) {
                list.push(old_home.clone());
            }
        }
    }
    let inferred_new: Vec<(NodeId, Vec<NodeId>, bool)> = inferred_sources
        .into_values()
        .map(|(new, from)| (new, from, false))
        .collect();
    emit_replacements(&inferred_successors, &inferred_new, true, changes);
}

/// `sources` are the new nodes with the old ones they replace, and whether the new node
/// existed before too (a unit that stays and takes another in: a merge of the two).
pub(super) fn emit_replacements(
    successors: &BTreeMap<usize, (NodeId, Vec<NodeId>)>,
    sources: &[(NodeId, Vec<NodeId>, bool)],
    inferred: bool,
    changes: &mut Vec<Change>,
) {
    let successor_count: HashMap<&NodeId, usize> =
        successors.values().map(|(id, to)| (id, to.len())).collect();
    for (old, to) in successors.values() {
        if to.len() >= 2 {
            let mut change =
                Change::new(ChangeKind::Split, old).nodes(vec![old.clone()], to.clone());
            change.inferred = inferred;
            changes.push(change);
        }
    }
    for (new, from, stays) in sources {
        let kind = match from.as_slice() {
            [] => continue,
            [one] if successor_count.get(one) == Some(&1) && *stays => ChangeKind::Merged,
            [one] if successor_count.get(one) == Some(&1) => ChangeKind::Replaced,
            [_] => continue, // one part of a split, reported there
            _ => ChangeKind::Merged,
        };
        let mut from = from.clone();
        if *stays && kind == ChangeKind::Merged {
            from.insert(0, new.clone());
        }
        let mut change = Change::new(kind, new).nodes(from, vec![new.clone()]);
        change.inferred = inferred;
        changes.push(change);
    }
}
