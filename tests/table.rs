//! `orgplan table` (issue 27): a scenario as a spreadsheet under orgplan's own column names
//! imports back as the same scenario, as CSV for Finnish Excel (`;`, decimal commas) or plain,
//! and as a workbook with numbers as numbers; personal data left out when redacted.

use std::path::Path;

use orgplan::compare::diff;
use orgplan::generate::{GenOptions, Shape, generate_plan};
use orgplan::i18n::Lang;
use orgplan::io::import_csv;
use orgplan::io::table::{CsvStyle, node_table, table_csv, table_xlsx};
use orgplan::model::{Names, Plan};
use proptest::prelude::*;

use crate::cli::run;

fn round_trip(plan: &Plan, style: CsvStyle) -> Plan {
    let table = node_table(plan, plan.baseline(), false);
    let bytes = table_csv(&table, style).unwrap();
    import_csv(&bytes, Path::new("table.csv"), Names::fi("x")).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    /// Any generated organisation, written as a table and read back, is the same scenario:
    /// the diff finds nothing, in the Finnish Excel style and the plain one.
    #[test]
    fn a_table_imports_back_as_the_same_scenario(
        nodes in 2usize..=300,
        seed in 1u64..10_000,
        shape in 0usize..4,
        finnish in any::<bool>(),
    ) {
        let plan = generate_plan(&GenOptions {
            seed,
            holders: true,
            serves_every: Some(3),
            ..GenOptions::new(Shape::ALL[shape], nodes)
        })
        .unwrap();
        let style = if finnish { CsvStyle::excel(Lang::Fi) } else { CsvStyle::PLAIN };
        let again = round_trip(&plan, style);
        prop_assert_eq!(diff(plan.baseline(), again.baseline()), vec![]);
    }
}

#[test]
fn capacity_forecasts_and_the_new_columns_round_trip_and_personal_data_can_be_left_out() {
    let mut plan =
        orgplan::io::load_str(crate::capacity::SCHOOLS, Path::new("schools.ron")).unwrap();
    // Fields the table carries besides: Swedish-only names, a title in English, work, headcount.
    let scenario = plan.baseline().meta.id.clone();
    for field in [
        orgplan::model::Field::Work(Some(orgplan::model::WorkTag::Core)),
        orgplan::model::Field::Headcount(Some(14)),
        orgplan::model::Field::CostCentre(Some("4110".into())),
        orgplan::model::Field::Title(Lang::En, Some("School".into())),
        orgplan::model::Field::Holder(Some("Personal Name".into())),
    ] {
        let command = orgplan::model::Command {
            scenario: scenario.clone(),
            edit: orgplan::model::Edit::Set {
                node: orgplan::model::NodeId::new("norra").unwrap(),
                field,
            },
        };
        orgplan::model::apply(&mut plan, command).unwrap();
    }
    for style in [CsvStyle::excel(Lang::Sv), CsvStyle::PLAIN] {
        let again = round_trip(&plan, style);
        assert_eq!(diff(plan.baseline(), again.baseline()), vec![]);
    }
    let csv = table_csv(
        &node_table(&plan, plan.baseline(), false),
        CsvStyle::excel(Lang::Fi),
    );
    let csv = String::from_utf8(csv.unwrap()).unwrap();
    assert!(csv.starts_with("\u{feff}id;parent;kind;name;"), "{csv}");
    assert!(
        csv.contains("capacity.elever;forecast.elever.2025;forecast.elever.2026"),
        "{csv}"
    );
    let redacted = table_csv(&node_table(&plan, plan.baseline(), true), CsvStyle::PLAIN);
    assert!(
        !String::from_utf8(redacted.unwrap())
            .unwrap()
            .contains("Personal Name")
    );

    let bytes = table_xlsx(&node_table(&plan, plan.baseline(), false), "Organisation").unwrap();
    let mut workbook: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    use calamine::Reader as _;
    let range = workbook.worksheet_range("Organisation").unwrap();
    let header: Vec<String> = range
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(ToString::to_string)
        .collect();
    let column = header.iter().position(|h| h == "capacity.elever").unwrap();
    assert_eq!(range.get((2, column)), Some(&calamine::Data::Float(300.0)));
}

