//! CSV import: good files become a baseline with the right structure; bad files are refused with every bad row named as `FILE:LINE: reason`.
#![allow(clippy::unwrap_used)]

use std::path::Path;

use crate::support::gen_org::gen_org;
use orgplan::analysis::{CheckOptions, ProblemCode, check};
use orgplan::i18n::Lang;
use orgplan::io::{ImportError, import_csv, import_csv_file};
use orgplan::model::{Names, NodeId, NodeKind, Plan, PostStatus, Relation, Scenario};

fn import(text: &str) -> Result<Plan, Vec<ImportError>> {
    import_csv(text.as_bytes(), Path::new("org.csv"), Names::fi("x"))
}

fn id(text: &str) -> NodeId {
    NodeId::new(text).unwrap()
}

fn parent<'a>(scenario: &'a Scenario, node: &str) -> Option<&'a str> {
    scenario.parent(&id(node)).map(NodeId::as_str)
}

fn heads<'a>(scenario: &'a Scenario, node: &str) -> Vec<&'a str> {
    scenario
        .heads_of(&id(node))
        .into_iter()
        .map(NodeId::as_str)
        .collect()
}

/// Stated supervisors, sorted (the graph does not keep their order).
fn supervisors<'a>(scenario: &'a Scenario, node: &str) -> Vec<&'a str> {
    let mut ids: Vec<&str> = scenario
        .targets(&id(node), Relation::ReportsTo)
        .map(NodeId::as_str)
        .collect();
    ids.sort_unstable();
    ids
}

fn order(scenario: &Scenario) -> Vec<&str> {
    scenario.nodes().map(|n| n.id.as_str()).collect()
}

const FULL: &str = "\
id,parent,kind,name,title,holder,fte,cost,status,heads,reports_to,name_sv,name_en
org,,organisation,Sivistystoimi,,,,,,,,Bildningsväsendet,Education
u1,org,unit,Perusopetus,,,,,,,,Grundläggande utbildning,
dir,org,position,Sivistysjohtaja,sivistysjohtaja,Maija Meikäläinen,1,\"95 000\",,org,,,
head1,u1,position,Rehtori,rehtori,Pekka,1.0,\"70000,50\",acting,u1,dir,,Principal
t1,u1,position,Opettaja,opettaja,,\"0,5\",,left_unfilled,,head1;dir,,
";

#[test]
fn a_file_with_every_optional_column_imports() {
    let plan = import(FULL).unwrap();
    assert_eq!(plan.name, Names::fi("x"));
    assert_eq!(plan.scenarios().len(), 1);
    let b = plan.baseline();
    assert_eq!(b.meta.id.as_str(), "baseline");
    assert_eq!(order(b), ["org", "u1", "dir", "head1", "t1"]);

    let org = b.node(&id("org")).unwrap();
    assert_eq!(org.kind, NodeKind::Organisation);
    assert_eq!(org.name.fi.as_deref(), Some("Sivistystoimi"));
    assert_eq!(org.name.sv.as_deref(), Some("Bildningsväsendet"));
    assert_eq!(org.name.en.as_deref(), Some("Education"));
    let u1 = b.node(&id("u1")).unwrap();
    assert_eq!(u1.kind, NodeKind::Unit);
    assert_eq!(u1.name.en, None, "an empty cell is no name");

    let dir = b.node(&id("dir")).unwrap();
    assert_eq!(dir.kind, NodeKind::Position);
    assert_eq!(dir.title.fi.as_deref(), Some("sivistysjohtaja"));
    assert_eq!(dir.holder.as_deref(), Some("Maija Meikäläinen"));
    assert_eq!(dir.fte, Some(1.0));
    assert_eq!(dir.cost, Some(95_000.0), "spaces group thousands");
    assert_eq!(dir.status, PostStatus::Filled, "an empty status is filled");

    let head1 = b.node(&id("head1")).unwrap();
    assert_eq!(head1.cost, Some(70_000.5), "a decimal comma");
    assert_eq!(head1.status, PostStatus::Acting);
    assert_eq!(head1.name.en.as_deref(), Some("Principal"));
    assert_eq!(head1.holder.as_deref(), Some("Pekka"));

    let t1 = b.node(&id("t1")).unwrap();
    assert_eq!(t1.fte, Some(0.5), "a decimal comma");
    assert_eq!(t1.status, PostStatus::LeftUnfilled);
    assert_eq!(t1.holder, None);
    assert_eq!(t1.cost, None);

    assert_eq!(parent(b, "org"), None);
    assert_eq!(parent(b, "u1"), Some("org"));
    assert_eq!(parent(b, "dir"), Some("org"));
    assert_eq!(parent(b, "head1"), Some("u1"));
    assert_eq!(parent(b, "t1"), Some("u1"));
    assert_eq!(b.children(&id("u1")), [&id("head1"), &id("t1")]);

    assert_eq!(heads(b, "org"), ["dir"]);
    assert_eq!(heads(b, "u1"), ["head1"]);

    assert_eq!(supervisors(b, "dir"), Vec::<&str>::new());
    assert_eq!(supervisors(b, "head1"), ["dir"]);
    assert_eq!(supervisors(b, "t1"), ["dir", "head1"]);

    // Two stated supervisors is a problem the checks list, not a reason to refuse the file.
    let problems = check(b, &CheckOptions::default());
    assert!(
        problems
            .iter()
            .any(|p| p.code == ProblemCode::TwoSupervisors && p.nodes.first() == Some(&id("t1"))),
        "{problems:?}"
    );
}

