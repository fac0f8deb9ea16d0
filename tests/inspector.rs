//! The inspector: every field of the selected node editable, figures checked as typed, and the
//! reshaping edits (merge, kind, head, serves, tasks), each one step that Undo reverses.

use egui::Modifiers;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use orgplan::app::OrgplanApp;
use orgplan::app::dialogs::ScriptedDialogs;
use orgplan::examples::{Example, load};
use orgplan::i18n::{Lang, parse_number};
use orgplan::model::{NodeId, NodeKind, Relation, Scenario, compose};

use crate::gui::{app_with, harness};

fn id(text: &str) -> NodeId {
    NodeId::new(text).unwrap()
}

fn select(harness: &mut Harness<'static, OrgplanApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

/// Opens a combo box labelled `label` and picks `choice` from its list.
fn pick(harness: &mut Harness<'static, OrgplanApp>, label: &str, choice: &str) {
    // The inspector scrolls: bring the field into view first, as a person would.
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
    // Long lists scroll too.
    harness
        .query_all_by_label(choice)
        .last()
        .unwrap_or_else(|| panic!("no {choice} in {label}"))
        .scroll_to_me();
    harness.run();
    harness.query_all_by_label(choice).last().unwrap().click();
    harness.run();
}

fn owner_of(scenario: &Scenario, task: &str) -> String {
    scenario
        .nodes()
        .find(|n| n.tasks.iter().any(|t| t.id.as_str() == task))
        .map(|n| n.id.as_str().to_owned())
        .unwrap_or_default()
}

#[test]
fn numbers_are_read_as_any_of_the_three_languages_writes_them() {
    for lang in Lang::ALL {
        assert_eq!(parse_number("1,5", lang), Some(1.5));
        assert_eq!(parse_number("1.5", lang), Some(1.5));
        assert_eq!(parse_number("12 000", lang), Some(12_000.0));
        assert_eq!(parse_number("-2", lang), Some(-2.0));
        assert_eq!(parse_number("abc", lang), None);
        assert_eq!(parse_number("", lang), None);
        assert_eq!(parse_number("inf", lang), None);
        assert_eq!(parse_number("1.2.3", lang), None);
        // What the window shows, it reads back.
        for value in [52_000.0, 1_234.5, 0.25, 1_000_000.0] {
            let shown = orgplan::i18n::format_number(value, lang);
            assert_eq!(
                parse_number(&shown, lang),
                Some(value),
                "{shown} in {lang:?}"
            );
        }
    }
    assert_eq!(parse_number("1\u{a0}234,5", Lang::Fi), Some(1_234.5));
    // English groups thousands with commas; Finnish and Swedish cannot mix the two marks.
    assert_eq!(parse_number("52,000", Lang::En), Some(52_000.0));
    assert_eq!(parse_number("1,234.5", Lang::En), Some(1_234.5));
    assert_eq!(parse_number("52,000", Lang::Fi), Some(52.0));
    assert_eq!(parse_number("1,234.5", Lang::Sv), None);
}

#[test]
fn merging_a_unit_moves_its_tasks_and_parts_and_is_undone_exactly() {
    let mut plan = load(Example::Kouvola).unwrap();
    let before = plan.baseline().clone();
    let edit = compose::merge_into(plan.baseline(), &id("kot"), &id("psoh")).unwrap();
    let command = orgplan::model::Command {
        scenario: plan.baseline().meta.id.clone(),
        edit,
    };
    let inverse = orgplan::model::apply(&mut plan, command).unwrap();
    let after = plan.baseline();
    assert!(!after.contains(&id("psoh")));
    assert_eq!(owner_of(after, "t-oppilashuolto"), "kot");
    assert!(
        after
            .node(&id("kot"))
            .unwrap()
            .replaces
            .contains(&id("psoh"))
    );
    // The comparison reads it as a merge.
    let changes = orgplan::compare::diff(&before, after);
    assert!(
        changes
            .iter()
            .any(|c| c.kind == orgplan::compare::ChangeKind::Merged),
        "{changes:?}"
    );
    orgplan::model::apply(&mut plan, inverse).unwrap();
    assert_eq!(plan.baseline(), &before);

    // A unit cannot merge into one of its own parts.
    assert!(compose::merge_into(&before, &id("kot"), &id("kasvuntuki")).is_err());
    assert!(compose::merge_into(&before, &id("kot"), &id("kot")).is_err());
}

#[test]
fn figures_are_checked_as_typed_and_committed_with_enter() {
    let mut harness = harness(app_with(ScriptedDialogs::default(), Lang::En));
    select(&mut harness, "Early childhood education");
    harness.get_by_label("FTE").click();
    harness.run();
    harness.get_by_label("FTE").type_text("abc");
    harness.run();
    harness.get_by_label("Write a number, for example 1,5 or 1.5.");
    harness.key_press(egui::Key::Enter);
    harness.run();
    let fte =
        |h: &Harness<'static, OrgplanApp>| h.state().scenario().node(&id("vaka")).unwrap().fte;
    assert_eq!(fte(&harness), None, "text that is no number is not taken");

    harness.get_by_label("FTE").click();
    harness.run();
    harness.get_by_label("FTE").type_text("12,5");
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(fte(&harness), Some(12.5));
    assert_eq!(
        harness.state().undo_label(),
        Some("edit Early childhood education")
    );
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(fte(&harness), None);
}

#[test]
fn a_unit_becomes_a_team_and_gets_a_head_and_serves_another_unit() {
    let mut harness = harness(app_with(ScriptedDialogs::default(), Lang::En));
    select(&mut harness, "Youth services");
    pick(&mut harness, "Kind", "team");
    let node = |h: &Harness<'static, OrgplanApp>, n: &str| {
        h.state().scenario().node(&id(n)).unwrap().clone()
    };
    assert_eq!(node(&harness, "nuoriso").kind, NodeKind::Team);

    pick(&mut harness, "Serves", "Early childhood education");
    let serves: Vec<String> = harness
        .state()
        .scenario()
        .targets(&id("nuoriso"), Relation::Serves)
        .map(|t| t.as_str().to_owned())
        .collect();
    assert_eq!(serves, ["vaka"]);

    pick(&mut harness, "Led by", "Director of Education");
    let heads: Vec<String> = harness
        .state()
        .scenario()
        .heads_of(&id("nuoriso"))
        .into_iter()
        .map(|h| h.as_str().to_owned())
        .collect();
    assert_eq!(heads, ["kop-johtaja"]);

    // Three undos: head, serves, kind.
    for _ in 0..3 {
        harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
        harness.run();
    }
    assert_eq!(node(&harness, "nuoriso").kind, NodeKind::Unit);
    assert_eq!(
        harness
            .state()
            .scenario()
            .targets(&id("nuoriso"), Relation::Serves)
            .count(),
        0
    );
}

