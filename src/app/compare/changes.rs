//! The comparison's changes beside its charts: numbered as `orgplan diff` numbers them, grouped
//! as the report groups them, filtered by group and type; a click on one selects its nodes in
//! every chart and brings them into view.

use egui::{RichText, Ui};

use super::{CompareView, Comparison, nodes_of};
use crate::app::AppAction;
use crate::compare::report::{Sides, sentence};
use crate::compare::{ChangeGroup, ChangeKind};
use crate::i18n::{Lang, format_number, s, tr, tr_args};
use crate::model::{Measure, Scenario};

/// The filters and the list.
pub(super) fn changes_ui(
    ui: &mut Ui,
    comparison: &Comparison,
    [earlier, later]: [&Scenario; 2],
    measures: &[Measure],
    view: &mut CompareView,
    lang: Lang,
    actions: &mut Vec<AppAction>,
) {
    filters_ui(ui, comparison, view, lang);
    let shown = comparison.filtered(view);
    let count = |n: usize| s(format_number(n as f64, lang));
    ui.label(
        RichText::new(tr_args(
            lang,
            "compare-shown",
            &[
                ("shown", count(shown.len())),
                ("all", count(comparison.changes.len())),
            ],
        ))
        .weak(),
    );
    let sides = Sides::new(earlier, later).with_terms(crate::model::measure::Terms {
        currency: comparison.layout.currency,
        measures,
    });
    egui::ScrollArea::vertical()
        .id_salt("compare_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if comparison.changes.is_empty() {
                ui.label(tr(lang, "diff-none"));
            }
            let mut group_shown = None;
            for (number, change) in shown {
                let group = change.kind.group();
                if group_shown != Some(group) {
                    group_shown = Some(group);
                    ui.add_space(6.0);
                    ui.label(RichText::new(tr(lang, group_key(group))).strong());
                }
                let nodes = nodes_of(change);
                // A change to the scenario itself has no nodes: never shown as selected.
                let selected = !nodes.is_empty() && view.selected.first() == nodes.first();
                let text = format!("{number}. {}", sentence(change, &sides, lang));
                let response = ui.add(egui::Button::selectable(selected, text).wrap());
                if response.clicked() {
                    actions.push(AppAction::CompareSelect {
                        nodes,
                        reveal: true,
                    });
                }
            }
        });
}

/// The group and type filters: a type is offered only when a change of it is there (within
/// the chosen group).
fn filters_ui(ui: &mut Ui, comparison: &Comparison, view: &mut CompareView, lang: Lang) {
    let all = tr(lang, "compare-filter-all");
    ui.horizontal_wrapped(|ui| {
        let chosen = view
            .group
            .map_or_else(|| all.clone(), |g| tr(lang, group_key(g)));
        let before = view.group;
        let label = ui.label(tr(lang, "compare-filter-group"));
        let picker = egui::ComboBox::from_id_salt("compare_group")
            .selected_text(chosen)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut view.group, None, all.clone());
                for group in ChangeGroup::ALL {
                    if comparison.changes.iter().any(|c| c.kind.group() == group) {
                        ui.selectable_value(
                            &mut view.group,
                            Some(group),
                            tr(lang, group_key(group)),
                        );
                    }
                }
            });
        picker.response.labelled_by(label.id);
        if view.group != before {
            view.kind = view
                .kind
                .filter(|k| view.group.is_none_or(|g| k.group() == g));
        }
        let chosen = view
            .kind
            .map_or_else(|| all.clone(), |k| kind_name(k, lang));
        let label = ui.label(tr(lang, "compare-filter-type"));
        let picker = egui::ComboBox::from_id_salt("compare_type")
            .selected_text(chosen)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut view.kind, None, all.clone());
                for kind in ChangeKind::ALL {
                    let present = comparison.changes.iter().any(|c| c.kind == kind);
                    let in_group = view.group.is_none_or(|g| kind.group() == g);
                    if present && in_group {
                        ui.selectable_value(&mut view.kind, Some(kind), kind_name(kind, lang));
                    }
                }
            });
        picker.response.labelled_by(label.id);
    });
}

/// The catalogue key of a group's heading.
fn group_key(group: ChangeGroup) -> &'static str {
    match group {
        ChangeGroup::Structure => "diff-group-structure",
        ChangeGroup::Management => "diff-group-management",
        ChangeGroup::Posts => "diff-group-posts",
        ChangeGroup::Tasks => "diff-group-tasks",
        ChangeGroup::Figures => "diff-group-figures",
        ChangeGroup::Details => "diff-group-details",
    }
}

/// A type of change, as the filter names it.
fn kind_name(kind: ChangeKind, lang: Lang) -> String {
    tr(lang, &format!("change-type-{}", kind.code()))
}
