//! A scenario: one version of the organisation, held as a petgraph `StableGraph`.

use indexmap::IndexMap;
use petgraph::Direction;
use petgraph::stable_graph::{NodeIndex, StableGraph};
use petgraph::visit::{EdgeRef as _, IntoEdgeReferences as _, NodeIndexable as _};
use serde::{Deserialize, Serialize};

use super::{Date, Decision, Edge, Names, Node, NodeId, Relation};

/// The identity of a scenario within its plan (`baseline` for the baseline).
pub type ScenarioId = NodeId;

/// Where a scenario stands in the decision process.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum ScenarioStatus {
    /// Being drafted.
    #[default]
    Draft,
    /// Proposed to the deciding body.
    Proposed,
    /// Decided.
    Decided,
    /// Rejected.
    Rejected,
}

impl ScenarioStatus {
    /// All statuses.
    pub const ALL: [ScenarioStatus; 4] = [
        ScenarioStatus::Draft,
        ScenarioStatus::Proposed,
        ScenarioStatus::Decided,
        ScenarioStatus::Rejected,
    ];
}

/// What a scenario says about itself: everything but its organisation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScenarioMeta {
    /// Identity within the plan.
    pub id: ScenarioId,
    /// Its name.
    pub name: Names,
    /// The day the organisation takes effect.
    pub effective: Option<Date>,
    /// Where it stands.
    pub status: ScenarioStatus,
    /// The decision that adopted it.
    pub decision: Option<Decision>,
    /// Why this organisation.
    pub rationale: Option<String>,
    /// Free notes.
    pub notes: Option<String>,
    /// How people were heard about it, in order.
    pub participation: Vec<super::Participation>,
}

impl ScenarioMeta {
    /// A draft scenario with only an id and a name.
    #[must_use]
    pub fn new(id: ScenarioId, name: Names) -> ScenarioMeta {
        ScenarioMeta {
            id,
            name,
            effective: None,
            status: ScenarioStatus::Draft,
            decision: None,
            rationale: None,
            notes: None,
            participation: Vec::new(),
        }
    }
}

/// What a chart's boxes show besides the name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ShowFields {
    /// A post's title (when it also has a name).
    pub title: bool,
    /// The post's holder (personal data: never in redacted exports).
    pub holder: bool,
    /// Full-time equivalents.
    pub fte: bool,
    /// Annual cost.
    pub cost: bool,
    /// Core work or administration.
    pub work: bool,
    /// The responsible body of an organisation, unit or team. Written only when on, so that a
    /// file from before it re-saves byte for byte.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub body: bool,
    /// Capacity figures, named by the plan's measures ("Elever 300 · Avdelningar 6"). Written
    /// only when on, as `body`.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub capacity: bool,
}

impl Default for ShowFields {
    fn default() -> Self {
        ShowFields {
            title: true,
            holder: true,
            fte: false,
            cost: false,
            work: false,
            body: false,
            capacity: false,
        }
    }
}

/// How a scenario is shown: kept in the plan file, not part of the organisation, ignored by
/// comparisons. Collapsed ids that no longer exist are kept and simply have no effect.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScenarioView {
    /// Nodes whose subtrees are drawn as one box.
    pub collapsed: std::collections::BTreeSet<NodeId>,
    /// What boxes show.
    pub show: ShowFields,
}

/// One version of the organisation: nodes in a stable order and the relations between them.
///
/// The graph is private: it is read through methods that speak [`NodeId`]s and changed only
/// through [`crate::model::Command`]s (and by the file loader, which builds a scenario whole).
#[derive(Clone, Debug)]
pub struct Scenario {
    /// Id, name, dates, decision.
    pub meta: ScenarioMeta,
    /// How it is shown.
    pub view: ScenarioView,
    graph: StableGraph<Node, Relation>,
    /// Identity → graph index, in the scenario's node order (which is also sibling order).
    /// Hashed with foldhash: every lookup of a node goes through it, and SipHash made it a
    /// fifth of opening a 100,000-row file.
    index: IndexMap<NodeId, NodeIndex, foldhash::fast::RandomState>,
}

impl Scenario {
    /// An empty scenario.
    #[must_use]
    pub fn new(meta: ScenarioMeta) -> Scenario {
        Scenario {
            meta,
            view: ScenarioView::default(),
            graph: StableGraph::new(),
            index: IndexMap::default(),
        }
    }

    /// The number of nodes.
    #[must_use]
    pub fn len(&self) -> usize {
        self.index.len()
    }

