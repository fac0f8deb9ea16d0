//! The plan file as serde sees it: what a `.ron` file holds, field by field.
//!
//! The model keeps relations as graph edges; the file keeps them as id lists on the node that
//! starts them, which reads well and diffs well. [`crate::io::load`] validates a [`PlanFile`]
//! into a [`Plan`]; [`PlanFile::from_plan`] writes one back.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::i18n::Currency;
use crate::model::{
    Conflict, Contact, Date, Decision, Edge, Forecast, Mapping, Measure, Names, Node, NodeId,
    NodeKind, Plan, PostStatus, Relation, Role, Scenario, ScenarioStatus, ShowFields, Task, Term,
    WorkTag,
};

/// The file format version this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;

/// A whole plan file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanFile {
    /// The format version ([`FORMAT_VERSION`]).
    pub version: u32,
    /// The plan's name.
    #[serde(default)]
    pub name: Names,
    /// Contact persons.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<Contact>,
    /// The currency of its costs (absent: the euro; files without it open as before).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<Currency>,
    /// The capacity measures with their names (absent: none named).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub measures: Vec<Measure>,
    /// Whether the plan is a network of organisations.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub network: bool,
    /// How the staff list it was imported from maps to its fields (absent: none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staff_mapping: Option<Mapping>,
    /// The baseline first, then the alternatives.
    pub scenarios: Vec<ScenarioRecord>,
    /// Merge conflicts still to resolve (written by `orgplan merge`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Conflict>,
}

/// One scenario in a file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioRecord {
    /// Identity within the plan.
    pub id: NodeId,
    /// Its name.
    #[serde(default)]
    pub name: Names,
    /// The day it takes effect.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective: Option<Date>,
    /// Where it stands.
    #[serde(default, skip_serializing_if = "is_default")]
    pub status: ScenarioStatus,
    /// The decision that adopted it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<Decision>,
    /// Why this organisation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rationale: Option<String>,
    /// Free notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// How people were heard about it (files without it are read as before).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participation: Vec<crate::model::Participation>,
    /// The organisation, in order.
    #[serde(default)]
    pub nodes: Vec<NodeRecord>,
    /// How the scenario is shown (not part of the organisation).
    #[serde(default, skip_serializing_if = "is_default")]
    pub view: ViewRecord,
}

/// How a scenario is shown, in a file.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ViewRecord {
    /// Nodes drawn collapsed, sorted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub collapsed: Vec<NodeId>,
    /// What boxes show.
    #[serde(default, skip_serializing_if = "is_default")]
    pub show: ShowFields,
}

/// A membership in a group.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Membership {
    /// The group.
    pub group: NodeId,
    /// The member's role.
    #[serde(default, skip_serializing_if = "is_default")]
    pub role: Role,
}

/// One node in a file, with the relations that start at it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)] // The fields are those of `Node`, documented there.
pub struct NodeRecord {
    pub id: NodeId,
    pub kind: NodeKind,
    #[serde(default, skip_serializing_if = "Names::is_empty")]
    pub name: Names,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_name: Option<String>,
    #[serde(default, skip_serializing_if = "Names::is_empty")]
    pub title: Names,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holder: Option<String>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub status: PostStatus,
    /// The node this one is part of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<NodeId>,
    /// What this post leads.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub heads: Vec<NodeId>,
    /// Stated supervisors.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reports_to: Vec<NodeId>,
    /// The head this staff post assists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assistant_to: Option<NodeId>,
    /// Units served outside the own line.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub serves: Vec<NodeId>,
    /// Groups this node sits in.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub member_of: Vec<Membership>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fte: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headcount: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<f64>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub capacity: BTreeMap<String, f64>,
    /// The demand forecast per measure and year.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub forecast: BTreeMap<String, Forecast>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work: Option<WorkTag>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost_centre: Option<String>,
    /// The responsible body (lautakunta, nämnd).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tasks: Vec<Task>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub term: Option<Term>,
    /// A group's meetings: its days or its rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meetings: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<Box<Decision>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub replaces: Vec<NodeId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

impl NodeRecord {
    /// Splits a record into the node's data and the relations that start at it.
    #[must_use]
    pub fn into_parts(self) -> (Node, Vec<Edge>) {
        let id = self.id;
        let mut edges = Vec::new();
        let mut push = |relation, to: NodeId| edges.push(Edge::new(&id, relation, &to));
        if let Some(parent) = self.part_of {
            push(Relation::PartOf, parent);
        }
        self.heads
            .into_iter()
            .for_each(|to| push(Relation::Heads, to));
        self.reports_to
            .into_iter()
            .for_each(|to| push(Relation::ReportsTo, to));
        if let Some(head) = self.assistant_to {
            push(Relation::AssistantTo, head);
        }
        self.serves
            .into_iter()
            .for_each(|to| push(Relation::Serves, to));
        for m in self.member_of {
            push(Relation::MemberOf(m.role), m.group);
        }
        let node = Node {
            id: id.clone(),
            kind: self.kind,
            name: self.name,
            short_name: self.short_name,
            title: self.title,
            holder: self.holder,
            status: self.status,
            fte: self.fte,
            headcount: self.headcount,
            cost: self.cost,
            capacity: self.capacity,
            forecast: self.forecast,
            work: self.work,
            tasks: self.tasks,
            cost_centre: self.cost_centre,
            body: self.body,
            notes: self.notes,
            term: self.term,
            meetings: self.meetings,
            decision: self.decision,
            replaces: self.replaces,
        };
        (node, edges)
    }

