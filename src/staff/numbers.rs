//! Numbers as Finnish and Swedish HR exports write them: `0,8`, `80 %`, `3 450,00`,
//! `3 450,00 €`, `52 000 kr`, with spaces or non-breaking spaces between thousands.

use crate::i18n::{Lang, parse_number};

/// A cell's number, as a list in `lang` writes it (English lists may group thousands with
/// commas), and whether it was written as a percentage; `None` when it is not a number.
#[must_use]
pub fn staff_number(text: &str, lang: Lang) -> Option<(f64, bool)> {
    let mut text = text.trim();
    let percent = text.ends_with('%');
    if percent {
        text = text.trim_end_matches('%').trim_end();
    }
    let lower = text.to_lowercase();
    let mut body = lower.as_str();
    for mark in ["€", "eur", "kr", "sek", "euroa", "e"] {
        if let Some(rest) = body.strip_suffix(mark) {
            body = rest.trim_end();
            break;
        }
    }
    if let Some(rest) = body.strip_prefix('€') {
        body = rest.trim_start();
    }
    let value = parse_number(body, lang)?;
    Some((value, percent))
}

/// A full-time equivalent: a fraction (`0,8`), or a percentage (`80 %`, or any number in a
/// column of percentages).
#[must_use]
pub fn fte(text: &str, percent_column: bool, lang: Lang) -> Option<f64> {
    let (value, percent) = staff_number(text, lang)?;
    let fte = if percent || percent_column {
        value / 100.0
    } else {
        value
    };
    (fte >= 0.0).then_some(fte)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finnish_and_swedish_exports_numbers_are_read() {
        assert_eq!(staff_number("0,8", Lang::Fi), Some((0.8, false)));
        assert_eq!(staff_number("80 %", Lang::Fi), Some((80.0, true)));
        assert_eq!(staff_number("3 450,00", Lang::Fi), Some((3450.0, false)));
        assert_eq!(
            staff_number("3\u{a0}450,00 €", Lang::Fi),
            Some((3450.0, false))
        );
        assert_eq!(staff_number("52 000 kr", Lang::Fi), Some((52000.0, false)));
        assert_eq!(staff_number("€ 1200", Lang::Fi), Some((1200.0, false)));
        assert_eq!(staff_number("many", Lang::Fi), None);
        assert_eq!(staff_number("", Lang::Fi), None);
    }

    #[test]
    fn fte_is_a_fraction_or_a_percentage() {
        assert_eq!(fte("0,5", false, Lang::Fi), Some(0.5));
        assert_eq!(fte("50 %", false, Lang::Fi), Some(0.5));
        assert_eq!(fte("80", true, Lang::Fi), Some(0.8));
        assert_eq!(fte("-1", false, Lang::Fi), None);
        // An English list groups thousands with commas; a lone comma is still a decimal one.
        assert_eq!(staff_number("3,450", Lang::En), Some((3450.0, false)));
        assert_eq!(staff_number("3,450", Lang::Fi), Some((3.45, false)));
        assert_eq!(staff_number("0,8", Lang::En), Some((0.8, false)));
    }
}
