//! Words for the model's values (kinds, statuses, roles, dates) in the user's language, from the
//! catalogue: beside the values they name, so that the translations need nothing of the model.

use super::{
    Date, Decision, Node, NodeKind, Plan, PostStatus, Role, Scenario, ScenarioStatus, Term, WorkTag,
};
use crate::i18n::{Lang, and_list, n, s, tr, tr_args};

/// The kind of a node, in `lang`.
#[must_use]
pub fn kind_text(kind: NodeKind, lang: Lang) -> String {
    tr(lang, &format!("kind-{}", kind.code()))
}

/// The status of a node in `lang` (a ceased unit says so).
#[must_use]
pub fn status_text(node: &Node, lang: Lang) -> String {
    match (node.kind, node.status) {
        (NodeKind::Unit | NodeKind::Team | NodeKind::Organisation, PostStatus::Abolished) => {
            tr(lang, "status-ceased")
        }
        (_, status) => tr(lang, &format!("status-{}", status.code())),
    }
}

/// A mark to show beside a node that is not simply filled or active.
#[must_use]
pub fn status_mark(node: &Node, lang: Lang) -> Option<String> {
    (node.status != PostStatus::Filled).then(|| status_text(node, lang))
}

/// Core work or administration, in `lang`.
#[must_use]
pub fn work_text(work: WorkTag, lang: Lang) -> String {
    match work {
        WorkTag::Core => tr(lang, "work-core"),
        WorkTag::Administration => tr(lang, "work-administration"),
    }
}

/// A member's role, in `lang`.
#[must_use]
pub fn role_text(role: Role, lang: Lang) -> String {
    let key = match role {
        Role::Member => "role-member",
        Role::Chair => "role-chair",
        Role::ViceChair => "role-vice_chair",
        Role::Coordinator => "role-coordinator",
        Role::Secretary => "role-secretary",
        Role::Expert => "role-expert",
    };
    tr(lang, key)
}

/// A scenario's status, in `lang`.
#[must_use]
pub fn scenario_status_text(status: ScenarioStatus, lang: Lang) -> String {
    let key = match status {
        ScenarioStatus::Draft => "scenario-status-draft",
        ScenarioStatus::Proposed => "scenario-status-proposed",
        ScenarioStatus::Decided => "scenario-status-decided",
        ScenarioStatus::Rejected => "scenario-status-rejected",
    };
    tr(lang, key)
}

/// A date, or the word for none.
#[must_use]
pub fn date_text(date: Option<Date>, lang: Lang) -> String {
    date.map_or_else(|| tr(lang, "value-none"), |d| format_date(d, lang))
}

/// A date as `lang` writes it: `1.10.2023` in Finnish and Finland Swedish, `1 Oct 2023` in English.
#[must_use]
pub fn format_date(date: Date, lang: Lang) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    match lang {
        Lang::Fi | Lang::Sv => format!("{}.{}.{}", date.day(), date.month(), date.year()),
        Lang::En => {
            let month = MONTHS
                .get(usize::from(date.month()).saturating_sub(1))
                .copied()
                .unwrap_or("?");
            format!("{} {} {}", date.day(), month, date.year())
        }
    }
}

