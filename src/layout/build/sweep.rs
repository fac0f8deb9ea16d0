//! The boxes swept once across the levels, to answer all the serves lines' questions together:
//! where the free lane nearest to a place is through a band of levels, and whether a run along
//! the levels passes through a box. Built once per layout; each question costs a few steps of a
//! tree over the boxes' edges instead of a read of every box in its band.
//!
//! Everything is in the layout's own axes: a box is `[along, across, along_size,
//! across_size]`, where "across" runs from a level to the next (down in a top-down chart, right
//! in a left-right one).

use std::ops::Range;

/// Room kept free beside a box, along the levels, by a lane or a run.
pub(super) const ROOM: f32 = 4.0;

/// A lane question: the band `(from, to)` across the levels a line goes through, and the place
/// along the levels it would like to go through it at.
pub(super) type Lane = ((f32, f32), f32);

/// A run question: a line along the levels at `across`, from a place along them.
pub(super) type Run = (f32, f32);

/// The boxes in the order they start across the levels, and the edges of their room along the
/// levels, in order: the stretches between two neighbouring edges are each blocked by a box or
/// free as a whole.
pub(super) struct Sweep {
    boxes: Vec<[f32; 4]>,
    /// Each box's stretches, as places in `cuts`.
    stretches: Vec<(u32, u32)>,
    cuts: Vec<f32>,
}

/// A key that sorts as `at` does (by `f32::total_cmp`).
fn key(at: f32) -> u32 {
    let bits = at.to_bits();
    if bits >> 31 == 1 {
        !bits
    } else {
        bits | 1 << 31
    }
}

/// A key that sorts as `at` does (by `f32::total_cmp`), then by `k`.
fn in_order(at: f32, k: usize) -> u64 {
    u64::from(key(at)) << 32 | k as u64
}

/// A box's edges along the levels with its room.
fn edges(o: &[f32; 4]) -> (f32, f32) {
    (o[0] - ROOM, o[0] + o[2] + ROOM)
}

impl Sweep {
    /// The sweep over those of `boxes` that reach into one of `spans` (across the levels): the
    /// questions asked of it lie there, and no other box can block them.
    pub(super) fn new(
        boxes: impl Iterator<Item = [f32; 4]>,
        spans: impl Iterator<Item = (f32, f32)>,
    ) -> Sweep {
        // The spans merged where they overlap, in order: a box reaches into one when the first
        // that ends after the box starts begins before the box ends.
        let mut spans: Vec<(f32, f32)> = spans.filter(|s| s.0 <= s.1).collect();
        spans.sort_unstable_by(|x, y| x.0.total_cmp(&y.0));
        let mut merged: Vec<(f32, f32)> = Vec::with_capacity(spans.len());
        for (from, to) in spans {
            match merged.last_mut() {
                Some(last) if from <= last.1 => last.1 = last.1.max(to),
                _ => merged.push((from, to)),
            }
        }
        let reaches = |o: &[f32; 4]| {
            let first = merged.partition_point(|s| s.1 <= o[1]);
            merged.get(first).is_some_and(|s| s.0 < o[1] + o[3])
        };
        let unsorted: Vec<[f32; 4]> = boxes.filter(|o| reaches(o)).collect();
        // By where they start across the levels, sorted as keys.
        let mut order: Vec<u64> = unsorted
            .iter()
            .enumerate()
            .map(|(k, o)| in_order(o[1], k))
            .collect();
        order.sort_unstable();
        let boxes: Vec<[f32; 4]> = order
            .iter()
            .map(|&k| unsorted[(k & u64::from(u32::MAX)) as usize])
            .collect();
        // Both edges of every box, in order along the levels; each new value is a cut, and
        // each box's edges are the cuts its stretches run between.
        let mut ends: Vec<u64> = Vec::with_capacity(boxes.len() * 2);
        for (k, o) in boxes.iter().enumerate() {
            let (lo, hi) = edges(o);
            ends.push(in_order(lo, 2 * k));
            ends.push(in_order(hi, 2 * k + 1));
        }
        ends.sort_unstable();
        let mut cuts: Vec<f32> = Vec::with_capacity(ends.len());
        let mut stretches = vec![(0u32, 0u32); boxes.len()];
        for end in ends {
            let k = (end & u64::from(u32::MAX)) as usize;
            let (lo, hi) = edges(&boxes[k / 2]);
            let first = k.is_multiple_of(2);
            let at = if first { lo } else { hi };
            if cuts.last() != Some(&at) {
                cuts.push(at);
            }
            let cut = u32::try_from(cuts.len() - 1).unwrap_or(u32::MAX);
            if first {
                stretches[k / 2].0 = cut;
            } else {
                stretches[k / 2].1 = cut;
            }
        }
        Sweep {
            boxes,
            stretches,
            cuts,
        }
    }

