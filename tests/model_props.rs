//! Property tests of the model and the file format: random plans survive save and load
//! unchanged and byte-identical, and every command followed by its inverse restores the plan.

#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

use std::path::Path;

use orgplan::i18n::Lang;
use orgplan::io::{PlanFile, load_str, to_ron};
use orgplan::model::{
    Command, Date, Decision, Edge, Edit, Field, Names, Node, NodeId, NodeKind, Plan, PostStatus,
    Relation, Role, Scenario, ScenarioMeta, ScenarioStatus, ShowFields, Task, Term, WorkTag, apply,
};
use proptest::prelude::*;

fn id(text: &str) -> NodeId {
    NodeId::new(text).unwrap()
}

/// Text with the characters a file must survive: Nordic letters, quotes, backslashes, newlines.
fn text() -> impl Strategy<Value = String> {
    prop::string::string_regex("[a-zA-ZäöåÄÖÅ€ \"\\\\\n\t§,.()\\[\\]:-]{1,24}").unwrap()
}

fn opt_text() -> impl Strategy<Value = Option<String>> {
    prop::option::of(text())
}

fn names() -> impl Strategy<Value = Names> {
    (opt_text(), opt_text(), opt_text()).prop_map(|(fi, sv, en)| Names { fi, sv, en })
}

fn date() -> impl Strategy<Value = Date> {
    (1990u16..2100, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| Date::new(y, m, d).unwrap())
}

fn figure() -> impl Strategy<Value = Option<f64>> {
    prop::option::of(prop_oneof![
        (0u32..200).prop_map(f64::from),
        (0.0f64..1e7),
        Just(0.1 + 0.2),
    ])
}

fn kind() -> impl Strategy<Value = NodeKind> {
    prop::sample::select(NodeKind::ALL.to_vec())
}

fn status() -> impl Strategy<Value = PostStatus> {
    prop::sample::select(PostStatus::ALL.to_vec())
}

fn decision() -> impl Strategy<Value = Decision> {
    (
        opt_text(),
        prop::option::of(date()),
        opt_text(),
        opt_text(),
        opt_text(),
        opt_text(),
        opt_text(),
    )
        .prop_map(
            |(body, date, section, record, presenter, proposal, text)| Decision {
                body,
                date,
                section,
                record,
                presenter,
                proposal,
                text,
            },
        )
}

/// The data of node number `i` (ids and task ids are derived from `i`, so they are unique).
#[derive(Clone, Debug)]
struct NodeSeed {
    kind: NodeKind,
    name: Names,
    title: Names,
    holder: Option<String>,
    status: PostStatus,
    fte: Option<f64>,
    cost: Option<f64>,
    headcount: Option<u32>,
    capacity: Vec<(String, f64)>,
    work: Option<WorkTag>,
    tasks: Vec<Names>,
    notes: Option<String>,
    term: Option<(Date, u16)>,
    decision: Option<Decision>,
    parent: prop::sample::Index,
    links: Vec<(u8, prop::sample::Index, Role)>,
}

fn node_seed() -> impl Strategy<Value = NodeSeed> {
    (
        (
            kind(),
            names(),
            names(),
            opt_text(),
            status(),
            figure(),
            figure(),
        ),
        (
            prop::option::of(0u32..500),
            prop::collection::vec(("[a-z]{1,8}", 0.0f64..1000.0), 0..3),
            prop::option::of(prop::sample::select(vec![
                WorkTag::Core,
                WorkTag::Administration,
            ])),
            prop::collection::vec(names(), 0..3),
            opt_text(),
            prop::option::of((date(), 0u16..800)),
            prop::option::of(decision()),
        ),
        any::<prop::sample::Index>(),
        prop::collection::vec(
            (
                0u8..6,
                any::<prop::sample::Index>(),
                prop::sample::select(Role::ALL.to_vec()),
            ),
            0..4,
        ),
    )
        .prop_map(
            |(
                (kind, name, title, holder, status, fte, cost),
                (headcount, capacity, work, tasks, notes, term, decision),
                parent,
                links,
            )| NodeSeed {
                kind,
                name,
                title,
                holder,
                status,
                fte,
                cost,
                headcount,
                capacity,
                work,
                tasks,
                notes,
                term,
                decision,
                parent,
                links,
            },
        )
}

