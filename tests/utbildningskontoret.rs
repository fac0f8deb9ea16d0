//! The built-in example `utbildningskontoret` (seed 004, issue 26): a Swedish education office,
//! Swedish first and in kronor, with capacity measures and a demand forecast per school and
//! preschool. It loads, checks clean, lays out, exports, and its change of 2024 diffs as the
//! seed tells it: the youth centres move to the office and to its committee, a small school
//! closes and its pupils take the neighbouring school over capacity, an administrative post is
//! left unfilled (core activities before centralised administration).

use std::path::Path;

use orgplan::analysis::{CheckOptions, check};
use orgplan::compare::demand_report::demands;
use orgplan::compare::report::{Sides, sentence};
use orgplan::compare::{Change, ChangeKind, Value, diff, figures};
use orgplan::examples::{self, Example};
use orgplan::export::{ChartOptions, PageOrientation, Paper, PdfOptions, chart, parse_svg, svg};
use orgplan::i18n::{Currency, Lang};
use orgplan::layout::{LayoutOptions, Orientation, layout};
use orgplan::model::{Command, Edit, NodeId, Plan, PostStatus, Scenario, WorkTag, apply};

use crate::cli::run;

const EDUCATION: &str = "Utbildningsnämnden";
const CULTURE: &str = "Kultur- och fritidsnämnden";

fn id(text: &str) -> NodeId {
    NodeId::new(text).unwrap()
}

fn plan() -> Plan {
    examples::load(Example::Utbildningskontoret).unwrap()
}

/// The baseline and the proposed change of 2024.
fn both(plan: &Plan) -> (&Scenario, &Scenario) {
    let after = plan.find_scenario("forandring-2024").unwrap();
    (plan.baseline(), after)
}

#[test]
fn it_is_swedish_first_in_kronor_with_its_measures_named_in_every_language() {
    assert_eq!(
        Example::from_code("utbildningskontoret"),
        Some(Example::Utbildningskontoret)
    );
    let plan = plan();
    assert_eq!(plan.currency, Some(Currency::SEK));
    assert!(
        plan.name
            .sv
            .as_deref()
            .unwrap()
            .starts_with("Utbildningskontoret")
    );
    let keys: Vec<&str> = plan.measures.iter().map(|m| m.key.as_str()).collect();
    assert_eq!(keys, ["barn", "avdelningar", "elever", "paralleller"]);
    for measure in &plan.measures {
        for lang in [Lang::Sv, Lang::Fi, Lang::En] {
            assert!(measure.name.get(lang).is_some(), "{} {lang:?}", measure.key);
            assert!(measure.unit.get(lang).is_some(), "{} {lang:?}", measure.key);
        }
    }
    assert_eq!(plan.measure_label("barn", Lang::Sv), "Förskolebarn");
    assert_eq!(
        plan.measure_label("paralleller", Lang::Fi),
        "Rinnakkaisluokat"
    );
    for scenario in plan.scenarios() {
        assert!(scenario.meta.name.sv.is_some());
        for node in scenario.nodes() {
            let names = if node.name.is_empty() {
                &node.title
            } else {
                &node.name
            };
            for lang in [Lang::Sv, Lang::Fi, Lang::En] {
                assert!(names.get(lang).is_some(), "{} has no {lang:?}", node.id);
            }
            // Every capacity and forecast is in one of the plan's measures.
            for key in node.capacity.keys().chain(node.forecast.keys()) {
                assert!(keys.contains(&key.as_str()), "{}: {key}", node.id);
            }
        }
    }
}

#[test]
fn every_scenario_checks_clean_and_tags_core_work_and_administration() {
    let plan = plan();
    for scenario in plan.scenarios() {
        let problems = check(scenario, &CheckOptions::default());
        assert!(problems.is_empty(), "{}: {problems:?}", scenario.meta.id);
        for node in scenario.nodes() {
            // Preschools and schools are core work; the central administration is not.
            if !node.capacity.is_empty() {
                assert_eq!(node.work, Some(WorkTag::Core), "{}", node.id);
            }
        }
        let central = scenario.node(&id("central")).unwrap();
        assert_eq!(central.work, Some(WorkTag::Administration));
    }
    // Core activities before centralised administration: the change lowers the share of
    // administration, in FTE and in cost.
    let (before, after) = both(&plan);
    let (a, b) = (figures(before, 15), figures(after, 15));
    let share = |f: &orgplan::compare::Figures| {
        (
            f.totals.admin_fte_share().unwrap(),
            f.totals.admin_cost_share().unwrap(),
        )
    };
    let ((fte_a, cost_a), (fte_b, cost_b)) = (share(&a), share(&b));
    assert!(fte_a > 0.0 && fte_a < 0.1, "{fte_a}");
    assert!(fte_b < fte_a && cost_b < cost_a);
    assert_eq!(b.totals.left_unfilled, 1);
}

