//! Capacity, demand and the details a Swedish education office and a regional network type in
//! the window (issue 26): a capacity measure added and named in the plan editor, a unit's
//! capacity and demand forecast in the inspector, a unit's responsible body, a member found by
//! search and added to a group, the scenario's decision text; each edit undone and redone, the
//! plan checked after each. The demand view, which lists a unit over capacity; and the boxes,
//! which show a unit's capacity named by the plan's measures when *Boxes show* asks for it, in
//! the window and in the chart it exports.

use std::collections::BTreeMap;
use std::path::Path;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use orgplan::app::OrgplanApp;
use orgplan::app::dialogs::ScriptedDialogs;
use orgplan::i18n::Lang;
use orgplan::io::load_str;
use orgplan::model::{CommandError, Measure, NodeId, Relation, Role as MemberRole};

use super::{app_with, harness};

/// Two schools and a preschool, counted in pupils and departments (and a key the plan does not
/// list); the scenario closes the southern school and the northern takes its pupils over.
pub const SCHOOLS: &str = r#"(
    version: 1,
    name: (sv: "Skolnätet i Strandby"),
    currency: "SEK",
    measures: [
        (key: "elever", name: (sv: "Elever", fi: "Oppilaat", en: "Pupils"), unit: (sv: "elever", fi: "oppilasta", en: "pupils")),
        (key: "avdelningar", name: (sv: "Avdelningar", fi: "Osastot", en: "Departments")),
    ],
    scenarios: [
        (
            id: "baseline",
            name: (sv: "Nu"),
            nodes: [
                (id: "kontoret", kind: Organisation, name: (sv: "Utbildningskontoret")),
                (id: "chef", kind: Position, title: (sv: "Utbildningschef"), holder: "Eva Lund", part_of: "kontoret", heads: ["kontoret"], member_of: [(group: "grupp", role: Chair)]),
                (id: "norra", kind: Unit, name: (sv: "Norra skolan"), part_of: "kontoret", body: "Bildningsnämnden", capacity: {"elever": 300.0}, forecast: {"elever": {2025: 260.0, 2026: 270.0}}),
                (id: "norra-rektor", kind: Position, title: (sv: "Rektor för Norra skolan"), holder: "Anna Berg", part_of: "norra", heads: ["norra"]),
                (id: "sodra", kind: Unit, name: (sv: "Södra skolan"), part_of: "kontoret", body: "Bildningsnämnden", capacity: {"elever": 120.0}, forecast: {"elever": {2025: 80.0, 2026: 75.0}}),
                (id: "sodra-rektor", kind: Position, title: (sv: "Rektor för Södra skolan"), holder: "Olle Ek", part_of: "sodra", heads: ["sodra"]),
                (id: "solen", kind: Unit, name: (sv: "Förskolan Solen"), part_of: "kontoret", capacity: {"avdelningar": 6.0, "barn": 110.0}),
                (id: "grupp", kind: Group, name: (sv: "Arbetsgruppen för skolnätet")),
            ],
        ),
        (
            id: "stangd",
            name: (sv: "Södra skolan stängd"),
            nodes: [
                (id: "kontoret", kind: Organisation, name: (sv: "Utbildningskontoret")),
                (id: "chef", kind: Position, title: (sv: "Utbildningschef"), holder: "Eva Lund", part_of: "kontoret", heads: ["kontoret"], member_of: [(group: "grupp", role: Chair)]),
                (id: "norra", kind: Unit, name: (sv: "Norra skolan"), part_of: "kontoret", body: "Bildningsnämnden", capacity: {"elever": 300.0}, forecast: {"elever": {2025: 260.0, 2026: 270.0}}, replaces: ["sodra"]),
                (id: "norra-rektor", kind: Position, title: (sv: "Rektor för Norra skolan"), holder: "Anna Berg", part_of: "norra", heads: ["norra"]),
                (id: "solen", kind: Unit, name: (sv: "Förskolan Solen"), part_of: "kontoret", capacity: {"avdelningar": 6.0, "barn": 110.0}),
                (id: "grupp", kind: Group, name: (sv: "Arbetsgruppen för skolnätet")),
            ],
        ),
    ],
)
"#;

