//! The edit history of an open plan: every step is the inverse command of an edit that went
//! through, with the name the user knows it by, so undo and redo are commands too and work the
//! same whoever asks (the window, a test). It also knows whether the plan is at the state last
//! opened or saved, which the window's title and its question before closing depend on.

use super::{Command, CommandError, Plan, apply};

/// One step of the history: the command that reverses it, and what it is called.
#[derive(Clone, Debug)]
struct Step {
    label: String,
    command: Command,
}

/// Undo and redo lists of a plan, and where in them the saved state is.
#[derive(Clone, Debug)]
pub struct History {
    /// Edits to undo, the last at the end.
    undo: Vec<Step>,
    /// Undone edits to redo, the last undone at the end.
    redo: Vec<Step>,
    /// How many steps the undo list held when the plan was opened or last saved; `None` when
    /// that state can no longer be reached by undo or redo.
    saved: Option<usize>,
}

impl Default for History {
    fn default() -> Self {
        History::new()
    }
}

impl History {
    /// The history of a plan just opened: nothing to undo or redo, and the plan is saved.
    #[must_use]
    pub fn new() -> History {
        History {
            undo: Vec::new(),
            redo: Vec::new(),
            saved: Some(0),
        }
    }

    /// Applies `command` to `plan` and, when it goes through, makes it the step Undo takes
    /// back, called `label`; what could be redone is gone. A refused command leaves the plan and
    /// the history as they were.
    ///
    /// # Errors
    /// Why the command was refused.
    pub fn apply(
        &mut self,
        plan: &mut Plan,
        command: Command,
        label: impl Into<String>,
    ) -> Result<(), CommandError> {
        let inverse = apply(plan, command)?;
        // A saved state that was only reachable by redo is gone for good.
        if self.saved.is_some_and(|depth| depth > self.undo.len()) {
            self.saved = None;
        }
        self.undo.push(Step {
            label: label.into(),
            command: inverse,
        });
        self.redo.clear();
        Ok(())
    }

    /// Undoes the last edit; `Ok(false)` when there is none.
    ///
    /// # Errors
    /// When the plan no longer takes the step back (it was changed outside the history): the
    /// step is dropped and the plan stays as it was.
    pub fn undo(&mut self, plan: &mut Plan) -> Result<bool, CommandError> {
        self.step(plan, true)
    }

    /// Redoes the last undone edit; `Ok(false)` when there is none.
    ///
    /// # Errors
    /// As [`History::undo`].
    pub fn redo(&mut self, plan: &mut Plan) -> Result<bool, CommandError> {
        self.step(plan, false)
    }