    /// Answers every question at once:
    ///
    /// - for each lane, the place nearest to where it would go through its band (along the
    ///   levels) that crosses no box reaching into the band, with [`ROOM`] beside each box:
    ///   that place itself when it is free, the nearer end of the boxes' merged spans when it is
    ///   not, `None` when no box reaches into the band at all. A box reaches into a band `(from,
    ///   to)` when it starts before `to` and ends after `from`.
    /// - for each run, how far it can go either way from its place along the levels without
    ///   passing through a box or the room beside it (a box that starts before the run's place
    ///   across the levels and ends after it): a run from there to anywhere between the two
    ///   passes no box, and one that goes beyond either does.
    ///
    /// The boxes are taken in the order they start across the levels and the questions in the
    /// order of their bands' ends (or the runs' places), so that when a question is answered the
    /// boxes starting before that point, and only those, have been added. Each added box raises,
    /// over the stretches it blocks, how far across the levels they are blocked ([`Cover`]);
    /// a place is blocked in a band when its stretch is blocked past the band's start, and the
    /// free lanes either side are the nearest stretches that are not. O((boxes + questions) log
    /// boxes) in all, where reading the boxes of each line's band grew with the lines times the
    /// boxes.
    pub(super) fn answer(
        &self,
        lanes: &[Lane],
        runs: &[Run],
    ) -> (Vec<Option<f32>>, Vec<(f32, f32)>) {
        let mut free = vec![None; lanes.len()];
        let mut reach = vec![(f32::NEG_INFINITY, f32::INFINITY); runs.len()];
        // The questions by the point across the levels the boxes must start before.
        let mut order: Vec<u64> = Vec::with_capacity(lanes.len() + runs.len());
        order.extend(lanes.iter().enumerate().map(|(k, l)| in_order(l.0.1, k)));
        order.extend(
            runs.iter()
                .enumerate()
                .map(|(k, r)| in_order(r.0, lanes.len() + k)),
        );
        order.sort_unstable();
        let stretches = self.cuts.len().saturating_sub(1);
        let mut cover = Cover::new(stretches);
        let mut added = 0;
        let mut furthest = f32::NEG_INFINITY;
        for q in order {
            // The question's place among all of them, in the key's low half.
            let q = (q & u64::from(u32::MAX)) as usize;
            let before = lanes
                .get(q)
                .map_or_else(|| runs[q - lanes.len()].0, |l| l.0.1);
            while let Some(o) = self.boxes.get(added) {
                if o[1] >= before {
                    break;
                }
                let (lo, hi) = self.stretches[added];
                let end = o[1] + o[3];
                cover.raise(lo as usize, hi as usize, end);
                furthest = furthest.max(end);
                added += 1;
            }
            if let Some(&((from, _), at)) = lanes.get(q) {
                if furthest > from {
                    free[q] = Some(self.nearest_free(&cover, at, from));
                }
            } else if let Some(&(across, at)) = runs.get(q - lanes.len()) {
                reach[q - lanes.len()] = self.free_run(&cover, at, across);
            }
        }
        (free, reach)
    }

    /// How far a run along the levels at `across` can go from `at` either way through
    /// stretches not blocked past `across`: `at` itself on a side where it is blocked at once.
    fn free_run(&self, cover: &Cover, at: f32, across: f32) -> (f32, f32) {
        if cover.nodes[1].most <= across {
            return (f32::NEG_INFINITY, f32::INFINITY); // No box reaches past the run.
        }
        let cuts = &self.cuts;
        let stretches = cuts.len().saturating_sub(1);
        // The first stretch a run to the right goes through: the one `at` lies in or starts;
        // and one past the last a run to the left goes through.
        let right = cuts.partition_point(|&c| c <= at).saturating_sub(1);
        let left = cuts.partition_point(|&c| c < at).min(stretches);
        let hi = cover
            .first_blocked_from(right, across)
            .filter(|&s| s < stretches)
            .map_or(f32::INFINITY, |s| cuts[s].max(at));
        let lo = cover
            .last_blocked_before(left, across)
            .map_or(f32::NEG_INFINITY, |s| cuts[s + 1].min(at));
        (lo, hi)
    }

