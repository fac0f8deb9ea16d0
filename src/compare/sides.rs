//! The two scenarios a diff was made of, with what the plan says about naming their contents
//! (its currency, its capacity measures): what every report of a diff reads names from.

use std::collections::HashMap;

use crate::i18n::{Lang, s, tr, tr_args};
use crate::model::measure::Terms;
use crate::model::{Names, Node, NodeId, Scenario};

/// The two scenarios a diff was made of, to name nodes and tasks.
pub struct Sides<'a> {
    /// The first scenario.
    pub from: &'a Scenario,
    /// The second scenario.
    pub to: &'a Scenario,
    tasks: HashMap<&'a NodeId, &'a Names>,
    /// The plan's currency and capacity measures, to write costs and name measures.
    pub(super) terms: Terms<'a>,
}

impl<'a> Sides<'a> {
    /// The sides of a diff from `from` to `to`.
    #[must_use]
    pub fn new(from: &'a Scenario, to: &'a Scenario) -> Sides<'a> {
        let mut tasks = HashMap::new();
        for node in from.nodes().chain(to.nodes()) {
            for task in &node.tasks {
                tasks.insert(&task.id, &task.name);
            }
        }
        Sides {
            from,
            to,
            tasks,
            terms: Terms::default(),
        }
    }

    /// The same sides, costs written in the plan's currency (the euro unless told) and its
    /// capacity measures named as it names them.
    #[must_use]
    pub fn with_terms(self, terms: Terms<'a>) -> Sides<'a> {
        Sides { terms, ..self }
    }

    /// The name of a figure a change is about: a capacity measure or a year of a forecast by
    /// the plan's name for it (`Pupils (capacity)`, `Pupils, forecast 2026`), any other field
    /// by its word.
    #[must_use]
    pub fn figure_name(&self, field: &str, lang: Lang) -> String {
        if let Some(key) = field.strip_prefix("capacity.") {
            let name = self.terms.measure(key, lang);
            return format!("{name} ({})", tr(lang, "field-capacity"));
        }
        if let Some((key, year)) = field
            .strip_prefix("forecast.")
            .and_then(|rest| rest.rsplit_once('.'))
        {
            let name = self.terms.measure(key, lang);
            return tr_args(
                lang,
                "field-forecast-year",
                &[("measure", s(name)), ("year", s(year))],
            );
        }
        field_name(field, lang)
    }

    pub(super) fn node(&self, id: &NodeId) -> Option<&'a Node> {
        self.to.node(id).or_else(|| self.from.node(id))
    }

    /// A node's name as `lang` shows it, from the second scenario or else the first.
    #[must_use]
    pub fn label(&self, id: &NodeId, lang: Lang) -> String {
        self.node(id)
            .map_or_else(|| id.as_str().to_owned(), |n| n.label(lang).to_owned())
    }

    /// A task's names, from the second scenario or else the first.
    #[must_use]
    pub fn task_names(&self, id: &NodeId) -> Option<&'a Names> {
        self.tasks.get(id).copied()
    }

    pub(super) fn task_label(&self, id: &NodeId, lang: Lang) -> String {
        self.task_names(id)
            .map(|names| names.show(lang).to_owned())
            .filter(|name| !name.is_empty())
            .unwrap_or_else(|| id.as_str().to_owned())
    }
}

/// The word for a field of a node a change is about.
pub(super) fn field_name(field: &str, lang: Lang) -> String {
    let key = match field {
        "fte" => "field-fte",
        "headcount" => "field-headcount",
        "cost" => "field-cost",
        "work" => "field-work",
        "short_name" => "field-short-name",
        "holder" => "field-holder",
        "cost_centre" => "field-cost-centre",
        "body" => "field-body",
        "meetings" => "field-meetings",
        "notes" => "field-notes",
        "term" => "field-term",
        "decision" => "field-decision",
        "title" => "field-title",
        "status" => "field-status",
        "kind" => "field-kind",
        "role" => "field-role",
        "assistant_to" => "field-assistant-to",
        "rationale" => "field-rationale",
        "effective" => "field-effective",
        "participation" => "pack-participation",
        _ => "field-name",
    };
    tr(lang, key)
}

/// A unit's name in the last of `scenarios` that has it (its id when none has).
pub(super) fn unit_label(scenarios: &[&Scenario], id: &NodeId, lang: Lang) -> String {
    scenarios
        .iter()
        .rev()
        .find_map(|s| s.node(id))
        .map_or_else(|| id.as_str().to_owned(), |n| n.label(lang).to_owned())
}