#[test]
fn children_may_come_before_their_parents() {
    let text = "\
id,parent,kind,name,heads
p2,team,position,Tiimivetäjä,team
team,u1,team,Tiimi,
boss,u1,position,Päällikkö,u1
u1,org,unit,Yksikkö,
org,,organisation,Organisaatio,
";
    let plan = import(text).unwrap();
    let b = plan.baseline();
    assert_eq!(b.len(), 5);
    assert_eq!(
        order(b),
        ["p2", "team", "boss", "u1", "org"],
        "the file's order is kept"
    );
    assert_eq!(parent(b, "p2"), Some("team"));
    assert_eq!(parent(b, "team"), Some("u1"));
    assert_eq!(parent(b, "boss"), Some("u1"));
    assert_eq!(parent(b, "u1"), Some("org"));
    assert_eq!(parent(b, "org"), None);
    assert_eq!(heads(b, "team"), ["p2"]);
    assert_eq!(heads(b, "u1"), ["boss"]);
    let roots: Vec<&str> = b.roots().map(|n| n.id.as_str()).collect();
    assert_eq!(roots, ["org"]);
}

#[test]
fn several_roots_import() {
    let text = "\
id,parent,kind,name
a,,organisation,Kaupunki A
b,,organisation,Kaupunki B
a1,a,unit,Yksikkö A1
b1,b,unit,Yksikkö B1
g,,group,Johtoryhmä
";
    let plan = import(text).unwrap();
    let b = plan.baseline();
    let roots: Vec<&str> = b.roots().map(|n| n.id.as_str()).collect();
    assert_eq!(roots, ["a", "b", "g"]);
    assert_eq!(parent(b, "a1"), Some("a"));
    assert_eq!(parent(b, "b1"), Some("b"));
}

#[test]
fn a_byte_order_mark_is_skipped() {
    let text = "\u{feff}id,parent,kind,name\norg,,organisation,Organisaatio\n";
    let plan = import(text).unwrap();
    assert_eq!(order(plan.baseline()), ["org"]);
}

#[test]
fn blank_lines_are_skipped_and_do_not_shift_line_numbers() {
    let text = "id,parent,kind,name\norg,,organisation,Org\n\n,,,\nbad,,squad,Bad\n";
    let errors = import(text).unwrap_err();
    let lines: Vec<String> = errors.iter().map(|e| e.display(Lang::En)).collect();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].starts_with("org.csv:5: unknown kind “squad”"),
        "{lines:?}"
    );
}

