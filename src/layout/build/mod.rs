//! From a scenario to a laid-out chart: the forest of the scenario's parts, the layout tree
//! (heads, staff, stacks), the measured boxes, the tidy placement, and the boxes and connectors
//! in chart units. One file a step, in the order they run:
//!
//! - `forest.rs`: the relations the chart draws, the forest of parts, what collapsing hides;
//! - `serves.rs`: which serves lines a note in the box sums up (a team serving every unit
//!   beside it);
//! - `tree.rs`: the layout tree (slots for nodes, stacks, outlines of hung parts, trunks and
//!   fillers) and each slot's breadth, an outline flowed into its columns;
//! - `bands.rs`: the trunks of rows wrapped into bands, stretched past the bands above;
//! - `measure.rs`: each box's text in lines and its size, on one thread or two;
//! - `place.rs`: the tidy placement of the tree and every box's corner;
//! - `connectors.rs`: the solid lines (parent to parts, stack spines, staff);
//! - `lanes.rs`: the dashed serves lines, their ways round the boxes and through the gaps;
//! - `sweep.rs`: one sweep over the boxes that answers where the serves lines' free lanes are.
//!
//! This folder uses the model and the rest of `src/layout/` (text measurement, box texts, the
//! tidy tree) only: never egui, eframe, rfd or clap, so that the exports and the command line
//! lay charts out without a window.
//!
//! Everything is kept in flat arrays indexed by place (the scenario's order) or by layout node,
//! with child lists in one array each: a chart of 100,000 boxes is laid out without a heap
//! allocation per node.
//!
//! Where there are two cores, a large chart is laid out on two of rayon's threads in two
//! rounds, after the node records are read once (half on each thread from 30,000 nodes). First
//! one thread measures the boxes' text in runs from the last box back while the other builds
//! the forest and the layout tree, which need no sizes, and then measures from the first box on
//! until the two meet (when subtrees are collapsed, which boxes are shown is known only from
//! the forest: it is built first, and the shown boxes are then measured half on each thread);
//! then one joins the parts' texts and makes the boxes while the other places them and draws
//! the connectors.

mod bands;
mod connectors;
mod forest;
mod lanes;
mod measure;
mod place;
mod serves;
mod sweep;
mod tree;

use std::ops::Range;

use super::{Layout, LayoutOptions, NodeBox, Placement, ServesNote};
use crate::model::{Node, NodeId, NodeKind, Scenario};
use measure::Part;

const NONE: usize = usize::MAX;
/// Space between a stack's spine and its boxes' left edges.
const STACK_INDENT: f32 = 14.0;
/// Space between staff posts beside their head.
const STAFF_SPACING: f32 = 6.0;

impl Builder<'_> {
    /// The space between the boxes of a stack in the forest whose root is the slot `forest`:
    /// groups, each with its mandate and members, keep apart even where posts are lists.
    fn stack_gap(&self, forest: usize) -> f32 {
        if forest == GROUPS {
            self.options.stack_gap.max(STAFF_SPACING)
        } else {
            self.options.stack_gap
        }
    }
}
/// Space between a head and its staff posts.
const STAFF_GAP: f32 = 16.0;

/// From this many nodes on, the node records are read half on each thread. Measured: at
/// 100,000 nodes that saves 0.6 to 1.1 ms; at 10,000 handing half of the pass to the other
/// thread costs more (0.02 to 0.04 ms) than it saves.
const READ_IN_PARALLEL_FROM: usize = 30_000;

/// From this many nodes on, the chart is laid out on two threads (where there are two cores).
const PARALLEL_FROM: usize = 2_000;

/// Whether this machine runs two threads at once.
fn two_cores() -> bool {
    std::thread::available_parallelism().is_ok_and(|n| n.get() >= 2)
}

/// Runs `a` and `b` side by side on rayon's threads, which live on from one layout to the
/// next (the window lays the chart out again after every edit), or one after the other when not
/// `parallel`.
fn both<A: Send, B: Send>(
    parallel: bool,
    a: impl FnOnce() -> A + Send,
    b: impl FnOnce() -> B + Send,
) -> (A, B) {
    if parallel {
        rayon::join(a, b)
    } else {
        (a(), b())
    }
}

