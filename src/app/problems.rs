//! The problems panel: merge conflicts still to resolve, then the checks of the shown scenario;
//! a click selects the node involved.

use egui::Ui;

use super::actions::AppAction;
use crate::analysis::Problem;
use crate::i18n::{Lang, s, tr, tr_args};
use crate::model::{Conflict, Plan, Scenario};

/// Lists the plan's merge conflicts and `problems`; a click on one emits
/// [`AppAction::Select`] for its node, a conflict's buttons [`AppAction::ResolveConflict`] and
/// [`AppAction::TakeTheirs`].
pub fn problems_ui(
    ui: &mut Ui,
    plan: &Plan,
    scenario: &Scenario,
    problems: &[Problem],
    lang: Lang,
    out: &mut Vec<AppAction>,
) {
    if !plan.conflicts.is_empty() {
        // At most half the panel, so that the checks stay in sight below.
        egui::ScrollArea::vertical()
            .id_salt("conflicts_scroll")
            .max_height(ui.available_height() * 0.5)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                for (at, conflict) in plan.conflicts.iter().enumerate() {
                    conflict_ui(ui, plan, scenario, at, conflict, lang, out);
                }
            });
    }
    if problems.is_empty() {
        if plan.conflicts.is_empty() {
            ui.label(tr(lang, "problems-none"));
        }
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

/// One conflict: what both planners set, a link to the node, and a button that closes it with
/// the value the plan holds now.
fn conflict_ui(
    ui: &mut Ui,
    plan: &Plan,
    scenario: &Scenario,
    at: usize,
    conflict: &Conflict,
    lang: Lang,
    out: &mut Vec<AppAction>,
) {
    ui.horizontal(|ui| {
        let text = tr_args(
            lang,
            "problems-conflict",
            &[(
                "text",
                s(crate::merge::conflict_text(conflict, Some(plan), lang)),
            )],
        );
        if ui.link(text).clicked() {
            let shown = match &conflict.scenario {
                Some(id) if *id != scenario.meta.id => {
                    out.push(AppAction::ShowScenario(id.clone()));
                    plan.scenario(id)
                }
                _ => Some(scenario),
            };
            // A node one side removed is no longer there to select.
            match &conflict.node {
                Some(node) if shown.is_some_and(|shown| shown.contains(node)) => {
                    out.push(AppAction::Select(Some(node.clone())));
                }
                Some(_) => {}
                None => out.push(AppAction::Select(None)),
            }
        }
        if ui
            .button(tr(lang, "problems-resolve"))
            .on_hover_text(tr(lang, "problems-resolve-hint"))
            .clicked()
        {
            out.push(AppAction::ResolveConflict(at));
        }
        if crate::merge::can_take_theirs(conflict)
            && ui
                .button(tr(lang, "problems-take-theirs"))
                .on_hover_text(tr(lang, "problems-take-theirs-hint"))
                .clicked()
        {
            out.push(AppAction::TakeTheirs(at));
        }
    });
}
