//! The chart the canvas shows: a scenario's layout with its boxes found by id, and what the
//! canvas is given to draw and edit.

use std::collections::HashMap;

use egui::{Pos2, Rect, pos2, vec2};

use crate::compare::marks::{ChangeMarks, Mark};
use crate::i18n::Lang;
use crate::layout::{Layout, LayoutOptions, NodeBox, layout};
use crate::model::{NodeId, Plan, Scenario};

/// The laid-out chart of a scenario, with its boxes found by id.
#[derive(Clone, Debug, Default)]
pub struct Chart {
    /// The layout.
    pub layout: Layout,
    index: HashMap<NodeId, usize>,
}

impl Chart {
    /// Lays out `scenario` with its own view (collapsed subtrees, what boxes show), in `lang`.
    #[must_use]
    pub fn new(scenario: &Scenario, lang: Lang) -> Chart {
        let options = LayoutOptions {
            lang,
            ..LayoutOptions::default()
        };
        Chart::laid_out(scenario, options)
    }

    /// Lays out `scenario` with these options and its own view.
    #[must_use]
    pub fn laid_out(scenario: &Scenario, options: LayoutOptions) -> Chart {
        Chart::from_layout(layout(scenario, &options.with_view(scenario)))
    }

    /// A chart of a layout made elsewhere.
    #[must_use]
    pub fn from_layout(layout: Layout) -> Chart {
        let index = layout
            .boxes
            .iter()
            .enumerate()
            .map(|(i, b)| (b.id.clone(), i))
            .collect();
        Chart { layout, index }
    }

    /// The box of a node, when it is drawn (not inside a collapsed subtree).
    #[must_use]
    pub fn box_of(&self, id: &NodeId) -> Option<&NodeBox> {
        self.index.get(id).and_then(|&i| self.layout.boxes.get(i))
    }

    /// The topmost box at a point of the chart.
    #[must_use]
    pub fn hit(&self, at: Pos2) -> Option<&NodeBox> {
        self.layout
            .boxes
            .iter()
            .rev()
            .find(|b| bounds(b).contains(at))
    }

    /// The nodes whose boxes touch a rectangle of the chart, in the chart's order.
    #[must_use]
    pub fn touching(&self, area: Rect) -> Vec<NodeId> {
        self.layout
            .boxes
            .iter()
            .filter(|b| bounds(b).intersects(area))
            .map(|b| b.id.clone())
            .collect()
    }

    /// The rectangle around the boxes of these nodes (those drawn).
    #[must_use]
    pub fn around<'a>(&self, ids: impl IntoIterator<Item = &'a NodeId>) -> Option<Rect> {
        ids.into_iter()
            .filter_map(|id| self.box_of(id))
            .map(bounds)
            .reduce(|a, b| a.union(b))
    }

    /// The whole chart.
    #[must_use]
    pub fn extent(&self) -> Rect {
        Rect::from_min_size(
            Pos2::ZERO,
            vec2(self.layout.width.max(1.0), self.layout.height.max(1.0)),
        )
    }
}

/// A box's rectangle in chart units.
#[must_use]
pub fn bounds(b: &NodeBox) -> Rect {
    Rect::from_min_size(pos2(b.x, b.y), vec2(b.width, b.height))
}

/// What the canvas draws and edits.
pub struct CanvasInput<'a> {
    /// The plan (new nodes get ids no scenario of it uses).
    pub plan: &'a Plan,
    /// The shown scenario.
    pub scenario: &'a Scenario,
    /// Its chart.
    pub chart: &'a Chart,
    /// The selected nodes, the main one first.
    pub selection: &'a [&'a NodeId],
    /// The window's language.
    pub lang: Lang,
    /// Whether the bold family is ready (fonts take effect a frame after they are installed).
    pub bold: bool,
    /// On a comparison: how each box changed.
    pub marks: Option<MarksShown<'a>>,
    /// Whether the chart edits the scenario (drag to move, the box menu, double-click to
    /// collapse); a comparison's charts are only looked at, and a click selects in both.
    pub editable: bool,
}

/// A comparison's marks on a chart: how each box changed, and each mark's words.
#[derive(Clone, Copy, Debug)]
pub struct MarksShown<'a> {
    /// The marks by node; removed nodes are ghosts.
    pub marks: &'a ChangeMarks,
    /// The words of each mark, in the window's language.
    pub words: &'a [(Mark, String)],
}

impl MarksShown<'_> {
    /// The words of a box's marks, joined (empty when it did not change).
    #[must_use]
    pub fn text(&self, id: &NodeId) -> String {
        let words: Vec<&str> = self
            .marks
            .of_node(id)
            .iter()
            .filter_map(|m| {
                self.words
                    .iter()
                    .find(|(w, _)| w == m)
                    .map(|(_, t)| t.as_str())
            })
            .collect();
        words.join(", ")
    }
}
