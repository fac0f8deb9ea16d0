//! The checks: problems of a scenario, each with a stable code, the nodes involved and a
//! translated message. Problems never stop a file from opening.

use crate::i18n::{Lang, n, s, tr_args};
use crate::model::words::{format_date, status_text};
use crate::model::{LineManagement, NodeId, NodeKind, PostStatus, Relation, Scenario};

use super::find_cycles;

/// Settings of the checks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckOptions {
    /// A supervisor with more direct reports than this is a problem.
    pub span_limit: usize,
}

impl Default for CheckOptions {
    fn default() -> Self {
        // A common rule of thumb for public-sector line managers; configurable per check run.
        CheckOptions { span_limit: 15 }
    }
}

/// What kind of problem; the code is stable across versions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ProblemCode {
    /// Nodes that are, through their parents, part of themselves.
    StructureCycle,
    /// Posts that, through their supervisors, report to themselves.
    ReportingCycle,
    /// A unit or team without a head.
    NoHead,
    /// A unit or team headed by a vacant, unfilled or abolished post.
    UnheldHead,
    /// A post with two or more stated supervisors.
    TwoSupervisors,
    /// A team that serves a unit that has ceased.
    ServesCeased,
    /// A task whose holder is a post left unfilled or abolished, or a ceased unit.
    TaskNoOwner,
    /// A group whose term ended before the scenario takes effect.
    GroupExpired,
    /// A supervisor with more direct reports than the limit.
    SpanOverLimit,
    /// A unit, team or post that is part of nothing.
    Orphan,
}

impl ProblemCode {
    /// All codes.
    pub const ALL: [ProblemCode; 10] = [
        ProblemCode::StructureCycle,
        ProblemCode::ReportingCycle,
        ProblemCode::NoHead,
        ProblemCode::UnheldHead,
        ProblemCode::TwoSupervisors,
        ProblemCode::ServesCeased,
        ProblemCode::TaskNoOwner,
        ProblemCode::GroupExpired,
        ProblemCode::SpanOverLimit,
        ProblemCode::Orphan,
    ];

    /// The stable code, as `orgplan check --format json` prints it.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            ProblemCode::StructureCycle => "structure-cycle",
            ProblemCode::ReportingCycle => "reporting-cycle",
            ProblemCode::NoHead => "no-head",
            ProblemCode::UnheldHead => "unheld-head",
            ProblemCode::TwoSupervisors => "two-supervisors",
            ProblemCode::ServesCeased => "serves-ceased",
            ProblemCode::TaskNoOwner => "task-no-owner",
            ProblemCode::GroupExpired => "group-expired",
            ProblemCode::SpanOverLimit => "span-over-limit",
            ProblemCode::Orphan => "orphan",
        }
    }
}

/// One problem of a scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// What kind.
    pub code: ProblemCode,
    /// The nodes involved, the main one first.
    pub nodes: Vec<NodeId>,
    /// A task, when the problem is about one.
    pub task: Option<NodeId>,
    /// A figure the message needs (the span of control).
    pub count: usize,
    /// The limit the figure broke (the span limit).
    pub limit: usize,
}

impl Problem {
    /// The problem in `lang`, naming the nodes as the scenario names them.
    #[must_use]
    pub fn message(&self, scenario: &Scenario, lang: Lang) -> String {
        let name = |id: &NodeId| {
            scenario
                .node(id)
                .map_or_else(|| id.to_string(), |node| node.label(lang).to_owned())
        };
        let names = self.nodes.iter().map(name).collect::<Vec<_>>().join(" › ");
        let first = self.nodes.first().map(name).unwrap_or_default();
        let second = self.nodes.get(1).map(name).unwrap_or_default();
        let others = self
            .nodes
            .iter()
            .skip(1)
            .map(name)
            .collect::<Vec<_>>()
            .join(", ");
        let task = self
            .task
            .as_ref()
            .and_then(|t| {
                scenario
                    .nodes()
                    .flat_map(|node| &node.tasks)
                    .find(|x| &x.id == t)
                    .map(|x| x.name.show(lang).to_owned())
            })
            .unwrap_or_default();
        let end = self
            .nodes
            .first()
            .and_then(|id| scenario.node(id))
            .and_then(|node| node.term)
            .and_then(|term| term.end)
            .map(|d| format_date(d, lang))
            .unwrap_or_default();
        let status = self
            .nodes
            .get(1)
            .and_then(|id| scenario.node(id))
            .map(|node| status_text(node, lang))
            .unwrap_or_default();
        let key = format!("problem-{}", self.code.code());
        tr_args(
            lang,
            &key,
            &[
                ("names", s(names)),
                ("first", s(first)),
                ("second", s(second)),
                ("others", s(others)),
                ("task", s(task)),
                ("count", n(self.count)),
                ("end", s(end)),
                ("status", s(status)),
                ("limit", n(self.limit)),
            ],
        )
    }
}

