//! Files too large or too deep to read are refused before they fill the memory or the stack,
//! with a message that says what the limit is: a 1-GB plan file, a plan nested a million levels
//! deep, a CSV and a staff list of ten million rows, a 300-MB staff list.

use std::path::Path;

use orgplan::io::limits::{MAX_PLAN_BYTES, MAX_ROWS, MAX_TABLE_BYTES};
use orgplan::io::{LoadErrorKind, load_bytes};

use crate::cli::run;

/// A file of `size` bytes that takes no room on disk (a hole): only its size is real.
fn sparse(path: &Path, size: u64) {
    let file = std::fs::File::create(path).expect("a file");
    file.set_len(size).expect("a size");
}

/// `orgplan --lang en` with `args` in `dir`: its exit status and standard error.
fn refused(args: &[&str], dir: &Path) -> String {
    let output = run(&[&["--lang", "en"][..], args].concat(), dir);
    assert!(!output.status.success(), "{args:?} succeeded");
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn a_plan_file_of_a_gigabyte_is_refused_from_its_size() {
    let dir = tempfile::tempdir().expect("a folder");
    sparse(&dir.path().join("huge.orgplan"), 1 << 30);
    let err = refused(&["check", "huge.orgplan"], dir.path());
    assert!(
        err.contains("the file is 1024 MB; orgplan reads files of at most 256 MB"),
        "{err}"
    );
    assert_eq!(MAX_PLAN_BYTES, 256 << 20);
}

#[test]
fn a_plan_nested_a_million_levels_deep_is_refused_without_a_stack_overflow() {
    let depth = 1_000_000;
    for (open, close) in [("[", "]"), ("(", ")"), ("{", "}"), ("Some(", ")")] {
        let deep = format!("{}{}", open.repeat(depth), close.repeat(depth));
        // Where a list of scenarios belongs, and in a field orgplan does not know, whose value
        // the parser has to walk through to skip it.
        for text in [
            format!("(version: 1, name: (fi: \"x\"), scenarios: {deep})"),
            format!("(version: 1, name: (fi: \"x\"), extra: {deep}, scenarios: [])"),
        ] {
            let error =
                load_bytes(text.as_bytes(), Path::new("deep.orgplan")).expect_err("refused");
            assert!(
                matches!(error.kind.as_ref(), LoadErrorKind::Syntax { .. }),
                "{open}: {error:?}"
            );
        }
    }
}

#[test]
fn tables_of_ten_million_rows_are_refused_before_they_are_read() {
    let dir = tempfile::tempdir().expect("a folder");
    let rows = 10_000_000;
    // orgplan's own CSV: the header, then ten million short rows.
    let mut csv = b"id,parent,kind,name\n".to_vec();
    csv.extend(b"x\n".repeat(rows));
    std::fs::write(dir.path().join("huge.csv"), &csv).expect("written");
    let err = refused(&["check", "huge.csv"], dir.path());
    assert!(
        err.contains("the file has more than 1000000 rows; orgplan reads at most 1000000"),
        "{err}"
    );
    // A staff list as HR exports it.
    let mut list = b"Henkilonumero;Nimike;Yksikko\n".to_vec();
    list.extend(b"1;a;b\n".repeat(rows));
    std::fs::write(dir.path().join("staff.txt"), &list).expect("written");
    let err = refused(&["import", "staff.txt", "-o", "out.orgplan"], dir.path());
    assert!(err.contains("more than 1000000 rows"), "{err}");
    assert_eq!(MAX_ROWS, 1_000_000);
}

#[test]
fn a_staff_list_larger_than_the_limit_is_refused_from_its_size() {
    let dir = tempfile::tempdir().expect("a folder");
    sparse(&dir.path().join("staff.xlsx"), MAX_TABLE_BYTES + 1);
    let err = refused(&["import", "staff.xlsx", "-o", "out.orgplan"], dir.path());
    assert!(
        err.contains("staff.xlsx: the file is 257 MB; orgplan reads files of at most 256 MB"),
        "{err}"
    );
    sparse(&dir.path().join("plan.csv"), 300 << 20);
    let err = refused(&["check", "plan.csv"], dir.path());
    assert!(err.contains("the file is 300 MB"), "{err}");
}
