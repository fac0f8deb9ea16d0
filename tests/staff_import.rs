//! Staff lists as HR and payroll systems export them (issue 27): Finnish Excel's CSV
//! (semicolons, Windows-1252, title rows above the header, percentages, decimal commas, units as
//! paths), a Swedish workbook with a title row, bad rows reported with their place, and the
//! command line's mapping, `--skip-bad-rows` and `--errors`.

use std::path::Path;

use orgplan::analysis::{CheckOptions, ProblemCode, check};
use orgplan::i18n::Lang;
use orgplan::io::load_file;
use orgplan::model::{LineManagement, NodeId, NodeKind, PostStatus, Scenario};
use orgplan::staff::{Mapping, RowReason, Target, build, read_source};

use crate::cli::run;

fn id(text: &str) -> NodeId {
    NodeId::new(text).unwrap()
}

/// A Finnish payroll export as Excel writes "CSV (semicolon separated)": Windows-1252, a title
/// and a blank row above the header, working time in percent, monthly salaries with euros.
pub(crate) fn finnish_list() -> Vec<u8> {
    let text = "Henkilöstöluettelo 1.1.2026;;;;;;;\n\
;;;;;;;\n\
Vakanssinumero;Tehtävänimike;Nimi;Yksikkö;Esihenkilö;Työaika-%;Palkka;Kustannuspaikka\n\
1000;sivistysjohtaja;Outi Opas;Sivistyspalvelut;;100;6 900,00 €;4000\n\
1100;opetuspäällikkö;Pekka Peruskoulu;Sivistyspalvelut / Perusopetus;1000;100;5 200,00 €;4100\n\
1110;rehtori;Riitta Rehtori;Sivistyspalvelut / Perusopetus / Kolhon koulu;1100;100;4 800,00 €;4110\n\
1111;luokanopettaja;Liisa Luokka;Sivistyspalvelut / Perusopetus / Kolhon koulu;1110;100;3 450,00 €;4110\n\
1112;luokanopettaja;;Sivistyspalvelut / Perusopetus / Kolhon koulu;1110;80;3 450,00 €;4110\n\
1113;koulusihteeri;Sanna Sihteeri;Sivistyspalvelut / Perusopetus / Kolhon koulu;1100;50 %;2 700,00;4110\n\
1200;varhaiskasvatusjohtaja;Vilja Vaka;Sivistyspalvelut / Varhaiskasvatus;1000;100;5 100,00 €;4200\n\
1300;suunnittelija;Kalle Kehittäjä;;1000;100;3 900,00 €;4000\n";
    encoding_rs::WINDOWS_1252.encode(text).0.into_owned()
}

fn import(bytes: &[u8], name: &str) -> (orgplan::staff::Imported, Mapping) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    let source = read_source(&path, None).unwrap();
    let mapping = Mapping::guess(&source.headers);
    let imported = build(&source, &mapping, orgplan::model::Names::fi("Kunta")).unwrap();
    (imported, mapping)
}

fn supervisor(scenario: &Scenario, post: &str) -> Option<String> {
    let line = LineManagement::of(scenario);
    let at = scenario.position(&id(post))?;
    let s = *line.supervisors(at).first()?;
    scenario.id_at(s).map(|id| id.as_str().to_owned())
}

