//! The staff list step in the window (issue 27): the columns as guessed, one changed, the
//! preview following it, the import; then next month's list as an update, its changes listed
//! first, applied as one step that undo takes back.

use egui_kittest::kittest::Queryable as _;
use orgplan::app::dialogs::ScriptedDialogs;
use orgplan::i18n::Lang;
use orgplan::model::NodeId;
use orgplan::staff::Target;

use super::{app_with, harness};

fn id(text: &str) -> NodeId {
    NodeId::new(text).unwrap()
}

#[test]
fn a_staff_list_is_mapped_previewed_imported_and_updated_with_undo() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("henkilosto.csv");
    let next = dir.path().join("henkilosto-2.csv");
    std::fs::write(&first, crate::staff_import::finnish_list()).unwrap();
    std::fs::write(&next, crate::staff_import::next_month()).unwrap();
    let dialogs = ScriptedDialogs {
        open: vec![first, next],
        save: vec![],
    };
    let mut harness = harness(app_with(dialogs, Lang::En));
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Import staff list…").click();
    harness.run();
    // The columns as guessed from the Finnish headers, and what they make.
    let step = harness.state().staff_step().unwrap();
    assert_eq!(step.mapping.columns[&Target::Holder], "Nimi");
    harness.get_by_label("8 posts in 3 units; 1 to be placed; 0 rows cannot be read.");
    // The unit column changed to none: every post waits to be placed.
    harness.get_by_label("Unit (a path A / B / C)").click();
    harness.run();
    harness.get_by_label("— none —").click();
    harness.run();
    harness.get_by_label("8 posts in 0 units; 8 to be placed; 0 rows cannot be read.");
    harness.get_by_label("Unit (a path A / B / C)").click();
    harness.run();
    harness.get_by_label("Yksikkö").click();
    harness.run();
    harness.get_by_label("Import").click();
    harness.run();
    assert!(harness.state().staff_step().is_none());
    let plan = harness.state().plan().clone();
    assert!(plan.baseline().contains(&id("1110")));
    assert!(
        !plan.baseline().contains(&id("kop")),
        "the example is replaced"
    );
    assert_eq!(
        harness.state().path(),
        None,
        "a new plan, not saved over the old file"
    );

    // Next month's list into the open plan: the changes first, then one undoable step.
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Update from staff list…").click();
    harness.run();
    harness.get_by_label_contains("Added: luokanopettaja");
    harness.get_by_label_contains("Removed: varhaiskasvatusjohtaja");
    harness.get_by_label("Apply the update").click_accesskit();
    harness.run();
    assert!(harness.state().plan().baseline().contains(&id("1114")));
    assert!(!harness.state().plan().baseline().contains(&id("1200")));
    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label_contains("Undo").click();
    harness.run();
    assert_eq!(harness.state().plan(), &plan);
}

#[test]
fn a_file_that_is_no_table_is_said_so_and_the_plan_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.csv");
    std::fs::write(&path, "\n\n").unwrap();
    let dialogs = ScriptedDialogs {
        open: vec![path],
        save: vec![],
    };
    let mut harness = harness(app_with(dialogs, Lang::En));
    let before = harness.state().plan().clone();
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Import staff list…").click();
    harness.run();
    let status = harness.state().status().unwrap();
    assert!(
        status.is_error && status.text.contains("no header row"),
        "{}",
        status.text
    );
    assert!(harness.state().staff_step().is_none());
    assert_eq!(harness.state().plan(), &before);
}

#[test]
fn opening_a_staff_list_shows_its_mapping_step_and_an_own_csv_opens_as_before() {
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("henkilosto.csv");
    std::fs::write(&list, crate::staff_import::finnish_list()).unwrap();
    let own = dir.path().join("own.csv");
    std::fs::write(&own, "id,parent,kind,name\norg,,organisation,Org\n").unwrap();
    let dialogs = ScriptedDialogs {
        open: vec![list, own],
        save: vec![],
    };
    let mut harness = harness(app_with(dialogs, Lang::En));
    for first in [true, false] {
        harness.get_by_label("File").click();
        harness.run();
        harness.get_by_label_contains("Open…").click();
        harness.run();
        assert_eq!(harness.state().staff_step().is_some(), first);
        if first {
            harness.get_by_label("Cancel").click_accesskit();
            harness.run();
            assert!(harness.state().staff_step().is_none());
            assert!(
                harness.state().plan().baseline().contains(&id("kop")),
                "kept"
            );
        }
    }
    assert!(harness.state().plan().baseline().contains(&id("org")));
}

#[test]
fn the_shown_scenario_is_saved_as_a_table_that_imports_back() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("kouvola.csv");
    let dialogs = ScriptedDialogs {
        open: vec![],
        save: vec![target.clone()],
    };
    let mut harness = harness(app_with(dialogs, Lang::Fi));
    harness.get_by_label("Vie").click();
    harness.run();
    harness.get_by_label("Skenaario taulukkona (CSV)…").click();
    harness.run();
    let bytes = std::fs::read(&target).unwrap();
    assert!(bytes.starts_with("\u{feff}id;parent;kind;name;".as_bytes()));
    let back = orgplan::io::import_csv(&bytes, &target, orgplan::model::Names::fi("k")).unwrap();
    assert_eq!(
        back.baseline().len(),
        harness.state().plan().baseline().len()
    );
}
