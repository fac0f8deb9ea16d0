//! Never lose work: the recovery file a crashed window leaves is offered at the next start,
//! and the settings the window remembers between runs.

use std::collections::HashMap;

use egui::Modifiers;
use egui_kittest::kittest::Queryable as _;
use orgplan::app::OrgplanApp;
use orgplan::app::dialogs::ScriptedDialogs;
use orgplan::app::settings::{RECENT, Settings};
use orgplan::examples::{Example, load};
use orgplan::i18n::Lang;
use orgplan::io::recovery::Recovery;

use crate::gui::app_with;

#[test]
fn a_recovery_file_is_written_read_back_and_offered_only_to_other_sessions() {
    let dir = tempfile::tempdir().unwrap();
    let plan = load(Example::Kouvola).unwrap();
    let first = Recovery::new(dir.path().to_owned(), "first");
    let source = dir.path().join("mine.ron");
    first.write(&plan, Some(&source)).unwrap();
    assert!(
        first.found().is_empty(),
        "a session is not offered its own file"
    );
    let second = Recovery::new(dir.path().to_owned(), "second");
    let found = second.found();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].source.as_deref(), Some(source.as_path()));
    let restored = Recovery::restore(&found[0]).unwrap();
    assert_eq!(restored.scenarios(), plan.scenarios());
    // The user's own file was never written.
    assert!(!source.exists());
    first.clear();
    assert!(second.found().is_empty());
}

/// The permissions of `path` (the lower nine bits).
#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// A recovery file holds the plan's names and posts: it and its folder are the user's alone,
/// also when the folder was there, open to others, before; it is gone once cleared.
#[cfg(unix)]
#[test]
fn recovery_files_are_readable_by_the_user_alone() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("recovery");
    std::fs::create_dir(&folder).unwrap();
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).unwrap();
    let plan = load(Example::Kouvola).unwrap();
    let recovery = Recovery::new(folder.clone(), "one");
    recovery.write(&plan, None).unwrap();
    assert_eq!(mode(&folder), 0o700);
    assert_eq!(mode(&recovery.file()), 0o600);
    assert_eq!(mode(&recovery.file().with_extension("source")), 0o600);
    // Written again over a file someone opened up, it is private again.
    std::fs::set_permissions(recovery.file(), std::fs::Permissions::from_mode(0o644)).unwrap();
    recovery.write(&plan, None).unwrap();
    assert_eq!(mode(&recovery.file()), 0o600);
    recovery.clear();
    assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 0);
    // The settings' folder the same way.
    let settings = dir.path().join("data").join("orgplan");
    orgplan::io::private_dir(&settings).unwrap();
    assert_eq!(mode(&settings), 0o700);
}

#[test]
fn after_a_crash_the_next_start_offers_the_autosaved_work() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_with(ScriptedDialogs::default(), Lang::En)
        .with_recovery(Recovery::new(dir.path().to_owned(), "crashed"));
    let mut harness = crate::gui::harness(app);
    harness.get_by_label("Early childhood education").click();
    harness.run();
    let before = harness.state().scenario().len();
    // Ten edits: the tenth writes the recovery file.
    for _ in 0..10 {
        harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Enter);
        harness.run();
    }
    assert_eq!(harness.state().scenario().len(), before + 10);
    let file = Recovery::new(dir.path().to_owned(), "crashed").file();
    assert!(file.exists(), "no recovery file after ten edits");
    // The window dies without closing: nothing cleans up.
    drop(harness);

    let app = app_with(ScriptedDialogs::default(), Lang::En)
        .with_recovery(Recovery::new(dir.path().to_owned(), "next"));
    assert_eq!(app.recovery_offer().len(), 1);
    let mut harness = crate::gui::harness(app);
    harness.get_by_label("Restore unsaved work?");
    harness.get_by_label("Restore").click();
    harness.run();
    assert_eq!(harness.state().scenario().len(), before + 10);
    assert!(
        harness.state().unsaved(),
        "restored work must count as unsaved"
    );
    assert!(harness.state().window_title().contains('*'));
    assert!(!file.exists(), "the crashed session's file is taken over");
}

/// Where the killed window's test keeps its recovery file (set for the child process only).
const CHILD_DIR: &str = "ORGPLAN_TEST_RECOVERY_DIR";

/// The window the next test kills: ten edits (the tenth writes the recovery file), the plan
/// they made written beside it for the parent to compare with, then it waits to be killed.
#[test]
#[ignore = "run as a child process by the test below, which kills it"]
fn a_window_that_edits_and_waits_to_be_killed() {
    let Some(dir) = std::env::var_os(CHILD_DIR) else {
        return;
    };
    let dir = std::path::PathBuf::from(dir);
    let app = app_with(ScriptedDialogs::default(), Lang::En)
        .with_recovery(Recovery::new(dir.clone(), "killed"));
    let mut harness = crate::gui::harness(app);
    harness.get_by_label("Early childhood education").click();
    harness.run();
    for _ in 0..10 {
        harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Enter);
        harness.run();
    }
    let made = orgplan::io::to_ron(harness.state().plan()).unwrap();
    // Whole or not at all: the parent kills this process as soon as the file is there.
    orgplan::io::write_atomically(&dir.join("expected.txt"), made.as_bytes()).unwrap();
    std::thread::sleep(std::time::Duration::from_secs(120));
}