/// Layout nodes above the organisation: the top, above the two forests side by side.
const TOP: usize = 0;
/// The root above the organisation's roots.
const MAIN: usize = 1;
/// The root above the groups.
const GROUPS: usize = 2;

/// A place or count as stored in the flat arrays: a plan has far fewer than 4 billion nodes.
fn index(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

fn range(r: &Range<u32>) -> Range<usize> {
    r.start as usize..r.end as usize
}

pub(super) struct Builder<'a> {
    scenario: &'a Scenario,
    options: &'a LayoutOptions,
    parallel: bool,
}

impl<'a> Builder<'a> {
    pub(super) fn new(scenario: &'a Scenario, options: &'a LayoutOptions) -> Self {
        Builder {
            scenario,
            options,
            parallel: scenario.len() >= PARALLEL_FROM && two_cores(),
        }
    }

    /// The scenario's nodes in order, and their kinds, read in one pass (half on each thread):
    /// at 100,000 nodes the records are read from memory, and a pass over them costs more than
    /// most steps of the layout.
    fn nodes_and_kinds(&self) -> (Vec<&'a Node>, Vec<NodeKind>) {
        let scenario = self.scenario;
        let read = |range: Range<usize>| {
            let mut nodes: Vec<&Node> = Vec::with_capacity(range.len());
            let mut kinds: Vec<NodeKind> = Vec::with_capacity(range.len());
            for node in range.filter_map(|at| scenario.node_at(at)) {
                nodes.push(node);
                kinds.push(node.kind);
            }
            (nodes, kinds)
        };
        let n = scenario.len();
        let half = n / 2;
        let ((mut nodes, mut kinds), (more_nodes, more_kinds)) = both(
            n >= READ_IN_PARALLEL_FROM && self.parallel,
            || read(0..half),
            || read(half..n),
        );
        nodes.extend(more_nodes);
        kinds.extend(more_kinds);
        (nodes, kinds)
    }