    /// The place nearest to `at` (along the levels) inside no stretch blocked past `from`: `at`
    /// itself, or the nearer end of the blocked stretches around it.
    fn nearest_free(&self, cover: &Cover, at: f32, from: f32) -> f32 {
        let cuts = &self.cuts;
        let stretches = cuts.len().saturating_sub(1);
        let blocked = |s: usize| cover.reach(s) > from;
        // The stretches `at` lies in: one, or the two it parts when it is a cut.
        let p = cuts.partition_point(|&c| c < at);
        let (first, last) = if cuts.get(p) == Some(&at) {
            (p.checked_sub(1), Some(p).filter(|&s| s < stretches))
        } else {
            let s = p.checked_sub(1).filter(|&s| s < stretches);
            (s, s)
        };
        let (Some(first), Some(last)) = (first, last) else {
            return at; // Before the first cut or past the last: nothing blocks.
        };
        if !(blocked(first) && blocked(last)) {
            return at;
        }
        let lo = cover
            .last_free_before(first, from)
            .map_or(cuts[0], |s| cuts[s + 1]);
        let hi = cuts[cover.first_free_from(last + 1, from).min(stretches)];
        if at - lo <= hi - at { lo } else { hi }
    }
}

/// How far across the levels each stretch along them is blocked, as a tree over the stretches.
/// Each node keeps the furthest point raised over all of its stretches at once (`raised`), and
/// the nearest and the furthest point any stretch below it is blocked to, its own raise
/// included (`least`, `most`). A stretch is blocked to the furthest point raised by its leaf or
/// by any node above it.
struct Cover {
    /// How many leaves the tree has: the stretches, then unblocked ones up to a power of two.
    leaves: usize,
    nodes: Vec<Node>,
}

/// Which stretches a search looks at: from one on, or those before it (the nearest first).
#[derive(Clone, Copy)]
enum Ahead {
    From(usize),
    Before(usize),
}

/// A node of a [`Cover`].
#[derive(Clone, Copy)]
struct Node {
    raised: f32,
    least: f32,
    most: f32,
}

impl Cover {
    /// `stretches` stretches, none blocked.
    fn new(stretches: usize) -> Cover {
        let leaves = stretches.next_power_of_two();
        Cover {
            leaves,
            nodes: vec![
                Node {
                    raised: f32::NEG_INFINITY,
                    least: f32::NEG_INFINITY,
                    most: f32::NEG_INFINITY,
                };
                2 * leaves
            ],
        }
    }

    /// Blocks the stretches `lo..hi` to at least `to`.
    fn raise(&mut self, lo: usize, hi: usize, to: f32) {
        if lo >= hi {
            return;
        }
        let (mut l, mut r) = (lo + self.leaves, hi + self.leaves);
        while l < r {
            if l & 1 == 1 {
                self.raise_node(l, to);
                l += 1;
            }
            if r & 1 == 1 {
                r -= 1;
                self.raise_node(r, to);
            }
            l /= 2;
            r /= 2;
        }
        self.settle(lo + self.leaves);
        self.settle(hi - 1 + self.leaves);
    }

    fn raise_node(&mut self, node: usize, to: f32) {
        let node = &mut self.nodes[node];
        node.raised = node.raised.max(to);
        node.least = node.least.max(to);
        node.most = node.most.max(to);
    }

    /// Brings the nodes above `leaf` up to date.
    fn settle(&mut self, leaf: usize) {
        let mut node = leaf / 2;
        while node >= 1 {
            let (left, right) = (self.nodes[2 * node], self.nodes[2 * node + 1]);
            let this = &mut self.nodes[node];
            this.least = this.raised.max(left.least.min(right.least));
            this.most = this.raised.max(left.most.max(right.most));
            node /= 2;
        }
    }

    /// How far stretch `s` is blocked.
    fn reach(&self, s: usize) -> f32 {
        let mut node = s + self.leaves;
        let mut reach = self.nodes[node].raised;
        while node > 1 {
            node /= 2;
            reach = reach.max(self.nodes[node].raised);
        }
        reach
    }