/// Builds a scenario from seeds through the same edits the GUI uses; refused edits are skipped.
fn build_scenario(sid: &str, seeds: &[NodeSeed], meta_seed: &MetaSeed) -> Scenario {
    let mut meta = ScenarioMeta::new(id(sid), meta_seed.name.clone());
    meta.effective = meta_seed.effective;
    meta.status = meta_seed.status;
    meta.decision = meta_seed.decision.clone();
    meta.rationale = meta_seed.rationale.clone();
    let mut scenario = Scenario::new(meta);
    for (i, seed) in seeds.iter().enumerate() {
        let mut node = Node::new(id(&format!("n{i}")), seed.kind, seed.name.clone());
        if node.name.is_empty() {
            node.name = Names::fi("nimi");
        }
        node.title = seed.title.clone();
        node.holder = seed.holder.clone();
        node.status = seed.status;
        node.fte = seed.fte;
        node.cost = seed.cost;
        node.headcount = seed.headcount;
        node.capacity = seed.capacity.iter().cloned().collect();
        node.work = seed.work;
        node.tasks = seed
            .tasks
            .iter()
            .enumerate()
            .map(|(t, name)| Task {
                id: id(&format!("t{i}-{t}")),
                name: name.clone(),
            })
            .collect();
        node.notes = seed.notes.clone();
        node.term = seed.term.map(|(start, days)| Term {
            start: Some(start),
            end: Date::new(start.year() + days / 365, start.month(), start.day()),
        });
        node.decision = seed.decision.clone().map(Box::new);
        let parent = (i > 0).then(|| id(&format!("n{}", seed.parent.index(i))));
        scenario
            .apply(Edit::add_child(node.clone(), parent.as_ref()))
            .or_else(|_| scenario.apply(Edit::add_child(node, None)))
            .unwrap();
    }
    for (i, seed) in seeds.iter().enumerate() {
        for (relation, target, role) in &seed.links {
            let relation = match relation {
                0 => Relation::Heads,
                1 => Relation::ReportsTo,
                2 => Relation::Serves,
                3 => Relation::MemberOf(*role),
                4 => Relation::AssistantTo,
                _ => Relation::ReportsTo,
            };
            let edge = Edge::new(
                &id(&format!("n{i}")),
                relation,
                &id(&format!("n{}", target.index(seeds.len()))),
            );
            scenario.apply(Edit::AddRelation(edge)).ok();
        }
    }
    scenario
}

#[derive(Clone, Debug)]
struct MetaSeed {
    name: Names,
    effective: Option<Date>,
    status: ScenarioStatus,
    decision: Option<Decision>,
    rationale: Option<String>,
}

fn meta_seed() -> impl Strategy<Value = MetaSeed> {
    (
        names(),
        prop::option::of(date()),
        prop::sample::select(ScenarioStatus::ALL.to_vec()),
        prop::option::of(decision()),
        opt_text(),
    )
        .prop_map(|(name, effective, status, decision, rationale)| MetaSeed {
            name,
            effective,
            status,
            decision,
            rationale,
        })
}

