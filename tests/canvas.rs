//! The chart canvas: its colours' contrast, its geometry, the refusals of a drop, and the
//! window's chart driven with the pointer as a person would.

use egui::{Modifiers, PointerButton, Pos2, Rect, pos2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use orgplan::app::canvas::{CanvasInput, CanvasState, Chart, canvas_ui};
use orgplan::app::dialogs::ScriptedDialogs;
use orgplan::app::palette::{Palette, contrast};
use orgplan::app::{OrgplanApp, fonts};
use orgplan::examples::{Example, load};
use orgplan::i18n::Lang;
use orgplan::io::import_csv;
use orgplan::model::{CommandError, Names, NodeId, NodeKind, PostStatus, compose};

use crate::gui::{app_with, harness};

fn id(text: &str) -> NodeId {
    NodeId::new(text).unwrap()
}

#[test]
fn text_and_lines_pass_wcag_aa_in_both_themes() {
    for dark in [false, true] {
        let p = Palette::new(dark);
        for kind in NodeKind::ALL {
            for status in PostStatus::ALL {
                let fill = Palette::fill(kind, status);
                for (what, colour) in [("text", p.text), ("note", p.note)] {
                    let ratio = contrast(colour, fill);
                    assert!(
                        ratio >= 4.5,
                        "{what} on {kind:?}/{status:?} (dark {dark}): {ratio:.2}"
                    );
                }
                // A box's outline against its fill and against the canvas: 3:1 for graphics.
                assert!(
                    contrast(p.outline, fill) >= 3.0,
                    "{kind:?}/{status:?} outline"
                );
            }
        }
        for (what, colour) in [
            ("line", p.line),
            ("serves", p.serves),
            ("selection", p.selection),
            ("path", p.path),
            ("drop_ok", p.drop_ok),
            ("drop_refused", p.drop_refused),
        ] {
            let ratio = contrast(colour, p.background);
            assert!(
                ratio >= 3.0,
                "{what} on the canvas (dark {dark}): {ratio:.2}"
            );
        }
    }
    // The formula itself: black on white is 21:1, a colour on itself 1:1.
    assert!((contrast(egui::Color32::BLACK, egui::Color32::WHITE) - 21.0).abs() < 0.01);
    assert!((contrast(egui::Color32::GRAY, egui::Color32::GRAY) - 1.0).abs() < 0.01);
}

#[test]
fn zooming_at_a_point_keeps_that_point_under_the_pointer() {
    let plan = load(Example::Kouvola).unwrap();
    let chart = Chart::new(plan.baseline(), Lang::En);
    let ctx = egui::Context::default();
    let mut state = CanvasState::default();
    draw(&ctx, &plan, &chart, &mut state, 1);
    let at = pos2(400.0, 300.0);
    let before = state.to_chart(at);
    state.zoom_at(state.zoom() * 3.0, at);
    let after = state.to_chart(at);
    assert!(
        (before - after).length() < 1e-3,
        "{before:?} became {after:?}"
    );
    let back = state.to_screen(state.to_chart(pos2(123.0, 456.0)));
    assert!((back - pos2(123.0, 456.0)).length() < 1e-3);
    // Zoom stays within its limits.
    state.zoom_at(1e9, at);
    assert!(state.zoom() <= orgplan::app::canvas::MAX_ZOOM);
}

#[test]
fn fitting_shows_the_whole_chart_and_zoom_to_selection_its_boxes() {
    let plan = load(Example::Kouvola).unwrap();
    let chart = Chart::new(plan.baseline(), Lang::En);
    let ctx = egui::Context::default();
    let mut state = CanvasState::default();
    draw(&ctx, &plan, &chart, &mut state, 1);
    let whole = state.rect_to_screen(chart.extent());
    let view = Rect::from_min_size(Pos2::ZERO, vec2(1280.0, 800.0));
    assert!(
        view.contains_rect(whole),
        "{whole:?} is not inside {view:?}"
    );

    let nuoriso = id("nuoriso");
    state.set_zoom(4.0);
    state.zoom_to_selection();
    let selection = [&nuoriso];
    let input = CanvasInput {
        plan: &plan,
        scenario: plan.baseline(),
        chart: &chart,
        selection: &selection,
        lang: Lang::En,
        bold: false,
        marks: None,
        levels: None,
        editable: true,
    };
    let mut actions = Vec::new();
    let _ = ctx.run_ui(screen(), |ui| {
        canvas_ui(ui, &input, &mut state, &mut actions)
    });
    let shown = state.screen_rect_of(&chart, &nuoriso).unwrap();
    assert!(view.contains_rect(shown));
    assert!((shown.center() - view.center()).length() < 1.0);
}

#[test]
fn a_box_is_found_where_it_is_drawn_and_a_band_selects_what_it_touches() {
    let plan = load(Example::Kouvola).unwrap();
    let chart = Chart::new(plan.baseline(), Lang::En);
    for b in &chart.layout.boxes {
        let centre = pos2(b.x + b.width / 2.0, b.y + b.height / 2.0);
        assert_eq!(chart.hit(centre).map(|h| &h.id), Some(&b.id));
    }
    assert!(chart.hit(pos2(-10.0, -10.0)).is_none());
    assert_eq!(
        chart.touching(chart.extent()).len(),
        chart.layout.boxes.len()
    );
    assert!(
        chart
            .touching(Rect::from_min_size(pos2(-50.0, -50.0), vec2(10.0, 10.0)))
            .is_empty()
    );
}

#[test]
fn a_drop_is_refused_with_its_reason_before_it_is_tried() {
    let plan = load(Example::Kouvola).unwrap();
    let scenario = plan.baseline();
    // Growth support under one of its own parts: a cycle.
    let kasvu = scenario
        .nodes()
        .find(|n| n.name.en.as_deref() == Some("Growth support"))
        .unwrap()
        .id
        .clone();
    assert!(matches!(
        compose::check_move(scenario, &kasvu, &id("nuoriso")),
        Err(CommandError::Cycle(..))
    ));
    assert!(matches!(
        compose::check_move(scenario, &kasvu, &kasvu),
        Err(CommandError::SelfRelation(_))
    ));
    // Nothing goes under a post.
    let post = scenario
        .nodes()
        .find(|n| n.kind == NodeKind::Position)
        .unwrap();
    assert!(matches!(
        compose::check_move(scenario, &id("nuoriso"), &post.id),
        Err(CommandError::InvalidRelation(..))
    ));
    let vaka = id("vaka");
    assert_eq!(compose::check_move(scenario, &id("nuoriso"), &vaka), Ok(()));
}

fn screen() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(1280.0, 800.0))),
        ..egui::RawInput::default()
    }
}

