//! The inspector's editable fields and relation editors for the selected node: names in every
//! language, figures checked as typed (capacity and forecast in [`super::capacity_fields`]),
//! the kind (a unit becomes a team), tasks moved to another owner, the head, the supervisor,
//! serves lines, merging into another unit, and the node's problems. Every change is one
//! command that Undo reverses.

use egui::{RichText, Ui};

use super::actions::AppAction;
use super::fields::{date_field, number_field, text_field};
use crate::analysis::Problem;
use crate::i18n::{Lang, s, tr, tr_args};
use crate::model::words::{kind_text, role_text, work_text};
use crate::model::{
    Command, Edge, Edit, Field, Node, NodeId, NodeKind, Relation, Scenario, Task, Term, WorkTag,
    compose,
};

/// What the inspector edits with.
pub struct Inspect<'a> {
    /// The plan (new tasks get ids no scenario of it uses).
    pub plan: &'a crate::model::Plan,
    /// The shown scenario.
    pub scenario: &'a Scenario,
    /// The selected node.
    pub node: &'a Node,
    /// The window's language.
    pub lang: Lang,
}

impl Inspect<'_> {
    fn id(&self, what: &str) -> egui::Id {
        egui::Id::unique(("inspect", self.node.id.as_str(), what, self.lang.code()))
    }

    fn name(&self) -> String {
        self.node.label(self.lang).to_owned()
    }

    /// An edit of the scenario named "`key` { name }" for the Undo menu.
    fn edit(&self, edit: Edit, key: &str) -> AppAction {
        AppAction::Edit {
            command: Command {
                scenario: self.scenario.meta.id.clone(),
                edit,
            },
            label: tr_args(self.lang, key, &[("name", s(self.name()))]),
        }
    }

    fn set(&self, field: Field) -> AppAction {
        self.edit(
            Edit::Set {
                node: self.node.id.clone(),
                field,
            },
            "edit-field",
        )
    }
}

/// The label of a grid row.
fn key(ui: &mut Ui, text: String) -> egui::Response {
    ui.label(RichText::new(text).strong())
}

