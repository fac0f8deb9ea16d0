//! The staff impact list: one row per post holder, marked confidential on every page, the same
//! bytes for the same plan, and never made redacted.

use std::io::Read as _;
use std::process::Command as Process;

use calamine::{Data, Reader as _, Xlsx};
use orgplan::compare::impact::{ImpactFormat, confidential, impact, impact_report};
use orgplan::examples::{self, Example};
use orgplan::i18n::Lang;
use orgplan::model::{NodeId, Plan, Scenario};

fn kouvola() -> Plan {
    examples::load(Example::Kouvola).unwrap()
}

fn sides(plan: &Plan) -> (&Scenario, &Scenario) {
    (
        plan.find_scenario("baseline").unwrap(),
        plan.find_scenario("decided").unwrap(),
    )
}

fn report(format: ImpactFormat, lang: Lang) -> Vec<u8> {
    let plan = kouvola();
    let (a, b) = sides(&plan);
    impact_report(&impact(a, b), a, b, format, lang).unwrap()
}

#[test]
fn every_holder_has_a_row_and_the_changes_are_theirs() {
    let plan = kouvola();
    let (a, b) = sides(&plan);
    let rows = impact(a, b);
    let holders: Vec<&str> = rows.iter().map(|r| r.holder.as_str()).collect();
    assert_eq!(
        holders,
        ["Vesa Toikka", "Helena Kuusisto", "Johanna Lindstedt"]
    );
    let lindstedt = &rows[2];
    assert!(lindstedt.changed());
    assert_eq!(
        lindstedt.unit,
        (NodeId::new("peruslukio"), NodeId::new("perusopetus"))
    );
    assert_eq!(
        lindstedt.tasks_gained,
        vec![NodeId::new("t-kt-johto").unwrap()]
    );
    assert!(!rows[0].changed());
}

#[test]
fn the_example_impact_list_matches_its_golden_files() {
    for lang in Lang::ALL {
        let text = String::from_utf8(report(ImpactFormat::Text, lang)).unwrap();
        insta::assert_snapshot!(format!("kouvola_impact_{}.txt", lang.code()), text);
    }
    let csv = String::from_utf8(report(ImpactFormat::Csv, Lang::En)).unwrap();
    insta::assert_snapshot!("kouvola_impact_en.csv", csv);
}

#[test]
fn every_form_is_marked_confidential_on_every_page() {
    for lang in Lang::ALL {
        let mark = confidential(lang);
        let text = String::from_utf8(report(ImpactFormat::Text, lang)).unwrap();
        assert!(text.starts_with(&mark) && text.trim_end().ends_with(&mark));
        let csv = String::from_utf8(report(ImpactFormat::Csv, lang)).unwrap();
        let csv = csv.trim_start_matches('\u{feff}');
        for line in csv.lines().skip(1) {
            assert!(line.starts_with(&mark), "{line}");
        }

        // The spreadsheet: the mark in the cells and in every printed page's header and footer.
        let bytes = report(ImpactFormat::Xlsx, lang);
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.clone())).unwrap();
        let mut sheet = String::new();
        zip.by_name("xl/worksheets/sheet1.xml")
            .unwrap()
            .read_to_string(&mut sheet)
            .unwrap();
        let header = sheet.split("<oddHeader>").nth(1).unwrap();
        assert!(header.contains(&mark), "{sheet}");
        let footer = sheet.split("<oddFooter>").nth(1).unwrap();
        assert!(footer.contains(&mark));
        let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
        let name = book.sheet_names()[0].clone();
        let range = book.worksheet_range(&name).unwrap();
        assert_eq!(range.get_value((0, 0)), Some(&Data::String(mark.clone())));
        let holders: Vec<String> = range.rows().skip(4).map(|row| row[1].to_string()).collect();
        assert_eq!(
            holders,
            ["Vesa Toikka", "Helena Kuusisto", "Johanna Lindstedt"]
        );
    }
}

#[test]
fn the_same_plan_gives_the_same_bytes() {
    for format in [ImpactFormat::Text, ImpactFormat::Csv, ImpactFormat::Xlsx] {
        assert_eq!(
            report(format, Lang::Fi),
            report(format, Lang::Fi),
            "{format:?}"
        );
    }
}

#[test]
fn the_command_refuses_a_redacted_impact_list() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("kouvola.ron");
    let bin = env!("CARGO_BIN_EXE_orgplan");
    assert!(
        Process::new(bin)
            .args(["example", "-o"])
            .arg(&plan)
            .status()
            .unwrap()
            .success()
    );
    let out = dir.path().join("impact.csv");
    let output = Process::new(bin)
        .arg("impact")
        .arg(&plan)
        .args([
            "--from", "baseline", "--to", "decided", "--redact", "--lang", "en", "-o",
        ])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8(output.stderr)
            .unwrap()
            .contains("confidential")
    );
    assert!(!out.exists());

    let output = Process::new(bin)
        .arg("impact")
        .arg(&plan)
        .args([
            "--from", "baseline", "--to", "decided", "--format", "xlsx", "--lang", "sv", "-o",
        ])
        .arg(&out)
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(
        std::fs::read(&out).unwrap(),
        report(ImpactFormat::Xlsx, Lang::Sv)
    );
}

#[test]
fn a_post_passing_to_another_person_gives_both_of_them_a_row() {
    let plan = kouvola();
    let mut changed = plan.clone();
    orgplan::model::apply(
        &mut changed,
        orgplan::model::Command {
            scenario: NodeId::new("decided").unwrap(),
            edit: orgplan::model::Edit::Set {
                node: NodeId::new("vaka-paallikko").unwrap(),
                field: orgplan::model::Field::Holder(Some("Dora Uusi".into())),
            },
        },
    )
    .unwrap();
    let (a, b) = (
        plan.find_scenario("decided").unwrap(),
        changed.find_scenario("decided").unwrap(),
    );
    let rows = impact(a, b);
    let people: Vec<&str> = rows
        .iter()
        .filter(|r| r.post.as_str() == "vaka-paallikko")
        .map(|r| r.holder.as_str())
        .collect();
    assert_eq!(people, ["Helena Kuusisto", "Dora Uusi"]);
    assert!(
        rows.iter()
            .filter(|r| r.post.as_str() == "vaka-paallikko")
            .all(|r| r.changed())
    );
    let text = String::from_utf8(impact_report(&rows, a, b, ImpactFormat::Text, Lang::En).unwrap())
        .unwrap();
    assert!(
        text.contains("Holder: Dora Uusi (before: Helena Kuusisto)"),
        "{text}"
    );
}
