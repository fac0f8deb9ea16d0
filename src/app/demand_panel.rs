//! Demand against capacity for the shown scenario, under the chart (opened from the chart's
//! toolbar): a line per unit, measure and year with the demand, the capacity and the share of
//! it used, the lines over capacity marked in words as well as colour; under it the units over
//! capacity and the demand of closed units that no unit takes over. A scenario other than the
//! baseline is read against the baseline, so a closed school's pupils count at its successor.

use egui::{Align, Layout, RichText, Ui};
use egui_extras::{Column, TableBuilder};

use super::actions::AppAction;
use crate::compare::demand::{Demand, DemandRow, demand};
use crate::compare::demand_report::percent;
use crate::i18n::{Lang, format_number, s, tr, tr_args};
use crate::model::{NodeId, Plan, Scenario};

const ROW_HEIGHT: f32 = 20.0;

/// The demand of `scenario`, against the plan's baseline when it is another scenario.
#[must_use]
pub fn scenario_demand(plan: &Plan, scenario: &Scenario) -> Demand {
    let baseline = plan.baseline();
    let earlier = (baseline.meta.id != scenario.meta.id).then_some(baseline);
    demand(scenario, earlier)
}

/// What the panel reads.
pub struct DemandView<'a> {
    /// The plan (its baseline names units the scenario no longer has, its measures name the
    /// figures).
    pub plan: &'a Plan,
    /// The shown scenario.
    pub scenario: &'a Scenario,
    /// Its demand.
    pub demand: &'a Demand,
    /// The window's language.
    pub lang: Lang,
}

impl DemandView<'_> {
    fn unit(&self, id: &NodeId) -> String {
        self.scenario
            .node(id)
            .or_else(|| self.plan.baseline().node(id))
            .map_or(id.as_str(), |n| n.label(self.lang))
            .to_owned()
    }

    fn measure(&self, key: &str) -> String {
        self.plan.measure_label(key, self.lang).to_owned()
    }

    fn number(&self, value: f64) -> String {
        format_number(value.round(), self.lang)
    }
}

/// Draws the panel; a click on a unit selects it.
pub fn demand_ui(ui: &mut Ui, view: &DemandView<'_>, actions: &mut Vec<AppAction>) {
    let lang = view.lang;
    let name = view.scenario.meta.name.show(lang);
    ui.label(
        RichText::new(tr_args(
            lang,
            "demand-panel-title",
            &[("scenario", s(name))],
        ))
        .strong(),
    );
    let baseline = view.plan.baseline();
    if baseline.meta.id != view.scenario.meta.id {
        let text = tr_args(
            lang,
            "demand-against-baseline",
            &[("baseline", s(baseline.meta.name.show(lang)))],
        );
        ui.add(egui::Label::new(RichText::new(text).weak()).wrap());
    }
    if view.demand.is_empty() {
        ui.add(egui::Label::new(RichText::new(tr(lang, "demand-empty")).weak()).wrap());
        return;
    }
    egui::ScrollArea::both()
        .id_salt("demand_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            table_ui(ui, view, actions);
            ui.add_space(8.0);
            lists_ui(ui, view);
        });
}