/// The editable fields, as rows of the details grid.
pub fn fields_ui(ui: &mut Ui, x: &Inspect<'_>, out: &mut Vec<AppAction>) {
    let (node, lang) = (x.node, x.lang);
    key(ui, tr(lang, "field-id"));
    ui.label(node.id.as_str());
    ui.end_row();

    let label = key(ui, tr(lang, "field-kind"));
    if matches!(node.kind, NodeKind::Unit | NodeKind::Team) {
        let combo = egui::ComboBox::from_id_salt(x.id("kind"))
            .selected_text(kind_text(node.kind, lang))
            .show_ui(ui, |ui| {
                for kind in [NodeKind::Unit, NodeKind::Team] {
                    if ui
                        .selectable_label(node.kind == kind, kind_text(kind, lang))
                        .clicked()
                        && node.kind != kind
                    {
                        out.push(x.edit(
                            Edit::Set {
                                node: node.id.clone(),
                                field: Field::Kind(kind),
                            },
                            "edit-kind",
                        ));
                    }
                }
            });
        combo.response.labelled_by(label.id);
    } else {
        ui.label(kind_text(node.kind, lang));
    }
    ui.end_row();

    // The window's language is edited at the top (F2); here the others, and a post's titles.
    let title_on_top = node.name.is_empty();
    for other in Lang::ALL {
        if other != lang || title_on_top {
            names_field(ui, x, other, false, out);
        }
    }
    if node.kind == NodeKind::Position {
        for other in Lang::ALL {
            if other != lang || !title_on_top {
                names_field(ui, x, other, true, out);
            }
        }
        text_row(
            ui,
            x,
            "field-holder",
            node.holder.as_deref(),
            out,
            Field::Holder,
        );
    }
    text_row(
        ui,
        x,
        "field-short-name",
        node.short_name.as_deref(),
        out,
        Field::ShortName,
    );

    type Figure = fn(Option<f64>) -> Field;
    let numbers: [(&str, Option<f64>, Figure); 2] = [
        ("field-fte", node.fte, Field::Fte),
        ("field-cost", node.cost, Field::Cost),
    ];
    for (k, current, field) in numbers {
        // The cost is typed as a bare number in the plan's currency, which its label names.
        let text = match k {
            "field-cost" => format!("{} ({})", tr(lang, k), x.plan.currency()),
            _ => tr(lang, k),
        };
        let label = key(ui, text);
        let edit = number_field(ui, x.id(k), current, lang);
        edit.response.labelled_by(label.id);
        if let Some(value) = edit.value {
            out.push(x.set(field(value)));
        }
        ui.end_row();
    }
    let capacity = super::capacity_fields::CapacityInput {
        plan: x.plan,
        scenario: &x.scenario.meta.id,
        node,
        lang,
    };
    super::capacity_fields::capacity_ui(ui, &capacity, out);
    let label = key(ui, tr(lang, "field-headcount"));
    let edit = number_field(ui, x.id("headcount"), node.headcount.map(f64::from), lang);
    edit.response.labelled_by(label.id);
    if let Some(value) = edit.value {
        match value.map(whole_number) {
            Some(None) => out.push(AppAction::Refuse(tr(lang, "invalid-count"))),
            Some(Some(count)) => out.push(x.set(Field::Headcount(Some(count)))),
            None => out.push(x.set(Field::Headcount(None))),
        }
    }
    ui.end_row();

    let label = key(ui, tr(lang, "field-work"));
    let shown = node
        .work
        .map_or_else(|| tr(lang, "value-none"), |w| work_text(w, lang));
    let combo = egui::ComboBox::from_id_salt(x.id("work"))
        .selected_text(shown)
        .show_ui(ui, |ui| {
            for work in [None, Some(WorkTag::Core), Some(WorkTag::Administration)] {
                let text = work.map_or_else(|| tr(lang, "value-none"), |w| work_text(w, lang));
                if ui.selectable_label(node.work == work, text).clicked() && node.work != work {
                    out.push(x.set(Field::Work(work)));
                }
            }
        });
    combo.response.labelled_by(label.id);
    ui.end_row();
    text_row(
        ui,
        x,
        "field-cost-centre",
        node.cost_centre.as_deref(),
        out,
        Field::CostCentre,
    );
    // A committee answers for an organisation, unit or team; a post or group shows one only to
    // let it be cleared (a file or an import may give it one).
    let governed = matches!(
        node.kind,
        NodeKind::Organisation | NodeKind::Unit | NodeKind::Team
    );
    if governed || node.body.is_some() {
        text_row(ui, x, "field-body", node.body.as_deref(), out, Field::Body);
    }

    if node.kind == NodeKind::Group {
        let term = node.term.unwrap_or_default();
        for (k, current, start) in [
            ("term-start", term.start, true),
            ("term-end", term.end, false),
        ] {
            let label = key(ui, tr(lang, k));
            let edit = date_field(ui, x.id(k), current, lang);
            edit.response.labelled_by(label.id);
            if let Some(date) = edit.value {
                let mut new = term;
                if start {
                    new.start = date;
                } else {
                    new.end = date;
                }
                let value = (new != Term::default()).then_some(new);
                out.push(x.set(Field::Term(value)));
            }
            ui.end_row();
        }
        text_row(
            ui,
            x,
            "field-meetings",
            node.meetings.as_deref(),
            out,
            Field::Meetings,
        );
    }

    let label = key(ui, tr(lang, "field-notes"));
    let edit = text_field(
        ui,
        x.id("notes"),
        node.notes.as_deref().unwrap_or_default(),
        true,
        220.0,
    );
    edit.response.labelled_by(label.id);
    if let Some(text) = edit.value {
        out.push(x.set(Field::Notes(Some(text).filter(|t| !t.is_empty()))));
    }
    ui.end_row();

    tasks_ui(ui, x, out);
}

/// `Some` for a whole, non-negative number that fits a headcount.
fn whole_number(value: f64) -> Option<u32> {
    (value.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&value)).then(|| {
        // Checked above: whole and in range.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let count = value as u32;
        count
    })
}

