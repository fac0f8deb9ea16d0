//! The eframe window, the planner's editor: the chart canvas, the outline, the inspector of the
//! selected node (or the scenario's own details), the problems, scenario tabs, the comparison
//! view, File › Open/Save/Export, undo and redo, autosave and recovery, and the notice when the
//! open file changes on disk.
//!
//! UI functions read the plan and emit [`AppAction`]s; [`OrgplanApp::apply`] carries them out
//! after the UI pass, so that everything the window does can be done by a test without one.

mod actions;
pub mod canvas;
mod compare;
mod details;
pub mod dialogs;
pub mod disk;
mod fields;
pub mod fonts;
mod inspector;
mod outline;
pub mod palette;
mod problems;
pub mod recovery;
mod scenario_editor;
pub mod settings;

use std::path::{Path, PathBuf};

use egui::{RichText, Ui};

pub use actions::{AppAction, DiskAnswer, ExportKind, ViewCommand};
use dialogs::{FileDialogs, NativeDialogs};

use crate::analysis::{CheckOptions, Problem, check};
use crate::examples::{self, Example};
use crate::export::{
    ChartOptions, PageOrientation, PdfOptions, RenderOptions, chart, numbered, pdf, svg,
};
use crate::i18n::{Lang, s, tr, tr_args};
use crate::io::{open_any, save_file, write_atomically};
use crate::model::words::scenario_status_text;
use crate::model::{Edit, LineManagement, NodeId, Plan, Scenario, ScenarioId};

/// Opens the window on `plan` and runs until it is closed.
///
/// # Errors
/// When no window can be opened (no display, no graphics).
pub fn run(plan: Plan, path: Option<PathBuf>, lang: Lang, lang_given: bool) -> eframe::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([640.0, 400.0])
            .with_title(window_title(path.as_deref(), lang, false)),
        ..Default::default()
    };
    eframe::run_native(
        "orgplan",
        options,
        Box::new(move |cc| {
            let settings = cc
                .storage
                .and_then(|s| s.get_string(settings::KEY))
                .map(|text| settings::Settings::from_ron(&text))
                .unwrap_or_default();
            // The language given on the command line wins over the one remembered.
            let lang = if lang_given {
                lang
            } else {
                settings.lang.unwrap_or(lang)
            };
            // The process id alone may come back after a reboot: the start time tells runs apart.
            let session = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| format!("{:x}", d.as_nanos()))
                .unwrap_or_default();
            let mut app =
                OrgplanApp::new(plan, path, lang, Box::new(NativeDialogs)).with_settings(settings);
            if let Some(dir) = recovery::default_dir() {
                app = app.with_recovery(recovery::Recovery::new(dir, &session));
            }
            Ok(Box::new(app))
        }),
    )
}

fn window_title(path: Option<&Path>, lang: Lang, unsaved: bool) -> String {
    let app = tr(lang, "app-title");
    // The usual mark of unsaved changes: an asterisk after the file's name.
    let mark = if unsaved { "*" } else { "" };
    match path.and_then(Path::file_name) {
        Some(name) => format!("{}{mark} — {app}", name.to_string_lossy()),
        None => format!("{app}{mark}"),
    }
}

/// The answers to "save the changes?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum UnsavedAnswer {
    Save,
    Discard,
    Cancel,
}

/// Every node in the order the outline lists them: each root, then its parts, depth first.
fn tree_order(scenario: &Scenario) -> Vec<NodeId> {
    let mut order = Vec::with_capacity(scenario.len());
    let mut stack: Vec<&NodeId> = scenario.roots().map(|n| &n.id).collect();
    stack.reverse();
    while let Some(id) = stack.pop() {
        order.push(id.clone());
        let children = scenario.children(id);
        stack.extend(children.into_iter().rev());
    }
    order
}

/// One step of the edit history: the command that reverses it, and what it is called.
struct Step {
    label: String,
    command: Undoable,
}

/// What undoes a step: a command, the whole plan as it was (a reload or a merge with the
/// version on disk replaces the plan at once), or a merge conflict to list again at its place
/// or to close again.
enum Undoable {
    Command(crate::model::Command),
    Plan(Box<Plan>),
    Reopen(usize, Box<crate::model::Conflict>),
    Close(usize),
}

/// A message in the status line.
#[derive(Clone, Debug, PartialEq)]
pub struct StatusMessage {
    /// The text, already in the user's language.
    pub text: String,
    /// Whether it reports a failure.
    pub is_error: bool,
}

/// The answers to "restore the work a crashed window left?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RecoveryAnswer {
    Restore,
    Discard,
    Later,
}

/// What a path prompt is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum PromptKind {
    Open,
    Save,
}

/// A small window where the user types a path (where no system dialog answers).
#[derive(Clone, Debug)]
struct PathPrompt {
    kind: PromptKind,
    text: String,
    /// Whether the text field has had its first focus (it takes it when the prompt opens).
    focused: bool,
}

/// Derived from the plan and the chosen scenario; recomputed when either changes.
struct Derived {
    problems: Vec<Problem>,
    line: LineManagement,
    comparison: Option<compare::Comparison>,
    chart: canvas::Chart,
}

/// The application: the open plan and the window's state.
pub struct OrgplanApp {
    plan: Plan,
    path: Option<PathBuf>,
    lang: Lang,
    scenario: ScenarioId,
    selected: Option<NodeId>,
    /// Further selected nodes (Ctrl+click, a band on the chart), besides `selected`.
    also_selected: Vec<NodeId>,
    status: Option<StatusMessage>,
    dialogs: Box<dyn FileDialogs>,
    prompt: Option<PathPrompt>,
    check_options: CheckOptions,
    derived: Option<Derived>,
    title_shown: Option<String>,
    /// The scenario the shown one is compared with, when the comparison view is open.
    compare_from: Option<ScenarioId>,
    /// Edits to undo, the last at the end.
    undo: Vec<Step>,
    /// Undone edits to redo, the last undone at the end.
    redo: Vec<Step>,
    /// How many edits the undo list held when the plan was opened or last saved; `None` when
    /// that state can no longer be reached by undo or redo.
    saved_depth: Option<usize>,
    /// An action that would drop unsaved changes, waiting for Save, Discard or Cancel.
    pending: Option<AppAction>,
    /// The user chose to close the window with its changes unsaved (or saved them first).
    close_confirmed: bool,
    /// F2 was pressed: the name field takes the keyboard focus.
    focus_rename: bool,
    /// Ctrl+F was pressed: the search field takes the keyboard focus.
    focus_search: bool,
    /// Whether the list of keyboard shortcuts is open.
    shortcuts_open: bool,
    /// Where the chart looks.
    canvas: canvas::CanvasState,
    /// Whether the chart's fonts have been handed to egui (they work from the next pass).
    fonts_installed: bool,
    /// Whether they work.
    fonts_ready: bool,
    /// A scenario the user asked to delete, waiting for Delete or Cancel.
    confirm_delete: Option<ScenarioId>,
    /// What is remembered between runs.
    settings: settings::Settings,
    /// Where unsaved work is autosaved, when the window has a data folder.
    recovery: Option<recovery::Recovery>,
    /// Recovery files of earlier sessions, offered one at a time.
    recovery_offer: Vec<recovery::Found>,
    /// Edits since the last autosave.
    edits_since_autosave: usize,
    /// When the last autosave was written (egui's clock, seconds).
    last_autosave: Option<f64>,
    /// Whether this session's recovery file exists.
    autosaved: bool,
    /// The open file as the window last read or wrote it.
    disk: Option<disk::OnDisk>,
    /// When the file was last looked at (egui's clock, seconds).
    last_poll: f64,
    /// A save over a file that changed on disk, waiting for Overwrite, Merge or Cancel.
    confirm_overwrite: Option<PathBuf>,
}

