//! Demand against capacity in the figures' reports: a table per unit, measure and year with
//! each scenario's demand, capacity and utilisation; the units over capacity; and the demand of
//! closed units that no unit takes over.

use serde_json::{Value as Json, json};

use super::demand::{Demand, DemandRow, demand};
use super::sides::unit_label;
use crate::i18n::{Lang, format_number, s, tr, tr_args};
use crate::model::measure::Terms;
use crate::model::{NodeId, Scenario};

/// The demand of each of `scenarios`, every later one against the first (whose units it no
/// longer has pass their demand on).
#[must_use]
pub fn demands(scenarios: &[&Scenario]) -> Vec<Demand> {
    let first = scenarios.first().copied();
    scenarios
        .iter()
        .enumerate()
        .map(|(at, scenario)| demand(scenario, first.filter(|_| at > 0)))
        .collect()
}

/// One figure of a row.
type RowFigure = dyn Fn(&DemandRow) -> Option<f64>;

/// A unit, a measure and a year: a line of the table.
type Key<'a> = (&'a NodeId, &'a str, u16);

/// Every (unit, measure, year) of any scenario, each once, in the order first met.
fn keys(demands: &[Demand]) -> Vec<Key<'_>> {
    let mut keys: Vec<Key<'_>> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for row in demands.iter().flat_map(|d| &d.rows) {
        let key = (&row.node, row.measure.as_str(), row.year);
        if seen.insert(key) {
            keys.push(key);
        }
    }
    keys
}

fn find<'a>(demand: &'a Demand, (node, measure, year): Key<'_>) -> Option<&'a DemandRow> {
    demand
        .rows
        .iter()
        .find(|r| r.node == *node && r.measure == measure && r.year == year)
}

/// A share as a percentage: `112 %`.
#[must_use]
pub fn percent(share: f64, lang: Lang) -> String {
    format!("{} %", format_number((share * 100.0).round(), lang))
}

/// One scenario's cell: `320 / 300 (107 %)`, with a mark when over capacity.
fn cell(row: Option<&DemandRow>, lang: Lang) -> String {
    let Some(row) = row else {
        return "–".to_owned();
    };
    let capacity = row
        .capacity
        .map_or_else(|| "–".to_owned(), |c| format_number(c, lang));
    let used = row
        .utilisation()
        .map(|u| format!(" ({})", percent(u, lang)))
        .unwrap_or_default();
    let mark = if row.over_capacity() { " !" } else { "" };
    format!(
        "{} / {capacity}{used}{mark}",
        format_number(row.demand.round(), lang)
    )
}

/// One line of the demand table: a unit, a measure and a year, with each scenario's demand,
/// capacity and utilisation as one text (`320 / 300 (107 %) !`).
#[derive(Clone, Debug, PartialEq)]
pub struct DemandLine {
    /// The unit.
    pub unit: NodeId,
    /// Its name.
    pub unit_label: String,
    /// The measure's name.
    pub measure: String,
    /// The year.
    pub year: u16,
    /// Each scenario's cell, in the scenarios' order.
    pub cells: Vec<String>,
    /// Whether the unit is over capacity in each scenario.
    pub over: Vec<bool>,
}

/// The lines of the demand table of `scenarios` (their demands in the same order).
#[must_use]
pub fn demand_lines(
    scenarios: &[&Scenario],
    demands: &[Demand],
    terms: Terms<'_>,
    lang: Lang,
) -> Vec<DemandLine> {
    keys(demands)
        .into_iter()
        .map(|key| {
            let found: Vec<Option<&DemandRow>> = demands.iter().map(|d| find(d, key)).collect();
            DemandLine {
                unit: key.0.clone(),
                unit_label: unit_label(scenarios, key.0, lang),
                measure: terms.measure(key.1, lang).to_owned(),
                year: key.2,
                cells: found.iter().map(|r| cell(*r, lang)).collect(),
                over: found
                    .iter()
                    .map(|r| r.is_some_and(DemandRow::over_capacity))
                    .collect(),
            }
        })
        .collect()
}

/// The table's column headings: unit, measure, year.
#[must_use]
pub fn demand_head(lang: Lang) -> [String; 3] {
    [
        tr(lang, "impact-unit"),
        tr(lang, "demand-measure"),
        tr(lang, "demand-year"),
    ]
}

