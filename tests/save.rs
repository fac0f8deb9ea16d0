//! Saving: deterministic bytes, atomic replacement, and a failed save that leaves the old file.

#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

use std::os::unix::fs::PermissionsExt as _;

use orgplan::examples::{self, Example};
use orgplan::i18n::Lang;
use orgplan::io::{load_file, save_file, to_ron};

#[test]
fn saving_twice_gives_identical_bytes_and_leaves_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("plan.ron");
    let plan = examples::load(Example::Kouvola).unwrap();
    save_file(&plan, &target).unwrap();
    let first = std::fs::read(&target).unwrap();
    let reloaded = load_file(&target).unwrap();
    save_file(&reloaded, &target).unwrap();
    assert_eq!(std::fs::read(&target).unwrap(), first);
    assert_eq!(to_ron(&plan).unwrap().as_bytes(), first.as_slice());
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from("plan.ron")]);
}

#[test]
fn a_save_into_a_missing_folder_fails_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("no-such-folder").join("plan.ron");
    let plan = examples::load(Example::Kouvola).unwrap();
    let error = save_file(&plan, &target).unwrap_err();
    let message = error.message(Lang::En);
    assert!(message.contains("no-such-folder"), "{message}");
    assert!(message.contains("as it was"), "{message}");
    assert!(
        error.message(Lang::Fi).contains("ennallaan"),
        "{}",
        error.message(Lang::Fi)
    );
}

#[test]
fn a_failed_replace_keeps_what_was_there() {
    // The target is a folder with a file in it: the final rename fails after the temporary file
    // was written, and both the folder and its file stay as they were.
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("plan.ron");
    std::fs::create_dir(&target).unwrap();
    std::fs::write(target.join("keep.txt"), "keep").unwrap();
    let plan = examples::load(Example::Kouvola).unwrap();
    assert!(save_file(&plan, &target).is_err());
    assert_eq!(
        std::fs::read_to_string(target.join("keep.txt")).unwrap(),
        "keep"
    );
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        names.len(),
        1,
        "a temporary file was left behind: {names:?}"
    );
}

#[test]
fn a_read_only_folder_keeps_the_old_file() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("plan.ron");
    std::fs::write(&target, "old contents").unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
    // Root ignores permissions: then the folder is not read-only to us and the case cannot arise.
    let probe = dir.path().join("probe");
    if std::fs::write(&probe, "x").is_ok() {
        std::fs::remove_file(&probe).unwrap();
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        eprintln!("running as root: read-only folders cannot be simulated, case skipped");
        return;
    }
    let plan = examples::load(Example::Kouvola).unwrap();
    let error = save_file(&plan, &target).unwrap_err();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    assert!(error.message(Lang::En).contains("as it was"));
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "old contents");
}

#[test]
fn a_redacted_plan_holds_no_personal_data() {
    for example in Example::ALL {
        let plan = examples::load(example).unwrap();
        let personal = plan.personal_strings();
        assert!(
            personal.len() >= 2,
            "{example:?} has no personal data to redact"
        );
        let redacted = plan.redacted();
        assert!(redacted.personal_strings().is_empty());
        let text = to_ron(&redacted).unwrap();
        for value in personal {
            assert!(!text.contains(&value), "{value} survived redaction");
        }
        // Titles stay: the redacted chart still says which post is which.
        assert!(
            [
                "kasvatus- ja opetusjohtaja",
                "sivistysjohtaja",
                "förvaltningschef"
            ]
            .iter()
            .any(|title| text.contains(title))
        );
    }
}

#[test]
fn a_saved_file_is_readable_by_others_and_keeps_its_permissions() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("plan.ron");
    let plan = examples::load(Example::Kouvola).unwrap();
    save_file(&plan, &target).unwrap();
    let mode = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o644);
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o664)).unwrap();
    save_file(&plan, &target).unwrap();
    let mode = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o664);
}
