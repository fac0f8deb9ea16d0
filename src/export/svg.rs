//! The chart as SVG: real text (searchable, selectable), fonts named with a fallback, a title,
//! a legend and a footer. Deterministic: the same chart gives the same bytes.

use std::fmt::Write as _;

use super::chart::{Chart, LegendSample};
use super::style::{self, Frame};
use super::tiles::Part;
use crate::compare::marks::Mark;
use crate::layout::{Connector, ConnectorKind, Layout, LineStyle, NodeBox};
use crate::model::{NodeKind, PostStatus};

/// The font the chart names first, and its fallbacks.
pub const FONT_FAMILY: &str = "'Noto Sans', 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";

/// The chart as an SVG document.
#[must_use]
pub fn svg(chart: &Chart) -> String {
    write_svg(chart, None)
}

/// The SVG of what one page shows: the whole canvas's size and places, with only the boxes,
/// lines, header, legend and footer that reach into the page's window, so that drawing a page
/// of a chart split over hundreds costs what is on it.
pub(crate) fn svg_part(chart: &Chart, part: &Part<'_>) -> String {
    write_svg(chart, Some(part))
}

fn write_svg(chart: &Chart, part: Option<&Part<'_>>) -> String {
    let frame = chart.frame();
    let shows = |rect: [f32; 4]| part.is_none_or(|p| p.meets(rect));
    let boxes = part.map_or(chart.layout.boxes.len(), |p| p.boxes.len());
    let mut out = String::with_capacity(boxes * 400 + 4096);
    // `write!` to a String cannot fail; `.ok()` keeps that from being an unwrap.
    writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{w:.1}pt\" height=\"{h:.1}pt\" \
         viewBox=\"0 0 {w:.1} {h:.1}\" font-family=\"{FONT_FAMILY}\" xml:lang=\"{lang}\">",
        w = frame.width,
        h = frame.height,
        lang = chart.lang.code(),
    )
    .ok();
    write!(
        out,
        "<title>{}</title>\n<desc>{}</desc>\n",
        esc(&chart.title),
        esc(&chart.subtitle)
    )
    .ok();
    writeln!(
        out,
        "<rect width=\"{:.1}\" height=\"{:.1}\" fill=\"#ffffff\"/>",
        frame.width, frame.height
    )
    .ok();

    let header = shows([0.0, 0.0, frame.width, frame.chart_y]);
    let legend = shows([
        0.0,
        frame.legend_y,
        frame.width,
        frame.footer_y - frame.legend_y,
    ]);
    let footer = shows([
        0.0,
        frame.footer_y,
        frame.width,
        frame.height - frame.footer_y,
    ]);
    out.push_str("<g id=\"header\">\n");
    if header {
        write_header(&mut out, chart, &frame);
    }
    out.push_str("</g>\n");

    writeln!(
        out,
        "<g id=\"chart\" transform=\"translate({:.1} {:.1})\">",
        frame.chart_x, frame.chart_y
    )
    .ok();
    let layout = &chart.layout;
    let at = |list: &[u32]| -> Vec<usize> { list.iter().map(|&i| i as usize).collect() };
    let connectors = part.map_or_else(
        || (0..layout.connectors.len()).collect(),
        |p| at(p.connectors),
    );
    for connector in connectors.iter().filter_map(|&i| layout.connectors.get(i)) {
        connector_line(&mut out, layout, connector);
    }
    let boxes = part.map_or_else(|| (0..layout.boxes.len()).collect(), |p| at(p.boxes));
    for b in boxes.iter().filter_map(|&i| layout.boxes.get(i)) {
        node_box(&mut out, b, chart);
    }
    out.push_str("</g>\n");

    writeln!(
        out,
        "<g id=\"legend\" transform=\"translate({:.1} {:.1})\">",
        frame.margin, frame.legend_y
    )
    .ok();
    if legend {
        let labels = chart.legend.iter().map(|(_, label)| label.as_str());
        let places = style::legend_places(labels, frame.legend_wrap);
        for ((sample, label), [x, y]) in chart.legend.iter().zip(places) {
            legend_entry(&mut out, x, y, sample, label);
        }
    }
    out.push_str("</g>\n");

    out.push_str("<g id=\"footer\">\n");
    if footer {
        let mut y = frame.footer_y;
        for line in &chart.footer {
            text(
                &mut out,
                frame.margin,
                y + style::FOOTER_SIZE,
                style::FOOTER_SIZE,
                false,
                line,
            );
            y += style::FOOTER_SIZE * 1.4;
        }
    }
    out.push_str("</g>\n</svg>\n");
    out
}

