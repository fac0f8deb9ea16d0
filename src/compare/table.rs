//! The figures of several scenarios as a table a window shows and a spreadsheet takes: one row a
//! figure, a column for each scenario and for each delta against the first, the whole
//! organisation and then each unit (in the structure's order, to be opened one by one), with
//! what needs a planner's eye highlighted: supervisors over the span limit and tasks that lost
//! their owner.

use super::Figures;
use super::stats::{
    Row, difference, header, is_money, rows, sheet_label, shown, unit_index, unit_label,
    unit_measures, unit_rows,
};
use crate::analysis::{CheckOptions, ProblemCode, check};
use crate::i18n::{Currency, Lang, format_delta, format_money_delta, tr};
use crate::model::measure::Terms;
use crate::model::{NodeId, Scenario};

/// One figure across the scenarios.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureRow {
    /// The figure's stable name (`fte`, `span_over_limit`, `capacity.pupils`).
    pub code: String,
    /// Its name in the table's language.
    pub label: String,
    /// Its value in each scenario (`None`: not defined there).
    pub values: Vec<Option<f64>>,
    /// A share, shown as a percentage.
    pub percent: bool,
    /// An amount of money, in this currency.
    pub money: Option<Currency>,
    /// Needs attention: a supervisor over the span limit, a task without an owner.
    pub highlight: bool,
}

impl FigureRow {
    fn of(row: Row) -> FigureRow {
        let highlight = matches!(row.code.as_str(), "span_over_limit" | "tasks_without_owner")
            && row.values.iter().flatten().any(|v| *v > 0.0);
        FigureRow {
            code: row.code,
            label: row.label,
            values: row.values,
            percent: row.percent,
            money: row.money,
            highlight,
        }
    }

    /// The cells after the label: each scenario's value, and after each but the first its
    /// delta against the first.
    #[must_use]
    pub fn cells(&self) -> Vec<Option<f64>> {
        let first = self.values.first().copied().flatten();
        let mut cells = Vec::with_capacity(self.values.len() * 2);
        for (at, value) in self.values.iter().enumerate() {
            cells.push(*value);
            if at > 0 {
                cells.push(difference(first, *value));
            }
        }
        cells
    }

    /// The cells as the table's language writes them (`–` where there is nothing), amounts
    /// with their currency (`52 000 €`).
    #[must_use]
    pub fn texts(&self, lang: Lang) -> Vec<String> {
        self.written(self.money, lang)
    }

    /// The cells written with amounts in `money` (`None`: bare numbers).
    fn written(&self, money: Option<Currency>, lang: Lang) -> Vec<String> {
        let cells = self.cells();
        cells
            .iter()
            .enumerate()
            .map(|(col, cell)| {
                // Columns 2, 4, ... are the deltas against the first scenario.
                let is_delta = col > 0 && col % 2 == 0;
                match (*cell, is_delta) {
                    (Some(d), true) if self.percent => {
                        format!(
                            "{} {}",
                            format_delta((d * 1000.0).round() / 10.0, lang),
                            tr(lang, "stats-points")
                        )
                    }
                    (Some(d), true) => {
                        let d = (d * 100.0).round() / 100.0;
                        match money {
                            Some(currency) => format_money_delta(d, currency, lang),
                            None => format_delta(d, lang),
                        }
                    }
                    (value, false) => shown(value, self.percent, money, lang),
                    (None, true) => "–".to_owned(),
                }
            })
            .collect()
    }
}

/// One unit's figures across the scenarios.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitRows {
    /// The unit.
    pub id: NodeId,
    /// Its depth in the structure (0 for a root).
    pub depth: usize,
    /// Its name, from the latest scenario that has it.
    pub label: String,
    /// Its figures.
    pub rows: Vec<FigureRow>,
}

/// The figures table.
#[derive(Clone, Debug, PartialEq)]
pub struct FiguresTable {
    /// The column headings after the label column: the scenarios' ids and `Δ id`.
    pub columns: Vec<String>,
    /// The whole organisation's figures.
    pub rows: Vec<FigureRow>,
    /// Each unit's, in the structure's order.
    pub units: Vec<UnitRows>,
}

