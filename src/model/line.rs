//! Line management (who supervises whom), derived where the plan does not state it.
//!
//! A post reports to the head of the unit or team it is part of; a head reports to the nearest
//! head above the unit it leads; a stated `ReportsTo` overrides both. Units without a head pass
//! the question on to their parent. Everything is computed in one top-down pass, without
//! recursion, so a 100,000-deep chain is fine.

use super::{NodeKind, Relation, Scenario};

/// The line hierarchy of a scenario, by position in the scenario's node order.
#[derive(Clone, Debug, Default)]
pub struct LineManagement {
    supervisors: Vec<Vec<usize>>,
    stated: Vec<bool>,
}

impl LineManagement {
    /// Derives the line hierarchy of `scenario`.
    #[must_use]
    pub fn of(scenario: &Scenario) -> LineManagement {
        let n = scenario.len();
        let pos = |id| scenario.position(id);
        let parent: Vec<Option<usize>> = scenario
            .nodes()
            .map(|node| scenario.parent(&node.id).and_then(pos))
            .collect();
        let head: Vec<Option<usize>> = scenario
            .nodes()
            .map(|node| scenario.heads_of(&node.id).first().and_then(|id| pos(id)))
            .collect();

        // Top-down order: nodes in structural cycles never get a derived supervisor.
        let mut children: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut queue: Vec<usize> = Vec::with_capacity(n);
        for (i, p) in parent.iter().enumerate() {
            match p {
                Some(p) => {
                    if let Some(list) = children.get_mut(*p) {
                        list.push(i);
                    }
                }
                None => queue.push(i),
            }
        }
        // nearest[i]: the head of i, else of its nearest ancestor that has one.
        let mut nearest: Vec<Option<usize>> = vec![None; n];
        let mut next = 0;
        while let Some(&i) = queue.get(next) {
            next += 1;
            let inherited = parent[i].and_then(|p| nearest[p]);
            nearest[i] = head[i].or(inherited);
            queue.extend(children[i].iter().copied());
        }

        let nearest_above = |start: Option<usize>, except: usize| {
            // Walk up while the nearest head is the post itself (it may head several levels).
            let mut at = start;
            let mut steps = 0;
            while let Some(i) = at {
                match nearest[i] {
                    Some(h) if h != except => return Some(h),
                    _ => at = parent[i],
                }
                steps += 1;
                if steps > n {
                    break;
                }
            }
            None
        };

        let mut supervisors = vec![Vec::new(); n];
        let mut stated = vec![false; n];
        for (i, node) in scenario.nodes().enumerate() {
            if node.kind != NodeKind::Position {
                continue;
            }
            let explicit: Vec<usize> = scenario
                .targets(&node.id, Relation::ReportsTo)
                .filter_map(&pos)
                .collect();
            if !explicit.is_empty() {
                let mut explicit = explicit;
                explicit.sort_unstable();
                supervisors[i] = explicit;
                stated[i] = true;
                continue;
            }
            let led = scenario
                .targets(&node.id, Relation::Heads)
                .filter_map(&pos)
                .filter(|&u| {
                    scenario
                        .node_at(u)
                        .is_some_and(|u| u.kind != NodeKind::Group)
                })
                .min();
            let derived = match led {
                Some(unit) => nearest_above(parent[unit], i),
                None => nearest_above(parent[i], i),
            };
            supervisors[i].extend(derived);
        }
        LineManagement {
            supervisors,
            stated,
        }
    }

    /// The supervisors of the node at `position` (none for a top post or a non-post).
    #[must_use]
    pub fn supervisors(&self, position: usize) -> &[usize] {
        self.supervisors.get(position).map_or(&[], Vec::as_slice)
    }

    /// Whether the node's supervisor is stated in the plan rather than derived.
    #[must_use]
    pub fn is_stated(&self, position: usize) -> bool {
        self.stated.get(position).copied().unwrap_or(false)
    }

    /// The number of nodes covered.
    #[must_use]
    pub fn len(&self) -> usize {
        self.supervisors.len()
    }

    /// Whether no node is covered.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.supervisors.is_empty()
    }

    /// How many posts each node supervises directly.
    #[must_use]
    pub fn span_counts(&self) -> Vec<usize> {
        let mut counts = vec![0; self.supervisors.len()];
        for list in &self.supervisors {
            for &s in list {
                if let Some(c) = counts.get_mut(s) {
                    *c += 1;
                }
            }
        }
        counts
    }
}
