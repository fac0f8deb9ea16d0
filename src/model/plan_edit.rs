//! The edits of a plan as a whole rather than of one scenario's organisation: adding and
//! removing scenarios, closing and reopening merge conflicts, setting the plan's own details
//! (name, contacts, currency, measures, network) and putting another plan in the place of the open one. Each returns its inverse, as [`super::apply`] does; none may go inside
//! a batch, which edits one scenario.

use super::{
    Command, CommandError, Conflict, Contact, Currency, Edit, Measure, Names, NodeId, Plan,
    PlanDetails, Scenario, ScenarioId, measure::valid_key,
};

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

    /// Sets the plan's name, contact persons and currency.
    #[must_use]
    pub fn set_plan_details(details: PlanDetails) -> Command {
        Command {
            // Not read: the details are the plan's own, in no scenario.
            scenario: NodeId::baseline(),
            edit: Edit::SetPlanDetails(Box::new(details)),
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

/// The currency a user typed: its ISO 4217 code in any case (`sek` is `SEK`), or nothing for
/// the euro by default.
///
/// # Errors
/// When the text is not three letters A–Z.
pub fn parse_currency(text: &str) -> Result<Option<Currency>, CommandError> {
    let code = text.trim();
    if code.is_empty() {
        return Ok(None);
    }
    Currency::new(&code.to_ascii_uppercase())
        .map(Some)
        .ok_or_else(|| CommandError::BadCurrency(code.to_owned()))
}

pub(super) fn set_details(plan: &mut Plan, details: PlanDetails) -> Result<Edit, CommandError> {
    let name = clean_names(details.name);
    if name.is_empty() {
        return Err(CommandError::PlanNoName);
    }
    let mut contacts = Vec::with_capacity(details.contacts.len());
    for (at, contact) in details.contacts.into_iter().enumerate() {
        let name = contact.name.trim().to_owned();
        if name.is_empty() {
            return Err(CommandError::ContactNoName(at));
        }
        let text = |t: Option<String>| t.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty());
        contacts.push(Contact {
            name,
            title: clean_names(contact.title),
            phone: text(contact.phone),
            email: text(contact.email),
        });
    }
    let mut measures: Vec<Measure> = Vec::with_capacity(details.measures.len());
    for measure in details.measures {
        let key = measure.key.trim().to_owned();
        if !valid_key(&key) {
            return Err(CommandError::BadMeasureKey(key));
        }
        if measures.iter().any(|m| m.key == key) {
            return Err(CommandError::DuplicateMeasure(key));
        }
        measures.push(Measure {
            key,
            name: clean_names(measure.name),
            unit: clean_names(measure.unit),
        });
    }
    Ok(put_details(
        plan,
        PlanDetails {
            name,
            contacts,
            currency: details.currency,
            measures,
            network: details.network,
        },
    ))
}

pub(super) fn put_details(plan: &mut Plan, details: PlanDetails) -> Edit {
    let old = PlanDetails {
        name: std::mem::replace(&mut plan.name, details.name),
        contacts: std::mem::replace(&mut plan.contacts, details.contacts),
        currency: std::mem::replace(&mut plan.currency, details.currency),
        measures: std::mem::replace(&mut plan.measures, details.measures),
        network: std::mem::replace(&mut plan.network, details.network),
    };
    Edit::PutPlanDetails(Box::new(old))
}

/// Names without blank languages.
fn clean_names(names: Names) -> Names {
    let keep = |t: Option<String>| t.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty());
    Names {
        fi: keep(names.fi),
        sv: keep(names.sv),
        en: keep(names.en),
    }
}
