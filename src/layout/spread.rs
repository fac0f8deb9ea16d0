//! Room opened in a laid-out chart: everything past a place moved along, the lines that cross
//! the place stretched over the room, so that a page edge can fall between boxes instead of
//! through them.

use super::Layout;

/// Which way room is opened: across the chart (moving things right) or down it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Axis {
    /// Along x.
    Across,
    /// Along y.
    Down,
}

impl Axis {
    fn index(self) -> usize {
        match self {
            Axis::Across => 0,
            Axis::Down => 1,
        }
    }
}

/// A chart's boxes and the points of its lines along one axis: where room can be opened so
/// that the boxes past it move whole, with the lines that meet them.
pub struct Sides {
    axis: Axis,
    /// How far a box's drawing reaches before and after it along the axis (its outline's
    /// stroke, a tag across its edge).
    reach: [f32; 2],
    /// Each box as `[start, end, low, high]`: where it starts and ends along the axis, and
    /// across it, in order of its start.
    boxes: Vec<[f32; 4]>,
    /// The longest box along the axis: a box that reaches a place starts at most this far
    /// before it.
    longest: f32,
    /// The lines' points, in order along the axis.
    points: Vec<[f32; 2]>,
}

/// How close to a box a line's point meets it.
const TOUCH: f32 = 0.5;

/// How far before the boxes it reaches a line may run (a list's spine runs half an indent
/// before its rows): room opened that far before the boxes moves such lines with them.
const LINE_ROOM: f32 = 10.0;

impl Sides {
    /// The sides of `layout` along `axis`, each box reaching `reach` before and after itself.
    #[must_use]
    pub fn new(layout: &Layout, axis: Axis, reach: [f32; 2]) -> Sides {
        let k = axis.index();
        let mut points = layout.points.clone();
        points.sort_unstable_by(|p, q| p[k].total_cmp(&q[k]));
        let mut boxes: Vec<[f32; 4]> = layout
            .boxes
            .iter()
            .map(|b| match axis {
                Axis::Across => [b.x, b.x + b.width, b.y, b.y + b.height],
                Axis::Down => [b.y, b.y + b.height, b.x, b.x + b.width],
            })
            .collect();
        boxes.sort_unstable_by(|p, q| p[0].total_cmp(&q[0]));
        let longest = boxes.iter().map(|b| b[1] - b[0]).fold(0.0f32, f32::max);
        Sides {
            axis,
            reach,
            boxes,
            longest: longest + reach[0] + reach[1],
            points,
        }
    }

    /// The boxes that may reach `at` (with their reach): those starting less than the longest
    /// box before it, up to it.
    fn near(&self, at: f32) -> &[[f32; 4]] {
        let from = self
            .boxes
            .partition_point(|b| b[0] - self.reach[0] < at - self.longest);
        let to = self.boxes.partition_point(|b| b[0] - self.reach[0] < at);
        self.boxes.get(from..to).unwrap_or_default()
    }

    /// The boxes a line across the chart at `at` runs through, each with what is drawn round
    /// it: where the first of them starts, and how long the longest is, or `None` when it runs
    /// through none.
    #[must_use]
    pub fn through(&self, at: f32) -> Option<(f32, f32)> {
        self.near(at)
            .iter()
            .map(|b| (b[0] - self.reach[0], b[1] + self.reach[1]))
            .filter(|&(from, to)| from < at && at < to)
            .fold(None, |found, (from, to)| {
                let (first, longest) = found.unwrap_or((from, 0.0f32));
                Some((first.min(from), longest.max(to - from)))
            })
    }

    /// Where room can be opened so that the boxes starting at `first` or later move, with
    /// the lines that meet them and those running at most [`LINE_ROOM`] before them (a list's
    /// spine): just before `first` or the first such line, or, where that runs through a box
    /// that a line meets past it, [`LINE_ROOM`] before that box, as a box that stays must keep
    /// its lines (going on down from there); `None` when that is `floor` or below.
    #[must_use]
    pub fn cut_before(&self, first: f32, floor: f32) -> Option<f32> {
        let k = self.axis.index();
        // Just before the first line's point within LINE_ROOM before the boxes, if any.
        let near = self.points.partition_point(|v| v[k] < first - LINE_ROOM);
        let mut cut = self.points.get(near).map_or(first, |v| v[k].min(first)) - TOUCH;
        // The boxes a place runs through (their drawing aside: a box moves by where it starts),
        // by where they lie across the axis, where no two of them overlap, as they overlap no
        // box and all cross the same line.
        let mut through: Vec<[f32; 4]> = Vec::new();
        while cut > floor {
            through.clear();
            through.extend(
                self.near(cut)
                    .iter()
                    .filter(|b| b[0] < cut && cut < b[1])
                    .map(|b| [b[2] - TOUCH, b[3] + TOUCH, b[0], b[1] + TOUCH]),
            );
            through.sort_unstable_by(|p, q| p[0].total_cmp(&q[0]));
            let last_end = through.iter().map(|t| t[3]).fold(f32::MIN, f32::max);
            let past = self.points.partition_point(|v| v[k] < cut);
            // The first start of a box, run through, that a line meets past the place.
            let lowest = self
                .points
                .get(past..)
                .unwrap_or_default()
                .iter()
                .take_while(|v| v[k] <= last_end)
                .filter_map(|v| {
                    let j = through
                        .partition_point(|t| t[0] <= v[1 - k])
                        .checked_sub(1)?;
                    let t = through.get(j)?;
                    (v[1 - k] <= t[1] && v[k] <= t[3]).then_some(t[2])
                })
                .reduce(f32::min);
            match lowest {
                None => return Some(cut),
                Some(start) => cut = start - LINE_ROOM,
            }
        }
        None
    }
}

