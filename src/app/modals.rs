//! The questions the window asks in a modal window, and what their answers do: save unsaved
//! changes first, restore the work a crashed window left, write over a file that changed on
//! disk, delete a scenario.

use super::OrgplanApp;
use super::actions::{AppAction, DiskAnswer};
use crate::i18n::{Lang, s, tr, tr_args};
use crate::io::recovery::Recovery;
use crate::model::{Command, Edit};

/// The answers to "save the changes?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum UnsavedAnswer {
    Save,
    Discard,
    Cancel,
}

/// The answers to "restore the work a crashed window left?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RecoveryAnswer {
    Restore,
    Discard,
    Later,
}

impl OrgplanApp {
    /// Asks about unsaved changes while an action waits for the answer, and acts on it.
    pub(super) fn unsaved_question(&mut self, ctx: &egui::Context) {
        if let Some(answer) = self.unsaved_ui(ctx) {
            self.answer(answer, ctx);
        }
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

    /// The offer to restore unsaved work a crashed window left behind.
    pub(super) fn recovery_ui(&mut self, ctx: &egui::Context) {
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
            RecoveryAnswer::Discard => Recovery::discard(&found.file),
            RecoveryAnswer::Restore => {}
        }
    }

    /// Asks before a save writes over a file that changed on disk.
    pub(super) fn overwrite_ui(&self, ctx: &egui::Context, actions: &mut Vec<AppAction>) {
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

    /// Asks before a scenario is deleted (Undo would bring it back, but a planner should not
    /// lose an alternative by one stray click).
    pub(super) fn delete_scenario_ui(&mut self, ctx: &egui::Context, actions: &mut Vec<AppAction>) {
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
                    command: Command {
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
