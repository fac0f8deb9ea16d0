//! The figures of a scenario: counts, layers, span of control, FTE, headcount, cost, the share of
//! administration, capacity, and the same per unit. Derived on demand, never stored.
//!
//! What counts: FTE and cost are summed over every node (a unit's own figures are staff not
//! modelled as posts) except posts left unfilled or abolished and ceased units, which cost
//! nothing. Headcount is the stated headcount, or one person for a filled or acting post that
//! states none. A node's work is core or administration as tagged on it or on its nearest tagged
//! ancestor.

use std::collections::BTreeMap;

use super::medians::{RangeMedians, to_f64};
use crate::model::{LineManagement, NodeId, NodeKind, PostStatus, Scenario, WorkTag};

/// Sums over a set of nodes: a whole scenario or one unit's subtree.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Totals {
    /// Posts that exist (not abolished).
    pub positions: usize,
    /// Filled posts, acting holders included.
    pub filled: usize,
    /// Vacant posts, to be filled.
    pub vacant: usize,
    /// Posts left unfilled by decision.
    pub left_unfilled: usize,
    /// Full-time equivalents.
    pub fte: f64,
    /// People.
    pub headcount: f64,
    /// Annual cost in euros.
    pub cost: f64,
    /// FTE in administration.
    pub admin_fte: f64,
    /// Annual cost of administration.
    pub admin_cost: f64,
    /// Capacity totals by key (pupils, children, groups...).
    pub capacity: BTreeMap<String, f64>,
}

impl Totals {
    fn add(&mut self, other: &Totals) {
        self.positions += other.positions;
        self.filled += other.filled;
        self.vacant += other.vacant;
        self.left_unfilled += other.left_unfilled;
        self.fte += other.fte;
        self.headcount += other.headcount;
        self.cost += other.cost;
        self.admin_fte += other.admin_fte;
        self.admin_cost += other.admin_cost;
        for (key, value) in &other.capacity {
            *self.capacity.entry(key.clone()).or_insert(0.0) += value;
        }
    }

    /// The share of FTE in administration, 0–1, when there is any FTE.
    #[must_use]
    pub fn admin_fte_share(&self) -> Option<f64> {
        (self.fte > 0.0).then(|| self.admin_fte / self.fte)
    }

    /// The share of cost in administration, 0–1, when there is any cost.
    #[must_use]
    pub fn admin_cost_share(&self) -> Option<f64> {
        (self.cost > 0.0).then(|| self.admin_cost / self.cost)
    }
}

/// Span of control: how many posts report directly to each supervisor.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Span {
    /// Posts with at least one direct report.
    pub supervisors: usize,
    /// Mean direct reports per supervisor.
    pub mean: f64,
    /// Median direct reports per supervisor.
    pub median: f64,
    /// The most direct reports of any supervisor.
    pub max: usize,
    /// Supervisors with more direct reports than the limit, in the scenario's order.
    pub over_limit: Vec<NodeId>,
}

/// One unit's (or team's, or organisation's) figures: its whole subtree.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitFigures {
    /// The unit.
    pub id: NodeId,
    /// How deep it sits in the structure (0 for a root).
    pub depth: usize,
    /// Sums over the unit and everything part of it.
    pub totals: Totals,
    /// Levels of the line hierarchy its posts reach, from its highest post's to its lowest
    /// post's (0 without posts): 2 for a head with staff under them.
    pub layers: usize,
    /// Span of control of the supervisors among its posts (all their direct reports, inside
    /// the unit or not).
    pub span: UnitSpan,
    /// Units below it that exist (not ceased), at any depth.
    pub units: usize,
    /// Teams below it that exist, at any depth.
    pub teams: usize,
    /// Its cost from the effective date to the end of that year, when the date is set.
    pub cost_rest_of_year: Option<f64>,
}

/// A unit's span of control; see [`UnitFigures::span`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UnitSpan {
    /// Its posts with at least one direct report.
    pub supervisors: usize,
    /// Mean direct reports per supervisor.
    pub mean: f64,
    /// Median direct reports per supervisor (0 without supervisors).
    pub median: f64,
    /// The most direct reports of any of them.
    pub max: usize,
    /// Those with more direct reports than the limit.
    pub over_limit: usize,
}

