//! One frame of the window: the keys, the panels in their places, the questions over them,
//! and then the actions they asked for.

use egui::{RichText, Ui};

use super::actions::AppAction;
use super::{
    OrgplanApp, demand_panel, details, fonts, outline, participation, plan_editor, problems,
    scenario_editor, settings, shortcuts,
};
use crate::i18n::{tr, tr_args};

impl OrgplanApp {
    /// Draws the whole window and applies what the user asked for.
    pub fn ui(&mut self, ui: &mut Ui) {
        let mut actions = Vec::new();
        let lang = self.lang;
        let title = self.window_title();
        if !self.fonts_installed {
            fonts::install(ui.ctx());
            // Ctrl+0, Ctrl+plus and Ctrl+minus fit and zoom the chart, not the whole window.
            ui.ctx().options_mut(|o| o.zoom_with_keyboard = false);
            ui.ctx().set_theme(self.settings.theme.preference());
            self.fonts_installed = true;
        } else if !self.fonts_ready {
            self.fonts_ready = fonts::bold_ready(ui.ctx());
        }
        // Keys act before the panels are drawn, so that a field they focus takes the focus now.
        let typing = ui.ctx().memory(|m| m.focused().is_some()) || self.pending.is_some();
        let ctx = ui.ctx().clone();
        for action in shortcuts::pressed(&ctx, typing, self.selected.is_some()) {
            self.apply(action, &ctx);
        }
        if self.title_shown.as_ref() != Some(&title) {
            ui.ctx()
                .send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title_shown = Some(title);
        }

        egui::Panel::top("menu_bar").show(ui, |ui| {
            egui::MenuBar::new().ui(ui, |ui| self.menu_ui(ui, &mut actions));
        });
        egui::Panel::top("scenario_bar").show(ui, |ui| self.scenario_bar_ui(ui, &mut actions));
        if self.disk_notice() {
            egui::Panel::top("disk_notice").show(ui, |ui| self.disk_notice_ui(ui, &mut actions));
        }
        egui::Panel::bottom("status_bar").show(ui, |ui| self.status_ui(ui));

        let problem_count = self.derived().problems.len() + self.plan.conflicts.len();
        egui::Panel::bottom("problems")
            .resizable(true)
            .default_size(110.0)
            .show(ui, |ui| {
                let title = tr_args(
                    lang,
                    "panel-problems",
                    &[("count", crate::i18n::n(problem_count))],
                );
                ui.label(RichText::new(title).strong());
                let derived = self.derived.as_ref();
                let scenario = self.scenario();
                if let Some(derived) = derived {
                    problems::problems_ui(
                        ui,
                        &self.plan,
                        scenario,
                        &derived.problems,
                        lang,
                        &mut actions,
                    );
                }
            });
        let comparing = self
            .derived
            .as_ref()
            .is_some_and(|d| d.comparison.is_some());
        // The comparison takes the whole width: its charts need it, and its list is its own
        // inspector.
        if !comparing {
            egui::Panel::left("outline")
                .resizable(true)
                .default_size(300.0)
                .show(ui, |ui| {
                    ui.label(RichText::new(tr(lang, "panel-outline")).strong());
                    let selection = self.selection();
                    outline::outline_ui(
                        ui,
                        self.scenario(),
                        &selection,
                        lang,
                        self.focus_search,
                        &mut actions,
                    );
                });
            egui::Panel::right("inspector")
                .resizable(true)
                .default_size(330.0)
                .show(ui, |ui| self.details_panel(ui, &mut actions));
            if self.demand_open {
                // Under the chart, between the outline and the inspector.
                egui::Panel::bottom("demand")
                    .resizable(true)
                    .default_size(260.0)
                    .show(ui, |ui| self.demand_panel(ui, &mut actions));
            }
        }
        if comparing {
            egui::CentralPanel::default().show(ui, |ui| self.comparison_ui(ui, &mut actions));
        } else {
            // No margin round the chart, but the toolbar above it sits on the panel's colour.
            let fill = ui.visuals().panel_fill;
            egui::CentralPanel::default()
                .frame(egui::Frame::NONE.fill(fill))
                .show(ui, |ui| self.chart_ui(ui, &mut actions));
        }
        self.focus_rename = false;
        self.focus_search = false;
        self.prompt_ui(&ctx);
        if self.shortcuts_open {
            shortcuts::shortcuts_ui(&ctx, lang, &mut self.shortcuts_open);
        }
        if self.about_open {
            self.about_ui(&ctx);
        }
        // The window's own close button asks too.
        if ctx.input(|i| i.viewport().close_requested()) && self.unsaved() && !self.close_confirmed
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.pending = Some(AppAction::Quit);
        }
        self.staff_ui(&ctx, &mut actions);
        self.unsaved_question(&ctx);
        self.recovery_ui(&ctx);
        self.overwrite_ui(&ctx, &mut actions);
        if ctx.input(|i| i.viewport().close_requested()) && !self.unsaved() {
            self.clear_recovery();
        }
        self.delete_scenario_ui(&ctx, &mut actions);

