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
    /// Parts hung one under another with their own parts (leaves) listed under each, flowed
    /// into columns (entries in `outline`, placed once the boxes are measured).
    Outline {
        entries: Range<u32>,
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
    pub(super) outline: Vec<Entry>,
    /// The stack of groups set in a row under the organisation (see
    /// [`crate::layout::LayoutOptions::group_parts_under`]): the one stack of a group's
    /// groups, when the options ask for it.
    pub(super) under: Option<usize>,
}

/// A box in an outline: a part (`level` 0) or one of its parts (1), and where it goes.
#[derive(Clone, Copy)]
pub(super) struct Entry {
    pub(super) at: u32,
    pub(super) level: u8,
    /// Its column, counted from the left.
    pub(super) column: u32,
    /// Its top, below the outline's.
    pub(super) top: f32,
}

/// The list under the part at `at` in an outline's `entries`: the entries after it up to the
/// next part.
pub(super) fn list_of(entries: &[Entry], at: usize) -> &[Entry] {
    let after = entries.get(at + 1..).unwrap_or_default();
    let len = after.iter().take_while(|e| e.level > 0).count();
    after.get(..len).unwrap_or_default()
}

/// How far each level of an outline is indented from the one above: less than a stack's 14,
/// as an outline's columns sit side by side on a page that has no width to spare; its spine
/// runs half of it left of the boxes.
pub(super) const OUTLINE_INDENT: f32 = 10.0;

/// The space above a part hung in an outline, below the list of the part before it.
const OUTLINE_GAP: f32 = 6.0;

