//! The dashed serves lines, from a team to each unit it serves elsewhere, routed round the
//! boxes of the levels they cross along a free lane.
//!
//! A line leaves its team for the gap before the team's level (the channel), runs along it to
//! a lane that no box of the levels in between blocks, crosses those levels along the lane, and
//! turns in the gap next to its target to arrive at the target's edge. Every line's way is first
//! drawn as it always was; where that way passes through a box (a team or a target in a stack,
//! or a box of the target's level deeper than the target), the line takes the way that keeps to
//! the gaps between levels instead: out of a stack and into one along the lane between the
//! stack's spine and its boxes, and through the gap below the target's level. All the lines'
//! questions (the lanes of both ways, and whether the way as it was passes a box where one
//! could be) are answered together by one sweep over the boxes ([`Sweep`]); a second, over the
//! boxes of the few gaps concerned, only for a way whose lane runs on beyond the levels it was
//! found free in (a target at the team's own level).

use super::forest::Forest;
use super::place::Emitter;
use super::sweep::{Lane, ROOM, Run, Sweep};
use super::{MAIN, NONE};
use crate::layout::{ConnectorKind, Placement};

/// Where a line's way as it was could pass a box, as places among the questions asked of the
/// sweep: its lane question, the lane where it leaves a stacked team and where it arrives at a
/// stacked target after turning, the straight way into a target reaching past the channel, and
/// the first of two runs (along the channel from where it leaves the team, and along the gap
/// where it turns from where it arrives). Elsewhere no box can be in its way: the boxes of a
/// level end before the gaps between levels, and a stack passing through a gap keeps away from
/// the boxes of the level below it.
struct Checks {
    lane: usize,
    /// The lane question of the way through the gaps, taken when the way as it was is not;
    /// `None` when it is the same question as `lane`.
    other: Option<usize>,
    leave: Option<usize>,
    arrive: Option<usize>,
    straight: Option<usize>,
    runs: usize,
}

/// Where across the levels `lanes` and `runs` ask about.
fn spans<'a>(lanes: &'a [Lane], runs: &'a [Run]) -> impl Iterator<Item = (f32, f32)> + 'a {
    lanes
        .iter()
        .map(|l| span(l.0.0, l.0.1))
        .chain(runs.iter().map(|r| (r.0, r.0)))
}

/// From the nearer of `a` and `b` to the further, across the levels.
fn span(a: f32, b: f32) -> (f32, f32) {
    (a.min(b), a.max(b))
}

/// One serves line: the boxes of its team and target (places in the boxes), its lane in the
/// gaps (0–3) and where it lands along the target's edge (0–1).
#[derive(Clone, Copy)]
struct Line {
    source: usize,
    target: usize,
    lane: usize,
    slot: f32,
}

/// Up to three points of a way, in the layout's own axes.
#[derive(Clone, Copy, Default)]
struct Points {
    points: [[f32; 2]; 3],
    len: usize,
}

impl Points {
    fn of(points: &[[f32; 2]]) -> Points {
        let mut out = Points::default();
        for (slot, &p) in out.points.iter_mut().zip(points) {
            *slot = p;
            out.len += 1;
        }
        out
    }

    fn get(&self) -> &[[f32; 2]] {
        self.points.get(..self.len).unwrap_or_default()
    }
}

/// A serves line's way, in the layout's own axes (`[along, across]`), before its lane is known.
#[derive(Clone, Copy)]
struct Way {
    /// From the team to where the line enters the channel.
    out: Points,
    /// Where it runs along the gap before the team's level, across the levels.
    channel: f32,
    /// The levels in between, across them, and where the line would go through them along them.
    band: (f32, f32),
    at: f32,
    /// Where it runs along the gap next to the target when it takes a lane other than `at`.
    turn: f32,
    /// From `[at, turn]` (or `[at, channel]`) into the target.
    into: Points,
}

impl Way {
    fn lane(&self) -> Lane {
        (self.band, self.at)
    }

    /// The lane the way takes across the levels when `free` is the answer to its lane
    /// question, if that is not where it arrives.
    fn detour(&self, free: Option<f32>) -> Option<f32> {
        free.filter(|free| (free - self.at).abs() > f32::EPSILON)
    }

    /// The way's points through lane `free` (see [`Sweep::answer`]).
    fn points(&self, free: Option<f32>) -> Vec<[f32; 2]> {
        let mut points = Vec::with_capacity(self.out.len + 3 + self.into.len);
        points.extend_from_slice(self.out.get());
        match self.detour(free) {
            Some(free) => points.extend([
                [free, self.channel],
                [free, self.turn],
                [self.at, self.turn],
            ]),
            None => points.push([self.at, self.channel]),
        }
        points.extend_from_slice(self.into.get());
        points
    }
}

