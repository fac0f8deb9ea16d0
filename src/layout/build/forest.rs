//! The scenario's structure as the chart shows it: the relations it draws, the forest of parts
//! read breadth first, and which nodes collapsing hides.

use super::{NONE, index};
use crate::layout::LayoutOptions;
use crate::model::lists::Lists;
use crate::model::{NodeKind, Relation, Scenario};

/// The scenario's structure as the chart shows it: every relation it draws, the forest of
/// parts (breadth first; nodes caught in a cycle become roots) and what collapsing hides.
pub(super) struct Forest {
    /// Each node's kind, read once from the nodes: the tree looks kinds up in random order.
    pub(super) kinds: Vec<NodeKind>,
    pub(super) assists: Vec<usize>,
    pub(super) heads: Lists,
    /// The serves lines, sorted by their ends (`serves.rs` takes out those a note sums up).
    pub(super) serves: Vec<(usize, usize)>,
    /// Each node's parts in the forest.
    pub(super) kids: Lists,
    /// Each node's parent in the forest.
    pub(super) up: Vec<usize>,
    pub(super) roots: Vec<usize>,
    /// Which nodes are collapsed; empty when the options collapse nothing.
    collapsed: Vec<bool>,
    /// How many nodes each subtree holds; empty when the options collapse nothing.
    size: Vec<usize>,
    pub(super) visible: Vec<bool>,
    /// The visible nodes, breadth first.
    pub(super) shown: Vec<usize>,
    /// The visible nodes in the scenario's order: the boxes' order.
    pub(super) places: Vec<usize>,
    /// The box of each place, or `u32::MAX`.
    pub(super) box_of: Vec<u32>,
}

impl Forest {
    /// The forest of `scenario`, whose nodes' kinds are `kinds`.
    pub(super) fn of(scenario: &Scenario, kinds: Vec<NodeKind>, options: &LayoutOptions) -> Forest {
        let n = kinds.len();
        // Every relation the chart draws, in one pass over the graph.
        let mut parent = vec![NONE; n];
        let mut assists = vec![NONE; n];
        let mut heads: Vec<(usize, usize)> = Vec::new();
        let mut serves: Vec<(usize, usize)> = Vec::new();
        scenario.for_each_relation(|from, to, relation| match relation {
            Relation::PartOf => parent[from] = to,
            Relation::Heads => heads.push((to, from)),
            Relation::AssistantTo => assists[from] = to,
            Relation::Serves => serves.push((from, to)),
            Relation::ReportsTo | Relation::MemberOf(_) => {}
        });
        heads.sort_unstable();
        serves.sort_unstable();
        let heads = Lists::from_pairs(n, heads.iter().copied());

        let structural = Lists::from_pairs(
            n,
            (0..n).filter_map(|c| (parent[c] != NONE).then_some((parent[c], c))),
        );
        let mut depth = vec![NONE; n];
        let mut up = vec![NONE; n];
        let mut order: Vec<usize> = Vec::with_capacity(n);
        let mut roots: Vec<usize> = (0..n).filter(|&i| parent[i] == NONE).collect();
        let mut visit = |start: usize, depth: &mut Vec<usize>, order: &mut Vec<usize>| {
            depth[start] = 0;
            let mut next = order.len();
            order.push(start);
            while let Some(&v) = order.get(next) {
                next += 1;
                for &c in structural.get(v) {
                    let c = c as usize;
                    if depth[c] == NONE {
                        depth[c] = depth[v] + 1;
                        up[c] = v;
                        order.push(c);
                    }
                }
            }
        };
        for &r in &roots {
            visit(r, &mut depth, &mut order);
        }
        let in_forest = roots.len();
        for i in 0..n {
            if depth[i] == NONE {
                roots.push(i);
                visit(i, &mut depth, &mut order);
            }
        }
        // Without a cycle every node hangs under its parent; with one, the links the walk cut
        // are left out.
        let kids = if roots.len() == in_forest {
            structural
        } else {
            Lists::from_pairs(
                n,
                (0..n).filter_map(|c| (up[c] != NONE).then_some((up[c], c))),
            )
        };
        let mut forest = Forest {
            kinds,
            assists,
            heads,
            serves,
            kids,
            up,
            roots,
            collapsed: Vec::new(),
            size: Vec::new(),
            visible: vec![true; n],
            shown: order,
            places: (0..n).collect(),
            box_of: (0..n).map(index).collect(),
        };
        if !options.everything_open() {
            forest.collapse(scenario, options, &depth);
        }
        forest
    }

    /// Collapses the subtrees `options` names: what they hide, and what stays visible.
    fn collapse(&mut self, scenario: &Scenario, options: &LayoutOptions, depth: &[usize]) {
        let n = self.up.len();
        let order = std::mem::take(&mut self.shown);
        let mut size = vec![1usize; n];
        for &v in order.iter().rev() {
            if self.up[v] != NONE {
                size[self.up[v]] += size[v];
            }
        }
        let mut collapsed = vec![false; n];
        for id in &options.collapsed {
            if let Some(at) = scenario.position(id) {
                collapsed[at] = !self.kids.get(at).is_empty();
            }
        }
        if let Some(below) = options.collapse_below {
            for i in 0..n {
                collapsed[i] |= depth[i] == below && !self.kids.get(i).is_empty();
            }
        }
        self.size = size;
        self.collapsed = collapsed;
        // Order is breadth-first: a parent is decided before its children.
        let mut visible = vec![false; n];
        let mut shown = Vec::with_capacity(n);
        for &v in &order {
            if depth[v] == 0 {
                visible[v] = true;
            }
            if !visible[v] {
                continue;
            }
            shown.push(v);
            for &c in self.open_kids(v) {
                visible[c as usize] = true;
            }
        }
        self.places = (0..n).filter(|&at| visible[at]).collect();
        self.box_of = vec![u32::MAX; n];
        for (k, &at) in self.places.iter().enumerate() {
            self.box_of[at] = index(k);
        }
        self.visible = visible;
        self.shown = shown;
    }

    fn is_collapsed(&self, v: usize) -> bool {
        self.collapsed.get(v).copied().unwrap_or(false)
    }

    /// The parts of `v` that are shown.
    pub(super) fn open_kids(&self, v: usize) -> &[u32] {
        if self.is_collapsed(v) {
            &[]
        } else {
            self.kids.get(v)
        }
    }

    /// How many nodes the box of `v` hides.
    pub(super) fn hidden(&self, v: usize) -> usize {
        if self.is_collapsed(v) {
            self.size.get(v).map_or(0, |s| s - 1)
        } else {
            0
        }
    }
}

impl LayoutOptions {
    /// Whether no subtree is collapsed.
    pub(super) fn everything_open(&self) -> bool {
        self.collapsed.is_empty() && self.collapse_below.is_none()
    }
}