#[test]
fn a_finnish_excel_csv_becomes_units_and_posts_with_their_heads_and_supervisors() {
    let (imported, mapping) = import(&finnish_list(), "henkilosto.csv");
    assert!(imported.bad.is_empty(), "{:?}", imported.bad);
    assert_eq!(mapping.columns[&Target::FtePercent], "Työaika-%");
    assert_eq!(mapping.columns[&Target::MonthlyCost], "Palkka");
    assert_eq!(
        (imported.posts, imported.units, imported.to_be_placed),
        (8, 3, 1)
    );
    let scenario = imported.plan.baseline();
    // The paths' shared first level is the organisation; each path a unit with an id of its text.
    let root = scenario.node(&id("u-sivistyspalvelut")).unwrap();
    assert_eq!(root.kind, NodeKind::Organisation);
    let school = id("u-sivistyspalvelut-perusopetus-kolhon-koulu");
    assert_eq!(
        scenario.node(&school).unwrap().name.fi.as_deref(),
        Some("Kolhon koulu")
    );
    assert_eq!(
        scenario.parent(&school).map(NodeId::as_str),
        Some("u-sivistyspalvelut-perusopetus")
    );
    // The principal heads the school (the teachers report to her, she to someone outside it).
    let heads: Vec<String> = scenario
        .edges_from(&id("1110"))
        .into_iter()
        .filter(|e| e.relation == orgplan::model::Relation::Heads)
        .map(|e| e.to.as_str().to_owned())
        .collect();
    assert_eq!(heads, vec![school.as_str().to_owned()]);
    // The head of early childhood education, the only post of her unit, heads it.
    let vaka = scenario.edges_from(&id("1200"));
    assert!(
        vaka.iter()
            .any(|e| e.relation == orgplan::model::Relation::Heads
                && e.to.as_str() == "u-sivistyspalvelut-varhaiskasvatus"),
        "{vaka:?}"
    );
    // Every post reports where the list says, stated only where the structure says otherwise.
    for (post, boss) in [
        ("1111", "1110"),
        ("1110", "1100"),
        ("1100", "1000"),
        ("1113", "1100"),
    ] {
        assert_eq!(supervisor(scenario, post).as_deref(), Some(boss), "{post}");
    }
    let stated: Vec<&str> = scenario
        .nodes()
        .filter(|n| {
            scenario
                .edges_from(&n.id)
                .iter()
                .any(|e| e.relation == orgplan::model::Relation::ReportsTo)
        })
        .map(|n| n.id.as_str())
        .collect();
    assert_eq!(stated, vec!["1113", "1300"]);
    // Figures as Finnish exports write them.
    let teacher = scenario.node(&id("1112")).unwrap();
    assert_eq!(teacher.fte, Some(0.8));
    assert_eq!(teacher.cost, Some(3450.0 * 12.0));
    assert_eq!(teacher.status, PostStatus::Vacant, "no holder: vacant");
    assert_eq!(scenario.node(&id("1113")).unwrap().fte, Some(0.5));
    assert_eq!(teacher.cost_centre.as_deref(), Some("4110"));
    assert_eq!(teacher.title.fi.as_deref(), Some("luokanopettaja"));
    // The planner without a unit waits in "to be placed", listed as a problem.
    let problems = check(scenario, &CheckOptions::default());
    assert!(
        problems
            .iter()
            .any(|p| p.code == ProblemCode::Orphan && p.nodes.contains(&id("1300"))),
        "{problems:?}"
    );
    // The same text gives the same ids on the next import.
    let (again, _) = import(&finnish_list(), "henkilosto.csv");
    let ids = |s: &Scenario| s.ids().map(|i| i.as_str().to_owned()).collect::<Vec<_>>();
    assert_eq!(ids(again.plan.baseline()), ids(scenario));
}

#[test]
fn a_swedish_workbook_with_a_title_row_is_read_from_its_sheet() {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Personal").unwrap();
    sheet
        .write_string(0, 0, "Personalförteckning 2026")
        .unwrap();
    let header = [
        "Befattningsnummer",
        "Befattning",
        "Namn",
        "Enhet",
        "Chef",
        "Sysselsättningsgrad",
        "Lön",
    ];
    for (c, h) in header.iter().enumerate() {
        sheet.write_string(2, c as u16, *h).unwrap();
    }
    let rows: [(&str, &str, &str, &str, &str, f64, f64); 3] = [
        (
            "B1",
            "skolchef",
            "Sara Chef",
            "Utbildningskontoret",
            "",
            100.0,
            62000.0,
        ),
        (
            "B2",
            "rektor",
            "Rolf Rektor",
            "Utbildningskontoret / Norra skolan",
            "B1",
            100.0,
            48000.0,
        ),
        (
            "B3",
            "lärare",
            "Lena Lärare",
            "Utbildningskontoret / Norra skolan",
            "B2",
            75.0,
            36000.0,
        ),
    ];
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 3;
        sheet.write_string(r, 0, row.0).unwrap();
        sheet.write_string(r, 1, row.1).unwrap();
        sheet.write_string(r, 2, row.2).unwrap();
        sheet.write_string(r, 3, row.3).unwrap();
        sheet.write_string(r, 4, row.4).unwrap();
        sheet.write_number(r, 5, row.5).unwrap();
        sheet.write_number(r, 6, row.6).unwrap();
    }
    let bytes = workbook.save_to_buffer().unwrap();
    let (imported, mapping) = import(&bytes, "personal.xlsx");
    assert!(imported.bad.is_empty(), "{:?}", imported.bad);
    assert_eq!(mapping.sheet, None, "the first sheet by default");
    let scenario = imported.plan.baseline();
    let teacher = scenario.node(&id("B3")).unwrap();
    assert_eq!(
        teacher.title.sv.as_deref(),
        Some("lärare"),
        "a Swedish list's titles are Swedish"
    );
    assert_eq!(teacher.fte, Some(0.75));
    assert_eq!(teacher.cost, Some(36000.0 * 12.0));
    let school = id("u-utbildningskontoret-norra-skolan");
    assert_eq!(
        scenario.node(&school).unwrap().name.sv.as_deref(),
        Some("Norra skolan")
    );
    assert_eq!(supervisor(scenario, "B3").as_deref(), Some("B2"));
}

