//! From a scenario to a laid-out chart: the layout tree (heads, staff, stacks), the tidy
//! placement, and the boxes and connectors in chart units.
//!
//! Everything is kept in flat arrays indexed by place (the scenario's order) or by layout node,
//! with child lists in one array each: a chart of 100,000 boxes is laid out without a heap
//! allocation per node.
//!
//! Where there are two cores, a large chart is laid out on two of rayon's threads in two
//! rounds, after the node records are read once (half on each thread from 30,000 nodes). First
//! one thread measures the boxes' text in runs from the last box back while the other builds
//! the forest and the layout tree, which need no sizes, and then measures from the first box on
//! until the two meet (when subtrees are collapsed, which boxes are shown is known only from
//! the forest: it is built first, and the shown boxes are then measured half on each thread);
//! then one joins the parts' texts and makes the boxes while the other places them and draws
//! the connectors.

use std::ops::Range;

use super::boxes::Texts;
use super::tidy::{TidyInput, tidy};
use super::{Connector, ConnectorKind, Layout, LayoutOptions, NodeBox, Orientation, Placement};
use crate::model::lists::Lists;
use crate::model::{Node, NodeKind, Relation, Scenario};

const NONE: usize = usize::MAX;
/// Space between a stack's spine and its boxes' left edges.
const STACK_INDENT: f32 = 14.0;
/// Space between stacked boxes.
const STACK_GAP: f32 = 6.0;
/// Space between a head and its staff posts.
const STAFF_GAP: f32 = 16.0;

/// From this many nodes on, the node records are read half on each thread. Measured: at
/// 100,000 nodes that saves 0.6 to 1.1 ms; at 10,000 handing half of the pass to the other
/// thread costs more (0.02 to 0.04 ms) than it saves.
const READ_IN_PARALLEL_FROM: usize = 30_000;

/// How many boxes a thread measures at a time, when both threads measure.
const MEASURE_RUN: usize = 512;

/// From this many nodes on, the chart is laid out on two threads (where there are two cores).
const PARALLEL_FROM: usize = 2_000;

/// Whether this machine runs two threads at once.
fn two_cores() -> bool {
    std::thread::available_parallelism().is_ok_and(|n| n.get() >= 2)
}

/// Runs `a` and `b` side by side on rayon's threads, which live on from one layout to the
/// next (the window lays the chart out again after every edit), or one after the other when not
/// `parallel`.
fn both<A: Send, B: Send>(
    parallel: bool,
    a: impl FnOnce() -> A + Send,
    b: impl FnOnce() -> B + Send,
) -> (A, B) {
    if parallel {
        rayon::join(a, b)
    } else {
        (a(), b())
    }
}

/// Layout nodes above the organisation: the top, above the two forests side by side.
const TOP: usize = 0;
/// The root above the organisation's roots.
const MAIN: usize = 1;
/// The root above the groups.
const GROUPS: usize = 2;

