//! The plan's own details: its name, contact persons and currency edited through one command
//! (undone and redone exactly, refused when invalid), kept in the file only when set, carried by
//! the merge; and amounts written in the plan's currency as each language writes it.

use std::path::Path;
use std::process::Command as Process;

use orgplan::examples::{self, Example};
use orgplan::i18n::{Currency, Lang, format_money, format_money_delta};
use orgplan::io::{load_str, to_ron};
use orgplan::merge::merge;
use orgplan::model::{
    Command, CommandError, Contact, History, Names, Plan, PlanDetails, apply, parse_currency,
};

fn kouvola() -> Plan {
    examples::load(Example::Kouvola).unwrap()
}

fn names(fi: &str, sv: &str) -> Names {
    Names {
        fi: Some(fi.to_owned()),
        sv: Some(sv.to_owned()),
        en: None,
    }
}

fn sek(plan: &Plan) -> Plan {
    let mut plan = plan.clone();
    let details = PlanDetails {
        currency: Some(Currency::SEK),
        ..plan.details()
    };
    apply(&mut plan, Command::set_plan_details(details)).unwrap();
    plan
}

#[test]
fn name_contacts_and_currency_are_set_and_undone_and_redone_exactly() {
    let mut plan = kouvola();
    let before = plan.clone();
    let details = PlanDetails {
        name: names("Uusi nimi", "Nytt namn"),
        contacts: vec![Contact {
            name: "Anna Andersson".to_owned(),
            title: names("rehtori", "rektor"),
            phone: Some("040 123 4567".to_owned()),
            email: Some("anna@example.org".to_owned()),
        }],
        currency: Some(Currency::SEK),
        ..PlanDetails::default()
    };
    let mut history = History::new();
    history
        .apply(
            &mut plan,
            Command::set_plan_details(details.clone()),
            "details",
        )
        .unwrap();
    assert_eq!(plan.details(), details);
    assert_eq!(plan.currency(), Currency::SEK);
    assert!(!history.is_saved());

    assert!(history.undo(&mut plan).unwrap());
    assert_eq!(plan, before);
    assert!(history.is_saved());
    assert!(history.redo(&mut plan).unwrap());
    assert_eq!(plan.details(), details);
    assert!(history.undo(&mut plan).unwrap());
    assert_eq!(to_ron(&plan).unwrap(), to_ron(&before).unwrap());
}

#[test]
fn blank_texts_are_dropped_and_the_inverse_restores_a_plan_without_a_name() {
    let mut plan = kouvola();
    plan.name = Names::default();
    let before = plan.clone();
    let details = PlanDetails {
        name: Names {
            fi: Some("  Nimi ".to_owned()),
            sv: Some("   ".to_owned()),
            en: None,
        },
        contacts: vec![Contact {
            name: " Anna ".to_owned(),
            phone: Some(" ".to_owned()),
            ..Contact::default()
        }],
        currency: None,
        ..PlanDetails::default()
    };
    let inverse = apply(&mut plan, Command::set_plan_details(details)).unwrap();
    assert_eq!(plan.name.fi.as_deref(), Some("Nimi"));
    assert_eq!(plan.name.sv, None);
    assert_eq!(plan.contacts[0].name, "Anna");
    assert_eq!(plan.contacts[0].phone, None);
    // A plan opened without a name gets it back on undo: the inverse is not checked.
    apply(&mut plan, inverse).unwrap();
    assert_eq!(plan, before);
}

