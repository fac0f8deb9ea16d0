//! What the user can ask of the window, as data: UI code emits actions, the app applies them.

use crate::examples::Example;
use crate::i18n::Lang;
use crate::model::{Command, NodeId, ScenarioId};

/// A chart format the window exports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    /// SVG.
    Svg,
    /// PNG (several files when the chart needs several pages).
    Png,
    /// Tagged PDF.
    Pdf,
}

impl ExportKind {
    /// The file extension.
    #[must_use]
    pub fn extension(self) -> &'static str {
        match self {
            ExportKind::Svg => "svg",
            ExportKind::Png => "png",
            ExportKind::Pdf => "pdf",
        }
    }
}

/// A change of the chart's view (not of the plan).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewCommand {
    /// The whole chart in the window (Ctrl+0).
    Fit,
    /// 100 %.
    ActualSize,
    /// Magnify.
    ZoomIn,
    /// Reduce.
    ZoomOut,
    /// The selected boxes in the window.
    ZoomToSelection,
}

/// What to do about a file that changed on disk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiskAnswer {
    /// Take the version on disk (Undo brings the window's back).
    Reload,
    /// Merge the version on disk with the window's, against the last version both share.
    Merge,
    /// Keep the window's version (and stop saying so).
    Keep,
    /// Save the window's version over the one on disk.
    Overwrite,
    /// Do not save now (the notice stays).
    Cancel,
}

/// One action of the window.
#[derive(Clone, Debug, PartialEq)]
pub enum AppAction {
    /// Open a file through the system dialog.
    Open,
    /// Read a staff list chosen in the system dialog and show its mapping step, to import it
    /// as a new plan (`false`) or to update the open plan's baseline (`true`).
    ReadStaffList(bool),
    /// Open a plan made from a staff list (after asking about unsaved changes).
    OpenImported(Box<crate::model::Plan>),
    /// Put the open plan updated from a staff list in its place (one undoable step).
    ApplyStaffUpdate(Box<crate::model::Plan>),
    /// Open a file by typing its path.
    OpenPath,
    /// Save to the current file (or ask where, as Save as).
    Save,
    /// Save to a file chosen in the system dialog.
    SaveAs,
    /// Save to a file by typing its path.
    SaveAsPath,
    /// Export the shown scenario's chart.
    Export(ExportKind),
    /// Open a built-in example.
    OpenExample(Example),
    /// Switch the language.
    SetLang(Lang),
    /// Show another scenario.
    ShowScenario(ScenarioId),
    /// Select a node (or nothing).
    Select(Option<NodeId>),
    /// Add a node to the selection, or take it out (Ctrl/Shift+click).
    ToggleSelect(NodeId),
    /// Select these nodes, the first the main one (a band on the chart).
    SelectMany(Vec<NodeId>),
    /// Say why an edit cannot be made (a drop the chart refused).
    Refuse(String),
    /// Change what the chart shows of itself.
    View(ViewCommand),
    /// Start a new, empty plan.
    NewPlan,
    /// Put the keyboard in the selected node's name field (after adding a node, F2).
    FocusRename,
    /// Put the keyboard in the outline's search field (Ctrl+F).
    FocusSearch,
    /// Move the selection to a neighbour in the tree (the arrows).
    SelectToward(crate::model::compose::Toward),
    /// Add a node of the default kind under the selected node, or after it as a sibling
    /// (Insert, Ctrl+Enter, Ctrl+Shift+Enter).
    AddNearSelection {
        /// Beside the selected node rather than under it.
        sibling: bool,
    },
    /// Delete the selected nodes with their parts (the Delete key).
    DeleteSelection,
    /// Print exports on this paper.
    SetExportPaper(super::settings::ExportPaper),
    /// Leave personal data out of exports, or not.
    SetExportRedact(bool),
    /// Close the plan's merge conflict at this place, keeping the value the plan holds.
    ResolveConflict(usize),
    /// Settle the plan's merge conflict at this place with the other planner's value.
    TakeTheirs(usize),
    /// Ask whether to delete a scenario.
    AskDeleteScenario(ScenarioId),
    /// Open a file from the recent list.
    OpenRecent(std::path::PathBuf),
    /// Stack long rows of leaves in columns on the chart, or not.
    SetCompactLeaves(bool),
    /// Arrange the chart to fit the export paper, in the window and the exports.
    SetFitToPaper(bool),
    /// Answer the notice that the open file changed on disk.
    Disk(DiskAnswer),
    /// Restore the first recovery file offered.
    RestoreRecovery,
    /// Choose the window's colours.
    SetTheme(super::settings::Theme),
    /// Compare the shown scenario with another (the changes from it), or stop comparing.
    CompareWith(Option<ScenarioId>),
    /// Select these nodes in the comparison's charts (and the first in the shown scenario, when
    /// it has it); bring them into view when `reveal`.
    CompareSelect {
        /// The nodes, the main one first.
        nodes: Vec<NodeId>,
        /// Move the charts to show them.
        reveal: bool,
    },
    /// Read the comparison the other way round (from the later scenario to the earlier).
    CompareSwap,
    /// Copy the comparison's figures as tab-separated text.
    CopyFigures,
    /// Save the comparison's figures as a spreadsheet (`true`: xlsx; `false`: CSV).
    SaveFigures(bool),
    /// Save the shown scenario as a table, one row per node (xlsx when `true`, else CSV for
    /// Excel in the window's language).
    SaveTable(bool),
    /// Apply an edit to the plan; `label` names it in the Undo menu item ("rename X").
    Edit {
        /// The edit.
        command: Command,
        /// What the Undo and Redo menu items call it, in the user's language.
        label: String,
    },
    /// Show the list of keyboard shortcuts.
    ShowShortcuts,
    /// Show the version, the licences and where orgplan keeps its files.
    ShowAbout,
    /// Show the demand against capacity under the chart, or not.
    ShowDemand(bool),
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Save the comparison's change list as Markdown, for the minutes, without personal data.
    SaveChangeList,
    /// Save the confidential staff impact list of the comparison as a spreadsheet.
    SaveImpactList,
    /// Save the committee pack of the comparison in a format.
    SavePack(crate::pack::PackFormat),
    /// Close the window.
    Quit,
}

