//! A team that serves every unit beside it (or most of them) is marked once, by a note in its
//! box, not by a band of dashed lines; lines are drawn only where they tell which units. Nothing
//! is lost: every serves relation is a line or part of a note, and the chart's nested list
//! names every unit a noted team serves.

#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

use crate::support::boxes::box_lines;
use std::collections::BTreeSet;

use orgplan::export::{ChartOptions, LegendSample, chart};
use orgplan::generate::{GenOptions, Shape, generate_plan};
use orgplan::i18n::Lang;
use orgplan::layout::{ConnectorKind, Layout, LayoutOptions, Orientation, layout};
use orgplan::model::{Edge, Edit, Names, Node, NodeId, NodeKind, Relation, Scenario, ScenarioMeta};
use proptest::prelude::*;

fn id(s: &str) -> NodeId {
    NodeId::new(s).unwrap()
}

fn serves_lines(chart: &Layout) -> usize {
    chart
        .connectors
        .iter()
        .filter(|c| c.kind == ConnectorKind::Serves)
        .count()
}

#[test]
fn kouvolas_teams_serving_every_unit_carry_a_note_and_draw_no_lines() {
    let plan = orgplan::examples::load(orgplan::examples::Example::Kouvola).unwrap();
    let decided = plan.find_scenario("decided").unwrap();
    let teams = ["ohjaus", "asiakasohjaus", "kehittaminen"];
    for (lang, note) in [
        (Lang::En, "Serves all units"),
        (Lang::Fi, "Palvelee kaikkia yksiköitä"),
        (Lang::Sv, "Betjänar alla enheter"),
    ] {
        for orientation in [Orientation::TopDown, Orientation::LeftRight] {
            let options = LayoutOptions {
                lang,
                orientation,
                ..LayoutOptions::default()
            };
            let chart = layout(decided, &options);
            // Three teams each serving the three units beside them drew nine parallel dashes.
            assert_eq!(serves_lines(&chart), 0, "{lang:?} {orientation:?}");
            let noted: Vec<&str> = chart.serves_notes.iter().map(|n| n.node.as_str()).collect();
            assert_eq!(noted, teams);
            for note in &chart.serves_notes {
                let served: Vec<&str> = note.served.iter().map(NodeId::as_str).collect();
                assert_eq!(served, ["vaka", "perusopetus", "lukio"]);
                assert!(note.not_served.is_empty());
            }
            for team in teams {
                assert_eq!(box_lines(&chart, team).last().unwrap(), note, "{team}");
            }
            // The box grew to hold the note: taller than the team beside it without one, whose
            // name is as short.
            let height = |node: &str| chart.find(&id(node)).unwrap().height;
            assert!(height("asiakasohjaus") > height("nuoriso"), "{lang:?}");
        }
    }
}

/// An organisation of six units with teams beside them that serve some of them, and a unit
/// inside the first unit.
fn six_units() -> Scenario {
    let mut s = Scenario::new(ScenarioMeta::new(NodeId::baseline(), Names::fi("x")));
    let mut add = |node: &str, kind, parent: Option<&str>| {
        let parent = parent.map(id);
        let node = Node::new(id(node), kind, Names::fi(&format!("Nimi {node}")));
        s.apply(Edit::add_child(node, parent.as_ref())).unwrap();
    };
    add("root", NodeKind::Organisation, None);
    for u in 1..=6 {
        add(&format!("u{u}"), NodeKind::Unit, Some("root"));
    }
    add("inner", NodeKind::Unit, Some("u1"));
    for team in ["two", "four", "five", "six", "all-and-inner"] {
        add(team, NodeKind::Team, Some("root"));
    }
    let serve = |s: &mut Scenario, from: &str, to: &[&str]| {
        for to in to {
            s.apply(Edit::AddRelation(Edge::new(
                &id(from),
                Relation::Serves,
                &id(to),
            )))
            .unwrap();
        }
    };
    serve(&mut s, "two", &["u2", "u5"]);
    serve(&mut s, "four", &["u1", "u2", "u3", "u4"]);
    serve(&mut s, "five", &["u1", "u2", "u3", "u5", "u6"]);
    serve(&mut s, "six", &["u1", "u2", "u3", "u4", "u5", "u6"]);
    let all = ["u1", "u2", "u3", "u4", "u5", "u6", "inner"];
    serve(&mut s, "all-and-inner", &all);
    s
}