/// A list with one of each bad row.
const BAD: &str = "Vakanssinumero;Tehtävänimike;Yksikkö;Esihenkilö;HTV\n\
1;johtaja;Palvelut;;1\n\
;opettaja;Palvelut;1;1\n\
1;opettaja;Palvelut;1;1\n\
3;opettaja;Palvelut;1;paljon\n\
4;opettaja;Palvelut;99;1\n\
5;opettaja;Palvelut;6;1\n\
6;opettaja;Palvelut;5;1\n\
7;opettaja;Palvelut;1;0,5\n\
8;opettaja;Palvelut;Koulu;1;1\n";

#[test]
fn every_bad_row_is_reported_with_its_line_column_and_reason() {
    let (imported, _) = import(BAD.as_bytes(), "bad.csv");
    let messages: Vec<String> = imported.bad.iter().map(|b| b.message(Lang::En)).collect();
    assert_eq!(
        messages,
        vec![
            "bad.csv:3: Vakanssinumero: no id",
            "bad.csv:4: Vakanssinumero: the id 1 is also at bad.csv:2",
            "bad.csv:5: HTV: \"paljon\" is not a number",
            "bad.csv:6: Esihenkilö: no row has the supervisor's id 99",
            "bad.csv:7: Esihenkilö: the supervisors lead back to this post",
            "bad.csv:8: Esihenkilö: the supervisors lead back to this post",
            "bad.csv:10: the row has 6 cells but the header 5 columns: does a name hold the \
             separator without quotes?",
        ]
    );
    assert!(matches!(imported.bad[0].reason, RowReason::MissingId));
    // The good rows are built all the same, for a caller that takes them.
    let ids: Vec<&str> = imported.plan.baseline().ids().map(NodeId::as_str).collect();
    assert!(ids.contains(&"1") && ids.contains(&"7") && !ids.contains(&"5"));
    let fi = imported.bad[2].message(Lang::Fi);
    assert_eq!(fi, "bad.csv:5: HTV: ”paljon” ei ole luku");
}