fn names_field(ui: &mut Ui, x: &Inspect<'_>, lang: Lang, title: bool, out: &mut Vec<AppAction>) {
    let names = if title { &x.node.title } else { &x.node.name };
    let key_name = if title {
        "label-rename-title"
    } else {
        "label-rename"
    };
    let label = key(ui, tr_args(x.lang, key_name, &[("lang", s(lang.code()))]));
    let what = format!("{}{}", if title { "title" } else { "name" }, lang.code());
    let edit = text_field(
        ui,
        x.id(&what),
        names.get(lang).unwrap_or_default(),
        false,
        220.0,
    );
    edit.response.labelled_by(label.id);
    if let Some(text) = edit.value {
        let value = Some(text).filter(|t| !t.is_empty());
        let field = if title {
            Field::Title(lang, value)
        } else {
            Field::Name(lang, value)
        };
        out.push(x.edit(
            Edit::Set {
                node: x.node.id.clone(),
                field,
            },
            "edit-rename",
        ));
    }
    ui.end_row();
}

fn text_row(
    ui: &mut Ui,
    x: &Inspect<'_>,
    k: &str,
    current: Option<&str>,
    out: &mut Vec<AppAction>,
    field: fn(Option<String>) -> Field,
) {
    let label = key(ui, tr(x.lang, k));
    let edit = text_field(ui, x.id(k), current.unwrap_or_default(), false, 220.0);
    edit.response.labelled_by(label.id);
    if let Some(text) = edit.value {
        out.push(x.set(field(Some(text).filter(|t| !t.is_empty()))));
    }
    ui.end_row();
}

/// The node's tasks: each can move to another owner or be removed; a new one can be added.
fn tasks_ui(ui: &mut Ui, x: &Inspect<'_>, out: &mut Vec<AppAction>) {
    let (node, lang, scenario) = (x.node, x.lang, x.scenario);
    key(ui, tr(lang, "field-tasks"));
    ui.vertical(|ui| {
        for task in &node.tasks {
            ui.horizontal_wrapped(|ui| {
                ui.label(format!("• {}", task.name.show(lang)));
                let label = tr_args(lang, "task-move-to", &[("task", s(task.name.show(lang)))]);
                egui::ComboBox::from_id_salt(x.id(&format!("task {}", task.id.as_str())))
                    .selected_text(tr(lang, "task-move"))
                    .show_ui(ui, |ui| {
                        for owner in scenario.nodes().filter(|n| n.id != node.id) {
                            if ui.selectable_label(false, owner.label(lang)).clicked() {
                                out.push(AppAction::Edit {
                                    command: Command {
                                        scenario: scenario.meta.id.clone(),
                                        edit: Edit::MoveTask {
                                            task: task.id.clone(),
                                            to: owner.id.clone(),
                                            at: None,
                                        },
                                    },
                                    label: tr_args(
                                        lang,
                                        "edit-move-task",
                                        &[
                                            ("task", s(task.name.show(lang))),
                                            ("name", s(owner.label(lang))),
                                        ],
                                    ),
                                });
                            }
                        }
                    })
                    .response
                    .on_hover_text(label);
                if ui.small_button(tr(lang, "button-remove")).clicked() {
                    out.push(x.edit(
                        Edit::RemoveTask {
                            task: task.id.clone(),
                        },
                        "edit-remove-task",
                    ));
                }
            });
        }
        let edit = text_field(ui, x.id("new task"), "", false, 200.0);
        edit.response
            .clone()
            .on_hover_text(tr(lang, "task-add-hint"));
        let label = ui.label(RichText::new(tr(lang, "task-add")).weak());
        edit.response.labelled_by(label.id);
        if let Some(name) = edit.value.filter(|t| !t.is_empty()) {
            let id = compose::fresh_task_id(x.plan.scenarios());
            out.push(x.edit(
                Edit::AddTask {
                    node: node.id.clone(),
                    task: Task {
                        id,
                        name: crate::model::names_in(lang, &name),
                    },
                    at: None,
                },
                "edit-add-task",
            ));
        }
    });
    ui.end_row();
}

