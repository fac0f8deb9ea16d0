//! Edits made of several commands: deleting with parts or lifting them, several nodes at once,
//! moving several under one, the parents a node may move under, fresh ids, and where the
//! keyboard moves the selection and adds a node.

use orgplan::examples::{Example, load};
use orgplan::model::compose::{
    NewPlace, Toward, fresh_id, move_under, neighbour, place_near, possible_parents,
    remove_lifting_parts, remove_many, remove_with_parts, tree_order,
};
use orgplan::model::{Command, CommandError, Edit, NodeId, NodeKind, Relation, apply};

fn id(text: &str) -> NodeId {
    NodeId::new(text).unwrap()
}

#[test]
fn deleting_with_parts_removes_the_subtree_and_undo_restores_it() {
    let mut plan = load(Example::Kouvola).unwrap();
    let before = orgplan::io::to_ron(&plan).unwrap();
    let edit = remove_with_parts(plan.baseline(), &id("kasvuntuki"));
    let command = Command {
        scenario: id("baseline"),
        edit,
    };
    let inverse = apply(&mut plan, command).unwrap();
    for gone in [
        "kasvuntuki",
        "kt-paallikko",
        "kot",
        "nuoriso",
        "nuoriso-koord",
    ] {
        assert!(!plan.baseline().contains(&id(gone)), "{gone}");
    }
    apply(&mut plan, inverse).unwrap();
    assert_eq!(orgplan::io::to_ron(&plan).unwrap(), before);
}

#[test]
fn deleting_and_keeping_parts_lifts_them_to_the_parent() {
    let mut plan = load(Example::Kouvola).unwrap();
    let edit = remove_lifting_parts(plan.baseline(), &id("kasvuntuki"));
    apply(
        &mut plan,
        Command {
            scenario: id("baseline"),
            edit,
        },
    )
    .unwrap();
    let baseline = plan.baseline();
    assert!(!baseline.contains(&id("kasvuntuki")));
    assert_eq!(baseline.parent(&id("nuoriso")), Some(&id("kop")));
    assert_eq!(baseline.parent(&id("kt-paallikko")), Some(&id("kop")));
}

#[test]
fn a_node_cannot_move_under_itself_its_parts_or_a_post() {
    let plan = load(Example::Kouvola).unwrap();
    let parents = possible_parents(plan.baseline(), &id("kasvuntuki"));
    assert!(parents.contains(&&id("vaka")));
    for never in ["kasvuntuki", "kot", "nuoriso", "kop-johtaja"] {
        assert!(!parents.contains(&&id(never)), "{never}");
    }
    assert_eq!(
        fresh_id(plan.scenarios(), NodeKind::Team).as_str(),
        "team-1"
    );
}

#[test]
fn the_tree_order_lists_each_node_before_its_parts_depth_first() {
    let plan = load(Example::Kouvola).unwrap();
    let order = tree_order(plan.baseline());
    let expected = [
        "kop",
        "kop-johtaja",
        "vaka",
        "vaka-paallikko",
        "peruslukio",
        "op-paallikko",
        "kasvuntuki",
        "kt-paallikko",
        "kot",
        "ytp",
        "psoh",
        "nuoriso",
        "nuoriso-koord",
    ];
    assert_eq!(order, expected.map(id));
}

#[test]
fn the_arrows_move_along_the_tree_and_stop_at_its_ends() {
    let plan = load(Example::Kouvola).unwrap();
    let scenario = plan.baseline();
    let from = |at: &str, toward| neighbour(scenario, Some(&id(at)), toward);
    assert_eq!(neighbour(scenario, None, Toward::Next), Some(id("kop")));
    assert_eq!(neighbour(scenario, None, Toward::Previous), None);
    assert_eq!(neighbour(scenario, None, Toward::Parent), None);
    assert_eq!(from("vaka-paallikko", Toward::Next), Some(id("peruslukio")));
    assert_eq!(
        from("peruslukio", Toward::Previous),
        Some(id("vaka-paallikko"))
    );
    assert_eq!(from("kop", Toward::Previous), None);
    assert_eq!(from("nuoriso-koord", Toward::Next), None);
    assert_eq!(from("kot", Toward::Parent), Some(id("kasvuntuki")));
    assert_eq!(from("kop", Toward::Parent), None);
    assert_eq!(
        from("kasvuntuki", Toward::FirstPart),
        Some(id("kt-paallikko"))
    );
    assert_eq!(from("kt-paallikko", Toward::FirstPart), None);
    assert_eq!(from("nowhere", Toward::Next), None);
}