impl OrgplanApp {
    /// An app showing `plan`'s baseline.
    #[must_use]
    pub fn new(
        plan: Plan,
        path: Option<PathBuf>,
        lang: Lang,
        dialogs: Box<dyn FileDialogs>,
    ) -> Self {
        let scenario = plan.baseline().meta.id.clone();
        let mut app = OrgplanApp {
            plan,
            path,
            lang,
            scenario,
            selected: None,
            also_selected: Vec::new(),
            status: None,
            dialogs,
            prompt: None,
            check_options: CheckOptions::default(),
            derived: None,
            title_shown: None,
            compare_from: None,
            undo: Vec::new(),
            redo: Vec::new(),
            saved_depth: Some(0),
            pending: None,
            close_confirmed: false,
            focus_rename: false,
            focus_search: false,
            shortcuts_open: false,
            canvas: canvas::CanvasState::default(),
            fonts_installed: false,
            fonts_ready: false,
            confirm_delete: None,
            settings: settings::Settings::default(),
            recovery: None,
            recovery_offer: Vec::new(),
            edits_since_autosave: 0,
            last_autosave: None,
            autosaved: false,
            disk: None,
            last_poll: 0.0,
            confirm_overwrite: None,
        };
        // The file named on the command line is watched like one opened in the window.
        let path = app.path.clone();
        app.watch(path.as_deref());
        app
    }

    /// The app with remembered settings.
    #[must_use]
    pub fn with_settings(mut self, settings: settings::Settings) -> Self {
        self.settings = settings;
        self
    }

    /// The app autosaving to `recovery`, offering what earlier sessions left there.
    #[must_use]
    pub fn with_recovery(mut self, recovery: recovery::Recovery) -> Self {
        self.recovery_offer = recovery.found();
        self.recovery = Some(recovery);
        self
    }

    /// What the window remembers between runs.
    #[must_use]
    pub fn settings(&self) -> &settings::Settings {
        &self.settings
    }

    /// Recovery files waiting to be restored or discarded.
    #[must_use]
    pub fn recovery_offer(&self) -> &[recovery::Found] {
        &self.recovery_offer
    }

    /// The open plan.
    #[must_use]
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// The file the plan came from or was last saved to.
    #[must_use]
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The language of the window.
    #[must_use]
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The scenario shown.
    #[must_use]
    pub fn scenario(&self) -> &Scenario {
        self.plan
            .scenario(&self.scenario)
            .unwrap_or_else(|| self.plan.baseline())
    }

    /// The selected node.
    #[must_use]
    pub fn selected(&self) -> Option<&NodeId> {
        self.selected.as_ref()
    }

    /// The selected nodes, the main one first.
    #[must_use]
    pub fn selection(&self) -> Vec<&NodeId> {
        self.selected.iter().chain(&self.also_selected).collect()
    }

    /// Where the chart looks.
    #[must_use]
    pub fn canvas(&self) -> &canvas::CanvasState {
        &self.canvas
    }

    /// The shown scenario's chart, as the canvas draws it.
    pub fn chart(&mut self) -> &canvas::Chart {
        &self.derived().chart
    }

    /// Where a node's box is on the screen, when the chart shows it.
    pub fn screen_rect_of(&mut self, id: &NodeId) -> Option<egui::Rect> {
        let state = self.canvas.clone();
        state.screen_rect_of(self.chart(), id)
    }

    /// The status line's message.
    #[must_use]
    pub fn status(&self) -> Option<&StatusMessage> {
        self.status.as_ref()
    }

    fn derived(&mut self) -> &Derived {
        let scenario = self
            .plan
            .scenario(&self.scenario)
            .unwrap_or_else(|| self.plan.baseline());
        let options = &self.check_options;
        let lang = self.lang;
        let compact_leaves = self.settings.compact_leaves;
        let from = self
            .compare_from
            .as_ref()
            .and_then(|id| self.plan.scenario(id));
        self.derived.get_or_insert_with(|| Derived {
            problems: check(scenario, options),
            line: LineManagement::of(scenario),
            chart: canvas::Chart::laid_out(
                scenario,
                crate::layout::LayoutOptions {
                    lang,
                    compact_leaves,
                    ..crate::layout::LayoutOptions::default()
                },
            ),
            comparison: from.map(|from| compare::Comparison {
                changes: crate::compare::diff(from, scenario),
                figures: [
                    crate::compare::figures(from, options.span_limit),
                    crate::compare::figures(scenario, options.span_limit),
                ],
            }),
        })
    }

    /// The scenario the shown one is compared with, when the comparison view is open.
    #[must_use]
    pub fn compare_from(&self) -> Option<&ScenarioId> {
        self.compare_from.as_ref()
    }

    fn say(&mut self, text: String, is_error: bool) {
        self.status = Some(StatusMessage { text, is_error });
    }

