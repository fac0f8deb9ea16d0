//! A new staff list into an existing plan: the baseline updated by identity (a post's fields
//! from the list, the rest of the planner's work kept), and, when asked, the same updates
//! carried into the other scenarios wherever they do not touch what the scenario itself
//! changed; where they do, the three-way merge lists a conflict instead of deciding.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use super::mapping::Mapping;
use super::synonyms::Target;
use crate::compare::{Change, diff};
use crate::io::{NodeRecord, PlanFile, ScenarioRecord, load_str, plan_file_to_ron};
use crate::merge::{MergeError, merge};
use crate::model::{Conflict, NodeId, NodeKind, Plan, Scenario};

/// A plan updated from a staff list.
#[derive(Clone, Debug)]
pub struct Updated {
    /// The plan after the update.
    pub plan: Plan,
    /// What changed in the baseline, as the comparison lists it.
    pub changes: Vec<Change>,
    /// The updates a scenario had changed too, left as conflicts (also in the plan's list).
    pub conflicts: Vec<Conflict>,
}

/// Whether a node is one an import makes (a post, or a unit with an id made from its path), so
/// that one missing from the new list is gone.
fn made_by_import(record: &NodeRecord) -> bool {
    record.kind == NodeKind::Position
        || (record.kind == NodeKind::Unit
            && record.id.as_str().starts_with(super::build::UNIT_PREFIX))
}

/// The baseline's records updated from the imported ones: each imported node takes the fields
/// the mapping fills (and its place, head and stated supervisor) from the list and keeps the
/// rest; nodes the list does not have are kept unless an import made them; relations to nodes
/// no longer there are dropped.
fn updated_records(old: &Scenario, imported: &[NodeRecord], mapping: &Mapping) -> Vec<NodeRecord> {
    let mapped = |t: Target| mapping.columns.contains_key(&t);
    let old_records: HashMap<_, NodeRecord> = old
        .nodes()
        .map(|n| (n.id.clone(), NodeRecord::from_node(old, n)))
        .collect();
    let mut out: Vec<NodeRecord> = Vec::with_capacity(imported.len() + old.len());
    for new in imported.iter().cloned() {
        let Some(mut record) = old_records.get(&new.id).cloned() else {
            out.push(new);
            continue;
        };
        // A title the list gives (not the id an untitled post was named by), and the names of
        // the units an import makes (not of the planner's organisation).
        let titles = [Target::Title, Target::TitleSv, Target::TitleEn]
            .into_iter()
            .any(mapped);
        let named = made_by_import(&record);
        for lang in crate::i18n::Lang::ALL {
            if let Some(title) = new.title.get(lang).filter(|t| *t != new.id.as_str())
                && titles
            {
                record.title.set(lang, Some(title.to_owned()));
            }
            if let Some(name) = new.name.get(lang)
                && named
            {
                record.name.set(lang, Some(name.to_owned()));
            }
        }
        if mapped(Target::Holder) {
            record.holder.clone_from(&new.holder);
        }
        if mapped(Target::Holder) || mapped(Target::Status) {
            record.status = new.status;
        }
        if mapped(Target::Fte) || mapped(Target::FtePercent) {
            record.fte = new.fte;
        }
        if mapped(Target::Headcount) {
            record.headcount = new.headcount;
        }
        if mapped(Target::AnnualCost) || mapped(Target::MonthlyCost) {
            record.cost = new.cost;
        }
        if mapped(Target::CostCentre) {
            record.cost_centre.clone_from(&new.cost_centre);
        }
        if mapped(Target::Work) {
            record.work = new.work;
        }
        for key in mapping.capacity.keys() {
            match new.capacity.get(key) {
                Some(v) => record.capacity.insert(key.clone(), *v),
                None => record.capacity.remove(key),
            };
        }
        if mapped(Target::Unit) {
            record.part_of.clone_from(&new.part_of);
        }
        if mapped(Target::Supervisor) {
            // Who heads an import's unit is the list's to say; what the planner made, theirs.
            let prefix = super::build::UNIT_PREFIX;
            record
                .heads
                .retain(|unit| !unit.as_str().starts_with(prefix));
            record.heads.extend(new.heads.iter().cloned());
            record.heads.sort();
            record.heads.dedup();
        }
        if mapped(Target::Supervisor) {
            record.reports_to.clone_from(&new.reports_to);
        }
        // A post the list now places leaves the group of those to be placed.
        let placed = |m: &crate::io::Membership| m.group.as_str() == super::build::TO_BE_PLACED;
        if !new.member_of.iter().any(placed) {
            record.member_of.retain(|m| !placed(m));
        }
        for membership in new.member_of {
            if !record.member_of.iter().any(|m| m.group == membership.group) {
                record.member_of.push(membership);
            }
        }
        out.push(record);
    }
    let imported_ids: HashSet<&NodeId> = imported.iter().map(|r| &r.id).collect();
    out.extend(
        old.nodes()
            .filter(|n| !imported_ids.contains(&n.id))
            .map(|n| old_records[&n.id].clone())
            .filter(|r| !made_by_import(r)),
    );
    let ids: HashSet<_> = out.iter().map(|r| r.id.clone()).collect();
    for record in &mut out {
        record.part_of = record.part_of.take().filter(|p| ids.contains(p));
        record.assistant_to = record.assistant_to.take().filter(|p| ids.contains(p));
        record.heads.retain(|t| ids.contains(t));
        record.reports_to.retain(|t| ids.contains(t));
        record.serves.retain(|t| ids.contains(t));
        record.member_of.retain(|m| ids.contains(&m.group));
    }
    out
}

