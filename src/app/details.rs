//! The details panel: every field of the selected node, and its relations.

use egui::{Grid, RichText, Ui};

use super::actions::AppAction;
use crate::i18n::{Lang, s, tr, tr_args};
use crate::model::words::{kind_text, role_text, status_text};
use crate::model::{
    Command, Edit, Field, LineManagement, Node, NodeId, NodeKind, Plan, PostStatus, Relation,
    Scenario, compose,
};

/// What the details panel reads besides the node.
pub struct DetailsView<'a> {
    /// The plan.
    pub plan: &'a Plan,
    /// The shown scenario.
    pub scenario: &'a Scenario,
    /// Its line management.
    pub line: &'a LineManagement,
    /// Whether the name field takes the keyboard focus (F2 or Enter was pressed).
    pub focus_rename: bool,
    /// The scenario's problems.
    pub problems: &'a [crate::analysis::Problem],
}

/// Shows the details of `node`; clicking a related node emits [`AppAction::Select`].
pub fn details_ui(
    ui: &mut Ui,
    view: &DetailsView<'_>,
    node: &Node,
    lang: Lang,
    out: &mut Vec<AppAction>,
) {
    let (plan, scenario, line) = (view.plan, view.scenario, view.line);
    ui.heading(node.label(lang));
    rename_ui(ui, scenario, node, lang, view.focus_rename, out);
    reshape_ui(ui, plan, scenario, node, lang, out);
    egui::ScrollArea::vertical()
        .id_salt("details_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            Grid::new("details_grid")
                .num_columns(2)
                .striped(true)
                .spacing([12.0, 4.0])
                .show(ui, |ui| {
                    let inspect = super::inspector::Inspect {
                        plan,
                        scenario,
                        node,
                        lang,
                    };
                    super::inspector::fields_ui(ui, &inspect, out);
                    super::inspector::relations_ui(ui, &inspect, out);
                    super::inspector::members_ui(ui, &inspect, out);
                    relations_ui(ui, plan, scenario, line, node, lang, out);
                });
            let inspect = super::inspector::Inspect {
                plan,
                scenario,
                node,
                lang,
            };
            super::inspector::problems_ui(ui, &inspect, view.problems, out);
            // A group's founding decision (or any node's that has one) is edited here.
            if node.kind == NodeKind::Group || node.decision.is_some() {
                ui.add_space(8.0);
                ui.label(RichText::new(tr(lang, "field-decision")).strong());
                Grid::new("decision_grid")
                    .num_columns(2)
                    .spacing([12.0, 4.0])
                    .show(ui, |ui| super::inspector::decision_ui(ui, &inspect, out));
            }
        });
}

/// The node's name (a post's title, when it has no name) in the window's language, editable:
/// Enter renames, through a command that Undo reverses.
fn rename_ui(
    ui: &mut Ui,
    scenario: &Scenario,
    node: &Node,
    lang: Lang,
    focus: bool,
    out: &mut Vec<AppAction>,
) {
    let title = node.name.is_empty();
    let names = if title { &node.title } else { &node.name };
    let current = names.get(lang).unwrap_or_default().to_owned();
    let key = if title {
        "label-rename-title"
    } else {
        "label-rename"
    };
    ui.horizontal(|ui| {
        let label = ui.label(tr_args(lang, key, &[("lang", s(lang.code()))]));
        // The text being typed lives in egui's memory until Enter; otherwise the field shows
        // the plan's value, so an undo shows at once.
        let id = ui.make_persistent_id(("rename", node.id.as_str(), lang.code()));
        let mut text = ui
            .data(|d| d.get_temp::<String>(id))
            .unwrap_or_else(|| current.clone());
        let response = ui
            .add(egui::TextEdit::singleline(&mut text).desired_width(360.0))
            .labelled_by(label.id);
        if focus {
            response.request_focus();
        }
        let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if entered {
            ui.data_mut(|d| d.remove::<String>(id));
            let new = text.trim();
            if !new.is_empty() && new != current {
                let field = if title {
                    Field::Title(lang, Some(new.to_owned()))
                } else {
                    Field::Name(lang, Some(new.to_owned()))
                };
                let label = tr_args(lang, "edit-rename", &[("name", s(node.label(lang)))]);
                let change = Edit::Set {
                    node: node.id.clone(),
                    field,
                };
                out.push(edit(scenario, change, label));
            }
        } else if response.has_focus() || response.changed() {
            ui.data_mut(|d| d.insert_temp(id, text));
        } else {
            ui.data_mut(|d| d.remove::<String>(id));
        }
    });
}

/// An edit of the shown scenario, named for the Undo menu.
fn edit(scenario: &Scenario, edit: Edit, label: String) -> AppAction {
    AppAction::Edit {
        command: Command {
            scenario: scenario.meta.id.clone(),
            edit,
        },
        label,
    }
}

