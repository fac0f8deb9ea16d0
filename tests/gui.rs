//! The window, driven as a person would: by labels, with `egui_kittest`, without a display.

#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

use std::path::PathBuf;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use orgplan::app::OrgplanApp;
use orgplan::app::dialogs::ScriptedDialogs;
use orgplan::examples::{self, Example};
use orgplan::i18n::Lang;

pub fn app_with(dialogs: ScriptedDialogs, lang: Lang) -> OrgplanApp {
    let plan = examples::load(Example::Kouvola).unwrap();
    OrgplanApp::new(plan, None, lang, Box::new(dialogs))
}

pub fn harness(app: OrgplanApp) -> Harness<'static, OrgplanApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(16)
        .build_ui_state(|ui, app: &mut OrgplanApp| app.ui(ui), app);
    harness.run();
    harness
}

#[test]
fn selecting_a_node_in_the_outline_shows_its_details() {
    let mut harness = harness(app_with(ScriptedDialogs::default(), Lang::En));
    harness.get_by_label("Early childhood education").click();
    harness.run();
    assert_eq!(
        harness.state().selected().map(|id| id.as_str()),
        Some("vaka")
    );
    // The head is shown (and can be changed) in the details panel.
    assert_eq!(
        harness.get_by_label("Led by").value().as_deref(),
        Some("Head of Early Childhood Education")
    );
}

#[test]
fn a_vacant_post_is_marked_in_words() {
    let harness = harness(app_with(ScriptedDialogs::default(), Lang::En));
    // The head of growth support is vacant in the baseline: a text mark, not colour alone.
    assert!(harness.query_by_label("(vacant)").is_some());
}

#[test]
fn switching_the_language_translates_the_window() {
    let mut harness = harness(app_with(ScriptedDialogs::default(), Lang::En));
    harness.get_by_label("Language").click();
    harness.run();
    harness.get_by_label("Suomi").click();
    harness.run();
    assert_eq!(harness.state().lang(), Lang::Fi);
    harness.get_by_label("Tiedosto");
    harness.get_by_label("Varhaiskasvatus");
    assert!(harness.query_by_label("File").is_none());
}

#[test]
fn switching_scenarios_shows_the_decided_organisation() {
    let mut harness = harness(app_with(ScriptedDialogs::default(), Lang::En));
    assert!(harness.query_by_label("Guidance and support").is_none());
    harness
        .get_by_label("Decided organisation from 1 Oct 2023 (decided)")
        .click();
    harness.run();
    assert_eq!(harness.state().scenario().meta.id.as_str(), "decided");
    harness.get_by_label("Guidance and support");
}

#[test]
fn clicking_a_problem_selects_its_node() {
    let mut harness = harness(app_with(ScriptedDialogs::default(), Lang::En));
    harness
        .get_by_label_contains("Growth support is headed by Head of Growth Support")
        .click();
    harness.run();
    assert_eq!(
        harness.state().selected().map(|id| id.as_str()),
        Some("kasvuntuki")
    );
}

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
fn the_export_menu_writes_a_tagged_pdf_of_the_shown_scenario() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("chart.pdf");
    let dialogs = ScriptedDialogs {
        open: vec![],
        save: vec![target.clone()],
    };
    let mut harness = harness(app_with(dialogs, Lang::En));
    harness.get_by_label("Export").click();
    harness.run();
    harness.get_by_label("Export chart as PDF…").click();
    harness.run();
    let status = harness.state().status().unwrap().clone();
    assert!(!status.is_error, "{}", status.text);
    let bytes = std::fs::read(&target).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
}

