//! The chart canvas: the library's layout of the shown scenario, drawn with egui. Drag the
//! background or turn the wheel to pan, Ctrl+wheel (or pinch) to zoom at the cursor; click a box
//! to select it, Ctrl/Shift+click to add it, Shift+drag a band to select several; drag a box
//! onto another to move it there; double-click a box to collapse or open its subtree; the right
//! button opens the box's menu.
//!
//! Only the boxes and lines inside the view are drawn, and text only where it is large enough
//! to read, so a frame stays cheap however large the organisation.

use std::collections::{HashMap, HashSet};

use egui::{
    Align2, Color32, CornerRadius, FontFamily, FontId, Pos2, Rect, Sense, Shape, Stroke,
    StrokeKind, Ui, Vec2, pos2, vec2,
};

use super::actions::AppAction;
use super::palette::Palette;
use crate::i18n::{Lang, s, tr, tr_args};
use crate::layout::{ConnectorKind, Layout, LayoutOptions, LineStyle, NodeBox, layout};
use crate::model::words::kind_text;
use crate::model::{Command, Edit, NodeId, PostStatus, Scenario, compose};

/// The least and the most the chart is magnified (screen points per chart unit).
pub const MIN_ZOOM: f32 = 1e-4;
/// See [`MIN_ZOOM`].
pub const MAX_ZOOM: f32 = 8.0;
/// Text smaller than this many screen points is not drawn: nobody can read it (a name at this
/// size still shows which box is which).
const MIN_TEXT: f32 = 4.0;
/// Space kept free around the chart when it is fitted to the view.
const FIT_MARGIN: f32 = 16.0;

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

/// What a drag on the canvas does.
#[derive(Clone, Debug, PartialEq)]
enum Drag {
    /// Moves the view.
    Pan,
    /// Selects the boxes a band touches (from its first corner, in chart units).
    Band { from: Pos2 },
    /// Carries boxes to a new parent (grabbed at a point of the chart).
    Move { nodes: Vec<NodeId>, grab: Pos2 },
}

/// Where the canvas looks and what the pointer is doing; kept by the window between frames.
#[derive(Clone, Debug)]
pub struct CanvasState {
    /// The chart point at the canvas's top-left corner.
    origin: Pos2,
    /// Screen points per chart unit.
    zoom: f32,
    /// Fit the whole chart to the view on the next frame.
    fit_pending: bool,
    /// The view shows the whole chart and keeps doing so when the canvas changes size, until
    /// the user pans or zooms.
    fitted: bool,
    /// Fit the selection to the view on the next frame.
    zoom_selection_pending: bool,
    /// Bring this node's box into view on the next frame.
    reveal: Option<NodeId>,
    drag: Option<Drag>,
    /// The box the context menu is open for.
    menu_node: Option<NodeId>,
    /// Where the canvas was drawn last.
    rect: Rect,
}

impl Default for CanvasState {
    fn default() -> Self {
        CanvasState {
            origin: Pos2::ZERO,
            zoom: 1.0,
            fit_pending: true,
            fitted: false,
            zoom_selection_pending: false,
            reveal: None,
            drag: None,
            menu_node: None,
            rect: Rect::from_min_size(Pos2::ZERO, vec2(800.0, 600.0)),
        }
    }
}

impl CanvasState {
    /// Fits the whole chart to the view (Ctrl+0) on the next frame.
    pub fn fit(&mut self) {
        self.fit_pending = true;
    }

    /// Fits the selected boxes to the view on the next frame.
    pub fn zoom_to_selection(&mut self) {
        self.zoom_selection_pending = true;
    }

    /// Brings a node's box into view (centred) on the next frame, if it is not in view.
    pub fn reveal(&mut self, id: &NodeId) {
        self.reveal = Some(id.clone());
    }

    /// Screen points per chart unit (1.0 is 100 %).
    #[must_use]
    pub fn zoom(&self) -> f32 {
        self.zoom
    }

    /// Sets the zoom, keeping the chart point under `around` (a screen point) where it is.
    pub fn zoom_at(&mut self, zoom: f32, around: Pos2) {
        let zoom = zoom.clamp(MIN_ZOOM, MAX_ZOOM);
        let fixed = self.to_chart(around);
        self.zoom = zoom;
        self.origin = fixed - (around - self.rect.min) / zoom;
        self.fit_pending = false;
        self.fitted = false;
    }

    /// Sets the zoom around the view's centre.
    pub fn set_zoom(&mut self, zoom: f32) {
        self.zoom_at(zoom, self.rect.center());
    }

    /// A chart point on the screen.
    #[must_use]
    pub fn to_screen(&self, at: Pos2) -> Pos2 {
        self.rect.min + (at - self.origin) * self.zoom
    }

