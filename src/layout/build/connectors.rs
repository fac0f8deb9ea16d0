//! The solid connectors: from a parent through the gap below its level to its parts (a bus),
//! down a trunk past a band of parts to the next band's bus, down the spine of a stacked column
//! to each of its boxes, and from a head to its staff posts.

use super::place::Emitter;
use super::tree::{Entry, OUTLINE_INDENT, Slot, Tree, list_of};
use super::{STACK_INDENT, index, range};
use crate::layout::{Connector, ConnectorKind};
use crate::model::lists::Lists;

impl Emitter<'_> {
    /// The structure lines from every placed parent to its parts, once every box has its
    /// place; `children` are the layout tree's child lists.
    pub(super) fn structure_lines(&mut self, tree: &Tree, children: &Lists) {
        let mut targets: Vec<[f32; 4]> = Vec::new();
        let mut column: Vec<[f32; 4]> = Vec::new();
        for (u, slot) in tree.slots.iter().enumerate() {
            // A box's parts hang from its bus; a trunk's band from a rail at its foot.
            let pitch = self.pitch(tree.forest[u]);
            let (from, kids) = match slot {
                Slot::Real { at, .. } => match self.rect(*at) {
                    Some(parent_box) => (Ok(parent_box), children.get(u)),
                    None => continue,
                },
                Slot::Trunk { end } => match self.trunk_foot(tree, u, *end) {
                    Some(foot) => (Err(foot), children.get(*end)),
                    None => continue,
                },
                Slot::Root | Slot::Stack { .. } | Slot::Outline { .. } | Slot::Filler => continue,
            };
            targets.clear();
            for &c in kids {
                match &tree.slots[c as usize] {
                    Slot::Real { at, .. } => targets.extend(self.rect(*at)),
                    Slot::Stack { members, .. } if self.under == Some(c as usize) => {
                        column.clear();
                        column.extend(
                            tree.members[range(members)]
                                .iter()
                                .filter_map(|&m| self.rect(m as usize)),
                        );
                        if let Ok(parent_box) = from {
                            self.down_to_row(parent_box, &column);
                        }
                    }
                    Slot::Stack { members, rows, .. } => {
                        let count = rows.len().max(1);
                        for members in tree.members[range(members)].chunks(count) {
                            column.clear();
                            column.extend(members.iter().filter_map(|&m| self.rect(m as usize)));
                            if let Some(spine) = self.spine(&column, STACK_INDENT) {
                                targets.push(spine);
                            }
                        }
                    }
                    Slot::Outline { entries, .. } => {
                        self.outline_lines(&tree.outline[range(entries)], &mut targets);
                    }
                    // The line down to a trunk's foot is the trunk.
                    Slot::Trunk { end } => {
                        if let Some([x, y]) = self.trunk_foot(tree, c as usize, *end) {
                            targets.push([x, y, 0.0, 0.0]);
                        }
                    }
                    Slot::Root | Slot::Filler => {}
                }
            }
            match from {
                Ok(parent_box) => self.bus(parent_box, &targets, pitch),
                Err(foot) => self.rail(foot, &targets),
            }
        }
    }

    /// Where the trunk `t`, whose last slot is `end`, meets the bus of the band below it: in
    /// the gap below the level of `end`.
    fn trunk_foot(&self, tree: &Tree, t: usize, end: usize) -> Option<[f32; 2]> {
        let at = self.trunks.binary_search_by_key(&t, |&(u, _)| u).ok()?;
        let x = self.trunks.get(at)?.1;
        let pitch = self.pitch(*tree.forest.get(t)?);
        let lead = tree.depth.get(end)?.saturating_sub(2) as f32 * pitch;
        Some([x, lead + pitch - self.options.level_gap / 2.0])
    }

    /// The lines of an outline: in each column a spine down the left of its parts, which the
    /// parent's bus reaches (its top is pushed onto `targets`), and beside each part a spine
    /// down its list from the part's foot. A list that goes on in the next columns is reached
    /// by a line from the part's side across to each of its spines there, above the column's
    /// first box, which stands no higher than the part's foot.
    fn outline_lines(&mut self, entries: &[Entry], targets: &mut Vec<[f32; 4]>) {
        let mut rects: Vec<[f32; 4]> = Vec::new();
        for column in entries.chunk_by(|a, b| a.column == b.column) {
            rects.clear();
            rects.extend(
                column
                    .iter()
                    .filter(|e| e.level == 0)
                    .filter_map(|e| self.rect(e.at as usize)),
            );
            if let Some(spine) = self.spine(&rects, OUTLINE_INDENT) {
                targets.push(spine);
            }
        }
        // Each part with its list, wherever the list goes.
        let mut k = 0;
        while let Some(part) = entries.get(k) {
            let runs = list_of(entries, k);
            k += 1 + runs.len();
            let Some(head) = self.rect(part.at as usize) else {
                continue;
            };
            for run in runs.chunk_by(|a, b| a.column == b.column) {
                rects.clear();
                rects.extend(run.iter().filter_map(|e| self.rect(e.at as usize)));
                let Some(first) = rects.first().copied() else {
                    continue;
                };
                let x = first[0] - OUTLINE_INDENT / 2.0;
                let foot = head[1] + head[3];
                if run.first().is_some_and(|e| e.column == part.column) {
                    // Down from the part's foot to the first row, where a gap parts them.
                    if first[1] > foot + 0.01 {
                        self.line(ConnectorKind::Structure, &[[x, foot], [x, first[1]]]);
                    }
                } else {
                    let side = head[1] + head[3] / 2.0;
                    self.line(
                        ConnectorKind::Structure,
                        &[[head[0] + head[2], side], [x, side], [x, first[1]]],
                    );
                }
                self.spine(&rects, OUTLINE_INDENT);
            }
        }
    }

    /// A column of stacked boxes, `indent` right of their spine: the spine runs down their left
    /// side; returns the spine's entry point as a zero-size target.
    fn spine(&mut self, rects: &[[f32; 4]], indent: f32) -> Option<[f32; 4]> {
        let first = rects.first()?;
        let last = rects.last()?;
        let x = first[0] - indent / 2.0;
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

    pub(super) fn line(&mut self, kind: ConnectorKind, points: &[[f32; 2]]) {
        let start = index(self.points.len());
        self.points.extend_from_slice(points);
        self.connectors.push(Connector {
            kind,
            points: start..index(self.points.len()),
        });
    }

    /// Orthogonal lines from a parent to its children through the gap between their levels,
    /// `pitch` apart.
    fn bus(&mut self, parent: [f32; 4], children: &[[f32; 4]], pitch: f32) {
        if children.is_empty() {
            return;
        }
        if self.top_down {
            let from = [parent[0] + parent[2] / 2.0, parent[1] + parent[3]];
            let level_top = parent[1];
            let mid = level_top + pitch - self.options.level_gap / 2.0;
            let centre = |c: &[f32; 4]| c[0] + c[2] / 2.0;
            if let [only] = children {
                let x = centre(only);
                if (x - from[0]).abs() < 0.5 {
                    self.line(ConnectorKind::Structure, &[from, [from[0], only[1]]]);
                    return;
                }
            }
            self.line(ConnectorKind::Structure, &[from, [from[0], mid]]);
            self.rail([from[0], mid], children);
        } else {
            let from = [parent[0] + parent[2], parent[1] + parent[3] / 2.0];
            let mid = parent[0] + pitch - self.options.level_gap / 2.0;
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

    /// From a group down beside the organisation to the row of its groups under it (see
    /// [`crate::layout::LayoutOptions::group_parts_under`]): along the gap above the row.
    fn down_to_row(&mut self, parent: [f32; 4], row: &[[f32; 4]]) {
        let Some(top) = row.iter().map(|r| r[1]).reduce(f32::min) else {
            return;
        };
        let from = [parent[0] + parent[2] / 2.0, parent[1] + parent[3]];
        let mid = top - self.options.level_gap / 2.0;
        self.line(ConnectorKind::Structure, &[from, [from[0], mid]]);
        self.rail([from[0], mid], row);
    }

    /// A band's bus (top-down): a line along the gap at `at` over every child, joined at `at`
    /// to the line coming down to it, and a drop from it to each child's top.
    fn rail(&mut self, at: [f32; 2], children: &[[f32; 4]]) {
        if children.is_empty() {
            return;
        }
        let [x0, mid] = at;
        let centre = |c: &[f32; 4]| c[0] + c[2] / 2.0;
        let lo = children.iter().map(centre).fold(x0, f32::min);
        let hi = children.iter().map(centre).fold(x0, f32::max);
        self.line(ConnectorKind::Structure, &[[lo, mid], [hi, mid]]);
        for c in children {
            let x = centre(c);
            self.line(ConnectorKind::Structure, &[[x, mid], [x, c[1]]]);
        }
    }

    /// The line from a head (`[x, y, width, height]`) to a staff post beside it.
    pub(super) fn staff_line(&mut self, head: [f32; 4], staff: [f32; 4]) {
        let [x, y, w, h] = head;
        let [ax, ay, aw, ah] = staff;
        let points = if self.top_down {
            [[x + w, y + h / 2.0], [ax, ay + ah / 2.0]]
        } else {
            [[x + w / 2.0, y + h], [ax + aw / 2.0, ay]]
        };
        self.line(ConnectorKind::Staff, &points);
    }
}
