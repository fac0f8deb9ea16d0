//! Measuring the boxes: each shown node's text set in lines and the size of its box, on one
//! thread or, for a large chart, in runs handed out from both ends to two threads while the
//! first also builds the forest and the layout tree.

use std::ops::Range;

use super::forest::Forest;
use super::serves::{Notes, Summary};
use super::tree::Tree;
use super::{Builder, both, index};
use crate::layout::boxes::Texts;
use crate::model::{Node, NodeKind};

/// How many boxes a thread measures at a time, when both threads measure.
pub(super) const MEASURE_RUN: usize = 512;

/// The runs of boxes not measured yet, taken from the front by one thread and from the back
/// by the other.
struct Runs {
    /// The first run not taken from the front.
    front: usize,
    /// The first run taken from the back.
    back: usize,
}

impl Runs {
    fn new(runs: usize) -> Runs {
        Runs {
            front: 0,
            back: runs,
        }
    }

    /// The next run from the front or from the back; `None` once all are taken.
    fn take(&mut self, from_front: bool) -> Option<usize> {
        (self.front < self.back).then(|| {
            if from_front {
                self.front += 1;
                self.front - 1
            } else {
                self.back -= 1;
                self.back
            }
        })
    }
}

/// Boxes measured in one go: their texts, and each box's size and lines (places in these
/// texts' lines).
pub(super) struct Part {
    pub(super) texts: Texts,
    pub(super) sizes: Vec<[f32; 2]>,
    pub(super) lines: Vec<Range<u32>>,
}

impl Part {
    /// No boxes yet, with room for `boxes`.
    pub(super) fn with_capacity(boxes: usize) -> Part {
        Part {
            texts: Texts::with_capacity(boxes),
            sizes: Vec::with_capacity(boxes),
            lines: Vec::with_capacity(boxes),
        }
    }

    /// Appends the boxes measured after these, moving their lines' places.
    pub(super) fn append(&mut self, more: Part) {
        let shift = index(self.texts.lines.len());
        self.texts.append(more.texts);
        self.lines.extend(
            more.lines
                .into_iter()
                .map(|r| r.start + shift..r.end + shift),
        );
        self.sizes.extend(more.sizes);
    }
}