/// A place or count as stored in the flat arrays: a plan has far fewer than 4 billion nodes.
fn index(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

fn range(r: &Range<u32>) -> Range<usize> {
    r.start as usize..r.end as usize
}

/// A node of the layout tree.
#[derive(Clone)]
enum Slot {
    /// A root above others: the top, the organisation, the groups.
    Root,
    /// A node of the scenario, by place, with its staff posts beside it (places in `staff`).
    Real { at: usize, staff: Range<u32> },
    /// Leaves stacked in columns, column by column (places in `members`, row heights in
    /// `rows`, both set once the boxes are measured).
    Stack {
        members: Range<u32>,
        rows: Range<u32>,
        column_width: f32,
    },
    /// The continuation of a tall stack into the levels below it, so that neighbours keep off.
    Filler,
}

/// The layout tree: slots with their breadth, depth and forest, and the edges from parents to
/// children in the order they were added.
struct Tree {
    slots: Vec<Slot>,
    breadth: Vec<f32>,
    depth: Vec<u32>,
    forest: Vec<usize>,
    edges: Vec<(usize, usize)>,
    staff: Vec<u32>,
    members: Vec<u32>,
    rows: Vec<f32>,
}

impl Tree {
    fn add(&mut self, slot: Slot) -> usize {
        self.slots.push(slot);
        self.breadth.push(0.0);
        self.depth.push(0);
        self.forest.push(NONE);
        self.slots.len() - 1
    }

    /// Makes `child` the next child of `parent`: depth and forest follow the parent, which is
    /// always linked before its children.
    fn link(&mut self, parent: usize, child: usize) {
        self.depth[child] = self.depth[parent] + 1;
        self.forest[child] = if parent == TOP {
            child
        } else {
            self.forest[parent]
        };
        self.edges.push((parent, child));
    }
}

/// The scenario's structure as the chart shows it: every relation it draws, the forest of
/// parts (breadth first; nodes caught in a cycle become roots) and what collapsing hides.
struct Forest {
    /// Each node's kind, read once from the nodes: the tree looks kinds up in random order.
    kinds: Vec<NodeKind>,
    assists: Vec<usize>,
    heads: Lists,
    serves: Vec<(usize, usize)>,
    /// Each node's parts in the forest.
    kids: Lists,
    /// Each node's parent in the forest.
    up: Vec<usize>,
    roots: Vec<usize>,
    /// Which nodes are collapsed; empty when the options collapse nothing.
    collapsed: Vec<bool>,
    /// How many nodes each subtree holds; empty when the options collapse nothing.
    size: Vec<usize>,
    visible: Vec<bool>,
    /// The visible nodes, breadth first.
    shown: Vec<usize>,
    /// The visible nodes in the scenario's order: the boxes' order.
    places: Vec<usize>,
    /// The box of each place, or `u32::MAX`.
    box_of: Vec<u32>,
}

impl Forest {
    /// The forest of `scenario`, whose nodes' kinds are `kinds`.
    fn of(scenario: &Scenario, kinds: Vec<NodeKind>, options: &LayoutOptions) -> Forest {
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
    fn open_kids(&self, v: usize) -> &[u32] {
        if self.is_collapsed(v) {
            &[]
        } else {
            self.kids.get(v)
        }
    }

    /// How many nodes the box of `v` hides.
    fn hidden(&self, v: usize) -> usize {
        if self.is_collapsed(v) {
            self.size.get(v).map_or(0, |s| s - 1)
        } else {
            0
        }
    }
}

impl LayoutOptions {
    /// Whether no subtree is collapsed.
    fn everything_open(&self) -> bool {
        self.collapsed.is_empty() && self.collapse_below.is_none()
    }
}

/// The runs of boxes not measured yet, taken from the front by one thread and from the back
/// by the other.
struct Runs {
    /// The first run not taken from the front.
    front: usize,
    /// The first run taken from the back.
    back: usize,
}

impl Runs {
    fn new(runs: usize) -> Runs {
        Runs {
            front: 0,
            back: runs,
        }
    }

    /// The next run from the front or from the back; `None` once all are taken.
    fn take(&mut self, from_front: bool) -> Option<usize> {
        (self.front < self.back).then(|| {
            if from_front {
                self.front += 1;
                self.front - 1
            } else {
                self.back -= 1;
                self.back
            }
        })
    }
}

/// Boxes measured in one go: their texts, and each box's size and lines (places in these
/// texts' lines).
struct Part {
    texts: Texts,
    sizes: Vec<[f32; 2]>,
    lines: Vec<Range<u32>>,
}

impl Part {
    /// No boxes yet, with room for `boxes`.
    fn with_capacity(boxes: usize) -> Part {
        Part {
            texts: Texts::with_capacity(boxes),
            sizes: Vec::with_capacity(boxes),
            lines: Vec::with_capacity(boxes),
        }
    }

    /// Appends the boxes measured after these, moving their lines' places.
    fn append(&mut self, more: Part) {
        let shift = index(self.texts.lines.len());
        self.texts.append(more.texts);
        self.lines.extend(
            more.lines
                .into_iter()
                .map(|r| r.start + shift..r.end + shift),
        );
        self.sizes.extend(more.sizes);
    }
}

pub(super) struct Builder<'a> {
    scenario: &'a Scenario,
    options: &'a LayoutOptions,
    parallel: bool,
}

impl<'a> Builder<'a> {
    pub(super) fn new(scenario: &'a Scenario, options: &'a LayoutOptions) -> Self {
        Builder {
            scenario,
            options,
            parallel: scenario.len() >= PARALLEL_FROM && two_cores(),
        }
    }

    /// Measures the boxes of `places`, the first part of `room` boxes, `hidden` giving how many
    /// nodes each box hides.
    fn measure(
        &self,
        nodes: &[&Node],
        places: impl Iterator<Item = usize>,
        hidden: impl Fn(usize) -> usize,
        room: usize,
    ) -> Part {
        let mut part = Part::with_capacity(room);
        self.measure_into(&mut part, nodes, places, hidden);
        part
    }

    /// Measures the boxes of the nodes at `places` after those `part` holds.
    fn measure_into(
        &self,
        part: &mut Part,
        nodes: &[&Node],
        places: impl Iterator<Item = usize>,
        hidden: impl Fn(usize) -> usize,
    ) {
        for at in places {
            // Places come from the forest of these nodes; were one missing, an empty entry
            // keeps the sizes in step with the places.
            let (lines, width, height) = match nodes.get(at) {
                Some(node) => {
                    self.options
                        .measure(self.scenario, node, hidden(at), &mut part.texts)
                }
                None => (0..0, 0.0, 0.0),
            };
            part.sizes.push([width, height]);
            part.lines.push(lines);
        }
    }

    /// The forest, the layout tree and the boxes measured, in parts in the boxes' order (more
    /// than one when on two threads).
    fn measured(&self, nodes: &[&Node], kinds: Vec<NodeKind>) -> (Forest, Tree, Vec<Part>) {
        let n = nodes.len();
        if self.parallel && self.options.everything_open() {
            // Every box is shown: the other thread starts measuring from the last boxes back
            // while this one builds the forest and the tree, and then measures from the first
            // boxes on, until the two meet. Handed out in runs, so that both threads end
            // together whatever the shape: how long the forest and the tree take against the
            // measuring differs from one organisation to another.
            let runs = n.div_ceil(MEASURE_RUN);
            let range = |run: usize| run * MEASURE_RUN..((run + 1) * MEASURE_RUN).min(n);
            let left = std::sync::Mutex::new(Runs::new(runs));
            let next = |from_front: bool| {
                left.lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .take(from_front)
            };
            let ((forest, tree, first), mut later) = both(
                true,
                || {
                    let forest = Forest::of(self.scenario, kinds, self.options);
                    let tree = self.tree(&forest);
                    let mut first = Part::with_capacity(n);
                    while let Some(run) = next(true) {
                        self.measure_into(&mut first, nodes, range(run), |_| 0);
                    }
                    (forest, tree, first)
                },
                || {
                    let mut parts = Vec::new();
                    while let Some(run) = next(false) {
                        let room = range(run).len();
                        parts.push(self.measure(nodes, range(run), |_| 0, room));
                    }
                    parts
                },
            );
            later.reverse();
            let mut parts = vec![first];
            parts.append(&mut later);
            return (forest, tree, parts);
        }
        let forest = Forest::of(self.scenario, kinds, self.options);
        let tree = self.tree(&forest);
        let places = &forest.places;
        let hidden = |at| forest.hidden(at);
        if !self.parallel {
            let all = self.measure(nodes, places.iter().copied(), hidden, places.len());
            return (forest, tree, vec![all]);
        }
        let (early, late) = places.split_at(places.len() / 2);
        let (first, second) = both(
            true,
            || self.measure(nodes, early.iter().copied(), hidden, places.len()),
            || self.measure(nodes, late.iter().copied(), hidden, late.len()),
        );
        (forest, tree, vec![first, second])
    }

    /// The layout tree of the shown nodes, without sizes: heads under their units, staff beside
    /// their heads, leaves in stacks.
    fn tree(&self, forest: &Forest) -> Tree {
        let options = self.options;
        let top_down = options.orientation == Orientation::TopDown;
        let shown = &forest.shown;
        let kind_of = |v: usize| forest.kinds.get(v).copied();
        let mut tree = Tree {
            slots: Vec::with_capacity(shown.len() + 3),
            breadth: Vec::with_capacity(shown.len() + 3),
            depth: Vec::with_capacity(shown.len() + 3),
            forest: Vec::with_capacity(shown.len() + 3),
            edges: Vec::with_capacity(shown.len() + 2),
            staff: Vec::new(),
            members: Vec::new(),
            rows: Vec::new(),
        };
        for root in [TOP, MAIN, GROUPS] {
            tree.add(Slot::Root);
            if root != TOP {
                tree.link(TOP, root);
            }
        }
        let mut slot_of = vec![NONE; forest.up.len()];
        for &v in shown {
            slot_of[v] = tree.add(Slot::Real { at: v, staff: 0..0 });
        }
        for &r in &forest.roots {
            if forest.visible[r] {
                let root = if kind_of(r) == Some(NodeKind::Group) {
                    GROUPS
                } else {
                    MAIN
                };
                tree.link(root, slot_of[r]);
            }
        }
        let mut list: Vec<usize> = Vec::new();
        for &v in shown {
            list.clear();
            list.extend(forest.open_kids(v).iter().map(|&c| c as usize));
            let mut container = v;
            // The head: the first of the parts that is a post heading this node.
            let head = (kind_of(v) != Some(NodeKind::Position))
                .then(|| {
                    forest
                        .heads
                        .get(v)
                        .iter()
                        .map(|&h| h as usize)
                        .filter(|&h| {
                            forest.up[h] == v
                                && forest.visible[h]
                                && kind_of(h) == Some(NodeKind::Position)
                        })
                        .min()
                })
                .flatten();
            if let Some(head) = head
                && let Some(at) = list.iter().position(|&c| c == head)
            {
                list.remove(at);
                let is_staff = |a: usize| {
                    kind_of(a) == Some(NodeKind::Position)
                        && forest.open_kids(a).is_empty()
                        && forest.assists[a] == head
                };
                let first = index(tree.staff.len());
                tree.staff
                    .extend(list.iter().filter(|&&a| is_staff(a)).map(|&a| index(a)));
                let staff = first..index(tree.staff.len());
                list.retain(|&a| !is_staff(a));
                tree.link(slot_of[v], slot_of[head]);
                if !staff.is_empty() {
                    tree.slots[slot_of[head]] = Slot::Real { at: head, staff };
                }
                container = head;
            }
            let all_leaves = list.iter().all(|&c| forest.open_kids(c).is_empty());
            if top_down && options.compact_leaves && list.len() >= options.compact_min && all_leaves
            {
                let first = index(tree.members.len());
                tree.members.extend(list.iter().map(|&m| index(m)));
                let stack_at = tree.add(Slot::Stack {
                    members: first..index(tree.members.len()),
                    rows: 0..0,
                    column_width: 0.0,
                });
                tree.link(slot_of[container], stack_at);
            } else {
                for &c in &list {
                    tree.link(slot_of[container], slot_of[c]);
                }
            }
        }
        tree
    }

    /// Gives the tree's slots their breadth from the boxes' sizes (`size_of` by place), and
    /// each stack its rows and the fillers below it that keep its neighbours off.
    fn size_tree(&self, tree: &mut Tree, size_of: &impl Fn(usize) -> (f32, f32), pitch: f32) {
        let options = self.options;
        let top_down = options.orientation == Orientation::TopDown;
        let breadth_of = |v: usize| if top_down { size_of(v).0 } else { size_of(v).1 };
        for u in 0..tree.slots.len() {
            match &tree.slots[u] {
                Slot::Real { at, staff } => {
                    let mut breadth = breadth_of(*at);
                    if !staff.is_empty() {
                        // Staff posts line up beside the head within its level: side by side
                        // to its right (top-down) or one under another (left-right). The
                        // head's slot is widened on both sides so that the head stays on the
                        // main line.
                        let along: f32 = tree.staff[range(staff)]
                            .iter()
                            .map(|&a| breadth_of(a as usize) + STACK_GAP)
                            .sum::<f32>()
                            - STACK_GAP;
                        breadth += 2.0 * (STAFF_GAP + along);
                    }
                    tree.breadth[u] = breadth;
                }
                Slot::Stack { members, .. } => {
                    let members = members.clone();
                    let (slot, breadth, span) = self.stack(members, size_of, pitch, tree);
                    tree.slots[u] = slot;
                    tree.breadth[u] = breadth;
                    let mut last = u;
                    for _ in 1..span {
                        let filler = tree.add(Slot::Filler);
                        tree.breadth[filler] = breadth;
                        tree.link(last, filler);
                        last = filler;
                    }
                }
                Slot::Root | Slot::Filler => {}
            }
        }
    }

    /// The scenario's nodes in order, and their kinds, read in one pass (half on each thread):
    /// at 100,000 nodes the records are read from memory, and a pass over them costs more than
    /// most steps of the layout.
    fn nodes_and_kinds(&self) -> (Vec<&'a Node>, Vec<NodeKind>) {
        let scenario = self.scenario;
        let read = |range: Range<usize>| {
            let mut nodes: Vec<&Node> = Vec::with_capacity(range.len());
            let mut kinds: Vec<NodeKind> = Vec::with_capacity(range.len());
            for node in range.filter_map(|at| scenario.node_at(at)) {
                nodes.push(node);
                kinds.push(node.kind);
            }
            (nodes, kinds)
        };
        let n = scenario.len();
        let half = n / 2;
        let ((mut nodes, mut kinds), (more_nodes, more_kinds)) = both(
            n >= READ_IN_PARALLEL_FROM && self.parallel,
            || read(0..half),
            || read(half..n),
        );
        nodes.extend(more_nodes);
        kinds.extend(more_kinds);
        (nodes, kinds)
    }

    pub(super) fn run(self) -> Layout {
        let (nodes, kinds) = self.nodes_and_kinds();
        let (forest, mut tree, mut parts) = self.measured(&nodes, kinds);
        // The boxes' sizes in one list; their lines are joined on the other thread.
        let mut sizes = Vec::with_capacity(nodes.len());
        for part in &mut parts {
            sizes.append(&mut part.sizes);
        }
        let forest = &forest;
        let nodes = &nodes;
        let make_boxes = move || {
            // The first part has room for all boxes.
            let mut parts = parts.into_iter();
            let mut part = parts.next().unwrap_or_else(|| Part::with_capacity(0));
            for more in parts {
                part.append(more);
            }
            let boxes: Vec<NodeBox> = forest
                .places
                .iter()
                .zip(part.lines)
                .map(|(&at, lines)| {
                    let node = nodes[at];
                    NodeBox {
                        id: node.id.clone(),
                        kind: node.kind,
                        status: node.status,
                        x: 0.0,
                        y: 0.0,
                        width: 0.0,
                        height: 0.0,
                        lines,
                        hidden: forest.hidden(at),
                        placement: Placement::Tree,
                    }
                })
                .collect();
            (part.texts, boxes)
        };
        let (out, (texts, mut boxes)) = both(
            self.parallel,
            || self.place(forest, &mut tree, &sizes),
            make_boxes,
        );
        for ((b, r), placement) in boxes.iter_mut().zip(&out.rects).zip(&out.placements) {
            [b.x, b.y, b.width, b.height] = *r;
            b.placement = *placement;
        }
        out.finish(texts, boxes)
    }

    /// Places the tree's boxes, whose sizes (in the boxes' order) are `sizes`, and draws their
    /// connectors.
    #[allow(clippy::too_many_lines)] // One pass after another over the same arrays.
    fn place<'f>(&'f self, forest: &'f Forest, tree: &mut Tree, sizes: &[[f32; 2]]) -> Emitter<'f> {
        let options = self.options;
        let top_down = options.orientation == Orientation::TopDown;
        let size_of = |v: usize| {
            forest
                .box_of
                .get(v)
                .and_then(|&k| sizes.get(k as usize))
                .map_or((0.0, 0.0), |s| (s[0], s[1]))
        };
        let pitch = sizes
            .iter()
            .map(|s| if top_down { s[1] } else { s[0] })
            .fold(0.0f32, f32::max)
            + options.level_gap;
        self.size_tree(tree, &size_of, pitch);
        let tree = &*tree;
        // The tidy placement of both forests at once, each then moved to its place.
        let children = Lists::from_pairs(tree.slots.len(), tree.edges.iter().copied());
        let x = tidy(&TidyInput {
            start: &children.start,
            children: &children.items,
            breadth: &tree.breadth,
            root: 0,
            sibling_gap: options.sibling_gap,
            subtree_gap: options.subtree_gap,
        });
        let mut extent = [(f32::INFINITY, f32::NEG_INFINITY); 3];
        for (u, slot) in tree.slots.iter().enumerate() {
            if let Some(e) = extent.get_mut(tree.forest[u])
                && !matches!(slot, Slot::Root)
            {
                e.0 = e.0.min(x[u] - tree.breadth[u] / 2.0);
                e.1 = e.1.max(x[u] + tree.breadth[u] / 2.0);
            }
        }
        let (main_lo, main_hi) = extent[MAIN];
        let main_lo = if main_lo.is_finite() { main_lo } else { 0.0 };
        let main_width = if main_hi.is_finite() {
            main_hi - main_lo
        } else {
            0.0
        };
        let group_lo = extent[GROUPS].0;
        let group_shift = if group_lo.is_finite() {
            main_width + 3.0 * options.subtree_gap - group_lo
        } else {
            0.0
        };
        let centre = |u: usize| {
            if tree.forest[u] == GROUPS {
                x[u] + group_shift
            } else {
                x[u] - main_lo
            }
        };

        // Boxes and connectors.
        let mut out = Emitter {
            top_down,
            pitch,
            options,
            rects: sizes.iter().map(|s| [0.0, 0.0, s[0], s[1]]).collect(),
            placements: vec![Placement::Tree; sizes.len()],
            box_of: &forest.box_of,
            connectors: Vec::with_capacity(sizes.len() * 2),
            points: Vec::with_capacity(sizes.len() * 5),
        };
        let mut tops: Vec<f32> = Vec::new();
        for (u, slot) in tree.slots.iter().enumerate() {
            if tree.forest[u] == NONE {
                continue; // Stacked or staff: placed with its stack or head.
            }
            let lead = tree.depth[u].saturating_sub(2) as f32 * pitch;
            let placement = if tree.forest[u] == GROUPS {
                Placement::Group
            } else {
                Placement::Tree
            };
            match slot {
                Slot::Real { at, staff } => {
                    let (w, h) = out.size(*at);
                    let (x, y) = if top_down {
                        (centre(u) - w / 2.0, lead)
                    } else {
                        (lead, centre(u) - h / 2.0)
                    };
                    out.place(*at, x, y, placement);
                    let mut along = 0.0;
                    for &a in &tree.staff[range(staff)] {
                        let a = a as usize;
                        let (aw, ah) = out.size(a);
                        let (ax, ay) = if top_down {
                            (x + w + STAFF_GAP + along, y)
                        } else {
                            (x, y + h + STAFF_GAP + along)
                        };
                        along += if top_down {
                            aw + STACK_GAP
                        } else {
                            ah + STACK_GAP
                        };
                        out.place(a, ax, ay, Placement::Assistant);
                        out.staff_line([x, y, w, h], [ax, ay, aw, ah]);
                    }
                }
                Slot::Stack {
                    members,
                    rows,
                    column_width,
                } => {
                    let left = centre(u) - tree.breadth[u] / 2.0;
                    let heights = &tree.rows[range(rows)];
                    let count = heights.len().max(1);
                    // Top of every row, summed once: a stack may hold 100,000 posts.
                    tops.clear();
                    let mut top = lead;
                    for h in heights {
                        tops.push(top);
                        top += h + STACK_GAP;
                    }
                    for (k, &m) in tree.members[range(members)].iter().enumerate() {
                        let (col, row) = (k / count, k % count);
                        let x = left
                            + col as f32 * (STACK_INDENT + column_width + options.sibling_gap)
                            + STACK_INDENT;
                        let y = tops.get(row).copied().unwrap_or(lead);
                        out.place(m as usize, x, y, Placement::Stacked);
                    }
                }
                Slot::Root | Slot::Filler => {}
            }
        }
        // Structure lines, now that every box has its place.
        let mut targets: Vec<[f32; 4]> = Vec::new();
        let mut column: Vec<[f32; 4]> = Vec::new();
        for (u, slot) in tree.slots.iter().enumerate() {
            let Slot::Real { at, .. } = slot else {
                continue;
            };
            let Some(parent_box) = out.rect(*at) else {
                continue;
            };
            targets.clear();
            for &c in children.get(u) {
                match &tree.slots[c as usize] {
                    Slot::Real { at, .. } => targets.extend(out.rect(*at)),
                    Slot::Stack { members, rows, .. } => {
                        let count = rows.len().max(1);
                        for members in tree.members[range(members)].chunks(count) {
                            column.clear();
                            column.extend(members.iter().filter_map(|&m| out.rect(m as usize)));
                            if let Some(spine) = out.spine(&column) {
                                targets.push(spine);
                            }
                        }
                    }
                    Slot::Root | Slot::Filler => {}
                }
            }
            out.bus(parent_box, &targets);
        }
        // Serves lines: each serving node gets its own lane in the gap above it, and the lines
        // into one target land side by side, off the centre where the structure line arrives.
        let n = forest.up.len();
        let serves = &forest.serves;
        let mut incoming = vec![0usize; n];
        for &(_, to) in serves {
            incoming[to] += 1;
        }
        let mut landed = vec![0usize; n];
        let mut lane_of = vec![NONE; n];
        let mut lanes = 0;
        // The boxes as obstacles, in the layout's own axes (along the levels, across them),
        // sorted by where they start across the levels; built only when some line needs it.
        let mut obstacles = if serves.is_empty() {
            Obstacles::default()
        } else {
            out.obstacles()
        };
        for &(from, to) in serves {
            if let (Some(source), Some(target)) = (out.rect(from), out.rect(to)) {
                if lane_of[from] == NONE {
                    lane_of[from] = lanes;
                    lanes += 1;
                }
                let slot = (landed[to] + 1) as f32 / (incoming[to] + 2) as f32;
                landed[to] += 1;
                out.serves_line(source, target, lane_of[from] % 4, slot, &mut obstacles);
            }
        }
        out
    }

    /// A stack of the leaves at `members` (places in the tree's members): its slot, its
    /// breadth, and how many levels it spans.
    fn stack(
        &self,
        members: Range<u32>,
        size_of: &impl Fn(usize) -> (f32, f32),
        pitch: f32,
        tree: &mut Tree,
    ) -> (Slot, f32, usize) {
        let options = self.options;
        let list = tree.members.get(range(&members)).unwrap_or_default();
        let columns = if list.len() >= options.two_columns_from {
            2
        } else {
            1
        };
        let rows = list.len().div_ceil(columns);
        let column_width = list
            .iter()
            .map(|&m| size_of(m as usize).0)
            .fold(0.0f32, f32::max);
        let first_row = index(tree.rows.len());
        tree.rows.extend((0..rows).map(|r| {
            (0..columns)
                .filter_map(|c| list.get(c * rows + r))
                .map(|&m| size_of(m as usize).1)
                .fold(0.0f32, f32::max)
        }));
        let row_range = first_row..index(tree.rows.len());
        let height: f32 = tree.rows[range(&row_range)].iter().sum::<f32>()
            + STACK_GAP * rows.saturating_sub(1) as f32;
        let breadth = columns as f32 * (STACK_INDENT + column_width)
            + (columns - 1) as f32 * options.sibling_gap;
        let span = ((height + options.level_gap) / pitch).ceil().max(1.0) as usize;
        let slot = Slot::Stack {
            members,
            rows: row_range,
            column_width,
        };
        (slot, breadth, span)
    }
}

/// Places boxes and draws connectors in chart units.
struct Emitter<'a> {
    top_down: bool,
    pitch: f32,
    options: &'a LayoutOptions,
    /// Every visible node's box as `[x, y, width, height]`, in the scenario's order.
    rects: Vec<[f32; 4]>,
    /// Where each box sits.
    placements: Vec<Placement>,
    /// The box of each place, or `u32::MAX`.
    box_of: &'a [u32],
    connectors: Vec<Connector>,
    points: Vec<[f32; 2]>,
}