/// Draws `passes` frames; returns the shapes of the last.
fn draw(
    ctx: &egui::Context,
    plan: &orgplan::model::Plan,
    chart: &Chart,
    state: &mut CanvasState,
    passes: usize,
) -> Vec<egui::epaint::ClippedShape> {
    let input = CanvasInput {
        plan,
        scenario: plan.baseline(),
        chart,
        selection: &[],
        lang: Lang::En,
        bold: false,
        marks: None,
        levels: None,
        editable: true,
    };
    let mut shapes = Vec::new();
    for _ in 0..passes {
        let mut actions = Vec::new();
        let mut output = ctx.run_ui(screen(), |ui| canvas_ui(ui, &input, state, &mut actions));
        output.textures_delta.clear();
        shapes = output.shapes;
    }
    shapes
}

fn count_text(shapes: &[egui::epaint::ClippedShape]) -> (usize, usize) {
    let (mut text, mut other) = (0, 0);
    for shape in shapes {
        match &shape.shape {
            egui::Shape::Text(_) => text += 1,
            _ => other += 1,
        }
    }
    (text, other)
}

#[test]
fn a_large_chart_draws_only_what_is_in_view_and_text_only_where_it_can_be_read() {
    let csv = crate::support::gen_org::gen_org("realistic", 3_000, 1, false);
    let plan = import_csv(&csv, std::path::Path::new("org.csv"), Names::fi("org")).unwrap();
    let chart = Chart::new(plan.baseline(), Lang::Fi);
    let ctx = egui::Context::default();
    fonts::install(&ctx);
    let mut state = CanvasState::default();
    let fitted = draw(&ctx, &plan, &chart, &mut state, 2);
    let (text, shapes) = count_text(&fitted);
    assert_eq!(text, 0, "text at fit zoom ({}%)", state.zoom() * 100.0);
    assert!(
        shapes >= chart.layout.boxes.len(),
        "{shapes} shapes for {} boxes",
        chart.layout.boxes.len()
    );

    state.set_zoom(1.0);
    let root = chart.layout.boxes.first().unwrap();
    state.centre_on(pos2(root.x + root.width / 2.0, root.y + 200.0));
    let actual = draw(&ctx, &plan, &chart, &mut state, 1);
    let (text, shapes) = count_text(&actual);
    assert!(text > 0, "no text at 100 %");
    // Culled: far fewer shapes than the chart holds.
    assert!(
        shapes + text < chart.layout.boxes.len() / 4,
        "{shapes} shapes and {text} texts drawn at 100 % of {} boxes",
        chart.layout.boxes.len()
    );
}

