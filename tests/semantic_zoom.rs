//! Semantic zoom: a large organisation reads at *Fit* (its top levels, the rest as boxes with
//! counts) and opens level by level as the user zooms in, keeping what is under the pointer in
//! place; the plan's own view is not touched.

use std::path::Path;

use egui::{Pos2, Rect, pos2, vec2};
use orgplan::app::canvas::{CanvasInput, CanvasState, Chart, Levels, canvas_ui};
use orgplan::i18n::Lang;
use orgplan::io::import_csv;
use orgplan::layout::{LayoutOptions, LineStyle};
use orgplan::model::{Names, Plan};

use crate::support::gen_org::gen_org;

fn screen() -> egui::RawInput {
    screen_of(vec2(1280.0, 800.0))
}

fn screen_of(size: egui::Vec2) -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, size)),
        ..egui::RawInput::default()
    }
}

fn generated(nodes: usize) -> Plan {
    let csv = gen_org("realistic", nodes, 1, false);
    import_csv(&csv, Path::new("org.csv"), Names::fi("org")).unwrap()
}

fn draw(ctx: &egui::Context, plan: &Plan, whole: &Chart, levels: &Levels, state: &mut CanvasState) {
    draw_in(ctx, plan, whole, levels, state, screen());
}

fn draw_in(
    ctx: &egui::Context,
    plan: &Plan,
    whole: &Chart,
    levels: &Levels,
    state: &mut CanvasState,
    screen: egui::RawInput,
) {
    let input = CanvasInput {
        plan,
        scenario: plan.baseline(),
        chart: whole,
        selection: &[],
        lang: Lang::Fi,
        bold: false,
        marks: None,
        levels: Some(levels),
        editable: true,
    };
    let mut actions = Vec::new();
    let mut output = ctx.run_ui(screen, |ui| canvas_ui(ui, &input, state, &mut actions));
    output.textures_delta.clear();
    assert!(actions.is_empty(), "drawing asked for {actions:?}");
}

#[test]
fn ten_thousand_nodes_read_at_fit_and_open_level_by_level_as_the_zoom_grows() {
    let plan = generated(10_000);
    let scenario = plan.baseline();
    let options = LayoutOptions {
        lang: Lang::Fi,
        ..LayoutOptions::default()
    };
    let whole = Chart::laid_out(scenario, options.clone());
    let levels = Levels::new(scenario, &options);
    let ctx = egui::Context::default();
    let mut state = CanvasState::default();
    for _ in 0..3 {
        draw(&ctx, &plan, &whole, &levels, &mut state);
    }
    let level = state
        .level()
        .expect("the whole organisation does not read at fit: a level should be shown");
    assert!(level >= 1, "only the root shows at fit");
    let shown = levels.shown(&state, &whole, scenario);
    let heading = LineStyle::Heading.size(shown.layout.font_size) * state.zoom();
    assert!(heading >= 6.5, "names are {heading:.1} points high at fit");
    let view = Rect::from_min_size(Pos2::ZERO, vec2(1280.0, 800.0));
    assert!(view.contains_rect(state.rect_to_screen(shown.extent())));
    // Nothing is lost: every node is a box or counted in one.
    let counted: usize = shown.layout.boxes.iter().map(|b| 1 + b.hidden).sum();
    assert_eq!(counted, scenario.len());
    assert!(shown.layout.boxes.len() < scenario.len() / 10);
    // The plan's view is as it was.
    assert!(scenario.view.collapsed.is_empty());
    // A click on a box reveals it: the overview stays, since it shows that box.
    let shown_id = shown.layout.boxes[1].id.clone();
    state.reveal(&shown_id);
    draw(&ctx, &plan, &whole, &levels, &mut state);
    assert_eq!(
        state.level(),
        Some(level),
        "a click threw the overview away"
    );
    // A node inside a counted box needs the whole chart.
    let hidden = scenario
        .nodes()
        .find(|n| {
            levels
                .shown(&state, &whole, scenario)
                .box_of(&n.id)
                .is_none()
        })
        .map(|n| n.id.clone())
        .unwrap();
    state.reveal(&hidden);
    draw(&ctx, &plan, &whole, &levels, &mut state);
    assert_eq!(state.level(), None);
    assert!(
        levels
            .shown(&state, &whole, scenario)
            .box_of(&hidden)
            .is_some()
    );
    state.fit();
    draw(&ctx, &plan, &whole, &levels, &mut state);
    draw(&ctx, &plan, &whole, &levels, &mut state);
    assert_eq!(state.level(), Some(level));
    // A fitted view that changes size is fitted again, at the level that reads in it.
    let small = vec2(700.0, 450.0);
    for _ in 0..2 {
        draw_in(&ctx, &plan, &whole, &levels, &mut state, screen_of(small));
    }
    let shown = levels.shown(&state, &whole, scenario);
    let view = Rect::from_min_size(Pos2::ZERO, small);
    assert!(view.contains_rect(state.rect_to_screen(shown.extent())));
    assert!(LineStyle::Heading.size(shown.layout.font_size) * state.zoom() >= 6.5);
    for _ in 0..2 {
        draw(&ctx, &plan, &whole, &levels, &mut state);
    }
    assert_eq!(state.level(), Some(level));

    let at = pos2(640.0, 420.0);
    let mut last = level;
    for _ in 0..12 {
        let shown = levels.shown(&state, &whole, scenario);
        let under = shown.hit(state.to_chart(at)).map(|b| b.id.clone());
        state.zoom_at(state.zoom() * 1.6, at);
        draw(&ctx, &plan, &whole, &levels, &mut state);
        let now = state.level().unwrap_or(usize::MAX);
        assert!(now >= last, "the level went back from {last} to {now}");
        last = now;
        // What was under the pointer still is (or the box it opened into begins there).
        let shown = levels.shown(&state, &whole, scenario);
        if let Some(id) = under
            && let Some(b) = shown.box_of(&id)
        {
            let area = orgplan::app::canvas::bounds(b).expand(1.0);
            assert!(area.contains(state.to_chart(at)), "{id} moved away");
        }
    }
    assert_eq!(
        state.level(),
        None,
        "the whole chart at {:.2}",
        state.zoom()
    );
}

#[test]
fn a_small_organisation_is_drawn_whole_at_fit() {
    for example in orgplan::examples::Example::ALL {
        small_is_whole(example);
    }
}

fn small_is_whole(example: orgplan::examples::Example) {
    let plan = orgplan::examples::load(example).unwrap();
    let scenario = plan.baseline();
    let options = LayoutOptions::default();
    let whole = Chart::laid_out(scenario, options.clone());
    let levels = Levels::new(scenario, &options);
    let ctx = egui::Context::default();
    let mut state = CanvasState::default();
    for _ in 0..2 {
        draw(&ctx, &plan, &whole, &levels, &mut state);
    }
    assert_eq!(state.level(), None);
    state.zoom_at(state.zoom() / 8.0, pos2(640.0, 400.0));
    draw(&ctx, &plan, &whole, &levels, &mut state);
    assert_eq!(state.level(), None, "a chart that reads whole stays whole");
}