    /// The action waiting for an answer about unsaved changes.
    #[must_use]
    pub fn pending(&self) -> Option<&AppAction> {
        self.pending.as_ref()
    }

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
                | AppAction::NewPlan
                | AppAction::Quit
        );
        if drops_changes && self.unsaved() {
            self.pending = Some(action);
            return;
        }
        self.run(action, ctx);
    }

    /// Answers the unsaved-changes question: save first, discard, or cancel.
    fn answer(&mut self, answer: UnsavedAnswer, ctx: &egui::Context) {
        let Some(action) = self.pending.take() else {
            return;
        };
        match answer {
            UnsavedAnswer::Cancel => {}
            UnsavedAnswer::Discard => self.run(action, ctx),
            UnsavedAnswer::Save => {
                self.apply(AppAction::Save, ctx);
                // Only when the save went through does the waiting action go on.
                if !self.unsaved() {
                    self.run(action, ctx);
                }
            }
        }
    }

    fn run(&mut self, action: AppAction, ctx: &egui::Context) {
        match action {
            AppAction::Open => {
                if let Some(path) = self.dialogs.pick_open() {
                    self.open(&path);
                }
            }
            AppAction::OpenPath => self.prompt_for(PromptKind::Open),
            AppAction::Save => match self.path.clone() {
                Some(path) if is_plan_file(&path) => self.save_checked(path),
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
            AppAction::AskDeleteScenario(id) => self.confirm_delete = Some(id),
            AppAction::ResolveConflict(at) => self.resolve_conflict(at),
            AppAction::TakeTheirs(at) => self.take_theirs(at),
            AppAction::SetExportPaper(paper) => self.settings.export_paper = paper,
            AppAction::SetExportRedact(on) => self.settings.export_redact = on,
            AppAction::RestoreRecovery => self.restore_recovery(),
            AppAction::SetTheme(theme) => {
                self.settings.theme = theme;
                ctx.set_theme(theme.preference());
            }
            AppAction::Disk(answer) => self.answer_disk(answer),
            AppAction::View(command) => self.view(command),
            AppAction::NewPlan => {
                self.replace_plan(crate::model::compose::new_plan(self.lang), None);
                self.say(tr(self.lang, "status-new"), false);
            }
            AppAction::Edit { command, label } => self.edit(command, label),
            AppAction::ShowShortcuts => self.shortcuts_open = true,
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
            AppAction::CompareWith(from) => {
                self.compare_from = from.filter(|id| self.plan.scenario(id).is_some());
                self.derived = None;
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
            let command = crate::model::Command {
                scenario: scenario.meta.id.clone(),
                edit: Edit::Batch(closed),
            };
            // Opening boxes of nodes that exist cannot be refused.
            if crate::model::apply(&mut self.plan, command).is_ok() {
                self.derived = None;
            }
        }
        self.canvas.reveal(id);
    }

    /// Writes the recovery file when there is unsaved work: on every tenth edit, and once a
    /// minute while edits wait; removes it when nothing is unsaved any more.
    fn autosave(&mut self, now: f64) {
        let Some(recovery) = &self.recovery else {
            return;
        };
        if !self.unsaved() {
            if self.autosaved {
                self.clear_recovery();
            }
            return;
        }
        let last = *self.last_autosave.get_or_insert(now);
        let due = self.edits_since_autosave >= 10
            || (self.edits_since_autosave > 0 && now - last >= 60.0);
        if !due {
            return;
        }
        self.last_autosave = Some(now);
        self.edits_since_autosave = 0;
        match recovery.write(&self.plan, self.path.as_deref()) {
            Ok(()) => self.autosaved = true,
            Err(error) => {
                let message = tr_args(
                    self.lang,
                    "autosave-failed",
                    &[("reason", s(error.message(self.lang)))],
                );
                self.say(message, true);
            }
        }
    }

    /// Removes this session's recovery file.
    fn clear_recovery(&mut self) {
        if self.autosaved
            && let Some(recovery) = &self.recovery
        {
            recovery.clear();
        }
        self.autosaved = false;
        self.edits_since_autosave = 0;
    }

    /// Restores, discards or keeps for later the first recovery file offered.
    fn answer_recovery(&mut self, answer: RecoveryAnswer, ctx: &egui::Context) {
        if self.recovery_offer.is_empty() {
            return;
        }
        if answer == RecoveryAnswer::Restore {
            // Restoring replaces the open plan: unsaved work in it is asked about first.
            self.apply(AppAction::RestoreRecovery, ctx);
            return;
        }
        let found = self.recovery_offer.remove(0);
        match answer {
            RecoveryAnswer::Later => {}
            RecoveryAnswer::Discard => recovery::Recovery::discard(&found.file),
            RecoveryAnswer::Restore => {}
        }
    }

    /// Restores the first recovery file offered (the open plan's unsaved work was asked about).
    fn restore_recovery(&mut self) {
        if self.recovery_offer.is_empty() {
            return;
        }
        let found = self.recovery_offer.remove(0);
        match recovery::Recovery::restore(&found) {
            Ok(plan) => {
                self.replace_plan(plan, found.source.clone());
                self.watch(found.source.as_deref());
                if let Some(disk) = &mut self.disk {
                    // The file may have changed since the crash: compare with what is there
                    // now, against the restored plan's own content.
                    disk.base = self.plan.clone();
                }
                // Restored work is unsaved work: the title says so, closing asks.
                self.saved_depth = None;
                self.edits_since_autosave = 10;
                self.last_autosave = None;
                self.autosave(0.0);
                if self.autosaved {
                    recovery::Recovery::discard(&found.file);
                }
                self.say(tr(self.lang, "recovery-restored"), false);
            }
            Err(error) => self.say(error.display(self.lang), true),
        }
    }

    /// The offer to restore unsaved work a crashed window left behind.
    fn recovery_ui(&mut self, ctx: &egui::Context) {
        // One question at a time: the unsaved-changes one first.
        if self.pending.is_some() {
            return;
        }
        let Some(found) = self.recovery_offer.first() else {
            return;
        };
        let lang = self.lang;
        let when = found
            .written
            .and_then(|t| t.elapsed().ok())
            .map(|age| crate::i18n::format_age(age.as_secs(), lang))
            .unwrap_or_default();
        let source = found
            .source
            .as_ref()
            .map_or_else(|| tr(lang, "recovery-no-file"), |p| p.display().to_string());
        let text = tr_args(
            lang,
            "recovery-text",
            &[("when", s(when)), ("file", s(source))],
        );
        let choices = [
            ("button-restore", RecoveryAnswer::Restore),
            ("button-discard", RecoveryAnswer::Discard),
            ("button-later", RecoveryAnswer::Later),
        ];
        let answer = ask(
            ctx,
            "recovery_offer",
            lang,
            "recovery-title",
            &text,
            &choices,
        );
        if let Some(answer) = answer {
            self.answer_recovery(answer, ctx);
        }
    }

    /// Starts watching the plan's file on disk (a CSV is not written back, so not watched).
    fn watch(&mut self, path: Option<&Path>) {
        self.disk = path
            .filter(|p| is_plan_file(p))
            .and_then(disk::Stamp::read)
            .map(|stamp| disk::OnDisk::new(stamp, self.plan.clone()));
    }

    /// Saves to `path`, first asking when that is the open file and it changed on disk.
    fn save_checked(&mut self, path: PathBuf) {
        if self.changed_on_disk(&path) {
            self.confirm_overwrite = Some(path);
        } else {
            self.save(&path);
        }
    }

    /// Whether the file at `path` (the open one) now holds something else than the window
    /// last read or wrote there.
    fn changed_on_disk(&mut self, path: &Path) -> bool {
        if self.path.as_deref() != Some(path) {
            return false;
        }
        let Some(disk) = &mut self.disk else {
            return false;
        };
        disk.poll(path);
        disk.changed.is_some()
    }

    /// Looks at the open file every two seconds.
    fn poll_disk(&mut self, now: f64) {
        if now - self.last_poll < 2.0 {
            return;
        }
        self.last_poll = now;
        if let (Some(path), Some(disk)) = (&self.path, &mut self.disk) {
            disk.poll(path);
        }
    }

    /// Whether the window shows that the open file changed on disk.
    #[must_use]
    pub fn disk_notice(&self) -> bool {
        self.disk
            .as_ref()
            .is_some_and(|d| d.changed.is_some() && !d.dismissed)
    }

    /// Reloads the file's version from disk, keeps the window's own, or merges the two against
    /// the version both started from. Reload and merge replace the plan as one step that Undo
    /// takes back.
    fn answer_disk(&mut self, answer: DiskAnswer) {
        let lang = self.lang;
        let Some(path) = self.path.clone() else {
            return;
        };
        match answer {
            DiskAnswer::Cancel => {
                self.confirm_overwrite = None;
                return;
            }
            DiskAnswer::Keep => {
                if let Some(disk) = &mut self.disk {
                    disk.dismissed = true;
                }
                self.confirm_overwrite = None;
                return;
            }
            DiskAnswer::Overwrite => {
                let target = self.confirm_overwrite.take().unwrap_or(path);
                self.save(&target);
                return;
            }
            DiskAnswer::Reload | DiskAnswer::Merge => {}
        }
        let (theirs, stamp) = match (crate::io::load_file(&path), disk::Stamp::read(&path)) {
            (Ok(plan), Some(stamp)) => (plan, stamp),
            (Err(error), _) => {
                self.say(error.display(lang), true);
                return;
            }
            (Ok(_), None) => return,
        };
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let (new_plan, label, message, saved) = if answer == DiskAnswer::Reload {
            let label = tr_args(lang, "edit-reload", &[("file", s(name))]);
            (theirs.clone(), label, tr(lang, "status-reloaded"), true)
        } else {
            let Some(base) = self.disk.as_ref().map(|d| d.base.clone()) else {
                return;
            };
            match crate::merge::merge(&base, &self.plan, &theirs) {
                Ok(merged) => {
                    let count = merged.conflicts.len();
                    let label = tr_args(lang, "edit-merge", &[("file", s(name))]);
                    let message =
                        tr_args(lang, "status-merged", &[("count", crate::i18n::n(count))]);
                    (merged.plan, label, message, false)
                }
                Err(error) => {
                    self.say(error.message(lang), true);
                    return;
                }
            }
        };
        let old = std::mem::replace(&mut self.plan, new_plan);
        self.record(label, Undoable::Plan(Box::new(old)));
        // The plan now matches the file (reload) or holds it (merge): its content is the base.
        self.saved_depth = if saved { Some(self.undo.len()) } else { None };
        if !saved {
            // Merged work exists nowhere else yet: autosave it at once.
            self.edits_since_autosave = 10;
        }
        self.disk = Some(disk::OnDisk::new(stamp, theirs));
        self.confirm_overwrite = None;
        self.changed();
        self.say(message, false);
    }

    /// The notice that the open file changed on disk.
    fn disk_notice_ui(&self, ui: &mut Ui, actions: &mut Vec<AppAction>) {
        let lang = self.lang;
        let name = self
            .path
            .as_ref()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(tr_args(lang, "disk-changed", &[("file", s(name))]))
                    .color(ui.visuals().warn_fg_color)
                    .strong(),
            );
            for (key, answer) in [
                ("button-reload", DiskAnswer::Reload),
                ("button-merge", DiskAnswer::Merge),
                ("button-keep-mine", DiskAnswer::Keep),
            ] {
                if ui.button(tr(lang, key)).clicked() {
                    actions.push(AppAction::Disk(answer));
                }
            }
        });
    }

    /// Asks before a save writes over a file that changed on disk.
    fn overwrite_ui(&self, ctx: &egui::Context, actions: &mut Vec<AppAction>) {
        if self.confirm_overwrite.is_none() {
            return;
        }
        let choices = [
            ("button-overwrite", DiskAnswer::Overwrite),
            ("button-merge", DiskAnswer::Merge),
            ("button-cancel", DiskAnswer::Cancel),
        ];
        let text = tr(self.lang, "overwrite-text");
        if let Some(answer) = ask(
            ctx,
            "confirm_overwrite",
            self.lang,
            "overwrite-title",
            &text,
            &choices,
        ) {
            actions.push(AppAction::Disk(answer));
        }
    }

    /// Changes where the chart looks.
    fn view(&mut self, command: ViewCommand) {
        let zoom = self.canvas.zoom();
        match command {
            ViewCommand::Fit => self.canvas.fit(),
            ViewCommand::ActualSize => self.canvas.set_zoom(1.0),
            ViewCommand::ZoomIn => self.canvas.set_zoom(zoom * 1.25),
            ViewCommand::ZoomOut => self.canvas.set_zoom(zoom / 1.25),
            ViewCommand::ZoomToSelection => self.canvas.zoom_to_selection(),
        }
    }

    fn prompt_for(&mut self, kind: PromptKind) {
        let text = self
            .path
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        self.prompt = Some(PathPrompt {
            kind,
            text,
            focused: false,
        });
    }

    /// Opens a plan or CSV file; on failure the open plan stays as it was.
    pub fn open(&mut self, path: &Path) {
        match open_any(path) {
            Ok(plan) => {
                self.replace_plan(plan, Some(path.to_owned()));
                self.watch(Some(path));
                self.settings.remember(path);
                let args = [("path", s(path.display().to_string()))];
                self.say(tr_args(self.lang, "status-opened", &args), false);
            }
            Err(error) => self.say(error.lines(self.lang).join("\n"), true),
        }
    }

    /// Saves the plan to `path` atomically; on failure the file on disk stays as it was.
    pub fn save(&mut self, path: &Path) {
        match save_file(&self.plan, path) {
            Ok(()) => {
                self.path = Some(path.to_owned());
                self.saved_depth = Some(self.undo.len());
                self.disk = disk::Stamp::read(path)
                    .map(|stamp| disk::OnDisk::new(stamp, self.plan.clone()));
                self.confirm_overwrite = None;
                self.settings.remember(path);
                self.clear_recovery();
                let args = [("path", s(path.display().to_string()))];
                self.say(tr_args(self.lang, "status-saved", &args), false);
            }
            Err(error) => self.say(error.message(self.lang), true),
        }
    }

    /// The window's title: the file's name, a mark when there are unsaved changes, the app.
    #[must_use]
    pub fn window_title(&self) -> String {
        window_title(self.path.as_deref(), self.lang, self.unsaved())
    }

    /// Whether the plan has changed since it was opened or saved.
    #[must_use]
    pub fn unsaved(&self) -> bool {
        self.saved_depth != Some(self.undo.len())
    }

    /// What Undo would undo, as the menu names it.
    #[must_use]
    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(|step| step.label.as_str())
    }

    /// What Redo would redo, as the menu names it.
    #[must_use]
    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|step| step.label.as_str())
    }

    /// Puts a step on the undo list; what could be redone is gone.
    fn record(&mut self, label: String, command: Undoable) {
        // A saved state that was only reachable by redo is gone for good.
        if self
            .saved_depth
            .is_some_and(|depth| depth > self.undo.len())
        {
            self.saved_depth = None;
        }
        self.undo.push(Step { label, command });
        self.redo.clear();
    }

    /// Records an edit the plan has taken: a step to undo, unsaved work, derived views stale.
    fn record_edit(&mut self, label: String, command: Undoable) {
        self.record(label, command);
        self.edits_since_autosave += 1;
        self.changed();
    }

    /// Applies an edit; a refused edit leaves the plan as it was and says why.
    fn edit(&mut self, command: crate::model::Command, label: String) {
        match crate::model::apply(&mut self.plan, command) {
            Ok(inverse) => self.record_edit(label, Undoable::Command(inverse)),
            Err(error) => {
                let message = error.message_in(self.scenario(), self.lang);
                self.say(message, true);
            }
        }
    }

    /// Closes merge conflict `at`: the plan keeps the value it holds. Undoable.
    fn resolve_conflict(&mut self, at: usize) {
        if at >= self.plan.conflicts.len() {
            return;
        }
        let conflict = self.plan.conflicts.remove(at);
        let label = tr_args(
            self.lang,
            "edit-resolve-conflict",
            &[("field", s(conflict.field.clone()))],
        );
        self.record_edit(label, Undoable::Reopen(at, Box::new(conflict)));
    }

    /// Settles merge conflict `at` with the other planner's value. Undoable; a value that does
    /// not make a valid plan is refused with the reason, and the plan stays as it was.
    fn take_theirs(&mut self, at: usize) {
        let Some(conflict) = self.plan.conflicts.get(at) else {
            return;
        };
        let field = conflict.field.clone();
        match crate::merge::take_theirs(&self.plan, at) {
            Ok(plan) => {
                let old = std::mem::replace(&mut self.plan, plan);
                let label = tr_args(self.lang, "edit-take-theirs", &[("field", s(field))]);
                self.record_edit(label, Undoable::Plan(Box::new(old)));
            }
            Err(error) => {
                let text = tr_args(
                    self.lang,
                    "problems-take-theirs-failed",
                    &[("field", s(field)), ("reason", s(error.message(self.lang)))],
                );
                self.say(text, true);
            }
        }
    }

    /// Undoes (or redoes) one edit, moving it to the other list.
    fn step(&mut self, undo: bool) {
        let (from, to) = if undo {
            (&mut self.undo, &mut self.redo)
        } else {
            (&mut self.redo, &mut self.undo)
        };
        let Some(step) = from.pop() else {
            return;
        };
        let applied = match step.command {
            Undoable::Command(command) => {
                crate::model::apply(&mut self.plan, command).map(Undoable::Command)
            }
            Undoable::Plan(plan) => Ok(Undoable::Plan(Box::new(std::mem::replace(
                &mut self.plan,
                *plan,
            )))),
            Undoable::Reopen(at, conflict) => {
                let at = at.min(self.plan.conflicts.len());
                self.plan.conflicts.insert(at, *conflict);
                Ok(Undoable::Close(at))
            }
            // The lists of steps keep the conflicts' places in step; out of range, there is
            // nothing left to close.
            Undoable::Close(at) if at < self.plan.conflicts.len() => {
                let conflict = self.plan.conflicts.remove(at);
                Ok(Undoable::Reopen(at, Box::new(conflict)))
            }
            Undoable::Close(at) => Ok(Undoable::Close(at)),
        };
        match applied {
            Ok(inverse) => {
                to.push(Step {
                    label: step.label,
                    command: inverse,
                });
                self.edits_since_autosave += 1;
                self.changed();
            }
            Err(error) => {
                // The step is gone and the plan as it was: whether that is the saved state can
                // no longer be told, so it counts as unsaved.
                self.saved_depth = None;
                let message = error.message_in(self.scenario(), self.lang);
                self.say(message, true);
            }
        }
    }

    fn changed(&mut self) {
        self.derived = None;
        // An undone "new scenario" or a deleted one: show the baseline instead.
        if self.plan.scenario(&self.scenario).is_none() {
            self.scenario = self.plan.baseline().meta.id.clone();
            self.canvas.fit();
        }
        if let Some(from) = &self.compare_from
            && (self.plan.scenario(from).is_none() || *from == self.scenario)
        {
            self.compare_from = None;
        }
        if let Some(id) = &self.selected
            && !self.scenario().contains(id)
        {
            self.selected = None;
        }
        let scenario = self.plan.scenario(&self.scenario);
        self.also_selected
            .retain(|id| scenario.is_some_and(|s| s.contains(id)));
    }

    /// The keyboard: Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo, Ctrl+S saves, Ctrl+Shift+S
    /// saves as, Ctrl+O opens; outside text fields, the arrows move the selection along the
    /// tree, Delete deletes the selected node with its parts and F2 renames it.
    fn shortcuts(&mut self, ctx: &egui::Context, actions: &mut Vec<AppAction>) {
        use egui::{Key, KeyboardShortcut, Modifiers};
        let command = |key| KeyboardShortcut::new(Modifiers::COMMAND, key);
        let command_shift = |key| KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, key);
        ctx.input_mut(|input| {
            // The shift variants first: the plain shortcut would also match them.
            if input.consume_shortcut(&command_shift(Key::Z))
                || input.consume_shortcut(&command(Key::Y))
            {
                actions.push(AppAction::Redo);
            } else if input.consume_shortcut(&command(Key::Z)) {
                actions.push(AppAction::Undo);
            }
            if input.consume_shortcut(&command_shift(Key::S)) {
                actions.push(AppAction::SaveAs);
            } else if input.consume_shortcut(&command(Key::S)) {
                actions.push(AppAction::Save);
            }
            if input.consume_shortcut(&command(Key::O)) {
                actions.push(AppAction::Open);
            }
            if input.consume_shortcut(&command(Key::F)) {
                self.focus_search = true;
            }
            if input.consume_shortcut(&command(Key::N)) {
                actions.push(AppAction::NewPlan);
            }
            if input.consume_shortcut(&command(Key::Num0)) {
                actions.push(AppAction::View(ViewCommand::Fit));
            }
            if input.consume_shortcut(&command(Key::Plus))
                || input.consume_shortcut(&command(Key::Equals))
            {
                actions.push(AppAction::View(ViewCommand::ZoomIn));
            }
            if input.consume_shortcut(&command(Key::Minus)) {
                actions.push(AppAction::View(ViewCommand::ZoomOut));
            }
        });
        let (sibling, child) = ctx.input_mut(|input| {
            let sibling = input.consume_shortcut(&command_shift(Key::Enter));
            let child = !sibling && input.consume_shortcut(&command(Key::Enter));
            (sibling, child)
        });
        if sibling || child {
            self.add_near_selection(sibling, actions);
        }
        // Plain keys belong to a text field while one has the focus.
        if ctx.memory(|m| m.focused().is_some()) || self.pending.is_some() {
            return;
        }
        let pressed = |key| ctx.input(|i| i.key_pressed(key));
        let scenario = self.scenario();
        let Some(selected) = self.selected.clone() else {
            if pressed(Key::ArrowDown) {
                actions.push(AppAction::Select(
                    scenario.roots().next().map(|n| n.id.clone()),
                ));
            }
            return;
        };
        let order = tree_order(scenario);
        let at = order.iter().position(|id| *id == selected);
        let step = |delta: isize| {
            at.and_then(|at| at.checked_add_signed(delta))
                .and_then(|i| order.get(i))
                .cloned()
        };
        let target = if pressed(Key::ArrowDown) {
            step(1)
        } else if pressed(Key::ArrowUp) {
            step(-1)
        } else if pressed(Key::ArrowLeft) {
            scenario.parent(&selected).cloned()
        } else if pressed(Key::ArrowRight) {
            scenario.children(&selected).first().map(|id| (*id).clone())
        } else {
            None
        };
        if let Some(target) = target {
            actions.push(AppAction::Select(Some(target)));
        }
        if pressed(Key::Delete) {
            let selection = self.selection();
            if selection.len() > 1 {
                actions.extend(details::delete_many(scenario, &selection, self.lang));
            } else if let Some(node) = scenario.node(&selected) {
                details::delete_with_parts(scenario, node, self.lang, actions);
            }
        }
        if pressed(Key::F2) || pressed(Key::Enter) {
            self.focus_rename = true;
        }
        if pressed(Key::Insert) {
            self.add_near_selection(false, actions);
        }
    }

    /// Adds a part of the default kind under the selected node (or a sibling after it; a post
    /// holds no parts, so under a post the new node comes beside it).
    fn add_near_selection(&self, sibling: bool, actions: &mut Vec<AppAction>) {
        let scenario = self.scenario();
        let selected = self.selected.as_ref().filter(|id| scenario.contains(id));
        let is_post = selected
            .and_then(|id| scenario.node(id))
            .is_some_and(|n| n.kind == crate::model::NodeKind::Position);
        let (parent, after) = match selected {
            Some(id) if sibling || is_post => (scenario.parent(id), Some(id)),
            Some(id) => (Some(id), None),
            None => (scenario.roots().next().map(|n| &n.id), None),
        };
        let parent_kind = parent.and_then(|p| scenario.node(p)).map(|n| n.kind);
        let kind = crate::model::compose::default_part_kind(parent_kind);
        actions.extend(details::add_part(
            &self.plan, scenario, kind, parent, after, self.lang,
        ));
        actions.push(AppAction::FocusRename);
    }

    /// Writes the open comparison's change list (Markdown) or staff impact list (xlsx).
    pub fn save_comparison(&mut self, change_list: bool, path: &Path) {
        let lang = self.lang;
        let Some(from) = self
            .compare_from
            .as_ref()
            .and_then(|id| self.plan.scenario(id))
        else {
            return;
        };
        let to = self.scenario();
        let bytes = if change_list {
            // The change list goes into minutes, which are published: no personal data.
            let public = self.plan.redacted();
            let (Some(from), Some(to)) =
                (public.scenario(&from.meta.id), public.scenario(&to.meta.id))
            else {
                return;
            };
            let changes = crate::compare::diff(from, to);
            let sides = crate::compare::report::Sides::new(from, to);
            let format = crate::compare::report::DiffFormat::Markdown;
            Ok(crate::compare::report::diff_report(&changes, &sides, format, lang).into_bytes())
        } else {
            let rows = crate::compare::impact::impact(from, to);
            let format = crate::compare::impact::ImpactFormat::Xlsx;
            crate::compare::impact::impact_report(&rows, from, to, format, lang)
        };
        let result = match bytes {
            Ok(bytes) => write_atomically(path, &bytes).map_err(|e| e.message(lang)),
            Err(error) => Err(tr_args(
                lang,
                "error-spreadsheet",
                &[("reason", s(error.to_string()))],
            )),
        };
        match result {
            Ok(()) => {
                let args = [
                    ("count", crate::i18n::n(1)),
                    ("path", s(path.display().to_string())),
                ];
                self.say(tr_args(lang, "cli-exported", &args), false);
            }
            Err(message) => self.say(message, true),
        }
    }

    /// Exports the shown scenario's chart, in the window's language, laid out as the window
    /// lays it out, on the paper and with the redaction the File menu sets, as `kind` to `path`.
    pub fn export(&mut self, kind: ExportKind, path: &Path) {
        let options = ChartOptions {
            lang: self.lang,
            redact: self.settings.export_redact,
            layout: crate::layout::LayoutOptions {
                compact_leaves: self.settings.compact_leaves,
                ..crate::layout::LayoutOptions::default()
            },
        };
        let drawing = chart(&self.plan, self.scenario(), &options);
        let paper = self.settings.export_paper.paper();
        let files: Result<Vec<(PathBuf, Vec<u8>)>, crate::export::ExportError> = match kind {
            ExportKind::Svg => Ok(vec![(path.to_owned(), svg(&drawing).into_bytes())]),
            ExportKind::Pdf => pdf(
                &drawing,
                &PdfOptions {
                    paper,
                    orientation: PageOrientation::Auto,
                },
            )
            .map(|bytes| vec![(path.to_owned(), bytes)]),
            ExportKind::Png => drawing
                .png(&RenderOptions {
                    paper,
                    ..RenderOptions::default()
                })
                .map(|pages| numbered(path, pages)),
        };
        let files = match files {
            Ok(files) => files,
            Err(error) => {
                self.say(error.to_string(), true);
                return;
            }
        };
        for (file, bytes) in &files {
            if let Err(error) = write_atomically(file, bytes) {
                self.say(error.message(self.lang), true);
                return;
            }
        }
        let first = files
            .first()
            .map(|(p, _)| p.display().to_string())
            .unwrap_or_default();
        let args = [("count", crate::i18n::n(files.len())), ("path", s(first))];
        self.say(tr_args(self.lang, "cli-exported", &args), false);
    }

    fn replace_plan(&mut self, plan: Plan, path: Option<PathBuf>) {
        self.scenario = plan.baseline().meta.id.clone();
        self.plan = plan;
        self.path = path;
        self.selected = None;
        self.also_selected.clear();
        self.compare_from = None;
        self.derived = None;
        self.disk = None;
        self.canvas.fit();
        self.undo.clear();
        self.redo.clear();
        self.saved_depth = Some(0);
    }

    /// Draws the whole window and applies what the user asked for.
    pub fn ui(&mut self, ui: &mut Ui) {
        let mut actions = Vec::new();
        let lang = self.lang;
        let title = self.window_title();
        if !self.fonts_installed {
            fonts::install(ui.ctx());
            // Ctrl+0, Ctrl+plus and Ctrl+minus fit and zoom the chart, not the whole window.
            ui.ctx().options_mut(|o| o.zoom_with_keyboard = false);
            ui.ctx().set_theme(self.settings.theme.preference());
            self.fonts_installed = true;
        } else if !self.fonts_ready {
            self.fonts_ready = fonts::bold_ready(ui.ctx());
        }
        self.shortcuts(ui.ctx(), &mut actions);
        if self.title_shown.as_ref() != Some(&title) {
            ui.ctx()
                .send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title_shown = Some(title);
        }

        egui::Panel::top("menu_bar").show(ui, |ui| {
            egui::MenuBar::new().ui(ui, |ui| self.menu_ui(ui, &mut actions));
        });
        egui::Panel::top("scenario_bar").show(ui, |ui| self.scenario_bar_ui(ui, &mut actions));
        if self.disk_notice() {
            egui::Panel::top("disk_notice").show(ui, |ui| self.disk_notice_ui(ui, &mut actions));
        }
        egui::Panel::bottom("status_bar").show(ui, |ui| self.status_ui(ui));

        let problem_count = self.derived().problems.len() + self.plan.conflicts.len();
        egui::Panel::bottom("problems")
            .resizable(true)
            .default_size(110.0)
            .show(ui, |ui| {
                let title = tr_args(
                    lang,
                    "panel-problems",
                    &[("count", crate::i18n::n(problem_count))],
                );
                ui.label(RichText::new(title).strong());
                let derived = self.derived.as_ref();
                let scenario = self.scenario();
                if let Some(derived) = derived {
                    problems::problems_ui(
                        ui,
                        &self.plan,
                        scenario,
                        &derived.problems,
                        lang,
                        &mut actions,
                    );
                }
            });
        egui::Panel::left("outline")
            .resizable(true)
            .default_size(300.0)
            .show(ui, |ui| {
                ui.label(RichText::new(tr(lang, "panel-outline")).strong());
                let selection = self.selection();
                outline::outline_ui(
                    ui,
                    self.scenario(),
                    &selection,
                    lang,
                    self.focus_search,
                    &mut actions,
                );
            });
        let comparing = self
            .compare_from
            .as_ref()
            .and_then(|id| self.plan.scenario(id))
            .zip(self.derived.as_ref().and_then(|d| d.comparison.as_ref()));
        egui::Panel::right("inspector")
            .resizable(true)
            .default_size(330.0)
            .show(ui, |ui| self.details_panel(ui, &mut actions));
        if let Some((from, comparison)) = comparing {
            egui::CentralPanel::default().show(ui, |ui| {
                compare::compare_ui(ui, from, self.scenario(), comparison, lang, &mut actions);
            });
        } else {
            // No margin round the chart, but the toolbar above it sits on the panel's colour.
            let fill = ui.visuals().panel_fill;
            egui::CentralPanel::default()
                .frame(egui::Frame::NONE.fill(fill))
                .show(ui, |ui| self.chart_ui(ui, &mut actions));
        }
        self.focus_rename = false;
        self.focus_search = false;
        self.prompt_ui(ui.ctx());
        let ctx = ui.ctx().clone();
        if self.shortcuts_open {
            self.shortcuts_ui(&ctx);
        }
        // The window's own close button asks too.
        if ctx.input(|i| i.viewport().close_requested()) && self.unsaved() && !self.close_confirmed
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.pending = Some(AppAction::Quit);
        }
        if let Some(answer) = self.unsaved_ui(&ctx) {
            self.answer(answer, &ctx);
        }
        self.recovery_ui(&ctx);
        self.overwrite_ui(&ctx, &mut actions);
        if ctx.input(|i| i.viewport().close_requested()) && !self.unsaved() {
            self.clear_recovery();
        }
        self.delete_scenario_ui(&ctx, &mut actions);

        for action in actions {
            self.apply(action, &ctx);
        }
        let now = ctx.input(|i| i.time);
        self.autosave(now);
        self.poll_disk(now);
        if self.disk.is_some() {
            ctx.request_repaint_after(std::time::Duration::from_secs(2));
        }
        if self.unsaved() && self.recovery.is_some() {
            // Come back within the minute even when the user does nothing.
            ctx.request_repaint_after(std::time::Duration::from_secs(61));
        }
    }

    /// Asks before a scenario is deleted (Undo would bring it back, but a planner should not
    /// lose an alternative by one stray click).
    fn delete_scenario_ui(&mut self, ctx: &egui::Context, actions: &mut Vec<AppAction>) {
        let Some(id) = self.confirm_delete.clone() else {
            return;
        };
        let Some(scenario) = self.plan.scenario(&id) else {
            self.confirm_delete = None;
            return;
        };
        let lang = self.lang;
        let name = scenario.meta.name.show(lang).to_owned();
        let text = tr_args(lang, "delete-scenario-text", &[("name", s(name.clone()))]);
        let choices = [("button-delete-scenario", true), ("button-cancel", false)];
        let answer = ask(
            ctx,
            "delete_scenario",
            lang,
            "delete-scenario-title",
            &text,
            &choices,
        );
        match answer {
            Some(true) => {
                self.confirm_delete = None;
                actions.push(AppAction::Edit {
                    command: crate::model::Command {
                        scenario: id,
                        edit: Edit::RemoveScenario,
                    },
                    label: tr_args(lang, "edit-delete-scenario", &[("name", s(name))]),
                });
            }
            Some(false) => self.confirm_delete = None,
            None => {}
        }
    }

    /// The question about unsaved changes, while an action waits for it.
    fn unsaved_ui(&self, ctx: &egui::Context) -> Option<UnsavedAnswer> {
        self.pending.as_ref()?;
        let choices = [
            ("button-save", UnsavedAnswer::Save),
            ("button-discard", UnsavedAnswer::Discard),
            ("button-cancel", UnsavedAnswer::Cancel),
        ];
        let text = tr(self.lang, "unsaved-text");
        ask(
            ctx,
            "unsaved_changes",
            self.lang,
            "unsaved-title",
            &text,
            &choices,
        )
    }

    /// The chart's toolbar and the chart.
    fn chart_ui(&mut self, ui: &mut Ui, actions: &mut Vec<AppAction>) {
        let lang = self.lang;
        ui.horizontal_wrapped(|ui| {
            ui.add_space(4.0);
            for (key, command) in [
                ("view-fit", ViewCommand::Fit),
                ("view-actual", ViewCommand::ActualSize),
                ("view-zoom-out", ViewCommand::ZoomOut),
                ("view-zoom-in", ViewCommand::ZoomIn),
                ("view-zoom-selection", ViewCommand::ZoomToSelection),
            ] {
                if ui.button(tr(lang, key)).clicked() {
                    actions.push(AppAction::View(command));
                }
            }
            let percent =
                crate::i18n::format_number((f64::from(self.canvas.zoom()) * 100.0).round(), lang);
            ui.label(tr_args(lang, "view-zoom", &[("percent", s(percent))]));
            ui.separator();
            ui.menu_button(tr(lang, "view-show"), |ui| {
                show_fields_ui(ui, self.scenario(), lang, actions);
                ui.separator();
                let mut compact = self.settings.compact_leaves;
                if ui
                    .checkbox(&mut compact, tr(lang, "show-compact"))
                    .changed()
                {
                    actions.push(AppAction::SetCompactLeaves(compact));
                }
            });
        });
        let Some(derived) = self.derived.as_ref() else {
            return;
        };
        let scenario = self
            .plan
            .scenario(&self.scenario)
            .unwrap_or_else(|| self.plan.baseline());
        let selection: Vec<&NodeId> = self.selected.iter().chain(&self.also_selected).collect();
        let input = canvas::CanvasInput {
            plan: &self.plan,
            scenario,
            chart: &derived.chart,
            selection: &selection,
            lang,
            bold: self.fonts_ready,
        };
        canvas::canvas_ui(ui, &input, &mut self.canvas, actions);
    }

    fn details_panel(&self, ui: &mut Ui, actions: &mut Vec<AppAction>) {
        let lang = self.lang;
        {
            let scenario = self.scenario();
            let node = self.selected.as_ref().and_then(|id| scenario.node(id));
            match (node, self.derived.as_ref()) {
                (Some(node), Some(derived)) => {
                    ui.label(RichText::new(tr(lang, "panel-details")).strong());
                    let view = details::DetailsView {
                        plan: &self.plan,
                        scenario,
                        line: &derived.line,
                        focus_rename: self.focus_rename,
                        problems: &derived.problems,
                    };
                    details::details_ui(ui, &view, node, lang, actions);
                }
                _ => {
                    ui.label(RichText::new(tr(lang, "panel-scenario")).strong());
                    egui::ScrollArea::vertical()
                        .id_salt("scenario_scroll")
                        .show(ui, |ui| {
                            scenario_editor::scenario_editor_ui(
                                ui, &self.plan, scenario, lang, actions,
                            );
                            contacts_ui(ui, &self.plan.contacts, lang);
                            ui.add_space(8.0);
                            ui.label(RichText::new(tr(lang, "details-none")).weak());
                        });
                }
            }
        }
    }

    fn menu_ui(&self, ui: &mut Ui, actions: &mut Vec<AppAction>) {
        let lang = self.lang;
        let item = |ui: &mut Ui, action: AppAction, actions: &mut Vec<AppAction>| {
            let label = action.label_key().map(|k| tr(lang, k)).unwrap_or_default();
            if ui.button(label).clicked() {
                actions.push(action);
                ui.close();
            }
        };
        ui.menu_button(tr(lang, "menu-file"), |ui| {
            item(ui, AppAction::NewPlan, actions);
            item(ui, AppAction::Open, actions);
            item(ui, AppAction::OpenPath, actions);
            if !self.settings.recent.is_empty() {
                ui.menu_button(tr(lang, "menu-recent"), |ui| {
                    for path in &self.settings.recent {
                        if ui.button(path.display().to_string()).clicked() {
                            actions.push(AppAction::OpenRecent(path.clone()));
                            ui.close();
                        }
                    }
                });
            }
            ui.menu_button(tr(lang, "menu-examples"), |ui| {
                for example in Example::ALL {
                    item(ui, AppAction::OpenExample(example), actions);
                }
            });
            ui.separator();
            item(ui, AppAction::Save, actions);
            item(ui, AppAction::SaveAs, actions);
            item(ui, AppAction::SaveAsPath, actions);
            ui.separator();
            item(ui, AppAction::Quit, actions);
        });
        // What goes to the committee: the chart on paper or screen, and with a comparison
        // open, its change list and the staff impact list.
        ui.menu_button(tr(lang, "menu-export"), |ui| {
            ui.horizontal(|ui| {
                ui.label(tr(lang, "menu-export-paper"));
                for paper in settings::ExportPaper::ALL {
                    let chosen = self.settings.export_paper == paper;
                    if ui
                        .selectable_label(chosen, tr(lang, paper.label_key()))
                        .clicked()
                    {
                        actions.push(AppAction::SetExportPaper(paper));
                    }
                }
            });
            let mut redact = self.settings.export_redact;
            if ui
                .checkbox(&mut redact, tr(lang, "menu-export-redact"))
                .changed()
            {
                actions.push(AppAction::SetExportRedact(redact));
            }
            for kind in [ExportKind::Pdf, ExportKind::Png, ExportKind::Svg] {
                item(ui, AppAction::Export(kind), actions);
            }
            ui.separator();
            let comparing = self.compare_from.is_some();
            for action in [AppAction::SaveChangeList, AppAction::SaveImpactList] {
                let label = action.label_key().map(|k| tr(lang, k)).unwrap_or_default();
                let button = ui
                    .add_enabled(comparing, egui::Button::new(label))
                    .on_disabled_hover_text(tr(lang, "menu-export-compare-first"));
                if button.clicked() {
                    actions.push(action);
                    ui.close();
                }
            }
        });
        ui.menu_button(tr(lang, "menu-edit"), |ui| {
            for (undo, label) in [(true, self.undo_label()), (false, self.redo_label())] {
                let text = match (undo, label) {
                    (true, Some(l)) => tr_args(lang, "menu-undo-named", &[("edit", s(l))]),
                    (true, None) => tr(lang, "menu-undo"),
                    (false, Some(l)) => tr_args(lang, "menu-redo-named", &[("edit", s(l))]),
                    (false, None) => tr(lang, "menu-redo"),
                };
                let modifiers = if undo {
                    egui::Modifiers::COMMAND
                } else {
                    egui::Modifiers::COMMAND | egui::Modifiers::SHIFT
                };
                let shortcut = egui::KeyboardShortcut::new(modifiers, egui::Key::Z);
                let button =
                    egui::Button::new(text).shortcut_text(ui.ctx().format_shortcut(&shortcut));
                if ui.add_enabled(label.is_some(), button).clicked() {
                    actions.push(if undo {
                        AppAction::Undo
                    } else {
                        AppAction::Redo
                    });
                    ui.close();
                }
            }
        });
        ui.menu_button(tr(lang, "menu-language"), |ui| {
            for l in Lang::ALL {
                if ui.radio(lang == l, l.native_name()).clicked() {
                    actions.push(AppAction::SetLang(l));
                    ui.close();
                }
            }
        });
        ui.menu_button(tr(lang, "menu-theme"), |ui| {
            for theme in settings::Theme::ALL {
                if ui
                    .radio(self.settings.theme == theme, tr(lang, theme.label_key()))
                    .clicked()
                {
                    actions.push(AppAction::SetTheme(theme));
                    ui.close();
                }
            }
        });
        ui.menu_button(tr(lang, "menu-help"), |ui| {
            if ui.button(tr(lang, "menu-shortcuts")).clicked() {
                actions.push(AppAction::ShowShortcuts);
                ui.close();
            }
        });
    }

    /// The list of keyboard shortcuts, in the user's language.
    fn shortcuts_ui(&mut self, ctx: &egui::Context) {
        let lang = self.lang;
        let mut open = self.shortcuts_open;
        egui::Window::new(tr(lang, "menu-shortcuts"))
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                egui::Grid::new("shortcuts_grid")
                    .num_columns(2)
                    .spacing([16.0, 4.0])
                    .show(ui, |ui| {
                        use egui::{Key, KeyboardShortcut, Modifiers};
                        let command = Modifiers::COMMAND;
                        let shift = Modifiers::COMMAND | Modifiers::SHIFT;
                        let keys: [(Option<KeyboardShortcut>, &str, &str); 19] = [
                            (
                                Some(KeyboardShortcut::new(command, Key::N)),
                                "",
                                "shortcut-new",
                            ),
                            (
                                Some(KeyboardShortcut::new(command, Key::Z)),
                                "",
                                "shortcut-undo",
                            ),
                            (
                                Some(KeyboardShortcut::new(shift, Key::Z)),
                                "",
                                "shortcut-redo",
                            ),
                            (
                                Some(KeyboardShortcut::new(command, Key::Y)),
                                "",
                                "shortcut-redo",
                            ),
                            (
                                Some(KeyboardShortcut::new(command, Key::S)),
                                "",
                                "shortcut-save",
                            ),
                            (
                                Some(KeyboardShortcut::new(shift, Key::S)),
                                "",
                                "shortcut-save-as",
                            ),
                            (
                                Some(KeyboardShortcut::new(command, Key::O)),
                                "",
                                "shortcut-open",
                            ),
                            (
                                Some(KeyboardShortcut::new(command, Key::F)),
                                "",
                                "shortcut-search",
                            ),
                            (
                                Some(KeyboardShortcut::new(command, Key::Num0)),
                                "",
                                "shortcut-fit",
                            ),
                            (None, "key-zoom", "shortcut-zoom"),
                            (None, "key-insert", "shortcut-add-part"),
                            (
                                Some(KeyboardShortcut::new(shift, Key::Enter)),
                                "",
                                "shortcut-add-sibling",
                            ),
                            (None, "key-up-down", "shortcut-up-down"),
                            (None, "key-left-right", "shortcut-left-right"),
                            (None, "key-f2-enter", "shortcut-rename"),
                            (None, "key-enter", "shortcut-enter"),
                            (None, "key-delete", "shortcut-delete"),
                            (None, "key-tab", "shortcut-tab"),
                            (None, "key-mouse", "shortcut-chart-mouse"),
                        ];
                        for (shortcut, key, what) in keys {
                            let key = shortcut.map_or_else(
                                || tr(lang, key),
                                |shortcut| ui.ctx().format_shortcut(&shortcut),
                            );
                            ui.label(RichText::new(key).monospace());
                            ui.label(tr(lang, what));
                            ui.end_row();
                        }
                    });
            });
        self.shortcuts_open = open;
    }

    fn scenario_bar_ui(&self, ui: &mut Ui, actions: &mut Vec<AppAction>) {
        let lang = self.lang;
        ui.horizontal_wrapped(|ui| {
            ui.label(tr(lang, "label-scenario"));
            let current = self.scenario();
            for scenario in self.plan.scenarios() {
                let chosen = scenario.meta.id == current.meta.id;
                let text = format!(
                    "{} ({})",
                    scenario.meta.name.show(lang),
                    scenario_status_text(scenario.meta.status, lang)
                );
                if ui.selectable_label(chosen, text).clicked() && !chosen {
                    actions.push(AppAction::ShowScenario(scenario.meta.id.clone()));
                }
            }
            if ui
                .button(tr(lang, "button-new-scenario"))
                .on_hover_text(tr(lang, "button-new-scenario-hint"))
                .clicked()
            {
                let command = crate::model::compose::copy_scenario(&self.plan, current);
                let id = command.scenario.clone();
                let label = tr_args(
                    lang,
                    "edit-new-scenario",
                    &[("name", s(current.meta.name.show(lang)))],
                );
                actions.push(AppAction::Edit { command, label });
                actions.push(AppAction::ShowScenario(id));
            }
            ui.separator();
            let label = ui.label(tr(lang, "label-compare-with"));
            let none = tr(lang, "compare-none");
            let chosen = self
                .compare_from
                .as_ref()
                .and_then(|id| self.plan.scenario(id))
                .map_or_else(|| none.clone(), |s| s.meta.name.show(lang).to_owned());
            let picker = egui::ComboBox::from_id_salt("compare_picker")
                .selected_text(chosen)
                .width(220.0)
                .show_ui(ui, |ui| {
                    if ui
                        .selectable_label(self.compare_from.is_none(), none.clone())
                        .clicked()
                    {
                        actions.push(AppAction::CompareWith(None));
                    }
                    for scenario in self.plan.scenarios() {
                        if scenario.meta.id == current.meta.id {
                            continue;
                        }
                        let is_chosen = self.compare_from.as_ref() == Some(&scenario.meta.id);
                        let text = scenario.meta.name.show(lang).to_owned();
                        if ui.selectable_label(is_chosen, text).clicked() {
                            actions.push(AppAction::CompareWith(Some(scenario.meta.id.clone())));
                        }
                    }
                });
            picker.response.labelled_by(label.id);
        });
    }

    fn status_ui(&self, ui: &mut Ui) {
        let text = match &self.status {
            Some(message) if message.is_error => {
                RichText::new(&message.text).color(ui.visuals().error_fg_color)
            }
            Some(message) => RichText::new(&message.text),
            None => RichText::new(""),
        };
        ui.add(egui::Label::new(text).wrap());
    }

    fn prompt_ui(&mut self, ctx: &egui::Context) {
        let lang = self.lang;
        let Some(prompt) = self.prompt.as_mut() else {
            return;
        };
        let (title, button) = match prompt.kind {
            PromptKind::Open => ("path-open-title", "button-open"),
            PromptKind::Save => ("path-save-title", "button-save"),
        };
        let mut done: Option<bool> = None;
        egui::Window::new(tr(lang, title))
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .show(ctx, |ui| {
                let label = ui.label(tr(lang, "path-label"));
                let edit = ui
                    .add(
                        egui::TextEdit::singleline(&mut prompt.text)
                            .desired_width(420.0)
                            .hint_text("/home/…/plan.ron"),
                    )
                    .labelled_by(label.id);
                if !prompt.focused {
                    edit.request_focus();
                    prompt.focused = true;
                }
                let entered = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                ui.horizontal(|ui| {
                    if ui.button(tr(lang, button)).clicked() || entered {
                        done = Some(true);
                    }
                    if ui.button(tr(lang, "button-cancel")).clicked() {
                        done = Some(false);
                    }
                });
            });
        match done {
            Some(true) if prompt.text.trim().is_empty() => {}
            Some(true) => {
                let kind = prompt.kind;
                let path = PathBuf::from(prompt.text.trim());
                self.prompt = None;
                match kind {
                    PromptKind::Open => self.open(&path),
                    PromptKind::Save => self.save_checked(path),
                }
            }
            Some(false) => self.prompt = None,
            None => {}
        }
    }
}