    /// The record of a node of `scenario`, with its outgoing relations sorted by target id.
    #[must_use]
    pub fn from_node(scenario: &Scenario, node: &Node) -> NodeRecord {
        let mut record = NodeRecord {
            id: node.id.clone(),
            kind: node.kind,
            name: node.name.clone(),
            short_name: node.short_name.clone(),
            title: node.title.clone(),
            holder: node.holder.clone(),
            status: node.status,
            part_of: None,
            heads: Vec::new(),
            reports_to: Vec::new(),
            assistant_to: None,
            serves: Vec::new(),
            member_of: Vec::new(),
            fte: node.fte,
            headcount: node.headcount,
            cost: node.cost,
            capacity: node.capacity.clone(),
            forecast: node.forecast.clone(),
            work: node.work,
            cost_centre: node.cost_centre.clone(),
            body: node.body.clone(),
            tasks: node.tasks.clone(),
            term: node.term,
            meetings: node.meetings.clone(),
            decision: node.decision.clone(),
            replaces: node.replaces.clone(),
            notes: node.notes.clone(),
        };
        // `edges_from` is sorted by relation, then target: the file order is deterministic.
        for edge in scenario.edges_from(&node.id) {
            match edge.relation {
                Relation::PartOf => record.part_of = Some(edge.to),
                Relation::Heads => record.heads.push(edge.to),
                Relation::ReportsTo => record.reports_to.push(edge.to),
                Relation::AssistantTo => record.assistant_to = Some(edge.to),
                Relation::Serves => record.serves.push(edge.to),
                Relation::MemberOf(role) => record.member_of.push(Membership {
                    group: edge.to,
                    role,
                }),
            }
        }
        record.member_of.sort();
        record
    }
}

impl PlanFile {
    /// The file form of a plan: nodes in each scenario's order, relations sorted.
    #[must_use]
    pub fn from_plan(plan: &Plan) -> PlanFile {
        PlanFile {
            version: FORMAT_VERSION,
            name: plan.name.clone(),
            contacts: plan.contacts.clone(),
            currency: plan.currency,
            measures: plan.measures.clone(),
            network: plan.network,
            staff_mapping: plan.staff_mapping.clone(),
            conflicts: plan.conflicts.clone(),
            scenarios: plan
                .scenarios()
                .iter()
                .map(|scenario| {
                    let meta = &scenario.meta;
                    ScenarioRecord {
                        id: meta.id.clone(),
                        name: meta.name.clone(),
                        effective: meta.effective,
                        status: meta.status,
                        decision: meta.decision.clone(),
                        rationale: meta.rationale.clone(),
                        notes: meta.notes.clone(),
                        participation: meta.participation.clone(),
                        nodes: scenario
                            .nodes()
                            .map(|node| NodeRecord::from_node(scenario, node))
                            .collect(),
                        view: ViewRecord {
                            collapsed: scenario.view.collapsed.iter().cloned().collect(),
                            show: scenario.view.show,
                        },
                    }
                })
                .collect(),
        }
    }
}
