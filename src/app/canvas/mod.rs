//! The chart canvas: the library's layout of the shown scenario, drawn with egui. Drag the
//! background or turn the wheel to pan, Ctrl+wheel (or pinch) to zoom at the cursor; click a box
//! to select it, Ctrl/Shift+click to add it, Shift+drag a band to select several; drag a box
//! onto another to move it there; double-click a box to collapse or open its subtree; the right
//! button opens the box's menu.
//!
//! Only the boxes and lines inside the view are drawn, and text only where it is large enough
//! to read, so a frame stays cheap however large the organisation.

mod chart;
mod draw;
mod input;
mod levels;
mod view;

use egui::{CornerRadius, Rect, Sense, Ui, Vec2};

pub use chart::{Chart, bounds};
pub use input::{CanvasInput, MarksShown};
pub use levels::Levels;
pub use view::{CanvasState, MAX_ZOOM, MIN_ZOOM};

use crate::app::actions::AppAction;
use crate::app::edits::{add_part, collapse_action, delete_with_parts, move_action};
use crate::app::palette::Palette;
use crate::i18n::{s, tr, tr_args};
use crate::model::words::kind_text;
use crate::model::{NodeId, compose};
use draw::{drag_overlay, draw_boxes, draw_connectors, path_to_root};
use view::Drag;

/// Draws the canvas into the rest of `ui` and turns the pointer into actions.
pub fn canvas_ui(
    ui: &mut Ui,
    input: &CanvasInput<'_>,
    state: &mut CanvasState,
    actions: &mut Vec<AppAction>,
) {
    let rect = ui.available_rect_before_wrap();
    let anchor = ui
        .input(|i| i.pointer.hover_pos())
        .filter(|p| rect.contains(*p))
        .unwrap_or(rect.center());
    let chart = match input.levels {
        Some(levels) => levels.pick(state, rect, input.chart, input.scenario, anchor),
        None => input.chart,
    };
    let input = &CanvasInput { chart, ..*input };
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
    if !input.editable {
        look_only(response, input, state, actions);
        return;
    }
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
        && let Some(pointer) = response.interact_pointer_pos()
        && let Some(b) = chart.hit(state.to_chart(pointer))
    {
        if b.hidden > 0 && !input.scenario.view.collapsed.contains(&b.id) {
            // Closed by the semantic zoom, not by the user: zooming in opens it.
            state.zoom_at(state.zoom * 2.0, pointer);
        } else if let Some(action) = collapse_action(input.scenario, &b.id, input.lang) {
            actions.push(action);
        }
    }
}

/// A chart that is only looked at: a drag pans, a click selects a box (in every chart of the
/// comparison) or nothing.
fn look_only(
    response: &egui::Response,
    input: &CanvasInput<'_>,
    state: &mut CanvasState,
    actions: &mut Vec<AppAction>,
) {
    if response.drag_started() {
        state.drag = Some(Drag::Pan);
    }
    if response.dragged() {
        state.pan(response.drag_delta());
    }
    if response.drag_stopped() {
        state.drag = None;
    }
    if response.clicked() {
        let hit = response
            .interact_pointer_pos()
            .and_then(|p| input.chart.hit(state.to_chart(p)))
            .map(|b| b.id.clone());
        actions.push(AppAction::CompareSelect {
            nodes: hit.into_iter().collect(),
            reveal: false,
        });
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
    if !input.editable {
        return;
    }
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
                actions.extend(add_part(input.plan, scenario, kind, Some(&id), None, lang));
                ui.close();
            }
        }
        let parent = scenario.parent(&id);
        let sibling =
            compose::default_part_kind(parent.and_then(|p| scenario.node(p)).map(|p| p.kind));
        if ui.button(tr(lang, "canvas-add-sibling")).clicked() {
            actions.extend(add_part(
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
            delete_with_parts(scenario, node, lang, actions);
            ui.close();
        }
    });
    if zoom_here && let Some(area) = input.chart.around([&id]) {
        state.show_area(area, 1.0);
    }
}