    pub(super) fn run(self) -> Layout {
        let (nodes, kinds) = self.nodes_and_kinds();
        let (forest, mut tree, summaries, mut parts) = self.measured(&nodes, kinds);
        // The boxes' sizes in one list; their lines are joined on the other thread.
        let mut sizes = Vec::with_capacity(nodes.len());
        for part in &mut parts {
            sizes.append(&mut part.sizes);
        }
        let forest = &forest;
        let nodes = &nodes;
        let make_boxes = move || {
            // The first part has room for all boxes.
            let mut parts = parts.into_iter();
            let mut part = parts.next().unwrap_or_else(|| Part::with_capacity(0));
            for more in parts {
                part.append(more);
            }
            let boxes: Vec<NodeBox> = forest
                .places
                .iter()
                .zip(part.lines)
                .map(|(&at, lines)| {
                    let node = nodes[at];
                    NodeBox {
                        id: node.id.clone(),
                        kind: node.kind,
                        status: node.status,
                        x: 0.0,
                        y: 0.0,
                        width: 0.0,
                        height: 0.0,
                        lines,
                        hidden: forest.hidden(at),
                        placement: Placement::Tree,
                    }
                })
                .collect();
            (part.texts, boxes)
        };
        let (out, (texts, mut boxes)) = both(
            self.parallel,
            || self.place(forest, &mut tree, &sizes),
            make_boxes,
        );
        for ((b, r), placement) in boxes.iter_mut().zip(&out.rects).zip(&out.placements) {
            [b.x, b.y, b.width, b.height] = *r;
            b.placement = *placement;
        }
        let mut layout = out.finish(texts, boxes);
        let ids = |places: &[usize]| -> Vec<NodeId> {
            places
                .iter()
                .filter_map(|&at| nodes.get(at).map(|node| node.id.clone()))
                .collect()
        };
        layout.serves_notes = summaries
            .iter()
            .filter_map(|summary| {
                Some(ServesNote {
                    node: nodes.get(summary.at)?.id.clone(),
                    served: ids(&summary.served),
                    not_served: ids(&summary.not_served),
                })
            })
            .collect();
        layout
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::measure::MEASURE_RUN;
    use super::*;
    use crate::layout::{ConnectorKind, Layout, Orientation};
    use crate::model::{Edge, Edit, Names, NodeId, PostStatus, Relation, Role, ScenarioMeta};

    fn id(i: usize) -> NodeId {
        NodeId::new(&format!("n{i}")).unwrap_or_else(NodeId::baseline)
    }

    /// An organisation of `n` nodes with every feature the chart draws: units and teams under
    /// earlier ones, heads and their staff, rows of posts, long names, vacancies, teams serving
    /// units elsewhere and a working group; `seed` spreads them differently.
    pub(super) fn organisation(n: usize, seed: usize) -> Scenario {
        let mut s = Scenario::new(ScenarioMeta::new(NodeId::baseline(), Names::fi("x")));
        let apply = |s: &mut Scenario, edit: Edit| assert!(s.apply(edit).is_ok());
        let root = Node::new(id(0), NodeKind::Organisation, Names::fi("Toimiala"));
        apply(&mut s, Edit::add_child(root, None));
        let mut containers = vec![0usize];
        let mut head_of: Vec<Option<usize>> = vec![None];
        for i in 1..n {
            // A cheap deterministic spread of parents and kinds.
            let r = (i.wrapping_mul(2_654_435_761) ^ seed.wrapping_mul(40_503)) % 1_000;
            // The parent's place among the containers (which are all different).
            let place = r % containers.len();
            let parent = containers[place];
            let kind = match r % 10 {
                0 => NodeKind::Unit,
                1 => NodeKind::Team,
                _ => NodeKind::Position,
            };
            let name = if r.is_multiple_of(37) {
                "Kasvatuksen ja opetuksen toimialan yhteiset kehittämis- ja arviointipalvelut"
                    .to_owned()
            } else {
                format!("Päiväkoti Mäntymäki {i}")
            };
            let mut node = Node::new(id(i), kind, Names::fi(&name));
            if r.is_multiple_of(23) {
                node.status = PostStatus::Vacant;
            }
            apply(&mut s, Edit::add_child(node, Some(&id(parent))));
            if kind == NodeKind::Position {
                let head = head_of.get(place);
                match head.copied().flatten() {
                    None if parent != 0 => {
                        apply(
                            &mut s,
                            Edit::AddRelation(Edge::new(&id(i), Relation::Heads, &id(parent))),
                        );
                        head_of[place] = Some(i);
                    }
                    Some(h) if r.is_multiple_of(7) => apply(
                        &mut s,
                        Edit::AddRelation(Edge::new(&id(i), Relation::AssistantTo, &id(h))),
                    ),
                    _ => {}
                }
            } else {
                if kind == NodeKind::Team && containers.len() > 3 {
                    let served = containers[(r / 10) % containers.len()];
                    if served != parent {
                        apply(
                            &mut s,
                            Edit::AddRelation(Edge::new(&id(i), Relation::Serves, &id(served))),
                        );
                    }
                }
                containers.push(i);
                head_of.push(None);
            }
        }
        let group = Node::new(id(n), NodeKind::Group, Names::fi("Ohjausryhmä"));
        apply(&mut s, Edit::add_child(group, None));
        for (k, member) in [1, 2, 3].into_iter().enumerate() {
            let role = if k == 0 { Role::Chair } else { Role::Member };
            apply(
                &mut s,
                Edit::AddRelation(Edge::new(&id(member), Relation::MemberOf(role), &id(n))),
            );
        }
        s
    }

    fn on(parallel: bool, s: &Scenario, options: &LayoutOptions) -> Layout {
        Builder {
            scenario: s,
            options,
            parallel,
        }
        .run()
    }

    /// Makes the grandparent of the first node that has one part of that node too: a cycle
    /// in the structure, which the chart cuts.
    fn add_cycle(s: &mut Scenario) {
        let ids: Vec<NodeId> = s.nodes().map(|n| n.id.clone()).collect();
        let parents = s.parent_places();
        let up = |at: usize| parents.get(at).copied().flatten();
        let pair = (0..ids.len()).find_map(|at| Some((up(up(at)?)?, at)));
        let Some((top, below)) = pair else {
            panic!("the organisation is more than two levels deep");
        };
        assert!(s.add_edge(&Edge::new(&ids[top], Relation::PartOf, &ids[below])));
    }

    #[test]
    fn two_threads_lay_out_a_large_organisation_exactly_as_one() {
        // Large enough for the node records to be read half on each thread, and for the boxes
        // to be measured in many runs.
        let s = organisation(READ_IN_PARALLEL_FROM + MEASURE_RUN / 2, 1);
        let options = LayoutOptions::default();
        let one = on(false, &s, &options);
        assert_eq!(one.boxes.len(), s.len());
        assert_eq!(on(true, &s, &options), one);
    }

    #[test]
    fn two_threads_lay_out_exactly_as_one() {
        let s = organisation(3 * PARALLEL_FROM, 0);
        let collapsed: BTreeSet<NodeId> = [id(1), id(5), id(40)].into_iter().collect();
        for options in [
            LayoutOptions::default(),
            LayoutOptions {
                orientation: Orientation::LeftRight,
                ..LayoutOptions::default()
            },
            LayoutOptions {
                collapse_below: Some(3),
                ..LayoutOptions::default()
            },
            LayoutOptions {
                collapse_below: Some(0),
                ..LayoutOptions::default()
            },
            LayoutOptions {
                collapsed,
                orientation: Orientation::LeftRight,
                ..LayoutOptions::default()
            },
            LayoutOptions {
                hang_parts: Some(300.0),
                list_posts: true,
                stack_gap: 0.0,
                ..LayoutOptions::default()
            },
        ] {
            let one = on(false, &s, &options);
            assert!(one.boxes.iter().any(|b| b.placement == Placement::Group));
            assert_eq!(
                options.everything_open(),
                one.boxes.iter().all(|b| b.hidden == 0),
                "{options:?}"
            );
            assert_eq!(on(true, &s, &options), one, "{options:?}");
        }
        let one = on(false, &s, &LayoutOptions::default());
        assert!(
            one.boxes
                .iter()
                .any(|b| b.placement == Placement::Assistant)
        );
        assert!(one.boxes.iter().any(|b| b.placement == Placement::Stacked));
        assert!(
            one.connectors
                .iter()
                .any(|c| c.kind == ConnectorKind::Serves)
        );
        // Boxes of several lines among the later ones, which the other thread measures.
        let later = one.boxes.len() / 3;
        assert!(one.boxes[later..].iter().any(|b| b.lines.len() > 1));
        let empty = Scenario::new(ScenarioMeta::new(NodeId::baseline(), Names::fi("x")));
        let options = LayoutOptions::default();
        assert_eq!(on(true, &empty, &options), on(false, &empty, &options));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(6))]

        #[test]
        fn two_threads_lay_out_any_organisation_as_one(
            seed in 0usize..1_000_000,
            cycle: bool,
            left_right: bool,
            collapse_below in proptest::option::of(0usize..5),
            // Leaves among them: an option that collapses nothing.
            collapsed in proptest::collection::btree_set(0usize..4_000, 0..4),
        ) {
            let mut s = organisation(PARALLEL_FROM + 1_500, seed);
            if cycle {
                add_cycle(&mut s);
            }
            let options = LayoutOptions {
                orientation: if left_right { Orientation::LeftRight } else { Orientation::TopDown },
                collapse_below,
                collapsed: collapsed.into_iter().map(id).collect(),
                ..LayoutOptions::default()
            };
            proptest::prop_assert_eq!(on(true, &s, &options), on(false, &s, &options));
        }
    }
}
