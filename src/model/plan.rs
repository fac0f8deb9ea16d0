//! A plan: the baseline and the alternative scenarios of one organisation, with contacts.

use serde::{Deserialize, Serialize};

use super::{Measure, Names, NodeId, Scenario, ScenarioId};
use crate::i18n::Currency;

/// A contact person for the plan. Name, phone and e-mail are personal data.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// The person's name: personal data.
    pub name: String,
    /// Their title.
    #[serde(default, skip_serializing_if = "Names::is_empty")]
    pub title: Names,
    /// Phone number: personal data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// E-mail address: personal data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

/// A field two planners changed differently, left by a three-way merge for a person to resolve.
/// The merged plan holds the first planner's ("mine") value until then.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conflict {
    /// The scenario (`None`: the plan's own fields).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scenario: Option<ScenarioId>,
    /// The node (`None`: the scenario's or the plan's own fields).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node: Option<NodeId>,
    /// The field, as the plan file names it (`fte`, `name.fi`, `serves`, ...).
    pub field: String,
    /// The value both started from, as RON-like text (`None`: absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<String>,
    /// The first planner's value, which the merged plan keeps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mine: Option<String>,
    /// The second planner's value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theirs: Option<String>,
}

/// What a plan says about itself, edited as one: its name, contact persons, currency, capacity
/// measures and whether it is a network.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlanDetails {
    /// The plan's name, in at least one language.
    pub name: Names,
    /// Contact persons, each with a name.
    pub contacts: Vec<Contact>,
    /// The currency of its costs (`None`: the euro, unsaid in the file).
    pub currency: Option<Currency>,
    /// The capacity measures, each key once.
    pub measures: Vec<Measure>,
    /// Whether the plan is a network of organisations.
    pub network: bool,
}

/// A whole plan, as one file holds it.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    /// The plan's name.
    pub name: Names,
    /// Contact persons.
    pub contacts: Vec<Contact>,
    /// The currency its costs are in, as the file names it (`None`: the euro, and the file
    /// says nothing, as files did before plans had a currency).
    pub currency: Option<Currency>,
    /// The capacity measures its nodes count (pupils, departments), with their names.
    pub measures: Vec<Measure>,
    /// Whether its roots are organisations of a network (municipalities working together)
    /// rather than one organisation's parts: the chart and the pack call it a network.
    pub network: bool,
    /// How the staff list it was imported from maps to its fields, for the next import.
    pub staff_mapping: Option<super::Mapping>,
    /// Merge conflicts still to resolve.
    pub conflicts: Vec<Conflict>,
    /// The baseline first, then the alternatives; never empty.
    scenarios: Vec<Scenario>,
}

/// The fields of the model that hold personal data; every export can leave them out.
pub const PERSONAL_FIELDS: [&str; 6] = [
    "node.holder",
    "contact.name",
    "contact.phone",
    "contact.email",
    "decision.presenter",
    "participation.participants",
];

impl Plan {
    /// A plan of one baseline scenario.
    #[must_use]
    pub fn new(name: Names, baseline: Scenario) -> Plan {
        Plan {
            name,
            contacts: Vec::new(),
            currency: None,
            measures: Vec::new(),
            network: false,
            staff_mapping: None,
            conflicts: Vec::new(),
            scenarios: vec![baseline],
        }
    }

    /// A plan from its scenarios; `None` when there are none.
    #[must_use]
    pub fn from_scenarios(
        name: Names,
        contacts: Vec<Contact>,
        scenarios: Vec<Scenario>,
    ) -> Option<Plan> {
        (!scenarios.is_empty()).then_some(Plan {
            name,
            contacts,
            currency: None,
            measures: Vec::new(),
            network: false,
            staff_mapping: None,
            conflicts: Vec::new(),
            scenarios,
        })
    }

    /// Its name, contacts and currency, as [`super::Edit::SetPlanDetails`] edits them.
    #[must_use]
    pub fn details(&self) -> PlanDetails {
        PlanDetails {
            name: self.name.clone(),
            contacts: self.contacts.clone(),
            currency: self.currency,
            measures: self.measures.clone(),
            network: self.network,
        }
    }

    /// The name of capacity measure `key` in `lang` (the key when the plan does not name it).
    #[must_use]
    pub fn measure_label<'a>(&'a self, key: &'a str, lang: crate::i18n::Lang) -> &'a str {
        super::measure::measure_label(&self.measures, key, lang)
    }

