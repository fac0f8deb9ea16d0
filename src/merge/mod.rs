//! Three-way merge of two planners' copies of one plan file, by identity.
//!
//! Scenarios are matched by id, nodes by id within a scenario, and then every field of the plan
//! file on its own: a field only one side changed takes that side's value; a field both changed
//! the same way takes it; a field both changed differently keeps "mine" and is recorded as a
//! [`Conflict`], never silently decided. Lists that are sets (heads, serves, stated supervisors,
//! memberships by group, tasks by id, replaces) merge element by element, so two planners can
//! each add a serves line to the same team. Relations left pointing at a node the other side
//! removed, parents that would make a cycle, and a task both sides gave to different owners are
//! repaired the safe way and recorded as conflicts too. The result is validated as any file is.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::Path;

use serde_json::{Map, Value as Json};

use crate::i18n::tr;
use crate::io::{LoadError, PlanFile, load_str, plan_file_to_ron};
use crate::model::{Conflict, NodeId, Plan};

/// Why two plans could not be merged into a valid plan.
#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    /// The merged plan did not validate (a relation the kinds do not allow, say).
    #[error("{}", .0.message(crate::i18n::Lang::En))]
    Invalid(Box<LoadError>),
    /// serde refused a value (never for plan data).
    #[error("{0}")]
    Serde(String),
    /// A conflict that no single value settles (an element of a set, a removed record, a
    /// repair), or no conflict at that place.
    #[error("this conflict is not settled by one value")]
    NotOneValue,
    /// The conflict's scenario or node is no longer in the plan.
    #[error("its node is no longer in the plan")]
    Gone,
    /// Their parent would make the node part of itself.
    #[error("their parent would make the node part of itself")]
    Cycle,
    /// Their value is not one the field can hold.
    #[error("their value does not fit the field")]
    DoesNotFit,
}

impl MergeError {
    /// The reason in `lang`.
    #[must_use]
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        match self {
            MergeError::Invalid(error) => error.message(lang),
            MergeError::Serde(reason) => reason.clone(),
            MergeError::NotOneValue => tr(lang, "merge-not-one-value"),
            MergeError::Gone => tr(lang, "merge-gone"),
            MergeError::Cycle => tr(lang, "merge-cycle"),
            MergeError::DoesNotFit => tr(lang, "merge-does-not-fit"),
        }
    }
}

/// The result of a merge: the merged plan and the conflicts it records (also in
/// [`Plan::conflicts`]).
pub struct Merged {
    /// The merged plan.
    pub plan: Plan,
    /// The conflicts found by this merge.
    pub conflicts: Vec<Conflict>,
}

pub use crate::model::conflict_text;
pub use outcome::MergeOutcome;

mod outcome;

/// Fields of a node record whose value is a set of ids (or of objects keyed by one field).
const SET_FIELDS: [(&str, Option<&str>); 6] = [
    ("heads", None),
    ("reports_to", None),
    ("serves", None),
    ("replaces", None),
    ("member_of", Some("group")),
    ("tasks", Some("id")),
];

struct Merger {
    conflicts: Vec<Conflict>,
    scenario: Option<NodeId>,
    node: Option<NodeId>,
}

fn text(value: Option<&Json>) -> Option<String> {
    value.map(|v| match v {
        Json::String(s) => s.clone(),
        other => other.to_string(),
    })
}

impl Merger {
    fn conflict(
        &mut self,
        field: &str,
        base: Option<&Json>,
        mine: Option<&Json>,
        theirs: Option<&Json>,
    ) {
        self.conflicts.push(Conflict {
            scenario: self.scenario.clone(),
            node: self.node.clone(),
            field: field.to_owned(),
            base: text(base),
            mine: text(mine),
            theirs: text(theirs),
        });
    }

    /// Three-way merge of one value; `None` is an absent field.
    fn value(
        &mut self,
        path: &str,
        base: Option<&Json>,
        mine: Option<&Json>,
        theirs: Option<&Json>,
    ) -> Option<Json> {
        if mine == theirs {
            return mine.cloned();
        }
        if mine == base {
            return theirs.cloned();
        }
        if theirs == base {
            return mine.cloned();
        }
        let object = |v: Option<&Json>| matches!(v, None | Some(Json::Object(_)));
        if object(base) && object(mine) && object(theirs) {
            return self.object(path, base, mine, theirs);
        }
        self.conflict(path, base, mine, theirs);
        mine.cloned()
    }

