//! Damaged plan files: each is refused with the right kind of error, at the right line and column, with a message that says what was expected.
#![allow(clippy::unwrap_used)]

use std::borrow::Borrow as _;
use std::path::Path;

use orgplan::i18n::Lang;
use orgplan::io::{Expected, LoadError, LoadErrorKind, load_bytes, load_file, load_str};
use orgplan::model::NodeId;

/// The kind of an error, whether `LoadError::kind` is boxed or not.
fn kind_of(err: &LoadError) -> &LoadErrorKind {
    err.kind.borrow()
}

/// A damaged file and what loading it must say.
struct Case {
    /// What is wrong, for failure messages.
    name: &'static str,
    /// The file's bytes.
    bytes: &'static [u8],
    /// The 1-based line and column the error must point at.
    at: (usize, usize),
    /// Whether the error is of the right kind.
    kind: fn(&LoadErrorKind) -> bool,
    /// Words the English message must contain (what was expected, or what is wrong).
    phrases: &'static [&'static str],
}

/// A small valid plan (10 lines); the damaged files below are variations of it.
const GOOD: &str = r#"(
  version: 1,
  scenarios: [(
    id: "baseline",
    nodes: [
      (id: "org", kind: Organisation, name: (fi: "Org")),
      (id: "u1", kind: Unit, name: (fi: "Y"), part_of: "org"),
    ],
  )],
)"#;

fn is_syntax(kind: &LoadErrorKind, want: fn(&Expected) -> bool) -> bool {
    matches!(kind, LoadErrorKind::Syntax { expected, .. } if want(expected))
}