#[test]
fn the_baseline_lays_out_its_two_offices_side_by_side_and_every_scenario_without_overlap() {
    let plan = plan();
    for scenario in plan.scenarios() {
        for orientation in [Orientation::TopDown, Orientation::LeftRight] {
            let options = LayoutOptions {
                orientation,
                ..LayoutOptions::default()
            };
            let chart = layout(scenario, &options);
            let label = format!("{} {orientation:?}", scenario.meta.id);
            assert_eq!(chart.boxes.len(), scenario.len(), "{label}");
            for (i, a) in chart.boxes.iter().enumerate() {
                for b in &chart.boxes[i + 1..] {
                    let apart = a.x + a.width <= b.x + 0.5
                        || b.x + b.width <= a.x + 0.5
                        || a.y + a.height <= b.y + 0.5
                        || b.y + b.height <= a.y + 0.5;
                    assert!(apart, "{label}: {} overlaps {}", a.id, b.id);
                }
            }
        }
    }
    // Two roots before the change: the education office and the culture and leisure office.
    let chart = layout(plan.baseline(), &LayoutOptions::default());
    let find = |node: &str| chart.find(&id(node)).unwrap();
    let (office, culture) = (find("kontoret"), find("kulturkontoret"));
    assert!((office.y - culture.y).abs() < 0.5);
    assert!(culture.x >= office.x + office.width);
    // The youth centres under the culture office, then under the education office.
    let after = plan.find_scenario("forandring-2024").unwrap();
    assert_eq!(
        plan.baseline().parent(&id("fritidsgardar")),
        Some(&id("kulturkontoret"))
    );
    assert_eq!(after.parent(&id("fritidsgardar")), Some(&id("kontoret")));
}

#[test]
fn the_chart_in_swedish_names_everything_in_swedish_and_its_costs_in_kronor() {
    let plan = plan();
    let options = ChartOptions {
        lang: Lang::Sv,
        ..ChartOptions::default()
    };
    for scenario in plan.scenarios() {
        let text = svg(&chart(&plan, scenario, &options));
        parse_svg(&text).unwrap();
        for name in [
            "Utbildningskontoret",
            "förvaltningschef (skolchef)",
            "Central förvaltning",
            "Lärkans förskola",
            "Västra skolan F–9",
            "Gymnasieskolan",
            "Fritidsgårdar",
            "Kultur- och fritidskontoret",
            EDUCATION,
            CULTURE,
            "kärnverksamhet",
            "administration",
        ] {
            assert!(text.contains(name), "{}: {name}", scenario.meta.id);
        }
        assert!(!text.contains("Koulutusvirasto") && !text.contains("Education office"));
    }
    // The view shows each unit's committee: the youth centres' changes with the move.
    let (before, after) = both(&plan);
    let youth = |scenario: &Scenario| {
        let drawing = chart(&plan, scenario, &options);
        crate::support::boxes::box_lines(&drawing.layout, "fritidsgardar")
    };
    assert!(youth(before).iter().any(|l| l == CULTURE));
    assert!(youth(after).iter().any(|l| l == EDUCATION));

    // Boxes that show costs write them in kronor, as Swedish writes amounts.
    let mut costs = plan.clone();
    let mut show = costs.baseline().view.show;
    show.cost = true;
    apply(
        &mut costs,
        Command {
            scenario: id("baseline"),
            edit: Edit::SetShow(show),
        },
    )
    .unwrap();
    let text = svg(&chart(&costs, costs.baseline(), &options));
    assert!(text.contains("1\u{a0}350\u{a0}000\u{a0}kr"), "{text}");
    assert!(!text.contains('€'));
}