/// Editors of the node's relations: head, supervisor, serves lines, merging.
pub fn relations_ui(ui: &mut Ui, x: &Inspect<'_>, out: &mut Vec<AppAction>) {
    let (node, lang, scenario) = (x.node, x.lang, x.scenario);
    let none = tr(lang, "value-none");
    let label_of = |id: &NodeId| {
        scenario
            .node(id)
            .map_or(id.as_str(), |n| n.label(lang))
            .to_owned()
    };

    if Relation::Heads.allowed(NodeKind::Position, node.kind) {
        let label = key(ui, tr(lang, "field-led-by"));
        let heads = scenario.heads_of(&node.id);
        let shown = heads.first().map_or_else(|| none.clone(), |h| label_of(h));
        let combo = egui::ComboBox::from_id_salt(x.id("head"))
            .selected_text(shown)
            .show_ui(ui, |ui| {
                if ui
                    .selectable_label(heads.is_empty(), none.clone())
                    .clicked()
                    && !heads.is_empty()
                {
                    out.push(x.edit(compose::set_head(scenario, &node.id, None), "edit-head"));
                }
                // The unit's own posts first, then every other post.
                let own: Vec<&NodeId> = scenario.children(&node.id);
                let posts = own
                    .iter()
                    .copied()
                    .chain(
                        scenario
                            .nodes()
                            .map(|n| &n.id)
                            .filter(|id| !own.contains(id)),
                    )
                    .filter(|id| {
                        scenario
                            .node(id)
                            .is_some_and(|n| n.kind == NodeKind::Position)
                    });
                for post in posts {
                    let chosen = heads.contains(&post);
                    if ui.selectable_label(chosen, label_of(post)).clicked() && !chosen {
                        out.push(x.edit(
                            compose::set_head(scenario, &node.id, Some(post)),
                            "edit-head",
                        ));
                    }
                }
            });
        combo.response.labelled_by(label.id);
        ui.end_row();
    }

    if node.kind == NodeKind::Position {
        let label = key(ui, tr(lang, "field-supervisor"));
        let stated: Vec<&NodeId> = scenario.targets(&node.id, Relation::ReportsTo).collect();
        let shown = stated
            .first()
            .map_or_else(|| tr(lang, "supervisor-derived"), |s| label_of(s));
        let combo = egui::ComboBox::from_id_salt(x.id("supervisor"))
            .selected_text(shown)
            .show_ui(ui, |ui| {
                if ui
                    .selectable_label(stated.is_empty(), tr(lang, "supervisor-derived"))
                    .clicked()
                    && !stated.is_empty()
                {
                    out.push(x.edit(
                        Edit::SetSupervisors {
                            node: node.id.clone(),
                            supervisors: Vec::new(),
                        },
                        "edit-supervisor",
                    ));
                }
                for post in scenario
                    .nodes()
                    .filter(|n| n.kind == NodeKind::Position && n.id != node.id)
                {
                    let chosen = stated.contains(&&post.id);
                    if ui.selectable_label(chosen, post.label(lang)).clicked() && !chosen {
                        out.push(x.edit(
                            Edit::SetSupervisors {
                                node: node.id.clone(),
                                supervisors: vec![post.id.clone()],
                            },
                            "edit-supervisor",
                        ));
                    }
                }
            });
        combo.response.labelled_by(label.id);
        ui.end_row();
    }

    if matches!(node.kind, NodeKind::Unit | NodeKind::Team) {
        let label = key(ui, tr(lang, "field-serves"));
        let served: Vec<&NodeId> = scenario.targets(&node.id, Relation::Serves).collect();
        ui.vertical(|ui| {
            for target in &served {
                ui.horizontal(|ui| {
                    ui.label(label_of(target));
                    if ui.small_button(tr(lang, "button-remove")).clicked() {
                        out.push(x.edit(
                            Edit::RemoveRelation(Edge::new(&node.id, Relation::Serves, target)),
                            "edit-serves",
                        ));
                    }
                });
            }
            let combo = egui::ComboBox::from_id_salt(x.id("serves"))
                .selected_text(tr(lang, "serves-add"))
                .show_ui(ui, |ui| {
                    for target in scenario.nodes().filter(|n| {
                        n.id != node.id
                            && Relation::Serves.allowed(node.kind, n.kind)
                            && !served.contains(&&n.id)
                    }) {
                        if ui.selectable_label(false, target.label(lang)).clicked() {
                            out.push(x.edit(
                                Edit::AddRelation(Edge::new(
                                    &node.id,
                                    Relation::Serves,
                                    &target.id,
                                )),
                                "edit-serves",
                            ));
                        }
                    }
                });
            combo.response.labelled_by(label.id);
        });
        ui.end_row();

        let label = key(ui, tr(lang, "field-merge-into"));
        let combo = egui::ComboBox::from_id_salt(x.id("merge"))
            .selected_text(tr(lang, "add-choose"))
            .show_ui(ui, |ui| {
                for keep in scenario.nodes().filter(|n| {
                    n.id != node.id && matches!(n.kind, NodeKind::Unit | NodeKind::Team)
                }) {
                    if ui.selectable_label(false, keep.label(lang)).clicked() {
                        match compose::merge_into(scenario, &keep.id, &node.id) {
                            Ok(edit) => {
                                out.push(AppAction::Edit {
                                    command: Command {
                                        scenario: scenario.meta.id.clone(),
                                        edit,
                                    },
                                    label: tr_args(
                                        lang,
                                        "edit-merge-into",
                                        &[("name", s(x.name())), ("keep", s(keep.label(lang)))],
                                    ),
                                });
                                out.push(AppAction::Select(Some(keep.id.clone())));
                            }
                            Err(error) => {
                                out.push(AppAction::Refuse(error.message_in(scenario, lang)));
                            }
                        }
                    }
                }
            });
        combo.response.labelled_by(label.id);
        ui.end_row();
    }
}

