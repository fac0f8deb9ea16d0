//! Three-way merge of two planners' copies: by identity, field by field, conflicts recorded and
//! never silently decided; and `orgplan merge` as a git merge driver.

use std::path::Path;
use std::process::Command as Process;

use orgplan::examples::{self, Example};
use orgplan::i18n::Lang;
use orgplan::io::{PlanFile, load_file, save_file};
use orgplan::merge::merge;
use orgplan::model::{Command, Edge, Edit, Field, NodeId, Plan, Relation, apply};
use proptest::prelude::*;

use crate::model_props::{EditSeed, edit_seed, materialize};

fn id(text: &str) -> NodeId {
    NodeId::new(text).unwrap()
}

fn kouvola() -> Plan {
    examples::load(Example::Kouvola).unwrap()
}

fn file(plan: &Plan) -> PlanFile {
    PlanFile::from_plan(plan)
}

/// A copy of `plan` with `edits` applied to its scenario `scenario`, one command each.
pub(crate) fn edited(plan: &Plan, scenario: &str, edits: Vec<Edit>) -> Plan {
    let mut plan = plan.clone();
    for edit in edits {
        apply(
            &mut plan,
            Command {
                scenario: id(scenario),
                edit,
            },
        )
        .unwrap();
    }
    plan
}

fn random_edits(plan: &Plan, seeds: &[EditSeed]) -> Plan {
    random_edits_in(plan, "decided", seeds)
}

fn random_edits_in(plan: &Plan, scenario: &str, seeds: &[EditSeed]) -> Plan {
    let mut plan = plan.clone();
    let scenario = id(scenario);
    let mut fresh = 0;
    for seed in seeds {
        let edit = materialize(seed, plan.scenario(&scenario).unwrap(), &mut fresh);
        let _ = apply(
            &mut plan,
            Command {
                scenario: scenario.clone(),
                edit,
            },
        );
    }
    plan
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn merging_with_an_unchanged_side_gives_the_changed_one(seeds in prop::collection::vec(edit_seed(), 1..8)) {
        let base = kouvola();
        let changed = random_edits(&base, &seeds);
        let mine = merge(&base, &changed, &base).unwrap();
        prop_assert!(mine.conflicts.is_empty());
        prop_assert_eq!(file(&mine.plan), file(&changed));
        let theirs = merge(&base, &base, &changed).unwrap();
        prop_assert!(theirs.conflicts.is_empty());
        prop_assert_eq!(file(&theirs.plan), file(&changed));
    }

    /// One planner edits the decided scenario, the other the baseline: the merge holds both
    /// planners' work, as if one had made both sets of edits.
    #[test]
    fn merging_two_disjoint_random_edits_contains_both(
        decided in prop::collection::vec(edit_seed(), 1..8),
        baseline in prop::collection::vec(edit_seed(), 1..8),
    ) {
        let base = kouvola();
        let mine = random_edits_in(&base, "decided", &decided);
        let theirs = random_edits_in(&base, "baseline", &baseline);
        let merged = merge(&base, &mine, &theirs).unwrap();
        prop_assert!(merged.conflicts.is_empty(), "{:#?}", merged.conflicts);
        let both = random_edits_in(&mine, "baseline", &baseline);
        prop_assert_eq!(file(&merged.plan), file(&both));
    }
}