/// A window process killed with SIGKILL in the middle of its work: the next start offers what
/// it autosaved (its process is gone), and restores it exactly, byte for byte in the file.
#[test]
fn a_killed_windows_work_is_offered_and_restored_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "recovery::a_window_that_edits_and_waits_to_be_killed",
            "--exact",
            "--ignored",
            "--test-threads=1",
        ])
        .env(CHILD_DIR, dir.path())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let expected = dir.path().join("expected.txt");
    let start = std::time::Instant::now();
    while !expected.exists() && start.elapsed() < std::time::Duration::from_secs(90) {
        assert!(
            child.try_wait().unwrap().is_none(),
            "the window ended by itself"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    // Killed while it runs: nothing of its own cleans up.
    child.kill().unwrap();
    child.wait().unwrap();
    let expected = std::fs::read_to_string(&expected).unwrap();
    let app = app_with(ScriptedDialogs::default(), Lang::En)
        .with_recovery(Recovery::new(dir.path().to_owned(), "next"));
    assert_eq!(
        app.recovery_offer().len(),
        1,
        "the killed window's work is offered"
    );
    let mut harness = crate::gui::harness(app);
    harness.get_by_label("Restore").click();
    harness.run();
    assert_eq!(
        orgplan::io::to_ron(harness.state().plan()).unwrap(),
        expected
    );
    assert!(harness.state().unsaved());
}

#[test]
fn saving_removes_the_recovery_file_and_discard_deletes_an_offer() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("plan.ron");
    let dialogs = ScriptedDialogs {
        save: vec![target.clone()],
        ..ScriptedDialogs::default()
    };
    let recovery_dir = dir.path().join("recovery");
    let app = app_with(dialogs, Lang::En).with_recovery(Recovery::new(recovery_dir.clone(), "one"));
    let mut harness = crate::gui::harness(app);
    harness.get_by_label("Early childhood education").click();
    harness.run();
    for _ in 0..10 {
        harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Enter);
        harness.run();
    }
    let file = Recovery::new(recovery_dir.clone(), "one").file();
    assert!(file.exists());
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::S);
    harness.run();
    assert!(target.exists());
    assert!(!file.exists(), "saved work needs no recovery file");

    // An offer discarded is gone for good.
    Recovery::new(recovery_dir.clone(), "two")
        .write(&load(Example::Kouvola).unwrap(), None)
        .unwrap();
    let app = app_with(ScriptedDialogs::default(), Lang::En)
        .with_recovery(Recovery::new(recovery_dir.clone(), "three"));
    let mut harness = crate::gui::harness(app);
    harness.get_by_label("Discard").click();
    harness.run();
    assert!(harness.state().recovery_offer().is_empty());
    assert!(Recovery::new(recovery_dir, "four").found().is_empty());
}

/// eframe's storage, in memory.
#[derive(Default)]
struct Memory(HashMap<String, String>);

impl eframe::Storage for Memory {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[test]
fn the_language_recent_files_and_compact_leaves_are_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plan.ron");
    orgplan::io::save_file(&load(Example::Kouvola).unwrap(), &file).unwrap();
    let dialogs = ScriptedDialogs {
        open: vec![file.clone()],
        ..ScriptedDialogs::default()
    };
    let mut harness = crate::gui::harness(app_with(dialogs, Lang::En));
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::O);
    harness.run();
    harness.get_by_label("Language").click();
    harness.run();
    harness.get_by_label("Svenska").click();
    harness.run();
    harness.get_by_label("Rutorna visar").click();
    harness.run();
    harness
        .get_by_label("långa rader av tjänster i kolumner")
        .click();
    harness.run();
    harness.get_by_label("Tema").click();
    harness.run();
    harness.get_by_label("Ljust").click();
    harness.run();
    assert_eq!(harness.ctx.theme(), egui::Theme::Light);
    let mut storage = Memory::default();
    eframe::App::save(harness.state_mut(), &mut storage);
    let text = eframe::Storage::get_string(&storage, orgplan::app::settings::KEY).unwrap();
    let settings = Settings::from_ron(&text);
    assert_eq!(settings.lang, Some(Lang::Sv));
    assert_eq!(settings.recent, vec![file.clone()]);
    assert!(!settings.compact_leaves);
    assert_eq!(settings.theme, orgplan::app::settings::Theme::Light);

    // The next run starts with them, and File > Recent files opens the file again.
    let app = OrgplanApp::new(
        load(Example::ManttaVilppula).unwrap(),
        None,
        Lang::Sv,
        Box::new(ScriptedDialogs::default()),
    )
    .with_settings(settings);
    let mut harness = crate::gui::harness(app);
    harness.get_by_label("Arkiv").click();
    harness.run();
    harness.get_by_label("Senaste filer").click();
    harness.run();
    harness.get_by_label(&file.display().to_string()).click();
    harness.run();
    assert_eq!(harness.state().path(), Some(file.as_path()));
}

#[test]
fn settings_survive_damage_and_keep_a_short_recent_list() {
    assert_eq!(Settings::from_ron("this is not RON"), Settings::default());
    let mut settings = Settings::default();
    for k in 0..RECENT + 3 {
        settings.remember(std::path::Path::new(&format!("/plans/{k}.ron")));
    }
    settings.remember(std::path::Path::new("/plans/5.ron"));
    assert_eq!(settings.recent.len(), RECENT);
    assert_eq!(settings.recent[0], std::path::Path::new("/plans/5.ron"));
    assert_eq!(
        settings
            .recent
            .iter()
            .filter(|p| p.ends_with("5.ron"))
            .count(),
        1
    );
    assert_eq!(Settings::from_ron(&settings.to_ron()), settings);
}