fn write_header(out: &mut String, chart: &Chart, frame: &Frame) {
    let mut y = frame.margin + style::TITLE_SIZE;
    for (k, line) in style::title_lines(&chart.title, frame.title_wrap)
        .iter()
        .enumerate()
    {
        if k > 0 {
            y += style::TITLE_LINE;
        }
        text(out, frame.margin, y, style::TITLE_SIZE, true, line);
    }
    let sub_y = y + style::SUBTITLE_SIZE * 1.5;
    text(
        out,
        frame.margin,
        sub_y,
        style::SUBTITLE_SIZE,
        false,
        &chart.subtitle,
    );
}

fn connector_line(out: &mut String, layout: &Layout, connector: &Connector) {
    let points: Vec<String> = layout
        .points_of(connector)
        .iter()
        .map(|[x, y]| format!("{x:.1},{y:.1}"))
        .collect();
    let (color, dash, width) = match connector.kind {
        ConnectorKind::Structure => (style::LINE, "", 1.0),
        ConnectorKind::Staff => (style::LINE, "", 0.8),
        ConnectorKind::Serves => (style::SERVES, " stroke-dasharray=\"6 3\"", 1.0),
    };
    writeln!(
        out,
        "<polyline points=\"{}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"{width}\"{dash}/>",
        points.join(" ")
    )
    .ok();
}

fn node_box(out: &mut String, b: &NodeBox, chart: &Chart) {
    let layout = &chart.layout;
    let (font_size, padding) = (layout.font_size, layout.padding);
    let (fill, mut stroke, mut dash, mut width) = style::box_style(b.kind, b.status);
    let marks = chart.marks.of_node(&b.id);
    let mut opacity = String::new();
    if let Some((mark_stroke, mark_dash, mark_width, faint)) = style::mark_style(marks) {
        (stroke, width) = (mark_stroke, mark_width);
        dash = mark_dash.or(dash);
        if faint < 1.0 {
            opacity = format!(" opacity=\"{faint}\"");
        }
    }
    let dash = dash
        .map(|d| format!(" stroke-dasharray=\"{d}\""))
        .unwrap_or_default();
    let changed = chart.mark_text(&b.id);
    let label = if changed.is_empty() {
        layout.one_line(b)
    } else {
        format!("{} [{changed}]", layout.one_line(b))
    };
    write!(
        out,
        "<g id=\"node-{}\"{opacity}>\n<title>{}</title>\n",
        esc(b.id.as_str()),
        esc(&label)
    )
    .ok();
    writeln!(
        out,
        "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" rx=\"3\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"{width}\"{dash}/>",
        b.x, b.y, b.width, b.height
    )
    .ok();
    if b.status == PostStatus::Abolished {
        // Abolished posts are struck through, so the mark does not rely on colour.
        writeln!(
            out,
            "<line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"{stroke}\" stroke-width=\"0.8\"/>",
            b.x,
            b.y + b.height,
            b.x + b.width,
            b.y
        )
        .ok();
    }
    let mut y = b.y + padding;
    for line in layout.lines_of(b) {
        let size = line.style.size(font_size);
        y += line.style.line_height(font_size);
        let x = b.x + padding;
        let bold = line.style == LineStyle::Heading;
        let baseline = y - size * 0.3;
        if line.style == LineStyle::Note {
            writeln!(
                out,
                "<text x=\"{x:.1}\" y=\"{baseline:.1}\" font-size=\"{size:.1}\" fill=\"{}\">{}</text>",
                style::NOTE,
                esc(layout.text_of(line))
            )
            .ok();
        } else {
            text(out, x, baseline, size, bold, layout.text_of(line));
        }
    }
    if !changed.is_empty() {
        mark_tag(out, b, &changed, marks, LineStyle::Note.size(font_size));
    }
    out.push_str("</g>\n");
}

