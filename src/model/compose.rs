//! Edits made of several commands, as the editor offers them: delete a node with its parts or
//! lifting its parts up, a fresh id for a new node, the parents a node may move under, where the
//! keyboard moves the selection and adds a node.

use super::{CommandError, Edit, Names, Node, NodeId, NodeKind, Relation, Scenario};
use crate::i18n::Lang;

/// An id no node of any of `scenarios` has: `unit-1`, `team-2`, ... Comparisons pair nodes
/// by id across scenarios, so a new node must not take the id of one removed elsewhere.
#[must_use]
pub fn fresh_id(scenarios: &[Scenario], kind: NodeKind) -> NodeId {
    // Of total + 1 candidates at most total are taken, so one is always free.
    let total: usize = scenarios.iter().map(Scenario::len).sum();
    (1..=total + 1)
        .filter_map(|k| NodeId::new(&format!("{}-{k}", kind.code())))
        .find(|id| scenarios.iter().all(|s| !s.contains(id)))
        .unwrap_or_else(NodeId::baseline)
}

/// A task id no task of any of `scenarios` has.
#[must_use]
pub fn fresh_task_id(scenarios: &[Scenario]) -> NodeId {
    let taken: std::collections::HashSet<&NodeId> = scenarios
        .iter()
        .flat_map(|s| s.nodes())
        .flat_map(|n| n.tasks.iter().map(|t| &t.id))
        .collect();
    (1..=taken.len() + 1)
        .filter_map(|k| NodeId::new(&format!("task-{k}")))
        .find(|id| !taken.contains(id))
        .unwrap_or_else(NodeId::baseline)
}

/// Removes a node and everything part of it, parts first, as one edit.
#[must_use]
pub fn remove_with_parts(scenario: &Scenario, node: &NodeId) -> Edit {
    // Post-order without recursion: collect the subtree top-down, remove it bottom-up.
    let mut order = vec![node.clone()];
    let mut next = 0;
    while let Some(id) = order.get(next).cloned() {
        next += 1;
        order.extend(scenario.children(&id).into_iter().cloned());
    }
    Edit::Batch(
        order
            .into_iter()
            .rev()
            .map(|node| Edit::RemoveNode { node })
            .collect(),
    )
}

/// Removes a node after moving its parts up to its own parent, as one edit.
#[must_use]
pub fn remove_lifting_parts(scenario: &Scenario, node: &NodeId) -> Edit {
    let parent = scenario.parent(node).cloned();
    let mut edits: Vec<Edit> = scenario
        .children(node)
        .into_iter()
        .map(|child| Edit::Move {
            node: child.clone(),
            parent: parent.clone(),
        })
        .collect();
    edits.push(Edit::RemoveNode { node: node.clone() });
    Edit::Batch(edits)
}

/// The nodes `node` may be moved under: of a kind that can hold it, and neither itself nor one
/// of its parts (that would be a cycle), in the scenario's order.
#[must_use]
pub fn possible_parents<'a>(scenario: &'a Scenario, node: &NodeId) -> Vec<&'a NodeId> {
    let Some(kind) = scenario.node(node).map(|n| n.kind) else {
        return Vec::new();
    };
    let mut inside = std::collections::HashSet::new();
    let mut stack = vec![node];
    while let Some(id) = stack.pop() {
        if inside.insert(id) {
            stack.extend(scenario.children(id));
        }
    }
    scenario
        .nodes()
        .filter(|n| !inside.contains(&n.id) && Relation::PartOf.allowed(kind, n.kind))
        .map(|n| &n.id)
        .collect()
}

/// Whether `node` may move under `parent`, without trying it: the same refusals as the move
/// itself (a node under itself or one of its parts, a kind that cannot hold it), cheap enough to
/// ask on every frame of a drag.
///
/// # Errors
/// The reason the move would be refused.
pub fn check_move(scenario: &Scenario, node: &NodeId, parent: &NodeId) -> Result<(), CommandError> {
    let moved = scenario
        .node(node)
        .ok_or_else(|| CommandError::UnknownNode(node.clone()))?;
    let target = scenario
        .node(parent)
        .ok_or_else(|| CommandError::UnknownNode(parent.clone()))?;
    if node == parent {
        return Err(CommandError::SelfRelation(node.clone()));
    }
    if !Relation::PartOf.allowed(moved.kind, target.kind) {
        return Err(CommandError::InvalidRelation(
            moved.kind,
            Relation::PartOf,
            target.kind,
        ));
    }
    scenario.check_no_cycle(node, parent)
}