/// The breadth of the slots a line runs down through past other boxes (with the gap kept
/// between neighbours on either side).
const LINE_BREADTH: f32 = 2.0;

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

    /// Lists `at` in the outline being built, at `level`, and marks it as placed there.
    fn hang(&mut self, hung: &mut [bool], at: usize, level: u8) {
        if let Some(h) = hung.get_mut(at) {
            *h = true;
        }
        self.outline.push(Entry {
            at: index(at),
            level,
            column: 0,
            top: 0.0,
        });
    }

    /// Gives the slot `u` its `breadth`, and below it fillers as broad down to the `span`th
    /// level, so that neighbours keep off a stack or outline as deep as that.
    fn reach_down(&mut self, u: usize, breadth: f32, span: usize) {
        self.breadth[u] = breadth;
        let mut last = u;
        for _ in 1..span {
            let filler = self.add(Slot::Filler);
            self.breadth[filler] = breadth;
            self.link(last, filler);
            last = filler;
        }
    }

    /// Keeps the boxes of the groups beside off the line from a group down to its row under
    /// the organisation, which runs past every level of the groups: fillers as broad as a line
    /// below the moved stack, down to the groups' deepest level once bands have set it.
    pub(super) fn keep_off_the_line_to_the_row(&mut self) {
        let Some(u) = self.under else {
            return;
        };
        let deepest = (0..self.slots.len())
            .filter(|&k| self.forest[k] == GROUPS)
            .map(|k| self.depth[k])
            .max()
            .unwrap_or(0);
        let span = deepest.saturating_sub(self.depth[u]) as usize + 1;
        self.reach_down(u, LINE_BREADTH, span);
    }

    /// The places of the groups set in a row under the organisation, if any.
    pub(super) fn row_members(&self) -> Vec<usize> {
        match self.under.and_then(|u| self.slots.get(u)) {
            Some(Slot::Stack { members, .. }) => self.members[range(members)]
                .iter()
                .map(|&m| m as usize)
                .collect(),
            _ => Vec::new(),
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

/// The head of `v`: the first of its parts that is a post heading it (a post has none).
fn head_of(forest: &Forest, v: usize) -> Option<usize> {
    let kind_of = |v: usize| forest.kinds.get(v).copied();
    if kind_of(v) == Some(NodeKind::Position) {
        return None;
    }
    forest
        .heads
        .get(v)
        .iter()
        .map(|&h| h as usize)
        .filter(|&h| {
            forest.up[h] == v && forest.visible[h] && kind_of(h) == Some(NodeKind::Position)
        })
        .min()
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
            outline: Vec::new(),
            under: None,
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
        let mut rows_of_groups: Vec<usize> = Vec::new();
        // Nodes listed in an outline: placed with it, their parts with them.
        let mut hung = vec![false; forest.up.len()];
        // Nodes at either end of a serves line: a team that serves other units keeps its place
        // in the row, where its dashed lines can be followed, and so its unit is not hung.
        let mut serving = vec![
            false;
            if options.hang_parts.is_some() {
                forest.up.len()
            } else {
                0
            }
        ];
        for &(from, to) in &forest.serves {
            for end in [from, to] {
                if let Some(s) = serving.get_mut(end) {
                    *s = true;
                }
            }
        }
        let serves = |v: usize| serving.get(v).copied().unwrap_or(false);
        for &v in shown {
            if hung.get(v).copied().unwrap_or(false) {
                continue;
            }
            list.clear();
            list.extend(forest.open_kids(v).iter().map(|&c| c as usize));
            let mut container = v;
            let head = head_of(forest, v);
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
            // Hung as an outline: parts of which at least one has parts, and those only leaves,
            // none at the end of a serves line, in the organisation (groups list their members
            // in their own boxes).
            let outline = top_down
                && options.compact_leaves
                && options.hang_parts.is_some()
                && !all_leaves
                && tree.forest.get(slot_of[v]) == Some(&MAIN)
                && list.iter().all(|&c| {
                    !serves(c)
                        && forest.open_kids(c).iter().all(|&g| {
                            forest.open_kids(g as usize).is_empty() && !serves(g as usize)
                        })
                });
            if outline {
                let first = index(tree.outline.len());
                for &c in &list {
                    tree.hang(&mut hung, c, 0);
                    // A part's head is the first of its list.
                    let head = head_of(forest, c);
                    for g in head.into_iter().chain(
                        forest
                            .open_kids(c)
                            .iter()
                            .map(|&g| g as usize)
                            .filter(|&g| Some(g) != head),
                    ) {
                        tree.hang(&mut hung, g, 1);
                    }
                }
                let outline_at = tree.add(Slot::Outline {
                    entries: first..index(tree.outline.len()),
                    column_width: 0.0,
                });
                tree.link(slot_of[container], outline_at);
            } else if top_down
                && options.compact_leaves
                && list.len() >= options.compact_min
                && all_leaves
            {
                let first = index(tree.members.len());
                tree.members.extend(list.iter().map(|&m| index(m)));
                let stack_at = tree.add(Slot::Stack {
                    members: first..index(tree.members.len()),
                    rows: 0..0,
                    column_width: 0.0,
                });
                tree.link(slot_of[container], stack_at);
                // A group's groups, which may go in a row under the organisation.
                if options.group_parts_under
                    && tree.forest.get(stack_at) == Some(&GROUPS)
                    && kind_of(v) == Some(NodeKind::Group)
                    && list.iter().all(|&m| kind_of(m) == Some(NodeKind::Group))
                {
                    rows_of_groups.push(stack_at);
                }
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
        // One row only: the lines down to two rows from groups side by side could cross.
        if let [only] = rows_of_groups[..] {
            tree.under = Some(only);
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
        let pitch_of = |forest: usize| pitch.get(forest).copied().unwrap_or(options.level_gap);
        let under = tree.under;
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
                    let pitch = pitch_of(tree.forest[u]);
                    let gap = self.stack_gap(tree.forest[u]);
                    let (slot, breadth, span) = self.stack(members, size_of, pitch, gap, tree);
                    tree.slots[u] = slot;
                    // A stack set in a row under the organisation reaches down below.
                    if under != Some(u) {
                        tree.reach_down(u, breadth, span);
                    }
                }
                Slot::Outline { entries, .. } => {
                    let entries = entries.clone();
                    let pitch = pitch_of(tree.forest[u]);
                    let (column_width, breadth, span) =
                        self.flow(&mut tree.outline[range(&entries)], size_of, pitch);
                    tree.slots[u] = Slot::Outline {
                        entries,
                        column_width,
                    };
                    tree.reach_down(u, breadth, span);
                }
                Slot::Trunk { .. } => tree.breadth[u] = options.sibling_gap,
                Slot::Root | Slot::Filler => {}
            }
        }
    }

    /// Flows an outline's `entries` into columns no higher than `hang_parts` says (a column
    /// holds one entry at least, and a part never ends one when its list follows): sets each
    /// entry's column and top, and returns the columns' width (the widest entry with its
    /// indent), the outline's breadth and how many levels of `pitch` it spans.
    fn flow(
        &self,
        entries: &mut [Entry],
        size_of: &impl Fn(usize) -> (f32, f32),
        pitch: f32,
    ) -> (f32, f32, usize) {
        let options = self.options;
        let most = options.hang_parts.unwrap_or(f32::INFINITY);
        let gap = options.stack_gap;
        let (mut column, mut top, mut deepest) = (0u32, 0.0f32, 0.0f32);
        let mut column_width = 0.0f32;
        // Where the list under the last part starts: a list that goes on in the next column
        // goes on at that height, beside itself, so that no part stands above its parent.
        let mut list_top = 0.0f32;
        for k in 0..entries.len() {
            let Some(entry) = entries.get(k) else { break };
            let (width, height) = size_of(entry.at as usize);
            let indent = f32::from(entry.level + 1) * OUTLINE_INDENT;
            column_width = column_width.max(indent + width);
            let above = match (k, entry.level) {
                (0, _) => 0.0,
                (_, 0) => OUTLINE_GAP,
                _ => gap,
            };
            // A part keeps its list with it, and at least the list's first row: a list that
            // does not fit in the rest of the column starts a column, unless the part stands in
            // the column's top half, so that the list going on beside itself in the next
            // columns has half a column in each.
            let (keep, list) = if entry.level == 0 {
                let list = list_of(entries, k)
                    .iter()
                    .map(|e| gap + size_of(e.at as usize).1);
                let first = list.clone().next().unwrap_or(0.0);
                (first, list.sum::<f32>())
            } else {
                (0.0, 0.0)
            };
            let whole = top + above + height + list <= most || top + above + height <= most / 2.0;
            let fresh = if entry.level == 0 { 0.0 } else { list_top };
            // A row that would not fit a column even at the top of its list stays: another
            // column would not hold it either.
            let movable = entry.level == 0 || fresh + height <= most;
            if top > fresh && movable && (top + above + height + keep > most || !whole) {
                column += 1;
                top = fresh;
            } else if top > 0.0 {
                top += above;
            }
            if entry.level == 0 {
                list_top = top + height + gap;
            }
            if let Some(entry) = entries.get_mut(k) {
                entry.column = column;
                entry.top = top;
            }
            top += height;
            deepest = deepest.max(top);
        }
        let columns = column as f32 + 1.0;
        let breadth = columns * column_width + (columns - 1.0) * options.sibling_gap;
        let span = ((deepest + options.level_gap) / pitch).ceil().max(1.0) as usize;
        (column_width, breadth, span)
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
