//! Comparing scenarios: the example's decided reorganisation lists every change seed 000
//! describes; diffs of random edits name every changed node; figures, golden reports, redaction
//! and the `diff` and `stats` commands.

use std::collections::BTreeSet;
use std::process::Command as Process;

use orgplan::compare::report::{DiffFormat, Sides, diff_report};
use orgplan::compare::stats::{StatsFormat, stats_report};
use orgplan::compare::{Change, ChangeKind, Value, diff, figures};
use orgplan::examples::{self, Example};
use orgplan::i18n::Lang;
use orgplan::model::{
    Command, Edit, Field, Names, Node, NodeId, NodeKind, PostStatus, Relation, Role, Scenario,
    Task, apply,
};
use proptest::prelude::*;

use crate::merge::edited;
use crate::model_props::{edit_seed, materialize};

fn id(text: &str) -> NodeId {
    NodeId::new(text).unwrap()
}

fn ids(list: &[&str]) -> Vec<NodeId> {
    list.iter().map(|t| id(t)).collect()
}

fn kouvola() -> orgplan::model::Plan {
    examples::load(Example::Kouvola).unwrap()
}

fn decided_changes() -> Vec<Change> {
    let plan = kouvola();
    diff(
        plan.find_scenario("baseline").unwrap(),
        plan.find_scenario("decided").unwrap(),
    )
}

fn find(changes: &[Change], kind: ChangeKind, node: &str) -> Vec<Change> {
    changes
        .iter()
        .filter(|c| c.kind == kind && c.node.as_str() == node)
        .cloned()
        .collect()
}

fn one(changes: &[Change], kind: ChangeKind, node: &str) -> Change {
    let found = find(changes, kind, node);
    assert_eq!(found.len(), 1, "{kind:?} of {node}: {changes:#?}");
    found.into_iter().next().unwrap()
}

#[test]
fn basic_education_and_upper_secondary_become_separate_units() {
    let changes = decided_changes();
    one(&changes, ChangeKind::NodeAdded, "perusopetus");
    one(&changes, ChangeKind::NodeAdded, "lukio");
    one(&changes, ChangeKind::NodeRemoved, "peruslukio");
    let split = one(&changes, ChangeKind::Split, "peruslukio");
    assert_eq!(split.to, ids(&["perusopetus", "lukio"]));
    assert!(!split.inferred);
    let head = one(&changes, ChangeKind::HeadChanged, "lukio");
    assert_eq!(head.to, ids(&["op-paallikko"]));
}

#[test]
fn growth_support_ceases_as_a_unit() {
    let changes = decided_changes();
    let removed = one(&changes, ChangeKind::NodeRemoved, "kasvuntuki");
    assert_eq!(removed.from, ids(&["kop"]));
    for part in ["kot", "ytp", "psoh"] {
        one(&changes, ChangeKind::NodeRemoved, part);
    }
    let split = one(&changes, ChangeKind::Split, "kasvuntuki");
    assert_eq!(split.to, ids(&["ohjaus", "asiakasohjaus", "kehittaminen"]));
}

#[test]
fn the_growth_support_heads_post_is_left_unfilled() {
    let changes = decided_changes();
    let vacancy = one(&changes, ChangeKind::VacancyChanged, "kt-paallikko");
    assert_eq!(vacancy.before, Some(Value::Status(PostStatus::Vacant)));
    assert_eq!(vacancy.after, Some(Value::Status(PostStatus::LeftUnfilled)));
    // The post stays in the plan, moved up to the division, not removed.
    assert!(find(&changes, ChangeKind::NodeRemoved, "kt-paallikko").is_empty());
    let moved = one(&changes, ChangeKind::Moved, "kt-paallikko");
    assert_eq!(
        (moved.from, moved.to),
        (ids(&["kasvuntuki"]), ids(&["kop"]))
    );
}

#[test]
fn the_tasks_move_to_remaining_roles_and_none_is_orphaned() {
    let changes = decided_changes();
    let moves: BTreeSet<(String, String, String)> = changes
        .iter()
        .filter(|c| c.kind == ChangeKind::TaskMoved)
        .map(|c| {
            (
                c.task.as_ref().unwrap().as_str().to_owned(),
                c.from[0].as_str().to_owned(),
                c.to[0].as_str().to_owned(),
            )
        })
        .collect();
    let expected: BTreeSet<(String, String, String)> = [
        ("t-kt-johto", "kt-paallikko", "op-paallikko"),
        ("t-kt-kehittaminen", "kt-paallikko", "kehittaminen"),
        ("t-oppimisen-tuki", "kot", "ohjaus"),
        ("t-asiakasohjaus", "ytp", "asiakasohjaus"),
        ("t-oppilashuolto", "psoh", "ohjaus"),
    ]
    .into_iter()
    .map(|(a, b, c)| (a.to_owned(), b.to_owned(), c.to_owned()))
    .collect();
    assert_eq!(moves, expected);
    assert!(
        changes.iter().all(|c| c.kind != ChangeKind::TaskOrphaned),
        "{changes:#?}"
    );
}

#[test]
fn each_cross_unit_team_serves_all_units() {
    let changes = decided_changes();
    for team in ["ohjaus", "asiakasohjaus", "kehittaminen"] {
        one(&changes, ChangeKind::NodeAdded, team);
        let serves = one(&changes, ChangeKind::ServesAdded, team);
        assert_eq!(serves.to, ids(&["vaka", "perusopetus", "lukio"]), "{team}");
    }
}

