//! Dates as the user's language writes them.

use super::Lang;
use crate::model::Date;

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

/// How long ago something happened, in words: "just now", "5 minutes ago", "3 hours ago",
/// "2 days ago" (no clock time, so no time zone to get wrong).
#[must_use]
pub fn format_age(seconds: u64, lang: Lang) -> String {
    let (key, count) = match seconds {
        0..60 => return super::tr(lang, "age-now"),
        60..3_600 => ("age-minutes", seconds / 60),
        3_600..86_400 => ("age-hours", seconds / 3_600),
        _ => ("age-days", seconds / 86_400),
    };
    let count = usize::try_from(count).unwrap_or(usize::MAX);
    super::tr_args(lang, key, &[("count", super::n(count))])
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
    fn ages_are_counted_in_the_largest_whole_unit() {
        assert_eq!(format_age(5, Lang::En), "just now");
        assert_eq!(format_age(60, Lang::En), "1 minute ago");
        assert_eq!(format_age(3 * 3_600 + 5, Lang::En), "3 hours ago");
        assert_eq!(format_age(2 * 86_400, Lang::Fi), "2 päivää sitten");
    }
}
