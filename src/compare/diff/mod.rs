//! Every difference between two scenarios, matched by node identity, as typed changes: the
//! change types and the order of the passes here, each pass in a file of its own. Reads the
//! model only; no file format, no window.

mod fields;
mod relations;
mod replacements;
mod scenario;
mod structure;
mod tasks;

use fields::node_fields;
use relations::{assistants, heads, memberships, serves, supervisors};
use replacements::replacements;
use scenario::scenario_meta;
use structure::{Related, Structure};
use tasks::tasks;

use std::collections::HashMap;

use crate::model::{Names, NodeId, NodeKind, Participation, PostStatus, Role, Scenario, WorkTag};

/// What kind of change; [`ChangeKind::code`] is the stable machine-readable name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ChangeKind {
    /// A node exists only in the second scenario.
    NodeAdded,
    /// A node exists only in the first scenario.
    NodeRemoved,
    /// A name or a post's title changed, in any language.
    Renamed,
    /// A unit became a team, or the other way round.
    KindChanged,
    /// A node is part of a different parent.
    Moved,
    /// Several nodes of the first scenario became one.
    Merged,
    /// One node of the first scenario became several.
    Split,
    /// One node of the first scenario was replaced by one new node.
    Replaced,
    /// A unit, team, organisation or group has different heads.
    HeadChanged,
    /// A post has a different supervisor, stated or derived.
    SupervisorChanged,
    /// A post's status changed (vacated, left unfilled, abolished, filled, acting), or a unit
    /// ceased.
    VacancyChanged,
    /// A team or unit started serving units.
    ServesAdded,
    /// A team or unit stopped serving units.
    ServesRemoved,
    /// A member joined or left a group, or their role changed.
    MembershipChanged,
    /// A task has a new owner.
    TaskMoved,
    /// A task owned in the first scenario is owned by nobody in the second.
    TaskOrphaned,
    /// A task exists only in the second scenario.
    TaskAdded,
    /// FTE, headcount, cost, a capacity figure or the core/administration tag changed.
    FigureChanged,
    /// Another field changed: short name, holder, cost centre, notes, a group's term or decision;
    /// or, without a node, the scenario's participation record, rationale, notes, decision or the
    /// day it takes effect.
    DetailsChanged,
}

impl ChangeKind {
    /// Every kind, in the order reports list them within their group.
    pub const ALL: [ChangeKind; 19] = [
        ChangeKind::NodeAdded,
        ChangeKind::NodeRemoved,
        ChangeKind::Merged,
        ChangeKind::Split,
        ChangeKind::Replaced,
        ChangeKind::KindChanged,
        ChangeKind::Renamed,
        ChangeKind::Moved,
        ChangeKind::ServesAdded,
        ChangeKind::ServesRemoved,
        ChangeKind::HeadChanged,
        ChangeKind::SupervisorChanged,
        ChangeKind::MembershipChanged,
        ChangeKind::VacancyChanged,
        ChangeKind::TaskMoved,
        ChangeKind::TaskOrphaned,
        ChangeKind::TaskAdded,
        ChangeKind::FigureChanged,
        ChangeKind::DetailsChanged,
    ];

    /// The name in machine-readable output (`node_added`, `task_orphaned`, ...).
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            ChangeKind::NodeAdded => "node_added",
            ChangeKind::NodeRemoved => "node_removed",
            ChangeKind::Renamed => "renamed",
            ChangeKind::KindChanged => "kind_changed",
            ChangeKind::Moved => "moved",
            ChangeKind::Merged => "merged",
            ChangeKind::Split => "split",
            ChangeKind::Replaced => "replaced",
            ChangeKind::HeadChanged => "head_changed",
            ChangeKind::SupervisorChanged => "supervisor_changed",
            ChangeKind::VacancyChanged => "vacancy_changed",
            ChangeKind::ServesAdded => "serves_added",
            ChangeKind::ServesRemoved => "serves_removed",
            ChangeKind::MembershipChanged => "membership_changed",
            ChangeKind::TaskMoved => "task_moved",
            ChangeKind::TaskOrphaned => "task_orphaned",
            ChangeKind::TaskAdded => "task_added",
            ChangeKind::FigureChanged => "figure_changed",
            ChangeKind::DetailsChanged => "details_changed",
        }
    }

    /// The part of a report the change belongs in.
    #[must_use]
    pub fn group(self) -> ChangeGroup {
        match self {
            ChangeKind::NodeAdded
            | ChangeKind::NodeRemoved
            | ChangeKind::Renamed
            | ChangeKind::KindChanged
            | ChangeKind::Moved
            | ChangeKind::Merged
            | ChangeKind::Split
            | ChangeKind::Replaced
            | ChangeKind::ServesAdded
            | ChangeKind::ServesRemoved => ChangeGroup::Structure,
            ChangeKind::HeadChanged
            | ChangeKind::SupervisorChanged
            | ChangeKind::MembershipChanged => ChangeGroup::Management,
            ChangeKind::VacancyChanged => ChangeGroup::Posts,
            ChangeKind::TaskMoved | ChangeKind::TaskOrphaned | ChangeKind::TaskAdded => {
                ChangeGroup::Tasks
            }
            ChangeKind::FigureChanged => ChangeGroup::Figures,
            ChangeKind::DetailsChanged => ChangeGroup::Details,
        }
    }
}

