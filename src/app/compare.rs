//! The comparison view: every change from another scenario to the shown one, as the numbered
//! sentences of `orgplan diff`, and the figures side by side as `orgplan stats` prints them.

use egui::{RichText, Ui};

use super::AppAction;
use crate::compare::report::{Sides, sentence};
use crate::compare::stats::{StatsFormat, stats_report};
use crate::compare::{Change, ChangeGroup, Figures};
use crate::i18n::{Lang, s, tr, tr_args};
use crate::model::Scenario;

/// A comparison computed for the window: kept until the plan or the scenarios change.
pub struct Comparison {
    /// The changes, in report order.
    pub changes: Vec<Change>,
    /// The figures of the first and the second scenario.
    pub figures: [Figures; 2],
}

/// Draws the comparison of `from` with `to`; a click on a change selects its node.
pub fn compare_ui(
    ui: &mut Ui,
    from: &Scenario,
    to: &Scenario,
    comparison: &Comparison,
    lang: Lang,
    actions: &mut Vec<AppAction>,
) {
    let title = tr_args(
        lang,
        "diff-title",
        &[
            ("from", s(from.meta.name.show(lang))),
            ("to", s(to.meta.name.show(lang))),
        ],
    );
    ui.heading(title);
    ui.horizontal_wrapped(|ui| {
        for action in [AppAction::SaveChangeList, AppAction::SaveImpactList] {
            let label = action.label_key().map(|k| tr(lang, k)).unwrap_or_default();
            if ui.button(label).clicked() {
                actions.push(action);
            }
        }
        if ui.button(tr(lang, "button-close-compare")).clicked() {
            actions.push(AppAction::CompareWith(None));
        }
    });
    let sides = Sides::new(from, to);
    egui::ScrollArea::vertical()
        .id_salt("compare_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if comparison.changes.is_empty() {
                ui.label(tr(lang, "diff-none"));
            }
            let mut number = 0;
            for group in ChangeGroup::ALL {
                let changes: Vec<&Change> = comparison
                    .changes
                    .iter()
                    .filter(|c| c.kind.group() == group)
                    .collect();
                if changes.is_empty() {
                    continue;
                }
                ui.add_space(6.0);
                ui.label(RichText::new(tr(lang, &format!("diff-group-{}", group.code()))).strong());
                for change in changes {
                    number += 1;
                    let text = format!("{number}. {}", sentence(change, &sides, lang));
                    let response = ui.add(egui::Button::selectable(false, text).wrap());
                    if response.clicked() && to.contains(&change.node) {
                        actions.push(AppAction::Select(Some(change.node.clone())));
                    }
                }
            }
            ui.add_space(10.0);
            ui.label(RichText::new(tr(lang, "panel-figures")).strong());
            let table = stats_report(&[from, to], &comparison.figures, StatsFormat::Text, lang);
            ui.add(egui::Label::new(RichText::new(table).monospace()).extend());
        });
}
