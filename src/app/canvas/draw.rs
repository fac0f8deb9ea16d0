//! Drawing the chart: only the boxes and lines inside the view, text only where it is large
//! enough to read, and while boxes are dragged, where they would go.

use std::collections::HashSet;

use egui::{
    Align2, Color32, CornerRadius, FontFamily, FontId, Pos2, Rect, Shape, Stroke, StrokeKind, Ui,
    pos2, vec2,
};

use super::chart::{Chart, bounds};
use super::input::CanvasInput;
use super::view::{CanvasState, Drag};
use crate::app::palette::Palette;
use crate::compare::marks::Mark;
use crate::i18n::{s, tr_args};
use crate::layout::{ConnectorKind, Layout, LineStyle, NodeBox};
use crate::model::{NodeId, PostStatus, Scenario, compose};

/// Text smaller than this many screen points is not drawn: nobody can read it (a name at this
/// size still shows which box is which).
const MIN_TEXT: f32 = 4.0;

/// The node and its parents up to the root (empty without a node).
pub(super) fn path_to_root(scenario: &Scenario, node: Option<&NodeId>) -> HashSet<NodeId> {
    node.into_iter()
        .chain(node.into_iter().flat_map(|id| scenario.ancestors(id)))
        .cloned()
        .collect()
}

pub(super) fn draw_connectors(
    shapes: &mut Vec<Shape>,
    chart: &Chart,
    state: &CanvasState,
    palette: &Palette,
) {
    let view = state.visible();
    let width = (state.zoom).clamp(0.5, 2.0);
    for connector in &chart.layout.connectors {
        let mut area = Rect::NOTHING;
        let at = chart.layout.points_of(connector);
        for [x, y] in at {
            area.extend_with(pos2(*x, *y));
        }
        if !area.expand(1.0).intersects(view) {
            continue;
        }
        let points: Vec<Pos2> = at
            .iter()
            .map(|[x, y]| state.to_screen(pos2(*x, *y)))
            .collect();
        match connector.kind {
            ConnectorKind::Structure | ConnectorKind::Staff => {
                shapes.push(Shape::line(points, Stroke::new(width, palette.line)));
            }
            ConnectorKind::Serves => {
                let dash = (6.0 * state.zoom).max(2.0);
                let gap = (3.0 * state.zoom).max(2.0);
                shapes.extend(Shape::dashed_line(
                    &points,
                    Stroke::new(width * 1.2, palette.serves),
                    dash,
                    gap,
                ));
            }
        }
    }
}

/// The outline of a box: its pattern tells its status (as in the exports), never colour alone.
fn outline(status: PostStatus, palette: &Palette, zoom: f32) -> (Stroke, Option<(f32, f32)>) {
    let scaled = |w: f32| (w * zoom).clamp(1.0, 3.0);
    match status {
        PostStatus::Filled => (Stroke::new(scaled(1.0), palette.outline), None),
        PostStatus::Vacant => (Stroke::new(scaled(1.2), palette.outline), Some((5.0, 3.0))),
        PostStatus::LeftUnfilled => (Stroke::new(scaled(1.4), palette.outline), Some((1.5, 2.5))),
        PostStatus::Abolished => (
            Stroke::new(scaled(1.2), palette.abolished),
            Some((3.0, 2.0)),
        ),
        PostStatus::Acting => (Stroke::new(scaled(2.2), palette.outline), None),
    }
}

