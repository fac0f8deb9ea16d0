//! The comparison view: its direction, the marked chart and the charts side by side, the
//! change list's filters and clicks, and the figures table.

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use orgplan::app::OrgplanApp;
use orgplan::app::dialogs::ScriptedDialogs;
use orgplan::i18n::Lang;
use orgplan::model::NodeId;

use super::{app_with, harness};

const BASELINE: &str = "Current organisation (before 1 Oct 2023)";
const DECIDED: &str = "Decided organisation from 1 Oct 2023";
/// The decided organisation's button in the scenario bar (with its status).
const DECIDED_TAB: &str = "Decided organisation from 1 Oct 2023 (decided)";

/// Shows `shown` and compares it with `other`.
fn compare(harness: &mut Harness<'static, OrgplanApp>, shown: &str, other: &str) {
    if shown == DECIDED {
        harness.get_by_label(DECIDED_TAB).click();
        harness.run();
    }
    harness.get_by_label("Compare with").click();
    harness.run();
    // The picker's entry is the lowest of the labels (the scenario bar has the same words).
    let entry = harness
        .get_all_by_label(other)
        .max_by(|a, b| a.rect().top().total_cmp(&b.rect().top()))
        .unwrap();
    entry.click();
    harness.run();
    harness.run();
}

fn direction(harness: &mut Harness<'static, OrgplanApp>) -> (String, String) {
    let (a, b) = harness.state_mut().compare_direction().unwrap();
    (a.as_str().to_owned(), b.as_str().to_owned())
}

#[test]
fn the_comparison_reads_from_the_baseline_whichever_is_shown_and_swaps() {
    let mut harness = harness(app_with(ScriptedDialogs::default(), Lang::En));
    compare(&mut harness, BASELINE, DECIDED);
    assert_eq!(harness.state().compare_from().unwrap().as_str(), "decided");
    assert_eq!(
        direction(&mut harness),
        ("baseline".into(), "decided".into())
    );
    harness.get_by_label_contains("Changes from “Current organisation");
    harness.get_by_label("Swap direction").click();
    harness.run();
    assert_eq!(
        direction(&mut harness),
        ("decided".into(), "baseline".into())
    );
    harness.get_by_label_contains("Changes from “Decided organisation");
    // Choosing again starts from the earlier one.
    harness.get_by_label("Close the comparison").click();
    harness.run();
    compare(&mut harness, BASELINE, DECIDED);
    assert_eq!(
        direction(&mut harness),
        ("baseline".into(), "decided".into())
    );
}

/// The change list's button whose text contains `words`.
fn change(harness: &Harness<'static, OrgplanApp>, words: &str) -> bool {
    harness.query_all_by_label_contains(words).next().is_some()
}

#[test]
fn filtering_and_clicking_a_change_selects_its_node_in_both_charts() {
    let mut harness = harness(app_with(ScriptedDialogs::default(), Lang::En));
    compare(&mut harness, DECIDED, BASELINE);
    assert!(change(&harness, "Kind changes: Youth services"));
    assert!(change(&harness, "Added: "));
    // Only kind changes.
    harness.get_by_label("Type").click();
    harness.run();
    harness.get_by_label("Kind changed").click();
    harness.run();
    assert!(change(&harness, "Kind changes: Youth services"));
    assert!(
        !change(&harness, "Added: "),
        "the filter let an addition through"
    );
    harness.get_by_label_contains("changes shown");

    harness
        .get_by_label_contains("Kind changes: Youth services")
        .click();
    harness.run();
    harness.run();
    let nuoriso = NodeId::new("nuoriso").unwrap();
    assert_eq!(
        harness.state().compare_selection(),
        std::slice::from_ref(&nuoriso)
    );
    assert_eq!(harness.state().selected(), Some(&nuoriso));
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 800.0));
    let rects = harness.state_mut().compare_rects_of(&nuoriso);
    assert_eq!(rects.len(), 1);
    let shown = rects[0].unwrap();
    assert!(screen.contains_rect(shown), "{shown:?} is not in view");

    harness.get_by_label("Side by side").click();
    harness.run();
    harness.run();
    // Clicking the change again brings the node into view in both charts.
    harness
        .get_by_label_contains("Kind changes: Youth services")
        .click();
    harness.run();
    harness.run();
    let rects = harness.state_mut().compare_rects_of(&nuoriso);
    assert_eq!(rects.len(), 2);
    for rect in rects {
        let rect = rect.unwrap();
        assert!(screen.contains_rect(rect), "{rect:?} is not in view");
    }
}

#[test]
fn a_click_on_a_box_of_the_marked_chart_selects_it_there_and_in_the_details() {
    let mut harness = harness(app_with(ScriptedDialogs::default(), Lang::En));
    compare(&mut harness, DECIDED, BASELINE);
    let id = NodeId::new("ohjaus").unwrap();
    let rect = harness.state_mut().compare_rects_of(&id)[0].unwrap();
    harness.drag_at(rect.center());
    harness.drop_at(rect.center());
    harness.run();
    assert_eq!(
        harness.state().compare_selection(),
        std::slice::from_ref(&id)
    );
    assert_eq!(harness.state().selected(), Some(&id));
    // Nothing was edited by the click.
    assert!(!harness.state().unsaved());
}