#[test]
fn the_export_follows_the_paper_and_the_redaction_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let (png, redacted, open) = (
        dir.path().join("chart.png"),
        dir.path().join("redacted.svg"),
        dir.path().join("open.svg"),
    );
    let dialogs = ScriptedDialogs {
        open: vec![],
        save: vec![png.clone(), redacted.clone(), open.clone()],
    };
    let mut harness = harness(app_with(dialogs, Lang::En));
    let plan = examples::load(Example::Kouvola).unwrap();
    harness.get_by_label("Export").click();
    harness.run();
    harness.get_by_label("A4").click();
    harness.run();
    harness.get_by_label("Export").click();
    harness.run();
    harness
        .get_by_label("Leave out personal data (for publishing)")
        .click();
    harness.run();
    assert_eq!(
        harness.state().settings().export_paper,
        orgplan::app::settings::ExportPaper::A4
    );
    assert!(harness.state().settings().export_redact);
    harness.get_by_label("Export").click();
    harness.run();
    harness.get_by_label("Export chart as PNG…").click();
    harness.run();
    let first = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|x| x == "png"))
        .unwrap();
    let page = resvg::tiny_skia::Pixmap::decode_png(&std::fs::read(first).unwrap()).unwrap();
    let mut size = [page.width(), page.height()];
    size.sort_unstable();
    assert_eq!(size, [1240, 1754], "an A4 page at 150 dpi");
    harness.get_by_label("Export").click();
    harness.run();
    harness.get_by_label("Export chart as SVG…").click();
    harness.run();
    let svg = std::fs::read_to_string(&redacted).unwrap();
    let personal = plan.personal_strings();
    for value in &personal {
        assert!(!svg.contains(value), "{value} in the redacted export");
    }
    // Unticked, the next export shows the holders again.
    harness.get_by_label("Export").click();
    harness.run();
    harness
        .get_by_label("Leave out personal data (for publishing)")
        .click();
    harness.run();
    assert!(!harness.state().settings().export_redact);
    harness.get_by_label("Export").click();
    harness.run();
    harness.get_by_label("Export chart as SVG…").click();
    harness.run();
    let svg = std::fs::read_to_string(&open).unwrap();
    assert!(
        personal.iter().any(|value| svg.contains(value)),
        "no holder in the export that keeps personal data"
    );
}

#[test]
fn the_export_lays_out_rows_of_posts_as_the_window_does() {
    let dir = tempfile::tempdir().unwrap();
    let (columns, rows) = (dir.path().join("columns.svg"), dir.path().join("rows.svg"));
    let mut csv = String::from("id,parent,kind,name\norg,,organisation,Org\nu,org,unit,Unit\n");
    for i in 0..12 {
        csv.push_str(&format!("p{i},u,position,Post {i}\n"));
    }
    let plan = orgplan::io::import_csv(
        csv.as_bytes(),
        std::path::Path::new("row.csv"),
        orgplan::model::Names::fi("row"),
    )
    .unwrap();
    let dialogs = ScriptedDialogs {
        open: vec![],
        save: vec![columns.clone(), rows.clone()],
    };
    let mut harness = harness(OrgplanApp::new(plan, None, Lang::En, Box::new(dialogs)));
    let export = |harness: &mut Harness<'static, OrgplanApp>| {
        harness.get_by_label("Export").click();
        harness.run();
        harness.get_by_label("Export chart as SVG…").click();
        harness.run();
    };
    export(&mut harness);
    harness.get_by_label("Boxes show").click();
    harness.run();
    harness
        .get_by_label("stack long rows of posts in columns")
        .click();
    harness.run();
    assert!(!harness.state().settings().compact_leaves);
    export(&mut harness);
    let size = |path: &std::path::Path| {
        let tree = orgplan::export::parse_svg(&std::fs::read_to_string(path).unwrap()).unwrap();
        (tree.size().width(), tree.size().height())
    };
    let (stacked, row) = (size(&columns), size(&rows));
    assert!(
        row.0 > stacked.0 && row.1 < stacked.1,
        "{stacked:?} then {row:?}"
    );
}

#[test]
fn comparing_scenarios_lists_the_changes_and_a_click_selects_the_node() {
    let mut harness = harness(app_with(ScriptedDialogs::default(), Lang::En));
    harness
        .get_by_label("Decided organisation from 1 Oct 2023 (decided)")
        .click();
    harness.run();
    harness.get_by_label("Compare with").click();
    harness.run();
    harness
        .get_by_label("Current organisation (before 1 Oct 2023)")
        .click();
    harness.run();
    assert_eq!(
        harness.state().compare_from().map(|id| id.as_str()),
        Some("baseline")
    );
    // The same sentences as `orgplan diff`, numbered the same way.
    let plan = examples::load(Example::Kouvola).unwrap();
    let (a, b) = (
        plan.find_scenario("baseline").unwrap(),
        plan.find_scenario("decided").unwrap(),
    );
    let report = orgplan::compare::report::diff_report(
        &orgplan::compare::diff(a, b),
        &orgplan::compare::report::Sides::new(a, b),
        orgplan::compare::report::DiffFormat::Text,
        Lang::En,
    );
    let line = report
        .lines()
        .find(|l| l.contains("Kind changes: Youth services"))
        .unwrap()
        .trim_start()
        .to_owned();
    harness.get_by_label(&line).click();
    harness.run();
    assert_eq!(
        harness.state().selected().map(|id| id.as_str()),
        Some("nuoriso")
    );
    harness.get_by_label("Close the comparison").click();
    harness.run();
    assert!(harness.state().compare_from().is_none());
    harness.get_by_label("Details");
}

