//! Size without stack overflows: a 100,000-deep chain loads, checks and saves (no timing here;
//! speed is measured by `cargo bench --bench load_save`).

#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

use std::fmt::Write as _;
use std::path::Path;

use orgplan::analysis::{CheckOptions, check};
use orgplan::io::{PlanFile, import_csv, load_str, to_ron};
use orgplan::model::{LineManagement, Names};

/// The shape `gen_org.py --shape deep` writes: root → unit → unit → … → position.
fn deep_chain_csv(n: usize) -> String {
    let mut csv = String::from("id,parent,kind,name\n1,,organisation,Juuri\n");
    for i in 2..n {
        writeln!(csv, "{i},{},unit,Yksikkö {i}", i - 1).unwrap();
    }
    writeln!(csv, "{n},{},position,Viimeinen vakanssi", n - 1).unwrap();
    csv
}

#[test]
fn a_100k_deep_chain_imports_checks_saves_and_loads() {
    let n = 100_000;
    let plan = import_csv(
        deep_chain_csv(n).as_bytes(),
        Path::new("deep.csv"),
        Names::fi("syvä"),
    )
    .unwrap();
    let baseline = plan.baseline();
    assert_eq!(baseline.len(), n);
    // Every unit lacks a head: the checks walk the whole chain without recursion.
    let problems = check(baseline, &CheckOptions::default());
    assert_eq!(problems.len(), n - 2);
    assert_eq!(LineManagement::of(baseline).len(), n);
    let text = to_ron(&plan).unwrap();
    let loaded = load_str(&text, Path::new("deep.ron")).unwrap();
    assert_eq!(PlanFile::from_plan(&loaded), PlanFile::from_plan(&plan));
}

#[test]
fn a_100k_deep_chain_lays_out_exports_and_diffs_without_recursion() {
    let n = 100_000;
    let plan = import_csv(
        deep_chain_csv(n).as_bytes(),
        Path::new("deep.csv"),
        Names::fi("syvä"),
    )
    .unwrap();
    let baseline = plan.baseline();
    let chart = orgplan::layout::layout(baseline, &orgplan::layout::LayoutOptions::default());
    assert_eq!(chart.boxes.len(), n);
    // One box per level, each link of the chain below the one before.
    let mut ys = vec![f32::NAN; n + 1];
    for b in &chart.boxes {
        let at: usize = b.id.as_str().parse().unwrap();
        ys[at] = b.y;
    }
    for at in 2..=n {
        assert!(
            ys[at] > ys[at - 1],
            "{at} at {} is not below its parent",
            ys[at]
        );
    }
    let drawing =
        orgplan::export::chart(&plan, baseline, &orgplan::export::ChartOptions::default());
    assert!(orgplan::export::svg(&drawing).contains("Viimeinen vakanssi"));
    assert!(orgplan::compare::diff(baseline, baseline).is_empty());
    let figures = orgplan::compare::figures(baseline, 15);
    assert_eq!(figures.per_unit.len(), n - 1);
    assert_eq!(figures.per_unit[0].totals.positions, 1);
}