#[test]
fn both_scenarios_export_as_a_tagged_pdf_naming_the_units() {
    let plan = plan();
    let options = ChartOptions {
        lang: Lang::Sv,
        ..ChartOptions::default()
    };
    for scenario in plan.scenarios() {
        let drawing = chart(&plan, scenario, &options);
        let bytes = orgplan::export::pdf(
            &drawing,
            &PdfOptions {
                paper: Paper::A3,
                orientation: PageOrientation::Auto,
            },
        )
        .unwrap();
        let doc = lopdf::Document::load_mem(&bytes).unwrap();
        let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
        // The chart on one page, then its list.
        assert_eq!(pages.len(), 2, "{}", scenario.meta.id);
        let text = doc.extract_text(&pages).unwrap();
        for name in [
            "Utbildningskontoret",
            "Central förvaltning",
            "Fritidsgårdar",
        ] {
            assert!(text.contains(name), "{}: {name}", scenario.meta.id);
        }
        assert!(doc.catalog().unwrap().get(b"StructTreeRoot").is_ok());
    }
}

fn find<'a>(changes: &'a [Change], kind: ChangeKind, node: &str) -> &'a Change {
    changes
        .iter()
        .find(|c| c.kind == kind && c.node.as_ref().is_some_and(|n| n.as_str() == node))
        .unwrap_or_else(|| panic!("no {kind:?} of {node} in {changes:#?}"))
}

#[test]
fn the_change_moves_the_youth_centres_to_the_office_and_its_committee_and_closes_a_school() {
    let plan = plan();
    let (before, after) = both(&plan);
    let changes = diff(before, after);

    // The youth centres: a new committee, a new parent and a new line manager for their head.
    let body = find(&changes, ChangeKind::DetailsChanged, "fritidsgardar");
    assert_eq!(body.field.as_deref(), Some("body"));
    assert_eq!(body.before, Some(Value::Text(CULTURE.to_owned())));
    assert_eq!(body.after, Some(Value::Text(EDUCATION.to_owned())));
    let sides = Sides::new(before, after);
    assert_eq!(
        sentence(body, &sides, Lang::Sv),
        "Ansvarig nämnd: Fritidsgårdar (förut: Kultur- och fritidsnämnden; nu: Utbildningsnämnden)."
    );
    let moved = find(&changes, ChangeKind::Moved, "fritidsgardar");
    assert_eq!(
        (moved.from.clone(), moved.to.clone()),
        (vec![id("kulturkontoret")], vec![id("kontoret")])
    );
    let supervisor = find(&changes, ChangeKind::SupervisorChanged, "enhetschef-fritid");
    assert_eq!(supervisor.to, vec![id("forvaltningschef")]);

    // Ängsskolan closes; Norra skolan takes it in, with five of its FTE.
    let closed = find(&changes, ChangeKind::NodeRemoved, "angs");
    assert_eq!(closed.from, vec![id("kontoret")]);
    let merged = find(&changes, ChangeKind::Merged, "norra");
    assert_eq!(merged.from, vec![id("norra"), id("angs")]);
    let fte = changes
        .iter()
        .find(|c| c.kind == ChangeKind::FigureChanged && c.field.as_deref() == Some("fte"))
        .unwrap();
    assert_eq!(fte.node, Some(id("norra")));
    assert_eq!(
        (fte.before.clone(), fte.after.clone()),
        (Some(Value::Number(28.0)), Some(Value::Number(33.0)))
    );

    // The development strategist is left unfilled and its task goes to the head of
    // administration: no task is left without an owner.
    let post = find(&changes, ChangeKind::VacancyChanged, "utvecklingsstrateg");
    assert_eq!(post.after, Some(Value::Status(PostStatus::LeftUnfilled)));
    let task = changes
        .iter()
        .find(|c| c.kind == ChangeKind::TaskMoved)
        .unwrap();
    assert_eq!(task.task, Some(id("t-kvalitet")));
    assert_eq!(task.to, vec![id("adm-chef")]);
    assert!(!changes.iter().any(|c| c.kind == ChangeKind::TaskOrphaned));
    // Nothing else is added or removed: the change moves, closes and leaves unfilled.
    let added_or_removed: Vec<&str> = changes
        .iter()
        .filter(|c| matches!(c.kind, ChangeKind::NodeAdded | ChangeKind::NodeRemoved))
        .filter_map(|c| c.node.as_ref().map(NodeId::as_str))
        .collect();
    assert_eq!(added_or_removed, ["angs"]);
    // The proposal is the committee's.
    let decision = after.meta.decision.as_ref().unwrap();
    assert_eq!(decision.body.as_deref(), Some(EDUCATION));
}