impl Emitter<'_> {
    /// The serves lines of `forest`, once every box has its place: each serving node gets its
    /// own lane in the gap before its level, and the lines into one target land side by side,
    /// off the centre where the structure line arrives.
    pub(super) fn serves_lines(&mut self, forest: &Forest) {
        let lines = self.lines(forest);
        if lines.is_empty() {
            return;
        }
        let old: Vec<Way> = lines.iter().map(|line| self.old_way(line)).collect();
        let new: Vec<Way> = lines.iter().map(|line| self.new_way(line)).collect();
        // Whether each way as it was stays out of the boxes: its lane, and where a box could be
        // in its way (see `Checks`); and the lane of the way through the gaps.
        let stacked = |k: usize| self.placements[k] == Placement::Stacked;
        let mut lanes: Vec<Lane> = Vec::with_capacity(lines.len() * 2);
        let mut runs: Vec<Run> = Vec::with_capacity(lines.len() * 2);
        let mut checks: Vec<Checks> = Vec::with_capacity(lines.len());
        for ((line, way), other) in lines.iter().zip(&old).zip(&new) {
            let [leave, enter] = [way.out.get()[0], way.out.get()[1]];
            let end = way.into.get()[0][1];
            let mut ask = |lane: Lane| {
                lanes.push(lane);
                lanes.len() - 1
            };
            checks.push(Checks {
                lane: ask(way.lane()),
                other: (other.lane() != way.lane()).then(|| ask(other.lane())),
                leave: stacked(line.source).then(|| ask((span(leave[1], enter[1]), leave[0]))),
                arrive: stacked(line.target).then(|| ask((span(way.turn, end), way.at))),
                straight: (way.band.0 > way.band.1).then(|| ask((span(way.channel, end), way.at))),
                runs: runs.len(),
            });
            runs.extend([(way.channel, leave[0]), (way.turn, way.at)]);
        }
        let sweep = Sweep::new(self.boxes_in_axes(), spans(&lanes, &runs));
        let (free, reach) = sweep.answer(&lanes, &runs);
        let clear = |k: Option<usize>| k.is_none_or(|k| free[k].is_none_or(|f| f == lanes[k].1));
        let within_reach = |k: usize, x: f32| reach[k].0 <= x && x <= reach[k].1;
        // Whether each way as it was is kept: `Some` when that is known, `None` while it depends
        // on whether the lane it crosses the levels along is free beyond the band it was found
        // in (then that is asked again).
        let mut again: Vec<Lane> = Vec::new();
        let kept: Vec<Option<bool>> = old
            .iter()
            .zip(&checks)
            .map(|(way, check)| {
                let lane = way.detour(free[check.lane]);
                let through = lane.unwrap_or(way.at);
                let clear = clear(check.leave)
                    && within_reach(check.runs, through)
                    && match lane {
                        None => clear(check.straight),
                        Some(lane) => within_reach(check.runs + 1, lane) && clear(check.arrive),
                    };
                let along = span(way.channel, way.turn);
                let in_band = way.band.0 <= along.0 && along.1 <= way.band.1;
                if clear
                    && !in_band
                    && let Some(lane) = lane
                {
                    again.push((along, lane));
                    return None;
                }
                Some(clear)
            })
            .collect();
        let free_again = if again.is_empty() {
            Vec::new()
        } else {
            Sweep::new(self.boxes_in_axes(), spans(&again, &[]))
                .answer(&again, &[])
                .0
        };
        let mut asked_again = again.iter().zip(free_again);
        for ((way, other), (check, kept)) in old.iter().zip(&new).zip(checks.iter().zip(kept)) {
            let kept = kept.unwrap_or_else(|| {
                asked_again
                    .next()
                    .is_some_and(|(ask, free)| free.is_none_or(|f| f == ask.1))
            });
            let points = if kept {
                way.points(free[check.lane])
            } else {
                other.points(free[check.other.unwrap_or(check.lane)])
            };
            self.draw(points);
        }
    }

    /// The serves lines of `forest` whose team and target are both shown, in the order they
    /// are drawn.
    fn lines(&self, forest: &Forest) -> Vec<Line> {
        let n = forest.up.len();
        let serves = &forest.serves;
        let mut incoming = vec![0usize; n];
        for &(_, to) in serves {
            incoming[to] += 1;
        }
        let mut landed = vec![0usize; n];
        let mut lane_of = vec![NONE; n];
        let mut lanes = 0;
        let mut lines: Vec<Line> = Vec::with_capacity(serves.len());
        for &(from, to) in serves {
            let (Some(&source), Some(&target)) = (self.box_of.get(from), self.box_of.get(to))
            else {
                continue;
            };
            if source == u32::MAX || target == u32::MAX {
                continue; // Hidden in a collapsed subtree.
            }
            if lane_of[from] == NONE {
                lane_of[from] = lanes;
                lanes += 1;
            }
            let slot = (landed[to] + 1) as f32 / (incoming[to] + 2) as f32;
            landed[to] += 1;
            lines.push(Line {
                source: source as usize,
                target: target as usize,
                lane: lane_of[from] % 4,
                slot,
            });
        }
        lines
    }

    /// Every box in the layout's own axes.
    fn boxes_in_axes(&self) -> impl Iterator<Item = [f32; 4]> {
        self.rects.iter().map(|&r| self.axes(r))
    }

    /// A rectangle in the layout's own axes, `[along, across, along_size, across_size]`, where
    /// "across" runs from a level to the next (down in a top-down chart, right in a left-right
    /// one); or back: the swap is its own inverse.
    fn axes(&self, r: [f32; 4]) -> [f32; 4] {
        if self.top_down {
            r
        } else {
            [r[1], r[0], r[3], r[2]]
        }
    }

    /// How far before a level the line of `lane` runs along the gap in front of it, and where
    /// it turns next to its target.
    fn offsets(&self, lane: usize) -> (f32, f32) {
        let gap = self.options.level_gap;
        (
            gap * (0.12 + 0.1 * lane as f32),
            gap * (0.2 + 0.1 * lane as f32),
        )
    }

    /// The way as it always was: up from the team's edge facing the level before, straight
    /// across the levels in between or through the nearest free lane, and turning next to the
    /// target's edge. A target above the team's level is reached across the gap below it, one
    /// at the team's level or below across the gap above it.
    fn old_way(&self, line: &Line) -> Way {
        let (channel_off, turn_off) = self.offsets(line.lane);
        let from = self.axes(self.rects[line.source]);
        let to = self.axes(self.rects[line.target]);
        let start = [from[0] + from[2] * 0.75, from[1]];
        let channel = from[1] - channel_off;
        let at = to[0] + to[2] * line.slot;
        let (end, band, turn) = if to[1] + to[3] <= channel {
            let end = to[1] + to[3];
            (end, (end, channel), end + turn_off)
        } else {
            (to[1], (channel, to[1]), to[1] - turn_off)
        };
        Way {
            out: Points::of(&[start, [start[0], channel]]),
            channel,
            band,
            at,
            turn,
            into: Points::of(&[[at, end]]),
        }
    }

    /// The way that keeps to the gaps between levels: the channel is the gap before the level
    /// the team hangs from, a stacked team is left and a stacked target reached along the lane
    /// between the stack's spine and its boxes (entering the stack from the gap before its
    /// level), and a target above the team's level is turned to in the gap below its level,
    /// clear of the deeper boxes beside it.
    fn new_way(&self, line: &Line) -> Way {
        let (channel_off, turn_off) = self.offsets(line.lane);
        let from = self.axes(self.rects[line.source]);
        let to = self.axes(self.rects[line.target]);
        let stacked = |k: usize| self.placements[k] == Placement::Stacked;
        let channel = self.levels[line.source] - channel_off;
        let target_level = self.levels[line.target];
        let (out, leave) = if stacked(line.source) {
            let side = [from[0] - ROOM, from[1] + from[3] * 0.25];
            (
                Points::of(&[[from[0], side[1]], side, [side[0], channel]]),
                side,
            )
        } else {
            let start = [from[0] + from[2] * 0.75, from[1]];
            (Points::of(&[start, [start[0], channel]]), start)
        };
        if stacked(line.target) {
            let lane = to[0] - ROOM;
            let arrive = to[1] + to[3] * line.slot * 0.5;
            let into = Points::of(&[[lane, arrive], [to[0], arrive]]);
            if stacked(line.source) && lane == leave[0] && target_level == self.levels[line.source]
            {
                // In the same column of the same stack: along the lane between them.
                return Way {
                    out: Points::of(&[[from[0], leave[1]]]),
                    channel: leave[1],
                    band: (leave[1], leave[1]),
                    at: lane,
                    turn: leave[1],
                    into,
                };
            }
            let turn = target_level - turn_off;
            return Way {
                out,
                channel,
                band: (turn.min(channel), turn.max(channel)),
                at: lane,
                turn,
                into,
            };
        }
        let at = to[0] + to[2] * line.slot;
        let (end, band, turn) = if to[1] + to[3] <= channel {
            // The gap below the target's level starts where its deepest box ends.
            let deepest = self.pitch(MAIN) - self.options.level_gap;
            let end = to[1] + to[3];
            (end, (end, channel), target_level + deepest + turn_off)
        } else {
            let turn = to[1] - turn_off;
            (to[1], (turn.min(channel), to[1]), turn)
        };
        Way {
            out,
            channel,
            band,
            at,
            turn,
            into: Points::of(&[[at, end]]),
        }
    }

    /// Draws a serves line through `points`, in the layout's own axes.
    fn draw(&mut self, mut points: Vec<[f32; 2]>) {
        if !self.top_down {
            for p in &mut points {
                p.swap(0, 1);
            }
        }
        self.line(ConnectorKind::Serves, &points);
    }
}