#[test]
fn lines_are_drawn_where_they_tell_which_units() {
    let s = six_units();
    let options = LayoutOptions {
        lang: Lang::En,
        ..LayoutOptions::default()
    };
    let chart = layout(&s, &options);
    let noted: Vec<&str> = chart.serves_notes.iter().map(|n| n.node.as_str()).collect();
    // Two of six and four of six (below three in four) keep their lines: 2 + 4; the unit inside
    // the first, not beside the team, keeps its line: 1.
    assert_eq!(noted, ["five", "six", "all-and-inner"]);
    assert_eq!(serves_lines(&chart), 2 + 4 + 1);
    assert!(
        box_lines(&chart, "two")
            .iter()
            .all(|l| !l.contains("Serves"))
    );
    assert_eq!(
        box_lines(&chart, "five").last().unwrap(),
        "Serves all units but Nimi u4"
    );
    assert_eq!(box_lines(&chart, "six").last().unwrap(), "Serves all units");
    let five = &chart.serves_notes[0];
    assert_eq!(five.not_served, [id("u4")]);

    // Five of eight is below three in four; six of eight is not, and names neither unit left.
    let mut more = s.clone();
    for u in [7, 8] {
        let node = Node::new(id(&format!("u{u}")), NodeKind::Unit, Names::fi("Muu"));
        more.apply(Edit::add_child(node, Some(&id("root"))))
            .unwrap();
    }
    let chart = layout(&more, &options);
    let noted: Vec<&str> = chart.serves_notes.iter().map(|n| n.node.as_str()).collect();
    assert_eq!(noted, ["six", "all-and-inner"]);
    assert_eq!(
        box_lines(&chart, "six").last().unwrap(),
        "Serves 6 of 8 units"
    );
    assert_eq!(serves_lines(&chart), 2 + 4 + 5 + 1);
}

#[test]
fn the_nested_list_and_the_legend_tell_what_the_note_stands_for() {
    let plan = orgplan::examples::load(orgplan::examples::Example::Kouvola).unwrap();
    let decided = plan.find_scenario("decided").unwrap();
    let options = ChartOptions {
        lang: Lang::En,
        ..ChartOptions::default()
    };
    let drawn = chart(&plan, decided, &options);
    let entry = |start: &str| {
        drawn
            .entries
            .iter()
            .find(|e| e.text.starts_with(start))
            .unwrap()
            .text
            .clone()
    };
    for team in [
        "Guidance and support",
        "Customer guidance",
        "Development and evaluation",
    ] {
        assert_eq!(
            entry(team),
            format!(
                "{team}, Serves all units (serves: Early childhood education, Basic education, \
                 Upper secondary education)"
            )
        );
    }
    let legend: Vec<&str> = drawn.legend.iter().map(|(_, t)| t.as_str()).collect();
    assert!(legend.contains(&"Serves all units: the team serves every unit beside it"));
    // No dashed line is left on this chart, so the legend does not explain one.
    assert!(!legend.contains(&"serves (dotted line)"), "{legend:?}");
    // A chart without a note has no such entry; one with dashed lines explains them.
    let mut lines = plan.baseline().clone();
    let serves = Edge::new(&id("kot"), Relation::Serves, &id("vaka"));
    lines.apply(Edit::AddRelation(serves)).unwrap();
    let baseline = chart(&plan, &lines, &options);
    assert!(baseline.layout.serves_notes.is_empty());
    assert_eq!(serves_lines(&baseline.layout), 1);
    let samples: Vec<&LegendSample> = baseline.legend.iter().map(|(s, _)| s).collect();
    assert!(!samples.contains(&&LegendSample::ServesAll));
    assert!(samples.contains(&&LegendSample::Serves));
}