#[test]
fn a_reporting_cycle_imports_and_the_checks_list_it() {
    let text = "\
id,parent,kind,name,reports_to
org,,organisation,Org,
a,org,position,A,b
b,org,position,B,a
";
    let plan = import(text).unwrap();
    let b = plan.baseline();
    assert_eq!(supervisors(b, "a"), ["b"]);
    assert_eq!(supervisors(b, "b"), ["a"]);
    let problems = check(b, &CheckOptions::default());
    let cycle = problems
        .iter()
        .find(|p| p.code == ProblemCode::ReportingCycle)
        .unwrap_or_else(|| panic!("no reporting cycle in {problems:?}"));
    let mut nodes: Vec<&str> = cycle.nodes.iter().map(NodeId::as_str).collect();
    nodes.sort_unstable();
    assert_eq!(nodes, ["a", "b"]);
}

#[test]
fn import_csv_file_names_the_plan_after_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kouvola_2023.csv");
    std::fs::write(&path, "id,parent,kind,name\norg,,organisation,Org\n").unwrap();
    let plan = import_csv_file(&path).unwrap();
    assert_eq!(plan.name, Names::fi("kouvola_2023"));
    assert_eq!(plan.baseline().len(), 1);

    std::fs::write(&path, "id,parent,kind,name\norg,,organisation,\n").unwrap();
    let errors = import_csv_file(&path).unwrap_err();
    assert_eq!(errors.len(), 1);
    let line = errors[0].display(Lang::En);
    assert_eq!(line, format!("{}:2: the name is empty", path.display()));

    let missing = dir.path().join("missing.csv");
    let errors = import_csv_file(&missing).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].line, 0);
    let line = errors[0].display(Lang::En);
    assert!(
        line.starts_with(&format!("{}: cannot read the file: ", missing.display())),
        "{line}"
    );
}

/// A bad file and every error it must give, in order: (line, reason variant, words).
struct Bad {
    name: &'static str,
    text: &'static str,
    errors: &'static [(u64, &'static str, &'static str)],
}

