//! The look of a chart, shared by every export: colours, outlines, sizes, and the frame of
//! header, chart, legend and footer around the layout.

use super::chart::Chart;
use crate::layout::FontMetrics;
use crate::model::{NodeKind, PostStatus};

/// Space around everything.
pub const MARGIN: f32 = 24.0;
/// The plan's name.
pub const TITLE_SIZE: f32 = 16.0;
/// The scenario's name.
pub const SUBTITLE_SIZE: f32 = 11.0;
/// Legend texts.
pub const LEGEND_SIZE: f32 = 8.0;
/// Footer texts.
pub const FOOTER_SIZE: f32 = 8.0;
/// Structure lines.
pub const LINE: &str = "#455a64";
/// The dashed serves lines (blue, and dashed, so colour is not the only cue).
pub const SERVES: &str = "#1565c0";
/// Smaller notes in boxes: dark grey, 7:1 contrast on white.
pub const NOTE: &str = "#424242";

/// Fill, stroke, dash pattern and stroke width of a box. Status shows as the outline's pattern
/// and a text mark in the box, never by colour alone.
#[must_use]
pub fn box_style(
    kind: NodeKind,
    status: PostStatus,
) -> (&'static str, &'static str, Option<&'static str>, f32) {
    let fill = match kind {
        NodeKind::Organisation => "#d6e4f0",
        NodeKind::Unit => "#e3eef8",
        NodeKind::Team => "#e4f2e5",
        NodeKind::Position => "#ffffff",
        NodeKind::Group => "#fff4d6",
    };
    match status {
        PostStatus::Filled => (fill, "#37474f", None, 1.0),
        PostStatus::Vacant => (fill, "#37474f", Some("5 3"), 1.2),
        PostStatus::LeftUnfilled => ("#f2f2f2", "#37474f", Some("1.5 2.5"), 1.4),
        PostStatus::Abolished => ("#f2f2f2", "#b71c1c", Some("3 2"), 1.2),
        PostStatus::Acting => (fill, "#37474f", None, 2.2),
    }
}

/// The width a legend entry takes.
#[must_use]
pub fn legend_entry_width(label: &str) -> f32 {
    18.0 + 4.0 + FontMetrics::regular().width(label, LEGEND_SIZE) + 14.0
}

/// Where the parts of a chart go on its canvas.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    /// Space around.
    pub margin: f32,
    /// The layout's origin.
    pub chart_x: f32,
    /// The layout's origin.
    pub chart_y: f32,
    /// The legend's top.
    pub legend_y: f32,
    /// The footer's top.
    pub footer_y: f32,
    /// The whole canvas.
    pub width: f32,
    /// The whole canvas.
    pub height: f32,
}

impl Frame {
    /// The frame of a chart.
    #[must_use]
    pub fn of(chart: &Chart) -> Frame {
        let header = TITLE_SIZE + SUBTITLE_SIZE * 2.0 + 12.0;
        let chart_x = MARGIN;
        let chart_y = MARGIN + header;
        let legend_y = chart_y + chart.layout.height + 24.0;
        let footer_y = legend_y + 10.0 + 12.0;
        let footer_h = chart.footer.len() as f32 * FOOTER_SIZE * 1.4;
        let legend_w: f32 = chart
            .legend
            .iter()
            .map(|(_, l)| legend_entry_width(l))
            .sum();
        let title_w = FontMetrics::bold().width(&chart.title, TITLE_SIZE);
        let footer_w = chart
            .footer
            .iter()
            .map(|l| FontMetrics::regular().width(l, FOOTER_SIZE))
            .fold(0.0f32, f32::max);
        let width = [chart.layout.width, legend_w, title_w, footer_w]
            .into_iter()
            .fold(0.0f32, f32::max)
            + 2.0 * MARGIN;
        Frame {
            margin: MARGIN,
            chart_x,
            chart_y,
            legend_y,
            footer_y,
            width,
            height: footer_y + footer_h + MARGIN,
        }
    }
}
