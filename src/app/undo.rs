//! Edits, undo and redo: the window hands each command to the plan's history
//! ([`crate::model::History`]) and says why one was refused.

use super::OrgplanApp;
use crate::i18n::{s, tr_args};
use crate::model::Command;

impl OrgplanApp {
    /// Applies a command as one step of the history; a refused one leaves the plan as it was
    /// and says why.
    pub(super) fn edit(&mut self, command: Command, label: String) {
        match self.history.apply(&mut self.plan, command, label) {
            Ok(()) => {
                self.edits_since_autosave += 1;
                self.changed();
            }
            Err(error) => {
                let message = error.message_in(self.scenario(), self.lang);
                self.say(message, true);
            }
        }
    }

    /// Closes merge conflict `at`: the plan keeps the value it holds. Undoable.
    pub(super) fn resolve_conflict(&mut self, at: usize) {
        let Some(conflict) = self.plan.conflicts.get(at) else {
            return;
        };
        let label = tr_args(
            self.lang,
            "edit-resolve-conflict",
            &[("field", s(conflict.field.clone()))],
        );
        self.edit(Command::close_conflict(at), label);
    }

    /// Settles merge conflict `at` with the other planner's value. Undoable; a value that does
    /// not make a valid plan is refused with the reason, and the plan stays as it was.
    pub(super) fn take_theirs(&mut self, at: usize) {
        let Some(conflict) = self.plan.conflicts.get(at) else {
            return;
        };
        let field = conflict.field.clone();
        match crate::merge::take_theirs(&self.plan, at) {
            Ok(plan) => {
                let label = tr_args(self.lang, "edit-take-theirs", &[("field", s(field))]);
                self.edit(Command::replace_plan(plan), label);
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

    /// Undoes (or redoes) one edit.
    pub(super) fn step(&mut self, undo: bool) {
        let stepped = if undo {
            self.history.undo(&mut self.plan)
        } else {
            self.history.redo(&mut self.plan)
        };
        match stepped {
            Ok(false) => {}
            Ok(true) => {
                self.edits_since_autosave += 1;
                self.changed();
            }
            Err(error) => {
                let message = error.message_in(self.scenario(), self.lang);
                self.say(message, true);
            }
        }
    }
}
