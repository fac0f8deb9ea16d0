//! Figures of one or several scenarios side by side, with deltas against the first, as a text
//! table, CSV, JSON or a workbook.

use std::collections::HashMap;

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};
use serde_json::{Map, Value as Json, json};

use super::demand_report::{
    demand_csv_rows, demand_json, demand_text, demands, over_capacity_lines,
};
use super::figures::{Figures, Totals, UnitFigures};
pub(super) use super::sides::unit_label;
use crate::i18n::{
    Currency, Lang, format_delta, format_money, format_money_delta, format_number, tr,
};
use crate::io::csv_out::csv_text;
use crate::model::measure::Terms;
use crate::model::{NodeId, Scenario};

/// The forms the figures are written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatsFormat {
    /// An aligned table.
    Text,
    /// One figure per row, one column per scenario and delta.
    Csv,
    /// Every scenario's figures as objects.
    Json,
}

/// One row of the table: a figure's code and its value in each scenario (`None`: not defined).
pub(super) struct Row {
    pub(super) code: String,
    pub(super) label: String,
    pub(super) values: Vec<Option<f64>>,
    pub(super) percent: bool,
    /// The currency of an amount of money (`None`: not money).
    pub(super) money: Option<Currency>,
}

/// Whether the figure of this code is an amount of money.
pub(super) fn is_money(code: &str) -> bool {
    matches!(code, "cost" | "cost_rest_of_year")
}

/// A figure's name for a spreadsheet, whose cells hold bare numbers: an amount's names its
/// currency (`Annual cost (SEK)`).
pub(super) fn sheet_label(label: &str, code: &str, currency: Currency) -> String {
    if is_money(code) {
        format!("{label} ({currency})")
    } else {
        label.to_owned()
    }
}

#[allow(clippy::cast_precision_loss)] // counts of nodes are exact in f64
fn count(value: usize) -> Option<f64> {
    Some(value as f64)
}

pub(super) fn rows(figures: &[Figures], terms: Terms<'_>, lang: Lang) -> Vec<Row> {
    let currency = terms.currency;
    let mut rows = Vec::new();
    let mut row = |code: &str, key: &str, value: &dyn Fn(&Figures) -> Option<f64>| {
        rows.push(Row {
            code: code.to_owned(),
            label: tr(lang, key),
            values: figures.iter().map(value).collect(),
            percent: code.ends_with("_share"),
            money: is_money(code).then_some(currency),
        });
    };
    row("units", "stats-units", &|f| count(f.units));
    row("teams", "stats-teams", &|f| count(f.teams));
    row("groups", "stats-groups", &|f| count(f.groups));
    row("positions", "stats-positions", &|f| {
        count(f.totals.positions)
    });
    row("filled", "stats-filled", &|f| count(f.totals.filled));
    row("vacant", "stats-vacant", &|f| count(f.totals.vacant));
    row("left_unfilled", "stats-left-unfilled", &|f| {
        count(f.totals.left_unfilled)
    });
    row("layers", "stats-layers", &|f| count(f.layers));
    row("supervisors", "stats-supervisors", &|f| {
        count(f.span.supervisors)
    });
    row("span_mean", "stats-span-mean", &|f| {
        (f.span.supervisors > 0).then_some((f.span.mean * 100.0).round() / 100.0)
    });
    row("span_median", "stats-span-median", &|f| {
        (f.span.supervisors > 0).then_some(f.span.median)
    });
    row("span_max", "stats-span-max", &|f| count(f.span.max));
    row("span_over_limit", "stats-span-over-limit", &|f| {
        count(f.span.over_limit.len())
    });
    row("fte", "field-fte", &|f| Some(f.totals.fte));
    row("headcount", "field-headcount", &|f| {
        Some(f.totals.headcount)
    });
    row("cost", "field-cost", &|f| Some(f.totals.cost));
    row("cost_rest_of_year", "stats-cost-rest-of-year", &|f| {
        f.cost_rest_of_year.map(f64::round)
    });
    row("admin_fte_share", "stats-admin-fte-share", &|f| {
        f.totals.admin_fte_share()
    });
    row("admin_cost_share", "stats-admin-cost-share", &|f| {
        f.totals.admin_cost_share()
    });
    let mut keys: Vec<&String> = figures
        .iter()
        .flat_map(|f| f.totals.capacity.keys())
        .collect();
    keys.sort();
    keys.dedup();
    for key in keys {
        rows.push(Row {
            code: format!("capacity.{key}"),
            label: format!(
                "{} ({})",
                terms.measure(key, lang),
                tr(lang, "field-capacity")
            ),
            values: figures
                .iter()
                .map(|f| Some(f.totals.capacity.get(key).copied().unwrap_or(0.0)))
                .collect(),
            percent: false,
            money: None,
        });
    }
    rows
}