#[test]
fn an_empty_name_or_a_nameless_contact_is_refused_and_the_plan_is_unchanged() {
    let mut plan = kouvola();
    let before = plan.clone();
    let empty = PlanDetails {
        name: Names {
            fi: Some(" ".to_owned()),
            sv: None,
            en: Some(String::new()),
        },
        ..plan.details()
    };
    let error = apply(&mut plan, Command::set_plan_details(empty)).unwrap_err();
    assert_eq!(error, CommandError::PlanNoName);
    assert_eq!(
        error.message(Lang::Fi),
        "Suunnitelmalla on oltava nimi ainakin yhdellä kielellä."
    );
    assert_eq!(
        error.message(Lang::Sv),
        "Planen behöver ett namn på minst ett språk."
    );
    assert_eq!(plan, before);

    let mut contacts = plan.contacts.clone();
    contacts.push(Contact::default());
    let nameless = PlanDetails {
        contacts,
        ..plan.details()
    };
    let error = apply(&mut plan, Command::set_plan_details(nameless)).unwrap_err();
    let at = plan.contacts.len();
    assert_eq!(error, CommandError::ContactNoName(at));
    assert_eq!(
        error.message(Lang::En),
        format!("Contact person {} needs a name.", at + 1)
    );
    assert_eq!(plan, before);
}

#[test]
fn a_currency_is_three_letters_and_anything_else_is_refused_in_words() {
    assert_eq!(parse_currency("SEK"), Ok(Some(Currency::SEK)));
    assert_eq!(parse_currency(" sek "), Ok(Some(Currency::SEK)));
    assert_eq!(parse_currency(""), Ok(None));
    for bad in ["kr", "EURO", "€", "E U", "12A"] {
        let error = parse_currency(bad).unwrap_err();
        assert_eq!(error, CommandError::BadCurrency(bad.trim().to_owned()));
        assert!(error.message(Lang::Sv).contains("ingen valutakod"), "{bad}");
        assert!(error.message(Lang::Fi).contains("ei ole valuutan tunnus"));
    }
}

#[test]
fn a_file_without_a_currency_opens_as_euro_and_saves_byte_for_byte() {
    for example in Example::ALL {
        let plan = examples::load(example).unwrap();
        if plan.currency.is_some() {
            continue; // utbildningskontoret is in kronor.
        }
        // A file as orgplan wrote it before plans had a currency.
        let text = to_ron(&plan).unwrap();
        assert!(!text.contains("currency"));
        let plan = load_str(&text, Path::new("x.ron")).unwrap();
        assert_eq!(plan.currency, None);
        assert_eq!(plan.currency(), Currency::EUR);
        assert_eq!(to_ron(&plan).unwrap(), text);
        // Set to the euro through the window's empty field: still nothing in the file.
        let mut again = plan.clone();
        let details = PlanDetails {
            currency: None,
            ..again.details()
        };
        apply(&mut again, Command::set_plan_details(details)).unwrap();
        assert_eq!(to_ron(&again).unwrap(), text);
    }
}

#[test]
fn a_plan_in_crowns_round_trips_and_a_bad_code_in_a_file_is_refused_with_its_place() {
    let plan = sek(&kouvola());
    let text = to_ron(&plan).unwrap();
    assert!(text.contains("currency: \"SEK\""), "{text}");
    let again = load_str(&text, Path::new("x.ron")).unwrap();
    assert_eq!(again, plan);
    assert_eq!(to_ron(&again).unwrap(), text);

    let bad = text.replace("currency: \"SEK\"", "currency: \"sek\"");
    let error = load_str(&bad, Path::new("x.ron")).unwrap_err();
    let line = bad.lines().position(|l| l.contains("\"sek\"")).unwrap() + 1;
    assert_eq!(error.position.map(|(l, _)| l), Some(line));
}