pub(crate) fn plan() -> impl Strategy<Value = Plan> {
    (
        prop::collection::vec(node_seed(), 1..30),
        prop::collection::vec(meta_seed(), 1..4),
        names(),
        (prop::collection::vec(0usize..40, 0..5), any::<[bool; 7]>()),
    )
        .prop_map(|(seeds, metas, name, (collapsed, show))| {
            let scenarios = metas
                .iter()
                .enumerate()
                .map(|(k, meta)| {
                    let sid = if k == 0 {
                        "baseline".to_owned()
                    } else {
                        format!("alt{k}")
                    };
                    // Later scenarios drop a tail of the nodes: same ids, another organisation.
                    let keep = seeds.len() - (k * seeds.len() / 4).min(seeds.len() - 1);
                    let mut scenario = build_scenario(&sid, &seeds[..keep], meta);
                    // The view may name nodes this scenario lacks: they are kept, and ignored.
                    scenario.view.collapsed =
                        collapsed.iter().map(|&i| id(&format!("n{i}"))).collect();
                    let [title, holder, fte, cost, work, body, capacity] = show;
                    scenario.view.show = ShowFields {
                        title,
                        holder,
                        fte,
                        cost,
                        work,
                        body,
                        capacity,
                    };
                    scenario
                })
                .collect();
            Plan::from_scenarios(name, Vec::new(), scenarios).unwrap()
        })
}

fn file(plan: &Plan) -> PlanFile {
    PlanFile::from_plan(plan)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn random_plans_survive_save_and_load(plan in plan()) {
        let text = to_ron(&plan).unwrap();
        let loaded = load_str(&text, Path::new("random.ron"))
            .map_err(|e| TestCaseError::fail(format!("{}\n{text}", e.display(Lang::En))))?;
        prop_assert_eq!(file(&loaded), file(&plan));
        // Saving twice gives the same bytes.
        prop_assert_eq!(to_ron(&loaded).unwrap(), text.clone());
        prop_assert_eq!(to_ron(&plan).unwrap(), text);
    }
}

/// An edit described by indices, turned into ids of the plan it is applied to.
#[derive(Clone, Debug)]
pub(crate) enum EditSeed {
    Add(NodeKind, Option<usize>, Option<usize>, bool),
    Remove(usize),
    Move(usize, Option<usize>),
    Supervisors(usize, Vec<usize>),
    Set(usize, FieldSeed),
    Relate(bool, u8, usize, usize),
    MoveTask(usize, usize),
    AddTask(usize, bool),
    RemoveTask(usize),
    Batch(Vec<EditSeed>),
}

#[derive(Clone, Debug)]
pub(crate) enum FieldSeed {
    Name(Lang, Option<String>),
    Title(Lang, Option<String>),
    Holder(Option<String>),
    Status(PostStatus),
    Fte(Option<f64>),
    Capacity(String, Option<f64>),
    Kind(NodeKind),
    Term(Option<(Date, Date)>),
    Notes(Option<String>),
    Body(Option<String>),
}

fn lang() -> impl Strategy<Value = Lang> {
    prop::sample::select(Lang::ALL.to_vec())
}

fn field_seed() -> impl Strategy<Value = FieldSeed> {
    prop_oneof![
        (lang(), opt_text()).prop_map(|(l, t)| FieldSeed::Name(l, t)),
        (lang(), opt_text()).prop_map(|(l, t)| FieldSeed::Title(l, t)),
        opt_text().prop_map(FieldSeed::Holder),
        status().prop_map(FieldSeed::Status),
        prop::option::of(prop_oneof![
            -5.0f64..5.0,
            Just(f64::NAN),
            Just(f64::INFINITY)
        ])
        .prop_map(FieldSeed::Fte),
        ("[a-z]{1,5}", prop::option::of(-1.0f64..100.0))
            .prop_map(|(k, v)| FieldSeed::Capacity(k, v)),
        kind().prop_map(FieldSeed::Kind),
        prop::option::of((date(), date())).prop_map(FieldSeed::Term),
        opt_text().prop_map(FieldSeed::Notes),
        opt_text().prop_map(FieldSeed::Body),
    ]
}

