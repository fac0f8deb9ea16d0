//! The menu bar: File, Export, Edit, Language, Theme and Help.

use egui::Ui;

use super::actions::{AppAction, ExportKind};
use super::{OrgplanApp, settings, shortcuts};
use crate::examples::Example;
use crate::i18n::{Lang, s, tr, tr_args};

impl OrgplanApp {
    pub(super) fn menu_ui(&self, ui: &mut Ui, actions: &mut Vec<AppAction>) {
        let lang = self.lang;
        let item = |ui: &mut Ui, action: AppAction, actions: &mut Vec<AppAction>| {
            let label = action.label_key().map(|k| tr(lang, k)).unwrap_or_default();
            if ui.add(shortcut_button(ui, label, &action)).clicked() {
                actions.push(action);
                ui.close();
            }
        };
        ui.menu_button(tr(lang, "menu-file"), |ui| {
            item(ui, AppAction::NewPlan, actions);
            item(ui, AppAction::Open, actions);
            item(ui, AppAction::OpenPath, actions);
            if !self.settings.recent.is_empty() {
                ui.menu_button(tr(lang, "menu-recent"), |ui| {
                    for path in &self.settings.recent {
                        if ui.button(path.display().to_string()).clicked() {
                            actions.push(AppAction::OpenRecent(path.clone()));
                            ui.close();
                        }
                    }
                });
            }
            ui.separator();
            item(ui, AppAction::ReadStaffList(false), actions);
            item(ui, AppAction::ReadStaffList(true), actions);
            ui.menu_button(tr(lang, "menu-examples"), |ui| {
                for example in Example::ALL {
                    item(ui, AppAction::OpenExample(example), actions);
                }
            });
            ui.separator();
            item(ui, AppAction::Save, actions);
            item(ui, AppAction::SaveAs, actions);
            item(ui, AppAction::SaveAsPath, actions);
            ui.separator();
            item(ui, AppAction::Quit, actions);
        });
        // What goes to the committee: the chart on paper or screen, and with a comparison
        // open, its change list and the staff impact list.
        ui.menu_button(tr(lang, "menu-export"), |ui| {
            ui.horizontal(|ui| {
                ui.label(tr(lang, "menu-export-paper"));
                for paper in settings::ExportPaper::ALL {
                    let chosen = self.settings.export_paper == paper;
                    if ui
                        .selectable_label(chosen, tr(lang, paper.label_key()))
                        .clicked()
                    {
                        actions.push(AppAction::SetExportPaper(paper));
                    }
                }
            });
            let mut redact = self.settings.export_redact;
            if ui
                .checkbox(&mut redact, tr(lang, "menu-export-redact"))
                .changed()
            {
                actions.push(AppAction::SetExportRedact(redact));
            }
            for kind in [ExportKind::Pdf, ExportKind::Png, ExportKind::Svg] {
                item(ui, AppAction::Export(kind), actions);
            }
            item(ui, AppAction::SaveTable(true), actions);
            item(ui, AppAction::SaveTable(false), actions);
            ui.separator();
            let comparing = self.compare_from.is_some();
            let packs = crate::pack::PackFormat::ALL.map(AppAction::SavePack);
            for action in [AppAction::SaveChangeList, AppAction::SaveImpactList]
                .into_iter()
                .chain(packs)
            {
                let label = action.label_key().map(|k| tr(lang, k)).unwrap_or_default();
                let button = ui
                    .add_enabled(comparing, egui::Button::new(label))
                    .on_disabled_hover_text(tr(lang, "menu-export-compare-first"));
                if button.clicked() {
                    actions.push(action);
                    ui.close();
                }
            }
        });
        ui.menu_button(tr(lang, "menu-edit"), |ui| {
            for (undo, label) in [(true, self.undo_label()), (false, self.redo_label())] {
                let text = match (undo, label) {
                    (true, Some(l)) => tr_args(lang, "menu-undo-named", &[("edit", s(l))]),
                    (true, None) => tr(lang, "menu-undo"),
                    (false, Some(l)) => tr_args(lang, "menu-redo-named", &[("edit", s(l))]),
                    (false, None) => tr(lang, "menu-redo"),
                };
                let action = if undo {
                    AppAction::Undo
                } else {
                    AppAction::Redo
                };
                let button = shortcut_button(ui, text, &action);
                if ui.add_enabled(label.is_some(), button).clicked() {
                    actions.push(action);
                    ui.close();
                }
            }
        });
        ui.menu_button(tr(lang, "menu-language"), |ui| {
            for l in Lang::ALL {
                if ui.radio(lang == l, l.native_name()).clicked() {
                    actions.push(AppAction::SetLang(l));
                    ui.close();
                }
            }
        });
        ui.menu_button(tr(lang, "menu-theme"), |ui| {
            for theme in settings::Theme::ALL {
                if ui
                    .radio(self.settings.theme == theme, tr(lang, theme.label_key()))
                    .clicked()
                {
                    actions.push(AppAction::SetTheme(theme));
                    ui.close();
                }
            }
        });
        ui.menu_button(tr(lang, "menu-help"), |ui| {
            if ui.button(tr(lang, "menu-shortcuts")).clicked() {
                actions.push(AppAction::ShowShortcuts);
                ui.close();
            }
            if ui.button(tr(lang, "menu-about")).clicked() {
                actions.push(AppAction::ShowAbout);
                ui.close();
            }
        });
    }
}

/// A menu item that shows the keys that do the same, when there are any.
fn shortcut_button<'a>(ui: &Ui, text: String, action: &AppAction) -> egui::Button<'a> {
    let button = egui::Button::new(text);
    match shortcuts::shortcut_of(action) {
        Some(shortcut) => button.shortcut_text(ui.ctx().format_shortcut(&shortcut)),
        None => button,
    }
}
