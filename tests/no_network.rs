//! orgplan opens no network connection: fonts, icons and help are bundled. Every command that
//! reads or writes files runs under `strace`, which lists each socket it opens: there is none.
//! (The window opens local sockets only, to the display and the session bus; README,
//! "Reliability", shows the check.)

use std::process::Command;

/// The commands traced, after `orgplan --lang fi`.
const COMMANDS: &[&[&str]] = &[
    &["example", "-o", "k.orgplan"],
    &["check", "k.orgplan"],
    &["export", "k.orgplan", "--format", "pdf", "-o", "c.pdf"],
    &["export", "k.orgplan", "--format", "png", "-o", "c.png"],
    &["pack", "k.orgplan", "--to", "decided", "-o", "p.html"],
    &["pack", "k.orgplan", "--to", "decided", "-o", "p.docx"],
    &["table", "k.orgplan", "-o", "t.xlsx"],
    &["import", "t.xlsx", "-o", "i.orgplan"],
    &["diff", "k.orgplan", "--from", "baseline", "--to", "decided"],
    &[
        "merge",
        "k.orgplan",
        "k.orgplan",
        "i.orgplan",
        "-o",
        "m.orgplan",
    ],
];

#[test]
fn no_command_opens_a_socket() {
    let strace = Command::new("strace").arg("-V").output();
    assert!(
        strace.is_ok_and(|o| o.status.success()),
        "this test needs strace (Debian: apt-get install strace)"
    );
    // Where tracing is forbidden (a container without ptrace), strace runs nothing: say so.
    let probe = Command::new("strace")
        .args(["-qq", "-e", "trace=none", "true"])
        .output()
        .expect("strace runs");
    if !probe.status.success() {
        eprintln!(
            "strace may not trace here: {}",
            String::from_utf8_lossy(&probe.stderr)
        );
        return;
    }
    let dir = tempfile::tempdir().expect("a folder");
    for args in COMMANDS {
        let trace = dir.path().join("trace.txt");
        let ran = Command::new("strace")
            .args([
                "-f",
                "-qq",
                "-e",
                "trace=socket,connect,sendto,sendmsg",
                "-o",
            ])
            .arg(&trace)
            .arg(env!("CARGO_BIN_EXE_orgplan"))
            .args(["--lang", "fi"])
            .args(*args)
            .current_dir(dir.path())
            .env("LANG", "C")
            .output()
            .expect("strace runs");
        // A merge with conflicts exits 1; what matters is what it opened.
        assert!(
            ran.status.code().is_some_and(|c| c <= 1),
            "{args:?}: {ran:?}"
        );
        let calls = std::fs::read_to_string(&trace).expect("the trace");
        assert!(calls.trim().is_empty(), "{args:?} opened sockets:\n{calls}");
    }
}