pub(crate) fn edit_seed() -> impl Strategy<Value = EditSeed> {
    let leaf = prop_oneof![
        (
            kind(),
            prop::option::of(0usize..64),
            prop::option::of(0usize..64),
            any::<bool>()
        )
            .prop_map(|(k, p, at, dup)| EditSeed::Add(k, p, at, dup)),
        (0usize..64).prop_map(EditSeed::Remove),
        (0usize..64, prop::option::of(0usize..64)).prop_map(|(n, p)| EditSeed::Move(n, p)),
        (0usize..64, prop::collection::vec(0usize..64, 0..3))
            .prop_map(|(n, s)| EditSeed::Supervisors(n, s)),
        (0usize..64, field_seed()).prop_map(|(n, f)| EditSeed::Set(n, f)),
        (any::<bool>(), 0u8..7, 0usize..64, 0usize..64)
            .prop_map(|(add, r, a, b)| EditSeed::Relate(add, r, a, b)),
        (0usize..64, 0usize..64).prop_map(|(t, n)| EditSeed::MoveTask(t, n)),
        (0usize..64, any::<bool>()).prop_map(|(n, dup)| EditSeed::AddTask(n, dup)),
        (0usize..64).prop_map(EditSeed::RemoveTask),
    ];
    leaf.prop_recursive(2, 8, 4, |inner| {
        prop::collection::vec(inner, 1..4).prop_map(EditSeed::Batch)
    })
}

pub(crate) fn materialize(seed: &EditSeed, scenario: &Scenario, fresh: &mut usize) -> Edit {
    let ids: Vec<NodeId> = scenario.nodes().map(|n| n.id.clone()).collect();
    let pick = |i: usize| {
        ids.get(i % ids.len().max(1))
            .cloned()
            .unwrap_or_else(|| id("missing"))
    };
    let tasks: Vec<NodeId> = scenario
        .nodes()
        .flat_map(|n| n.tasks.iter().map(|t| t.id.clone()))
        .collect();
    let pick_task = |i: usize| {
        tasks
            .get(i % tasks.len().max(1))
            .cloned()
            .unwrap_or_else(|| id("no-task"))
    };
    match seed {
        EditSeed::Add(kind, parent, at, dup) => {
            *fresh += 1;
            let new_id = if *dup {
                pick(*fresh)
            } else {
                id(&format!("new{fresh}"))
            };
            let node = Node::new(new_id, *kind, Names::fi("Uusi"));
            let mut edit = Edit::add_child(node, parent.map(pick).as_ref());
            if let Edit::AddNode { at: slot, .. } = &mut edit {
                *slot = *at;
            }
            edit
        }
        EditSeed::Remove(n) => Edit::RemoveNode { node: pick(*n) },
        EditSeed::Move(n, p) => Edit::Move {
            node: pick(*n),
            parent: p.map(pick),
        },
        EditSeed::Supervisors(n, s) => Edit::SetSupervisors {
            node: pick(*n),
            supervisors: s.iter().map(|&i| pick(i)).collect(),
        },
        EditSeed::Set(n, f) => Edit::Set {
            node: pick(*n),
            field: match f.clone() {
                FieldSeed::Name(l, t) => Field::Name(l, t),
                FieldSeed::Title(l, t) => Field::Title(l, t),
                FieldSeed::Holder(t) => Field::Holder(t),
                FieldSeed::Status(s) => Field::Status(s),
                FieldSeed::Fte(v) => Field::Fte(v),
                FieldSeed::Capacity(k, v) => Field::Capacity(k, v),
                FieldSeed::Kind(k) => Field::Kind(k),
                FieldSeed::Term(t) => Field::Term(t.map(|(a, b)| Term {
                    start: Some(a),
                    end: Some(b),
                })),
                FieldSeed::Notes(t) => Field::Notes(t),
                FieldSeed::Body(t) => Field::Body(t),
            },
        },
        EditSeed::Relate(add, r, a, b) => {
            let relation = match r {
                0 => Relation::PartOf,
                1 => Relation::Heads,
                2 => Relation::ReportsTo,
                3 => Relation::Serves,
                4 => Relation::MemberOf(Role::Coordinator),
                5 => Relation::AssistantTo,
                _ => Relation::MemberOf(Role::Member),
            };
            let edge = Edge::new(&pick(*a), relation, &pick(*b));
            if *add {
                Edit::AddRelation(edge)
            } else {
                Edit::RemoveRelation(edge)
            }
        }
        EditSeed::MoveTask(t, n) => Edit::MoveTask {
            task: pick_task(*t),
            to: pick(*n),
            at: Some(*t % 3),
        },
        EditSeed::AddTask(n, dup) => {
            *fresh += 1;
            let task_id = if *dup {
                pick_task(*fresh)
            } else {
                id(&format!("task{fresh}"))
            };
            Edit::AddTask {
                node: pick(*n),
                task: Task {
                    id: task_id,
                    name: Names::fi("Tehtävä"),
                },
                at: None,
            }
        }
        EditSeed::RemoveTask(t) => Edit::RemoveTask {
            task: pick_task(*t),
        },
        EditSeed::Batch(seeds) => Edit::Batch(
            seeds
                .iter()
                .map(|s| materialize(s, scenario, fresh))
                .collect(),
        ),
    }
}