#[test]
fn youth_services_becomes_its_own_team_led_by_its_coordinator() {
    let changes = decided_changes();
    let kind = one(&changes, ChangeKind::KindChanged, "nuoriso");
    assert_eq!(
        (kind.before, kind.after),
        (
            Some(Value::Kind(orgplan::model::NodeKind::Unit)),
            Some(Value::Kind(orgplan::model::NodeKind::Team))
        )
    );
    let moved = one(&changes, ChangeKind::Moved, "nuoriso");
    assert_eq!(
        (moved.from, moved.to),
        (ids(&["kasvuntuki"]), ids(&["kop"]))
    );
    // The coordinator still heads the team and now reports to the head of education services.
    assert!(find(&changes, ChangeKind::HeadChanged, "nuoriso").is_empty());
    let supervisor = one(&changes, ChangeKind::SupervisorChanged, "nuoriso-koord");
    assert_eq!(supervisor.from, ids(&["kt-paallikko"]));
    assert_eq!(supervisor.to, ids(&["op-paallikko"]));
    one(&changes, ChangeKind::Renamed, "nuoriso-koord");
}

#[test]
fn team_leaders_get_their_new_supervisors() {
    let changes = decided_changes();
    for (leader, team, supervisor) in [
        ("ohjaus-vetaja", "ohjaus", "op-paallikko"),
        ("asiakasohjaus-vetaja", "asiakasohjaus", "vaka-paallikko"),
        ("kehittaminen-vetaja", "kehittaminen", "op-paallikko"),
    ] {
        let change = one(&changes, ChangeKind::SupervisorChanged, leader);
        assert_eq!(change.to, ids(&[supervisor]), "{leader}");
        let head = one(&changes, ChangeKind::HeadChanged, team);
        assert_eq!(head.to, ids(&[leader]));
    }
}

#[test]
fn a_task_left_with_a_post_left_unfilled_is_orphaned() {
    let mut plan = kouvola();
    let decided = id("decided");
    // Give the growth-support head's task back to the post that will not be filled.
    apply(
        &mut plan,
        Command {
            scenario: decided.clone(),
            edit: Edit::MoveTask {
                task: id("t-kt-johto"),
                to: id("kt-paallikko"),
                at: None,
            },
        },
    )
    .unwrap();
    let changes = diff(
        plan.find_scenario("baseline").unwrap(),
        plan.find_scenario("decided").unwrap(),
    );
    let orphaned: Vec<&Change> = changes
        .iter()
        .filter(|c| c.kind == ChangeKind::TaskOrphaned)
        .collect();
    assert_eq!(orphaned.len(), 1, "{changes:#?}");
    assert_eq!(orphaned[0].task, Some(id("t-kt-johto")));
    let sides = Sides::new(
        plan.find_scenario("baseline").unwrap(),
        plan.find_scenario("decided").unwrap(),
    );
    let text = diff_report(&changes, &sides, DiffFormat::Text, Lang::En);
    assert!(
        text.contains("Task left without an owner: “Leading growth-support services” (before: Head of Growth Support; now: Head of Growth Support, left unfilled)"),
        "{text}"
    );
}

#[test]
fn the_tasks_of_an_added_and_of_a_removed_post_are_compared() {
    let plan = kouvola();
    let decided = id("decided");
    let before = plan.scenario(&decided).unwrap().clone();
    // A filled post that holds tasks and has no parts.
    let holder = before
        .nodes()
        .find(|n| {
            n.kind == NodeKind::Position
                && n.status == PostStatus::Filled
                && !n.tasks.is_empty()
                && before.children(&n.id).is_empty()
        })
        .unwrap();
    let parent = before.parent(&holder.id).cloned().unwrap();
    let mut post = Node::new(
        id("uusi-virka"),
        NodeKind::Position,
        Names::fi("Uusi virka"),
    );
    post.tasks.push(Task {
        id: id("t-uusi"),
        name: Names::fi("Uusi tehtävä"),
    });
    let after = edited(
        &plan,
        "decided",
        vec![
            Edit::RemoveNode {
                node: holder.id.clone(),
            },
            Edit::AddNode {
                node: Box::new(post),
                at: None,
                edges: vec![orgplan::model::Edge::new(
                    &id("uusi-virka"),
                    Relation::PartOf,
                    &parent,
                )],
            },
        ],
    );
    let changes = diff(&before, after.scenario(&decided).unwrap());
    let added = one(&changes, ChangeKind::TaskAdded, "uusi-virka");
    assert_eq!(added.task, Some(id("t-uusi")));
    let orphaned = find(&changes, ChangeKind::TaskOrphaned, holder.id.as_str());
    for task in &holder.tasks {
        assert!(
            orphaned.iter().any(|c| c.task.as_ref() == Some(&task.id)),
            "{changes:#?}"
        );
    }
}

#[test]
fn a_merge_is_inferred_from_the_tasks_when_no_replaces_is_stated() {
    let mut plan = kouvola();
    for team in ["ohjaus", "asiakasohjaus", "kehittaminen"] {
        apply(
            &mut plan,
            Command {
                scenario: id("decided"),
                edit: Edit::Set {
                    node: id(team),
                    field: Field::Replaces(Vec::new()),
                },
            },
        )
        .unwrap();
    }
    let changes = diff(
        plan.find_scenario("baseline").unwrap(),
        plan.find_scenario("decided").unwrap(),
    );
    // Learning support and student welfare both went to the guidance team.
    let merged = one(&changes, ChangeKind::Merged, "ohjaus");
    assert!(merged.inferred);
    assert_eq!(merged.from, ids(&["kot", "psoh"]));
    let replaced = one(&changes, ChangeKind::Replaced, "asiakasohjaus");
    assert_eq!(replaced.from, ids(&["ytp"]));
    assert!(find(&changes, ChangeKind::Split, "kasvuntuki").is_empty());
}