#[test]
fn the_command_line_imports_nothing_from_a_bad_list_unless_told_and_writes_the_bad_rows() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bad.csv"), BAD).unwrap();
    let output = run(
        &["import", "bad.csv", "-o", "plan.ron", "--lang", "en"],
        dir.path(),
    );
    assert!(!output.status.success());
    assert!(
        !dir.path().join("plan.ron").exists(),
        "nothing half-imported"
    );
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("bad.csv:6: Esihenkilö: no row has the supervisor's id 99"),
        "{stderr}"
    );
    assert!(stderr.contains("Nothing was imported: 7 rows"), "{stderr}");

    let args = [
        "import",
        "bad.csv",
        "-o",
        "plan.ron",
        "--skip-bad-rows",
        "--errors",
        "fix.csv",
    ];
    let output = run(&args, dir.path());
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let plan = load_file(&dir.path().join("plan.ron")).unwrap();
    assert_eq!(
        plan.baseline()
            .nodes()
            .filter(|n| n.kind == NodeKind::Position)
            .count(),
        2
    );
    let fix = std::fs::read_to_string(dir.path().join("fix.csv")).unwrap();
    let lines: Vec<&str> = fix.lines().collect();
    assert_eq!(lines.len(), 8, "{fix}");
    assert!(lines[0].ends_with(",orgplan: why not imported"), "{fix}");
    assert!(
        lines[3].starts_with("3,opettaja,Palvelut,1,paljon,"),
        "{fix}"
    );

    // The mapping printed can be saved, edited and passed back.
    let mapping = String::from_utf8(output.stdout).unwrap();
    assert!(mapping.contains("Id: \"Vakanssinumero\""), "{mapping}");
    let edited = mapping.replace("Title: \"Tehtävänimike\"", "Holder: \"Tehtävänimike\"");
    std::fs::write(dir.path().join("map.ron"), edited).unwrap();
    let args = [
        "import",
        "bad.csv",
        "-o",
        "p2.ron",
        "--skip-bad-rows",
        "--mapping",
        "map.ron",
    ];
    assert!(run(&args, dir.path()).status.success());
    let plan = load_file(&dir.path().join("p2.ron")).unwrap();
    let node = plan.baseline().node(&id("7")).unwrap();
    assert_eq!(node.holder.as_deref(), Some("opettaja"));
}

#[test]
fn a_mapping_that_names_a_missing_column_is_refused_before_anything_is_read() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("list.csv"), BAD).unwrap();
    std::fs::write(dir.path().join("map.ron"), "(columns: {Id: \"Tunnus\"})").unwrap();
    let args = [
        "import",
        "list.csv",
        "-o",
        "p.ron",
        "--mapping",
        "map.ron",
        "--lang",
        "en",
    ];
    let output = run(&args, dir.path());
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("The mapping names the column \"Tunnus\""),
        "{stderr}"
    );
    assert!(!Path::new(&dir.path().join("p.ron")).exists());
}

/// The list of `finnish_list` a month later: 1112 filled, 1113 at 60 %, a new teacher 1114, the
/// head of early childhood education's post gone.
pub(crate) fn next_month() -> Vec<u8> {
    let text = String::from_utf8(encoding_rs::WINDOWS_1252.decode(&finnish_list()).0.as_bytes().to_vec())
        .unwrap()
        .replace("1112;luokanopettaja;;", "1112;luokanopettaja;Uusi Opettaja;")
        .replace("1113;koulusihteeri;Sanna Sihteeri;Sivistyspalvelut / Perusopetus / Kolhon koulu;1100;50 %", "1113;koulusihteeri;Sanna Sihteeri;Sivistyspalvelut / Perusopetus / Kolhon koulu;1100;60 %")
        .replace("1200;varhaiskasvatusjohtaja;Vilja Vaka;Sivistyspalvelut / Varhaiskasvatus;1000;100;5 100,00 €;4200\n", "")
        + "1114;luokanopettaja;Toni Tuore;Sivistyspalvelut / Perusopetus / Kolhon koulu;1110;100;3 450,00 €;4110\n";
    encoding_rs::WINDOWS_1252.encode(&text).0.into_owned()
}