/// The centre of a node's box on the screen of the window.
fn centre_of(harness: &mut Harness<'static, OrgplanApp>, node: &str) -> Pos2 {
    harness
        .state_mut()
        .screen_rect_of(&id(node))
        .unwrap_or_else(|| panic!("{node} is not on the chart"))
        .center()
}

fn drag(harness: &mut Harness<'static, OrgplanApp>, from: Pos2, to: Pos2) {
    harness.drag_at(from);
    harness.run();
    for k in 1..=4 {
        harness.hover_at(from + (to - from) * (k as f32 / 4.0));
        harness.run();
    }
    harness.drop_at(to);
    harness.run();
}

#[test]
fn dragging_a_box_onto_another_moves_it_there_and_undo_brings_it_back() {
    let mut harness = harness(app_with(ScriptedDialogs::default(), Lang::En));
    let parent = |h: &Harness<'static, OrgplanApp>| {
        h.state()
            .scenario()
            .parent(&id("nuoriso"))
            .map(|p| p.as_str().to_owned())
    };
    let before = parent(&harness);
    let (from, to) = (
        centre_of(&mut harness, "nuoriso"),
        centre_of(&mut harness, "vaka"),
    );
    drag(&mut harness, from, to);
    assert_eq!(parent(&harness).as_deref(), Some("vaka"));
    assert!(
        harness
            .state()
            .undo_label()
            .unwrap()
            .starts_with("move Youth services under")
    );
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(parent(&harness), before);
}

#[test]
fn a_refused_drop_changes_nothing_and_says_why() {
    let mut harness = harness(app_with(ScriptedDialogs::default(), Lang::En));
    let growth = harness
        .state()
        .scenario()
        .parent(&id("nuoriso"))
        .unwrap()
        .clone();
    let (from, to) = (
        centre_of(&mut harness, growth.as_str()),
        centre_of(&mut harness, "nuoriso"),
    );
    drag(&mut harness, from, to);
    assert_eq!(
        harness.state().scenario().parent(&id("nuoriso")),
        Some(&growth)
    );
    assert!(!harness.state().unsaved());
    let status = harness.state().status().unwrap();
    assert!(status.is_error);
    assert!(status.text.contains("Youth services"), "{}", status.text);
}

#[test]
fn clicks_select_and_shift_adds_and_a_shift_band_selects_several() {
    let mut harness = harness(app_with(ScriptedDialogs::default(), Lang::En));
    let vaka = centre_of(&mut harness, "vaka");
    harness.drag_at(vaka);
    harness.drop_at(vaka);
    harness.run();
    assert_eq!(harness.state().selection(), vec![&id("vaka")]);
    let nuoriso = centre_of(&mut harness, "nuoriso");
    harness.event_modifiers(
        egui::Event::PointerButton {
            pos: nuoriso,
            button: PointerButton::Primary,
            pressed: true,
            modifiers: Modifiers::SHIFT,
        },
        Modifiers::SHIFT,
    );
    harness.event_modifiers(
        egui::Event::PointerButton {
            pos: nuoriso,
            button: PointerButton::Primary,
            pressed: false,
            modifiers: Modifiers::SHIFT,
        },
        Modifiers::SHIFT,
    );
    harness.run();
    assert_eq!(harness.state().selection().len(), 2);

    // A Shift band around the whole chart selects every box.
    let all = harness.state_mut().chart().layout.boxes.len();
    let extent = harness.state_mut().chart().extent();
    let area = harness.state().canvas().rect_to_screen(extent);
    harness.event(egui::Event::ModifiersChanged(Modifiers::SHIFT));
    drag(
        &mut harness,
        area.min - vec2(4.0, 4.0),
        area.max + vec2(4.0, 4.0),
    );
    harness.event(egui::Event::ModifiersChanged(Modifiers::NONE));
    harness.run();
    assert_eq!(harness.state().selection().len(), all);
}