/// The problems of `scenario`, in a stable order (by kind, then by the scenario's order).
#[must_use]
pub fn check(scenario: &Scenario, options: &CheckOptions) -> Vec<Problem> {
    let mut problems = Vec::new();
    let ids: Vec<&NodeId> = scenario.nodes().map(|n| &n.id).collect();
    let problem = |code, nodes: Vec<NodeId>| Problem {
        code,
        nodes,
        task: None,
        count: 0,
        limit: 0,
    };

    // Structure: parents, as lists of one, so both cycle checks share the search.
    let parents: Vec<Vec<usize>> = scenario
        .nodes()
        .map(|node| {
            scenario
                .parent(&node.id)
                .and_then(|p| scenario.position(p))
                .into_iter()
                .collect()
        })
        .collect();
    for cycle in find_cycles(ids.len(), |i| parents.get(i).map_or(&[], Vec::as_slice)) {
        let nodes = cycle
            .iter()
            .filter_map(|&i| ids.get(i).map(|id| (*id).clone()))
            .collect();
        problems.push(problem(ProblemCode::StructureCycle, nodes));
    }

    let line = LineManagement::of(scenario);
    for cycle in find_cycles(ids.len(), |i| line.supervisors(i)) {
        let nodes = cycle
            .iter()
            .filter_map(|&i| ids.get(i).map(|id| (*id).clone()))
            .collect();
        problems.push(problem(ProblemCode::ReportingCycle, nodes));
    }

    let effective = scenario.meta.effective;
    for node in scenario.nodes() {
        let id = &node.id;
        if node.kind.needs_head() && node.status != PostStatus::Abolished {
            match scenario.heads_of(id).first() {
                None => problems.push(problem(ProblemCode::NoHead, vec![id.clone()])),
                Some(head) => {
                    if scenario.node(head).is_some_and(|h| h.status.is_unheld()) {
                        problems.push(problem(
                            ProblemCode::UnheldHead,
                            vec![id.clone(), (*head).clone()],
                        ));
                    }
                }
            }
        }
        if node.kind == NodeKind::Position
            && scenario.targets(id, Relation::ReportsTo).nth(1).is_some()
        {
            let mut nodes = vec![id.clone()];
            let mut supervisors: Vec<&NodeId> = scenario.targets(id, Relation::ReportsTo).collect();
            supervisors.sort_by_key(|s| scenario.position(s));
            nodes.extend(supervisors.into_iter().cloned());
            problems.push(problem(ProblemCode::TwoSupervisors, nodes));
        }
        for served in scenario.targets(id, Relation::Serves) {
            if scenario
                .node(served)
                .is_some_and(|u| u.status == PostStatus::Abolished)
            {
                problems.push(problem(
                    ProblemCode::ServesCeased,
                    vec![id.clone(), served.clone()],
                ));
            }
        }
        if matches!(
            node.status,
            PostStatus::LeftUnfilled | PostStatus::Abolished
        ) {
            for task in &node.tasks {
                problems.push(Problem {
                    task: Some(task.id.clone()),
                    ..problem(ProblemCode::TaskNoOwner, vec![id.clone()])
                });
            }
        }
        if node.kind == NodeKind::Group {
            let ended = node.term.and_then(|t| t.end);
            if let (Some(end), Some(effective)) = (ended, effective)
                && end < effective
            {
                problems.push(problem(ProblemCode::GroupExpired, vec![id.clone()]));
            }
        }
        let rootless_kind = matches!(node.kind, NodeKind::Organisation | NodeKind::Group);
        if !rootless_kind && scenario.parent(id).is_none() {
            problems.push(problem(ProblemCode::Orphan, vec![id.clone()]));
        }
    }

    for (i, count) in line.span_counts().into_iter().enumerate() {
        if count > options.span_limit
            && let Some(id) = ids.get(i)
        {
            problems.push(Problem {
                count,
                limit: options.span_limit,
                ..problem(ProblemCode::SpanOverLimit, vec![(*id).clone()])
            });
        }
    }
    problems.sort_by_key(|p| p.code);
    problems
}