const CASES: &[Case] = &[
    Case {
        name: "unknown field on a node",
        bytes: br#"(
  version: 1,
  scenarios: [(
    id: "baseline",
    nodes: [
      (id: "org", kind: Organisation, name: (fi: "Org")),
      (id: "u1", kind: Unit, name: (fi: "Y"), colour: "red"),
    ],
  )],
)"#,
        at: (7, 47),
        kind: |k| {
            is_syntax(k, |e| {
                matches!(e, Expected::KnownField { found, allowed }
                    if found == "colour" && allowed.iter().any(|a| a == "part_of"))
            })
        },
        phrases: &["expected one of the fields", "`part_of`", "not “colour”"],
    },
    Case {
        name: "unknown node kind",
        bytes: br#"(
  version: 1,
  scenarios: [(
    id: "baseline",
    nodes: [
      (id: "org", kind: Organisation, name: (fi: "Org")),
      (id: "u1", kind: Squad, name: (fi: "Y")),
    ],
  )],
)"#,
        at: (7, 24),
        kind: |k| {
            is_syntax(
                k,
                |e| matches!(e, Expected::KnownValue { found, .. } if found == "Squad"),
            )
        },
        phrases: &["expected one of", "`Unit`", "not “Squad”"],
    },
    Case {
        name: "node without its kind",
        bytes: br#"(
  version: 1,
  scenarios: [(
    id: "baseline",
    nodes: [
      (id: "org", kind: Organisation, name: (fi: "Org")),
      (id: "u1", name: (fi: "Y")),
    ],
  )],
)"#,
        // At the node's closing parenthesis, where the field was still expected.
        at: (7, 33),
        kind: |k| is_syntax(k, |e| matches!(e, Expected::Field(f) if f == "kind")),
        phrases: &["expected the field “kind”, which is missing"],
    },
    Case {
        name: "duplicate node id within a scenario",
        bytes: br#"(
  version: 1,
  scenarios: [(
    id: "baseline",
    nodes: [
      (id: "org", kind: Organisation, name: (fi: "Org")),
      (id: "org", kind: Unit, name: (fi: "Y")),
    ],
  )],
)"#,
        at: (7, 12),
        kind: |k| {
            matches!(k, LoadErrorKind::DuplicateId { scenario, id }
                if scenario == "baseline" && id == "org")
        },
        phrases: &[
            "scenario “baseline”: two nodes have the id “org”",
            "expected each id once per scenario",
        ],
    },
    Case {
        name: "duplicate node id in the second scenario, after the same id in the first",
        bytes: br#"(
  version: 1,
  scenarios: [
    (id: "baseline", nodes: [(id: "org", kind: Organisation, name: (fi: "Org"))]),
    (id: "alt", nodes: [
      (id: "org", kind: Organisation, name: (fi: "Org")),
      (id: "org", kind: Unit, name: (fi: "Y")),
    ]),
  ],
)"#,
        at: (7, 12),
        kind: |k| {
            matches!(k, LoadErrorKind::DuplicateId { scenario, id }
                if scenario == "alt" && id == "org")
        },
        phrases: &["scenario “alt”: two nodes have the id “org”"],
    },
    Case {
        name: "part_of a missing node",
        bytes: br#"(
  version: 1,
  scenarios: [(
    id: "baseline",
    nodes: [
      (id: "org", kind: Organisation, name: (fi: "Org")),
      (id: "u1", kind: Unit, name: (fi: "Y"), part_of: "nope"),
    ],
  )],
)"#,
        at: (7, 56),
        kind: |k| {
            matches!(k, LoadErrorKind::MissingTarget { scenario, node, relation, target }
                if scenario == "baseline" && node == "u1" && *relation == "part_of" && target == "nope")
        },
        phrases: &[
            "node “u1” has part_of “nope”, but there is no such node",
            "expected the id of an existing node",
        ],
    },
    Case {
        name: "reports_to a missing node",
        bytes: br#"(
  version: 1,
  scenarios: [(
    id: "baseline",
    nodes: [
      (id: "org", kind: Organisation, name: (fi: "Org")),
      (id: "p1", kind: Position, title: (fi: "T"), reports_to: ["nope"]),
    ],
  )],
)"#,
        at: (7, 65),
        kind: |k| {
            matches!(k, LoadErrorKind::MissingTarget { node, relation, target, .. }
                if node == "p1" && *relation == "reports_to" && target == "nope")
        },
        phrases: &[
            "node “p1” has reports_to “nope”",
            "expected the id of an existing node",
        ],
    },
    Case {
        name: "future version",
        bytes: br#"(
  version: 99,
  scenarios: [(
    id: "baseline",
    nodes: [
      (id: "org", kind: Organisation, name: (fi: "Org")),
    ],
  )],
)"#,
        at: (2, 3),
        kind: |k| {
            matches!(k, LoadErrorKind::FutureVersion { found: 99, supported }
                if *supported == orgplan::io::FORMAT_VERSION)
        },
        phrases: &["from a newer orgplan", "format version 99", "reads up to 1"],
    },
    Case {
        name: "future version with fields this version does not know",
        bytes: br#"(
  version: 2,
  departments: [],
  scenarios: [],
)"#,
        at: (2, 3),
        kind: |k| matches!(k, LoadErrorKind::FutureVersion { found: 2, .. }),
        phrases: &["from a newer orgplan", "format version 2"],
    },
    Case {
        name: "version 0",
        bytes: br#"(
  version: 0,
  scenarios: [(
    id: "baseline",
    nodes: [
      (id: "org", kind: Organisation, name: (fi: "Org")),
    ],
  )],
)"#,
        at: (2, 3),
        kind: |k| matches!(k, LoadErrorKind::BadVersion(0)),
        phrases: &["format version 0 does not exist; expected 1"],
    },
    Case {
        name: "empty file",
        bytes: b"",
        at: (1, 1),
        kind: |k| matches!(k, LoadErrorKind::Empty),
        phrases: &["the file is empty; expected a plan starting with “(”"],
    },
    Case {
        name: "whitespace only",
        bytes: b"  \n\t\n   \n",
        at: (1, 1),
        kind: |k| matches!(k, LoadErrorKind::Empty),
        phrases: &["the file is empty; expected a plan"],
    },
    Case {
        name: "invalid UTF-8 after a few valid lines",
        bytes: b"(\n  version: 1,\n  scen\xff\xfe\x00\x01garbage\n",
        at: (3, 7),
        kind: |k| matches!(k, LoadErrorKind::NotText),
        phrases: &["not a text file (not UTF-8); expected an orgplan plan file"],
    },
    Case {
        name: "control characters (valid UTF-8 garbage)",
        bytes: b"\x00\x01xyz",
        at: (1, 1),
        kind: |k| is_syntax(k, |e| matches!(e, Expected::Structure)),
        phrases: &["expected a structure in parentheses"],
    },
    Case {
        name: "duplicate scenario id",
        bytes: br#"(
  version: 1,
  scenarios: [
    (id: "baseline", nodes: [(id: "org", kind: Organisation, name: (fi: "Org"))]),
    (id: "baseline", nodes: []),
  ],
)"#,
        at: (5, 10),
        kind: |k| matches!(k, LoadErrorKind::DuplicateScenario(id) if id == "baseline"),
        phrases: &["two scenarios have the id “baseline”; expected each id once"],
    },
    Case {
        name: "duplicate task id within a scenario",
        bytes: br#"(
  version: 1,
  scenarios: [(
    id: "baseline",
    nodes: [
      (id: "org", kind: Organisation, name: (fi: "Org")),
      (id: "u1", kind: Unit, name: (fi: "Y"), tasks: [(id: "t1", name: (fi: "T"))]),
      (id: "u2", kind: Unit, name: (fi: "Z"), tasks: [(id: "t1", name: (fi: "T"))]),
    ],
  )],
)"#,
        at: (8, 60),
        kind: |k| {
            matches!(k, LoadErrorKind::DuplicateTask { scenario, id }
                if scenario == "baseline" && id == "t1")
        },
        phrases: &["two tasks have the id “t1”; expected each task id once per scenario"],
    },
    Case {
        name: "negative fte",
        bytes: br#"(
  version: 1,
  scenarios: [(
    id: "baseline",
    nodes: [
      (id: "org", kind: Organisation, name: (fi: "Org")),
      (id: "p1", kind: Position, title: (fi: "T"), fte: -0.5),
    ],
  )],
)"#,
        at: (7, 52),
        kind: |k| {
            matches!(k, LoadErrorKind::BadNumber { node, field }
                if node == "p1" && *field == "fte")
        },
        phrases: &["node “p1”: fte must be a number that is zero or more"],
    },
    Case {
        name: "node with neither name nor title",
        bytes: br#"(
  version: 1,
  scenarios: [(
    id: "baseline",
    nodes: [
      (id: "org", kind: Organisation, name: (fi: "Org")),
      (id: "u1", kind: Unit),
    ],
  )],
)"#,
        at: (7, 12),
        kind: |k| {
            matches!(k, LoadErrorKind::NoName { scenario, node }
                if scenario == "baseline" && node == "u1")
        },
        phrases: &["node “u1” has neither a name nor a title; expected at least one"],
    },
    Case {
        name: "a unit that reports to a post",
        bytes: br#"(
  version: 1,
  scenarios: [(
    id: "baseline",
    nodes: [
      (id: "org", kind: Organisation, name: (fi: "Org")),
      (id: "p1", kind: Position, title: (fi: "T"), part_of: "org"),
      (id: "u1", kind: Unit, name: (fi: "Y"), reports_to: ["p1"]),
    ],
  )],
)"#,
        at: (8, 47),
        kind: |k| {
            matches!(k, LoadErrorKind::InvalidRelation { scenario, problem: orgplan::model::CommandError::InvalidRelation(..) }
                if scenario == "baseline")
        },
        phrases: &["scenario “baseline”: A unit cannot have the relation “reports to” to a post"],
    },
    Case {
        name: "a post that reports to itself",
        bytes: br#"(
  version: 1,
  scenarios: [(
    id: "baseline",
    nodes: [
      (id: "org", kind: Organisation, name: (fi: "Org")),
      (id: "p1", kind: Position, title: (fi: "T"), reports_to: ["p1"]),
    ],
  )],
)"#,
        at: (7, 52),
        kind: |k| {
            matches!(k, LoadErrorKind::InvalidRelation { problem: orgplan::model::CommandError::SelfRelation(id), .. }
                if id.as_str() == "p1")
        },
        phrases: &["“p1” cannot be related to itself"],
    },
    Case {
        name: "no scenarios",
        bytes: br#"(
  version: 1,
  scenarios: [],
)"#,
        at: (3, 3),
        kind: |k| matches!(k, LoadErrorKind::NoScenarios),
        phrases: &["the plan has no scenarios; expected at least the baseline"],
    },
];

