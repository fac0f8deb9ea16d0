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
}
