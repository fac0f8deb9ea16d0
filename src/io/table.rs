//! A scenario as a table for spreadsheets: one row per node with its fields and figures under
//! orgplan's own CSV column names, so that it imports back with no mapping; written as CSV for
//! Excel (a byte-order mark; `;` and decimal commas for Finnish and Swedish Excel) or as xlsx.

use std::collections::BTreeSet;

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, XlsxError};

use crate::i18n::Lang;
use crate::model::{Node, Plan, Relation, Role, Scenario};

/// A cell: text, or a number kept as a number.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Text (empty: nothing).
    Text(String),
    /// A figure.
    Number(f64),
}

/// A scenario's table: the header and a row per node, in the scenario's order.
#[derive(Clone, Debug, PartialEq)]
pub struct NodeTable {
    /// The column names, as `orgplan import` reads them.
    pub header: Vec<String>,
    /// The rows.
    pub rows: Vec<Vec<Cell>>,
}

/// How a CSV is written: its separator and its decimal mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CsvStyle {
    /// The field separator.
    pub delimiter: u8,
    /// Whether numbers have a decimal comma.
    pub decimal_comma: bool,
}

impl CsvStyle {
    /// Commas and decimal points.
    pub const PLAIN: CsvStyle = CsvStyle {
        delimiter: b',',
        decimal_comma: false,
    };

    /// As Excel in `lang` opens a CSV on a double-click: `;` and decimal commas for Finnish and
    /// Swedish, `,` and points for English.
    #[must_use]
    pub fn excel(lang: Lang) -> CsvStyle {
        match lang {
            Lang::Fi | Lang::Sv => CsvStyle {
                delimiter: b';',
                decimal_comma: true,
            },
            Lang::En => CsvStyle::PLAIN,
        }
    }
}

const FIXED: [&str; 23] = [
    "id",
    "parent",
    "kind",
    "name",
    "name_sv",
    "name_en",
    "title",
    "title_sv",
    "title_en",
    "holder",
    "status",
    "fte",
    "headcount",
    "cost",
    "cost_centre",
    "work",
    "body",
    "heads",
    "reports_to",
    "serves",
    "member_of",
    "assistant_to",
    // Kept last: the capacity and forecast columns follow.
    "",
];

/// The table of `scenario` of `plan`; without personal data when `redact`.
#[must_use]
pub fn node_table(plan: &Plan, scenario: &Scenario, redact: bool) -> NodeTable {
    let capacity: BTreeSet<&String> = scenario.nodes().flat_map(|n| n.capacity.keys()).collect();
    let forecast: BTreeSet<(&String, u16)> = scenario
        .nodes()
        .flat_map(|n| {
            n.forecast
                .iter()
                .flat_map(|(key, years)| years.keys().map(move |y| (key, *y)))
        })
        .collect();
    // The plan's measures first, in its order, then keys it does not name.
    let mut keys: Vec<&String> = plan
        .measures
        .iter()
        .map(|m| &m.key)
        .filter(|k| capacity.contains(k))
        .collect();
    let named: BTreeSet<&String> = keys.iter().copied().collect();
    keys.extend(capacity.iter().filter(|k| !named.contains(*k)));
    let mut header: Vec<String> = FIXED
        .iter()
        .filter(|c| !c.is_empty())
        .map(|c| (*c).to_owned())
        .collect();
    header.extend(keys.iter().map(|k| format!("capacity.{k}")));
    header.extend(forecast.iter().map(|(k, y)| format!("forecast.{k}.{y}")));
    let rows = scenario
        .nodes()
        .map(|node| {
            let mut row = fixed_cells(scenario, node, redact);
            for key in &keys {
                row.push(number(node.capacity.get(*key).copied()));
            }
            for (key, year) in &forecast {
                let value = node.forecast.get(*key).and_then(|f| f.get(year)).copied();
                row.push(number(value));
            }
            row
        })
        .collect();
    NodeTable { header, rows }
}

fn text(value: Option<&str>) -> Cell {
    Cell::Text(value.unwrap_or_default().to_owned())
}