pub(super) fn draw_boxes(
    ui: &Ui,
    shapes: &mut Vec<Shape>,
    input: &CanvasInput<'_>,
    state: &CanvasState,
    palette: &Palette,
    path: &HashSet<NodeId>,
) {
    let view = state.visible();
    let layout = &input.chart.layout;
    let zoom = state.zoom;
    let with_text = LineStyle::Heading.size(layout.font_size) * zoom >= MIN_TEXT;
    let radius = (3.0 * zoom).min(3.0);
    for b in &layout.boxes {
        let area = bounds(b);
        if !area.intersects(view) {
            continue;
        }
        let screen = state.rect_to_screen(area);
        let marked = input.marks.map_or(&[][..], |m| m.marks.of_node(&b.id));
        let look = MarkLook::of(marked);
        let faint = look.map_or(1.0, |l| l.faint);
        let fill = Palette::fill(b.kind, b.status).gamma_multiply(faint);
        if screen.width() < 3.0 {
            // Too small for an outline to tell anything: a dot of colour keeps the shape, and
            // a changed box keeps its mark's colour, so that an overview shows where it changed.
            let dot = look.map_or(palette.outline, |l| l.color);
            shapes.push(Shape::rect_filled(screen, CornerRadius::ZERO, dot));
            continue;
        }
        shapes.push(Shape::rect_filled(
            screen,
            CornerRadius::same(radius as u8),
            fill,
        ));
        let (mut stroke, mut dash) = outline(b.status, palette, zoom);
        if let Some(look) = look {
            stroke = Stroke::new((look.width * zoom).clamp(1.5, 4.0), look.color);
            if look.dashed {
                dash = Some((4.0, 3.0));
            }
        }
        match dash {
            Some((on, off)) if screen.width() >= 12.0 => {
                let corners = [
                    screen.left_top(),
                    screen.right_top(),
                    screen.right_bottom(),
                    screen.left_bottom(),
                    screen.left_top(),
                ];
                shapes.extend(Shape::dashed_line(
                    &corners,
                    stroke,
                    (on * zoom).max(2.0),
                    (off * zoom).max(1.5),
                ));
            }
            _ => shapes.push(Shape::rect_stroke(
                screen,
                CornerRadius::same(radius as u8),
                stroke,
                StrokeKind::Inside,
            )),
        }
        if b.status == PostStatus::Abolished {
            shapes.push(Shape::line_segment(
                [screen.left_bottom(), screen.right_top()],
                Stroke::new(1.0, palette.abolished),
            ));
        }
        let selected = input.selection.contains(&&b.id);
        if selected {
            shapes.push(Shape::rect_stroke(
                screen.expand(2.0),
                CornerRadius::same(radius as u8 + 2),
                Stroke::new(3.0, palette.selection),
                StrokeKind::Outside,
            ));
        } else if path.contains(&b.id) {
            shapes.push(Shape::rect_stroke(
                screen.expand(1.0),
                CornerRadius::same(radius as u8 + 1),
                Stroke::new(2.0, palette.path),
                StrokeKind::Outside,
            ));
        }
        if with_text {
            let text_look = BoxLook {
                zoom,
                faint,
                bold: input.bold,
            };
            box_text(ui, shapes, b, screen, layout, palette, text_look);
            if let (Some(marks), Some(mark)) = (input.marks, look) {
                let words = marks.text(&b.id);
                mark_tag(ui, shapes, screen, &words, mark, layout, text_look);
            }
        }
    }
}

/// How a changed box is drawn on a comparison: the exports' outline colour, dash and width,
/// and how opaque the box is (a removed node's ghost is faint).
#[derive(Clone, Copy, Debug)]
struct MarkLook {
    color: Color32,
    dashed: bool,
    width: f32,
    faint: f32,
    tag: Color32,
}

impl MarkLook {
    fn of(marks: &[Mark]) -> Option<MarkLook> {
        let (stroke, dash, width, faint) = crate::export::mark_style(marks)?;
        let colour = |hex: &str| Color32::from_hex(hex).unwrap_or(Color32::GRAY);
        Some(MarkLook {
            color: colour(stroke).gamma_multiply(faint.max(0.7)),
            dashed: dash.is_some(),
            width,
            faint,
            tag: colour(crate::export::mark_tag_fill(marks)),
        })
    }
}

/// How a box's text is drawn: at what zoom, how faint, whether the bold face is ready.
#[derive(Clone, Copy, Debug)]
struct BoxLook {
    zoom: f32,
    faint: f32,
    bold: bool,
}

/// The words of a box's changes on a tag across its top edge at the right, as the exports put
/// them (where no line meets the box).
fn mark_tag(
    ui: &Ui,
    shapes: &mut Vec<Shape>,
    screen: Rect,
    words: &str,
    mark: MarkLook,
    layout: &Layout,
    look: BoxLook,
) {
    let size = LineStyle::Note.size(layout.font_size) * look.zoom;
    if words.is_empty() || size < MIN_TEXT {
        return;
    }
    let family = if look.bold {
        FontFamily::Name(crate::app::fonts::BOLD.into())
    } else {
        FontFamily::Proportional
    };
    let text = Color32::from_rgb(0x21, 0x21, 0x21);
    let galley = ui
        .painter()
        .layout_no_wrap(words.to_owned(), FontId::new(size, family), text);
    let pad = 3.0 * look.zoom.min(1.5);
    let plate_size = galley.size() + vec2(2.0 * pad, pad);
    let min = pos2(
        screen.right() - plate_size.x - 3.0 * look.zoom,
        screen.top() - plate_size.y / 2.0,
    );
    let plate = Rect::from_min_size(min, plate_size);
    shapes.push(Shape::rect_filled(plate, CornerRadius::same(2), mark.tag));
    shapes.push(Shape::rect_stroke(
        plate,
        CornerRadius::same(2),
        Stroke::new(1.0, mark.color),
        StrokeKind::Inside,
    ));
    shapes.push(Shape::galley(
        plate.min + vec2(pad, pad / 2.0),
        galley,
        text,
    ));
}

