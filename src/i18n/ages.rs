//! Ages ("5 minutes ago") as the user's language writes them.

use super::Lang;

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
    fn ages_are_counted_in_the_largest_whole_unit() {
        assert_eq!(format_age(5, Lang::En), "just now");
        assert_eq!(format_age(60, Lang::En), "1 minute ago");
        assert_eq!(format_age(3 * 3_600 + 5, Lang::En), "3 hours ago");
        assert_eq!(format_age(2 * 86_400, Lang::Fi), "2 päivää sitten");
    }
}
