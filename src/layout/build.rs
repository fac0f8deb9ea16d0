//! From a scenario to a laid-out chart: the layout tree (heads, staff, stacks), the tidy
//! placement, and the boxes and connectors in chart units.
//!
//! Everything is kept in flat arrays indexed by place (the scenario's order) or by layout node,
//! with child lists in one array each: a chart of 100,000 boxes is laid out without a heap
//! allocation per node.

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

/// From this many boxes on, text is measured on two threads (where there are two cores).
const PARALLEL_FROM: usize = 2_000;

/// Whether this machine runs two threads at once.
fn two_cores() -> bool {
    std::thread::available_parallelism().is_ok_and(|n| n.get() >= 2)
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
    /// `rows`).
    Stack {
        members: Range<u32>,
        rows: Range<u32>,
        column_width: f32,
    },
    /// The continuation of a tall stack into the levels below it, so that neighbours keep off.
    Filler,
}

/// The layout tree while it is built: slots with their breadth, depth and forest, and the
/// edges from parents to children in the order they were added.
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
    fn add(&mut self, slot: Slot, breadth: f32) -> usize {
        self.slots.push(slot);
        self.breadth.push(breadth);
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

pub(super) struct Builder<'a> {
    scenario: &'a Scenario,
    options: &'a LayoutOptions,
}

impl<'a> Builder<'a> {
    pub(super) fn new(scenario: &'a Scenario, options: &'a LayoutOptions) -> Self {
        Builder { scenario, options }
    }

    #[allow(clippy::too_many_lines)] // One pass after another over the same arrays.
    pub(super) fn run(self) -> Layout {
        let scenario = self.scenario;
        let options = self.options;
        let top_down = options.orientation == Orientation::TopDown;
        let nodes: Vec<&Node> = scenario.nodes().collect();
        let n = nodes.len();

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
        let heads = Lists::from_pairs(n, heads.iter().copied());

        // The structure as a forest, breadth first; nodes caught in a cycle become roots.
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

        // Collapsed subtrees: what they hide, and what stays visible.
        let mut size = vec![1usize; n];
        for &v in order.iter().rev() {
            if up[v] != NONE {
                size[up[v]] += size[v];
            }
        }
        let mut collapsed = vec![false; n];
        for id in &options.collapsed {
            if let Some(at) = scenario.position(id) {
                collapsed[at] = !kids.get(at).is_empty();
            }
        }
        if let Some(below) = options.collapse_below {
            for i in 0..n {
                collapsed[i] |= depth[i] == below && !kids.get(i).is_empty();
            }
        }
        let open_kids = |v: usize| -> &[u32] { if collapsed[v] { &[] } else { kids.get(v) } };
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
            for &c in open_kids(v) {
                visible[c as usize] = true;
            }
        }

        // Measure every visible box, in the scenario's order, which is the boxes' order.
        let places: Vec<usize> = (0..n).filter(|&at| visible[at]).collect();
        // The first part's lists get room for the second's, which is appended to them.
        let measure = |part: &[usize], room: usize| {
            let mut texts = Texts::with_capacity(room);
            let mut boxes: Vec<NodeBox> = Vec::with_capacity(room);
            for &at in part {
                let node = nodes[at];
                let hidden = if collapsed[at] { size[at] - 1 } else { 0 };
                let (lines, width, height) = options.measure(scenario, node, hidden, &mut texts);
                boxes.push(NodeBox {
                    id: node.id.clone(),
                    kind: node.kind,
                    status: node.status,
                    x: 0.0,
                    y: 0.0,
                    width,
                    height,
                    lines,
                    hidden,
                    placement: Placement::Tree,
                });
            }
            (texts, boxes)
        };
        let (texts, boxes) = if places.len() >= PARALLEL_FROM && two_cores() {
            // Measuring text is most of the work: the two halves are measured side by side.
            let (first, second) = places.split_at(places.len() / 2);
            std::thread::scope(|scope| {
                let later = scope.spawn(|| measure(second, second.len()));
                let (mut texts, mut boxes) = measure(first, places.len());
                let (more_texts, more_boxes) = later
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
                texts.append(more_texts, &mut boxes, more_boxes);
                (texts, boxes)
            })
        } else {
            measure(&places, places.len())
        };
        let mut box_of = vec![u32::MAX; n];
        for (k, &at) in places.iter().enumerate() {
            box_of[at] = index(k);
        }
        let kind_of = |v: usize| boxes.get(box_of[v] as usize).map(|b| b.kind);
        let size_of = |v: usize| {
            boxes
                .get(box_of[v] as usize)
                .map_or((0.0, 0.0), |b| (b.width, b.height))
        };
        let breadth_of = |v: usize| if top_down { size_of(v).0 } else { size_of(v).1 };
        let pitch = boxes
            .iter()
            .map(|b| if top_down { b.height } else { b.width })
            .fold(0.0f32, f32::max)
            + options.level_gap;

