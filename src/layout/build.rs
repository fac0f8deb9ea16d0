//! From a scenario to a laid-out chart: the layout tree (heads, staff, stacks), the tidy
//! placement, and the boxes and connectors in chart units.

use super::boxes::Measured;
use super::tidy::{TidyInput, tidy};
use super::{Connector, ConnectorKind, Layout, LayoutOptions, NodeBox, Orientation, Placement};
use crate::model::{NodeKind, Relation, Scenario};

const NONE: usize = usize::MAX;
/// Space between a stack's spine and its boxes' left edges.
const STACK_INDENT: f32 = 14.0;
/// Space between stacked boxes.
const STACK_GAP: f32 = 6.0;
/// Space between a head and its staff posts.
const STAFF_GAP: f32 = 16.0;

/// A node of the layout tree.
enum Slot {
    /// The invisible root above several roots.
    Root,
    /// A node of the scenario, by position, with its staff posts beside it.
    Real { at: usize, staff: Vec<usize> },
    /// Leaves stacked in columns, column by column.
    Stack {
        members: Vec<usize>,
        column_width: f32,
        row_heights: Vec<f32>,
    },
    /// The continuation of a tall stack into the levels below it, so that neighbours keep off.
    Filler,
}

struct LNode {
    slot: Slot,
    breadth: f32,
    depth: usize,
}

pub(super) struct Builder<'a> {
    scenario: &'a Scenario,
    options: &'a LayoutOptions,
}

impl<'a> Builder<'a> {
    pub(super) fn new(scenario: &'a Scenario, options: &'a LayoutOptions) -> Self {
        Builder { scenario, options }
    }

    pub(super) fn run(self) -> Layout {
        let scenario = self.scenario;
        let options = self.options;
        let top_down = options.orientation == Orientation::TopDown;
        let n = scenario.len();

        // The structure as a forest, by position; nodes caught in a cycle become roots.
        let mut parent = vec![NONE; n];
        for (child, p, _) in scenario.relation_pairs(Relation::PartOf) {
            parent[child] = p;
        }
        let mut structural: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut roots = Vec::new();
        for (i, &p) in parent.iter().enumerate() {
            if p == NONE {
                roots.push(i);
            } else {
                structural[p].push(i);
            }
        }
        let mut heads_of: Vec<Vec<usize>> = vec![Vec::new(); n];
        for (head, unit, _) in scenario.relation_pairs(Relation::Heads) {
            heads_of[unit].push(head);
        }
        let mut assists = vec![NONE; n];
        for (staff, head, _) in scenario.relation_pairs(Relation::AssistantTo) {
            assists[staff] = head;
        }
        let mut depth = vec![NONE; n];
        let mut kids: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut order = Vec::with_capacity(n);
        let visit = |start: usize,
                     depth: &mut Vec<usize>,
                     order: &mut Vec<usize>,
                     kids: &mut Vec<Vec<usize>>| {
            depth[start] = 0;
            let first = order.len();
            order.push(start);
            let mut next = first;
            while let Some(&v) = order.get(next) {
                next += 1;
                for &c in &structural[v] {
                    if depth[c] == NONE {
                        depth[c] = depth[v] + 1;
                        kids[v].push(c);
                        order.push(c);
                    }
                }
            }
        };
        for &r in &roots {
            visit(r, &mut depth, &mut order, &mut kids);
        }
        for i in 0..n {
            if depth[i] == NONE {
                roots.push(i);
                visit(i, &mut depth, &mut order, &mut kids);
            }
        }

        // Collapsed subtrees: what they hide, and what stays visible.
        let mut size = vec![1usize; n];
        for &v in order.iter().rev() {
            let below: usize = kids[v].iter().map(|&c| size[c]).sum();
            size[v] += below;
        }
        let collapsed: Vec<bool> = scenario
            .nodes()
            .enumerate()
            .map(|(i, node)| {
                !kids[i].is_empty()
                    && (options.collapsed.contains(&node.id)
                        || options.collapse_below == Some(depth[i]))
            })
            .collect();
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
            if !collapsed[v] {
                for &c in &kids[v] {
                    visible[c] = true;
                }
            }
        }
        let open_kids = |v: usize| -> &[usize] { if collapsed[v] { &[] } else { &kids[v] } };