impl Emitter<'_> {
    fn size(&self, at: usize) -> (f32, f32) {
        self.rect(at).map_or((0.0, 0.0), |r| (r[2], r[3]))
    }

    fn place(&mut self, at: usize, x: f32, y: f32, placement: Placement) {
        let Some(&k) = self.box_of.get(at) else {
            return;
        };
        if let (Some(r), Some(p)) = (
            self.rects.get_mut(k as usize),
            self.placements.get_mut(k as usize),
        ) {
            r[0] = x;
            r[1] = y;
            *p = placement;
        }
    }

    /// `[x, y, width, height]` of a placed box.
    fn rect(&self, at: usize) -> Option<[f32; 4]> {
        self.rects.get(*self.box_of.get(at)? as usize).copied()
    }

    /// A column of stacked boxes: the spine runs down their left side; returns the spine's
    /// entry point as a zero-size target.
    fn spine(&mut self, rects: &[[f32; 4]]) -> Option<[f32; 4]> {
        let first = rects.first()?;
        let last = rects.last()?;
        let x = first[0] - STACK_INDENT / 2.0;
        self.line(
            ConnectorKind::Structure,
            &[[x, first[1]], [x, last[1] + last[3] / 2.0]],
        );
        for r in rects {
            let mid = r[1] + r[3] / 2.0;
            self.line(ConnectorKind::Structure, &[[x, mid], [r[0], mid]]);
        }
        Some([x, first[1], 0.0, 0.0])
    }

    fn line(&mut self, kind: ConnectorKind, points: &[[f32; 2]]) {
        let start = index(self.points.len());
        self.points.extend_from_slice(points);
        self.connectors.push(Connector {
            kind,
            points: start..index(self.points.len()),
        });
    }

    /// Orthogonal lines from a parent to its children through the gap between their levels.
    fn bus(&mut self, parent: [f32; 4], children: &[[f32; 4]]) {
        if children.is_empty() {
            return;
        }
        if self.top_down {
            let from = [parent[0] + parent[2] / 2.0, parent[1] + parent[3]];
            let level_top = parent[1];
            let mid = level_top + self.pitch - self.options.level_gap / 2.0;
            let centre = |c: &[f32; 4]| c[0] + c[2] / 2.0;
            if let [only] = children {
                let x = centre(only);
                if (x - from[0]).abs() < 0.5 {
                    self.line(ConnectorKind::Structure, &[from, [from[0], only[1]]]);
                    return;
                }
            }
            self.line(ConnectorKind::Structure, &[from, [from[0], mid]]);
            let lo = children.iter().map(centre).fold(from[0], f32::min);
            let hi = children.iter().map(centre).fold(from[0], f32::max);
            self.line(ConnectorKind::Structure, &[[lo, mid], [hi, mid]]);
            for c in children {
                let x = centre(c);
                self.line(ConnectorKind::Structure, &[[x, mid], [x, c[1]]]);
            }
        } else {
            let from = [parent[0] + parent[2], parent[1] + parent[3] / 2.0];
            let mid = parent[0] + self.pitch - self.options.level_gap / 2.0;
            let middle = |c: &[f32; 4]| c[1] + c[3] / 2.0;
            self.line(ConnectorKind::Structure, &[from, [mid, from[1]]]);
            let lo = children.iter().map(middle).fold(from[1], f32::min);
            let hi = children.iter().map(middle).fold(from[1], f32::max);
            self.line(ConnectorKind::Structure, &[[mid, lo], [mid, hi]]);
            for c in children {
                let y = middle(c);
                self.line(ConnectorKind::Structure, &[[mid, y], [c[0], y]]);
            }
        }
    }

    /// The line from a head (`[x, y, width, height]`) to a staff post beside it.
    fn staff_line(&mut self, head: [f32; 4], staff: [f32; 4]) {
        let [x, y, w, h] = head;
        let [ax, ay, aw, ah] = staff;
        let points = if self.top_down {
            [[x + w, y + h / 2.0], [ax, ay + ah / 2.0]]
        } else {
            [[x + w / 2.0, y + h], [ax + aw / 2.0, ay]]
        };
        self.line(ConnectorKind::Staff, &points);
    }

    /// Every box as `[along, across, along_size, across_size]`, where "across" runs from a
    /// level to the next (down in a top-down chart, right in a left-right one), sorted by
    /// where the boxes start across.
    fn obstacles(&self) -> Obstacles {
        let mut boxes: Vec<[f32; 4]> = self.rects.iter().map(|&r| self.axes(r)).collect();
        boxes.sort_by(|a, b| a[1].total_cmp(&b[1]));
        let deepest = boxes.iter().map(|o| o[3]).fold(0.0f32, f32::max);
        Obstacles {
            boxes,
            deepest,
            bands: std::collections::HashMap::new(),
        }
    }

    /// A rectangle in the layout's own axes (see [`Emitter::obstacles`]), or back: the swap is
    /// its own inverse.
    fn axes(&self, r: [f32; 4]) -> [f32; 4] {
        if self.top_down {
            r
        } else {
            [r[1], r[0], r[3], r[2]]
        }
    }

    /// A dashed line from a serving team to the unit it serves, through lane `lane` of the gap
    /// before the team's level, arriving at `slot` (0–1) along the target's edge. Where the
    /// straight way to the target would cross boxes of the levels in between (above the team
    /// or below it), the line goes round them: along the nearest free lane through those
    /// levels, then across the gap next to the target.
    fn serves_line(
        &mut self,
        from: [f32; 4],
        to: [f32; 4],
        lane: usize,
        slot: f32,
        obstacles: &mut Obstacles,
    ) {
        let gap = self.options.level_gap * (0.12 + 0.1 * lane as f32);
        // Work in the layout's axes: `a` along the levels, `c` across them.
        let (from, to) = (self.axes(from), self.axes(to));
        let start = [from[0] + from[2] * 0.75, from[1]];
        let channel = from[1] - gap;
        let a = to[0] + to[2] * slot;
        // A target above the team's level is reached across the gap below it, one at the
        // team's level or below across the gap above it; either way through the levels in
        // between along the nearest free lane when the straight way would cross boxes.
        let (end, band, toward) = if to[1] + to[3] <= channel {
            (to[1] + to[3], (to[1] + to[3], channel), 1.0)
        } else {
            (to[1], (channel, to[1]), -1.0)
        };
        let mut points: Vec<[f32; 2]> = match free_lane(obstacles, band, a) {
            Some(free) if (free - a).abs() > f32::EPSILON => {
                let turn = end + toward * self.options.level_gap * (0.2 + 0.1 * (lane % 4) as f32);
                vec![
                    start,
                    [start[0], channel],
                    [free, channel],
                    [free, turn],
                    [a, turn],
                    [a, end],
                ]
            }
            _ => vec![start, [start[0], channel], [a, channel], [a, end]],
        };
        if !self.top_down {
            for p in &mut points {
                p.swap(0, 1);
            }
        }
        self.line(ConnectorKind::Serves, &points);
    }

    fn finish(self, texts: Texts, boxes: Vec<NodeBox>) -> Layout {
        let width = self
            .rects
            .iter()
            .map(|r| r[0] + r[2])
            .fold(0.0f32, f32::max);
        let height = self
            .rects
            .iter()
            .map(|r| r[1] + r[3])
            .fold(0.0f32, f32::max);
        Layout {
            boxes,
            connectors: self.connectors,
            lines: texts.lines,
            text: texts.text,
            points: self.points,
            width,
            height,
            font_size: self.options.font_size,
            padding: self.options.padding,
        }
    }
}

