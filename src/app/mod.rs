//! The eframe window, the planner's editor: the chart canvas, the outline, the inspector of the
//! selected node (or the scenario's own details), the problems, scenario tabs, the comparison
//! view, File › Open/Save/Export, undo and redo, autosave and recovery, and the notice when the
//! open file changes on disk.
//!
//! This file holds the start-up, the window's state and what it derives from the plan; each
//! other file one part of the window: its frame, panels, menus, questions, the actions and what
//! they do to files, the history and the autosave. UI functions read the plan and emit
//! [`AppAction`]s; [`OrgplanApp::apply`] carries them out after the UI pass, so that everything
//! the window does can be done by a test without one.
//!
//! The window holds no rule of the organisation and no file format: what an edit does, whether
//! it is allowed, undo and redo are the model's ([`crate::model`], its `compose` and `History`);
//! reading, writing and watching files are [`crate::io`]'s; charts on paper are
//! [`crate::export`]'s. Here they are only called, named in the user's language and shown.

mod about;
mod actions;
mod apply;
mod autosave;
pub mod canvas;
mod capacity_fields;
mod chart_panel;
mod compare;
mod demand_panel;
mod details;
pub mod dialogs;
mod disk_watch;
mod edits;
mod exports;
mod fields;
mod files;
pub mod fonts;
mod frame;
mod inspector;
mod job;
mod menus;
mod modals;
mod outline;
pub mod palette;
mod participation;
mod path_prompt;
mod plan_editor;
mod plan_measures;
mod problems;
mod scenario_bar;
mod scenario_editor;
pub mod settings;
pub mod shortcuts;
mod staff;
mod staff_ui;
mod undo;

use std::path::{Path, PathBuf};

pub use actions::{AppAction, DiskAnswer, ExportKind, ViewCommand};
pub use chart_panel::printed_text;
use dialogs::{FileDialogs, NativeDialogs};

use crate::analysis::{CheckOptions, Problem, check};
use crate::i18n::{Lang, tr};
use crate::io::disk;
use crate::io::recovery::{self, Recovery};
use crate::model::{History, LineManagement, NodeId, Plan, Scenario, ScenarioId};

/// Opens the window on `plan` (with the mapping step of `staff_list` over it, when given) and
/// runs until it is closed.
///
/// # Errors
/// When no window can be opened (no display, no graphics).
pub fn run(
    plan: Plan,
    path: Option<PathBuf>,
    lang: Lang,
    lang_given: bool,
    staff_list: Option<PathBuf>,
) -> eframe::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([640.0, 400.0])
            .with_title(window_title(path.as_deref(), lang, false)),
        ..Default::default()
    };
    keep_data_private(lang);
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
            if let Some(dir) = recovery_dir() {
                app = app.with_recovery(Recovery::new(dir, &session));
            }
            if let Some(list) = &staff_list {
                app.open(list);
            }
            Ok(Box::new(app))
        }),
    )
}

/// Makes orgplan's data folders the user's alone before anything is written to them: the
/// settings (recent files, the last folders) and the recovery files of unsaved plans hold names
/// and posts. A folder that cannot be made private is left to eframe and the autosave, which
/// say so when they cannot write.
fn keep_data_private(lang: Lang) {
    let settings = eframe::storage_dir("orgplan");
    for dir in [settings, recovery_dir()].into_iter().flatten() {
        if let Err(error) = crate::io::private_dir(&dir) {
            let args = [
                ("path", crate::i18n::s(dir.display().to_string())),
                ("reason", crate::i18n::s(error.to_string())),
            ];
            eprintln!(
                "{}",
                crate::i18n::tr_args(lang, "data-folder-not-private", &args)
            );
        }
    }
}

