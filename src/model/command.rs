//! Edits as commands: every change to a plan's organisation goes through [`apply`], which
//! either refuses the command and leaves the plan as it was, or applies it and returns its
//! inverse (the command that undoes it).

use super::{
    CommandError, Conflict, Decision, Edge, Names, Node, NodeId, NodeKind, Plan, PlanDetails,
    PostStatus, Relation, Scenario, ScenarioId, ScenarioMeta, ShowFields, Task, Term, WorkTag,
    plan_edit,
};
use crate::i18n::Lang;

/// An edit of one scenario of a plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Command {
    /// The scenario edited.
    pub scenario: ScenarioId,
    /// The edit.
    pub edit: Edit,
}

/// One edit of a scenario's organisation.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Adds a node at a place in the order (the end when `None`), with relations that involve it.
    AddNode {
        /// The new node.
        node: Box<Node>,
        /// Its place in the scenario's order.
        at: Option<usize>,
        /// Relations from or to the new node, e.g. its `PartOf` a parent.
        edges: Vec<Edge>,
    },
    /// Removes a node that has no parts, with its relations.
    RemoveNode {
        /// The node removed.
        node: NodeId,
    },
    /// Makes a node part of another (or of nothing).
    Move {
        /// The node moved.
        node: NodeId,
        /// Its new parent.
        parent: Option<NodeId>,
    },
    /// States a post's supervisors (an empty list returns to the derived line).
    SetSupervisors {
        /// The post.
        node: NodeId,
        /// Its supervisors.
        supervisors: Vec<NodeId>,
    },
    /// Sets one field of a node.
    Set {
        /// The node.
        node: NodeId,
        /// The field and its new value.
        field: Field,
    },
    /// Adds a relation.
    AddRelation(Edge),
    /// Removes a relation (of the edge's kind, whatever its role).
    RemoveRelation(Edge),
    /// Gives a task to another owner.
    MoveTask {
        /// The task.
        task: NodeId,
        /// Its new owner.
        to: NodeId,
        /// Its place in the owner's list (the end when `None`).
        at: Option<usize>,
    },
    /// Adds a task to a node.
    AddTask {
        /// The owner.
        node: NodeId,
        /// The task.
        task: Task,
        /// Its place in the owner's list (the end when `None`).
        at: Option<usize>,
    },
    /// Removes a task.
    RemoveTask {
        /// The task.
        task: NodeId,
    },
    /// Draws a node's subtree as one box, or opens it again (the scenario's view, not its
    /// organisation: comparisons ignore it).
    SetCollapsed {
        /// The node.
        node: NodeId,
        /// Whether its subtree is drawn as one box.
        collapsed: bool,
    },
    /// Chooses what the scenario's boxes show (its view).
    SetShow(ShowFields),
    /// Replaces what the scenario says about itself (name, dates, status, decision,
    /// rationale); its id stays.
    SetMeta(Box<ScenarioMeta>),
    /// Adds the command's scenario to the plan at a place in its list (the end when `None`;
    /// never before the baseline). A plan-level edit: not inside a batch.
    AddScenario {
        /// The new scenario; its id is the command's.
        scenario: Box<Scenario>,
        /// Its place among the plan's scenarios.
        at: Option<usize>,
    },
    /// Removes the command's scenario (never the baseline). A plan-level edit: not inside a
    /// batch.
    RemoveScenario,
    /// Puts another plan in the place of the whole plan: a reload of the file on disk, a merge
    /// with it, a merge conflict settled with the other planner's value. Its inverse carries the
    /// plan it replaced. A plan-level edit that does not read the command's scenario.
    ReplacePlan(Box<Plan>),
    /// Closes the plan's merge conflict at this place, the plan keeping the value it holds. A
    /// plan-level edit that does not read the command's scenario.
    CloseConflict(usize),
    /// Lists a merge conflict again at this place (the end when past it). A plan-level edit
    /// that does not read the command's scenario.
    ReopenConflict(usize, Box<Conflict>),
    /// Sets the plan's name, contact persons and currency; refused when the name is empty in
    /// every language or a contact has no name. A plan-level edit that does not read the
    /// command's scenario.
    SetPlanDetails(Box<PlanDetails>),
    /// Puts back the plan's details as they were, unchecked (a plan may have been opened
    /// without a name): the inverse of [`Edit::SetPlanDetails`], and its own inverse.
    PutPlanDetails(Box<PlanDetails>),
    /// Several edits as one: all apply or none does.
    Batch(Vec<Edit>),
}