    fn step(&mut self, plan: &mut Plan, undo: bool) -> Result<bool, CommandError> {
        let (from, to) = if undo {
            (&mut self.undo, &mut self.redo)
        } else {
            (&mut self.redo, &mut self.undo)
        };
        let Some(step) = from.pop() else {
            return Ok(false);
        };
        match apply(plan, step.command) {
            Ok(inverse) => {
                to.push(Step {
                    label: step.label,
                    command: inverse,
                });
                Ok(true)
            }
            Err(error) => {
                // The step is gone and the lists no longer line up with the saved state:
                // whether the plan is at it can no longer be told, so it counts as unsaved.
                self.saved = None;
                Err(error)
            }
        }
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

    /// Whether the plan is at the state it was opened or last saved in.
    #[must_use]
    pub fn is_saved(&self) -> bool {
        self.saved == Some(self.undo.len())
    }

    /// The plan as it is now has been saved (or now matches its file).
    pub fn mark_saved(&mut self) {
        self.saved = Some(self.undo.len());
    }

    /// No state in the history is saved any more (work restored after a crash, a merge whose
    /// result exists nowhere else): the plan counts as unsaved whatever is undone or redone.
    pub fn forget_saved(&mut self) {
        self.saved = None;
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // Tests fail loudly by design.

    use super::*;
    use crate::i18n::Lang;
    use crate::model::{Conflict, Edit, NodeId, NodeKind, compose};

    fn plan() -> Plan {
        compose::new_plan(Lang::En)
    }

    fn add_unit(plan: &Plan) -> Command {
        let scenario = plan.baseline();
        let root = scenario.roots().next().map(|n| n.id.clone());
        let (edit, _) = compose::new_part(
            plan,
            scenario,
            NodeKind::Unit,
            root.as_ref(),
            None,
            (Lang::En, "Unit"),
        );
        Command {
            scenario: scenario.meta.id.clone(),
            edit,
        }
    }

    fn add(history: &mut History, plan: &mut Plan, label: &str) {
        let command = add_unit(plan);
        history.apply(plan, command, label).unwrap();
    }

    fn refused(plan: &Plan) -> Command {
        Command {
            scenario: plan.baseline().meta.id.clone(),
            edit: Edit::RemoveNode {
                node: NodeId::new("nowhere").unwrap(),
            },
        }
    }

    #[test]
    fn undo_and_redo_with_nothing_to_take_change_nothing() {
        let mut plan = plan();
        let before = plan.clone();
        let mut history = History::new();
        assert_eq!(history.undo(&mut plan), Ok(false));
        assert_eq!(history.redo(&mut plan), Ok(false));
        assert_eq!(plan, before);
        assert!(history.is_saved());
        assert_eq!(history.undo_label(), None);
    }

    #[test]
    fn undo_then_redo_walks_the_edits_back_and_forth() {
        let mut plan = plan();
        let mut history = History::new();
        let original = plan.clone();
        add(&mut history, &mut plan, "add");
        let added = plan.clone();
        assert_eq!(history.undo(&mut plan), Ok(true));
        assert_eq!(plan, original);
        assert_eq!(history.redo_label(), Some("add"));
        assert_eq!(history.redo(&mut plan), Ok(true));
        assert_eq!(plan, added);
        assert_eq!(history.undo_label(), Some("add"));
    }

    #[test]
    fn a_new_edit_clears_what_could_be_redone() {
        let mut plan = plan();
        let mut history = History::new();
        add(&mut history, &mut plan, "first");
        history.undo(&mut plan).unwrap();
        assert_eq!(history.redo_label(), Some("first"));
        add(&mut history, &mut plan, "second");
        assert_eq!(history.redo_label(), None);
        assert_eq!(history.redo(&mut plan), Ok(false));
        assert_eq!(history.undo_label(), Some("second"));
    }

    #[test]
    fn a_refused_command_leaves_no_step() {
        let mut plan = plan();
        let before = plan.clone();
        let mut history = History::new();
        add(&mut history, &mut plan, "add");
        history.undo(&mut plan).unwrap();
        let command = refused(&plan);
        assert!(history.apply(&mut plan, command, "remove").is_err());
        assert_eq!(plan, before);
        assert_eq!(history.undo_label(), None);
        // Nor does it take away what could be redone.
        assert_eq!(history.redo_label(), Some("add"));
        assert!(history.is_saved());
    }

    #[test]
    fn the_saved_state_is_known_wherever_undo_and_redo_lead() {
        let mut plan = plan();
        let mut history = History::new();
        add(&mut history, &mut plan, "one");
        assert!(!history.is_saved());
        history.undo(&mut plan).unwrap();
        assert!(history.is_saved(), "back at the state opened");
        history.redo(&mut plan).unwrap();
        history.mark_saved();
        add(&mut history, &mut plan, "two");
        assert!(!history.is_saved());
        history.undo(&mut plan).unwrap();
        assert!(history.is_saved(), "back at the state saved");
        history.undo(&mut plan).unwrap();
        assert!(!history.is_saved());
        // The saved state lay ahead, on the redo list: a new edit makes it unreachable.
        add(&mut history, &mut plan, "three");
        history.undo(&mut plan).unwrap();
        history.redo(&mut plan).unwrap();
        assert!(!history.is_saved());
        history.mark_saved();
        assert!(history.is_saved());
        history.forget_saved();
        assert!(!history.is_saved());
    }

    #[test]
    fn conflicts_close_and_reopen_at_their_place() {
        let mut plan = plan();
        let conflict = |field: &str| Conflict {
            field: field.to_owned(),
            ..Conflict::default()
        };
        plan.conflicts = vec![conflict("fte"), conflict("name.fi"), conflict("cost")];
        let before = plan.clone();
        let mut history = History::new();
        history
            .apply(&mut plan, Command::close_conflict(1), "close")
            .unwrap();
        assert_eq!(plan.conflicts, [conflict("fte"), conflict("cost")]);
        let err = history.apply(&mut plan, Command::close_conflict(2), "close");
        assert_eq!(err, Err(CommandError::UnknownConflict(2)));
        history.undo(&mut plan).unwrap();
        assert_eq!(plan, before);
        history.redo(&mut plan).unwrap();
        assert_eq!(plan.conflicts.len(), 2);
    }

    #[test]
    fn a_replaced_plan_comes_back_whole() {
        let mut plan = plan();
        let mut history = History::new();
        add(&mut history, &mut plan, "add");
        let mine = plan.clone();
        let mut theirs = compose::new_plan(Lang::Fi);
        theirs.conflicts.push(Conflict::default());
        let replace = Command::replace_plan(theirs.clone());
        history.apply(&mut plan, replace, "reload").unwrap();
        assert_eq!(plan, theirs);
        history.undo(&mut plan).unwrap();
        assert_eq!(plan, mine);
        history.redo(&mut plan).unwrap();
        assert_eq!(plan, theirs);
    }

    #[test]
    fn a_plan_edit_inside_a_batch_is_refused() {
        let mut plan = plan();
        let before = plan.clone();
        let mut history = History::new();
        let command = Command {
            scenario: plan.baseline().meta.id.clone(),
            edit: Edit::Batch(vec![Edit::CloseConflict(0)]),
        };
        let result = history.apply(&mut plan, command, "close");
        assert_eq!(result, Err(CommandError::PlanEditInBatch));
        assert_eq!(plan, before);
    }
}
