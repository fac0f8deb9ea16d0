//! A changed copy of a scenario for the benchmarks that compare two: every 50th leaf removed,
//! 100 leaves moved and every 40th node renamed.

use orgplan::i18n::Lang;
use orgplan::model::{Edit, Field, NodeId, Scenario};

/// `before` with every 50th leaf removed, the first leaf of each run of 97 moved under the
/// last one's parent, and every 40th node renamed (edits the scenario refuses are left out).
#[must_use]
pub fn changed(before: &Scenario) -> Scenario {
    let mut after = before.clone();
    let leaves: Vec<NodeId> = before
        .nodes()
        .filter(|n| before.children(&n.id).is_empty())
        .map(|n| n.id.clone())
        .collect();
    for id in leaves.iter().step_by(50) {
        let _refused = after.apply(Edit::RemoveNode { node: id.clone() });
    }
    for pair in leaves.chunks(97) {
        if let [first, .., last] = pair
            && let Some(parent) = before.parent(last)
        {
            let edit = Edit::Move {
                node: first.clone(),
                parent: Some(parent.clone()),
            };
            let _refused = after.apply(edit);
        }
    }
    for node in before.nodes().step_by(40) {
        let field = Field::Name(Lang::Fi, Some(format!("{} (uusi)", node.label(Lang::Fi))));
        let node = node.id.clone();
        let _refused = after.apply(Edit::Set { node, field });
    }
    after
}