/// The boxes as obstacles to serves lines: `[along, across, along_size, across_size]` in the
/// layout's own axes, sorted by where they start across the levels, and the largest
/// `across_size`; and the spans blocked in each band a line has crossed so far. Lines cross
/// the same bands over and over (bands run between levels), so each band's boxes are gathered
/// and merged once, not once a line, as they were when many serves lines made the routing
/// quadratic.
#[derive(Default)]
struct Obstacles {
    boxes: Vec<[f32; 4]>,
    deepest: f32,
    bands: std::collections::HashMap<(u32, u32), Vec<(f32, f32)>>,
}

/// The lane nearest to `at` (along the levels) that crosses no box in `band` (across the
/// levels), with a little room beside the boxes; `at` itself when it is free, `None` when no
/// box lies in the band at all.
fn free_lane(obstacles: &mut Obstacles, band: (f32, f32), at: f32) -> Option<f32> {
    let key = (band.0.to_bits(), band.1.to_bits());
    let spans = match obstacles.bands.entry(key) {
        std::collections::hash_map::Entry::Occupied(known) => known.into_mut(),
        std::collections::hash_map::Entry::Vacant(new) => {
            new.insert(blocked_spans(&obstacles.boxes, obstacles.deepest, band))
        }
    };
    if spans.is_empty() {
        return None;
    }
    // The spans are sorted and apart: only the last one starting before `at` can cover it.
    let before = spans.partition_point(|(lo, _)| *lo < at);
    match before.checked_sub(1).and_then(|k| spans.get(k)) {
        Some(&(lo, hi)) if at < hi => Some(if at - lo <= hi - at { lo } else { hi }),
        _ => Some(at),
    }
}

