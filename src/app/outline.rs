//! The outline: the scenario's structure as a tree, with kinds and vacancies visible.

use egui::collapsing_header::CollapsingState;
use egui::{RichText, Ui};

use super::actions::AppAction;
use crate::i18n::{Lang, n, tr, tr_args};
use crate::model::words::{kind_text, status_mark};
use crate::model::{Node, NodeId, NodeKind, Scenario, search};

/// Levels of the tree open at first; deeper ones open on demand, so a huge plan stays quick.
const OPEN_LEVELS: usize = 2;

/// The id of a node's open/closed state in the outline, the same wherever it is asked for.
#[must_use]
pub fn open_state_id(node: &NodeId) -> egui::Id {
    egui::Id::unique(("outline", node.as_str()))
}

/// Opens every node above `node`, so that it shows in the outline.
pub fn reveal(ctx: &egui::Context, scenario: &Scenario, node: &NodeId) {
    for parent in scenario.ancestors(node) {
        let mut state = CollapsingState::load_with_default_open(ctx, open_state_id(parent), false);
        state.set_open(true);
        state.store(ctx);
    }
}

/// Shows the search field and the outline of `scenario`; a click on a node (or Enter on the
/// first search hit) emits [`AppAction::Select`].
pub fn outline_ui(
    ui: &mut Ui,
    scenario: &Scenario,
    selected: &[&NodeId],
    lang: Lang,
    focus_search: bool,
    out: &mut Vec<AppAction>,
) {
    let id = egui::Id::unique("outline_search");
    let mut query = ui.data(|d| d.get_temp::<String>(id)).unwrap_or_default();
    let hits = ui
        .horizontal(|ui| {
            let label = ui.label(tr(lang, "label-search"));
            let response = ui
                .add(
                    egui::TextEdit::singleline(&mut query)
                        .hint_text(tr(lang, "search-hint"))
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id);
            if focus_search {
                response.request_focus();
            }
            let hits = search::find_nodes(scenario, &query);
            let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if entered && let Some(first) = hits.first() {
                out.push(AppAction::Select(Some(first.id.clone())));
            }
            hits
        })
        .inner;
    ui.data_mut(|d| d.insert_temp(id, query.clone()));
    if !query.trim().is_empty() {
        ui.label(RichText::new(tr_args(lang, "search-count", &[("count", n(hits.len()))])).weak());
        egui::ScrollArea::vertical()
            .id_salt("search_scroll")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                for node in hits {
                    ui.horizontal(|ui| row_ui(ui, node, selected, lang, out));
                }
            });
        return;
    }
    egui::ScrollArea::both()
        .id_salt("outline_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let (groups, roots): (Vec<&Node>, Vec<&Node>) = scenario
                .roots()
                .partition(|node| node.kind == NodeKind::Group);
            for root in roots {
                node_ui(ui, scenario, root, 0, selected, lang, out);
            }
            if !groups.is_empty() {
                ui.separator();
                ui.label(RichText::new(tr(lang, "outline-groups")).strong());
                for group in groups {
                    node_ui(ui, scenario, group, 0, selected, lang, out);
                }
            }
        });
}

fn node_ui(
    ui: &mut Ui,
    scenario: &Scenario,
    node: &Node,
    depth: usize,
    selected: &[&NodeId],
    lang: Lang,
    out: &mut Vec<AppAction>,
) {
    let children = scenario.children(&node.id);
    if children.is_empty() {
        ui.horizontal(|ui| {
            // Line leaves up with the labels of open nodes, past the toggle button.
            ui.add_space(ui.spacing().indent);
            row_ui(ui, node, selected, lang, out);
        });
        return;
    }
    let id = ui.make_persistent_id(("outline", node.id.as_str()));
    CollapsingState::load_with_default_open(ui.ctx(), id, depth < OPEN_LEVELS)
        .show_header(ui, |ui| row_ui(ui, node, selected, lang, out))
        .body(|ui| {
            for child in children {
                if let Some(child) = scenario.node(child) {
                    node_ui(ui, scenario, child, depth + 1, selected, lang, out);
                }
            }
        });
}

fn row_ui(ui: &mut Ui, node: &Node, selected: &[&NodeId], lang: Lang, out: &mut Vec<AppAction>) {
    ui.label(RichText::new(kind_text(node.kind, lang)).small().weak());
    let is_selected = selected.contains(&&node.id);
    let mut text = RichText::new(node.label(lang));
    if node.kind == NodeKind::Unit || node.kind == NodeKind::Organisation {
        text = text.strong();
    }
    if node.status.is_unheld() {
        text = text.italics();
    }
    // Long Finnish names wrap within the panel instead of running out of it.
    let response = ui.add(egui::Button::selectable(is_selected, text).wrap());
    if response.clicked() {
        let adding = ui.input(|i| i.modifiers.command || i.modifiers.shift);
        out.push(if adding {
            AppAction::ToggleSelect(node.id.clone())
        } else {
            AppAction::Select(Some(node.id.clone()))
        });
    }
    if let Some(mark) = status_mark(node, lang) {
        ui.label(RichText::new(format!("({mark})")).italics());
    }
}