    fn object(
        &mut self,
        path: &str,
        base: Option<&Json>,
        mine: Option<&Json>,
        theirs: Option<&Json>,
    ) -> Option<Json> {
        let empty = Map::new();
        let (b, m, t) = (
            fields(base).unwrap_or(&empty),
            fields(mine).unwrap_or(&empty),
            fields(theirs).unwrap_or(&empty),
        );
        let keys: BTreeSet<&String> = b.keys().chain(m.keys()).chain(t.keys()).collect();
        let mut out = Map::new();
        for key in keys {
            let inner = if path.is_empty() {
                key.clone()
            } else {
                format!("{path}.{key}")
            };
            let set = SET_FIELDS.iter().find(|(name, _)| name == key);
            let merged = match set {
                Some((_, keyed)) if path.is_empty() => {
                    self.set(&inner, *keyed, b.get(key), m.get(key), t.get(key))
                }
                _ => self.value(&inner, b.get(key), m.get(key), t.get(key)),
            };
            if let Some(value) = merged {
                out.insert(key.clone(), value);
            }
        }
        (mine.is_some() || theirs.is_some() || !out.is_empty()).then_some(Json::Object(out))
    }

    /// Element-wise merge of a set: kept when both have it, or when one side added it; an element
    /// keyed by a field (a group, a task id) merges its other fields three-way.
    fn set(
        &mut self,
        path: &str,
        keyed: Option<&str>,
        base: Option<&Json>,
        mine: Option<&Json>,
        theirs: Option<&Json>,
    ) -> Option<Json> {
        let items = |v: Option<&Json>| -> Vec<Json> {
            match v {
                Some(Json::Array(list)) => list.clone(),
                _ => Vec::new(),
            }
        };
        let key_of = |item: &Json| -> String {
            match keyed {
                Some(field) => item.get(field).map(Json::to_string).unwrap_or_default(),
                None => item.to_string(),
            }
        };
        let index = |list: &[Json]| -> HashMap<String, Json> {
            list.iter()
                .map(|item| (key_of(item), item.clone()))
                .collect()
        };
        let (b, m, t) = (items(base), items(mine), items(theirs));
        let (bi, mi, ti) = (index(&b), index(&m), index(&t));
        let keys = |list: &[Json]| list.iter().map(key_of).collect::<Vec<_>>();
        // The order one side changed wins over the side that kept the base's.
        let (first, second) = if keys(&m) == keys(&b) {
            (&t, &m)
        } else {
            (&m, &t)
        };
        let mut order: Vec<String> = Vec::new();
        for item in first.iter().chain(second) {
            let key = key_of(item);
            if !order.contains(&key) {
                order.push(key);
            }
        }
        let mut out = Vec::new();
        for key in order {
            let (in_b, in_m, in_t) = (bi.get(&key), mi.get(&key), ti.get(&key));
            let keep = match (in_b.is_some(), in_m.is_some(), in_t.is_some()) {
                (_, true, true) => true,
                (false, true, false) | (false, false, true) => true,
                // Removed by one side and untouched by the other: removed. Removed by one and
                // changed by the other: kept, and the change is a conflict.
                (true, true, false) if in_m != in_b => {
                    self.conflict(path, in_b, in_m, None);
                    true
                }
                (true, false, true) if in_t != in_b => {
                    self.conflict(path, in_b, None, in_t);
                    true
                }
                _ => false,
            };
            if !keep {
                continue;
            }
            let item = match (in_m, in_t) {
                (Some(m), Some(t)) if keyed.is_some() => {
                    let label = format!("{path}[{key}]");
                    self.value(&label, in_b, Some(m), Some(t))
                }
                (Some(m), _) => Some(m.clone()),
                (None, t) => t.cloned(),
            };
            out.extend(item);
        }
        (!out.is_empty()).then_some(Json::Array(out))
    }
}

