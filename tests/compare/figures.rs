//! The figures of a scenario and per unit: totals, layers, spans, cost; and `stats`.

use std::collections::BTreeSet;

use orgplan::compare::stats::{StatsFormat, stats_report};
use orgplan::compare::{ChangeKind, Value, diff, figures};
use orgplan::i18n::{Currency, Lang};
use orgplan::model::{Command, Edit, Field, NodeId, PostStatus, Relation, Scenario, apply};

use crate::merge::edited;

use super::*;

#[test]
fn the_figures_of_the_decided_organisation() {
    let plan = kouvola();
    let before = figures(plan.find_scenario("baseline").unwrap(), 15);
    let after = figures(plan.find_scenario("decided").unwrap(), 15);
    assert_eq!((before.units, before.teams), (7, 0));
    assert_eq!((after.units, after.teams), (3, 4));
    assert_eq!(before.totals.positions, 5);
    assert_eq!(after.totals.positions, 8);
    assert_eq!(
        (
            after.totals.filled,
            after.totals.vacant,
            after.totals.left_unfilled
        ),
        (7, 0, 1)
    );
    // The post left unfilled costs nothing and adds no FTE.
    assert!((after.totals.fte - 7.0).abs() < 1e-9);
    // Director → heads → team leaders.
    assert_eq!(after.layers, 3);
    assert_eq!(after.span.max, 3);
    // Customer guidance and development are administration: 2 of 7 FTE.
    let share = after.totals.admin_fte_share().unwrap();
    assert!((share - 2.0 / 7.0).abs() < 1e-9, "{share}");
    let division = after
        .per_unit
        .iter()
        .find(|u| u.id.as_str() == "kop")
        .unwrap();
    assert_eq!(division.totals.positions, 8);
}

#[test]
fn the_cost_for_the_rest_of_the_year_counts_the_days_left() {
    let mut plan = kouvola();
    let scenario = id("decided");
    apply(
        &mut plan,
        Command {
            scenario: scenario.clone(),
            edit: Edit::Set {
                node: id("ohjaus-vetaja"),
                field: Field::Cost(Some(73_000.0)),
            },
        },
    )
    .unwrap();
    let f = figures(plan.scenario(&scenario).unwrap(), 15);
    // 1 October to 31 December 2023: 92 of 365 days.
    let expected = 73_000.0 * 92.0 / 365.0;
    assert!((f.cost_rest_of_year.unwrap() - expected).abs() < 1e-6);
}

#[test]
fn span_over_the_limit_names_the_supervisor() {
    let plan = kouvola();
    let f = figures(plan.find_scenario("decided").unwrap(), 2);
    assert_eq!(f.span.over_limit, ids(&["kop-johtaja", "op-paallikko"]));
}

#[test]
fn stats_put_scenarios_side_by_side_with_deltas() {
    let plan = kouvola();
    let chosen: Vec<&Scenario> = ["baseline", "decided"]
        .iter()
        .map(|k| plan.find_scenario(k).unwrap())
        .collect();
    let all: Vec<_> = chosen.iter().map(|s| figures(s, 15)).collect();
    let text = stats_report(
        &chosen,
        &all,
        Currency::EUR.into(),
        StatsFormat::Text,
        Lang::En,
    )
    .unwrap();
    let units = text.lines().find(|l| l.starts_with("Units")).unwrap();
    assert_eq!(
        units.split_whitespace().collect::<Vec<_>>(),
        ["Units", "7", "3", "\u{2212}4"]
    );
    let csv = stats_report(
        &chosen,
        &all,
        Currency::EUR.into(),
        StatsFormat::Csv,
        Lang::En,
    )
    .unwrap();
    assert!(csv.lines().any(|l| l == "teams,,Teams,0,4,4"), "{csv}");
    let json: serde_json::Value = serde_json::from_str(
        &stats_report(
            &chosen,
            &all,
            Currency::EUR.into(),
            StatsFormat::Json,
            Lang::En,
        )
        .unwrap(),
    )
    .unwrap();
    assert_eq!(json["scenarios"][1]["totals"]["left_unfilled"], 1);
    // Deltas against the first scenario, for the whole and per unit.
    assert!(json["scenarios"][0].get("deltas").is_none());
    assert_eq!(json["scenarios"][1]["deltas"]["units"], -4.0);
    assert_eq!(json["scenarios"][1]["deltas"]["positions"], 3.0);
    let kop = &json["scenarios"][1]["per_unit"][0];
    assert_eq!(kop["id"], "kop");
    assert_eq!(kop["deltas"]["supervisors"], 1.0);
    assert_eq!(kop["span"]["max"], 3);
    // Every per-unit figure is a CSV row.
    for code in [
        "filled",
        "vacant",
        "headcount",
        "layers",
        "span_mean",
        "span_max",
    ] {
        assert!(
            csv.lines()
                .any(|l| l.starts_with(&format!("unit.{code},kop,"))),
            "unit.{code} missing"
        );
    }
    assert!(
        csv.lines()
            .any(|l| l == "unit.vacant,kop,Education services,1,0,-1"),
        "{csv}"
    );
}

