//! The comparison view: two scenarios read from the earlier to the later (a button swaps
//! them), as one chart of the later with every change marked and the removed nodes as ghosts,
//! or as the two charts side by side with pan and zoom kept in step; beside them the changes,
//! filtered by group and type, a click on one selecting its nodes in every chart; and the
//! figures as a table that sorts, opens unit by unit, copies and saves.

mod changes;
mod charts;
mod demand;
mod figures;

use std::cell::OnceCell;
use std::collections::BTreeSet;

use egui::{RichText, Ui};

use super::canvas::{self, CanvasState};
use super::{AppAction, OrgplanApp};
use crate::compare::demand_report::{DemandLine, demand_lines, demands, over_capacity_lines};
use crate::compare::marks::{ChangeMarks, Mark, earlier_first, mark_words, with_ghosts};
use crate::compare::table::FiguresTable;
use crate::compare::{Change, ChangeGroup, ChangeKind, Figures, diff, figures};
use crate::i18n::{Lang, s, tr, tr_args};
use crate::layout::LayoutOptions;
use crate::model::{NodeId, Plan, Scenario, ScenarioId};

/// A comparison computed for the window: kept until the plan, the scenarios or the direction
/// change.
pub struct Comparison {
    /// The scenario the comparison reads from.
    pub earlier: ScenarioId,
    /// The scenario it reads to.
    pub later: ScenarioId,
    /// The changes, in report order (grouped as the report groups them), so that a change's
    /// number is its place here.
    pub changes: Vec<Change>,
    /// The figures of the earlier and the later scenario.
    pub figures: [Figures; 2],
    /// The figures as the table shows them.
    pub table: FiguresTable,
    /// Demand against capacity in both scenarios, per unit, measure and year (empty without
    /// forecasts).
    pub demand: Vec<DemandLine>,
    /// The later scenario's units over capacity and demand no unit takes over, in words.
    pub over: Vec<String>,
    /// How each node changed.
    pub marks: ChangeMarks,
    /// The marks used, with their words.
    pub mark_words: Vec<(Mark, String)>,
    /// The later scenario with the removed nodes put back as ghosts where they stood.
    pub shown: Scenario,
    /// Its chart.
    pub marked: canvas::Chart,
    /// Each scenario's own chart, the earlier first: laid out when first shown side by side.
    sides: [OnceCell<canvas::Chart>; 2],
    /// How the charts are laid out.
    layout: LayoutOptions,
}

impl Comparison {
    /// The comparison of the two scenarios of `plan`, from the earlier to the later (the other
    /// way round when `swapped`), with charts laid out as `layout` says.
    #[must_use]
    pub fn new(
        plan: &Plan,
        pair: (&ScenarioId, &ScenarioId),
        swapped: bool,
        span_limit: usize,
        layout: &LayoutOptions,
    ) -> Option<Comparison> {
        let (mut earlier, mut later) = earlier_first(plan, pair.0, pair.1);
        if swapped {
            (earlier, later) = (later, earlier);
        }
        let (a, b) = (plan.scenario(earlier)?, plan.scenario(later)?);
        let mut changes = diff(a, b);
        let marks = ChangeMarks::of(&changes);
        // Stable: within a group the diff's order stays, as the report numbers them.
        changes.sort_by_key(|c| c.kind.group());
        let shown = with_ghosts(a, b, &marks);
        let figures = [figures(a, span_limit), figures(b, span_limit)];
        let table = FiguresTable::new(&[a, b], &figures, plan.terms(), layout.lang);
        let demands = demands(&[a, b]);
        let demand = demand_lines(&[a, b], &demands, plan.terms(), layout.lang);
        let over = over_capacity_lines(&[b], &demands[1..], plan.terms(), layout.lang);
        Some(Comparison {
            earlier: earlier.clone(),
            later: later.clone(),
            marked: canvas::Chart::laid_out(
                &shown,
                LayoutOptions {
                    // A team serving every unit left is still noted as serving all units.
                    gone: shown
                        .ids()
                        .filter(|id| marks.is_ghost(id))
                        .cloned()
                        .collect(),
                    ..layout.clone()
                },
            ),
            sides: [OnceCell::new(), OnceCell::new()],
            layout: layout.clone(),
            mark_words: mark_words(&marks, layout.lang),
            changes,
            figures,
            table,
            demand,
            over,
            marks,
            shown,
        })
    }

    /// The charts of `earlier` and `later` (this comparison's scenarios), side by side.
    #[must_use]
    pub fn sides(&self, scenarios: [&Scenario; 2]) -> [&canvas::Chart; 2] {
        let [a, b] = &self.sides;
        let lay_out = |scenario: &Scenario| canvas::Chart::laid_out(scenario, self.layout.clone());
        [
            a.get_or_init(|| lay_out(scenarios[0])),
            b.get_or_init(|| lay_out(scenarios[1])),
        ]
    }

    /// The changes the filters let through, with their numbers in the whole list.
    #[must_use]
    pub fn filtered(&self, view: &CompareView) -> Vec<(usize, &Change)> {
        self.changes
            .iter()
            .enumerate()
            .filter(|(_, c)| view.group.is_none_or(|g| c.kind.group() == g))
            .filter(|(_, c)| view.kind.is_none_or(|k| c.kind == k))
            .map(|(at, c)| (at + 1, c))
            .collect()
    }
}

