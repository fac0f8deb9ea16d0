//! Why a command was refused, in the user's language.

use std::fmt;

use super::{Edge, NodeId, NodeKind, Relation, Scenario, ScenarioId};
use crate::i18n::{Lang, s, tr, tr_args};

/// Why a command was refused. The plan is unchanged.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum CommandError {
    /// No scenario has this id.
    UnknownScenario(ScenarioId),
    /// No node has this id.
    UnknownNode(NodeId),
    /// A node with this id exists already.
    DuplicateNode(NodeId),
    /// No task has this id.
    UnknownTask(NodeId),
    /// A task with this id exists already.
    DuplicateTask(NodeId),
    /// The node still has parts.
    HasParts(NodeId, usize),
    /// The move would make a node part of itself.
    Cycle(NodeId, NodeId),
    /// This relation cannot join these kinds of node.
    InvalidRelation(NodeKind, Relation, NodeKind),
    /// A node cannot relate to itself.
    SelfRelation(NodeId),
    /// The relation exists already.
    DuplicateRelation(Edge),
    /// There is no such relation.
    MissingRelation(Edge),
    /// The node is already part of another; use a move.
    AlreadyPart(NodeId, NodeId),
    /// The unit already has a head.
    AlreadyHeaded(NodeId, NodeId),
    /// The edit would leave a node without any name.
    NoName(NodeId),
    /// A number must be finite and not negative.
    BadNumber(f64),
    /// A term ends before it starts.
    BadTerm,
    /// A relation given with a new node does not involve it.
    UnrelatedEdge(Edge),
    /// A scenario with this id exists already.
    DuplicateScenario(ScenarioId),
    /// The baseline cannot be removed or put after another scenario.
    Baseline,
    /// Adding or removing a scenario is an edit of the plan, not of one scenario's batch.
    PlanEditInBatch,
    /// The node, in no other scenario, is what the second node replaces: removing it would
    /// leave a plan that cannot be opened again.
    StillReplaced(NodeId, NodeId),
    /// No merge conflict is listed at this place.
    UnknownConflict(usize),
    /// The plan's name would be empty in every language.
    PlanNoName,
    /// The contact at this place (from 0) has no name.
    ContactNoName(usize),
    /// This text is not a currency's ISO 4217 code.
    BadCurrency(String),
    /// A capacity measure's key is empty or holds a space or a dot.
    BadMeasureKey(String),
    /// Two capacity measures have this key.
    DuplicateMeasure(String),
}

impl CommandError {
    /// The reason, in `lang`, naming nodes by their ids.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        self.describe(lang, &|id: &NodeId| id.as_str().to_owned())
    }

    /// The reason, in `lang`, naming nodes as `scenario` names them (by id where it does not
    /// hold them): what the window says.
    #[must_use]
    pub fn message_in(&self, scenario: &Scenario, lang: Lang) -> String {
        self.describe(lang, &|id: &NodeId| {
            scenario
                .node(id)
                .map_or_else(|| id.as_str().to_owned(), |n| n.label(lang).to_owned())
        })
    }

    fn describe(&self, lang: Lang, name: &dyn Fn(&NodeId) -> String) -> String {
        let id = |id: &NodeId| s(name(id));
        match self {
            CommandError::UnknownScenario(x) => {
                tr_args(lang, "cmd-unknown-scenario", &[("id", id(x))])
            }
            CommandError::UnknownNode(x) => tr_args(lang, "cmd-unknown-node", &[("id", id(x))]),
            CommandError::DuplicateNode(x) => tr_args(lang, "cmd-duplicate-node", &[("id", id(x))]),
            CommandError::UnknownTask(x) => tr_args(lang, "cmd-unknown-task", &[("id", id(x))]),
            CommandError::DuplicateTask(x) => tr_args(lang, "cmd-duplicate-task", &[("id", id(x))]),
            CommandError::StillReplaced(x, by) => {
                tr_args(lang, "cmd-still-replaced", &[("id", id(x)), ("by", id(by))])
            }
            CommandError::HasParts(x, count) => tr_args(
                lang,
                "cmd-has-parts",
                &[("id", id(x)), ("count", crate::i18n::n(*count))],
            ),
            CommandError::Cycle(x, parent) => {
                tr_args(lang, "cmd-cycle", &[("id", id(x)), ("parent", id(parent))])
            }
            CommandError::InvalidRelation(from, relation, to) => tr_args(
                lang,
                "cmd-invalid-relation",
                &[
                    ("from", s(tr(lang, &format!("kind-{}", from.code())))),
                    (
                        "relation",
                        s(tr(lang, &format!("relation-{}", relation.code()))),
                    ),
                    ("to", s(tr(lang, &format!("kind-{}", to.code())))),
                ],
            ),
            CommandError::SelfRelation(x) => tr_args(lang, "cmd-self-relation", &[("id", id(x))]),
            CommandError::DuplicateRelation(e) => {
                edge_message(lang, "cmd-duplicate-relation", e, name)
            }
            CommandError::MissingRelation(e) => edge_message(lang, "cmd-missing-relation", e, name),
            CommandError::AlreadyPart(x, parent) => tr_args(
                lang,
                "cmd-already-part",
                &[("id", id(x)), ("parent", id(parent))],
            ),
            CommandError::AlreadyHeaded(x, head) => tr_args(
                lang,
                "cmd-already-headed",
                &[("id", id(x)), ("head", id(head))],
            ),
            CommandError::NoName(x) => tr_args(lang, "cmd-no-name", &[("id", id(x))]),
            CommandError::BadNumber(v) => {
                tr_args(lang, "cmd-bad-number", &[("value", s(v.to_string()))])
            }
            CommandError::BadTerm => tr(lang, "cmd-bad-term"),
            CommandError::UnrelatedEdge(e) => edge_message(lang, "cmd-unrelated-edge", e, name),
            CommandError::DuplicateScenario(x) => {
                tr_args(lang, "cmd-duplicate-scenario", &[("id", s(x.as_str()))])
            }
            CommandError::Baseline => tr(lang, "cmd-baseline"),
            CommandError::PlanEditInBatch => tr(lang, "cmd-plan-edit-in-batch"),
            // People count the listed conflicts from one.
            CommandError::UnknownConflict(at) => tr_args(
                lang,
                "cmd-unknown-conflict",
                &[("at", crate::i18n::n(at.saturating_add(1)))],
            ),
            CommandError::PlanNoName => tr(lang, "cmd-plan-no-name"),
            CommandError::ContactNoName(at) => tr_args(
                lang,
                "cmd-contact-no-name",
                &[("at", crate::i18n::n(at.saturating_add(1)))],
            ),
            CommandError::BadCurrency(text) => {
                tr_args(lang, "cmd-bad-currency", &[("code", s(text.as_str()))])
            }
            CommandError::BadMeasureKey(key) => {
                tr_args(lang, "cmd-bad-measure-key", &[("key", s(key.as_str()))])
            }
            CommandError::DuplicateMeasure(key) => {
                tr_args(lang, "cmd-duplicate-measure", &[("key", s(key.as_str()))])
            }
        }
    }
}

fn edge_message(lang: Lang, key: &str, e: &Edge, name: &dyn Fn(&NodeId) -> String) -> String {
    tr_args(
        lang,
        key,
        &[
            ("from", s(name(&e.from))),
            (
                "relation",
                s(tr(lang, &format!("relation-{}", e.relation.code()))),
            ),
            ("to", s(name(&e.to))),
        ],
    )
}

impl fmt::Display for CommandError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for CommandError {}
