//! The scenario's participation record in the diff: events added, removed and changed are
//! changes to the scenario itself (no node), with sentences in every language that never name
//! who took part; the report, the JSON, the marks, the `diff` command and the pack carry them.

use orgplan::compare::exports::{ComparisonFile, comparison_file};
use orgplan::compare::marks::ChangeMarks;
use orgplan::compare::report::{DiffFormat, Sides, diff_report, sentence};
use orgplan::compare::{Change, ChangeGroup, ChangeKind, Value, diff};
use orgplan::examples::{Example, load};
use orgplan::i18n::Lang;
use orgplan::model::{
    Command, Date, Edit, EventKind, NodeId, Participation, Plan, Scenario, apply,
};

const PERSON: &str = "Maija Meikäläinen";

fn day(text: &str) -> Option<Date> {
    Some(Date::parse(text).unwrap())
}

fn event(kind: EventKind, date: &str, summary: &str) -> Participation {
    Participation {
        kind,
        date: day(date),
        participants: Some(format!("{PERSON} and the staff of early education")),
        summary: Some(summary.to_owned()),
        outcome: None,
    }
}

fn workshop() -> Participation {
    event(
        EventKind::Workshop,
        "2024-03-12",
        "Teams asked for one head each.",
    )
}

fn hearing() -> Participation {
    event(EventKind::Hearing, "2024-04-02", "Guardians were heard.")
}

/// The example with the baseline's and the decided organisation's participation records set.
fn plan_with(before: Vec<Participation>, after: Vec<Participation>) -> Plan {
    let mut plan = load(Example::Kouvola).unwrap();
    for (id, events) in [("baseline", before), ("decided", after)] {
        let id = NodeId::new(id).unwrap();
        let mut meta = plan.scenario(&id).unwrap().meta.clone();
        meta.participation = events;
        apply(
            &mut plan,
            Command {
                scenario: id,
                edit: Edit::SetMeta(Box::new(meta)),
            },
        )
        .unwrap();
    }
    plan
}

fn sides(plan: &Plan) -> (&Scenario, &Scenario) {
    (
        plan.find_scenario("baseline").unwrap(),
        plan.find_scenario("decided").unwrap(),
    )
}

/// The changes to the scenario's participation record (the example's two scenarios also differ
/// in their other texts).
fn scenario_changes(plan: &Plan) -> Vec<Change> {
    let (a, b) = sides(plan);
    diff(a, b)
        .into_iter()
        .filter(|c| c.node.is_none() && c.field.as_deref() == Some("participation"))
        .collect()
}

fn sentences(plan: &Plan, lang: Lang) -> Vec<String> {
    let (a, b) = sides(plan);
    let sides = Sides::new(a, b);
    scenario_changes(plan)
        .iter()
        .map(|c| sentence(c, &sides, lang))
        .collect()
}

#[test]
fn an_added_event_is_a_details_change_of_the_scenario_in_three_languages() {
    let plan = plan_with(vec![], vec![workshop()]);
    let changes = scenario_changes(&plan);
    assert_eq!(changes.len(), 1, "{changes:#?}");
    let change = &changes[0];
    assert_eq!(change.kind, ChangeKind::DetailsChanged);
    assert_eq!(change.kind.group(), ChangeGroup::Details);
    assert_eq!(change.node, None);
    assert!(change.from.is_empty() && change.to.is_empty() && change.task.is_none());
    assert_eq!(change.field.as_deref(), Some("participation"));
    assert_eq!(change.before, None);
    assert_eq!(change.after, Some(Value::Event(Box::new(workshop()))));
    assert_eq!(
        sentences(&plan, Lang::En),
        ["Participation: workshop of 12 Mar 2024 added."]
    );
    assert_eq!(
        sentences(&plan, Lang::Fi),
        ["Osallistuminen: työpaja 12.3.2024 lisätty."]
    );
    assert_eq!(
        sentences(&plan, Lang::Sv),
        ["Delaktighet: verkstad den 12.3.2024 tillagd."]
    );
}

#[test]
fn a_removed_event_is_named_and_an_undated_one_says_so() {
    let undated = Participation {
        date: None,
        ..hearing()
    };
    let plan = plan_with(vec![workshop(), undated], vec![]);
    let changes = scenario_changes(&plan);
    assert_eq!(changes.len(), 2, "{changes:#?}");
    assert!(changes.iter().all(|c| c.after.is_none()));
    assert_eq!(
        sentences(&plan, Lang::En),
        [
            "Participation: workshop of 12 Mar 2024 removed.",
            "Participation: hearing without a date removed.",
        ]
    );
    assert_eq!(
        sentences(&plan, Lang::Fi),
        [
            "Osallistuminen: työpaja 12.3.2024 poistettu.",
            "Osallistuminen: kuuleminen ilman päivää poistettu.",
        ]
    );
    assert_eq!(
        sentences(&plan, Lang::Sv),
        [
            "Delaktighet: verkstad den 12.3.2024 borttagen.",
            "Delaktighet: hörande utan datum borttagen.",
        ]
    );
}