/// The node's decision (a group's founding decision): body, meeting date, §, record number,
/// presenter, proposal and the decision itself, each field one undoable edit.
pub fn decision_ui(ui: &mut Ui, x: &Inspect<'_>, out: &mut Vec<AppAction>) {
    use crate::model::Decision;
    let lang = x.lang;
    let decision = x.node.decision.as_deref().cloned().unwrap_or_default();
    let commit = |new: Decision| {
        let value = (new != Decision::default()).then(|| Box::new(new));
        x.set(Field::Decision(value))
    };
    type Pick = fn(&mut Decision) -> &mut Option<String>;
    let texts: [(&str, Pick, bool); 6] = [
        ("decision-body", |d| &mut d.body, false),
        ("decision-section", |d| &mut d.section, false),
        ("decision-record", |d| &mut d.record, false),
        ("decision-presenter", |d| &mut d.presenter, false),
        ("decision-proposal", |d| &mut d.proposal, true),
        ("decision-text", |d| &mut d.text, true),
    ];
    for (k, pick, long) in texts {
        let label = key(ui, tr(lang, k));
        let mut probe = decision.clone();
        let current = pick(&mut probe).clone().unwrap_or_default();
        let edit = text_field(ui, x.id(k), &current, long, 220.0);
        edit.response.labelled_by(label.id);
        if let Some(text) = edit.value {
            let mut new = decision.clone();
            *pick(&mut new) = Some(text).filter(|t| !t.is_empty());
            out.push(commit(new));
        }
        ui.end_row();
    }
    let label = key(ui, tr(lang, "decision-date"));
    let edit = date_field(ui, x.id("decision date"), decision.date, lang);
    edit.response.labelled_by(label.id);
    if let Some(date) = edit.value {
        let mut new = decision.clone();
        new.date = date;
        out.push(commit(new));
    }
    ui.end_row();
}

/// The most nodes the member search lists at once.
const MEMBER_HITS: usize = 12;

