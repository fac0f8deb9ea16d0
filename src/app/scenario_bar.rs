//! The scenario bar: a tab for each scenario, a new copy of the shown one, and the scenario it
//! is compared with.

use egui::Ui;

use super::OrgplanApp;
use super::actions::AppAction;
use crate::i18n::{s, tr, tr_args};
use crate::model::compose;
use crate::model::words::scenario_status_text;

impl OrgplanApp {
    pub(super) fn scenario_bar_ui(&self, ui: &mut Ui, actions: &mut Vec<AppAction>) {
        let lang = self.lang;
        ui.horizontal_wrapped(|ui| {
            ui.label(tr(lang, "label-scenario"));
            let current = self.scenario();
            for scenario in self.plan.scenarios() {
                let chosen = scenario.meta.id == current.meta.id;
                let text = format!(
                    "{} ({})",
                    scenario.meta.name.show(lang),
                    scenario_status_text(scenario.meta.status, lang)
                );
                if ui.selectable_label(chosen, text).clicked() && !chosen {
                    actions.push(AppAction::ShowScenario(scenario.meta.id.clone()));
                }
            }
            if ui
                .button(tr(lang, "button-new-scenario"))
                .on_hover_text(tr(lang, "button-new-scenario-hint"))
                .clicked()
            {
                let command = compose::copy_scenario(&self.plan, current);
                let id = command.scenario.clone();
                let label = tr_args(
                    lang,
                    "edit-new-scenario",
                    &[("name", s(current.meta.name.show(lang)))],
                );
                actions.push(AppAction::Edit { command, label });
                actions.push(AppAction::ShowScenario(id));
            }
            ui.separator();
            let label = ui.label(tr(lang, "label-compare-with"));
            let none = tr(lang, "compare-none");
            let chosen = self
                .compare_from
                .as_ref()
                .and_then(|id| self.plan.scenario(id))
                .map_or_else(|| none.clone(), |s| s.meta.name.show(lang).to_owned());
            let picker = egui::ComboBox::from_id_salt("compare_picker")
                .selected_text(chosen)
                .width(220.0)
                .show_ui(ui, |ui| {
                    if ui
                        .selectable_label(self.compare_from.is_none(), none.clone())
                        .clicked()
                    {
                        actions.push(AppAction::CompareWith(None));
                    }
                    for scenario in self.plan.scenarios() {
                        if scenario.meta.id == current.meta.id {
                            continue;
                        }
                        let is_chosen = self.compare_from.as_ref() == Some(&scenario.meta.id);
                        let text = scenario.meta.name.show(lang).to_owned();
                        if ui.selectable_label(is_chosen, text).clicked() {
                            actions.push(AppAction::CompareWith(Some(scenario.meta.id.clone())));
                        }
                    }
                });
            picker.response.labelled_by(label.id);
        });
    }
}