    /// A screen point on the chart.
    #[must_use]
    pub fn to_chart(&self, at: Pos2) -> Pos2 {
        self.origin + (at - self.rect.min) / self.zoom
    }

    /// A chart rectangle on the screen.
    #[must_use]
    pub fn rect_to_screen(&self, area: Rect) -> Rect {
        Rect::from_min_max(self.to_screen(area.min), self.to_screen(area.max))
    }

    /// Where a node's box is on the screen, when it is drawn.
    #[must_use]
    pub fn screen_rect_of(&self, chart: &Chart, id: &NodeId) -> Option<Rect> {
        chart.box_of(id).map(|b| self.rect_to_screen(bounds(b)))
    }

    /// The part of the chart in view.
    #[must_use]
    pub fn visible(&self) -> Rect {
        Rect::from_min_max(self.to_chart(self.rect.min), self.to_chart(self.rect.max))
    }

    /// Shows `area` of the chart whole and centred, magnified at most to `max_zoom`.
    pub fn show_area(&mut self, area: Rect, max_zoom: f32) {
        let room = (self.rect.size() - Vec2::splat(2.0 * FIT_MARGIN)).max(Vec2::splat(1.0));
        let zoom = (room.x / area.width().max(1.0))
            .min(room.y / area.height().max(1.0))
            .clamp(MIN_ZOOM, max_zoom);
        self.zoom = zoom;
        self.fitted = false;
        self.centre_on(area.center());
    }

    /// Moves the view by a distance on the screen.
    pub fn pan(&mut self, by: Vec2) {
        self.origin -= by / self.zoom;
        self.fitted = false;
    }

    /// Puts a chart point at the view's centre.
    pub fn centre_on(&mut self, at: Pos2) {
        self.origin = at - self.rect.size() / (2.0 * self.zoom);
    }

    /// Takes the canvas's place on the screen; the first time, or after a resize, the pending
    /// fits happen against it.
    fn place(&mut self, rect: Rect, chart: &Chart, selection: &[&NodeId]) {
        if rect != self.rect {
            // Keep the centre of the view where it was when the window is resized.
            let centre = self.to_chart(self.rect.center());
            self.rect = rect;
            self.centre_on(centre);
            self.fit_pending |= self.fitted;
        }
        if self.fit_pending {
            self.fit_pending = false;
            self.show_area(chart.extent(), 1.0);
            self.fitted = true;
        }
        if self.zoom_selection_pending {
            self.zoom_selection_pending = false;
            if let Some(area) = chart.around(selection.iter().copied()) {
                self.show_area(area, 1.0);
            }
        }
        if let Some(id) = self.reveal.take()
            && let Some(b) = chart.box_of(&id)
        {
            let on_screen = self.rect_to_screen(bounds(b));
            if !self.rect.contains_rect(on_screen) {
                if on_screen.width() > self.rect.width() * 0.8 {
                    self.show_area(bounds(b), 1.0);
                } else {
                    self.centre_on(bounds(b).center());
                }
            }
        }
    }
}

/// What the canvas draws and edits.
pub struct CanvasInput<'a> {
    /// The plan (new nodes get ids no scenario of it uses).
    pub plan: &'a crate::model::Plan,
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
}

/// Draws the canvas into the rest of `ui` and turns the pointer into actions.
pub fn canvas_ui(
    ui: &mut Ui,
    input: &CanvasInput<'_>,
    state: &mut CanvasState,
    actions: &mut Vec<AppAction>,
) {
    let rect = ui.available_rect_before_wrap();
    let response = ui.allocate_rect(rect, Sense::click_and_drag());
    let lang = input.lang;
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Canvas, true, tr(lang, "panel-chart"))
    });
    state.place(rect, input.chart, input.selection);
    let palette = Palette::new(ui.visuals().dark_mode);

    if response.hovered() {
        let (scroll, zoom, pointer) =
            ui.input(|i| (i.smooth_scroll_delta, i.zoom_delta(), i.pointer.hover_pos()));
        if zoom != 1.0 {
            let around = pointer.unwrap_or(rect.center());
            state.zoom_at(state.zoom * zoom, around);
        }
        if scroll != Vec2::ZERO {
            state.pan(scroll);
        }
    }
    pointer_ui(ui, &response, input, state, actions);

    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, CornerRadius::ZERO, palette.background);
    let mut shapes = Vec::new();
    draw_connectors(&mut shapes, input.chart, state, &palette);
    let path = path_to_root(input.scenario, input.selection.first().copied());
    draw_boxes(ui, &mut shapes, input, state, &palette, &path);
    painter.extend(shapes);
    drag_overlay(ui, &painter, input, state, &palette);
    box_menu(&response, input, state, actions);
}

