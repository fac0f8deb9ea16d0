//! The shown scenario's own details, editable when no node is selected: its name, the day it
//! takes effect, its status, the decision (body, §, record number, presenter, meeting date,
//! proposal and the decision's text), rationale and notes; deleting it (after asking).

use egui::{Grid, RichText, Ui};

use super::actions::AppAction;
use super::fields::{PickText, date_field, optional_text_rows, text_field};
use crate::i18n::{Lang, s, tr, tr_args};
use crate::model::words::{network_members_text, scenario_status_text};
use crate::model::{Command, Decision, Edit, Plan, Scenario, ScenarioMeta, ScenarioStatus};

/// Draws the editor; every change is one [`AppAction::Edit`] of the scenario's meta.
pub fn scenario_editor_ui(
    ui: &mut Ui,
    plan: &Plan,
    scenario: &Scenario,
    lang: Lang,
    actions: &mut Vec<AppAction>,
) {
    let meta = &scenario.meta;
    ui.label(RichText::new(plan.name.show(lang)).weak());
    if let Some(members) = network_members_text(plan, scenario, lang) {
        let label = format!("{}: {members}", tr(lang, "network-members"));
        ui.label(RichText::new(label).weak());
    }
    ui.heading(meta.name.show(lang));
    ui.horizontal_wrapped(|ui| {
        let baseline = plan.baseline().meta.id == meta.id;
        if !baseline && ui.button(tr(lang, "button-delete-scenario")).clicked() {
            actions.push(AppAction::AskDeleteScenario(meta.id.clone()));
        }
    });
    let salt =
        |what: &str| egui::Id::unique(("scenario_meta", meta.id.as_str(), what, lang.code()));
    let mut changed: Option<ScenarioMeta> = None;
    let mut change = |f: &dyn Fn(&mut ScenarioMeta)| {
        let mut new = changed.clone().unwrap_or_else(|| meta.clone());
        f(&mut new);
        changed = Some(new);
    };
    Grid::new("scenario_editor")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            let label = ui.label(
                RichText::new(tr_args(lang, "label-rename", &[("lang", s(lang.code()))])).strong(),
            );
            let name = meta.name.get(lang).unwrap_or_default();
            let field = text_field(ui, salt("name"), name, false, 260.0);
            field.response.clone().labelled_by(label.id);
            if let Some(text) = field.value.filter(|t| !t.is_empty()) {
                change(&|m: &mut ScenarioMeta| {
                    m.name.set(lang, Some(text.clone()));
                });
            }
            ui.end_row();

            let label = ui.label(RichText::new(tr(lang, "field-effective")).strong());
            let field = date_field(ui, salt("effective"), meta.effective, lang);
            field.response.clone().labelled_by(label.id);
            if let Some(date) = field.value {
                change(&|m: &mut ScenarioMeta| m.effective = date);
            }
            ui.end_row();

            let label = ui.label(RichText::new(tr(lang, "field-status")).strong());
            let combo = egui::ComboBox::from_id_salt(salt("status"))
                .selected_text(scenario_status_text(meta.status, lang))
                .show_ui(ui, |ui| {
                    for status in ScenarioStatus::ALL {
                        let text = scenario_status_text(status, lang);
                        if ui.selectable_label(meta.status == status, text).clicked()
                            && meta.status != status
                        {
                            change(&|m: &mut ScenarioMeta| m.status = status);
                        }
                    }
                });
            combo.response.labelled_by(label.id);
            ui.end_row();

            let decision = meta.decision.clone().unwrap_or_default();
            let texts: [(&str, PickText<Decision>); 4] = [
                ("decision-body", |d| &mut d.body),
                ("decision-section", |d| &mut d.section),
                ("decision-record", |d| &mut d.record),
                ("decision-presenter", |d| &mut d.presenter),
            ];
            optional_text_rows(ui, salt, &decision, &texts, false, lang, |pick, text| {
                change(&|m: &mut ScenarioMeta| {
                    *pick(m.decision.get_or_insert_with(Decision::default)) = text.clone();
                });
            });
            let label = ui.label(RichText::new(tr(lang, "decision-date")).strong());
            let field = date_field(ui, salt("decision_date"), decision.date, lang);
            field.response.clone().labelled_by(label.id);
            if let Some(date) = field.value {
                change(&|m: &mut ScenarioMeta| {
                    m.decision.get_or_insert_with(Decision::default).date = date;
                });
            }
            ui.end_row();
            // What was proposed and what was decided, as the minutes word them.
            let said: [(&str, PickText<Decision>); 2] = [
                ("decision-proposal", |d| &mut d.proposal),
                ("decision-text", |d| &mut d.text),
            ];
            optional_text_rows(ui, salt, &decision, &said, true, lang, |pick, text| {
                change(&|m: &mut ScenarioMeta| {
                    *pick(m.decision.get_or_insert_with(Decision::default)) = text.clone();
                });
            });

            let long: [(&str, PickText<ScenarioMeta>); 2] = [
                ("field-rationale", |m| &mut m.rationale),
                ("field-notes", |m| &mut m.notes),
            ];
            optional_text_rows(ui, salt, meta, &long, true, lang, |pick, text| {
                change(&|m: &mut ScenarioMeta| *pick(m) = text.clone());
            });
        });
    if let Some(mut new) = changed {
        // A decision with nothing in it is no decision.
        if new.decision.as_ref() == Some(&Decision::default()) {
            new.decision = None;
        }
        actions.push(AppAction::Edit {
            command: Command {
                scenario: meta.id.clone(),
                edit: Edit::SetMeta(Box::new(new)),
            },
            label: tr_args(
                lang,
                "edit-scenario-meta",
                &[("name", s(meta.name.show(lang)))],
            ),
        });
    }
}