#[test]
fn a_changed_event_names_what_changed_but_never_who_took_part() {
    let mut changed = workshop();
    changed.summary = Some("Teams asked for a shared head.".to_owned());
    changed.participants = Some("Matti Virtanen".to_owned());
    changed.outcome = Some("Two teams share a head.".to_owned());
    let plan = plan_with(
        vec![hearing(), workshop()],
        vec![hearing(), changed.clone()],
    );
    let changes = scenario_changes(&plan);
    assert_eq!(changes.len(), 1, "{changes:#?}");
    assert_eq!(changes[0].before, Some(Value::Event(Box::new(workshop()))));
    assert_eq!(changes[0].after, Some(Value::Event(Box::new(changed))));
    assert_eq!(
        sentences(&plan, Lang::En),
        [
            "Participation: workshop of 12 Mar 2024 changed (who took part, what was said, what changed because of it)."
        ]
    );
    assert_eq!(
        sentences(&plan, Lang::Fi),
        [
            "Osallistuminen: työpaja 12.3.2024 muuttunut (osallistujat, mitä sanottiin, mitä sen takia muuttui)."
        ]
    );
    assert_eq!(
        sentences(&plan, Lang::Sv),
        [
            "Delaktighet: verkstad den 12.3.2024 ändrad (deltagare, vad som sades, vad som ändrades på grund av det)."
        ]
    );
    for lang in Lang::ALL {
        let (a, b) = sides(&plan);
        for format in [DiffFormat::Text, DiffFormat::Markdown] {
            let report = diff_report(&diff(a, b), &Sides::new(a, b), format, lang).unwrap();
            assert!(!report.contains("Matti"), "{report}");
            assert!(!report.contains("Maija"), "{report}");
        }
    }
}

#[test]
fn an_event_moved_to_another_day_is_one_change_with_the_old_day() {
    let mut moved = workshop();
    moved.date = day("2024-03-19");
    let plan = plan_with(vec![workshop()], vec![moved]);
    assert_eq!(
        sentences(&plan, Lang::En),
        ["Participation: workshop of 19 Mar 2024 changed (date, before: 12 Mar 2024)."]
    );
    assert_eq!(
        sentences(&plan, Lang::Fi),
        ["Osallistuminen: työpaja 19.3.2024 muuttunut (päivä, ennen: 12.3.2024)."]
    );
    assert_eq!(
        sentences(&plan, Lang::Sv),
        ["Delaktighet: verkstad den 19.3.2024 ändrad (datum, förut: 12.3.2024)."]
    );
    // A different workshop on another day, sharing nothing, is a removal and an addition.
    let other = Participation {
        participants: None,
        ..event(EventKind::Workshop, "2024-05-20", "Another topic.")
    };
    let plan = plan_with(vec![workshop()], vec![other]);
    assert_eq!(
        sentences(&plan, Lang::En),
        [
            "Participation: workshop of 20 May 2024 added.",
            "Participation: workshop of 12 Mar 2024 removed.",
        ]
    );
}

#[test]
fn identical_or_reordered_records_give_no_change() {
    let plan = plan_with(vec![workshop(), hearing()], vec![workshop(), hearing()]);
    assert_eq!(scenario_changes(&plan), []);
    let plan = plan_with(vec![workshop(), hearing()], vec![hearing(), workshop()]);
    assert_eq!(scenario_changes(&plan), []);
    // Two workshops on one day are matched in their order.
    let second = event(EventKind::Workshop, "2024-03-12", "Afternoon session.");
    let plan = plan_with(
        vec![workshop(), second.clone()],
        vec![workshop(), second.clone()],
    );
    assert_eq!(scenario_changes(&plan), []);
    let plan = plan_with(vec![workshop(), second], vec![workshop()]);
    assert_eq!(
        sentences(&plan, Lang::En),
        ["Participation: workshop of 12 Mar 2024 removed."]
    );
}

