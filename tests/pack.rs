//! The committee pack: what it holds (the decision record, every change sentence, the headline
//! figures, the charts with their lists), in one language or two, without personal data when
//! asked, the same bytes for the same plan, and an HTML page that fetches nothing.

use crate::cli::run;
use orgplan::analysis::CheckOptions;
use orgplan::compare::diff;
use orgplan::compare::report::{Sides, sentence};
use orgplan::examples::{Example, load};
use orgplan::i18n::Lang;
use orgplan::model::{Command, Date, Edit, Plan, ScenarioId, apply};
use orgplan::pack::{Block, PackError, PackOptions, PackPaper, html, pack};

/// The example's pack from the baseline to the decided organisation, made on a fixed day.
pub(crate) fn options(langs: &[Lang], redact: bool) -> PackOptions {
    PackOptions {
        from: "baseline".to_owned(),
        to: "decided".to_owned(),
        langs: langs.to_vec(),
        redact,
        made: Date::parse("2026-12-06").unwrap(),
        checks: CheckOptions::default(),
        class: None,
        paper: PackPaper::A4,
    }
}

fn page(plan: &Plan, langs: &[Lang], redact: bool) -> String {
    html(&pack(plan, &options(langs, redact)).unwrap())
}

/// The page's text as a reader gets it: entities back to characters.
fn unescaped(html: &str) -> String {
    html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[test]
fn the_pack_holds_the_decision_every_change_and_the_headline_figures() {
    let plan = load(Example::Kouvola).unwrap();
    let text = unescaped(&page(&plan, &[Lang::En], false));
    // The decision record as the plan has it.
    for expected in [
        "Kasvatus- ja opetuslautakunta",
        "30 Aug 2023",
        "Lautakunta hyväksyi ehdotuksen.",
        "Toiminnan sujuvoittaminen",
        "Pack made",
        "6 Dec 2026",
        "Vesa Toikka",
    ] {
        assert!(text.contains(expected), "no {expected:?}");
    }
    let (a, b) = (
        plan.find_scenario("baseline").unwrap(),
        plan.find_scenario("decided").unwrap(),
    );
    let sides = Sides::new(a, b);
    let changes = diff(a, b);
    assert!(changes.len() > 10);
    for change in &changes {
        let line = sentence(change, &sides, Lang::En);
        assert!(text.contains(&line), "no change sentence {line:?}");
    }
    for figure in [
        "Headline figures",
        "Posts",
        "FTE",
        "Annual cost",
        "Layers of management",
        "Span of control, largest",
    ] {
        assert!(text.contains(figure), "no {figure:?}");
    }
    // Both charts, each an image with a text alternative and a nested list.
    assert_eq!(text.matches("<svg role=\"img\" aria-label=").count(), 2);
    assert_eq!(text.matches("<details>").count(), 2);
    assert!(text.contains("Serves all units"));
    // One row a unit in the per-unit table, each with its posts and FTE after and the change.
    let document = pack(&plan, &options(&[Lang::En], false)).unwrap();
    let per_unit = document.parts[0]
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Table(t) if t.caption == "Per unit" => Some(t),
            _ => None,
        })
        .unwrap();
    assert_eq!(per_unit.head[..3], ["Units", "Posts", "Change"]);
    assert!(per_unit.rows.len() >= 8, "{}", per_unit.rows.len());
    for row in &per_unit.rows {
        assert_eq!(row.cells.len() + 1, per_unit.head.len());
    }
    // The class and the title on every printed page, the page number at its foot.
    assert!(text.contains("For internal use: contains personal data"));
    assert!(text.contains("@top-right{content:\"For internal use"));
    assert!(text.contains("counter(page)"));
}

#[test]
fn section_and_record_number_show_where_the_plan_has_them() {
    let mut plan = load(Example::Kouvola).unwrap();
    let decided = plan.find_scenario("decided").unwrap();
    let mut meta = decided.meta.clone();
    if let Some(decision) = meta.decision.as_mut() {
        decision.section = Some("87".to_owned());
        decision.record = Some("KOUDno-2023-1234".to_owned());
        decision.presenter = Some("Presenter Person".to_owned());
    }
    let command = Command {
        scenario: ScenarioId::new("decided").unwrap(),
        edit: Edit::SetMeta(Box::new(meta)),
    };
    apply(&mut plan, command).unwrap();
    let text = unescaped(&page(&plan, &[Lang::Fi], false));
    for expected in ["§", "87", "KOUDno-2023-1234", "Presenter Person"] {
        assert!(text.contains(expected), "no {expected:?}");
    }
    let public = unescaped(&page(&plan, &[Lang::Fi], true));
    assert!(public.contains("KOUDno-2023-1234"));
    assert!(
        !public.contains("Presenter Person"),
        "the presenter is personal"
    );
}

