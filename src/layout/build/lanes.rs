//! The dashed serves lines, from a team to each unit it serves elsewhere, routed round the
//! boxes of the levels they cross along a free lane.

use super::NONE;
use super::forest::Forest;
use super::place::Emitter;
use crate::layout::ConnectorKind;

impl Emitter<'_> {
    /// The serves lines of `forest`, once every box has its place: each serving node gets its
    /// own lane in the gap above it, and the lines into one target land side by side, off the
    /// centre where the structure line arrives.
    pub(super) fn serves_lines(&mut self, forest: &Forest) {
        let n = forest.up.len();
        let serves = &forest.serves;
        let mut incoming = vec![0usize; n];
        for &(_, to) in serves {
            incoming[to] += 1;
        }
        let mut landed = vec![0usize; n];
        let mut lane_of = vec![NONE; n];
        let mut lanes = 0;
        // The boxes as obstacles, in the layout's own axes (along the levels, across them),
        // sorted by where they start across the levels; built only when some line needs it.
        let mut obstacles = if serves.is_empty() {
            Obstacles::default()
        } else {
            self.obstacles()
        };
        for &(from, to) in serves {
            if let (Some(source), Some(target)) = (self.rect(from), self.rect(to)) {
                if lane_of[from] == NONE {
                    lane_of[from] = lanes;
                    lanes += 1;
                }
                let slot = (landed[to] + 1) as f32 / (incoming[to] + 2) as f32;
                landed[to] += 1;
                self.serves_line(source, target, lane_of[from] % 4, slot, &mut obstacles);
            }
        }
    }

    /// Every box as `[along, across, along_size, across_size]`, where "across" runs from a
    /// level to the next (down in a top-down chart, right in a left-right one), sorted by
    /// where the boxes start across.
    fn obstacles(&self) -> Obstacles {
        let mut boxes: Vec<[f32; 4]> = self.rects.iter().map(|&r| self.axes(r)).collect();
        boxes.sort_by(|a, b| a[1].total_cmp(&b[1]));
        let deepest = boxes.iter().map(|o| o[3]).fold(0.0f32, f32::max);
        Obstacles {
            boxes,
            deepest,
            bands: std::collections::HashMap::new(),
        }
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
    /// straight way to the target would cross boxes of the levels in between (above the team
    /// or below it), the line goes round them: along the nearest free lane through those
    /// levels, then across the gap next to the target.
    fn serves_line(
        &mut self,
        from: [f32; 4],
        to: [f32; 4],
        lane: usize,
        slot: f32,
        obstacles: &mut Obstacles,
    ) {
        let gap = self.options.level_gap * (0.12 + 0.1 * lane as f32);
        // Work in the layout's axes: `a` along the levels, `c` across them.
        let (from, to) = (self.axes(from), self.axes(to));
        let start = [from[0] + from[2] * 0.75, from[1]];
        let channel = from[1] - gap;
        let a = to[0] + to[2] * slot;
        // A target above the team's level is reached across the gap below it, one at the
        // team's level or below across the gap above it; either way through the levels in
        // between along the nearest free lane when the straight way would cross boxes.
        let (end, band, toward) = if to[1] + to[3] <= channel {
            (to[1] + to[3], (to[1] + to[3], channel), 1.0)
        } else {
            (to[1], (channel, to[1]), -1.0)
        };
        let mut points: Vec<[f32; 2]> = match free_lane(obstacles, band, a) {
            Some(free) if (free - a).abs() > f32::EPSILON => {
                let turn = end + toward * self.options.level_gap * (0.2 + 0.1 * (lane % 4) as f32);
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
        };
        if !self.top_down {
            for p in &mut points {
                p.swap(0, 1);
            }
        }
        self.line(ConnectorKind::Serves, &points);
    }
}

/// The boxes as obstacles to serves lines: `[along, across, along_size, across_size]` in the
/// layout's own axes, sorted by where they start across the levels, and the largest
/// `across_size`; and the spans blocked in each band a line has crossed so far. Lines cross
/// the same bands over and over (bands run between levels), so each band's boxes are gathered
/// and merged once, not once a line, as they were when many serves lines made the routing
/// quadratic.
#[derive(Default)]
struct Obstacles {
    boxes: Vec<[f32; 4]>,
    deepest: f32,
    bands: std::collections::HashMap<(u32, u32), Vec<(f32, f32)>>,
}

/// The lane nearest to `at` (along the levels) that crosses no box in `band` (across the
/// levels), with a little room beside the boxes; `at` itself when it is free, `None` when no
/// box lies in the band at all.
fn free_lane(obstacles: &mut Obstacles, band: (f32, f32), at: f32) -> Option<f32> {
    let key = (band.0.to_bits(), band.1.to_bits());
    let spans = match obstacles.bands.entry(key) {
        std::collections::hash_map::Entry::Occupied(known) => known.into_mut(),
        std::collections::hash_map::Entry::Vacant(new) => {
            new.insert(blocked_spans(&obstacles.boxes, obstacles.deepest, band))
        }
    };
    if spans.is_empty() {
        return None;
    }
    // The spans are sorted and apart: only the last one starting before `at` can cover it.
    let before = spans.partition_point(|(lo, _)| *lo < at);
    match before.checked_sub(1).and_then(|k| spans.get(k)) {
        Some(&(lo, hi)) if at < hi => Some(if at - lo <= hi - at { lo } else { hi }),
        _ => Some(at),
    }
}

/// What blocks lanes through `band` (across the levels): the boxes reaching into it, with a
/// little room beside each, merged where they overlap or touch, in order along the levels.
fn blocked_spans(boxes: &[[f32; 4]], deepest: f32, band: (f32, f32)) -> Vec<(f32, f32)> {
    const ROOM: f32 = 4.0;
    // Boxes start across the levels in order: those starting before the band's far end, and
    // late enough to reach into it. No box is deeper than the deepest, and a float sum never
    // falls when a term grows, so no box the filter below keeps is left out. Only the levels
    // of the band are read, not every box above it.
    let before_end = boxes.partition_point(|o| o[1] < band.1);
    let from = boxes
        .partition_point(|o| o[1] + deepest <= band.0)
        .min(before_end);
    let mut blocked: Vec<(f32, f32)> = boxes
        .get(from..before_end)
        .unwrap_or_default()
        .iter()
        .filter(|o| o[1] + o[3] > band.0)
        .map(|o| (o[0] - ROOM, o[0] + o[2] + ROOM))
        .collect();
    blocked.sort_by(|x, y| x.0.total_cmp(&y.0));
    let mut merged: Vec<(f32, f32)> = Vec::with_capacity(blocked.len());
    for (lo, hi) in blocked {
        match merged.last_mut() {
            Some(last) if lo <= last.1 => last.1 = last.1.max(hi),
            _ => merged.push((lo, hi)),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lane search as it was before the bands' spans were kept: every box is read.
    fn free_lane_reading_every_box(
        obstacles: &[[f32; 4]],
        band: (f32, f32),
        at: f32,
    ) -> Option<f32> {
        const ROOM: f32 = 4.0;
        let mut blocked: Vec<(f32, f32)> = obstacles
            .iter()
            .filter(|o| o[1] < band.1 && o[1] + o[3] > band.0)
            .map(|o| (o[0] - ROOM, o[0] + o[2] + ROOM))
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

    proptest::proptest! {
        #[test]
        fn the_lane_search_finds_what_reading_every_box_finds(
            mut boxes in proptest::collection::vec(
                (-500i32..500, -300i32..300, 0i32..120, 0i32..80, 0i32..4),
                0..60,
            ),
            queries in proptest::collection::vec((-350i32..350, 0i32..200, -600i32..600), 1..12),
        ) {
            // Whole units and quarters, so that boxes touch, meet band edges and lanes exactly.
            let quarter = |v: i32| v as f32 / 4.0;
            let mut boxes: Vec<[f32; 4]> = boxes
                .drain(..)
                .map(|(a, c, w, h, q)| [a as f32, c as f32 + quarter(q), w as f32, h as f32])
                .collect();
            boxes.sort_by(|a, b| a[1].total_cmp(&b[1]));
            let deepest = boxes.iter().map(|o| o[3]).fold(0.0f32, f32::max);
            let mut obstacles = Obstacles {
                boxes: boxes.clone(),
                deepest,
                bands: std::collections::HashMap::new(),
            };
            // Each band twice, so that the second time it is answered from the kept spans.
            for &(start, length, at) in queries.iter().chain(&queries) {
                let band = (start as f32, (start + length) as f32);
                let at = at as f32;
                proptest::prop_assert_eq!(
                    free_lane(&mut obstacles, band, at),
                    free_lane_reading_every_box(&boxes, band, at),
                    "band {:?} at {}", band, at
                );
            }
        }
    }

    #[test]
    fn a_box_reaching_into_the_band_from_above_blocks_the_lane() {
        // Sorted by where they start across the levels: a tall box from above the band, and a
        // short one inside it.
        let mut obstacles = Obstacles {
            boxes: vec![[0.0, 0.0, 100.0, 50.0], [200.0, 40.0, 50.0, 10.0]],
            deepest: 50.0,
            bands: std::collections::HashMap::new(),
        };
        // Blocked at 50 by the tall box (with 4 units of room each side): the nearer edge.
        assert_eq!(free_lane(&mut obstacles, (30.0, 60.0), 50.0), Some(-4.0));
        assert_eq!(free_lane(&mut obstacles, (30.0, 60.0), 150.0), Some(150.0));
        assert_eq!(free_lane(&mut obstacles, (30.0, 60.0), 240.0), Some(254.0));
        // No box reaches a band below them all.
        assert_eq!(free_lane(&mut obstacles, (60.0, 90.0), 50.0), None);
        // A band that starts where the first did but ends before the short box: the spans
        // kept for the first band are not used for it.
        assert_eq!(free_lane(&mut obstacles, (30.0, 35.0), 240.0), Some(240.0));
        assert_eq!(free_lane(&mut obstacles, (30.0, 60.0), 240.0), Some(254.0));
    }
}
