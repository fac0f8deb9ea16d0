//! Property tests of the chart layout on random trees and on the generator's shapes:
//! every node has a box, no two boxes overlap, parents are above their children (top-down) or
//! left of them (left-right), and children keep their order.

#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

use std::collections::HashMap;
use std::path::Path;

use crate::support::gen_org::gen_org;
use orgplan::io::import_csv;
use orgplan::layout::{Layout, LayoutOptions, NodeBox, Orientation, Placement, layout};
use orgplan::model::{
    Edge, Edit, Names, Node, NodeId, NodeKind, Relation, Role, Scenario, ScenarioMeta,
};
use proptest::prelude::*;

fn id(i: usize) -> NodeId {
    NodeId::new(&format!("n{i}")).unwrap()
}

#[derive(Clone, Debug)]
struct Seed {
    parent: prop::sample::Index,
    kind: NodeKind,
    name_len: usize,
    head: bool,
    staff: bool,
}

fn seed() -> impl Strategy<Value = Seed> {
    (
        any::<prop::sample::Index>(),
        prop::sample::select(vec![
            NodeKind::Unit,
            NodeKind::Team,
            NodeKind::Position,
            NodeKind::Position,
        ]),
        0usize..90,
        any::<bool>(),
        prop::bool::weighted(0.1),
    )
        .prop_map(|(parent, kind, name_len, head, staff)| Seed {
            parent,
            kind,
            name_len,
            head,
            staff,
        })
}

/// A random organisation: one root, each node under an earlier non-post, some heads and staff.
fn scenario(seeds: &[Seed]) -> Scenario {
    let mut s = Scenario::new(ScenarioMeta::new(NodeId::baseline(), Names::fi("x")));
    let root = Node::new(
        id(0),
        NodeKind::Organisation,
        Names::fi("Kasvatuksen ja opetuksen toimiala"),
    );
    s.apply(Edit::add_child(root, None)).unwrap();
    let mut containers = vec![0usize];
    let mut heads: HashMap<usize, usize> = HashMap::new();
    for (k, seed) in seeds.iter().enumerate() {
        let i = k + 1;
        let parent = containers[seed.parent.index(containers.len())];
        let words = [
            "Päiväkoti",
            "Mäntymäki",
            "opetus",
            "ja",
            "lukiokoulutus",
            "Åbo",
            "tiimi",
        ];
        let name: String = (0..seed.name_len / 6 + 1)
            .map(|w| words[(i + w) % words.len()])
            .collect::<Vec<_>>()
            .join(" ");
        let node = Node::new(id(i), seed.kind, Names::fi(&name));
        s.apply(Edit::add_child(node, Some(&id(parent)))).unwrap();
        if seed.kind == NodeKind::Position {
            if seed.head && parent != 0 && !heads.contains_key(&parent) {
                s.apply(Edit::AddRelation(Edge::new(
                    &id(i),
                    Relation::Heads,
                    &id(parent),
                )))
                .unwrap();
                heads.insert(parent, i);
            } else if seed.staff
                && let Some(&h) = heads.get(&parent)
            {
                s.apply(Edit::AddRelation(Edge::new(
                    &id(i),
                    Relation::AssistantTo,
                    &id(h),
                )))
                .unwrap();
            }
        } else {
            containers.push(i);
        }
    }
    s
}

fn overlap(a: &NodeBox, b: &NodeBox) -> bool {
    let eps = 0.01;
    a.x < b.x + b.width - eps
        && b.x < a.x + a.width - eps
        && a.y < b.y + b.height - eps
        && b.y < a.y + a.height - eps
}