#[test]
fn participation_changes_come_last_in_the_report_and_mark_no_node() {
    let plan = plan_with(vec![], vec![workshop()]);
    let (a, b) = sides(&plan);
    let changes = diff(a, b);
    // The organisation's changes are still there, and the scenario's come after them.
    assert!(changes.len() > 10);
    assert!(changes.last().unwrap().node.is_none());
    let marks = ChangeMarks::of(&changes);
    let without = ChangeMarks::of(
        &changes
            .iter()
            .filter(|c| c.node.is_some())
            .cloned()
            .collect::<Vec<_>>(),
    );
    assert_eq!(marks, without);
    let text = diff_report(&changes, &Sides::new(a, b), DiffFormat::Text, Lang::En).unwrap();
    let details = text.find("Other changes").unwrap();
    let line = text
        .find(". Participation: workshop of 12 Mar 2024 added.")
        .unwrap();
    assert!(line > details, "{text}");
    let csv = diff_report(&changes, &Sides::new(a, b), DiffFormat::Csv, Lang::En).unwrap();
    let row = csv
        .lines()
        .find(|l| l.contains("Participation: workshop"))
        .unwrap();
    assert!(
        row.contains(",details_changed,details,,,,,participation,,workshop 2024-03-12,"),
        "{row}"
    );
}

