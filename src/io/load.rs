//! Loading a plan file: parse the RON into a [`PlanFile`], then validate it into a [`Plan`].
//!
//! Only what makes a file unreadable is refused (bad syntax, duplicate ids, a relation to a
//! missing node, an impossible relation, a future version). A cycle or a unit without a head
//! opens fine: the checks list it.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use ron::extensions::Extensions;

use super::error::{Expected, LoadError, LoadErrorKind};
use super::file::{FORMAT_VERSION, PlanFile, ScenarioRecord};
use super::limits::{MAX_PLAN_BYTES, ReadFailure, read_limited};
use crate::model::{CommandError, NodeId, Plan, Scenario, ScenarioMeta};

/// RON options shared by loading and saving: `Some(..)` may be left out.
pub(crate) fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        // Plans are flat lists of nodes; nesting is shallow, so the limit only stops garbage.
        .with_recursion_limit(64)
}

/// Reads and validates the plan file at `path`.
///
/// # Errors
/// When the file cannot be read or is not a valid plan; the error names the line and column.
pub fn load_file(path: &Path) -> Result<Plan, LoadError> {
    let bytes = read_limited(path, MAX_PLAN_BYTES).map_err(|e| {
        LoadError::new(
            path,
            match e {
                ReadFailure::TooLarge { size, limit } => LoadErrorKind::TooLarge { size, limit },
                ReadFailure::Io(reason) => LoadErrorKind::Io(reason),
            },
        )
    })?;
    load_bytes(&bytes, path)
}

/// Validates plan file contents; `path` is only used in messages.
///
/// # Errors
/// When the bytes are not a valid plan.
pub fn load_bytes(bytes: &[u8], path: &Path) -> Result<Plan, LoadError> {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let valid = bytes.get(..e.valid_up_to()).unwrap_or_default();
            let valid = std::str::from_utf8(valid).unwrap_or_default();
            return Err(
                LoadError::new(path, LoadErrorKind::NotText).at(Some(line_col(valid, valid.len())))
            );
        }
    };
    load_str(text, path)
}

/// Validates plan file text; `path` is only used in messages.
///
/// # Errors
/// When the text is not a valid plan.
pub fn load_str(text: &str, path: &Path) -> Result<Plan, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::new(path, LoadErrorKind::Empty).at(Some((1, 1))));
    }
    let file: PlanFile = match ron_options().from_str(text) {
        Ok(file) => file,
        Err(error) => {
            if let Some(e) = future_version(text, path) {
                return Err(e);
            }
            let kind = LoadErrorKind::Syntax {
                expected: Expected::from_ron(&error.code),
                detail: error.code.to_string(),
            };
            return Err(LoadError::new(path, kind).at(Some(error_position(text, &error))));
        }
    };
    check_version(file.version, text, path)?;
    Validator { text, path }.plan(file)
}

/// Whether the file, unreadable as this version, declares a newer one.
fn future_version(text: &str, path: &Path) -> Option<LoadError> {
    #[derive(serde::Deserialize)]
    struct Probe {
        version: u32,
    }
    let probe: Probe = ron_options().from_str(text).ok()?;
    check_version(probe.version, text, path).err()
}

fn check_version(version: u32, text: &str, path: &Path) -> Result<(), LoadError> {
    let at = find_field(text, "version", 0).map(|offset| line_col(text, offset));
    if version > FORMAT_VERSION {
        return Err(LoadError::new(
            path,
            LoadErrorKind::FutureVersion {
                found: version,
                supported: FORMAT_VERSION,
            },
        )
        .at(at));
    }
    if version == 0 {
        return Err(LoadError::new(path, LoadErrorKind::BadVersion(version)).at(at));
    }
    Ok(())
}

struct Validator<'a> {
    text: &'a str,
    path: &'a Path,
}

