//! Opening and saving through the window: the dialog seam, a typed path, a damaged file, and
//! the question before unsaved changes could be lost.

use std::path::PathBuf;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use orgplan::app::OrgplanApp;
use orgplan::app::dialogs::ScriptedDialogs;
use orgplan::examples::{self, Example};
use orgplan::i18n::Lang;

use super::{app_with, harness};

#[test]
fn save_as_then_open_through_the_dialog_seam() {
    let dir = tempfile::tempdir().unwrap();
    let target: PathBuf = dir.path().join("kouvola.ron");
    let dialogs = ScriptedDialogs {
        open: vec![target.clone()],
        save: vec![target.clone()],
    };
    let mut harness = harness(app_with(dialogs, Lang::En));
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label_contains("Save as…").click();
    harness.run();
    assert!(target.exists(), "{:?}", harness.state().status());
    assert_eq!(harness.state().path(), Some(target.as_path()));

    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label_contains("Open…").click();
    harness.run();
    let status = harness.state().status().unwrap();
    assert!(!status.is_error, "{}", status.text);
    assert_eq!(harness.state().plan().scenarios().len(), 3);
}

#[test]
fn a_damaged_file_shows_its_message_and_keeps_the_open_plan() {
    let dir = tempfile::tempdir().unwrap();
    let damaged = dir.path().join("damaged.ron");
    std::fs::write(
        &damaged,
        "(version: 1, scenarios: [(id: \"baseline\", nodes: [(id: 5)])])",
    )
    .unwrap();
    let dialogs = ScriptedDialogs {
        open: vec![damaged.clone()],
        save: vec![],
    };
    let mut harness = harness(app_with(dialogs, Lang::En));
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label_contains("Open…").click();
    harness.run();
    let status = harness.state().status().unwrap().clone();
    assert!(status.is_error);
    assert!(status.text.contains("damaged.ron:1:"), "{}", status.text);
    assert!(
        status.text.contains("expected a text in double quotes"),
        "{}",
        status.text
    );
    // The example is still open, untouched, and the message is on screen.
    assert_eq!(harness.state().plan().baseline().len(), 13);
    assert!(harness.query_by_label_contains("damaged.ron:1:").is_some());
}

#[test]
fn opening_by_typed_path_works_without_a_dialog() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("mv.ron");
    let plan = examples::load(Example::ManttaVilppula).unwrap();
    orgplan::io::save_file(&plan, &file).unwrap();
    let mut harness = harness(app_with(ScriptedDialogs::default(), Lang::En));
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Open by path…").click();
    harness.run();
    harness
        .get_by_label("Path of the file")
        .type_text(&file.display().to_string());
    harness.run();
    harness.get_by_label("Open").click();
    harness.run();
    assert_eq!(
        harness.state().path(),
        Some(file.as_path()),
        "{:?}",
        harness.state().status()
    );
    harness.get_by_label("Education and culture services");
}

#[test]
fn unsaved_changes_are_asked_about_before_they_could_be_lost() {
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("saved.ron");
    let dialogs = ScriptedDialogs {
        save: vec![saved.clone()],
        ..ScriptedDialogs::default()
    };
    let mut harness = harness(app_with(dialogs, Lang::En));
    rename_vaka(&mut harness);

    // Quit asks; Cancel keeps everything.
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Quit").click();
    harness.run();
    assert_eq!(
        harness.state().pending(),
        Some(&orgplan::app::AppAction::Quit)
    );
    harness.get_by_label("Unsaved changes");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.state().pending().is_none());
    assert_eq!(vaka_name(&harness), "Early childhood education and care");

    // Opening an example asks; Save writes the plan first, then the example opens.
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Examples").click();
    harness.run();
    harness.get_by_label("Kouvola 2023: reorganisation").click();
    harness.run();
    harness.get_by_label("Save").click();
    harness.run();
    let on_disk = orgplan::io::load_file(&saved).unwrap();
    let vaka = orgplan::model::NodeId::new("vaka").unwrap();
    assert_eq!(
        on_disk.baseline().node(&vaka).unwrap().name.en.as_deref(),
        Some("Early childhood education and care")
    );
    assert_eq!(vaka_name(&harness), "Early childhood education");
    assert!(!harness.state().unsaved());

    // Discard drops the change and goes on.
    rename_vaka(&mut harness);
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Examples").click();
    harness.run();
    harness.get_by_label("Kouvola 2023: reorganisation").click();
    harness.run();
    harness.get_by_label("Discard").click();
    harness.run();
    assert_eq!(vaka_name(&harness), "Early childhood education");
}

#[test]
fn the_window_close_button_asks_about_unsaved_changes() {
    let mut harness = harness(app_with(ScriptedDialogs::default(), Lang::En));
    rename_vaka(&mut harness);
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.run();
    assert_eq!(
        harness.state().pending(),
        Some(&orgplan::app::AppAction::Quit)
    );
    harness.get_by_label("Unsaved changes");
}

/// Renames Early childhood education, leaving the plan with an unsaved change.
fn rename_vaka(harness: &mut Harness<'static, OrgplanApp>) {
    harness.get_by_label("Early childhood education").click();
    harness.run();
    harness.get_by_label("Name (en)").click();
    harness.run();
    harness.key_press(egui::Key::End);
    harness.get_by_label("Name (en)").type_text(" and care");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert!(harness.state().unsaved());
}

fn vaka_name(harness: &Harness<'static, OrgplanApp>) -> String {
    harness
        .state()
        .scenario()
        .node(&orgplan::model::NodeId::new("vaka").unwrap())
        .unwrap()
        .name
        .en
        .clone()
        .unwrap()
}
