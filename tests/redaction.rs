//! Personal data never reaches a redacted output: a marked string is planted in every personal
//! field of two plans (every holder, every contact's name, phone and e-mail, every decision's
//! presenter, who took part in each event, every merge conflict's values), and every export
//! made with `--redact` (the chart as SVG, which the PNG is drawn from, and as PDF, its text and
//! every string and stream in it; the committee pack as PDF, HTML and Word; the table as CSV
//! and as a workbook; the change list in every format) is searched for every one of them. The
//! same exports without `--redact` show them: the search can fail.

use std::io::Read as _;
use std::path::Path;
use std::process::Command;

use orgplan::examples::{self, Example};
use orgplan::io::{load_str, save_file, to_ron};
use orgplan::model::{
    Command as PlanCommand, Conflict, Edit, EventKind, Participation, Plan, apply,
};

/// The markers start so: no real text has them.
const MARK: &str = "Qzx";

/// `text` with the value of every `key: "…"` replaced by a fresh marker.
fn plant(text: &str, key: &str, next: &mut usize) -> String {
    let pattern = format!("{key}: \"");
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(&pattern) {
        let (before, after) = rest.split_at(at + pattern.len());
        out.push_str(before);
        let end = after.find('"').unwrap_or(0);
        *next += 1;
        out.push_str(&format!("{MARK}{next:03}"));
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// `example` with a marker in every personal field, and the markers.
fn planted(example: Example, next: &mut usize) -> (Plan, Vec<String>) {
    let plan = examples::load(example).expect("an example");
    let mut text = to_ron(&plan).expect("it saves");
    // Contacts' names are the only names written as plain strings (others name each language).
    for key in [
        "holder",
        "presenter",
        "phone",
        "email",
        "participants",
        "name",
    ] {
        text = plant(&text, key, next);
    }
    let mut plan = load_str(&text, Path::new("planted.orgplan")).expect("it loads");
    let mut marker = || {
        *next += 1;
        format!("{MARK}{next:03}")
    };
    // Who took part in an event, in every scenario.
    let ids: Vec<_> = plan.scenarios().iter().map(|s| s.meta.id.clone()).collect();
    for id in ids {
        let mut meta = plan.scenario(&id).expect("a scenario").meta.clone();
        meta.participation.push(Participation {
            kind: EventKind::Hearing,
            date: None,
            participants: Some(marker()),
            summary: Some("Kuultiin henkilöstöä.".to_owned()),
            outcome: None,
        });
        if let Some(decision) = meta.decision.as_mut() {
            decision.presenter = Some(marker());
        }
        let command = PlanCommand {
            scenario: id,
            edit: Edit::SetMeta(Box::new(meta)),
        };
        apply(&mut plan, command).expect("set");
    }
    plan.conflicts.push(Conflict {
        field: "holder".to_owned(),
        base: Some(marker()),
        mine: Some(marker()),
        theirs: Some(marker()),
        ..Conflict::default()
    });
    let markers = plan.personal_strings();
    assert!(markers.iter().all(|m| m.starts_with(MARK)), "{markers:?}");
    (plan, markers)
}

/// Every text in a PDF: its pages' text, every string object (alternative texts, titles) and
/// every stream, decompressed.
fn pdf_text(bytes: &[u8]) -> String {
    let doc = lopdf::Document::load_mem(bytes).expect("a PDF");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let mut out = doc.extract_text(&pages).unwrap_or_default();
    for object in doc.objects.values() {
        match object {
            lopdf::Object::String(raw, _) => out.push_str(&decode_pdf_string(raw)),
            lopdf::Object::Stream(stream) => {
                let content = stream
                    .decompressed_content()
                    .unwrap_or_else(|_| stream.content.clone());
                out.push_str(&String::from_utf8_lossy(&content));
            }
            _ => {}
        }
    }
    out.retain(|c| !c.is_whitespace());
    out
}

/// A PDF text string: UTF-16 after its byte order mark, else one byte a character.
fn decode_pdf_string(raw: &[u8]) -> String {
    match raw.strip_prefix(&[0xFE, 0xFF]) {
        Some(utf16) => {
            let units: Vec<u16> = utf16
                .chunks(2)
                .map(|p| u16::from_be_bytes([p[0], *p.get(1).unwrap_or(&0)]))
                .collect();
            String::from_utf16_lossy(&units)
        }
        None => raw.iter().map(|&b| char::from(b)).collect(),
    }
}

/// Every file in a zip (a workbook, a Word document), as text.
fn zip_text(bytes: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    let mut out = String::new();
    for at in 0..zip.len() {
        let mut file = zip.by_index(at).expect("an entry");
        let mut content = Vec::new();
        file.read_to_end(&mut content).expect("read");
        out.push_str(&String::from_utf8_lossy(&content));
    }
    out
}

/// The text of an output, by its extension.
fn text_of(path: &Path) -> String {
    let bytes = std::fs::read(path).expect("written");
    match path.extension().and_then(|e| e.to_str()) {
        Some("pdf") => pdf_text(&bytes),
        Some("xlsx" | "docx") => zip_text(&bytes),
        _ => String::from_utf8_lossy(&bytes).into_owned(),
    }
}

/// The exports, each `--redact`able: output name and arguments after the plan's file.
fn exports(decided: &str) -> Vec<(String, Vec<String>)> {
    let owned = |args: &[&str]| args.iter().map(|a| (*a).to_owned()).collect::<Vec<_>>();
    let compare = ["--from", "baseline", "--to", decided];
    let mut out = vec![
        (
            "chart.svg".to_owned(),
            owned(&["export", "--format", "svg"]),
        ),
        (
            "chart.pdf".to_owned(),
            owned(&["export", "--format", "pdf"]),
        ),
        (
            "compared.pdf".to_owned(),
            owned(&[
                "export",
                "--format",
                "pdf",
                "--scenario",
                decided,
                "--compare-with",
                "baseline",
            ]),
        ),
        ("table.csv".to_owned(), owned(&["table"])),
        ("table.xlsx".to_owned(), owned(&["table"])),
    ];
    for ext in ["pdf", "html", "docx"] {
        out.push((
            format!("pack.{ext}"),
            owned(&["pack", "--to", decided, "--date", "2026-12-07"]),
        ));
    }
    for format in ["text", "md", "csv", "json"] {
        out.push((
            format!("diff-{format}.txt"),
            [&["diff", "--format", format][..], &compare]
                .concat()
                .iter()
                .map(|a| (*a).to_owned())
                .collect(),
        ));
    }
    out
}

/// Runs `orgplan` in `dir` with the plan's file put after the command's name.
fn export(dir: &Path, plan: &str, output: &str, args: &[String], redact: bool) {
    let mut full: Vec<String> = vec![
        "--lang".into(),
        "fi".into(),
        args[0].clone(),
        plan.to_owned(),
    ];
    full.extend(args[1..].iter().cloned());
    full.extend(["-o".to_owned(), output.to_owned()]);
    if redact {
        full.push("--redact".to_owned());
    }
    let ran = Command::new(env!("CARGO_BIN_EXE_orgplan"))
        .args(&full)
        .current_dir(dir)
        .env("LANG", "C")
        .output()
        .expect("orgplan runs");
    assert!(ran.status.success(), "{full:?}: {ran:?}");
}

#[test]
fn no_planted_personal_string_reaches_any_redacted_output() {
    let dir = tempfile::tempdir().expect("a folder");
    let dir = dir.path();
    let mut next = 0;
    for (example, decided) in [
        (Example::Kouvola, "decided"),
        (Example::PaijatHame, "plan-2022"),
    ] {
        let (plan, markers) = planted(example, &mut next);
        assert!(markers.len() >= 10, "{example:?}: {markers:?}");
        let file = format!("{}.orgplan", example.code());
        save_file(&plan, &dir.join(&file)).expect("saved");
        for (output, args) in exports(decided) {
            export(dir, &file, &output, &args, true);
            let text = text_of(&dir.join(&output));
            for marker in &markers {
                assert!(
                    !text.contains(marker.as_str()),
                    "{example:?} {output}: {marker} in the redacted output"
                );
            }
            // Not redacted, the same export shows personal data: the search finds the marks.
            export(dir, &file, &output, &args, false);
            let text = text_of(&dir.join(&output));
            assert!(
                markers.iter().any(|m| text.contains(m.as_str())),
                "{example:?} {output}: no marker even unredacted"
            );
        }
    }
}

/// The staff impact list names people and is never made without them: asked to redact, it is
/// refused.
#[test]
fn the_impact_list_is_never_made_redacted() {
    let dir = tempfile::tempdir().expect("a folder");
    let made = Command::new(env!("CARGO_BIN_EXE_orgplan"))
        .args(["example", "-o", "k.orgplan"])
        .current_dir(dir.path())
        .status()
        .expect("orgplan runs");
    assert!(made.success());
    let ran = Command::new(env!("CARGO_BIN_EXE_orgplan"))
        .args([
            "impact",
            "k.orgplan",
            "--from",
            "baseline",
            "--to",
            "decided",
            "--redact",
        ])
        .current_dir(dir.path())
        .output()
        .expect("orgplan runs");
    assert!(!ran.status.success());
    assert!(ran.stdout.is_empty());
}
