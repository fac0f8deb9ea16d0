//! The chart the canvas shows: a scenario's layout with its boxes found by id.

use std::collections::HashMap;

use egui::{Pos2, Rect, pos2, vec2};

use crate::i18n::Lang;
use crate::layout::{Layout, LayoutOptions, NodeBox, layout};
use crate::model::{NodeId, Scenario};

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
