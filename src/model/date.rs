//! Calendar dates, stored as ISO 8601 strings (`"2023-10-01"`).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar date, always valid (no 31 February).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// Why a string is not an ISO date.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a date of the form YYYY-MM-DD")]
pub struct DateError(pub String);

impl Date {
    /// A date from its parts, or `None` when no such day exists.
    #[must_use]
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let leap =
            (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days)
            .contains(&day)
            .then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`.
    ///
    /// # Errors
    /// When the text is not exactly a valid ISO date.
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let err = || DateError(text.to_owned());
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
            return Err(err());
        }
        let part = |range: std::ops::Range<usize>| {
            text.get(range)
                .filter(|p| p.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|p| p.parse::<u16>().ok())
        };
        let (Some(year), Some(month), Some(day)) = (part(0..4), part(5..7), part(8..10)) else {
            return Err(err());
        };
        let month = u8::try_from(month).map_err(|_| err())?;
        let day = u8::try_from(day).map_err(|_| err())?;
        Date::new(year, month, day).ok_or_else(err)
    }

    /// The day that is `days` days after 1 January 1970 (`None` outside the years 0–65535).
    #[must_use]
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        // Howard Hinnant's civil_from_days: eras of 400 years from 1 March 0000.
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let of_era = z.rem_euclid(146_097);
        let year_of_era = (of_era - of_era / 1460 + of_era / 36_524 - of_era / 146_096) / 365;
        let day_of_year = of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let shifted_month = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
        let month = if shifted_month < 10 {
            shifted_month + 3
        } else {
            shifted_month - 9
        };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        Date::new(
            u16::try_from(year).ok()?,
            u8::try_from(month).ok()?,
            u8::try_from(day).ok()?,
        )
    }

    /// Today, by the system's clock (UTC); `None` when the clock is before 1970.
    #[must_use]
    pub fn today() -> Option<Date> {
        let seconds = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .ok()?
            .as_secs();
        Date::from_days_since_epoch(i64::try_from(seconds / 86_400).ok()?)
    }

    /// The year.
    #[must_use]
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month, 1–12.
    #[must_use]
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1–31.
    #[must_use]
    pub fn day(self) -> u8 {
        self.day
    }

    /// Whether the date's year has 29 February.
    #[must_use]
    pub fn is_leap_year(self) -> bool {
        let year = self.year;
        (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
    }

    /// The number of days in the date's year.
    #[must_use]
    pub fn days_in_year(self) -> u16 {
        if self.is_leap_year() { 366 } else { 365 }
    }

    /// The day of the year, 1 for 1 January.
    #[must_use]
    pub fn ordinal(self) -> u16 {
        const BEFORE: [u16; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
        let month = usize::from(self.month.saturating_sub(1));
        let leap_day = u16::from(self.is_leap_year() && self.month > 2);
        BEFORE.get(month).copied().unwrap_or(0) + leap_day + u16::from(self.day)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Date::parse(s)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn days_since_1970_are_calendar_days() {
        assert_eq!(Date::from_days_since_epoch(0), Date::new(1970, 1, 1));
        assert_eq!(Date::from_days_since_epoch(19_723), Date::new(2024, 1, 1));
        assert_eq!(Date::from_days_since_epoch(19_782), Date::new(2024, 2, 29));
        assert_eq!(Date::from_days_since_epoch(20_793), Date::new(2026, 12, 6));
        assert_eq!(Date::from_days_since_epoch(-1), Date::new(1969, 12, 31));
        assert!(Date::today().is_some());
    }

    use super::*;

    #[test]
    fn parses_and_prints_iso_dates() {
        let d = Date::parse("2023-10-01").unwrap();
        assert_eq!((d.year(), d.month(), d.day()), (2023, 10, 1));
        assert_eq!(d.to_string(), "2023-10-01");
        assert!(Date::parse("2024-02-29").is_ok());
    }

    #[test]
    fn counts_days_of_the_year() {
        let day = |t| Date::parse(t).unwrap();
        assert_eq!(day("2023-01-01").ordinal(), 1);
        assert_eq!(day("2023-10-01").ordinal(), 274);
        assert_eq!(day("2024-10-01").ordinal(), 275);
        assert_eq!(day("2023-12-31").ordinal(), 365);
        assert_eq!(day("2024-12-31").ordinal(), 366);
        assert_eq!(day("2024-06-01").days_in_year(), 366);
        assert_eq!(day("1900-06-01").days_in_year(), 365);
    }

    #[test]
    fn refuses_impossible_dates() {
        for bad in [
            "2023-02-29",
            "2023-13-01",
            "2023-1-01",
            "1.10.2023",
            "",
            "2023-10-0x",
        ] {
            assert!(Date::parse(bad).is_err(), "{bad}");
        }
    }
}