    /// The first stretch from `s` on that is blocked past `to`.
    fn first_blocked_from(&self, s: usize, to: f32) -> Option<usize> {
        self.search(Ahead::From(s), &|above, node| above.max(node.most) > to)
    }

    /// The last stretch before `s` that is blocked past `to`.
    fn last_blocked_before(&self, s: usize, to: f32) -> Option<usize> {
        self.search(Ahead::Before(s), &|above, node| above.max(node.most) > to)
    }

    /// The first stretch from `s` on that is not blocked past `from`; `leaves` or more when
    /// every one is.
    fn first_free_from(&self, s: usize, from: f32) -> usize {
        self.search(Ahead::From(s), &|above, node| above.max(node.least) <= from)
            .unwrap_or(self.leaves)
    }

    /// The last stretch before `s` that is not blocked past `from`.
    fn last_free_before(&self, s: usize, from: f32) -> Option<usize> {
        self.search(Ahead::Before(s), &|above, node| {
            above.max(node.least) <= from
        })
    }

    /// The nearest stretch in `ahead` that `may_hold` accepts, where `may_hold(above, node)`
    /// says whether `node`'s stretches, under nodes that raised to `above`, can hold one
    /// (for a leaf: whether it is one).
    fn search(&self, ahead: Ahead, may_hold: &impl Fn(f32, &Node) -> bool) -> Option<usize> {
        self.descend(1, 0..self.leaves, ahead, f32::NEG_INFINITY, may_hold)
    }

    /// `search` within `node`, which holds the stretches `span`, under nodes that raised to
    /// `above`: the nearer half first.
    fn descend(
        &self,
        node: usize,
        span: Range<usize>,
        ahead: Ahead,
        above: f32,
        may_hold: &impl Fn(f32, &Node) -> bool,
    ) -> Option<usize> {
        let outside = match ahead {
            Ahead::From(s) => span.end <= s,
            Ahead::Before(s) => span.start >= s,
        };
        if outside || !may_hold(above, &self.nodes[node]) {
            return None;
        }
        if span.len() == 1 {
            return Some(span.start);
        }
        let above = above.max(self.nodes[node].raised);
        let mid = span.start + span.len() / 2;
        let (left, right) = ((2 * node, span.start..mid), (2 * node + 1, mid..span.end));
        let (near, far) = match ahead {
            Ahead::From(_) => (left, right),
            Ahead::Before(_) => (right, left),
        };
        self.descend(near.0, near.1, ahead, above, may_hold)
            .or_else(|| self.descend(far.0, far.1, ahead, above, may_hold))
    }
}