#[test]
fn a_task_moves_to_another_owner_and_a_unit_merges_into_another() {
    let mut harness = harness(app_with(ScriptedDialogs::default(), Lang::En));
    select(&mut harness, "Youth services");
    pick(
        &mut harness,
        "Give “Youth work” to another owner",
        "Support for growth and learning",
    );
    assert_eq!(owner_of(harness.state().scenario(), "t-nuorisotyo"), "kot");
    assert!(
        harness
            .state()
            .undo_label()
            .unwrap()
            .starts_with("give “Youth work” to")
    );

    select(&mut harness, "Psychosocial student welfare");
    pick(
        &mut harness,
        "Merge into",
        "Support for growth and learning",
    );
    let scenario = harness.state().scenario();
    assert!(!scenario.contains(&id("psoh")));
    assert_eq!(owner_of(scenario, "t-oppilashuolto"), "kot");
    assert_eq!(harness.state().selected(), Some(&id("kot")));
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert!(harness.state().scenario().contains(&id("psoh")));
}

#[test]
fn several_selected_nodes_are_deleted_as_one_edit_and_collapsed_by_a_button() {
    let mut harness = harness(app_with(ScriptedDialogs::default(), Lang::En));
    select(&mut harness, "Shared support services");
    harness
        .get_by_label("Psychosocial student welfare")
        .click_modifiers(Modifiers::SHIFT);
    harness.run();
    assert_eq!(harness.state().selection().len(), 2);
    harness.key_press(egui::Key::Delete);
    harness.run();
    let scenario = harness.state().scenario();
    assert!(!scenario.contains(&id("ytp")) && !scenario.contains(&id("psoh")));
    assert_eq!(harness.state().undo_label(), Some("delete 2 nodes"));
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert!(harness.state().scenario().contains(&id("ytp")));

    // Collapsing has a keyboard path: a button in the details, reached with Tab.
    // Deleting selected their parent, Growth support.
    assert_eq!(harness.state().selected(), Some(&id("kasvuntuki")));
    harness
        .get_by_label("Collapse the parts into one box")
        .click();
    harness.run();
    assert!(
        harness
            .state()
            .scenario()
            .view
            .collapsed
            .contains(&id("kasvuntuki"))
    );
    harness.get_by_label("Open the parts").click();
    harness.run();
    assert!(harness.state().scenario().view.collapsed.is_empty());
}

