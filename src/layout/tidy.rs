//! The tidy tree: Buchheim, Jünger and Leipert's linear-time version of Walker's algorithm,
//! with nodes of different breadths, written without recursion so that a 100,000-deep chain
//! cannot overflow the stack.
//!
//! Parents are centred over their children, siblings keep their order, and subtrees are pushed
//! as close as their contours allow, level by level (the tree is layered: all nodes of one depth
//! share a row).

const NONE: usize = usize::MAX;

/// A tree to lay out: `children[v]` in order, `breadth[v]` the width of `v` across the tree.
pub struct TidyInput<'a> {
    /// Children of every node, in order.
    pub children: &'a [Vec<usize>],
    /// Breadth of every node (its width in a top-down chart).
    pub breadth: &'a [f32],
    /// The root.
    pub root: usize,
    /// Space between siblings.
    pub sibling_gap: f32,
    /// Space between neighbours of different parents.
    pub subtree_gap: f32,
}

/// The centre of every node across the tree (the root at 0); nodes not under `root` get 0.
#[must_use]
pub fn tidy(input: &TidyInput<'_>) -> Vec<f32> {
    let n = input.children.len();
    let mut t = Tidy {
        input,
        parent: vec![NONE; n],
        number: vec![0; n],
        prelim: vec![0.0; n],
        modifier: vec![0.0; n],
        shift: vec![0.0; n],
        change: vec![0.0; n],
        thread: vec![NONE; n],
        ancestor: (0..n).collect(),
    };
    for (v, kids) in input.children.iter().enumerate() {
        for (i, &c) in kids.iter().enumerate() {
            t.parent[c] = v;
            t.number[c] = i;
        }
    }
    t.first_walk();
    t.second_walk()
}

struct Tidy<'a, 'b> {
    input: &'b TidyInput<'a>,
    parent: Vec<usize>,
    number: Vec<usize>,
    prelim: Vec<f32>,
    modifier: Vec<f32>,
    shift: Vec<f32>,
    change: Vec<f32>,
    thread: Vec<usize>,
    ancestor: Vec<usize>,
}

impl Tidy<'_, '_> {
    fn kids(&self, v: usize) -> &[usize] {
        &self.input.children[v]
    }

    fn left_sibling(&self, v: usize) -> usize {
        let p = self.parent[v];
        if p == NONE || self.number[v] == 0 {
            NONE
        } else {
            self.kids(p)[self.number[v] - 1]
        }
    }

    fn leftmost_sibling(&self, v: usize) -> usize {
        let p = self.parent[v];
        if p == NONE { v } else { self.kids(p)[0] }
    }

    fn next_left(&self, v: usize) -> usize {
        self.kids(v).first().copied().unwrap_or(self.thread[v])
    }

    fn next_right(&self, v: usize) -> usize {
        self.kids(v).last().copied().unwrap_or(self.thread[v])
    }

    fn separation(&self, a: usize, b: usize) -> f32 {
        let gap = if self.parent[a] == self.parent[b] {
            self.input.sibling_gap
        } else {
            self.input.subtree_gap
        };
        (self.input.breadth[a] + self.input.breadth[b]) / 2.0 + gap
    }

    /// Post-order: children before parents, with an explicit stack.
    fn first_walk(&mut self) {
        let root = self.input.root;
        // (node, next child to visit, the default ancestor for apportioning).
        let mut stack: Vec<(usize, usize, usize)> = vec![(root, 0, NONE)];
        while let Some(&mut (v, ref mut next, ref mut default_ancestor)) = stack.last_mut() {
            let kids_len = self.kids(v).len();
            if *next > 0 {
                let child = self.kids(v)[*next - 1];
                let da = if *default_ancestor == NONE {
                    self.kids(v)[0]
                } else {
                    *default_ancestor
                };
                *default_ancestor = self.apportion(child, da);
            }
            if *next < kids_len {
                let child = self.kids(v)[*next];
                *next += 1;
                stack.push((child, 0, NONE));
                continue;
            }
            stack.pop();
            self.place(v);
        }
    }