#[test]
fn a_serves_line_removed_and_a_figure_changed_are_each_one_change() {
    let plan = kouvola();
    let decided = id("decided");
    let before = plan.scenario(&decided).unwrap().clone();
    let mut after = plan.clone();
    let edit = Edit::Batch(vec![
        Edit::RemoveRelation(orgplan::model::Edge::new(
            &id("ohjaus"),
            Relation::Serves,
            &id("lukio"),
        )),
        Edit::Set {
            node: id("kop-johtaja"),
            field: Field::Fte(Some(0.8)),
        },
    ]);
    apply(
        &mut after,
        Command {
            scenario: decided.clone(),
            edit,
        },
    )
    .unwrap();
    let changes = diff(&before, after.scenario(&decided).unwrap());
    assert_eq!(changes.len(), 2, "{changes:#?}");
    // The units no longer served are nodes of the first scenario: `from`.
    let serves = changes
        .iter()
        .find(|c| c.kind == ChangeKind::ServesRemoved)
        .unwrap();
    assert_eq!(
        (serves.node.as_str(), serves.from.clone()),
        ("ohjaus", vec![id("lukio")])
    );
    let figure = changes
        .iter()
        .find(|c| c.kind == ChangeKind::FigureChanged)
        .unwrap();
    assert_eq!(figure.node, id("kop-johtaja"));
    assert_eq!(figure.field.as_deref(), Some("fte"));
    assert_eq!(
        (figure.before.clone(), figure.after.clone()),
        (Some(Value::Number(1.0)), Some(Value::Number(0.8)))
    );
}