/// Ids in `primary`'s order, then `secondary`'s others each after its predecessor there.
fn merge_order(primary: &[String], secondary: &[String], keep: &HashSet<String>) -> Vec<String> {
    let mut out: Vec<String> = primary
        .iter()
        .filter(|id| keep.contains(*id))
        .cloned()
        .collect();
    let mut placed: HashSet<String> = out.iter().cloned().collect();
    let mut previous: Option<String> = None;
    for id in secondary {
        if keep.contains(id) && !placed.contains(id) {
            let at = previous
                .as_ref()
                .and_then(|p| out.iter().position(|x| x == p))
                .map_or(0, |p| p + 1);
            out.insert(at, id.clone());
            placed.insert(id.clone());
        }
        if placed.contains(id) {
            previous = Some(id.clone());
        }
    }
    out
}

/// A scenario record's nodes.
fn nodes_of(scenario: Option<&Json>) -> Option<&Json> {
    scenario.and_then(|s| s.get("nodes"))
}

/// The fields of an object.
fn fields(value: Option<&Json>) -> Option<&Map<String, Json>> {
    match value {
        Some(Json::Object(map)) => Some(map),
        _ => None,
    }
}

/// The records of a list keyed by their `id`, and the ids in order.
fn keyed(list: Option<&Json>) -> (HashMap<String, &Json>, Vec<String>) {
    let mut map = HashMap::new();
    let mut order = Vec::new();
    if let Some(Json::Array(items)) = list {
        for item in items {
            let id = item
                .get("id")
                .and_then(Json::as_str)
                .unwrap_or_default()
                .to_owned();
            order.push(id.clone());
            map.insert(id, item);
        }
    }
    (map, order)
}

impl Merger {
    /// Merges lists of records keyed by id (scenarios, or nodes), each record with `merge_one`.
    fn records(
        &mut self,
        nodes: bool,
        base: Option<&Json>,
        mine: Option<&Json>,
        theirs: Option<&Json>,
        mut merge_one: impl FnMut(
            &mut Merger,
            &str,
            Option<&Json>,
            Option<&Json>,
            Option<&Json>,
        ) -> Option<Json>,
    ) -> Vec<Json> {
        let (b, b_order) = keyed(base);
        let (m, m_order) = keyed(mine);
        let (t, t_order) = keyed(theirs);
        let mut merged: HashMap<String, Json> = HashMap::new();
        let ids: BTreeSet<&String> = b.keys().chain(m.keys()).chain(t.keys()).collect();
        for id in ids {
            let (rb, rm, rt) = (b.get(id).copied(), m.get(id).copied(), t.get(id).copied());
            if nodes {
                self.node = NodeId::new(id);
            } else {
                self.scenario = NodeId::new(id);
            }
            let result = match (rb, rm, rt) {
                // Removed by one side: gone if the other left it as it was, else kept with a
                // conflict, so no one's work is lost.
                (Some(rb), None, Some(rt)) | (Some(rb), Some(rt), None) if rb == rt => None,
                (Some(rb), None, Some(rt)) => {
                    self.conflict("removed", Some(rb), None, Some(rt));
                    Some(rt.clone())
                }
                (Some(rb), Some(rm), None) => {
                    self.conflict("removed", Some(rb), Some(rm), None);
                    Some(rm.clone())
                }
                (_, None, None) => None,
                _ => merge_one(self, id, rb, rm, rt),
            };
            if let Some(record) = result {
                merged.insert(id.clone(), record);
            }
            if nodes {
                self.node = None;
            } else {
                self.scenario = None;
            }
        }
        let keep: HashSet<String> = merged.keys().cloned().collect();
        let order = if m_order == b_order {
            merge_order(&t_order, &m_order, &keep)
        } else {
            merge_order(&m_order, &t_order, &keep)
        };
        order
            .into_iter()
            .filter_map(|id| merged.remove(&id))
            .collect()
    }
}

