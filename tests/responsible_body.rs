//! The responsible body of an organisation, unit or team (lautakunta, nämnd): edited through the
//! commands (undo, redo), kept in the plan file (a file without it re-saves byte for byte), a
//! `details_changed` of field `body` in the comparison, merged field by field, shown in boxes
//! when the view asks for it, and read from a CSV column.

use std::path::Path;

use orgplan::compare::report::{DiffFormat, Sides, diff_report, sentence};
use orgplan::compare::{ChangeKind, Value, diff};
use orgplan::examples::{self, Example};
use orgplan::i18n::Lang;
use orgplan::io::{load_str, to_ron};
use orgplan::layout::{LayoutOptions, layout};
use orgplan::merge::merge;
use orgplan::model::{Command, Edit, Field, History, NodeId, Plan, apply};

fn id(text: &str) -> NodeId {
    NodeId::new(text).unwrap()
}

const BEFORE: &str = "Kultur- och fritidsnämnden";
const AFTER: &str = "Barn- och utbildningsnämnden";

/// Seed 004: a Swedish education office takes over the youth centres from the culture and
/// leisure committee.
const YOUTH_CENTRES: &str = r#"(
    version: 1,
    scenarios: [
        (
            id: "baseline",
            name: (sv: "Nuvarande organisation"),
            nodes: [
                (id: "kontoret", kind: Organisation, name: (sv: "Utbildningskontoret"), body: "Barn- och utbildningsnämnden"),
                (id: "grundskola", kind: Unit, name: (sv: "Grundskola"), part_of: "kontoret", body: "Barn- och utbildningsnämnden"),
                (id: "fritidsgardar", kind: Unit, name: (sv: "Fritidsgårdar", fi: "Nuorisotalot", en: "Youth centres"), part_of: "kontoret", body: "Kultur- och fritidsnämnden"),
            ],
        ),
        (
            id: "flyttat",
            name: (sv: "Fritidsgårdarna flyttade"),
            nodes: [
                (id: "kontoret", kind: Organisation, name: (sv: "Utbildningskontoret"), body: "Barn- och utbildningsnämnden"),
                (id: "grundskola", kind: Unit, name: (sv: "Grundskola"), part_of: "kontoret", body: "Barn- och utbildningsnämnden"),
                (id: "fritidsgardar", kind: Unit, name: (sv: "Fritidsgårdar", fi: "Nuorisotalot", en: "Youth centres"), part_of: "kontoret", body: "Barn- och utbildningsnämnden"),
            ],
        ),
    ],
)"#;

fn youth_centres() -> Plan {
    load_str(YOUTH_CENTRES, Path::new("004.ron")).unwrap()
}

fn set_body(plan: &mut Plan, scenario: &str, node: &str, body: Option<&str>) -> Command {
    apply(
        plan,
        Command {
            scenario: id(scenario),
            edit: Edit::Set {
                node: id(node),
                field: Field::Body(body.map(str::to_owned)),
            },
        },
    )
    .unwrap()
}

#[test]
fn setting_a_units_body_is_undone_and_redone() {
    let mut plan = examples::load(Example::Kouvola).unwrap();
    let original = plan.clone();
    let body = |plan: &Plan| plan.baseline().node(&id("vaka")).unwrap().body.clone();
    assert_eq!(body(&plan), None);
    let mut history = History::new();
    let command = Command {
        scenario: id("baseline"),
        edit: Edit::Set {
            node: id("vaka"),
            field: Field::Body(Some("Kasvatus- ja opetuslautakunta".to_owned())),
        },
    };
    history.apply(&mut plan, command, "edit").unwrap();
    assert_eq!(
        body(&plan).as_deref(),
        Some("Kasvatus- ja opetuslautakunta")
    );
    assert!(history.undo(&mut plan).unwrap());
    assert_eq!(body(&plan), None);
    assert_eq!(to_ron(&plan).unwrap(), to_ron(&original).unwrap());
    assert!(history.redo(&mut plan).unwrap());
    assert_eq!(
        body(&plan).as_deref(),
        Some("Kasvatus- ja opetuslautakunta")
    );
    // Blank text clears it, as with the other text fields.
    let inverse = set_body(&mut plan, "baseline", "vaka", Some("  "));
    assert_eq!(body(&plan), None);
    apply(&mut plan, inverse).unwrap();
    assert_eq!(
        body(&plan).as_deref(),
        Some("Kasvatus- ja opetuslautakunta")
    );
}