    /// Places `v` once its children are placed.
    fn place(&mut self, v: usize) {
        let left = self.left_sibling(v);
        if self.kids(v).is_empty() {
            self.prelim[v] = if left == NONE {
                0.0
            } else {
                self.prelim[left] + self.separation(left, v)
            };
            return;
        }
        self.execute_shifts(v);
        let first = self.kids(v)[0];
        let last = *self.kids(v).last().unwrap_or(&first);
        let midpoint = (self.prelim[first] + self.prelim[last]) / 2.0;
        if left == NONE {
            self.prelim[v] = midpoint;
        } else {
            self.prelim[v] = self.prelim[left] + self.separation(left, v);
            self.modifier[v] = self.prelim[v] - midpoint;
        }
    }

    fn apportion(&mut self, v: usize, mut default_ancestor: usize) -> usize {
        let w = self.left_sibling(v);
        if w == NONE {
            return default_ancestor;
        }
        let (mut vip, mut vop) = (v, v);
        let mut vim = w;
        let mut vom = self.leftmost_sibling(v);
        let mut sip = self.modifier[vip];
        let mut sop = self.modifier[vop];
        let mut sim = self.modifier[vim];
        let mut som = self.modifier[vom];
        loop {
            let (nr, nl) = (self.next_right(vim), self.next_left(vip));
            if nr == NONE || nl == NONE {
                break;
            }
            vim = nr;
            vip = nl;
            vom = self.next_left(vom);
            vop = self.next_right(vop);
            self.ancestor[vop] = v;
            let shift =
                (self.prelim[vim] + sim) - (self.prelim[vip] + sip) + self.separation(vim, vip);
            if shift > 0.0 {
                let a = self.ancestor_of(vim, v, default_ancestor);
                self.move_subtree(a, v, shift);
                sip += shift;
                sop += shift;
            }
            sim += self.modifier[vim];
            sip += self.modifier[vip];
            som += self.modifier[vom];
            sop += self.modifier[vop];
        }
        if self.next_right(vim) != NONE && self.next_right(vop) == NONE {
            self.thread[vop] = self.next_right(vim);
            self.modifier[vop] += sim - sop;
        }
        if self.next_left(vip) != NONE && self.next_left(vom) == NONE {
            self.thread[vom] = self.next_left(vip);
            self.modifier[vom] += sip - som;
            default_ancestor = v;
        }
        default_ancestor
    }

    fn ancestor_of(&self, vim: usize, v: usize, default_ancestor: usize) -> usize {
        let a = self.ancestor[vim];
        if self.parent[a] == self.parent[v] {
            a
        } else {
            default_ancestor
        }
    }

    fn move_subtree(&mut self, wm: usize, wp: usize, shift: f32) {
        #[allow(clippy::cast_precision_loss)] // Sibling counts are far below f32's exact range.
        let subtrees = (self.number[wp] - self.number[wm]) as f32;
        self.change[wp] -= shift / subtrees;
        self.shift[wp] += shift;
        self.change[wm] += shift / subtrees;
        self.prelim[wp] += shift;
        self.modifier[wp] += shift;
    }

    fn execute_shifts(&mut self, v: usize) {
        let (mut shift, mut change) = (0.0, 0.0);
        for i in (0..self.kids(v).len()).rev() {
            let w = self.kids(v)[i];
            self.prelim[w] += shift;
            self.modifier[w] += shift;
            change += self.change[w];
            shift += self.shift[w] + change;
        }
    }

    /// Pre-order: each node's position is its preliminary one plus its ancestors' modifiers.
    fn second_walk(&self) -> Vec<f32> {
        let mut x = vec![0.0; self.prelim.len()];
        let root = self.input.root;
        let mut stack = vec![(root, -self.prelim[root])];
        while let Some((v, m)) = stack.pop() {
            x[v] = self.prelim[v] + m;
            let below = m + self.modifier[v];
            stack.extend(self.kids(v).iter().map(|&c| (c, below)));
        }
        x
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(children: &[Vec<usize>], breadth: &[f32]) -> Vec<f32> {
        tidy(&TidyInput {
            children,
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
