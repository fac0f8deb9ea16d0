//! The committee pack of two generated 10,000-node scenarios: `cargo bench --bench pack`.
//!
//! The second scenario has every 50th leaf removed, 100 leaves moved and every 40th node
//! renamed. Timed: the pack as a document (the diff, the figures, both charts laid out and
//! arranged for A4, the sentences, the checks), and the document written as one HTML page
//! and as tagged PDF.

#![allow(clippy::unwrap_used, clippy::expect_used)] // A benchmark without its workload cannot run.

#[path = "../tests/support/changed.rs"]
mod changed;
#[path = "../tests/support/gen_org.rs"]
mod gen_org;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use orgplan::analysis::CheckOptions;
use orgplan::i18n::Lang;
use orgplan::io::import_csv;
use orgplan::model::{Command, Date, Edit, Names, Plan, ScenarioId, ScenarioMeta, apply};
use orgplan::pack::{PackOptions, PackPaper, html, pack, pdf};

/// A generated plan with a second scenario that differs from the baseline.
fn two_scenarios(nodes: usize) -> Plan {
    let csv = gen_org::gen_org("realistic", nodes, 1, false);
    let mut plan = import_csv(&csv, Path::new("org.csv"), Names::fi("org")).unwrap();
    let id = ScenarioId::new("proposal").unwrap();
    let mut copy = changed::changed(plan.baseline());
    copy.meta = ScenarioMeta::new(id.clone(), Names::fi("Ehdotus"));
    let command = Command {
        scenario: id,
        edit: Edit::AddScenario {
            scenario: Box::new(copy),
            at: None,
        },
    };
    apply(&mut plan, command).expect("a changed copy of the baseline");
    plan
}

fn packs(c: &mut Criterion) {
    let plan = two_scenarios(10_000);
    let options = PackOptions {
        from: plan.baseline().meta.id.as_str().to_owned(),
        to: "proposal".to_owned(),
        langs: vec![Lang::Fi],
        redact: false,
        made: Date::parse("2026-12-06").unwrap(),
        checks: CheckOptions::default(),
        class: None,
        paper: PackPaper::A4,
    };
    let document = pack(&plan, &options).unwrap();
    let page = html(&document);
    println!(
        "HTML pack of two 10,000-node scenarios: {} bytes",
        page.len()
    );
    let printed = pdf(&document).unwrap();
    println!(
        "PDF pack of two 10,000-node scenarios: {} bytes",
        printed.len()
    );
    let mut group = c.benchmark_group("pack_10k");
    group.sample_size(10);
    group.bench_function("document", |b| b.iter(|| pack(&plan, &options).unwrap()));
    group.bench_function("html", |b| b.iter(|| html(&document).len()));
    group.bench_function("pdf", |b| b.iter(|| pdf(&document).unwrap().len()));
    group.finish();
}

criterion_group!(benches, packs);
criterion_main!(benches);