#[test]
fn a_double_click_collapses_a_subtree_into_a_box_with_its_count() {
    // Frames a twentieth of a second apart, so that two clicks make a double-click.
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(16)
        .with_step_dt(0.05)
        .build_ui_state(
            |ui, app: &mut OrgplanApp| app.ui(ui),
            app_with(ScriptedDialogs::default(), Lang::En),
        );
    harness.run();
    let nuoriso = centre_of(&mut harness, "nuoriso");
    let coordinator_count = harness.state().scenario().children(&id("nuoriso")).len();
    assert!(coordinator_count > 0);
    for _ in 0..2 {
        harness.drag_at(nuoriso);
        harness.step();
        harness.drop_at(nuoriso);
        harness.step();
    }
    harness.run();
    assert!(
        harness
            .state()
            .scenario()
            .view
            .collapsed
            .contains(&id("nuoriso"))
    );
    let collapsed = harness
        .state_mut()
        .chart()
        .box_of(&id("nuoriso"))
        .unwrap()
        .hidden;
    assert!(collapsed >= coordinator_count);
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert!(
        !harness
            .state()
            .scenario()
            .view
            .collapsed
            .contains(&id("nuoriso"))
    );
}

#[test]
fn insert_adds_a_post_under_the_selected_unit_ready_to_be_named() {
    let mut harness = harness(app_with(ScriptedDialogs::default(), Lang::En));
    let vaka = centre_of(&mut harness, "vaka");
    harness.drag_at(vaka);
    harness.drop_at(vaka);
    harness.run();
    let parts = harness.state().scenario().children(&id("vaka")).len();
    harness.key_press(egui::Key::Insert);
    harness.run();
    let scenario = harness.state().scenario();
    assert_eq!(scenario.children(&id("vaka")).len(), parts + 1);
    let added = harness.state().selected().unwrap().clone();
    assert_eq!(
        harness.state().scenario().node(&added).unwrap().kind,
        NodeKind::Position
    );
    assert_eq!(harness.state().scenario().parent(&added), Some(&id("vaka")));
    // Ctrl+Shift+Enter adds a sibling beside it.
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, egui::Key::Enter);
    harness.run();
    assert_eq!(
        harness.state().scenario().children(&id("vaka")).len(),
        parts + 2
    );
}

#[test]
fn ctrl_0_fits_the_chart_after_zooming_in() {
    let mut harness = harness(app_with(ScriptedDialogs::default(), Lang::En));
    let fitted = harness.state().canvas().zoom();
    harness.get_by_label("Larger").click();
    harness.run();
    assert!(harness.state().canvas().zoom() > fitted);
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Num0);
    harness.run();
    assert!((harness.state().canvas().zoom() - fitted).abs() < 1e-4);
}

#[test]
fn ctrl_n_starts_a_new_plan_after_asking_about_unsaved_changes() {
    let mut harness = harness(app_with(ScriptedDialogs::default(), Lang::En));
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::N);
    harness.run();
    assert_eq!(harness.state().plan().baseline().len(), 1);
    assert!(harness.state().path().is_none());
}

#[test]
fn dropping_a_box_on_its_own_parent_is_no_edit() {
    let mut harness = harness(app_with(ScriptedDialogs::default(), Lang::En));
    let parent = harness
        .state()
        .scenario()
        .parent(&id("nuoriso"))
        .unwrap()
        .clone();
    let (from, to) = (
        centre_of(&mut harness, "nuoriso"),
        centre_of(&mut harness, parent.as_str()),
    );
    drag(&mut harness, from, to);
    assert!(harness.state().undo_label().is_none());
    assert!(!harness.state().unsaved());
}