#[test]
fn the_figures_table_sorts_opens_copies_and_saves() {
    let dir = tempfile::tempdir().unwrap();
    let (xlsx, csv) = (dir.path().join("figures.xlsx"), dir.path().join("f.csv"));
    let dialogs = ScriptedDialogs {
        open: vec![],
        save: vec![xlsx.clone(), csv.clone()],
    };
    let mut harness = harness(app_with(dialogs, Lang::En));
    compare(&mut harness, DECIDED, BASELINE);
    harness.get_by_label("Figures").click();
    harness.run();
    harness.get_by_label("Δ decided");
    harness.get_by_label("Copy as text").click();
    harness.run();
    let status = harness.state().status().unwrap().text.clone();
    assert!(status.contains("copied"), "{status}");

    // A unit opens to its figures.
    // Below the organisation's figures: scrolled to, as a person would.
    harness
        .get_by_label_contains("+ Early childhood education")
        .scroll_to_me();
    harness.run();
    harness
        .get_by_label_contains("+ Early childhood education")
        .click();
    harness.run();
    harness.get_by_label_contains("– Early childhood education");
    // Sorted by the later scenario's FTE, largest first: the units' order changes.
    let order = |harness: &Harness<'static, OrgplanApp>| {
        let mut units: Vec<(f32, String)> = harness
            .query_all_by_label_contains("+ ")
            .map(|n| {
                (
                    n.rect().top(),
                    n.accesskit_node().label().unwrap_or_default(),
                )
            })
            .collect();
        units.sort_by(|a, b| a.0.total_cmp(&b.0));
        units.into_iter().map(|(_, l)| l).collect::<Vec<_>>()
    };
    let before = order(&harness);
    harness.get_by_label("decided").click();
    harness.run();
    assert_ne!(order(&harness), before);

    harness.get_by_label("Save as xlsx…").click();
    harness.run();
    harness.get_by_label("Save as CSV…").click();
    harness.run();
    let bytes = std::fs::read(&xlsx).unwrap();
    assert!(bytes.starts_with(b"PK"), "not an xlsx");
    let text = std::fs::read_to_string(&csv).unwrap();
    let head = text.lines().next().unwrap();
    assert!(
        head.find("baseline").unwrap() < head.find("decided").unwrap(),
        "{head}"
    );
}

#[test]
fn the_saved_change_list_reads_in_the_comparisons_direction() {
    let dir = tempfile::tempdir().unwrap();
    let (forward, back) = (dir.path().join("a.md"), dir.path().join("b.md"));
    let dialogs = ScriptedDialogs {
        open: vec![],
        save: vec![forward.clone(), back.clone()],
    };
    let mut harness = harness(app_with(dialogs, Lang::En));
    // The baseline is shown: the list still reads from it to the decided organisation.
    compare(&mut harness, BASELINE, DECIDED);
    let label = "Save the change list (without personal data)…";
    harness.get_by_label(label).click();
    harness.run();
    harness.get_by_label("Swap direction").click();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
    let plan = orgplan::examples::load(orgplan::examples::Example::Kouvola)
        .unwrap()
        .redacted();
    let (a, b) = (
        plan.find_scenario("baseline").unwrap(),
        plan.find_scenario("decided").unwrap(),
    );
    let report = |x, y| {
        orgplan::compare::report::diff_report(
            &orgplan::compare::diff(x, y),
            &orgplan::compare::report::Sides::new(x, y),
            orgplan::compare::report::DiffFormat::Markdown,
            Lang::En,
        )
        .unwrap()
    };
    assert_eq!(std::fs::read_to_string(&forward).unwrap(), report(a, b));
    assert_eq!(std::fs::read_to_string(&back).unwrap(), report(b, a));
}