/// What a unit's subtree adds up to in the line hierarchy, children before parents.
#[derive(Clone, Copy, Debug)]
struct LineSums {
    /// The highest and lowest level of a post in it (`usize::MAX`, 0 without posts).
    top: usize,
    bottom: usize,
    supervisors: usize,
    reports: usize,
    max: usize,
    over_limit: usize,
}

impl LineSums {
    const NONE: LineSums = LineSums {
        top: usize::MAX,
        bottom: 0,
        supervisors: 0,
        reports: 0,
        max: 0,
        over_limit: 0,
    };

    fn add(&mut self, other: &LineSums) {
        self.top = self.top.min(other.top);
        self.bottom = self.bottom.max(other.bottom);
        self.supervisors += other.supervisors;
        self.reports += other.reports;
        self.max = self.max.max(other.max);
        self.over_limit += other.over_limit;
    }

    fn layers(&self) -> usize {
        if self.bottom == 0 {
            0
        } else {
            self.bottom + 1 - self.top
        }
    }

    fn span(&self, median: f64) -> UnitSpan {
        UnitSpan {
            supervisors: self.supervisors,
            median,
            mean: if self.supervisors == 0 {
                0.0
            } else {
                to_f64(self.reports) / to_f64(self.supervisors)
            },
            max: self.max,
            over_limit: self.over_limit,
        }
    }
}

/// The figures of one scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Figures {
    /// Units.
    pub units: usize,
    /// Teams.
    pub teams: usize,
    /// Groups.
    pub groups: usize,
    /// Sums over the whole scenario.
    pub totals: Totals,
    /// Levels of the line hierarchy: 1 when no post reports to another.
    pub layers: usize,
    /// Span of control.
    pub span: Span,
    /// The cost from the effective date to the end of that year, when the date is set.
    pub cost_rest_of_year: Option<f64>,
    /// Every unit, team and organisation, in the scenario's order.
    pub per_unit: Vec<UnitFigures>,
}

/// What the figures read of one node, copied out of its record once.
#[derive(Clone, Copy)]
struct Own {
    kind: NodeKind,
    status: PostStatus,
    work: Option<WorkTag>,
    fte: f64,
    cost: f64,
    headcount: Option<u32>,
    capacity: bool,
}

impl Own {
    fn of(node: &crate::model::Node) -> Own {
        Own {
            kind: node.kind,
            status: node.status,
            work: node.work,
            fte: node.fte.unwrap_or(0.0),
            cost: node.cost.unwrap_or(0.0),
            headcount: node.headcount,
            capacity: !node.capacity.is_empty(),
        }
    }

    fn is_unit(&self) -> bool {
        matches!(
            self.kind,
            NodeKind::Unit | NodeKind::Team | NodeKind::Organisation
        )
    }

    fn is_post(&self) -> bool {
        self.kind == NodeKind::Position && self.status != PostStatus::Abolished
    }

    /// Whether its FTE, cost, headcount and capacity count (not left unfilled or abolished).
    fn counts(&self) -> bool {
        !matches!(
            self.status,
            PostStatus::LeftUnfilled | PostStatus::Abolished
        )
    }

    /// Its own figures, without capacity; `admin` when its work is administration.
    fn totals(&self, admin: bool) -> Totals {
        let mut totals = Totals::default();
        if self.kind == NodeKind::Position {
            match self.status {
                PostStatus::Filled | PostStatus::Acting => totals.filled = 1,
                PostStatus::Vacant => totals.vacant = 1,
                PostStatus::LeftUnfilled => totals.left_unfilled = 1,
                PostStatus::Abolished => {}
            }
            totals.positions = usize::from(self.status != PostStatus::Abolished);
        }
        if self.counts() {
            totals.fte = self.fte;
            totals.cost = self.cost;
            let people = self.kind == NodeKind::Position
                && matches!(self.status, PostStatus::Filled | PostStatus::Acting);
            totals.headcount = self
                .headcount
                .map_or(if people { 1.0 } else { 0.0 }, f64::from);
            if admin {
                totals.admin_fte = totals.fte;
                totals.admin_cost = totals.cost;
            }
        }
        totals
    }
}

