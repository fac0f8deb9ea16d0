//! The staff list step in the window (issue 27): the columns as guessed, one changed, the
//! rows previewed with what becomes of each, a capacity column added, the import; then next
//! month's list as an update, its changes listed first, applied as one step that undo takes
//! back. A workbook's list is found past a sheet of instructions and another sheet chosen; a
//! large list is read with a progress bar and built again on its own thread.

use std::time::{Duration, Instant};

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use orgplan::app::dialogs::ScriptedDialogs;
use orgplan::i18n::Lang;
use orgplan::model::NodeId;
use orgplan::staff::Target;

use super::{app_with, harness};

type Gui = egui_kittest::Harness<'static, orgplan::app::OrgplanApp>;

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
    // Every row previewed with what becomes of it: four posts in the school, the planner
    // without a unit to be placed.
    assert_eq!(
        harness.query_all_by_label("a post in Kolhon koulu").count(),
        4
    );
    harness.get_by_label("a post to be placed (its unit is unknown)");
    harness.get_by_label("Only rows with problems").click();
    harness.run();
    assert_eq!(
        harness.query_all_by_label("a post in Kolhon koulu").count(),
        0
    );
    harness.get_by_label("a post to be placed (its unit is unknown)");
    harness.get_by_label("All rows").click();
    harness.run();
    // The unit column changed to none: every post waits to be placed.
    let unit = || (Role::ComboBox, "Unit (a path A / B / C)");
    harness.get_by_role_and_label(unit().0, unit().1).click();
    harness.run();
    harness.get_by_label("— none —").click();
    harness.run();
    harness.get_by_label("8 posts in 0 units; 8 to be placed; 0 rows cannot be read.");
    assert_eq!(
        harness
            .query_all_by_label("a post to be placed (its unit is unknown)")
            .count(),
        8
    );
    harness.get_by_role_and_label(unit().0, unit().1).click();
    harness.run();
    harness.get_by_label("Yksikkö").click();
    harness.run();
    // The cost centre read as a capacity measure too, under a key made of its header.
    let column = || (Role::ComboBox, "New measure from the column");
    harness
        .get_by_role_and_label(column().0, column().1)
        .click();
    harness.run();
    harness
        .get_all_by_label("Kustannuspaikka")
        .last()
        .unwrap()
        .click_accesskit();
    harness.run();
    harness.get_by_label("Read as a measure").click_accesskit();
    harness.run();
    harness.get_by_label("kustannuspaikka from Kustannuspaikka");
    harness.get_by_label("Import").click();
    harness.run();
    assert!(harness.state().staff_step().is_none());
    let plan = harness.state().plan().clone();
    assert!(plan.baseline().contains(&id("1110")));
    let school = plan.baseline().node(&id("1110")).unwrap();
    assert_eq!(school.capacity.get("kustannuspaikka"), Some(&4110.0));
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

/// A workbook of three sheets: instructions first, then the list, then a list of two rows more.
fn workbook_with_instructions(path: &std::path::Path) {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let help = workbook.add_worksheet();
    help.set_name("Ohjeet").unwrap();
    help.write_string(0, 0, "Täytä henkilöstö-välilehti")
        .unwrap();
    help.write_string(1, 0, "Päivitetty").unwrap();
    help.write_string(1, 1, "1.1.2026").unwrap();
    let header = ["Vakanssinumero", "Tehtävänimike", "Yksikkö", "Esihenkilö"];
    let lists: [(&str, &[[&str; 4]]); 2] = [
        (
            "Henkilöstö",
            &[
                ["1", "rehtori", "Koulu", ""],
                ["2", "opettaja", "Koulu", "1"],
                ["3", "opettaja", "Koulu", "1"],
            ],
        ),
        (
            "Lisät",
            &[
                ["9", "kuraattori", "Oppilashuolto", ""],
                ["10", "psykologi", "Oppilashuolto", "9"],
            ],
        ),
    ];
    for (name, rows) in lists {
        let sheet = workbook.add_worksheet();
        sheet.set_name(name).unwrap();
        for (c, h) in header.iter().enumerate() {
            sheet.write_string(0, c as u16, *h).unwrap();
        }
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                sheet.write_string(r as u32 + 1, c as u16, *cell).unwrap();
            }
        }
    }
    workbook.save(path).unwrap();
}