/// Merges `mine` and `theirs`, both edited from `base`.
///
/// # Errors
/// When the merged plan is not a valid plan even after the repairs (the message says where).
pub fn merge(base: &Plan, mine: &Plan, theirs: &Plan) -> Result<Merged, MergeError> {
    let json = |plan: &Plan| {
        serde_json::to_value(PlanFile::from_plan(plan))
            .map_err(|e| MergeError::Serde(e.to_string()))
    };
    let (b, m, t) = (json(base)?, json(mine)?, json(theirs)?);
    let mut merger = Merger {
        conflicts: Vec::new(),
        scenario: None,
        node: None,
    };
    let mut out = Map::new();
    for key in [
        "version",
        "name",
        "contacts",
        "currency",
        "measures",
        "network",
        "staff_mapping",
    ] {
        if let Some(value) = merger.value(key, b.get(key), m.get(key), t.get(key)) {
            out.insert(key.to_owned(), value);
        }
    }
    let scenarios = merger.records(
        false,
        b.get("scenarios"),
        m.get("scenarios"),
        t.get("scenarios"),
        |merger, id, rb, rm, rt| {
            // The scenario's own fields, without its nodes (merged below, record by record).
            let strip = |r: Option<&Json>| {
                fields(r).map(|map| {
                    Json::Object(
                        map.iter()
                            .filter(|(k, _)| *k != "nodes")
                            .map(|(k, v)| (k.clone(), v.clone()))
                            .collect(),
                    )
                })
            };
            let meta = merger.object(
                "",
                strip(rb).as_ref(),
                strip(rm).as_ref(),
                strip(rt).as_ref(),
            );
            let nodes = merger.records(
                true,
                nodes_of(rb),
                nodes_of(rm),
                nodes_of(rt),
                |merger, _, nb, nm, nt| merger.object("", nb, nm, nt),
            );
            let mut record = meta.unwrap_or_else(|| Json::Object(Map::new()));
            if let Some(map) = record.as_object_mut() {
                map.insert("nodes".to_owned(), Json::Array(nodes));
            }
            merger.scenario = NodeId::new(id);
            merger.repair(&mut record);
            Some(record)
        },
    );
    out.insert("scenarios".to_owned(), Json::Array(scenarios));

    let mut file: PlanFile =
        serde_json::from_value(Json::Object(out)).map_err(|e| MergeError::Serde(e.to_string()))?;
    let conflicts = merger.conflicts;
    // Open conflicts merge like a set: one resolved (removed) on either side stays resolved;
    // one open on both sides, or new on one side, stays open.
    for earlier in mine.conflicts.iter().chain(&theirs.conflicts) {
        let in_base = base.conflicts.contains(earlier);
        let in_both = mine.conflicts.contains(earlier) && theirs.conflicts.contains(earlier);
        if (in_both || !in_base) && !file.conflicts.contains(earlier) {
            file.conflicts.push(earlier.clone());
        }
    }
    file.conflicts.extend(conflicts.iter().cloned());
    let text = plan_file_to_ron(&file).map_err(|e| MergeError::Serde(e.to_string()))?;
    let plan =
        load_str(&text, Path::new("merged.ron")).map_err(|e| MergeError::Invalid(Box::new(e)))?;
    Ok(Merged { plan, conflicts })
}