#[test]
fn group_memberships_and_roles_are_compared() {
    let plan = examples::load(Example::ManttaVilppula).unwrap();
    let before = plan.baseline().clone();
    let mut after_plan = plan.clone();
    let scenario = before.meta.id.clone();
    let (member, group, role) = before
        .nodes()
        .find_map(|n| {
            before
                .edges_from(&n.id)
                .into_iter()
                .find_map(|e| match e.relation {
                    Relation::MemberOf(role) => Some((e.from, e.to, role)),
                    _ => None,
                })
        })
        .unwrap();
    let new_role = if role == Role::Chair {
        Role::Member
    } else {
        Role::Chair
    };
    let edit = Edit::Batch(vec![
        Edit::RemoveRelation(orgplan::model::Edge::new(
            &member,
            Relation::MemberOf(role),
            &group,
        )),
        Edit::AddRelation(orgplan::model::Edge::new(
            &member,
            Relation::MemberOf(new_role),
            &group,
        )),
    ]);
    apply(&mut after_plan, Command { scenario, edit }).unwrap();
    let changes = diff(&before, after_plan.baseline());
    assert_eq!(changes.len(), 1, "{changes:#?}");
    let change = &changes[0];
    assert_eq!(change.kind, ChangeKind::MembershipChanged);
    assert_eq!(
        (change.before.clone(), change.after.clone()),
        (Some(Value::Role(role)), Some(Value::Role(new_role)))
    );
    assert_eq!(change.to, vec![group]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Random plans, and the example after random edits: a scenario and its copy have no
    /// differences, whatever they hold.
    #[test]
    fn a_random_scenario_compared_with_itself_has_no_changes(
        plan in crate::model_props::plan(),
        seeds in prop::collection::vec(edit_seed(), 0..8),
    ) {
        for scenario in plan.scenarios() {
            prop_assert_eq!(diff(scenario, &scenario.clone()), Vec::new());
        }
        let mut edited = kouvola();
        let decided = id("decided");
        let mut fresh = 0;
        for seed in &seeds {
            let edit = materialize(seed, edited.scenario(&decided).unwrap(), &mut fresh);
            let _ = apply(&mut edited, Command { scenario: decided.clone(), edit });
        }
        let scenario = edited.scenario(&decided).unwrap();
        prop_assert_eq!(diff(scenario, &scenario.clone()), Vec::new());
    }
}

#[test]
fn a_scenario_compared_with_itself_has_no_changes() {
    for example in Example::ALL {
        let plan = examples::load(example).unwrap();
        for scenario in plan.scenarios() {
            assert_eq!(
                diff(scenario, scenario),
                Vec::new(),
                "{}",
                scenario.meta.id.as_str()
            );
        }
    }
}

/// The nodes whose data (tasks as a set), parent, heads, serves or memberships differ.
fn changed_nodes(a: &Scenario, b: &Scenario) -> BTreeSet<NodeId> {
    let mut changed = BTreeSet::new();
    let all: BTreeSet<&NodeId> = a.nodes().chain(b.nodes()).map(|n| &n.id).collect();
    let relations = |s: &Scenario, id: &NodeId| {
        let mut list: Vec<_> = s
            .edges_from(id)
            .into_iter()
            .chain(s.edges_to(id))
            .filter(|e| e.relation != Relation::ReportsTo)
            // Relations to a node added or removed go with it.
            .filter(|e| {
                [&e.from, &e.to]
                    .iter()
                    .all(|n| a.contains(n) && b.contains(n))
            })
            .collect();
        list.sort();
        list
    };
    for id in all {
        let same = match (a.node(id), b.node(id)) {
            (Some(x), Some(y)) => {
                let mut x = x.clone();
                let mut y = y.clone();
                x.tasks.sort_by(|p, q| p.id.cmp(&q.id));
                y.tasks.sort_by(|p, q| p.id.cmp(&q.id));
                x.replaces.clear();
                y.replaces.clear();
                x == y && relations(a, id) == relations(b, id)
            }
            _ => false,
        };
        if !same {
            changed.insert(id.clone());
        }
    }
    changed
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn a_diff_names_every_node_that_random_edits_changed(seeds in prop::collection::vec(edit_seed(), 1..8)) {
        let original = kouvola();
        let mut plan = original.clone();
        let scenario = id("decided");
        let mut fresh = 0;
        for seed in &seeds {
            let edit = materialize(seed, plan.scenario(&scenario).unwrap(), &mut fresh);
            let _ = apply(&mut plan, Command { scenario: scenario.clone(), edit });
        }
        let (a, b) = (original.scenario(&scenario).unwrap(), plan.scenario(&scenario).unwrap());
        let changes = diff(a, b);
        let named: BTreeSet<NodeId> = changes
            .iter()
            .flat_map(|c| std::iter::once(c.node.clone()).chain(c.from.clone()).chain(c.to.clone()))
            .collect();
        for node in changed_nodes(a, b) {
            prop_assert!(named.contains(&node), "{} not named in {:#?}", node.as_str(), changes);
        }
        prop_assert_eq!(changed_nodes(a, b).is_empty(), changes.is_empty() || changes.iter().all(|c| c.kind == ChangeKind::SupervisorChanged));
        // Saved and opened again, the two give the same diff.
        let reopen = |plan: &orgplan::model::Plan| {
            let text = orgplan::io::to_ron(plan).unwrap();
            orgplan::io::load_str(&text, std::path::Path::new("plan.ron")).unwrap()
        };
        let (a_again, b_again) = (reopen(&original), reopen(&plan));
        let (a_again, b_again) = (a_again.scenario(&scenario).unwrap(), b_again.scenario(&scenario).unwrap());
        prop_assert_eq!(diff(a_again, b_again), changes);
    }

    #[test]
    fn figures_do_not_change_when_nodes_are_renamed(picks in prop::collection::vec((0usize..64, "[A-Za-zÅÄÖåäö ]{1,12}"), 1..10)) {
        let original = kouvola();
        let mut plan = original.clone();
        let scenario = id("decided");
        for (pick, name) in &picks {
            let ids: Vec<NodeId> = plan.scenario(&scenario).unwrap().nodes().map(|n| n.id.clone()).collect();
            let node = ids[pick % ids.len()].clone();
            let edit = Edit::Set { node, field: Field::Name(Lang::Fi, Some(name.clone())) };
            apply(&mut plan, Command { scenario: scenario.clone(), edit }).unwrap();
        }
        prop_assert_eq!(
            figures(original.scenario(&scenario).unwrap(), 15),
            figures(plan.scenario(&scenario).unwrap(), 15)
        );
    }
}

#[test]
fn the_figures_of_the_decided_organisation() {
    let plan = kouvola();
    let before = figures(plan.find_scenario("baseline").unwrap(), 15);
    let after = figures(plan.find_scenario("decided").unwrap(), 15);
    assert_eq!((before.units, before.teams), (7, 0));
    assert_eq!((after.units, after.teams), (3, 4));
    assert_eq!(before.totals.positions, 5);
    assert_eq!(after.totals.positions, 8);
    assert_eq!(
        (
            after.totals.filled,
            after.totals.vacant,
            after.totals.left_unfilled
        ),
        (7, 0, 1)
    );
    // The post left unfilled costs nothing and adds no FTE.
    assert!((after.totals.fte - 7.0).abs() < 1e-9);
    // Director → heads → team leaders.
    assert_eq!(after.layers, 3);
    assert_eq!(after.span.max, 3);
    // Customer guidance and development are administration: 2 of 7 FTE.
    let share = after.totals.admin_fte_share().unwrap();
    assert!((share - 2.0 / 7.0).abs() < 1e-9, "{share}");
    let division = after
        .per_unit
        .iter()
        .find(|u| u.id.as_str() == "kop")
        .unwrap();
    assert_eq!(division.totals.positions, 8);
}

#[test]
fn the_cost_for_the_rest_of_the_year_counts_the_days_left() {
    let mut plan = kouvola();
    let scenario = id("decided");
    apply(
        &mut plan,
        Command {
            scenario: scenario.clone(),
            edit: Edit::Set {
                node: id("ohjaus-vetaja"),
                field: Field::Cost(Some(73_000.0)),
            },
        },
    )
    .unwrap();
    let f = figures(plan.scenario(&scenario).unwrap(), 15);
    // 1 October to 31 December 2023: 92 of 365 days.
    let expected = 73_000.0 * 92.0 / 365.0;
    assert!((f.cost_rest_of_year.unwrap() - expected).abs() < 1e-6);
}

#[test]
fn span_over_the_limit_names_the_supervisor() {
    let plan = kouvola();
    let f = figures(plan.find_scenario("decided").unwrap(), 2);
    assert_eq!(f.span.over_limit, ids(&["kop-johtaja", "op-paallikko"]));
}

fn report(format: DiffFormat, lang: Lang) -> String {
    let plan = kouvola();
    let (a, b) = (
        plan.find_scenario("baseline").unwrap(),
        plan.find_scenario("decided").unwrap(),
    );
    diff_report(&diff(a, b), &Sides::new(a, b), format, lang)
}

#[test]
fn the_example_diff_matches_its_golden_files() {
    for lang in Lang::ALL {
        for (format, ext) in [
            (DiffFormat::Text, "txt"),
            (DiffFormat::Markdown, "md"),
            (DiffFormat::Csv, "csv"),
            (DiffFormat::Json, "json"),
        ] {
            let text = report(format, lang);
            // Same input, same bytes.
            assert_eq!(text, report(format, lang));
            insta::assert_snapshot!(format!("kouvola_diff_{}.{ext}", lang.code()), text);
        }
    }
}

#[test]
fn the_json_diff_has_the_documented_shape() {
    let json: serde_json::Value =
        serde_json::from_str(&report(DiffFormat::Json, Lang::En)).unwrap();
    assert_eq!(json["format"], "orgplan-diff");
    assert_eq!(json["version"], 1);
    assert_eq!(json["from"]["id"], "baseline");
    let changes = json["changes"].as_array().unwrap();
    assert_eq!(changes.len(), decided_changes().len());
    for change in changes {
        for key in [
            "number", "type", "group", "node", "from", "to", "field", "before", "after", "task",
            "inferred", "text",
        ] {
            assert!(change.get(key).is_some(), "{key} missing in {change}");
        }
    }
    let split = changes
        .iter()
        .find(|c| c["type"] == "split" && c["node"]["id"] == "peruslukio")
        .unwrap();
    assert_eq!(
        split["node"]["name"]["sv"],
        "Grundläggande utbildning och gymnasier"
    );
    assert_eq!(split["to"][1]["name"]["fi"], "Lukiokoulutus");
}

#[test]
fn a_redacted_diff_names_no_holder() {
    let plan = kouvola();
    let mut changed = plan.clone();
    // A new holder is a change, and a personal one.
    apply(
        &mut changed,
        Command {
            scenario: id("decided"),
            edit: Edit::Set {
                node: id("ohjaus-vetaja"),
                field: Field::Holder(Some("Maija Meikäläinen".into())),
            },
        },
    )
    .unwrap();
    let pair = |p: &orgplan::model::Plan, q: &orgplan::model::Plan, format| {
        let (a, b) = (
            p.find_scenario("decided").unwrap().clone(),
            q.find_scenario("decided").unwrap().clone(),
        );
        diff_report(&diff(&a, &b), &Sides::new(&a, &b), format, Lang::Fi)
    };
    assert!(pair(&plan, &changed, DiffFormat::Csv).contains("Maija Meikäläinen"));

    let personal = changed.personal_strings();
    assert!(personal.iter().any(|p| p == "Maija Meikäläinen"));
    for format in [
        DiffFormat::Text,
        DiffFormat::Markdown,
        DiffFormat::Csv,
        DiffFormat::Json,
    ] {
        let text = pair(&plan.redacted(), &changed.redacted(), format);
        for p in &personal {
            assert!(!text.contains(p.as_str()), "{p} in {format:?}");
        }
    }
}

#[test]
fn stats_put_scenarios_side_by_side_with_deltas() {
    let plan = kouvola();
    let chosen: Vec<&Scenario> = ["baseline", "decided"]
        .iter()
        .map(|k| plan.find_scenario(k).unwrap())
        .collect();
    let all: Vec<_> = chosen.iter().map(|s| figures(s, 15)).collect();
    let text = stats_report(&chosen, &all, StatsFormat::Text, Lang::En);
    let units = text.lines().find(|l| l.starts_with("Units")).unwrap();
    assert_eq!(
        units.split_whitespace().collect::<Vec<_>>(),
        ["Units", "7", "3", "\u{2212}4"]
    );
    let csv = stats_report(&chosen, &all, StatsFormat::Csv, Lang::En);
    assert!(csv.lines().any(|l| l == "teams,,Teams,0,4,4"), "{csv}");
    let json: serde_json::Value =
        serde_json::from_str(&stats_report(&chosen, &all, StatsFormat::Json, Lang::En)).unwrap();
    assert_eq!(json["scenarios"][1]["totals"]["left_unfilled"], 1);
    // Deltas against the first scenario, for the whole and per unit.
    assert!(json["scenarios"][0].get("deltas").is_none());
    assert_eq!(json["scenarios"][1]["deltas"]["units"], -4.0);
    assert_eq!(json["scenarios"][1]["deltas"]["positions"], 3.0);
    let kop = &json["scenarios"][1]["per_unit"][0];
    assert_eq!(kop["id"], "kop");
    assert_eq!(kop["deltas"]["supervisors"], 1.0);
    assert_eq!(kop["span"]["max"], 3);
    // Every per-unit figure is a CSV row.
    for code in [
        "filled",
        "vacant",
        "headcount",
        "layers",
        "span_mean",
        "span_max",
    ] {
        assert!(
            csv.lines()
                .any(|l| l.starts_with(&format!("unit.{code},kop,"))),
            "unit.{code} missing"
        );
    }
    assert!(
        csv.lines()
            .any(|l| l == "unit.vacant,kop,Education services,1,0,-1"),
        "{csv}"
    );
}

#[test]
fn each_unit_has_the_layers_and_span_of_its_own_posts() {
    let plan = kouvola();
    let after = figures(plan.find_scenario("decided").unwrap(), 2);
    let unit = |id: &str| after.per_unit.iter().find(|u| u.id.as_str() == id).unwrap();
    // The division: director, heads of the units, team leaders.
    let kop = unit("kop");
    assert_eq!(kop.layers, after.layers);
    assert_eq!(kop.span.max, after.span.max);
    assert_eq!(kop.span.supervisors, after.span.supervisors);
    // Basic education holds only its head, whose three direct reports sit elsewhere: one
    // layer, and the head's span of three.
    let perusopetus = unit("perusopetus");
    assert_eq!((perusopetus.totals.positions, perusopetus.layers), (1, 1));
    assert_eq!((perusopetus.span.supervisors, perusopetus.span.max), (1, 3));
    assert!((perusopetus.span.mean - 3.0).abs() < 1e-9);
    // Over a limit of 2: the supervisor with three reports, counted in each unit above it.
    assert_eq!(perusopetus.span.over_limit, 1);
    assert_eq!(kop.span.over_limit, after.span.over_limit.len());
    // A unit without posts has no layers.
    let lukio = unit("lukio");
    assert_eq!(
        (lukio.totals.positions, lukio.layers, lukio.span.supervisors),
        (0, 0, 0)
    );
    // Growth support before the change: a head with one post under them.
    let before = figures(plan.find_scenario("baseline").unwrap(), 15);
    let kasvu = before
        .per_unit
        .iter()
        .find(|u| u.id.as_str() == "kasvuntuki")
        .unwrap();
    assert_eq!(
        (kasvu.totals.positions, kasvu.layers, kasvu.span.max),
        (2, 2, 1)
    );
}

#[test]
fn an_abolished_supervisor_counts_in_no_span_of_control() {
    let mut plan = kouvola();
    let scenario = id("decided");
    apply(
        &mut plan,
        Command {
            scenario: scenario.clone(),
            edit: Edit::Set {
                node: id("op-paallikko"),
                field: Field::Status(PostStatus::Abolished),
            },
        },
    )
    .unwrap();
    let after = figures(plan.scenario(&scenario).unwrap(), 2);
    assert!(!after.span.over_limit.contains(&id("op-paallikko")));
    // The whole and the division that holds every post count the same supervisors.
    let kop = after
        .per_unit
        .iter()
        .find(|u| u.id.as_str() == "kop")
        .unwrap();
    assert_eq!(
        (kop.span.supervisors, kop.span.max, kop.span.over_limit),
        (
            after.span.supervisors,
            after.span.max,
            after.span.over_limit.len()
        )
    );
}

#[test]
fn the_diff_and_stats_commands_write_what_the_library_reports() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("kouvola.ron");
    let bin = env!("CARGO_BIN_EXE_orgplan");
    let status = Process::new(bin)
        .args(["example", "-o"])
        .arg(&plan)
        .status()
        .unwrap();
    assert!(status.success());
    let output = Process::new(bin)
        .arg("diff")
        .arg(&plan)
        .args([
            "--from",
            "baseline",
            "--to",
            "Päätetty organisaatio 1.10.2023",
            "--format",
            "md",
            "--lang",
            "sv",
        ])
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        report(DiffFormat::Markdown, Lang::Sv)
    );

    let output = Process::new(bin)
        .arg("diff")
        .arg(&plan)
        .args(["--from", "baseline", "--to", "nowhere", "--lang", "en"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8(output.stderr)
            .unwrap()
            .contains("nowhere")
    );

    let out = dir.path().join("stats.csv");
    let output = Process::new(bin)
        .arg("stats")
        .arg(&plan)
        .args([
            "--scenario",
            "baseline",
            "--scenario",
            "decided",
            "--format",
            "csv",
            "-o",
        ])
        .arg(&out)
        .output()
        .unwrap();
    assert!(output.status.success());
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .starts_with("\u{feff}figure,unit_id,label,baseline,decided,delta_decided\n")
    );
}

