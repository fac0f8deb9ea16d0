//! Placing the boxes: the layout tree's slots get their breadth, both forests (the
//! organisation and the groups beside it) are placed by the tidy tree at once, and each box,
//! staff post and stacked leaf gets its corner; the connectors are then drawn between them.

use super::forest::Forest;
use super::tree::{OUTLINE_INDENT, Slot, Tree};
use super::{Builder, GROUPS, MAIN, NONE, STACK_INDENT, STAFF_GAP, STAFF_SPACING, range};
use crate::layout::boxes::Texts;
use crate::layout::tidy::{TidyInput, tidy};
use crate::layout::{Connector, Layout, LayoutOptions, NodeBox, Orientation, Placement};
use crate::model::lists::Lists;

impl Builder<'_> {
    /// Places the tree's boxes, whose sizes (in the boxes' order) are `sizes`, and draws their
    /// connectors.
    pub(super) fn place<'f>(
        &'f self,
        forest: &'f Forest,
        tree: &mut Tree,
        sizes: &[[f32; 2]],
    ) -> Emitter<'f> {
        let options = self.options;
        let top_down = options.orientation == Orientation::TopDown;
        let size_of = |v: usize| {
            forest
                .box_of
                .get(v)
                .and_then(|&k| sizes.get(k as usize))
                .map_or((0.0, 0.0), |s| (s[0], s[1]))
        };
        // Each forest has its own pitch: the extent of its deepest box (in the direction the
        // chart grows) and a gap. The groups beside the organisation list their members, and a
        // long list (a steering group's, over its development groups) sets the groups' levels
        // apart, not the organisation's.
        // The forest of each box: its slot's, a stacked box's stack's, a staff post's head's.
        // Leaves stacked under a group, a list's rows and an outline's boxes are of none: their
        // stack or outline spans the levels it needs.
        let mut in_forest = vec![MAIN; forest.box_of.len()];
        let mut put = |at: usize, f: usize| {
            if let Some(slot) = in_forest.get_mut(at) {
                *slot = f;
            }
        };
        for (u, slot) in tree.slots.iter().enumerate() {
            let f = tree.forest[u];
            match slot {
                Slot::Stack { members, .. } => {
                    // A list's rows do not sit on the levels either: a three-line row would
                    // set every level apart.
                    let of = if f == GROUPS || options.list_posts {
                        NONE
                    } else {
                        f
                    };
                    for &m in &tree.members[range(members)] {
                        put(m as usize, of);
                    }
                }
                // An outline spans the levels it needs, as a stack does.
                Slot::Outline { entries, .. } => {
                    for e in &tree.outline[range(entries)] {
                        put(e.at as usize, NONE);
                    }
                }
                Slot::Real { at, staff } => {
                    if f != NONE {
                        put(*at, f);
                    }
                    for &a in &tree.staff[range(staff)] {
                        put(a as usize, f);
                    }
                }
                Slot::Root | Slot::Filler | Slot::Trunk { .. } => {}
            }
        }
        let mut pitch = [0.0f32; 3];
        for slot in &tree.slots {
            if let Slot::Real { at, .. } = slot
                && let Some(p) = in_forest.get(*at).and_then(|&f| pitch.get_mut(f))
            {
                let (w, h) = size_of(*at);
                *p = p.max(if top_down { h } else { w });
            }
        }
        let pitch = pitch.map(|p| p + options.level_gap);
        self.size_tree(tree, &size_of, pitch);
        tree.stretch_trunks();
        tree.keep_off_the_line_to_the_row();
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
            levels: vec![0.0; sizes.len()],
            box_of: &forest.box_of,
            connectors: Vec::with_capacity(sizes.len() * 2),
            points: Vec::with_capacity(sizes.len() * 5),
            trunks: Vec::new(),
            under: tree.under,
        };
        let mut tops: Vec<f32> = Vec::new();
        for (u, slot) in tree.slots.iter().enumerate() {
            if tree.forest[u] == NONE || out.under == Some(u) {
                continue; // Stacked or staff: placed with its stack or head.
            }
            let lead = tree.depth[u].saturating_sub(2) as f32 * out.pitch(tree.forest[u]);
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
                    out.place(*at, [x, y], lead, placement);
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
                            aw + STAFF_SPACING
                        } else {
                            ah + STAFF_SPACING
                        };
                        out.place(a, [ax, ay], lead, Placement::Assistant);
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
                    let gap = self.stack_gap(tree.forest[u]);
                    let count = heights.len().max(1);
                    // Top of every row, summed once: a stack may hold 100,000 posts.
                    tops.clear();
                    let mut top = lead;
                    for h in heights {
                        tops.push(top);
                        top += h + gap;
                    }
                    for (k, &m) in tree.members[range(members)].iter().enumerate() {
                        let (col, row) = (k / count, k % count);
                        let x = left
                            + col as f32 * (STACK_INDENT + column_width + options.sibling_gap)
                            + STACK_INDENT;
                        let y = tops.get(row).copied().unwrap_or(lead);
                        out.place(m as usize, [x, y], lead, Placement::Stacked);
                        if options.list_posts {
                            // A list's rows fill their cell, as a table's do: as wide as the
                            // column, as high as the row, so that no gap opens in a column.
                            let height = heights.get(row).copied().unwrap_or(0.0);
                            out.fill(m as usize, [*column_width, height]);
                        }
                    }
                }
                Slot::Outline {
                    entries,
                    column_width,
                } => {
                    let left = centre(u) - tree.breadth[u] / 2.0;
                    for e in &tree.outline[range(entries)] {
                        let indent = f32::from(e.level + 1) * OUTLINE_INDENT;
                        let x =
                            left + e.column as f32 * (column_width + options.sibling_gap) + indent;
                        let placement = if e.level == 0 {
                            Placement::Hung
                        } else {
                            Placement::Stacked
                        };
                        out.place(e.at as usize, [x, lead + e.top], lead, placement);
                        // Every entry reaches the column's right edge, so that a part reads
                        // as the head of the list under it.
                        out.fill(e.at as usize, [column_width - indent, 0.0]);
                    }
                }
                Slot::Trunk { .. } => out.trunks.push((u, centre(u))),
                Slot::Root | Slot::Filler => {}
            }
        }
        if let Some(Slot::Stack { members, .. }) = out.under.and_then(|u| tree.slots.get(u)) {
            out.row_under(&tree.members[range(members)], main_width);
        }
        out.structure_lines(tree, &children);
        out.serves_lines(forest);
        out
    }
}