/// A node field and its value, for [`Edit::Set`].
#[derive(Clone, Debug, PartialEq)]
pub enum Field {
    /// The name in one language (renaming).
    Name(Lang, Option<String>),
    /// The short name.
    ShortName(Option<String>),
    /// A post's title in one language.
    Title(Lang, Option<String>),
    /// A post's holder.
    Holder(Option<String>),
    /// Whether the post is filled.
    Status(PostStatus),
    /// Full-time equivalents.
    Fte(Option<f64>),
    /// Headcount.
    Headcount(Option<u32>),
    /// Annual cost.
    Cost(Option<f64>),
    /// One capacity figure.
    Capacity(String, Option<f64>),
    /// One year's figure of the demand forecast for a measure.
    Forecast(String, u16, Option<f64>),
    /// Core work or administration.
    Work(Option<WorkTag>),
    /// Cost-centre code.
    CostCentre(Option<String>),
    /// The responsible body (lautakunta, nämnd) of an organisation, unit or team.
    Body(Option<String>),
    /// Notes.
    Notes(Option<String>),
    /// A group's meetings (its days, or its rule with exceptions).
    Meetings(Option<String>),
    /// The node's kind (a unit becomes a team).
    Kind(NodeKind),
    /// A group's term.
    Term(Option<Term>),
    /// The decision that set a group up.
    Decision(Option<Box<Decision>>),
    /// The nodes of an earlier organisation this node replaces.
    Replaces(Vec<NodeId>),
}

/// Applies a command to a plan and returns its inverse; a refused command changes nothing.
///
/// # Errors
/// When the scenario does not exist or the edit is invalid (see [`CommandError`]).
#[must_use = "the inverse is what undoes the command"]
pub fn apply(plan: &mut Plan, command: Command) -> Result<Command, CommandError> {
    let id = command.scenario;
    let inverse = match command.edit {
        Edit::AddScenario { scenario, at } => plan_edit::add_scenario(plan, &id, *scenario, at)?,
        Edit::RemoveScenario => plan_edit::remove_scenario(plan, &id)?,
        Edit::ReplacePlan(new) => plan_edit::replace_plan(plan, *new),
        Edit::CloseConflict(at) => plan_edit::close_conflict(plan, at)?,
        Edit::ReopenConflict(at, conflict) => plan_edit::reopen_conflict(plan, at, *conflict),
        Edit::SetPlanDetails(details) => plan_edit::set_details(plan, *details)?,
        Edit::PutPlanDetails(details) => plan_edit::put_details(plan, *details),
        edit => edit_scenario(plan, &id, edit)?,
    };
    Ok(Command {
        scenario: id,
        edit: inverse,
    })
}

/// Applies an edit of one scenario's organisation, refusing one that would leave a node's
/// `replaces` pointing at nothing.
fn edit_scenario(plan: &mut Plan, id: &ScenarioId, edit: Edit) -> Result<Edit, CommandError> {
    let Some(scenario) = plan.scenario_mut(id) else {
        return Err(CommandError::UnknownScenario(id.clone()));
    };
    let (removed, targets) = (removed_nodes(&edit), replaces_targets(&edit));
    let inverse = scenario.apply(edit)?;
    // `replaces` may point into any scenario, so only the plan can tell whether an edit of one
    // scenario left it pointing at nothing; such an edit is undone and refused.
    let refusal = if let Some((node, by)) = plan.replaced_but_gone(&removed) {
        Some(CommandError::StillReplaced(node, by))
    } else {
        targets
            .into_iter()
            .find(|t| !plan.scenarios().iter().any(|s| s.contains(t)))
            .map(CommandError::UnknownNode)
    };
    if let Some(refusal) = refusal {
        if let Some(scenario) = plan.scenario_mut(id) {
            // Undoing an edit just made cannot fail.
            scenario.apply(inverse).ok();
        }
        return Err(refusal);
    }
    Ok(inverse)
}

/// The nodes an edit removes, in batches too.
fn removed_nodes(edit: &Edit) -> Vec<NodeId> {
    match edit {
        Edit::RemoveNode { node } => vec![node.clone()],
        Edit::Batch(edits) => edits.iter().flat_map(removed_nodes).collect(),
        _ => Vec::new(),
    }
}