impl Builder<'_> {
    /// Measures the boxes of `places`, the first part of `room` boxes, `hidden` giving how many
    /// nodes each box hides and `notes` the boxes' serves notes.
    fn measure(
        &self,
        nodes: &[&Node],
        places: impl Iterator<Item = usize>,
        hidden: impl Fn(usize) -> usize,
        notes: &Notes,
        room: usize,
    ) -> Part {
        let mut part = Part::with_capacity(room);
        self.measure_into(&mut part, nodes, places, hidden, notes);
        part
    }

    /// Measures the boxes of the nodes at `places` after those `part` holds.
    fn measure_into(
        &self,
        part: &mut Part,
        nodes: &[&Node],
        places: impl Iterator<Item = usize>,
        hidden: impl Fn(usize) -> usize,
        notes: &Notes,
    ) {
        for at in places {
            // Places come from the forest of these nodes; were one missing, an empty entry
            // keeps the sizes in step with the places.
            let (lines, width, height) = match nodes.get(at) {
                Some(node) => self.options.measure(
                    self.scenario,
                    node,
                    hidden(at),
                    notes.get(at),
                    notes.wide(at),
                    &mut part.texts,
                ),
                None => (0..0, 0.0, 0.0),
            };
            part.sizes.push([width, height]);
            part.lines.push(lines);
        }
    }

    /// The places of the nodes the options call gone, sorted.
    fn gone_places(&self) -> Vec<usize> {
        let mut places: Vec<usize> = (self.options.gone.iter())
            .filter_map(|id| self.scenario.position(id))
            .collect();
        places.sort_unstable();
        places
    }

    /// The forest (its serves lines summed up where a note in the box says them), the layout
    /// tree, the summed-up lines and the boxes measured, in parts in the boxes' order (more
    /// than one when on two threads).
    pub(super) fn measured(
        &self,
        nodes: &[&Node],
        kinds: Vec<NodeKind>,
    ) -> (Forest, Tree, Vec<Summary>, Vec<Part>) {
        let n = nodes.len();
        let lang = self.options.lang;
        if self.parallel && self.options.everything_open() {
            // Every box is shown: the other thread starts measuring from the last boxes back
            // while this one builds the forest and the tree, and then measures from the first
            // boxes on, until the two meet. Handed out in runs, so that both threads end
            // together whatever the shape: how long the forest and the tree take against the
            // measuring differs from one organisation to another.
            let runs = n.div_ceil(MEASURE_RUN);
            let range = |run: usize| run * MEASURE_RUN..((run + 1) * MEASURE_RUN).min(n);
            let left = std::sync::Mutex::new(Runs::new(runs));
            let next = |from_front: bool| {
                left.lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .take(from_front)
            };
            let ((forest, tree, summaries, notes, first), mut later) = both(
                true,
                || {
                    let mut forest = Forest::of(self.scenario, kinds, self.options);
                    let summaries = forest.sum_up_serves(&self.gone_places());
                    let tree = self.tree(&forest);
                    let notes = Notes::of(&summaries, nodes, lang).widening(tree.row_members());
                    let mut first = Part::with_capacity(n);
                    while let Some(run) = next(true) {
                        self.measure_into(&mut first, nodes, range(run), |_| 0, &notes);
                    }
                    (forest, tree, summaries, notes, first)
                },
                || {
                    // Which boxes carry a serves note, or wrap wider in a row of groups, is
                    // known only once the forest and the tree are built: a run with one is
                    // measured again below.
                    let mut parts = Vec::new();
                    while let Some(run) = next(false) {
                        let room = range(run).len();
                        let part = self.measure(nodes, range(run), |_| 0, &Notes::default(), room);
                        parts.push((run, part));
                    }
                    parts
                },
            );
            if !notes.is_empty() {
                for (run, part) in &mut later {
                    if notes.any_in(&range(*run)) {
                        let room = range(*run).len();
                        *part = self.measure(nodes, range(*run), |_| 0, &notes, room);
                    }
                }
            }
            later.reverse();
            let mut parts = vec![first];
            parts.extend(later.into_iter().map(|(_, part)| part));
            return (forest, tree, summaries, parts);
        }
        let mut forest = Forest::of(self.scenario, kinds, self.options);
        let summaries = forest.sum_up_serves(&self.gone_places());
        let tree = self.tree(&forest);
        let notes = Notes::of(&summaries, nodes, lang).widening(tree.row_members());
        let places = &forest.places;
        let hidden = |at| forest.hidden(at);
        if !self.parallel {
            let all = self.measure(nodes, places.iter().copied(), hidden, &notes, places.len());
            return (forest, tree, summaries, vec![all]);
        }
        let (early, late) = places.split_at(places.len() / 2);
        let (first, second) = both(
            true,
            || self.measure(nodes, early.iter().copied(), hidden, &notes, places.len()),
            || self.measure(nodes, late.iter().copied(), hidden, &notes, late.len()),
        );
        (forest, tree, summaries, vec![first, second])
    }
}

#[cfg(test)]
mod tests {
    use super::Runs;

    #[test]
    fn runs_are_taken_once_each_from_both_ends_until_they_meet() {
        let mut runs = Runs::new(5);
        let order: Vec<Option<usize>> = [false, true, false, true, true, false]
            .into_iter()
            .map(|front| runs.take(front))
            .collect();
        assert_eq!(order, [Some(4), Some(0), Some(3), Some(1), Some(2), None]);
        let mut one = Runs::new(1);
        assert_eq!((one.take(false), one.take(true)), (Some(0), None));
        assert_eq!(Runs::new(0).take(true), None);
    }
}