#[test]
fn new_ids_are_unique_across_scenarios_and_merges_keep_replaces_unique() {
    let plan = load(Example::Kouvola).unwrap();
    // "ohjaus" exists only in the decided scenario; a new team anywhere must not take an id
    // any scenario uses, or the comparison would pair two different teams.
    let fresh = compose::fresh_id(plan.scenarios(), NodeKind::Team);
    assert!(plan.scenarios().iter().all(|s| !s.contains(&fresh)));
    let task = compose::fresh_task_id(plan.scenarios());
    assert!(
        plan.scenarios()
            .iter()
            .flat_map(|s| s.nodes())
            .all(|n| n.tasks.iter().all(|t| t.id != task))
    );

    // Basic education and upper secondary education both replace the old combined unit:
    // merging one into the other names the old unit once.
    let decided = plan.find_scenario("decided").unwrap();
    let edit = compose::merge_into(decided, &id("perusopetus"), &id("lukio")).unwrap();
    let mut plan = plan.clone();
    let scenario = decided.meta.id.clone();
    orgplan::model::apply(
        &mut plan,
        orgplan::model::Command {
            scenario: scenario.clone(),
            edit,
        },
    )
    .unwrap();
    let kept = plan
        .scenario(&scenario)
        .unwrap()
        .node(&id("perusopetus"))
        .unwrap();
    assert_eq!(
        kept.replaces
            .iter()
            .filter(|r| r.as_str() == "peruslukio")
            .count(),
        1,
        "{:?}",
        kept.replaces
    );
}

#[test]
fn a_unit_that_stays_and_a_new_one_replacing_the_same_unit_is_one_split() {
    let plan = load(Example::Kouvola).unwrap();
    let baseline = plan.baseline().clone();
    let mut after = baseline.clone();
    // Growth support splits: Support for growth and learning (which stays) and a new team
    // both name it as what they replace.
    let mut plan = plan.clone();
    let scenario = baseline.meta.id.clone();
    let (add, team) = compose::new_part(
        &plan,
        &baseline,
        NodeKind::Team,
        Some(&id("kop")),
        None,
        (Lang::En, "New team"),
    );
    for edit in [
        add,
        orgplan::model::Edit::Set {
            node: team.clone(),
            field: orgplan::model::Field::Replaces(vec![id("kasvuntuki")]),
        },
        orgplan::model::Edit::Set {
            node: id("kot"),
            field: orgplan::model::Field::Replaces(vec![id("kasvuntuki")]),
        },
        orgplan::model::Edit::Move {
            node: id("kot"),
            parent: Some(id("kop")),
        },
    ] {
        orgplan::model::apply(
            &mut plan,
            orgplan::model::Command {
                scenario: scenario.clone(),
                edit,
            },
        )
        .unwrap();
    }
    after.clone_from(plan.baseline());
    let changes = orgplan::compare::diff(&baseline, &after);
    let kinds: Vec<_> = changes
        .iter()
        .filter(|c| {
            matches!(
                c.kind,
                orgplan::compare::ChangeKind::Split | orgplan::compare::ChangeKind::Merged
            )
        })
        .map(|c| c.kind)
        .collect();
    assert_eq!(kinds, [orgplan::compare::ChangeKind::Split], "{changes:?}");
}

#[test]
fn selecting_inside_a_collapsed_box_opens_it_without_an_undo_step() {
    let mut harness = harness(app_with(ScriptedDialogs::default(), Lang::En));
    select(&mut harness, "Growth support");
    harness
        .get_by_label("Collapse the parts into one box")
        .click();
    harness.run();
    assert!(
        harness
            .state()
            .scenario()
            .view
            .collapsed
            .contains(&id("kasvuntuki"))
    );
    let undo = harness.state().undo_label().map(str::to_owned);
    select(&mut harness, "Youth services");
    assert!(harness.state().scenario().view.collapsed.is_empty());
    assert_eq!(harness.state().undo_label().map(str::to_owned), undo);
}