#[test]
fn two_disjoint_edits_are_both_in_the_merge() {
    let base = kouvola();
    let mine = edited(
        &base,
        "decided",
        vec![
            Edit::rename(&id("vaka"), Lang::Fi, "Varhaiskasvatuspalvelut"),
            Edit::AddRelation(Edge::new(&id("nuoriso"), Relation::Serves, &id("lukio"))),
        ],
    );
    let theirs = edited(
        &base,
        "decided",
        vec![
            Edit::Set {
                node: id("ohjaus-vetaja"),
                field: Field::Fte(Some(0.5)),
            },
            Edit::AddRelation(Edge::new(
                &id("nuoriso"),
                Relation::Serves,
                &id("perusopetus"),
            )),
            Edit::Move {
                node: id("kt-paallikko"),
                parent: Some(id("perusopetus")),
            },
        ],
    );
    let merged = merge(&base, &mine, &theirs).unwrap();
    assert!(merged.conflicts.is_empty(), "{:#?}", merged.conflicts);
    let expected = edited(
        &mine,
        "decided",
        vec![
            Edit::Set {
                node: id("ohjaus-vetaja"),
                field: Field::Fte(Some(0.5)),
            },
            Edit::AddRelation(Edge::new(
                &id("nuoriso"),
                Relation::Serves,
                &id("perusopetus"),
            )),
            Edit::Move {
                node: id("kt-paallikko"),
                parent: Some(id("perusopetus")),
            },
        ],
    );
    let decided = merged.plan.find_scenario("decided").unwrap();
    assert_eq!(
        decided.node(&id("vaka")).unwrap().name.fi.as_deref(),
        Some("Varhaiskasvatuspalvelut")
    );
    assert_eq!(decided.node(&id("ohjaus-vetaja")).unwrap().fte, Some(0.5));
    let serves: Vec<&NodeId> = decided.targets(&id("nuoriso"), Relation::Serves).collect();
    assert_eq!(serves.len(), 2);
    assert_eq!(
        decided.parent(&id("kt-paallikko")),
        Some(&id("perusopetus"))
    );
    let order = |p: &Plan| {
        p.find_scenario("decided")
            .unwrap()
            .nodes()
            .map(|n| n.id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(order(&merged.plan), order(&expected));
}

#[test]
fn the_same_field_changed_differently_is_a_conflict_that_keeps_mine() {
    let base = kouvola();
    let mine = edited(
        &base,
        "decided",
        vec![Edit::Set {
            node: id("ohjaus-vetaja"),
            field: Field::Fte(Some(0.5)),
        }],
    );
    let theirs = edited(
        &base,
        "decided",
        vec![Edit::Set {
            node: id("ohjaus-vetaja"),
            field: Field::Fte(Some(0.8)),
        }],
    );
    let merged = merge(&base, &mine, &theirs).unwrap();
    assert_eq!(merged.conflicts.len(), 1);
    let conflict = &merged.conflicts[0];
    assert_eq!(conflict.scenario, Some(id("decided")));
    assert_eq!(conflict.node, Some(id("ohjaus-vetaja")));
    assert_eq!(conflict.field, "fte");
    assert_eq!(
        (
            conflict.base.as_deref(),
            conflict.mine.as_deref(),
            conflict.theirs.as_deref()
        ),
        (Some("1.0"), Some("0.5"), Some("0.8"))
    );
    let decided = merged.plan.find_scenario("decided").unwrap();
    assert_eq!(decided.node(&id("ohjaus-vetaja")).unwrap().fte, Some(0.5));
    // The conflict is in the plan, so it is saved with it.
    assert_eq!(merged.plan.conflicts, merged.conflicts);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("merged.ron");
    save_file(&merged.plan, &path).unwrap();
    assert_eq!(load_file(&path).unwrap().conflicts, merged.conflicts);
}

#[test]
fn the_same_change_on_both_sides_is_no_conflict() {
    let base = kouvola();
    let edit = || vec![Edit::rename(&id("vaka"), Lang::Sv, "Tidig pedagogik")];
    let merged = merge(
        &base,
        &edited(&base, "decided", edit()),
        &edited(&base, "decided", edit()),
    )
    .unwrap();
    assert!(merged.conflicts.is_empty());
    assert_eq!(file(&merged.plan), file(&edited(&base, "decided", edit())));
}

#[test]
fn a_node_removed_by_one_and_changed_by_the_other_is_kept_with_a_conflict() {
    let base = kouvola();
    let mine = edited(
        &base,
        "decided",
        vec![Edit::RemoveNode {
            node: id("nuoriso-koord"),
        }],
    );
    let theirs = edited(
        &base,
        "decided",
        vec![Edit::Set {
            node: id("nuoriso-koord"),
            field: Field::Fte(Some(0.6)),
        }],
    );
    let merged = merge(&base, &mine, &theirs).unwrap();
    let decided = merged.plan.find_scenario("decided").unwrap();
    assert_eq!(decided.node(&id("nuoriso-koord")).unwrap().fte, Some(0.6));
    assert!(
        merged
            .conflicts
            .iter()
            .any(|c| c.field == "removed" && c.node == Some(id("nuoriso-koord")))
    );
}

#[test]
fn a_relation_to_a_node_the_other_side_removed_is_dropped_with_a_conflict() {
    let base = kouvola();
    let mine = edited(
        &base,
        "decided",
        vec![Edit::AddRelation(Edge::new(
            &id("nuoriso"),
            Relation::Serves,
            &id("lukio"),
        ))],
    );
    let theirs = edited(
        &base,
        "decided",
        vec![
            Edit::RemoveRelation(Edge::new(
                &id("op-paallikko"),
                Relation::Heads,
                &id("lukio"),
            )),
            Edit::RemoveRelation(Edge::new(&id("ohjaus"), Relation::Serves, &id("lukio"))),
            Edit::RemoveRelation(Edge::new(
                &id("asiakasohjaus"),
                Relation::Serves,
                &id("lukio"),
            )),
            Edit::RemoveRelation(Edge::new(
                &id("kehittaminen"),
                Relation::Serves,
                &id("lukio"),
            )),
            Edit::RemoveNode { node: id("lukio") },
        ],
    );
    let merged = merge(&base, &mine, &theirs).unwrap();
    let decided = merged.plan.find_scenario("decided").unwrap();
    assert!(!decided.contains(&id("lukio")));
    assert_eq!(decided.targets(&id("nuoriso"), Relation::Serves).count(), 0);
    assert!(
        merged
            .conflicts
            .iter()
            .any(|c| c.field == "serves" && c.node == Some(id("nuoriso")))
    );
}

#[test]
fn moves_that_together_make_a_cycle_are_cut_with_a_conflict() {
    let base = kouvola();
    let mine = edited(
        &base,
        "decided",
        vec![Edit::Move {
            node: id("ohjaus"),
            parent: Some(id("kehittaminen")),
        }],
    );
    let theirs = edited(
        &base,
        "decided",
        vec![Edit::Move {
            node: id("kehittaminen"),
            parent: Some(id("ohjaus")),
        }],
    );
    let merged = merge(&base, &mine, &theirs).unwrap();
    assert!(
        merged.conflicts.iter().any(|c| c.field == "part_of"),
        "{:#?}",
        merged.conflicts
    );
    // The merged plan loaded, so it has no structural cycle left.
    let problems = orgplan::analysis::check(
        merged.plan.find_scenario("decided").unwrap(),
        &Default::default(),
    );
    assert!(
        problems
            .iter()
            .all(|p| p.code != orgplan::analysis::ProblemCode::StructureCycle)
    );
}

fn git(dir: &Path, args: &[&str]) -> std::process::Output {
    Process::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "Planner")
        .env("GIT_AUTHOR_EMAIL", "planner@example.org")
        .env("GIT_COMMITTER_NAME", "Planner")
        .env("GIT_COMMITTER_EMAIL", "planner@example.org")
        .output()
        .unwrap()
}

#[test]
fn orgplan_merges_plans_as_a_git_merge_driver() {
    if Process::new("git").arg("--version").output().is_err() {
        eprintln!("git is not installed: skipped");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let bin = env!("CARGO_BIN_EXE_orgplan");
    assert!(git(d, &["init", "-q", "-b", "main"]).status.success());
    // The two lines of configuration the README documents.
    std::fs::write(d.join(".gitattributes"), "*.ron merge=orgplan\n").unwrap();
    let driver = format!("{bin} merge %O %A %B -o %A");
    assert!(
        git(d, &["config", "merge.orgplan.driver", &driver])
            .status
            .success()
    );

    let base = kouvola();
    save_file(&base, &d.join("plan.ron")).unwrap();
    git(d, &["add", "."]);
    assert!(git(d, &["commit", "-q", "-m", "base"]).status.success());
    git(d, &["checkout", "-q", "-b", "theirs"]);
    let theirs = edited(
        &base,
        "decided",
        vec![Edit::Set {
            node: id("ohjaus-vetaja"),
            field: Field::Fte(Some(0.5)),
        }],
    );
    save_file(&theirs, &d.join("plan.ron")).unwrap();
    assert!(git(d, &["commit", "-q", "-am", "theirs"]).status.success());
    git(d, &["checkout", "-q", "main"]);
    let mine = edited(
        &base,
        "decided",
        vec![Edit::rename(
            &id("vaka"),
            Lang::Fi,
            "Varhaiskasvatuspalvelut",
        )],
    );
    save_file(&mine, &d.join("plan.ron")).unwrap();
    assert!(git(d, &["commit", "-q", "-am", "mine"]).status.success());

    let output = git(d, &["merge", "-q", "--no-edit", "theirs"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let merged = load_file(&d.join("plan.ron")).unwrap();
    let decided = merged.find_scenario("decided").unwrap();
    assert_eq!(decided.node(&id("ohjaus-vetaja")).unwrap().fte, Some(0.5));
    assert_eq!(
        decided.node(&id("vaka")).unwrap().name.fi.as_deref(),
        Some("Varhaiskasvatuspalvelut")
    );
}

#[test]
fn the_merge_command_exits_1_and_records_conflicts() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let base = kouvola();
    let mine = edited(
        &base,
        "decided",
        vec![Edit::Set {
            node: id("ohjaus-vetaja"),
            field: Field::Fte(Some(0.5)),
        }],
    );
    let theirs = edited(
        &base,
        "decided",
        vec![Edit::Set {
            node: id("ohjaus-vetaja"),
            field: Field::Fte(Some(0.8)),
        }],
    );
    for (name, plan) in [
        ("base.ron", &base),
        ("mine.ron", &mine),
        ("theirs.ron", &theirs),
    ] {
        save_file(plan, &d.join(name)).unwrap();
    }
    let output = Process::new(env!("CARGO_BIN_EXE_orgplan"))
        .args([
            "merge",
            "base.ron",
            "mine.ron",
            "theirs.ron",
            "-o",
            "out.ron",
            "--lang",
            "en",
        ])
        .current_dir(d)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("decided / ohjaus-vetaja / fte: base 1.0, mine 0.5, theirs 0.8"),
        "{stderr}"
    );
    let check = Process::new(env!("CARGO_BIN_EXE_orgplan"))
        .args(["check", "out.ron", "--lang", "en"])
        .current_dir(d)
        .output()
        .unwrap();
    assert!(
        String::from_utf8(check.stdout)
            .unwrap()
            .starts_with("One merge conflict to resolve:")
    );
}

#[test]
fn a_conflict_resolved_on_one_side_stays_resolved() {
    let base = kouvola();
    let mine = edited(
        &base,
        "decided",
        vec![Edit::Set {
            node: id("ohjaus-vetaja"),
            field: Field::Fte(Some(0.5)),
        }],
    );
    let theirs = edited(
        &base,
        "decided",
        vec![Edit::Set {
            node: id("ohjaus-vetaja"),
            field: Field::Fte(Some(0.8)),
        }],
    );
    let first = merge(&base, &mine, &theirs).unwrap().plan;
    assert_eq!(first.conflicts.len(), 1);
    // One planner resolves it (0.7, the entry removed); the other edits something else.
    let mut resolved = edited(
        &first,
        "decided",
        vec![Edit::Set {
            node: id("ohjaus-vetaja"),
            field: Field::Fte(Some(0.7)),
        }],
    );
    resolved.conflicts.clear();
    let other = edited(
        &first,
        "decided",
        vec![Edit::rename(
            &id("vaka"),
            Lang::Fi,
            "Varhaiskasvatuspalvelut",
        )],
    );
    let merged = merge(&first, &resolved, &other).unwrap();
    assert!(
        merged.plan.conflicts.is_empty(),
        "{:#?}",
        merged.plan.conflicts
    );
    let decided = merged.plan.find_scenario("decided").unwrap();
    assert_eq!(decided.node(&id("ohjaus-vetaja")).unwrap().fte, Some(0.7));
    assert_eq!(
        decided.node(&id("vaka")).unwrap().name.fi.as_deref(),
        Some("Varhaiskasvatuspalvelut")
    );
}

fn fte_conflict() -> Plan {
    let base = kouvola();
    let fte = |value: f64| {
        vec![Edit::Set {
            node: id("ohjaus-vetaja"),
            field: Field::Fte(Some(value)),
        }]
    };
    let (mine, theirs) = (
        edited(&base, "decided", fte(0.5)),
        edited(&base, "decided", fte(0.8)),
    );
    merge(&base, &mine, &theirs).unwrap().plan
}

#[test]
fn taking_theirs_sets_their_value_and_closes_the_conflict() {
    use orgplan::merge::{can_take_theirs, take_theirs};
    let plan = fte_conflict();
    assert!(can_take_theirs(&plan.conflicts[0]));
    let settled = take_theirs(&plan, 0).unwrap();
    assert!(settled.conflicts.is_empty());
    let node = |p: &Plan| {
        p.find_scenario("decided")
            .unwrap()
            .node(&id("ohjaus-vetaja"))
            .unwrap()
            .fte
    };
    assert_eq!(node(&settled), Some(0.8));
    // The plan it came from is as it was.
    assert_eq!((node(&plan), plan.conflicts.len()), (Some(0.5), 1));
    // Everything else is as the merge left it.
    let mut expected = plan.clone();
    apply(
        &mut expected,
        Command {
            scenario: id("decided"),
            edit: Edit::Set {
                node: id("ohjaus-vetaja"),
                field: Field::Fte(Some(0.8)),
            },
        },
    )
    .unwrap();
    expected.conflicts.clear();
    assert_eq!(file(&settled), file(&expected));
}

#[test]
fn their_name_is_taken_as_text_even_when_it_reads_as_a_number() {
    let base = kouvola();
    let named = |name: &str| {
        edited(
            &base,
            "decided",
            vec![Edit::rename(&id("vaka"), Lang::En, name)],
        )
    };
    let plan = merge(&base, &named("Early years"), &named("2024"))
        .unwrap()
        .plan;
    assert_eq!(plan.conflicts[0].field, "name.en");
    let settled = orgplan::merge::take_theirs(&plan, 0).unwrap();
    let vaka = settled
        .find_scenario("decided")
        .unwrap()
        .node(&id("vaka"))
        .unwrap()
        .clone();
    assert_eq!(vaka.name.en.as_deref(), Some("2024"));
}

#[test]
fn their_parent_that_makes_a_cycle_is_refused() {
    let base = kouvola();
    let mine = edited(
        &base,
        "decided",
        vec![
            Edit::Move {
                node: id("kehittaminen"),
                parent: Some(id("ohjaus")),
            },
            Edit::Move {
                node: id("ohjaus"),
                parent: Some(id("lukio")),
            },
        ],
    );
    let theirs = edited(
        &base,
        "decided",
        vec![Edit::Move {
            node: id("ohjaus"),
            parent: Some(id("kehittaminen")),
        }],
    );
    let plan = merge(&base, &mine, &theirs).unwrap().plan;
    let at = plan
        .conflicts
        .iter()
        .position(|c| c.field == "part_of" && c.node == Some(id("ohjaus")))
        .unwrap();
    assert!(orgplan::merge::can_take_theirs(&plan.conflicts[at]));
    let refused = orgplan::merge::take_theirs(&plan, at).err().unwrap();
    assert!(matches!(refused, orgplan::merge::MergeError::Cycle));
    assert_eq!(
        refused.message(Lang::En),
        "their parent would make the node part of itself"
    );
}

#[test]
fn removals_sets_and_repairs_are_not_settled_by_one_value() {
    let base = kouvola();
    let mine = edited(
        &base,
        "decided",
        vec![Edit::RemoveNode {
            node: id("nuoriso-koord"),
        }],
    );
    let theirs = edited(
        &base,
        "decided",
        vec![Edit::Set {
            node: id("nuoriso-koord"),
            field: Field::Fte(Some(0.6)),
        }],
    );
    let plan = merge(&base, &mine, &theirs).unwrap().plan;
    let at = plan
        .conflicts
        .iter()
        .position(|c| c.field == "removed")
        .unwrap();
    assert!(!orgplan::merge::can_take_theirs(&plan.conflicts[at]));
    assert!(matches!(
        orgplan::merge::take_theirs(&plan, at),
        Err(orgplan::merge::MergeError::NotOneValue)
    ));
    assert!(matches!(
        orgplan::merge::take_theirs(&plan, 99),
        Err(orgplan::merge::MergeError::NotOneValue)
    ));
    // A conflict whose node has gone since.
    let mut gone = fte_conflict();
    gone.conflicts[0].node = Some(id("poistettu"));
    assert!(matches!(
        orgplan::merge::take_theirs(&gone, 0),
        Err(orgplan::merge::MergeError::Gone)
    ));
}

#[test]
fn their_text_is_taken_as_it_is_where_mine_has_none() {
    let base = kouvola();
    let holder = |value: Option<&str>| {
        vec![Edit::Set {
            node: id("kop-johtaja"),
            field: Field::Holder(value.map(str::to_owned)),
        }]
    };
    // Mine cleared the holder; theirs wrote words that read as JSON.
    for theirs in ["null", "\"quoted\"", "2024", "true"] {
        let plan = merge(
            &base,
            &edited(&base, "decided", holder(None)),
            &edited(&base, "decided", holder(Some(theirs))),
        )
        .unwrap()
        .plan;
        let at = plan
            .conflicts
            .iter()
            .position(|c| c.field == "holder")
            .unwrap();
        let settled = orgplan::merge::take_theirs(&plan, at).unwrap();
        let node = settled
            .find_scenario("decided")
            .unwrap()
            .node(&id("kop-johtaja"))
            .unwrap()
            .clone();
        assert_eq!(node.holder.as_deref(), Some(theirs));
    }
}

#[test]
fn a_capacity_whose_name_has_a_dot_is_taken_whole() {
    let base = kouvola();
    let capacity = |value: f64| {
        vec![Edit::Set {
            node: id("vaka"),
            field: Field::Capacity("lapset 1.8.".to_owned(), Some(value)),
        }]
    };
    let plan = merge(
        &base,
        &edited(&base, "decided", capacity(120.0)),
        &edited(&base, "decided", capacity(140.0)),
    )
    .unwrap()
    .plan;
    assert_eq!(plan.conflicts[0].field, "capacity.lapset 1.8.");
    let settled = orgplan::merge::take_theirs(&plan, 0).unwrap();
    let vaka = settled
        .find_scenario("decided")
        .unwrap()
        .node(&id("vaka"))
        .unwrap()
        .clone();
    assert_eq!(vaka.capacity.get("lapset 1.8."), Some(&140.0));
    assert_eq!(vaka.capacity.len(), 1, "{:?}", vaka.capacity);
}

#[test]
fn their_removal_of_a_parent_is_a_value_to_take_but_a_repair_is_not() {
    let base = kouvola();
    let moved = |parent: Option<&str>| {
        vec![Edit::Move {
            node: id("ohjaus"),
            parent: parent.map(id),
        }]
    };
    let plan = merge(
        &base,
        &edited(&base, "decided", moved(Some("lukio"))),
        &edited(&base, "decided", moved(None)),
    )
    .unwrap()
    .plan;
    let at = plan
        .conflicts
        .iter()
        .position(|c| c.field == "part_of")
        .unwrap();
    assert!(orgplan::merge::can_take_theirs(&plan.conflicts[at]));
    let settled = orgplan::merge::take_theirs(&plan, at).unwrap();
    let decided = settled.find_scenario("decided").unwrap();
    assert!(decided.roots().any(|root| root.id == id("ohjaus")));
    // What a repair dropped has neither a base nor a "theirs".
    let mut repaired = plan.clone();
    repaired.conflicts[at].base = None;
    repaired.conflicts[at].theirs = None;
    assert!(!orgplan::merge::can_take_theirs(&repaired.conflicts[at]));
}