#[test]
fn amounts_are_written_in_the_plans_currency_as_each_language_writes_it() {
    let nbsp = |text: &str| text.replace(' ', "\u{a0}");
    let nok = Currency::new("NOK").unwrap();
    let cases = [
        (52_000.0, Currency::EUR, Lang::Fi, "52 000 €"),
        (52_000.0, Currency::EUR, Lang::Sv, "52 000 €"),
        (52_000.0, Currency::EUR, Lang::En, "€52,000"),
        (52_000.0, Currency::SEK, Lang::Fi, "52 000 kr"),
        (52_000.0, Currency::SEK, Lang::Sv, "52 000 kr"),
        (52_000.0, Currency::SEK, Lang::En, "52,000 kr"),
        (52_000.0, nok, Lang::Fi, "52 000 NOK"),
        (52_000.0, nok, Lang::Sv, "52 000 NOK"),
        (52_000.0, nok, Lang::En, "52,000 NOK"),
        (-1_234_567.5, Currency::EUR, Lang::Fi, "-1 234 567,5 €"),
        (-1_234_567.5, Currency::EUR, Lang::En, "-€1,234,567.5"),
        (-1_500.0, Currency::SEK, Lang::Sv, "-1 500 kr"),
        (-1_500.0, Currency::SEK, Lang::En, "-1,500 kr"),
        (999.0, nok, Lang::En, "999 NOK"),
        (0.0, Currency::EUR, Lang::En, "€0"),
    ];
    for (value, currency, lang, expected) in cases {
        assert_eq!(
            format_money(value, currency, lang),
            nbsp(expected),
            "{value} {currency} {lang:?}"
        );
    }
    assert_eq!(
        format_money_delta(-1_500.0, Currency::EUR, Lang::En),
        "\u{2212}€1,500"
    );
    assert_eq!(
        format_money_delta(2_000.0, Currency::SEK, Lang::Fi),
        nbsp("+2 000 kr")
    );
    assert_eq!(
        format_money_delta(-2_000.0, nok, Lang::Sv),
        nbsp("\u{2212}2 000 NOK")
    );
}

#[test]
fn the_figures_table_writes_costs_in_the_plans_currency_and_copies_them_as_numbers() {
    use orgplan::compare::figures;
    use orgplan::compare::table::FiguresTable;
    let plan = sek(&kouvola());
    let chosen = [plan.baseline(), plan.find_scenario("decided").unwrap()];
    let all: Vec<_> = chosen.iter().map(|s| figures(s, 8)).collect();
    let table = FiguresTable::new(&chosen, &all, plan.terms(), Lang::Sv);
    let cost = table.rows.iter().find(|r| r.code == "cost").unwrap();
    assert!(cost.texts(Lang::Sv).iter().all(|t| t.ends_with("\u{a0}kr")));
    let tsv = table.to_tsv(Lang::Sv);
    let line = tsv.lines().find(|l| l.contains("(SEK)")).unwrap();
    assert!(!line.contains("kr"), "{line}");
}

fn merged_currency(mine: Option<Currency>, theirs: Option<Currency>) -> (Plan, usize) {
    let base = kouvola();
    let with = |currency| {
        let mut plan = base.clone();
        let details = PlanDetails {
            currency,
            ..plan.details()
        };
        apply(&mut plan, Command::set_plan_details(details)).unwrap();
        plan
    };
    let merged = merge(&base, &with(mine), &with(theirs)).unwrap();
    let count = merged
        .conflicts
        .iter()
        .filter(|c| c.field == "currency" && c.scenario.is_none())
        .count();
    (merged.plan, count)
}

#[test]
fn a_currency_changed_on_one_side_is_taken_and_on_both_differently_is_a_conflict() {
    let (plan, conflicts) = merged_currency(None, Some(Currency::SEK));
    assert_eq!((plan.currency, conflicts), (Some(Currency::SEK), 0));
    let (plan, conflicts) = merged_currency(Some(Currency::SEK), None);
    assert_eq!((plan.currency, conflicts), (Some(Currency::SEK), 0));
    let nok = Currency::new("NOK").unwrap();
    let (plan, conflicts) = merged_currency(Some(Currency::SEK), Some(nok));
    // Mine is kept until a person settles it.
    assert_eq!((plan.currency, conflicts), (Some(Currency::SEK), 1));
    assert_eq!(plan.conflicts.len(), 1);
}

