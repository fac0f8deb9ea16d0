//! Medians of many overlapping ranges of one list: the span of control of every unit, whose
//! supervisors are a range of the scenario in depth-first order. Sorting each unit's spans would
//! cost a sort per unit and, in a deep structure, quadratic time; a persistent count tree over
//! the list's prefixes answers each range in logarithmic time after one linear-logarithmic build.

/// The prefixes of a list of values as versions of a count tree over the distinct values.
pub(super) struct RangeMedians {
    /// The distinct values, ascending.
    values: Vec<usize>,
    /// Tree nodes: children and how many values lie under each; node 0 is the empty tree.
    left: Vec<u32>,
    right: Vec<u32>,
    count: Vec<u32>,
    /// The root of each prefix: `roots[k]` holds the first `k` values.
    roots: Vec<u32>,
}

impl RangeMedians {
    pub(super) fn new(list: &[usize]) -> RangeMedians {
        let mut values = list.to_vec();
        values.sort_unstable();
        values.dedup();
        let levels = usize::BITS - values.len().leading_zeros() + 1;
        let room = 1 + list.len() * levels as usize;
        let mut tree = RangeMedians {
            values,
            left: Vec::with_capacity(room),
            right: Vec::with_capacity(room),
            count: Vec::with_capacity(room),
            roots: Vec::with_capacity(list.len() + 1),
        };
        tree.push(0, 0, 0);
        tree.roots.push(0);
        for &value in list {
            let at = tree.values.partition_point(|&v| v < value);
            let previous = tree.roots.last().copied().unwrap_or(0);
            let root = tree.insert(previous, at);
            tree.roots.push(root);
        }
        tree
    }

    fn push(&mut self, left: u32, right: u32, count: u32) -> u32 {
        let node = u32::try_from(self.count.len()).unwrap_or(u32::MAX);
        self.left.push(left);
        self.right.push(right);
        self.count.push(count);
        node
    }

    /// A copy of `node` with one more value under it.
    fn grown(&mut self, node: u32) -> u32 {
        let i = node as usize;
        self.push(self.left[i], self.right[i], self.count[i] + 1)
    }

    /// The tree `previous` with the value at `at` (among the distinct values) added: a new path
    /// from the root, sharing the rest.
    fn insert(&mut self, previous: u32, at: usize) -> u32 {
        let root = self.grown(previous);
        let (mut node, mut old) = (root as usize, previous as usize);
        let (mut lo, mut hi) = (0, self.values.len());
        while hi - lo > 1 {
            let mid = lo + (hi - lo) / 2;
            if at < mid {
                let child = self.grown(self.left[old]);
                self.left[node] = child;
                old = self.left[old] as usize;
                node = child as usize;
                hi = mid;
            } else {
                let child = self.grown(self.right[old]);
                self.right[node] = child;
                old = self.right[old] as usize;
                node = child as usize;
                lo = mid;
            }
        }
        root
    }

    /// The `k`-th smallest (from 0) of the values at places `from..to` of the list.
    fn kth(&self, from: usize, to: usize, mut k: usize) -> usize {
        let (mut a, mut b) = (self.roots[from] as usize, self.roots[to] as usize);
        let (mut lo, mut hi) = (0, self.values.len());
        while hi - lo > 1 {
            let mid = lo + (hi - lo) / 2;
            let (la, lb) = (self.left[a] as usize, self.left[b] as usize);
            let on_left = (self.count[lb] - self.count[la]) as usize;
            if k < on_left {
                (a, b, hi) = (la, lb, mid);
            } else {
                k -= on_left;
                (a, b, lo) = (self.right[a] as usize, self.right[b] as usize, mid);
            }
        }
        self.values.get(lo).copied().unwrap_or(0)
    }

    /// The median of the values at places `from..to` of the list (the mean of the middle two
    /// for an even count), 0 for an empty or impossible range.
    pub(super) fn median(&self, from: usize, to: usize) -> f64 {
        if from >= to || to >= self.roots.len() {
            return 0.0;
        }
        let n = to - from;
        let middle = self.kth(from, to, n / 2);
        if n % 2 == 1 {
            to_f64(middle)
        } else {
            let below = self.kth(from, to, n / 2 - 1);
            (to_f64(below) + to_f64(middle)) / 2.0
        }
    }
}

/// Counts as figures; exact for any count a plan can hold.
#[allow(clippy::cast_precision_loss)]
pub(super) fn to_f64(count: usize) -> f64 {
    count as f64
}

#[cfg(test)]
mod tests {
    use super::RangeMedians;
    use proptest::prelude::*;

    fn sorted_median(values: &[usize]) -> f64 {
        let mut v = values.to_vec();
        v.sort_unstable();
        match v.len() {
            0 => 0.0,
            n if n % 2 == 1 => v[n / 2] as f64,
            n => (v[n / 2 - 1] + v[n / 2]) as f64 / 2.0,
        }
    }

    proptest! {
        #[test]
        fn every_range_has_the_median_a_sort_gives(
            list in prop::collection::vec(1usize..40, 0..60),
        ) {
            let tree = RangeMedians::new(&list);
            for from in 0..=list.len() {
                for to in from..=list.len() {
                    prop_assert_eq!(tree.median(from, to), sorted_median(&list[from..to]));
                }
            }
        }
    }

    #[test]
    fn an_impossible_range_is_zero() {
        let tree = RangeMedians::new(&[3, 1, 2]);
        assert_eq!(tree.median(2, 1), 0.0);
        assert_eq!(tree.median(0, 9), 0.0);
        assert_eq!(tree.median(0, 3), 2.0);
    }
}