#[test]
fn renames_only_in_another_language_still_show() {
    let plan = kouvola();
    let mut changed = plan.clone();
    apply(
        &mut changed,
        Command {
            scenario: id("decided"),
            edit: Edit::Set {
                node: id("vaka"),
                field: Field::Name(Lang::Sv, Some("Tidig pedagogik".into())),
            },
        },
    )
    .unwrap();
    let (a, b) = (
        plan.find_scenario("decided").unwrap(),
        changed.find_scenario("decided").unwrap(),
    );
    let changes = diff(a, b);
    assert_eq!(changes.len(), 1);
    let text = diff_report(&changes, &Sides::new(a, b), DiffFormat::Text, Lang::Fi);
    assert!(
        text.contains("Nimi muuttuu: Tidig pedagogik [sv] (ennen: Småbarnspedagogik)."),
        "{text}"
    );
}

#[test]
fn a_changed_decision_proposal_is_a_change_and_reordered_heads_are_not() {
    let plan = kouvola();
    let scenario = plan.find_scenario("decided").unwrap().clone();
    let mut changed = plan.clone();
    // The same two heads, listed in the other order, are no change.
    apply(
        &mut changed,
        Command {
            scenario: id("decided"),
            edit: Edit::Batch(vec![
                Edit::RemoveRelation(orgplan::model::Edge::new(
                    &id("op-paallikko"),
                    Relation::Heads,
                    &id("lukio"),
                )),
                Edit::AddRelation(orgplan::model::Edge::new(
                    &id("op-paallikko"),
                    Relation::Heads,
                    &id("lukio"),
                )),
            ]),
        },
    )
    .unwrap();
    assert!(diff(&scenario, changed.find_scenario("decided").unwrap()).is_empty());

    let decision = orgplan::model::Decision {
        proposal: Some("Perustetaan työryhmä".into()),
        ..Default::default()
    };
    let mut a = plan.clone();
    let mut b = plan.clone();
    for (p, text) in [
        (&mut a, "Perustetaan työryhmä"),
        (&mut b, "Lakkautetaan työryhmä"),
    ] {
        let mut d = decision.clone();
        d.proposal = Some(text.into());
        apply(
            p,
            Command {
                scenario: id("decided"),
                edit: Edit::Set {
                    node: id("ohjaus"),
                    field: Field::Decision(Some(Box::new(d))),
                },
            },
        )
        .unwrap();
    }
    let changes = diff(
        a.find_scenario("decided").unwrap(),
        b.find_scenario("decided").unwrap(),
    );
    assert_eq!(changes.len(), 1, "{changes:#?}");
    assert_eq!(changes[0].field.as_deref(), Some("decision"));
}

