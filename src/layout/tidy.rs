//! The tidy tree: Buchheim, Jünger and Leipert's linear-time version of Walker's algorithm,
//! with nodes of different breadths, written without recursion so that a 100,000-deep chain
//! cannot overflow the stack.
//!
//! Parents are centred over their children, siblings keep their order, and subtrees are pushed
//! as close as their contours allow, level by level (the tree is layered: all nodes of one depth
//! share a row).

const NONE: u32 = u32::MAX;

/// A tree to lay out, its children in one list: the children of `v` are
/// `children[start[v]..start[v + 1]]`, in order, and `breadth[v]` is `v`'s width across the tree.
pub struct TidyInput<'a> {
    /// Where each node's children start in `children`, with one more entry at the end.
    pub start: &'a [u32],
    /// Every node's children, node after node.
    pub children: &'a [u32],
    /// Breadth of every node (its width in a top-down chart).
    pub breadth: &'a [f32],
    /// The root.
    pub root: u32,
    /// Space between siblings.
    pub sibling_gap: f32,
    /// Space between neighbours of different parents.
    pub subtree_gap: f32,
}

/// What the algorithm keeps per node, together: a node's fields are read together, and one
/// cache line beats eight arrays on a tree of 100,000 nodes.
#[derive(Clone, Copy)]
struct Slot {
    prelim: f32,
    modifier: f32,
    shift: f32,
    change: f32,
    parent: u32,
    number: u32,
    thread: u32,
    ancestor: u32,
}

/// The centre of every node across the tree (the root at 0); nodes not under `root` get 0.
#[must_use]
pub fn tidy(input: &TidyInput<'_>) -> Vec<f32> {
    let n = input.breadth.len();
    let mut slots: Vec<Slot> = (0..n)
        .map(|v| Slot {
            prelim: 0.0,
            modifier: 0.0,
            shift: 0.0,
            change: 0.0,
            parent: NONE,
            number: 0,
            thread: NONE,
            ancestor: index(v),
        })
        .collect();
    for v in 0..n {
        let kids = kids_of(input, index(v));
        for (i, &c) in kids.iter().enumerate() {
            if let Some(slot) = slots.get_mut(c as usize) {
                slot.parent = index(v);
                slot.number = index(i);
            }
        }
    }
    let mut t = Tidy { input, slots };
    t.first_walk();
    t.second_walk()
}

fn index(i: usize) -> u32 {
    // The layout tree has fewer nodes than u32 counts: a plan holds far fewer.
    u32::try_from(i).unwrap_or(NONE)
}

fn kids_of<'a>(input: &TidyInput<'a>, v: u32) -> &'a [u32] {
    let v = v as usize;
    match (input.start.get(v), input.start.get(v + 1)) {
        (Some(&a), Some(&b)) => input
            .children
            .get(a as usize..b as usize)
            .unwrap_or_default(),
        _ => &[],
    }
}

struct Tidy<'a, 'b> {
    input: &'b TidyInput<'a>,
    slots: Vec<Slot>,
}

