//! The comparison on one chart: the later scenario with each changed box outlined and tagged
//! with what changed, and what it no longer has drawn faint where it stood; in the legend, the
//! nested list and the exports, with and without personal data.

use std::path::Path;
use std::process::Command;

use orgplan::compare::marks::Mark;
use orgplan::examples::{self, Example};
use orgplan::export::{ChartOptions, LegendSample, chart, chart_compared, parse_svg, svg};
use orgplan::i18n::Lang;
use orgplan::model::{NodeId, Plan};

fn kouvola() -> Plan {
    examples::load(Example::Kouvola).unwrap()
}

fn id(text: &str) -> NodeId {
    NodeId::new(text).unwrap()
}

fn compared(plan: &Plan, options: &ChartOptions) -> orgplan::export::Chart {
    let before = plan.baseline();
    let after = plan.find_scenario("decided").unwrap();
    chart_compared(plan, before, after, options)
}

/// The SVG group of one box.
fn group<'a>(svg: &'a str, node: &str) -> &'a str {
    let start = svg
        .find(&format!("<g id=\"node-{node}\""))
        .unwrap_or_else(|| panic!("no box for {node}"));
    let end = svg[start..].find("</g>").unwrap() + start;
    &svg[start..end]
}

#[test]
fn removed_units_stand_faint_where_they_were_and_changed_boxes_say_how() {
    let plan = kouvola();
    let options = ChartOptions {
        lang: Lang::En,
        ..ChartOptions::default()
    };
    let drawing = compared(&plan, &options);
    let text = svg(&drawing);
    parse_svg(&text).unwrap();
    // Growth support ceased: a faint, dashed ghost, tagged "removed", under its old parent.
    let ghost = group(&text, "kasvuntuki");
    assert!(ghost.contains("opacity=\"0.45\""), "{ghost}");
    assert!(ghost.contains("stroke-dasharray"), "{ghost}");
    assert!(ghost.contains(">removed</text>"), "{ghost}");
    // The teams made of it say so in words, not only by colour.
    let team = group(&text, "ohjaus");
    assert!(team.contains(">from a split</text>"), "{team}");
    // An unchanged unit has no tag and its ordinary outline.
    let unchanged = group(&text, "vaka");
    assert!(!unchanged.contains("opacity"), "{unchanged}");
    assert_eq!(drawing.mark_text(&id("vaka")), "");
    // Every box of the later scenario is drawn, and every ghost.
    let after = plan.find_scenario("decided").unwrap();
    for node in after.nodes() {
        group(&text, node.id.as_str());
    }
    assert!(drawing.layout.boxes.len() > after.len());
    // The legend explains each mark used, and the subtitle says what is compared with what.
    for word in ["new", "removed", "from a split", "moved"] {
        let found = drawing
            .legend
            .iter()
            .any(|(sample, label)| matches!(sample, LegendSample::Mark(_)) && label == word);
        assert!(found, "{word} not in {:?}", drawing.legend);
    }
    assert!(
        drawing.subtitle.contains("changes from"),
        "{}",
        drawing.subtitle
    );
    // The nested list a screen reader follows names the changes too.
    let listed = drawing
        .entries
        .iter()
        .any(|e| e.text.contains("Growth support") && e.text.contains("[removed]"));
    assert!(listed, "{:?}", drawing.entries);
}

#[test]
fn a_plain_chart_has_no_marks_and_a_comparison_with_itself_none_either() {
    let plan = kouvola();
    let options = ChartOptions::default();
    let plain = chart(&plan, plan.baseline(), &options);
    assert!(plain.marks.is_empty());
    assert!(
        !plain
            .legend
            .iter()
            .any(|(s, _)| matches!(s, LegendSample::Mark(_)))
    );
    let same = chart_compared(&plan, plan.baseline(), plan.baseline(), &options);
    assert!(same.marks.is_empty());
    assert_eq!(same.layout.boxes.len(), plain.layout.boxes.len());
    assert_eq!(svg(&same).matches("opacity").count(), 0);
    assert!(Mark::ALL.len() > 5);
}

#[test]
fn a_redacted_comparison_names_nobody() {
    let plan = kouvola();
    let personal = plan.personal_strings();
    assert!(!personal.is_empty());
    let options = ChartOptions {
        redact: true,
        ..ChartOptions::default()
    };
    let text = svg(&compared(&plan, &options));
    for p in &personal {
        assert!(!text.contains(p.as_str()), "{p}");
    }
    let open = svg(&compared(&plan, &ChartOptions::default()));
    assert!(personal.iter().any(|p| open.contains(p.as_str())));
}

#[test]
fn orgplan_export_compare_with_marks_the_chart_and_refuses_an_unknown_scenario() {
    let dir = tempfile::tempdir().unwrap();
    let plan_file = dir.path().join("k.ron");
    orgplan::io::save_file(&kouvola(), &plan_file).unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_orgplan"))
            .args(args)
            .current_dir(dir.path())
            .env("LC_ALL", "C")
            .output()
            .unwrap()
    };
    let args = [
        "--lang",
        "sv",
        "export",
        "k.ron",
        "--scenario",
        "decided",
        "--compare-with",
        "baseline",
        "--format",
        "svg",
        "-o",
        "c.svg",
    ];
    let out = run(&args);
    assert!(out.status.success(), "{out:?}");
    let text = std::fs::read_to_string(Path::new(dir.path()).join("c.svg")).unwrap();
    assert!(text.contains(">upphör</text>"), "no Swedish mark");
    let mut wrong = args;
    wrong[7] = "nowhere";
    wrong[11] = "d.svg";
    let out = run(&wrong);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(!dir.path().join("d.svg").exists());
}
