//! Finnish, Swedish and English texts.
//!
//! Every string a user sees comes from the Fluent catalogues in `assets/i18n/<lang>/orgplan.ftl`,
//! embedded at build time. A test checks that the three catalogues hold the same keys and that
//! every key the code asks for exists.

mod ages;
mod money;
mod numbers;

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader as _, langid};
use serde::{Deserialize, Serialize};

pub use ages::format_age;
pub use money::{Currency, format_money, format_money_delta};
pub use numbers::{format_delta, format_number, parse_number};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./assets/i18n",
        fallback_language: "en",
        // Isolation marks would show as boxes in some fonts and leak into CSV and terminal output.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A language of the user interface and of exported texts.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Lang {
    /// Finnish, the first language of most users.
    Fi,
    /// Swedish, Finland's second national language.
    Sv,
    /// English.
    #[default]
    En,
}

static FI: LanguageIdentifier = langid!("fi");
static SV: LanguageIdentifier = langid!("sv");
static EN: LanguageIdentifier = langid!("en");

impl Lang {
    /// All languages, in the order the user interface offers them.
    pub const ALL: [Lang; 3] = [Lang::Fi, Lang::Sv, Lang::En];

    /// The two-letter code (`fi`, `sv`, `en`).
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fi => "fi",
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    /// The language's own name for itself, as a language menu shows it.
    #[must_use]
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Fi => "Suomi",
            Lang::Sv => "Svenska",
            Lang::En => "English",
        }
    }

    /// Parses a code or locale such as `fi`, `sv-FI`, `en_GB.UTF-8`.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Lang> {
        let prefix: String = code
            .chars()
            .take_while(char::is_ascii_alphabetic)
            .collect::<String>()
            .to_ascii_lowercase();
        match prefix.as_str() {
            "fi" | "fin" => Some(Lang::Fi),
            "sv" | "swe" => Some(Lang::Sv),
            "en" | "eng" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language of the system locale, or English when it is none of ours.
    #[must_use]
    pub fn from_system() -> Lang {
        sys_locale::get_locale()
            .as_deref()
            .and_then(Lang::from_code)
            .unwrap_or_default()
    }

    fn id(self) -> &'static LanguageIdentifier {
        match self {
            Lang::Fi => &FI,
            Lang::Sv => &SV,
            Lang::En => &EN,
        }
    }
}

/// An argument of a translated message: a string or a number.
pub type Arg = FluentValue<'static>;

/// The text of `key` in `lang`.
#[must_use]
pub fn tr(lang: Lang, key: &str) -> String {
    LOCALES.lookup(lang.id(), key)
}

/// The text of `key` in `lang`, with named arguments filled in.
#[must_use]
pub fn tr_args(lang: Lang, key: &str, args: &[(&'static str, Arg)]) -> String {
    let map: HashMap<Cow<'static, str>, FluentValue<'_>> = args
        .iter()
        .map(|(name, value)| (Cow::Borrowed(*name), value.clone()))
        .collect();
    LOCALES.lookup_with_args(lang.id(), key, &map)
}

/// A string argument.
#[must_use]
pub fn s(value: impl Into<String>) -> Arg {
    FluentValue::from(value.into())
}

/// A number argument (used for plurals).
#[must_use]
pub fn n(value: usize) -> Arg {
    // usize has no From impl for FluentValue; f64 is exact for any count a plan can hold.
    #[allow(clippy::cast_precision_loss)]
    FluentValue::from(value as f64)
}

/// The message keys of one catalogue, for the completeness tests.
///
/// A message starts at the beginning of a line with its identifier and ` =`; continuation lines
/// are indented, comments start with `#` and terms with `-`.
#[must_use]
pub fn catalogue_keys(lang: Lang) -> Vec<String> {
    catalogue_source(lang)
        .lines()
        .filter(|line| line.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|line| line.split_once('=').map(|(key, _)| key.trim().to_owned()))
        .collect()
}

/// The raw Fluent source of one catalogue.
#[must_use]
pub fn catalogue_source(lang: Lang) -> &'static str {
    match lang {
        Lang::Fi => include_str!("../../assets/i18n/fi/orgplan.ftl"),
        Lang::Sv => include_str!("../../assets/i18n/sv/orgplan.ftl"),
        Lang::En => include_str!("../../assets/i18n/en/orgplan.ftl"),
    }
}

/// `A`, `A and B`, `A, B and C` in `lang`; the word for none when empty.
#[must_use]
pub fn and_list(items: &[String], lang: Lang) -> String {
    let and = tr_args(lang, "list-and", &[("first", s("")), ("last", s(""))]);
    match items {
        [] => tr(lang, "value-none"),
        [one] => one.clone(),
        // "A, B and C and D" would be ambiguous when a name holds the word itself.
        _ if items.iter().any(|item| item.contains(and.as_str())) => items.join("; "),
        [rest @ .., last] => tr_args(
            lang,
            "list-and",
            &[("first", s(rest.join(", "))), ("last", s(last.clone()))],
        ),
    }
}