/// The figures of `scenario`, with `span_limit` as the most direct reports a supervisor should
/// have.
#[must_use]
pub fn figures(scenario: &Scenario, span_limit: usize) -> Figures {
    let n = scenario.len();
    let parent = scenario.parent_places();
    let (start, children) = child_lists(&parent);
    let order = top_down(&parent, &start, &children);
    // One pass over the node records; what follows reads these compact lists, so that a large
    // scenario's records are not walked again for each figure.
    let own: Vec<Own> = scenario.nodes().map(Own::of).collect();

    // Work tags pass down from the nearest tagged ancestor.
    let mut work: Vec<Option<WorkTag>> = vec![None; n];
    let mut depth = vec![0usize; n];
    // Nodes in a structural cycle (reached from no root) pass nothing up, or they would be
    // counted twice.
    let mut rooted = vec![false; n];
    for &i in &order {
        let inherited = parent[i].and_then(|p| work.get(p).copied().flatten());
        work[i] = own[i].work.or(inherited);
        depth[i] = parent[i].map_or(0, |p| depth.get(p).copied().unwrap_or(0) + 1);
        rooted[i] = match parent[i] {
            None => true,
            Some(p) => rooted.get(p).copied().unwrap_or(false),
        };
    }
    // Subtree sums are kept only for the nodes that have parts or are units: a handful of
    // slots that stay in cache, where one per node would not at 100,000 nodes.
    let mut slot = vec![u32::MAX; n];
    let mut slots = 0u32;
    for (i, o) in own.iter().enumerate() {
        if o.is_unit() {
            slot[i] = slots;
            slots += 1;
        }
    }
    let unit_count = slots as usize;
    for p in parent.iter().flatten() {
        if let Some(s) = slot.get_mut(*p)
            && *s == u32::MAX
        {
            *s = slots;
            slots += 1;
        }
    }
    let slots = slots as usize;
    let up = |i: usize| -> Option<usize> {
        parent[i]
            .filter(|&p| p != i && rooted[i])
            .map(|p| slot[p] as usize)
    };

    let kinds: Vec<NodeKind> = own.iter().map(|o| o.kind).collect();
    let line = LineManagement::from_parts(scenario, &parent, &kinds);
    let is_post: Vec<bool> = own.iter().map(Own::is_post).collect();
    let levels = post_levels(&is_post, &line);
    let counts = line.span_counts();
    let mut sums: Vec<Totals> = vec![Totals::default(); slots];
    let mut line_sums = vec![LineSums::NONE; slots];
    // Units and teams in each slot's subtree, itself included.
    let mut parts = vec![(0usize, 0usize); slots];
    let mut total = Totals::default();
    let (mut units, mut teams, mut groups) = (0, 0, 0);
    for (i, o) in own.iter().enumerate() {
        let exists = o.status != PostStatus::Abolished;
        let part = match o.kind {
            NodeKind::Unit => (usize::from(exists), 0),
            NodeKind::Team => (0, usize::from(exists)),
            NodeKind::Group => {
                groups += 1;
                (0, 0)
            }
            NodeKind::Organisation | NodeKind::Position => (0, 0),
        };
        units += part.0;
        teams += part.1;
        let mut totals = o.totals(work[i] == Some(WorkTag::Administration));
        if o.capacity
            && o.counts()
            && let Some(node) = scenario.node_at(i)
        {
            totals.capacity = node.capacity.clone();
        }
        total.add(&totals);
        let lines = match levels.get(i).copied().unwrap_or(0) {
            0 => LineSums::NONE,
            level => {
                let reports = counts.get(i).copied().unwrap_or(0);
                LineSums {
                    top: level,
                    bottom: level,
                    supervisors: usize::from(reports > 0),
                    reports,
                    max: reports,
                    over_limit: usize::from(reports > span_limit),
                }
            }
        };
        // A node with a slot starts its own sums; any other passes its own straight up.
        let into = match slot[i] {
            u32::MAX => up(i),
            own => Some(own as usize),
        };
        if let Some(at) = into {
            sums[at].add(&totals);
            line_sums[at].add(&lines);
            parts[at].0 += part.0;
            parts[at].1 += part.1;
        }
    }
    // Children before parents.
    for &i in order.iter().rev() {
        if slot[i] == u32::MAX {
            continue;
        }
        let from = slot[i] as usize;
        if let Some(to) = up(i) {
            let child = std::mem::take(&mut sums[from]);
            sums[to].add(&child);
            sums[from] = child;
            let lines = line_sums[from];
            line_sums[to].add(&lines);
            let (u, t) = parts[from];
            parts[to].0 += u;
            parts[to].1 += t;
        }
    }
    let unit_median = unit_medians(&parent, (&start, &children), &rooted, &levels, &counts);
    let rest_of_year = scenario.meta.effective.map(|day| {
        f64::from(day.days_in_year() - day.ordinal() + 1) / f64::from(day.days_in_year())
    });
    // Sized once: grown by doubling, the list was copied to fresh memory at each doubling.
    let mut per_unit = Vec::with_capacity(unit_count);
    per_unit.extend(
        own.iter()
            .enumerate()
            .filter(|(_, o)| o.is_unit())
            .filter_map(|(i, o)| {
                let at = slot[i] as usize;
                let (u, t) = parts[at];
                let own_part = (
                    o.kind == NodeKind::Unit && o.status != PostStatus::Abolished,
                    o.kind == NodeKind::Team && o.status != PostStatus::Abolished,
                );
                Some(UnitFigures {
                    id: scenario.id_at(i)?.clone(),
                    depth: depth[i],
                    totals: sums[at].clone(),
                    layers: line_sums[at].layers(),
                    span: line_sums[at].span(unit_median(i)),
                    units: u - usize::from(own_part.0),
                    teams: t - usize::from(own_part.1),
                    cost_rest_of_year: rest_of_year.map(|share| sums[at].cost * share),
                })
            }),
    );

    let cost_rest_of_year = rest_of_year.map(|share| total.cost * share);
    Figures {
        units,
        teams,
        groups,
        totals: total,
        layers: levels.iter().copied().max().unwrap_or(0),
        span: span(scenario, &counts, &levels, span_limit),
        cost_rest_of_year,
        per_unit,
    }
}