#[test]
fn the_json_has_a_null_node_and_the_event_and_redacted_it_names_nobody() {
    let mut changed = workshop();
    changed.outcome = Some("Two teams share a head.".to_owned());
    let plan = plan_with(vec![workshop()], vec![changed]);
    let (from, to) = (
        NodeId::new("baseline").unwrap(),
        NodeId::new("decided").unwrap(),
    );
    let file = ComparisonFile::ChangeList(DiffFormat::Json);
    let json = |redact: bool| {
        let bytes = comparison_file(&plan, &from, &to, file, redact, Lang::En).unwrap();
        let json: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        (String::from_utf8(bytes).unwrap(), json)
    };
    let (_, open) = json(false);
    let change = open["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["field"] == "participation")
        .unwrap();
    assert_eq!(change["type"], "details_changed");
    assert_eq!(change["group"], "details");
    assert!(change["node"].is_null());
    assert_eq!(change["before"]["kind"], "workshop");
    assert_eq!(change["after"]["date"], "2024-03-12");
    assert_eq!(change["after"]["outcome"], "Two teams share a head.");
    // As a holder is, who took part is in the values of a diff that is not redacted.
    assert!(
        change["after"]["participants"]
            .as_str()
            .unwrap()
            .contains(PERSON)
    );
    assert_eq!(
        change["text"],
        "Participation: workshop of 12 Mar 2024 changed (what changed because of it)."
    );
    let (text, redacted) = json(true);
    assert!(!text.contains(PERSON), "{text}");
    let change = redacted["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["field"] == "participation")
        .unwrap();
    assert!(change["after"]["participants"].is_null());
}

#[test]
fn who_took_part_changing_alone_is_no_change_in_a_redacted_diff() {
    let mut other_people = workshop();
    other_people.participants = Some("Matti Virtanen".to_owned());
    let plan = plan_with(vec![workshop()], vec![other_people]);
    assert_eq!(
        sentences(&plan, Lang::En),
        ["Participation: workshop of 12 Mar 2024 changed (who took part)."]
    );
    let public = plan.redacted();
    assert_eq!(scenario_changes(&public), []);
    let (from, to) = (
        NodeId::new("baseline").unwrap(),
        NodeId::new("decided").unwrap(),
    );
    for format in [
        DiffFormat::Text,
        DiffFormat::Markdown,
        DiffFormat::Csv,
        DiffFormat::Json,
    ] {
        let file = ComparisonFile::ChangeList(format);
        let bytes = comparison_file(&plan, &from, &to, file, true, Lang::En).unwrap();
        let text = String::from_utf8(bytes).unwrap();
        assert!(!text.contains("Matti") && !text.contains("Maija"), "{text}");
        assert!(!text.contains("who took part"), "{text}");
    }
}

#[test]
fn the_diff_command_prints_the_participation_change_in_every_form() {
    let plan = plan_with(vec![hearing()], vec![hearing(), workshop()]);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    orgplan::io::save_file(&plan, &path).unwrap();
    let run = |args: &[&str]| {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_orgplan"))
            .env("LANG", "C")
            .env("LC_ALL", "C")
            .env_remove("LANGUAGE")
            .arg("diff")
            .arg(&path)
            .args(["--from", "baseline", "--to", "decided"])
            .args(args)
            .output()
            .unwrap();
        assert!(output.status.success(), "{output:?}");
        String::from_utf8(output.stdout).unwrap()
    };
    for (lang, line) in [
        ("en", "Participation: workshop of 12 Mar 2024 added."),
        ("fi", "Osallistuminen: työpaja 12.3.2024 lisätty."),
        ("sv", "Delaktighet: verkstad den 12.3.2024 tillagd."),
    ] {
        let text = run(&["--lang", lang]);
        assert!(text.contains(line), "{text}");
        let markdown = run(&["--lang", lang, "--format", "md"]);
        assert!(markdown.contains(line), "{markdown}");
    }
    let json: serde_json::Value = serde_json::from_str(&run(&["--format", "json"])).unwrap();
    let change = json["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["field"] == "participation")
        .unwrap();
    assert!(change["node"].is_null());
    assert_eq!(change["after"]["kind"], "workshop");
    let redacted = run(&["--format", "json", "--redact"]);
    assert!(!redacted.contains(PERSON), "{redacted}");
    assert!(redacted.contains("Participation: workshop of 12 Mar 2024 added."));
}

#[test]
fn the_pack_counts_and_lists_the_participation_change() {
    use orgplan::analysis::CheckOptions;
    use orgplan::pack::{Block, PackOptions, PackPaper, pack};

    let counted = |plan: &Plan| {
        let options = PackOptions {
            from: "baseline".to_owned(),
            to: "decided".to_owned(),
            langs: vec![Lang::En],
            redact: true,
            made: Date::parse("2026-12-06").unwrap(),
            checks: CheckOptions::default(),
            class: None,
            paper: PackPaper::A4,
        };
        let document = pack(plan, &options).unwrap();
        let blocks = document.parts[0].blocks.clone();
        let summary = blocks
            .iter()
            .find_map(|b| match b {
                Block::Table(t) if t.caption == "Changes by group" => Some(t.clone()),
                _ => None,
            })
            .unwrap();
        let count = |head: &str| {
            summary
                .rows
                .iter()
                .find(|r| r.heads[0] == head)
                .map(|r| r.cells[0].clone())
        };
        let items: Vec<String> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Numbered { items, .. } => Some(items.clone()),
                _ => None,
            })
            .flatten()
            .collect();
        (count("Other changes"), count("All changes"), items)
    };
    let (details, total, items) = counted(&plan_with(vec![], vec![]));
    let (details_now, total_now, items_now) = counted(&plan_with(vec![], vec![workshop()]));
    let number = |n: Option<String>| n.map_or(0, |n| n.parse::<usize>().unwrap());
    assert_eq!(number(details_now), number(details) + 1);
    assert_eq!(number(total_now), number(total) + 1);
    assert_eq!(items_now.len(), items.len() + 1);
    assert!(
        items_now
            .iter()
            .any(|i| i == "Participation: workshop of 12 Mar 2024 added."),
        "{items_now:#?}"
    );
    assert!(!items_now.iter().any(|i| i.contains(PERSON)));
}

#[test]
fn the_scenarios_other_texts_are_compared_too_and_a_copy_has_none() {
    let mut plan = load(Example::Kouvola).unwrap();
    // A presenter is a person: never in the change.
    let decided = NodeId::new("decided").unwrap();
    let mut meta = plan.scenario(&decided).unwrap().meta.clone();
    if let Some(decision) = meta.decision.as_mut() {
        decision.presenter = Some("Pekka Esittelijä".to_owned());
    }
    let edit = Edit::SetMeta(Box::new(meta));
    apply(
        &mut plan,
        Command {
            scenario: decided,
            edit,
        },
    )
    .unwrap();
    let (a, b) = sides(&plan);
    let own: Vec<Change> = diff(a, b)
        .into_iter()
        .filter(|c| c.node.is_none())
        .collect();
    let fields: Vec<&str> = own.iter().filter_map(|c| c.field.as_deref()).collect();
    assert_eq!(fields, ["effective", "rationale", "notes", "decision"]);
    assert!(own.iter().all(|c| c.kind == ChangeKind::DetailsChanged));
    let sides = Sides::new(a, b);
    let line = |lang: Lang| sentence(&own[0], &sides, lang);
    assert_eq!(
        line(Lang::En),
        "Takes effect: the scenario (before: none; now: 1 Oct 2023)."
    );
    assert!(line(Lang::Fi).ends_with(": skenaario (ennen: ei ole; nyt: 1.10.2023)."));
    assert!(line(Lang::Sv).ends_with(": scenariot (förut: ingen; nu: 1.10.2023)."));
    let rationale = sentence(&own[1], &sides, Lang::En);
    assert!(
        rationale
            .starts_with("Rationale: the scenario (before: none; now: Toiminnan sujuvoittaminen"),
        "{rationale}"
    );
    let decision = sentence(&own[3], &sides, Lang::En);
    assert!(
        decision.contains("Kasvatus- ja opetuslautakunta"),
        "{decision}"
    );
    assert!(!decision.contains("Pekka"), "{decision}");
    // A scenario compared with itself, or with a copy, has no changes at all.
    assert_eq!(diff(b, b), []);
    assert_eq!(diff(b, &b.clone()), []);
}