/// The parts of a report, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ChangeGroup {
    /// Units, teams and posts added, removed, renamed, moved, merged or split; serves lines.
    Structure,
    /// Heads, supervisors, group memberships.
    Management,
    /// Posts vacated, left unfilled, abolished or filled.
    Posts,
    /// Who owns which task.
    Tasks,
    /// FTE, headcount, cost, capacity, core or administration.
    Figures,
    /// Everything else.
    Details,
}

impl ChangeGroup {
    /// All groups, in report order.
    pub const ALL: [ChangeGroup; 6] = [
        ChangeGroup::Structure,
        ChangeGroup::Management,
        ChangeGroup::Posts,
        ChangeGroup::Tasks,
        ChangeGroup::Figures,
        ChangeGroup::Details,
    ];

    /// The group's name in machine-readable output.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            ChangeGroup::Structure => "structure",
            ChangeGroup::Management => "management",
            ChangeGroup::Posts => "posts",
            ChangeGroup::Tasks => "tasks",
            ChangeGroup::Figures => "figures",
            ChangeGroup::Details => "details",
        }
    }
}

/// A value before or after a change.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// Names in every language the plan has.
    Names(Names),
    /// Free text.
    Text(String),
    /// A figure.
    Number(f64),
    /// A node's kind.
    Kind(NodeKind),
    /// A post's status.
    Status(PostStatus),
    /// Core work or administration.
    Work(WorkTag),
    /// A member's role in a group.
    Role(Role),
    /// A participation event of the scenario, whole (who took part is personal data: a
    /// redacted plan has none).
    Event(Box<Participation>),
}

/// One difference between two scenarios.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    /// What changed.
    pub kind: ChangeKind,
    /// The node the change is about (for task changes: the task's owner in the first scenario,
    /// or in the second for a new task); `None` for a change to the scenario itself, which is
    /// always [`ChangeKind::DetailsChanged`] with its `field`: `participation` (an event added,
    /// removed or changed: `before` and `after` are [`Value::Event`]s), `rationale`, `notes`,
    /// `decision` (body, day, §, record, proposal and text; never the presenter) or `effective`
    /// (an ISO date).
    pub node: Option<NodeId>,
    /// Related nodes in the first scenario: the old parent, heads, supervisors, the nodes merged,
    /// the group left, the task's old owner.
    pub from: Vec<NodeId>,
    /// Related nodes in the second scenario: the new parent, heads, supervisors, the nodes split
    /// into, the units now served, the group joined, the task's new owner.
    pub to: Vec<NodeId>,
    /// The field, for renames, figures and details: `name`, `title`, `fte`, `headcount`, `cost`,
    /// `capacity.<key>`, `work`, `short_name`, `holder`, `cost_centre`, `body`, `notes`, `term`,
    /// `decision`; for the scenario's own changes those named at `node`.
    pub field: Option<String>,
    /// The value in the first scenario.
    pub before: Option<Value>,
    /// The value in the second scenario.
    pub after: Option<Value>,
    /// The task, for task changes.
    pub task: Option<NodeId>,
    /// A merge, split or replacement found from where the tasks went, not stated in the plan.
    pub inferred: bool,
}