/// Adds a new node of `kind` under `parent` (after `after` among its siblings, or last) and
/// selects it: the Add a part list, the chart's menu, Insert and Ctrl+Enter.
#[must_use]
pub fn add_part(
    plan: &Plan,
    scenario: &Scenario,
    kind: NodeKind,
    parent: Option<&NodeId>,
    after: Option<&NodeId>,
    lang: Lang,
) -> [AppAction; 2] {
    let default = tr(lang, &format!("new-{}", kind.code()));
    let (change, id) = compose::new_part(plan, scenario, kind, parent, after, (lang, &default));
    let parent_name = parent.and_then(|p| scenario.node(p)).map_or_else(
        || scenario.meta.name.show(lang).to_owned(),
        |p| p.label(lang).to_owned(),
    );
    let args = [("kind", s(kind_text(kind, lang))), ("name", s(parent_name))];
    [
        edit(scenario, change, tr_args(lang, "edit-add", &args)),
        AppAction::Select(Some(id)),
    ]
}

/// Deletes `node` with its parts and selects its parent: the Delete button and the Delete key.
pub fn delete_with_parts(scenario: &Scenario, node: &Node, lang: Lang, out: &mut Vec<AppAction>) {
    let label = tr_args(lang, "edit-delete", &[("name", s(node.label(lang)))]);
    out.push(edit(
        scenario,
        compose::remove_with_parts(scenario, &node.id),
        label,
    ));
    out.push(AppAction::Select(scenario.parent(&node.id).cloned()));
}

/// Deletes several nodes with their parts as one edit (a node inside another selected one goes
/// with it) and selects the first one's parent.
#[must_use]
pub fn delete_many(scenario: &Scenario, nodes: &[&NodeId], lang: Lang) -> [AppAction; 2] {
    let chosen: std::collections::HashSet<&NodeId> = nodes.iter().copied().collect();
    let inside_another = |id: &NodeId| {
        let mut at = scenario.parent(id);
        let mut steps = 0;
        while let Some(parent) = at {
            if chosen.contains(parent) || steps > scenario.len() {
                return true;
            }
            at = scenario.parent(parent);
            steps += 1;
        }
        false
    };
    let edits: Vec<Edit> = nodes
        .iter()
        .filter(|id| scenario.contains(id) && !inside_another(id))
        .map(|id| compose::remove_with_parts(scenario, id))
        .collect();
    let label = tr_args(
        lang,
        "edit-delete-many",
        &[("count", crate::i18n::n(edits.len()))],
    );
    let parent = nodes.first().and_then(|id| scenario.parent(id)).cloned();
    [
        edit(scenario, Edit::Batch(edits), label),
        AppAction::Select(parent),
    ]
}

/// Adding parts, moving under another parent, the status, deleting: each one command.
fn reshape_ui(
    ui: &mut Ui,
    plan: &Plan,
    scenario: &Scenario,
    node: &Node,
    lang: Lang,
    out: &mut Vec<AppAction>,
) {
    let name = node.label(lang).to_owned();
    let named = |key: &str| tr_args(lang, key, &[("name", s(name.clone()))]);
    ui.horizontal_wrapped(|ui| {
        // Add a part (not under a post: nothing is part of a post).
        if node.kind != NodeKind::Position {
            let label = ui.label(tr(lang, "label-add-part"));
            let combo = egui::ComboBox::from_id_salt("add_part")
                .selected_text(tr(lang, "add-choose"))
                .show_ui(ui, |ui| {
                    for kind in compose::part_kinds(node.kind) {
                        if ui.selectable_label(false, kind_text(kind, lang)).clicked() {
                            out.extend(add_part(plan, scenario, kind, Some(&node.id), None, lang));
                        }
                    }
                });
            combo.response.labelled_by(label.id);
        }

        // Move under another parent: the keyboard's way of dragging a box.
        let label = ui.label(tr(lang, "label-move-under"));
        let parent = scenario.parent(&node.id);
        let shown = parent
            .and_then(|p| scenario.node(p))
            .map_or_else(|| tr(lang, "value-none"), |p| p.label(lang).to_owned());
        let combo = egui::ComboBox::from_id_salt("move_under")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                for candidate in compose::possible_parents(scenario, &node.id) {
                    let Some(target) = scenario.node(candidate) else {
                        continue;
                    };
                    let chosen = parent == Some(candidate);
                    if ui.selectable_label(chosen, target.label(lang)).clicked() && !chosen {
                        out.push(edit(
                            scenario,
                            Edit::Move {
                                node: node.id.clone(),
                                parent: Some(candidate.clone()),
                            },
                            named("edit-move"),
                        ));
                    }
                }
            });
        combo.response.labelled_by(label.id);

        // A post's status; a unit, team or group is only active or ceased.
        let post = node.kind == NodeKind::Position;
        let word = |status: PostStatus| {
            if !post && status == PostStatus::Filled {
                tr(lang, "status-active")
            } else {
                let mut probe = node.clone();
                probe.status = status;
                status_text(&probe, lang)
            }
        };
        let choices: &[PostStatus] = if post {
            &PostStatus::ALL
        } else {
            &[PostStatus::Filled, PostStatus::Abolished]
        };
        let label = ui.label(tr(lang, "field-status"));
        let combo = egui::ComboBox::from_id_salt("set_status")
            .selected_text(word(node.status))
            .show_ui(ui, |ui| {
                for &status in choices {
                    let chosen = node.status == status;
                    if ui.selectable_label(chosen, word(status)).clicked() && !chosen {
                        out.push(edit(
                            scenario,
                            Edit::Set {
                                node: node.id.clone(),
                                field: Field::Status(status),
                            },
                            named("edit-status"),
                        ));
                    }
                }
            });
        combo.response.labelled_by(label.id);

        if let Some(action) = super::canvas::collapse_action(scenario, &node.id, lang) {
            let key = if scenario.view.collapsed.contains(&node.id) {
                "canvas-expand"
            } else {
                "canvas-collapse"
            };
            if ui.button(tr(lang, key)).clicked() {
                out.push(action);
            }
        }
        if ui.button(tr(lang, "button-delete")).clicked() {
            delete_with_parts(scenario, node, lang, out);
        }
        if !scenario.children(&node.id).is_empty()
            && ui.button(tr(lang, "button-delete-keep-parts")).clicked()
        {
            out.push(edit(
                scenario,
                compose::remove_lifting_parts(scenario, &node.id),
                named("edit-delete"),
            ));
            out.push(AppAction::Select(scenario.parent(&node.id).cloned()));
        }
    });
}