#[test]
fn a_groups_members_change_role_and_new_ones_join() {
    let plan = load(Example::ManttaVilppula).unwrap();
    let mut harness = harness(orgplan::app::OrgplanApp::new(
        plan,
        None,
        Lang::En,
        Box::new(ScriptedDialogs::default()),
    ));
    let group = id("johtoryhma");
    let members = |h: &Harness<'static, OrgplanApp>| -> Vec<(String, orgplan::model::Role)> {
        h.state()
            .scenario()
            .edges_to(&group)
            .into_iter()
            .filter_map(|e| match e.relation {
                Relation::MemberOf(role) => Some((e.from.as_str().to_owned(), role)),
                _ => None,
            })
            .collect()
    };
    // Find the group by its id in the outline's search; Enter selects it.
    harness.get_by_label("Search").click();
    harness.run();
    harness.get_by_label("Search").type_text("johtoryhma");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(harness.state().selected(), Some(&group));
    let before = members(&harness);
    let chair = |m: &[(String, orgplan::model::Role)]| {
        m.iter()
            .find(|(id, _)| id == "sivistysjohtaja")
            .map(|(_, r)| *r)
    };
    assert_eq!(chair(&before), Some(orgplan::model::Role::Member));

    let role_of = "The role of Director of Education and Culture in the group";
    pick(&mut harness, role_of, "chair");
    assert_eq!(chair(&members(&harness)), Some(orgplan::model::Role::Chair));
    assert_eq!(members(&harness).len(), before.len());

    // Anyone not yet a member can join.
    let outsider = harness
        .state()
        .scenario()
        .nodes()
        .find(|n| {
            n.kind == NodeKind::Unit && !members(&harness).iter().any(|(m, _)| *m == n.id.as_str())
        })
        .unwrap()
        .label(Lang::En)
        .to_owned();
    // Found by typing part of its name (one organisation: the button is the name alone).
    harness.get_by_label("Members").scroll_to_me();
    harness.run();
    harness.get_by_label("Members").click();
    harness.run();
    let typed: String = outsider.chars().skip(1).take(6).collect();
    harness
        .get_by_label("Members")
        .type_text(&typed.to_uppercase());
    harness.run();
    let button = |h: &Harness<'static, OrgplanApp>| {
        h.query_by_role_and_label(egui::accesskit::Role::Button, &outsider)
            .is_some()
    };
    assert!(button(&harness), "{outsider} not found");
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, &outsider)
        .scroll_to_me();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, &outsider)
        .click();
    harness.run();
    assert_eq!(members(&harness).len(), before.len() + 1);
    // The search is emptied for the next one.
    assert!(!button(&harness));

    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(members(&harness), before);

    // The group's founding decision is edited in place too.
    harness.get_by_label("§").scroll_to_me();
    harness.run();
    harness.get_by_label("§").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label("§").type_text("99");
    harness.key_press(egui::Key::Enter);
    harness.run();
    let section = harness
        .state()
        .scenario()
        .node(&group)
        .and_then(|g| g.decision.as_ref())
        .and_then(|d| d.section.clone());
    assert_eq!(section.as_deref(), Some("99"));
}

#[test]
fn a_groups_meetings_are_typed_in_the_inspector_undone_and_redone() {
    let plan = load(Example::ManttaVilppula).unwrap();
    let mut harness = harness(orgplan::app::OrgplanApp::new(
        plan,
        None,
        Lang::En,
        Box::new(ScriptedDialogs::default()),
    ));
    let group = id("johtoryhma");
    let meetings = |h: &Harness<'static, OrgplanApp>| {
        h.state().scenario().node(&group).unwrap().meetings.clone()
    };
    harness.get_by_label("Search").click();
    harness.run();
    harness.get_by_label("Search").type_text("johtoryhma");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(harness.state().selected(), Some(&group));
    harness.get_by_label("Meetings").scroll_to_me();
    harness.run();
    harness.get_by_label("Meetings").click();
    harness.run();
    harness
        .get_by_label("Meetings")
        .type_text("monthly, not in July");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(meetings(&harness).as_deref(), Some("monthly, not in July"));
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(meetings(&harness), None);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, egui::Key::Z);
    harness.run();
    assert_eq!(meetings(&harness).as_deref(), Some("monthly, not in July"));
}
