//! The watch on the open file: looking at it now and then, the notice when another planner
//! saved over it, and reloading or merging their version as one step Undo takes back.

use std::path::{Path, PathBuf};

use egui::{RichText, Ui};

use super::OrgplanApp;
use super::actions::{AppAction, DiskAnswer};
use crate::i18n::{s, tr, tr_args};
use crate::io::disk;
use crate::model::Command;

impl OrgplanApp {
    /// Saves to `path`, first asking when that is the open file and it changed on disk.
    pub(super) fn save_checked(&mut self, path: PathBuf) {
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
    pub(super) fn poll_disk(&mut self, now: f64) {
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
    pub(super) fn answer_disk(&mut self, answer: DiskAnswer) {
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
                    let label = tr_args(lang, "edit-merge", &[("file", s(name))]);
                    // Conflicts left open by an earlier merge count too: the plan is not clean.
                    let message = merged.outcome().status(lang);
                    (merged.plan, label, message, false)
                }
                Err(error) => {
                    self.say(error.message(lang), true);
                    return;
                }
            }
        };
        let replace = Command::replace_plan(new_plan);
        if let Err(error) = self.history.apply(&mut self.plan, replace, label) {
            self.say(error.message(lang), true);
            return;
        }
        // The plan now matches the file (reload) or holds it (merge): its content is the base.
        if saved {
            self.history.mark_saved();
        } else {
            self.history.forget_saved();
            // Merged work exists nowhere else yet: autosave it at once.
            self.edits_since_autosave = 10;
        }
        self.disk = Some(disk::OnDisk::new(stamp, theirs));
        self.confirm_overwrite = None;
        self.changed();
        self.say(message, false);
    }

    /// The notice that the open file changed on disk.
    pub(super) fn disk_notice_ui(&self, ui: &mut Ui, actions: &mut Vec<AppAction>) {
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
}
