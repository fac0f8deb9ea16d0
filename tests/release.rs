//! What a user sees of the release itself (issue 28): `orgplan --version` names the crate's
//! version and the commit, *Help › About* says the same with the licences and where the
//! files are, and plan files have their own extension, `.orgplan`, while `.ron` keeps opening.

use egui_kittest::kittest::Queryable as _;
use orgplan::app::dialogs::ScriptedDialogs;
use orgplan::i18n::Lang;

use crate::cli::run;

#[test]
fn the_version_names_the_crate_version_and_the_commit() {
    let dir = tempfile::tempdir().unwrap();
    let output = run(&["--version"], dir.path());
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    let expected = format!("orgplan {} (commit ", env!("CARGO_PKG_VERSION"));
    assert!(text.starts_with(&expected), "{text}");
    assert_eq!(text.trim_end(), format!("orgplan {}", orgplan::VERSION));
}

#[test]
fn about_shows_the_version_the_licences_and_the_folders() {
    let app = crate::gui::app_with(ScriptedDialogs::default(), Lang::En);
    let mut harness = crate::gui::harness(app);
    harness.get_by_label("Help").click();
    harness.run();
    harness.get_by_label("About orgplan").click();
    harness.run();
    harness.get_by_label(&format!("Version {}", orgplan::VERSION));
    harness.get_by_label(env!("CARGO_PKG_LICENSE"));
    harness.get_by_label("Noto Sans, SIL Open Font License 1.1");
    harness.get_by_label("Autosaved plans");
}

#[test]
fn a_plan_saved_as_orgplan_opens_as_one_saved_as_ron_does() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["k.orgplan", "k.ron"] {
        let written = run(&["example", "--name", "kouvola", "-o", name], dir.path());
        assert!(written.status.success());
        let checked = run(&["check", name, "--lang", "en"], dir.path());
        let out = String::from_utf8(checked.stdout).unwrap();
        assert!(
            out.contains("scenario “decided”: no problems."),
            "{name}: {out}"
        );
    }
    assert_eq!(orgplan::io::PLAN_EXTENSIONS, ["orgplan", "ron"]);
}

#[test]
fn completions_and_manual_pages_are_made_from_the_command_line_itself() {
    let dir = tempfile::tempdir().unwrap();
    for (shell, mark) in [
        ("bash", "_orgplan()"),
        ("zsh", "#compdef orgplan"),
        ("fish", "complete -c orgplan"),
    ] {
        let output = run(&["completions", shell], dir.path());
        assert!(output.status.success(), "{shell}");
        let text = String::from_utf8(output.stdout).unwrap();
        assert!(text.contains(mark), "{shell}: {text}");
        assert!(
            text.contains("skip-bad-rows"),
            "{shell} completes import's options"
        );
    }
    let output = run(&["man", "-o", "man"], dir.path());
    assert!(output.status.success());
    let page = std::fs::read_to_string(dir.path().join("man/orgplan.1")).unwrap();
    assert!(page.contains(".TH orgplan 1"), "{page}");
    let import = std::fs::read_to_string(dir.path().join("man/orgplan-import.1")).unwrap();
    assert!(import.contains("skip\\-bad\\-rows"), "{import}");
    assert!(
        !dir.path().join("man/orgplan-man.1").exists(),
        "the hidden command has no page"
    );
}
