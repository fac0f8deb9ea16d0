//! The responsible body in the window: typed in the inspector (undoable), shown in the boxes
//! when *Boxes show* asks for it.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use orgplan::app::OrgplanApp;
use orgplan::app::dialogs::ScriptedDialogs;
use orgplan::i18n::Lang;
use orgplan::model::NodeId;

use super::{app_with, harness};

const BODY: &str = "Kasvatus- ja opetuslautakunta";

fn body(harness: &Harness<'static, OrgplanApp>) -> Option<String> {
    let vaka = NodeId::new("vaka").unwrap();
    harness.state().scenario().node(&vaka).unwrap().body.clone()
}

/// The texts of the box of early childhood education, as the canvas lays it out.
fn box_text(harness: &mut Harness<'static, OrgplanApp>) -> String {
    crate::support::boxes::box_text(&harness.state_mut().chart().layout, "vaka")
}

#[test]
fn a_units_responsible_body_is_typed_undone_redone_and_shown_in_its_box() {
    let mut harness = harness(app_with(ScriptedDialogs::default(), Lang::En));
    harness.get_by_label("Early childhood education").click();
    harness.run();
    // The inspector scrolls: bring the field into view first, as a person would.
    harness.get_by_label("Responsible body").scroll_to_me();
    harness.run();
    harness.get_by_label("Responsible body").click();
    harness.run();
    harness.get_by_label("Responsible body").type_text(BODY);
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(body(&harness).as_deref(), Some(BODY));
    assert_eq!(
        harness.state().undo_label(),
        Some("edit Early childhood education")
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(body(&harness), None);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_eq!(body(&harness).as_deref(), Some(BODY));

    // Not in the box until the view asks for it.
    assert!(!box_text(&mut harness).contains("lautakunta"));
    harness.get_by_label("Boxes show").click();
    harness.run();
    harness.get_by_label("responsible body").click();
    harness.run();
    assert!(harness.state().scenario().view.show.body);
    let text = box_text(&mut harness);
    assert!(text.contains(BODY), "{text}");
    // The choice is an edit of the view, undone like any other.
    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(!harness.state().scenario().view.show.body);
    assert!(!box_text(&mut harness).contains("lautakunta"));
}

#[test]
fn a_post_is_not_offered_a_responsible_body() {
    let mut harness = harness(app_with(ScriptedDialogs::default(), Lang::En));
    harness.get_by_label("Early childhood education").click();
    harness.run();
    assert!(harness.query_by_label("Responsible body").is_some());
    // The head is named in the outline and in the unit's "Led by": the outline comes first.
    harness
        .query_all_by_label("Head of Early Childhood Education")
        .next()
        .unwrap()
        .click();
    harness.run();
    assert_eq!(
        harness.state().selected().map(NodeId::as_str),
        Some("vaka-paallikko")
    );
    assert!(harness.query_by_label("Responsible body").is_none());
}