impl Validator<'_> {
    fn error(&self, kind: LoadErrorKind, offset: Option<usize>) -> LoadError {
        LoadError::new(self.path, kind).at(offset.map(|o| line_col(self.text, o)))
    }

    /// Where the `place.nth` occurrence of `id: "<id>"` is.
    fn offset(&self, id: &NodeId, place: IdRef) -> Option<usize> {
        find_value(self.text, "id", id.as_str(), place.nth)
    }

    fn plan(&self, file: PlanFile) -> Result<Plan, LoadError> {
        // Counting is cheap; the text is searched only when there is an error to place.
        let mut seen_ids: HashMap<&str, usize> = HashMap::new();
        // `replaces` may point into any scenario: into the organisation it replaces.
        let any_replaces = file
            .scenarios
            .iter()
            .any(|s| s.nodes.iter().any(|n| !n.replaces.is_empty()));
        let all_ids: HashSet<&NodeId> = if any_replaces {
            file.scenarios
                .iter()
                .flat_map(|s| s.nodes.iter().map(|n| &n.id))
                .collect()
        } else {
            HashSet::new()
        };
        let mut scenario_ids = HashSet::new();
        let mut all_places = Vec::with_capacity(file.scenarios.len());
        for record in &file.scenarios {
            let place = next_place(&mut seen_ids, &record.id);
            if !scenario_ids.insert(&record.id) {
                return Err(self.error(
                    LoadErrorKind::DuplicateScenario(record.id.to_string()),
                    self.offset(&record.id, place),
                ));
            }
            let sid = record.id.to_string();
            let mut places = Vec::with_capacity(record.nodes.len());
            let mut ids = HashSet::with_capacity(record.nodes.len());
            let mut task_ids = HashSet::new();
            for node in &record.nodes {
                let place = next_place(&mut seen_ids, &node.id);
                let offset = || self.offset(&node.id, place);
                if !ids.insert(&node.id) {
                    let kind = LoadErrorKind::DuplicateId {
                        scenario: sid.clone(),
                        id: node.id.to_string(),
                    };
                    return Err(self.error(kind, offset()));
                }
                for task in &node.tasks {
                    let task_place = next_place(&mut seen_ids, &task.id);
                    if !task_ids.insert(&task.id) {
                        let kind = LoadErrorKind::DuplicateTask {
                            scenario: sid.clone(),
                            id: task.id.to_string(),
                        };
                        return Err(self.error(kind, self.offset(&task.id, task_place)));
                    }
                }
                if node.name.is_empty() && node.title.is_empty() {
                    let kind = LoadErrorKind::NoName {
                        scenario: sid.clone(),
                        node: node.id.to_string(),
                    };
                    return Err(self.error(kind, offset()));
                }
                let figures = [("fte", node.fte), ("cost", node.cost)];
                let capacity = node.capacity.values().map(|v| ("capacity", Some(*v)));
                let forecast = (node.forecast.values())
                    .flat_map(|f| f.values().map(|v| ("forecast", Some(*v))));
                for (field, value) in figures.into_iter().chain(capacity).chain(forecast) {
                    if value.is_some_and(|v| !v.is_finite() || v < 0.0) {
                        let at = offset().and_then(|o| find_after(self.text, o, field));
                        let kind = LoadErrorKind::BadNumber {
                            node: node.id.to_string(),
                            field,
                        };
                        return Err(self.error(kind, at.or_else(offset)));
                    }
                }
                if let Some(target) = node.replaces.iter().find(|t| !all_ids.contains(t)) {
                    return Err(self.missing(&sid, &node.id, "replaces", target, offset()));
                }
                places.push(place);
            }
            all_places.push(places);
        }
        let mut scenarios = Vec::with_capacity(file.scenarios.len());
        for (record, places) in file.scenarios.into_iter().zip(all_places) {
            scenarios.push(self.scenario(record, &places)?);
        }
        let mut plan =
            Plan::from_scenarios(file.name, file.contacts, scenarios).ok_or_else(|| {
                self.error(
                    LoadErrorKind::NoScenarios,
                    find_field(self.text, "scenarios", 0),
                )
            })?;
        plan.conflicts = file.conflicts;
        plan.currency = file.currency;
        plan.measures = file.measures;
        plan.network = file.network;
        plan.staff_mapping = file.staff_mapping;
        Ok(plan)
    }

    fn missing(
        &self,
        scenario: &str,
        node: &NodeId,
        relation: &'static str,
        target: &NodeId,
        node_offset: Option<usize>,
    ) -> LoadError {
        let at = node_offset.and_then(|o| find_after(self.text, o, &format!("\"{target}\"")));
        self.error(
            LoadErrorKind::MissingTarget {
                scenario: scenario.to_owned(),
                node: node.to_string(),
                relation,
                target: target.to_string(),
            },
            at.or(node_offset),
        )
    }

    fn scenario(&self, record: ScenarioRecord, places: &[IdRef]) -> Result<Scenario, LoadError> {
        let sid = record.id.to_string();
        let mut scenario = Scenario::new(ScenarioMeta {
            id: record.id,
            name: record.name,
            effective: record.effective,
            status: record.status,
            decision: record.decision,
            rationale: record.rationale,
            notes: record.notes,
            participation: record.participation,
        });
        scenario.view = crate::model::ScenarioView {
            collapsed: record.view.collapsed.into_iter().collect(),
            show: record.view.show,
        };
        let mut all_edges = Vec::new();
        for (node, place) in record.nodes.into_iter().zip(places) {
            let (node, edges) = node.into_parts();
            all_edges.extend(edges.into_iter().map(|e| (e, *place)));
            scenario.insert_node(node, None);
        }
        for (edge, place) in all_edges {
            let offset = || self.offset(&edge.from, place);
            let from = scenario.node(&edge.from).map(|n| n.kind);
            let Some(to) = scenario.node(&edge.to).map(|n| n.kind) else {
                let code = edge.relation.code();
                return Err(self.missing(&sid, &edge.from, code, &edge.to, offset()));
            };
            let Some(from) = from else {
                continue; // The edge was read from this very node.
            };
            let problem = if edge.from == edge.to {
                Some(CommandError::SelfRelation(edge.from.clone()))
            } else if !edge.relation.allowed(from, to) {
                Some(CommandError::InvalidRelation(from, edge.relation, to))
            } else if scenario
                .find_edge(&edge.from, edge.relation, &edge.to)
                .is_some()
            {
                Some(CommandError::DuplicateRelation(edge.clone()))
            } else {
                None
            };
            if let Some(problem) = problem {
                let at = offset().and_then(|o| find_after(self.text, o, edge.relation.code()));
                let kind = LoadErrorKind::InvalidRelation {
                    scenario: sid,
                    problem,
                };
                return Err(self.error(kind, at.or_else(offset)));
            }
            scenario.add_edge(&edge);
        }
        Ok(scenario)
    }
}

