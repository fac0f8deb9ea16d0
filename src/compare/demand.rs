//! Demand against capacity: for each unit with a demand forecast, the demand of each year, the
//! unit's capacity in the same measure and how much of it the demand uses; and the units whose
//! demand exceeds their capacity.
//!
//! Demand follows the organisation: when a scenario closes a unit (ceased, or gone from the
//! scenario while the earlier one had it), its forecast demand moves to the units that take
//! over from it (`replaces`), shared equally; demand that no unit takes over is listed apart,
//! like a task without an owner. So a scenario that closes a school shows where its pupils now
//! exceed the capacity of the school that receives them.

use std::collections::BTreeMap;

use crate::model::{Node, NodeId, PostStatus, Scenario};

/// One unit's demand in one measure and year.
#[derive(Clone, Debug, PartialEq)]
pub struct DemandRow {
    /// The unit.
    pub node: NodeId,
    /// The capacity measure's key.
    pub measure: String,
    /// The year.
    pub year: u16,
    /// Its own forecast demand plus what it takes over.
    pub demand: f64,
    /// Its capacity in the measure (`None`: it states none).
    pub capacity: Option<f64>,
    /// The closed units whose demand it takes over, in the scenario's order.
    pub takes_over: Vec<NodeId>,
}

impl DemandRow {
    /// The share of the capacity the demand uses (1.0 is full); `None` without a capacity.
    #[must_use]
    pub fn utilisation(&self) -> Option<f64> {
        self.capacity
            .filter(|c| *c > 0.0)
            .map(|capacity| self.demand / capacity)
    }

    /// Whether the demand exceeds the capacity (a unit with demand and no capacity of zero
    /// counts as over it).
    #[must_use]
    pub fn over_capacity(&self) -> bool {
        self.capacity.is_some_and(|c| self.demand > c)
    }
}

/// Demand that no unit of the scenario takes over: a closed unit's forecast with no successor.
#[derive(Clone, Debug, PartialEq)]
pub struct UnplacedDemand {
    /// The closed unit.
    pub node: NodeId,
    /// The measure.
    pub measure: String,
    /// The year.
    pub year: u16,
    /// Its forecast demand.
    pub demand: f64,
}

/// The demand of one scenario against its units' capacity.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Demand {
    /// Per unit, measure and year, units in the scenario's order, then measures and years
    /// sorted.
    pub rows: Vec<DemandRow>,
    /// Demand of closed units that no unit takes over.
    pub unplaced: Vec<UnplacedDemand>,
}

impl Demand {
    /// The rows whose demand exceeds the capacity.
    pub fn over_capacity(&self) -> impl Iterator<Item = &DemandRow> + '_ {
        self.rows.iter().filter(|r| r.over_capacity())
    }

    /// Whether there is no demand at all.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty() && self.unplaced.is_empty()
    }

    /// The years the rows cover, sorted.
    #[must_use]
    pub fn years(&self) -> Vec<u16> {
        let mut years: Vec<u16> = self.rows.iter().map(|r| r.year).collect();
        years.sort_unstable();
        years.dedup();
        years
    }
}

fn closed(node: &Node) -> bool {
    node.status == PostStatus::Abolished
}