        for action in actions {
            self.apply(action, &ctx);
        }
        let now = ctx.input(|i| i.time);
        self.autosave(now);
        self.poll_disk(now);
        if self.disk.is_some() {
            ctx.request_repaint_after(std::time::Duration::from_secs(2));
        }
        if self.unsaved() && self.recovery.is_some() {
            // Come back within the minute even when the user does nothing.
            ctx.request_repaint_after(std::time::Duration::from_secs(61));
        }
    }

    fn details_panel(&self, ui: &mut Ui, actions: &mut Vec<AppAction>) {
        let lang = self.lang;
        {
            let scenario = self.scenario();
            let node = self.selected.as_ref().and_then(|id| scenario.node(id));
            match (node, self.derived.as_ref()) {
                (Some(node), Some(derived)) => {
                    ui.label(RichText::new(tr(lang, "panel-details")).strong());
                    let view = details::DetailsView {
                        plan: &self.plan,
                        scenario,
                        line: &derived.line,
                        focus_rename: self.focus_rename,
                        problems: &derived.problems,
                    };
                    details::details_ui(ui, &view, node, lang, actions);
                }
                _ => {
                    ui.label(RichText::new(tr(lang, "panel-scenario")).strong());
                    egui::ScrollArea::vertical()
                        .id_salt("scenario_scroll")
                        .show(ui, |ui| {
                            scenario_editor::scenario_editor_ui(
                                ui, &self.plan, scenario, lang, actions,
                            );
                            participation::participation_ui(ui, &scenario.meta, lang, actions);
                            plan_editor::plan_editor_ui(ui, &self.plan, lang, actions);
                            ui.add_space(8.0);
                            ui.label(RichText::new(tr(lang, "details-none")).weak());
                        });
                }
            }
        }
    }

    fn demand_panel(&self, ui: &mut Ui, actions: &mut Vec<AppAction>) {
        let Some(derived) = self.derived.as_ref() else {
            return;
        };
        let scenario = self.scenario();
        let demand = derived
            .demand
            .get_or_init(|| demand_panel::scenario_demand(&self.plan, scenario));
        let view = demand_panel::DemandView {
            plan: &self.plan,
            scenario,
            demand,
            lang: self.lang,
        };
        demand_panel::demand_ui(ui, &view, actions);
    }

    fn status_ui(&self, ui: &mut Ui) {
        let text = match &self.status {
            Some(message) if message.is_error => {
                RichText::new(&message.text).color(ui.visuals().error_fg_color)
            }
            Some(message) => RichText::new(&message.text),
            None => RichText::new(""),
        };
        ui.add(egui::Label::new(text).wrap());
    }
}

impl eframe::App for OrgplanApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        OrgplanApp::ui(self, ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        storage.set_string(settings::KEY, self.settings.to_ron());
    }
}