type Gui = Harness<'static, OrgplanApp>;

fn schools(lang: Lang) -> Gui {
    let plan = load_str(SCHOOLS, Path::new("schools.ron")).unwrap();
    harness(OrgplanApp::new(
        plan,
        None,
        lang,
        Box::new(ScriptedDialogs::default()),
    ))
}

fn id(text: &str) -> NodeId {
    NodeId::new(text).unwrap()
}

fn undo(h: &mut Gui) {
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
}

fn redo(h: &mut Gui) {
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run();
}

/// Brings the field named `label` into view and puts the keyboard in it.
fn focus(h: &mut Gui, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.get_by_label(label).click();
    h.run();
}

/// Replaces the text of the field named `label` with `text`; Enter commits it.
fn replace_text(h: &mut Gui, label: &str, text: &str) {
    focus(h, label);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
    h.key_press(Key::Enter);
    h.run();
}

fn select(h: &mut Gui, name: &str) {
    h.get_by_label(name).click();
    h.run();
}

#[test]
fn a_capacity_measure_is_added_named_and_a_bad_key_refused_each_undone_and_redone() {
    let mut h = harness(app_with(ScriptedDialogs::default(), Lang::En));
    let measures = |h: &Gui| h.state().plan().measures.clone();
    assert!(measures(&h).is_empty());

    replace_text(&mut h, "New measure's key", "pupils");
    assert_eq!(measures(&h), vec![Measure::new("pupils")]);
    assert_eq!(h.state().undo_label(), Some("the plan's details"));
    // The field is empty again, ready for the next.
    assert_eq!(
        h.get_by_label("New measure's key").value().as_deref(),
        Some("")
    );

    replace_text(&mut h, "Name of measure pupils (en)", "Pupils");
    replace_text(&mut h, "What measure pupils counts (en)", "pupils");
    let named = measures(&h);
    assert_eq!(named[0].name.en.as_deref(), Some("Pupils"));
    assert_eq!(named[0].unit.en.as_deref(), Some("pupils"));

    // Not a key: said under the field as it is typed, refused with the plan's reason, and
    // nothing changes.
    focus(&mut h, "New measure's key");
    h.get_by_label("New measure's key").type_text("two words");
    h.run();
    h.get_by_label_contains("A key is one word");
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(measures(&h), named);
    let status = h.state().status().unwrap();
    assert!(status.is_error);
    assert_eq!(
        status.text,
        CommandError::BadMeasureKey("two words".into()).message(Lang::En)
    );

    // The plan is a network: one more step.
    h.get_by_label("The plan is a network of organisations")
        .scroll_to_me();
    h.run();
    h.get_by_label("The plan is a network of organisations")
        .click();
    h.run();
    assert!(h.state().plan().network);

    undo(&mut h);
    assert!(!h.state().plan().network);
    assert_eq!(measures(&h), named);
    undo(&mut h);
    assert_eq!(measures(&h)[0].unit.en, None);
    undo(&mut h);
    assert_eq!(measures(&h), vec![Measure::new("pupils")]);
    undo(&mut h);
    assert!(measures(&h).is_empty());
    assert!(!h.state().unsaved());
    redo(&mut h);
    assert_eq!(measures(&h), vec![Measure::new("pupils")]);
    redo(&mut h);
    redo(&mut h);
    assert_eq!(measures(&h), named);
    redo(&mut h);
    assert!(h.state().plan().network);
    // The fields show the plan's values again.
    assert_eq!(
        h.get_by_label("Name of measure pupils (en)")
            .value()
            .as_deref(),
        Some("Pupils")
    );

    // Removed from the plan's list, as one more step.
    h.get_by_label("Remove measure pupils").scroll_to_me();
    h.run();
    h.get_by_label("Remove measure pupils").click();
    h.run();
    assert!(measures(&h).is_empty());
    undo(&mut h);
    assert_eq!(measures(&h), named);
}