#[test]
fn each_unit_has_the_layers_and_span_of_its_own_posts() {
    let plan = kouvola();
    let after = figures(plan.find_scenario("decided").unwrap(), 2);
    let unit = |id: &str| after.per_unit.iter().find(|u| u.id.as_str() == id).unwrap();
    // The division: director, heads of the units, team leaders.
    let kop = unit("kop");
    assert_eq!(kop.layers, after.layers);
    assert_eq!(kop.span.max, after.span.max);
    assert_eq!(kop.span.supervisors, after.span.supervisors);
    // Basic education holds only its head, whose three direct reports sit elsewhere: one
    // layer, and the head's span of three.
    let perusopetus = unit("perusopetus");
    assert_eq!((perusopetus.totals.positions, perusopetus.layers), (1, 1));
    assert_eq!((perusopetus.span.supervisors, perusopetus.span.max), (1, 3));
    assert!((perusopetus.span.mean - 3.0).abs() < 1e-9);
    // Over a limit of 2: the supervisor with three reports, counted in each unit above it.
    assert_eq!(perusopetus.span.over_limit, 1);
    assert_eq!(kop.span.over_limit, after.span.over_limit.len());
    // A unit without posts has no layers.
    let lukio = unit("lukio");
    assert_eq!(
        (lukio.totals.positions, lukio.layers, lukio.span.supervisors),
        (0, 0, 0)
    );
    // Growth support before the change: a head with one post under them.
    let before = figures(plan.find_scenario("baseline").unwrap(), 15);
    let kasvu = before
        .per_unit
        .iter()
        .find(|u| u.id.as_str() == "kasvuntuki")
        .unwrap();
    assert_eq!(
        (kasvu.totals.positions, kasvu.layers, kasvu.span.max),
        (2, 2, 1)
    );
}

#[test]
fn an_abolished_supervisor_counts_in_no_span_of_control() {
    let mut plan = kouvola();
    let scenario = id("decided");
    apply(
        &mut plan,
        Command {
            scenario: scenario.clone(),
            edit: Edit::Set {
                node: id("op-paallikko"),
                field: Field::Status(PostStatus::Abolished),
            },
        },
    )
    .unwrap();
    let after = figures(plan.scenario(&scenario).unwrap(), 2);
    assert!(!after.span.over_limit.contains(&id("op-paallikko")));
    // The whole and the division that holds every post count the same supervisors.
    let kop = after
        .per_unit
        .iter()
        .find(|u| u.id.as_str() == "kop")
        .unwrap();
    assert_eq!(
        (kop.span.supervisors, kop.span.max, kop.span.over_limit),
        (
            after.span.supervisors,
            after.span.max,
            after.span.over_limit.len()
        )
    );
}

/// The median of a list of spans as the figures define it (0 for none).
fn median_of(mut spans: Vec<usize>) -> f64 {
    spans.sort_unstable();
    match spans.len() {
        0 => 0.0,
        n if n % 2 == 1 => spans[n / 2] as f64,
        n => (spans[n / 2 - 1] + spans[n / 2]) as f64 / 2.0,
    }
}