/// Each unit's median span of control: its supervisors are a range of the depth-first order.
/// Only for nodes reached from a root (one in a structural cycle counts only itself, and a unit
/// is no supervisor).
fn unit_medians<'a>(
    parent: &[Option<usize>],
    (start, children): (&[usize], &[usize]),
    rooted: &'a [bool],
    levels: &[usize],
    counts: &[usize],
) -> impl Fn(usize) -> f64 + 'a {
    let (order, place, size) = depth_first(parent, start, children);
    let mut spans = Vec::new();
    let mut before = Vec::with_capacity(order.len() + 1);
    before.push(0);
    for &i in &order {
        let reports = counts.get(i).copied().unwrap_or(0);
        if levels.get(i).copied().unwrap_or(0) > 0 && reports > 0 {
            spans.push(reports);
        }
        before.push(spans.len());
    }
    let medians = RangeMedians::new(&spans);
    move |i: usize| {
        let from = place.get(i).copied().unwrap_or(usize::MAX);
        let to = size.get(i).and_then(|s| from.checked_add(*s));
        match (
            rooted.get(i),
            before.get(from),
            to.and_then(|to| before.get(to)),
        ) {
            (Some(true), Some(&a), Some(&b)) => medians.median(a, b),
            _ => 0.0,
        }
    }
}

/// Children as one flat list, with each parent's range in it: `children[start[p]..start[p + 1]]`.
fn child_lists(parent: &[Option<usize>]) -> (Vec<usize>, Vec<usize>) {
    let n = parent.len();
    let mut start = vec![0usize; n + 1];
    for p in parent.iter().flatten() {
        if *p < n {
            start[*p + 1] += 1;
        }
    }
    for i in 1..=n {
        start[i] += start[i - 1];
    }
    let mut fill = start.clone();
    let mut children = vec![0usize; start[n]];
    for (i, p) in parent.iter().enumerate() {
        if let Some(p) = p
            && *p < n
        {
            children[fill[*p]] = i;
            fill[*p] += 1;
        }
    }
    (start, children)
}