/// The properties every layout must have.
pub(crate) fn check_layout(
    scenario: &Scenario,
    chart: &Layout,
    options: &LayoutOptions,
) -> Result<(), String> {
    if options.collapsed.is_empty()
        && options.collapse_below.is_none()
        && chart.boxes.len() != scenario.len()
    {
        return Err(format!(
            "{} boxes for {} nodes",
            chart.boxes.len(),
            scenario.len()
        ));
    }
    // Every box's first line is the start of its node's name: lines and text stay paired
    // when they are measured in parts (on two threads, from 2,000 boxes).
    for b in &chart.boxes {
        let node = scenario.node(&b.id).ok_or("a box of no node")?;
        let label: Vec<&str> = node.label(options.lang).split_whitespace().collect();
        let Some(first) = chart.lines_of(b).first() else {
            return Err(format!("{} has no text", b.id));
        };
        let text = chart.text_of(first).trim_end_matches('…').trim_end();
        if !label.join(" ").starts_with(text) || first.width <= 0.0 && !text.is_empty() {
            return Err(format!("{}: {text:?} is not the start of {label:?}", b.id));
        }
    }
    let by_id: HashMap<&NodeId, &NodeBox> = chart.boxes.iter().map(|b| (&b.id, b)).collect();
    // No two boxes overlap (sweep by x so large charts stay quick).
    let mut sorted: Vec<&NodeBox> = chart.boxes.iter().collect();
    sorted.sort_by(|a, b| a.x.total_cmp(&b.x));
    for (i, a) in sorted.iter().enumerate() {
        for b in &sorted[i + 1..] {
            if b.x >= a.x + a.width {
                break;
            }
            if overlap(a, b) {
                return Err(format!("{} and {} overlap: {a:?} {b:?}", a.id, b.id));
            }
        }
    }
    let top_down = options.orientation == Orientation::TopDown;
    for node in scenario.nodes() {
        let Some(b) = by_id.get(&node.id) else {
            continue;
        };
        if !b.x.is_finite() || !b.y.is_finite() || b.x < -0.01 || b.y < -0.01 {
            return Err(format!("{} has a bad position {b:?}", node.id));
        }
        let Some(parent) = scenario.parent(&node.id).and_then(|p| by_id.get(p)) else {
            continue;
        };
        // Parents above (left of) their parts.
        let ok = if top_down {
            parent.y + parent.height <= b.y + 0.01
        } else {
            parent.x + parent.width <= b.x + 0.01
        };
        if !ok && b.placement != Placement::Assistant {
            return Err(format!("{} is not below its parent {}", node.id, parent.id));
        }
        // Staff posts sit beside the head they assist, on its level: to its right top-down,
        // below it left-right, clear of it.
        if b.placement == Placement::Assistant {
            let head = scenario
                .targets(&node.id, Relation::AssistantTo)
                .next()
                .and_then(|h| by_id.get(h))
                .ok_or_else(|| format!("staff {} assists no box", node.id))?;
            let beside = if top_down {
                (b.y - head.y).abs() < 0.01 && b.x >= head.x + head.width - 0.01
            } else {
                (b.x - head.x).abs() < 0.01 && b.y >= head.y + head.height - 0.01
            };
            if !beside {
                return Err(format!(
                    "staff {} is not beside its head {}",
                    node.id, head.id
                ));
            }
        }
    }
    // Children keep their order: in reading order (row by row, or column by column in stacks).
    for node in scenario.nodes() {
        let kids: Vec<&NodeBox> = scenario
            .children(&node.id)
            .into_iter()
            .filter_map(|c| by_id.get(c).copied())
            .filter(|b| {
                scenario
                    .find_edge(&b.id, Relation::Heads, &node.id)
                    .is_none()
                    && b.placement != Placement::Assistant
            })
            .collect();
        for pair in kids.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let in_order = if top_down {
                match (a.placement, b.placement) {
                    (Placement::Stacked, Placement::Stacked) => {
                        a.x < b.x - 0.01 || ((a.x - b.x).abs() < 0.01 && a.y < b.y)
                    }
                    _ => a.x < b.x,
                }
            } else {
                a.y < b.y
            };
            if !in_order {
                return Err(format!(
                    "{} comes before {} but is placed after it",
                    a.id, b.id
                ));
            }
        }
    }
    Ok(())
}

/// A group: under an earlier group (when there is one) or beside the organisation, with some
/// of the organisation's nodes as its members (a long list makes a tall box).
type GroupSeed = (Option<prop::sample::Index>, Vec<prop::sample::Index>);

fn group_seed() -> impl Strategy<Value = GroupSeed> {
    (
        prop::option::of(any::<prop::sample::Index>()),
        prop::collection::vec(any::<prop::sample::Index>(), 0..8),
    )
}