#[test]
fn a_bilingual_pack_says_everything_in_finnish_then_in_swedish() {
    let plan = load(Example::Kouvola).unwrap();
    let document = pack(&plan, &options(&[Lang::Fi, Lang::Sv], false)).unwrap();
    assert_eq!(document.parts.len(), 2);
    let heading = |at: usize| {
        document.parts[at]
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Heading { level: 2, text } => Some(text.clone()),
                _ => None,
            })
            .collect::<Vec<_>>()
    };
    assert!(heading(0).contains(&"Yhteenveto".to_owned()));
    assert!(heading(1).contains(&"Sammanfattning".to_owned()));
    let text = html(&document);
    let fi = text.find("<section class=\"part\" lang=\"fi\">").unwrap();
    let sv = text.find("<section class=\"part\" lang=\"sv\">").unwrap();
    assert!(fi < sv);
    assert!(text.starts_with("<!DOCTYPE html>\n<html lang=\"fi\">"));
}

#[test]
fn a_redacted_pack_names_no_holder_contact_or_presenter() {
    let plan = load(Example::Kouvola).unwrap();
    let mut personal: Vec<String> = Vec::new();
    for contact in &plan.contacts {
        personal.push(contact.name.clone());
        personal.extend(contact.phone.clone());
        personal.extend(contact.email.clone());
    }
    for scenario in plan.scenarios() {
        for node in scenario.nodes() {
            personal.extend(node.holder.clone());
        }
    }
    assert!(personal.len() > 5);
    for langs in [
        &[Lang::Fi][..],
        &[Lang::Sv],
        &[Lang::En],
        &[Lang::Fi, Lang::Sv],
    ] {
        let open = unescaped(&page(&plan, langs, false));
        assert!(open.contains("Vesa Toikka"), "the test would prove nothing");
        let text = unescaped(&page(&plan, langs, true));
        assert!(
            !text.contains("personal data"),
            "a public pack says it is not"
        );
        for name in &personal {
            assert!(
                !text.contains(name.as_str()),
                "{name:?} in the {langs:?} pack"
            );
        }
    }
}

#[test]
fn the_page_fetches_nothing_and_is_the_same_bytes_each_time() {
    let plan = load(Example::Kouvola).unwrap();
    let first = page(&plan, &[Lang::Fi, Lang::Sv], false);
    assert_eq!(first, page(&plan, &[Lang::Fi, Lang::Sv], false));
    for outside in [" src=", "<link", "url(", "@import", "href="] {
        assert!(!first.contains(outside), "{outside} in the page");
    }
    // The only address is the SVG namespace, which is a name, not a request.
    let addresses = first.matches("http").count();
    assert_eq!(
        addresses,
        first
            .matches("xmlns=\"http://www.w3.org/2000/svg\"")
            .count()
    );
    // Ids stay unique though both charts draw the same nodes.
    let ids: Vec<&str> = first
        .split(" id=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect();
    let unique: std::collections::BTreeSet<&&str> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len());
}

#[test]
fn an_unknown_scenario_or_no_language_is_refused_with_a_reason() {
    let plan = load(Example::Kouvola).unwrap();
    let mut asked = options(&[Lang::En], false);
    asked.to = "nowhere".to_owned();
    let error = pack(&plan, &asked).unwrap_err();
    assert!(matches!(error, PackError::NoScenario { .. }));
    assert!(error.message(Lang::En).contains("nowhere"));
    // A language asked for twice is one part (two would repeat the charts' ids).
    let twice = pack(&plan, &options(&[Lang::Fi, Lang::Fi], false)).unwrap();
    assert_eq!(twice.parts.len(), 1);
    let error = pack(&plan, &options(&[], false)).unwrap_err();
    assert_eq!(error, PackError::NoLanguage);
    assert!(!error.message(Lang::Fi).is_empty());
}

#[test]
fn the_command_writes_the_pack_in_the_languages_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let written = run(&["example", "-o", "plan.ron"], dir.path());
    assert!(written.status.success());
    let made = run(
        &[
            "--lang",
            "fi,sv",
            "pack",
            "plan.ron",
            "--to",
            "decided",
            "-o",
            "pack.html",
            "--date",
            "2026-12-06",
        ],
        dir.path(),
    );
    assert!(made.status.success(), "{made:?}");
    let text = std::fs::read_to_string(dir.path().join("pack.html")).unwrap();
    let plan = load(Example::Kouvola).unwrap();
    assert_eq!(text, page(&plan, &[Lang::Fi, Lang::Sv], false));
    assert!(String::from_utf8_lossy(&made.stderr).contains("pack.html"));

    let redacted = run(
        &[
            "--lang",
            "sv",
            "pack",
            "plan.ron",
            "--to",
            "decided",
            "-o",
            "public.html",
            "--redact",
            "--class",
            "Offentlig handling",
        ],
        dir.path(),
    );
    assert!(redacted.status.success());
    let text = std::fs::read_to_string(dir.path().join("public.html")).unwrap();
    assert!(text.contains("Offentlig handling"));
    assert!(!text.contains("Vesa Toikka"));
}