#[test]
fn a_name_changed_differently_on_both_sides_is_a_conflict() {
    let base = kouvola();
    let renamed = |fi: &str| {
        let mut plan = base.clone();
        let mut details = plan.details();
        details.name.fi = Some(fi.to_owned());
        apply(&mut plan, Command::set_plan_details(details)).unwrap();
        plan
    };
    let merged = merge(&base, &renamed("Minun"), &renamed("Heidän")).unwrap();
    assert_eq!(merged.plan.name.fi.as_deref(), Some("Minun"));
    assert!(merged.conflicts.iter().any(|c| c.field.starts_with("name")));
    let merged = merge(&base, &base, &renamed("Heidän")).unwrap();
    assert_eq!(merged.plan.name.fi.as_deref(), Some("Heidän"));
    assert!(merged.conflicts.is_empty());
}

#[test]
fn stats_of_a_plan_in_crowns_writes_kr_in_swedish() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sek.ron");
    std::fs::write(&path, to_ron(&sek(&kouvola())).unwrap()).unwrap();
    let output = Process::new(env!("CARGO_BIN_EXE_orgplan"))
        .env("LANG", "C")
        .env("LC_ALL", "C")
        .env_remove("LANGUAGE")
        .args(["--lang", "sv", "stats"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let text = String::from_utf8(output.stdout).unwrap();
    let cost = text.lines().find(|l| l.starts_with("Årskostnad")).unwrap();
    assert!(cost.contains("\u{a0}kr"), "{cost}");
    assert!(!cost.contains('€'), "{cost}");
}

#[test]
fn a_changed_cost_is_told_in_the_plans_currency() {
    use orgplan::compare::diff;
    use orgplan::compare::report::{Sides, sentence};
    use orgplan::model::{Edit, Field, NodeId};
    let mut plan = sek(&kouvola());
    let post = NodeId::new("vaka").unwrap();
    for (scenario, cost) in [("baseline", 60_000.0), ("decided", 62_500.0)] {
        let scenario = plan.find_scenario(scenario).unwrap().meta.id.clone();
        let edit = Edit::Set {
            node: post.clone(),
            field: Field::Cost(Some(cost)),
        };
        apply(&mut plan, Command { scenario, edit }).unwrap();
    }
    let (a, b) = (plan.baseline(), plan.find_scenario("decided").unwrap());
    let sides = Sides::new(a, b).with_terms(plan.terms());
    let told: Vec<String> = diff(a, b)
        .iter()
        .filter(|c| c.field.as_deref() == Some("cost"))
        .map(|c| sentence(c, &sides, Lang::Sv))
        .collect();
    assert!(!told.is_empty());
    assert!(
        told.iter()
            .all(|t| t.contains("\u{a0}kr") && !t.contains('€')),
        "{told:?}"
    );
}

#[test]
fn spreadsheets_keep_amounts_as_numbers_and_name_the_currency_in_the_label() {
    use calamine::{Data, Reader as _, Xlsx};
    use orgplan::compare::figures;
    use orgplan::compare::stats::{StatsFormat, stats_report, stats_xlsx};
    let plan = sek(&kouvola());
    let chosen = [plan.baseline(), plan.find_scenario("decided").unwrap()];
    let all: Vec<_> = chosen.iter().map(|s| figures(s, 8)).collect();
    let bytes = stats_xlsx(&chosen, &all, plan.terms(), Lang::En).unwrap();
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let names = book.sheet_names();
    let whole = book.worksheet_range(&names[0]).unwrap();
    let cost = whole
        .rows()
        .find(|r| r[0] == Data::String("Annual cost (SEK)".to_owned()))
        .unwrap();
    assert_eq!(cost[1], Data::Float(all[0].totals.cost));

    let csv = stats_report(&chosen, &all, plan.terms(), StatsFormat::Csv, Lang::En).unwrap();
    let line = csv.lines().find(|l| l.starts_with("cost,")).unwrap();
    assert!(line.contains("Annual cost (SEK)"), "{line}");
    let json = stats_report(&chosen, &all, plan.terms(), StatsFormat::Json, Lang::En).unwrap();
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["currency"], "SEK");
}
