//! Capacity measures as the plan's own list (key, names, unit) and demand forecasts against
//! capacity (seed 004): edited through the commands (undo, redo), kept in the plan file (older
//! files open and re-save unchanged), read from CSV columns `capacity.KEY` and
//! `forecast.KEY.YEAR`, compared and merged, named in the figures, and set against capacity in
//! `orgplan stats`, where a scenario that closes a school shows its pupils over capacity.

use std::path::Path;

use orgplan::compare::report::{Sides, sentence};
use orgplan::compare::stats::{StatsFormat, stats_report};
use orgplan::compare::{ChangeKind, diff, figures};
use orgplan::examples::{self, Example};
use orgplan::i18n::Lang;
use orgplan::io::{import_csv, load_str, to_ron};
use orgplan::merge::merge;
use orgplan::model::{
    Command, CommandError, Edit, Field, History, Measure, Names, NodeId, Plan, PlanDetails, apply,
};

fn id(text: &str) -> NodeId {
    NodeId::new(text).unwrap()
}

/// Two schools, one closed in the scenario and taken over by the other.
pub(crate) const SCHOOLS: &str = r#"(
    version: 1,
    name: (sv: "Skolorna"),
    currency: "SEK",
    measures: [
        (key: "elever", name: (sv: "Elever", fi: "Oppilaat", en: "Pupils"), unit: (sv: "elever", fi: "oppilasta", en: "pupils")),
    ],
    scenarios: [
        (
            id: "baseline",
            name: (sv: "Nu"),
            nodes: [
                (id: "kontoret", kind: Organisation, name: (sv: "Utbildningskontoret")),
                (id: "norra", kind: Unit, name: (sv: "Norra skolan"), part_of: "kontoret", capacity: {"elever": 300.0}, forecast: {"elever": {2025: 260.0, 2026: 270.0}}),
                (id: "sodra", kind: Unit, name: (sv: "Södra skolan"), part_of: "kontoret", capacity: {"elever": 120.0}, forecast: {"elever": {2025: 80.0, 2026: 75.0}}),
            ],
        ),
        (
            id: "stangd",
            name: (sv: "Södra skolan stängd"),
            nodes: [
                (id: "kontoret", kind: Organisation, name: (sv: "Utbildningskontoret")),
                (id: "norra", kind: Unit, name: (sv: "Norra skolan"), part_of: "kontoret", capacity: {"elever": 300.0}, forecast: {"elever": {2025: 260.0, 2026: 270.0}}, replaces: ["sodra"]),
            ],
        ),
    ],
)
"#;

fn schools() -> Plan {
    load_str(SCHOOLS, Path::new("schools.ron")).unwrap()
}

#[test]
fn measures_and_forecasts_are_kept_in_the_file_and_older_files_re_save_unchanged() {
    let plan = schools();
    assert_eq!(plan.measures.len(), 1);
    assert_eq!(plan.measure_label("elever", Lang::Fi), "Oppilaat");
    let again = load_str(&to_ron(&plan).unwrap(), Path::new("again.ron")).unwrap();
    assert_eq!(again, plan);
    for example in Example::ALL {
        let text = example.source();
        let plan = load_str(text, Path::new("x.ron")).unwrap();
        // Only an example with forecasts (utbildningskontoret) writes them.
        let written = to_ron(&plan).unwrap();
        assert_eq!(written.contains("forecast"), text.contains("forecast"));
    }
}

#[test]
fn measures_are_added_renamed_and_refused_when_their_key_is_bad_and_undone_exactly() {
    let mut plan = examples::load(Example::Kouvola).unwrap();
    let before = plan.clone();
    let mut pupils = Measure::new("pupils");
    pupils.name = Names::fi("Oppilaat");
    let details = PlanDetails {
        measures: vec![pupils.clone()],
        network: true,
        ..plan.details()
    };
    let mut history = History::new();
    history
        .apply(&mut plan, Command::set_plan_details(details), "measures")
        .unwrap();
    assert_eq!(plan.measures, vec![pupils]);
    assert!(plan.network);
    history.undo(&mut plan).unwrap();
    assert_eq!(plan, before);
    history.redo(&mut plan).unwrap();
    assert_eq!(plan.measure_label("pupils", Lang::Sv), "Oppilaat");

    for (key, error) in [
        ("two words", CommandError::BadMeasureKey("two words".into())),
        ("pupils", CommandError::DuplicateMeasure("pupils".into())),
    ] {
        let mut measures = plan.measures.clone();
        measures.push(Measure::new(key));
        let details = PlanDetails {
            measures,
            ..plan.details()
        };
        let kept = plan.clone();
        let refused = apply(&mut plan, Command::set_plan_details(details)).unwrap_err();
        assert_eq!(refused, error);
        assert_eq!(plan, kept);
        assert!(!refused.message(Lang::Sv).is_empty());
    }
}

