//! Edits made of several commands: deleting with parts or lifting them, the parents a node may
//! move under, fresh ids.

use orgplan::examples::{Example, load};
use orgplan::model::compose::{
    fresh_id, possible_parents, remove_lifting_parts, remove_with_parts,
};
use orgplan::model::{Command, NodeId, NodeKind, apply};

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
