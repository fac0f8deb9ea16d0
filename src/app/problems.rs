//! The problems panel: the checks of the shown scenario; a click selects the node involved.

use egui::Ui;

use super::actions::AppAction;
use crate::analysis::Problem;
use crate::i18n::{Lang, tr};
use crate::model::Scenario;

/// Lists `problems`; a click on one emits [`AppAction::Select`] for its first node.
pub fn problems_ui(
    ui: &mut Ui,
    scenario: &Scenario,
    problems: &[Problem],
    lang: Lang,
    out: &mut Vec<AppAction>,
) {
    if problems.is_empty() {
        ui.label(tr(lang, "problems-none"));
        return;
    }
    egui::ScrollArea::vertical()
        .id_salt("problems_scroll")
        .auto_shrink([false, false])
        .show_rows(
            ui,
            ui.text_style_height(&egui::TextStyle::Body) + 4.0,
            problems.len(),
            |ui, range| {
                for problem in problems.get(range).unwrap_or_default() {
                    let text = problem.message(scenario, lang);
                    if ui.link(text).clicked() {
                        out.push(AppAction::Select(problem.nodes.first().cloned()));
                    }
                }
            },
        );
}