#[test]
fn a_units_capacity_and_forecast_years_are_set_in_the_inspector_undone_and_redone() {
    let mut h = schools(Lang::En);
    let norra = id("norra");
    let capacity = |h: &Gui| h.state().scenario().node(&norra).unwrap().capacity.clone();
    let forecast = |h: &Gui| {
        h.state()
            .scenario()
            .node(&norra)
            .unwrap()
            .forecast
            .get("elever")
            .cloned()
            .unwrap_or_default()
    };
    let years = |pairs: &[(u16, f64)]| pairs.iter().copied().collect::<BTreeMap<u16, f64>>();
    select(&mut h, "Norra skolan");

    // Named by the plan's measures, with what they count; one row a measure of the plan.
    assert_eq!(
        h.get_by_label("Capacity, Pupils").value().as_deref(),
        Some("300")
    );
    assert_eq!(
        h.get_by_label("Capacity, Departments").value().as_deref(),
        Some("")
    );
    replace_text(&mut h, "Capacity, Pupils", "320");
    assert_eq!(capacity(&h).get("elever"), Some(&320.0));
    assert_eq!(h.state().undo_label(), Some("edit Norra skolan"));

    // A year is added after the last: the line offers 2027.
    assert_eq!(
        h.get_by_label("Year to add to the forecast of Pupils")
            .value()
            .as_deref(),
        Some("2027")
    );
    replace_text(&mut h, "Pupils, forecast for the year to add", "290");
    assert_eq!(
        forecast(&h),
        years(&[(2025, 260.0), (2026, 270.0), (2027, 290.0)])
    );
    // A year's figure edited, another cleared.
    replace_text(&mut h, "Pupils, forecast 2025", "265");
    h.get_by_label("Clear Pupils, forecast 2026").scroll_to_me();
    h.run();
    h.get_by_label("Clear Pupils, forecast 2026").click();
    h.run();
    assert_eq!(forecast(&h), years(&[(2025, 265.0), (2027, 290.0)]));
    // Or a year typed.
    replace_text(&mut h, "Year to add to the forecast of Pupils", "2030");
    replace_text(&mut h, "Pupils, forecast for the year to add", "300");
    assert_eq!(
        forecast(&h),
        years(&[(2025, 265.0), (2027, 290.0), (2030, 300.0)])
    );

    let before = years(&[(2025, 260.0), (2026, 270.0)]);
    undo(&mut h);
    assert_eq!(forecast(&h), years(&[(2025, 265.0), (2027, 290.0)]));
    undo(&mut h);
    assert_eq!(
        forecast(&h),
        years(&[(2025, 265.0), (2026, 270.0), (2027, 290.0)])
    );
    undo(&mut h);
    assert_eq!(
        forecast(&h),
        years(&[(2025, 260.0), (2026, 270.0), (2027, 290.0)])
    );
    undo(&mut h);
    assert_eq!(forecast(&h), before);
    assert_eq!(capacity(&h).get("elever"), Some(&320.0));
    undo(&mut h);
    assert_eq!(capacity(&h).get("elever"), Some(&300.0));
    assert!(!h.state().unsaved());
    for _ in 0..5 {
        redo(&mut h);
    }
    assert_eq!(capacity(&h).get("elever"), Some(&320.0));
    assert_eq!(
        forecast(&h),
        years(&[(2025, 265.0), (2027, 290.0), (2030, 300.0)])
    );
    // The field shows the plan's figure again.
    assert_eq!(
        h.get_by_label("Pupils, forecast 2030").value().as_deref(),
        Some("300")
    );
}

#[test]
fn a_figure_in_a_key_the_plan_does_not_list_is_shown_by_its_key() {
    let mut h = schools(Lang::Sv);
    select(&mut h, "Förskolan Solen");
    assert_eq!(
        h.get_by_label("Kapacitet, Avdelningar").value().as_deref(),
        Some("6")
    );
    assert_eq!(
        h.get_by_label("Kapacitet, barn").value().as_deref(),
        Some("110")
    );
}