#[test]
fn a_node_added_near_the_selection_goes_under_it_or_beside_a_post() {
    let plan = load(Example::Kouvola).unwrap();
    let scenario = plan.baseline();
    let place =
        |selected: Option<&str>, sibling| place_near(scenario, selected.map(id).as_ref(), sibling);
    let expect = |parent: &str, after: Option<&str>, kind| NewPlace {
        parent: Some(id(parent)),
        after: after.map(id),
        kind,
    };
    assert_eq!(
        place(Some("vaka"), false),
        expect("vaka", None, NodeKind::Position)
    );
    assert_eq!(
        place(Some("vaka"), true),
        expect("kop", Some("vaka"), NodeKind::Unit)
    );
    // Nothing is part of a post: the new node comes beside it.
    assert_eq!(
        place(Some("vaka-paallikko"), false),
        expect("vaka", Some("vaka-paallikko"), NodeKind::Position)
    );
    // With nothing selected, or a node the scenario lacks, under the first root.
    assert_eq!(place(None, false), expect("kop", None, NodeKind::Unit));
    assert_eq!(
        place(Some("nowhere"), true),
        expect("kop", None, NodeKind::Unit)
    );
}

#[test]
fn deleting_several_removes_each_subtree_once_and_undo_restores_them() {
    let mut plan = load(Example::Kouvola).unwrap();
    let before = orgplan::io::to_ron(&plan).unwrap();
    let chosen = [id("kot"), id("kasvuntuki"), id("vaka"), id("nowhere")];
    let chosen: Vec<&NodeId> = chosen.iter().collect();
    let edits = remove_many(plan.baseline(), &chosen);
    // `kot` goes with `kasvuntuki`; `nowhere` is not there.
    assert_eq!(edits.len(), 2);
    let command = Command {
        scenario: id("baseline"),
        edit: Edit::Batch(edits),
    };
    let inverse = apply(&mut plan, command).unwrap();
    for gone in [
        "kasvuntuki",
        "kot",
        "nuoriso-koord",
        "vaka",
        "vaka-paallikko",
    ] {
        assert!(!plan.baseline().contains(&id(gone)), "{gone}");
    }
    assert!(plan.baseline().contains(&id("peruslukio")));
    apply(&mut plan, inverse).unwrap();
    assert_eq!(orgplan::io::to_ron(&plan).unwrap(), before);
}

#[test]
fn moving_several_under_one_moves_all_or_none() {
    let plan = load(Example::Kouvola).unwrap();
    let scenario = plan.baseline();
    let edit = move_under(scenario, &[id("kot"), id("vaka")], &id("kasvuntuki")).unwrap();
    // `kot` is there already: only `vaka` moves.
    let expected = Edit::Batch(vec![Edit::Move {
        node: id("vaka"),
        parent: Some(id("kasvuntuki")),
    }]);
    assert_eq!(edit, Some(expected));
    assert_eq!(
        move_under(scenario, &[id("kot")], &id("kasvuntuki")),
        Ok(None)
    );
    // One refusal refuses them all: a unit is not part of a post.
    let refused = move_under(scenario, &[id("vaka"), id("kot")], &id("kt-paallikko"));
    assert_eq!(
        refused,
        Err(CommandError::InvalidRelation(
            NodeKind::Unit,
            Relation::PartOf,
            NodeKind::Position
        ))
    );
}
