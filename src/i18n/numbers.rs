//! Numbers as the user's language writes them: `1 234,5` in Finnish and Swedish, `1,234.5` in
//! English.

use super::Lang;

/// A number as a user types it: `1,5` or `1.5`, with spaces between thousands (`12 000`), and
/// in English also with commas between thousands (`52,000`, `1,234.5`, as [`format_number`]
/// writes them); `None` when it is not one.
#[must_use]
pub fn parse_number(text: &str, lang: Lang) -> Option<f64> {
    let compact: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    if compact.is_empty() {
        return None;
    }
    let english_groups = lang == Lang::En && (compact.contains('.') || grouped_by_commas(&compact));
    let normal = if english_groups {
        compact.replace(',', "")
    } else if compact.contains(',') && compact.contains('.') {
        return None; // Which one is the decimal mark cannot be told.
    } else {
        compact.replace(',', ".")
    };
    if normal.matches('.').count() > 1 {
        return None;
    }
    let value: f64 = normal.parse().ok()?;
    value.is_finite().then_some(value)
}

/// Whether every comma in `text` is followed by exactly three digits (English thousands).
fn grouped_by_commas(text: &str) -> bool {
    text.contains(',')
        && text.split(',').skip(1).all(|group| {
            let digits = group.split('.').next().unwrap_or_default();
            digits.len() == 3 && digits.bytes().all(|b| b.is_ascii_digit())
        })
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