#[test]
fn a_workbook_opens_at_its_list_past_the_instructions_and_another_sheet_can_be_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("henkilosto.xlsx");
    workbook_with_instructions(&path);
    let dialogs = ScriptedDialogs {
        open: vec![path],
        save: vec![],
    };
    let mut harness = harness(app_with(dialogs, Lang::En));
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Import staff list…").click();
    harness.run();
    let sheet = harness.state().staff_step().unwrap().source.sheet.clone();
    assert_eq!(sheet.as_deref(), Some("Henkilöstö"));
    harness.get_by_label("3 posts in 0 units; 0 to be placed; 0 rows cannot be read.");
    harness
        .get_by_role_and_label(Role::ComboBox, "Sheet")
        .click();
    harness.run();
    harness.get_by_label("Lisät").click();
    harness.run();
    let sheet = harness.state().staff_step().unwrap().source.sheet.clone();
    assert_eq!(sheet.as_deref(), Some("Lisät"));
    harness.get_by_label("2 posts in 0 units; 0 to be placed; 0 rows cannot be read.");
    harness.get_by_label("Lisät!2");
}

/// Steps the window until `done` holds, for at most a minute of work on the other thread.
fn step_until(harness: &mut Gui, done: impl Fn(&Gui) -> bool) {
    let start = Instant::now();
    while !done(harness) {
        assert!(start.elapsed() < Duration::from_secs(60), "still working");
        std::thread::sleep(Duration::from_millis(20));
        harness.step();
    }
    harness.run();
}

#[test]
fn a_large_list_is_read_with_a_progress_bar_and_built_again_on_its_own_thread() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("suuri.csv");
    let mut text = String::from("Vakanssinumero;Tehtävänimike;Yksikkö;Esihenkilö;Työaika-%\n");
    let rows = 8_000;
    for i in 1..=rows {
        let supervisor = if i == 1 {
            String::new()
        } else {
            (i / 10).max(1).to_string()
        };
        text.push_str(&format!(
            "{i};varhaiskasvatuksen opettaja;Varhaiskasvatus / Päiväkoti {};{supervisor};100\n",
            i % 40
        ));
    }
    assert!(text.len() as u64 >= orgplan::staff::LARGE_FILE);
    std::fs::write(&path, text).unwrap();
    let dialogs = ScriptedDialogs {
        open: vec![path],
        save: vec![],
    };
    let mut harness = harness(app_with(dialogs, Lang::En));
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Import staff list…").click();
    // The frame that chose the file starts the reading: the step waits for it.
    harness.step();
    assert!(harness.state().staff_reading().is_some());
    assert!(harness.state().staff_step().is_none());
    step_until(&mut harness, |h| h.state().staff_step().is_some());
    harness.get_by_label("8000 posts in 40 units; 0 to be placed; 0 rows cannot be read.");
    // A changed column builds the list again on the other thread; importing waits for it.
    let unit = || (Role::ComboBox, "Unit (a path A / B / C)");
    harness.get_by_role_and_label(unit().0, unit().1).click();
    harness.run();
    harness.get_by_label("— none —").click();
    harness.step();
    assert!(harness.state().staff_step().unwrap().building());
    assert!(!harness.state().staff_step().unwrap().ready());
    assert!(harness.state().staff_step().unwrap().result().is_none());
    step_until(&mut harness, |h| {
        h.state().staff_step().is_some_and(|s| !s.building())
    });
    harness.get_by_label("8000 posts in 0 units; 8000 to be placed; 0 rows cannot be read.");
    let before = harness.state().plan().clone();
    harness.get_by_label("Cancel").click_accesskit();
    harness.run();
    assert!(harness.state().staff_step().is_none());
    assert_eq!(harness.state().plan(), &before);
}