/// The kinds of node that can be part of a node of kind `parent`, in menu order.
pub fn part_kinds(parent: NodeKind) -> impl Iterator<Item = NodeKind> {
    [
        NodeKind::Unit,
        NodeKind::Team,
        NodeKind::Position,
        NodeKind::Group,
    ]
    .into_iter()
    .filter(move |&kind| Relation::PartOf.allowed(kind, parent))
}

/// The kind a new part of a `parent` of this kind has when none is chosen (Insert, Ctrl+Enter):
/// units under an organisation, posts under units and teams, members under groups.
#[must_use]
pub fn default_part_kind(parent: Option<NodeKind>) -> NodeKind {
    match parent {
        None | Some(NodeKind::Organisation) => NodeKind::Unit,
        Some(_) => NodeKind::Position,
    }
}

/// A new node of `kind` named `name` in `lang` (a post gets it as its title), with a fresh id,
/// added as a part of `parent` (or as a root) right after `after` when given.
#[must_use]
pub fn new_part(
    plan: &super::Plan,
    scenario: &Scenario,
    kind: NodeKind,
    parent: Option<&NodeId>,
    after: Option<&NodeId>,
    name: (Lang, &str),
) -> (Edit, NodeId) {
    let id = fresh_id(plan.scenarios(), kind);
    let mut part = Node::new(id.clone(), kind, Names::default());
    let names = super::names_in(name.0, name.1);
    if kind == NodeKind::Position {
        part.title = names;
    } else {
        part.name = names;
    }
    let mut edit = Edit::add_child(part, parent);
    if let (Edit::AddNode { at, .. }, Some(after)) = (&mut edit, after) {
        *at = scenario.position(after).map(|i| i + 1);
    }
    (edit, id)
}

/// A new plan (Ctrl+N): a baseline holding one organisation, named in `lang`.
#[must_use]
pub fn new_plan(lang: Lang) -> super::Plan {
    let name = |key: &str| super::names_in(lang, &crate::i18n::tr(lang, key));
    let meta = super::ScenarioMeta::new(NodeId::baseline(), name("new-baseline"));
    let mut baseline = Scenario::new(meta);
    let root = Node::new(
        fresh_id(std::slice::from_ref(&baseline), NodeKind::Organisation),
        NodeKind::Organisation,
        name("new-organisation"),
    );
    // A new node with a name, in an empty scenario: nothing can refuse it.
    let _ = baseline.apply(Edit::add_child(root, None));
    super::Plan::new(name("new-plan"), baseline)
}

/// A copy of `from` as a new draft scenario of `plan` (identities kept, so the comparison
/// pairs every node), named "… (copy)" in each language `from` is named in; the command adds
/// it after the last scenario.
#[must_use]
pub fn copy_scenario(plan: &super::Plan, from: &Scenario) -> super::Command {
    let id = (2..=plan.scenarios().len() + 2)
        .filter_map(|k| NodeId::new(&format!("scenario-{k}")))
        .find(|id| plan.scenario(id).is_none())
        .unwrap_or_else(|| NodeId::new("copy").unwrap_or_else(NodeId::baseline));
    let mut copy = from.clone();
    let mut name = Names::default();
    for lang in Lang::ALL {
        if let Some(original) = from.meta.name.get(lang) {
            let args = [("name", crate::i18n::s(original))];
            name.set(
                lang,
                Some(crate::i18n::tr_args(lang, "scenario-copy-name", &args)),
            );
        }
    }
    copy.meta = super::ScenarioMeta::new(id.clone(), name);
    copy.meta.effective = from.meta.effective;
    super::Command {
        scenario: id,
        edit: Edit::AddScenario {
            scenario: Box::new(copy),
            at: None,
        },
    }
}

