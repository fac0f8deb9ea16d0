//! What the canvas is given to draw and edit: the plan, the chart, the selection, and on a
//! comparison the marks.

use super::chart::Chart;
use super::levels::Levels;
use crate::compare::marks::{ChangeMarks, Mark};
use crate::i18n::Lang;
use crate::model::{NodeId, Plan, Scenario};

/// What the canvas draws and edits.
#[derive(Clone, Copy)]
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
    /// The semantic zoom's levels of the chart, when the overview is to read at any zoom.
    pub levels: Option<&'a Levels>,
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