#[test]
fn the_comparison_saves_its_change_list_and_its_impact_list() {
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("changes.md");
    let impact = dir.path().join("impact.xlsx");
    let dialogs = ScriptedDialogs {
        save: vec![list.clone(), impact.clone()],
        ..ScriptedDialogs::default()
    };
    let mut harness = harness(app_with(dialogs, Lang::Fi));
    harness
        .get_by_label("Päätetty organisaatio 1.10.2023 (päätetty)")
        .click();
    harness.run();
    harness.get_by_label("Vertaa").click();
    harness.run();
    harness.get_by_label("Nykytila (ennen 1.10.2023)").click();
    harness.run();
    harness
        .get_by_label("Tallenna muutosluettelo (ilman henkilötietoja)…")
        .click();
    harness.run();
    harness
        .get_by_label("Tallenna henkilöstövaikutukset (luottamuksellinen)…")
        .click();
    harness.run();

    // The change list is made of the redacted plan; the impact list names people.
    let plan = examples::load(Example::Kouvola).unwrap();
    let public = plan.redacted();
    let (pa, pb) = (
        public.find_scenario("baseline").unwrap(),
        public.find_scenario("decided").unwrap(),
    );
    let (a, b) = (
        plan.find_scenario("baseline").unwrap(),
        plan.find_scenario("decided").unwrap(),
    );
    let expected = orgplan::compare::report::diff_report(
        &orgplan::compare::diff(pa, pb),
        &orgplan::compare::report::Sides::new(pa, pb),
        orgplan::compare::report::DiffFormat::Markdown,
        Lang::Fi,
    );
    assert_eq!(std::fs::read_to_string(&list).unwrap(), expected);
    let rows = orgplan::compare::impact::impact(a, b);
    let xlsx = orgplan::compare::impact::impact_report(
        &rows,
        a,
        b,
        orgplan::compare::impact::ImpactFormat::Xlsx,
        Lang::Fi,
    )
    .unwrap();
    assert_eq!(std::fs::read(&impact).unwrap(), xlsx);
    assert!(!harness.state().status().unwrap().is_error);
}

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

