//! The command line, run as a user runs it: `example`, `check`, `import` and `export`, their exit codes, their output and their languages.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use orgplan::analysis::ProblemCode;
use orgplan::examples::{self, Example};
use orgplan::io::load_file;
use orgplan::model::NodeId;

fn orgplan() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_orgplan"));
    // The language comes from `--lang` in every test; the system's must not leak in.
    command
        .env("LANG", "C")
        .env("LC_ALL", "C")
        .env_remove("LANGUAGE");
    command
}

/// `orgplan` with `args`, run in `dir`, without the system's language.
pub(crate) fn run(args: &[&str], dir: &Path) -> Output {
    orgplan().args(args).current_dir(dir).output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// A plan with known problems: a unit without a head, and a post that is part of nothing.
const PROBLEMS: &str = r#"(
  version: 1,
  scenarios: [(
    id: "baseline",
    nodes: [
      (id: "org", kind: Organisation, name: (fi: "Organisaatio", en: "Organisation")),
      (id: "u1", kind: Unit, name: (fi: "Yksikkö", en: "Unit one"), part_of: "org"),
      (id: "p1", kind: Position, title: (fi: "Irrallinen", en: "Loose post")),
    ],
  )],
)"#;

/// A plan without problems.
const CLEAN: &str = r#"(
  version: 1,
  scenarios: [(
    id: "baseline",
    nodes: [
      (id: "org", kind: Organisation, name: (fi: "Organisaatio")),
    ],
  )],
)"#;

/// A damaged plan: line 4 names a missing node at column 58.
const DAMAGED: &str = r#"(
  version: 1,
  scenarios: [(id: "baseline", nodes: [
    (id: "u1", kind: Unit, name: (fi: "Y"), part_of: "nope"),
  ])],
)"#;

const GOOD_CSV: &str = "\
id,parent,kind,name,title,heads
org,,organisation,Sivistystoimi,,
u1,org,unit,Perusopetus,,
head,u1,position,Rehtori,rehtori,u1
";

/// Bad rows on lines 3, 5 and 6.
const BAD_CSV: &str = "\
id,parent,kind,name,fte
org,,organisation,Org,
u1,zzz,unit,U,
u2,org,unit,U2,
p,u2,chair,P,
q,u2,position,Q,lots
";