/// The units of the new list that are units of the baseline under another name or place (HR
/// renamed or moved them, so their ids, made from the path, changed): each new unit mapped to
/// the baseline's unit, made by an import and gone from the list, that held more than half of
/// its posts (or, for a unit of units, of its units so mapped), so that the planner's capacity,
/// forecasts, notes and memberships stay with it.
fn kept_unit_ids(old: &Scenario, imported: &[NodeRecord]) -> HashMap<NodeId, NodeId> {
    let new_ids: HashSet<&NodeId> = imported.iter().map(|r| &r.id).collect();
    let gone = |id: &NodeId| {
        !new_ids.contains(id)
            && old.node(id).is_some_and(|n| {
                n.kind == NodeKind::Unit && id.as_str().starts_with(super::build::UNIT_PREFIX)
            })
    };
    let fresh: Vec<&NodeRecord> = imported
        .iter()
        .filter(|r| r.kind == NodeKind::Unit && old.node(&r.id).is_none())
        .collect();
    let mut kept: HashMap<NodeId, NodeId> = HashMap::new();
    // Posts first; then units whose parts were mapped, as deep as the paths go.
    for _ in 0..=fresh.len() {
        let before = kept.len();
        let mut votes: HashMap<(&NodeId, NodeId), usize> = HashMap::new();
        let mut parts: HashMap<&NodeId, usize> = HashMap::new();
        for record in imported {
            let Some(unit) = record.part_of.as_ref().filter(|u| !kept.contains_key(*u)) else {
                continue;
            };
            // Where the part was: a post by its own id, a unit by the id it was mapped to.
            let was = match record.kind {
                NodeKind::Unit => kept.get(&record.id).or(Some(&record.id)),
                _ => Some(&record.id),
            };
            *parts.entry(unit).or_default() += 1;
            if let Some(parent) = was.and_then(|w| old.parent(w)).filter(|p| gone(p)) {
                *votes.entry((unit, parent.clone())).or_default() += 1;
            }
        }
        let mut ranked: Vec<((&NodeId, NodeId), usize)> = votes.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        for ((unit, was), count) in ranked {
            let claimed = kept.values().any(|k| *k == was);
            let fresh_unit = fresh.iter().any(|r| &r.id == unit);
            if fresh_unit && !claimed && !kept.contains_key(unit) && 2 * count > parts[unit] {
                kept.insert(unit.clone(), was);
            }
        }
        if kept.len() == before {
            break;
        }
    }
    kept
}

/// `records` with the ids `kept` maps renamed, and every reference to them.
fn rename(records: &mut [NodeRecord], kept: &HashMap<NodeId, NodeId>) {
    if kept.is_empty() {
        return;
    }
    let to = |id: &mut NodeId| {
        if let Some(old) = kept.get(id) {
            *id = old.clone();
        }
    };
    for record in records {
        to(&mut record.id);
        record.part_of.iter_mut().for_each(to);
        record.assistant_to.iter_mut().for_each(to);
        record.heads.iter_mut().for_each(to);
        record.reports_to.iter_mut().for_each(to);
        record.serves.iter_mut().for_each(to);
        record.member_of.iter_mut().for_each(|m| to(&mut m.group));
    }
}

/// A plan file of one scenario: `meta` of `like`, nodes `nodes`.
fn one_scenario(plan: &Plan, like: &ScenarioRecord, nodes: Vec<NodeRecord>) -> PlanFile {
    let mut file = PlanFile::from_plan(plan);
    let mut record = like.clone();
    record.nodes = nodes;
    file.scenarios = vec![record];
    file.conflicts = Vec::new();
    file
}

fn load(file: &PlanFile) -> Result<Plan, MergeError> {
    let text = plan_file_to_ron(file).map_err(|e| MergeError::Serde(e.to_string()))?;
    load_str(&text, Path::new("updated.ron")).map_err(|e| MergeError::Invalid(Box::new(e)))
}

/// Updates `plan`'s baseline from `imported` (a staff list built with `mapping`); with `carry`,
/// the other scenarios take the same updates where they did not change the same fields.
///
/// # Errors
/// When the updated plan does not validate (a relation the kinds do not allow).
pub fn update(
    plan: &Plan,
    imported: &Scenario,
    mapping: &Mapping,
    carry: bool,
) -> Result<Updated, MergeError> {
    let mut records: Vec<NodeRecord> = imported
        .nodes()
        .map(|n| NodeRecord::from_node(imported, n))
        .collect();
    let kept = kept_unit_ids(plan.baseline(), &records);
    rename(&mut records, &kept);
    let nodes = updated_records(plan.baseline(), &records, mapping);
    let mut file = PlanFile::from_plan(plan);
    let old_baseline = file.scenarios[0].nodes.clone();
    file.scenarios[0].nodes = nodes.clone();
    let mut conflicts = Vec::new();
    if carry {
        for at in 1..file.scenarios.len() {
            let record = file.scenarios[at].clone();
            let base = load(&one_scenario(plan, &record, old_baseline.clone()))?;
            let theirs = load(&one_scenario(plan, &record, nodes.clone()))?;
            let mine = load(&one_scenario(plan, &record, record.nodes.clone()))?;
            let merged = merge(&base, &mine, &theirs)?;
            let merged_file = PlanFile::from_plan(&merged.plan);
            if let Some(scenario) = merged_file.scenarios.into_iter().next() {
                file.scenarios[at].nodes = scenario.nodes;
            }
            conflicts.extend(merged.conflicts);
        }
    }
    file.conflicts.extend(conflicts.iter().cloned());
    file.staff_mapping = Some(mapping.clone());
    let updated = load(&file)?;
    let changes = diff(plan.baseline(), updated.baseline());
    Ok(Updated {
        plan: updated,
        changes,
        conflicts,
    })
}
