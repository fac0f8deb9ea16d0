//! The seam between the window and the system's file dialogs, so that tests never open one.

use std::path::{Path, PathBuf};

/// Asks the user for a file to open or a place to save.
pub trait FileDialogs {
    /// A file to open, or `None` when the user cancelled (or no dialog could be shown).
    fn pick_open(&mut self) -> Option<PathBuf>;
    /// A staff list to import (a workbook, CSV or text), the dialog's filter named `filter`;
    /// `None` when the user cancelled.
    fn pick_staff_list(&mut self, filter: &str) -> Option<PathBuf> {
        let _ = filter;
        self.pick_open()
    }
    /// Where to save, or `None` when the user cancelled (or no dialog could be shown).
    fn pick_save(&mut self, current: Option<&Path>) -> Option<PathBuf>;
    /// Where to export a chart with the file extension `extension`, or `None`.
    fn pick_export(&mut self, current: Option<&Path>, extension: &str) -> Option<PathBuf>;
}

/// The system's own dialogs, through `rfd` (the XDG desktop portal or zenity on Linux).
#[derive(Debug, Default)]
pub struct NativeDialogs;

impl FileDialogs for NativeDialogs {
    fn pick_open(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .add_filter("orgplan", &crate::io::PLAN_EXTENSIONS)
            .add_filter("CSV", &["csv"])
            .pick_file()
    }

    fn pick_staff_list(&mut self, filter: &str) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .add_filter(filter, &["xlsx", "xlsm", "xls", "ods", "csv", "txt"])
            .pick_file()
    }

    fn pick_save(&mut self, current: Option<&Path>) -> Option<PathBuf> {
        save_dialog(current, "orgplan", crate::io::PLAN_EXTENSION)
    }

    fn pick_export(&mut self, current: Option<&Path>, extension: &str) -> Option<PathBuf> {
        save_dialog(current, &extension.to_uppercase(), extension)
    }
}

/// A native save dialog for one file type, opened beside the current file with its name.
fn save_dialog(current: Option<&Path>, filter: &str, extension: &str) -> Option<PathBuf> {
    let mut dialog = rfd::FileDialog::new().add_filter(filter, &[extension]);
    if let Some(current) = current {
        if let Some(dir) = current.parent() {
            dialog = dialog.set_directory(dir);
        }
        if let Some(name) = current.file_stem() {
            dialog = dialog.set_file_name(format!("{}.{extension}", name.to_string_lossy()));
        }
    }
    dialog.save_file()
}

/// Dialogs that answer from a script: for tests, and where no dialog can be shown.
#[derive(Debug, Default)]
pub struct ScriptedDialogs {
    /// Answers to give to `pick_open`, in order.
    pub open: Vec<PathBuf>,
    /// Answers to give to `pick_save`, in order.
    pub save: Vec<PathBuf>,
}

impl FileDialogs for ScriptedDialogs {
    fn pick_open(&mut self) -> Option<PathBuf> {
        (!self.open.is_empty()).then(|| self.open.remove(0))
    }

    fn pick_save(&mut self, _current: Option<&Path>) -> Option<PathBuf> {
        (!self.save.is_empty()).then(|| self.save.remove(0))
    }

    fn pick_export(&mut self, current: Option<&Path>, _extension: &str) -> Option<PathBuf> {
        self.pick_save(current)
    }
}