        // Measure every visible box.
        let nodes: Vec<_> = scenario.nodes().collect();
        let mut measured: Vec<Option<Measured>> = (0..n).map(|_| None).collect();
        for &v in &shown {
            let hidden = if collapsed[v] { size[v] - 1 } else { 0 };
            measured[v] = Some(options.measure(scenario, nodes[v], hidden));
        }
        let sizes: Vec<(f32, f32)> = measured
            .iter()
            .map(|m| m.as_ref().map_or((0.0, 0.0), |m| (m.width, m.height)))
            .collect();
        let size_of = |v: usize| sizes[v];
        let breadth_of = |v: usize| if top_down { size_of(v).0 } else { size_of(v).1 };
        let pitch = shown
            .iter()
            .map(|&v| if top_down { size_of(v).1 } else { size_of(v).0 })
            .fold(0.0f32, f32::max)
            + options.level_gap;

        // The layout tree.
        let mut arena: Vec<LNode> = Vec::with_capacity(shown.len() + 2);
        let mut children: Vec<Vec<usize>> = Vec::with_capacity(shown.len() + 2);
        let mut slot_of = vec![NONE; n];
        let main_root = add(&mut arena, &mut children, Slot::Root, 0.0);
        let group_root = add(&mut arena, &mut children, Slot::Root, 0.0);
        for &v in &shown {
            let real = Slot::Real {
                at: v,
                staff: Vec::new(),
            };
            slot_of[v] = add(&mut arena, &mut children, real, breadth_of(v));
        }
        for &r in &roots {
            if visible[r] {
                let forest = if nodes[r].kind == NodeKind::Group {
                    group_root
                } else {
                    main_root
                };
                children[forest].push(slot_of[r]);
            }
        }
        for &v in &shown {
            let mut list: Vec<usize> = open_kids(v).to_vec();
            let mut container = v;
            let node = nodes[v];
            if node.kind != NodeKind::Position
                && let Some(at) = list
                    .iter()
                    .position(|h| nodes[*h].kind == NodeKind::Position && heads_of[v].contains(h))
            {
                let head = list.remove(at);
                let staff: Vec<usize> = list
                    .iter()
                    .copied()
                    .filter(|&a| {
                        nodes[a].kind == NodeKind::Position
                            && open_kids(a).is_empty()
                            && assists[a] == head
                    })
                    .collect();
                list.retain(|a| !staff.contains(a));
                children[slot_of[v]].push(slot_of[head]);
                if !staff.is_empty() {
                    // Staff posts line up beside the head within its level: side by side to its
                    // right (top-down) or one under another (left-right). The head's slot is
                    // widened on both sides so that the head stays on the main line.
                    let along: f32 = staff
                        .iter()
                        .map(|&a| breadth_of(a) + STACK_GAP)
                        .sum::<f32>()
                        - STACK_GAP;
                    arena[slot_of[head]].breadth += 2.0 * (STAFF_GAP + along);
                    if let Slot::Real { staff: s, .. } = &mut arena[slot_of[head]].slot {
                        *s = staff;
                    }
                }
                container = head;
            }
            let all_leaves = list.iter().all(|&c| open_kids(c).is_empty());
            if top_down && options.compact_leaves && list.len() >= options.compact_min && all_leaves
            {
                let (slot, breadth, span) = self.stack(&list, &size_of, pitch);
                let stack_at = add(&mut arena, &mut children, slot, breadth);
                children[slot_of[container]].push(stack_at);
                let mut last = stack_at;
                for _ in 1..span {
                    let filler = add(&mut arena, &mut children, Slot::Filler, breadth);
                    children[last].push(filler);
                    last = filler;
                }
            } else {
                children[slot_of[container]].extend(list.iter().map(|&c| slot_of[c]));
            }
        }