fn box_text(
    ui: &Ui,
    shapes: &mut Vec<Shape>,
    b: &NodeBox,
    screen: Rect,
    layout: &Layout,
    palette: &Palette,
    look: BoxLook,
) {
    let BoxLook { zoom, faint, bold } = look;
    let mut y = screen.top() + layout.padding * zoom;
    let x = screen.left() + layout.padding * zoom;
    for line in layout.lines_of(b) {
        let height = line.style.line_height(layout.font_size) * zoom;
        let size = line.style.size(layout.font_size) * zoom;
        if size < MIN_TEXT {
            y += height;
            continue;
        }
        let family = if line.style == LineStyle::Heading && bold {
            FontFamily::Name(crate::app::fonts::BOLD.into())
        } else {
            FontFamily::Proportional
        };
        let color = if line.style == LineStyle::Note {
            palette.note
        } else {
            palette.text
        }
        .gamma_multiply(faint);
        let galley = ui.painter().layout_no_wrap(
            layout.text_of(line).to_owned(),
            FontId::new(size, family),
            color,
        );
        let at = Align2::LEFT_CENTER
            .anchor_size(pos2(x, y + height / 2.0), galley.size())
            .min;
        shapes.push(Shape::galley(at, galley, color));
        y += height;
    }
}

/// While boxes are dragged: their outlines under the pointer, and the box they would go under,
/// marked as taking them or refusing them with the reason beside it.
pub(super) fn drag_overlay(
    ui: &Ui,
    painter: &egui::Painter,
    input: &CanvasInput<'_>,
    state: &CanvasState,
    palette: &Palette,
) {
    match &state.drag {
        Some(Drag::Band { from }) => {
            if let Some(pointer) = ui.input(|i| i.pointer.hover_pos()) {
                let band = Rect::from_two_pos(state.to_screen(*from), pointer);
                painter.rect(
                    band,
                    CornerRadius::ZERO,
                    palette.selection.gamma_multiply(0.12),
                    Stroke::new(1.0, palette.selection),
                    StrokeKind::Inside,
                );
            }
        }
        Some(Drag::Move { nodes, grab }) => {
            let Some(pointer) = ui.input(|i| i.pointer.hover_pos()) else {
                return;
            };
            let at = state.to_chart(pointer);
            let offset = at - *grab;
            for id in nodes {
                if let Some(b) = input.chart.box_of(id) {
                    let ghost = state.rect_to_screen(bounds(b).translate(offset));
                    painter.rect_stroke(
                        ghost,
                        CornerRadius::same(3),
                        Stroke::new(1.5, palette.selection),
                        StrokeKind::Inside,
                    );
                }
            }
            let Some(target) = input.chart.hit(at).filter(|t| !nodes.contains(&t.id)) else {
                return;
            };
            let verdict = nodes
                .iter()
                .try_for_each(|node| compose::check_move(input.scenario, node, &target.id));
            let screen = state.rect_to_screen(bounds(target)).expand(3.0);
            let (color, text) = match verdict {
                Ok(()) => (
                    palette.drop_ok,
                    tr_args(
                        input.lang,
                        "canvas-drop-here",
                        &[(
                            "name",
                            s(input
                                .scenario
                                .node(&target.id)
                                .map(|n| n.label(input.lang).to_owned())
                                .unwrap_or_default()),
                        )],
                    ),
                ),
                Err(error) => (
                    palette.drop_refused,
                    error.message_in(input.scenario, input.lang),
                ),
            };
            painter.rect_stroke(
                screen,
                CornerRadius::same(4),
                Stroke::new(3.0, color),
                StrokeKind::Outside,
            );
            // The verdict in words beside the pointer, on a plate the text can be read on.
            let galley = painter.layout(
                text,
                FontId::proportional(13.0),
                ui.visuals().text_color(),
                320.0,
            );
            let plate = Rect::from_min_size(pointer + vec2(16.0, 16.0), galley.size()).expand(4.0);
            painter.rect(
                plate,
                CornerRadius::same(3),
                ui.visuals().extreme_bg_color,
                Stroke::new(1.5, color),
                StrokeKind::Inside,
            );
            painter.galley(plate.min + vec2(4.0, 4.0), galley, Color32::PLACEHOLDER);
        }
        Some(Drag::Pan) | None => {}
    }
}
