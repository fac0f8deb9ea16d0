//! Property tests of the diff: a scenario and its copy differ in nothing, and random edits
//! name every node they change.

use std::collections::BTreeSet;

use orgplan::compare::{ChangeKind, diff, figures};
use orgplan::examples::{self, Example};
use orgplan::i18n::Lang;
use orgplan::model::{Command, Edit, Field, NodeId, Relation, Scenario, apply};
use proptest::prelude::*;

use crate::model_props::{edit_seed, materialize};

use super::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Random plans, and the example after random edits: a scenario and its copy have no
    /// differences, whatever they hold.
    #[test]
    fn a_random_scenario_compared_with_itself_has_no_changes(
        plan in crate::model_props::plan(),
        seeds in prop::collection::vec(edit_seed(), 0..8),
    ) {
        for scenario in plan.scenarios() {
            prop_assert_eq!(diff(scenario, &scenario.clone()), Vec::new());
        }
        let mut edited = kouvola();
        let decided = id("decided");
        let mut fresh = 0;
        for seed in &seeds {
            let edit = materialize(seed, edited.scenario(&decided).unwrap(), &mut fresh);
            let _ = apply(&mut edited, Command { scenario: decided.clone(), edit });
        }
        let scenario = edited.scenario(&decided).unwrap();
        prop_assert_eq!(diff(scenario, &scenario.clone()), Vec::new());
    }
}

#[test]
fn a_scenario_compared_with_itself_has_no_changes() {
    for example in Example::ALL {
        let plan = examples::load(example).unwrap();
        for scenario in plan.scenarios() {
            assert_eq!(
                diff(scenario, scenario),
                Vec::new(),
                "{}",
                scenario.meta.id.as_str()
            );
        }
    }
}

/// The nodes whose data (tasks as a set), parent, heads, serves or memberships differ.
fn changed_nodes(a: &Scenario, b: &Scenario) -> BTreeSet<NodeId> {
    let mut changed = BTreeSet::new();
    let all: BTreeSet<&NodeId> = a.nodes().chain(b.nodes()).map(|n| &n.id).collect();
    let relations = |s: &Scenario, id: &NodeId| {
        let mut list: Vec<_> = s
            .edges_from(id)
            .into_iter()
            .chain(s.edges_to(id))
            .filter(|e| e.relation != Relation::ReportsTo)
            // Relations to a node added or removed go with it.
            .filter(|e| {
                [&e.from, &e.to]
                    .iter()
                    .all(|n| a.contains(n) && b.contains(n))
            })
            .collect();
        list.sort();
        list
    };
    for id in all {
        let same = match (a.node(id), b.node(id)) {
            (Some(x), Some(y)) => {
                let mut x = x.clone();
                let mut y = y.clone();
                x.tasks.sort_by(|p, q| p.id.cmp(&q.id));
                y.tasks.sort_by(|p, q| p.id.cmp(&q.id));
                x.replaces.clear();
                y.replaces.clear();
                x == y && relations(a, id) == relations(b, id)
            }
            _ => false,
        };
        if !same {
            changed.insert(id.clone());
        }
    }
    changed
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn a_diff_names_every_node_that_random_edits_changed(seeds in prop::collection::vec(edit_seed(), 1..8)) {
        let original = kouvola();
        let mut plan = original.clone();
        let scenario = id("decided");
        let mut fresh = 0;
        for seed in &seeds {
            let edit = materialize(seed, plan.scenario(&scenario).unwrap(), &mut fresh);
            let _ = apply(&mut plan, Command { scenario: scenario.clone(), edit });
        }
        let (a, b) = (original.scenario(&scenario).unwrap(), plan.scenario(&scenario).unwrap());
        let changes = diff(a, b);
        let named: BTreeSet<NodeId> = changes
            .iter()
            .flat_map(|c| c.node.clone().into_iter().chain(c.from.clone()).chain(c.to.clone()))
            .collect();
        for node in changed_nodes(a, b) {
            prop_assert!(named.contains(&node), "{} not named in {:#?}", node.as_str(), changes);
        }
        prop_assert_eq!(changed_nodes(a, b).is_empty(), changes.is_empty() || changes.iter().all(|c| c.kind == ChangeKind::SupervisorChanged));
        // Saved and opened again, the two give the same diff.
        let reopen = |plan: &orgplan::model::Plan| {
            let text = orgplan::io::to_ron(plan).unwrap();
            orgplan::io::load_str(&text, std::path::Path::new("plan.ron")).unwrap()
        };
        let (a_again, b_again) = (reopen(&original), reopen(&plan));
        let (a_again, b_again) = (a_again.scenario(&scenario).unwrap(), b_again.scenario(&scenario).unwrap());
        prop_assert_eq!(diff(a_again, b_again), changes);
    }

    #[test]
    fn figures_do_not_change_when_nodes_are_renamed(picks in prop::collection::vec((0usize..64, "[A-Za-zÅÄÖåäö ]{1,12}"), 1..10)) {
        let original = kouvola();
        let mut plan = original.clone();
        let scenario = id("decided");
        for (pick, name) in &picks {
            let ids: Vec<NodeId> = plan.scenario(&scenario).unwrap().nodes().map(|n| n.id.clone()).collect();
            let node = ids[pick % ids.len()].clone();
            let edit = Edit::Set { node, field: Field::Name(Lang::Fi, Some(name.clone())) };
            apply(&mut plan, Command { scenario: scenario.clone(), edit }).unwrap();
        }
        prop_assert_eq!(
            figures(original.scenario(&scenario).unwrap(), 15),
            figures(plan.scenario(&scenario).unwrap(), 15)
        );
    }
}
