//! The comparison drawn on a chart: which node of the later scenario changed and how, and the
//! nodes it no longer has, put back as ghosts where they stood so that the chart shows what
//! went as well as what came. Also which of two scenarios is the earlier, so that a comparison
//! always reads from the earlier to the later.

use std::collections::{BTreeMap, BTreeSet};

use super::{Change, ChangeKind};
use crate::i18n::{Lang, tr};
use crate::model::{Edge, Edit, NodeId, Plan, Relation, Scenario, ScenarioId};

/// How a node changed, as the chart marks it. Each mark has a shape or a text of its own, not
/// only a colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Mark {
    /// New in the later scenario.
    Added,
    /// Gone from the later scenario: drawn as a ghost where it stood.
    Removed,
    /// Part of a different parent.
    Moved,
    /// Named differently.
    Renamed,
    /// Made of several nodes of the earlier scenario.
    Merged,
    /// One of the nodes an earlier node was split into.
    Split,
    /// Took the place of one earlier node.
    Replaced,
    /// A unit became a team, or the other way round.
    KindChanged,
    /// Has another head.
    NewHead,
    /// Has another supervisor.
    NewSupervisor,
    /// Vacated, left unfilled, abolished, filled or acting; or a unit ceased.
    StatusChanged,
}

impl Mark {
    /// Every mark, in the order the legend lists them.
    pub const ALL: [Mark; 11] = [
        Mark::Added,
        Mark::Removed,
        Mark::Moved,
        Mark::Renamed,
        Mark::Merged,
        Mark::Split,
        Mark::Replaced,
        Mark::KindChanged,
        Mark::NewHead,
        Mark::NewSupervisor,
        Mark::StatusChanged,
    ];

    /// The machine-readable name, and the end of its translation key (`mark-added`).
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Mark::Added => "added",
            Mark::Removed => "removed",
            Mark::Moved => "moved",
            Mark::Renamed => "renamed",
            Mark::Merged => "merged",
            Mark::Split => "split",
            Mark::Replaced => "replaced",
            Mark::KindChanged => "kind_changed",
            Mark::NewHead => "new_head",
            Mark::NewSupervisor => "new_supervisor",
            Mark::StatusChanged => "status_changed",
        }
    }

    /// The mark a change puts on the node it is about, if any: figures, details, tasks and
    /// memberships are listed beside the chart, not marked on it.
    fn of(kind: ChangeKind) -> Option<Mark> {
        Some(match kind {
            ChangeKind::NodeAdded => Mark::Added,
            ChangeKind::NodeRemoved => Mark::Removed,
            ChangeKind::Moved => Mark::Moved,
            ChangeKind::Renamed => Mark::Renamed,
            ChangeKind::Merged => Mark::Merged,
            ChangeKind::Split => Mark::Split,
            ChangeKind::Replaced => Mark::Replaced,
            ChangeKind::KindChanged => Mark::KindChanged,
            ChangeKind::HeadChanged => Mark::NewHead,
            ChangeKind::SupervisorChanged => Mark::NewSupervisor,
            ChangeKind::VacancyChanged => Mark::StatusChanged,
            ChangeKind::ServesAdded
            | ChangeKind::ServesRemoved
            | ChangeKind::MembershipChanged
            | ChangeKind::TaskMoved
            | ChangeKind::TaskOrphaned
            | ChangeKind::TaskAdded
            | ChangeKind::FigureChanged
            | ChangeKind::DetailsChanged => return None,
        })
    }
}

/// The marks of a comparison, by node, each node's in legend order without repeats.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChangeMarks {
    marks: BTreeMap<NodeId, Vec<Mark>>,
}

impl ChangeMarks {
    /// The marks the changes put on nodes. A split marks the parts it made (the node split is
    /// gone, and marked removed); a merge marks the node made.
    #[must_use]
    pub fn of(changes: &[Change]) -> ChangeMarks {
        let mut sets: BTreeMap<NodeId, BTreeSet<Mark>> = BTreeMap::new();
        for change in changes {
            let Some(mark) = Mark::of(change.kind) else {
                continue;
            };
            let marked: Vec<&NodeId> = if change.kind == ChangeKind::Split {
                change.to.iter().collect()
            } else {
                // A change to the scenario itself marks no node.
                change.node.iter().collect()
            };
            for node in marked {
                sets.entry(node.clone()).or_default().insert(mark);
            }
        }
        // A new node has a new head and supervisor by being new, and a node made by a merge,
        // a split or a replacement is new by being made so: the chart says only the first.
        for set in sets.values_mut() {
            let made = [Mark::Merged, Mark::Split, Mark::Replaced];
            if made.iter().any(|m| set.contains(m)) {
                set.remove(&Mark::Added);
            }
            if made.iter().any(|m| set.contains(m)) || set.contains(&Mark::Added) {
                set.retain(|m| !matches!(m, Mark::NewHead | Mark::NewSupervisor));
            }
        }
        ChangeMarks {
            marks: sets
                .into_iter()
                .map(|(id, set)| (id, set.into_iter().collect()))
                .collect(),
        }
    }

    /// A node's marks, in legend order; empty when it did not change in a way the chart shows.
    #[must_use]
    pub fn of_node(&self, id: &NodeId) -> &[Mark] {
        self.marks.get(id).map_or(&[], Vec::as_slice)
    }

    /// Whether the node is a ghost: in the earlier scenario only.
    #[must_use]
    pub fn is_ghost(&self, id: &NodeId) -> bool {
        self.of_node(id).contains(&Mark::Removed)
    }

    /// The marks used, each once, in legend order (for the legend).
    #[must_use]
    pub fn used(&self) -> Vec<Mark> {
        let used: BTreeSet<Mark> = self.marks.values().flatten().copied().collect();
        used.into_iter().collect()
    }

