//! Words for the model's values (kinds, statuses, roles, dates) in the user's language, from the
//! catalogue: beside the values they name, so that the translations need nothing of the model.

use super::{Date, Node, NodeKind, PostStatus, Role, ScenarioStatus, WorkTag};
use crate::i18n::{Lang, tr};

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
}
