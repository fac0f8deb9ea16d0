//! Saving under SIGKILL: orgplan saves a large plan over an older one and is killed at random
//! moments, most of them while the file is being written; the file on disk is then always the
//! old plan or the new one, byte for byte, never a mixture or a part, and a later save clears
//! what killed ones left beside it long ago.
//!
//! The normal run kills a few saves; the long run kills a thousand:
//!
//! ```text
//! KILLS=1000 cargo test --test all kill_save -- --ignored --nocapture
//! ```

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How the saves' temporary files start.
const STAGING: &str = ".orgplan-save-";

fn orgplan(args: &[&str], dir: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_orgplan"));
    command
        .args(args)
        .current_dir(dir)
        .env("LANG", "C")
        .env("LC_ALL", "C")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    command
}

/// Whether a save has begun writing in `dir`: its temporary file is there.
fn writing(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|entries| {
        entries
            .flatten()
            .any(|e| e.file_name().to_string_lossy().starts_with(STAGING))
    })
}

/// A small generator for the moments: the same run, the same kills.
fn next(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

/// Removes what killed saves left in `dir`, so that the next one's start is seen.
fn clear_leftovers(dir: &Path) {
    for entry in std::fs::read_dir(dir).expect("the folder").flatten() {
        if entry.file_name().to_string_lossy().starts_with(STAGING) {
            std::fs::remove_file(entry.path()).expect("removed");
        }
    }
}

/// Kills the child with SIGKILL and waits for it.
fn kill(child: &mut Child) {
    // Already finished is fine: then the save was complete.
    child.kill().ok();
    child.wait().ok();
}

/// Saves the new plan over the old `kills` times, each killed at a random moment: a third of
/// them anywhere in the run, the rest a random while after the save began writing.
fn kill_saves(kills: usize) {
    let dir = tempfile::tempdir().expect("a folder");
    let dir = dir.path();
    let nodes = "20000";
    // The old plan and the new one: two different organisations of the same size.
    for (seed, name) in [("1", "old.orgplan"), ("2", "new.orgplan")] {
        let made = orgplan(
            &["generate", "--nodes", nodes, "--seed", seed, "-o", name],
            dir,
        )
        .status()
        .expect("orgplan runs");
        assert!(made.success());
    }
    let old = std::fs::read(dir.join("old.orgplan")).expect("the old plan");
    let new = std::fs::read(dir.join("new.orgplan")).expect("the new plan");
    assert_ne!(old, new);
    assert!(new.len() > 2_000_000, "{} bytes", new.len());
    // How long a whole save takes, and how long after it starts writing it ends.
    std::fs::write(dir.join("plan.orgplan"), &old).expect("the old plan in place");
    let save = [
        "generate",
        "--nodes",
        nodes,
        "--seed",
        "2",
        "-o",
        "plan.orgplan",
    ];
    let start = Instant::now();
    let mut child = orgplan(&save, dir).spawn().expect("orgplan runs");
    let mut began = None;
    while child.try_wait().ok().flatten().is_none() {
        if began.is_none() && writing(dir) {
            began = Some(start.elapsed());
        }
        std::thread::sleep(Duration::from_micros(200));
    }
    let whole = start.elapsed();
    let writing_for = whole.saturating_sub(began.unwrap_or(whole / 2));
    assert_eq!(
        std::fs::read(dir.join("plan.orgplan")).ok(),
        Some(new.clone())
    );
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let (mut kept_old, mut got_new) = (0, 0);
    for k in 0..kills {
        clear_leftovers(dir);
        std::fs::write(dir.join("plan.orgplan"), &old).expect("the old plan in place");
        let mut child = orgplan(&save, dir).spawn().expect("orgplan runs");
        let fraction = (next(&mut state) % 1_000) as u32;
        if k % 3 == 0 {
            std::thread::sleep(whole * fraction / 1_000);
        } else {
            let started = Instant::now();
            while !writing(dir) && started.elapsed() < whole * 3 {
                std::thread::sleep(Duration::from_micros(100));
            }
            // Up to a little past the save's usual end: the rename and what follows it.
            std::thread::sleep(writing_for * 6 / 5 * fraction / 1_000);
        }
        kill(&mut child);
        let on_disk = std::fs::read(dir.join("plan.orgplan")).expect("the file is there");
        if on_disk == old {
            kept_old += 1;
        } else if on_disk == new {
            got_new += 1;
        } else {
            panic!(
                "kill {k}: the file is neither plan ({} bytes, old {}, new {})",
                on_disk.len(),
                old.len(),
                new.len()
            );
        }
    }
    println!("{kills} kills while saving: {kept_old} left the old plan, {got_new} the new one");
    // The next save clears what killed saves left long ago (of a process id no system gives
    // out), and leaves what may still be a save under way: a file written just now, or one of
    // a process that runs (this one).
    clear_leftovers(dir);
    let an_hour_ago = std::time::SystemTime::now() - Duration::from_secs(3_600);
    let leftover = |name: String, old: bool| {
        let path = dir.join(name);
        std::fs::write(&path, b"half").expect("written");
        if old {
            let file = std::fs::File::options()
                .write(true)
                .open(&path)
                .expect("open");
            file.set_modified(an_hour_ago).expect("dated");
        }
        path
    };
    let stale = leftover(format!("{STAGING}4194305-x1y2z3.tmp"), true);
    let fresh = leftover(format!("{STAGING}4194305-a1b2c3.tmp"), false);
    let running = leftover(format!("{STAGING}{}-d4e5f6.tmp", std::process::id()), true);
    let saved = orgplan(&save, dir).status().expect("orgplan runs");
    assert!(saved.success());
    assert!(
        !stale.exists(),
        "a killed save's old temporary file was left"
    );
    assert!(
        fresh.exists() && running.exists(),
        "a save that may run was swept"
    );
    assert_eq!(std::fs::read(dir.join("plan.orgplan")).ok(), Some(new));
}

#[test]
fn a_save_killed_at_random_leaves_the_old_plan_or_the_new_one() {
    kill_saves(6);
}

#[test]
#[ignore = "long: KILLS=1000 cargo test --test all kill_save -- --ignored"]
fn a_thousand_saves_killed_at_random_leave_the_old_plan_or_the_new_one() {
    let kills = std::env::var("KILLS")
        .ok()
        .and_then(|k| k.parse().ok())
        .unwrap_or(1_000);
    kill_saves(kills);
}
