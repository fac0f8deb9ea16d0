//! A box's text as the layout wrote it, for the tests that look at what a box says.

use orgplan::layout::Layout;
use orgplan::model::NodeId;

/// The texts of the lines of `node`'s box, in order.
pub fn box_lines(chart: &Layout, node: &str) -> Vec<String> {
    let id = NodeId::new(node).unwrap();
    let b = chart.find(&id).unwrap();
    chart
        .lines_of(b)
        .iter()
        .map(|l| chart.text_of(l).to_owned())
        .collect()
}

/// The lines of `node`'s box on one line, joined by spaces.
pub fn box_text(chart: &Layout, node: &str) -> String {
    box_lines(chart, node).join(" ")
}