#[test]
fn the_command_line_writes_the_table_and_imports_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let args = ["example", "--name", "kouvola", "-o", "k.ron"];
    assert!(run(&args, dir.path()).status.success());
    let args = [
        "table",
        "k.ron",
        "--scenario",
        "decided",
        "-o",
        "k.csv",
        "--lang",
        "fi",
    ];
    let output = run(&args, dir.path());
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = std::fs::read_to_string(dir.path().join("k.csv")).unwrap();
    assert!(text.starts_with("\u{feff}id;parent;"), "{text}");
    let args = ["import", "k.csv", "-o", "back.ron", "--lang", "en"];
    let output = run(&args, dir.path());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    // Read as orgplan's own columns, not mapped as a staff list: every node comes back.
    let plan = orgplan::io::load_file(&dir.path().join("k.ron")).unwrap();
    let back = orgplan::io::load_file(&dir.path().join("back.ron")).unwrap();
    let decided = plan.find_scenario("decided").unwrap();
    assert_eq!(back.baseline().len(), decided.len(), "{stderr}");
    assert!(
        stderr.contains(&format!("Imported {} ", decided.len())),
        "{stderr}"
    );
    let args = ["table", "k.ron", "-o", "k.xlsx"];
    assert!(run(&args, dir.path()).status.success());
    let bytes = std::fs::read(dir.path().join("k.xlsx")).unwrap();
    assert!(bytes.starts_with(b"PK"), "a zip: an xlsx workbook");
}

#[test]
fn two_scenarios_make_a_workbook_of_their_changes_and_figures() {
    use calamine::Reader as _;
    let dir = tempfile::tempdir().unwrap();
    assert!(
        run(&["example", "-o", "k.ron"], dir.path())
            .status
            .success()
    );
    let args = [
        "table", "k.ron", "--from", "baseline", "--to", "decided", "-o", "c.xlsx",
    ];
    let output = run(&[&args[..], &["--lang", "en"]].concat(), dir.path());
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let bytes = std::fs::read(dir.path().join("c.xlsx")).unwrap();
    let mut workbook: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    let names = workbook.sheet_names();
    assert_eq!(names[0], "Changes", "{names:?}");
    assert_eq!(
        names.len(),
        3,
        "the changes, the figures, each unit's: {names:?}"
    );
    let plan = orgplan::io::load_file(&dir.path().join("k.ron")).unwrap();
    let changes = diff(plan.baseline(), plan.find_scenario("decided").unwrap());
    let sheet = workbook.worksheet_range("Changes").unwrap();
    assert_eq!(
        sheet.height(),
        changes.len() + 1,
        "a header and a row a change"
    );
    // The change numbers are numbers, for sorting.
    assert_eq!(sheet.get((1, 0)), Some(&calamine::Data::Float(1.0)));
}

/// Every relation of a node to another, `(from, relation, to)`, sorted.
fn relations(scenario: &orgplan::model::Scenario) -> Vec<(String, String, String)> {
    let mut all: Vec<(String, String, String)> = scenario
        .nodes()
        .flat_map(|n| scenario.edges_from(&n.id))
        .map(|e| {
            let relation = match e.relation {
                orgplan::model::Relation::MemberOf(role) => format!("member_of:{}", role.code()),
                other => other.code().to_owned(),
            };
            (e.from.to_string(), relation, e.to.to_string())
        })
        .collect();
    all.sort();
    all
}

#[test]
fn group_memberships_with_their_roles_and_staff_posts_round_trip() {
    for example in orgplan::examples::Example::ALL {
        let plan = orgplan::examples::load(example).unwrap();
        for scenario in plan.scenarios() {
            let table = node_table(&plan, scenario, false);
            let bytes = table_csv(&table, CsvStyle::excel(Lang::Fi)).unwrap();
            let again = import_csv(&bytes, Path::new("t.csv"), Names::fi("x")).unwrap();
            assert_eq!(
                relations(again.baseline()),
                relations(scenario),
                "{example:?} {}",
                scenario.meta.id
            );
        }
    }
    let text = String::from_utf8(
        table_csv(
            &node_table(
                &orgplan::examples::load(orgplan::examples::Example::PaijatHame).unwrap(),
                orgplan::examples::load(orgplan::examples::Example::PaijatHame)
                    .unwrap()
                    .baseline(),
                false,
            ),
            CsvStyle::PLAIN,
        )
        .unwrap(),
    )
    .unwrap();
    assert!(text.contains(":chair"), "{text}");
}

#[test]
fn an_unknown_role_in_member_of_is_a_bad_row() {
    let csv = "id,parent,kind,name,member_of\n\
               org,,organisation,Org,\n\
               g,,group,Ryhmä,\n\
               p,org,position,Johtaja,g:boss\n";
    let errors = import_csv(csv.as_bytes(), Path::new("r.csv"), Names::fi("x")).unwrap_err();
    let messages: Vec<String> = errors.iter().map(|e| e.display(Lang::En)).collect();
    assert_eq!(
        messages,
        [
            "r.csv:4: \"boss\" in member_of is not a role in a group: chair, vice_chair, \
          coordinator, member, secretary, expert."
        ]
    );
    let ok = csv.replace("g:boss", "g:vice_chair");
    let plan = import_csv(ok.as_bytes(), Path::new("r.csv"), Names::fi("x")).unwrap();
    assert_eq!(
        relations(plan.baseline()),
        [
            ("p".into(), "member_of:vice_chair".into(), "g".into()),
            ("p".into(), "part_of".into(), "org".into())
        ]
    );
}