impl Merger {
    /// Makes a merged scenario whole: drops relations to nodes that no longer exist, breaks
    /// parent cycles, and gives a task held twice to its first holder; each repair a conflict.
    fn repair(&mut self, scenario: &mut Json) {
        let Some(Json::Array(nodes)) = scenario.get_mut("nodes") else {
            return;
        };
        let ids: HashSet<String> = nodes
            .iter()
            .filter_map(|n| n.get("id").and_then(Json::as_str).map(str::to_owned))
            .collect();
        let mut seen_tasks: HashSet<String> = HashSet::new();
        for node in nodes.iter_mut() {
            let id = node
                .get("id")
                .and_then(Json::as_str)
                .unwrap_or_default()
                .to_owned();
            self.node = NodeId::new(&id);
            let Some(map) = node.as_object_mut() else {
                continue;
            };
            for field in ["part_of", "assistant_to"] {
                let dangling = map
                    .get(field)
                    .and_then(Json::as_str)
                    .is_some_and(|to| !ids.contains(to));
                if dangling {
                    let old = map.remove(field);
                    self.conflict(field, None, old.as_ref(), None);
                }
            }
            for (field, keyed) in SET_FIELDS {
                if field == "tasks" {
                    continue;
                }
                if let Some(Json::Array(list)) = map.get_mut(field) {
                    let before = list.clone();
                    list.retain(|item| {
                        let to = match keyed {
                            Some(key) => item.get(key).and_then(Json::as_str),
                            None => item.as_str(),
                        };
                        to.is_none_or(|to| ids.contains(to) || field == "replaces")
                    });
                    if *list != before {
                        self.conflict(field, None, Some(&Json::Array(before)), None);
                    }
                    if list.is_empty() {
                        map.remove(field);
                    }
                }
            }
            if let Some(Json::Array(tasks)) = map.get_mut("tasks") {
                let before = tasks.clone();
                tasks.retain(|t| {
                    let tid = t.get("id").map(Json::to_string).unwrap_or_default();
                    seen_tasks.insert(tid)
                });
                if *tasks != before {
                    self.conflict("tasks", None, Some(&Json::Array(before)), None);
                }
                if tasks.is_empty() {
                    map.remove("tasks");
                }
            }
        }
        // Parent cycles: cut at the first node found on one.
        let parent: HashMap<String, String> = nodes
            .iter()
            .filter_map(|n| {
                Some((
                    n.get("id")?.as_str()?.to_owned(),
                    n.get("part_of")?.as_str()?.to_owned(),
                ))
            })
            .collect();
        let mut cut: Vec<String> = Vec::new();
        let mut done: HashSet<String> = HashSet::new();
        let mut starts: Vec<&String> = parent.keys().collect();
        starts.sort();
        for start in starts {
            let mut path: Vec<&String> = Vec::new();
            let mut on_path: HashSet<&String> = HashSet::new();
            let mut at = Some(start);
            while let Some(id) = at {
                if done.contains(id) {
                    break;
                }
                if !on_path.insert(id) {
                    cut.push(id.clone());
                    break;
                }
                path.push(id);
                at = parent.get(id).filter(|p| !cut.contains(p));
            }
            done.extend(path.into_iter().cloned());
        }
        for node in nodes.iter_mut() {
            let id = node
                .get("id")
                .and_then(Json::as_str)
                .unwrap_or_default()
                .to_owned();
            if cut.contains(&id)
                && let Some(map) = node.as_object_mut()
            {
                self.node = NodeId::new(&id);
                let old = map.remove("part_of");
                self.conflict("part_of", None, old.as_ref(), None);
            }
        }
        self.node = None;
    }
}

/// Whether [`take_theirs`] can settle `conflict`: one field both planners set (not an element
/// of a set, a removed record or a repair, whose "theirs" is not a value to put back).
#[must_use]
pub fn can_take_theirs(conflict: &Conflict) -> bool {
    let field = conflict.field.as_str();
    let top = field.split('.').next().unwrap_or(field);
    let repair_or_set = field.is_empty()
        || field.contains('[')
        || field == "removed"
        || field == "id"
        || SET_FIELDS.iter().any(|(name, _)| *name == top);
    // A repair records what it dropped with neither a base nor a "theirs"; a real conflict
    // always has one of them, as theirs differs from the base.
    let repair = conflict.base.is_none() && conflict.theirs.is_none();
    !repair_or_set && !repair
}