#[test]
fn a_forecast_year_is_set_undone_and_refused_when_negative() {
    let mut plan = schools();
    let before = plan.clone();
    let scenario = plan.baseline().meta.id.clone();
    let set = |v| Command {
        scenario: scenario.clone(),
        edit: Edit::Set {
            node: id("norra"),
            field: Field::Forecast("elever".into(), 2027, v),
        },
    };
    let mut history = History::new();
    history
        .apply(&mut plan, set(Some(290.0)), "forecast")
        .unwrap();
    let norra = plan.baseline().node(&id("norra")).unwrap();
    assert_eq!(norra.forecast["elever"][&2027], 290.0);
    history.undo(&mut plan).unwrap();
    assert_eq!(plan, before);
    assert!(apply(&mut plan, set(Some(-1.0))).is_err());
    assert_eq!(plan, before);
}

#[test]
fn csv_columns_capacity_key_and_forecast_key_year_are_read() {
    let csv = "id,parent,kind,name,capacity.pupils,forecast.pupils.2025,forecast.pupils.2026\n\
               org,,organisation,Kunta,,,\n\
               koulu,org,unit,Koulu,300,280,310\n";
    let plan = import_csv(csv.as_bytes(), Path::new("k.csv"), Names::fi("k")).unwrap();
    let koulu = plan.baseline().node(&id("koulu")).unwrap();
    assert_eq!(koulu.capacity["pupils"], 300.0);
    assert_eq!(koulu.forecast["pupils"][&2026], 310.0);
    assert_eq!(plan.measures, vec![Measure::new("pupils")]);

    let bad = "id,parent,kind,name,capacity.pupils\norg,,organisation,Kunta,many\n";
    let errors = import_csv(bad.as_bytes(), Path::new("b.csv"), Names::fi("b")).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].line, 2);
    assert!(
        errors[0]
            .reason
            .message(Lang::En)
            .contains("capacity.pupils")
    );
}

#[test]
fn a_changed_forecast_is_a_figure_change_named_by_the_measure() {
    let plan = schools();
    let mut after = plan.baseline().clone();
    after
        .apply(Edit::Set {
            node: id("norra"),
            field: Field::Forecast("elever".into(), 2026, Some(290.0)),
        })
        .unwrap();
    let changes = diff(plan.baseline(), &after);
    assert_eq!(changes.len(), 1);
    assert_eq!(changes[0].kind, ChangeKind::FigureChanged);
    assert_eq!(changes[0].field.as_deref(), Some("forecast.elever.2026"));
    let sides = Sides::new(plan.baseline(), &after).with_terms(plan.terms());
    let text = sentence(&changes[0], &sides, Lang::Sv);
    assert!(text.contains("Elever, prognos 2026"), "{text}");
}

#[test]
fn two_planners_forecasts_for_different_years_merge() {
    let base = schools();
    let edit = |year, value| {
        let mut plan = base.clone();
        let scenario = plan.baseline().meta.id.clone();
        let command = Command {
            scenario,
            edit: Edit::Set {
                node: id("norra"),
                field: Field::Forecast("elever".into(), year, Some(value)),
            },
        };
        apply(&mut plan, command).unwrap();
        plan
    };
    let merged = merge(&base, &edit(2027, 280.0), &edit(2028, 285.0)).unwrap();
    assert!(merged.conflicts.is_empty());
    let norra = merged.plan.baseline().node(&id("norra")).unwrap();
    assert_eq!(norra.forecast["elever"][&2027], 280.0);
    assert_eq!(norra.forecast["elever"][&2028], 285.0);
}