/// Syntax errors where the parser expected something else at a place: the place is the token
/// that is wrong (or the end of the file), not the character before it.
const EXPECTED_TOKEN_CASES: &[Case] = &[
    Case {
        name: "truncated in the middle of a node",
        bytes: br#"(
  version: 1,
  scenarios: [(
    id: "baseline",
    nodes: [
      (id: "org", kind: Organisation, name: (fi: "Org")),
      (id: "u1", kind: Unit, name: (fi: "Y"),"#,
        at: (7, 46),
        kind: |k| is_syntax(k, |e| matches!(e, Expected::MoreInput)),
        phrases: &["expected more: the file ends too early"],
    },
    Case {
        name: "text where a number belongs (fte: \"one\")",
        bytes: br#"(
  version: 1,
  scenarios: [(
    id: "baseline",
    nodes: [
      (id: "org", kind: Organisation, name: (fi: "Org")),
      (id: "p1", kind: Position, title: (fi: "T"), fte: "one"),
    ],
  )],
)"#,
        at: (7, 57),
        kind: |k| is_syntax(k, |e| matches!(e, Expected::Number)),
        phrases: &["expected a number"],
    },
    Case {
        name: "number where an id belongs (id: 5)",
        bytes: br#"(
  version: 1,
  scenarios: [(
    id: "baseline",
    nodes: [
      (id: "org", kind: Organisation, name: (fi: "Org")),
      (id: 5, kind: Unit, name: (fi: "Y")),
    ],
  )],
)"#,
        at: (7, 12),
        kind: |k| is_syntax(k, |e| matches!(e, Expected::Text)),
        phrases: &["expected a text in double quotes"],
    },
    Case {
        name: "trailing characters after the plan",
        bytes: br#"(
  version: 1,
  scenarios: [(
    id: "baseline",
    nodes: [
      (id: "org", kind: Organisation, name: (fi: "Org")),
    ],
  )],
)
extra)"#,
        at: (10, 1),
        kind: |k| is_syntax(k, |e| matches!(e, Expected::End)),
        phrases: &["expected nothing more after the plan"],
    },
];