pub(super) fn shown(
    value: Option<f64>,
    percent: bool,
    money: Option<Currency>,
    lang: Lang,
) -> String {
    match (value, money) {
        (None, _) => "–".to_owned(),
        (Some(v), _) if percent => {
            format!("{} %", format_number((v * 1000.0).round() / 10.0, lang))
        }
        (Some(v), Some(currency)) => format_money(v, currency, lang),
        (Some(v), None) => format_number(v, lang),
    }
}

pub(super) fn delta(
    a: Option<f64>,
    b: Option<f64>,
    percent: bool,
    money: Option<Currency>,
    lang: Lang,
) -> String {
    match (a, b) {
        (Some(a), Some(b)) if money.is_some() && !percent => {
            let d = ((b - a) * 100.0).round() / 100.0;
            format_money_delta(d, money.unwrap_or_default(), lang)
        }
        (Some(a), Some(b)) if percent => {
            let points = ((b - a) * 1000.0).round() / 10.0;
            format!(
                "{} {}",
                format_delta(points, lang),
                tr(lang, "stats-points")
            )
        }
        (Some(a), Some(b)) => format_delta(((b - a) * 100.0).round() / 100.0, lang),
        _ => "–".to_owned(),
    }
}

/// The units of all the scenarios, each once, in the order they first appear, with their names.
pub(super) fn unit_rows(figures: &[Figures]) -> Vec<(&NodeId, usize)> {
    let mut seen = std::collections::HashSet::new();
    let mut list = Vec::new();
    for f in figures {
        for unit in &f.per_unit {
            if seen.insert(&unit.id) {
                list.push((&unit.id, unit.depth));
            }
        }
    }
    list
}

/// Each scenario's per-unit figures by unit id.
pub(super) fn unit_index(figures: &[Figures]) -> Vec<HashMap<&NodeId, &UnitFigures>> {
    figures
        .iter()
        .map(|f| f.per_unit.iter().map(|u| (&u.id, u)).collect())
        .collect()
}

/// A unit's figures in each scenario, by code (`None` where the scenario lacks the unit or the
/// figure is not defined): the rows of the CSV and the deltas of the JSON.
pub(super) fn unit_measures(units: &[Option<&UnitFigures>]) -> Vec<(String, Vec<Option<f64>>)> {
    let mut rows = Vec::new();
    let mut row = |code: &str, value: &dyn Fn(&UnitFigures) -> Option<f64>| {
        rows.push((
            code.to_owned(),
            units.iter().map(|u| u.and_then(value)).collect(),
        ));
    };
    row("units", &|u| count(u.units));
    row("teams", &|u| count(u.teams));
    row("positions", &|u| count(u.totals.positions));
    row("filled", &|u| count(u.totals.filled));
    row("vacant", &|u| count(u.totals.vacant));
    row("left_unfilled", &|u| count(u.totals.left_unfilled));
    row("layers", &|u| count(u.layers));
    row("supervisors", &|u| count(u.span.supervisors));
    row("span_mean", &|u| {
        (u.span.supervisors > 0).then_some((u.span.mean * 100.0).round() / 100.0)
    });
    row("span_median", &|u| {
        (u.span.supervisors > 0).then_some(u.span.median)
    });
    row("span_max", &|u| count(u.span.max));
    row("span_over_limit", &|u| count(u.span.over_limit));
    row("fte", &|u| Some(u.totals.fte));
    row("headcount", &|u| Some(u.totals.headcount));
    row("cost", &|u| Some(u.totals.cost));
    row("cost_rest_of_year", &|u| u.cost_rest_of_year);
    row("admin_fte_share", &|u| u.totals.admin_fte_share());
    row("admin_cost_share", &|u| u.totals.admin_cost_share());
    let mut keys: Vec<&String> = units
        .iter()
        .flatten()
        .flat_map(|u| u.totals.capacity.keys())
        .collect();
    keys.sort();
    keys.dedup();
    for key in keys {
        rows.push((
            format!("capacity.{key}"),
            units
                .iter()
                .map(|u| u.map(|u| u.totals.capacity.get(key).copied().unwrap_or(0.0)))
                .collect(),
        ));
    }
    rows
}

