//! The changes to the scenario itself rather than to a node: its participation record (events
//! added, removed or changed), and the texts the committee reads with it: the day it takes
//! effect, the rationale, the notes and the decision record (without its presenter). Each is a
//! [`ChangeKind::DetailsChanged`] without a node.
//!
//! Events are matched as a planner would: the same kind on the same day is the same event (two
//! of one kind on one day in their order); of the rest, an event of the same kind that is
//! undated on one side, or keeps who took part, what was said or the outcome, is the same event
//! moved to another day. The order of the events is not compared.

use super::fields::decision_text;
use super::{Change, ChangeKind, Value};
use crate::model::{Date, Participation, ScenarioMeta};

/// The field of a change to the participation record.
const PARTICIPATION: &str = "participation";

pub(super) fn scenario_meta(
    before: &ScenarioMeta,
    after: &ScenarioMeta,
    changes: &mut Vec<Change>,
) {
    let mut text = |field: &str, a: Option<Value>, b: Option<Value>| {
        if a != b {
            changes.push(Change::scenario(ChangeKind::DetailsChanged).values(field, a, b));
        }
    };
    let day = |d: Option<Date>| d.map(|d| Value::Text(d.to_string()));
    text("effective", day(before.effective), day(after.effective));
    let own = |t: &Option<String>| t.clone().map(Value::Text);
    text("rationale", own(&before.rationale), own(&after.rationale));
    text("notes", own(&before.notes), own(&after.notes));
    if before.decision != after.decision {
        text(
            "decision",
            decision_text(before.decision.as_ref()),
            decision_text(after.decision.as_ref()),
        );
    }
    participation(&before.participation, &after.participation, changes);
}

/// A rule for whether two events are the same one.
type Matches = fn(&Participation, &Participation) -> bool;

/// Whether `a` and `b` are of one kind on one day.
fn same_day(a: &Participation, b: &Participation) -> bool {
    a.kind == b.kind && a.date == b.date
}

/// Whether `a` and `b` may be one event whose day changed.
fn same_event_redated(a: &Participation, b: &Participation) -> bool {
    let kept = |x: &Option<String>, y: &Option<String>| {
        x.as_deref()
            .is_some_and(|x| !x.trim().is_empty() && Some(x) == y.as_deref())
    };
    a.kind == b.kind
        && (a.date.is_none()
            || b.date.is_none()
            || kept(&a.participants, &b.participants)
            || kept(&a.summary, &b.summary)
            || kept(&a.outcome, &b.outcome))
}

fn participation(before: &[Participation], after: &[Participation], changes: &mut Vec<Change>) {
    // For each event of `after`, its event in `before`.
    let mut pair: Vec<Option<usize>> = vec![None; after.len()];
    let mut taken = vec![false; before.len()];
    let rules: [Matches; 2] = [same_day, same_event_redated];
    for rule in rules {
        for (new, event) in after.iter().enumerate() {
            if pair.get(new).is_some_and(Option::is_some) {
                continue;
            }
            let found = before
                .iter()
                .enumerate()
                .find(|(old, old_event)| !taken[*old] && rule(old_event, event))
                .map(|(old, _)| old);
            if let Some(old) = found {
                taken[old] = true;
                pair[new] = Some(old);
            }
        }
    }
    let boxed = |e: &Participation| Some(Value::Event(Box::new(e.clone())));
    for (event, old) in after.iter().zip(&pair) {
        match old.and_then(|old| before.get(old)) {
            Some(old) if old == event => {}
            old => changes.push(Change::scenario(ChangeKind::DetailsChanged).values(
                PARTICIPATION,
                old.and_then(boxed),
                boxed(event),
            )),
        }
    }
    for (event, _) in before.iter().zip(&taken).filter(|(_, t)| !**t) {
        changes.push(Change::scenario(ChangeKind::DetailsChanged).values(
            PARTICIPATION,
            boxed(event),
            None,
        ));
    }
}