const BAD: &[Bad] = &[
    Bad {
        name: "missing required column",
        text: "id,parent,name\norg,,Org\n",
        errors: &[(1, "MissingColumn", "the header lacks the column “kind”")],
    },
    Bad {
        name: "two missing columns",
        text: "id,name\norg,Org\n",
        errors: &[
            (1, "MissingColumn", "lacks the column “parent”"),
            (1, "MissingColumn", "lacks the column “kind”"),
        ],
    },
    Bad {
        name: "unknown column",
        text: "id,parent,kind,name,colour\norg,,organisation,Org,red\n",
        errors: &[(
            1,
            "UnknownColumn",
            "unknown column “colour”; the columns are id, parent",
        )],
    },
    Bad {
        name: "misspelt column: unknown and missing",
        text: "id,parent,kynd,name\norg,,organisation,Org\n",
        errors: &[
            (1, "UnknownColumn", "unknown column “kynd”"),
            (1, "MissingColumn", "lacks the column “kind”"),
        ],
    },
    Bad {
        name: "duplicate column",
        text: "id,parent,kind,name,name\norg,,organisation,Org,Org\n",
        errors: &[(1, "DuplicateColumn", "the column “name” appears twice")],
    },
    Bad {
        name: "wrong field count",
        text: "id,parent,kind,name\norg,,organisation,Org\nu1,org,unit\nu2,org,unit,U2,extra\n",
        errors: &[
            (3, "FieldCount", "3 fields, but the header has 4"),
            (4, "FieldCount", "5 fields, but the header has 4"),
        ],
    },
    Bad {
        name: "bad ids",
        text: "id,parent,kind,name\norg,,organisation,Org\nhas space,org,unit,U\n,org,unit,V\n",
        errors: &[
            (3, "BadId", "“has space” is not a valid id"),
            (4, "BadId", "“” is not a valid id"),
        ],
    },
    Bad {
        name: "duplicate id",
        text: "id,parent,kind,name\norg,,organisation,Org\nu1,org,unit,U\nu1,org,unit,U again\n",
        errors: &[(4, "DuplicateId", "the id “u1” is already used on line 3")],
    },
    Bad {
        name: "a bad row, then good and duplicate rows with its id, and a row under a bad row",
        text: "id,parent,kind,name\norg,,organisation,Org\nu1,org,department,U\nu1,org,unit,U\nu1,org,unit,U again\np,u1,position,P\nb,org,department,B\nq,b,position,Q\n",
        errors: &[
            (
                3,
                "UnknownKind",
                "unknown kind “department”; expected organisation, unit, team, position or group",
            ),
            (5, "DuplicateId", "the id “u1” is already used on line 4"),
            (
                7,
                "UnknownKind",
                "unknown kind “department”; expected organisation, unit, team, position or group",
            ),
        ],
    },
    Bad {
        name: "unknown kind",
        text: "id,parent,kind,name\norg,,organisation,Org\nu1,org,department,U\n",
        errors: &[(
            3,
            "UnknownKind",
            "unknown kind “department”; expected organisation, unit, team, position or group",
        )],
    },
    Bad {
        name: "empty name",
        text: "id,parent,kind,name\norg,,organisation,Org\nu1,org,unit,  \n",
        errors: &[(3, "NoName", "the name is empty")],
    },
    Bad {
        name: "bad fte and cost",
        text: "id,parent,kind,name,fte,cost\norg,,organisation,Org,,\np,org,position,P,abc,\nq,org,position,Q,-1,\"1,2,3\"\n",
        errors: &[
            (
                3,
                "BadNumber",
                "fte “abc” is not a number that is zero or more",
            ),
            (
                4,
                "BadNumber",
                "fte “-1” is not a number that is zero or more",
            ),
            (4, "BadNumber", "cost “1,2,3” is not a number"),
        ],
    },
    Bad {
        name: "unknown status",
        text: "id,parent,kind,name,status\norg,,organisation,Org,\np,org,position,P,retired\n",
        errors: &[(
            3,
            "UnknownStatus",
            "unknown status “retired”; expected one of filled, vacant, left_unfilled",
        )],
    },
    Bad {
        name: "unknown parent, head target and supervisor",
        text: "id,parent,kind,name,heads,reports_to\norg,,organisation,Org,,\nu1,zzz,unit,U,,\np,org,position,P,nope,boss\n",
        errors: &[
            (3, "UnknownTarget", "parent “zzz” is not the id of any row"),
            (4, "UnknownTarget", "heads “nope” is not the id of any row"),
            (
                4,
                "UnknownTarget",
                "reports_to “boss” is not the id of any row",
            ),
        ],
    },
    Bad {
        name: "a parent cell is one id, a reports_to cell a list",
        text: "id,parent,kind,name,reports_to\norg,,organisation,Org,\nu1,org,unit,U,\nboss,u1,position,B,\np,org;u1,position,P, boss ; ;gone\n",
        errors: &[
            (
                5,
                "UnknownTarget",
                "parent “org;u1” is not the id of any row",
            ),
            (
                5,
                "UnknownTarget",
                "reports_to “gone” is not the id of any row",
            ),
        ],
    },
    Bad {
        name: "heads and reports_to on a non-position",
        text: "id,parent,kind,name,heads,reports_to\norg,,organisation,Org,,\nu1,org,unit,U,org,\nu2,org,unit,U2,,u1\n",
        errors: &[
            (3, "NotAPosition", "only a position can have heads"),
            (4, "NotAPosition", "only a position can have reports_to"),
        ],
    },
    Bad {
        name: "several problems on one row",
        text: "id,parent,kind,name,fte\nhas space,,squad,,x\n",
        errors: &[
            (2, "BadId", "“has space” is not a valid id"),
            (2, "UnknownKind", "unknown kind “squad”"),
            (2, "NoName", "the name is empty"),
            (2, "BadNumber", "fte “x” is not a number"),
        ],
    },
    Bad {
        name: "parent cycle",
        text: "id,parent,kind,name\na,b,unit,A\nb,a,unit,B\n",
        errors: &[(
            3,
            "Refused",
            "“b” cannot become part of “a”, which is itself inside “b”",
        )],
    },
    Bad {
        name: "part of itself",
        text: "id,parent,kind,name\na,a,unit,A\n",
        errors: &[(2, "Refused", "“a” cannot be related to itself")],
    },
    Bad {
        name: "two heads for one unit",
        text: "id,parent,kind,name,heads\norg,,organisation,Org,\nu,org,unit,U,\np,u,position,P,u\nq,u,position,Q,u\n",
        errors: &[(5, "Refused", "“u” is already headed by “p”")],
    },
    Bad {
        name: "a post heading a post",
        text: "id,parent,kind,name,heads\norg,,organisation,Org,\np,org,position,P,q\nq,org,position,Q,\n",
        errors: &[(
            3,
            "Refused",
            "A post cannot have the relation “heads” to a post",
        )],
    },
];