#[test]
fn a_units_responsible_body_is_changed_undone_and_redone() {
    let mut h = schools(Lang::Sv);
    let norra = id("norra");
    let body = |h: &Gui| h.state().scenario().node(&norra).unwrap().body.clone();
    select(&mut h, "Norra skolan");
    replace_text(&mut h, "Ansvarig nämnd", "Barn- och utbildningsnämnden");
    assert_eq!(body(&h).as_deref(), Some("Barn- och utbildningsnämnden"));
    undo(&mut h);
    assert_eq!(body(&h).as_deref(), Some("Bildningsnämnden"));
    assert_eq!(
        h.get_by_label("Ansvarig nämnd").value().as_deref(),
        Some("Bildningsnämnden")
    );
    redo(&mut h);
    assert_eq!(body(&h).as_deref(), Some("Barn- och utbildningsnämnden"));
}

#[test]
fn a_member_is_found_by_search_and_added_to_a_group_undone_and_redone() {
    let mut h = schools(Lang::Sv);
    let grupp = id("grupp");
    let members = |h: &Gui| -> Vec<(String, MemberRole)> {
        h.state()
            .scenario()
            .edges_to(&grupp)
            .into_iter()
            .filter_map(|e| match e.relation {
                Relation::MemberOf(role) => Some((e.from.as_str().to_owned(), role)),
                _ => None,
            })
            .collect()
    };
    let chair = vec![("chef".to_owned(), MemberRole::Chair)];
    assert_eq!(members(&h), chair);
    select(&mut h, "Arbetsgruppen för skolnätet");
    // Found by the holder's name, not by scrolling every node.
    let field = || (Role::TextInput, "Medlemmar");
    h.get_by_role_and_label(field().0, field().1).scroll_to_me();
    h.run();
    h.get_by_role_and_label(field().0, field().1).click();
    h.run();
    h.get_by_role_and_label(field().0, field().1)
        .type_text("olle");
    h.run();
    // The one found, after the outline's line of the same post.
    let found = || {
        h.query_all_by_role_and_label(Role::Button, "Rektor för Södra skolan")
            .count()
    };
    assert_eq!(found(), 2);
    h.query_all_by_role_and_label(Role::Button, "Rektor för Södra skolan")
        .last()
        .unwrap()
        .click();
    h.run();
    let joined = vec![
        ("chef".to_owned(), MemberRole::Chair),
        ("sodra-rektor".to_owned(), MemberRole::Member),
    ];
    assert_eq!(members(&h), joined);
    undo(&mut h);
    assert_eq!(members(&h), chair);
    redo(&mut h);
    assert_eq!(members(&h), joined);
}

#[test]
fn the_scenarios_decision_text_and_proposal_are_edited_undone_and_redone() {
    let mut h = harness(app_with(ScriptedDialogs::default(), Lang::En));
    h.get_by_label("Decided organisation from 1 Oct 2023 (decided)")
        .click();
    h.run();
    let text = |h: &Gui| {
        h.state()
            .scenario()
            .meta
            .decision
            .as_ref()
            .and_then(|d| d.text.clone())
    };
    let first = text(&h);
    assert_eq!(first.as_deref(), Some("Lautakunta hyväksyi ehdotuksen."));
    let decided = "Lautakunta hyväksyi ehdotuksen yksimielisesti.";
    let field = (Role::MultilineTextInput, "Decision");
    h.get_by_role_and_label(field.0, field.1).scroll_to_me();
    h.run();
    h.get_by_role_and_label(field.0, field.1).click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_role_and_label(field.0, field.1).type_text(decided);
    h.run();
    // A long text takes Enter as a new line: leaving the field commits it.
    h.key_press(Key::Tab);
    h.run();
    assert_eq!(text(&h).as_deref(), Some(decided));
    assert_eq!(
        h.state().undo_label(),
        Some("details of Decided organisation from 1 Oct 2023")
    );
    // The proposal is there to read and edit too.
    let proposal = h
        .get_by_role_and_label(Role::MultilineTextInput, "Proposal")
        .value()
        .unwrap_or_default();
    assert!(proposal.starts_with("Kasvatuksen ja opetuksen palvelun"));

    undo(&mut h);
    assert_eq!(text(&h), first);
    assert_eq!(
        h.get_by_role_and_label(field.0, field.1).value().as_deref(),
        first.as_deref()
    );
    redo(&mut h);
    assert_eq!(text(&h).as_deref(), Some(decided));
}