/// The nodes an edit makes another replace, in batches too.
fn replaces_targets(edit: &Edit) -> Vec<NodeId> {
    match edit {
        Edit::Set {
            field: Field::Replaces(targets),
            ..
        } => targets.clone(),
        Edit::Batch(edits) => edits.iter().flat_map(replaces_targets).collect(),
        _ => Vec::new(),
    }
}

impl Scenario {
    /// Applies an edit and returns its inverse; a refused edit changes nothing.
    ///
    /// # Errors
    /// When the edit is invalid (see [`CommandError`]).
    #[must_use = "the inverse is what undoes the edit"]
    pub fn apply(&mut self, edit: Edit) -> Result<Edit, CommandError> {
        match edit {
            Edit::AddNode { node, at, edges } => self.add_node(*node, at, edges),
            Edit::RemoveNode { node } => self.remove_node_edit(&node),
            Edit::Move { node, parent } => self.move_node(node, parent),
            Edit::SetSupervisors { node, supervisors } => self.set_supervisors(node, supervisors),
            Edit::Set { node, field } => self.set_field(node, field),
            Edit::AddRelation(edge) => {
                self.check_edge(&edge)?;
                self.add_edge(&edge);
                Ok(Edit::RemoveRelation(edge))
            }
            Edit::RemoveRelation(edge) => match self.remove_edge(&edge) {
                Some(relation) => Ok(Edit::AddRelation(Edge { relation, ..edge })),
                None => Err(CommandError::MissingRelation(edge)),
            },
            Edit::MoveTask { task, to, at } => self.move_task(task, to, at),
            Edit::AddTask { node, task, at } => self.add_task(node, task, at),
            Edit::RemoveTask { task } => {
                let Some((owner, at)) = self.task_owner(&task).map(|(o, at)| (o.clone(), at))
                else {
                    return Err(CommandError::UnknownTask(task));
                };
                let removed = self
                    .node_mut(&owner)
                    .map(|n| n.tasks.remove(at))
                    .ok_or(CommandError::UnknownNode(owner.clone()))?;
                Ok(Edit::AddTask {
                    node: owner,
                    task: removed,
                    at: Some(at),
                })
            }
            Edit::SetCollapsed { node, collapsed } => {
                self.require(&node)?;
                let was = if collapsed {
                    !self.view.collapsed.insert(node.clone())
                } else {
                    self.view.collapsed.remove(&node)
                };
                Ok(Edit::SetCollapsed {
                    node,
                    collapsed: was,
                })
            }
            Edit::SetShow(show) => Ok(Edit::SetShow(std::mem::replace(&mut self.view.show, show))),
            Edit::SetMeta(mut meta) => {
                meta.id = self.meta.id.clone();
                Ok(Edit::SetMeta(Box::new(std::mem::replace(
                    &mut self.meta,
                    *meta,
                ))))
            }
            Edit::AddScenario { .. }
            | Edit::RemoveScenario
            | Edit::ReplacePlan(_)
            | Edit::CloseConflict(_)
            | Edit::ReopenConflict(..)
            | Edit::SetPlanDetails(_)
            | Edit::PutPlanDetails(_) => Err(CommandError::PlanEditInBatch),
            Edit::Batch(edits) => self.apply_batch(edits),
        }
    }

    fn apply_batch(&mut self, edits: Vec<Edit>) -> Result<Edit, CommandError> {
        let mut inverses = Vec::with_capacity(edits.len());
        for edit in edits {
            match self.apply(edit) {
                Ok(inverse) => inverses.push(inverse),
                Err(error) => {
                    self.roll_back(inverses);
                    return Err(error);
                }
            }
        }
        inverses.reverse();
        Ok(Edit::Batch(inverses))
    }

    fn roll_back(&mut self, inverses: Vec<Edit>) {
        for inverse in inverses.into_iter().rev() {
            // The inverse of an edit that just succeeded always applies.
            self.apply(inverse).ok();
        }
    }

    fn require(&self, id: &NodeId) -> Result<&Node, CommandError> {
        self.node(id)
            .ok_or_else(|| CommandError::UnknownNode(id.clone()))
    }