/// Every serves relation between shown nodes of `s` is drawn as a line or stands in a note,
/// each note's units are the units beside its node (served or not), and the nested list names
/// every unit a noted node serves.
fn nothing_is_lost(s: &Scenario, chart: &Layout, list: &[String]) -> Result<(), String> {
    let shown: BTreeSet<&NodeId> = chart.boxes.iter().map(|b| &b.id).collect();
    let mut relations = 0;
    let mut in_notes = 0;
    for from in s.nodes() {
        let note = chart.serves_notes.iter().find(|n| n.node == from.id);
        for to in s.targets(&from.id, Relation::Serves) {
            if !shown.contains(&from.id) || !shown.contains(to) {
                continue;
            }
            relations += 1;
            if note.is_some_and(|n| n.served.contains(to)) {
                in_notes += 1;
            }
        }
        let Some(note) = note else { continue };
        let parent = s.parent(&from.id);
        let beside: BTreeSet<&NodeId> = s
            .nodes()
            .filter(|n| n.kind == NodeKind::Unit && n.id != from.id)
            .filter(|n| s.parent(&n.id) == parent)
            .map(|n| &n.id)
            .collect();
        let noted: BTreeSet<&NodeId> = note.served.iter().chain(&note.not_served).collect();
        if noted != beside {
            return Err(format!(
                "{}: {noted:?} against {beside:?}",
                from.id.as_str()
            ));
        }
        // Names repeat in generated organisations: some entry of the node's name with the list.
        let names: Vec<&str> = s
            .targets(&from.id, Relation::Serves)
            .map(|to| s.node(to).unwrap().label(Lang::Fi))
            .collect();
        // The entry is the box's text with the list after it (names repeat in generated
        // organisations, and a long name is cut short in its box: the box's own text is looked
        // for, not the name).
        let text = chart.one_line(chart.find(&from.id).unwrap());
        let named = list.iter().any(|e| {
            e.starts_with(&format!("{text} (palvelee: "))
                && names.iter().all(|name| e.contains(name))
        });
        if !named {
            return Err(format!(
                "no entry of {} names all of {names:?}",
                from.id.as_str()
            ));
        }
    }
    let lines = serves_lines(chart);
    if lines + in_notes != relations {
        return Err(format!(
            "{lines} lines + {in_notes} in notes != {relations}"
        ));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(8))]

    /// Generated matrix organisations (a team in three serves a unit elsewhere) where some
    /// units also serve many or all of the units beside them: every relation is a line or a
    /// note, on one thread or two, open or collapsed.
    #[test]
    fn every_serves_relation_is_a_line_or_a_note(
        seed in 0u64..1_000,
        nodes in prop::sample::select(vec![600usize, 3_000]),
        every in 2usize..5,
        leave_out in 0usize..3,
        collapse_below in prop::option::of(2usize..4),
    ) {
        let plan = generate_plan(&GenOptions {
            seed,
            serves_every: Some(3),
            ..GenOptions::new(Shape::Realistic, nodes)
        })
        .unwrap();
        let mut s = plan.baseline().clone();
        // Every `every`th unit serves the units beside it but the first `leave_out` of them.
        let units: Vec<NodeId> = s
            .nodes()
            .filter(|n| n.kind == NodeKind::Unit)
            .map(|n| n.id.clone())
            .collect();
        let mut added = 0;
        for from in units.iter().step_by(every) {
            let parent = s.parent(from).cloned();
            let beside: Vec<NodeId> = units
                .iter()
                .filter(|u| *u != from && s.parent(u).cloned() == parent)
                .skip(leave_out)
                .cloned()
                .collect();
            for to in beside {
                s.apply(Edit::AddRelation(Edge::new(from, Relation::Serves, &to))).unwrap();
                added += 1;
            }
        }
        prop_assume!(added > 0);
        let options = LayoutOptions {
            collapse_below,
            ..LayoutOptions::default()
        };
        let chart_options = ChartOptions {
            lang: Lang::Fi,
            layout: options.clone(),
            ..ChartOptions::default()
        };
        let drawn = chart(&plan, &s, &chart_options);
        let list: Vec<String> = drawn.entries.iter().map(|e| e.text.clone()).collect();
        let result = nothing_is_lost(&s, &drawn.layout, &list);
        prop_assert!(result.is_ok(), "{:?}", result);
        if collapse_below.is_none() && leave_out == 0 {
            prop_assert!(!drawn.layout.serves_notes.is_empty());
        }
    }
}

#[test]
fn the_windows_chart_shows_the_note_in_the_windows_language() {
    let plan = orgplan::examples::load(orgplan::examples::Example::Kouvola).unwrap();
    let decided = plan.find_scenario("decided").unwrap();
    // The canvas draws every line of a box from the layout, so the note is drawn as text is.
    let canvas = orgplan::app::canvas::Chart::new(decided, Lang::Sv);
    let b = canvas.box_of(&id("kehittaminen")).unwrap();
    let texts: Vec<&str> = canvas
        .layout
        .lines_of(b)
        .iter()
        .map(|l| canvas.layout.text_of(l))
        .collect();
    assert_eq!(texts.last(), Some(&"Betjänar alla enheter"));
    assert_eq!(serves_lines(&canvas.layout), 0);
}

#[test]
fn units_a_comparison_shows_as_removed_are_not_units_to_serve() {
    let plan = orgplan::examples::load(orgplan::examples::Example::Kouvola).unwrap();
    let decided = plan.find_scenario("decided").unwrap();
    let options = ChartOptions {
        lang: Lang::En,
        ..ChartOptions::default()
    };
    // The baseline's units drawn faint where they stood stand beside the teams; the teams
    // still serve every unit there is.
    let drawn = orgplan::export::chart_compared(&plan, plan.baseline(), decided, &options);
    assert!(drawn.layout.find(&id("kasvuntuki")).is_some());
    assert_eq!(serves_lines(&drawn.layout), 0);
    assert_eq!(drawn.layout.serves_notes.len(), 3);
    assert_eq!(
        box_lines(&drawn.layout, "ohjaus").last().unwrap(),
        "Serves all units"
    );
}