        // The layout tree.
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
            tree.add(Slot::Root, 0.0);
            if root != TOP {
                tree.link(TOP, root);
            }
        }
        let mut slot_of = vec![NONE; n];
        for &v in &shown {
            slot_of[v] = tree.add(Slot::Real { at: v, staff: 0..0 }, breadth_of(v));
        }
        for &r in &roots {
            if visible[r] {
                let forest = if kind_of(r) == Some(NodeKind::Group) {
                    GROUPS
                } else {
                    MAIN
                };
                tree.link(forest, slot_of[r]);
            }
        }
        let mut list: Vec<usize> = Vec::new();
        for &v in &shown {
            list.clear();
            list.extend(open_kids(v).iter().map(|&c| c as usize));
            let mut container = v;
            // The head: the first of the parts that is a post heading this node.
            let head = (kind_of(v) != Some(NodeKind::Position))
                .then(|| {
                    heads
                        .get(v)
                        .iter()
                        .map(|&h| h as usize)
                        .filter(|&h| {
                            up[h] == v && visible[h] && kind_of(h) == Some(NodeKind::Position)
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
                        && open_kids(a).is_empty()
                        && assists[a] == head
                };
                let first = index(tree.staff.len());
                tree.staff
                    .extend(list.iter().filter(|&&a| is_staff(a)).map(|&a| index(a)));
                let staff = first..index(tree.staff.len());
                list.retain(|&a| !is_staff(a));
                tree.link(slot_of[v], slot_of[head]);
                if !staff.is_empty() {
                    // Staff posts line up beside the head within its level: side by side to its
                    // right (top-down) or one under another (left-right). The head's slot is
                    // widened on both sides so that the head stays on the main line.
                    let along: f32 = tree.staff[range(&staff)]
                        .iter()
                        .map(|&a| breadth_of(a as usize) + STACK_GAP)
                        .sum::<f32>()
                        - STACK_GAP;
                    tree.breadth[slot_of[head]] += 2.0 * (STAFF_GAP + along);
                    tree.slots[slot_of[head]] = Slot::Real { at: head, staff };
                }
                container = head;
            }
            let all_leaves = list.iter().all(|&c| open_kids(c).is_empty());
            if top_down && options.compact_leaves && list.len() >= options.compact_min && all_leaves
            {
                let (slot, breadth, span) = self.stack(&list, &size_of, pitch, &mut tree);
                let stack_at = tree.add(slot, breadth);
                tree.link(slot_of[container], stack_at);
                let mut last = stack_at;
                for _ in 1..span {
                    let filler = tree.add(Slot::Filler, breadth);
                    tree.link(last, filler);
                    last = filler;
                }
            } else {
                for &c in &list {
                    tree.link(slot_of[container], slot_of[c]);
                }
            }
        }

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
            boxes,
            box_of,
            connectors: Vec::with_capacity(shown.len() * 2),
            points: Vec::with_capacity(shown.len() * 5),
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
        serves.sort_unstable();
        let mut incoming = vec![0usize; n];
        for &(_, to) in &serves {
            incoming[to] += 1;
        }
        let mut landed = vec![0usize; n];
        let mut lane_of = vec![NONE; n];
        let mut lanes = 0;
        // The boxes as obstacles, in the layout's own axes (along the levels, across them),
        // sorted by where they start across the levels; built only when some line needs it.
        let obstacles = if serves.is_empty() {
            Vec::new()
        } else {
            out.obstacles()
        };
        for (from, to) in serves {
            if let (Some(source), Some(target)) = (out.rect(from), out.rect(to)) {
                if lane_of[from] == NONE {
                    lane_of[from] = lanes;
                    lanes += 1;
                }
                let slot = (landed[to] + 1) as f32 / (incoming[to] + 2) as f32;
                landed[to] += 1;
                out.serves_line(source, target, lane_of[from] % 4, slot, &obstacles);
            }
        }
        out.finish(texts)
    }

    /// A stack of leaves: its slot, its breadth, and how many levels it spans.
    fn stack(
        &self,
        members: &[usize],
        size_of: &impl Fn(usize) -> (f32, f32),
        pitch: f32,
        tree: &mut Tree,
    ) -> (Slot, f32, usize) {
        let options = self.options;
        let columns = if members.len() >= options.two_columns_from {
            2
        } else {
            1
        };
        let rows = members.len().div_ceil(columns);
        let column_width = members.iter().map(|&m| size_of(m).0).fold(0.0f32, f32::max);
        let first_row = index(tree.rows.len());
        tree.rows.extend((0..rows).map(|r| {
            (0..columns)
                .filter_map(|c| members.get(c * rows + r))
                .map(|&m| size_of(m).1)
                .fold(0.0f32, f32::max)
        }));
        let row_range = first_row..index(tree.rows.len());
        let height: f32 = tree.rows[range(&row_range)].iter().sum::<f32>()
            + STACK_GAP * rows.saturating_sub(1) as f32;
        let breadth = columns as f32 * (STACK_INDENT + column_width)
            + (columns - 1) as f32 * options.sibling_gap;
        let span = ((height + options.level_gap) / pitch).ceil().max(1.0) as usize;
        let first_member = index(tree.members.len());
        tree.members.extend(members.iter().map(|&m| index(m)));
        let slot = Slot::Stack {
            members: first_member..index(tree.members.len()),
            rows: row_range,
            column_width,
        };
        (slot, breadth, span)
    }
}