    /// Checks that an edge could be added now.
    fn check_edge(&self, edge: &Edge) -> Result<(), CommandError> {
        let from = self.require(&edge.from)?;
        let to = self.require(&edge.to)?;
        if edge.from == edge.to {
            return Err(CommandError::SelfRelation(edge.from.clone()));
        }
        if !edge.relation.allowed(from.kind, to.kind) {
            return Err(CommandError::InvalidRelation(
                from.kind,
                edge.relation,
                to.kind,
            ));
        }
        if self
            .find_edge(&edge.from, edge.relation, &edge.to)
            .is_some()
        {
            return Err(CommandError::DuplicateRelation(edge.clone()));
        }
        match edge.relation {
            Relation::PartOf => {
                if let Some(parent) = self.parent(&edge.from) {
                    return Err(CommandError::AlreadyPart(edge.from.clone(), parent.clone()));
                }
                self.check_no_cycle(&edge.from, &edge.to)?;
            }
            Relation::Heads => {
                if let Some(head) = self.heads_of(&edge.to).first() {
                    return Err(CommandError::AlreadyHeaded(
                        edge.to.clone(),
                        (*head).clone(),
                    ));
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Refuses making `node` part of `parent` when `parent` is inside `node`. A node without
    /// parts has nothing inside it, so a deep chain builds in linear time.
    pub(crate) fn check_no_cycle(
        &self,
        node: &NodeId,
        parent: &NodeId,
    ) -> Result<(), CommandError> {
        if self.children(node).is_empty() {
            return Ok(());
        }
        let mut at = Some(parent);
        let mut steps = 0;
        while let Some(id) = at {
            if id == node {
                return Err(CommandError::Cycle(node.clone(), parent.clone()));
            }
            at = self.parent(id);
            steps += 1;
            if steps > self.len() {
                break; // An existing cycle above; the checks report it.
            }
        }
        Ok(())
    }

    fn check_tasks_new(&self, tasks: &[Task]) -> Result<(), CommandError> {
        for (i, task) in tasks.iter().enumerate() {
            let repeated = tasks.iter().take(i).any(|t| t.id == task.id);
            if repeated || self.task_owner(&task.id).is_some() {
                return Err(CommandError::DuplicateTask(task.id.clone()));
            }
        }
        Ok(())
    }

    fn add_node(
        &mut self,
        node: Node,
        at: Option<usize>,
        edges: Vec<Edge>,
    ) -> Result<Edit, CommandError> {
        if self.contains(&node.id) {
            return Err(CommandError::DuplicateNode(node.id));
        }
        if node.name.is_empty() && node.title.is_empty() {
            return Err(CommandError::NoName(node.id));
        }
        for value in [node.fte, node.cost]
            .into_iter()
            .flatten()
            .chain(node.capacity.values().copied())
            .chain(node.forecast.values().flat_map(|f| f.values().copied()))
        {
            check_number(value)?;
        }
        if let Some(term) = node.term {
            check_term(term)?;
        }
        if !node.tasks.is_empty() {
            self.check_tasks_new(&node.tasks)?;
        }
        if let Some(edge) = edges.iter().find(|e| e.from != node.id && e.to != node.id) {
            return Err(CommandError::UnrelatedEdge(edge.clone()));
        }
        let id = node.id.clone();
        self.insert_node(node, at);
        for edge in &edges {
            if let Err(error) = self.check_edge(edge) {
                self.remove_node(&id);
                return Err(error);
            }
            self.add_edge(edge);
        }
        Ok(Edit::RemoveNode { node: id })
    }

    fn remove_node_edit(&mut self, id: &NodeId) -> Result<Edit, CommandError> {
        self.require(id)?;
        let parts = self.children(id).len();
        if parts > 0 {
            return Err(CommandError::HasParts(id.clone(), parts));
        }
        let (node, at, edges) = self
            .remove_node(id)
            .ok_or_else(|| CommandError::UnknownNode(id.clone()))?;
        Ok(Edit::AddNode {
            node: Box::new(node),
            at: Some(at),
            edges,
        })
    }

    fn move_node(&mut self, node: NodeId, parent: Option<NodeId>) -> Result<Edit, CommandError> {
        self.require(&node)?;
        let old = self.parent(&node).cloned();
        if old == parent {
            return Ok(Edit::Move { node, parent: old });
        }
        if let Some(new_parent) = &parent {
            // The same refusals the editor shows while a box is dragged.
            super::compose::check_move(self, &node, new_parent)?;
            let edge = Edge::new(&node, Relation::PartOf, new_parent);
            if let Some(old) = &old {
                self.remove_edge(&Edge::new(&node, Relation::PartOf, old));
            }
            self.add_edge(&edge);
        } else if let Some(old) = &old {
            self.remove_edge(&Edge::new(&node, Relation::PartOf, old));
        }
        Ok(Edit::Move { node, parent: old })
    }

    fn set_supervisors(
        &mut self,
        node: NodeId,
        supervisors: Vec<NodeId>,
    ) -> Result<Edit, CommandError> {
        let kind = self.require(&node)?.kind;
        for (i, s) in supervisors.iter().enumerate() {
            let edge = Edge::new(&node, Relation::ReportsTo, s);
            let to = self.require(s)?.kind;
            if s == &node {
                return Err(CommandError::SelfRelation(node));
            }
            if !Relation::ReportsTo.allowed(kind, to) {
                return Err(CommandError::InvalidRelation(kind, Relation::ReportsTo, to));
            }
            if supervisors.iter().take(i).any(|t| t == s) {
                return Err(CommandError::DuplicateRelation(edge));
            }
        }
        let old: Vec<NodeId> = self.targets(&node, Relation::ReportsTo).cloned().collect();
        for s in &old {
            self.remove_edge(&Edge::new(&node, Relation::ReportsTo, s));
        }
        for s in &supervisors {
            self.add_edge(&Edge::new(&node, Relation::ReportsTo, s));
        }
        Ok(Edit::SetSupervisors {
            node,
            supervisors: old,
        })
    }

    fn set_field(&mut self, id: NodeId, field: Field) -> Result<Edit, CommandError> {
        let current = self.require(&id)?;
        match &field {
            Field::Fte(Some(v))
            | Field::Cost(Some(v))
            | Field::Capacity(_, Some(v))
            | Field::Forecast(_, _, Some(v)) => check_number(*v)?,
            Field::Term(Some(term)) => check_term(*term)?,
            Field::Kind(kind) => {
                for edge in self.edges_from(&id) {
                    let to = self.require(&edge.to)?.kind;
                    if !edge.relation.allowed(*kind, to) {
                        return Err(CommandError::InvalidRelation(*kind, edge.relation, to));
                    }
                }
                for edge in self.edges_to(&id) {
                    let from = self.require(&edge.from)?.kind;
                    if !edge.relation.allowed(from, *kind) {
                        return Err(CommandError::InvalidRelation(from, edge.relation, *kind));
                    }
                }
            }
            Field::Name(lang, name) if clean(name.clone()).is_none() => {
                let mut names = current.name.clone();
                names.set(*lang, None);
                if names.is_empty() && current.title.is_empty() {
                    return Err(CommandError::NoName(id));
                }
            }
            Field::Title(lang, title) if clean(title.clone()).is_none() => {
                let mut titles = current.title.clone();
                titles.set(*lang, None);
                if titles.is_empty() && current.name.is_empty() {
                    return Err(CommandError::NoName(id));
                }
            }
            _ => {}
        }
        let node = self
            .node_mut(&id)
            .ok_or_else(|| CommandError::UnknownNode(id.clone()))?;
        let old = field.swap_into(node);
        Ok(Edit::Set {
            node: id,
            field: old,
        })
    }

    fn move_task(
        &mut self,
        task: NodeId,
        to: NodeId,
        at: Option<usize>,
    ) -> Result<Edit, CommandError> {
        self.require(&to)?;
        let Some((owner, old_at)) = self.task_owner(&task).map(|(o, at)| (o.clone(), at)) else {
            return Err(CommandError::UnknownTask(task));
        };
        let removed = self
            .node_mut(&owner)
            .map(|n| n.tasks.remove(old_at))
            .ok_or_else(|| CommandError::UnknownNode(owner.clone()))?;
        let target = self
            .node_mut(&to)
            .ok_or_else(|| CommandError::UnknownNode(to.clone()))?;
        let at = at.unwrap_or(target.tasks.len()).min(target.tasks.len());
        target.tasks.insert(at, removed);
        Ok(Edit::MoveTask {
            task,
            to: owner,
            at: Some(old_at),
        })
    }

    fn add_task(
        &mut self,
        node: NodeId,
        task: Task,
        at: Option<usize>,
    ) -> Result<Edit, CommandError> {
        self.require(&node)?;
        self.check_tasks_new(std::slice::from_ref(&task))?;
        let id = task.id.clone();
        let owner = self
            .node_mut(&node)
            .ok_or_else(|| CommandError::UnknownNode(node.clone()))?;
        let at = at.unwrap_or(owner.tasks.len()).min(owner.tasks.len());
        owner.tasks.insert(at, task);
        Ok(Edit::RemoveTask { task: id })
    }
}

fn check_number(value: f64) -> Result<(), CommandError> {
    if value.is_finite() && value >= 0.0 {
        Ok(())
    } else {
        Err(CommandError::BadNumber(value))
    }
}

fn check_term(term: Term) -> Result<(), CommandError> {
    match (term.start, term.end) {
        (Some(start), Some(end)) if end < start => Err(CommandError::BadTerm),
        _ => Ok(()),
    }
}

/// Blank text means no value.
fn clean(text: Option<String>) -> Option<String> {
    text.filter(|t| !t.trim().is_empty())
}

impl Field {
    /// Writes this value into `node` and returns the field with the value it replaced.
    fn swap_into(self, node: &mut Node) -> Field {
        use std::mem::replace;
        match self {
            Field::Name(lang, v) => Field::Name(lang, node.name.set(lang, clean(v))),
            Field::ShortName(v) => Field::ShortName(replace(&mut node.short_name, clean(v))),
            Field::Title(lang, v) => Field::Title(lang, node.title.set(lang, clean(v))),
            Field::Holder(v) => Field::Holder(replace(&mut node.holder, clean(v))),
            Field::Status(v) => Field::Status(replace(&mut node.status, v)),
            Field::Fte(v) => Field::Fte(replace(&mut node.fte, v)),
            Field::Headcount(v) => Field::Headcount(replace(&mut node.headcount, v)),
            Field::Cost(v) => Field::Cost(replace(&mut node.cost, v)),
            Field::Capacity(key, v) => {
                let old = match v {
                    Some(v) => node.capacity.insert(key.clone(), v),
                    None => node.capacity.remove(&key),
                };
                Field::Capacity(key, old)
            }
            Field::Forecast(key, year, v) => {
                let series = node.forecast.entry(key.clone()).or_default();
                let old = match v {
                    Some(v) => series.insert(year, v),
                    None => series.remove(&year),
                };
                if series.is_empty() {
                    node.forecast.remove(&key);
                }
                Field::Forecast(key, year, old)
            }
            Field::Work(v) => Field::Work(replace(&mut node.work, v)),
            Field::CostCentre(v) => Field::CostCentre(replace(&mut node.cost_centre, clean(v))),
            Field::Body(v) => Field::Body(replace(&mut node.body, clean(v))),
            Field::Meetings(v) => Field::Meetings(replace(&mut node.meetings, clean(v))),
            Field::Notes(v) => Field::Notes(replace(&mut node.notes, clean(v))),
            Field::Kind(v) => Field::Kind(replace(&mut node.kind, v)),
            Field::Term(v) => Field::Term(replace(&mut node.term, v)),
            Field::Decision(v) => Field::Decision(replace(&mut node.decision, v)),
            Field::Replaces(v) => Field::Replaces(replace(&mut node.replaces, v)),
        }
    }
}

impl Edit {
    /// Renames a node in one language.
    #[must_use]
    pub fn rename(node: &NodeId, lang: Lang, name: &str) -> Edit {
        Edit::Set {
            node: node.clone(),
            field: Field::Name(lang, Some(name.to_owned())),
        }
    }

    /// Adds a new node as a part of `parent` (or as a root), at the end of the order.
    #[must_use]
    pub fn add_child(node: Node, parent: Option<&NodeId>) -> Edit {
        let edges = parent
            .map(|p| vec![Edge::new(&node.id, Relation::PartOf, p)])
            .unwrap_or_default();
        Edit::AddNode {
            node: Box::new(node),
            at: None,
            edges,
        }
    }
}

/// Names for a new node, in the language the user typed it in.
#[must_use]
pub fn names_in(lang: Lang, name: &str) -> Names {
    let mut names = Names::default();
    names.set(lang, Some(name.to_owned()));
    names
}