/// Merges `gone` into `keep`, as one edit: `gone`'s parts, tasks, members and serves lines go
/// to `keep`, relations that pointed at `gone` point at `keep`, `gone`'s head post stays as an
/// ordinary part of `keep`, `keep` records that it replaces `gone`, and `gone` is removed.
///
/// # Errors
/// When either node is unknown, they are the same node, `keep` is inside `gone`, or `gone` is
/// not a unit or team (posts are not merged; they are moved).
pub fn merge_into(scenario: &Scenario, keep: &NodeId, gone: &NodeId) -> Result<Edit, CommandError> {
    let kept = scenario
        .node(keep)
        .ok_or_else(|| CommandError::UnknownNode(keep.clone()))?;
    let removed = scenario
        .node(gone)
        .ok_or_else(|| CommandError::UnknownNode(gone.clone()))?;
    if keep == gone {
        return Err(CommandError::SelfRelation(keep.clone()));
    }
    if !matches!(removed.kind, NodeKind::Unit | NodeKind::Team)
        || !matches!(
            kept.kind,
            NodeKind::Unit | NodeKind::Team | NodeKind::Organisation
        )
    {
        return Err(CommandError::InvalidRelation(
            removed.kind,
            Relation::PartOf,
            kept.kind,
        ));
    }
    if scenario.ancestors(keep).any(|id| id == gone) {
        return Err(CommandError::Cycle(gone.clone(), keep.clone()));
    }
    let mut edits = Vec::new();
    for child in scenario.children(gone) {
        edits.push(Edit::Move {
            node: child.clone(),
            parent: Some(keep.clone()),
        });
    }
    for task in &removed.tasks {
        edits.push(Edit::MoveTask {
            task: task.id.clone(),
            to: keep.clone(),
            at: None,
        });
    }
    let mut seen = std::collections::HashSet::new();
    for edge in scenario
        .edges_from(gone)
        .into_iter()
        .chain(scenario.edges_to(gone))
    {
        if edge.relation == Relation::PartOf {
            continue; // The parts moved above; `gone` leaves its own parent by its removal.
        }
        edits.push(Edit::RemoveRelation(edge.clone()));
        if edge.relation == Relation::Heads {
            continue; // `keep` has its own head (or gets one); the post stays as a part.
        }
        let redirected = super::Edge {
            from: if &edge.from == gone {
                keep.clone()
            } else {
                edge.from.clone()
            },
            to: if &edge.to == gone {
                keep.clone()
            } else {
                edge.to.clone()
            },
            relation: edge.relation,
        };
        let exists = scenario
            .find_edge(&redirected.from, redirected.relation, &redirected.to)
            .is_some();
        if redirected.from != redirected.to && !exists && seen.insert(redirected.clone()) {
            edits.push(Edit::AddRelation(redirected));
        }
    }
    let mut replaces = kept.replaces.clone();
    for old in removed.replaces.iter().chain([gone]) {
        if !replaces.contains(old) {
            replaces.push(old.clone());
        }
    }
    edits.push(Edit::Set {
        node: keep.clone(),
        field: super::Field::Replaces(replaces),
    });
    edits.push(Edit::RemoveNode { node: gone.clone() });
    Ok(Edit::Batch(edits))
}

/// Makes `head` the head of `unit`, as one edit, in place of the head it had.
#[must_use]
pub fn set_head(scenario: &Scenario, unit: &NodeId, head: Option<&NodeId>) -> Edit {
    let mut edits: Vec<Edit> = scenario
        .heads_of(unit)
        .into_iter()
        .map(|old| Edit::RemoveRelation(super::Edge::new(old, Relation::Heads, unit)))
        .collect();
    if let Some(head) = head {
        edits.push(Edit::AddRelation(super::Edge::new(
            head,
            Relation::Heads,
            unit,
        )));
    }
    Edit::Batch(edits)
}

/// Every node in the order the outline lists them: each root, then its parts, depth first.
#[must_use]
pub fn tree_order(scenario: &Scenario) -> Vec<NodeId> {
    let mut order = Vec::with_capacity(scenario.len());
    let mut stack: Vec<&NodeId> = scenario.roots().map(|n| &n.id).collect();
    stack.reverse();
    while let Some(id) = stack.pop() {
        order.push(id.clone());
        let children = scenario.children(id);
        stack.extend(children.into_iter().rev());
    }
    order
}

