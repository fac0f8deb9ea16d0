//! Opening and saving the plan's file.

use std::path::Path;

use super::OrgplanApp;
use crate::i18n::{s, tr_args};
use crate::io::{disk, open_any, save_file};

impl OrgplanApp {
    /// Opens a plan or CSV file; on failure the open plan stays as it was. A staff list (a CSV
    /// without orgplan's own columns, a workbook) opens the step that maps its columns.
    pub fn open(&mut self, path: &Path) {
        if crate::staff::is_staff_list(path) {
            self.read_staff_list(path, false);
            return;
        }
        match open_any(path) {
            Ok(plan) => {
                self.replace_plan(plan, Some(path.to_owned()));
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
                self.history.mark_saved();
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
}
