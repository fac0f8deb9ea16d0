//! Autosave: the recovery file of unsaved work, written now and then while there is some,
//! removed when there is none, and restored after a crash.

use super::OrgplanApp;
use crate::i18n::{s, tr, tr_args};
use crate::io::recovery::Recovery;

impl OrgplanApp {
    /// Writes the recovery file when there is unsaved work: on every tenth edit, and once a
    /// minute while edits wait; removes it when nothing is unsaved any more.
    pub(super) fn autosave(&mut self, now: f64) {
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
    pub(super) fn clear_recovery(&mut self) {
        if self.autosaved
            && let Some(recovery) = &self.recovery
        {
            recovery.clear();
        }
        self.autosaved = false;
        self.edits_since_autosave = 0;
    }

    /// Restores the first recovery file offered (the open plan's unsaved work was asked about).
    pub(super) fn restore_recovery(&mut self) {
        if self.recovery_offer.is_empty() {
            return;
        }
        let found = self.recovery_offer.remove(0);
        match Recovery::restore(&found) {
            Ok(plan) => {
                self.replace_plan(plan, found.source.clone());
                if let Some(disk) = &mut self.disk {
                    // The file may have changed since the crash: compare with what is there
                    // now, against the restored plan's own content.
                    disk.base = self.plan.clone();
                }
                // Restored work is unsaved work: the title says so, closing asks.
                self.history.forget_saved();
                self.edits_since_autosave = 10;
                self.last_autosave = None;
                self.autosave(0.0);
                if self.autosaved {
                    Recovery::discard(&found.file);
                }
                self.say(tr(self.lang, "recovery-restored"), false);
            }
            Err(error) => self.say(error.display(self.lang), true),
        }
    }
}