impl Layout {
    /// Opens room along `axis`: for each `(at, by)` of `cuts` (in order of `at`, in this
    /// layout's coordinates), everything at or past `at` moves `by` further. Boxes move whole
    /// by where they start; each point of a line by where it lies, so a line that crosses `at`
    /// is stretched: a segment along one axis or the other stays so, and a slanted one (a
    /// staff line) still joins the boxes it joined.
    pub fn open(&mut self, axis: Axis, cuts: &[(f32, f32)]) {
        if cuts.is_empty() {
            return;
        }
        let mut total = 0.0f32;
        let moved: Vec<(f32, f32)> = cuts
            .iter()
            .map(|&(at, by)| {
                total += by.max(0.0);
                (at, total)
            })
            .collect();
        let shift = |v: f32| {
            let passed = moved.partition_point(|&(at, _)| at <= v);
            passed.checked_sub(1).map_or(0.0, |k| moved[k].1)
        };
        let k = axis.index();
        for b in &mut self.boxes {
            match axis {
                Axis::Across => b.x += shift(b.x),
                Axis::Down => b.y += shift(b.y),
            }
        }
        for point in &mut self.points {
            point[k] += shift(point[k]);
        }
        match axis {
            Axis::Across => self.width += total,
            Axis::Down => self.height += total,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{LayoutOptions, layout};

    fn sample() -> Layout {
        let plan = crate::examples::load(crate::examples::Example::Kouvola).unwrap();
        layout(plan.baseline(), &LayoutOptions::default())
    }

    /// The top of the highest box, and of the highest below it.
    fn tops(chart: &Layout) -> (f32, f32) {
        let top = chart
            .boxes
            .iter()
            .map(|b| b.y)
            .fold(f32::INFINITY, f32::min);
        let second = chart.boxes.iter().map(|b| b.y).filter(|&y| y > top + 1.0);
        (top, second.fold(f32::INFINITY, f32::min))
    }

    #[test]
    fn a_line_across_runs_through_the_boxes_it_crosses() {
        let chart = sample();
        let sides = Sides::new(&chart, Axis::Down, [0.0, 0.0]);
        let (top, _) = tops(&chart);
        let first = chart.boxes.iter().find(|b| b.y == top).unwrap();
        let (start, longest) = sides.through(top + 1.0).unwrap();
        assert_eq!(start, top);
        assert!(longest >= first.height);
        // Between two levels it runs through none.
        assert_eq!(sides.through(top + first.height + 1.0), None);
    }

    #[test]
    fn opening_room_moves_what_lies_past_it_and_stretches_the_lines_across() {
        let before = sample();
        let sides = Sides::new(&before, Axis::Down, [0.0, 0.0]);
        // The second level of boxes, and room opened before it.
        let (top, second) = tops(&before);
        let at = sides.cut_before(second, top).unwrap();
        assert!(at < second);
        let mut after = before.clone();
        after.open(Axis::Down, &[(at, 40.0)]);
        assert_eq!(after.height, before.height + 40.0);
        for (a, b) in before.boxes.iter().zip(&after.boxes) {
            let by = if a.y >= at { 40.0 } else { 0.0 };
            assert_eq!(b.y, a.y + by);
            assert_eq!(b.x, a.x);
        }
        for (c, d) in before.connectors.iter().zip(&after.connectors) {
            let (p, q) = (before.points_of(c), after.points_of(d));
            for (u, v) in p.windows(2).zip(q.windows(2)) {
                // A segment along one axis stays along it.
                assert_eq!(u[0][0] == u[1][0], v[0][0] == v[1][0]);
                assert_eq!(u[0][1] == u[1][1], v[0][1] == v[1][1]);
            }
        }
        // A line that ended on a box still ends on it.
        let on = |chart: &Layout, p: [f32; 2]| {
            chart.boxes.iter().position(|b| {
                p[0] >= b.x - 0.5
                    && p[0] <= b.x + b.width + 0.5
                    && p[1] >= b.y - 0.5
                    && p[1] <= b.y + b.height + 0.5
            })
        };
        let mut ends = 0;
        for (c, d) in before.connectors.iter().zip(&after.connectors) {
            if let (Some(&p), Some(&q)) = (before.points_of(c).last(), after.points_of(d).last())
                && let Some(box_at) = on(&before, p)
            {
                assert_eq!(on(&after, q), Some(box_at));
                ends += 1;
            }
        }
        assert!(ends > 10);
        let crossing = before.connectors.iter().any(|c| {
            let p = before.points_of(c);
            p.iter().any(|q| q[1] < at) && p.iter().any(|q| q[1] >= at)
        });
        assert!(crossing, "a line crosses the room opened");
    }
}