#[test]
fn a_new_list_updates_the_baseline_by_identity_and_is_carried_into_a_scenario() {
    use orgplan::compare::ChangeKind;
    use orgplan::model::{Command, Edit, Field, apply};
    let (first, mapping) = import(&finnish_list(), "henkilosto.csv");
    let mut plan = first.plan;
    // The planner's own work: a note in the baseline, a scenario that changes 1113's FTE.
    let baseline = plan.baseline().meta.id.clone();
    let note = Edit::Set {
        node: id("1110"),
        field: Field::Notes(Some("eläköityy 2027".into())),
    };
    apply(
        &mut plan,
        Command {
            scenario: baseline.clone(),
            edit: note,
        },
    )
    .unwrap();
    let mut copy = plan.baseline().clone();
    copy.meta.id = id("uusi");
    apply(
        &mut plan,
        Command {
            scenario: id("uusi"),
            edit: Edit::AddScenario {
                scenario: Box::new(copy),
                at: None,
            },
        },
    )
    .unwrap();
    let fte = Edit::Set {
        node: id("1113"),
        field: Field::Fte(Some(1.0)),
    };
    apply(
        &mut plan,
        Command {
            scenario: id("uusi"),
            edit: fte,
        },
    )
    .unwrap();

    let (next, _) = import(&next_month(), "henkilosto.csv");
    let updated = orgplan::staff::update(&plan, next.plan.baseline(), &mapping, true).unwrap();
    let kinds: Vec<(ChangeKind, &str)> = updated
        .changes
        .iter()
        .map(|c| (c.kind, c.node.as_ref().map_or("", |n| n.as_str())))
        .collect();
    assert!(
        kinds.contains(&(ChangeKind::NodeAdded, "1114")),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&(ChangeKind::NodeRemoved, "1200")),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&(ChangeKind::FigureChanged, "1113")),
        "{kinds:?}"
    );
    assert!(kinds.iter().any(|(_, n)| *n == "1112"), "{kinds:?}");
    let new = &updated.plan;
    // The planner's note stays; the list's fields are the new ones.
    let principal = new.baseline().node(&id("1110")).unwrap();
    assert_eq!(principal.notes.as_deref(), Some("eläköityy 2027"));
    assert_eq!(
        new.baseline().node(&id("1112")).unwrap().holder.as_deref(),
        Some("Uusi Opettaja")
    );
    // Carried into the scenario: the new teacher and holder; 1113's FTE, which the scenario
    // changed itself, stays the scenario's and is a conflict.
    let uusi = new.find_scenario("uusi").unwrap();
    assert!(uusi.contains(&id("1114")));
    assert_eq!(
        uusi.node(&id("1112")).unwrap().holder.as_deref(),
        Some("Uusi Opettaja")
    );
    assert_eq!(uusi.node(&id("1113")).unwrap().fte, Some(1.0));
    assert_eq!(updated.conflicts.len(), 1, "{:?}", updated.conflicts);
    assert_eq!(updated.conflicts[0].field, "fte");
    assert_eq!(new.conflicts, updated.conflicts);
}

#[test]
fn the_command_line_lists_an_update_s_changes_before_writing_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("list.csv"), finnish_list()).unwrap();
    let output = run(&["import", "list.csv", "-o", "plan.ron"], dir.path());
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    std::fs::write(dir.path().join("list.csv"), next_month()).unwrap();
    let args = [
        "import",
        "list.csv",
        "--into",
        "plan.ron",
        "--dry-run",
        "--lang",
        "en",
    ];
    let output = run(&args, dir.path());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(stderr.contains("Added: luokanopettaja"), "{stderr}");
    assert!(
        stderr.contains("Removed: varhaiskasvatusjohtaja"),
        "{stderr}"
    );
    let before = std::fs::read(dir.path().join("plan.ron")).unwrap();
    let args = ["import", "list.csv", "--into", "plan.ron", "-o", "plan.ron"];
    assert!(run(&args, dir.path()).status.success());
    assert_ne!(std::fs::read(dir.path().join("plan.ron")).unwrap(), before);
    let plan = load_file(&dir.path().join("plan.ron")).unwrap();
    assert!(plan.baseline().contains(&id("1114")));
}

#[test]
fn the_plan_keeps_its_mapping_and_the_next_list_into_it_maps_itself() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("list.csv"), finnish_list()).unwrap();
    // The planner's mapping: holders left out of the plan.
    let guessed = run(&["import", "list.csv", "-o", "first.ron"], dir.path());
    let mapping = String::from_utf8(guessed.stdout).unwrap();
    let edited: String = mapping
        .lines()
        .filter(|l| !l.contains("Holder"))
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(dir.path().join("map.ron"), edited).unwrap();
    let args = [
        "import",
        "list.csv",
        "--mapping",
        "map.ron",
        "-o",
        "plan.ron",
    ];
    assert!(run(&args, dir.path()).status.success());
    let plan = load_file(&dir.path().join("plan.ron")).unwrap();
    assert!(plan.staff_mapping.is_some());
    assert!(plan.baseline().nodes().all(|n| n.holder.is_none()));
    // Next month, into the plan, no mapping given: the plan's is used, not a new guess.
    std::fs::write(dir.path().join("list.csv"), next_month()).unwrap();
    let args = ["import", "list.csv", "--into", "plan.ron", "-o", "plan.ron"];
    let output = run(&args, dir.path());
    assert!(output.status.success());
    assert!(!String::from_utf8(output.stdout).unwrap().contains("Holder"));
    let plan = load_file(&dir.path().join("plan.ron")).unwrap();
    assert!(plan.baseline().contains(&id("1114")));
    assert!(
        plan.baseline().nodes().all(|n| n.holder.is_none()),
        "still no holders"
    );
}