/// What blocks lanes through `band` (across the levels): the boxes reaching into it, with a
/// little room beside each, merged where they overlap or touch, in order along the levels.
fn blocked_spans(boxes: &[[f32; 4]], deepest: f32, band: (f32, f32)) -> Vec<(f32, f32)> {
    const ROOM: f32 = 4.0;
    // Boxes start across the levels in order: those starting before the band's far end, and
    // late enough to reach into it. No box is deeper than the deepest, and a float sum never
    // falls when a term grows, so no box the filter below keeps is left out. Only the levels
    // of the band are read, not every box above it.
    let before_end = boxes.partition_point(|o| o[1] < band.1);
    let from = boxes
        .partition_point(|o| o[1] + deepest <= band.0)
        .min(before_end);
    let mut blocked: Vec<(f32, f32)> = boxes
        .get(from..before_end)
        .unwrap_or_default()
        .iter()
        .filter(|o| o[1] + o[3] > band.0)
        .map(|o| (o[0] - ROOM, o[0] + o[2] + ROOM))
        .collect();
    blocked.sort_by(|x, y| x.0.total_cmp(&y.0));
    let mut merged: Vec<(f32, f32)> = Vec::with_capacity(blocked.len());
    for (lo, hi) in blocked {
        match merged.last_mut() {
            Some(last) if lo <= last.1 => last.1 = last.1.max(hi),
            _ => merged.push((lo, hi)),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::model::{Edge, Edit, Names, NodeId, PostStatus, Role, ScenarioMeta};

    fn id(i: usize) -> NodeId {
        NodeId::new(&format!("n{i}")).unwrap_or_else(NodeId::baseline)
    }

    /// An organisation of `n` nodes with every feature the chart draws: units and teams under
    /// earlier ones, heads and their staff, rows of posts, long names, vacancies, teams serving
    /// units elsewhere and a working group; `seed` spreads them differently.
    fn organisation(n: usize, seed: usize) -> Scenario {
        let mut s = Scenario::new(ScenarioMeta::new(NodeId::baseline(), Names::fi("x")));
        let apply = |s: &mut Scenario, edit: Edit| assert!(s.apply(edit).is_ok());
        let root = Node::new(id(0), NodeKind::Organisation, Names::fi("Toimiala"));
        apply(&mut s, Edit::add_child(root, None));
        let mut containers = vec![0usize];
        let mut head_of: Vec<Option<usize>> = vec![None];
        for i in 1..n {
            // A cheap deterministic spread of parents and kinds.
            let r = (i.wrapping_mul(2_654_435_761) ^ seed.wrapping_mul(40_503)) % 1_000;
            // The parent's place among the containers (which are all different).
            let place = r % containers.len();
            let parent = containers[place];
            let kind = match r % 10 {
                0 => NodeKind::Unit,
                1 => NodeKind::Team,
                _ => NodeKind::Position,
            };
            let name = if r.is_multiple_of(37) {
                "Kasvatuksen ja opetuksen toimialan yhteiset kehittämis- ja arviointipalvelut"
                    .to_owned()
            } else {
                format!("Päiväkoti Mäntymäki {i}")
            };
            let mut node = Node::new(id(i), kind, Names::fi(&name));
            if r.is_multiple_of(23) {
                node.status = PostStatus::Vacant;
            }
            apply(&mut s, Edit::add_child(node, Some(&id(parent))));
            if kind == NodeKind::Position {
                let head = head_of.get(place);
                match head.copied().flatten() {
                    None if parent != 0 => {
                        apply(
                            &mut s,
                            Edit::AddRelation(Edge::new(&id(i), Relation::Heads, &id(parent))),
                        );
                        head_of[place] = Some(i);
                    }
                    Some(h) if r.is_multiple_of(7) => apply(
                        &mut s,
                        Edit::AddRelation(Edge::new(&id(i), Relation::AssistantTo, &id(h))),
                    ),
                    _ => {}
                }
            } else {
                if kind == NodeKind::Team && containers.len() > 3 {
                    let served = containers[(r / 10) % containers.len()];
                    if served != parent {
                        apply(
                            &mut s,
                            Edit::AddRelation(Edge::new(&id(i), Relation::Serves, &id(served))),
                        );
                    }
                }
                containers.push(i);
                head_of.push(None);
            }
        }
        let group = Node::new(id(n), NodeKind::Group, Names::fi("Ohjausryhmä"));
        apply(&mut s, Edit::add_child(group, None));
        for (k, member) in [1, 2, 3].into_iter().enumerate() {
            let role = if k == 0 { Role::Chair } else { Role::Member };
            apply(
                &mut s,
                Edit::AddRelation(Edge::new(&id(member), Relation::MemberOf(role), &id(n))),
            );
        }
        s
    }

    fn on(parallel: bool, s: &Scenario, options: &LayoutOptions) -> Layout {
        Builder {
            scenario: s,
            options,
            parallel,
        }
        .run()
    }

    /// Makes the grandparent of the first node that has one part of that node too: a cycle
    /// in the structure, which the chart cuts.
    fn add_cycle(s: &mut Scenario) {
        let ids: Vec<NodeId> = s.nodes().map(|n| n.id.clone()).collect();
        let parents = s.parent_places();
        let up = |at: usize| parents.get(at).copied().flatten();
        let pair = (0..ids.len()).find_map(|at| Some((up(up(at)?)?, at)));
        let Some((top, below)) = pair else {
            panic!("the organisation is more than two levels deep");
        };
        assert!(s.add_edge(&Edge::new(&ids[top], Relation::PartOf, &ids[below])));
    }

    #[test]
    fn runs_are_taken_once_each_from_both_ends_until_they_meet() {
        let mut runs = Runs::new(5);
        let order: Vec<Option<usize>> = [false, true, false, true, true, false]
            .into_iter()
            .map(|front| runs.take(front))
            .collect();
        assert_eq!(order, [Some(4), Some(0), Some(3), Some(1), Some(2), None]);
        let mut one = Runs::new(1);
        assert_eq!((one.take(false), one.take(true)), (Some(0), None));
        assert_eq!(Runs::new(0).take(true), None);
    }

    /// The lane search as it was before the bands' spans were kept: every box is read.
    fn free_lane_reading_every_box(
        obstacles: &[[f32; 4]],
        band: (f32, f32),
        at: f32,
    ) -> Option<f32> {
        const ROOM: f32 = 4.0;
        let mut blocked: Vec<(f32, f32)> = obstacles
            .iter()
            .filter(|o| o[1] < band.1 && o[1] + o[3] > band.0)
            .map(|o| (o[0] - ROOM, o[0] + o[2] + ROOM))
            .collect();
        if blocked.is_empty() {
            return None;
        }
        blocked.sort_by(|x, y| x.0.total_cmp(&y.0));
        let mut merged: Vec<(f32, f32)> = Vec::new();
        for (lo, hi) in blocked {
            match merged.last_mut() {
                Some(last) if lo <= last.1 => last.1 = last.1.max(hi),
                _ => merged.push((lo, hi)),
            }
        }
        match merged.iter().find(|(lo, hi)| *lo < at && at < *hi) {
            None => Some(at),
            Some(&(lo, hi)) => Some(if at - lo <= hi - at { lo } else { hi }),
        }
    }

    proptest::proptest! {
        #[test]
        fn the_lane_search_finds_what_reading_every_box_finds(
            mut boxes in proptest::collection::vec(
                (-500i32..500, -300i32..300, 0i32..120, 0i32..80, 0i32..4),
                0..60,
            ),
            queries in proptest::collection::vec((-350i32..350, 0i32..200, -600i32..600), 1..12),
        ) {
            // Whole units and quarters, so that boxes touch, meet band edges and lanes exactly.
            let quarter = |v: i32| v as f32 / 4.0;
            let mut boxes: Vec<[f32; 4]> = boxes
                .drain(..)
                .map(|(a, c, w, h, q)| [a as f32, c as f32 + quarter(q), w as f32, h as f32])
                .collect();
            boxes.sort_by(|a, b| a[1].total_cmp(&b[1]));
            let deepest = boxes.iter().map(|o| o[3]).fold(0.0f32, f32::max);
            let mut obstacles = Obstacles {
                boxes: boxes.clone(),
                deepest,
                bands: std::collections::HashMap::new(),
            };
            // Each band twice, so that the second time it is answered from the kept spans.
            for &(start, length, at) in queries.iter().chain(&queries) {
                let band = (start as f32, (start + length) as f32);
                let at = at as f32;
                proptest::prop_assert_eq!(
                    free_lane(&mut obstacles, band, at),
                    free_lane_reading_every_box(&boxes, band, at),
                    "band {:?} at {}", band, at
                );
            }
        }
    }

    #[test]
    fn a_box_reaching_into_the_band_from_above_blocks_the_lane() {
        // Sorted by where they start across the levels: a tall box from above the band, and a
        // short one inside it.
        let mut obstacles = Obstacles {
            boxes: vec![[0.0, 0.0, 100.0, 50.0], [200.0, 40.0, 50.0, 10.0]],
            deepest: 50.0,
            bands: std::collections::HashMap::new(),
        };
        // Blocked at 50 by the tall box (with 4 units of room each side): the nearer edge.
        assert_eq!(free_lane(&mut obstacles, (30.0, 60.0), 50.0), Some(-4.0));
        assert_eq!(free_lane(&mut obstacles, (30.0, 60.0), 150.0), Some(150.0));
        assert_eq!(free_lane(&mut obstacles, (30.0, 60.0), 240.0), Some(254.0));
        // No box reaches a band below them all.
        assert_eq!(free_lane(&mut obstacles, (60.0, 90.0), 50.0), None);
        // A band that starts where the first did but ends before the short box: the spans
        // kept for the first band are not used for it.
        assert_eq!(free_lane(&mut obstacles, (30.0, 35.0), 240.0), Some(240.0));
        assert_eq!(free_lane(&mut obstacles, (30.0, 60.0), 240.0), Some(254.0));
    }

    #[test]
    fn two_threads_lay_out_a_large_organisation_exactly_as_one() {
        // Large enough for the node records to be read half on each thread, and for the boxes
        // to be measured in many runs.
        let s = organisation(READ_IN_PARALLEL_FROM + MEASURE_RUN / 2, 1);
        let options = LayoutOptions::default();
        let one = on(false, &s, &options);
        assert_eq!(one.boxes.len(), s.len());
        assert_eq!(on(true, &s, &options), one);
    }

    #[test]
    fn two_threads_lay_out_exactly_as_one() {
        let s = organisation(3 * PARALLEL_FROM, 0);
        let collapsed: BTreeSet<NodeId> = [id(1), id(5), id(40)].into_iter().collect();
        for options in [
            LayoutOptions::default(),
            LayoutOptions {
                orientation: Orientation::LeftRight,
                ..LayoutOptions::default()
            },
            LayoutOptions {
                collapse_below: Some(3),
                ..LayoutOptions::default()
            },
            LayoutOptions {
                collapse_below: Some(0),
                ..LayoutOptions::default()
            },
            LayoutOptions {
                collapsed,
                orientation: Orientation::LeftRight,
                ..LayoutOptions::default()
            },
        ] {
            let one = on(false, &s, &options);
            assert!(one.boxes.iter().any(|b| b.placement == Placement::Group));
            assert_eq!(
                options.everything_open(),
                one.boxes.iter().all(|b| b.hidden == 0),
                "{options:?}"
            );
            assert_eq!(on(true, &s, &options), one, "{options:?}");
        }
        let one = on(false, &s, &LayoutOptions::default());
        assert!(
            one.boxes
                .iter()
                .any(|b| b.placement == Placement::Assistant)
        );
        assert!(one.boxes.iter().any(|b| b.placement == Placement::Stacked));
        assert!(
            one.connectors
                .iter()
                .any(|c| c.kind == ConnectorKind::Serves)
        );
        // Boxes of several lines among the later ones, which the other thread measures.
        let later = one.boxes.len() / 3;
        assert!(one.boxes[later..].iter().any(|b| b.lines.len() > 1));
        let empty = Scenario::new(ScenarioMeta::new(NodeId::baseline(), Names::fi("x")));
        let options = LayoutOptions::default();
        assert_eq!(on(true, &empty, &options), on(false, &empty, &options));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(6))]

        #[test]
        fn two_threads_lay_out_any_organisation_as_one(
            seed in 0usize..1_000_000,
            cycle: bool,
            left_right: bool,
            collapse_below in proptest::option::of(0usize..5),
            // Leaves among them: an option that collapses nothing.
            collapsed in proptest::collection::btree_set(0usize..4_000, 0..4),
        ) {
            let mut s = organisation(PARALLEL_FROM + 1_500, seed);
            if cycle {
                add_cycle(&mut s);
            }
            let options = LayoutOptions {
                orientation: if left_right { Orientation::LeftRight } else { Orientation::TopDown },
                collapse_below,
                collapsed: collapsed.into_iter().map(id).collect(),
                ..LayoutOptions::default()
            };
            proptest::prop_assert_eq!(on(true, &s, &options), on(false, &s, &options));
        }
    }
}
