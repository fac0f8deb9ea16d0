//! Rows wrapped into bands: once every slot has its breadth and every stack its fillers, each
//! trunk is stretched down past the subtrees of the band it stands in, so that the next band
//! hangs below all of them, and the levels of everything below are counted again.
//!
//! The tidy tree is layered (a level is one row of the chart), so a band below another must
//! start below the deepest level the band above reaches: the trunk gets one filler for each
//! of those levels, and the band's parts are moved from the trunk to its last filler. Heights
//! are counted from the leaves up, one pass over the slots, so nested wrapped rows stretch
//! their own trunks first.

use super::tree::{Slot, Tree};
use super::{NONE, TOP};
use crate::model::lists::Lists;

impl Tree {
    /// Stretches every trunk past the band it stands in (see the module's comment); nothing to
    /// do when no row is wrapped.
    pub(super) fn stretch_trunks(&mut self) {
        if !self.slots.iter().any(|s| matches!(s, Slot::Trunk { .. })) {
            return;
        }
        let n = self.slots.len();
        let children = Lists::from_pairs(n, self.edges.iter().copied());
        let order = breadth_first(&children, n);
        // How many levels each subtree spans, its own included, once its trunks are stretched.
        let mut height = vec![1u32; n];
        let mut stretch = vec![0u32; n];
        for &u in order.iter().rev() {
            let kids = children.get(u);
            let band = kids
                .iter()
                .filter(|&&c| !matches!(self.slots[c as usize], Slot::Trunk { .. }))
                .map(|&c| height[c as usize])
                .max()
                .unwrap_or(1);
            for &c in kids {
                let c = c as usize;
                if matches!(self.slots[c], Slot::Trunk { .. }) {
                    stretch[c] = band.saturating_sub(1);
                    height[c] += stretch[c];
                }
            }
            height[u] = 1 + kids.iter().map(|&c| height[c as usize]).max().unwrap_or(0);
        }
        // The fillers of each trunk, and its parts moved to the last of them.
        let mut moved = vec![NONE; n];
        let mut chains: Vec<(usize, usize)> = Vec::new();
        for t in 0..n {
            if stretch[t] == 0 {
                continue;
            }
            let breadth = self.breadth[t];
            let mut last = t;
            for _ in 0..stretch[t] {
                let filler = self.add(Slot::Filler);
                self.breadth[filler] = breadth;
                self.forest[filler] = self.forest[t];
                chains.push((last, filler));
                last = filler;
            }
            self.slots[t] = Slot::Trunk { end: last };
            moved[t] = last;
        }
        for edge in &mut self.edges {
            if let Some(&to) = moved.get(edge.0)
                && to != NONE
            {
                edge.0 = to;
            }
        }
        self.edges.extend(chains);
        self.count_depths();
    }

    /// Every slot's depth again, from the top down: the stretched trunks moved whole bands
    /// down.
    fn count_depths(&mut self) {
        let n = self.slots.len();
        let children = Lists::from_pairs(n, self.edges.iter().copied());
        for u in breadth_first(&children, n) {
            let below = self.depth[u] + 1;
            for &c in children.get(u) {
                self.depth[c as usize] = below;
            }
        }
    }
}

/// The slots under the top, breadth first (parents before their children).
fn breadth_first(children: &Lists, n: usize) -> Vec<usize> {
    let mut order = Vec::with_capacity(n);
    order.push(TOP);
    let mut next = 0;
    while let Some(&u) = order.get(next) {
        next += 1;
        order.extend(children.get(u).iter().map(|&c| c as usize));
    }
    order
}
