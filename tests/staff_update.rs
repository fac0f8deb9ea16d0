//! Next month's staff list into the plan (issue 27): a unit HR renamed, or moved under a
//! renamed parent, stays the baseline's unit (its id, capacity and notes kept, its name
//! updated), found by the posts it holds; a unit that is new in every way is new.

use std::path::Path;

use orgplan::compare::ChangeKind;
use orgplan::model::{Command, Edit, Field, NodeId, Plan, apply};
use orgplan::staff::{Mapping, build, read_source, update};

use crate::staff_import::finnish_list;

fn id(text: &str) -> NodeId {
    NodeId::new(text).unwrap()
}

fn import(text: &str, dir: &Path) -> (orgplan::staff::Imported, Mapping) {
    let path = dir.join("henkilosto.csv");
    std::fs::write(&path, encoding_rs::WINDOWS_1252.encode(text).0).unwrap();
    let source = read_source(&path, None).unwrap();
    let mapping = Mapping::guess(&source.headers);
    let imported = build(&source, &mapping, orgplan::model::Names::fi("Kunta")).unwrap();
    (imported, mapping)
}

fn set(plan: &mut Plan, node: &str, field: Field) {
    let scenario = plan.baseline().meta.id.clone();
    let edit = Edit::Set {
        node: id(node),
        field,
    };
    apply(plan, Command { scenario, edit }).unwrap();
}

/// The Finnish payroll export as text, to change before it is written back as Excel writes it.
fn finnish_text() -> String {
    encoding_rs::WINDOWS_1252
        .decode(&finnish_list())
        .0
        .into_owned()
}

const SCHOOL: &str = "u-sivistyspalvelut-perusopetus-kolhon-koulu";
const BASIC: &str = "u-sivistyspalvelut-perusopetus";

#[test]
fn a_unit_hr_renamed_or_moved_keeps_its_id_and_the_planners_work() {
    let dir = tempfile::tempdir().unwrap();
    let list = finnish_text();
    let (first, mapping) = import(&list, dir.path());
    let mut plan = first.plan;
    set(
        &mut plan,
        SCHOOL,
        Field::Notes(Some("peruskorjaus 2027".into())),
    );
    set(
        &mut plan,
        SCHOOL,
        Field::Capacity("oppilaat".into(), Some(320.0)),
    );

    // HR renamed the school, and basic education became "Perusopetus ja lukio".
    let renamed = list
        .replace(
            "Perusopetus / Kolhon koulu",
            "Perusopetus / Kolhon yhtenäiskoulu",
        )
        .replace(
            "Sivistyspalvelut / Perusopetus",
            "Sivistyspalvelut / Perusopetus ja lukio",
        );
    let (next, _) = import(&renamed, dir.path());
    let updated = update(&plan, next.plan.baseline(), &mapping, false).unwrap();
    let baseline = updated.plan.baseline();
    let school = baseline.node(&id(SCHOOL)).expect("the school keeps its id");
    assert_eq!(school.name.fi.as_deref(), Some("Kolhon yhtenäiskoulu"));
    assert_eq!(school.notes.as_deref(), Some("peruskorjaus 2027"));
    assert_eq!(school.capacity.get("oppilaat"), Some(&320.0));
    let basic = baseline
        .node(&id(BASIC))
        .expect("basic education keeps its id");
    assert_eq!(basic.name.fi.as_deref(), Some("Perusopetus ja lukio"));
    assert_eq!(baseline.parent(&id(SCHOOL)), Some(&id(BASIC)));
    assert_eq!(baseline.parent(&id("1111")), Some(&id(SCHOOL)));
    // The comparison says renamed, not removed and added.
    let kinds: Vec<(ChangeKind, &str)> = updated
        .changes
        .iter()
        .map(|c| (c.kind, c.node.as_ref().map_or("", |n| n.as_str())))
        .collect();
    assert!(kinds.contains(&(ChangeKind::Renamed, SCHOOL)), "{kinds:?}");
    assert!(
        !kinds.iter().any(|(k, _)| *k == ChangeKind::NodeRemoved),
        "{kinds:?}"
    );
}

#[test]
fn a_new_unit_that_takes_over_only_some_posts_is_new() {
    let dir = tempfile::tempdir().unwrap();
    let list = finnish_text();
    let (first, mapping) = import(&list, dir.path());
    let plan = first.plan;
    // One of the school's four posts moves to a new unit; the school stays.
    let split = list.replace(
        "1113;koulusihteeri;Sanna Sihteeri;Sivistyspalvelut / Perusopetus / Kolhon koulu",
        "1113;koulusihteeri;Sanna Sihteeri;Sivistyspalvelut / Hallinto",
    );
    let (next, _) = import(&split, dir.path());
    let updated = update(&plan, next.plan.baseline(), &mapping, false).unwrap();
    let baseline = updated.plan.baseline();
    assert!(baseline.contains(&id(SCHOOL)));
    assert!(baseline.contains(&id("u-sivistyspalvelut-hallinto")));
    assert_eq!(
        baseline.parent(&id("1113")),
        Some(&id("u-sivistyspalvelut-hallinto"))
    );
}
