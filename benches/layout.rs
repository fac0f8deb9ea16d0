//! Chart layout of large organisations: `cargo bench --bench layout`; arranging a chart to fit
//! its page against laying it out once: `cargo bench --bench layout -- fit/`.
//!
//! Layout alone, in-process, with boxes sized by their text (glyph advances of the bundled font),
//! on generated files (`orgplan generate`), to compare with d3.tree's layout-only time from
//! `../shared/bench/d3_tree_bench.mjs` on the same files (written with `orgplan generate`).
//!
//! `matrix/N` is the realistic shape with every team also serving a unit elsewhere in the
//! organisation (`orgplan generate --serves 1`): a dashed serves line for each team, routed
//! round the boxes of the levels it crosses. `scattered/N` is the layout tests' organisation
//! (`organisation` in `src/layout/build/mod.rs`): units and teams under the first thousand units,
//! teams and organisation, posts with heads and staff, and every team (a node in ten, most of
//! them without parts and so stacked) serving one of the first hundred units: serves lines from
//! teams at many depths to units at many others, across many different bands of levels.

#![allow(clippy::unwrap_used, clippy::expect_used)] // A benchmark without its workload cannot run.

#[path = "../tests/support/gen_org.rs"]
mod gen_org;

// The application's allocator (src/main.rs), so that the figures are the ones a user gets.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use gen_org::gen_org;
use orgplan::export::{ChartOptions, PageFit, PageOrientation, Paper, chart};
use orgplan::generate::{GenOptions, Shape, generate_plan};
use orgplan::io::import_csv;
use orgplan::layout::{LayoutOptions, layout};
use orgplan::model::{
    Edge, Edit, Names, Node, NodeId, NodeKind, PostStatus, Relation, Role, Scenario, ScenarioMeta,
};

fn generate(shape: &str, nodes: usize) -> Vec<u8> {
    gen_org(shape, nodes, 1, false)
}

fn id(i: usize) -> NodeId {
    NodeId::new(&format!("n{i}")).unwrap()
}

/// The layout tests' organisation of `n` nodes (see the module comment), seed 0.
fn scattered(n: usize) -> Scenario {
    let mut s = Scenario::new(ScenarioMeta::new(NodeId::baseline(), Names::fi("x")));
    let apply = |s: &mut Scenario, edit: Edit| s.apply(edit).unwrap();
    let root = Node::new(id(0), NodeKind::Organisation, Names::fi("Toimiala"));
    apply(&mut s, Edit::add_child(root, None));
    let mut containers = vec![0usize];
    let mut head_of: Vec<Option<usize>> = vec![None];
    for i in 1..n {
        let r = i.wrapping_mul(2_654_435_761) % 1_000;
        let place = r % containers.len();
        let parent = containers[place];
        let kind = match r % 10 {
            0 => NodeKind::Unit,
            1 => NodeKind::Team,
            _ => NodeKind::Position,
        };
        let name = if r.is_multiple_of(37) {
            "Kasvatuksen ja opetuksen toimialan yhteiset kehittämis- ja arviointipalvelut"
                .to_owned()
        } else {
            format!("Päiväkoti Mäntymäki {i}")
        };
        let mut node = Node::new(id(i), kind, Names::fi(&name));
        if r.is_multiple_of(23) {
            node.status = PostStatus::Vacant;
        }
        apply(&mut s, Edit::add_child(node, Some(&id(parent))));
        if kind == NodeKind::Position {
            match head_of[place] {
                None if parent != 0 => {
                    let heads = Edge::new(&id(i), Relation::Heads, &id(parent));
                    apply(&mut s, Edit::AddRelation(heads));
                    head_of[place] = Some(i);
                }
                Some(h) if r.is_multiple_of(7) => {
                    let assists = Edge::new(&id(i), Relation::AssistantTo, &id(h));
                    apply(&mut s, Edit::AddRelation(assists));
                }
                _ => {}
            }
        } else {
            if kind == NodeKind::Team && containers.len() > 3 {
                let served = containers[(r / 10) % containers.len()];
                if served != parent {
                    let serves = Edge::new(&id(i), Relation::Serves, &id(served));
                    apply(&mut s, Edit::AddRelation(serves));
                }
            }
            containers.push(i);
            head_of.push(None);
        }
    }
    let group = Node::new(id(n), NodeKind::Group, Names::fi("Ohjausryhmä"));
    apply(&mut s, Edit::add_child(group, None));
    for (k, member) in [1, 2, 3].into_iter().enumerate() {
        let role = if k == 0 { Role::Chair } else { Role::Member };
        let member = Edge::new(&id(member), Relation::MemberOf(role), &id(n));
        apply(&mut s, Edit::AddRelation(member));
    }
    s
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
    for nodes in [10_000, 100_000] {
        let s = scattered(nodes);
        let options = LayoutOptions::default();
        group.bench_function(format!("scattered/{nodes}"), |b| {
            b.iter(|| layout(&s, &options))
        });
    }
    group.finish();
}

/// The chart of the decided Kouvola example, of the Päijät-Häme network's 2022 plan (its
/// development groups set under the municipalities) and of realistic organisations of 100 and
/// 1,000 nodes, laid out as they are and arranged to fit an A4 landscape page (`orgplan export`'s
/// default): what arranging costs against one layout.
fn fit(c: &mut Criterion) {
    let mut group = c.benchmark_group("fit");
    group.sample_size(20);
    let kouvola = orgplan::examples::load(orgplan::examples::Example::Kouvola).unwrap();
    let network = orgplan::examples::load(orgplan::examples::Example::PaijatHame).unwrap();
    let mut plans = vec![
        ("kouvola-decided".to_owned(), kouvola, "decided"),
        ("paijathame-2022".to_owned(), network, "plan-2022"),
    ];
    for nodes in [100, 1_000] {
        let plan = generate_plan(&GenOptions::new(Shape::Realistic, nodes)).unwrap();
        plans.push((format!("realistic/{nodes}"), plan, "baseline"));
    }
    let page = PageFit {
        paper: Paper::A4,
        orientation: PageOrientation::Landscape,
    };
    for (name, plan, scenario) in &plans {
        let scenario = plan.find_scenario(scenario).unwrap();
        for (how, fit) in [("as-is", None), ("fit", Some(page))] {
            let options = ChartOptions {
                fit,
                ..ChartOptions::default()
            };
            group.bench_function(format!("{name}/{how}"), |b| {
                b.iter(|| chart(plan, scenario, &options))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, bench, fit);
criterion_main!(benches);