impl AppAction {
    /// The catalogue key of the action's menu label, for actions that have a menu item.
    #[must_use]
    pub fn label_key(&self) -> Option<&'static str> {
        match self {
            AppAction::Open => Some("menu-open"),
            AppAction::ReadStaffList(false) => Some("menu-import-staff"),
            AppAction::ReadStaffList(true) => Some("menu-update-staff"),
            AppAction::SaveTable(true) => Some("menu-table-xlsx"),
            AppAction::SaveTable(false) => Some("menu-table-csv"),
            AppAction::OpenPath => Some("menu-open-path"),
            AppAction::Save => Some("menu-save"),
            AppAction::SaveAs => Some("menu-save-as"),
            AppAction::SaveAsPath => Some("menu-save-as-path"),
            AppAction::Quit => Some("menu-quit"),
            AppAction::NewPlan => Some("menu-new"),
            AppAction::OpenExample(Example::Kouvola) => Some("example-kouvola"),
            AppAction::OpenExample(Example::ManttaVilppula) => Some("example-manttavilppula"),
            AppAction::OpenExample(Example::PaijatHame) => Some("example-paijathame"),
            AppAction::OpenExample(Example::Utbildningskontoret) => {
                Some("example-utbildningskontoret")
            }
            AppAction::Export(ExportKind::Svg) => Some("menu-export-svg"),
            AppAction::Export(ExportKind::Png) => Some("menu-export-png"),
            AppAction::Export(ExportKind::Pdf) => Some("menu-export-pdf"),
            AppAction::SetLang(_)
            | AppAction::OpenImported(_)
            | AppAction::ApplyStaffUpdate(_)
            | AppAction::ShowScenario(_)
            | AppAction::Select(_)
            | AppAction::ToggleSelect(_)
            | AppAction::SelectMany(_)
            | AppAction::Refuse(_)
            | AppAction::View(_)
            | AppAction::FocusRename
            | AppAction::FocusSearch
            | AppAction::SelectToward(_)
            | AppAction::AddNearSelection { .. }
            | AppAction::DeleteSelection
            | AppAction::AskDeleteScenario(_)
            | AppAction::ResolveConflict(_)
            | AppAction::TakeTheirs(_)
            | AppAction::SetExportPaper(_)
            | AppAction::SetExportRedact(_)
            | AppAction::OpenRecent(_)
            | AppAction::SetCompactLeaves(_)
            | AppAction::SetFitToPaper(_)
            | AppAction::Disk(_)
            | AppAction::RestoreRecovery
            | AppAction::SetTheme(_)
            | AppAction::CompareWith(_)
            | AppAction::CompareSelect { .. }
            | AppAction::CompareSwap
            | AppAction::CopyFigures
            | AppAction::SaveFigures(_)
            | AppAction::Edit { .. }
            | AppAction::Undo
            | AppAction::Redo
            | AppAction::ShowShortcuts
            | AppAction::ShowAbout
            | AppAction::ShowDemand(_) => None,
            AppAction::SaveChangeList => Some("button-save-change-list"),
            AppAction::SaveImpactList => Some("button-save-impact-list"),
            AppAction::SavePack(crate::pack::PackFormat::Pdf) => Some("menu-export-pack-pdf"),
            AppAction::SavePack(crate::pack::PackFormat::Html) => Some("menu-export-pack"),
            AppAction::SavePack(crate::pack::PackFormat::Docx) => Some("menu-export-pack-docx"),
        }
    }
}