fn table_ui(ui: &mut Ui, view: &DemandView<'_>, actions: &mut Vec<AppAction>) {
    let lang = view.lang;
    let error = ui.visuals().error_fg_color;
    // Over capacity: a faint band of the error colour behind the line, its figures in the
    // colour, and the mark in words.
    let band = error.gamma_multiply(0.18);
    let heads = [
        "impact-unit",
        "demand-measure",
        "demand-year",
        "demand-demand",
        "demand-capacity",
        "demand-utilisation",
    ];
    TableBuilder::new(ui)
        .id_salt("demand_table")
        .striped(true)
        .resizable(true)
        .vscroll(false)
        .cell_layout(Layout::left_to_right(Align::Center))
        // Widths set, not measured: the figures are set right in their cells, which would
        // widen a measured column every frame.
        .column(Column::initial(150.0).at_least(100.0).clip(true))
        .column(Column::initial(84.0).at_least(60.0).clip(true))
        .column(Column::initial(44.0).at_least(40.0))
        .columns(Column::initial(80.0).at_least(48.0).clip(true), 2)
        .column(Column::initial(84.0).at_least(60.0).clip(true))
        .header(ROW_HEIGHT + 4.0, |mut header| {
            for key in heads {
                header.col(|ui| {
                    ui.strong(tr(lang, key));
                });
            }
        })
        .body(|mut body| {
            let rows = &view.demand.rows;
            for (at, row) in rows.iter().enumerate() {
                let previous = at.checked_sub(1).and_then(|p| rows.get(p));
                let first_of_unit = previous.is_none_or(|p| p.node != row.node);
                let second_of_unit = !first_of_unit
                    && at
                        .checked_sub(2)
                        .and_then(|p| rows.get(p))
                        .is_none_or(|p| p.node != row.node);
                let first_of_measure =
                    first_of_unit || previous.is_some_and(|p| p.measure != row.measure);
                let over = row.over_capacity();
                let paint = |text: String| {
                    let text = RichText::new(text);
                    if over {
                        text.color(error).strong()
                    } else {
                        text
                    }
                };
                let shade = |ui: &mut Ui| {
                    if over {
                        ui.painter().rect_filled(ui.max_rect(), 0.0, band);
                    }
                };
                body.row(ROW_HEIGHT, |mut cells| {
                    cells.col(|ui| {
                        shade(ui);
                        if first_of_unit {
                            unit_cell(ui, view, row, actions);
                        } else if second_of_unit && !row.takes_over.is_empty() {
                            // Under the name: whose demand it takes over.
                            ui.label(RichText::new(takes_over(view, row)).weak());
                        }
                    });
                    cells.col(|ui| {
                        shade(ui);
                        if first_of_measure {
                            ui.label(view.measure(&row.measure));
                        }
                    });
                    cells.col(|ui| {
                        shade(ui);
                        ui.label(row.year.to_string());
                    });
                    let capacity = row
                        .capacity
                        .map_or_else(|| "–".to_owned(), |c| view.number(c));
                    let mut used = row
                        .utilisation()
                        .map_or_else(|| "–".to_owned(), |u| percent(u, lang));
                    if over {
                        // The mark in words is under the table (the legend and the list).
                        used.push_str(" !");
                    }
                    for text in [view.number(row.demand), capacity, used] {
                        cells.col(|ui| {
                            shade(ui);
                            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                                ui.label(paint(text));
                            });
                        });
                    }
                });
            }
        });
}

/// "takes over Södra skolan": the closed units whose demand the row's unit takes over.
fn takes_over(view: &DemandView<'_>, row: &DemandRow) -> String {
    let from: Vec<String> = row.takes_over.iter().map(|id| view.unit(id)).collect();
    tr_args(
        view.lang,
        "demand-takes-over",
        &[("from", s(from.join(", ")))],
    )
}

/// The unit's name, which selects it; what it takes over said when the pointer rests on it.
fn unit_cell(ui: &mut Ui, view: &DemandView<'_>, row: &DemandRow, actions: &mut Vec<AppAction>) {
    let name = view.unit(&row.node);
    let known = view.scenario.contains(&row.node);
    let mut response = ui.add(egui::Button::new(RichText::new(name).strong()).frame(false));
    if !row.takes_over.is_empty() {
        response = response.on_hover_text(takes_over(view, row));
    }
    if response.clicked() && known {
        actions.push(AppAction::Select(Some(row.node.clone())));
    }
}

/// The units over capacity, and the demand no unit takes over.
fn lists_ui(ui: &mut Ui, view: &DemandView<'_>) {
    let lang = view.lang;
    let error = ui.visuals().error_fg_color;
    if view.demand.over_capacity().next().is_some() {
        ui.label(RichText::new(tr(lang, "demand-over-legend")).color(error));
    }
    if view.demand.rows.iter().any(|r| r.capacity.is_none()) {
        ui.label(RichText::new(tr(lang, "demand-no-capacity-legend")).weak());
    }
    ui.add_space(4.0);
    ui.label(RichText::new(tr(lang, "demand-over-title")).strong());
    let mut any = false;
    for row in view.demand.over_capacity() {
        any = true;
        let capacity = row.capacity.unwrap_or_default();
        let text = tr_args(
            lang,
            "demand-over-row",
            &[
                ("unit", s(view.unit(&row.node))),
                ("measure", s(view.measure(&row.measure))),
                ("year", s(row.year.to_string())),
                ("demand", s(view.number(row.demand))),
                ("capacity", s(view.number(capacity))),
                ("over", s(view.number(row.demand - capacity))),
            ],
        );
        ui.add(egui::Label::new(RichText::new(format!("! {text}")).color(error)).wrap());
    }
    if !any {
        ui.label(tr(lang, "demand-none-over"));
    }
    if view.demand.unplaced.is_empty() {
        return;
    }
    ui.add_space(6.0);
    ui.label(RichText::new(tr(lang, "demand-unplaced-title")).strong());
    for gone in &view.demand.unplaced {
        let text = tr_args(
            lang,
            "demand-unplaced-row",
            &[
                ("unit", s(view.unit(&gone.node))),
                ("measure", s(view.measure(&gone.measure))),
                ("year", s(gone.year.to_string())),
                ("demand", s(view.number(gone.demand))),
            ],
        );
        ui.add(egui::Label::new(RichText::new(format!("! {text}")).color(error)).wrap());
    }
}