/// The nodes a change is about: the node, and for a merge, a split or a replacement the nodes
/// on the other side of it; none for a change to the scenario itself.
#[must_use]
pub fn nodes_of(change: &Change) -> Vec<NodeId> {
    let mut nodes: Vec<NodeId> = change.node.iter().cloned().collect();
    if matches!(
        change.kind,
        ChangeKind::Merged | ChangeKind::Split | ChangeKind::Replaced
    ) {
        for id in change.from.iter().chain(&change.to) {
            if !nodes.contains(id) {
                nodes.push(id.clone());
            }
        }
    }
    nodes
}

/// What the panel beside the comparison's charts shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CompareTab {
    /// The list of changes.
    #[default]
    Changes,
    /// The figures table.
    Figures,
    /// Demand against capacity (when the plan has forecasts).
    Demand,
}

/// How the comparison is shown: the user's choices, kept while it is open.
#[derive(Clone, Debug, Default)]
pub struct CompareView {
    /// The two charts side by side, instead of one marked chart.
    pub side_by_side: bool,
    /// Read from the later scenario to the earlier.
    pub swapped: bool,
    /// Show only the changes of this group.
    pub group: Option<ChangeGroup>,
    /// Show only the changes of this type.
    pub kind: Option<ChangeKind>,
    /// The nodes selected in the comparison's charts.
    pub selected: Vec<NodeId>,
    /// What the side panel beside the charts shows.
    pub tab: CompareTab,
    /// Where the marked chart looks.
    pub marked_canvas: CanvasState,
    /// Where the two charts side by side look (kept in step).
    pub side_canvases: [CanvasState; 2],
    /// The units sorted by the figure `sort_figure` in this column, largest first when `true`.
    pub sort: Option<(usize, bool)>,
    /// The figure the units are sorted by.
    pub sort_figure: Option<String>,
    /// The units whose figures are open in the table.
    pub open_units: BTreeSet<NodeId>,
}

impl CompareView {
    /// Shows the comparison's nodes `nodes` selected; when `reveal`, moves every chart to show
    /// them.
    pub fn select(&mut self, nodes: Vec<NodeId>, reveal: bool) {
        self.selected = nodes;
        if reveal && !self.selected.is_empty() {
            self.marked_canvas.zoom_to_selection();
            for canvas in &mut self.side_canvases {
                canvas.zoom_to_selection();
            }
        }
    }
}

impl OrgplanApp {
    /// The comparison view in the central panel.
    pub(super) fn comparison_ui(&mut self, ui: &mut Ui, actions: &mut Vec<AppAction>) {
        let lang = self.lang;
        let bold = self.fonts_ready;
        let Some(comparison) = self.derived.as_ref().and_then(|d| d.comparison.as_ref()) else {
            return;
        };
        let (Some(earlier), Some(later)) = (
            self.plan.scenario(&comparison.earlier),
            self.plan.scenario(&comparison.later),
        ) else {
            return;
        };
        let view = &mut self.compare_view;
        header_ui(ui, earlier, later, view, lang, actions);
        egui::Panel::right("compare_side")
            .resizable(true)
            .default_size(480.0)
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    let mut tab = |tab, key| ui.selectable_value(&mut view.tab, tab, tr(lang, key));
                    tab(CompareTab::Changes, "compare-tab-changes");
                    tab(CompareTab::Figures, "compare-tab-figures");
                    if !comparison.demand.is_empty() {
                        tab(CompareTab::Demand, "demand-title");
                    }
                });
                ui.separator();
                match view.tab {
                    CompareTab::Figures => {
                        figures::figures_ui(ui, &comparison.table, view, lang, actions);
                    }
                    CompareTab::Demand if !comparison.demand.is_empty() => {
                        demand::demand_ui(ui, comparison, [earlier, later], view, lang, actions);
                    }
                    _ => {
                        let measures = &self.plan.measures;
                        let sides = [earlier, later];
                        changes::changes_ui(ui, comparison, sides, measures, view, lang, actions);
                    }
                }
            });
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| {
                let look = charts::Look {
                    plan: &self.plan,
                    lang,
                    bold,
                };
                charts::charts_ui(ui, comparison, [earlier, later], view, &look, actions);
            });
    }
}

/// The title, the direction with its swap button, how the charts are shown, the files and the
/// close button.
fn header_ui(
    ui: &mut Ui,
    earlier: &Scenario,
    later: &Scenario,
    view: &mut CompareView,
    lang: Lang,
    actions: &mut Vec<AppAction>,
) {
    let title = tr_args(
        lang,
        "diff-title",
        &[
            ("from", s(earlier.meta.name.show(lang))),
            ("to", s(later.meta.name.show(lang))),
        ],
    );
    ui.add(egui::Label::new(RichText::new(title).heading()).wrap());
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(tr(lang, "compare-swap"))
            .on_hover_text(tr(lang, "compare-swap-hint"))
            .clicked()
        {
            actions.push(AppAction::CompareSwap);
        }
        ui.separator();
        ui.selectable_value(&mut view.side_by_side, false, tr(lang, "compare-marked"));
        ui.selectable_value(
            &mut view.side_by_side,
            true,
            tr(lang, "compare-side-by-side"),
        );
        ui.separator();
        for action in [AppAction::SaveChangeList, AppAction::SaveImpactList] {
            let label = action.label_key().map(|k| tr(lang, k)).unwrap_or_default();
            if ui.button(label).clicked() {
                actions.push(action);
            }
        }
        if ui.button(tr(lang, "button-close-compare")).clicked() {
            actions.push(AppAction::CompareWith(None));
        }
    });
    ui.add_space(2.0);
}
