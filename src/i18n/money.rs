//! Amounts of money as each language writes them, in a plan's currency: `52 000 €` in Finnish
//! and Swedish, `€52,000` in English; Swedish crowns as `52 000 kr` (`52,000 kr` in English:
//! the plans are Finnish and Swedish, and their readers know the crown by its own mark); any
//! other currency by its code after the number (`52 000 NOK`).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};

use super::{Lang, format_delta, format_number};

/// A currency by its ISO 4217 code: three capital ASCII letters (`EUR`, `SEK`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Currency([u8; 3]);

impl Currency {
    /// The euro, a plan's currency when it names none.
    pub const EUR: Currency = Currency(*b"EUR");
    /// The Swedish crown.
    pub const SEK: Currency = Currency(*b"SEK");

    /// The currency of `code`, when it is three capital ASCII letters.
    #[must_use]
    pub fn new(code: &str) -> Option<Currency> {
        let bytes: [u8; 3] = code.as_bytes().try_into().ok()?;
        bytes
            .iter()
            .all(u8::is_ascii_uppercase)
            .then_some(Currency(bytes))
    }

    /// The code (`EUR`).
    #[must_use]
    pub fn code(&self) -> &str {
        // Only ever built from three ASCII capitals.
        std::str::from_utf8(&self.0).unwrap_or("EUR")
    }
}

impl Default for Currency {
    fn default() -> Self {
        Currency::EUR
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Currency {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Currency::new(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "`{text}` is not a currency: use its ISO 4217 code, three capital letters (EUR, SEK)"
            ))
        })
    }
}

/// An amount in `currency` as `lang` writes it: `52 000 €`, `€52,000`, `−1 500 kr`; grouped by
/// thousands and at most two decimals, as [`format_number`] writes figures.
#[must_use]
pub fn format_money(value: f64, currency: Currency, lang: Lang) -> String {
    with_currency(&format_number(value, lang), currency, lang)
}

/// A signed difference of amounts, `+52 000 €` or `−€1,500`, for tables of deltas.
#[must_use]
pub fn format_money_delta(value: f64, currency: Currency, lang: Lang) -> String {
    with_currency(&format_delta(value, lang), currency, lang)
}

/// Puts the currency's mark beside a written number (which may start with a sign); the space
/// between them never breaks a line.
fn with_currency(number: &str, currency: Currency, lang: Lang) -> String {
    match (currency.code(), lang) {
        ("EUR", Lang::En) => {
            let digits = number.trim_start_matches(['-', '+', '\u{2212}']);
            let sign = number
                .get(..number.len() - digits.len())
                .unwrap_or_default();
            format!("{sign}€{digits}")
        }
        ("EUR", _) => format!("{number}\u{a0}€"),
        ("SEK", _) => format!("{number}\u{a0}kr"),
        (code, _) => format!("{number}\u{a0}{code}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_three_capital_letters() {
        assert_eq!(Currency::new("SEK"), Some(Currency::SEK));
        assert_eq!(
            Currency::new("NOK").map(|c| c.to_string()),
            Some("NOK".into())
        );
        for bad in ["", "EU", "EURO", "eur", "E1R", "ÄÖK", " EU"] {
            assert_eq!(Currency::new(bad), None, "{bad:?}");
        }
    }
}
