//! Every difference between two scenarios, matched by node identity, as typed changes.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use crate::model::lists::Lists;
use crate::model::{
    Decision, LineManagement, Names, Node, NodeId, NodeKind, PostStatus, Relation, Role, Scenario,
    Term, WorkTag,
};

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
    /// Another field changed: short name, holder, cost centre, notes, a group's term or decision.
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
}

/// One difference between two scenarios.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    /// What changed.
    pub kind: ChangeKind,
    /// The node the change is about (for task changes: the task's owner in the first scenario,
    /// or in the second for a new task).
    pub node: NodeId,
    /// Related nodes in the first scenario: the old parent, heads, supervisors, the nodes merged,
    /// the group left, the task's old owner.
    pub from: Vec<NodeId>,
    /// Related nodes in the second scenario: the new parent, heads, supervisors, the nodes split
    /// into, the units now served, the group joined, the task's new owner.
    pub to: Vec<NodeId>,
    /// The field, for renames, figures and details: `name`, `title`, `fte`, `headcount`, `cost`,
    /// `capacity.<key>`, `work`, `short_name`, `holder`, `cost_centre`, `notes`, `term`,
    /// `decision`.
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
            kind,
            node: node.clone(),
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

    let order = |id: &NodeId| {
        after
            .position(id)
            .or_else(|| before.position(id).map(|at| after.len() + at))
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

/// A scenario's relations that the diff compares, by place, from one pass over its edges: each
/// node's heads (the posts heading it), what it serves and whom it assists, each list sorted.
struct Related {
    heads: Lists,
    serves: Lists,
    assists: Lists,
    /// Group memberships as (member, group, role).
    members: Vec<(usize, usize, Role)>,
}

impl Related {
    fn of(scenario: &Scenario) -> Related {
        let (mut heads, mut serves, mut assists, mut members) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        scenario.for_each_relation(|from, to, relation| match relation {
            Relation::Heads => heads.push((to, from)),
            Relation::Serves => serves.push((from, to)),
            Relation::AssistantTo => assists.push((from, to)),
            Relation::MemberOf(role) => members.push((from, to, role)),
            Relation::PartOf | Relation::ReportsTo => {}
        });
        let lists = |mut pairs: Vec<(usize, usize)>| {
            pairs.sort_unstable();
            Lists::from_pairs(scenario.len(), pairs.iter().copied())
        };
        Related {
            heads: lists(heads),
            serves: lists(serves),
            assists: lists(assists),
            members,
        }
    }
}

/// A sorted copy of a list of ids, to compare lists as sets.
fn sorted(ids: &[NodeId]) -> Vec<&NodeId> {
    let mut list: Vec<&NodeId> = ids.iter().collect();
    list.sort();
    list
}

/// The ids at these places, sorted.
fn sorted_ids_at<'a>(scenario: &'a Scenario, places: &[usize]) -> Vec<&'a NodeId> {
    let mut list: Vec<&NodeId> = places.iter().filter_map(|p| scenario.id_at(*p)).collect();
    list.sort();
    list
}

/// The ids at these places.
fn ids_at(scenario: &Scenario, places: impl IntoIterator<Item = usize>) -> Vec<NodeId> {
    places
        .into_iter()
        .filter_map(|at| scenario.id_at(at).cloned())
        .collect()
}

/// A scenario's parent places and node kinds, read once and shared by the passes that need
/// them: at 100,000 nodes every pass over the node records costs more than the work it does.
struct Structure {
    parents: Vec<Option<usize>>,
    /// Filled in while the nodes' fields are compared; then complete.
    kinds: Vec<Option<NodeKind>>,
    /// The places of the nodes that hold tasks, in order (once complete).
    with_tasks: Vec<usize>,
    /// The places of the nodes that state what they replace, in order (once complete).
    replacing: Vec<usize>,
}