#[test]
fn files_that_are_no_staff_list_are_refused_with_their_exact_message() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    };
    let mut workbook = rust_xlsxwriter::Workbook::new();
    workbook.add_worksheet().set_name("Henkilöstö").unwrap();
    let xlsx = workbook.save_to_buffer().unwrap();
    let cases: [(&str, &[u8], Option<&str>, &str); 4] = [
        (
            "empty.csv",
            b"\n\n",
            None,
            "empty.csv: no header row in its first 30 rows",
        ),
        (
            "one.csv",
            b"just one column\nvalue\n",
            None,
            "one.csv: no header row in its first 30 rows",
        ),
        (
            "broken.xlsx",
            b"PK not a zip",
            None,
            "broken.xlsx is not a table orgplan can read",
        ),
        (
            "book.xlsx",
            &xlsx,
            Some("Palkat"),
            "book.xlsx has no sheet \"Palkat\"; its sheets: Henkilöstö",
        ),
    ];
    for (name, bytes, sheet, message) in cases {
        let path = write(name, bytes);
        let error = read_source(&path, sheet).unwrap_err();
        let text = error.message(Lang::En);
        assert!(text.contains(message), "{name}: {text}");
        assert!(text.starts_with(&dir.path().display().to_string()) || text.contains(name));
    }
    // A list without an id column cannot be mapped until one is chosen.
    let path = write("noid.csv", "Nimi;Yksikkö\nA;B\n".as_bytes());
    let source = read_source(&path, None).unwrap();
    let error = build(
        &source,
        &Mapping::guess(&source.headers),
        orgplan::model::Names::fi("x"),
    )
    .unwrap_err();
    assert_eq!(
        error.message(Lang::En),
        "No column holds the posts' ids (vacancy numbers): map one in the mapping's columns as id."
    );
}

/// A list made of `rows` after the header `Vakanssinumero;Yksikkö;Esihenkilö;Työaika-%`.
fn list(rows: &[&str]) -> Vec<u8> {
    let mut text = String::from("Vakanssinumero;Yksikkö;Esihenkilö;Työaika-%\n");
    for row in rows {
        text.push_str(row);
        text.push('\n');
    }
    text.into_bytes()
}

#[test]
fn unit_ids_do_not_depend_on_the_rows_order_even_when_long_paths_share_a_beginning() {
    let a = "1;Kasvatus ja koulutus / Perusopetus / Pohjoinen alue / Koulu Aalto;;100";
    let b = "2;Kasvatus ja koulutus / Perusopetus / Pohjoinen alue / Koulu Ahonen;;100";
    let ids = |rows: &[&str]| {
        let (imported, _) = import(&list(rows), "l.csv");
        let scenario = imported.plan.baseline().clone();
        let unit_of = |post: &str| scenario.parent(&id(post)).unwrap().clone();
        (unit_of("1"), unit_of("2"))
    };
    let (a1, b1) = ids(&[a, b]);
    let (a2, b2) = ids(&[b, a]);
    assert_eq!((a1.clone(), b1.clone()), (a2, b2));
    assert_ne!(a1, b1);
}

#[test]
fn a_path_whose_id_would_be_its_parents_does_not_lose_its_units() {
    let rows = ["1;Kaupunki / - / Koulu;;100", "2;Kaupunki / Opetus;;100"];
    let (imported, _) = import(&list(&rows), "l.csv");
    assert!(imported.bad.is_empty());
    let scenario = imported.plan.baseline();
    let school = scenario.parent(&id("1")).unwrap();
    assert_eq!(
        scenario.node(school).unwrap().name.fi.as_deref(),
        Some("Koulu")
    );
    assert_eq!(imported.to_be_placed, 0);
}

