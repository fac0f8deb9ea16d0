//! The comparison's files, as both faces write them: the change list and the staff impact
//! list of two scenarios of one plan, with the rule of what may leave personal data out and
//! what must keep it in one place.

use super::diff;
use super::impact::{ImpactFormat, ReportError, impact, impact_report};
use super::report::{DiffFormat, Sides, diff_report};
use crate::i18n::{Lang, s, tr, tr_args};
use crate::model::{Plan, ScenarioId};

/// Which comparison file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ComparisonFile {
    /// Every change, numbered and grouped (or as CSV or JSON).
    ChangeList(DiffFormat),
    /// The posts and people a change touches, for HR: names people by design.
    ImpactList(ImpactFormat),
}

impl ComparisonFile {
    /// Whether the file can be made without personal data. The staff impact list exists to
    /// name the people concerned: redacted it would be an empty table that looks complete.
    #[must_use]
    pub fn can_redact(self) -> bool {
        matches!(self, ComparisonFile::ChangeList(_))
    }

    /// Whether the window leaves personal data out without being asked: a change list goes
    /// into the committee's minutes, which are published.
    #[must_use]
    pub fn redacted_in_window(self) -> bool {
        self.can_redact()
    }
}

/// Why no comparison file was made.
#[derive(Debug, PartialEq)]
#[non_exhaustive]
pub enum ComparisonError {
    /// Personal data cannot be left out of this file.
    CannotRedact,
    /// A scenario is not in the plan.
    NoScenario {
        /// The one asked for.
        name: String,
        /// The plan's scenarios, by id.
        allowed: String,
    },
    /// The spreadsheet could not be made.
    Spreadsheet(String),
    /// The report could not be written.
    Report(String),
}

impl ComparisonError {
    /// What went wrong, in `lang`.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ComparisonError::CannotRedact => tr(lang, "cli-impact-redact"),
            ComparisonError::NoScenario { name, allowed } => tr_args(
                lang,
                "cli-unknown-scenario",
                &[("name", s(name)), ("allowed", s(allowed))],
            ),
            ComparisonError::Spreadsheet(reason) => {
                tr_args(lang, "error-spreadsheet", &[("reason", s(reason))])
            }
            ComparisonError::Report(reason) => {
                tr_args(lang, "error-report", &[("reason", s(reason))])
            }
        }
    }
}

/// The `file` comparing scenario `from` of `plan` with `to`, in `lang`, without personal data
/// when `redact`.
///
/// # Errors
/// When `redact` is asked of a file that cannot be redacted, when a scenario is not in the
/// plan, or when the spreadsheet cannot be made.
pub fn comparison_file(
    plan: &Plan,
    from: &ScenarioId,
    to: &ScenarioId,
    file: ComparisonFile,
    redact: bool,
    lang: Lang,
) -> Result<Vec<u8>, ComparisonError> {
    if redact && !file.can_redact() {
        return Err(ComparisonError::CannotRedact);
    }
    let public;
    let plan = if redact {
        public = plan.redacted();
        &public
    } else {
        plan
    };
    let side = |id: &ScenarioId| {
        plan.scenario(id).ok_or_else(|| {
            let ids: Vec<&str> = plan
                .scenarios()
                .iter()
                .map(|s| s.meta.id.as_str())
                .collect();
            ComparisonError::NoScenario {
                name: id.as_str().to_owned(),
                allowed: ids.join(", "),
            }
        })
    };
    let (a, b) = (side(from)?, side(to)?);
    match file {
        ComparisonFile::ChangeList(format) => {
            let changes = diff(a, b);
            let sides = Sides::new(a, b).with_terms(plan.terms());
            diff_report(&changes, &sides, format, lang)
                .map(String::into_bytes)
                .map_err(|e| ComparisonError::Report(e.to_string()))
        }
        ComparisonFile::ImpactList(format) => impact_report(&impact(a, b), a, b, format, lang)
            .map_err(|e| match e {
                ReportError::Spreadsheet(e) => ComparisonError::Spreadsheet(e.to_string()),
                ReportError::Csv(e) => ComparisonError::Report(e.to_string()),
            }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples::{Example, load};
    use crate::model::{Command, Edit, Field, apply};

    fn ids(plan: &Plan) -> (ScenarioId, ScenarioId) {
        let scenarios = plan.scenarios();
        (scenarios[0].meta.id.clone(), scenarios[1].meta.id.clone())
    }

    #[test]
    fn a_redacted_change_list_names_no_holder() {
        let mut plan = load(Example::Kouvola).unwrap();
        let (a, b) = ids(&plan);
        // A post both scenarios hold.
        let post = plan.scenarios()[0]
            .nodes()
            .find(|n| n.holder.is_some() && plan.scenarios()[1].contains(&n.id))
            .map(|n| n.id.clone())
            .unwrap();
        // A new holder is a change, and a personal one.
        let holder = Field::Holder(Some("Maija Meikäläinen".into()));
        let edit = Edit::Set {
            node: post,
            field: holder,
        };
        apply(
            &mut plan,
            Command {
                scenario: b.clone(),
                edit,
            },
        )
        .unwrap();
        let personal = plan.personal_strings();
        assert!(personal.iter().any(|p| p == "Maija Meikäläinen"));
        for format in [DiffFormat::Markdown, DiffFormat::Csv, DiffFormat::Json] {
            let file = ComparisonFile::ChangeList(format);
            let open = comparison_file(&plan, &a, &b, file, false, Lang::Fi).unwrap();
            let public = comparison_file(&plan, &a, &b, file, true, Lang::Fi).unwrap();
            let open = String::from_utf8(open).unwrap();
            let public = String::from_utf8(public).unwrap();
            if format == DiffFormat::Csv {
                assert!(open.contains("Maija Meikäläinen"), "{open}");
            }
            for p in &personal {
                assert!(!public.contains(p.as_str()), "{p} in {format:?}");
            }
        }
        assert!(file_redacted_in_window());
    }

    fn file_redacted_in_window() -> bool {
        ComparisonFile::ChangeList(DiffFormat::Markdown).redacted_in_window()
    }

    #[test]
    fn the_impact_list_is_never_redacted_and_an_unknown_scenario_is_named() {
        let plan = load(Example::Kouvola).unwrap();
        let (a, b) = ids(&plan);
        let file = ComparisonFile::ImpactList(ImpactFormat::Csv);
        let refused = comparison_file(&plan, &a, &b, file, true, Lang::En);
        assert_eq!(refused, Err(ComparisonError::CannotRedact));
        assert!(!file.redacted_in_window());
        let nowhere = ScenarioId::new("nowhere").unwrap();
        let missing = comparison_file(&plan, &a, &nowhere, file, false, Lang::En);
        let message = missing.unwrap_err().message(Lang::En);
        assert!(message.contains("nowhere"), "{message}");
    }
}
