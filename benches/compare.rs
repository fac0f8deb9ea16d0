//! Comparing large scenarios: `cargo bench --bench compare`.
//!
//! A generated organisation and a copy with 1% of its nodes changed (renamed, FTE set, status
//! changed, moved up one level): the diff between them and the figures of one, at 10,000 and
//! 100,000 nodes, to show the cost grows linearly; and the three-way merge of two copies each
//! with a different 1% changed.

#![allow(clippy::unwrap_used, clippy::expect_used)] // A benchmark without its workload cannot run.

#[path = "../tests/support/gen_org.rs"]
mod gen_org;

// The application's allocator (src/main.rs), so that the figures are the ones a user gets.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::Path;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use gen_org::gen_org;
use orgplan::compare::{diff, figures};
use orgplan::i18n::Lang;
use orgplan::io::import_csv;
use orgplan::merge::merge;
use orgplan::model::{Command, Edit, Field, Names, NodeId, Plan, PostStatus, apply};

fn generated(nodes: usize) -> Plan {
    let csv = gen_org("realistic", nodes, 1, false);
    import_csv(&csv, Path::new("org.csv"), Names::fi("org")).unwrap()
}

/// The generated organisation as a baseline and a copy with one node in a hundred changed.
fn workload(nodes: usize) -> Plan {
    let imported = generated(nodes);
    let mut copy = imported.baseline().clone();
    copy.meta.id = NodeId::new("changed").unwrap();
    let mut plan = Plan::from_scenarios(
        Names::fi("org"),
        Vec::new(),
        vec![imported.baseline().clone(), copy],
    )
    .unwrap();
    let scenario = NodeId::new("changed").unwrap();
    change(&mut plan, &scenario, 0);
    plan
}

/// Changes one node in a hundred of `scenario`, starting at `offset`: renamed, FTE set,
/// vacated or moved up a level, in turn.
fn change(plan: &mut Plan, scenario: &NodeId, offset: usize) {
    let ids: Vec<NodeId> = plan.baseline().nodes().map(|n| n.id.clone()).collect();
    for (k, node) in ids.iter().skip(offset).step_by(100).enumerate() {
        let edit = match k % 4 {
            0 => Edit::Set {
                node: node.clone(),
                field: Field::Name(Lang::Fi, Some(format!("Uusi nimi {k}"))),
            },
            1 => Edit::Set {
                node: node.clone(),
                field: Field::Fte(Some(0.5)),
            },
            2 => Edit::Set {
                node: node.clone(),
                field: Field::Status(PostStatus::Vacant),
            },
            _ => {
                let changed = plan.scenario(scenario).unwrap();
                let grandparent = changed
                    .parent(node)
                    .and_then(|p| changed.parent(p))
                    .cloned();
                Edit::Move {
                    node: node.clone(),
                    parent: grandparent,
                }
            }
        };
        // A refused edit (a root has no grandparent) simply changes nothing.
        let _ = apply(
            plan,
            Command {
                scenario: scenario.clone(),
                edit,
            },
        );
    }
}

/// Writes over a buffer sixteen times the second-level caches (2 × 2 MiB here), so that what
/// runs next finds none of its data there and reads it from the shared third-level cache or
/// memory at every size: the "cold" figures time a pass the way it runs after the user did
/// something else, and show how the work itself grows, apart from how much of the plan the
/// private caches happen to hold (all of a 10,000-node plan, a tenth of a 100,000-node one).
fn evict(buffer: &mut [u64]) {
    for (i, slot) in buffer.iter_mut().enumerate() {
        *slot = slot.wrapping_add(i as u64);
    }
    std::hint::black_box(&buffer);
}

fn bench(c: &mut Criterion) {
    let mut buffer = vec![0u64; 64 << 20 >> 3];
    let mut group = c.benchmark_group("compare");
    group.sample_size(10);
    for nodes in [10_000, 30_000, 100_000, 300_000] {
        let plan = workload(nodes);
        let (a, b) = (&plan.scenarios()[0], &plan.scenarios()[1]);
        let changes = diff(a, b).len();
        eprintln!("{nodes} nodes: {changes} changes");
        group.bench_function(format!("diff/{nodes}"), |bench| bench.iter(|| diff(a, b)));
        group.bench_function(format!("diff-cold/{nodes}"), |bench| {
            bench.iter_batched(
                || evict(&mut buffer),
                |()| diff(a, b),
                BatchSize::PerIteration,
            )
        });
        // Baselines for the scaling: reading every node's name once, and looking every node up
        // by id once. Neither does any work of its own, so how they grow with the size is what
        // the memory hierarchy alone costs.
        group.bench_function(format!("touch/{nodes}"), |bench| {
            bench.iter(|| {
                b.nodes()
                    .filter(|n| n.name.fi.as_deref().is_some_and(|t| t.len() > 3))
                    .count()
            })
        });
        group.bench_function(format!("lookup/{nodes}"), |bench| {
            bench.iter(|| b.nodes().filter(|n| a.position(&n.id).is_some()).count())
        });
        group.bench_function(format!("line/{nodes}"), |bench| {
            bench.iter(|| orgplan::model::LineManagement::of(b))
        });
        group.bench_function(format!("figures/{nodes}"), |bench| {
            bench.iter(|| figures(b, 15))
        });
        group.bench_function(format!("figures-cold/{nodes}"), |bench| {
            bench.iter_batched(
                || evict(&mut buffer),
                |()| figures(b, 15),
                BatchSize::PerIteration,
            )
        });
    }
    for nodes in [10_000, 100_000] {
        // Two planners' copies of one plan, each with a different 1% changed.
        let base = generated(nodes);
        let scenario = base.baseline().meta.id.clone();
        let mut mine = base.clone();
        change(&mut mine, &scenario, 0);
        let mut theirs = base.clone();
        change(&mut theirs, &scenario, 50);
        group.bench_function(format!("merge/{nodes}"), |bench| {
            bench.iter(|| merge(&base, &mine, &theirs).unwrap())
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
