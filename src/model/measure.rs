//! Capacity measures: what a plan counts its units' capacity and demand in (pupils, children,
//! departments, parallel classes), each with a key the nodes use and a name and a unit in
//! every language, so that boxes, figures and reports say "elever", not `pupils`.

use serde::{Deserialize, Serialize};

use super::Names;
use crate::i18n::{Currency, Lang};

/// What a plan says about writing its figures: the currency of its amounts and the names of
/// its capacity measures.
#[derive(Clone, Copy, Debug, Default)]
pub struct Terms<'a> {
    /// The currency amounts are in.
    pub currency: Currency,
    /// The capacity measures, to name them.
    pub measures: &'a [Measure],
}

impl Terms<'_> {
    /// The name of measure `key` in `lang` (the key when it is not among the measures).
    #[must_use]
    pub fn measure<'k>(&'k self, key: &'k str, lang: Lang) -> &'k str {
        measure_label(self.measures, key, lang)
    }
}

impl From<Currency> for Terms<'static> {
    fn from(currency: Currency) -> Self {
        Terms {
            currency,
            measures: &[],
        }
    }
}

/// One capacity measure of a plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    /// The key nodes' `capacity` and `forecast` use, and a CSV's `capacity.KEY` column.
    pub key: String,
    /// Its name in each language ("Pupils", "Oppilaat", "Elever").
    #[serde(default, skip_serializing_if = "Names::is_empty")]
    pub name: Names,
    /// What it counts, in each language ("pupils", "oppilasta", "elever").
    #[serde(default, skip_serializing_if = "Names::is_empty")]
    pub unit: Names,
}

impl Measure {
    /// A measure with only a key.
    #[must_use]
    pub fn new(key: &str) -> Measure {
        Measure {
            key: key.to_owned(),
            ..Measure::default()
        }
    }

    /// Its name in `lang`, or its key when it has no name.
    #[must_use]
    pub fn label(&self, lang: Lang) -> &str {
        let name = self.name.show(lang);
        if name.is_empty() { &self.key } else { name }
    }
}

/// Whether `key` can name a measure: letters, digits, `_` and `-`, as a CSV header and a file
/// key hold it without quoting.
#[must_use]
pub fn valid_key(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= 40
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
}

/// The name of measure `key` in `lang` among `measures`; the key itself when the plan does not
/// list it (files from before plans had measures).
#[must_use]
pub fn measure_label<'a>(measures: &'a [Measure], key: &'a str, lang: Lang) -> &'a str {
    measures
        .iter()
        .find(|m| m.key == key)
        .map_or(key, |m| m.label(lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_measure_is_named_in_the_language_asked_and_falls_back_to_its_key() {
        let mut pupils = Measure::new("pupils");
        pupils.name.sv = Some("Elever".into());
        pupils.name.fi = Some("Oppilaat".into());
        let measures = [pupils, Measure::new("groups")];
        assert_eq!(measure_label(&measures, "pupils", Lang::Sv), "Elever");
        assert_eq!(measure_label(&measures, "pupils", Lang::Fi), "Oppilaat");
        // No English name: Finnish first, as every name falls back.
        assert_eq!(measure_label(&measures, "pupils", Lang::En), "Oppilaat");
        assert_eq!(measure_label(&measures, "groups", Lang::En), "groups");
        assert_eq!(measure_label(&measures, "unknown", Lang::En), "unknown");
    }

    #[test]
    fn keys_are_words_without_spaces_or_dots() {
        assert!(valid_key("pupils"));
        assert!(valid_key("parallel_classes"));
        assert!(valid_key("förskolebarn"));
        assert!(!valid_key(""));
        assert!(!valid_key("two words"));
        assert!(!valid_key("a.b"));
    }
}