#[cfg(test)]
mod tests {
    use super::super::sweep::free_lane_reading_every_box;
    use super::super::tests::organisation;
    use super::super::{Builder, forest::Forest};
    use super::*;
    use crate::layout::{LayoutOptions, Orientation};

    /// Whether the segment `p`–`q` (in the layout's own axes) passes through a box or the room
    /// beside it along the levels, as the sweep's questions ask.
    fn passes(boxes: &[[f32; 4]], p: [f32; 2], q: [f32; 2]) -> bool {
        if p[0] == q[0] {
            free_lane_reading_every_box(boxes, span(p[1], q[1]), p[0]).is_some_and(|f| f != p[0])
        } else {
            let (lo, hi) = span(p[0], q[0]);
            boxes.iter().any(|o| {
                o[1] < p[1] && p[1] < o[1] + o[3] && o[0] - ROOM < hi && o[0] + o[2] + ROOM > lo
            })
        }
    }

    #[test]
    fn the_ways_as_they_were_are_kept_where_they_pass_no_box() {
        let (mut kept, mut changed) = (0, 0);
        for seed in 0..4 {
            let s = organisation(1_500, seed);
            for orientation in [Orientation::TopDown, Orientation::LeftRight] {
                let options = LayoutOptions {
                    orientation,
                    ..LayoutOptions::default()
                };
                let chart = Builder::new(&s, &options).run();
                let kinds = s.nodes().map(|n| n.kind).collect();
                let mut forest = Forest::of(&s, kinds, &options);
                forest.sum_up_serves(&[]);
                // The boxes as laid out, to draw the lines as they were drawn before.
                let emitter = Emitter {
                    top_down: orientation == Orientation::TopDown,
                    pitch: [0.0; 3],
                    options: &options,
                    rects: chart
                        .boxes
                        .iter()
                        .map(|b| [b.x, b.y, b.width, b.height])
                        .collect(),
                    placements: Vec::new(),
                    levels: Vec::new(),
                    box_of: &forest.box_of,
                    connectors: Vec::new(),
                    points: Vec::new(),
                    trunks: Vec::new(),
                    under: None,
                };
                let boxes: Vec<[f32; 4]> = emitter.boxes_in_axes().collect();
                let sweep =
                    Sweep::new(boxes.iter().copied(), std::iter::once((f32::MIN, f32::MAX)));
                let drawn = chart
                    .connectors
                    .iter()
                    .filter(|c| c.kind == ConnectorKind::Serves);
                let lines = emitter.lines(&forest);
                assert_eq!(drawn.clone().count(), lines.len());
                for (line, drawn) in lines.iter().zip(drawn) {
                    let way = emitter.old_way(line);
                    let (free, _) = sweep.answer(&[way.lane()], &[]);
                    let old = way.points(free[0]);
                    let drawn: Vec<[f32; 2]> = chart
                        .points_of(drawn)
                        .iter()
                        .map(|&[x, y]| if emitter.top_down { [x, y] } else { [y, x] })
                        .collect();
                    if drawn == old {
                        kept += 1;
                    } else {
                        changed += 1;
                        assert!(
                            old.windows(2).any(|pair| passes(&boxes, pair[0], pair[1])),
                            "seed {seed} {orientation:?}: {old:?} passes no box, yet {drawn:?}"
                        );
                    }
                }
            }
        }
        // Most lines keep their ways; those from and to stacked boxes among others do not.
        assert!(
            changed > 0 && kept > 4 * changed,
            "{kept} kept, {changed} changed"
        );
    }
}