/// Clicks, double-clicks and drags.
fn pointer_ui(
    ui: &Ui,
    response: &egui::Response,
    input: &CanvasInput<'_>,
    state: &mut CanvasState,
    actions: &mut Vec<AppAction>,
) {
    let chart = input.chart;
    let modifiers = ui.input(|i| i.modifiers);
    let adding = modifiers.shift || modifiers.command;
    if response.drag_started() {
        let from = ui
            .input(|i| i.pointer.press_origin())
            .map(|p| state.to_chart(p));
        let on_box = from.and_then(|p| chart.hit(p));
        state.drag = match (on_box, from) {
            _ if !response.dragged_by(egui::PointerButton::Primary) => Some(Drag::Pan),
            (Some(b), Some(grab)) => {
                let in_selection = input.selection.contains(&&b.id);
                let nodes = if in_selection {
                    input.selection.iter().map(|id| (*id).clone()).collect()
                } else {
                    vec![b.id.clone()]
                };
                Some(Drag::Move { nodes, grab })
            }
            (None, Some(from)) if adding => Some(Drag::Band { from }),
            _ => Some(Drag::Pan),
        };
    }
    if response.dragged() && state.drag == Some(Drag::Pan) {
        state.pan(response.drag_delta());
    }
    if response.drag_stopped() {
        let pointer = response.interact_pointer_pos().map(|p| state.to_chart(p));
        match (state.drag.take(), pointer) {
            (Some(Drag::Band { from }), Some(to)) => {
                let mut ids: Vec<NodeId> = input.selection.iter().map(|id| (*id).clone()).collect();
                for id in chart.touching(Rect::from_two_pos(from, to)) {
                    if !ids.contains(&id) {
                        ids.push(id);
                    }
                }
                actions.push(AppAction::SelectMany(ids));
            }
            (Some(Drag::Move { nodes, .. }), Some(to)) => {
                if let Some(target) = chart.hit(to)
                    && !nodes.contains(&target.id)
                {
                    actions.extend(move_action(input.scenario, &nodes, &target.id, input.lang));
                }
            }
            _ => {}
        }
    }
    if response.clicked() || response.secondary_clicked() {
        let hit = response
            .interact_pointer_pos()
            .and_then(|p| chart.hit(state.to_chart(p)))
            .map(|b| b.id.clone());
        if response.secondary_clicked() {
            state.menu_node.clone_from(&hit);
            if let Some(id) = &hit
                && !input.selection.contains(&id)
            {
                actions.push(AppAction::Select(Some(id.clone())));
            }
        } else {
            actions.push(match hit {
                Some(id) if adding => AppAction::ToggleSelect(id),
                other => AppAction::Select(other),
            });
        }
    }
    if response.double_clicked()
        && let Some(b) = response
            .interact_pointer_pos()
            .and_then(|p| chart.hit(state.to_chart(p)))
        && let Some(action) = collapse_action(input.scenario, &b.id, input.lang)
    {
        actions.push(action);
    }
}

/// The edit that moves `nodes` under `target`, or a message that says why it cannot be made;
/// nothing when they are all there already.
#[must_use]
pub fn move_action(
    scenario: &Scenario,
    nodes: &[NodeId],
    target: &NodeId,
    lang: Lang,
) -> Option<AppAction> {
    if let Err(error) = nodes
        .iter()
        .try_for_each(|node| compose::check_move(scenario, node, target))
    {
        return Some(AppAction::Refuse(error.message_in(scenario, lang)));
    }
    let target_name = scenario
        .node(target)
        .map(|n| n.label(lang).to_owned())
        .unwrap_or_default();
    let moved: Vec<Edit> = nodes
        .iter()
        .filter(|node| scenario.parent(node) != Some(target))
        .map(|node| Edit::Move {
            node: node.clone(),
            parent: Some(target.clone()),
        })
        .collect();
    if moved.is_empty() {
        return None;
    }
    let label = match nodes {
        [one] => tr_args(
            lang,
            "edit-move-under",
            &[
                (
                    "name",
                    s(scenario
                        .node(one)
                        .map(|n| n.label(lang).to_owned())
                        .unwrap_or_default()),
                ),
                ("parent", s(target_name)),
            ],
        ),
        many => tr_args(
            lang,
            "edit-move-many",
            &[
                ("count", crate::i18n::n(many.len())),
                ("parent", s(target_name)),
            ],
        ),
    };
    Some(AppAction::Edit {
        command: Command {
            scenario: scenario.meta.id.clone(),
            edit: Edit::Batch(moved),
        },
        label,
    })
}