fn row(ui: &mut Ui, key: &str, value: impl Into<String>, lang: Lang) {
    ui.label(RichText::new(tr(lang, key)).strong());
    ui.label(value.into());
    ui.end_row();
}

/// A row of links to related nodes; a click selects one.
fn links_row(
    ui: &mut Ui,
    key: &str,
    ids: &[(&NodeId, Option<String>)],
    scenario: &Scenario,
    lang: Lang,
    out: &mut Vec<AppAction>,
) {
    if ids.is_empty() {
        return;
    }
    ui.label(RichText::new(tr(lang, key)).strong());
    ui.vertical(|ui| {
        for (id, note) in ids {
            let name = scenario.node(id).map_or(id.as_str(), |n| n.label(lang));
            ui.horizontal(|ui| {
                if ui.link(name).clicked() {
                    out.push(AppAction::Select(Some((*id).clone())));
                }
                if let Some(note) = note {
                    ui.label(RichText::new(format!("({note})")).weak());
                }
            });
        }
    });
    ui.end_row();
}

fn relations_ui(
    ui: &mut Ui,
    plan: &Plan,
    scenario: &Scenario,
    line: &LineManagement,
    node: &Node,
    lang: Lang,
    out: &mut Vec<AppAction>,
) {
    let id = &node.id;
    let targets = |relation| {
        let mut ids: Vec<&NodeId> = scenario.targets(id, relation).collect();
        ids.sort_by_key(|target| scenario.position(target));
        plain(ids)
    };
    links_row(
        ui,
        "field-part-of",
        &targets(Relation::PartOf),
        scenario,
        lang,
        out,
    );
    links_row(
        ui,
        "field-heads",
        &targets(Relation::Heads),
        scenario,
        lang,
        out,
    );
    if let Some(position) = scenario.position(id) {
        let note = tr(
            lang,
            if line.is_stated(position) {
                "supervisor-stated"
            } else {
                "supervisor-derived"
            },
        );
        let supervisors: Vec<(&NodeId, Option<String>)> = line
            .supervisors(position)
            .iter()
            .filter_map(|&p| scenario.node_at(p))
            .map(|n| (&n.id, Some(note.clone())))
            .collect();
        links_row(ui, "field-supervisor", &supervisors, scenario, lang, out);
    }
    links_row(
        ui,
        "field-assistant-to",
        &targets(Relation::AssistantTo),
        scenario,
        lang,
        out,
    );
    let served_by = plain(scenario.sources_in_order(id, Relation::Serves));
    links_row(ui, "field-served-by", &served_by, scenario, lang, out);
    let member_of: Vec<(&NodeId, Option<String>)> = scenario
        .edges_from(id)
        .into_iter()
        .filter_map(|e| match e.relation {
            Relation::MemberOf(role) => scenario
                .node(&e.to)
                .map(|g| (&g.id, Some(role_text(role, lang)))),
            _ => None,
        })
        .collect();
    links_row(ui, "field-member-of", &member_of, scenario, lang, out);
    if !node.replaces.is_empty() {
        // Replaced nodes usually live only in an earlier scenario: name them from there.
        let text: Vec<&str> = node
            .replaces
            .iter()
            .map(|old| {
                plan.scenarios()
                    .iter()
                    .find_map(|s| s.node(old))
                    .map_or(old.as_str(), |n| n.label(lang))
            })
            .collect();
        row(ui, "field-replaces", text.join(", "), lang);
    }
}

/// Related nodes without a note.
fn plain(ids: Vec<&NodeId>) -> Vec<(&NodeId, Option<String>)> {
    ids.into_iter().map(|i| (i, None)).collect()
}
