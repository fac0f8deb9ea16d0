//! The layout tree, without positions: a slot for each shown node, heads under their units,
//! staff posts beside their heads, leaves stacked in columns, and fillers that keep the levels
//! below a tall stack clear; then each slot's breadth once the boxes are measured.

use std::ops::Range;

use super::forest::Forest;
use super::{
    Builder, GROUPS, MAIN, NONE, STACK_INDENT, STAFF_GAP, STAFF_SPACING, TOP, index, range,
};
use crate::layout::Orientation;
use crate::model::NodeKind;

/// A node of the layout tree.
#[derive(Clone)]
pub(super) enum Slot {
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
    /// The continuation of a tall stack, or of a trunk, into the levels below it, so that
    /// neighbours keep off.
    Filler,
    /// The trunk of a row wrapped into bands: it stands in the band above among the parts, runs
    /// down past their subtrees through fillers, and the next band hangs from its last slot,
    /// `end` (itself until the bands above are sized, see `bands.rs`).
    Trunk { end: usize },
}

/// The layout tree: slots with their breadth, depth and forest, and the edges from parents to
/// children in the order they were added.
pub(super) struct Tree {
    pub(super) slots: Vec<Slot>,
    pub(super) breadth: Vec<f32>,
    pub(super) depth: Vec<u32>,
    pub(super) forest: Vec<usize>,
    pub(super) edges: Vec<(usize, usize)>,
    pub(super) staff: Vec<u32>,
    pub(super) members: Vec<u32>,
    pub(super) rows: Vec<f32>,
}

impl Tree {
    /// Links the `parts` of `parent` in bands of at most `most` (as even as they go), each
    /// but the last with a trunk in its middle from which the next band hangs.
    fn bands(&mut self, parent: usize, parts: impl ExactSizeIterator<Item = usize>, most: usize) {
        let count = parts.len();
        let per = count.div_ceil(count.div_ceil(most.max(1)));
        let mut parts = parts.peekable();
        let mut from = parent;
        while parts.peek().is_some() {
            let band: Vec<usize> = parts.by_ref().take(per).collect();
            // The trunk in the middle of its band, so that the parent stays over it.
            let middle = band.len().div_ceil(2);
            let trunk = parts.peek().is_some().then(|| {
                let t = self.add(Slot::Filler);
                self.slots[t] = Slot::Trunk { end: t };
                t
            });
            for (k, &part) in band.iter().enumerate() {
                if k == middle
                    && let Some(t) = trunk
                {
                    self.link(from, t);
                }
                self.link(from, part);
            }
            if let Some(t) = trunk {
                if middle == band.len() {
                    self.link(from, t);
                }
                from = t;
            }
        }
    }

    pub(super) fn add(&mut self, slot: Slot) -> usize {
        self.slots.push(slot);
        self.breadth.push(0.0);
        self.depth.push(0);
        self.forest.push(NONE);
        self.slots.len() - 1
    }

    /// Makes `child` the next child of `parent`: depth and forest follow the parent, which is
    /// always linked before its children.
    pub(super) fn link(&mut self, parent: usize, child: usize) {
        self.depth[child] = self.depth[parent] + 1;
        self.forest[child] = if parent == TOP {
            child
        } else {
            self.forest[parent]
        };
        self.edges.push((parent, child));
    }
}

impl Builder<'_> {
    /// The layout tree of the shown nodes, without sizes: heads under their units, staff beside
    /// their heads, leaves in stacks.
    pub(super) fn tree(&self, forest: &Forest) -> Tree {
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
            } else if top_down
                && let Some(most) = options.wrap_rows
                && list.len() > most.max(1)
            {
                tree.bands(slot_of[container], list.iter().map(|&c| slot_of[c]), most);
            } else {
                for &c in &list {
                    tree.link(slot_of[container], slot_of[c]);
                }
            }
        }
        tree
    }

    /// Gives the tree's slots their breadth from the boxes' sizes (`size_of` by place), and
    /// each stack its rows and the fillers below it that keep its neighbours off (as many as
    /// the levels of its forest, `pitch` by the forest's root, it reaches down past).
    pub(super) fn size_tree(
        &self,
        tree: &mut Tree,
        size_of: &impl Fn(usize) -> (f32, f32),
        pitch: [f32; 3],
    ) {
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
                            .map(|&a| breadth_of(a as usize) + STAFF_SPACING)
                            .sum::<f32>()
                            - STAFF_SPACING;
                        breadth += 2.0 * (STAFF_GAP + along);
                    }
                    tree.breadth[u] = breadth;
                }
                Slot::Stack { members, .. } => {
                    let members = members.clone();
                    let pitch = pitch
                        .get(tree.forest[u])
                        .copied()
                        .unwrap_or(options.level_gap);
                    let gap = self.stack_gap(tree.forest[u]);
                    let (slot, breadth, span) = self.stack(members, size_of, pitch, gap, tree);
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
                Slot::Trunk { .. } => tree.breadth[u] = options.sibling_gap,
                Slot::Root | Slot::Filler => {}
            }
        }
    }

    /// A stack of the leaves at `members` (places in the tree's members): its slot, its
    /// breadth, and how many levels it spans, its boxes `gap` apart.
    fn stack(
        &self,
        members: Range<u32>,
        size_of: &impl Fn(usize) -> (f32, f32),
        pitch: f32,
        gap: f32,
        tree: &mut Tree,
    ) -> (Slot, f32, usize) {
        let options = self.options;
        let list = tree.members.get(range(&members)).unwrap_or_default();
        let columns = if list.len() >= options.two_columns_from {
            2
        } else {
            1
        };
        let columns = match options.stack_rows {
            Some(rows) => columns.max(list.len().div_ceil(rows.max(1))),
            None => columns,
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
        let height: f32 =
            tree.rows[range(&row_range)].iter().sum::<f32>() + gap * rows.saturating_sub(1) as f32;
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
