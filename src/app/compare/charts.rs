//! The comparison's charts: the later scenario with its changes marked (the removed nodes as
//! ghosts where they stood), or the two scenarios side by side with pan and zoom kept in step;
//! and the legend of the marks under them. The charts are only looked at: a click selects a box
//! in every chart.

use egui::{CornerRadius, RichText, Sense, Shape, Stroke, StrokeKind, Ui, vec2};

use super::{CompareView, Comparison};
use crate::app::AppAction;
use crate::app::canvas::{CanvasInput, MarksShown, canvas_ui};
use crate::compare::marks::Mark;
use crate::i18n::{Lang, s, tr, tr_args};
use crate::model::{NodeId, Plan, Scenario};

/// What every chart of the comparison is drawn with.
pub(super) struct Look<'a> {
    /// The plan (the canvas wants it, though it edits nothing here).
    pub plan: &'a Plan,
    /// The window's language.
    pub lang: Lang,
    /// Whether the bold face is ready.
    pub bold: bool,
}

/// The legend under the charts, and the charts.
pub(super) fn charts_ui(
    ui: &mut Ui,
    comparison: &Comparison,
    [earlier, later]: [&Scenario; 2],
    view: &mut CompareView,
    look: &Look<'_>,
    actions: &mut Vec<AppAction>,
) {
    egui::Panel::bottom("compare_legend").show(ui, |ui| {
        legend_ui(ui, &comparison.mark_words, look.lang);
    });
    let selection: Vec<&NodeId> = view.selected.iter().collect();
    let marks = MarksShown {
        marks: &comparison.marks,
        words: &comparison.mark_words,
    };
    if !view.side_by_side {
        let input = CanvasInput {
            plan: look.plan,
            scenario: &comparison.shown,
            chart: &comparison.marked,
            selection: &selection,
            lang: look.lang,
            bold: look.bold,
            marks: Some(marks),
            levels: None,
            editable: false,
        };
        canvas_ui(ui, &input, &mut view.marked_canvas, actions);
        return;
    }
    let [left, right] = comparison.sides([earlier, later]);
    let area = left.extent().union(right.extent());
    let steady = !view.side_canvases.iter().any(|c| c.moves_next_frame());
    let before = view.side_canvases.each_ref().map(|c| c.position());
    let whole = ui.available_rect_before_wrap();
    let half = (whole.width() - 6.0) / 2.0;
    let sides = [(earlier, left, None), (later, right, Some(marks))];
    for (at, ((scenario, chart, marks), state)) in sides
        .into_iter()
        .zip(view.side_canvases.iter_mut())
        .enumerate()
    {
        let x = whole.left() + at as f32 * (half + 6.0);
        let rect =
            egui::Rect::from_min_size(egui::pos2(x, whole.top()), vec2(half, whole.height()));
        ui.scope_builder(egui::UiBuilder::new().max_rect(rect), |ui| {
            let key = if marks.is_none() {
                "compare-side-earlier"
            } else {
                "compare-side-later"
            };
            let caption = tr_args(
                look.lang,
                key,
                &[("name", s(scenario.meta.name.show(look.lang)))],
            );
            ui.add(egui::Label::new(RichText::new(caption).strong()).truncate());
            state.set_fit_area(Some(area));
            let input = CanvasInput {
                plan: look.plan,
                scenario,
                chart,
                selection: &selection,
                lang: look.lang,
                bold: look.bold,
                marks,
                levels: None,
                editable: false,
            };
            canvas_ui(ui, &input, state, actions);
        });
    }
    ui.advance_cursor_after_rect(whole);
    // Whichever chart the user moved leads. After a click on a change each shows the node
    // where it has it, and a chart without it follows the other.
    let after = view.side_canvases.each_ref().map(|c| c.position());
    let [a, b] = &mut view.side_canvases;
    if steady {
        if after[0] != before[0] {
            b.follow(a);
        } else if after[1] != before[1] {
            a.follow(b);
        }
    } else {
        let has = [left, right].map(|chart| chart.around(selection.iter().copied()).is_some());
        match has {
            [false, true] => a.follow(b),
            [true, false] => b.follow(a),
            _ => {}
        }
    }
}

/// The marks the charts use, each with its sample and its words.
fn legend_ui(ui: &mut Ui, words: &[(Mark, String)], lang: Lang) {
    ui.horizontal_wrapped(|ui| {
        if words.is_empty() {
            ui.label(tr(lang, "diff-none"));
            return;
        }
        ui.label(RichText::new(tr(lang, "compare-legend")).strong());
        for (mark, text) in words {
            // A sample and its words wrap as one.
            let font = egui::TextStyle::Body.resolve(ui.style());
            let words = ui
                .painter()
                .layout_no_wrap(text.clone(), font, egui::Color32::PLACEHOLDER);
            let needed = 24.0 + 2.0 * ui.spacing().item_spacing.x + words.size().x;
            if ui.max_rect().right() - ui.cursor().left() < needed {
                ui.end_row();
            }
            sample(ui, *mark);
            ui.add(egui::Label::new(text).extend());
            ui.add_space(8.0);
        }
    });
}

/// A box outlined and filled as a box with this mark is.
fn sample(ui: &mut Ui, mark: Mark) {
    let (rect, _) = ui.allocate_exact_size(vec2(24.0, 14.0), Sense::hover());
    let marks = [mark];
    let Some((stroke, dash, width, faint)) = crate::export::mark_style(&marks) else {
        return;
    };
    let colour = |hex: &str| egui::Color32::from_hex(hex).unwrap_or(egui::Color32::GRAY);
    let fill = colour(crate::export::mark_tag_fill(&marks)).gamma_multiply(faint.max(0.6));
    let stroke = Stroke::new(width.min(2.5), colour(stroke));
    let painter = ui.painter();
    painter.rect_filled(rect, CornerRadius::same(2), fill);
    if dash.is_some() {
        let corners = [
            rect.left_top(),
            rect.right_top(),
            rect.right_bottom(),
            rect.left_bottom(),
            rect.left_top(),
        ];
        painter.extend(Shape::dashed_line(&corners, stroke, 4.0, 3.0));
    } else {
        painter.rect_stroke(rect, CornerRadius::same(2), stroke, StrokeKind::Inside);
    }
}