/// Node places in top-down order (roots first); nodes in structural cycles come last.
fn top_down(parent: &[Option<usize>], start: &[usize], children: &[usize]) -> Vec<usize> {
    let n = parent.len();
    let mut order: Vec<usize> = (0..n)
        .filter(|&i| parent[i].is_none_or(|p| p >= n))
        .collect();
    let mut next = 0;
    while let Some(&i) = order.get(next) {
        next += 1;
        order.extend_from_slice(&children[start[i]..start[i + 1]]);
    }
    if order.len() < n {
        let mut seen = vec![false; n];
        for &i in &order {
            seen[i] = true;
        }
        order.extend((0..n).filter(|&i| !seen[i]));
    }
    order
}

/// The nodes reached from a root in depth-first order, so that each one's subtree is the range
/// of this order from its place on, as long as its size: (order, place of each node in it or
/// `usize::MAX`, size of each node's subtree).
fn depth_first(
    parent: &[Option<usize>],
    start: &[usize],
    children: &[usize],
) -> (Vec<usize>, Vec<usize>, Vec<usize>) {
    let n = parent.len();
    let mut order = Vec::with_capacity(n);
    let mut stack: Vec<usize> = (0..n)
        .rev()
        .filter(|&i| parent[i].is_none_or(|p| p >= n))
        .collect();
    while let Some(i) = stack.pop() {
        order.push(i);
        stack.extend(children[start[i]..start[i + 1]].iter().rev());
    }
    let mut place = vec![usize::MAX; n];
    for (k, &i) in order.iter().enumerate() {
        place[i] = k;
    }
    let mut size = vec![1usize; n];
    for &i in order.iter().rev() {
        if let Some(p) = parent[i].filter(|&p| p < n) {
            size[p] += size[i];
        }
    }
    (order, place, size)
}

/// Each post's level in the line hierarchy, following its first supervisor (1 for a post
/// reporting to no post; 0 for what is not a post).
fn post_levels(is_post: &[bool], line: &LineManagement) -> Vec<usize> {
    let n = is_post.len();
    // 0: unknown. A reporting cycle is cut where the walk meets itself.
    let mut level = vec![0usize; n];
    let mut walked = vec![usize::MAX; n];
    let mut chain = Vec::new();
    for start in (0..n).filter(|&i| is_post[i]) {
        chain.clear();
        let mut at = Some(start);
        let mut base = 0;
        while let Some(i) = at {
            if level[i] > 0 {
                base = level[i];
                break;
            }
            if walked[i] == start {
                break;
            }
            walked[i] = start;
            chain.push(i);
            at = line
                .supervisors(i)
                .first()
                .copied()
                .filter(|&s| is_post.get(s).copied().unwrap_or(false));
        }
        for (k, &i) in chain.iter().rev().enumerate() {
            if level[i] == 0 {
                level[i] = base + k + 1;
            }
        }
    }
    level
}

/// The span of control of the posts that exist (`levels` above 0), as the per-unit figures
/// count it.
fn span(scenario: &Scenario, counts: &[usize], levels: &[usize], limit: usize) -> Span {
    let of_posts = || {
        counts
            .iter()
            .zip(levels)
            .enumerate()
            .filter(|(_, (_, level))| **level > 0)
            .map(|(i, (c, _))| (i, *c))
    };
    let mut spans: Vec<usize> = of_posts().map(|(_, c)| c).filter(|&c| c > 0).collect();
    if spans.is_empty() {
        return Span::default();
    }
    spans.sort_unstable();
    let supervisors = spans.len();
    let total: usize = spans.iter().sum();
    let median = if supervisors % 2 == 1 {
        to_f64(spans[supervisors / 2])
    } else {
        (to_f64(spans[supervisors / 2 - 1]) + to_f64(spans[supervisors / 2])) / 2.0
    };
    let over_limit = of_posts()
        .filter(|(_, c)| *c > limit)
        .filter_map(|(i, _)| scenario.id_at(i).cloned())
        .collect();
    Span {
        supervisors,
        mean: to_f64(total) / to_f64(supervisors),
        median,
        max: spans.last().copied().unwrap_or(0),
        over_limit,
    }
}
