//! Carrying out the window's actions: each [`AppAction`] the panels, menus and keys emit is
//! done here, after asking first when it would drop unsaved changes.

use super::actions::{AppAction, ViewCommand};
use super::{OrgplanApp, PromptKind, edits, outline};
use crate::examples;
use crate::i18n::{s, tr, tr_args};
use crate::model::{Command, Edit, NodeId, apply, compose};

impl OrgplanApp {
    /// Carries out one action; one that would drop unsaved changes (opening another plan,
    /// closing the window) first asks whether to save them.
    pub fn apply(&mut self, action: AppAction, ctx: &egui::Context) {
        let drops_changes = matches!(
            action,
            AppAction::RestoreRecovery
                | AppAction::Open
                | AppAction::OpenRecent(_)
                | AppAction::OpenPath
                | AppAction::OpenExample(_)
                | AppAction::OpenImported(_)
                | AppAction::NewPlan
                | AppAction::Quit
        );
        if drops_changes && self.unsaved() {
            self.pending = Some(action);
            return;
        }
        self.run(action, ctx);
    }

    pub(super) fn run(&mut self, action: AppAction, ctx: &egui::Context) {
        match action {
            AppAction::Open => {
                if let Some(path) = self.dialogs.pick_open() {
                    self.open(&path);
                }
            }
            AppAction::OpenPath => self.prompt_for(PromptKind::Open),
            AppAction::ReadStaffList(into) => {
                let filter = tr(self.lang, "dialog-staff-lists");
                if let Some(path) = self.dialogs.pick_staff_list(&filter) {
                    self.read_staff_list(&path, into);
                }
            }
            AppAction::OpenImported(plan) => {
                self.replace_plan(*plan, None);
                self.say(tr(self.lang, "status-staff-imported"), false);
            }
            AppAction::ApplyStaffUpdate(plan) => {
                let label = tr(self.lang, "edit-staff-update");
                self.edit(Command::replace_plan(*plan), label);
            }
            AppAction::Save => match self.path.clone() {
                Some(path) if !crate::io::is_csv(&path) => self.save_checked(path),
                _ => self.apply(AppAction::SaveAs, ctx),
            },
            AppAction::SaveAs => {
                if let Some(path) = self.dialogs.pick_save(self.path.as_deref()) {
                    self.save_checked(path);
                }
            }
            AppAction::SaveAsPath => self.prompt_for(PromptKind::Save),
            AppAction::Export(kind) => {
                if let Some(path) = self
                    .dialogs
                    .pick_export(self.path.as_deref(), kind.extension())
                {
                    self.export(kind, &path);
                }
            }
            AppAction::OpenExample(example) => match examples::load(example) {
                Ok(plan) => {
                    self.replace_plan(plan, None);
                    let name = tr(self.lang, &format!("example-{}", example.code()));
                    self.say(
                        tr_args(self.lang, "status-example", &[("name", s(name))]),
                        false,
                    );
                }
                Err(error) => self.say(error.display(self.lang), true),
            },
            AppAction::SetLang(lang) => {
                self.lang = lang;
                self.settings.lang = Some(lang);
                self.derived = None;
            }
            AppAction::OpenRecent(path) => self.open(&path),
            AppAction::SetCompactLeaves(on) => {
                self.settings.compact_leaves = on;
                self.derived = None;
            }
            AppAction::SetFitToPaper(on) => {
                self.settings.fit_to_paper = on;
                self.derived = None;
                self.canvas.fit();
            }
            AppAction::ShowScenario(id) => {
                if self.plan.scenario(&id).is_some() {
                    if self.compare_from.as_ref() == Some(&id) {
                        self.compare_from = None;
                    }
                    self.scenario = id;
                    self.derived = None;
                    let keep = self.selected.take().filter(|n| self.scenario().contains(n));
                    self.selected = keep;
                    self.also_selected.clear();
                    self.canvas.fit();
                }
            }
            AppAction::Select(node) => {
                self.also_selected.clear();
                if let Some(id) = &node {
                    self.reveal(ctx, id);
                }
                self.selected = node;
            }
            AppAction::ToggleSelect(node) => {
                if self.selected.as_ref() == Some(&node) {
                    self.selected = self.also_selected.pop();
                } else if let Some(at) = self.also_selected.iter().position(|n| *n == node) {
                    self.also_selected.remove(at);
                } else {
                    self.also_selected.extend(self.selected.take());
                    self.reveal(ctx, &node);
                    self.selected = Some(node);
                }
            }
            AppAction::SelectMany(mut nodes) => {
                nodes.retain(|n| self.scenario().contains(n));
                let mut nodes = nodes.into_iter();
                self.selected = nodes.next();
                self.also_selected = nodes.collect();
            }
            AppAction::Refuse(reason) => self.say(reason, true),
            AppAction::FocusRename => self.focus_rename = true,
            AppAction::FocusSearch => self.focus_search = true,
            AppAction::SelectToward(toward) => {
                let scenario = self.scenario();
                if let Some(target) = compose::neighbour(scenario, self.selected.as_ref(), toward) {
                    self.apply(AppAction::Select(Some(target)), ctx);
                }
            }
            AppAction::AddNearSelection { sibling } => {
                for action in self.add_near_selection(sibling) {
                    self.apply(action, ctx);
                }
            }
            AppAction::DeleteSelection => {
                for action in self.delete_selection() {
                    self.apply(action, ctx);
                }
            }
            AppAction::AskDeleteScenario(id) => self.confirm_delete = Some(id),
            AppAction::ResolveConflict(at) => self.resolve_conflict(at),
            AppAction::TakeTheirs(at) => self.take_theirs(at),
            AppAction::SetExportPaper(paper) => {
                self.settings.export_paper = paper;
                // An arranged chart is arranged for the paper.
                if self.settings.fit_to_paper {
                    self.derived = None;
                }
            }
            AppAction::SetExportRedact(on) => {
                self.settings.export_redact = on;
                // Without holders' names the boxes are smaller: the arrangement may change.
                if self.settings.fit_to_paper {
                    self.derived = None;
                }
            }
            AppAction::RestoreRecovery => self.restore_recovery(),
            AppAction::SetTheme(theme) => {
                self.settings.theme = theme;
                ctx.set_theme(theme.preference());
            }
            AppAction::Disk(answer) => self.answer_disk(answer),
            AppAction::View(command) => self.view(command),
            AppAction::NewPlan => {
                self.replace_plan(compose::new_plan(self.lang), None);
                self.say(tr(self.lang, "status-new"), false);
            }
            AppAction::Edit { command, label } => self.edit(command, label),
            AppAction::ShowShortcuts => self.shortcuts_open = true,
            AppAction::ShowAbout => self.about_open = true,
            AppAction::ShowDemand(open) => self.demand_open = open,
            AppAction::Undo => self.step(true),
            AppAction::Redo => self.step(false),
            AppAction::SaveChangeList | AppAction::SaveImpactList => {
                let extension = if action == AppAction::SaveChangeList {
                    "md"
                } else {
                    "xlsx"
                };
                if let Some(path) = self.dialogs.pick_export(self.path.as_deref(), extension) {
                    self.save_comparison(action == AppAction::SaveChangeList, &path);
                }
            }
            AppAction::SavePack(format) => {
                let extension = format.extension();
                if let Some(path) = self.dialogs.pick_export(self.path.as_deref(), extension) {
                    self.save_pack(format, &path);
                }
            }
            AppAction::CompareWith(from) => {
                self.compare_from = from.filter(|id| self.plan.scenario(id).is_some());
                self.compare_view = super::compare::CompareView::default();
                self.derived = None;
            }
            AppAction::CompareSwap => {
                self.compare_view.swapped = !self.compare_view.swapped;
                self.derived = None;
            }
            AppAction::CompareSelect { nodes, reveal } => {
                let shown = self.scenario();
                let here = nodes.iter().find(|id| shown.contains(id)).cloned();
                if here.is_some() {
                    self.selected = here;
                    self.also_selected.clear();
                }
                self.compare_view.select(nodes, reveal);
            }
            AppAction::CopyFigures => {
                let lang = self.lang;
                if let Some(comparison) = self.derived().comparison.as_ref() {
                    ctx.copy_text(comparison.table.to_tsv(lang));
                    self.say(tr(lang, "status-figures-copied"), false);
                }
            }
            AppAction::SaveFigures(xlsx) => {
                let extension = if xlsx { "xlsx" } else { "csv" };
                if let Some(path) = self.dialogs.pick_export(self.path.as_deref(), extension) {
                    self.save_figures(xlsx, &path);
                }
            }
            AppAction::SaveTable(xlsx) => {
                let extension = if xlsx { "xlsx" } else { "csv" };
                if let Some(path) = self.dialogs.pick_export(self.path.as_deref(), extension) {
                    self.save_table(xlsx, &path);
                }
            }
            AppAction::Quit => {
                self.close_confirmed = true;
                self.clear_recovery();
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// Shows a chosen node everywhere: its parents open in the outline, collapsed boxes above
    /// it open on the chart, and the chart brings it into view. Opening the boxes is a change
    /// of the view made by looking, not an edit: it is neither an undo step nor unsaved work.
    fn reveal(&mut self, ctx: &egui::Context, id: &NodeId) {
        let scenario = self.scenario();
        outline::reveal(ctx, scenario, id);
        let closed: Vec<Edit> = scenario
            .ancestors(id)
            .filter(|parent| scenario.view.collapsed.contains(*parent))
            .map(|parent| Edit::SetCollapsed {
                node: parent.clone(),
                collapsed: false,
            })
            .collect();
        if !closed.is_empty() {
            let command = Command {
                scenario: scenario.meta.id.clone(),
                edit: Edit::Batch(closed),
            };
            // Opening boxes of nodes that exist cannot be refused.
            if apply(&mut self.plan, command).is_ok() {
                self.derived = None;
            }
        }
        self.canvas.reveal(id);
    }

    /// Changes where the chart looks.
    fn view(&mut self, command: ViewCommand) {
        // While comparing, the charts in sight are the comparison's.
        let canvases: Vec<&mut super::canvas::CanvasState> = if self.compare_from.is_some() {
            let view = &mut self.compare_view;
            let mut all = vec![&mut view.marked_canvas];
            all.extend(view.side_canvases.iter_mut());
            all
        } else {
            vec![&mut self.canvas]
        };
        for canvas in canvases {
            let zoom = canvas.zoom();
            match command {
                ViewCommand::Fit => canvas.fit(),
                ViewCommand::ActualSize => canvas.set_zoom(1.0),
                ViewCommand::ZoomIn => canvas.set_zoom(zoom * 1.25),
                ViewCommand::ZoomOut => canvas.set_zoom(zoom / 1.25),
                ViewCommand::ZoomToSelection => canvas.zoom_to_selection(),
            }
        }
    }

    /// Deletes the selected nodes with their parts, as one edit.
    fn delete_selection(&self) -> Vec<AppAction> {
        let scenario = self.scenario();
        let selection = self.selection();
        let mut actions = Vec::new();
        if selection.len() > 1 {
            actions.extend(edits::delete_many(scenario, &selection, self.lang));
        } else if let Some(node) = self.selected.as_ref().and_then(|id| scenario.node(id)) {
            edits::delete_with_parts(scenario, node, self.lang, &mut actions);
        }
        actions
    }

    /// Adds a part of the default kind under the selected node (or a sibling after it), and
    /// puts the keyboard in its name.
    fn add_near_selection(&self, sibling: bool) -> Vec<AppAction> {
        let scenario = self.scenario();
        let place = compose::place_near(scenario, self.selected.as_ref(), sibling);
        let mut actions = Vec::from(edits::add_part(
            &self.plan,
            scenario,
            place.kind,
            place.parent.as_ref(),
            place.after.as_ref(),
            self.lang,
        ));
        actions.push(AppAction::FocusRename);
        actions
    }
}