impl FiguresTable {
    /// The table of `scenarios`, whose figures are `figures` (same order), in `lang`, its
    /// amounts in the plan's currency and its measures by their names.
    #[must_use]
    pub fn new(
        scenarios: &[&Scenario],
        figures: &[Figures],
        terms: Terms<'_>,
        lang: Lang,
    ) -> FiguresTable {
        let currency = terms.currency;
        let mut all = rows(figures, terms, lang);
        let orphaned: Vec<Option<f64>> = scenarios
            .iter()
            .map(|s| {
                let count = check(s, &CheckOptions::default())
                    .iter()
                    .filter(|p| p.code == ProblemCode::TaskNoOwner)
                    .count();
                Some(f64::from(u32::try_from(count).unwrap_or(u32::MAX)))
            })
            .collect();
        all.push(Row {
            code: "tasks_without_owner".to_owned(),
            label: tr(lang, "stats-tasks-without-owner"),
            values: orphaned,
            percent: false,
            money: None,
        });
        let labels: Vec<(String, String)> = all
            .iter()
            .map(|r| (r.code.clone(), r.label.clone()))
            .collect();
        let index = unit_index(figures);
        let units = unit_rows(figures)
            .into_iter()
            .map(|(id, depth)| {
                let found: Vec<_> = index.iter().map(|u| u.get(id).copied()).collect();
                let rows = unit_measures(&found)
                    .into_iter()
                    .map(|(code, values)| {
                        let label = labels
                            .iter()
                            .find(|(c, _)| *c == code)
                            .map_or_else(|| code.clone(), |(_, l)| l.clone());
                        let percent = code.ends_with("_share");
                        let money = is_money(&code).then_some(currency);
                        FigureRow::of(Row {
                            code,
                            label,
                            values,
                            percent,
                            money,
                        })
                    })
                    .collect();
                UnitRows {
                    id: id.clone(),
                    depth,
                    label: unit_label(scenarios, id, lang),
                    rows,
                }
            })
            .collect();
        FiguresTable {
            columns: header(scenarios, String::new())
                .into_iter()
                .skip(1)
                .collect(),
            rows: all.into_iter().map(FigureRow::of).collect(),
            units,
        }
    }

    /// Whether any unit needs attention.
    #[must_use]
    pub fn unit_highlighted(&self, unit: &UnitRows) -> bool {
        unit.rows.iter().any(|r| r.highlight)
    }

    /// The units in the order of one figure's value in one column (`column` counts the cells
    /// after the label), largest first when `descending`; units without the value last.
    #[must_use]
    pub fn units_sorted_by(&self, code: &str, column: usize, descending: bool) -> Vec<&UnitRows> {
        let value = |unit: &UnitRows| {
            unit.rows
                .iter()
                .find(|r| r.code == code)
                .and_then(|r| r.cells().get(column).copied().flatten())
        };
        let mut units: Vec<&UnitRows> = self.units.iter().collect();
        units.sort_by(|a, b| match (value(a), value(b)) {
            (Some(x), Some(y)) if descending => y.total_cmp(&x),
            (Some(x), Some(y)) => x.total_cmp(&y),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        });
        units
    }

