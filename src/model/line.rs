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
    /// The supervisors of node `i` are `supervisors[start[i]..start[i + 1]]`: one flat list,
    /// not a vector per post.
    start: Vec<usize>,
    supervisors: Vec<usize>,
    stated: Vec<bool>,
}

impl LineManagement {
    /// Derives the line hierarchy of `scenario`.
    #[must_use]
    pub fn of(scenario: &Scenario) -> LineManagement {
        // Whole-scenario passes over the relations, by place: no id lookups per node.
        let parent = scenario.parent_places();
        let kinds: Vec<NodeKind> = scenario.nodes().map(|node| node.kind).collect();
        LineManagement::from_parts(scenario, &parent, &kinds)
    }

    /// Derives the line hierarchy of `scenario` from its parent places (as
    /// [`Scenario::parent_places`] gives them) and node kinds, for a caller that has read them
    /// already: at 100,000 nodes each pass over the node records costs more than the rest of
    /// the derivation. Lists that cannot be this scenario's are not used.
    #[must_use]
    pub fn from_parts(
        scenario: &Scenario,
        parent: &[Option<usize>],
        kinds: &[NodeKind],
    ) -> LineManagement {
        let n = scenario.len();
        if parent.len() != n || kinds.len() != n || parent.iter().flatten().any(|&p| p >= n) {
            // Lists of another scenario: derive from this one's own.
            return LineManagement::of(scenario);
        }
        let is_group = |at: usize| kinds.get(at) == Some(&NodeKind::Group);
        // head[u]: the first post (in order) heading u; led[p]: the first non-group p heads.
        let mut head: Vec<Option<usize>> = vec![None; n];
        let mut led: Vec<Option<usize>> = vec![None; n];
        let mut explicit: Vec<(usize, usize)> = Vec::new();
        scenario.for_each_relation(|from, to, relation| match relation {
            Relation::Heads => {
                let (post, unit) = (from, to);
                if let Some(slot) = head.get_mut(unit) {
                    *slot = Some(slot.map_or(post, |h| h.min(post)));
                }
                if !is_group(unit)
                    && let Some(slot) = led.get_mut(post)
                {
                    *slot = Some(slot.map_or(unit, |u| u.min(unit)));
                }
            }
            Relation::ReportsTo => explicit.push((from, to)),
            _ => {}
        });
        explicit.sort_unstable();

        // Top-down order: nodes in structural cycles never get a derived supervisor. Children
        // are kept as one flat list with offsets per parent.
        let mut child_count = vec![0usize; n + 1];
        for p in parent.iter().flatten() {
            if let Some(c) = child_count.get_mut(*p + 1) {
                *c += 1;
            }
        }
        for i in 1..child_count.len() {
            child_count[i] += child_count[i - 1];
        }
        let mut fill = child_count.clone();
        let mut children = vec![0usize; child_count.last().copied().unwrap_or(0)];
        let mut queue: Vec<usize> = Vec::with_capacity(n);
        for (i, p) in parent.iter().enumerate() {
            match p {
                Some(p) => {
                    if let Some(slot) = fill.get_mut(*p)
                        && let Some(c) = children.get_mut(*slot)
                    {
                        *c = i;
                        *slot += 1;
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
            let range = child_count[i]..child_count[i + 1];
            queue.extend(children.get(range).unwrap_or(&[]).iter().copied());
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

        let mut start = Vec::with_capacity(n + 1);
        let mut supervisors = Vec::with_capacity(n);
        let mut stated = vec![false; n];
        let mut next_explicit = explicit.iter().peekable();
        for (i, kind) in kinds.iter().enumerate() {
            start.push(supervisors.len());
            let first = supervisors.len();
            while let Some(&&(from, to)) = next_explicit.peek() {
                if from > i {
                    break;
                }
                if from == i && *kind == NodeKind::Position {
                    supervisors.push(to);
                }
                next_explicit.next();
            }
            if *kind != NodeKind::Position {
                continue;
            }
            if supervisors.len() > first {
                stated[i] = true;
                continue;
            }
            let derived = match led[i] {
                Some(unit) => nearest_above(parent[unit], i),
                None => nearest_above(parent[i], i),
            };
            supervisors.extend(derived);
        }
        start.push(supervisors.len());
        LineManagement {
            start,
            supervisors,
            stated,
        }
    }

    /// The supervisors of the node at `position` (none for a top post or a non-post).
    #[must_use]
    pub fn supervisors(&self, position: usize) -> &[usize] {
        match (self.start.get(position), self.start.get(position + 1)) {
            (Some(&a), Some(&b)) => self.supervisors.get(a..b).unwrap_or_default(),
            _ => &[],
        }
    }

    /// Whether the node's supervisor is stated in the plan rather than derived.
    #[must_use]
    pub fn is_stated(&self, position: usize) -> bool {
        self.stated.get(position).copied().unwrap_or(false)
    }

    /// The number of nodes covered.
    #[must_use]
    pub fn len(&self) -> usize {
        self.stated.len()
    }

    /// Whether no node is covered.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.stated.is_empty()
    }

    /// How many posts each node supervises directly.
    #[must_use]
    pub fn span_counts(&self) -> Vec<usize> {
        let mut counts = vec![0; self.len()];
        for &s in &self.supervisors {
            if let Some(c) = counts.get_mut(s) {
                *c += 1;
            }
        }
        counts
    }
}