#[test]
fn stats_in_swedish_name_the_measure_and_list_the_school_over_capacity() {
    let plan = schools();
    let chosen: Vec<_> = plan.scenarios().iter().collect();
    let all: Vec<_> = chosen.iter().map(|s| figures(s, 8)).collect();
    let text = stats_report(&chosen, &all, plan.terms(), StatsFormat::Text, Lang::Sv).unwrap();
    assert!(text.contains("Elever (Kapacitet)"), "{text}");
    assert!(text.contains("Efterfrågan mot kapacitet"), "{text}");
    // 260 + 80 closing-school pupils against 300 places in 2025, 270 + 75 in 2026.
    assert!(
        text.contains(
            "Södra skolan stängd: Norra skolan, Elever 2025: efterfrågan 340, kapacitet 300"
        ),
        "{text}"
    );
    assert!(text.contains("Elever 2026: efterfrågan 345"), "{text}");
    assert!(!text.contains("Nu: Norra skolan"), "{text}");

    let json = stats_report(&chosen, &all, plan.terms(), StatsFormat::Json, Lang::En).unwrap();
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let over = &json["scenarios"][1]["demand"]["over_capacity"];
    assert_eq!(over.as_array().unwrap().len(), 2);
    assert_eq!(over[0]["unit"], "norra");
    assert_eq!(over[0]["takes_over"][0], "sodra");

    let csv = stats_report(&chosen, &all, plan.terms(), StatsFormat::Csv, Lang::En).unwrap();
    assert!(
        csv.contains("utilisation.elever.2025,norra,Norra skolan,"),
        "{csv}"
    );
}

#[test]
fn the_committee_pack_shows_the_school_the_proposal_puts_over_capacity() {
    let plan = schools();
    let mut options = crate::pack::options(&[Lang::Sv], true);
    options.to = "stangd".to_owned();
    let document = orgplan::pack::pack(&plan, &options).unwrap();
    let page = orgplan::pack::html(&document);
    assert!(page.contains("Efterfrågan mot kapacitet"), "{page}");
    assert!(page.contains("340 / 300 (113 %) !"), "{page}");
    assert!(
        page.contains("Södra skolan stängd: Norra skolan, Elever 2025: efterfrågan 340"),
        "{page}"
    );
    // A plan without forecasts has no such section.
    let kouvola = examples::load(Example::Kouvola).unwrap();
    let page = orgplan::pack::html(&orgplan::pack::pack(&kouvola, &options_en()).unwrap());
    assert!(!page.contains("Demand against capacity"));
}

fn options_en() -> orgplan::pack::PackOptions {
    crate::pack::options(&[Lang::En], true)
}

#[test]
fn a_ceased_school_kept_beside_the_one_that_took_it_over_is_no_change_against_itself() {
    let mut plan = schools();
    let scenario = plan.baseline().meta.id.clone();
    for (node, field) in [
        (
            "sodra",
            Field::Status(orgplan::model::PostStatus::Abolished),
        ),
        ("norra", Field::Replaces(vec![id("sodra")])),
    ] {
        let edit = Edit::Set {
            node: id(node),
            field,
        };
        let command = Command {
            scenario: scenario.clone(),
            edit,
        };
        apply(&mut plan, command).unwrap();
    }
    assert_eq!(diff(plan.baseline(), plan.baseline()), vec![]);
    // Against the scenario before the closure it is a merge, and the pupils move.
    let before = schools();
    let changes = diff(before.baseline(), plan.baseline());
    assert!(
        changes.iter().any(|c| c.kind == ChangeKind::Merged),
        "{changes:?}"
    );
}

#[test]
fn an_exported_chart_names_the_measures_in_its_language() {
    let mut plan = schools();
    let mut show = plan.baseline().view.show;
    show.capacity = true;
    let scenario = plan.baseline().meta.id.clone();
    apply(
        &mut plan,
        Command {
            scenario,
            edit: Edit::SetShow(show),
        },
    )
    .unwrap();
    let svg = |lang| {
        let options = orgplan::export::ChartOptions {
            lang,
            ..orgplan::export::ChartOptions::default()
        };
        orgplan::export::svg(&orgplan::export::chart(&plan, plan.baseline(), &options))
    };
    assert!(svg(Lang::Fi).contains("Oppilaat 300"), "{}", svg(Lang::Fi));
    assert!(svg(Lang::Sv).contains("Elever 300"));
    assert!(!svg(Lang::En).contains("elever 300"));
}
