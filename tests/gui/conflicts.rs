//! Merge conflicts in the window: listed, selecting their node, resolved or settled with the
//! other planner's value, each undoably.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use orgplan::app::OrgplanApp;
use orgplan::app::dialogs::ScriptedDialogs;
use orgplan::examples::{self, Example};
use orgplan::i18n::Lang;

use super::harness;

/// The example merged from two planners who renamed early childhood education in English, one
/// "Early years", the other "Daycare": one conflict.
fn renamed_both_ways() -> orgplan::merge::Merged {
    use orgplan::model::{Command, Edit, NodeId, apply};
    let base = examples::load(Example::Kouvola).unwrap();
    let renamed = |name: &str| {
        let mut plan = base.clone();
        let edit = Edit::rename(&NodeId::new("vaka").unwrap(), Lang::En, name);
        let scenario = NodeId::new("decided").unwrap();
        apply(&mut plan, Command { scenario, edit }).unwrap();
        plan
    };
    orgplan::merge::merge(&base, &renamed("Early years"), &renamed("Daycare")).unwrap()
}

#[test]
fn a_merge_conflict_is_listed_selects_its_node_and_is_resolved_undoably() {
    let merged = renamed_both_ways();
    assert_eq!(merged.conflicts.len(), 1);
    let app = OrgplanApp::new(
        merged.plan,
        None,
        Lang::En,
        Box::new(ScriptedDialogs::default()),
    );
    let mut harness = harness(app);
    harness.get_by_label_contains("Problems (");
    let text = "Merge conflict: Decided organisation from 1 Oct 2023 / Early years / name.en";
    // The link shows where, and both planners' values.
    let full = format!("{text}: base Early childhood education, mine Early years, theirs Daycare");
    let link = harness.get_by_label_contains(&full);
    link.click();
    harness.run();
    assert_eq!(harness.state().scenario().meta.id.as_str(), "decided");
    assert_eq!(
        harness.state().selected().map(|id| id.as_str()),
        Some("vaka")
    );
    harness.get_by_label("Resolved").click();
    harness.run();
    assert!(harness.state().plan().conflicts.is_empty());
    assert!(harness.query_by_label_contains("Merge conflict").is_none());
    assert!(harness.state().unsaved());
    assert_eq!(
        harness.state().undo_label(),
        Some("resolve the conflict in name.en")
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(harness.state().plan().conflicts.len(), 1);
    harness.get_by_label_contains(text);
    // Redone, the same conflict is closed again; undone, it is back with both values.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
    harness.run();
    assert!(harness.state().plan().conflicts.is_empty());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    harness.get_by_label_contains(&full);
}

#[test]
fn a_conflict_on_a_node_the_plan_no_longer_has_selects_nothing() {
    use orgplan::model::{Conflict, NodeId};
    let mut plan = examples::load(Example::Kouvola).unwrap();
    plan.conflicts.push(Conflict {
        scenario: Some(NodeId::new("decided").unwrap()),
        node: Some(NodeId::new("poistettu").unwrap()),
        field: "fte".to_owned(),
        base: Some("1.0".to_owned()),
        mine: None,
        theirs: Some("0.5".to_owned()),
    });
    let app = OrgplanApp::new(plan, None, Lang::En, Box::new(ScriptedDialogs::default()));
    let mut harness = harness(app);
    harness.get_by_label("Early childhood education").click();
    harness.run();
    harness
        .get_by_label_contains("Merge conflict: Decided organisation from 1 Oct 2023")
        .click();
    harness.run();
    // The scenario is shown; the selection is kept, as there is nothing to select.
    assert_eq!(harness.state().scenario().meta.id.as_str(), "decided");
    assert_eq!(
        harness.state().selected().map(|id| id.as_str()),
        Some("vaka")
    );
}

#[test]
fn take_theirs_sets_the_other_planners_value_undoably() {
    use orgplan::model::NodeId;
    let merged = renamed_both_ways();
    let app = OrgplanApp::new(
        merged.plan,
        None,
        Lang::En,
        Box::new(ScriptedDialogs::default()),
    );
    let mut harness = harness(app);
    let name = |harness: &Harness<'static, OrgplanApp>| {
        let plan = harness.state().plan();
        let vaka = plan.find_scenario("decided").unwrap();
        vaka.node(&NodeId::new("vaka").unwrap())
            .unwrap()
            .name
            .en
            .clone()
    };
    assert_eq!(name(&harness).as_deref(), Some("Early years"));
    harness.get_by_label("Take theirs").click();
    harness.run();
    assert_eq!(name(&harness).as_deref(), Some("Daycare"));
    assert!(harness.state().plan().conflicts.is_empty());
    assert!(harness.query_by_label("Take theirs").is_none());
    assert_eq!(
        harness.state().undo_label(),
        Some("take their value of name.en")
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(name(&harness).as_deref(), Some("Early years"));
    assert_eq!(harness.state().plan().conflicts.len(), 1);
}

#[test]
fn a_value_that_cannot_be_taken_is_refused_with_the_reason() {
    use orgplan::model::{Conflict, NodeId};
    let mut plan = examples::load(Example::Kouvola).unwrap();
    plan.conflicts.push(Conflict {
        scenario: Some(NodeId::new("decided").unwrap()),
        node: Some(NodeId::new("poistettu").unwrap()),
        field: "fte".to_owned(),
        base: Some("1.0".to_owned()),
        mine: Some("0.8".to_owned()),
        theirs: Some("0.5".to_owned()),
    });
    let before = orgplan::io::PlanFile::from_plan(&plan);
    let app = OrgplanApp::new(plan, None, Lang::En, Box::new(ScriptedDialogs::default()));
    let mut harness = harness(app);
    harness.get_by_label("Take theirs").click();
    harness.run();
    let status = harness.state().status().unwrap();
    assert!(status.is_error);
    assert_eq!(
        status.text,
        "Their value for fte was not taken: the node or scenario it is about is no longer in the plan"
    );
    assert_eq!(
        orgplan::io::PlanFile::from_plan(harness.state().plan()),
        before
    );
    assert!(!harness.state().unsaved());
}