fn kouvola() -> Plan {
    orgplan::examples::load(orgplan::examples::Example::Kouvola).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn every_command_and_its_inverse_restore_the_plan(seeds in prop::collection::vec(edit_seed(), 1..12)) {
        let mut plan = kouvola();
        let original = file(&plan);
        let scenario = orgplan::model::ScenarioId::new("decided").unwrap();
        let mut fresh = 0;
        let mut inverses = Vec::new();
        for seed in &seeds {
            let before = file(&plan);
            let edit = materialize(seed, plan.scenario(&scenario).unwrap(), &mut fresh);
            let command = Command { scenario: scenario.clone(), edit };
            match apply(&mut plan, command) {
                Ok(inverse) => {
                    // The inverse undoes exactly this command ...
                    let after = file(&plan);
                    let redo = apply(&mut plan, inverse).unwrap();
                    prop_assert_eq!(file(&plan), before);
                    // ... and its own inverse redoes it.
                    let inverse = apply(&mut plan, redo).unwrap();
                    prop_assert_eq!(file(&plan), after);
                    inverses.push(inverse);
                }
                // A refused command changes nothing.
                Err(_) => prop_assert_eq!(file(&plan), before),
            }
            // The plan stays a valid file whatever was applied.
            let text = to_ron(&plan).unwrap();
            prop_assert!(load_str(&text, Path::new("x.ron")).is_ok(), "{}", text);
        }
        // Undoing everything in reverse order gives back the original plan.
        for inverse in inverses.into_iter().rev() {
            apply(&mut plan, inverse).unwrap();
        }
        prop_assert_eq!(file(&plan), original);
    }
}

#[test]
fn a_move_that_would_make_a_cycle_is_refused_and_changes_nothing() {
    let mut plan = kouvola();
    let before = file(&plan);
    let command = Command {
        scenario: id("baseline"),
        edit: Edit::Move {
            node: id("kasvuntuki"),
            parent: Some(id("nuoriso")),
        },
    };
    let error = apply(&mut plan, command).unwrap_err();
    assert!(
        error.message(Lang::En).contains("cannot become part of"),
        "{error}"
    );
    assert_eq!(file(&plan), before);
}

#[test]
fn a_failing_batch_rolls_back_what_it_had_applied() {
    let mut plan = kouvola();
    let before = file(&plan);
    let command = Command {
        scenario: id("baseline"),
        edit: Edit::Batch(vec![
            Edit::rename(&id("vaka"), Lang::Fi, "Varhaiskasvatuspalvelut"),
            Edit::RemoveNode {
                node: id("no-such-node"),
            },
        ]),
    };
    assert!(apply(&mut plan, command).is_err());
    assert_eq!(file(&plan), before);
}