impl Structure {
    fn new(scenario: &Scenario) -> Structure {
        Structure {
            parents: scenario.parent_places(),
            kinds: vec![None; scenario.len()],
            with_tasks: Vec::new(),
            replacing: Vec::new(),
        }
    }

    /// The kinds not read yet (of nodes only one scenario has), read now.
    fn complete(mut self, scenario: &Scenario) -> Structure {
        for (at, kind) in self.kinds.iter_mut().enumerate() {
            if kind.is_none()
                && let Some(node) = scenario.node_at(at)
            {
                *kind = Some(node.kind);
                if !node.tasks.is_empty() {
                    self.with_tasks.push(at);
                }
                if !node.replaces.is_empty() {
                    self.replacing.push(at);
                }
            }
        }
        self.with_tasks.sort_unstable();
        self.replacing.sort_unstable();
        self
    }

    fn line_management(&self, scenario: &Scenario) -> LineManagement {
        let kinds: Option<Vec<NodeKind>> = self.kinds.iter().copied().collect();
        match kinds {
            Some(kinds) => LineManagement::from_parts(scenario, &self.parents, &kinds),
            None => LineManagement::of(scenario),
        }
    }
}

/// Compares the fields of the nodes both scenarios have, and reads their kinds on the way.
fn node_fields<'a>(
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

fn figures(old: &Node, new: &Node, changes: &mut Vec<Change>) {
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
    figure("work", old.work.map(Value::Work), new.work.map(Value::Work));
}

/// A term as one line: `2023-01-24 – 2024-12-31`.
fn term_text(term: Option<&Term>) -> Option<Value> {
    let term = term?;
    let day = |d: Option<crate::model::Date>| d.map(|d| d.to_string()).unwrap_or_default();
    Some(Value::Text(format!(
        "{} – {}",
        day(term.start),
        day(term.end)
    )))
}

