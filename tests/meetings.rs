//! A working group's meetings (seed 002: an annual plan with monthly meetings): kept in the
//! file, edited and undone, compared and merged like every field, and printed in the group's
//! box on the chart.

use orgplan::compare::report::{Sides, sentence};
use orgplan::compare::{ChangeKind, diff};
use orgplan::examples::{self, Example};
use orgplan::i18n::Lang;
use orgplan::io::{load_str, to_ron};
use orgplan::layout::{LayoutOptions, layout};
use orgplan::merge::merge;
use orgplan::model::{Command, Edit, Field, History, NodeId, Plan, apply};

const RULE: &str = "kuukausittain ensimmäisenä tiistaina, ei heinäkuussa";

fn id(text: &str) -> NodeId {
    NodeId::new(text).unwrap()
}

fn set_meetings(plan: &mut Plan, meetings: Option<&str>) -> Command {
    let scenario = plan.baseline().meta.id.clone();
    apply(
        plan,
        Command {
            scenario,
            edit: Edit::Set {
                node: id("johtoryhma"),
                field: Field::Meetings(meetings.map(str::to_owned)),
            },
        },
    )
    .unwrap()
}

fn meetings(plan: &Plan) -> Option<String> {
    plan.baseline()
        .node(&id("johtoryhma"))
        .unwrap()
        .meetings
        .clone()
}

#[test]
fn a_groups_meetings_are_set_undone_redone_and_kept_in_the_file() {
    let mut plan = examples::load(Example::ManttaVilppula).unwrap();
    let original = to_ron(&plan).unwrap();
    assert!(!original.contains("meetings"));
    let mut history = History::new();
    let command = Command {
        scenario: plan.baseline().meta.id.clone(),
        edit: Edit::Set {
            node: id("johtoryhma"),
            field: Field::Meetings(Some(RULE.to_owned())),
        },
    };
    history.apply(&mut plan, command, "edit").unwrap();
    assert_eq!(meetings(&plan).as_deref(), Some(RULE));
    // Kept in the file, and read back the same.
    let saved = to_ron(&plan).unwrap();
    assert!(saved.contains("meetings: \"kuukausittain"), "{saved}");
    let again = load_str(&saved, std::path::Path::new("plan.ron")).unwrap();
    assert_eq!(meetings(&again).as_deref(), Some(RULE));
    assert!(history.undo(&mut plan).unwrap());
    assert_eq!(to_ron(&plan).unwrap(), original);
    assert!(history.redo(&mut plan).unwrap());
    assert_eq!(meetings(&plan).as_deref(), Some(RULE));
    // Blank text clears it.
    set_meetings(&mut plan, Some("   "));
    assert_eq!(meetings(&plan), None);
}

#[test]
fn the_meetings_stand_in_the_groups_box_and_a_change_is_a_details_change() {
    let before = examples::load(Example::ManttaVilppula).unwrap();
    let mut after = before.clone();
    set_meetings(&mut after, Some(RULE));
    let options = LayoutOptions {
        lang: Lang::Fi,
        ..LayoutOptions::default()
    }
    .with_view(after.baseline());
    let chart = layout(after.baseline(), &options);
    let text = crate::support::boxes::box_text(&chart, "johtoryhma");
    assert!(text.contains("Kokoukset: kuukausittain"), "{text}");

    let (a, b) = (before.baseline(), after.baseline());
    let changes = diff(a, b);
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert_eq!(changes[0].kind, ChangeKind::DetailsChanged);
    assert_eq!(changes[0].field.as_deref(), Some("meetings"));
    let sides = Sides::new(a, b);
    for (lang, word) in [
        (Lang::Fi, "Kokoukset"),
        (Lang::Sv, "Möten"),
        (Lang::En, "Meetings"),
    ] {
        let line = sentence(&changes[0], &sides, lang);
        assert!(line.starts_with(word) && line.contains(RULE), "{line}");
    }
}

#[test]
fn the_merge_takes_one_sides_meetings_and_records_two_different_ones_as_a_conflict() {
    let base = examples::load(Example::ManttaVilppula).unwrap();
    let mut mine = base.clone();
    set_meetings(&mut mine, Some(RULE));
    let merged = merge(&base, &base, &mine).unwrap();
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    assert_eq!(meetings(&merged.plan).as_deref(), Some(RULE));
    let mut theirs = base.clone();
    set_meetings(&mut theirs, Some("joka toinen viikko"));
    let merged = merge(&base, &mine, &theirs).unwrap();
    assert_eq!(merged.conflicts.len(), 1, "{:?}", merged.conflicts);
    assert_eq!(merged.conflicts[0].field, "meetings");
    assert_eq!(meetings(&merged.plan).as_deref(), Some(RULE));
}