    /// How many nodes are marked.
    #[must_use]
    pub fn len(&self) -> usize {
        self.marks.len()
    }

    /// Whether no node is marked.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.marks.is_empty()
    }
}

/// The later scenario with the nodes it no longer has put back where they stood: under their
/// earlier parent, or the nearest of its parents the later scenario still has, or as a root;
/// with their earlier place in the order among their siblings where it can be kept. Ghosts keep
/// only their place in the structure (their other relations are gone with them).
#[must_use]
pub fn with_ghosts(before: &Scenario, after: &Scenario, marks: &ChangeMarks) -> Scenario {
    let mut shown = after.clone();
    // In the earlier scenario's order, so that a ghost's parent, itself a ghost, is back first.
    for node in before.nodes() {
        if !marks.is_ghost(&node.id) || shown.contains(&node.id) {
            continue;
        }
        let mut parent = before.parent(&node.id);
        while let Some(p) = parent {
            if shown.contains(p) {
                break;
            }
            parent = before.parent(p);
        }
        let edges = parent
            .map(|p| vec![Edge::new(&node.id, Relation::PartOf, p)])
            .unwrap_or_default();
        let mut ghost = node.clone();
        // What it replaced lives in another scenario, perhaps not in this one's view of it.
        ghost.replaces.clear();
        ghost.tasks.clear();
        let edit = Edit::AddNode {
            node: Box::new(ghost),
            at: None,
            edges,
        };
        // A ghost that the later scenario cannot hold (an id taken, a relation refused) is left
        // out: the change list still names it.
        let _refused = shown.apply(edit);
    }
    shown
}

/// The marks `marks` uses, each with its words in `lang`, in the legend's order.
#[must_use]
pub fn mark_words(marks: &ChangeMarks, lang: Lang) -> Vec<(Mark, String)> {
    marks
        .used()
        .into_iter()
        .map(|m| (m, tr(lang, &format!("mark-{}", m.code()))))
        .collect()
}

/// The two scenarios in the order a comparison reads them: the baseline first, then by
/// effective date (a scenario without one last), then in the plan's order.
#[must_use]
pub fn earlier_first<'a>(
    plan: &Plan,
    a: &'a ScenarioId,
    b: &'a ScenarioId,
) -> (&'a ScenarioId, &'a ScenarioId) {
    let key = |id: &ScenarioId| {
        let at = plan
            .scenarios()
            .iter()
            .position(|s| s.meta.id == *id)
            .unwrap_or(usize::MAX);
        let effective = plan.scenario(id).and_then(|s| s.meta.effective);
        (at != 0, effective.is_none(), effective, at)
    };
    if key(b) < key(a) { (b, a) } else { (a, b) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::diff;
    use crate::examples::{Example, load};

    fn kouvola() -> Plan {
        load(Example::Kouvola).unwrap()
    }

    fn id(text: &str) -> NodeId {
        NodeId::new(text).unwrap()
    }

    #[test]
    fn the_decided_organisation_marks_what_came_what_went_and_what_changed() {
        let plan = kouvola();
        let (before, after) = (plan.baseline(), plan.find_scenario("decided").unwrap());
        let marks = ChangeMarks::of(&diff(before, after));
        // Growth support ceased and was split into three teams.
        assert_eq!(marks.of_node(&id("kasvuntuki")), &[Mark::Removed]);
        // A part the split made says so, and not that it is new and has a new head as well.
        assert_eq!(marks.of_node(&id("ohjaus")), &[Mark::Split]);
        for mark in [Mark::Added, Mark::Removed, Mark::Split, Mark::Moved] {
            assert!(marks.used().contains(&mark), "{mark:?}");
        }
        let shown = with_ghosts(before, after, &marks);
        assert!(shown.contains(&id("kasvuntuki")));
        assert_eq!(shown.len(), after.len() + removed(&marks, after));
        // The ghost stands where it stood: under the same parent, which the later one has.
        assert_eq!(
            shown.parent(&id("kasvuntuki")),
            before.parent(&id("kasvuntuki"))
        );
        for node in after.nodes() {
            assert_eq!(shown.parent(&node.id), after.parent(&node.id));
        }
    }

    fn removed(marks: &ChangeMarks, after: &Scenario) -> usize {
        marks
            .marks
            .keys()
            .filter(|id| marks.is_ghost(id) && !after.contains(id))
            .count()
    }

    #[test]
    fn a_scenario_compared_with_itself_is_unmarked() {
        let plan = kouvola();
        let scenario = plan.baseline();
        let marks = ChangeMarks::of(&diff(scenario, scenario));
        assert!(marks.is_empty());
        assert_eq!(with_ghosts(scenario, scenario, &marks), *scenario);
    }

    #[test]
    fn the_baseline_comes_first_then_the_earlier_date() {
        let plan = kouvola();
        let ids: Vec<ScenarioId> = plan.scenarios().iter().map(|s| s.meta.id.clone()).collect();
        let (base, decided) = (&ids[0], &ids[1]);
        assert_eq!(earlier_first(&plan, decided, base), (base, decided));
        assert_eq!(earlier_first(&plan, base, decided), (base, decided));
        let (a, b) = (&ids[1], &ids[2]);
        let (first, _) = earlier_first(&plan, b, a);
        let dated = |id: &ScenarioId| plan.scenario(id).and_then(|s| s.meta.effective);
        match (dated(a), dated(b)) {
            (Some(x), Some(y)) if x != y => {
                assert_eq!(dated(first), Some(x.min(y)));
            }
            _ => assert_eq!(first, a),
        }
    }
}
