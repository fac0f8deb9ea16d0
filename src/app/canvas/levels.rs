//! Semantic zoom: a large organisation at *Fit* is drawn with every subtree below the deepest
//! level that can still be read as one box with its count, and the levels open one by one as
//! the user zooms in (each doubling of the zoom opens one more), until the whole chart shows at
//! a zoom where its text reads. The plan's own view (what the user collapsed) is not touched:
//! the levels are charts of their own, laid out when first needed and kept.
//!
//! When the level changes, the box under the pointer (or at the view's centre) keeps its place
//! on the screen, so that zooming in opens the organisation around what the user looks at.

use std::cell::OnceCell;

use egui::{Pos2, Rect, Vec2};

use super::chart::{Chart, bounds};
use super::view::CanvasState;
use crate::layout::{LayoutOptions, LineStyle};
use crate::model::Scenario;

/// The height of a name on the screen, in points, from which it counts as readable.
const READABLE: f32 = 6.5;
/// From this zoom on the whole chart is drawn: its text reads comfortably.
const WHOLE_FROM: f32 = 0.9;
/// The fewest nodes for which levels are drawn at all.
const LEVELS_FROM: usize = 300;
/// Space the fit keeps free round the chart (as the view's fit does).
const MARGIN: f32 = 16.0;

/// The charts of one scenario cut at each depth, laid out on demand.
pub struct Levels {
    options: LayoutOptions,
    depth: usize,
    charts: Vec<OnceCell<Chart>>,
}

impl Levels {
    /// The levels of `scenario` laid out with `options` (the whole chart's options).
    #[must_use]
    pub fn new(scenario: &Scenario, options: &LayoutOptions) -> Levels {
        // A chart of a few hundred boxes is its own overview: zoomed out it still shows every
        // box, and a box with a count would hide what the planner is working on.
        let depth = if scenario.len() < LEVELS_FROM {
            1
        } else {
            depth_of(scenario)
        };
        Levels {
            options: options.clone(),
            depth,
            charts: (0..depth).map(|_| OnceCell::new()).collect(),
        }
    }

    /// The chart with every node at `depth` drawn as one box (`depth` < the deepest level).
    fn chart(&self, depth: usize, scenario: &Scenario) -> Option<&Chart> {
        let cell = self.charts.get(depth)?;
        Some(cell.get_or_init(|| {
            let options = LayoutOptions {
                collapse_below: Some(depth),
                ..self.options.clone()
            };
            Chart::laid_out(scenario, options)
        }))
    }

    /// How deep the organisation is (a root alone: 1).
    #[must_use]
    pub fn depth(&self) -> usize {
        self.depth
    }