#[test]
fn the_closed_schools_pupils_take_norra_skolan_over_capacity_in_2027() {
    let plan = plan();
    let (before, after) = both(&plan);
    let all = demands(&[before, after]);
    let over = |at: usize| -> Vec<(String, u16)> {
        all[at]
            .over_capacity()
            .map(|r| (r.node.as_str().to_owned(), r.year))
            .collect()
    };
    let pair = |node: &str, year| (node.to_owned(), year);
    // The demography alone takes Lärkans förskola and Västra skolan over their capacity.
    let growing = vec![
        pair("larkan", 2025),
        pair("larkan", 2026),
        pair("larkan", 2027),
        pair("vastra", 2026),
        pair("vastra", 2027),
    ];
    assert_eq!(over(0), growing);
    // After the change Norra skolan, with Ängsskolan's pupils, is over it in 2027.
    let mut expected = growing.clone();
    expected.insert(3, pair("norra", 2027));
    assert_eq!(over(1), expected);
    let norra = all[1]
        .over_capacity()
        .find(|r| r.node.as_str() == "norra")
        .unwrap();
    assert_eq!(norra.measure, "elever");
    assert_eq!((norra.demand, norra.capacity), (341.0 + 55.0, Some(390.0)));
    assert_eq!(norra.takes_over, vec![id("angs")]);
    // Full but not over the year before; no pupil is left without a school.
    let in_2026 = all[1]
        .rows
        .iter()
        .find(|r| r.node.as_str() == "norra" && r.year == 2026)
        .unwrap();
    assert!(in_2026.utilisation().unwrap() > 0.95 && !in_2026.over_capacity());
    assert!(all.iter().all(|d| d.unplaced.is_empty()));
    assert_eq!(all[0].years(), vec![2024, 2025, 2026, 2027]);
}

#[test]
fn swedish_stats_write_kronor_the_measures_names_and_the_units_over_capacity() {
    let dir = tempfile::tempdir().unwrap();
    let written = run(
        &[
            "example",
            "--name",
            "utbildningskontoret",
            "-o",
            "kontoret.ron",
        ],
        dir.path(),
    );
    assert!(written.status.success());
    assert_eq!(
        orgplan::io::load_file(&dir.path().join("kontoret.ron")).unwrap(),
        plan()
    );

    let output = run(&["stats", "kontoret.ron", "--lang", "sv"], dir.path());
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    for expected in [
        "Årskostnad",
        "\u{a0}kr",
        "Administrationens andel av kostnaderna",
        "Förskolebarn (Kapacitet)",
        "Avdelningar (Kapacitet)",
        "Elever (Kapacitet)",
        "Paralleller (Kapacitet)",
        "Efterfrågan mot kapacitet",
        "Över kapacitet",
        "Nuvarande organisation 2023: Lärkans förskola, Förskolebarn 2025: efterfrågan 76, kapacitet 72",
        "Nuvarande organisation 2023: Västra skolan F–9, Elever 2027: efterfrågan 561, kapacitet 540",
        "Organisationsförändring 2024: Norra skolan F–6, Elever 2027: efterfrågan 396, kapacitet 390",
    ] {
        assert!(text.contains(expected), "{expected} missing:\n{text}");
    }
    // Not in euros, not by the measures' keys, and Norra skolan fits until it takes Ängsskolan in.
    assert!(!text.contains('€'), "{text}");
    let by_key = |line: &str| {
        let line = line.trim_start();
        ["barn", "avdelningar", "elever", "paralleller"]
            .iter()
            .any(|key| line.starts_with(&format!("{key} (")))
    };
    assert!(!text.lines().any(by_key), "{text}");
    assert!(
        !text.contains("Nuvarande organisation 2023: Norra skolan"),
        "{text}"
    );
    assert!(!text.contains("Norra skolan F–6, Elever 2026"), "{text}");

    // The demand rows in the CSV name the unit by its Swedish name.
    let csv = run(
        &["stats", "kontoret.ron", "--lang", "sv", "--format", "csv"],
        dir.path(),
    );
    let csv = String::from_utf8(csv.stdout).unwrap();
    assert!(
        csv.contains("utilisation.elever.2027,norra,Norra skolan F–6,"),
        "{csv}"
    );
}

/// The example's file is the shipped one: what `orgplan example` writes opens as it.
#[test]
fn the_shipped_file_is_the_example() {
    let disk =
        orgplan::io::load_file(Path::new("assets/examples/utbildningskontoret.ron")).unwrap();
    assert_eq!(disk, plan());
}
