//! Comparing scenarios: the example's decided reorganisation lists every change seed 000
//! describes; diffs of random edits name every changed node; figures, golden reports, redaction
//! and the `diff` and `stats` commands.

mod changes;
mod figures;
mod props;
mod reports;

use std::collections::BTreeSet;

use orgplan::compare::report::{DiffFormat, Sides, diff_report};
use orgplan::compare::{Change, ChangeKind, Value, diff};
use orgplan::examples::{self, Example};
use orgplan::i18n::Lang;
use orgplan::model::{
    Command, Edit, Field, Names, Node, NodeId, NodeKind, PostStatus, Relation, Role, Task, apply,
};

use crate::merge::edited;

pub(super) fn id(text: &str) -> NodeId {
    NodeId::new(text).unwrap()
}

pub(super) fn ids(list: &[&str]) -> Vec<NodeId> {
    list.iter().map(|t| id(t)).collect()
}

pub(super) fn kouvola() -> orgplan::model::Plan {
    examples::load(Example::Kouvola).unwrap()
}

pub(super) fn decided_changes() -> Vec<Change> {
    let plan = kouvola();
    diff(
        plan.find_scenario("baseline").unwrap(),
        plan.find_scenario("decided").unwrap(),
    )
}

pub(super) fn find(changes: &[Change], kind: ChangeKind, node: &str) -> Vec<Change> {
    changes
        .iter()
        .filter(|c| c.kind == kind && c.node.as_ref().is_some_and(|n| n.as_str() == node))
        .cloned()
        .collect()
}

pub(super) fn one(changes: &[Change], kind: ChangeKind, node: &str) -> Change {
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
    let text = diff_report(&changes, &sides, DiffFormat::Text, Lang::En).unwrap();
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
        (serves.node.clone(), serves.from.clone()),
        (Some(id("ohjaus")), vec![id("lukio")])
    );
    let figure = changes
        .iter()
        .find(|c| c.kind == ChangeKind::FigureChanged)
        .unwrap();
    assert_eq!(figure.node, Some(id("kop-johtaja")));
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