#[test]
fn the_demand_view_lists_the_unit_over_capacity_in_a_scenario_that_closes_a_school() {
    let mut h = schools(Lang::En);
    h.get_by_label("Demand and capacity").click();
    h.run();
    assert!(h.state().demand_open());
    // Now: every school within its capacity.
    h.get_by_label("No unit's demand exceeds its capacity.");
    assert!(h.query_by_label_contains("! over capacity").is_none());

    h.get_by_label_contains("Södra skolan stängd").click();
    h.run();
    assert_eq!(h.state().scenario().meta.id.as_str(), "stangd");
    // The southern school's pupils count at the northern one, which takes them over.
    h.get_by_label("takes over Södra skolan");
    // Marked in words as well as in colour: "!" after the share used, and what "!" means.
    h.get_by_label("113 % !");
    h.get_by_label("115 % !");
    h.get_by_label_contains("! over capacity");
    h.get_by_label("! Norra skolan, Pupils 2025: demand 340, capacity 300 (40 over)");
    h.get_by_label("! Norra skolan, Pupils 2026: demand 345, capacity 300 (45 over)");
    assert!(
        h.query_by_label("No unit's demand exceeds its capacity.")
            .is_none()
    );

    // A unit in the table is selected by a click (the outline names it first).
    assert!(h.state().selected().is_none());
    h.query_all_by_role_and_label(Role::Button, "Norra skolan")
        .last()
        .unwrap()
        .click();
    h.run();
    assert_eq!(h.state().selected().map(NodeId::as_str), Some("norra"));
    // An edit shows at once: more room at the northern school.
    replace_text(&mut h, "Capacity, Pupils", "350");
    assert!(h.query_by_label_contains("! over capacity").is_none());
    h.get_by_label("97 %");
    h.get_by_label("No unit's demand exceeds its capacity.");

    h.get_by_label("Demand and capacity").click();
    h.run();
    assert!(!h.state().demand_open());
}

/// The texts of a node's box, as the canvas lays it out.
fn box_text(h: &mut Gui, node: &str) -> String {
    crate::support::boxes::box_text(&h.state_mut().chart().layout, node)
}

#[test]
fn boxes_show_capacity_named_by_the_plans_measures_in_the_window_and_the_exported_svg() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("chart.svg");
    let plan = load_str(SCHOOLS, Path::new("schools.ron")).unwrap();
    let dialogs = ScriptedDialogs {
        open: vec![],
        save: vec![target.clone()],
    };
    let mut h = harness(OrgplanApp::new(plan, None, Lang::Sv, Box::new(dialogs)));
    assert!(!box_text(&mut h, "norra").contains("Elever"));
    h.get_by_label("Rutorna visar").click();
    h.run();
    h.get_by_label("kapacitet").click();
    h.run();
    assert!(h.state().scenario().view.show.capacity);
    assert_eq!(h.state().undo_label(), Some("visa kapacitet i Nu"));
    // The plan's measures in its order, then a key it does not list, by the key.
    assert!(
        box_text(&mut h, "norra").ends_with("Elever 300"),
        "{}",
        box_text(&mut h, "norra")
    );
    let solen = box_text(&mut h, "solen");
    assert!(solen.ends_with("Avdelningar 6 · barn 110"), "{solen}");
    h.key_press(Key::Escape);
    h.run();

    h.get_by_label("Exportera").click();
    h.run();
    h.get_by_label("Exportera schemat som SVG…").click();
    h.run();
    let svg = std::fs::read_to_string(&target).unwrap();
    assert!(svg.contains(">Elever 300<"), "the SVG names the measure");
    assert!(svg.contains(">Avdelningar 6 · barn 110<"));

    // The choice is part of the scenario's view, undone like any edit.
    undo(&mut h);
    assert!(!h.state().scenario().view.show.capacity);
    assert!(!box_text(&mut h, "norra").contains("Elever"));
}