/// A question in a modal window: a title, a text and a row of answers (catalogue keys of the
/// buttons, with what each answers); the answer clicked this frame.
fn ask<T: Copy>(
    ctx: &egui::Context,
    id: &str,
    lang: Lang,
    title_key: &str,
    text: &str,
    choices: &[(&str, T)],
) -> Option<T> {
    let mut answer = None;
    egui::Modal::new(egui::Id::unique(id)).show(ctx, |ui| {
        ui.heading(tr(lang, title_key));
        ui.add(egui::Label::new(text).wrap());
        ui.horizontal(|ui| {
            for (key, choice) in choices {
                if ui.button(tr(lang, key)).clicked() {
                    answer = Some(*choice);
                }
            }
        });
    });
    answer
}

fn is_plan_file(path: &Path) -> bool {
    !path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
}

/// What the scenario's boxes show: title, holder, FTE, cost, work tag (kept in its view).
fn show_fields_ui(ui: &mut Ui, scenario: &Scenario, lang: Lang, actions: &mut Vec<AppAction>) {
    let show = scenario.view.show;
    type Pick = fn(&mut crate::model::ShowFields) -> &mut bool;
    let fields: [(&str, Pick); 5] = [
        ("show-title", |f| &mut f.title),
        ("show-holder", |f| &mut f.holder),
        ("show-fte", |f| &mut f.fte),
        ("show-cost", |f| &mut f.cost),
        ("show-work", |f| &mut f.work),
    ];
    for (key, field) in fields {
        let mut changed = show;
        let value = field(&mut changed);
        if ui.checkbox(value, tr(lang, key)).changed() {
            let label = tr_args(
                lang,
                "edit-show",
                &[
                    ("field", s(tr(lang, key))),
                    ("name", s(scenario.meta.name.show(lang))),
                ],
            );
            actions.push(AppAction::Edit {
                command: crate::model::Command {
                    scenario: scenario.meta.id.clone(),
                    edit: Edit::SetShow(changed),
                },
                label,
            });
        }
    }
}

/// The plan's contact persons.
fn contacts_ui(ui: &mut Ui, contacts: &[crate::model::Contact], lang: Lang) {
    if contacts.is_empty() {
        return;
    }
    ui.add_space(8.0);
    ui.label(RichText::new(tr(lang, "field-contacts")).strong());
    for contact in contacts {
        let details = [
            Some(contact.title.show(lang).to_owned()).filter(|t| !t.is_empty()),
            contact.phone.clone(),
            contact.email.clone(),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
        ui.label(format!("{}: {details}", contact.name));
    }
}

impl eframe::App for OrgplanApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        OrgplanApp::ui(self, ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        storage.set_string(settings::KEY, self.settings.to_ron());
    }
}
