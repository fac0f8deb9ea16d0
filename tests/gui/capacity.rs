//! Capacity in the window (issue 26): the boxes show a unit's capacity named by the plan's
//! measures when *Boxes show* asks for it, in the window and in the chart it exports.

use std::path::Path;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use orgplan::app::OrgplanApp;
use orgplan::app::dialogs::ScriptedDialogs;
use orgplan::i18n::Lang;
use orgplan::io::load_str;
use orgplan::model::NodeId;

use super::harness;

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

fn id(text: &str) -> NodeId {
    NodeId::new(text).unwrap()
}

fn undo(h: &mut Gui) {
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
}

/// The texts of a node's box, as the canvas lays it out.
fn box_text(h: &mut Gui, node: &str) -> String {
    let node = id(node);
    let chart = &h.state_mut().chart().layout;
    let b = chart.find(&node).unwrap();
    chart
        .lines_of(b)
        .iter()
        .map(|l| chart.text_of(l))
        .collect::<Vec<_>>()
        .join(" ")
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
