//! Scenarios as edits: a copy as a new scenario, its details, deleting it; each undone by its
//! inverse, in the library and in the window.

use egui::Modifiers;
use egui_kittest::kittest::Queryable as _;
use orgplan::app::dialogs::ScriptedDialogs;
use orgplan::examples::{Example, load};
use orgplan::i18n::Lang;
use orgplan::model::{Command, CommandError, Edit, NodeId, ScenarioStatus, apply, compose};

use crate::gui::{app_with, harness};

#[test]
fn a_copied_scenario_keeps_identities_and_undo_removes_it() {
    let mut plan = load(Example::Kouvola).unwrap();
    let before = plan.clone();
    let decided = plan.find_scenario("decided").unwrap().clone();
    let command = compose::copy_scenario(&plan, &decided);
    let id = command.scenario.clone();
    let inverse = apply(&mut plan, command).unwrap();
    let copy = plan.scenario(&id).unwrap();
    assert_eq!(copy.meta.status, ScenarioStatus::Draft);
    assert_eq!(
        copy.meta.name.en.as_deref(),
        Some("Decided organisation from 1 Oct 2023 (copy)")
    );
    // The organisation is the same; the copy is a new draft, so only the scenario's own texts
    // (its decision, rationale and notes, which it starts without) differ.
    let changes = orgplan::compare::diff(&decided, copy);
    assert!(
        changes.iter().all(|c| c.node.is_none()
            && matches!(c.field.as_deref(), Some("decision" | "rationale" | "notes"))),
        "a copy differs from its source: {changes:#?}"
    );
    assert_eq!(plan.scenarios().last().unwrap().meta.id, id);
    apply(&mut plan, inverse).unwrap();
    assert_eq!(plan.scenarios(), before.scenarios());
}

#[test]
fn deleting_a_scenario_is_undone_in_its_place_and_the_baseline_cannot_go() {
    let mut plan = load(Example::Kouvola).unwrap();
    let before = plan.clone();
    let decided = NodeId::new("decided").unwrap();
    let inverse = apply(
        &mut plan,
        Command {
            scenario: decided.clone(),
            edit: Edit::RemoveScenario,
        },
    )
    .unwrap();
    assert!(plan.scenario(&decided).is_none());
    apply(&mut plan, inverse).unwrap();
    assert_eq!(plan.scenarios(), before.scenarios());

    let baseline = plan.baseline().meta.id.clone();
    let refused = apply(
        &mut plan,
        Command {
            scenario: baseline,
            edit: Edit::RemoveScenario,
        },
    );
    assert_eq!(refused, Err(CommandError::Baseline));
    // Adding or removing a scenario inside a batch is refused, and changes nothing.
    let refused = apply(
        &mut plan,
        Command {
            scenario: decided.clone(),
            edit: Edit::Batch(vec![Edit::RemoveScenario]),
        },
    );
    assert_eq!(refused, Err(CommandError::PlanEditInBatch));
    // A scenario id is taken once.
    let copy = plan.scenario(&decided).unwrap().clone();
    let refused = apply(
        &mut plan,
        Command {
            scenario: decided,
            edit: Edit::AddScenario {
                scenario: Box::new(copy),
                at: None,
            },
        },
    );
    assert!(matches!(refused, Err(CommandError::DuplicateScenario(_))));
    assert_eq!(plan.scenarios(), before.scenarios());
}