/// The words of a box's changes on a tag across its top edge at the right, where no line
/// meets the box (lines come in at the middle of the top or at the side).
fn mark_tag(out: &mut String, b: &NodeBox, words: &str, marks: &[Mark], size: f32) {
    let width = style::bold_width(words, size) + 6.0;
    let height = size + 3.0;
    let (x, y) = (b.x + b.width - width - 3.0, b.y - height / 2.0);
    let (stroke, _, _, _) = style::mark_style(marks).unwrap_or(("#37474f", None, 1.0, 1.0));
    writeln!(
        out,
        "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{width:.1}\" height=\"{height:.1}\" rx=\"2\" fill=\"{}\" stroke=\"{stroke}\" stroke-width=\"0.8\"/>",
        style::mark_tag_fill(marks)
    )
    .ok();
    text(out, x + 3.0, y + size + 0.5, size, true, words);
}

fn legend_entry(out: &mut String, x: f32, y: f32, sample: &LegendSample, label: &str) {
    let (w, h) = (18.0, 10.0);
    if y > 0.0 {
        writeln!(out, "<g transform=\"translate(0 {y:.1})\">").ok();
    }
    match sample {
        LegendSample::Kind(kind) => {
            let (fill, stroke, _, width) = style::box_style(*kind, PostStatus::Filled);
            writeln!(out, "<rect x=\"{x:.1}\" y=\"0\" width=\"{w}\" height=\"{h}\" rx=\"2\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"{width}\"/>").ok();
        }
        LegendSample::Status(status) => {
            let (fill, stroke, dash, width) = style::box_style(NodeKind::Position, *status);
            let dash = dash
                .map(|d| format!(" stroke-dasharray=\"{d}\""))
                .unwrap_or_default();
            writeln!(out, "<rect x=\"{x:.1}\" y=\"0\" width=\"{w}\" height=\"{h}\" rx=\"2\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"{width}\"{dash}/>").ok();
            if *status == PostStatus::Abolished {
                writeln!(out, "<line x1=\"{x:.1}\" y1=\"{h}\" x2=\"{:.1}\" y2=\"0\" stroke=\"{stroke}\" stroke-width=\"0.8\"/>", x + w).ok();
            }
        }
        LegendSample::Mark(mark) => {
            let marks = [*mark];
            let (stroke, dash, width, _) =
                style::mark_style(&marks).unwrap_or(("#37474f", None, 1.0, 1.0));
            let dash = dash
                .map(|d| format!(" stroke-dasharray=\"{d}\""))
                .unwrap_or_default();
            writeln!(out, "<rect x=\"{x:.1}\" y=\"0\" width=\"{w}\" height=\"{h}\" rx=\"2\" fill=\"{}\" stroke=\"{stroke}\" stroke-width=\"{width}\"{dash}/>", style::mark_tag_fill(&marks)).ok();
        }
        LegendSample::Serves => {
            writeln!(out, "<line x1=\"{x:.1}\" y1=\"5\" x2=\"{:.1}\" y2=\"5\" stroke=\"{}\" stroke-dasharray=\"6 3\"/>", x + w, style::SERVES).ok();
        }
        LegendSample::ServesAll => {
            // A team's box with a line of note text in it: the note, where a line would be.
            let (fill, stroke, _, width) = style::box_style(NodeKind::Team, PostStatus::Filled);
            writeln!(out, "<rect x=\"{x:.1}\" y=\"0\" width=\"{w}\" height=\"{h}\" rx=\"2\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"{width}\"/>").ok();
            writeln!(out, "<line x1=\"{:.1}\" y1=\"6.5\" x2=\"{:.1}\" y2=\"6.5\" stroke=\"{}\" stroke-width=\"1.5\"/>", x + 3.0, x + w - 3.0, style::NOTE).ok();
        }
    }
    writeln!(
        out,
        "<text x=\"{:.1}\" y=\"8.5\" font-size=\"{:.1}\">{}</text>",
        x + w + 4.0,
        style::LEGEND_SIZE,
        esc(label)
    )
    .ok();
    if y > 0.0 {
        out.push_str("</g>\n");
    }
}

fn text(out: &mut String, x: f32, y: f32, size: f32, bold: bool, content: &str) {
    let weight = if bold { " font-weight=\"bold\"" } else { "" };
    writeln!(
        out,
        "<text x=\"{x:.1}\" y=\"{y:.1}\" font-size=\"{size:.1}\"{weight}>{}</text>",
        esc(content)
    )
    .ok();
}

/// Escapes text for XML content and attributes; drops characters XML cannot hold.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 => {}
            c => out.push(c),
        }
    }
    out
}