/// `b - a`, rounded so that 2.33 - 2 is 0.33 and not 0.33000000000000007.
pub(super) fn difference(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    match (a, b) {
        (Some(a), Some(b)) => Some(((b - a) * 1e9).round() / 1e9),
        _ => None,
    }
}

/// Pads cells to their column's width: the first column left-aligned, the others right.
fn table(lines: &[Vec<String>]) -> String {
    let columns = lines.iter().map(Vec::len).max().unwrap_or(0);
    let width: Vec<usize> = (0..columns)
        .map(|c| {
            lines
                .iter()
                .filter_map(|l| l.get(c))
                .map(|cell| cell.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for line in lines {
        let mut text = String::new();
        for (c, cell) in line.iter().enumerate() {
            let pad = width
                .get(c)
                .copied()
                .unwrap_or(0)
                .saturating_sub(cell.chars().count());
            if c == 0 {
                text.push_str(cell);
                text.push_str(&" ".repeat(pad));
            } else {
                text.push_str("  ");
                text.push_str(&" ".repeat(pad));
                text.push_str(cell);
            }
        }
        out.push_str(text.trim_end());
        out.push('\n');
    }
    out
}

pub(super) fn header(scenarios: &[&Scenario], first: String) -> Vec<String> {
    let mut header = vec![first];
    for (at, scenario) in scenarios.iter().enumerate() {
        header.push(scenario.meta.id.as_str().to_owned());
        if at > 0 {
            header.push(format!("Δ {}", scenario.meta.id.as_str()));
        }
    }
    header
}

/// The figures of `scenarios` (already computed, same order) in `format` and `lang`, amounts
/// in `currency` (the plan's): written with it in the text, named in the CSV's labels.
///
/// # Errors
/// Only when the CSV writer refuses a record, which would be a bug: a report never drops
/// rows silently.
pub fn stats_report(
    scenarios: &[&Scenario],
    figures: &[Figures],
    terms: Terms<'_>,
    format: StatsFormat,
    lang: Lang,
) -> Result<String, csv::Error> {
    Ok(match format {
        StatsFormat::Text => text(scenarios, figures, terms, lang),
        StatsFormat::Csv => csv(scenarios, figures, terms, lang)?,
        StatsFormat::Json => json(scenarios, figures, terms),
    })
}

fn text(scenarios: &[&Scenario], figures: &[Figures], terms: Terms<'_>, lang: Lang) -> String {
    let currency = terms.currency;
    let mut out = String::new();
    for scenario in scenarios {
        out.push_str(&format!(
            "{}: {}\n",
            scenario.meta.id.as_str(),
            scenario.meta.name.show(lang)
        ));
    }
    out.push('\n');
    let mut lines = vec![header(scenarios, tr(lang, "stats-figure"))];
    for row in rows(figures, terms, lang) {
        let mut line = vec![row.label.clone()];
        for (at, value) in row.values.iter().enumerate() {
            line.push(shown(*value, row.percent, row.money, lang));
            if at > 0 {
                line.push(delta(row.values[0], *value, row.percent, row.money, lang));
            }
        }
        lines.push(line);
    }
    out.push_str(&table(&lines));

    out.push_str(&format!("\n{}\n", tr(lang, "stats-per-unit")));
    let mut lines = vec![header(scenarios, tr(lang, "stats-unit-figures"))];
    let index = unit_index(figures);
    for (id, depth) in unit_rows(figures) {
        let mut line = vec![format!(
            "{}{}",
            "  ".repeat(depth),
            unit_label(scenarios, id, lang)
        )];
        let cell = |u: Option<&UnitFigures>| {
            u.map_or_else(
                || "–".to_owned(),
                |u| {
                    format!(
                        "{} / {} / {} / {} / {}",
                        u.totals.positions,
                        format_number(u.totals.fte, lang),
                        format_money(u.totals.cost, currency, lang),
                        u.layers,
                        u.span.max
                    )
                },
            )
        };
        let first = index.first().and_then(|units| units.get(id).copied());
        for (at, units) in index.iter().enumerate() {
            let unit = units.get(id).copied();
            line.push(cell(unit));
            if at > 0 {
                let d = match (first, unit) {
                    (Some(a), Some(b)) => format_delta(b.totals.fte - a.totals.fte, lang),
                    _ => "–".to_owned(),
                };
                line.push(d);
            }
        }
        lines.push(line);
    }
    out.push_str(&table(&lines));
    let limit_lines: Vec<String> = scenarios
        .iter()
        .zip(figures)
        .filter(|(_, f)| !f.span.over_limit.is_empty())
        .map(|(s, f)| {
            let names: Vec<String> = f
                .span
                .over_limit
                .iter()
                .map(|id| unit_label(&[s], id, lang))
                .collect();
            format!("{}: {}", s.meta.id.as_str(), names.join(", "))
        })
        .collect();
    if !limit_lines.is_empty() {
        out.push_str(&format!("\n{}\n", tr(lang, "stats-span-over-limit")));
        for line in limit_lines {
            out.push_str(&format!("  {line}\n"));
        }
    }
    let demands = demands(scenarios);
    let lines = demand_text(scenarios, &demands, terms, lang);
    if !lines.is_empty() {
        out.push_str(&format!("\n{}\n", tr(lang, "demand-title")));
        out.push_str(&table(&lines));
        let over = over_capacity_lines(scenarios, &demands, terms, lang);
        out.push_str(&format!("\n{}\n", tr(lang, "demand-over-title")));
        if over.is_empty() {
            out.push_str(&format!("  {}\n", tr(lang, "demand-none-over")));
        }
        for line in over {
            out.push_str(&format!("  {line}\n"));
        }
    }
    out
}

fn plain(value: Option<f64>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

fn csv(
    scenarios: &[&Scenario],
    figures: &[Figures],
    terms: Terms<'_>,
    lang: Lang,
) -> Result<String, csv::Error> {
    let currency = terms.currency;
    let mut header = vec![
        "figure".to_owned(),
        "unit_id".to_owned(),
        "label".to_owned(),
    ];
    for (at, scenario) in scenarios.iter().enumerate() {
        header.push(scenario.meta.id.as_str().to_owned());
        if at > 0 {
            header.push(format!("delta_{}", scenario.meta.id.as_str()));
        }
    }
    let mut records = vec![header];
    let mut push = |figure: &str, unit: &str, label: String, values: &[Option<f64>]| {
        let mut record = vec![figure.to_owned(), unit.to_owned(), label];
        for (at, value) in values.iter().enumerate() {
            record.push(plain(*value));
            if at > 0 {
                record.push(plain(difference(values.first().copied().flatten(), *value)));
            }
        }
        records.push(record);
    };
    for row in rows(figures, terms, lang) {
        let label = sheet_label(&row.label, &row.code, currency);
        push(&row.code, "", label, &row.values);
    }
    let index = unit_index(figures);
    for (id, _) in unit_rows(figures) {
        let label = unit_label(scenarios, id, lang);
        let units: Vec<Option<&UnitFigures>> =
            index.iter().map(|units| units.get(id).copied()).collect();
        for (code, values) in unit_measures(&units) {
            push(&format!("unit.{code}"), id.as_str(), label.clone(), &values);
        }
    }
    for (code, unit, label, values) in demand_csv_rows(scenarios, &demands(scenarios), lang) {
        push(&code, unit.as_str(), label, &values);
    }
    csv_text(records)
}

/// The figures of `scenarios` (already computed, same order) as a workbook in `lang`: a sheet of
/// the whole organisation's figures and one of each unit's, a column for each scenario and for
/// each delta against the first, numbers as numbers (shares as percentages), the header row
/// frozen and repeated on every printed page.
///
/// # Errors
/// When the workbook cannot be written.
pub fn stats_xlsx(
    scenarios: &[&Scenario],
    figures: &[Figures],
    terms: Terms<'_>,
    lang: Lang,
) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    // A fixed date keeps the file the same bytes for the same plan.
    let created = ExcelDateTime::from_ymd(2000, 1, 1)?;
    workbook.set_properties(
        &DocProperties::new()
            .set_title(tr(lang, "panel-figures"))
            .set_creation_datetime(&created),
    );
    stats_sheets(&mut workbook, scenarios, figures, terms, lang)?;
    workbook.save_to_buffer()
}

/// The figures' two sheets (the whole organisation's, each unit's), added to `workbook`.
///
/// # Errors
/// When a sheet cannot be written.
pub fn stats_sheets(
    workbook: &mut Workbook,
    scenarios: &[&Scenario],
    figures: &[Figures],
    terms: Terms<'_>,
    lang: Lang,
) -> Result<(), XlsxError> {
    let currency = terms.currency;
    let bold = Format::new().set_bold();
    let percent = Format::new().set_num_format("0.0 %");
    let number = Format::new().set_num_format("#,##0.##");
    let columns: Vec<String> = header(scenarios, String::new())
        .into_iter()
        .skip(1)
        .collect();
    let write_values = |sheet: &mut Worksheet,
                        r: u32,
                        first_col: u16,
                        values: &[Option<f64>],
                        is_percent: bool|
     -> Result<(), XlsxError> {
        let format = if is_percent { &percent } else { &number };
        let mut col = first_col;
        for (at, value) in values.iter().enumerate() {
            let cells = if at == 0 {
                vec![*value]
            } else {
                vec![
                    *value,
                    difference(values.first().copied().flatten(), *value),
                ]
            };
            for cell in cells {
                if let Some(v) = cell {
                    sheet.write_number_with_format(r, col, v, format)?;
                }
                col += 1;
            }
        }
        Ok(())
    };

    let sheet = workbook.add_worksheet();
    sheet.set_name(tr(lang, "stats-figure"))?;
    sheet.write_string_with_format(0, 0, tr(lang, "stats-figure"), &bold)?;
    for (col, title) in (1u16..).zip(&columns) {
        sheet.write_string_with_format(0, col, title, &bold)?;
    }
    sheet.set_freeze_panes(1, 1)?;
    sheet.set_repeat_rows(0, 0)?;
    let all = rows(figures, terms, lang);
    for (r, row) in (1u32..).zip(&all) {
        sheet.write_string(r, 0, sheet_label(&row.label, &row.code, currency))?;
        write_values(sheet, r, 1, &row.values, row.percent)?;
    }
    sheet.autofit();

    let labels: HashMap<&str, String> = all
        .iter()
        .map(|row| {
            let label = sheet_label(&row.label, &row.code, currency);
            (row.code.as_str(), label)
        })
        .collect();
    let sheet = workbook.add_worksheet();
    sheet.set_name(tr(lang, "stats-per-unit-sheet"))?;
    sheet.write_string_with_format(0, 0, tr(lang, "stats-unit-figures"), &bold)?;
    sheet.write_string_with_format(0, 1, tr(lang, "stats-figure"), &bold)?;
    for (col, title) in (2u16..).zip(&columns) {
        sheet.write_string_with_format(0, col, title, &bold)?;
    }
    sheet.set_freeze_panes(1, 2)?;
    sheet.set_repeat_rows(0, 0)?;
    let index = unit_index(figures);
    let mut r = 1u32;
    for (id, depth) in unit_rows(figures) {
        let label = format!("{}{}", "  ".repeat(depth), unit_label(scenarios, id, lang));
        let units: Vec<Option<&UnitFigures>> =
            index.iter().map(|units| units.get(id).copied()).collect();
        for (code, values) in unit_measures(&units) {
            sheet.write_string(r, 0, &label)?;
            sheet.write_string(r, 1, labels.get(code.as_str()).unwrap_or(&code))?;
            write_values(sheet, r, 2, &values, code.ends_with("_share"))?;
            r += 1;
        }
    }
    sheet.autofit();
    Ok(())
}

fn totals_json(t: &Totals) -> Json {
    let capacity: Map<String, Json> = t
        .capacity
        .iter()
        .map(|(k, v)| (k.clone(), json!(v)))
        .collect();
    json!({
        "positions": t.positions,
        "filled": t.filled,
        "vacant": t.vacant,
        "left_unfilled": t.left_unfilled,
        "fte": t.fte,
        "headcount": t.headcount,
        "cost": t.cost,
        "admin_fte": t.admin_fte,
        "admin_cost": t.admin_cost,
        "admin_fte_share": t.admin_fte_share(),
        "admin_cost_share": t.admin_cost_share(),
        "capacity": capacity,
    })
}

/// The figures `code → b - a` of the `at`th scenario against the first, of those defined in
/// both.
fn deltas<'a>(rows: impl Iterator<Item = (&'a str, &'a [Option<f64>])>, at: usize) -> Json {
    let map: Map<String, Json> = rows
        .filter_map(|(code, values)| {
            let d = difference(
                values.first().copied().flatten(),
                values.get(at).copied().flatten(),
            )?;
            Some((code.to_owned(), json!(d)))
        })
        .collect();
    Json::Object(map)
}

fn json(scenarios: &[&Scenario], figures: &[Figures], terms: Terms<'_>) -> String {
    let currency = terms.currency;
    let rows = rows(figures, terms, Lang::En);
    let demands = demands(scenarios);
    let index = unit_index(figures);
    let list: Vec<Json> = scenarios
        .iter()
        .zip(figures)
        .enumerate()
        .map(|(at, (scenario, f))| {
            let per_unit: Vec<Json> = f
                .per_unit
                .iter()
                .map(|u| {
                    let mut unit = json!({
                        "id": u.id.as_str(),
                        "depth": u.depth,
                        "units": u.units,
                        "teams": u.teams,
                        "totals": totals_json(&u.totals),
                        "layers": u.layers,
                        "span": {
                            "supervisors": u.span.supervisors,
                            "mean": u.span.mean,
                            "median": u.span.median,
                            "max": u.span.max,
                            "over_limit": u.span.over_limit,
                        },
                        "cost_rest_of_year": u.cost_rest_of_year,
                    });
                    if at > 0
                        && let Some(first) = index.first().and_then(|units| units.get(&u.id))
                    {
                        let measures = unit_measures(&[Some(*first), Some(u)]);
                        unit["deltas"] =
                            deltas(measures.iter().map(|(c, v)| (c.as_str(), v.as_slice())), 1);
                    }
                    unit
                })
                .collect();
            let mut object = json!({
                "id": scenario.meta.id.as_str(),
                "units": f.units,
                "teams": f.teams,
                "groups": f.groups,
                "totals": totals_json(&f.totals),
                "layers": f.layers,
                "span": {
                    "supervisors": f.span.supervisors,
                    "mean": f.span.mean,
                    "median": f.span.median,
                    "max": f.span.max,
                    "over_limit": f.span.over_limit.iter().map(NodeId::as_str).collect::<Vec<_>>(),
                },
                "cost_rest_of_year": f.cost_rest_of_year,
                "per_unit": per_unit,
                "demand": demand_json(&demands[at]),
            });
            if at > 0 {
                object["deltas"] = deltas(
                    rows.iter().map(|r| (r.code.as_str(), r.values.as_slice())),
                    at,
                );
            }
            object
        })
        .collect();
    let document = json!({
        "format": "orgplan-stats",
        "version": 1,
        "currency": currency.code(),
        "scenarios": list,
    });
    let mut text = serde_json::to_string_pretty(&document).unwrap_or_default();
    text.push('\n');
    text
}
