//! Editing through the window: renaming, adding and moving, the keyboard, and undo and redo of
//! each.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use orgplan::app::OrgplanApp;
use orgplan::app::dialogs::ScriptedDialogs;
use orgplan::i18n::Lang;

use super::{app_with, harness};

#[test]
fn renaming_a_unit_can_be_undone_and_redone_and_marks_the_title() {
    let mut harness = harness(app_with(ScriptedDialogs::default(), Lang::En));
    harness.get_by_label("Early childhood education").click();
    harness.run();
    assert!(!harness.state().unsaved());
    let name = |h: &Harness<'static, OrgplanApp>| {
        h.state()
            .scenario()
            .node(&orgplan::model::NodeId::new("vaka").unwrap())
            .unwrap()
            .name
            .en
            .clone()
            .unwrap()
    };

    let field = harness.get_by_label("Name (en)");
    field.click();
    harness.run();
    harness.key_press(egui::Key::End);
    harness.get_by_label("Name (en)").type_text(" and care");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(name(&harness), "Early childhood education and care");
    assert!(harness.state().unsaved());
    assert!(
        harness.state().window_title().ends_with('*'),
        "{}",
        harness.state().window_title()
    );

    // Undo from the Edit menu, which names the edit.
    harness.get_by_label("Edit").click();
    harness.run();
    harness
        .get_by_label_contains("Undo: rename Early childhood education")
        .click();
    harness.run();
    assert_eq!(name(&harness), "Early childhood education");
    assert_eq!(
        harness.state().redo_label(),
        Some("rename Early childhood education")
    );

    // Redo with the keyboard.
    harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::Z,
    );
    harness.run();
    assert_eq!(name(&harness), "Early childhood education and care");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(name(&harness), "Early childhood education");
    assert!(harness.state().undo_label().is_none());
    // Back where it was opened: nothing unsaved.
    assert!(!harness.state().unsaved());
    assert!(!harness.state().window_title().ends_with('*'));
}

#[test]
fn add_a_team_rename_it_move_it_then_undo_twice_and_redo_once() {
    let mut harness = harness(app_with(ScriptedDialogs::default(), Lang::En));
    let id = |text: &str| orgplan::model::NodeId::new(text).unwrap();
    harness.get_by_label("Early childhood education").click();
    harness.run();

    // Add a team under the unit: it is selected at once.
    harness.get_by_label("Add a part").click();
    harness.run();
    harness.get_by_label("team").click();
    harness.run();
    let team = id("team-1");
    assert_eq!(harness.state().selected(), Some(&team));
    assert_eq!(harness.state().scenario().parent(&team), Some(&id("vaka")));

    // Rename it.
    harness.get_by_label("Name (en)").click();
    harness.run();
    harness.key_press(egui::Key::End);
    harness.get_by_label("Name (en)").type_text(" for pedagogy");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    let name = |h: &Harness<'static, OrgplanApp>| {
        h.state()
            .scenario()
            .node(&team)
            .unwrap()
            .name
            .en
            .clone()
            .unwrap()
    };
    assert_eq!(name(&harness), "New team for pedagogy");

    // Move it under another unit, the keyboard's way.
    harness.get_by_label("Move under").click();
    harness.run();
    // The outline has the unit too; the list that opened is drawn last.
    harness
        .query_all_by_label("Growth support")
        .last()
        .unwrap()
        .click();
    harness.run();
    assert_eq!(
        harness.state().scenario().parent(&team),
        Some(&id("kasvuntuki"))
    );

    // Undo twice: back under early childhood education, with its first name.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(harness.state().scenario().parent(&team), Some(&id("vaka")));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(name(&harness), "New team");
    // Redo once: renamed again, still under early childhood education.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
    harness.run();
    assert_eq!(name(&harness), "New team for pedagogy");
    assert_eq!(harness.state().scenario().parent(&team), Some(&id("vaka")));

    // Delete it: gone, and undo brings it back.
    harness.get_by_label("Delete with its parts").click();
    harness.run();
    assert!(!harness.state().scenario().contains(&team));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert!(harness.state().scenario().contains(&team));
}

#[test]
fn the_keyboard_selects_renames_deletes_and_saves() {
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("plan.ron");
    let dialogs = ScriptedDialogs {
        save: vec![saved.clone()],
        ..ScriptedDialogs::default()
    };
    let mut harness = harness(app_with(dialogs, Lang::En));
    let id = |text: &str| orgplan::model::NodeId::new(text).unwrap();
    let selected = |h: &Harness<'static, OrgplanApp>| h.state().selected().cloned();

    // Arrows walk the tree: down from nothing to the root, down to its first part, and so on.
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    assert_eq!(selected(&harness), Some(id("kop")));
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    assert_eq!(selected(&harness), Some(id("kop-johtaja")));
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    assert_eq!(selected(&harness), Some(id("vaka")));
    harness.key_press(egui::Key::ArrowRight);
    harness.run();
    assert_eq!(selected(&harness), Some(id("vaka-paallikko")));
    harness.key_press(egui::Key::ArrowLeft);
    harness.run();
    assert_eq!(selected(&harness), Some(id("vaka")));

    // F2 puts the keyboard in the name field.
    harness.key_press(egui::Key::F2);
    harness.run();
    harness.run();
    assert!(harness.get_by_label("Name (en)").is_focused());
    harness.key_press(egui::Key::Escape);
    harness.run();

    // Delete removes the node with its parts; Ctrl+Z brings them back.
    harness.key_press(egui::Key::Delete);
    harness.run();
    assert!(!harness.state().scenario().contains(&id("vaka")));
    assert!(!harness.state().scenario().contains(&id("vaka-paallikko")));
    assert_eq!(selected(&harness), Some(id("kop")));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert!(harness.state().scenario().contains(&id("vaka-paallikko")));

    // Ctrl+S saves (through the dialog, as the plan has no file yet).
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run();
    assert!(saved.exists());
    assert!(!harness.state().unsaved());

    // The shortcuts are listed in the Help menu.
    harness.get_by_label("Help").click();
    harness.run();
    harness.get_by_label("Keyboard shortcuts").click();
    harness.run();
    harness.get_by_label("Delete the selected node with its parts");
}