#[test]
fn example_writes_each_example_as_a_loadable_plan() {
    let dir = tempfile::tempdir().unwrap();
    for example in Example::ALL {
        let file = format!("{}.ron", example.code());
        let output = run(
            &[
                "example",
                "--name",
                example.code(),
                "-o",
                &file,
                "--lang",
                "en",
            ],
            dir.path(),
        );
        assert!(output.status.success(), "{}: {}", file, stderr(&output));
        let plan = load_file(&dir.path().join(&file)).unwrap();
        let shipped = examples::load(example).unwrap();
        assert_eq!(plan.scenarios().len(), shipped.scenarios().len(), "{file}");
        for (written, original) in plan.scenarios().iter().zip(shipped.scenarios()) {
            assert_eq!(written.meta.id, original.meta.id);
            assert_eq!(written.len(), original.len());
            assert_eq!(written.edge_count(), original.edge_count());
        }
    }
    // Without --name: Kouvola.
    let output = run(
        &["example", "-o", "default.ron", "--lang", "en"],
        dir.path(),
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let plan = load_file(&dir.path().join("default.ron")).unwrap();
    let kouvola = examples::load(Example::Kouvola).unwrap();
    assert_eq!(plan.baseline().len(), kouvola.baseline().len());
}

#[test]
fn export_turns_the_pages_of_a_wide_chart_unless_told() {
    let dir = tempfile::tempdir().unwrap();
    let made = run(&["example", "-o", "plan.ron", "--lang", "en"], dir.path());
    assert!(made.status.success(), "{}", stderr(&made));
    let export = |out: &str, extra: &[&str]| {
        let mut args = vec![
            "export",
            "plan.ron",
            "--scenario",
            "decided",
            "--format",
            "png",
            "--dpi",
            "36",
            "-o",
            out,
            "--lang",
            "en",
        ];
        args.extend_from_slice(extra);
        run(&args, dir.path())
    };
    let png_size = |name: &str| {
        let bytes = std::fs::read(dir.path().join(name)).unwrap();
        let page = resvg::tiny_skia::Pixmap::decode_png(&bytes).unwrap();
        (page.width(), page.height())
    };
    // By default the decided chart goes on one landscape A3 page.
    let auto = export("auto.png", &[]);
    assert!(auto.status.success(), "{}", stderr(&auto));
    let (w, h) = png_size("auto.png");
    assert!(w > h, "{w} x {h}");
    assert!(!dir.path().join("auto-2.png").exists());
    // Portrait when asked, laid out as it is over two pages, as its text would print below
    // 7 pt on one; arranged to fit (the default), on one.
    let portrait = export("portrait.png", &["--portrait", "--arrange", "as-is"]);
    assert!(portrait.status.success(), "{}", stderr(&portrait));
    let (w, h) = png_size("portrait-1.png");
    assert!(w < h, "{w} x {h}");
    assert!(dir.path().join("portrait-2.png").exists());
    let fitted = export("fitted.png", &["--portrait"]);
    assert!(fitted.status.success(), "{}", stderr(&fitted));
    let (w, h) = png_size("fitted.png");
    assert!(w < h, "{w} x {h}");
    // Both at once is refused, and nothing is written.
    let both = export("both.png", &["--portrait", "--landscape"]);
    assert_eq!(both.status.code(), Some(2));
    assert!(!dir.path().join("both.png").exists());
}

/// The example plan, with the baseline's view collapsing growth support (six nodes inside).
fn example_with_a_view(dir: &Path) -> PathBuf {
    let made = run(&["example", "-o", "plan.ron", "--lang", "en"], dir);
    assert!(made.status.success(), "{}", stderr(&made));
    let text = std::fs::read_to_string(dir.join("plan.ron")).unwrap();
    let with_view = text.replacen(
        "            nodes: [",
        "            view: (collapsed: [\"kasvuntuki\"]),\n            nodes: [",
        1,
    );
    assert_ne!(text, with_view);
    write(dir, "view.ron", &with_view)
}

/// The boxes `orgplan layout` with `args` wrote to `out.json`.
fn layout_nodes(dir: &Path, args: &[&str]) -> Vec<serde_json::Value> {
    let output = run(args, dir);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = std::fs::read_to_string(dir.join("out.json")).unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
    json["nodes"].as_array_mut().map(std::mem::take).unwrap()
}

fn layout_ids(dir: &Path, args: &[&str]) -> Vec<String> {
    layout_nodes(dir, args)
        .iter()
        .map(|n| n["id"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn layout_follows_the_scenarios_view_and_reads_a_csv() {
    let dir = tempfile::tempdir().unwrap();
    example_with_a_view(dir.path());
    let baseline = examples::load(Example::Kouvola).unwrap().baseline().len();
    let ids = layout_ids(dir.path(), &["layout", "view.ron", "-o", "out.json"]);
    assert!(ids.iter().any(|id| id == "kasvuntuki"));
    assert!(!ids.iter().any(|id| id == "kot"), "collapsed by the view");
    assert_eq!(ids.len(), baseline - 6);
    // A collapse depth overrides the view.
    let deep = layout_ids(
        dir.path(),
        &[
            "layout",
            "view.ron",
            "--collapse-below",
            "9",
            "-o",
            "out.json",
        ],
    );
    assert_eq!(deep.len(), baseline);
    // A CSV is laid out as `check` reads it.
    write(
        dir.path(),
        "org.csv",
        "id,parent,kind,name\norg,,organisation,Org\nu1,org,unit,One\nu2,org,unit,Two\n",
    );
    let ids = layout_ids(dir.path(), &["layout", "org.csv", "-o", "out.json"]);
    assert_eq!(ids, ["org", "u1", "u2"]);
}

/// Each box of `orgplan layout` by id: (x, y, width, height).
fn layout_boxes(dir: &Path, args: &[&str]) -> std::collections::HashMap<String, [f64; 4]> {
    layout_nodes(dir, args)
        .iter()
        .map(|n| {
            let f = |k: &str| n[k].as_f64().unwrap();
            (
                n["id"].as_str().unwrap().to_owned(),
                [f("x"), f("y"), f("width"), f("height")],
            )
        })
        .collect()
}

#[test]
fn layout_grows_left_to_right_and_rows_posts_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let mut csv = String::from(
        "id,parent,kind,name\norg,,organisation,Org\nu1,org,unit,One\nu2,org,unit,Two\n",
    );
    for p in 1..=4 {
        csv.push_str(&format!("p{p},u1,position,Post {p}\n"));
    }
    write(dir.path(), "org.csv", &csv);
    let args = |extra: &[&'static str]| {
        let mut all = vec!["layout", "org.csv", "-o", "out.json"];
        all.extend_from_slice(extra);
        all
    };

    // Top-down, posts stacked in a column by default.
    let b = layout_boxes(dir.path(), &args(&[]));
    assert_eq!(b["u1"][1], b["u2"][1]);
    assert!(b["org"][1] + b["org"][3] <= b["u1"][1]);
    assert!((1..4).all(|p| b[&format!("p{p}")][0] == b[&format!("p{}", p + 1)][0]));
    assert!((1..4).all(|p| b[&format!("p{p}")][1] < b[&format!("p{}", p + 1)][1]));

    // --no-compact: the posts in a row.
    let b = layout_boxes(dir.path(), &args(&["--no-compact"]));
    assert!((1..4).all(|p| b[&format!("p{p}")][1] == b[&format!("p{}", p + 1)][1]));
    assert!((1..4).all(|p| b[&format!("p{p}")][0] < b[&format!("p{}", p + 1)][0]));

    // --left-right: the levels go right, siblings down.
    let b = layout_boxes(dir.path(), &args(&["--left-right"]));
    assert_eq!(b["u1"][0], b["u2"][0]);
    assert!(b["u1"][1] < b["u2"][1]);
    assert!(b["org"][0] + b["org"][2] <= b["u1"][0]);
    assert!(b["u1"][0] + b["u1"][2] <= b["p1"][0]);
}

#[test]
fn export_writes_svg_and_pdf_redacted_collapsed_in_the_language_asked() {
    let dir = tempfile::tempdir().unwrap();
    let plan_path = example_with_a_view(dir.path());
    let plan = load_file(&plan_path).unwrap();
    let export = |args: &[&str]| {
        let mut all = vec!["export", "view.ron", "--scenario", "decided"];
        all.extend_from_slice(args);
        let output = run(&all, dir.path());
        assert!(output.status.success(), "{}", stderr(&output));
    };
    export(&[
        "--format", "svg", "--redact", "--lang", "sv", "-o", "sv.svg",
    ]);
    let svg = std::fs::read_to_string(dir.path().join("sv.svg")).unwrap();
    assert!(
        svg.contains("Betjänar alla enheter: teamet betjänar varje enhet bredvid sig"),
        "the legend in Swedish"
    );
    for value in plan.personal_strings() {
        assert!(!svg.contains(&value), "{value} in the redacted SVG");
    }
    export(&["--format", "svg", "--lang", "en", "-o", "all.svg"]);
    export(&[
        "--format",
        "svg",
        "--collapse-below",
        "1",
        "--lang",
        "en",
        "-o",
        "top.svg",
    ]);
    let all = std::fs::read_to_string(dir.path().join("all.svg")).unwrap();
    let top = std::fs::read_to_string(dir.path().join("top.svg")).unwrap();
    let holder = plan
        .personal_strings()
        .into_iter()
        .find(|v| all.contains(v.as_str()))
        .unwrap();
    assert!(!top.contains(&holder), "{holder} under a collapsed level");
    assert!(top.matches("<rect").count() < all.matches("<rect").count());
    export(&[
        "--format",
        "pdf",
        "--paper",
        "a4",
        "--lang",
        "fi",
        "-o",
        "chart.pdf",
    ]);
    let bytes = std::fs::read(dir.path().join("chart.pdf")).unwrap();
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    assert!(pages.len() >= 2, "a chart page and a list page");
    assert!(
        doc.extract_text(&pages)
            .unwrap()
            .contains("Organisaatio luettelona")
    );
}

#[test]
fn an_unknown_example_is_refused_with_the_choices() {
    let dir = tempfile::tempdir().unwrap();
    let output = run(
        &["example", "--name", "nope", "-o", "x.ron", "--lang", "en"],
        dir.path(),
    );
    assert!(!output.status.success());
    let err = stderr(&output);
    assert!(
        err.contains(
            "Unknown example “nope”; choose one of kouvola, manttavilppula, paijathame, utbildningskontoret."
        ),
        "{err}"
    );
    assert!(!dir.path().join("x.ron").exists());
}

#[test]
fn check_lists_the_problems_of_every_scenario() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "plan.ron", PROBLEMS);
    let output = run(&["check", "plan.ron", "--lang", "en"], dir.path());
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let out = stdout(&output);
    assert!(
        out.contains("plan.ron, scenario “baseline”: 2 problems"),
        "{out}"
    );
    assert!(
        out.contains("  no-head: Unit one has no head. [u1]"),
        "{out}"
    );
    assert!(
        out.contains("  orphan: Loose post is not part of any unit or organisation. [p1]"),
        "{out}"
    );

    write(dir.path(), "clean.ron", CLEAN);
    let output = run(&["check", "clean.ron", "--lang", "en"], dir.path());
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stdout(&output),
        "clean.ron, scenario “baseline”: no problems.\n"
    );
}