#[cfg(test)]
/// The lane search as it was first written: every box is read for every band.
pub(super) fn free_lane_reading_every_box(
    obstacles: &[[f32; 4]],
    band: (f32, f32),
    at: f32,
) -> Option<f32> {
    let mut blocked: Vec<(f32, f32)> = obstacles
        .iter()
        .filter(|o| o[1] < band.1 && o[1] + o[3] > band.0)
        .map(edges)
        .collect();
    if blocked.is_empty() {
        return None;
    }
    blocked.sort_by(|x, y| x.0.total_cmp(&y.0));
    let mut merged: Vec<(f32, f32)> = Vec::new();
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

#[cfg(test)]
mod tests {
    use super::*;

    /// How far a run can go either way, reading every box.
    fn free_run_reading_every_box(obstacles: &[[f32; 4]], (across, at): Run) -> (f32, f32) {
        let stabbed = obstacles
            .iter()
            .filter(|o| o[1] < across && o[1] + o[3] > across)
            .map(edges);
        let mut reach = (f32::NEG_INFINITY, f32::INFINITY);
        for (lo, hi) in stabbed {
            if hi > at {
                reach.1 = reach.1.min(lo.max(at));
            }
            if lo < at {
                reach.0 = reach.0.max(hi.min(at));
            }
        }
        reach
    }

    proptest::proptest! {
        #[test]
        fn the_sweep_answers_what_reading_every_box_answers(
            boxes in proptest::collection::vec(
                (-500i32..500, -300i32..300, 0i32..120, 0i32..80, 0i32..4),
                0..60,
            ),
            lanes in proptest::collection::vec((-350i32..350, -40i32..200, -600i32..600), 0..24),
            runs in proptest::collection::vec((-350i32..350, -600i32..600), 0..24),
        ) {
            // Whole units and quarters, so that boxes touch, meet band edges and lanes exactly;
            // bands of every length, none and backwards (a target reaching past the channel)
            // among them.
            let quarter = |v: i32| v as f32 / 4.0;
            let boxes: Vec<[f32; 4]> = boxes
                .into_iter()
                .map(|(a, c, w, h, q)| [a as f32, c as f32 + quarter(q), w as f32, h as f32])
                .collect();
            let lanes: Vec<Lane> = lanes
                .into_iter()
                .map(|(start, length, at)| ((start as f32, (start + length) as f32), at as f32))
                .collect();
            let runs: Vec<Run> = runs
                .into_iter()
                .map(|(across, at)| (across as f32, at as f32))
                .collect();
            // Only the boxes reaching into what is asked are kept.
            let spans = lanes
                .iter()
                .map(|l| (l.0.0.min(l.0.1), l.0.0.max(l.0.1)))
                .chain(runs.iter().map(|r| (r.0, r.0)));
            let (free, reach) = Sweep::new(boxes.iter().copied(), spans).answer(&lanes, &runs);
            for (&(band, at), answer) in lanes.iter().zip(free) {
                proptest::prop_assert_eq!(
                    answer,
                    free_lane_reading_every_box(&boxes, band, at),
                    "band {:?} at {}", band, at
                );
            }
            for (&run, answer) in runs.iter().zip(reach) {
                proptest::prop_assert_eq!(
                    answer,
                    free_run_reading_every_box(&boxes, run),
                    "run {:?}", run
                );
            }
        }
    }

    #[test]
    fn a_box_reaching_into_the_band_from_above_blocks_the_lane() {
        // A tall box from above the band, and a short one inside it.
        let boxes = vec![[200.0, 40.0, 50.0, 10.0], [0.0, 0.0, 100.0, 50.0]];
        let lanes = [
            // Blocked at 50 by the tall box (with 4 units of room each side): the nearer edge.
            ((30.0, 60.0), 50.0),
            ((30.0, 60.0), 150.0),
            ((30.0, 60.0), 240.0),
            // No box reaches a band below them all.
            ((60.0, 90.0), 50.0),
            // A band that starts where the first did but ends before the short box.
            ((30.0, 35.0), 240.0),
            // On the edge of a box's room, and where two rooms meet: free, then blocked.
            ((30.0, 60.0), 104.0),
            ((30.0, 60.0), 196.0),
        ];
        let (free, _) =
            Sweep::new(boxes.into_iter(), std::iter::once((-100.0, 100.0))).answer(&lanes, &[]);
        assert_eq!(
            free,
            [
                Some(-4.0),
                Some(150.0),
                Some(254.0),
                None,
                Some(240.0),
                Some(104.0),
                Some(196.0)
            ]
        );
        // Two boxes whose rooms touch block as one span: where they meet is not free.
        let touching = vec![[0.0, 0.0, 100.0, 20.0], [108.0, 0.0, 50.0, 20.0]];
        let asks = [((5.0, 10.0), 104.0), ((5.0, 10.0), 40.0)];
        let (free, _) =
            Sweep::new(touching.into_iter(), std::iter::once((0.0, 20.0))).answer(&asks, &[]);
        assert_eq!(free, [Some(162.0), Some(-4.0)]);
    }

    #[test]
    fn a_run_goes_as_far_as_the_boxes_it_meets_with_their_room() {
        let boxes = vec![[0.0, 0.0, 100.0, 20.0], [200.0, 10.0, 50.0, 20.0]];
        let runs = [
            // Between the two: up to their rooms.
            (15.0, 150.0),
            // Level with the first only: nothing to the right of it.
            (5.0, 150.0),
            // Inside the first box's room: blocked at once both ways.
            (15.0, 102.0),
            // Along the first box's edge across the levels: touching is not passing.
            (20.0, 50.0),
        ];
        let (_, reach) =
            Sweep::new(boxes.into_iter(), std::iter::once((0.0, 30.0))).answer(&[], &runs);
        assert_eq!(
            reach,
            [
                (104.0, 196.0),
                (104.0, f32::INFINITY),
                (102.0, 102.0),
                (f32::NEG_INFINITY, 196.0)
            ]
        );
    }
}