#[test]
fn new_scenario_edit_its_decision_save_and_open_again() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plan.ron");
    let dialogs = ScriptedDialogs {
        save: vec![file.clone()],
        open: vec![file.clone()],
    };
    let mut harness = harness(app_with(dialogs, Lang::En));
    harness.get_by_label("New scenario").click();
    harness.run();
    assert_eq!(harness.state().plan().scenarios().len(), 4);
    let shown = harness.state().scenario().meta.id.clone();
    assert_ne!(shown.as_str(), "baseline");
    harness.get_by_label("Current organisation (before 1 Oct 2023) (copy) (draft)");

    harness.get_by_label("Body").click();
    harness.run();
    harness
        .get_by_label("Body")
        .type_text("Education committee");
    harness.key_press(egui::Key::Enter);
    harness.run();
    harness.get_by_label("§").click();
    harness.run();
    harness.get_by_label("§").type_text("42");
    harness.key_press(egui::Key::Enter);
    harness.run();
    // A date that cannot be read is said so and not taken.
    harness.get_by_label("Meeting").click();
    harness.run();
    harness.get_by_label("Meeting").type_text("31.6.2026");
    harness.run();
    harness.get_by_label("Write the date as 2026-08-01 or 1.8.2026.");
    harness.key_press(egui::Key::Enter);
    harness.run();
    let decision = harness.state().scenario().meta.decision.clone().unwrap();
    assert_eq!(decision.body.as_deref(), Some("Education committee"));
    assert_eq!(decision.section.as_deref(), Some("42"));
    assert_eq!(decision.date, None);
    // Day first, as Finns and Swedes write it, is read.
    harness.get_by_label("Meeting").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label("Meeting").type_text("15.6.2026");
    harness.key_press(egui::Key::Enter);
    harness.run();
    let decision = harness.state().scenario().meta.decision.clone().unwrap();
    assert_eq!(
        decision.date.map(|d| d.to_string()).as_deref(),
        Some("2026-06-15")
    );
    assert_eq!(
        harness.state().undo_label(),
        Some("details of Current organisation (before 1 Oct 2023) (copy)")
    );

    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, egui::Key::S);
    harness.run();
    assert!(!harness.state().unsaved());
    let reopened = orgplan::io::load_file(&file).unwrap();
    let saved = reopened.scenario(&shown).unwrap();
    assert_eq!(
        saved
            .meta
            .decision
            .as_ref()
            .and_then(|d| d.section.as_deref()),
        Some("42")
    );
    assert_eq!(reopened.scenarios().len(), 4);

    // And in the window: open the file again (after starting a new plan).
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::N);
    harness.run();
    assert_eq!(harness.state().plan().scenarios().len(), 1);
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::O);
    harness.run();
    assert_eq!(harness.state().plan().scenarios().len(), 4);
    harness
        .get_by_label("Current organisation (before 1 Oct 2023) (copy) (draft)")
        .click();
    harness.run();
    let decision = harness.state().scenario().meta.decision.clone().unwrap();
    assert_eq!(decision.body.as_deref(), Some("Education committee"));
}

#[test]
fn deleting_a_scenario_asks_first_and_undo_brings_it_back() {
    let mut harness = harness(app_with(ScriptedDialogs::default(), Lang::En));
    harness
        .get_by_label("Alternative: growth support stays (rejected)")
        .click();
    harness.run();
    harness.get_by_label("Delete scenario").click();
    harness.run();
    harness.get_by_label("Delete the scenario?");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(harness.state().plan().scenarios().len(), 3);

    harness.get_by_label("Delete scenario").click();
    harness.run();
    harness
        .query_all_by_label("Delete scenario")
        .last()
        .unwrap()
        .click();
    harness.run();
    assert_eq!(harness.state().plan().scenarios().len(), 2);
    assert_eq!(
        harness.state().scenario().meta.id,
        harness.state().plan().baseline().meta.id
    );
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(harness.state().plan().scenarios().len(), 3);
}

