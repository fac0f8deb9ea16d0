//! The window, driven as a person would: by labels, with `egui_kittest`, without a display.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use orgplan::app::OrgplanApp;
use orgplan::app::dialogs::ScriptedDialogs;
use orgplan::examples::{self, Example};
use orgplan::i18n::Lang;

mod body;
mod capacity;
mod compare;
mod conflicts;
mod edits;
mod exports;
mod files;
mod plan_details;
mod staff;

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
