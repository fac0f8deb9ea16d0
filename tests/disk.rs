//! The open file changes on disk (another planner saved it in the shared folder): the window
//! notices, and reloads, merges or keeps its own version; a save over it asks first.

use egui::Modifiers;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use orgplan::app::OrgplanApp;
use orgplan::app::dialogs::ScriptedDialogs;
use orgplan::examples::{Example, load};
use orgplan::i18n::Lang;
use orgplan::io::disk::{OnDisk, Stamp};
use orgplan::model::{Command, Edit, Field, NodeId, Plan, apply};

use crate::gui::app_with;

fn rename(plan: &mut Plan, node: &str, name: &str) {
    let command = Command {
        scenario: plan.baseline().meta.id.clone(),
        edit: Edit::Set {
            node: NodeId::new(node).unwrap(),
            field: Field::Name(Lang::En, Some(name.to_owned())),
        },
    };
    apply(plan, command).unwrap();
}

fn name(harness: &Harness<'static, OrgplanApp>, node: &str) -> String {
    harness
        .state()
        .plan()
        .baseline()
        .node(&NodeId::new(node).unwrap())
        .unwrap()
        .name
        .en
        .clone()
        .unwrap_or_default()
}

/// A window with the example opened from a file, "vaka" renamed in the window and "nuoriso"
/// renamed by another planner who saved the file since.
fn both_changed() -> (
    tempfile::TempDir,
    std::path::PathBuf,
    Harness<'static, OrgplanApp>,
) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plan.ron");
    orgplan::io::save_file(&load(Example::Kouvola).unwrap(), &file).unwrap();
    let dialogs = ScriptedDialogs {
        open: vec![file.clone()],
        ..ScriptedDialogs::default()
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(16)
        .build_ui_state(
            |ui, app: &mut OrgplanApp| app.ui(ui),
            app_with(dialogs, Lang::En),
        );
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::O);
    harness.run();
    harness.get_by_label("Early childhood education").click();
    harness.run();
    harness.get_by_label("Name (en)").click();
    harness.run();
    harness.key_press(egui::Key::End);
    harness.get_by_label("Name (en)").type_text(" (mine)");
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(name(&harness, "vaka"), "Early childhood education (mine)");

    let mut theirs = orgplan::io::load_file(&file).unwrap();
    rename(&mut theirs, "nuoriso", "Youth services (theirs)");
    orgplan::io::save_file(&theirs, &file).unwrap();
    // The window looks every two seconds; a step is a quarter of one.
    harness.run_steps(10);
    (dir, file, harness)
}

#[test]
fn a_file_changed_on_disk_is_noticed_and_merged_with_the_windows_version() {
    let (_dir, _file, mut harness) = both_changed();
    assert!(harness.state().disk_notice());
    harness.get_by_label("plan.ron changed on disk: another planner may have saved it.");
    harness.get_by_label("Merge both").click();
    harness.run();
    assert_eq!(name(&harness, "vaka"), "Early childhood education (mine)");
    assert_eq!(name(&harness, "nuoriso"), "Youth services (theirs)");
    assert!(harness.state().unsaved());
    assert!(!harness.state().disk_notice());
    assert!(harness.state().plan().conflicts.is_empty());
    // Undo takes the merge back as one step.
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(name(&harness, "nuoriso"), "Youth services");
    assert_eq!(name(&harness, "vaka"), "Early childhood education (mine)");
}

#[test]
fn reloading_takes_their_version_and_undo_brings_mine_back() {
    let (_dir, _file, mut harness) = both_changed();
    harness.get_by_label("Reload their version").click();
    harness.run();
    assert_eq!(name(&harness, "nuoriso"), "Youth services (theirs)");
    assert_eq!(name(&harness, "vaka"), "Early childhood education");
    assert!(
        !harness.state().unsaved(),
        "the plan is what the file holds"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(name(&harness, "vaka"), "Early childhood education (mine)");
}

#[test]
fn saving_over_a_file_that_changed_on_disk_asks_first() {
    let (_dir, file, mut harness) = both_changed();
    harness.get_by_label("Keep mine").click();
    harness.run();
    assert!(!harness.state().disk_notice());
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::S);
    harness.run();
    harness.get_by_label("The file changed on disk");
    harness.get_by_label("Cancel").click();
    harness.run();
    let on_disk = orgplan::io::load_file(&file).unwrap();
    let node = |plan: &Plan, id: &str| {
        plan.baseline()
            .node(&NodeId::new(id).unwrap())
            .unwrap()
            .name
            .en
            .clone()
            .unwrap()
    };
    assert_eq!(node(&on_disk, "nuoriso"), "Youth services (theirs)");

    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::S);
    harness.run();
    harness.get_by_label("Overwrite").click();
    harness.run();
    let on_disk = orgplan::io::load_file(&file).unwrap();
    assert_eq!(node(&on_disk, "vaka"), "Early childhood education (mine)");
    assert_eq!(node(&on_disk, "nuoriso"), "Youth services");
    assert!(!harness.state().unsaved());
}

#[test]
fn a_touched_file_with_the_same_content_is_not_a_change() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plan.ron");
    let plan = load(Example::Kouvola).unwrap();
    orgplan::io::save_file(&plan, &file).unwrap();
    let mut disk = OnDisk::new(Stamp::read(&file).unwrap(), plan.clone());
    assert!(!disk.poll(&file));
    // The same bytes written again (a newer time): not a change.
    let bytes = std::fs::read(&file).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(&file, &bytes).unwrap();
    assert!(!disk.poll(&file));
    assert!(disk.changed.is_none());
    // New content is, once.
    std::fs::write(&file, [bytes.as_slice(), b"\n"].concat()).unwrap();
    assert!(disk.poll(&file));
    assert!(!disk.poll(&file));
    assert!(disk.changed.is_some());
}

#[test]
fn the_file_named_at_start_is_watched_too() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plan.ron");
    let plan = load(Example::Kouvola).unwrap();
    orgplan::io::save_file(&plan, &file).unwrap();
    let app = OrgplanApp::new(
        plan.clone(),
        Some(file.clone()),
        Lang::En,
        Box::new(ScriptedDialogs::default()),
    );
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(16)
        .build_ui_state(|ui, app: &mut OrgplanApp| app.ui(ui), app);
    harness.run();
    let mut theirs = plan;
    rename(&mut theirs, "nuoriso", "Youth services (theirs)");
    orgplan::io::save_file(&theirs, &file).unwrap();
    harness.run_steps(10);
    assert!(harness.state().disk_notice());
    // Cancel in the question before overwriting keeps the notice.
    harness.get_by_label("Keep mine").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::S);
    harness.run();
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(
        orgplan::io::load_file(&file)
            .unwrap()
            .baseline()
            .node(&NodeId::new("nuoriso").unwrap())
            .unwrap()
            .name
            .en
            .as_deref(),
        Some("Youth services (theirs)")
    );
}