impl<'a> Tidy<'a, '_> {
    fn kids(&self, v: u32) -> &'a [u32] {
        kids_of(self.input, v)
    }

    fn at(&self, v: u32) -> &Slot {
        &self.slots[v as usize]
    }

    fn at_mut(&mut self, v: u32) -> &mut Slot {
        &mut self.slots[v as usize]
    }

    fn left_sibling(&self, v: u32) -> u32 {
        let s = self.at(v);
        if s.parent == NONE || s.number == 0 {
            NONE
        } else {
            self.kids(s.parent)[s.number as usize - 1]
        }
    }

    fn leftmost_sibling(&self, v: u32) -> u32 {
        let p = self.at(v).parent;
        if p == NONE { v } else { self.kids(p)[0] }
    }

    fn next_left(&self, v: u32) -> u32 {
        self.kids(v).first().copied().unwrap_or(self.at(v).thread)
    }

    fn next_right(&self, v: u32) -> u32 {
        self.kids(v).last().copied().unwrap_or(self.at(v).thread)
    }

    fn separation(&self, a: u32, b: u32) -> f32 {
        let gap = if self.at(a).parent == self.at(b).parent {
            self.input.sibling_gap
        } else {
            self.input.subtree_gap
        };
        (self.input.breadth[a as usize] + self.input.breadth[b as usize]) / 2.0 + gap
    }

    /// Post-order: children before parents, with an explicit stack.
    fn first_walk(&mut self) {
        let root = self.input.root;
        // (node, next child to visit, the default ancestor for apportioning).
        let mut stack: Vec<(u32, usize, u32)> = vec![(root, 0, NONE)];
        while let Some(&mut (v, ref mut next, ref mut default_ancestor)) = stack.last_mut() {
            let kids = self.kids(v);
            if *next > 0 {
                let child = kids[*next - 1];
                let da = if *default_ancestor == NONE {
                    kids[0]
                } else {
                    *default_ancestor
                };
                *default_ancestor = self.apportion(child, da);
            }
            if let Some(&child) = kids.get(*next) {
                *next += 1;
                stack.push((child, 0, NONE));
                continue;
            }
            stack.pop();
            self.place(v);
        }
    }

    /// Places `v` once its children are placed.
    fn place(&mut self, v: u32) {
        let left = self.left_sibling(v);
        let kids = self.kids(v);
        let (Some(&first), Some(&last)) = (kids.first(), kids.last()) else {
            self.at_mut(v).prelim = if left == NONE {
                0.0
            } else {
                self.at(left).prelim + self.separation(left, v)
            };
            return;
        };
        self.execute_shifts(v);
        let midpoint = (self.at(first).prelim + self.at(last).prelim) / 2.0;
        if left == NONE {
            self.at_mut(v).prelim = midpoint;
        } else {
            let prelim = self.at(left).prelim + self.separation(left, v);
            let slot = self.at_mut(v);
            slot.prelim = prelim;
            slot.modifier = prelim - midpoint;
        }
    }

    fn apportion(&mut self, v: u32, mut default_ancestor: u32) -> u32 {
        let w = self.left_sibling(v);
        if w == NONE {
            return default_ancestor;
        }
        let (mut vip, mut vop) = (v, v);
        let mut vim = w;
        let mut vom = self.leftmost_sibling(v);
        let mut sip = self.at(vip).modifier;
        let mut sop = self.at(vop).modifier;
        let mut sim = self.at(vim).modifier;
        let mut som = self.at(vom).modifier;
        loop {
            let (nr, nl) = (self.next_right(vim), self.next_left(vip));
            if nr == NONE || nl == NONE {
                break;
            }
            vim = nr;
            vip = nl;
            vom = self.next_left(vom);
            vop = self.next_right(vop);
            self.at_mut(vop).ancestor = v;
            let shift = (self.at(vim).prelim + sim) - (self.at(vip).prelim + sip)
                + self.separation(vim, vip);
            if shift > 0.0 {
                let a = self.ancestor_of(vim, v, default_ancestor);
                self.move_subtree(a, v, shift);
                sip += shift;
                sop += shift;
            }
            sim += self.at(vim).modifier;
            sip += self.at(vip).modifier;
            som += self.at(vom).modifier;
            sop += self.at(vop).modifier;
        }
        if self.next_right(vim) != NONE && self.next_right(vop) == NONE {
            let thread = self.next_right(vim);
            let slot = self.at_mut(vop);
            slot.thread = thread;
            slot.modifier += sim - sop;
        }
        if self.next_left(vip) != NONE && self.next_left(vom) == NONE {
            let thread = self.next_left(vip);
            let slot = self.at_mut(vom);
            slot.thread = thread;
            slot.modifier += sip - som;
            default_ancestor = v;
        }
        default_ancestor
    }

    fn ancestor_of(&self, vim: u32, v: u32, default_ancestor: u32) -> u32 {
        let a = self.at(vim).ancestor;
        if self.at(a).parent == self.at(v).parent {
            a
        } else {
            default_ancestor
        }
    }

    fn move_subtree(&mut self, wm: u32, wp: u32, shift: f32) {
        #[allow(clippy::cast_precision_loss)] // Sibling counts are far below f32's exact range.
        let subtrees = (self.at(wp).number - self.at(wm).number) as f32;
        let right = self.at_mut(wp);
        right.change -= shift / subtrees;
        right.shift += shift;
        right.prelim += shift;
        right.modifier += shift;
        self.at_mut(wm).change += shift / subtrees;
    }

    fn execute_shifts(&mut self, v: u32) {
        let (mut shift, mut change) = (0.0, 0.0);
        for &w in self.kids(v).iter().rev() {
            let slot = self.at_mut(w);
            slot.prelim += shift;
            slot.modifier += shift;
            change += slot.change;
            shift += slot.shift + change;
        }
    }

    /// Pre-order: each node's position is its preliminary one plus its ancestors' modifiers.
    fn second_walk(&self) -> Vec<f32> {
        let mut x = vec![0.0; self.slots.len()];
        let root = self.input.root;
        let mut stack = vec![(root, -self.at(root).prelim)];
        while let Some((v, m)) = stack.pop() {
            let slot = self.at(v);
            x[v as usize] = slot.prelim + m;
            let below = m + slot.modifier;
            stack.extend(self.kids(v).iter().map(|&c| (c, below)));
        }
        x
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(children: &[Vec<usize>], breadth: &[f32]) -> Vec<f32> {
        let mut start = vec![0u32];
        let mut flat = Vec::new();
        for kids in children {
            flat.extend(kids.iter().map(|&c| c as u32));
            start.push(flat.len() as u32);
        }
        tidy(&TidyInput {
            start: &start,
            children: &flat,
            breadth,
            root: 0,
            sibling_gap: 10.0,
            subtree_gap: 20.0,
        })
    }

    #[test]
    fn a_parent_is_centred_over_its_children() {
        let x = layout(
            &[vec![1, 2, 3], vec![], vec![], vec![]],
            &[50.0, 40.0, 40.0, 40.0],
        );
        assert_eq!(x[0], 0.0);
        assert_eq!(x[2], 0.0);
        assert_eq!(x[3] - x[1], 100.0);
    }

    #[test]
    fn wide_boxes_push_their_neighbours_apart() {
        let x = layout(&[vec![1, 2], vec![], vec![]], &[10.0, 200.0, 20.0]);
        assert_eq!(x[2] - x[1], 120.0);
    }

    #[test]
    fn subtrees_do_not_overlap_below_the_top() {
        // 0 → 1, 2; 1 → 3, 4 (wide); 2 → 5 (wide): 4 and 5 are cousins at depth 2.
        let children = vec![vec![1, 2], vec![3, 4], vec![5], vec![], vec![], vec![]];
        let breadth = [10.0, 10.0, 10.0, 30.0, 100.0, 100.0];
        let x = layout(&children, &breadth);
        assert!(x[5] - x[4] >= 100.0 + 20.0 - 1e-3, "{x:?}");
        assert!(x[4] - x[3] >= 65.0 + 10.0 - 1e-3, "{x:?}");
    }

    #[test]
    fn a_long_chain_is_laid_out_without_recursion() {
        let n = 200_000;
        let children: Vec<Vec<usize>> = (0..n)
            .map(|i| if i + 1 < n { vec![i + 1] } else { vec![] })
            .collect();
        let x = layout(&children, &vec![10.0; n]);
        assert!(x.iter().all(|v| *v == 0.0));
    }
}