/// The boxes placed in chart units and the connectors drawn between them (the solid ones in
/// `connectors.rs`, the dashed ones in `lanes.rs`).
pub(super) struct Emitter<'a> {
    pub(super) top_down: bool,
    /// The pitch of the levels of each forest (by its root's slot: the organisation's, the
    /// groups'), a box's extent and a gap.
    pub(super) pitch: [f32; 3],
    pub(super) options: &'a LayoutOptions,
    /// Every visible node's box as `[x, y, width, height]`, in the scenario's order.
    pub(super) rects: Vec<[f32; 4]>,
    /// Where each box sits.
    pub(super) placements: Vec<Placement>,
    /// Where the level each box hangs from starts, across the levels: its own start, or for a
    /// stacked box its stack's.
    pub(super) levels: Vec<f32>,
    /// The box of each place, or `u32::MAX`.
    pub(super) box_of: &'a [u32],
    pub(super) connectors: Vec<Connector>,
    pub(super) points: Vec<[f32; 2]>,
    /// Where each trunk runs down, across the levels: its slot and its place, in slot order.
    pub(super) trunks: Vec<(usize, f32)>,
    /// The stack of groups set in a row under the organisation (see
    /// [`LayoutOptions::group_parts_under`]).
    pub(super) under: Option<usize>,
}

impl Emitter<'_> {
    /// The pitch of the levels of the forest whose root is the slot `forest`.
    pub(super) fn pitch(&self, forest: usize) -> f32 {
        self.pitch
            .get(forest)
            .copied()
            .unwrap_or(self.options.level_gap)
    }

    pub(super) fn size(&self, at: usize) -> (f32, f32) {
        self.rect(at).map_or((0.0, 0.0), |r| (r[2], r[3]))
    }

    /// Puts the box of `at` with its corner at `[x, y]`, hanging from the level that starts at
    /// `level` across the levels.
    pub(super) fn place(&mut self, at: usize, [x, y]: [f32; 2], level: f32, placement: Placement) {
        let Some(&k) = self.box_of.get(at) else {
            return;
        };
        let k = k as usize;
        if let (Some(r), Some(p), Some(l)) = (
            self.rects.get_mut(k),
            self.placements.get_mut(k),
            self.levels.get_mut(k),
        ) {
            r[0] = x;
            r[1] = y;
            *p = placement;
            *l = level;
        }
    }

    /// Puts the groups at `members` (places) in a row under every other box, ending where the
    /// organisation's `main_width` ends (starting at its left when wider), so that the line
    /// from their group beside the organisation is short.
    fn row_under(&mut self, members: &[u32], main_width: f32) {
        let mut moved: Vec<usize> = members
            .iter()
            .filter_map(|&m| self.box_of.get(m as usize).map(|&k| k as usize))
            .collect();
        moved.sort_unstable();
        let bottom = self
            .rects
            .iter()
            .enumerate()
            .filter(|(k, _)| moved.binary_search(k).is_err())
            .map(|(_, r)| r[1] + r[3])
            .fold(0.0f32, f32::max);
        let gap = self.options.sibling_gap;
        let widths: Vec<f32> = members.iter().map(|&m| self.size(m as usize).0).collect();
        let row = widths.iter().sum::<f32>() + gap * widths.len().saturating_sub(1) as f32;
        let mut x = (main_width - row).max(0.0);
        let y = bottom + self.options.level_gap;
        for (&m, w) in members.iter().zip(widths) {
            self.place(m as usize, [x, y], y, Placement::Row);
            x += w + gap;
        }
    }

    /// Makes the box of `at` at least `[width, height]`.
    fn fill(&mut self, at: usize, [width, height]: [f32; 2]) {
        if let Some(r) = self
            .box_of
            .get(at)
            .and_then(|&k| self.rects.get_mut(k as usize))
        {
            r[2] = r[2].max(width);
            r[3] = r[3].max(height);
        }
    }

    /// `[x, y, width, height]` of a placed box.
    pub(super) fn rect(&self, at: usize) -> Option<[f32; 4]> {
        self.rects.get(*self.box_of.get(at)? as usize).copied()
    }

    pub(super) fn finish(self, texts: Texts, boxes: Vec<NodeBox>) -> Layout {
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
            serves_notes: Vec::new(),
        }
    }
}