/// A date as a user types it: `2026-08-01`, or day first as Finns and Swedes write it,
/// `1.8.2026`; `None` when it is neither or no such day exists.
#[must_use]
pub fn parse_date(text: &str) -> Option<Date> {
    let text = text.trim();
    if let Ok(date) = Date::parse(text) {
        return Some(date);
    }
    let mut parts = text.split('.').map(|p| p.trim().parse::<u16>().ok());
    let (Some(Some(day)), Some(Some(month)), Some(Some(year)), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    if year < 1000 {
        return None; // A two-digit year is a guess: ask for the whole year.
    }
    Date::new(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
}

/// A date as an editable field shows it: day first in Finnish and Swedish, ISO in English
/// (both read back by [`parse_date`]).
#[must_use]
pub fn date_input_text(date: Date, lang: Lang) -> String {
    match lang {
        Lang::Fi | Lang::Sv => format_date(date, lang),
        Lang::En => date.to_string(),
    }
}

/// A decision in one line, as a chart prints it: the body, the day, the § and the record
/// number, those it has (`None` when it has none of them).
#[must_use]
pub fn decision_text(decision: &Decision, lang: Lang) -> Option<String> {
    let parts: Vec<String> = [
        decision.body.clone(),
        decision.date.map(|date| format_date(date, lang)),
        decision.section.as_ref().map(|x| format!("§ {x}")),
        decision.record.clone(),
    ]
    .into_iter()
    .flatten()
    .filter(|part| !part.trim().is_empty())
    .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// A group's term in words: both days, or from the first or until the last (`None` for neither).
#[must_use]
pub fn term_text(term: &Term, lang: Lang) -> Option<String> {
    let day = |date: Date| s(format_date(date, lang));
    match (term.start, term.end) {
        (Some(start), Some(end)) => Some(format!(
            "{} – {}",
            format_date(start, lang),
            format_date(end, lang)
        )),
        (Some(start), None) => Some(tr_args(lang, "term-from", &[("date", day(start))])),
        (None, Some(end)) => Some(tr_args(lang, "term-until", &[("date", day(end))])),
        (None, None) => None,
    }
}

/// The organisations a network plan joins in `scenario`: its roots that are organisations.
#[must_use]
pub fn network_members(scenario: &Scenario) -> Vec<&Node> {
    scenario
        .roots()
        .filter(|node| node.kind == NodeKind::Organisation)
        .collect()
}

/// What a chart's title says after a network plan's name: "a network of 4 organisations";
/// `None` for a plan that is one organisation.
#[must_use]
pub fn network_count_text(plan: &Plan, scenario: &Scenario, lang: Lang) -> Option<String> {
    plan.network.then(|| {
        let count = network_members(scenario).len();
        tr_args(lang, "network-count", &[("count", n(count))])
    })
}

/// The organisations of a network plan by name: "Lahti, Hollola and Kärkölä"; `None` for a plan
/// that is one organisation.
#[must_use]
pub fn network_members_text(plan: &Plan, scenario: &Scenario, lang: Lang) -> Option<String> {
    plan.network.then(|| {
        let names: Vec<String> = network_members(scenario)
            .iter()
            .map(|node| node.label(lang).to_owned())
            .collect();
        and_list(&names, lang)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_follow_the_language() {
        let d = Date::parse("2023-10-01").unwrap();
        assert_eq!(format_date(d, Lang::Fi), "1.10.2023");
        assert_eq!(format_date(d, Lang::Sv), "1.10.2023");
        assert_eq!(format_date(d, Lang::En), "1 Oct 2023");
    }

    #[test]
    fn dates_are_read_day_first_or_iso_and_shown_as_typed() {
        let d = Date::parse("2026-08-01").unwrap();
        assert_eq!(parse_date("1.8.2026"), Some(d));
        assert_eq!(parse_date(" 01.08.2026 "), Some(d));
        assert_eq!(parse_date("2026-08-01"), Some(d));
        assert_eq!(parse_date("31.2.2026"), None);
        assert_eq!(parse_date("1.8.26"), None);
        assert_eq!(parse_date("1.8.2026.1"), None);
        assert_eq!(parse_date("tomorrow"), None);
        for lang in Lang::ALL {
            assert_eq!(parse_date(&date_input_text(d, lang)), Some(d));
        }
    }

    #[test]
    fn a_term_with_one_day_says_from_or_until() {
        let day = |text: &str| Date::parse(text).ok();
        let term = |start, end| Term { start, end };
        assert_eq!(
            term_text(&term(day("2023-01-24"), None), Lang::Fi).as_deref(),
            Some("24.1.2023 alkaen")
        );
        assert_eq!(
            term_text(&term(None, day("2023-11-16")), Lang::En).as_deref(),
            Some("until 16 Nov 2023")
        );
        assert_eq!(term_text(&term(None, None), Lang::Sv), None);
        let nothing = Decision::default();
        assert_eq!(decision_text(&nothing, Lang::Fi), None);
    }
}
