//! The edits of a plan as a whole rather than of one scenario's organisation: adding and
//! removing scenarios, closing and reopening merge conflicts, and putting another plan in the
//! place of the open one. Each returns its inverse, as [`super::apply`] does; none may go inside
//! a batch, which edits one scenario.

use super::{Command, CommandError, Conflict, Edit, NodeId, Plan, Scenario, ScenarioId};

impl Command {
    /// Puts `plan` in the place of the whole plan (a reload, a merge, a conflict settled with
    /// the other planner's value).
    #[must_use]
    pub fn replace_plan(plan: Plan) -> Command {
        Command {
            // Not read; the new plan's baseline is the one scenario certain to be there.
            scenario: plan.baseline().meta.id.clone(),
            edit: Edit::ReplacePlan(Box::new(plan)),
        }
    }

    /// Closes the plan's merge conflict at `at`, the plan keeping the value it holds.
    #[must_use]
    pub fn close_conflict(at: usize) -> Command {
        Command {
            // Not read: a conflict may be about the plan's own fields, in no scenario.
            scenario: NodeId::baseline(),
            edit: Edit::CloseConflict(at),
        }
    }
}

pub(super) fn add_scenario(
    plan: &mut Plan,
    id: &ScenarioId,
    mut scenario: Scenario,
    at: Option<usize>,
) -> Result<Edit, CommandError> {
    if plan.scenario(id).is_some() {
        return Err(CommandError::DuplicateScenario(id.clone()));
    }
    let at = at.unwrap_or(plan.scenarios().len());
    if at == 0 || at > plan.scenarios().len() {
        return Err(CommandError::Baseline);
    }
    scenario.meta.id = id.clone();
    plan.insert_scenario(at, scenario);
    Ok(Edit::RemoveScenario)
}

pub(super) fn remove_scenario(plan: &mut Plan, id: &ScenarioId) -> Result<Edit, CommandError> {
    let Some(at) = plan.scenarios().iter().position(|s| s.meta.id == *id) else {
        return Err(CommandError::UnknownScenario(id.clone()));
    };
    if at == 0 {
        return Err(CommandError::Baseline);
    }
    let scenario = plan.remove_scenario(at);
    let ids: Vec<NodeId> = scenario.nodes().map(|n| n.id.clone()).collect();
    if let Some((node, by)) = plan.replaced_but_gone(&ids) {
        plan.insert_scenario(at, scenario);
        return Err(CommandError::StillReplaced(node, by));
    }
    Ok(Edit::AddScenario {
        scenario: Box::new(scenario),
        at: Some(at),
    })
}

pub(super) fn replace_plan(plan: &mut Plan, new: Plan) -> Edit {
    Edit::ReplacePlan(Box::new(std::mem::replace(plan, new)))
}

pub(super) fn close_conflict(plan: &mut Plan, at: usize) -> Result<Edit, CommandError> {
    if at >= plan.conflicts.len() {
        return Err(CommandError::UnknownConflict(at));
    }
    let conflict = plan.conflicts.remove(at);
    Ok(Edit::ReopenConflict(at, Box::new(conflict)))
}

pub(super) fn reopen_conflict(plan: &mut Plan, at: usize, conflict: Conflict) -> Edit {
    let at = at.min(plan.conflicts.len());
    plan.conflicts.insert(at, conflict);
    Edit::CloseConflict(at)
}