/// Which occurrence of its `id: "..."` in the file a record is (scenario, node and task ids all
/// count, in file order).
#[derive(Clone, Copy)]
struct IdRef {
    nth: usize,
}

/// Counts one more `id: "..."` occurrence of `id` and says which one it is.
fn next_place<'a>(seen: &mut HashMap<&'a str, usize>, id: &'a NodeId) -> IdRef {
    let nth = seen.entry(id.as_str()).or_insert(0);
    *nth += 1;
    IdRef { nth: *nth - 1 }
}

/// Where a RON error is: the token that is wrong, or for a refused value its opening quote.
fn error_position(text: &str, error: &ron::error::SpannedError) -> (usize, usize) {
    use ron::Error as E;
    let (start, end) = (error.span.start, error.span.end);
    match &error.code {
        // The span covers the offending name or value itself.
        E::NoSuchStructField { .. }
        | E::NoSuchEnumVariant { .. }
        | E::MissingStructField { .. }
        | E::DuplicateStructField { .. }
        | E::InvalidValueForType { .. }
        | E::ExpectedDifferentLength { .. } => (start.line, start.col),
        // A value our own types refused (an id, a date): the span starts inside the quotes.
        E::Message(_) => {
            let before_quote = text
                .lines()
                .nth(start.line.saturating_sub(1))
                .and_then(|line| line.chars().nth(start.col.saturating_sub(2)))
                == Some('"');
            if before_quote && start.col > 1 {
                (start.line, start.col - 1)
            } else {
                (start.line, start.col)
            }
        }
        // "Expected ..." errors: the span ends where the unexpected token begins.
        _ => (end.line, end.col),
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub(crate) fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before.get(line_start..).map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// Offset of the `nth` occurrence of `field: "value"` (any spacing), pointing at the value.
fn find_value(text: &str, field: &str, value: &str, nth: usize) -> Option<usize> {
    let quoted = format!("\"{value}\"");
    text.match_indices(&quoted)
        .filter(|(at, _)| {
            let before = text.get(..*at).unwrap_or_default().trim_end();
            before
                .strip_suffix(':')
                .is_some_and(|b| b.trim_end().ends_with(field))
        })
        .map(|(at, _)| at)
        .nth(nth)
}

/// Offset of the `nth` field named `field` (`field:`), pointing at the name.
fn find_field(text: &str, field: &str, nth: usize) -> Option<usize> {
    text.match_indices(field)
        .filter(|(at, _)| {
            text.get(at + field.len()..)
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        })
        .map(|(at, _)| at)
        .nth(nth)
}

/// Offset of the first `needle` after `offset`.
fn find_after(text: &str, offset: usize, needle: &str) -> Option<usize> {
    text.get(offset..)?.find(needle).map(|i| offset + i)
}
