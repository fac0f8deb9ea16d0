//! The plan's own details in the window: its name, currency and contact persons edited under
//! the scenario's, each change one step that undo and redo take back and forth.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use orgplan::app::OrgplanApp;
use orgplan::app::dialogs::ScriptedDialogs;
use orgplan::i18n::{Currency, Lang};

use super::{app_with, harness};

/// Types `text` at the end of the field labelled `label` and commits it with Enter.
fn type_into(harness: &mut Harness<'static, OrgplanApp>, label: &str, text: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
    harness.key_press(egui::Key::End);
    harness.get_by_label(label).type_text(text);
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
}

fn undo(harness: &mut Harness<'static, OrgplanApp>) {
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
}

fn redo(harness: &mut Harness<'static, OrgplanApp>) {
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
    harness.run();
}

#[test]
fn the_plans_name_and_currency_are_edited_in_the_window_and_undone_and_redone() {
    let mut harness = harness(app_with(ScriptedDialogs::default(), Lang::En));
    let name = |h: &Harness<'static, OrgplanApp>| h.state().plan().name.en.clone();
    let currency = |h: &Harness<'static, OrgplanApp>| h.state().plan().currency;
    let first = name(&harness).unwrap_or_default();
    let renamed = format!("{first} (draft)").trim().to_owned();

    type_into(&mut harness, "Plan name (en)", " (draft)");
    assert_eq!(name(&harness).as_deref(), Some(renamed.as_str()));
    assert_eq!(harness.state().undo_label(), Some("the plan's details"));
    assert!(harness.state().unsaved());

    type_into(&mut harness, "Currency", "sek");
    assert_eq!(currency(&harness), Some(Currency::SEK));

    // Not a currency: said under the field as it is typed, and not taken.
    harness.get_by_label("Currency").click();
    harness.run();
    harness.get_by_label("Currency").type_text("x");
    harness.run();
    harness.get_by_label_contains("three-letter code");
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(currency(&harness), Some(Currency::SEK));

    undo(&mut harness);
    assert_eq!(currency(&harness), None);
    assert_eq!(name(&harness).as_deref(), Some(renamed.as_str()));
    undo(&mut harness);
    assert_eq!(name(&harness).unwrap_or_default(), first);
    assert!(!harness.state().unsaved());
    redo(&mut harness);
    assert_eq!(name(&harness).as_deref(), Some(renamed.as_str()));
    redo(&mut harness);
    assert_eq!(currency(&harness), Some(Currency::SEK));
    // The field shows the plan's value again.
    assert_eq!(
        harness.get_by_label("Currency").value().as_deref(),
        Some("SEK")
    );
}

#[test]
fn a_contact_person_is_added_edited_and_removed_each_an_undoable_step() {
    let mut harness = harness(app_with(ScriptedDialogs::default(), Lang::En));
    let contacts = |h: &Harness<'static, OrgplanApp>| h.state().plan().contacts.clone();
    let before = contacts(&harness);
    let at = before.len() + 1;

    harness.get_by_label("Add a contact person").scroll_to_me();
    harness.run();
    harness.get_by_label("Add a contact person").click();
    harness.run();
    assert_eq!(contacts(&harness).len(), at);
    assert_eq!(
        contacts(&harness).last().map(|c| c.name.clone()).as_deref(),
        Some("New contact person")
    );

    // Its phone, typed into the last contact's field.
    harness
        .query_all_by_label("Phone")
        .last()
        .unwrap()
        .scroll_to_me();
    harness.run();
    harness.query_all_by_label("Phone").last().unwrap().click();
    harness.run();
    harness
        .query_all_by_label("Phone")
        .last()
        .unwrap()
        .type_text("040 123 4567");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(
        contacts(&harness)
            .last()
            .and_then(|c| c.phone.clone())
            .as_deref(),
        Some("040 123 4567")
    );

    harness
        .get_by_label(&format!("Remove contact person {at}"))
        .scroll_to_me();
    harness.run();
    harness
        .get_by_label(&format!("Remove contact person {at}"))
        .click();
    harness.run();
    assert_eq!(contacts(&harness), before);
    undo(&mut harness);
    assert_eq!(contacts(&harness).len(), at);
    undo(&mut harness);
    assert_eq!(contacts(&harness).last().unwrap().phone, None);
    undo(&mut harness);
    assert_eq!(contacts(&harness), before);
    redo(&mut harness);
    assert_eq!(contacts(&harness).len(), at);
}
