//! The window's chart, headless: `cargo bench --bench frame`.
//!
//! A 10,000-node generated organisation drawn by the canvas in an egui context without a
//! window, 1280 × 800 points: one frame (egui's pass, text layout and tessellation included) at
//! fit-to-window zoom (as the window draws it, with the semantic zoom's level, and with every
//! box) and at 100 %; the same for the comparison's marked chart of two such
//! scenarios; and one edit with everything the window derives from the
//! plan recomputed (the chart's layout, the checks, the line management).

#![allow(clippy::unwrap_used, clippy::expect_used)] // A benchmark without its workload cannot run.

#[path = "../tests/support/changed.rs"]
mod changed;
#[path = "../tests/support/gen_org.rs"]
mod gen_org;

// The application's allocator (src/main.rs), so that the figures are the ones a user gets.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use egui::{Pos2, RawInput, Rect, vec2};
use orgplan::analysis::{CheckOptions, check};
use orgplan::app::canvas::{CanvasInput, CanvasState, Chart, Levels, MarksShown, canvas_ui};
use orgplan::app::fonts;
use orgplan::compare::diff;
use orgplan::compare::marks::{ChangeMarks, mark_words, with_ghosts};
use orgplan::i18n::Lang;
use orgplan::io::import_csv;
use orgplan::layout::LayoutOptions;
use orgplan::model::{Command, Edit, Field, LineManagement, Names, Plan, apply};

fn generated(nodes: usize) -> Plan {
    let csv = gen_org::gen_org("realistic", nodes, 1, false);
    import_csv(&csv, Path::new("org.csv"), Names::fi("org")).unwrap()
}

fn screen() -> RawInput {
    RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(1280.0, 800.0))),
        ..RawInput::default()
    }
}

/// Draws one frame of the canvas and tessellates it; returns the number of primitives.
fn frame(ctx: &egui::Context, input: &CanvasInput<'_>, state: &mut CanvasState) -> usize {
    let mut actions = Vec::new();
    let mut output = ctx.run_ui(screen(), |ui| canvas_ui(ui, input, state, &mut actions));
    // No renderer here to take the font atlas.
    output.textures_delta.clear();
    ctx.tessellate(output.shapes, output.pixels_per_point).len()
}

fn frames(c: &mut Criterion) {
    let plan = generated(10_000);
    let scenario = plan.baseline();
    let chart = Chart::new(scenario, Lang::Fi);
    let ctx = egui::Context::default();
    fonts::install(&ctx);
    let mut state = CanvasState::default();
    let input = CanvasInput {
        plan: &plan,
        scenario,
        chart: &chart,
        selection: &[],
        lang: Lang::Fi,
        bold: false,
        marks: None,
        levels: None,
        editable: true,
    };
    // The fonts take effect in the second pass, the fit in the first drawn one.
    frame(&ctx, &input, &mut state);
    frame(&ctx, &input, &mut state);
    let input = CanvasInput {
        bold: true,
        ..input
    };
    frame(&ctx, &input, &mut state);
    let mut group = c.benchmark_group("frame_10k");
    // Every box at once: the whole chart fitted (what the comparison's charts draw).
    group.bench_function("fit_whole", |b| b.iter(|| frame(&ctx, &input, &mut state)));
    // As the window draws it: the semantic zoom's level that reads at fit.
    let options = LayoutOptions {
        lang: Lang::Fi,
        ..LayoutOptions::default()
    };
    let levels = Levels::new(scenario, &options);
    let with_levels = CanvasInput {
        levels: Some(&levels),
        ..input
    };
    state.fit();
    frame(&ctx, &with_levels, &mut state);
    assert!(state.level().is_some(), "no level chosen at fit");
    group.bench_function("fit", |b| b.iter(|| frame(&ctx, &with_levels, &mut state)));
    // 100 % on the top of the chart, where the organisation's first levels are.
    let top = chart.box_of(&scenario.roots().next().unwrap().id).unwrap();
    state.set_zoom(1.0);
    state.centre_on(Pos2::new(top.x + top.width / 2.0, top.y + 300.0));
    frame(&ctx, &input, &mut state);
    group.bench_function("actual_size", |b| {
        b.iter(|| frame(&ctx, &input, &mut state));
    });
    group.finish();
}

/// The comparison's marked chart of two 10,000-node scenarios (the second with a few hundred
/// leaves removed, moved and nodes renamed), drawn as the window draws it: ghosts, outlines
/// and tags in words.
fn compared(c: &mut Criterion) {
    let plan = generated(10_000);
    let before = plan.baseline();
    let after = changed::changed(before);
    let marks = ChangeMarks::of(&diff(before, &after));
    let words = mark_words(&marks, Lang::Fi);
    let shown = with_ghosts(before, &after, &marks);
    let chart = Chart::new(&shown, Lang::Fi);
    let ctx = egui::Context::default();
    fonts::install(&ctx);
    let mut state = CanvasState::default();
    let input = CanvasInput {
        plan: &plan,
        scenario: &shown,
        chart: &chart,
        selection: &[],
        lang: Lang::Fi,
        bold: true,
        marks: Some(MarksShown {
            marks: &marks,
            words: &words,
        }),
        levels: None,
        editable: false,
    };
    frame(&ctx, &input, &mut state);
    frame(&ctx, &input, &mut state);
    frame(&ctx, &input, &mut state);
    let mut group = c.benchmark_group("compared_10k");
    group.bench_function("fit", |b| b.iter(|| frame(&ctx, &input, &mut state)));
    let top = chart.box_of(&shown.roots().next().unwrap().id).unwrap();
    state.set_zoom(1.0);
    state.centre_on(Pos2::new(top.x + top.width / 2.0, top.y + 300.0));
    frame(&ctx, &input, &mut state);
    group.bench_function("actual_size", |b| {
        b.iter(|| frame(&ctx, &input, &mut state));
    });
    group.finish();
}

/// One rename, and what the window recomputes after it.
fn edit(c: &mut Criterion) {
    let mut plan = generated(10_000);
    let scenario = plan.baseline().meta.id.clone();
    let node = plan.baseline().nodes().nth(5_000).unwrap().id.clone();
    let options = CheckOptions::default();
    let mut group = c.benchmark_group("edit_10k");
    let mut flip = false;
    group.bench_function("rename_and_rederive", |b| {
        b.iter(|| {
            flip = !flip;
            let name = if flip { "Uusi nimi" } else { "Vanha nimi" };
            let command = Command {
                scenario: scenario.clone(),
                edit: Edit::Set {
                    node: node.clone(),
                    field: Field::Name(Lang::Fi, Some(name.to_owned())),
                },
            };
            apply(&mut plan, command).unwrap();
            let shown = plan.baseline();
            let chart = Chart::new(shown, Lang::Fi);
            let problems = check(shown, &options);
            let line = LineManagement::of(shown);
            (chart.layout.boxes.len(), problems.len(), line)
        });
    });
    group.finish();
}

criterion_group!(benches, frames, compared, edit);
criterion_main!(benches);
