//! Teams that serve (nearly) every unit beside them: one note in the box instead of a dashed
//! line to each unit. Three teams each serving the three units beside them drew a band of nine
//! parallel dashes over the structure lines, and nobody could tell which team served what; a
//! line is drawn only where it tells something the note does not.

use std::collections::BTreeMap;
use std::ops::Range;

use super::NONE;
use super::forest::Forest;
use crate::i18n::{Lang, n, s, tr, tr_args};
use crate::model::{Node, NodeKind};

/// A node serves "all" the units beside it when there are at least this many of them: with one
/// or two, a line to each is as easy to read as a note.
pub(crate) const SERVES_ALL_MIN: usize = 3;

/// ... and it serves at least this share of them (three in four): then what it does not serve
/// is the exception, said in the note ("all units but X", "5 of 6 units"), and the lines to the
/// rest would only repeat what the note says. Below it, the lines say which units, and the
/// note could not.
const SERVES_ALL_SHARE: (usize, usize) = (3, 4);

/// A node whose serves lines to the units beside it are summed up as a note in its box, by
/// place in the scenario's order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Summary {
    /// The serving node.
    pub(super) at: usize,
    /// The units beside it that it serves (their lines are not drawn), in the scenario's order.
    pub(super) served: Vec<usize>,
    /// The units beside it that it does not serve.
    pub(super) not_served: Vec<usize>,
}

impl Summary {
    /// Whether `served` of `units` units beside a node are enough to be summed up.
    fn enough(served: usize, units: usize) -> bool {
        units >= SERVES_ALL_MIN && served * SERVES_ALL_SHARE.1 >= units * SERVES_ALL_SHARE.0
    }
}

/// What the layout tree adds to the boxes it measures: the notes that sum up serves lines
/// ("Serves all units"), by place, sorted, and the boxes whose lines wrap wider.
#[derive(Default)]
pub(super) struct Notes {
    serves: Vec<(usize, String)>,
    /// The places of the groups in a row under the organisation, sorted (see
    /// [`crate::layout::LayoutOptions::group_parts_under`]).
    wide: Vec<usize>,
}

impl Notes {
    /// The notes of `summaries` in `lang`, `nodes` being the scenario's nodes in order.
    pub(super) fn of(summaries: &[Summary], nodes: &[&Node], lang: Lang) -> Notes {
        let label = |at: usize| nodes.get(at).map_or("", |node| node.label(lang));
        let serves = summaries
            .iter()
            .map(|summary| {
                let text = match summary.not_served.as_slice() {
                    [] => tr(lang, "chart-serves-all"),
                    [one] => tr_args(lang, "chart-serves-all-but", &[("unit", s(label(*one)))]),
                    more => tr_args(
                        lang,
                        "chart-serves-some",
                        &[
                            ("served", n(summary.served.len())),
                            ("units", n(summary.served.len() + more.len())),
                        ],
                    ),
                };
                (summary.at, text)
            })
            .collect();
        Notes {
            serves,
            wide: Vec::new(),
        }
    }

    /// These notes, with the boxes of the nodes at `places` wrapping wider.
    pub(super) fn widening(mut self, mut places: Vec<usize>) -> Notes {
        places.sort_unstable();
        self.wide = places;
        self
    }

    /// The note of the box of the node at `at`.
    pub(super) fn get(&self, at: usize) -> Option<&str> {
        let k = self
            .serves
            .binary_search_by_key(&at, |(place, _)| *place)
            .ok()?;
        self.serves.get(k).map(|(_, text)| text.as_str())
    }

    /// Whether the box of the node at `at` wraps wider.
    pub(super) fn wide(&self, at: usize) -> bool {
        self.wide.binary_search(&at).is_ok()
    }