#[test]
fn a_file_without_a_body_resaves_byte_for_byte_and_one_with_it_round_trips() {
    // The built-in examples have no body and no `body` in their views.
    for (example, file) in [
        (Example::Kouvola, "assets/examples/kouvola.ron"),
        (
            Example::ManttaVilppula,
            "assets/examples/manttavilppula.ron",
        ),
        (Example::PaijatHame, "assets/examples/paijathame.ron"),
    ] {
        let plan = examples::load(example).unwrap();
        let scenarios = plan.scenarios();
        assert!(
            scenarios
                .iter()
                .all(|s| s.nodes().all(|n| n.body.is_none()))
        );
        let text = to_ron(&plan).unwrap();
        let again = load_str(&text, Path::new("again.ron")).unwrap();
        assert_eq!(to_ron(&again).unwrap(), text);
        // Read from the file on disk as a user's file is.
        let disk = orgplan::io::load_file(Path::new(file)).unwrap();
        assert_eq!(to_ron(&disk).unwrap(), text, "{example:?}");
    }
    // A view written before `body` existed opens, and is written back the same.
    let plan = youth_centres();
    let mut shown = plan.clone();
    let mut show = shown.baseline().view.show;
    show.fte = true;
    apply(
        &mut shown,
        Command {
            scenario: id("baseline"),
            edit: Edit::SetShow(show),
        },
    )
    .unwrap();
    let text = to_ron(&shown).unwrap();
    assert!(text.contains("fte: true"), "{text}");
    assert!(!text.contains("body: false"), "{text}");

    let text = to_ron(&plan).unwrap();
    assert!(
        text.contains(r#"body: "Kultur- och fritidsnämnden""#),
        "{text}"
    );
    let again = load_str(&text, Path::new("again.ron")).unwrap();
    assert_eq!(
        again
            .baseline()
            .node(&id("fritidsgardar"))
            .unwrap()
            .body
            .as_deref(),
        Some(BEFORE)
    );
    assert_eq!(to_ron(&again).unwrap(), text);
    assert_eq!(again.scenarios()[1], plan.scenarios()[1]);

    // Turned on, the view keeps it.
    let mut on = plan.clone();
    let mut show = on.baseline().view.show;
    show.body = true;
    apply(
        &mut on,
        Command {
            scenario: id("baseline"),
            edit: Edit::SetShow(show),
        },
    )
    .unwrap();
    let text = to_ron(&on).unwrap();
    assert!(text.contains("body: true"), "{text}");
    let again = load_str(&text, Path::new("again.ron")).unwrap();
    assert!(again.baseline().view.show.body);
}

#[test]
fn moving_the_youth_centres_to_another_committee_is_one_details_change() {
    let plan = youth_centres();
    let (a, b) = (&plan.scenarios()[0], &plan.scenarios()[1]);
    let changes = diff(a, b);
    assert_eq!(changes.len(), 1, "{changes:?}");
    let change = &changes[0];
    assert_eq!(change.kind, ChangeKind::DetailsChanged);
    assert_eq!(change.node, Some(id("fritidsgardar")));
    assert_eq!(change.field.as_deref(), Some("body"));
    assert_eq!(change.before, Some(Value::Text(BEFORE.to_owned())));
    assert_eq!(change.after, Some(Value::Text(AFTER.to_owned())));

    let sides = Sides::new(a, b);
    let expected = [
        (
            Lang::Fi,
            "Vastuulautakunta: Nuorisotalot (ennen: Kultur- och fritidsnämnden; nyt: Barn- och utbildningsnämnden).",
        ),
        (
            Lang::Sv,
            "Ansvarig nämnd: Fritidsgårdar (förut: Kultur- och fritidsnämnden; nu: Barn- och utbildningsnämnden).",
        ),
        (
            Lang::En,
            "Responsible body: Youth centres (before: Kultur- och fritidsnämnden; now: Barn- och utbildningsnämnden).",
        ),
    ];
    for (lang, text) in expected {
        assert_eq!(sentence(change, &sides, lang), text, "{lang:?}");
        let report = diff_report(&changes, &sides, DiffFormat::Text, lang).unwrap();
        assert!(report.contains(text), "{report}");
    }

    let json: serde_json::Value =
        serde_json::from_str(&diff_report(&changes, &sides, DiffFormat::Json, Lang::En).unwrap())
            .unwrap();
    let row = &json["changes"][0];
    assert_eq!(row["type"], "details_changed");
    assert_eq!(row["field"], "body");
    assert_eq!(row["before"], BEFORE);
    assert_eq!(row["after"], AFTER);
    assert_eq!(row["node"]["id"], "fritidsgardar");

    let csv = diff_report(&changes, &sides, DiffFormat::Csv, Lang::En).unwrap();
    let mut rows = csv::Reader::from_reader(csv.as_bytes());
    let header = rows.headers().unwrap().clone();
    let record = rows.records().next().unwrap().unwrap();
    let cell = |name: &str| {
        let at = header.iter().position(|h| h == name).unwrap();
        record.get(at).unwrap().to_owned()
    };
    assert_eq!(cell("type"), "details_changed");
    assert_eq!(cell("field"), "body");
    assert_eq!(cell("before"), BEFORE);
    assert_eq!(cell("after"), AFTER);
    assert_eq!(cell("node_id"), "fritidsgardar");
}

#[test]
fn the_merge_takes_one_sides_body_and_records_two_different_ones_as_a_conflict() {
    let base = youth_centres();
    let mut mine = base.clone();
    set_body(
        &mut mine,
        "flyttat",
        "grundskola",
        Some("Utbildningsnämnden"),
    );
    // Only mine changed it: taken, no conflict.
    let merged = merge(&base, &mine, &base).unwrap();
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    let body = |plan: &Plan, node: &str| plan.scenarios()[1].node(&id(node)).unwrap().body.clone();
    assert_eq!(
        body(&merged.plan, "grundskola").as_deref(),
        Some("Utbildningsnämnden")
    );
    let merged = merge(&base, &base, &mine).unwrap();
    assert!(merged.conflicts.is_empty());
    assert_eq!(
        body(&merged.plan, "grundskola").as_deref(),
        Some("Utbildningsnämnden")
    );

    // Both changed it, differently: mine kept, the conflict recorded with the three values.
    let mut theirs = base.clone();
    set_body(&mut theirs, "flyttat", "grundskola", None);
    let merged = merge(&base, &mine, &theirs).unwrap();
    assert_eq!(merged.conflicts.len(), 1, "{:?}", merged.conflicts);
    let conflict = &merged.conflicts[0];
    assert_eq!(conflict.field, "body");
    assert_eq!(conflict.node, Some(id("grundskola")));
    assert_eq!(conflict.base.as_deref(), Some(AFTER));
    assert_eq!(conflict.mine.as_deref(), Some("Utbildningsnämnden"));
    assert_eq!(conflict.theirs, None);
    assert_eq!(
        body(&merged.plan, "grundskola").as_deref(),
        Some("Utbildningsnämnden")
    );
    // Theirs can be taken.
    assert!(orgplan::merge::can_take_theirs(conflict));
    let at = merged
        .plan
        .conflicts
        .iter()
        .position(|c| c.field == "body")
        .unwrap();
    let taken = orgplan::merge::take_theirs(&merged.plan, at).unwrap();
    assert_eq!(body(&taken, "grundskola"), None);
}

#[test]
fn boxes_show_the_body_only_when_the_view_asks() {
    let plan = youth_centres();
    let scenario = plan.baseline();
    let lines = |show_body: bool| {
        let mut options = LayoutOptions {
            lang: Lang::Sv,
            ..LayoutOptions::default()
        }
        .with_view(scenario);
        options.show.body = show_body;
        crate::support::boxes::box_text(&layout(scenario, &options), "fritidsgardar")
    };
    assert!(!lines(false).contains("nämnden"), "{}", lines(false));
    assert!(lines(true).contains(BEFORE), "{}", lines(true));
    assert!(lines(true).starts_with("Fritidsgårdar"), "{}", lines(true));
}

#[test]
fn the_svg_export_follows_the_view() {
    let mut plan = youth_centres();
    let svg = |plan: &Plan| {
        let options = orgplan::export::ChartOptions {
            lang: Lang::Sv,
            ..orgplan::export::ChartOptions::default()
        };
        orgplan::export::svg(&orgplan::export::chart(plan, plan.baseline(), &options))
    };
    assert!(!svg(&plan).contains("Kultur- och"));
    let mut show = plan.baseline().view.show;
    show.body = true;
    apply(
        &mut plan,
        Command {
            scenario: id("baseline"),
            edit: Edit::SetShow(show),
        },
    )
    .unwrap();
    assert!(svg(&plan).contains("Kultur- och"));
}

#[test]
fn a_csv_body_column_is_read() {
    let csv = "id,parent,kind,name,body\n\
               kontoret,,organisation,Utbildningskontoret,Barn- och utbildningsnämnden\n\
               fritid,kontoret,unit,Fritidsgårdar,Kultur- och fritidsnämnden\n\
               rektor,fritid,position,Föreståndare,\n";
    let plan = orgplan::io::import_csv(
        csv.as_bytes(),
        Path::new("body.csv"),
        orgplan::model::Names::fi("body"),
    )
    .unwrap();
    let body = |node: &str| plan.baseline().node(&id(node)).unwrap().body.clone();
    assert_eq!(body("fritid").as_deref(), Some(BEFORE));
    assert_eq!(body("kontoret").as_deref(), Some(AFTER));
    assert_eq!(body("rektor"), None);
}
