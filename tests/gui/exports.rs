//! What the window exports: the chart on the paper and with the redaction chosen, and while two
//! scenarios are compared, their change list and staff impact list.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use orgplan::app::OrgplanApp;
use orgplan::app::dialogs::ScriptedDialogs;
use orgplan::examples::{self, Example};
use orgplan::i18n::Lang;

use super::{app_with, harness};

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
    )
    .unwrap();
    let line = report
        .lines()
        .find(|l| l.contains("Kind changes: Youth services"))
        .unwrap()
        .trim_start()
        .to_owned();
    // The list is beside the chart: scrolled to, as a person would.
    harness.get_by_label(&line).scroll_to_me();
    harness.run();
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
    )
    .unwrap();
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
