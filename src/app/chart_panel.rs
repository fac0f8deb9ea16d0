//! The chart's panel: the toolbar of zoom and what the boxes show, and the canvas under it.

use egui::Ui;

use super::actions::{AppAction, ViewCommand};
use super::settings::ExportPaper;
use super::{OrgplanApp, Printed, canvas};
use crate::i18n::{Lang, format_number, n, s, tr, tr_args};
use crate::model::{Command, Edit, NodeId, Scenario, ShowFields};

impl OrgplanApp {
    /// The chart's toolbar and the chart.
    pub(super) fn chart_ui(&mut self, ui: &mut Ui, actions: &mut Vec<AppAction>) {
        let lang = self.lang;
        ui.horizontal_wrapped(|ui| {
            ui.add_space(4.0);
            for (key, command) in [
                ("view-fit", ViewCommand::Fit),
                ("view-actual", ViewCommand::ActualSize),
                ("view-zoom-out", ViewCommand::ZoomOut),
                ("view-zoom-in", ViewCommand::ZoomIn),
                ("view-zoom-selection", ViewCommand::ZoomToSelection),
            ] {
                if ui.button(tr(lang, key)).clicked() {
                    actions.push(AppAction::View(command));
                }
            }
            let percent =
                crate::i18n::format_number((f64::from(self.canvas.zoom()) * 100.0).round(), lang);
            ui.label(tr_args(lang, "view-zoom", &[("percent", s(percent))]));
            ui.separator();
            if let Some(printed) = self.derived.as_ref().and_then(|d| d.printed) {
                // Kept on one line: the toolbar wraps it whole onto its next row.
                let said = printed_text(&printed, self.settings.export_paper, lang);
                ui.add(egui::Label::new(said).wrap_mode(egui::TextWrapMode::Extend))
                    .on_hover_text(
                        printed
                            .arrangement
                            .message(lang)
                            .unwrap_or_else(|| tr(lang, "view-printed-as-is")),
                    );
                ui.separator();
            }
            ui.menu_button(tr(lang, "view-show"), |ui| {
                show_fields_ui(ui, self.scenario(), lang, actions);
                ui.separator();
                let mut compact = self.settings.compact_leaves;
                if ui
                    .checkbox(&mut compact, tr(lang, "show-compact"))
                    .changed()
                {
                    actions.push(AppAction::SetCompactLeaves(compact));
                }
                let mut fit = self.settings.fit_to_paper;
                if ui
                    .checkbox(&mut fit, tr(lang, "show-fit-to-paper"))
                    .on_hover_text(tr(lang, "show-fit-to-paper-hint"))
                    .changed()
                {
                    actions.push(AppAction::SetFitToPaper(fit));
                }
            });
            ui.separator();
            let open = self.demand_open;
            if ui
                .add(egui::Button::new(tr(lang, "demand-toggle")).selected(open))
                .on_hover_text(tr(lang, "demand-toggle-hint"))
                .clicked()
            {
                actions.push(AppAction::ShowDemand(!open));
            }
        });
        let Some(derived) = self.derived.as_ref() else {
            return;
        };
        let scenario = self
            .plan
            .scenario(&self.scenario)
            .unwrap_or_else(|| self.plan.baseline());
        let selection: Vec<&NodeId> = self.selected.iter().chain(&self.also_selected).collect();
        let input = canvas::CanvasInput {
            plan: &self.plan,
            scenario,
            chart: &derived.chart,
            selection: &selection,
            lang,
            bold: self.fonts_ready,
            marks: None,
            levels: Some(&derived.levels),
            editable: true,
        };
        canvas::canvas_ui(ui, &input, &mut self.canvas, actions);
    }
}

/// How the chart prints on `paper`: "A4: one page, smallest text 7.1 pt" (rounded down, so
/// that it never reads larger than it prints).
#[must_use]
pub fn printed_text(printed: &Printed, paper: ExportPaper, lang: Lang) -> String {
    // A hair over the tenth below, so that 7 pt worked out as 6.9999995 still reads 7.
    let size = (f64::from(printed.smallest) * 10.0 + 1e-3).floor() / 10.0;
    tr_args(
        lang,
        "view-printed",
        &[
            ("paper", s(tr(lang, paper.label_key()))),
            ("pages", n(printed.pages)),
            ("size", s(format_number(size, lang))),
        ],
    )
}

/// What the scenario's boxes show: title, holder, FTE, cost, work tag, responsible body,
/// capacity (kept in its view).
fn show_fields_ui(ui: &mut Ui, scenario: &Scenario, lang: Lang, actions: &mut Vec<AppAction>) {
    let show = scenario.view.show;
    type Pick = fn(&mut ShowFields) -> &mut bool;
    let fields: [(&str, Pick); 7] = [
        ("show-title", |f| &mut f.title),
        ("show-holder", |f| &mut f.holder),
        ("show-fte", |f| &mut f.fte),
        ("show-cost", |f| &mut f.cost),
        ("show-work", |f| &mut f.work),
        ("show-body", |f| &mut f.body),
        ("show-capacity", |f| &mut f.capacity),
    ];
    for (key, field) in fields {
        let mut changed = show;
        let value = field(&mut changed);
        if ui.checkbox(value, tr(lang, key)).changed() {
            let label = tr_args(
                lang,
                "edit-show",
                &[
                    ("field", s(tr(lang, key))),
                    ("name", s(scenario.meta.name.show(lang))),
                ],
            );
            actions.push(AppAction::Edit {
                command: Command {
                    scenario: scenario.meta.id.clone(),
                    edit: Edit::SetShow(changed),
                },
                label,
            });
        }
    }
}
