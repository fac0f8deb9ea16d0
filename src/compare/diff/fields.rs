//! The fields of the nodes both scenarios have: names, kinds, figures, status and details.

use std::collections::BTreeSet;

use crate::model::{Decision, Node, Scenario, Term};

use super::structure::Structure;
use super::{Change, ChangeKind, Value};

/// Compares the fields of the nodes both scenarios have, and reads their kinds on the way.
pub(super) fn node_fields<'a>(
    (before, mut old_structure): (&'a Scenario, Structure),
    (after, mut new_structure): (&'a Scenario, Structure),
    old_of: &[Option<usize>],
    changes: &mut Vec<Change>,
) -> (Structure, Structure) {
    let (old_parents, new_parents) = (&old_structure.parents, &new_structure.parents);
    // Compared by reference and copied only for a move: a copy of a shared id writes to the
    // cache line of its count, for every node.
    let parent_id = |scenario: &'a Scenario, parents: &[Option<usize>], at: usize| {
        parents
            .get(at)
            .copied()
            .flatten()
            .and_then(|p| scenario.id_at(p))
    };
    for (at, new) in after.nodes().enumerate() {
        let Some(old_at) = old_of.get(at).copied().flatten() else {
            continue;
        };
        let Some(old) = before.node_at(old_at) else {
            continue;
        };
        if let (Some(a), Some(b)) = (
            old_structure.kinds.get_mut(old_at),
            new_structure.kinds.get_mut(at),
        ) {
            (*a, *b) = (Some(old.kind), Some(new.kind));
        }
        if !old.tasks.is_empty() {
            old_structure.with_tasks.push(old_at);
        }
        if !old.replaces.is_empty() {
            old_structure.replacing.push(old_at);
        }
        if !new.replaces.is_empty() {
            new_structure.replacing.push(at);
        }
        if !new.tasks.is_empty() {
            new_structure.with_tasks.push(at);
        }
        let id = &new.id;
        if old.name != new.name {
            changes.push(Change::new(ChangeKind::Renamed, id).values(
                "name",
                Some(Value::Names(old.name.clone())),
                Some(Value::Names(new.name.clone())),
            ));
        }
        if old.title != new.title {
            changes.push(Change::new(ChangeKind::Renamed, id).values(
                "title",
                Some(Value::Names(old.title.clone())),
                Some(Value::Names(new.title.clone())),
            ));
        }
        if old.kind != new.kind {
            changes.push(Change::new(ChangeKind::KindChanged, id).values(
                "kind",
                Some(Value::Kind(old.kind)),
                Some(Value::Kind(new.kind)),
            ));
        }
        let old_parent = parent_id(before, old_parents, old_at);
        let new_parent = parent_id(after, new_parents, at);
        if old_parent != new_parent {
            changes.push(Change::new(ChangeKind::Moved, id).nodes(
                old_parent.into_iter().cloned().collect(),
                new_parent.into_iter().cloned().collect(),
            ));
        }
        if old.status != new.status {
            changes.push(Change::new(ChangeKind::VacancyChanged, id).values(
                "status",
                Some(Value::Status(old.status)),
                Some(Value::Status(new.status)),
            ));
        }
        figures(old, new, changes);
        details(old, new, changes);
    }
    (
        old_structure.complete(before),
        new_structure.complete(after),
    )
}

pub(super) fn figures(old: &Node, new: &Node, changes: &mut Vec<Change>) {
    let number = |v: Option<f64>| v.map(Value::Number);
    let mut figure = |field: &str, a: Option<Value>, b: Option<Value>| {
        if a != b {
            changes.push(Change::new(ChangeKind::FigureChanged, &new.id).values(field, a, b));
        }
    };
    figure("fte", number(old.fte), number(new.fte));
    figure(
        "headcount",
        number(old.headcount.map(f64::from)),
        number(new.headcount.map(f64::from)),
    );
    figure("cost", number(old.cost), number(new.cost));
    let keys: BTreeSet<&String> = old.capacity.keys().chain(new.capacity.keys()).collect();
    for key in keys {
        figure(
            &format!("capacity.{key}"),
            number(old.capacity.get(key).copied()),
            number(new.capacity.get(key).copied()),
        );
    }
    let empty = crate::model::Forecast::new();
    let keys: BTreeSet<&String> = old.forecast.keys().chain(new.forecast.keys()).collect();
    for key in keys {
        let (a, b) = (
            old.forecast.get(key).unwrap_or(&empty),
            new.forecast.get(key).unwrap_or(&empty),
        );
        let years: BTreeSet<&u16> = a.keys().chain(b.keys()).collect();
        for year in years {
            figure(
                &format!("forecast.{key}.{year}"),
                number(a.get(year).copied()),
                number(b.get(year).copied()),
            );
        }
    }
    figure("work", old.work.map(Value::Work), new.work.map(Value::Work));
}

/// A term as one line: `2023-01-24 – 2024-12-31`.
pub(super) fn term_text(term: Option<&Term>) -> Option<Value> {
    let term = term?;
    let day = |d: Option<crate::model::Date>| d.map(|d| d.to_string()).unwrap_or_default();
    Some(Value::Text(format!(
        "{} – {}",
        day(term.start),
        day(term.end)
    )))
}

/// A decision as one line: body, date, §, record number.
pub(super) fn decision_text(decision: Option<&Decision>) -> Option<Value> {
    let d = decision?;
    let parts: Vec<String> = [
        d.body.clone(),
        d.date.map(|date| date.to_string()),
        d.section.as_ref().map(|s| format!("§ {s}")),
        d.record.clone(),
        d.proposal.clone(),
        d.text.clone(),
    ]
    .into_iter()
    .flatten()
    .collect();
    Some(Value::Text(parts.join(", ")))
}

pub(super) fn details(old: &Node, new: &Node, changes: &mut Vec<Change>) {
    let mut detail = |field: &str, a: Option<Value>, b: Option<Value>| {
        if a != b {
            changes.push(Change::new(ChangeKind::DetailsChanged, &new.id).values(field, a, b));
        }
    };
    // Compared in place and copied only when they differ: nearly every node is unchanged.
    let texts = [
        ("short_name", &old.short_name, &new.short_name),
        ("holder", &old.holder, &new.holder),
        ("cost_centre", &old.cost_centre, &new.cost_centre),
        ("body", &old.body, &new.body),
        ("meetings", &old.meetings, &new.meetings),
        ("notes", &old.notes, &new.notes),
    ];
    for (field, a, b) in texts {
        if a != b {
            let text = |v: &Option<String>| v.clone().map(Value::Text);
            detail(field, text(a), text(b));
        }
    }
    if old.term != new.term {
        detail(
            "term",
            term_text(old.term.as_ref()),
            term_text(new.term.as_ref()),
        );
    }
    if old.decision != new.decision {
        detail(
            "decision",
            decision_text(old.decision.as_deref()),
            decision_text(new.decision.as_deref()),
        );
    }
}