/// The section of the text report; empty when no scenario has a forecast.
#[must_use]
pub fn demand_text(
    scenarios: &[&Scenario],
    demands: &[Demand],
    terms: Terms<'_>,
    lang: Lang,
) -> Vec<Vec<String>> {
    let lines = demand_lines(scenarios, demands, terms, lang);
    if lines.is_empty() && demands.iter().all(|d| d.unplaced.is_empty()) {
        return Vec::new();
    }
    let mut head = demand_head(lang).to_vec();
    head.extend(scenarios.iter().map(|s| s.meta.id.as_str().to_owned()));
    let mut table = vec![head];
    for line in lines {
        let mut row = vec![line.unit_label, line.measure, line.year.to_string()];
        row.extend(line.cells);
        table.push(row);
    }
    table
}

/// The lines under the table: each scenario's units over capacity, and demand nobody takes.
#[must_use]
pub fn over_capacity_lines(
    scenarios: &[&Scenario],
    demands: &[Demand],
    terms: Terms<'_>,
    lang: Lang,
) -> Vec<String> {
    let mut lines = Vec::new();
    for (scenario, demand) in scenarios.iter().zip(demands) {
        let sides = [*scenario];
        for row in demand.over_capacity() {
            lines.push(tr_args(
                lang,
                "demand-over-line",
                &[
                    ("scenario", s(scenario.meta.name.show(lang))),
                    ("unit", s(unit_label(&sides, &row.node, lang))),
                    ("measure", s(terms.measure(&row.measure, lang))),
                    ("year", s(row.year.to_string())),
                    ("demand", s(format_number(row.demand.round(), lang))),
                    (
                        "capacity",
                        s(format_number(row.capacity.unwrap_or_default(), lang)),
                    ),
                ],
            ));
        }
        for gone in &demand.unplaced {
            lines.push(tr_args(
                lang,
                "demand-unplaced-line",
                &[
                    ("scenario", s(scenario.meta.name.show(lang))),
                    ("unit", s(unit_label(scenarios, &gone.node, lang))),
                    ("measure", s(terms.measure(&gone.measure, lang))),
                    ("year", s(gone.year.to_string())),
                    ("demand", s(format_number(gone.demand.round(), lang))),
                ],
            ));
        }
    }
    lines
}

/// The CSV rows (`figure, unit_id, label, values per scenario`): the demand, the capacity and
/// the utilisation of each unit, measure and year.
#[must_use]
pub fn demand_csv_rows(
    scenarios: &[&Scenario],
    demands: &[Demand],
    lang: Lang,
) -> Vec<(String, NodeId, String, Vec<Option<f64>>)> {
    let mut rows = Vec::new();
    for key @ (node, measure, year) in keys(demands) {
        let label = unit_label(scenarios, node, lang);
        let found: Vec<Option<&DemandRow>> = demands.iter().map(|d| find(d, key)).collect();
        let figures: [(&str, &RowFigure); 3] = [
            ("demand", &|r| Some(r.demand)),
            ("capacity", &|r| r.capacity),
            ("utilisation", &DemandRow::utilisation),
        ];
        for (code, value) in figures {
            rows.push((
                format!("{code}.{measure}.{year}"),
                node.clone(),
                label.clone(),
                found.iter().map(|r| r.and_then(value)).collect(),
            ));
        }
    }
    rows
}

/// One scenario's demand as JSON: `{"rows": [...], "over_capacity": [...], "unplaced": [...]}`.
#[must_use]
pub fn demand_json(demand: &Demand) -> Json {
    let row = |r: &DemandRow| {
        json!({
            "unit": r.node.as_str(),
            "measure": r.measure,
            "year": r.year,
            "demand": r.demand,
            "capacity": r.capacity,
            "utilisation": r.utilisation(),
            "over_capacity": r.over_capacity(),
            "takes_over": r.takes_over.iter().map(NodeId::as_str).collect::<Vec<_>>(),
        })
    };
    json!({
        "rows": demand.rows.iter().map(row).collect::<Vec<_>>(),
        "over_capacity": demand.over_capacity().map(row).collect::<Vec<_>>(),
        "unplaced": demand.unplaced.iter().map(|u| json!({
            "unit": u.node.as_str(),
            "measure": u.measure,
            "year": u.year,
            "demand": u.demand,
        })).collect::<Vec<_>>(),
    })
}
