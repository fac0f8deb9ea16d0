//! Changes the seed case does not need but planners make: names in other languages,
//! decisions, staff posts, splits, the view.

use orgplan::compare::report::{DiffFormat, Sides, diff_report};
use orgplan::compare::{ChangeKind, diff};
use orgplan::i18n::Lang;
use orgplan::model::{Command, Edit, Field, Relation, apply};

use crate::merge::edited;

use super::*;

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
    let text = diff_report(&changes, &Sides::new(a, b), DiffFormat::Text, Lang::Fi).unwrap();
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
    let text = diff_report(&changes, &Sides::new(a, b), DiffFormat::Text, Lang::En).unwrap();
    assert!(
        text.contains(
            "Assistant to: Head of Growth Support (before: none; now: Director of Education)."
        ),
        "{text}"
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
                body: true,
                capacity: false,
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