/// Each unit's median span, units and teams, counted the slow way: walking up from every node.
fn unit_figures_walked(scenario: &Scenario) -> Vec<(NodeId, f64, usize, usize)> {
    use orgplan::model::{LineManagement, NodeKind};
    let counts = LineManagement::of(scenario).span_counts();
    let mut spans: std::collections::HashMap<NodeId, Vec<usize>> = Default::default();
    let mut parts: std::collections::HashMap<NodeId, (usize, usize)> = Default::default();
    for (at, node) in scenario.nodes().enumerate() {
        let supervisor = node.kind == NodeKind::Position
            && node.status != PostStatus::Abolished
            && counts[at] > 0;
        let exists = node.status != PostStatus::Abolished;
        let part = (
            usize::from(exists && node.kind == NodeKind::Unit),
            usize::from(exists && node.kind == NodeKind::Team),
        );
        let mut current = Some(&node.id);
        let mut own = true;
        while let Some(here) = current {
            if supervisor {
                spans.entry(here.clone()).or_default().push(counts[at]);
            }
            if !own {
                let entry = parts.entry(here.clone()).or_default();
                entry.0 += part.0;
                entry.1 += part.1;
            }
            own = false;
            current = scenario.parent(here);
        }
    }
    scenario
        .nodes()
        .filter(|n| {
            matches!(
                n.kind,
                NodeKind::Unit | NodeKind::Team | NodeKind::Organisation
            )
        })
        .map(|n| {
            let (units, teams) = parts.get(&n.id).copied().unwrap_or_default();
            let median = median_of(spans.remove(&n.id).unwrap_or_default());
            (n.id.clone(), median, units, teams)
        })
        .collect()
}

#[test]
fn each_unit_has_the_median_span_and_the_units_and_teams_below_it() {
    let csv = crate::support::gen_org::gen_org("realistic", 2_000, 3, false);
    let mut generated = orgplan::io::import_csv(
        &csv,
        std::path::Path::new("org.csv"),
        orgplan::model::Names::fi("org"),
    )
    .unwrap();
    // The generator states no heads: the first post of each unit heads it, so that the derived
    // line management gives supervisors of many spans at many depths.
    let baseline = generated.baseline();
    let mut headed = std::collections::HashSet::new();
    let heads: Vec<Edit> = baseline
        .nodes()
        .filter(|n| n.kind == orgplan::model::NodeKind::Position)
        .filter_map(|n| {
            let unit = baseline.parent(&n.id)?;
            headed
                .insert(unit.clone())
                .then(|| Edit::AddRelation(orgplan::model::Edge::new(&n.id, Relation::Heads, unit)))
        })
        .collect();
    let baseline_id = baseline.meta.id.clone();
    apply(
        &mut generated,
        Command {
            scenario: baseline_id,
            edit: Edit::Batch(heads),
        },
    )
    .unwrap();
    let plan = kouvola();
    for scenario in [
        generated.baseline(),
        plan.find_scenario("baseline").unwrap(),
        plan.find_scenario("decided").unwrap(),
    ] {
        let f = figures(scenario, 2);
        let walked = unit_figures_walked(scenario);
        assert_eq!(f.per_unit.len(), walked.len());
        let mut medians_seen = BTreeSet::new();
        for (unit, (id, median, units, teams)) in f.per_unit.iter().zip(walked) {
            assert_eq!(unit.id, id);
            assert_eq!(unit.span.median, median, "median of {id}");
            assert_eq!((unit.units, unit.teams), (units, teams), "parts of {id}");
            medians_seen.insert((median * 2.0) as u64);
        }
        // Not one value for all: the walk and the figures agree on medians that differ.
        assert!(medians_seen.len() > 1, "{medians_seen:?}");
    }
    // The division is the organisation and holds every post: its median is the whole
    // scenario's, and every unit and team is below it.
    let decided = figures(plan.find_scenario("decided").unwrap(), 2);
    let kop = decided
        .per_unit
        .iter()
        .find(|u| u.id.as_str() == "kop")
        .unwrap();
    assert_eq!(kop.span.median, decided.span.median);
    assert_eq!((kop.units, kop.teams), (decided.units, decided.teams));
}

#[test]
fn each_unit_has_its_cost_for_the_rest_of_the_year() {
    let mut plan = kouvola();
    let scenario = id("decided");
    for (post, cost) in [("ohjaus-vetaja", 73_000.0), ("kop-johtaja", 110_000.0)] {
        apply(
            &mut plan,
            Command {
                scenario: scenario.clone(),
                edit: Edit::Set {
                    node: id(post),
                    field: Field::Cost(Some(cost)),
                },
            },
        )
        .unwrap();
    }
    let f = figures(plan.scenario(&scenario).unwrap(), 15);
    let unit = |id: &str| f.per_unit.iter().find(|u| u.id.as_str() == id).unwrap();
    // 1 October to 31 December 2023: 92 of 365 days.
    let share = 92.0 / 365.0;
    let team = unit("ohjaus");
    assert!((team.cost_rest_of_year.unwrap() - 73_000.0 * share).abs() < 1e-6);
    let kop = unit("kop");
    assert!((kop.cost_rest_of_year.unwrap() - 183_000.0 * share).abs() < 1e-6);
    let chosen = [plan.scenario(&scenario).unwrap()];
    let csv = stats_report(
        &chosen,
        std::slice::from_ref(&f),
        Currency::EUR.into(),
        StatsFormat::Csv,
        Lang::En,
    )
    .unwrap();
    assert!(
        csv.lines()
            .any(|l| l.starts_with("unit.cost_rest_of_year,ohjaus,") && l.ends_with(",18400")),
        "{csv}"
    );
    assert!(
        csv.lines().any(|l| l.starts_with("unit.span_median,kop,")),
        "{csv}"
    );
}

