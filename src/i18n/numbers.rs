//! Numbers as the user's language writes them: `1 234,5` in Finnish and Swedish, `1,234.5` in
//! English.

use super::Lang;

/// A number as a user types it in any of the three languages: `1,5`, `1.5`, `1 234,5`,
/// `12 000`; `None` when it is not one. A lone comma or point is the decimal mark.
#[must_use]
pub fn parse_number(text: &str) -> Option<f64> {
    let compact: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    let marks = compact.chars().filter(|c| matches!(c, ',' | '.')).count();
    if compact.is_empty() || marks > 1 {
        return None;
    }
    let value: f64 = compact.replace(',', ".").parse().ok()?;
    value.is_finite().then_some(value)
}

/// A figure without a needless `.0`, at most two decimals, grouped by thousands.
#[must_use]
pub fn format_number(value: f64, lang: Lang) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    let text = if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        let two = format!("{value:.2}");
        two.trim_end_matches('0').to_owned()
    };
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.as_str()),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let (group, point) = match lang {
        // A no-break space keeps a figure on one line in minutes and charts.
        Lang::Fi | Lang::Sv => ('\u{a0}', ','),
        Lang::En => (',', '.'),
    };
    let mut grouped = String::with_capacity(whole.len() + whole.len() / 3);
    for (at, digit) in whole.chars().enumerate() {
        if at > 0 && (whole.len() - at) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(digit);
    }
    if fraction.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{point}{fraction}")
    }
}

/// A signed difference, `+2` or `−1,5`, for tables of deltas.
#[must_use]
pub fn format_delta(value: f64, lang: Lang) -> String {
    if value > 0.0 {
        format!("+{}", format_number(value, lang))
    } else if value < 0.0 {
        format!("\u{2212}{}", format_number(-value, lang))
    } else {
        "0".to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(format_number(1234.5, Lang::Fi), "1\u{a0}234,5");
        assert_eq!(format_number(1234.5, Lang::En), "1,234.5");
        assert_eq!(format_number(1_000_000.0, Lang::Sv), "1\u{a0}000\u{a0}000");
        assert_eq!(format_number(-0.25, Lang::En), "-0.25");
        assert_eq!(format_number(12.0, Lang::Fi), "12");
        assert_eq!(format_number(0.1 + 0.2, Lang::En), "0.3");
        assert_eq!(format_delta(-1.5, Lang::Fi), "\u{2212}1,5");
        assert_eq!(format_delta(2.0, Lang::En), "+2");
        assert_eq!(format_delta(0.0, Lang::En), "0");
    }
}