#[test]
fn a_staff_post_attached_to_another_head_is_a_change() {
    let plan = kouvola();
    let mut changed = plan.clone();
    apply(
        &mut changed,
        Command {
            scenario: id("decided"),
            edit: Edit::AddRelation(orgplan::model::Edge::new(
                &id("kt-paallikko"),
                Relation::AssistantTo,
                &id("kop-johtaja"),
            )),
        },
    )
    .unwrap();
    let (a, b) = (
        plan.find_scenario("decided").unwrap(),
        changed.find_scenario("decided").unwrap(),
    );
    let changes = diff(a, b);
    assert_eq!(changes.len(), 1, "{changes:#?}");
    assert_eq!(changes[0].field.as_deref(), Some("assistant_to"));
    assert_eq!(changes[0].to, ids(&["kop-johtaja"]));
    let text = diff_report(&changes, &Sides::new(a, b), DiffFormat::Text, Lang::En);
    assert!(
        text.contains(
            "Assistant to: Head of Growth Support (before: none; now: Director of Education)."
        ),
        "{text}"
    );
}

#[test]
fn baseline_names_the_baseline_whatever_its_id() {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples/kouvola.ron"),
    )
    .unwrap()
    .replacen("id: \"baseline\"", "id: \"nykytila\"", 1);
    let plan = orgplan::io::load_str(&text, std::path::Path::new("k.ron")).unwrap();
    assert_eq!(
        plan.find_scenario("baseline").unwrap().meta.id.as_str(),
        "nykytila"
    );
}