#[test]
fn capacity_and_cost_add_up_and_their_changes_are_figure_changes() {
    let plan = kouvola();
    let changed = edited(
        &plan,
        "decided",
        vec![
            Edit::Set {
                node: id("perusopetus"),
                field: Field::Capacity("pupils".into(), Some(4_100.0)),
            },
            Edit::Set {
                node: id("lukio"),
                field: Field::Capacity("pupils".into(), Some(1_250.0)),
            },
            Edit::Set {
                node: id("kop-johtaja"),
                field: Field::Cost(Some(118_000.0)),
            },
        ],
    );
    let after = changed.find_scenario("decided").unwrap();
    let f = figures(after, 15);
    assert_eq!(f.totals.capacity.get("pupils"), Some(&5_350.0));
    assert_eq!(f.totals.cost, 118_000.0);
    let kop = f.per_unit.iter().find(|u| u.id.as_str() == "kop").unwrap();
    assert_eq!(kop.totals.capacity.get("pupils"), Some(&5_350.0));
    let lukio = f
        .per_unit
        .iter()
        .find(|u| u.id.as_str() == "lukio")
        .unwrap();
    assert_eq!(lukio.totals.capacity.get("pupils"), Some(&1_250.0));

    let changes = diff(plan.find_scenario("decided").unwrap(), after);
    let pupils = find(&changes, ChangeKind::FigureChanged, "perusopetus");
    assert_eq!(pupils.len(), 1, "{changes:#?}");
    assert_eq!(pupils[0].field.as_deref(), Some("capacity.pupils"));
    assert_eq!(pupils[0].after, Some(Value::Number(4_100.0)));
    let cost = one(&changes, ChangeKind::FigureChanged, "kop-johtaja");
    assert_eq!(cost.field.as_deref(), Some("cost"));
    assert_eq!(
        (cost.before.clone(), cost.after.clone()),
        (None, Some(Value::Number(118_000.0)))
    );
    assert_eq!(changes.len(), 3, "{changes:#?}");
}

#[test]
fn the_figures_as_a_workbook_hold_numbers_deltas_and_each_unit() {
    use calamine::{Data, Reader as _, Xlsx};
    use orgplan::compare::stats::stats_xlsx;
    let plan = kouvola();
    let chosen = [plan.baseline(), plan.find_scenario("decided").unwrap()];
    let all: Vec<_> = chosen.iter().map(|s| figures(s, 8)).collect();
    let bytes = stats_xlsx(&chosen, &all, Currency::EUR.into(), Lang::En).unwrap();
    assert_eq!(
        bytes,
        stats_xlsx(&chosen, &all, Currency::EUR.into(), Lang::En).unwrap(),
        "not the same bytes"
    );
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let names = book.sheet_names();
    assert_eq!(names.len(), 2, "{names:?}");
    let whole = book.worksheet_range(&names[0]).unwrap();
    let header: Vec<String> = whole
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(header[1..], ["baseline", "decided", "Δ decided"]);
    let row = |label: &str| {
        whole
            .rows()
            .find(|r| r[0] == Data::String(label.to_owned()))
            .unwrap_or_else(|| panic!("no row {label}"))
            .to_vec()
    };
    let positions = row("Posts");
    let (a, b) = (
        all[0].totals.positions as f64,
        all[1].totals.positions as f64,
    );
    assert_eq!(
        positions[1..],
        [Data::Float(a), Data::Float(b), Data::Float(b - a)]
    );
    let units = book.worksheet_range(&names[1]).unwrap();
    let first_units: Vec<String> = units.rows().skip(1).map(|r| r[0].to_string()).collect();
    for unit in &all[1].per_unit {
        let label = chosen[1].node(&unit.id).unwrap().label(Lang::En).to_owned();
        assert!(
            first_units.iter().any(|l| l.trim() == label),
            "{label} not in the per-unit sheet"
        );
    }
}
