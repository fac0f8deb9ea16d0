//! The edit history without a window: a long random run of commands (edits of any scenario,
//! scenarios added and removed, merge conflicts closed and reopened, whole plans put in place,
//! many of them refused), undone to the start and redone to the end, passes through every plan
//! it passed on the way, equal in memory and in the saved file; every one of those plans saved
//! loads back as the same plan.

use orgplan::examples::{self, Example};
use orgplan::io::{load_str, to_ron};
use orgplan::model::{Command, Conflict, Edit, History, NodeId, Plan, compose};
use proptest::prelude::*;

use crate::model_props::{EditSeed, edit_seed, materialize};

/// One command of the run, by indices into the plan it meets.
#[derive(Clone, Debug)]
enum Seed {
    Edit(usize, EditSeed),
    CopyScenario(usize),
    RemoveScenario(usize),
    CloseConflict(usize),
    ReopenConflict(usize),
    /// Another example (true) or the plan itself with one more conflict.
    ReplacePlan(bool),
}

fn seed() -> impl Strategy<Value = Seed> {
    prop_oneof![
        6 => (0usize..8, edit_seed()).prop_map(|(s, e)| Seed::Edit(s, e)),
        1 => (0usize..8).prop_map(Seed::CopyScenario),
        1 => (0usize..8).prop_map(Seed::RemoveScenario),
        1 => (0usize..6).prop_map(Seed::CloseConflict),
        1 => (0usize..6).prop_map(Seed::ReopenConflict),
        1 => any::<bool>().prop_map(Seed::ReplacePlan),
    ]
}

fn conflict(field: &str) -> Conflict {
    Conflict {
        field: field.to_owned(),
        mine: Some("1".to_owned()),
        theirs: Some("2".to_owned()),
        ..Conflict::default()
    }
}

fn start() -> Plan {
    let mut plan = examples::load(Example::Kouvola).unwrap();
    plan.conflicts = vec![conflict("fte"), conflict("name.fi"), conflict("cost")];
    plan
}

fn command(seed: &Seed, plan: &Plan, fresh: &mut usize) -> Command {
    let scenario = |k: usize| &plan.scenarios()[k % plan.scenarios().len()];
    match seed {
        Seed::Edit(k, edit) => {
            let scenario = scenario(*k);
            Command {
                scenario: scenario.meta.id.clone(),
                edit: materialize(edit, scenario, fresh),
            }
        }
        Seed::CopyScenario(k) => compose::copy_scenario(plan, scenario(*k)),
        // The baseline among them: refused.
        Seed::RemoveScenario(k) => Command {
            scenario: scenario(*k).meta.id.clone(),
            edit: Edit::RemoveScenario,
        },
        // Past the end now and then: refused.
        Seed::CloseConflict(at) => Command::close_conflict(*at),
        Seed::ReopenConflict(at) => Command {
            scenario: NodeId::baseline(),
            edit: Edit::ReopenConflict(*at, Box::new(conflict(&format!("reopened{at}")))),
        },
        Seed::ReplacePlan(true) => {
            Command::replace_plan(examples::load(Example::ManttaVilppula).unwrap())
        }
        Seed::ReplacePlan(false) => {
            let mut theirs = plan.clone();
            theirs.conflicts.push(conflict("merged"));
            Command::replace_plan(theirs)
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn undoing_everything_and_redoing_it_passes_through_every_plan(
        seeds in prop::collection::vec(seed(), 20..150),
    ) {
        let mut plan = start();
        let mut history = History::new();
        let mut fresh = 0;
        // Every plan the run passes through, with its file, the first the one it starts from.
        let mut states = vec![(plan.clone(), to_ron(&plan).unwrap())];
        for (i, seed) in seeds.iter().enumerate() {
            let command = command(seed, &plan, &mut fresh);
            let label = history.undo_label().map(str::to_owned);
            match history.apply(&mut plan, command, format!("step {i}")) {
                Ok(()) => states.push((plan.clone(), to_ron(&plan).unwrap())),
                Err(_) => {
                    // A refused command leaves the plan, and adds no step.
                    let (last, _) = states.last().unwrap();
                    prop_assert!(plan == *last);
                    prop_assert_eq!(history.undo_label().map(str::to_owned), label);
                }
            }
        }
        // Every plan on the way saves to a file that loads back as the same plan.
        for (expected, ron) in &states {
            let loaded = load_str(ron, std::path::Path::new("step.orgplan"));
            prop_assert!(loaded.as_ref() == Ok(expected), "{:?}", loaded.err());
        }
        for (expected, ron) in states.iter().rev().skip(1) {
            prop_assert_eq!(history.undo(&mut plan), Ok(true));
            prop_assert!(plan == *expected);
            prop_assert_eq!(&to_ron(&plan).unwrap(), ron);
        }
        prop_assert_eq!(history.undo(&mut plan), Ok(false));
        prop_assert!(history.is_saved(), "back at the plan opened");
        for (expected, ron) in states.iter().skip(1) {
            prop_assert_eq!(history.redo(&mut plan), Ok(true));
            prop_assert!(plan == *expected);
            prop_assert_eq!(&to_ron(&plan).unwrap(), ron);
        }
        prop_assert_eq!(history.redo(&mut plan), Ok(false));
        prop_assert_eq!(history.is_saved(), states.len() == 1);
    }
}