/// Values the parser read but refused (an invalid id or date): the place is the value's
/// opening quote, as for the errors found after parsing (a duplicate id points at its quote).
const REFUSED_VALUE_CASES: &[Case] = &[
    Case {
        name: "impossible date",
        bytes: br#"(
  version: 1,
  scenarios: [(
    id: "baseline",
    effective: "2023-02-30",
    nodes: [
      (id: "org", kind: Organisation, name: (fi: "Org")),
    ],
  )],
)"#,
        at: (5, 16),
        kind: |k| {
            matches!(k, LoadErrorKind::Syntax { expected: Expected::Valid, detail }
                if detail.contains("2023-02-30"))
        },
        phrases: &["expected a valid value", "2023-02-30", "YYYY-MM-DD"],
    },
    Case {
        name: "id with a space",
        bytes: br#"(
  version: 1,
  scenarios: [(
    id: "baseline",
    nodes: [
      (id: "org", kind: Organisation, name: (fi: "Org")),
      (id: "has space", kind: Unit, name: (fi: "Y")),
    ],
  )],
)"#,
        at: (7, 12),
        kind: |k| {
            matches!(k, LoadErrorKind::Syntax { expected: Expected::Valid, detail }
                if detail.contains("has space"))
        },
        phrases: &["expected a valid value", "`has space` is not an id"],
    },
];

/// Loads a case the way the program does: text through `load_str`, other bytes through
/// `load_bytes`.
fn load(bytes: &[u8]) -> Result<orgplan::model::Plan, LoadError> {
    let path = Path::new("plan.ron");
    match std::str::from_utf8(bytes) {
        Ok(text) => load_str(text, path),
        Err(_) => load_bytes(bytes, path),
    }
}

#[test]
fn the_good_fixture_loads() {
    let plan = load_str(GOOD, Path::new("plan.ron")).unwrap();
    let baseline = plan.baseline();
    assert_eq!(baseline.len(), 2);
    let u1 = NodeId::new("u1").unwrap();
    assert_eq!(baseline.parent(&u1).map(NodeId::as_str), Some("org"));
}

/// What is wrong with how `case` loads; `with_place` also checks the line and column.
fn problems(case: &Case, with_place: bool) -> Vec<String> {
    let mut failures = Vec::new();
    let err = match load(case.bytes) {
        Ok(_) => return vec![format!("{}: loaded, but must be refused", case.name)],
        Err(err) => err,
    };
    let message = err.display(Lang::En);
    if with_place && err.position != Some(case.at) {
        failures.push(format!(
            "{}: position {:?}, expected {:?} ({message})",
            case.name, err.position, case.at
        ));
    }
    if !(case.kind)(kind_of(&err)) {
        failures.push(format!("{}: wrong kind {:?}", case.name, kind_of(&err)));
    }
    let (line, col) = if with_place {
        case.at
    } else {
        err.position.unwrap_or_default()
    };
    let prefix = format!("plan.ron:{line}:{col}: ");
    if !message.starts_with(&prefix) {
        failures.push(format!(
            "{}: {message:?} does not start with {prefix:?}",
            case.name
        ));
    }
    for phrase in case.phrases {
        if !message.contains(phrase) {
            failures.push(format!("{}: {message:?} lacks {phrase:?}", case.name));
        }
    }
    if err.to_string() != message {
        failures.push(format!("{}: Display differs from display(En)", case.name));
    }
    if err.path != Path::new("plan.ron") {
        failures.push(format!("{}: path {:?}", case.name, err.path));
    }
    failures
}