impl Change {
    fn new(kind: ChangeKind, node: &NodeId) -> Change {
        Change {
            node: Some(node.clone()),
            ..Change::scenario(kind)
        }
    }

    /// A change to the scenario itself, about no node.
    fn scenario(kind: ChangeKind) -> Change {
        Change {
            kind,
            node: None,
            from: Vec::new(),
            to: Vec::new(),
            field: None,
            before: None,
            after: None,
            task: None,
            inferred: false,
        }
    }

    fn nodes(mut self, from: Vec<NodeId>, to: Vec<NodeId>) -> Change {
        self.from = from;
        self.to = to;
        self
    }

    fn values(mut self, field: &str, before: Option<Value>, after: Option<Value>) -> Change {
        self.field = Some(field.to_owned());
        self.before = before;
        self.after = after;
        self
    }
}

/// The differences from one scenario to another, in report order: by group, then kind, then the
/// nodes' order (the second scenario's, then the first's for nodes it no longer has).
#[must_use]
pub fn diff(before: &Scenario, after: &Scenario) -> Vec<Change> {
    let mut changes = Vec::new();
    // Each node of the second scenario's place in the first: the one id lookup per node, and
    // not even that where a node kept its place (most do: a scenario starts as a copy).
    // Read from the ids' index: it is compact, where the records of 100,000 nodes are not.
    let old_of: Vec<Option<usize>> = after
        .ids()
        .enumerate()
        .map(|(at, id)| match before.id_at(at) {
            Some(old) if old == id => Some(at),
            _ => before.position(id),
        })
        .collect();
    let removed = nodes_added_removed(before, after, &old_of, &mut changes);
    let (old_structure, new_structure) = node_fields(
        (before, Structure::new(before)),
        (after, Structure::new(after)),
        &old_of,
        &mut changes,
    );
    replacements(
        before,
        (after, &new_structure.replacing),
        removed,
        &mut changes,
    );
    let (old_related, new_related) = (Related::of(before), Related::of(after));
    let (old, new) = ((before, &old_related), (after, &new_related));
    heads(old, new, &old_of, &mut changes);
    supervisors(
        (before, &old_structure),
        (after, &new_structure),
        &old_of,
        &mut changes,
    );
    serves(old, new, &old_of, &mut changes);
    assistants(old, new, &old_of, &mut changes);
    memberships(old, new, &mut changes);
    tasks(
        (before, &old_structure.with_tasks),
        (after, &new_structure.with_tasks),
        &mut changes,
    );
    scenario_meta(&before.meta, &after.meta, &mut changes);

    // The scenario's own changes come after those of its nodes.
    let order = |id: &Option<NodeId>| {
        id.as_ref()
            .and_then(|id| {
                after
                    .position(id)
                    .or_else(|| before.position(id).map(|at| after.len() + at))
            })
            .unwrap_or(usize::MAX)
    };
    let rank: HashMap<ChangeKind, usize> = ChangeKind::ALL
        .iter()
        .enumerate()
        .map(|(at, kind)| (*kind, at))
        .collect();
    // Stable: changes of one node and kind keep the order they were found in.
    changes.sort_by_cached_key(|c| {
        (
            c.kind.group(),
            rank.get(&c.kind).copied().unwrap_or(usize::MAX),
            order(&c.node),
        )
    });
    changes
}

/// Whether any node was removed.
fn nodes_added_removed(
    before: &Scenario,
    after: &Scenario,
    old_of: &[Option<usize>],
    changes: &mut Vec<Change>,
) -> bool {
    let mut kept = vec![false; before.len()];
    for (id, old) in after.ids().zip(old_of) {
        match old {
            Some(at) => {
                if let Some(k) = kept.get_mut(*at) {
                    *k = true;
                }
            }
            None => {
                let parent = after.parent(id).cloned().into_iter().collect();
                changes.push(Change::new(ChangeKind::NodeAdded, id).nodes(Vec::new(), parent));
            }
        }
    }
    let mut removed = false;
    for (id, _) in before.ids().zip(&kept).filter(|(_, k)| !**k) {
        let parent = before.parent(id).cloned().into_iter().collect();
        changes.push(Change::new(ChangeKind::NodeRemoved, id).nodes(parent, Vec::new()));
        removed = true;
    }
    removed
}