/// Where the keyboard's arrows move the selection along the tree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Toward {
    /// The next node in the outline's order (from nothing: the first root).
    Next,
    /// The node before it in the outline's order.
    Previous,
    /// Its parent.
    Parent,
    /// Its first part.
    FirstPart,
}

/// The node the selection moves to from `from`, `toward` a neighbour in the tree; `None` where
/// there is none (past either end, above a root, below a node without parts).
#[must_use]
pub fn neighbour(scenario: &Scenario, from: Option<&NodeId>, toward: Toward) -> Option<NodeId> {
    let Some(from) = from else {
        // With nothing selected, going down starts at the top.
        return match toward {
            Toward::Next => scenario.roots().next().map(|n| n.id.clone()),
            _ => None,
        };
    };
    let step = |delta: isize| {
        let order = tree_order(scenario);
        order
            .iter()
            .position(|id| id == from)
            .and_then(|at| at.checked_add_signed(delta))
            .and_then(|i| order.get(i))
            .cloned()
    };
    match toward {
        Toward::Next => step(1),
        Toward::Previous => step(-1),
        Toward::Parent => scenario.parent(from).cloned(),
        Toward::FirstPart => scenario.children(from).first().map(|id| (*id).clone()),
    }
}

/// Where a node added near the selection goes, and of what kind it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewPlace {
    /// Its parent (none: a new root).
    pub parent: Option<NodeId>,
    /// The sibling it comes right after (none: after its parent's last part).
    pub after: Option<NodeId>,
    /// Its kind, the default part of its parent.
    pub kind: NodeKind,
}

/// Where Insert, Ctrl+Enter (a part of the selected node) and Ctrl+Shift+Enter (a `sibling`
/// after it) add a node. Nothing is part of a post, so near a post the node comes beside it;
/// with nothing selected it goes under the first root.
#[must_use]
pub fn place_near(scenario: &Scenario, selected: Option<&NodeId>, sibling: bool) -> NewPlace {
    let selected = selected.filter(|id| scenario.contains(id));
    let is_post = selected
        .and_then(|id| scenario.node(id))
        .is_some_and(|n| n.kind == NodeKind::Position);
    let (parent, after) = match selected {
        Some(id) if sibling || is_post => (scenario.parent(id), Some(id)),
        Some(id) => (Some(id), None),
        None => (scenario.roots().next().map(|n| &n.id), None),
    };
    let parent_kind = parent.and_then(|p| scenario.node(p)).map(|n| n.kind);
    NewPlace {
        parent: parent.cloned(),
        after: after.cloned(),
        kind: default_part_kind(parent_kind),
    }
}

/// The removals, each with its parts, that delete `nodes` together: a node inside another of
/// them goes with that one, and nodes the scenario does not hold are passed over. Put in one
/// [`Edit::Batch`], they are one edit.
#[must_use]
pub fn remove_many(scenario: &Scenario, nodes: &[&NodeId]) -> Vec<Edit> {
    let chosen: std::collections::HashSet<&NodeId> = nodes.iter().copied().collect();
    let inside_another = |id: &NodeId| {
        let mut at = scenario.parent(id);
        let mut steps = 0;
        while let Some(parent) = at {
            // A cycle above (the checks report it) counts as inside, so nothing is removed twice.
            if chosen.contains(parent) || steps > scenario.len() {
                return true;
            }
            at = scenario.parent(parent);
            steps += 1;
        }
        false
    };
    nodes
        .iter()
        .filter(|id| scenario.contains(id) && !inside_another(id))
        .map(|id| remove_with_parts(scenario, id))
        .collect()
}

/// The edit that moves `nodes` under `target` as one, leaving out those already there; `None`
/// when all of them are.
///
/// # Errors
/// The first refusal [`check_move`] gives: all of them move or none does.
pub fn move_under(
    scenario: &Scenario,
    nodes: &[NodeId],
    target: &NodeId,
) -> Result<Option<Edit>, CommandError> {
    nodes
        .iter()
        .try_for_each(|node| check_move(scenario, node, target))?;
    let moved: Vec<Edit> = nodes
        .iter()
        .filter(|node| scenario.parent(node) != Some(target))
        .map(|node| Edit::Move {
            node: node.clone(),
            parent: Some(target.clone()),
        })
        .collect();
    Ok((!moved.is_empty()).then_some(Edit::Batch(moved)))
}