        // Depths, then the tidy placement of each forest.
        for root in [main_root, group_root] {
            let mut stack = vec![root];
            while let Some(u) = stack.pop() {
                let d = arena[u].depth + 1;
                for &c in &children[u] {
                    arena[c].depth = d;
                    stack.push(c);
                }
            }
        }
        let breadth: Vec<f32> = arena.iter().map(|l| l.breadth).collect();
        let place = |root| {
            tidy(&TidyInput {
                children: &children,
                breadth: &breadth,
                root,
                sibling_gap: options.sibling_gap,
                subtree_gap: options.subtree_gap,
            })
        };
        let main = place(main_root);
        let groups = place(group_root);
        let in_forest = forest_membership(&children, main_root, group_root);
        let extent = |centres: &[f32], forest: usize| {
            arena
                .iter()
                .enumerate()
                .filter(|(u, l)| in_forest[*u] == forest && !matches!(l.slot, Slot::Root))
                .fold((f32::INFINITY, f32::NEG_INFINITY), |(lo, hi), (u, l)| {
                    (
                        lo.min(centres[u] - l.breadth / 2.0),
                        hi.max(centres[u] + l.breadth / 2.0),
                    )
                })
        };
        let (main_lo, main_hi) = extent(&main, main_root);
        let (group_lo, _) = extent(&groups, group_root);
        let main_lo = if main_lo.is_finite() { main_lo } else { 0.0 };
        let main_width = if main_hi.is_finite() {
            main_hi - main_lo
        } else {
            0.0
        };
        let group_shift = if group_lo.is_finite() {
            main_width + 3.0 * options.subtree_gap - group_lo
        } else {
            0.0
        };
        let centre: Vec<f32> = (0..arena.len())
            .map(|u| {
                if in_forest[u] == group_root {
                    groups[u] + group_shift
                } else {
                    main[u] - main_lo
                }
            })
            .collect();