/// Where recovery files go: `$ORGPLAN_DATA_DIR/recovery`, else the data folder eframe keeps
/// its settings in.
fn recovery_dir() -> Option<PathBuf> {
    std::env::var_os("ORGPLAN_DATA_DIR")
        .map(PathBuf::from)
        .or_else(|| eframe::storage_dir("orgplan"))
        .map(|dir| dir.join("recovery"))
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

/// A message in the status line.
#[derive(Clone, Debug, PartialEq)]
pub struct StatusMessage {
    /// The text, already in the user's language.
    pub text: String,
    /// Whether it reports a failure.
    pub is_error: bool,
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
    /// The chart's levels for the semantic zoom.
    levels: canvas::Levels,
    /// The scenario's demand against capacity, worked out when the panel first shows it.
    demand: std::cell::OnceCell<crate::compare::demand::Demand>,
    /// How the chart prints on the export paper, when *Fit to paper* is on.
    printed: Option<Printed>,
}

/// How the window's chart prints on the export paper, arranged as the exports arrange it: what
/// the toolbar says while *Fit to paper* is on, so that a planner knows before exporting.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Printed {
    /// How many chart pages it takes (as the PDF splits it).
    pub pages: usize,
    /// The size of its smallest text on them, in points.
    pub smallest: f32,
    /// How it was arranged.
    pub arrangement: crate::export::Arrangement,
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
    /// How the comparison is shown.
    compare_view: compare::CompareView,
    /// The edits to undo and redo, and whether the plan is at its saved state.
    history: History,
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
    /// Whether the About window is open.
    about_open: bool,
    /// Whether the demand against capacity is shown under the chart.
    demand_open: bool,
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
    recovery: Option<Recovery>,
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
    /// A staff list being mapped, before it is imported or applied.
    staff: Option<staff::StaffStep>,
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
            compare_view: compare::CompareView::default(),
            history: History::new(),
            pending: None,
            close_confirmed: false,
            focus_rename: false,
            focus_search: false,
            shortcuts_open: false,
            about_open: false,
            demand_open: false,
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
            staff: None,
        };
        // The file named on the command line is watched like one opened in the window.
        app.watch();
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
    pub fn with_recovery(mut self, recovery: Recovery) -> Self {
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

    /// Whether the demand against capacity is shown under the chart.
    #[must_use]
    pub fn demand_open(&self) -> bool {
        self.demand_open
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
        self.derived();
        let scenario = self
            .plan
            .scenario(&self.scenario)
            .unwrap_or_else(|| self.plan.baseline());
        // `derived()` has just made it; an empty chart stands in for the impossible.
        static NONE: std::sync::LazyLock<canvas::Chart> =
            std::sync::LazyLock::new(canvas::Chart::default);
        self.derived
            .as_ref()
            .map_or(&NONE, |d| d.levels.shown(&self.canvas, &d.chart, scenario))
    }

    /// Where a node's box is on the screen, when the chart shows it.
    pub fn screen_rect_of(&mut self, id: &NodeId) -> Option<egui::Rect> {
        let state = self.canvas.clone();
        state.screen_rect_of(self.chart(), id)
    }

    /// How the chart prints on the export paper, when *Fit to paper* is on.
    pub fn printed(&mut self) -> Option<Printed> {
        self.derived().printed
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
        let plan = &self.plan;
        let pair = self
            .compare_from
            .as_ref()
            .map(|from| (from, &scenario.meta.id));
        let swapped = self.compare_view.swapped;
        let settings = &self.settings;
        let lang = self.lang;
        self.derived.get_or_insert_with(|| {
            let (layout_options, printed) = window_layout(plan, scenario, settings, lang);
            Derived {
                printed,
                problems: check(scenario, options),
                line: LineManagement::of(scenario),
                chart: canvas::Chart::laid_out(scenario, layout_options.clone()),
                levels: canvas::Levels::new(scenario, &layout_options),
                demand: std::cell::OnceCell::new(),
                comparison: pair.and_then(|pair| {
                    compare::Comparison::new(
                        plan,
                        pair,
                        swapped,
                        options.span_limit,
                        &layout_options,
                    )
                }),
            }
        })
    }

    /// The scenario the shown one is compared with, when the comparison view is open.
    #[must_use]
    pub fn compare_from(&self) -> Option<&ScenarioId> {
        self.compare_from.as_ref()
    }

    /// The open comparison's direction: the scenario it reads from, and the one it reads to.
    pub fn compare_direction(&mut self) -> Option<(ScenarioId, ScenarioId)> {
        self.derived()
            .comparison
            .as_ref()
            .map(|c| (c.earlier.clone(), c.later.clone()))
    }

    /// The nodes selected in the comparison's charts.
    #[must_use]
    pub fn compare_selection(&self) -> &[NodeId] {
        &self.compare_view.selected
    }

    /// Where a node's box is on the screen in each chart the comparison shows (one marked
    /// chart, or the earlier and the later side by side), as they were last drawn.
    pub fn compare_rects_of(&mut self, id: &NodeId) -> Vec<Option<egui::Rect>> {
        self.derived();
        let view = &self.compare_view;
        let Some(comparison) = self.derived.as_ref().and_then(|d| d.comparison.as_ref()) else {
            return Vec::new();
        };
        let sides = [&comparison.earlier, &comparison.later].map(|id| self.plan.scenario(id));
        if view.side_by_side {
            let [Some(a), Some(b)] = sides else {
                return Vec::new();
            };
            comparison
                .sides([a, b])
                .iter()
                .zip(&view.side_canvases)
                .map(|(chart, state)| state.screen_rect_of(chart, id))
                .collect()
        } else {
            vec![view.marked_canvas.screen_rect_of(&comparison.marked, id)]
        }
    }

    fn say(&mut self, text: String, is_error: bool) {
        self.status = Some(StatusMessage { text, is_error });
    }

    /// The action waiting for an answer about unsaved changes.
    #[must_use]
    pub fn pending(&self) -> Option<&AppAction> {
        self.pending.as_ref()
    }

    /// Starts watching the plan's file on disk (a CSV is not written back, so not watched).
    fn watch(&mut self) {
        self.disk = self
            .path
            .as_deref()
            .filter(|p| !crate::io::is_csv(p))
            .and_then(disk::Stamp::read)
            .map(|stamp| disk::OnDisk::new(stamp, self.plan.clone()));
    }

    /// The window's title: the file's name, a mark when there are unsaved changes, the app.
    #[must_use]
    pub fn window_title(&self) -> String {
        window_title(self.path.as_deref(), self.lang, self.unsaved())
    }

    /// Whether the plan has changed since it was opened or saved.
    #[must_use]
    pub fn unsaved(&self) -> bool {
        !self.history.is_saved()
    }

    /// What Undo would undo, as the menu names it.
    #[must_use]
    pub fn undo_label(&self) -> Option<&str> {
        self.history.undo_label()
    }

    /// What Redo would redo, as the menu names it.
    #[must_use]
    pub fn redo_label(&self) -> Option<&str> {
        self.history.redo_label()
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

    /// Shows another plan, from `path` (and watches that file): nothing selected, nothing to
    /// undo.
    fn replace_plan(&mut self, plan: Plan, path: Option<PathBuf>) {
        self.scenario = plan.baseline().meta.id.clone();
        self.plan = plan;
        self.path = path;
        self.selected = None;
        self.also_selected.clear();
        self.compare_from = None;
        self.derived = None;
        self.canvas.fit();
        self.history = History::new();
        self.watch();
    }
}

/// How the window lays its charts out: in its language, with the stacking it is set to, and,
/// when *Fit to paper* is on, arranged as the exports arrange the chart for their paper, with
/// how it then prints.
fn window_layout(
    plan: &Plan,
    scenario: &crate::model::Scenario,
    settings: &settings::Settings,
    lang: Lang,
) -> (crate::layout::LayoutOptions, Option<Printed>) {
    let options = crate::layout::LayoutOptions {
        lang,
        currency: plan.currency(),
        measures: plan.measures.clone(),
        compact_leaves: settings.compact_leaves,
        ..crate::layout::LayoutOptions::default()
    };
    let paper = settings.export_paper.paper();
    if !settings.fit_to_paper || paper == crate::export::Paper::Fit {
        return (options, None);
    }
    let orientation = crate::export::PageOrientation::Auto;
    let chart_options = crate::export::ChartOptions {
        lang,
        // As the window's exports: without personal data when they leave it out.
        redact: settings.export_redact,
        layout: options.clone(),
        fit: Some(crate::export::PageFit { paper, orientation }),
        // Chosen as the window's exports choose it.
        edges_between_boxes: true,
        heading_room: 0.0,
    };
    let arranged = crate::export::chart(plan, scenario, &chart_options);
    let pages = arranged.printed_pages(paper, orientation, 0.0);
    let printed = Printed {
        pages: pages.count(),
        smallest: arranged.smallest_text() * pages.scale,
        arrangement: arranged.arrangement,
    };
    (arranged.arrangement.apply(&options), Some(printed))
}