/// A decision as one line: body, date, §, record number.
fn decision_text(decision: Option<&Decision>) -> Option<Value> {
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

fn details(old: &Node, new: &Node, changes: &mut Vec<Change>) {
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

/// The unit or team a node's work belongs to: itself, or its nearest unit or team above.
fn home_unit<'a>(scenario: &'a Scenario, id: &'a NodeId) -> Option<&'a NodeId> {
    let mut at = Some(id);
    let mut steps = 0;
    while let Some(current) = at {
        let node = scenario.node(current)?;
        if matches!(node.kind, NodeKind::Unit | NodeKind::Team) {
            return Some(&node.id);
        }
        steps += 1;
        if steps > scenario.len() {
            return None; // a structural cycle
        }
        at = scenario.parent(current);
    }
    None
}

/// Merges, splits and replacements: stated by `replaces`, or inferred from where the tasks of
/// removed units went when nothing is stated (`removed`: whether any node was removed).
/// `after` comes with the places of its nodes that state what they replace.
fn replacements(
    before: &Scenario,
    (after, replacing): (&Scenario, &[usize]),
    removed: bool,
    changes: &mut Vec<Change>,
) {
    // old id → new ids, new id → old ids, in the scenarios' orders.
    let mut successors: BTreeMap<usize, (NodeId, Vec<NodeId>)> = BTreeMap::new();
    let mut stated_new: Vec<(NodeId, Vec<NodeId>, bool)> = Vec::new();
    let mut mentioned: HashSet<NodeId> = HashSet::new();
    for node in replacing.iter().filter_map(|&at| after.node_at(at)) {
        let sources: Vec<NodeId> = node
            .replaces
            .iter()
            .filter(|r| before.contains(r) && *r != &node.id)
            .cloned()
            .collect();
        for source in &sources {
            mentioned.insert(source.clone());
            let at = before.position(source).unwrap_or(usize::MAX);
            successors
                .entry(at)
                .or_insert_with(|| (source.clone(), Vec::new()))
                .1
                .push(node.id.clone());
        }
        if !sources.is_empty() {
            stated_new.push((node.id.clone(), sources, before.contains(&node.id)));
        }
    }
    emit_replacements(&successors, &stated_new, false, changes);
    // Nothing to infer from: every task's old home is still there.
    if !removed {
        return;
    }

    // Inferred: removed units not named in any `replaces`, and their tasks' new homes among the
    // added units that name nothing themselves.
    let mut inferred_successors: BTreeMap<usize, (NodeId, Vec<NodeId>)> = BTreeMap::new();
    let mut inferred_sources: BTreeMap<usize, (NodeId, Vec<NodeId>)> = BTreeMap::new();
    for node in before.nodes() {
        for task in &node.tasks {
            let Some(old_home) = home_unit(before, &node.id) else {
                continue;
            };
            if after.contains(old_home) || mentioned.contains(old_home) {
                continue;
            }
            let Some((owner, _)) = after.task_owner(&task.id) else {
                continue;
            };
            let Some(new_home) = home_unit(after, owner) else {
                continue;
            };
            let added = !before.contains(new_home);
            let names_nothing = after.node(new_home).is_some_and(|n| n.replaces.is_empty());
            if !(added && names_nothing) {
                continue;
            }
            let old_at = before.position(old_home).unwrap_or(usize::MAX);
            let new_at = after.position(new_home).unwrap_or(usize::MAX);
            let list = &mut inferred_successors
                .entry(old_at)
                .or_insert_with(|| (old_home.clone(), Vec::new()))
                .1;
            if !list.contains(new_home) {
                list.push(new_home.clone());
            }
            let list = &mut inferred_sources
                .entry(new_at)
                .or_insert_with(|| (new_home.clone(), Vec::new()))
                .1;
            if !list.contains(old_home) {
                list.push(old_home.clone());
            }
        }
    }
    let inferred_new: Vec<(NodeId, Vec<NodeId>, bool)> = inferred_sources
        .into_values()
        .map(|(new, from)| (new, from, false))
        .collect();
    emit_replacements(&inferred_successors, &inferred_new, true, changes);
}

/// `sources` are the new nodes with the old ones they replace, and whether the new node
/// existed before too (a unit that stays and takes another in: a merge of the two).
fn emit_replacements(
    successors: &BTreeMap<usize, (NodeId, Vec<NodeId>)>,
    sources: &[(NodeId, Vec<NodeId>, bool)],
    inferred: bool,
    changes: &mut Vec<Change>,
) {
    let successor_count: HashMap<&NodeId, usize> =
        successors.values().map(|(id, to)| (id, to.len())).collect();
    for (old, to) in successors.values() {
        if to.len() >= 2 {
            let mut change =
                Change::new(ChangeKind::Split, old).nodes(vec![old.clone()], to.clone());
            change.inferred = inferred;
            changes.push(change);
        }
    }
    for (new, from, stays) in sources {
        let kind = match from.as_slice() {
            [] => continue,
            [one] if successor_count.get(one) == Some(&1) && *stays => ChangeKind::Merged,
            [one] if successor_count.get(one) == Some(&1) => ChangeKind::Replaced,
            [_] => continue, // one part of a split, reported there
            _ => ChangeKind::Merged,
        };
        let mut from = from.clone();
        if *stays && kind == ChangeKind::Merged {
            from.insert(0, new.clone());
        }
        let mut change = Change::new(kind, new).nodes(from, vec![new.clone()]);
        change.inferred = inferred;
        changes.push(change);
    }
}

/// For each node of the second scenario related to something in either scenario's `lists`:
/// the node, and the ids it is related to before and after, each in its scenario's order.
fn relation_lists<'a>(
    (before, old_lists): (&Scenario, &Lists),
    (after, new_lists): (&'a Scenario, &Lists),
    old_of: &[Option<usize>],
) -> Vec<(&'a Node, Vec<NodeId>, Vec<NodeId>)> {
    let places = |list: &[u32]| list.iter().map(|&p| p as usize).collect::<Vec<_>>();
    let mut out = Vec::new();
    // By place: a node's record is read only when it has such relations, not for every node.
    for (at, old_at) in old_of.iter().enumerate().take(after.len()) {
        let new = new_lists.get(at);
        let old = old_at.map_or(&[][..], |place| old_lists.get(place));
        if !(new.is_empty() && old.is_empty())
            && let Some(node) = after.node_at(at)
        {
            out.push((
                node,
                ids_at(before, places(old)),
                ids_at(after, places(new)),
            ));
        }
    }
    out
}

/// A scenario and its relations, as the diff reads them.
type Side<'a> = (&'a Scenario, &'a Related);

fn heads(before: Side, after: Side, old_of: &[Option<usize>], changes: &mut Vec<Change>) {
    let lists = ((before.0, &before.1.heads), (after.0, &after.1.heads));
    for (node, old, new) in relation_lists(lists.0, lists.1, old_of) {
        // The same heads in another order are no change.
        if sorted(&new) != sorted(&old) {
            changes.push(Change::new(ChangeKind::HeadChanged, &node.id).nodes(old, new));
        }
    }
}

fn supervisors(
    (before, old): (&Scenario, &Structure),
    (after, new): (&Scenario, &Structure),
    old_of: &[Option<usize>],
    changes: &mut Vec<Change>,
) {
    let (old_line, new_line) = (old.line_management(before), new.line_management(after));
    let ids = |scenario: &Scenario, places: &[usize]| -> Vec<NodeId> {
        ids_at(scenario, places.iter().copied())
    };
    // The same supervisors in another order are no change.
    let same = |a: &[usize], b: &[usize]| match (a, b) {
        // Most posts have one supervisor or none: no lists to sort for them.
        ([], []) => true,
        ([x], [y]) => after.id_at(*x) == before.id_at(*y),
        _ => a.len() == b.len() && sorted_ids_at(after, a) == sorted_ids_at(before, b),
    };
    // A node's record is read only where its supervisors differ, to see whether it is a post.
    for (at, old_at) in old_of.iter().enumerate() {
        let new = new_line.supervisors(at);
        let old = old_at.map_or(&[][..], |place| old_line.supervisors(place));
        if same(new, old) {
            continue;
        }
        if let Some(node) = after.node_at(at)
            && node.kind == NodeKind::Position
        {
            changes.push(
                Change::new(ChangeKind::SupervisorChanged, &node.id)
                    .nodes(ids(before, old), ids(after, new)),
            );
        }
    }
}

fn serves(before: Side, after: Side, old_of: &[Option<usize>], changes: &mut Vec<Change>) {
    let lists = ((before.0, &before.1.serves), (after.0, &after.1.serves));
    for (node, old, new) in relation_lists(lists.0, lists.1, old_of) {
        let added: Vec<NodeId> = new.iter().filter(|t| !old.contains(t)).cloned().collect();
        let removed: Vec<NodeId> = old.iter().filter(|t| !new.contains(t)).cloned().collect();
        if !added.is_empty() {
            changes.push(Change::new(ChangeKind::ServesAdded, &node.id).nodes(Vec::new(), added));
        }
        if !removed.is_empty() {
            changes
                .push(Change::new(ChangeKind::ServesRemoved, &node.id).nodes(removed, Vec::new()));
        }
    }
}

/// A staff post attached to another head, or no longer attached.
fn assistants(before: Side, after: Side, old_of: &[Option<usize>], changes: &mut Vec<Change>) {
    let lists = ((before.0, &before.1.assists), (after.0, &after.1.assists));
    for (node, old, new) in relation_lists(lists.0, lists.1, old_of) {
        if sorted(&new) != sorted(&old) {
            let mut change = Change::new(ChangeKind::DetailsChanged, &node.id).nodes(old, new);
            change.field = Some("assistant_to".to_owned());
            changes.push(change);
        }
    }
}

fn memberships(before: Side, after: Side, changes: &mut Vec<Change>) {
    let roles = |(scenario, related): Side| -> BTreeMap<(NodeId, NodeId), Role> {
        let mut map = BTreeMap::new();
        for &(member, group, role) in &related.members {
            if let (Some(m), Some(g)) = (scenario.id_at(member), scenario.id_at(group)) {
                map.insert((m.clone(), g.clone()), role);
            }
        }
        map
    };
    let (old, new) = (roles(before), roles(after));
    let pairs: BTreeSet<&(NodeId, NodeId)> = old.keys().chain(new.keys()).collect();
    for pair in pairs {
        let (a, b) = (old.get(pair).copied(), new.get(pair).copied());
        if a == b {
            continue;
        }
        let (member, group) = pair;
        let side = |role: Option<Role>| role.map(|_| vec![group.clone()]).unwrap_or_default();
        let mut change = Change::new(ChangeKind::MembershipChanged, member).nodes(side(a), side(b));
        change.field = Some("role".to_owned());
        change.before = a.map(Value::Role);
        change.after = b.map(Value::Role);
        changes.push(change);
    }
}

/// Whether a task held by this node is done by anyone.
fn owns(node: &Node) -> bool {
    !matches!(
        node.status,
        PostStatus::LeftUnfilled | PostStatus::Abolished
    )
}

/// `before` and `after` come with the places of their nodes that hold tasks: only those
/// nodes' records are read.
fn tasks(
    (before, old_holders): (&Scenario, &[usize]),
    (after, new_holders): (&Scenario, &[usize]),
    changes: &mut Vec<Change>,
) {
    let holders = |scenario, places: &[usize]| {
        places
            .iter()
            .filter_map(move |&at| Scenario::node_at(scenario, at))
            .collect::<Vec<&Node>>()
    };
    let (old_holders, new_holders) = (holders(before, old_holders), holders(after, new_holders));
    // Each task of the second scenario: its owner and name.
    let new_tasks: HashMap<&NodeId, (&NodeId, &Names)> = new_holders
        .iter()
        .flat_map(|node| node.tasks.iter().map(|t| (&t.id, (&node.id, &t.name))))
        .collect();
    let mut old_owners: HashSet<&NodeId> = HashSet::new();
    for node in old_holders {
        for task in &node.tasks {
            old_owners.insert(&task.id);
            let new_task = new_tasks.get(&task.id);
            let new_owner = new_task.map(|(owner, _)| *owner);
            if let Some((owner, name)) = new_task
                && **name != task.name
            {
                let mut renamed = Change::new(ChangeKind::Renamed, owner).values(
                    "task",
                    Some(Value::Names(task.name.clone())),
                    Some(Value::Names((*name).clone())),
                );
                renamed.task = Some(task.id.clone());
                changes.push(renamed);
            }
            let held_before = owns(node);
            let held_after = new_owner
                .and_then(|owner| after.node(owner))
                .is_some_and(owns);
            let to: Vec<NodeId> = new_owner.cloned().into_iter().collect();
            let mut change = if held_before && !held_after {
                Change::new(ChangeKind::TaskOrphaned, &node.id).nodes(vec![node.id.clone()], to)
            } else if new_owner.is_some_and(|owner| owner != &node.id) {
                Change::new(ChangeKind::TaskMoved, &node.id).nodes(vec![node.id.clone()], to)
            } else {
                continue;
            };
            change.task = Some(task.id.clone());
            changes.push(change);
        }
    }
    for node in new_holders {
        for task in node.tasks.iter().filter(|t| !old_owners.contains(&t.id)) {
            let mut change = Change::new(ChangeKind::TaskAdded, &node.id)
                .nodes(Vec::new(), vec![node.id.clone()]);
            change.task = Some(task.id.clone());
            changes.push(change);
        }
    }
}