/// `s` with the groups of `seeds` beside it: a steering group over development groups, and
/// groups of their own.
fn with_groups(mut s: Scenario, seeds: &[GroupSeed]) -> Scenario {
    let members: Vec<NodeId> = s.nodes().map(|n| n.id.clone()).collect();
    let mut groups: Vec<NodeId> = Vec::new();
    for (k, (parent, picks)) in seeds.iter().enumerate() {
        let group = NodeId::new(&format!("g{k}")).unwrap();
        let parent = parent
            .filter(|_| !groups.is_empty())
            .map(|p| groups[p.index(groups.len())].clone());
        let node = Node::new(group.clone(), NodeKind::Group, Names::fi("Kehittämisryhmä"));
        s.apply(Edit::add_child(node, parent.as_ref())).unwrap();
        let mut picked: Vec<&NodeId> = picks
            .iter()
            .map(|p| &members[p.index(members.len())])
            .collect();
        picked.sort();
        picked.dedup();
        for member in picked {
            let edge = Edge::new(member, Relation::MemberOf(Role::Member), &group);
            s.apply(Edit::AddRelation(edge)).unwrap();
        }
        groups.push(group);
    }
    s
}

fn options() -> impl Strategy<Value = LayoutOptions> {
    (any::<bool>(), any::<bool>(), 2usize..6, 4usize..20).prop_map(|(lr, compact, min, two)| {
        LayoutOptions {
            orientation: if lr {
                Orientation::LeftRight
            } else {
                Orientation::TopDown
            },
            compact_leaves: compact,
            compact_min: min,
            two_columns_from: two,
            ..LayoutOptions::default()
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn random_trees_lay_out_tidily(seeds in prop::collection::vec(seed(), 0..120), options in options()) {
        let s = scenario(&seeds);
        let chart = layout(&s, &options);
        check_layout(&s, &chart, &options).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn groups_under_groups_lay_out_tidily(
        seeds in prop::collection::vec(seed(), 0..60),
        groups in prop::collection::vec(group_seed(), 1..8),
        options in options(),
        bands in prop::option::of(1usize..5),
    ) {
        let s = with_groups(scenario(&seeds), &groups);
        let chart = layout(&s, &options);
        check_layout(&s, &chart, &options).map_err(TestCaseError::fail)?;
        // A group's groups in a row under the organisation: still tidy, and no line, the one
        // down from their group past the groups beside it included, runs through a box.
        let under = LayoutOptions {
            orientation: Orientation::TopDown,
            group_parts_under: true,
            wrap_rows: bands,
            ..options
        };
        let chart = layout(&s, &under);
        // Rows in bands read band by band, which check_layout's order does not follow.
        if bands.is_none() {
            check_layout(&s, &chart, &under).map_err(TestCaseError::fail)?;
        }
        crate::fit::check_tidy(&s, &chart)?;
    }

    #[test]
    fn collapsed_subtrees_are_one_box(seeds in prop::collection::vec(seed(), 1..60), depth in 0usize..3) {
        let s = scenario(&seeds);
        let options = LayoutOptions { collapse_below: Some(depth), ..LayoutOptions::default() };
        let chart = layout(&s, &options);
        check_layout(&s, &chart, &options).map_err(TestCaseError::fail)?;
        let hidden: usize = chart.boxes.iter().map(|b| b.hidden).sum();
        prop_assert_eq!(chart.boxes.len() + hidden, s.len());
    }
}

#[test]
fn a_long_group_beside_a_steering_group_keeps_off_its_development_groups() {
    // Seven units, a group listing them all, and beside it a short steering group over a
    // wider development group: the development group hangs a level down, clear of the long
    // list beside its steering group.
    let mut s = scenario(&[]);
    for i in 1..8 {
        let unit = Node::new(id(i), NodeKind::Unit, Names::fi("Koulu"));
        s.apply(Edit::add_child(unit, Some(&id(0)))).unwrap();
    }
    let group = |k: usize| NodeId::new(&format!("g{k}")).unwrap();
    let groups = [
        (0, "Kehittämisryhmä", None),
        (1, "Ohjausryhmä", None),
        (
            2,
            "Perusopetuksen ja oppivelvollisuuden kehittämisryhmä",
            Some(group(1)),
        ),
    ];
    for (k, name, parent) in groups {
        let node = Node::new(group(k), NodeKind::Group, Names::fi(name));
        s.apply(Edit::add_child(node, parent.as_ref())).unwrap();
    }
    for i in 0..8 {
        let edge = Edge::new(&id(i), Relation::MemberOf(Role::Member), &group(0));
        s.apply(Edit::AddRelation(edge)).unwrap();
    }
    for orientation in [Orientation::TopDown, Orientation::LeftRight] {
        let options = LayoutOptions {
            orientation,
            ..LayoutOptions::default()
        };
        check_layout(&s, &layout(&s, &options), &options).unwrap();
    }
}

fn generated(shape: &str, nodes: usize) -> Scenario {
    let csv = gen_org(shape, nodes, 3, false);
    let plan = import_csv(&csv, Path::new("gen.csv"), Names::fi(shape)).unwrap();
    plan.baseline().clone()
}

#[test]
fn the_generator_shapes_lay_out_tidily() {
    for (shape, nodes) in [
        ("realistic", 3000),
        ("wide", 400),
        ("deep", 400),
        ("balanced", 800),
    ] {
        let s = generated(shape, nodes);
        for orientation in [Orientation::TopDown, Orientation::LeftRight] {
            let options = LayoutOptions {
                orientation,
                ..LayoutOptions::default()
            };
            let chart = layout(&s, &options);
            check_layout(&s, &chart, &options)
                .unwrap_or_else(|e| panic!("{shape} {orientation:?}: {e}"));
        }
    }
}

#[test]
fn the_example_chart_puts_heads_under_their_units_and_groups_beside() {
    let plan = orgplan::examples::load(orgplan::examples::Example::Kouvola).unwrap();
    let decided = plan.find_scenario("decided").unwrap();
    let chart = layout(decided, &LayoutOptions::default());
    check_layout(decided, &chart, &LayoutOptions::default()).unwrap();
    let b = |id: &str| chart.find(&NodeId::new(id).unwrap()).unwrap().clone();
    // The head sits directly under its unit, centred.
    let (unit, head) = (b("ohjaus"), b("ohjaus-vetaja"));
    assert!((unit.x + unit.width / 2.0 - (head.x + head.width / 2.0)).abs() < 0.5);
    assert!(head.y > unit.y);
    // Every node has a box; the three teams serve all three units beside them, which their
    // boxes note instead of nine dashed lines (tests/serves_notes.rs).
    let serves = chart
        .connectors
        .iter()
        .filter(|c| c.kind == orgplan::layout::ConnectorKind::Serves)
        .count();
    assert_eq!((serves, chart.serves_notes.len()), (0, 3));

    let plan = orgplan::examples::load(orgplan::examples::Example::ManttaVilppula).unwrap();
    let chart = layout(plan.baseline(), &LayoutOptions::default());
    let group = chart.find(&NodeId::new("johtoryhma").unwrap()).unwrap();
    assert_eq!(group.placement, Placement::Group);
    let tree_right = chart
        .boxes
        .iter()
        .filter(|b| b.placement != Placement::Group)
        .map(|b| b.x + b.width)
        .fold(0.0f32, f32::max);
    assert!(group.x > tree_right, "the group is beside the tree");
    // Members listed by role, the coordinator first.
    let lines: Vec<&str> = chart
        .lines_of(group)
        .iter()
        .map(|l| chart.text_of(l))
        .collect();
    assert!(
        lines.iter().any(|l| l.starts_with("koordinaattori")),
        "{lines:?}"
    );
}

#[test]
fn the_layout_json_has_one_box_per_node() {
    let plan = orgplan::examples::load(orgplan::examples::Example::Kouvola).unwrap();
    let chart = layout(plan.baseline(), &LayoutOptions::default());
    let json: serde_json::Value = serde_json::from_str(&chart.to_json()).unwrap();
    let nodes = json["nodes"].as_array().unwrap();
    assert_eq!(nodes.len(), plan.baseline().len());
    for key in ["id", "x", "y", "width", "height"] {
        assert!(nodes[0].get(key).is_some(), "{key}");
    }
}

/// d3.tree's chart of `gen_org.py --shape realistic --nodes 10000 --seed 1`, from
/// `node d3_tree_bench.mjs realistic-10000.csv --tools d3-tree --emit out.json` (nodeSize
/// 180 × 120): its positions span 1,566,810 × 480 units, so with one node's size added the
/// chart is 1,566,990 × 600 and a box 180 units wide.
const D3_REALISTIC_10K: (f32, f32, f32) = (1_566_990.0, 600.0, 180.0);

/// The printed width of a box `width` wide in a chart `extent` scaled onto an A3 landscape page.
fn printed_on_a3(width: f32, extent: (f32, f32)) -> f32 {
    let (a3_width, a3_height) = (1190.55, 841.89);
    width * (a3_width / extent.0).min(a3_height / extent.1)
}

#[test]
fn on_one_a3_page_the_median_box_prints_five_times_wider_than_d3_trees() {
    let csv = gen_org("realistic", 10_000, 1, false);
    let plan = import_csv(&csv, Path::new("gen.csv"), Names::fi("realistic")).unwrap();
    let chart = layout(plan.baseline(), &LayoutOptions::default());
    let mut widths: Vec<f32> = chart.boxes.iter().map(|b| b.width).collect();
    widths.sort_by(f32::total_cmp);
    let median = widths[widths.len() / 2];
    let ours = printed_on_a3(median, (chart.width, chart.height));
    let (d3_width, d3_height, d3_box) = D3_REALISTIC_10K;
    let theirs = printed_on_a3(d3_box, (d3_width, d3_height));
    let ratio = ours / theirs;
    assert!(
        ratio >= 5.0,
        "median box {ours:.3} pt against d3.tree's {theirs:.4} pt: {ratio:.2}× (chart {:.0} × {:.0})",
        chart.width,
        chart.height
    );
}

/// Whether the axis-aligned segment `p`–`q` passes through the inside of box `b` (touching an
/// edge does not count: lines end on their boxes' edges).
fn crosses(b: &NodeBox, p: [f32; 2], q: [f32; 2]) -> bool {
    let inset = 0.5;
    let (x0, x1) = (b.x + inset, b.x + b.width - inset);
    let (y0, y1) = (b.y + inset, b.y + b.height - inset);
    let (lx, hx) = (p[0].min(q[0]), p[0].max(q[0]));
    let (ly, hy) = (p[1].min(q[1]), p[1].max(q[1]));
    lx < x1 && hx > x0 && ly < y1 && hy > y0
}

/// A team two levels below the unit it serves, with a row of boxes in the level between
/// right under the unit, and a team above the units it serves, with boxes between: their lines
/// must go round them.
#[test]
fn serves_lines_go_round_the_boxes_of_the_levels_between() {
    use crate::merge::edited;
    use orgplan::layout::ConnectorKind;
    use orgplan::model::{Edge, Edit, NodeKind, Relation, compose};
    let plan = orgplan::examples::load(orgplan::examples::Example::Kouvola).unwrap();
    let id = |s: &str| NodeId::new(s).unwrap();
    // A copy of `plan` with a new team under `parent` in its baseline, serving `served`.
    let with_serving_team =
        |plan: &orgplan::model::Plan, parent: &str, name: &str, served: &[&NodeId]| {
            let (add, team) = compose::new_part(
                plan,
                plan.baseline(),
                NodeKind::Team,
                Some(&id(parent)),
                None,
                (orgplan::i18n::Lang::En, name),
            );
            let mut edits = vec![add];
            edits.extend(
                served
                    .iter()
                    .map(|to| Edit::AddRelation(Edge::new(&team, Relation::Serves, to))),
            );
            (edited(plan, plan.baseline().meta.id.as_str(), edits), team)
        };
    // Under Support for growth and learning (level 2), a team (level 3) that serves Early
    // childhood education (level 1).
    let (plan, team) = with_serving_team(
        &plan,
        "kot",
        "Itinerant special teachers",
        &[&id("vaka"), &id("peruslukio")],
    );
    // And the other way: a team right under the division (level 1) that serves units a level
    // below it, under Growth support, whose head and sibling units stand in between.
    let (plan, _) = with_serving_team(
        &plan,
        "kop",
        "Digital learning",
        &[&id("psoh"), &id("ytp"), &team],
    );
    for example in [plan.clone()]
        .into_iter()
        .chain(orgplan::examples::Example::ALL.map(|e| orgplan::examples::load(e).unwrap()))
    {
        for s in example.scenarios() {
            for orientation in [Orientation::TopDown, Orientation::LeftRight] {
                let options = LayoutOptions {
                    orientation,
                    ..LayoutOptions::default()
                };
                let chart = layout(s, &options);
                for line in chart
                    .connectors
                    .iter()
                    .filter(|c| c.kind == ConnectorKind::Serves)
                {
                    for pair in chart.points_of(line).windows(2) {
                        let hit: Vec<&str> = chart
                            .boxes
                            .iter()
                            .filter(|b| crosses(b, pair[0], pair[1]))
                            .map(|b| b.id.as_str())
                            .collect();
                        assert!(
                            hit.is_empty(),
                            "{} {orientation:?}: a serves line {:?} crosses {hit:?}",
                            s.meta.id.as_str(),
                            chart.points_of(line)
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn several_organisations_are_laid_out_side_by_side() {
    // A regional network (seed 002): three organisations, each with its own units.
    let mut csv = String::from("id,parent,kind,name\n");
    for org in ["a", "b", "c"] {
        csv.push_str(&format!("{org},,organisation,Kunta {org}\n"));
        for u in 0..4 {
            csv.push_str(&format!("{org}{u},{org},unit,Yksikkö {org}{u}\n"));
            for p in 0..3 {
                csv.push_str(&format!("{org}{u}p{p},{org}{u},position,Virka {p}\n"));
            }
        }
    }
    let plan = import_csv(csv.as_bytes(), Path::new("network.csv"), Names::fi("n")).unwrap();
    let scenario = plan.baseline();
    assert_eq!(scenario.roots().count(), 3);
    for orientation in [Orientation::TopDown, Orientation::LeftRight] {
        let options = LayoutOptions {
            orientation,
            ..LayoutOptions::default()
        };
        let chart = layout(scenario, &options);
        check_layout(scenario, &chart, &options).unwrap();
        let top_down = orientation == Orientation::TopDown;
        // Each organisation's boxes span a band across the chart's breadth; the bands follow
        // one another in the file's order without overlapping, and the roots share a level.
        let band = |org: &str| {
            let mut lo = f32::INFINITY;
            let mut hi = f32::NEG_INFINITY;
            for b in chart
                .boxes
                .iter()
                .filter(|b| b.id.as_str().starts_with(org))
            {
                let (start, size) = if top_down {
                    (b.x, b.width)
                } else {
                    (b.y, b.height)
                };
                lo = lo.min(start);
                hi = hi.max(start + size);
            }
            (lo, hi)
        };
        let (a, b, c) = (band("a"), band("b"), band("c"));
        assert!(a.1 < b.0 && b.1 < c.0, "{a:?} {b:?} {c:?}");
        let level = |id: &str| {
            let b = chart
                .find(&orgplan::model::NodeId::new(id).unwrap())
                .unwrap();
            if top_down { b.y } else { b.x }
        };
        assert_eq!(level("a"), level("b"));
        assert_eq!(level("b"), level("c"));
    }
}

/// The serves lines' segments that cross a box of `chart`, each as the line's points and the
/// box's id, leaving out the one crossing no route that runs along the gaps between levels can
/// avoid: a run along a
/// gap (a segment along the levels, in no level's band of unstacked boxes) through a stack that
/// passes through that gap from one level into the next, which a line would have to go round
/// the end of.
fn serves_crossings(chart: &Layout, orientation: Orientation) -> Vec<String> {
    use orgplan::layout::ConnectorKind;
    let top_down = orientation == Orientation::TopDown;
    // Across the levels: down in a top-down chart, right in a left-right one.
    let across = |b: &NodeBox| {
        if top_down {
            (b.y, b.y + b.height)
        } else {
            (b.x, b.x + b.width)
        }
    };
    let in_a_level = |c: f32| {
        chart
            .boxes
            .iter()
            .filter(|b| b.placement != Placement::Stacked)
            .any(|b| across(b).0 < c && c < across(b).1)
    };
    let mut found = Vec::new();
    for line in chart
        .connectors
        .iter()
        .filter(|c| c.kind == ConnectorKind::Serves)
    {
        let points = chart.points_of(line);
        for pair in points.windows(2) {
            let (p, q) = (pair[0], pair[1]);
            let along_the_levels = if top_down { p[1] == q[1] } else { p[0] == q[0] };
            let at = if top_down { p[1] } else { p[0] };
            for b in chart.boxes.iter().filter(|b| crosses(b, p, q)) {
                let passing_stack =
                    b.placement == Placement::Stacked && along_the_levels && !in_a_level(at);
                if !passing_stack {
                    found.push(format!("{points:?} crosses {}", b.id.as_str()));
                }
            }
        }
    }
    found
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(150))]

    /// Random organisations in which teams and units (some of them leaves, and so stacked)
    /// serve random units, teams and organisations: every serves line keeps out of the boxes
    /// (see [`serves_crossings`] for the one crossing left).
    #[test]
    fn serves_lines_cross_no_box_they_could_avoid(
        seeds in prop::collection::vec(seed(), 1..150),
        options in options(),
        picks in prop::collection::vec((any::<prop::sample::Index>(), any::<prop::sample::Index>()), 0..40),
    ) {
        let mut s = scenario(&seeds);
        let kinds: Vec<(NodeId, NodeKind)> = s.nodes().map(|n| (n.id.clone(), n.kind)).collect();
        let serving: Vec<&NodeId> = kinds
            .iter()
            .filter(|(_, k)| matches!(k, NodeKind::Team | NodeKind::Unit))
            .map(|(id, _)| id)
            .collect();
        let served: Vec<&NodeId> = kinds
            .iter()
            .filter(|(_, k)| matches!(k, NodeKind::Team | NodeKind::Unit | NodeKind::Organisation))
            .map(|(id, _)| id)
            .collect();
        if !serving.is_empty() {
            let pairs: std::collections::BTreeSet<(&NodeId, &NodeId)> = picks
                .iter()
                .map(|(from, to)| (serving[from.index(serving.len())], served[to.index(served.len())]))
                .filter(|(from, to)| from != to)
                .collect();
            for (from, to) in pairs {
                s.apply(Edit::AddRelation(Edge::new(from, Relation::Serves, to))).unwrap();
            }
        }
        let chart = layout(&s, &options);
        let crossings = serves_crossings(&chart, options.orientation);
        prop_assert!(crossings.is_empty(), "{:#?}", crossings);
    }
}

/// Generated matrix organisations, where every team also serves a unit elsewhere: no serves
/// line crosses a box at all.
#[test]
fn serves_lines_of_matrix_organisations_cross_no_box() {
    use orgplan::generate::{GenOptions, Shape, generate_plan};
    use orgplan::layout::ConnectorKind;
    for seed in 0..4 {
        let plan = generate_plan(&GenOptions {
            seed,
            serves_every: Some(1),
            ..GenOptions::new(Shape::Realistic, 2_500)
        })
        .unwrap();
        for orientation in [Orientation::TopDown, Orientation::LeftRight] {
            let options = LayoutOptions {
                orientation,
                ..LayoutOptions::default()
            };
            let chart = layout(plan.baseline(), &options);
            let lines = chart
                .connectors
                .iter()
                .filter(|c| c.kind == ConnectorKind::Serves)
                .count();
            assert!(lines > 100, "seed {seed}: {lines} serves lines");
            for line in chart
                .connectors
                .iter()
                .filter(|c| c.kind == ConnectorKind::Serves)
            {
                let points = chart.points_of(line);
                for pair in points.windows(2) {
                    let hit: Vec<&str> = chart
                        .boxes
                        .iter()
                        .filter(|b| crosses(b, pair[0], pair[1]))
                        .map(|b| b.id.as_str())
                        .collect();
                    assert!(
                        hit.is_empty(),
                        "seed {seed} {orientation:?}: {points:?} crosses {hit:?}"
                    );
                }
            }
        }
    }
}
