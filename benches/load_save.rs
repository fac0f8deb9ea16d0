//! Load and save of large plans: `cargo bench --bench load_save`.
//!
//! The workloads are orgplan's own generator's (`orgplan generate`): a 100,000-node
//! realistic organisation, imported from CSV, then saved to RON and loaded back; and a
//! 100,000-deep chain loaded, checked and saved.

#![allow(clippy::unwrap_used, clippy::expect_used)] // A benchmark without its workload cannot run.

#[path = "../tests/support/gen_org.rs"]
mod gen_org;

// The application's allocator (src/main.rs), so that the figures are the ones a user gets.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::{Path, PathBuf};

use criterion::{Criterion, criterion_group, criterion_main};
use gen_org::gen_org;
use orgplan::analysis::{CheckOptions, check};
use orgplan::io::{import_csv, load_str, save_file, to_ron};
use orgplan::model::Names;

fn generate(shape: &str, nodes: usize) -> Vec<u8> {
    gen_org(shape, nodes, 1, false)
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("100k");
    group.sample_size(10);
    for shape in ["realistic", "deep"] {
        let csv = generate(shape, 100_000);
        let plan = import_csv(&csv, Path::new("org.csv"), Names::fi(shape)).unwrap();
        let text = to_ron(&plan).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let target: PathBuf = dir.path().join("plan.ron");
        group.bench_function(format!("{shape}/import_csv"), |b| {
            b.iter(|| import_csv(&csv, Path::new("org.csv"), Names::fi(shape)).unwrap());
        });
        group.bench_function(format!("{shape}/load"), |b| {
            b.iter(|| load_str(&text, Path::new("plan.ron")).unwrap());
        });
        group.bench_function(format!("{shape}/save_to_text"), |b| {
            b.iter(|| to_ron(&plan).unwrap())
        });
        group.bench_function(format!("{shape}/save_file_atomic"), |b| {
            b.iter(|| save_file(&plan, &target).unwrap());
        });
        group.bench_function(format!("{shape}/check"), |b| {
            b.iter(|| check(plan.baseline(), &CheckOptions::default()));
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