/// The plan with conflict `at` settled the other planner's way: the field takes their value
/// (or is cleared where they had none) and the conflict is closed. The result is validated as
/// a loaded file; `plan` is not touched.
///
/// # Errors
/// There is no such conflict or it cannot be settled so ([`can_take_theirs`]), the node is
/// gone, or their value does not make a valid plan (the message says why).
pub fn take_theirs(plan: &Plan, at: usize) -> Result<Plan, MergeError> {
    let conflict = plan
        .conflicts
        .get(at)
        .filter(|c| can_take_theirs(c))
        .ok_or(MergeError::NotOneValue)?;
    let gone = || MergeError::Gone;
    let json = serde_json::to_value(PlanFile::from_plan(plan))
        .map_err(|e| MergeError::Serde(e.to_string()))?;
    let (_, last) = field_path(&conflict.field);
    let mut probe = json.clone();
    let is_text = matches!(
        field_parent(&mut probe, conflict).and_then(|map| map.get(last)),
        Some(Json::String(_))
    );
    // Conflicts keep strings as they are and other values as JSON: "theirs" is read as JSON
    // unless the field holds a string, and as a string when JSON does not fit the field.
    let mut candidates: Vec<Option<Json>> = Vec::new();
    match &conflict.theirs {
        None => candidates.push(None),
        Some(text) => {
            // A string is never written as JSON, nor "none" as null: such text is the
            // value itself.
            if let (false, Ok(value)) = (is_text, serde_json::from_str::<Json>(text))
                && !matches!(value, Json::String(_) | Json::Null)
            {
                candidates.push(Some(value));
            }
            candidates.push(Some(Json::String(text.clone())));
        }
    }
    let mut failure = MergeError::DoesNotFit;
    for value in candidates {
        let mut json = json.clone();
        let map = field_parent(&mut json, conflict).ok_or_else(gone)?;
        match value {
            Some(value) => map.insert(last.to_owned(), value),
            None => map.remove(last),
        };
        match serde_json::from_value::<PlanFile>(json) {
            Ok(mut file) => {
                if at < file.conflicts.len() {
                    file.conflicts.remove(at);
                }
                let text = plan_file_to_ron(&file).map_err(|e| MergeError::Serde(e.to_string()))?;
                let plan = load_str(&text, Path::new("merged.ron"))
                    .map_err(|e| MergeError::Invalid(Box::new(e)))?;
                if matches!(last, "part_of" | "assistant_to") && makes_cycle(&plan, conflict) {
                    return Err(MergeError::Cycle);
                }
                return Ok(plan);
            }
            Err(_) => failure = MergeError::DoesNotFit,
        }
    }
    Err(failure)
}

/// A conflict's field as the objects that lead to it and its own key. Capacity keys are the
/// planner's words and may hold a dot: all after `capacity.` is one key, and all between
/// `forecast.` and the year.
fn field_path(field: &str) -> (Vec<&str>, &str) {
    if let Some(key) = field.strip_prefix("capacity.") {
        return (vec!["capacity"], key);
    }
    if let Some((key, year)) = field
        .strip_prefix("forecast.")
        .and_then(|rest| rest.rsplit_once('.'))
    {
        return (vec!["forecast", key], year);
    }
    let mut path: Vec<&str> = field.split('.').collect();
    let last = path.pop().unwrap_or_default();
    (path, last)
}

/// Whether the conflict's node is, after the change, part of itself.
fn makes_cycle(plan: &Plan, conflict: &Conflict) -> bool {
    let (Some(scenario), Some(node)) = (&conflict.scenario, &conflict.node) else {
        return false;
    };
    let Some(scenario) = plan.scenario(scenario) else {
        return false;
    };
    crate::analysis::check(scenario, &crate::analysis::CheckOptions::default())
        .iter()
        .any(|p| p.code == crate::analysis::ProblemCode::StructureCycle && p.nodes.contains(node))
}

/// The object that holds a conflict's field in a plan file's JSON (made where the path's
/// objects are missing); `None` when its scenario or node is gone.
fn field_parent<'a>(json: &'a mut Json, conflict: &Conflict) -> Option<&'a mut Map<String, Json>> {
    fn record<'a>(list: Option<&'a mut Json>, id: &NodeId) -> Option<&'a mut Json> {
        match list {
            Some(Json::Array(items)) => items
                .iter_mut()
                .find(|item| item.get("id").and_then(Json::as_str) == Some(id.as_str())),
            _ => None,
        }
    }
    let mut target = json;
    if let Some(scenario) = &conflict.scenario {
        target = record(target.get_mut("scenarios"), scenario)?;
        if let Some(node) = &conflict.node {
            target = record(target.get_mut("nodes"), node)?;
        }
    }
    let (path, _) = field_path(&conflict.field);
    for key in path {
        target = target
            .as_object_mut()?
            .entry(key.to_owned())
            .or_insert_with(|| Json::Object(Map::new()));
    }
    target.as_object_mut()
}