        // Boxes and connectors.
        let mut out = Emitter {
            top_down,
            pitch,
            options,
            boxes: (0..n).map(|_| None).collect(),
            connectors: Vec::new(),
        };
        for (u, l) in arena.iter().enumerate() {
            if in_forest[u] == NONE {
                continue; // A staff post: placed beside its head.
            }
            let lead = (l.depth.max(1) - 1) as f32 * pitch;
            let placement = if in_forest[u] == group_root {
                Placement::Group
            } else {
                Placement::Tree
            };
            match &l.slot {
                Slot::Real { at, staff } => {
                    let (w, h) = size_of(*at);
                    let (x, y) = if top_down {
                        (centre[u] - w / 2.0, lead)
                    } else {
                        (lead, centre[u] - h / 2.0)
                    };
                    out.place(*at, nodes[*at], x, y, &mut measured, placement);
                    let mut along = 0.0;
                    for &a in staff {
                        let (aw, ah) = size_of(a);
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
                        out.place(a, nodes[a], ax, ay, &mut measured, Placement::Assistant);
                        out.staff_line(x, y, w, h, ax, ay, aw, ah);
                    }
                }
                Slot::Stack {
                    members,
                    column_width,
                    row_heights,
                    ..
                } => {
                    let left = centre[u] - l.breadth / 2.0;
                    let rows = row_heights.len();
                    // Top of every row, summed once: a stack may hold 100,000 posts.
                    let mut tops = Vec::with_capacity(rows);
                    let mut top = lead;
                    for h in row_heights {
                        tops.push(top);
                        top += h + STACK_GAP;
                    }
                    for (k, &m) in members.iter().enumerate() {
                        let (col, row) = (k / rows.max(1), k % rows.max(1));
                        let x = left
                            + col as f32 * (STACK_INDENT + column_width + options.sibling_gap)
                            + STACK_INDENT;
                        let y = tops.get(row).copied().unwrap_or(lead);
                        out.place(m, nodes[m], x, y, &mut measured, Placement::Stacked);
                    }
                }
                Slot::Root | Slot::Filler => {}
            }
        }
        // Structure lines, now that every box has its place.
        for (l, kids) in arena.iter().zip(&children) {
            let Slot::Real { at, .. } = &l.slot else {
                continue;
            };
            let Some(parent_box) = out.rect(*at) else {
                continue;
            };
            let mut targets: Vec<[f32; 4]> = Vec::new();
            for &c in kids {
                match &arena[c].slot {
                    Slot::Real { at, .. } => targets.extend(out.rect(*at)),
                    Slot::Stack {
                        members,
                        row_heights,
                        ..
                    } => {
                        let rows = row_heights.len().max(1);
                        for column in members.chunks(rows) {
                            let rects: Vec<[f32; 4]> =
                                column.iter().filter_map(|&m| out.rect(m)).collect();
                            if let Some(spine) = out.spine(&rects) {
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
        let mut serves = scenario.relation_pairs(Relation::Serves);
        serves.sort_unstable_by_key(|(from, to, _)| (*from, *to));
        let mut incoming = vec![0usize; n];
        for (_, to, _) in &serves {
            incoming[*to] += 1;
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
        for (from, to, _) in serves {
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
        out.finish()
    }

    /// A stack of leaves: its slot, its breadth, and how many levels it spans.
    fn stack(
        &self,
        members: &[usize],
        size_of: &impl Fn(usize) -> (f32, f32),
        pitch: f32,
    ) -> (Slot, f32, usize) {
        let options = self.options;
        let columns = if members.len() >= options.two_columns_from {
            2
        } else {
            1
        };
        let rows = members.len().div_ceil(columns);
        let column_width = members.iter().map(|&m| size_of(m).0).fold(0.0f32, f32::max);
        let row_heights: Vec<f32> = (0..rows)
            .map(|r| {
                (0..columns)
                    .filter_map(|c| members.get(c * rows + r))
                    .map(|&m| size_of(m).1)
                    .fold(0.0f32, f32::max)
            })
            .collect();
        let height: f32 =
            row_heights.iter().sum::<f32>() + STACK_GAP * rows.saturating_sub(1) as f32;
        let breadth = columns as f32 * (STACK_INDENT + column_width)
            + (columns - 1) as f32 * options.sibling_gap;
        let span = ((height + options.level_gap) / pitch).ceil().max(1.0) as usize;
        let slot = Slot::Stack {
            members: members.to_vec(),
            column_width,
            row_heights,
        };
        (slot, breadth, span)
    }
}

/// Adds a node to the layout tree, keeping its child list beside it; returns its index.
fn add(arena: &mut Vec<LNode>, children: &mut Vec<Vec<usize>>, slot: Slot, breadth: f32) -> usize {
    arena.push(LNode {
        slot,
        breadth,
        depth: 0,
    });
    children.push(Vec::new());
    arena.len() - 1
}

/// Which forest (by its root) each layout node belongs to.
fn forest_membership(children: &[Vec<usize>], main_root: usize, group_root: usize) -> Vec<usize> {
    let mut forest = vec![NONE; children.len()];
    for root in [main_root, group_root] {
        let mut stack = vec![root];
        while let Some(u) = stack.pop() {
            forest[u] = root;
            stack.extend(children[u].iter().copied());
        }
    }
    forest
}

/// Collects boxes and draws connectors in chart units.
struct Emitter<'a> {
    top_down: bool,
    pitch: f32,
    options: &'a LayoutOptions,
    boxes: Vec<Option<NodeBox>>,
    connectors: Vec<Connector>,
}

impl Emitter<'_> {
    fn place(
        &mut self,
        at: usize,
        node: &crate::model::Node,
        x: f32,
        y: f32,
        measured: &mut [Option<Measured>],
        placement: Placement,
    ) {
        let Some(m) = measured.get_mut(at).and_then(Option::take) else {
            return;
        };
        if let Some(slot) = self.boxes.get_mut(at) {
            *slot = Some(NodeBox {
                id: node.id.clone(),
                kind: node.kind,
                status: node.status,
                x,
                y,
                width: m.width,
                height: m.height,
                lines: m.lines,
                hidden: m.hidden,
                placement,
            });
        }
    }

    /// `[x, y, width, height]` of a placed box.
    fn rect(&self, at: usize) -> Option<[f32; 4]> {
        self.boxes
            .get(at)
            .and_then(Option::as_ref)
            .map(|b| [b.x, b.y, b.width, b.height])
    }

    /// A column of stacked boxes: the spine runs down their left side; returns the spine's
    /// entry point as a zero-size target.
    fn spine(&mut self, rects: &[[f32; 4]]) -> Option<[f32; 4]> {
        let first = rects.first()?;
        let last = rects.last()?;
        let x = first[0] - STACK_INDENT / 2.0;
        self.line(
            ConnectorKind::Structure,
            vec![[x, first[1]], [x, last[1] + last[3] / 2.0]],
        );
        for r in rects {
            let mid = r[1] + r[3] / 2.0;
            self.line(ConnectorKind::Structure, vec![[x, mid], [r[0], mid]]);
        }
        Some([x, first[1], 0.0, 0.0])
    }

    fn line(&mut self, kind: ConnectorKind, points: Vec<[f32; 2]>) {
        self.connectors.push(Connector { kind, points });
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
            let xs: Vec<f32> = children.iter().map(|c| c[0] + c[2] / 2.0).collect();
            if let [only] = children {
                let x = only[0] + only[2] / 2.0;
                if (x - from[0]).abs() < 0.5 {
                    self.line(ConnectorKind::Structure, vec![from, [from[0], only[1]]]);
                    return;
                }
            }
            self.line(ConnectorKind::Structure, vec![from, [from[0], mid]]);
            let lo = xs.iter().copied().fold(from[0], f32::min);
            let hi = xs.iter().copied().fold(from[0], f32::max);
            self.line(ConnectorKind::Structure, vec![[lo, mid], [hi, mid]]);
            for (c, x) in children.iter().zip(xs) {
                self.line(ConnectorKind::Structure, vec![[x, mid], [x, c[1]]]);
            }
        } else {
            let from = [parent[0] + parent[2], parent[1] + parent[3] / 2.0];
            let mid = parent[0] + self.pitch - self.options.level_gap / 2.0;
            let ys: Vec<f32> = children.iter().map(|c| c[1] + c[3] / 2.0).collect();
            self.line(ConnectorKind::Structure, vec![from, [mid, from[1]]]);
            let lo = ys.iter().copied().fold(from[1], f32::min);
            let hi = ys.iter().copied().fold(from[1], f32::max);
            self.line(ConnectorKind::Structure, vec![[mid, lo], [mid, hi]]);
            for (c, y) in children.iter().zip(ys) {
                self.line(ConnectorKind::Structure, vec![[mid, y], [c[0], y]]);
            }
        }
    }

    #[allow(clippy::too_many_arguments)] // Two rectangles, spelled out.
    fn staff_line(&mut self, x: f32, y: f32, w: f32, h: f32, ax: f32, ay: f32, aw: f32, ah: f32) {
        let points = if self.top_down {
            vec![[x + w, y + h / 2.0], [ax, ay + ah / 2.0]]
        } else {
            vec![[x + w / 2.0, y + h], [ax + aw / 2.0, ay]]
        };
        self.line(ConnectorKind::Staff, points);
    }

    /// Every box as `[along, across, along_size, across_size]`, where "across" runs from a
    /// level to the next (down in a top-down chart, right in a left-right one), sorted by
    /// where the boxes start across.
    fn obstacles(&self) -> Vec<[f32; 4]> {
        let mut all: Vec<[f32; 4]> = self
            .boxes
            .iter()
            .flatten()
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
    /// straight way to the target would cross boxes of the levels in between, the line goes
    /// round them: along the nearest free lane through those levels, then across the gap next
    /// to the target.
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
        let points = if to[1] + to[3] <= channel {
            let end = to[1] + to[3];
            let band = (end, channel);
            match free_lane(obstacles, band, a) {
                Some(free) if (free - a).abs() > f32::EPSILON => {
                    // Round the boxes in between: along `free`, then across the gap below the
                    // target (its own level's gap) to the slot.
                    let turn = end + self.options.level_gap * (0.2 + 0.1 * (lane % 4) as f32);
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
            }
        } else {
            vec![start, [start[0], channel], [a, channel], [a, to[1]]]
        };
        let points = points
            .into_iter()
            .map(|[along, across]| {
                if self.top_down {
                    [along, across]
                } else {
                    [across, along]
                }
            })
            .collect();
        self.line(ConnectorKind::Serves, points);
    }

    fn finish(self) -> Layout {
        let boxes: Vec<NodeBox> = self.boxes.into_iter().flatten().collect();
        let width = boxes.iter().map(|b| b.x + b.width).fold(0.0f32, f32::max);
        let height = boxes.iter().map(|b| b.y + b.height).fold(0.0f32, f32::max);
        Layout {
            boxes,
            connectors: self.connectors,
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