#[test]
fn every_bad_row_is_reported() {
    let mut failures = Vec::new();
    for case in BAD {
        let errors = match import(case.text) {
            Ok(_) => {
                failures.push(format!("{}: imported, but must be refused", case.name));
                continue;
            }
            Err(errors) => errors,
        };
        let shown: Vec<String> = errors.iter().map(|e| e.display(Lang::En)).collect();
        if errors.len() != case.errors.len() {
            failures.push(format!(
                "{}: {} errors, expected {}: {shown:#?}",
                case.name,
                errors.len(),
                case.errors.len()
            ));
            continue;
        }
        for ((error, line), (want_line, variant, words)) in
            errors.iter().zip(&shown).zip(case.errors)
        {
            let prefix = format!("org.csv:{want_line}: ");
            if error.line != *want_line || !line.starts_with(&prefix) {
                failures.push(format!(
                    "{}: {line:?} is not on line {want_line}",
                    case.name
                ));
            }
            if !format!("{:?}", error.reason).starts_with(variant) {
                failures.push(format!(
                    "{}: {:?} is not {variant}",
                    case.name, error.reason
                ));
            }
            if !line.contains(words) {
                failures.push(format!("{}: {line:?} lacks {words:?}", case.name));
            }
            if error.path != Path::new("org.csv") {
                failures.push(format!("{}: path {:?}", case.name, error.path));
            }
            if error.to_string() != *line {
                failures.push(format!("{}: Display differs from display(En)", case.name));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn three_bad_rows_give_three_errors_in_line_order() {
    // Line 3's error is only found once all rows are read (its parent could come later);
    // lines 5 and 6 are bad in themselves. The report is still in line order.
    let text = "\
id,parent,kind,name,fte
org,,organisation,Org,
u1,zzz,unit,U,
u2,org,unit,U2,
p,u2,chair,P,
q,u2,position,Q,lots
r,u2,position,R,0.5
";
    let errors = import(text).unwrap_err();
    let shown: Vec<String> = errors.iter().map(|e| e.display(Lang::En)).collect();
    assert_eq!(
        shown,
        [
            "org.csv:3: parent “zzz” is not the id of any row",
            "org.csv:5: unknown kind “chair”; expected organisation, unit, team, position or group",
            "org.csv:6: fte “lots” is not a number that is zero or more",
        ],
    );
    let lines: Vec<u64> = errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, [3, 5, 6]);
}

#[test]
fn a_file_that_is_not_utf8_is_read_as_windows_1252_and_bad_rows_still_reported() {
    // Finnish Excel's "CSV" is Windows-1252: ö is the byte F6. (Before issue 27 such a row was
    // refused as unreadable text.)
    let bytes =
        b"id,parent,kind,name\norg,,organisation,Org\nu1,org,unit,Yksikk\xf6\nu2,org,squad,U\n";
    let errors = import_csv(bytes, Path::new("org.csv"), Names::fi("x")).unwrap_err();
    let shown: Vec<String> = errors.iter().map(|e| e.display(Lang::En)).collect();
    assert_eq!(shown.len(), 1, "{shown:#?}");
    assert!(
        shown[0].starts_with("org.csv:4: unknown kind “squad”"),
        "{shown:#?}"
    );
    let fixed = b"id;parent;kind;name\norg;;organisation;Org\nu1;org;unit;Yksikk\xf6\n";
    let plan = import_csv(fixed, Path::new("org.csv"), Names::fi("x")).unwrap();
    let unit = plan
        .baseline()
        .node(&orgplan::model::NodeId::new("u1").unwrap());
    assert_eq!(unit.unwrap().name.fi.as_deref(), Some("Yksikkö"));
}

#[test]
fn a_quoted_line_break_keeps_the_line_numbers_right() {
    let text =
        "id,parent,kind,name\norg,,organisation,\"Sivistys-\nja kulttuuritoimi\"\nbad,org,x,B\n";
    let errors = import(text).unwrap_err();
    let shown: Vec<String> = errors.iter().map(|e| e.display(Lang::En)).collect();
    assert_eq!(shown.len(), 1, "{shown:#?}");
    assert!(
        shown[0].starts_with("org.csv:4: unknown kind “x”"),
        "{shown:#?}"
    );

    let plan = import("id,parent,kind,name\norg,,organisation,\"Sivistys-\nja kulttuuritoimi\"\n")
        .unwrap();
    let org = plan.baseline().node(&id("org")).unwrap();
    assert_eq!(org.name.fi.as_deref(), Some("Sivistys-\nja kulttuuritoimi"));
}

#[test]
fn a_reference_to_a_bad_row_is_not_a_second_error() {
    // Line 4 names line 3's id, which exists; only line 3 is wrong.
    let text = "\
id,parent,kind,name
org,,organisation,Org
u1,org,departmnt,U
p,u1,position,P
";
    let errors = import(text).unwrap_err();
    let shown: Vec<String> = errors.iter().map(|e| e.display(Lang::En)).collect();
    assert_eq!(
        shown,
        [
            "org.csv:3: unknown kind “departmnt”; expected organisation, unit, team, position or group"
        ],
    );
}

#[test]
fn import_errors_come_in_finnish_and_swedish() {
    let errors = import("id,parent,kind,name\norg,,organisation,\n").unwrap_err();
    assert_eq!(errors[0].display(Lang::Fi), "org.csv:2: nimi on tyhjä");
    assert_eq!(errors[0].display(Lang::Sv), "org.csv:2: namnet är tomt");
}

#[test]
fn a_generated_organisation_of_2000_nodes_imports() {
    let csv = gen_org("realistic", 2000, 7, true);
    let plan = import_csv(&csv, Path::new("gen.csv"), Names::fi("gen")).unwrap_or_else(|errors| {
        let shown: Vec<String> = errors.iter().take(10).map(ToString::to_string).collect();
        panic!("{} errors, first: {shown:#?}", errors.len())
    });
    let b = plan.baseline();
    assert_eq!(b.len(), 2000);
    assert_eq!(b.roots().count(), 1, "one organisation at the root");
    // Every node but the root has its parent, whatever the order of the rows.
    assert_eq!(
        b.nodes().filter(|n| b.parent(&n.id).is_some()).count(),
        1999
    );
}

#[test]
fn a_structure_cycle_is_reported_together_with_bad_cells() {
    let csv = "id,parent,kind,name\norg,,organisation,Org\nu3,u4,unit,U3\nu4,u3,unit,U4\nx y,org,unit,Bad\n";
    let errors = orgplan::io::import_csv(
        csv.as_bytes(),
        std::path::Path::new("org.csv"),
        orgplan::model::Names::fi("x"),
    )
    .unwrap_err();
    let lines: Vec<String> = errors
        .iter()
        .map(|e| e.display(orgplan::i18n::Lang::En))
        .collect();
    assert!(
        lines.iter().any(|l| l.starts_with("org.csv:5:")),
        "{lines:?}"
    );
    assert!(
        lines.iter().any(|l| l.contains("cannot become part of")),
        "{lines:?}"
    );
}
