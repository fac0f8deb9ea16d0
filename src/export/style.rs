//! The look of a chart, shared by every export: colours, outlines, sizes, and the frame of
//! header, chart, legend and footer around the layout.

use crate::compare::marks::Mark;
use crate::layout::FontMetrics;
use crate::model::{NodeKind, PostStatus};

/// Space around everything.
pub const MARGIN: f32 = 24.0;
/// Space around everything on paper, where the page's own margin lies around it: enough for
/// the outlines of the outermost boxes.
pub const PAPER_MARGIN: f32 = 4.0;
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

/// The outline a changed box gets on a comparison chart: stroke, dash pattern, width, and how
/// opaque the box is (a ghost of a removed node is faint). Every mark also has its words on the
/// box's tag, so that no change is told by colour alone.
#[must_use]
pub fn mark_style(marks: &[Mark]) -> Option<(&'static str, Option<&'static str>, f32, f32)> {
    let first = marks.first()?;
    Some(match first {
        Mark::Removed => ("#757575", Some("4 3"), 1.2, 0.45),
        Mark::Added => ("#2e7d32", None, 2.4, 1.0),
        _ => ("#e65100", None, 2.4, 1.0),
    })
}

/// The fill of a changed box's tag.
#[must_use]
pub fn mark_tag_fill(marks: &[Mark]) -> &'static str {
    match marks.first() {
        Some(Mark::Removed) => "#eeeeee",
        Some(Mark::Added) => "#e8f5e9",
        _ => "#fff3e0",
    }
}

/// The width of a line of bold text.
#[must_use]
pub fn bold_width(text: &str, size: f32) -> f32 {
    FontMetrics::bold().width(text, size)
}

/// The narrowest the legend wraps at, for a small chart.
const LEGEND_MIN_WIDTH: f32 = 480.0;

/// The height of a row of the legend, from one row's top to the next's.
pub const LEGEND_ROW: f32 = 16.0;

/// The height of a legend entry's sample.
const LEGEND_ENTRY_HEIGHT: f32 = 10.0;

/// Where each legend entry goes, from the legend's top left: in rows no wider than `wrap`.
#[must_use]
pub fn legend_places<'a>(labels: impl Iterator<Item = &'a str>, wrap: f32) -> Vec<[f32; 2]> {
    let (mut x, mut y) = (0.0f32, 0.0f32);
    labels
        .map(|label| {
            let w = legend_entry_width(label);
            if x > 0.0 && x + w > wrap {
                (x, y) = (0.0, y + LEGEND_ROW);
            }
            let place = [x, y];
            x += w;
            place
        })
        .collect()
}

/// The width a legend entry takes.
#[must_use]
pub fn legend_entry_width(label: &str) -> f32 {
    18.0 + 4.0 + FontMetrics::regular().width(label, LEGEND_SIZE) + 14.0
}

/// The distance from one line of a wrapped title to the next.
pub const TITLE_LINE: f32 = TITLE_SIZE * 1.2;

/// The most lines a title wraps to.
const TITLE_MOST_LINES: usize = 3;

/// `title` in the lines it is drawn in, wrapped at `wrap`.
#[must_use]
pub fn title_lines(title: &str, wrap: f32) -> Vec<String> {
    FontMetrics::bold().wrap(title, TITLE_SIZE, wrap, TITLE_MOST_LINES)
}

/// Where the parts of a chart go on its canvas.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    /// Space around.
    pub margin: f32,
    /// The width at which the title wraps to another line (see [`title_lines`]).
    pub title_wrap: f32,
    /// The layout's origin.
    pub chart_x: f32,
    /// The layout's origin.
    pub chart_y: f32,
    /// The legend's top.
    pub legend_y: f32,
    /// The width at which the legend wraps to another row.
    pub legend_wrap: f32,
    /// The footer's top.
    pub footer_y: f32,
    /// The whole canvas.
    pub width: f32,
    /// The whole canvas.
    pub height: f32,
}

impl Frame {
    /// The frame around a layout `layout` wide and high, under `title`, over the legend's
    /// `labels` and the `footer`'s lines. Takes the parts rather than a chart, so that a
    /// chart can be measured in several arrangements before it is drawn in one.
    #[must_use]
    pub fn around(
        layout: (f32, f32),
        margin: f32,
        title: &str,
        labels: &[&str],
        footer: &[String],
    ) -> Frame {
        let (layout_w, layout_h) = layout;
        let footer_h = footer.len() as f32 * FOOTER_SIZE * 1.4;
        let footer_w = footer
            .iter()
            .map(|l| FontMetrics::regular().width(l, FOOTER_SIZE))
            .fold(0.0f32, f32::max);
        // A long title wraps rather than widen the chart, and so print it smaller: a network's
        // name in Swedish is wider than its chart.
        let title_wrap = [layout_w, footer_w, LEGEND_MIN_WIDTH]
            .into_iter()
            .fold(0.0f32, f32::max);
        let title_lines = title_lines(title, title_wrap);
        let title_w = title_lines
            .iter()
            .map(|l| FontMetrics::bold().width(l, TITLE_SIZE))
            .fold(0.0f32, f32::max);
        let header = TITLE_SIZE
            + TITLE_LINE * title_lines.len().saturating_sub(1) as f32
            + SUBTITLE_SIZE * 2.0
            + 12.0;
        let chart_x = margin;
        let chart_y = margin + header;
        // The legend wraps at the width the rest needs, so that a long legend (a comparison's
        // marks) makes the chart no wider and so no smaller on paper.
        let legend_wrap = [layout_w, title_w, footer_w, LEGEND_MIN_WIDTH]
            .into_iter()
            .fold(0.0f32, f32::max);
        let places = legend_places(labels.iter().copied(), legend_wrap);
        let legend_w = places
            .iter()
            .zip(labels)
            .map(|([x, _], label)| x + legend_entry_width(label))
            .fold(0.0f32, f32::max);
        let legend_h = places.last().map_or(0.0, |[_, y]| y + LEGEND_ENTRY_HEIGHT);
        let legend_y = chart_y + layout_h + 24.0;
        let footer_y = legend_y + legend_h + 12.0;
        let width = [layout_w, legend_w, title_w, footer_w]
            .into_iter()
            .fold(0.0f32, f32::max)
            + 2.0 * margin;
        Frame {
            margin,
            title_wrap,
            chart_x,
            chart_y,
            legend_y,
            legend_wrap,
            footer_y,
            width,
            height: footer_y + footer_h + margin,
        }
    }
}