    /// Whether there are no nodes.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    /// The nodes, in the scenario's order.
    pub fn nodes(&self) -> impl ExactSizeIterator<Item = &Node> + '_ {
        self.index.values().map(|&ix| &self.graph[ix])
    }

    /// The node with this identity.
    #[must_use]
    pub fn node(&self, id: &NodeId) -> Option<&Node> {
        self.index.get(id).map(|&ix| &self.graph[ix])
    }

    /// Whether a node with this identity exists.
    #[must_use]
    pub fn contains(&self, id: &NodeId) -> bool {
        self.index.contains_key(id)
    }

    /// The place of a node in the scenario's order (0-based).
    #[must_use]
    pub fn position(&self, id: &NodeId) -> Option<usize> {
        self.index.get_index_of(id)
    }

    /// The place and the id of the node whose id is spelled `text`, without making an id of it.
    #[must_use]
    pub fn find(&self, text: &str) -> Option<(usize, &NodeId)> {
        self.index.get_full(text).map(|(at, id, _)| (at, id))
    }

    /// The node at a place in the scenario's order.
    #[must_use]
    pub fn node_at(&self, position: usize) -> Option<&Node> {
        self.index
            .get_index(position)
            .map(|(_, &ix)| &self.graph[ix])
    }

    /// The id of the node at `position`, read from the index alone: a pass over ids reads a
    /// compact table instead of every node's record.
    #[must_use]
    pub fn id_at(&self, position: usize) -> Option<&NodeId> {
        self.index.get_index(position).map(|(id, _)| id)
    }

    /// The nodes' ids in the scenario's order, read from the index alone.
    pub fn ids(&self) -> impl ExactSizeIterator<Item = &NodeId> + '_ {
        self.index.keys()
    }

    /// The nodes above `id`, its parent first, up to its root.
    pub fn ancestors<'a>(&'a self, id: &'a NodeId) -> impl Iterator<Item = &'a NodeId> + 'a {
        // A file may hold a part-of cycle (the checks report it): stop after as many steps as
        // there are nodes.
        std::iter::successors(self.parent(id), |at| self.parent(at)).take(self.len())
    }

    /// The node `id` is part of.
    #[must_use]
    pub fn parent(&self, id: &NodeId) -> Option<&NodeId> {
        self.targets(id, Relation::PartOf).next()
    }

    /// The nodes that are part of this one, in order.
    #[must_use]
    pub fn children(&self, id: &NodeId) -> Vec<&NodeId> {
        self.sources_in_order(id, Relation::PartOf)
    }

    /// The nodes that are part of nothing, in order.
    pub fn roots(&self) -> impl Iterator<Item = &Node> + '_ {
        self.index
            .iter()
            .filter(|(_, ix)| {
                !self
                    .graph
                    .edges_directed(**ix, Direction::Outgoing)
                    .any(|e| *e.weight() == Relation::PartOf)
            })
            .map(|(_, &ix)| &self.graph[ix])
    }

    /// The posts that head this unit, team, organisation or group, in order.
    #[must_use]
    pub fn heads_of(&self, id: &NodeId) -> Vec<&NodeId> {
        self.sources_in_order(id, Relation::Heads)
    }

    /// The ids this node's relations of `relation`'s kind point to.
    pub fn targets<'a>(
        &'a self,
        id: &NodeId,
        relation: Relation,
    ) -> impl Iterator<Item = &'a NodeId> + 'a {
        self.index.get(id).into_iter().flat_map(move |&ix| {
            self.graph
                .edges_directed(ix, Direction::Outgoing)
                .filter(move |e| e.weight().same_kind(relation))
                .map(|e| &self.graph[e.target()].id)
        })
    }

    /// The ids whose relations of `relation`'s kind point to this node, in the scenario's order.
    #[must_use]
    pub fn sources_in_order(&self, id: &NodeId, relation: Relation) -> Vec<&NodeId> {
        let Some(&ix) = self.index.get(id) else {
            return Vec::new();
        };
        let mut sources: Vec<(usize, &NodeId)> = self
            .graph
            .edges_directed(ix, Direction::Incoming)
            .filter(|e| e.weight().same_kind(relation))
            .map(|e| {
                let source = &self.graph[e.source()].id;
                (self.position(source).unwrap_or(usize::MAX), source)
            })
            .collect();
        sources.sort_unstable();
        sources.into_iter().map(|(_, id)| id).collect()
    }

    /// The relations starting at this node, sorted by relation and target.
    #[must_use]
    pub fn edges_from(&self, id: &NodeId) -> Vec<Edge> {
        self.edges_of(id, Direction::Outgoing)
    }

    /// The relations ending at this node, sorted by relation and source.
    #[must_use]
    pub fn edges_to(&self, id: &NodeId) -> Vec<Edge> {
        self.edges_of(id, Direction::Incoming)
    }

    fn edges_of(&self, id: &NodeId, direction: Direction) -> Vec<Edge> {
        let Some(&ix) = self.index.get(id) else {
            return Vec::new();
        };
        let mut edges: Vec<Edge> = self
            .graph
            .edges_directed(ix, direction)
            .map(|e| Edge {
                from: self.graph[e.source()].id.clone(),
                relation: *e.weight(),
                to: self.graph[e.target()].id.clone(),
            })
            .collect();
        edges.sort_unstable();
        edges
    }

    /// The relation of `relation`'s kind from `from` to `to`, whatever its role.
    #[must_use]
    pub fn find_edge(&self, from: &NodeId, relation: Relation, to: &NodeId) -> Option<Relation> {
        let (&a, &b) = (self.index.get(from)?, self.index.get(to)?);
        self.graph
            .edges_connecting(a, b)
            .map(|e| *e.weight())
            .find(|r| r.same_kind(relation))
    }

    /// Calls `f` with every relation as `(from, to, relation)` places in the scenario's order,
    /// in one pass and without collecting them: for whole-scenario computations on the hot path.
    pub fn for_each_relation(&self, mut f: impl FnMut(usize, usize, Relation)) {
        // Places fit in u32 (a plan has far fewer nodes): half the table to keep in cache.
        let mut place = vec![u32::MAX; self.graph.node_bound()];
        for (at, ix) in self.index.values().enumerate() {
            if let Some(slot) = place.get_mut(ix.index()) {
                *slot = u32::try_from(at).unwrap_or(u32::MAX);
            }
        }
        for e in self.graph.edge_references() {
            if let (Some(&from), Some(&to)) =
                (place.get(e.source().index()), place.get(e.target().index()))
                && from != u32::MAX
                && to != u32::MAX
            {
                f(from as usize, to as usize, *e.weight());
            }
        }
    }

    /// For each node, by place in the scenario's order, the place of the node it is part of: one
    /// pass over the relations, for whole-scenario computations.
    #[must_use]
    pub fn parent_places(&self) -> Vec<Option<usize>> {
        let mut parent = vec![None; self.len()];
        self.for_each_relation(|from, to, relation| {
            if relation == Relation::PartOf
                && let Some(slot) = parent.get_mut(from)
                && slot.is_none()
            {
                *slot = Some(to);
            }
        });
        parent
    }

    /// The number of relations in the scenario.
    #[must_use]
    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// The owner of a task, by the task's id.
    #[must_use]
    pub fn task_owner(&self, task: &NodeId) -> Option<(&NodeId, usize)> {
        self.nodes().find_map(|node| {
            node.tasks
                .iter()
                .position(|t| &t.id == task)
                .map(|at| (&node.id, at))
        })
    }

    // Low-level changes: the command module and the loader keep the invariants.

    /// Inserts a node at `at` in the order (or at the end); the id must be new.
    /// Makes room for `nodes` more nodes and `edges` more relations, for a scenario built whole.
    pub(crate) fn reserve(&mut self, nodes: usize, edges: usize) {
        self.graph.reserve_nodes(nodes);
        self.graph.reserve_edges(edges);
        self.index.reserve(nodes);
    }

    pub(crate) fn insert_node(&mut self, node: Node, at: Option<usize>) {
        let id = node.id.clone();
        let ix = self.graph.add_node(node);
        match at {
            Some(at) if at < self.index.len() => {
                self.index.shift_insert(at, id, ix);
            }
            _ => {
                self.index.insert(id, ix);
            }
        }
    }

    /// Removes a node and its relations; returns it, its place and its relations.
    pub(crate) fn remove_node(&mut self, id: &NodeId) -> Option<(Node, usize, Vec<Edge>)> {
        let mut edges = self.edges_from(id);
        edges.extend(self.edges_to(id).into_iter().filter(|e| &e.from != id));
        let (at, _, ix) = self.index.shift_remove_full(id)?;
        let node = self.graph.remove_node(ix)?;
        Some((node, at, edges))
    }

    /// Mutable access to a node's data (never its id).
    pub(crate) fn node_mut(&mut self, id: &NodeId) -> Option<&mut Node> {
        let &ix = self.index.get(id)?;
        self.graph.node_weight_mut(ix)
    }

    /// Adds a relation between two existing nodes; false when either is missing.
    pub(crate) fn add_edge(&mut self, edge: &Edge) -> bool {
        match (self.index.get(&edge.from), self.index.get(&edge.to)) {
            (Some(&a), Some(&b)) => {
                self.graph.add_edge(a, b, edge.relation);
                true
            }
            _ => false,
        }
    }

    /// Removes the relation of `edge`'s kind between its nodes; returns the removed relation.
    pub(crate) fn remove_edge(&mut self, edge: &Edge) -> Option<Relation> {
        let (&a, &b) = (self.index.get(&edge.from)?, self.index.get(&edge.to)?);
        let found = self
            .graph
            .edges_connecting(a, b)
            .find(|e| e.weight().same_kind(edge.relation))
            .map(|e| e.id())?;
        self.graph.remove_edge(found)
    }
}

/// Two scenarios are equal when they say the same about themselves, show the same, and hold
/// the same nodes in the same order with the same relations.
impl PartialEq for Scenario {
    fn eq(&self, other: &Self) -> bool {
        self.meta == other.meta
            && self.view == other.view
            && self.len() == other.len()
            && self.nodes().zip(other.nodes()).all(|(a, b)| a == b)
            && self
                .nodes()
                .all(|n| self.edges_from(&n.id) == other.edges_from(&n.id))
    }
}