/// The median of a list of spans as the figures define it (0 for none).
fn median_of(mut spans: Vec<usize>) -> f64 {
    spans.sort_unstable();
    match spans.len() {
        0 => 0.0,
        n if n % 2 == 1 => spans[n / 2] as f64,
        n => (spans[n / 2 - 1] + spans[n / 2]) as f64 / 2.0,
    }
}

/// Each unit's median span, units and teams, counted the slow way: walking up from every node.
fn unit_figures_walked(scenario: &Scenario) -> Vec<(NodeId, f64, usize, usize)> {
    use orgplan::model::{LineManagement, NodeKind};
    let counts = LineManagement::of(scenario).span_counts();
    let mut spans: std::collections::HashMap<NodeId, Vec<usize>> = Default::default();
    let mut parts: std::collections::HashMap<NodeId, (usize, usize)> = Default::default();
    for (at, node) in scenario.nodes().enumerate() {
        let supervisor = node.kind == NodeKind::Position
            && node.status != PostStatus::Abolished
            && counts[at] > 0;
        let exists = node.status != PostStatus::Abolished;
        let part = (
            usize::from(exists && node.kind == NodeKind::Unit),
            usize::from(exists && node.kind == NodeKind::Team),
        );
        let mut current = Some(&node.id);
        let mut own = true;
        while let Some(here) = current {
            if supervisor {
                spans.entry(here.clone()).or_default().push(counts[at]);
            }
            if !own {
                let entry = parts.entry(here.clone()).or_default();
                entry.0 += part.0;
                entry.1 += part.1;
            }
            own = false;
            current = scenario.parent(here);
        }
    }
    scenario
        .nodes()
        .filter(|n| {
            matches!(
                n.kind,
                NodeKind::Unit | NodeKind::Team | NodeKind::Organisation
            )
        })
        .map(|n| {
            let (units, teams) = parts.get(&n.id).copied().unwrap_or_default();
            let median = median_of(spans.remove(&n.id).unwrap_or_default());
            (n.id.clone(), median, units, teams)
        })
        .collect()
}

#[test]
fn each_unit_has_the_median_span_and_the_units_and_teams_below_it() {
    let csv = crate::support::gen_org::gen_org("realistic", 2_000, 3, false)
        .expect("the reference generator, ../shared/bench/gen_org.py");
    let mut generated = orgplan::io::import_csv(
        &csv,
        std::path::Path::new("org.csv"),
        orgplan::model::Names::fi("org"),
    )
    .unwrap();
    // The generator states no heads: the first post of each unit heads it, so that the derived
    // line management gives supervisors of many spans at many depths.
    let baseline = generated.baseline();
    let mut headed = std::collections::HashSet::new();
    let heads: Vec<Edit> = baseline
        .nodes()
        .filter(|n| n.kind == orgplan::model::NodeKind::Position)
        .filter_map(|n| {
            let unit = baseline.parent(&n.id)?;
            headed
                .insert(unit.clone())
                .then(|| Edit::AddRelation(orgplan::model::Edge::new(&n.id, Relation::Heads, unit)))
        })
        .collect();
    let baseline_id = baseline.meta.id.clone();
    apply(
        &mut generated,
        Command {
            scenario: baseline_id,
            edit: Edit::Batch(heads),
        },
    )
    .unwrap();
    let plan = kouvola();
    for scenario in [
        generated.baseline(),
        plan.find_scenario("baseline").unwrap(),
        plan.find_scenario("decided").unwrap(),
    ] {
        let f = figures(scenario, 2);
        let walked = unit_figures_walked(scenario);
        assert_eq!(f.per_unit.len(), walked.len());
        let mut medians_seen = BTreeSet::new();
        for (unit, (id, median, units, teams)) in f.per_unit.iter().zip(walked) {
            assert_eq!(unit.id, id);
            assert_eq!(unit.span.median, median, "median of {id}");
            assert_eq!((unit.units, unit.teams), (units, teams), "parts of {id}");
            medians_seen.insert((median * 2.0) as u64);
        }
        // Not one value for all: the walk and the figures agree on medians that differ.
        assert!(medians_seen.len() > 1, "{medians_seen:?}");
    }
    // The division is the organisation and holds every post: its median is the whole
    // scenario's, and every unit and team is below it.
    let decided = figures(plan.find_scenario("decided").unwrap(), 2);
    let kop = decided
        .per_unit
        .iter()
        .find(|u| u.id.as_str() == "kop")
        .unwrap();
    assert_eq!(kop.span.median, decided.span.median);
    assert_eq!((kop.units, kop.teams), (decided.units, decided.teams));
}

#[test]
fn each_unit_has_its_cost_for_the_rest_of_the_year() {
    let mut plan = kouvola();
    let scenario = id("decided");
    for (post, cost) in [("ohjaus-vetaja", 73_000.0), ("kop-johtaja", 110_000.0)] {
        apply(
            &mut plan,
            Command {
                scenario: scenario.clone(),
                edit: Edit::Set {
                    node: id(post),
                    field: Field::Cost(Some(cost)),
                },
            },
        )
        .unwrap();
    }
    let f = figures(plan.scenario(&scenario).unwrap(), 15);
    let unit = |id: &str| f.per_unit.iter().find(|u| u.id.as_str() == id).unwrap();
    // 1 October to 31 December 2023: 92 of 365 days.
    let share = 92.0 / 365.0;
    let team = unit("ohjaus");
    assert!((team.cost_rest_of_year.unwrap() - 73_000.0 * share).abs() < 1e-6);
    let kop = unit("kop");
    assert!((kop.cost_rest_of_year.unwrap() - 183_000.0 * share).abs() < 1e-6);
    let chosen = [plan.scenario(&scenario).unwrap()];
    let csv = stats_report(
        &chosen,
        std::slice::from_ref(&f),
        StatsFormat::Csv,
        Lang::En,
    );
    assert!(
        csv.lines()
            .any(|l| l.starts_with("unit.cost_rest_of_year,ohjaus,") && l.ends_with(",18400")),
        "{csv}"
    );
    assert!(
        csv.lines().any(|l| l.starts_with("unit.span_median,kop,")),
        "{csv}"
    );
}