/// A group's members with their roles: a role can change, a member leave, another join.
pub fn members_ui(ui: &mut Ui, x: &Inspect<'_>, out: &mut Vec<AppAction>) {
    let (node, lang, scenario) = (x.node, x.lang, x.scenario);
    if node.kind != NodeKind::Group {
        return;
    }
    let members: Vec<(NodeId, crate::model::Role)> = scenario
        .edges_to(&node.id)
        .into_iter()
        .filter_map(|e| match e.relation {
            Relation::MemberOf(role) => Some((e.from, role)),
            _ => None,
        })
        .collect();
    let label = key(ui, tr(lang, "field-members"));
    ui.vertical(|ui| {
        for (member, role) in &members {
            let name = scenario
                .node(member)
                .map_or(member.as_str(), |n| n.label(lang));
            ui.horizontal_wrapped(|ui| {
                if ui.link(name).clicked() {
                    out.push(AppAction::Select(Some(member.clone())));
                }
                let edge = Edge::new(member, Relation::MemberOf(*role), &node.id);
                let role_label = tr_args(lang, "member-role-of", &[("name", s(name))]);
                egui::ComboBox::from_id_salt(x.id(&format!("role {}", member.as_str())))
                    .selected_text(role_text(*role, lang))
                    .show_ui(ui, |ui| {
                        for other in crate::model::Role::ALL {
                            if ui
                                .selectable_label(other == *role, role_text(other, lang))
                                .clicked()
                                && other != *role
                            {
                                let changed =
                                    Edge::new(member, Relation::MemberOf(other), &node.id);
                                out.push(x.edit(
                                    Edit::Batch(vec![
                                        Edit::RemoveRelation(edge.clone()),
                                        Edit::AddRelation(changed),
                                    ]),
                                    "edit-members",
                                ));
                            }
                        }
                    })
                    .response
                    .on_hover_text(role_label);
                if ui.small_button(tr(lang, "button-remove")).clicked() {
                    out.push(x.edit(Edit::RemoveRelation(edge), "edit-members"));
                }
            });
        }
        // A member is found by what a planner remembers: a name, a title, a holder, or the
        // organisation (in a network, the municipality), never by scrolling every node.
        let query_id = x.id("member query");
        let mut query: String = ui.data_mut(|d| d.get_temp(query_id).unwrap_or_default());
        let field = ui.add(
            egui::TextEdit::singleline(&mut query)
                .hint_text(tr(lang, "member-add"))
                .desired_width(220.0),
        );
        field.labelled_by(label.id);
        let joinable = |n: &crate::model::Node| {
            Relation::MemberOf(crate::model::Role::Member).allowed(n.kind, NodeKind::Group)
                && !members.iter().any(|(m, _)| *m == n.id)
        };
        let found =
            crate::model::search::find_in_organisations(scenario, &query, MEMBER_HITS, joinable);
        // Which organisation a node is in matters only where there are several.
        let network = scenario
            .roots()
            .filter(|root| root.kind != NodeKind::Group)
            .nth(1)
            .is_some();
        for hit in &found {
            let text = match hit.organisation.filter(|_| network) {
                Some(organisation) => tr_args(
                    lang,
                    "member-found",
                    &[
                        ("name", s(hit.node.label(lang))),
                        ("organisation", s(organisation.label(lang))),
                    ],
                ),
                None => hit.node.label(lang).to_owned(),
            };
            if ui.button(text).clicked() {
                let edge = Edge::new(
                    &hit.node.id,
                    Relation::MemberOf(crate::model::Role::Member),
                    &node.id,
                );
                out.push(x.edit(Edit::AddRelation(edge), "edit-members"));
                query.clear();
            }
        }
        if found.is_empty() && !query.trim().is_empty() {
            ui.weak(tr(lang, "member-none-found"));
        }
        ui.data_mut(|d| d.insert_temp(query_id, query));
    });
    ui.end_row();
}

/// The problems that involve the node; a click selects the others involved.
pub fn problems_ui(ui: &mut Ui, x: &Inspect<'_>, problems: &[Problem], out: &mut Vec<AppAction>) {
    let mine: Vec<&Problem> = problems
        .iter()
        .filter(|p| p.nodes.contains(&x.node.id))
        .collect();
    if mine.is_empty() {
        return;
    }
    ui.add_space(6.0);
    ui.label(
        RichText::new(tr_args(
            x.lang,
            "panel-problems",
            &[("count", crate::i18n::n(mine.len()))],
        ))
        .strong(),
    );
    for problem in mine {
        let text = problem.message(x.scenario, x.lang);
        let first_other = problem.nodes.iter().find(|n| **n != x.node.id);
        let response = ui.add(
            egui::Label::new(RichText::new(text).color(ui.visuals().warn_fg_color))
                .wrap()
                .sense(egui::Sense::click()),
        );
        if response.clicked()
            && let Some(other) = first_other
        {
            out.push(AppAction::Select(Some(other.clone())));
        }
    }
}
