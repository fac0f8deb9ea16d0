//! The problems report of a whole plan (every scenario's problems, and the merge conflicts
//! still open), as text for a person or JSON for a program: what `orgplan check` prints.

use super::{CheckOptions, check};
use crate::i18n::{Lang, n, s, tr_args};
use crate::model::{Plan, conflict_text};

/// How the report is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProblemsFormat {
    /// Lines for a person, in the given language.
    Text,
    /// One JSON document.
    Json,
}

/// The problems of every scenario of `plan` (from the file named `file`), and its open merge
/// conflicts, in `format`; the text ends with a newline.
#[must_use]
pub fn problems_report(
    plan: &Plan,
    file: &str,
    options: &CheckOptions,
    format: ProblemsFormat,
    lang: Lang,
) -> String {
    match format {
        ProblemsFormat::Text => text(plan, file, options, lang),
        ProblemsFormat::Json => json(plan, file, options, lang),
    }
}

fn text(plan: &Plan, file: &str, options: &CheckOptions, lang: Lang) -> String {
    let mut out = String::new();
    let mut line = |text: String| {
        out.push_str(&text);
        out.push('\n');
    };
    if !plan.conflicts.is_empty() {
        let args = [("count", n(plan.conflicts.len()))];
        line(tr_args(lang, "cli-open-conflicts", &args));
        for conflict in &plan.conflicts {
            line(format!("  {}", conflict_text(conflict, None, lang)));
        }
    }
    for scenario in plan.scenarios() {
        let problems = check(scenario, options);
        let args = [
            ("file", s(file)),
            ("scenario", s(scenario.meta.id.as_str())),
            ("count", n(problems.len())),
        ];
        let key = if problems.is_empty() {
            "cli-no-problems"
        } else {
            "cli-problems"
        };
        line(tr_args(lang, key, &args));
        for p in &problems {
            let ids: Vec<&str> = p.nodes.iter().map(|id| id.as_str()).collect();
            let message = p.message(scenario, lang);
            line(format!(
                "  {}: {} [{}]",
                p.code.code(),
                message,
                ids.join(", ")
            ));
        }
    }
    out
}

fn json(plan: &Plan, file: &str, options: &CheckOptions, lang: Lang) -> String {
    let scenarios: Vec<serde_json::Value> = plan
        .scenarios()
        .iter()
        .map(|scenario| {
            let problems: Vec<serde_json::Value> = check(scenario, options)
                .iter()
                .map(|p| {
                    serde_json::json!({
                        "code": p.code.code(),
                        "nodes": p.nodes.iter().map(|id| id.as_str()).collect::<Vec<_>>(),
                        "task": p.task.as_ref().map(|t| t.as_str()),
                        "message": p.message(scenario, lang),
                    })
                })
                .collect();
            serde_json::json!({"scenario": scenario.meta.id.as_str(), "problems": problems})
        })
        .collect();
    let conflicts: Vec<serde_json::Value> = plan
        .conflicts
        .iter()
        .map(|c| serde_json::to_value(c).unwrap_or_default())
        .collect();
    let doc = serde_json::json!({"file": file, "scenarios": scenarios, "conflicts": conflicts});
    // Values made from strings and numbers always serialise.
    let mut text = serde_json::to_string_pretty(&doc).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples::{Example, load};

    #[test]
    fn each_scenario_gets_its_line_in_text_and_its_entry_in_json() {
        let plan = load(Example::Kouvola).unwrap();
        let options = CheckOptions::default();
        let text = problems_report(&plan, "k.ron", &options, ProblemsFormat::Text, Lang::En);
        for scenario in plan.scenarios() {
            assert!(text.contains(scenario.meta.id.as_str()), "{text}");
        }
        let json = problems_report(&plan, "k.ron", &options, ProblemsFormat::Json, Lang::En);
        let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(doc["file"], "k.ron");
        let scenarios = doc["scenarios"].as_array().unwrap();
        assert_eq!(scenarios.len(), plan.scenarios().len());
    }
}