    /// Its currency and measures, with which its figures are written.
    #[must_use]
    pub fn terms(&self) -> super::measure::Terms<'_> {
        super::measure::Terms {
            currency: self.currency(),
            measures: &self.measures,
        }
    }

    /// The currency its costs are in: the euro unless the plan names another.
    #[must_use]
    pub fn currency(&self) -> Currency {
        self.currency.unwrap_or_default()
    }

    /// Of `ids`, the first that no scenario holds any more but some node's `replaces` still
    /// names, with that node: a plan in this state cannot be opened again.
    #[must_use]
    pub fn replaced_but_gone(&self, ids: &[NodeId]) -> Option<(NodeId, NodeId)> {
        let gone: std::collections::HashSet<&NodeId> = ids
            .iter()
            .filter(|id| !self.scenarios.iter().any(|s| s.contains(id)))
            .collect();
        if gone.is_empty() {
            return None;
        }
        self.scenarios
            .iter()
            .flat_map(Scenario::nodes)
            .find_map(|node| {
                node.replaces
                    .iter()
                    .find(|r| gone.contains(r))
                    .map(|r| (r.clone(), node.id.clone()))
            })
    }

    /// All scenarios, the baseline first.
    #[must_use]
    pub fn scenarios(&self) -> &[Scenario] {
        &self.scenarios
    }

    /// The baseline scenario.
    #[must_use]
    pub fn baseline(&self) -> &Scenario {
        // A plan is never built without scenarios (see `new` and `from_scenarios`).
        &self.scenarios[0]
    }

    /// The scenario with this id.
    #[must_use]
    pub fn scenario(&self, id: &ScenarioId) -> Option<&Scenario> {
        self.scenarios.iter().find(|s| &s.meta.id == id)
    }

    /// The scenario with this id or, failing that, this name in any language; `baseline` is the
    /// baseline even when its id is another.
    #[must_use]
    pub fn find_scenario(&self, key: &str) -> Option<&Scenario> {
        let found = self
            .scenarios
            .iter()
            .find(|s| s.meta.id.as_str() == key)
            .or_else(|| {
                self.scenarios.iter().find(|s| {
                    [&s.meta.name.fi, &s.meta.name.sv, &s.meta.name.en]
                        .into_iter()
                        .flatten()
                        .any(|n| n == key)
                })
            });
        // `baseline` names the baseline whatever its id.
        found.or_else(|| (key == "baseline").then(|| self.baseline()))
    }

    /// Puts a scenario at a place in the list (after the baseline); used by commands.
    pub(crate) fn insert_scenario(&mut self, at: usize, scenario: Scenario) {
        let at = at.clamp(1, self.scenarios.len());
        self.scenarios.insert(at, scenario);
    }

    /// Takes a scenario (not the baseline) out of the list; used by commands.
    pub(crate) fn remove_scenario(&mut self, at: usize) -> Scenario {
        self.scenarios.remove(at.clamp(1, self.scenarios.len() - 1))
    }

    pub(crate) fn scenario_mut(&mut self, id: &ScenarioId) -> Option<&mut Scenario> {
        self.scenarios.iter_mut().find(|s| &s.meta.id == id)
    }

    /// Every personal string the plan holds (holders, contacts, presenters, who took part in
    /// an event, conflicts' values), for redaction tests.
    #[must_use]
    pub fn personal_strings(&self) -> Vec<String> {
        let mut out = Vec::new();
        // A conflict's value may hold a whole node, holder and all.
        for c in &self.conflicts {
            out.extend([&c.base, &c.mine, &c.theirs].into_iter().flatten().cloned());
        }
        for c in &self.contacts {
            out.push(c.name.clone());
            out.extend(c.phone.clone());
            out.extend(c.email.clone());
        }
        for scenario in &self.scenarios {
            out.extend(
                scenario
                    .meta
                    .decision
                    .as_ref()
                    .and_then(|d| d.presenter.clone()),
            );
            out.extend(
                scenario
                    .meta
                    .participation
                    .iter()
                    .filter_map(|event| event.participants.clone()),
            );
            for node in scenario.nodes() {
                out.extend(node.holder.clone());
                out.extend(node.decision.as_ref().and_then(|d| d.presenter.clone()));
            }
        }
        out.retain(|s| !s.trim().is_empty());
        out.sort();
        out.dedup();
        out
    }

    /// A copy of the plan without personal data: no holders, contacts' names, phones, e-mails,
    /// presenters, who took part in events, or merge conflicts' values. Titles stay, so a
    /// redacted chart still says which post is which.
    #[must_use]
    pub fn redacted(&self) -> Plan {
        let mut plan = self.clone();
        plan.contacts.clear();
        // A conflict's values may be a holder's or a contact's: keep only that there is one.
        for conflict in &mut plan.conflicts {
            conflict.base = None;
            conflict.mine = None;
            conflict.theirs = None;
        }
        for scenario in &mut plan.scenarios {
            // Who took part may name people.
            for event in &mut scenario.meta.participation {
                event.participants = None;
            }
            if let Some(d) = scenario.meta.decision.as_mut() {
                d.presenter = None;
            }
            let ids: Vec<_> = scenario.nodes().map(|n| n.id.clone()).collect();
            for id in ids {
                if let Some(node) = scenario.node_mut(&id) {
                    node.holder = None;
                    if let Some(d) = node.decision.as_mut() {
                        d.presenter = None;
                    }
                }
            }
        }
        plan
    }
}