/// Collects boxes and draws connectors in chart units.
struct Emitter<'a> {
    top_down: bool,
    pitch: f32,
    options: &'a LayoutOptions,
    /// Every visible node's box, in the scenario's order.
    boxes: Vec<NodeBox>,
    /// The box of each place, or `u32::MAX`.
    box_of: Vec<u32>,
    connectors: Vec<Connector>,
    points: Vec<[f32; 2]>,
}

impl Emitter<'_> {
    fn size(&self, at: usize) -> (f32, f32) {
        self.box_at(at).map_or((0.0, 0.0), |b| (b.width, b.height))
    }

    fn box_at(&self, at: usize) -> Option<&NodeBox> {
        self.boxes.get(*self.box_of.get(at)? as usize)
    }

    fn place(&mut self, at: usize, x: f32, y: f32, placement: Placement) {
        let Some(&k) = self.box_of.get(at) else {
            return;
        };
        if let Some(b) = self.boxes.get_mut(k as usize) {
            b.x = x;
            b.y = y;
            b.placement = placement;
        }
    }

    /// `[x, y, width, height]` of a placed box.
    fn rect(&self, at: usize) -> Option<[f32; 4]> {
        self.box_at(at).map(|b| [b.x, b.y, b.width, b.height])
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
    fn obstacles(&self) -> Vec<[f32; 4]> {
        let mut all: Vec<[f32; 4]> = self
            .boxes
            .iter()
            .map(|b| self.axes([b.x, b.y, b.width, b.height]))
            .collect();
        all.sort_by(|a, b| a[1].total_cmp(&b[1]));
        all
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
        obstacles: &[[f32; 4]],
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

    fn finish(self, texts: Texts) -> Layout {
        let width = self
            .boxes
            .iter()
            .map(|b| b.x + b.width)
            .fold(0.0f32, f32::max);
        let height = self
            .boxes
            .iter()
            .map(|b| b.y + b.height)
            .fold(0.0f32, f32::max);
        Layout {
            boxes: self.boxes,
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

/// The lane nearest to `at` (along the levels) that crosses no box in `band` (across the
/// levels), with a little room beside the boxes; `at` itself when it is free, `None` when no
/// box lies in the band at all.
fn free_lane(obstacles: &[[f32; 4]], band: (f32, f32), at: f32) -> Option<f32> {
    const ROOM: f32 = 4.0;
    // Boxes start across the levels in order: those starting before the band's far end.
    let before_end = obstacles.partition_point(|o| o[1] < band.1);
    let mut blocked: Vec<(f32, f32)> = obstacles
        .get(..before_end)
        .unwrap_or_default()
        .iter()
        .filter(|o| o[1] + o[3] > band.0)
        .map(|o| (o[0] - ROOM, o[0] + o[2] + ROOM))
        .collect();
    if blocked.is_empty() {
        return None;
    }
    blocked.sort_by(|x, y| x.0.total_cmp(&y.0));
    // Merge overlapping spans; `at` is free unless a merged span covers it.
    let mut merged: Vec<(f32, f32)> = Vec::with_capacity(blocked.len());
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
