//! The plan's own details, under the shown scenario's when no node is selected: its name in
//! each language, the currency of its costs, whether it is a network of organisations, its
//! contact persons (add, edit, remove) and its capacity measures ([`super::plan_measures`]).
//! Every change is one [`Command::set_plan_details`], undone as one step; one the plan refuses
//! (a measure's key) is said in the status line and changes nothing.

use egui::{Grid, RichText, Ui};

use super::actions::AppAction;
use super::fields::{currency_field, text_field};
use crate::i18n::{Lang, n, s, tr, tr_args};
use crate::model::{Command, Contact, Plan, PlanDetails};

/// Draws the editor; a change pushes one [`AppAction::Edit`] of the plan's details.
pub fn plan_editor_ui(ui: &mut Ui, plan: &Plan, lang: Lang, actions: &mut Vec<AppAction>) {
    let details = plan.details();
    let salt = |what: &str| egui::Id::unique(("plan_details", what, lang.code()));
    let mut changed: Option<PlanDetails> = None;
    let mut change = |f: &mut dyn FnMut(&mut PlanDetails)| {
        let mut new = changed.take().unwrap_or_else(|| details.clone());
        f(&mut new);
        changed = Some(new);
    };
    ui.add_space(8.0);
    ui.label(RichText::new(tr(lang, "plan-details")).strong());
    Grid::new("plan_editor")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            for name_lang in Lang::ALL {
                let text = tr_args(lang, "plan-name", &[("lang", s(name_lang.code()))]);
                let label = ui.label(RichText::new(text).strong());
                let current = details.name.get(name_lang).unwrap_or_default();
                let field = text_field(ui, salt(name_lang.code()), current, false, 260.0);
                field.response.labelled_by(label.id);
                if let Some(text) = field.value {
                    change(&mut |d| {
                        d.name
                            .set(name_lang, Some(text.clone()).filter(|t| !t.is_empty()));
                    });
                }
                ui.end_row();
            }
            let label = ui.label(RichText::new(tr(lang, "plan-currency")).strong());
            ui.vertical(|ui| {
                let field = currency_field(ui, salt("currency"), details.currency, lang);
                field.response.labelled_by(label.id);
                if let Some(currency) = field.value {
                    change(&mut |d| d.currency = currency);
                }
                ui.label(RichText::new(tr(lang, "plan-currency-default")).weak());
            });
            ui.end_row();
        });
    let mut network = details.network;
    if ui
        .checkbox(&mut network, tr(lang, "plan-network"))
        .on_hover_text(tr(lang, "plan-network-hint"))
        .changed()
    {
        change(&mut |d| d.network = network);
    }
    for (at, contact) in details.contacts.iter().enumerate() {
        contact_ui(ui, at, contact, lang, &mut |edit| {
            change(&mut |d| match edit.clone() {
                Some(contact) => {
                    if let Some(slot) = d.contacts.get_mut(at) {
                        *slot = contact;
                    }
                }
                None if at < d.contacts.len() => {
                    d.contacts.remove(at);
                }
                None => {}
            });
        });
    }
    if ui.button(tr(lang, "plan-add-contact")).clicked() {
        change(&mut |d| {
            d.contacts.push(Contact {
                name: tr(lang, "plan-contact-new"),
                ..Contact::default()
            });
        });
    }
    if let Some(measures) = super::plan_measures::measures_ui(ui, &details.measures, lang) {
        change(&mut |d| d.measures = measures.clone());
    }
    if let Some(new) = changed {
        actions.push(AppAction::Edit {
            command: Command::set_plan_details(new),
            label: tr(lang, "edit-plan-details"),
        });
    }
}

/// One contact person's fields and its remove button; `changed` gets the edited contact, or
/// `None` when it is removed.
fn contact_ui(
    ui: &mut Ui,
    at: usize,
    contact: &Contact,
    lang: Lang,
    changed: &mut dyn FnMut(Option<Contact>),
) {
    let number = n(at + 1);
    let salt = |what: &str| egui::Id::unique(("plan_contact", at, what, lang.code()));
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let heading = tr_args(lang, "plan-contact", &[("at", number.clone())]);
        ui.label(RichText::new(heading).strong());
        let remove = tr_args(lang, "plan-remove-contact", &[("at", number.clone())]);
        if ui.button(remove).clicked() {
            changed(None);
        }
    });
    Grid::new(salt("grid"))
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            let title_label = tr_args(lang, "plan-contact-title", &[("lang", s(lang.code()))]);
            let rows: [(String, &str, Option<&str>); 4] = [
                (tr(lang, "plan-contact-name"), "name", Some(&contact.name)),
                (title_label, "title", contact.title.get(lang)),
                (
                    tr(lang, "plan-contact-phone"),
                    "phone",
                    contact.phone.as_deref(),
                ),
                (
                    tr(lang, "plan-contact-email"),
                    "email",
                    contact.email.as_deref(),
                ),
            ];
            for (text, what, current) in rows {
                let label = ui.label(RichText::new(text).strong());
                let field = text_field(ui, salt(what), current.unwrap_or_default(), false, 220.0);
                field.response.labelled_by(label.id);
                if let Some(value) = field.value {
                    let mut new = contact.clone();
                    let value = Some(value).filter(|v| !v.is_empty());
                    match what {
                        "name" => new.name = value.unwrap_or_default(),
                        "title" => {
                            new.title.set(lang, value);
                        }
                        "phone" => new.phone = value,
                        _ => new.email = value,
                    }
                    changed(Some(new));
                }
                ui.end_row();
            }
        });
}