#[test]
fn the_export_menu_saves_the_committee_pack_of_the_comparison() {
    let dir = tempfile::tempdir().unwrap();
    let (open, public) = (dir.path().join("pack.html"), dir.path().join("public.html"));
    let printed = dir.path().join("pack.pdf");
    let word = dir.path().join("pack.docx");
    let dialogs = ScriptedDialogs {
        open: vec![],
        save: vec![open.clone(), public.clone(), printed.clone(), word.clone()],
    };
    let mut harness = harness(app_with(dialogs, Lang::En));
    let item = "Committee pack (HTML)…";
    // Without a comparison there is nothing to pack.
    harness.get_by_label("Export").click();
    harness.run();
    assert!(harness.get_by_label(item).accesskit_node().is_disabled());
    harness.key_press(egui::Key::Escape);
    harness.run();
    compare(&mut harness, BASELINE, DECIDED);
    for redact in [false, true] {
        harness.get_by_label("Export").click();
        harness.run();
        if redact {
            harness
                .get_by_label_contains("Leave out personal data")
                .click();
            harness.run();
            // The click on the box closes the menu.
            if harness.query_by_label(item).is_none() {
                harness.get_by_label("Export").click();
                harness.run();
            }
        }
        harness.get_by_label(item).click();
        harness.run();
    }
    let text = std::fs::read_to_string(&open).unwrap();
    assert!(text.contains("Kasvatus- ja opetuslautakunta"));
    assert!(text.contains("<h2>Changes</h2>"));
    assert!(text.contains("Vesa Toikka"));
    let text = std::fs::read_to_string(&public).unwrap();
    assert!(text.contains("<h2>Changes</h2>"));
    assert!(
        !text.contains("Vesa Toikka"),
        "personal data in the public pack"
    );
    let status = harness.state().status().unwrap().text.clone();
    assert!(status.contains("public.html"), "{status}");
    // The same pack, printable.
    harness.get_by_label("Export").click();
    harness.run();
    harness.get_by_label("Committee pack (PDF)…").click();
    harness.run();
    let bytes = std::fs::read(&printed).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc.extract_text(&pages).unwrap();
    assert!(text.contains("Changes"), "{text}");
    // Still without personal data, as the menu says.
    assert!(!text.contains("Toikka"), "personal data in the public pack");
    let status = harness.state().status().unwrap().text.clone();
    assert!(status.contains("pack.pdf"), "{status}");
    // And for the minutes, in Word.
    harness.get_by_label("Export").click();
    harness.run();
    harness.get_by_label("Committee pack (Word)…").click();
    harness.run();
    let bytes = std::fs::read(&word).unwrap();
    assert!(bytes.starts_with(b"PK"));
    assert!(docx_rs::read_docx(&bytes).is_ok());
}

#[test]
fn a_change_to_the_participation_record_is_listed_and_a_click_on_it_selects_nothing() {
    use orgplan::model::{Command, Date, Edit, EventKind, Participation, apply};

    let mut plan = orgplan::examples::load(orgplan::examples::Example::Kouvola).unwrap();
    let decided = NodeId::new("decided").unwrap();
    let mut meta = plan.scenario(&decided).unwrap().meta.clone();
    meta.participation.push(Participation {
        kind: EventKind::Workshop,
        date: Some(Date::parse("2024-03-12").unwrap()),
        participants: Some("Maija Meikäläinen".to_owned()),
        ..Participation::default()
    });
    let edit = Edit::SetMeta(Box::new(meta));
    apply(
        &mut plan,
        Command {
            scenario: decided,
            edit,
        },
    )
    .unwrap();
    let app = OrgplanApp::new(plan, None, Lang::En, Box::new(ScriptedDialogs::default()));
    // Tall enough that the list of other details is not scrolled.
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 2400.0))
        .with_max_steps(16)
        .build_ui_state(|ui, app: &mut OrgplanApp| app.ui(ui), app);
    harness.run();
    compare(&mut harness, DECIDED, BASELINE);
    harness.get_by_label("Type").click();
    harness.run();
    harness.get_by_label("Other details").click();
    harness.run();
    let line = "Participation: workshop of 12 Mar 2024 added.";
    assert!(change(&harness, line));
    assert!(!change(&harness, "Maija"));
    // A change about no node is never shown as the selected one.
    let selected = harness
        .get_by_label_contains(line)
        .accesskit_node()
        .is_selected();
    assert_ne!(selected, Some(true));
    let shown = harness.state().selected().cloned();
    harness.get_by_label_contains(line).click();
    harness.run();
    harness.run();
    assert_eq!(harness.state().compare_selection(), &[] as &[NodeId]);
    // The node shown in the details stays: the change has none to select instead.
    assert_eq!(harness.state().selected(), shown.as_ref());
}

#[test]
fn the_demand_tab_shows_the_school_a_closure_puts_over_capacity_and_selects_it() {
    let plan = orgplan::io::load_str(
        crate::capacity::SCHOOLS,
        std::path::Path::new("schools.ron"),
    )
    .unwrap();
    let app = OrgplanApp::new(plan, None, Lang::Sv, Box::new(ScriptedDialogs::default()));
    let mut harness = harness(app);
    harness.get_by_label("Jämför med").click();
    harness.run();
    let entry = harness
        .get_all_by_label("Södra skolan stängd")
        .max_by(|a, b| a.rect().top().total_cmp(&b.rect().top()))
        .unwrap();
    entry.click();
    harness.run();
    harness.get_by_label("Efterfrågan mot kapacitet").click();
    harness.run();
    // Before 260 of 300 places; after, with Södra skolan's 80 pupils, 340: marked in words.
    harness.get_by_label("260 / 300 (87 %)");
    harness.get_by_label("340 / 300 (113 %) !");
    harness.get_by_label_contains("Södra skolan stängd: Norra skolan, Elever 2025");
    // The table's row, in the panel at the right (the charts have the name too).
    let row = harness
        .get_all_by_label("Norra skolan")
        .max_by(|a, b| a.rect().left().total_cmp(&b.rect().left()))
        .unwrap();
    assert!(row.rect().left() > 700.0);
    row.click();
    harness.run();
    assert_eq!(
        harness
            .state()
            .compare_selection()
            .first()
            .map(NodeId::as_str),
        Some("norra")
    );
}