fn task(code: &str, name: &str) -> orgplan::model::Task {
    orgplan::model::Task {
        id: id(code),
        name: orgplan::model::Names::fi(name),
    }
}

#[test]
fn a_split_is_inferred_from_the_tasks_when_no_replaces_is_stated() {
    let plan = edited(
        &kouvola(),
        "baseline",
        vec![
            Edit::AddTask {
                node: id("peruslukio"),
                task: task("t-perusopetus", "Perusopetuksen järjestäminen"),
                at: None,
            },
            Edit::AddTask {
                node: id("peruslukio"),
                task: task("t-lukio", "Lukiokoulutuksen järjestäminen"),
                at: None,
            },
        ],
    );
    let plan = edited(
        &plan,
        "decided",
        vec![
            Edit::AddTask {
                node: id("perusopetus"),
                task: task("t-perusopetus", "Perusopetuksen järjestäminen"),
                at: None,
            },
            Edit::AddTask {
                node: id("lukio"),
                task: task("t-lukio", "Lukiokoulutuksen järjestäminen"),
                at: None,
            },
            Edit::Set {
                node: id("perusopetus"),
                field: Field::Replaces(Vec::new()),
            },
            Edit::Set {
                node: id("lukio"),
                field: Field::Replaces(Vec::new()),
            },
        ],
    );
    let changes = diff(
        plan.find_scenario("baseline").unwrap(),
        plan.find_scenario("decided").unwrap(),
    );
    let split = one(&changes, ChangeKind::Split, "peruslukio");
    assert!(split.inferred);
    assert_eq!(split.to, ids(&["perusopetus", "lukio"]));
}

#[test]
fn the_view_is_no_part_of_the_comparison() {
    let plan = kouvola();
    let changed = edited(
        &plan,
        "decided",
        vec![
            Edit::SetCollapsed {
                node: id("kop"),
                collapsed: true,
            },
            Edit::SetShow(orgplan::model::ShowFields {
                title: false,
                holder: false,
                fte: false,
                cost: false,
                work: false,
            }),
        ],
    );
    let (a, b) = (
        plan.find_scenario("decided").unwrap(),
        changed.find_scenario("decided").unwrap(),
    );
    assert_ne!(a.view, b.view);
    assert_eq!(diff(a, b), Vec::new());
}

#[test]
fn capacity_and_cost_add_up_and_their_changes_are_figure_changes() {
    let plan = kouvola();
    let changed = edited(
        &plan,
        "decided",
        vec![
            Edit::Set {
                node: id("perusopetus"),
                field: Field::Capacity("pupils".into(), Some(4_100.0)),
            },
            Edit::Set {
                node: id("lukio"),
                field: Field::Capacity("pupils".into(), Some(1_250.0)),
            },
            Edit::Set {
                node: id("kop-johtaja"),
                field: Field::Cost(Some(118_000.0)),
            },
        ],
    );
    let after = changed.find_scenario("decided").unwrap();
    let f = figures(after, 15);
    assert_eq!(f.totals.capacity.get("pupils"), Some(&5_350.0));
    assert_eq!(f.totals.cost, 118_000.0);
    let kop = f.per_unit.iter().find(|u| u.id.as_str() == "kop").unwrap();
    assert_eq!(kop.totals.capacity.get("pupils"), Some(&5_350.0));
    let lukio = f
        .per_unit
        .iter()
        .find(|u| u.id.as_str() == "lukio")
        .unwrap();
    assert_eq!(lukio.totals.capacity.get("pupils"), Some(&1_250.0));

    let changes = diff(plan.find_scenario("decided").unwrap(), after);
    let pupils = find(&changes, ChangeKind::FigureChanged, "perusopetus");
    assert_eq!(pupils.len(), 1, "{changes:#?}");
    assert_eq!(pupils[0].field.as_deref(), Some("capacity.pupils"));
    assert_eq!(pupils[0].after, Some(Value::Number(4_100.0)));
    let cost = one(&changes, ChangeKind::FigureChanged, "kop-johtaja");
    assert_eq!(cost.field.as_deref(), Some("cost"));
    assert_eq!(
        (cost.before.clone(), cost.after.clone()),
        (None, Some(Value::Number(118_000.0)))
    );
    assert_eq!(changes.len(), 3, "{changes:#?}");
}

#[test]
fn the_diff_command_redacts_holders() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kouvola.ron");
    let plan = edited(
        &kouvola(),
        "decided",
        vec![Edit::Set {
            node: id("op-paallikko"),
            field: Field::Holder(Some("Maija Meikäläinen".into())),
        }],
    );
    orgplan::io::save_file(&plan, &path).unwrap();
    let bin = env!("CARGO_BIN_EXE_orgplan");
    let run = |extra: &[&str]| {
        let output = Process::new(bin)
            .arg("diff")
            .arg(&path)
            .args(["--from", "baseline", "--to", "decided", "--format", "csv"])
            .args(extra)
            .output()
            .unwrap();
        assert!(output.status.success(), "{output:?}");
        String::from_utf8(output.stdout).unwrap()
    };
    assert!(run(&[]).contains("Maija Meikäläinen"));
    let redacted = run(&["--redact"]);
    assert!(!redacted.contains("Maija Meikäläinen"), "{redacted}");
    for holder in plan.personal_strings() {
        assert!(
            !redacted.contains(holder.as_str()),
            "{holder} in {redacted}"
        );
    }
    assert!(redacted.lines().count() > 5, "{redacted}");
}