#[test]
fn check_can_print_json() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "plan.ron", PROBLEMS);
    let output = run(
        &["check", "plan.ron", "--format", "json", "--lang", "en"],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let doc: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(doc["file"], "plan.ron");
    let scenarios = doc["scenarios"].as_array().unwrap();
    assert_eq!(scenarios.len(), 1);
    assert_eq!(scenarios[0]["scenario"], "baseline");
    let problems = scenarios[0]["problems"].as_array().unwrap();
    let codes: Vec<&str> = problems
        .iter()
        .map(|p| p["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["no-head", "orphan"]);
    assert_eq!(problems[0]["nodes"], serde_json::json!(["u1"]));
    assert_eq!(problems[0]["message"], "Unit one has no head.");
    assert_eq!(problems[0]["task"], serde_json::Value::Null);

    // The examples: valid JSON, one entry per scenario, only known codes.
    let known: Vec<&str> = ProblemCode::ALL.iter().map(|c| c.code()).collect();
    for example in Example::ALL {
        let file = format!("{}.ron", example.code());
        assert!(
            run(
                &["example", "--name", example.code(), "-o", &file],
                dir.path()
            )
            .status
            .success()
        );
        let output = run(
            &["check", &file, "--format", "json", "--lang", "en"],
            dir.path(),
        );
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let doc: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        let plan = examples::load(example).unwrap();
        let scenarios = doc["scenarios"].as_array().unwrap();
        assert_eq!(scenarios.len(), plan.scenarios().len());
        for scenario in scenarios {
            for problem in scenario["problems"].as_array().unwrap() {
                let code = problem["code"].as_str().unwrap();
                assert!(known.contains(&code), "{code}");
                assert!(!problem["nodes"].as_array().unwrap().is_empty());
            }
        }
    }
}

#[test]
fn check_on_a_damaged_file_fails_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "damaged.ron", DAMAGED);
    let output = run(
        &["check", path.to_str().unwrap(), "--lang", "en"],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty(), "{}", stdout(&output));
    let err = stderr(&output);
    let want = format!(
        "{}:4:54: scenario “baseline”: node “u1” has part_of “nope”, but there is no such node; \
         expected the id of an existing node.\n",
        path.display()
    );
    assert_eq!(err, want);
}

