//! The diff's reports: golden files, JSON shape, redaction, and the `diff` and `stats`
//! commands.

use std::process::Command as Process;

use orgplan::compare::diff;
use orgplan::compare::report::{DiffFormat, Sides, diff_report};
use orgplan::i18n::Lang;
use orgplan::model::{Command, Edit, Field, apply};

use crate::merge::edited;

use super::*;

fn report(format: DiffFormat, lang: Lang) -> String {
    let plan = kouvola();
    let (a, b) = (
        plan.find_scenario("baseline").unwrap(),
        plan.find_scenario("decided").unwrap(),
    );
    diff_report(&diff(a, b), &Sides::new(a, b), format, lang).unwrap()
}

#[test]
fn the_example_diff_matches_its_golden_files() {
    for lang in Lang::ALL {
        for (format, ext) in [
            (DiffFormat::Text, "txt"),
            (DiffFormat::Markdown, "md"),
            (DiffFormat::Csv, "csv"),
            (DiffFormat::Json, "json"),
        ] {
            let text = report(format, lang);
            // Same input, same bytes.
            assert_eq!(text, report(format, lang));
            insta::assert_snapshot!(format!("kouvola_diff_{}.{ext}", lang.code()), text);
        }
    }
}

#[test]
fn the_json_diff_has_the_documented_shape() {
    let json: serde_json::Value =
        serde_json::from_str(&report(DiffFormat::Json, Lang::En)).unwrap();
    assert_eq!(json["format"], "orgplan-diff");
    assert_eq!(json["version"], 1);
    assert_eq!(json["from"]["id"], "baseline");
    let changes = json["changes"].as_array().unwrap();
    assert_eq!(changes.len(), decided_changes().len());
    for change in changes {
        for key in [
            "number", "type", "group", "node", "from", "to", "field", "before", "after", "task",
            "inferred", "text",
        ] {
            assert!(change.get(key).is_some(), "{key} missing in {change}");
        }
    }
    let split = changes
        .iter()
        .find(|c| c["type"] == "split" && c["node"]["id"] == "peruslukio")
        .unwrap();
    assert_eq!(
        split["node"]["name"]["sv"],
        "Grundläggande utbildning och gymnasier"
    );
    assert_eq!(split["to"][1]["name"]["fi"], "Lukiokoulutus");
}

#[test]
fn a_redacted_diff_names_no_holder() {
    let plan = kouvola();
    let mut changed = plan.clone();
    // A new holder is a change, and a personal one.
    apply(
        &mut changed,
        Command {
            scenario: id("decided"),
            edit: Edit::Set {
                node: id("ohjaus-vetaja"),
                field: Field::Holder(Some("Maija Meikäläinen".into())),
            },
        },
    )
    .unwrap();
    let pair = |p: &orgplan::model::Plan, q: &orgplan::model::Plan, format| {
        let (a, b) = (
            p.find_scenario("decided").unwrap().clone(),
            q.find_scenario("decided").unwrap().clone(),
        );
        diff_report(&diff(&a, &b), &Sides::new(&a, &b), format, Lang::Fi).unwrap()
    };
    assert!(pair(&plan, &changed, DiffFormat::Csv).contains("Maija Meikäläinen"));

    let personal = changed.personal_strings();
    assert!(personal.iter().any(|p| p == "Maija Meikäläinen"));
    for format in [
        DiffFormat::Text,
        DiffFormat::Markdown,
        DiffFormat::Csv,
        DiffFormat::Json,
    ] {
        let text = pair(&plan.redacted(), &changed.redacted(), format);
        for p in &personal {
            assert!(!text.contains(p.as_str()), "{p} in {format:?}");
        }
    }
}

#[test]
fn the_diff_and_stats_commands_write_what_the_library_reports() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("kouvola.ron");
    let bin = env!("CARGO_BIN_EXE_orgplan");
    let status = Process::new(bin)
        .args(["example", "-o"])
        .arg(&plan)
        .status()
        .unwrap();
    assert!(status.success());
    let output = Process::new(bin)
        .arg("diff")
        .arg(&plan)
        .args([
            "--from",
            "baseline",
            "--to",
            "Päätetty organisaatio 1.10.2023",
            "--format",
            "md",
            "--lang",
            "sv",
        ])
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        report(DiffFormat::Markdown, Lang::Sv)
    );

    let output = Process::new(bin)
        .arg("diff")
        .arg(&plan)
        .args(["--from", "baseline", "--to", "nowhere", "--lang", "en"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8(output.stderr)
            .unwrap()
            .contains("nowhere")
    );

    let out = dir.path().join("stats.csv");
    let output = Process::new(bin)
        .arg("stats")
        .arg(&plan)
        .args([
            "--scenario",
            "baseline",
            "--scenario",
            "decided",
            "--format",
            "csv",
            "-o",
        ])
        .arg(&out)
        .output()
        .unwrap();
    assert!(output.status.success());
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .starts_with("\u{feff}figure,unit_id,label,baseline,decided,delta_decided\n")
    );
}

#[test]
fn baseline_names_the_baseline_whatever_its_id() {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples/kouvola.ron"),
    )
    .unwrap()
    .replacen("id: \"baseline\"", "id: \"nykytila\"", 1);
    let plan = orgplan::io::load_str(&text, std::path::Path::new("k.ron")).unwrap();
    assert_eq!(
        plan.find_scenario("baseline").unwrap().meta.id.as_str(),
        "nykytila"
    );
}

#[test]
fn the_diff_command_redacts_holders() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kouvola.ron");
    let plan = edited(
        &kouvola(),
        "decided",
        vec![Edit::Set {
            node: id("op-paallikko"),
            field: Field::Holder(Some("Maija Meikäläinen".into())),
        }],
    );
    orgplan::io::save_file(&plan, &path).unwrap();
    let bin = env!("CARGO_BIN_EXE_orgplan");
    let run = |extra: &[&str]| {
        let output = Process::new(bin)
            .arg("diff")
            .arg(&path)
            .args(["--from", "baseline", "--to", "decided", "--format", "csv"])
            .args(extra)
            .output()
            .unwrap();
        assert!(output.status.success(), "{output:?}");
        String::from_utf8(output.stdout).unwrap()
    };
    assert!(run(&[]).contains("Maija Meikäläinen"));
    let redacted = run(&["--redact"]);
    assert!(!redacted.contains("Maija Meikäläinen"), "{redacted}");
    for holder in plan.personal_strings() {
        assert!(
            !redacted.contains(holder.as_str()),
            "{holder} in {redacted}"
        );
    }
    assert!(redacted.lines().count() > 5, "{redacted}");
}