/// A node that a node of another scenario replaces cannot be removed where it is the last of
/// its id (the plan would not open again), nor can `replaces` name a node no scenario holds.
#[test]
fn what_another_scenario_replaces_cannot_be_removed() {
    use orgplan::model::Field;
    let mut plan = load(Example::Kouvola).unwrap();
    let before = plan.clone();
    let id = |s: &str| NodeId::new(s).unwrap();
    let baseline = plan.baseline().meta.id.clone();
    // Basic education and upper secondary schools has parts; empty it first, then remove it.
    let parts: Vec<NodeId> = plan
        .baseline()
        .nodes()
        .filter(|n| plan.baseline().parent(&n.id) == Some(&id("peruslukio")))
        .map(|n| n.id.clone())
        .collect();
    let remove = || {
        let mut edits: Vec<Edit> = parts
            .iter()
            .map(|p| Edit::Move {
                node: p.clone(),
                parent: Some(id("kop")),
            })
            .collect();
        edits.push(Edit::RemoveNode {
            node: id("peruslukio"),
        });
        Edit::Batch(edits)
    };
    let refused = apply(
        &mut plan,
        Command {
            scenario: baseline.clone(),
            edit: remove(),
        },
    );
    assert_eq!(
        refused.unwrap_err(),
        CommandError::StillReplaced(id("peruslukio"), id("perusopetus"))
    );
    assert_eq!(
        plan.scenarios(),
        before.scenarios(),
        "a refused command changes nothing"
    );
    let message = CommandError::StillReplaced(id("peruslukio"), id("perusopetus"));
    assert!(message.message(Lang::Fi).contains("peruslukio"));

    let refused = apply(
        &mut plan,
        Command {
            scenario: id("decided"),
            edit: Edit::Set {
                node: id("lukio"),
                field: Field::Replaces(vec![id("nowhere")]),
            },
        },
    );
    assert_eq!(
        refused.unwrap_err(),
        CommandError::UnknownNode(id("nowhere"))
    );
    assert_eq!(plan.scenarios(), before.scenarios());

    // Once nothing replaces it, in any scenario, it goes.
    let replacing: Vec<(NodeId, NodeId)> = plan
        .scenarios()
        .iter()
        .flat_map(|s| {
            s.nodes()
                .filter(|n| n.replaces.contains(&id("peruslukio")))
                .map(|n| (s.meta.id.clone(), n.id.clone()))
        })
        .collect();
    assert!(replacing.len() >= 2, "{replacing:?}");
    for (scenario, unit) in replacing {
        apply(
            &mut plan,
            Command {
                scenario,
                edit: Edit::Set {
                    node: unit,
                    field: Field::Replaces(Vec::new()),
                },
            },
        )
        .unwrap();
    }
    apply(
        &mut plan,
        Command {
            scenario: baseline,
            edit: remove(),
        },
    )
    .unwrap();
    let text = orgplan::io::to_ron(&plan).unwrap();
    orgplan::io::load_str(&text, std::path::Path::new("plan.ron")).unwrap();
}

/// Deleting the one scenario that holds a node another scenario replaces is refused too.
#[test]
fn the_scenario_holding_what_another_replaces_cannot_be_deleted() {
    use orgplan::model::{Field, NodeKind};
    let mut plan = load(Example::Kouvola).unwrap();
    let id = |s: &str| NodeId::new(s).unwrap();
    let decided = id("decided");
    let copy = compose::copy_scenario(&plan, plan.scenario(&decided).unwrap());
    let alternative = copy.scenario.clone();
    apply(&mut plan, copy).unwrap();
    // A unit only the decided scenario has, which the alternative's upper secondary replaces.
    let (add, pilot) = compose::new_part(
        &plan,
        plan.scenario(&decided).unwrap(),
        NodeKind::Unit,
        Some(&id("kop")),
        None,
        (Lang::En, "Pilot unit"),
    );
    for (scenario, edit) in [
        (decided.clone(), add),
        (
            alternative,
            Edit::Set {
                node: id("lukio"),
                field: Field::Replaces(vec![pilot.clone()]),
            },
        ),
    ] {
        apply(&mut plan, Command { scenario, edit }).unwrap();
    }
    let before = plan.clone();
    let refused = apply(
        &mut plan,
        Command {
            scenario: decided.clone(),
            edit: Edit::RemoveScenario,
        },
    );
    assert_eq!(
        refused.unwrap_err(),
        CommandError::StillReplaced(pilot, id("lukio"))
    );
    assert_eq!(plan.scenarios(), before.scenarios());
}