fn assert_cases(cases: &[Case], with_place: bool) {
    let failures: Vec<String> = cases.iter().flat_map(|c| problems(c, with_place)).collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_damaged_file_is_refused_at_its_place_with_a_clear_message() {
    assert_cases(CASES, true);
}

#[test]
fn syntax_errors_have_the_right_kind_and_message() {
    assert_cases(EXPECTED_TOKEN_CASES, false);
    assert_cases(REFUSED_VALUE_CASES, false);
}

#[test]
fn syntax_errors_point_at_the_token_that_is_wrong() {
    assert_cases(EXPECTED_TOKEN_CASES, true);
}

#[test]
fn refused_values_point_at_their_opening_quote() {
    assert_cases(REFUSED_VALUE_CASES, true);
}

#[test]
fn the_same_node_id_in_two_scenarios_is_fine() {
    let text = r#"(
  version: 1,
  scenarios: [
    (id: "baseline", nodes: [(id: "org", kind: Organisation, name: (fi: "Org"))]),
    (id: "alt", nodes: [
      (id: "org", kind: Organisation, name: (fi: "Uusi")),
      (id: "u1", kind: Unit, name: (fi: "Y"), part_of: "org"),
    ]),
  ],
)"#;
    let plan = load_str(text, Path::new("plan.ron")).unwrap();
    assert_eq!(plan.scenarios().len(), 2);
    let org = NodeId::new("org").unwrap();
    let alt = plan.find_scenario("alt").unwrap();
    assert_eq!(
        plan.baseline().node(&org).unwrap().name.show(Lang::Fi),
        "Org"
    );
    assert_eq!(alt.node(&org).unwrap().name.show(Lang::Fi), "Uusi");
    assert_eq!(alt.children(&org), vec![&NodeId::new("u1").unwrap()]);
}

#[test]
fn a_byte_order_mark_is_not_damage() {
    let text = format!("\u{feff}{GOOD}");
    let plan = load_str(&text, Path::new("plan.ron")).unwrap();
    assert_eq!(plan.baseline().len(), 2);
    let plan = load_bytes(text.as_bytes(), Path::new("plan.ron")).unwrap();
    assert_eq!(plan.baseline().len(), 2);
}

#[test]
fn messages_come_in_finnish_too() {
    let text = GOOD.replace(r#"(id: "u1", kind: Unit"#, r#"(id: "org", kind: Unit"#);
    let err = load_str(&text, Path::new("plan.ron")).unwrap_err();
    assert_eq!(err.position, Some((7, 12)));
    let fi = err.display(Lang::Fi);
    assert!(fi.starts_with("plan.ron:7:12: "), "{fi}");
    assert!(
        fi.contains("skenaario ”baseline”: kahdella kohteella on sama tunniste ”org”"),
        "{fi}"
    );
    assert!(
        fi.contains("odotettiin kutakin tunnistetta vain kerran"),
        "{fi}"
    );

    // A syntax error: the expectation is translated, the parser's own detail is not.
    let truncated = &GOOD[..GOOD.find("part_of").unwrap()];
    let err = load_str(truncated, Path::new("plan.ron")).unwrap_err();
    let fi = err.display(Lang::Fi);
    assert!(
        fi.contains("odotettiin lisää: tiedosto loppuu liian aikaisin"),
        "{fi}"
    );
    assert_ne!(fi, err.display(Lang::En));
}

#[test]
fn a_damaged_file_on_disk_is_named_in_the_message() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vaurioitunut.ron");
    let text = GOOD.replace(r#"part_of: "org""#, r#"part_of: "nope""#);
    std::fs::write(&path, text).unwrap();
    let err = load_file(&path).unwrap_err();
    assert_eq!(err.path, path);
    assert_eq!(err.position, Some((7, 56)));
    assert!(matches!(kind_of(&err), LoadErrorKind::MissingTarget { .. }));
    let message = err.display(Lang::En);
    let prefix = format!("{}:7:56: ", path.display());
    assert!(message.starts_with(&prefix), "{message:?} vs {prefix:?}");

    // A file that is not there: the path, no place, and the reason.
    let missing = dir.path().join("missing.ron");
    let err = load_file(&missing).unwrap_err();
    assert_eq!(err.position, None);
    assert!(matches!(kind_of(&err), LoadErrorKind::Io(_)));
    let message = err.display(Lang::En);
    assert!(
        message.starts_with(&format!("{}: cannot read the file: ", missing.display())),
        "{message}"
    );
}
