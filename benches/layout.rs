//! Chart layout of large organisations: `cargo bench --bench layout`.
//!
//! Layout alone, in-process, with boxes sized by their text (glyph advances of the bundled font),
//! on generated files (`orgplan generate`), to compare with d3.tree's layout-only time from
//! `../shared/bench/d3_tree_bench.mjs` on the same files (written with `orgplan generate`).
//!
//! `matrix/N` is the realistic shape with every team also serving a unit elsewhere in the
//! organisation (`orgplan generate --serves 1`): a dashed serves line for each team, routed
//! round the boxes of the levels it crosses.

#![allow(clippy::unwrap_used, clippy::expect_used)] // A benchmark without its workload cannot run.

#[path = "../tests/support/gen_org.rs"]
mod gen_org;

// The application's allocator (src/main.rs), so that the figures are the ones a user gets.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use gen_org::gen_org;
use orgplan::generate::{GenOptions, Shape, generate_plan};
use orgplan::io::import_csv;
use orgplan::layout::{LayoutOptions, layout};
use orgplan::model::Names;

fn generate(shape: &str, nodes: usize) -> Vec<u8> {
    gen_org(shape, nodes, 1, false)
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("layout");
    group.sample_size(20);
    for (shape, nodes) in [
        ("realistic", 10_000),
        ("realistic", 100_000),
        ("wide", 10_000),
        ("wide", 100_000),
    ] {
        let csv = generate(shape, nodes);
        let plan = import_csv(&csv, Path::new("org.csv"), Names::fi(shape)).unwrap();
        let options = LayoutOptions::default();
        group.bench_function(format!("{shape}/{nodes}"), |b| {
            b.iter(|| layout(plan.baseline(), &options))
        });
    }
    for nodes in [10_000, 100_000] {
        let plan = generate_plan(&GenOptions {
            serves_every: Some(1),
            ..GenOptions::new(Shape::Realistic, nodes)
        })
        .unwrap();
        let options = LayoutOptions::default();
        group.bench_function(format!("matrix/{nodes}"), |b| {
            b.iter(|| layout(plan.baseline(), &options))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