/// The demand of `scenario`; `earlier`, when given, is the scenario it is compared with, whose
/// units that `scenario` no longer has pass their demand on as closed ones do.
#[must_use]
pub fn demand(scenario: &Scenario, earlier: Option<&Scenario>) -> Demand {
    // (unit, measure, year) → demand; BTreeMap over the unit's place keeps the scenario order.
    let mut cells: BTreeMap<(usize, String, u16), (f64, Vec<NodeId>)> = BTreeMap::new();
    let mut unplaced = Vec::new();
    let successors = |id: &NodeId| -> Vec<usize> {
        scenario
            .nodes()
            .enumerate()
            .filter(|(_, n)| !closed(n) && n.replaces.contains(id))
            .map(|(at, _)| at)
            .collect()
    };
    let gone = earlier
        .into_iter()
        .flat_map(Scenario::nodes)
        .filter(|n| !scenario.contains(&n.id));
    let sources = scenario.nodes().enumerate().map(|(at, n)| (Some(at), n));
    for (at, node) in sources.chain(gone.map(|n| (None, n))) {
        if node.forecast.is_empty() {
            continue;
        }
        let takers = match at {
            Some(at) if !closed(node) => vec![at],
            _ => successors(&node.id),
        };
        for (measure, series) in &node.forecast {
            for (&year, &value) in series {
                if takers.is_empty() {
                    unplaced.push(UnplacedDemand {
                        node: node.id.clone(),
                        measure: measure.clone(),
                        year,
                        demand: value,
                    });
                    continue;
                }
                #[allow(clippy::cast_precision_loss)] // a handful of successors
                let share = value / takers.len() as f64;
                for &taker in &takers {
                    let cell = cells.entry((taker, measure.clone(), year)).or_default();
                    cell.0 += share;
                    if at != Some(taker) && !cell.1.contains(&node.id) {
                        cell.1.push(node.id.clone());
                    }
                }
            }
        }
    }
    let rows = cells
        .into_iter()
        .filter_map(|((at, measure, year), (demand, takes_over))| {
            let node = scenario.node_at(at)?;
            Some(DemandRow {
                node: node.id.clone(),
                capacity: node.capacity.get(&measure).copied(),
                measure,
                year,
                demand,
                takes_over,
            })
        })
        .collect();
    Demand { rows, unplaced }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Edit, Field, Names, NodeKind};

    fn school(id: &str, capacity: f64, forecast: &[(u16, f64)]) -> Node {
        let mut node = Node::new(NodeId::new(id).unwrap(), NodeKind::Unit, Names::fi(id));
        node.capacity.insert("pupils".into(), capacity);
        node.forecast
            .insert("pupils".into(), forecast.iter().copied().collect());
        node
    }

    fn scenario(nodes: Vec<Node>) -> Scenario {
        let mut scenario = Scenario::new(crate::model::ScenarioMeta::new(
            NodeId::baseline(),
            Names::fi("nyt"),
        ));
        for node in nodes {
            scenario.apply(Edit::add_child(node, None)).unwrap();
        }
        scenario
    }

    #[test]
    fn each_unit_s_demand_is_set_against_its_capacity() {
        let s = scenario(vec![
            school("a", 300.0, &[(2025, 280.0), (2026, 310.0)]),
            school("b", 200.0, &[(2025, 150.0)]),
        ]);
        let d = demand(&s, None);
        assert_eq!(d.rows.len(), 3);
        assert_eq!(d.years(), vec![2025, 2026]);
        let over: Vec<_> = d
            .over_capacity()
            .map(|r| (r.node.as_str(), r.year))
            .collect();
        assert_eq!(over, vec![("a", 2026)]);
        assert!((d.rows[0].utilisation().unwrap() - 280.0 / 300.0).abs() < 1e-9);
        assert!(d.unplaced.is_empty());
    }

    #[test]
    fn a_closed_school_s_pupils_go_to_the_school_that_takes_it_over() {
        let mut s = scenario(vec![
            school("a", 300.0, &[(2025, 250.0)]),
            school("b", 200.0, &[(2025, 150.0)]),
        ]);
        let b = NodeId::new("b").unwrap();
        let a = NodeId::new("a").unwrap();
        let set = |node: &NodeId, field| Edit::Set {
            node: node.clone(),
            field,
        };
        s.apply(set(&b, Field::Status(PostStatus::Abolished)))
            .unwrap();
        // Closed with no successor: its demand is nobody's.
        let d = demand(&s, None);
        assert_eq!(d.unplaced.len(), 1);
        assert_eq!(d.over_capacity().count(), 0);
        s.apply(set(&a, Field::Replaces(vec![b.clone()]))).unwrap();
        let d = demand(&s, None);
        assert!(d.unplaced.is_empty());
        let row = &d.rows[0];
        assert_eq!((row.node.as_str(), row.demand), ("a", 400.0));
        assert_eq!(row.takes_over, vec![b]);
        assert!(row.over_capacity());
    }

    #[test]
    fn a_unit_gone_from_the_scenario_passes_its_demand_on_from_the_earlier_one() {
        let before = scenario(vec![
            school("a", 300.0, &[(2025, 250.0)]),
            school("b", 200.0, &[(2025, 150.0)]),
            school("c", 200.0, &[(2025, 100.0)]),
        ]);
        let mut a = school("a", 300.0, &[(2025, 250.0)]);
        let mut c = school("c", 200.0, &[(2025, 100.0)]);
        a.replaces = vec![NodeId::new("b").unwrap()];
        c.replaces = vec![NodeId::new("b").unwrap()];
        let after = scenario(vec![a, c]);
        let d = demand(&after, Some(&before));
        let demand_of: Vec<(&str, f64)> =
            d.rows.iter().map(|r| (r.node.as_str(), r.demand)).collect();
        assert_eq!(demand_of, vec![("a", 325.0), ("c", 175.0)]);
        assert_eq!(d.over_capacity().count(), 1);
    }
}