fn number(value: Option<f64>) -> Cell {
    value.map_or(Cell::Text(String::new()), Cell::Number)
}

fn ids(scenario: &Scenario, node: &Node, relation: Relation) -> Cell {
    let targets: Vec<String> = scenario
        .edges_from(&node.id)
        .into_iter()
        .filter(|e| e.relation == relation)
        .map(|e| e.to.as_str().to_owned())
        .collect();
    Cell::Text(targets.join(";"))
}

fn fixed_cells(scenario: &Scenario, node: &Node, redact: bool) -> Vec<Cell> {
    vec![
        text(Some(node.id.as_str())),
        text(scenario.parent(&node.id).map(|p| p.as_str())),
        text(Some(node.kind.code())),
        text(node.name.fi.as_deref()),
        text(node.name.sv.as_deref()),
        text(node.name.en.as_deref()),
        text(node.title.fi.as_deref()),
        text(node.title.sv.as_deref()),
        text(node.title.en.as_deref()),
        text(node.holder.as_deref().filter(|_| !redact)),
        text(Some(node.status.code())),
        number(node.fte),
        number(node.headcount.map(f64::from)),
        number(node.cost),
        text(node.cost_centre.as_deref()),
        text(node.work.map(crate::model::WorkTag::code)),
        text(node.body.as_deref()),
        ids(scenario, node, Relation::Heads),
        ids(scenario, node, Relation::ReportsTo),
        ids(scenario, node, Relation::Serves),
        memberships(scenario, node),
        ids(scenario, node, Relation::AssistantTo),
    ]
}

/// The groups a node is a member of, each with its role unless an ordinary member:
/// `ohjausryhma:chair;tyoryhma`.
fn memberships(scenario: &Scenario, node: &Node) -> Cell {
    let groups: Vec<String> = scenario
        .edges_from(&node.id)
        .into_iter()
        .filter_map(|e| match e.relation {
            Relation::MemberOf(Role::Member) => Some(e.to.as_str().to_owned()),
            Relation::MemberOf(role) => Some(format!("{}:{}", e.to.as_str(), role.code())),
            _ => None,
        })
        .collect();
    Cell::Text(groups.join(";"))
}

/// The table as CSV in `style`, with a byte-order mark so that Excel reads it as UTF-8.
///
/// # Errors
/// Never in practice (writing to memory); the CSV writer's error is passed on.
pub fn table_csv(table: &NodeTable, style: CsvStyle) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(style.delimiter)
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    writer.write_record(&table.header)?;
    for row in &table.rows {
        let cells = row.iter().map(|cell| match cell {
            Cell::Text(text) => text.clone(),
            Cell::Number(v) if style.decimal_comma => v.to_string().replace('.', ","),
            Cell::Number(v) => v.to_string(),
        });
        writer.write_record(cells)?;
    }
    writer
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))
}

/// The table as a workbook of one sheet: the header row bold and frozen, numbers as numbers,
/// the columns as wide as their contents.
///
/// # Errors
/// When the workbook cannot be written.
pub fn table_xlsx(table: &NodeTable, sheet_name: &str) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    // A fixed date keeps the file the same bytes for the same plan (the clock's would not).
    let created = ExcelDateTime::from_ymd(2000, 1, 1)?;
    workbook.set_properties(&DocProperties::new().set_creation_datetime(&created));
    let bold = Format::new().set_bold();
    let sheet = workbook.add_worksheet();
    sheet.set_name(sheet_name)?;
    for (col, title) in (0u16..).zip(&table.header) {
        sheet.write_string_with_format(0, col, title, &bold)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    for (r, row) in (1u32..).zip(&table.rows) {
        for (col, cell) in (0u16..).zip(row) {
            match cell {
                Cell::Text(text) if text.is_empty() => {}
                Cell::Text(text) => {
                    sheet.write_string(r, col, text)?;
                }
                Cell::Number(v) => {
                    sheet.write_number(r, col, *v)?;
                }
            }
        }
    }
    sheet.autofit();
    workbook.save_to_buffer()
}