#[test]
fn check_reads_a_csv_too() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "org.csv", GOOD_CSV);
    let output = run(&["check", "org.csv", "--lang", "en"], dir.path());
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        "org.csv, scenario “baseline”: no problems.\n"
    );

    write(dir.path(), "bad.csv", BAD_CSV);
    let output = run(&["check", "bad.csv", "--lang", "en"], dir.path());
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stderr(&output).lines().count(), 3, "{}", stderr(&output));
}

#[test]
fn import_writes_a_plan() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "org.csv", GOOD_CSV);
    let output = run(
        &["import", "org.csv", "-o", "org.ron", "--lang", "en"],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stderr(&output), "Imported 3 nodes into org.ron.\n");
    let plan = load_file(&dir.path().join("org.ron")).unwrap();
    assert_eq!(plan.name.fi.as_deref(), Some("org"));
    let b = plan.baseline();
    assert_eq!(b.len(), 3);
    let u1 = NodeId::new("u1").unwrap();
    let head = NodeId::new("head").unwrap();
    assert_eq!(b.heads_of(&u1), [&head]);
    assert_eq!(b.parent(&head), Some(&u1));
}

#[test]
fn import_of_a_bad_csv_names_every_bad_row_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "bad.csv", BAD_CSV);
    let output = run(
        &["import", "bad.csv", "-o", "out.ron", "--lang", "en"],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        "bad.csv:3: parent “zzz” is not the id of any row\n\
         bad.csv:5: unknown kind “chair”; expected organisation, unit, team, position or group\n\
         bad.csv:6: fte “lots” is not a number that is zero or more\n"
    );
    assert!(!dir.path().join("out.ron").exists());

    // An existing output file is left as it was.
    write(dir.path(), "out.ron", CLEAN);
    let output = run(
        &["import", "bad.csv", "-o", "out.ron", "--lang", "en"],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("out.ron")).unwrap(),
        CLEAN
    );
}

