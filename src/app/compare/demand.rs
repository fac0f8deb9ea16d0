//! Demand against capacity in the comparison: a row for each unit, measure and year with both
//! scenarios' demand, capacity and utilisation, a unit the later scenario puts over capacity
//! marked with "!" and the warning colour; a click on a row selects the unit in the charts.
//! Under the table, the later scenario's units over capacity and unplaced demand in words.

use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

use super::{CompareView, Comparison};
use crate::app::AppAction;
use crate::compare::demand_report::demand_head;
use crate::i18n::{Lang, tr};
use crate::model::Scenario;

const ROW_HEIGHT: f32 = 20.0;

/// The table and the lines under it.
pub(super) fn demand_ui(
    ui: &mut Ui,
    comparison: &Comparison,
    [earlier, later]: [&Scenario; 2],
    view: &CompareView,
    lang: Lang,
    actions: &mut Vec<AppAction>,
) {
    ui.label(RichText::new(tr(lang, "demand-caption")).weak());
    let over_height = (comparison.over.len().max(1) as f32 + 2.0) * ROW_HEIGHT;
    egui::Panel::bottom("demand_over")
        .resizable(true)
        .default_size(over_height.min(200.0))
        .show(ui, |ui| {
            ui.strong(tr(lang, "demand-over-title"));
            egui::ScrollArea::vertical().show(ui, |ui| {
                if comparison.over.is_empty() {
                    ui.label(tr(lang, "demand-none-over"));
                }
                for line in &comparison.over {
                    ui.label(RichText::new(line).color(ui.visuals().warn_fg_color));
                }
            });
        });
    let warn = ui.visuals().warn_fg_color;
    let [unit, measure, year] = demand_head(lang);
    let names = [earlier, later].map(|s| s.meta.name.show(lang).to_owned());
    TableBuilder::new(ui)
        .id_salt("demand_table")
        .striped(true)
        .resizable(true)
        .auto_shrink([false, false])
        .column(Column::remainder().at_least(120.0).clip(true))
        .column(Column::auto().at_least(60.0))
        .column(Column::auto().at_least(40.0))
        .columns(Column::auto().at_least(110.0), 2)
        .header(ROW_HEIGHT + 4.0, |mut header| {
            for title in [&unit, &measure, &year, &names[0], &names[1]] {
                header.col(|ui| {
                    ui.strong(title);
                });
            }
        })
        .body(|mut body| {
            for line in &comparison.demand {
                let over_now = line.over.last().copied().unwrap_or(false);
                body.row(ROW_HEIGHT, |mut cells| {
                    cells.col(|ui| {
                        let selected = view.selected.first() == Some(&line.unit);
                        let mut text = RichText::new(&line.unit_label);
                        if over_now {
                            text = text.color(warn);
                        }
                        if ui.add(egui::Button::selectable(selected, text)).clicked() {
                            actions.push(AppAction::CompareSelect {
                                nodes: vec![line.unit.clone()],
                                reveal: true,
                            });
                        }
                    });
                    cells.col(|ui| {
                        ui.label(&line.measure);
                    });
                    cells.col(|ui| {
                        ui.label(line.year.to_string());
                    });
                    for (text, over) in line.cells.iter().zip(&line.over) {
                        cells.col(|ui| {
                            let mut text = RichText::new(text);
                            if *over {
                                text = text.color(warn).strong();
                            }
                            ui.with_layout(
                                egui::Layout::right_to_left(egui::Align::Center),
                                |ui| ui.label(text),
                            );
                        });
                    }
                });
            }
        });
}
