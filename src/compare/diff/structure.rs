//! What the diff reads of each scenario once and shares between its passes: the relations
//! it compares, the parent places and kinds, and lists of ids in order.

use crate::model::lists::Lists;
use crate::model::{LineManagement, NodeId, NodeKind, Relation, Role, Scenario};

/// A scenario's relations that the diff compares, by place, from one pass over its edges: each
/// node's heads (the posts heading it), what it serves and whom it assists, each list sorted.
pub(super) struct Related {
    pub(super) heads: Lists,
    pub(super) serves: Lists,
    pub(super) assists: Lists,
    /// Group memberships as (member, group, role).
    pub(super) members: Vec<(usize, usize, Role)>,
}

impl Related {
    pub(super) fn of(scenario: &Scenario) -> Related {
        let (mut heads, mut serves, mut assists, mut members) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        scenario.for_each_relation(|from, to, relation| match relation {
            Relation::Heads => heads.push((to, from)),
            Relation::Serves => serves.push((from, to)),
            Relation::AssistantTo => assists.push((from, to)),
            Relation::MemberOf(role) => members.push((from, to, role)),
            Relation::PartOf | Relation::ReportsTo => {}
        });
        let lists = |mut pairs: Vec<(usize, usize)>| {
            pairs.sort_unstable();
            Lists::from_pairs(scenario.len(), pairs.iter().copied())
        };
        Related {
            heads: lists(heads),
            serves: lists(serves),
            assists: lists(assists),
            members,
        }
    }
}

/// A sorted copy of a list of ids, to compare lists as sets.
pub(super) fn sorted(ids: &[NodeId]) -> Vec<&NodeId> {
    let mut list: Vec<&NodeId> = ids.iter().collect();
    list.sort();
    list
}

/// The ids at these places, sorted.
pub(super) fn sorted_ids_at<'a>(scenario: &'a Scenario, places: &[usize]) -> Vec<&'a NodeId> {
    let mut list: Vec<&NodeId> = places.iter().filter_map(|p| scenario.id_at(*p)).collect();
    list.sort();
    list
}

/// The ids at these places.
pub(super) fn ids_at(scenario: &Scenario, places: impl IntoIterator<Item = usize>) -> Vec<NodeId> {
    places
        .into_iter()
        .filter_map(|at| scenario.id_at(at).cloned())
        .collect()
}

/// A scenario's parent places and node kinds, read once and shared by the passes that need
/// them: at 100,000 nodes every pass over the node records costs more than the work it does.
pub(super) struct Structure {
    pub(super) parents: Vec<Option<usize>>,
    /// Filled in while the nodes' fields are compared; then complete.
    pub(super) kinds: Vec<Option<NodeKind>>,
    /// The places of the nodes that hold tasks, in order (once complete).
    pub(super) with_tasks: Vec<usize>,
    /// The places of the nodes that state what they replace, in order (once complete).
    pub(super) replacing: Vec<usize>,
}

impl Structure {
    pub(super) fn new(scenario: &Scenario) -> Structure {
        Structure {
            parents: scenario.parent_places(),
            kinds: vec![None; scenario.len()],
            with_tasks: Vec::new(),
            replacing: Vec::new(),
        }
    }

    /// The kinds not read yet (of nodes only one scenario has), read now.
    pub(super) fn complete(mut self, scenario: &Scenario) -> Structure {
        for (at, kind) in self.kinds.iter_mut().enumerate() {
            if kind.is_none()
                && let Some(node) = scenario.node_at(at)
            {
                *kind = Some(node.kind);
                if !node.tasks.is_empty() {
                    self.with_tasks.push(at);
                }
                if !node.replaces.is_empty() {
                    self.replacing.push(at);
                }
            }
        }
        self.with_tasks.sort_unstable();
        self.replacing.sort_unstable();
        self
    }

    pub(super) fn line_management(&self, scenario: &Scenario) -> LineManagement {
        let kinds: Option<Vec<NodeKind>> = self.kinds.iter().copied().collect();
        match kinds {
            Some(kinds) => LineManagement::from_parts(scenario, &self.parents, &kinds),
            None => LineManagement::of(scenario),
        }
    }
}