    /// The table as tab-separated text, for the clipboard: a spreadsheet pastes it into cells.
    /// Numbers as the language writes them, amounts bare with the currency in the figure's
    /// name (a spreadsheet keeps them numbers); the units follow the whole, each figure a line.
    #[must_use]
    pub fn to_tsv(&self, lang: Lang) -> String {
        let clean = |text: &str| text.replace(['\t', '\n', '\r'], " ");
        let mut out = String::new();
        let mut line = |cells: Vec<String>| {
            out.push_str(&cells.join("\t"));
            out.push('\n');
        };
        let mut head = vec![tr(lang, "stats-figure")];
        head.extend(self.columns.iter().cloned());
        line(head.clone());
        let label = |row: &FigureRow| match row.money {
            Some(currency) => clean(&sheet_label(&row.label, &row.code, currency)),
            None => clean(&row.label),
        };
        for row in &self.rows {
            let mut cells = vec![label(row)];
            cells.extend(row.written(None, lang));
            line(cells);
        }
        line(Vec::new());
        let mut head = vec![tr(lang, "stats-unit-figures"), String::new()];
        head.extend(self.columns.iter().cloned());
        line(head);
        for unit in &self.units {
            for row in &unit.rows {
                let mut cells = vec![clean(&unit.label), label(row)];
                cells.extend(row.written(None, lang));
                line(cells);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::figures;
    use crate::examples::{Example, load};
    use crate::model::{Command, Edit, apply};

    fn table(lang: Lang) -> FiguresTable {
        let mut plan = load(Example::Kouvola).unwrap();
        let id = |text: &str| NodeId::new(text).unwrap();
        // The growth-support head's task goes back to the post that will not be filled.
        let edit = Edit::MoveTask {
            task: id("t-kt-johto"),
            to: id("kt-paallikko"),
            at: None,
        };
        let scenario = id("decided");
        apply(&mut plan, Command { scenario, edit }).unwrap();
        let chosen = [plan.baseline(), plan.find_scenario("decided").unwrap()];
        let all: Vec<Figures> = chosen.iter().map(|s| figures(s, 8)).collect();
        FiguresTable::new(&chosen, &all, plan.terms(), lang)
    }

    #[test]
    fn each_row_has_a_value_per_scenario_and_a_delta_per_later_one() {
        let t = table(Lang::En);
        assert_eq!(t.columns, ["baseline", "decided", "Δ decided"]);
        for row in &t.rows {
            assert_eq!(row.cells().len(), 3, "{}", row.code);
            assert_eq!(row.texts(Lang::En).len(), 3);
        }
        let posts = t.rows.iter().find(|r| r.code == "positions").unwrap();
        let cells = posts.cells();
        assert_eq!(cells[2], Some(cells[1].unwrap() - cells[0].unwrap()));
        assert!(t.units.len() > 5);
    }

    #[test]
    fn tasks_that_lost_their_owner_are_counted_and_highlighted() {
        let t = table(Lang::En);
        let row = t
            .rows
            .iter()
            .find(|r| r.code == "tasks_without_owner")
            .unwrap();
        assert_eq!(row.highlight, row.values.iter().flatten().any(|v| *v > 0.0));
        let quiet = t.rows.iter().find(|r| r.code == "fte").unwrap();
        assert!(!quiet.highlight);
    }

    #[test]
    fn the_clipboard_text_has_one_line_a_figure_and_the_same_cells_a_line() {
        let t = table(Lang::Fi);
        let tsv = t.to_tsv(Lang::Fi);
        let first: Vec<&str> = tsv.lines().next().unwrap().split('\t').collect();
        assert_eq!(first.len(), 4);
        for line in tsv.lines().skip(1).take(t.rows.len()) {
            assert_eq!(line.split('\t').count(), 4, "{line}");
        }
        // Finnish decimals: a comma, never a tab inside a cell.
        assert!(tsv.lines().all(|l| l.split('\t').count() <= 5));
    }

    #[test]
    fn units_sort_by_a_figure_in_a_column_with_missing_values_last() {
        let t = table(Lang::En);
        let sorted = t.units_sorted_by("fte", 1, true);
        let values: Vec<Option<f64>> = sorted
            .iter()
            .map(|u| {
                u.rows
                    .iter()
                    .find(|r| r.code == "fte")
                    .and_then(|r| r.cells()[1])
            })
            .collect();
        let present: Vec<f64> = values.iter().flatten().copied().collect();
        assert!(present.windows(2).all(|w| w[0] >= w[1]), "{values:?}");
        let first_none = values
            .iter()
            .position(Option::is_none)
            .unwrap_or(values.len());
        assert!(values[first_none..].iter().all(Option::is_none));
    }
}