#[test]
fn searching_finds_by_name_holder_or_id_and_enter_selects_and_reveals_the_hit() {
    let mut harness = harness(app_with(ScriptedDialogs::default(), Lang::En));
    // Deep in the tree and closed at first: the youth services coordinator.
    assert!(
        harness
            .query_by_label("Youth Services Coordinator")
            .is_none()
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    harness.run();
    harness.run();
    assert!(harness.get_by_label("Search").is_focused());
    harness.get_by_label("Search").type_text("koord");
    harness.run();
    harness.get_by_label("One match; Enter selects it.");
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(
        harness.state().selected().map(|id| id.as_str()),
        Some("nuoriso-koord")
    );
    // With the search cleared, the tree shows the hit: its parents were opened.
    harness.get_by_label("Search").click();
    harness.run();
    for _ in 0..5 {
        harness.key_press(egui::Key::Backspace);
    }
    harness.run();
    harness.key_press(egui::Key::Escape);
    harness.run();
    harness.get_by_label("Youth Services Coordinator");
}

#[test]
fn the_search_matches_names_titles_holders_and_ids_in_any_language() {
    let plan = examples::load(Example::Kouvola).unwrap();
    let ids = |query: &str| {
        orgplan::model::search::find_nodes(plan.baseline(), query)
            .iter()
            .map(|n| n.id.as_str().to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids("småbarn"), ["vaka", "vaka-paallikko"]);
    // Without the marks a keyboard may not have.
    assert_eq!(ids("smabarn"), ["vaka", "vaka-paallikko"]);
    assert_eq!(ids("VAXANDE"), ["kasvuntuki", "kt-paallikko", "kot"]);
    assert_eq!(ids("LINDSTEDT"), ["op-paallikko"]);
    assert_eq!(ids("kt-paal"), ["kt-paallikko"]);
    assert!(ids("  ").is_empty());
}

/// Every widget a person can operate has a name a screen reader can say: buttons their text,
/// fields and lists the label beside them.
#[test]
fn every_control_has_a_name_a_screen_reader_can_read() {
    use egui::accesskit::Role;
    use egui_kittest::kittest::NodeT as _;
    fn unnamed(harness: &Harness<'static, OrgplanApp>) -> Vec<String> {
        let operable = [
            Role::Button,
            Role::CheckBox,
            Role::ComboBox,
            Role::TextInput,
            Role::MultilineTextInput,
            Role::RadioButton,
            Role::Link,
            Role::Canvas,
            Role::DateInput,
            Role::SpinButton,
        ];
        let controls: Vec<_> = harness
            .root()
            .children_recursive()
            .filter(|node| operable.contains(&node.accesskit_node().role()))
            .collect();
        // Not a vacuous pass: the window has many controls.
        assert!(
            controls.len() > 15,
            "only {} controls found",
            controls.len()
        );
        controls
            .into_iter()
            .filter_map(|node| {
                let n = node.accesskit_node();
                let named = n.label().is_some_and(|l| !l.trim().is_empty());
                (!named).then(|| format!("{:?} (value {:?})", n.role(), n.value()))
            })
            .collect()
    }
    let mut harness = harness(app_with(ScriptedDialogs::default(), Lang::En));
    assert_eq!(
        unnamed(&harness),
        Vec::<String>::new(),
        "with nothing selected"
    );
    for node in [
        "Early childhood education",
        "Head of Early Childhood Education",
    ] {
        harness.get_by_label(node).click();
        harness.run();
        assert_eq!(
            unnamed(&harness),
            Vec::<String>::new(),
            "with {node} selected"
        );
    }
    harness
        .get_by_label("Decided organisation from 1 Oct 2023 (decided)")
        .click();
    harness.run();
    harness.get_by_label("Compare with").click();
    harness.run();
    harness
        .get_by_label("Current organisation (before 1 Oct 2023)")
        .click();
    harness.run();
    assert_eq!(unnamed(&harness), Vec::<String>::new(), "in the comparison");
}

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

#[test]
fn the_export_menu_saves_the_lists_only_while_comparing() {
    use egui_kittest::kittest::NodeT as _;
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("changes.md");
    let dialogs = ScriptedDialogs {
        save: vec![list.clone()],
        ..ScriptedDialogs::default()
    };
    let mut harness = harness(app_with(dialogs, Lang::En));
    let label = "Save the change list (without personal data)…";
    harness.get_by_label("Export").click();
    harness.run();
    assert!(harness.get_by_label(label).accesskit_node().is_disabled());
    harness.get_by_label(label).click();
    harness.run();
    assert!(!list.exists(), "saved without a comparison");
    harness.key_press(egui::Key::Escape);
    harness.run();

    harness
        .get_by_label("Decided organisation from 1 Oct 2023 (decided)")
        .click();
    harness.run();
    harness.get_by_label("Compare with").click();
    harness.run();
    harness
        .get_by_label("Current organisation (before 1 Oct 2023)")
        .click();
    harness.run();
    assert!(harness.state().compare_from().is_some());
    harness.get_by_label("Export").click();
    harness.run();
    // The comparison panel has the same button; the menu's is the one high up, under the bar.
    let item = harness
        .get_all_by_label(label)
        .min_by(|a, b| a.rect().top().total_cmp(&b.rect().top()))
        .unwrap();
    assert!(!item.accesskit_node().is_disabled());
    assert!(item.rect().top() < 200.0, "{:?}", item.rect());
    item.click();
    harness.run();
    let text = std::fs::read_to_string(&list).unwrap();
    assert!(text.starts_with('#'), "{text}");
}