/// Collapses a node's subtree into one box, or opens it; `None` for a node without parts.
#[must_use]
pub fn collapse_action(scenario: &Scenario, id: &NodeId, lang: Lang) -> Option<AppAction> {
    let collapsed = scenario.view.collapsed.contains(id);
    if !collapsed && scenario.children(id).is_empty() {
        return None;
    }
    let name = scenario.node(id)?.label(lang).to_owned();
    let key = if collapsed {
        "edit-expand"
    } else {
        "edit-collapse"
    };
    Some(AppAction::Edit {
        command: Command {
            scenario: scenario.meta.id.clone(),
            edit: Edit::SetCollapsed {
                node: id.clone(),
                collapsed: !collapsed,
            },
        },
        label: tr_args(lang, key, &[("name", s(name))]),
    })
}

/// The node and its parents up to the root (empty without a node).
fn path_to_root(scenario: &Scenario, node: Option<&NodeId>) -> HashSet<NodeId> {
    node.into_iter()
        .chain(node.into_iter().flat_map(|id| scenario.ancestors(id)))
        .cloned()
        .collect()
}

fn draw_connectors(shapes: &mut Vec<Shape>, chart: &Chart, state: &CanvasState, palette: &Palette) {
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

fn draw_boxes(
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
        let fill = Palette::fill(b.kind, b.status);
        if screen.width() < 3.0 {
            // Too small for an outline to tell anything: a dot of colour keeps the shape.
            shapes.push(Shape::rect_filled(
                screen,
                CornerRadius::ZERO,
                palette.outline,
            ));
            continue;
        }
        shapes.push(Shape::rect_filled(
            screen,
            CornerRadius::same(radius as u8),
            fill,
        ));
        let (stroke, dash) = outline(b.status, palette, zoom);
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
            box_text(ui, shapes, b, screen, layout, zoom, palette, input.bold);
        }
    }
}

#[allow(clippy::too_many_arguments)] // One box's text needs the box, where it is and how drawn.
fn box_text(
    ui: &Ui,
    shapes: &mut Vec<Shape>,
    b: &NodeBox,
    screen: Rect,
    layout: &Layout,
    zoom: f32,
    palette: &Palette,
    bold: bool,
) {
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
            FontFamily::Name(super::fonts::BOLD.into())
        } else {
            FontFamily::Proportional
        };
        let color = if line.style == LineStyle::Note {
            palette.note
        } else {
            palette.text
        };
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
fn drag_overlay(
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

/// The right button's menu on a box: add a part or a sibling, collapse or open, zoom to it,
/// delete it.
fn box_menu(
    response: &egui::Response,
    input: &CanvasInput<'_>,
    state: &mut CanvasState,
    actions: &mut Vec<AppAction>,
) {
    let lang = input.lang;
    let scenario = input.scenario;
    let Some(id) = state.menu_node.clone() else {
        return;
    };
    let Some(node) = scenario.node(&id) else {
        state.menu_node = None;
        return;
    };
    let mut zoom_here = false;
    response.context_menu(|ui| {
        for kind in compose::part_kinds(node.kind) {
            let text = tr_args(
                lang,
                "canvas-add-part",
                &[("kind", s(kind_text(kind, lang)))],
            );
            if ui.button(text).clicked() {
                actions.extend(super::details::add_part(
                    input.plan,
                    scenario,
                    kind,
                    Some(&id),
                    None,
                    lang,
                ));
                ui.close();
            }
        }
        let parent = scenario.parent(&id);
        let sibling =
            compose::default_part_kind(parent.and_then(|p| scenario.node(p)).map(|p| p.kind));
        if ui.button(tr(lang, "canvas-add-sibling")).clicked() {
            actions.extend(super::details::add_part(
                input.plan,
                scenario,
                sibling,
                parent,
                Some(&id),
                lang,
            ));
            ui.close();
        }
        ui.separator();
        if let Some(action) = collapse_action(scenario, &id, lang) {
            let key = if scenario.view.collapsed.contains(&id) {
                "canvas-expand"
            } else {
                "canvas-collapse"
            };
            if ui.button(tr(lang, key)).clicked() {
                actions.push(action);
                ui.close();
            }
        }
        if ui.button(tr(lang, "canvas-zoom-selection")).clicked() {
            zoom_here = true;
            ui.close();
        }
        ui.separator();
        if ui.button(tr(lang, "button-delete")).clicked() {
            super::details::delete_with_parts(scenario, node, lang, actions);
            ui.close();
        }
    });
    if zoom_here && let Some(area) = input.chart.around([&id]) {
        state.show_area(area, 1.0);
    }
}
