//! Same input, same bytes, across processes and time: every file orgplan writes is written by
//! two separate processes more than a second apart, in different time zones, and compared
//! byte for byte. A clock, a hash map's per-process seed or the zone leaking into a file fails
//! this; writing twice in one process would not see the last two.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use orgplan::i18n::Lang;
use orgplan::model::{Command as PlanCommand, Edit, Field, NodeId, apply};

/// The commands, each writing one file: plans, charts, tables, packs, reports, a merge.
fn commands() -> Vec<(&'static str, Vec<&'static str>)> {
    let kouvola = ["kouvola.orgplan", "--from", "baseline", "--to", "decided"];
    let with = |head: &[&'static str], tail: &[&'static str]| [head, tail].concat();
    vec![
        ("example.orgplan", vec!["example"]),
        (
            "generated.orgplan",
            vec!["generate", "--nodes", "2000", "--holders"],
        ),
        (
            "generated.csv",
            vec!["generate", "--nodes", "2000", "--serves", "5"],
        ),
        ("imported.orgplan", vec!["import", "staff.csv"]),
        (
            "chart.svg",
            vec!["export", "kouvola.orgplan", "--format", "svg"],
        ),
        (
            "chart.png",
            vec![
                "export",
                "kouvola.orgplan",
                "--format",
                "png",
                "--paper",
                "fit",
            ],
        ),
        (
            "chart.pdf",
            vec!["export", "kouvola.orgplan", "--format", "pdf"],
        ),
        (
            "compared.pdf",
            vec![
                "export",
                "kouvola.orgplan",
                "--scenario",
                "decided",
                "--compare-with",
                "baseline",
                "--format",
                "pdf",
            ],
        ),
        ("table.csv", vec!["table", "kouvola.orgplan"]),
        ("table.xlsx", vec!["table", "kouvola.orgplan"]),
        (
            "pack.pdf",
            vec![
                "pack",
                "kouvola.orgplan",
                "--to",
                "decided",
                "--date",
                "2026-12-07",
            ],
        ),
        (
            "pack.html",
            vec![
                "pack",
                "kouvola.orgplan",
                "--to",
                "decided",
                "--date",
                "2026-12-07",
            ],
        ),
        (
            "pack.docx",
            vec![
                "pack",
                "kouvola.orgplan",
                "--to",
                "decided",
                "--date",
                "2026-12-07",
            ],
        ),
        ("diff.csv", with(&["diff", "--format", "csv"], &kouvola)),
        ("diff.json", with(&["diff", "--format", "json"], &kouvola)),
        ("diff.md", with(&["diff", "--format", "md"], &kouvola)),
        ("impact.csv", with(&["impact", "--format", "csv"], &kouvola)),
        (
            "impact.xlsx",
            with(&["impact", "--format", "xlsx"], &kouvola),
        ),
        (
            "stats.csv",
            vec!["stats", "kouvola.orgplan", "--format", "csv"],
        ),
        (
            "stats.json",
            vec!["stats", "kouvola.orgplan", "--format", "json"],
        ),
        (
            "stats.xlsx",
            vec!["stats", "kouvola.orgplan", "--format", "xlsx"],
        ),
        (
            "merged.orgplan",
            vec!["merge", "kouvola.orgplan", "mine.orgplan", "theirs.orgplan"],
        ),
    ]
}

/// Runs every command in `dir`, writing into `out`, in time zone `zone`.
fn write_all(dir: &Path, out: &str, zone: &str) {
    for (file, args) in commands() {
        let output = Command::new(env!("CARGO_BIN_EXE_orgplan"))
            .args(["--lang", "fi"])
            .args(&args)
            .args(["-o", &format!("{out}/{file}")])
            .current_dir(dir)
            .env("LANG", "C")
            .env("LC_ALL", "C")
            .env("TZ", zone)
            .output()
            .expect("orgplan runs");
        assert!(output.status.success(), "{file}: {output:?}");
    }
}

#[test]
fn every_file_is_the_same_bytes_from_two_processes_at_two_times() {
    let dir = tempfile::tempdir().expect("a folder");
    let dir = dir.path();
    let run = |args: &[&str]| {
        let output = Command::new(env!("CARGO_BIN_EXE_orgplan"))
            .args(args)
            .current_dir(dir)
            .output()
            .expect("orgplan runs");
        assert!(output.status.success(), "{args:?}: {output:?}");
    };
    run(&["example", "-o", "kouvola.orgplan"]);
    std::fs::write(dir.join("staff.csv"), crate::staff_import::finnish_list()).expect("a list");
    // Two planners' copies: each renamed a different unit.
    let plan = orgplan::io::load_file(&dir.join("kouvola.orgplan")).expect("the example");
    for (name, unit, to) in [
        ("mine", "vaka", "Varhaiskasvatus ja esiopetus"),
        ("theirs", "kasvuntuki", "Kasvun tuen palvelut"),
    ] {
        let mut copy = plan.clone();
        let command = PlanCommand {
            scenario: copy.baseline().meta.id.clone(),
            edit: Edit::Set {
                node: NodeId::new(unit).expect("an id"),
                field: Field::Name(Lang::Fi, Some(to.to_owned())),
            },
        };
        apply(&mut copy, command).expect("renamed");
        orgplan::io::save_file(&copy, &dir.join(format!("{name}.orgplan"))).expect("saved");
    }
    for out in ["first", "second"] {
        std::fs::create_dir(dir.join(out)).expect("a folder");
    }
    write_all(dir, "first", "UTC");
    // Past the second the first ones were written in, and on the other side of the world.
    std::thread::sleep(Duration::from_millis(1_100));
    write_all(dir, "second", "Pacific/Kiritimati");
    for (file, _) in commands() {
        let first = std::fs::read(dir.join("first").join(file)).expect("written");
        let second = std::fs::read(dir.join("second").join(file)).expect("written");
        assert!(first.len() > 100, "{file}: {} bytes", first.len());
        let at = first.iter().zip(&second).position(|(a, b)| a != b);
        assert!(
            first == second,
            "{file}: {} and {} bytes, first different at {at:?}",
            first.len(),
            second.len()
        );
    }
}

/// The comparison's workbook, which only the window saves, carries a fixed date, as every
/// workbook the command line writes does (checked above across processes).
#[test]
fn the_comparison_workbook_carries_no_clock() {
    use std::io::Read as _;
    let plan = orgplan::examples::load(orgplan::examples::Example::Kouvola).expect("the example");
    let decided = plan
        .find_scenario("decided")
        .expect("the decided organisation");
    let bytes = orgplan::compare::workbook::comparison_workbook(
        &plan,
        [plan.baseline(), decided],
        8,
        Lang::Fi,
    )
    .expect("a workbook");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    let mut core = String::new();
    zip.by_name("docProps/core.xml")
        .expect("its properties")
        .read_to_string(&mut core)
        .expect("text");
    assert!(core.contains("2000-01-01T00:00:00Z"), "{core}");
}