    /// Whether a node in `places` has a note or wraps wider.
    pub(super) fn any_in(&self, places: &Range<usize>) -> bool {
        let first = self
            .serves
            .partition_point(|(place, _)| *place < places.start);
        let wide = self.wide.partition_point(|place| *place < places.start);
        self.serves
            .get(first)
            .is_some_and(|(place, _)| places.contains(place))
            || self
                .wide
                .get(wide)
                .is_some_and(|place| places.contains(place))
    }

    pub(super) fn is_empty(&self) -> bool {
        self.serves.is_empty() && self.wide.is_empty()
    }
}

impl Forest {
    /// Sums up the serves lines of every shown node that serves (nearly) all the units beside
    /// it: those lines leave `serves`, and the node gets a [`Summary`] (returned by place).
    /// The nodes at the places `gone` (sorted) are not counted as units. Linear in the serves
    /// lines and the parts of the parents concerned: each parent's units are listed once.
    pub(super) fn sum_up_serves(&mut self, gone: &[usize]) -> Vec<Summary> {
        if self.serves.len() < SERVES_ALL_MIN {
            return Vec::new();
        }
        // The units among each parent's parts, listed when first asked for.
        let mut units_of: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        let mut summaries: Vec<Summary> = Vec::new();
        // `serves` is sorted by the serving node: one run of lines per node.
        for run in self.serves.chunk_by(|a, b| a.0 == b.0) {
            let Some(&(from, _)) = run.first() else {
                continue;
            };
            let parent = self.up.get(from).copied().unwrap_or(NONE);
            if parent == NONE || !self.visible.get(from).copied().unwrap_or(false) {
                continue;
            }
            let is_unit_beside = |at: usize| {
                at != from
                    && gone.binary_search(&at).is_err()
                    && self.up.get(at) == Some(&parent)
                    && self.kinds.get(at) == Some(&NodeKind::Unit)
            };
            let mut served: Vec<usize> = run
                .iter()
                .map(|&(_, to)| to)
                .filter(|&to| is_unit_beside(to))
                .collect();
            // A first cut that needs no list of the units: fewer than the least is never enough.
            if served.len() < SERVES_ALL_MIN {
                continue;
            }
            served.dedup();
            let kids = &self.kids;
            let kinds = &self.kinds;
            let units = units_of.entry(parent).or_insert_with(|| {
                kids.get(parent)
                    .iter()
                    .map(|&c| c as usize)
                    .filter(|&c| kinds.get(c) == Some(&NodeKind::Unit))
                    .filter(|c| gone.binary_search(c).is_err())
                    .collect()
            });
            // Itself, when a unit, is not beside itself.
            let beside = units.iter().filter(|&&u| u != from).count();
            if !Summary::enough(served.len(), beside) {
                continue;
            }
            let not_served = units
                .iter()
                .copied()
                .filter(|&u| u != from && served.binary_search(&u).is_err())
                .collect();
            summaries.push(Summary {
                at: from,
                served,
                not_served,
            });
        }
        if summaries.is_empty() {
            return summaries;
        }
        // Both are sorted by the serving node, and each summary's units are sorted.
        let mut next = summaries.iter().peekable();
        self.serves.retain(|&(from, to)| {
            while next.next_if(|s| s.at < from).is_some() {}
            next.peek()
                .is_none_or(|s| s.at != from || s.served.binary_search(&to).is_err())
        });
        summaries
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::organisation;
    use super::super::{Builder, PARALLEL_FROM};
    use super::*;
    use crate::layout::{ConnectorKind, LayoutOptions, Placement};
    use crate::model::{Edge, Edit, Names, Node, NodeId, Relation, Scenario};

    /// `s` with nodes among its last third serving every unit beside them: their boxes are
    /// measured by the thread that starts from the last box, before the forest is known.
    fn with_notes_late(mut s: Scenario) -> (Scenario, usize) {
        let parents = s.parent_places();
        let kinds: Vec<NodeKind> = s.nodes().map(|n| n.kind).collect();
        let ids: Vec<_> = s.nodes().map(|n| n.id.clone()).collect();
        let units_of = |p: usize| -> Vec<usize> {
            (0..ids.len())
                .filter(|&u| parents[u] == Some(p) && kinds[u] == NodeKind::Unit)
                .collect()
        };
        let mut noted = 0;
        for from in (2 * ids.len() / 3..ids.len()).step_by(7) {
            let (Some(parent), NodeKind::Team | NodeKind::Unit) = (parents[from], kinds[from])
            else {
                continue;
            };
            let beside: Vec<usize> = units_of(parent)
                .into_iter()
                .filter(|&u| u != from)
                .collect();
            if beside.len() < SERVES_ALL_MIN {
                continue;
            }
            for to in beside {
                let edge = Edge::new(&ids[from], Relation::Serves, &ids[to]);
                if s.find_edge(&ids[from], Relation::Serves, &ids[to])
                    .is_none()
                {
                    assert!(s.apply(Edit::AddRelation(edge)).is_ok());
                }
            }
            noted += 1;
            if noted == 12 {
                break;
            }
        }
        (s, noted)
    }

    #[test]
    fn two_threads_measure_the_notes_as_one() {
        let (s, noted) = with_notes_late(organisation(3 * PARALLEL_FROM, 2));
        assert!(noted > 3, "{noted} noted");
        let options = LayoutOptions::default();
        let run = |parallel| {
            let mut builder = Builder::new(&s, &options);
            builder.parallel = parallel;
            builder.run()
        };
        let one = run(false);
        assert!(one.serves_notes.len() >= noted, "{:?}", one.serves_notes);
        assert!(
            one.connectors
                .iter()
                .any(|c| c.kind == ConnectorKind::Serves)
        );
        let note = tr(options.lang, "chart-serves-all");
        for summary in &one.serves_notes {
            let b = one.find(&summary.node).expect("a noted node has a box");
            assert!(one.one_line(b).contains(&note), "{}", one.one_line(b));
        }
        assert_eq!(run(true), one);
    }

    /// The groups of a row under the organisation, last of the nodes, are measured by the
    /// thread that starts from the last box before the tree is known, and so again, wider.
    #[test]
    fn two_threads_measure_a_row_of_groups_as_one() {
        let mut s = organisation(3 * PARALLEL_FROM, 2);
        let steering = s.nodes().last().map(|n| n.id.clone()).expect("a group");
        for k in 0..3 {
            let id = NodeId::new(&format!("kehittamisryhma-{k}")).expect("an id");
            let group = Node::new(
                id,
                NodeKind::Group,
                Names::fi("Varhaiskasvatuksen ja esiopetuksen kehittämisryhmä"),
            );
            assert!(s.apply(Edit::add_child(group, Some(&steering))).is_ok());
        }
        let run = |parallel, under| {
            let options = LayoutOptions {
                group_parts_under: under,
                ..LayoutOptions::default()
            };
            let mut builder = Builder::new(&s, &options);
            builder.parallel = parallel;
            builder.run()
        };
        let one = run(false, true);
        let row: Vec<_> = (one.boxes.iter())
            .filter(|b| b.placement == Placement::Row)
            .collect();
        assert_eq!(row.len(), 3);
        let stacked = run(false, false);
        for b in &row {
            let before = stacked.find(&b.id).expect("a box");
            assert!(b.width > before.width, "{b:?} is no wider than {before:?}");
        }
        assert_eq!(run(true, true), one);
    }

    #[test]
    fn three_in_four_of_at_least_three_units_are_all() {
        assert!(Summary::enough(3, 3));
        assert!(Summary::enough(3, 4));
        assert!(Summary::enough(6, 8));
        assert!(!Summary::enough(5, 8));
        assert!(!Summary::enough(2, 2), "two lines read as well as a note");
        assert!(!Summary::enough(2, 6));
        assert!(!Summary::enough(0, 0));
    }
}