#[test]
fn lang_fi_gives_finnish() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "clean.ron", CLEAN);
    write(dir.path(), "damaged.ron", DAMAGED);
    write(dir.path(), "bad.csv", BAD_CSV);

    let output = run(&["check", "clean.ron", "--lang", "fi"], dir.path());
    assert_eq!(
        stdout(&output),
        "clean.ron, skenaario ”baseline”: ei ongelmia.\n"
    );

    let output = run(&["check", "damaged.ron", "--lang", "fi"], dir.path());
    let err = stderr(&output);
    assert!(
        err.starts_with("damaged.ron:4:54: skenaario ”baseline”: kohteen ”u1” kentässä part_of"),
        "{err}"
    );
    assert!(
        err.contains("odotettiin olemassa olevan kohteen tunnistetta"),
        "{err}"
    );

    let output = run(
        &["import", "bad.csv", "-o", "out.ron", "--lang", "fi"],
        dir.path(),
    );
    let err = stderr(&output);
    assert!(
        err.contains("bad.csv:3: parent ”zzz” ei ole minkään rivin id"),
        "{err}"
    );
    assert!(err.contains("bad.csv:5: tuntematon laji ”chair”"), "{err}");

    let output = run(
        &["example", "--name", "nope", "-o", "x.ron", "--lang", "fi"],
        dir.path(),
    );
    assert!(stderr(&output).contains("Tuntematon esimerkki ”nope”"));
}

#[test]
fn lang_sv_gives_swedish() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "clean.ron", CLEAN);
    write(dir.path(), "damaged.ron", DAMAGED);
    write(dir.path(), "org.csv", GOOD_CSV);

    let output = run(&["check", "clean.ron", "--lang", "sv"], dir.path());
    assert_eq!(
        stdout(&output),
        "clean.ron, scenario ”baseline”: inga problem.\n"
    );

    let output = run(&["check", "damaged.ron", "--lang", "sv"], dir.path());
    let err = stderr(&output);
    assert!(
        err.starts_with("damaged.ron:4:54: scenario ”baseline”: objektet ”u1” har part_of"),
        "{err}"
    );
    assert!(
        err.contains("förväntade id för ett befintligt objekt"),
        "{err}"
    );

    let output = run(
        &["import", "org.csv", "-o", "org.ron", "--lang", "sv"],
        dir.path(),
    );
    assert_eq!(stderr(&output), "Importerade 3 objekt till org.ron.\n");
}

#[test]
fn lang_goes_after_the_subcommand_too() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "clean.ron", CLEAN);
    let output = run(&["check", "--lang", "fi", "clean.ron"], dir.path());
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("ei ongelmia"));
}

#[test]
fn lang_goes_before_the_subcommand() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "clean.ron", CLEAN);
    let output = run(&["--lang", "fi", "check", "clean.ron"], dir.path());
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("ei ongelmia"));
}

/// Runs `check` with its output going into a pipe that is already closed (as `| head` does).
fn check_into_closed_pipe(format: &str) -> Output {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("kouvola.ron");
    assert!(
        run(&["example", "-o", file.to_str().unwrap()], dir.path())
            .status
            .success()
    );
    // The reading end is closed before the child starts: every write finds the pipe broken.
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let child = orgplan()
        .args([
            "check",
            file.to_str().unwrap(),
            "--format",
            format,
            "--lang",
            "en",
        ])
        .stdout(writer)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn a_closed_pipe_is_not_a_failure_of_the_text_output() {
    let output = check_into_closed_pipe("text");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(output.stderr.is_empty(), "{}", stderr(&output));
}

#[test]
fn a_closed_pipe_is_not_a_failure_of_the_json_output() {
    let output = check_into_closed_pipe("json");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(output.stderr.is_empty(), "{}", stderr(&output));
}

#[test]
fn an_import_that_cannot_be_saved_fails() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("org.csv");
    std::fs::write(&csv, "id,parent,kind,name\norg,,organisation,Org\n").unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_orgplan"))
        .args([
            "import",
            csv.to_str().unwrap(),
            "-o",
            "/nonexistent-dir/x.ron",
            "--lang",
            "en",
        ])
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("Could not save"), "{stderr}");
    assert!(!stderr.contains("Imported"), "{stderr}");
}

#[test]
fn export_to_a_missing_folder_fails_before_drawing_and_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let made = run(&["example", "-o", "plan.ron", "--lang", "en"], dir.path());
    assert!(made.status.success(), "{}", stderr(&made));
    for format in ["png", "pdf", "svg"] {
        let out = format!("missing/chart.{format}");
        let output = run(
            &[
                "export", "plan.ron", "--format", format, "-o", &out, "--lang", "en",
            ],
            dir.path(),
        );
        assert_eq!(output.status.code(), Some(1));
        let text = stderr(&output);
        assert!(
            text.starts_with(&format!("Could not save {out}: ")),
            "{text}"
        );
        assert!(!dir.path().join("missing").exists());
    }
}
