//! Where the canvas looks: the zoom and the chart point at its corner, fitting, revealing a
//! box, and what a drag is doing; kept by the window between frames.

use egui::{Pos2, Rect, Vec2, vec2};

use super::chart::{Chart, bounds};
use crate::model::NodeId;

/// The least and the most the chart is magnified (screen points per chart unit).
pub const MIN_ZOOM: f32 = 1e-4;
/// See [`MIN_ZOOM`].
pub const MAX_ZOOM: f32 = 8.0;
/// Space kept free around the chart when it is fitted to the view.
const FIT_MARGIN: f32 = 16.0;

/// What a drag on the canvas does.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Drag {
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
    pub(super) zoom: f32,
    /// Fit the whole chart to the view on the next frame.
    fit_pending: bool,
    /// The view shows the whole chart and keeps doing so when the canvas changes size, until
    /// the user pans or zooms.
    fitted: bool,
    /// Fit the selection to the view on the next frame.
    zoom_selection_pending: bool,
    /// Bring this node's box into view on the next frame.
    reveal: Option<NodeId>,
    pub(super) drag: Option<Drag>,
    /// The box the context menu is open for.
    pub(super) menu_node: Option<NodeId>,
    /// Where the canvas was drawn last.
    rect: Rect,
    /// What a fit shows instead of the whole chart (charts kept in step fit the same area).
    fit_area: Option<Rect>,
    /// The semantic zoom's level: every node at this depth drawn as one box (`None`: the whole
    /// chart).
    level: Option<usize>,
    /// The zoom when the level was last chosen.
    level_zoom: f32,
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
            fit_area: None,
            level: None,
            level_zoom: 0.0,
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

    /// Fits `area` of the chart, not the whole chart, from now on (`None`: the whole chart).
    pub fn set_fit_area(&mut self, area: Option<Rect>) {
        self.fit_area = area;
    }

    /// Takes another view's place and zoom, for charts kept in step.
    pub fn follow(&mut self, other: &CanvasState) {
        self.origin = other.origin;
        self.zoom = other.zoom;
        self.fitted = other.fitted;
    }

    /// The chart point at the corner and the zoom: what [`CanvasState::follow`] takes.
    #[must_use]
    pub fn position(&self) -> (Pos2, f32) {
        (self.origin, self.zoom)
    }

    /// Whether a fit, a zoom to the selection or a reveal waits for the next frame.
    #[must_use]
    pub fn moves_next_frame(&self) -> bool {
        self.fit_pending || self.zoom_selection_pending || self.reveal.is_some()
    }

    /// The semantic zoom's level (`None`: the whole chart is drawn).
    #[must_use]
    pub fn level(&self) -> Option<usize> {
        self.level
    }

    pub(super) fn set_level(&mut self, level: Option<usize>) {
        self.level = level;
    }

    /// Whether the chart will be fitted in `rect` this frame: asked for, or a fitted view whose
    /// canvas changed size.
    pub(super) fn fits_in(&self, rect: Rect) -> bool {
        self.fit_pending || (self.fitted && rect != self.rect)
    }

    pub(super) fn reveal_is_pending(&self) -> bool {
        self.zoom_selection_pending || self.reveal.is_some()
    }

    /// The node a reveal waits to bring into view (not when the selection is to be fitted).
    pub(super) fn revealing(&self) -> Option<&NodeId> {
        self.reveal
            .as_ref()
            .filter(|_| !self.zoom_selection_pending)
    }

    /// Whether the zoom changed since the level was last chosen.
    pub(super) fn zoom_changed(&self) -> bool {
        self.zoom != self.level_zoom
    }

    pub(super) fn note_zoom(&mut self) {
        self.level_zoom = self.zoom;
    }

    /// Moves the view by a distance on the chart.
    pub(super) fn shift_by_chart(&mut self, by: Vec2) {
        self.origin += by;
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
    pub(super) fn place(&mut self, rect: Rect, chart: &Chart, selection: &[&NodeId]) {
        if rect != self.rect {
            // Keep the centre of the view where it was when the window is resized.
            let centre = self.to_chart(self.rect.center());
            self.rect = rect;
            self.centre_on(centre);
            self.fit_pending |= self.fitted;
        }
        if self.fit_pending {
            self.fit_pending = false;
            self.show_area(self.fit_area.unwrap_or(chart.extent()), 1.0);
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