    /// The chart to draw in `rect` at `state`'s zoom (`whole` is the whole chart): at a fit, the
    /// deepest level that reads; later the level the zoom asks for. Moves the view so that the
    /// box under `anchor` stays where it is when the level changes.
    pub fn pick<'a>(
        &'a self,
        state: &mut CanvasState,
        rect: Rect,
        whole: &'a Chart,
        scenario: &Scenario,
        anchor: Pos2,
    ) -> &'a Chart {
        let readable = READABLE / LineStyle::Heading.size(self.options.font_size);
        let current = state.level();
        let fitting = state.fits_in(rect);
        let wanted = if fitting {
            self.fit_level(rect, whole, scenario, readable).0
        } else if state.reveal_is_pending() {
            // A node is to be shown: the level stays when it has the node's box (a click on a
            // box reveals it), else the whole chart, which has it whatever the level hid.
            let here = self.at(current, whole, scenario);
            let shown = state
                .revealing()
                .is_some_and(|id| here.box_of(id).is_some());
            if shown { current } else { None }
        } else if state.zoom_changed() {
            let zoom = state.zoom();
            match self.fit_level(rect, whole, scenario, readable) {
                _ if zoom >= WHOLE_FROM => None,
                (None, _) => None,
                (Some(level), fit_zoom) => {
                    // A little over nothing, so that the fit's own zoom stays at its level.
                    let steps = ((zoom / fit_zoom).log2() + 1e-3).floor();
                    let deeper = level as f32 + steps;
                    (deeper < self.depth as f32 - 1.0).then(|| deeper.max(0.0) as usize)
                }
            }
        } else {
            current
        };
        state.note_zoom();
        if wanted != current {
            if !fitting {
                let from = self.at(current, whole, scenario);
                let to = self.at(wanted, whole, scenario);
                keep_in_place(state, from, to, scenario, anchor);
            }
            state.set_level(wanted);
        }
        self.at(wanted, whole, scenario)
    }

    /// The chart `state` shows now (`whole` when no level is chosen).
    #[must_use]
    pub fn shown<'a>(
        &'a self,
        state: &CanvasState,
        whole: &'a Chart,
        scenario: &Scenario,
    ) -> &'a Chart {
        self.at(state.level(), whole, scenario)
    }

    fn at<'a>(&'a self, level: Option<usize>, whole: &'a Chart, scenario: &Scenario) -> &'a Chart {
        level.and_then(|d| self.chart(d, scenario)).unwrap_or(whole)
    }

    /// The deepest level whose fit in `rect` reads (`None`: the whole chart does), with the
    /// zoom of that fit.
    fn fit_level(
        &self,
        rect: Rect,
        whole: &Chart,
        scenario: &Scenario,
        readable: f32,
    ) -> (Option<usize>, f32) {
        let fit = |chart: &Chart| fit_zoom(rect, chart);
        let whole_fit = fit(whole);
        if whole_fit >= readable || self.depth <= 1 {
            return (None, whole_fit);
        }
        // The fit zoom falls as levels open: the deepest that reads, by halving the range.
        let (mut low, mut high) = (0, self.depth - 1);
        while low + 1 < high {
            let middle = (low + high) / 2;
            let reads = self
                .chart(middle, scenario)
                .is_some_and(|c| fit(c) >= readable);
            if reads {
                low = middle;
            } else {
                high = middle;
            }
        }
        let zoom = self.chart(low, scenario).map_or(whole_fit, fit);
        (Some(low), zoom)
    }
}

/// The zoom at which `chart` fits `rect` whole (at most 100 %).
fn fit_zoom(rect: Rect, chart: &Chart) -> f32 {
    let room = (rect.size() - Vec2::splat(2.0 * MARGIN)).max(Vec2::splat(1.0));
    let extent = chart.extent();
    (room.x / extent.width())
        .min(room.y / extent.height())
        .min(1.0)
}

/// Moves the view so that the node under `anchor` on `from` is at the same place on the screen
/// on `to` (or, when `to` shows it inside a closed box, that box).
fn keep_in_place(
    state: &mut CanvasState,
    from: &Chart,
    to: &Chart,
    scenario: &Scenario,
    anchor: Pos2,
) {
    let at = state.to_chart(anchor);
    let Some(old) = from.hit(at).or_else(|| nearest(from, at)) else {
        return;
    };
    let mut id = Some(&old.id);
    let new = loop {
        let Some(node) = id else { return };
        if let Some(b) = to.box_of(node) {
            break b;
        }
        id = scenario.parent(node);
    };
    let (old, new) = (bounds(old), bounds(new));
    // The same point of the box: its fraction across and down, kept.
    let fraction = (at - old.min) / old.size().max(Vec2::splat(1.0));
    let target = new.min + fraction * new.size();
    state.shift_by_chart(target - at);
}

/// The box nearest a point of the chart (by its centre).
fn nearest(chart: &Chart, at: Pos2) -> Option<&crate::layout::NodeBox> {
    chart.layout.boxes.iter().min_by(|a, b| {
        let d = |x: &crate::layout::NodeBox| bounds(x).center().distance_sq(at);
        d(a).total_cmp(&d(b))
    })
}

/// The number of levels of the structure: 1 for roots alone.
fn depth_of(scenario: &Scenario) -> usize {
    let mut deepest = 0;
    let mut stack: Vec<(&crate::model::NodeId, usize)> =
        scenario.roots().map(|n| (&n.id, 1)).collect();
    let mut seen = std::collections::HashSet::new();
    while let Some((id, depth)) = stack.pop() {
        if !seen.insert(id) {
            continue;
        }
        deepest = deepest.max(depth);
        for child in scenario.children(id) {
            stack.push((child, depth + 1));
        }
    }
    deepest
}