#[test]
fn only_the_posts_on_a_supervisor_cycle_are_bad_and_a_post_naming_itself_is_the_top() {
    let mut rows = vec!["1;Palvelut;1;100", "2;Palvelut;3;100", "3;Palvelut;2;100"];
    // Many posts leading into the cycle: reported once each, found in one walk.
    let many: Vec<String> = (10..5_000).map(|n| format!("{n};Palvelut;2;100")).collect();
    rows.extend(many.iter().map(String::as_str));
    let (imported, _) = import(&list(&rows), "l.csv");
    let bad: Vec<&str> = imported.bad.iter().map(|b| b.place.as_str()).collect();
    assert_eq!(bad, vec!["l.csv:3", "l.csv:4"]);
    assert!(imported.plan.baseline().contains(&id("1")));
    assert!(imported.plan.baseline().contains(&id("10")));
}

#[test]
fn a_working_time_column_of_fractions_is_read_as_fractions() {
    let (imported, _) = import(&list(&["1;Palvelut;;0,8", "2;Palvelut;1;1"]), "l.csv");
    let fte = |post: &str| imported.plan.baseline().node(&id(post)).unwrap().fte;
    assert_eq!((fte("1"), fte("2")), (Some(0.8), Some(1.0)));
    let (imported, _) = import(&list(&["1;Palvelut;;80", "2;Palvelut;1;100"]), "l.csv");
    let fte = |post: &str| imported.plan.baseline().node(&id(post)).unwrap().fte;
    assert_eq!((fte("1"), fte("2")), (Some(0.8), Some(1.0)));
}

#[test]
fn a_workbook_orgplan_table_wrote_imports_back_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    assert!(
        run(&["example", "-o", "k.ron"], dir.path())
            .status
            .success()
    );
    assert!(
        run(&["table", "k.ron", "-o", "k.xlsx"], dir.path())
            .status
            .success()
    );
    let output = run(
        &["import", "k.xlsx", "-o", "back.ron", "--lang", "en"],
        dir.path(),
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let plan = load_file(&dir.path().join("k.ron")).unwrap();
    let back = load_file(&dir.path().join("back.ron")).unwrap();
    assert_eq!(back.baseline().len(), plan.baseline().len());
}

#[test]
fn an_update_moves_the_head_and_places_a_post_that_was_waiting() {
    let (first, mapping) = import(
        &list(&["1;Palvelut;;100", "2;Palvelut;1;100", "3;;1;100"]),
        "l.csv",
    );
    let plan = first.plan;
    assert_eq!(first.to_be_placed, 1);
    let (next, _) = import(
        &list(&["2;Palvelut;;100", "1;Palvelut;2;100", "3;Palvelut;2;100"]),
        "l.csv",
    );
    let updated = orgplan::staff::update(&plan, next.plan.baseline(), &mapping, false).unwrap();
    let scenario = updated.plan.baseline();
    let heads = |post: &str| {
        scenario
            .edges_from(&id(post))
            .into_iter()
            .filter(|e| e.relation == orgplan::model::Relation::Heads)
            .count()
    };
    assert_eq!((heads("1"), heads("2")), (0, 1), "one head, the new one");
    let memberships = scenario
        .edges_from(&id("3"))
        .into_iter()
        .filter(|e| matches!(e.relation, orgplan::model::Relation::MemberOf(_)))
        .count();
    assert_eq!(memberships, 0, "placed, no longer waiting");
    assert!(scenario.parent(&id("3")).is_some());
}

#[test]
fn an_english_list_s_thousands_commas_and_a_supervisor_given_by_name() {
    let text = "Post ID,Job title,Unit,Manager,FTE,Annual cost\n\
                P1,Director,Education,,1,\"95,000\"\n\
                P2,Principal,Education / North School,P1,1,\"71,500\"\n\
                P3,Teacher,Education / North School,Mary Smith,0.8,\"48,000\"\n";
    let (imported, _) = import(text.as_bytes(), "staff.csv");
    let scenario = imported.plan.baseline();
    assert_eq!(scenario.node(&id("P2")).unwrap().cost, Some(71_500.0));
    assert_eq!(
        scenario.node(&id("P2")).unwrap().title.en.as_deref(),
        Some("Principal")
    );
    let messages: Vec<String> = imported.bad.iter().map(|b| b.message(Lang::En)).collect();
    assert_eq!(
        messages,
        vec!["staff.csv:4: Manager: no row has the supervisor's id Mary Smith"]
    );
}