#[test]
fn the_command_refuses_an_unknown_scenario_or_a_bad_date_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    run(&["example", "-o", "plan.ron"], dir.path());
    for (args, words) in [
        (&["--to", "nowhere"][..], "nowhere"),
        (&["--to", "decided", "--date", "2026-13-01"], "2026-13-01"),
    ] {
        let mut all = vec!["--lang", "en", "pack", "plan.ron", "-o", "pack.html"];
        all.extend_from_slice(args);
        let output = run(&all, dir.path());
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&output.stderr).contains(words));
        assert!(!dir.path().join("pack.html").exists());
    }
}

/// The Kouvola plan with two participation events on the decided organisation.
fn heard() -> Plan {
    use orgplan::model::{EventKind, Participation};
    let mut plan = load(Example::Kouvola).unwrap();
    let mut meta = plan.find_scenario("decided").unwrap().meta.clone();
    meta.participation = vec![
        Participation {
            kind: EventKind::Workshop,
            date: Some(Date::parse("2023-05-10").unwrap()),
            participants: Some("Oppilaskunnan hallitus, Matti Meikäläinen".to_owned()),
            summary: Some("Tiimimalli sai kannatusta.".to_owned()),
            outcome: Some("Asiakasohjaus omaksi tiimiksi.".to_owned()),
        },
        Participation {
            kind: EventKind::CoOperation,
            ..Participation::default()
        },
    ];
    let command = Command {
        scenario: ScenarioId::new("decided").unwrap(),
        edit: Edit::SetMeta(Box::new(meta)),
    };
    apply(&mut plan, command).unwrap();
    plan
}

#[test]
fn participation_is_kept_in_the_file_and_listed_in_the_pack() {
    let plan = heard();
    let text = orgplan::io::to_ron(&plan).unwrap();
    assert!(text.contains("participation"));
    let again = orgplan::io::load_str(&text, std::path::Path::new("plan.ron")).unwrap();
    assert_eq!(again, plan);
    // A file without the field opens as before, with no events.
    let old = orgplan::io::to_ron(&load(Example::Kouvola).unwrap()).unwrap();
    assert!(!old.contains("participation"));

    let text = unescaped(&page(&plan, &[Lang::En], false));
    for expected in [
        "<h2>Participation</h2>",
        "Workshop, 10 May 2023",
        "Co-operation negotiation",
        "Oppilaskunnan hallitus, Matti Meikäläinen",
        "Tiimimalli sai kannatusta.",
        "Asiakasohjaus omaksi tiimiksi.",
    ] {
        assert!(text.contains(expected), "no {expected:?}");
    }
    // Who took part may name people: left out when redacted, the rest kept.
    let public = unescaped(&page(&plan, &[Lang::Fi], true));
    assert!(!public.contains("Matti Meikäläinen"));
    assert!(public.contains("Tiimimalli sai kannatusta."));
}

#[test]
fn the_scenario_panel_adds_and_removes_events_and_undo_takes_them_back() {
    use egui_kittest::kittest::Queryable as _;
    let dialogs = orgplan::app::dialogs::ScriptedDialogs::default();
    let mut harness = crate::gui::harness(crate::gui::app_with(dialogs, Lang::En));
    let events = |h: &egui_kittest::Harness<'static, orgplan::app::OrgplanApp>| {
        h.state().scenario().meta.participation.len()
    };
    assert_eq!(events(&harness), 0);
    harness.get_by_label("Add an event").scroll_to_me();
    harness.run();
    harness.get_by_label("Add an event").click();
    harness.run();
    assert_eq!(events(&harness), 1);
    harness.get_by_label("Who took part");
    harness.get_by_label("Remove the event").scroll_to_me();
    harness.run();
    harness.get_by_label("Remove the event").click();
    harness.run();
    assert_eq!(events(&harness), 0);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(events(&harness), 1);
}

/// How the pack's charts are arranged, in order.
fn arrangements(document: &orgplan::pack::Document) -> Vec<orgplan::export::Arrangement> {
    document.parts[0]
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Chart(c) => Some(c.chart.arrangement),
            _ => None,
        })
        .collect()
}

#[test]
fn on_a3_the_pack_prints_on_a3_and_its_charts_are_arranged_for_it() {
    let plan = load(Example::Kouvola).unwrap();
    let a4 = pack(&plan, &options(&[Lang::En], false)).unwrap();
    assert!(html(&a4).contains("@page{size:A4;"));
    let mut asked = options(&[Lang::En], false);
    asked.paper = PackPaper::A3;
    let a3 = pack(&plan, &asked).unwrap();
    assert!(html(&a3).contains("@page{size:A3;"));
    // The A4 page arranges the charts to fit it; the larger A3 page need not.
    assert_eq!(arrangements(&a4).len(), 2);
    assert_ne!(
        arrangements(&a4),
        arrangements(&a3),
        "the paper changed nothing in the charts"
    );
}
