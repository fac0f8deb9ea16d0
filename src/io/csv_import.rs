//! CSV import: `id,parent,kind,name` plus optional columns (among them `capacity.KEY` and
//! `forecast.KEY.YEAR`, one for each measure and year), every bad row reported.
//!
//! Rows become a baseline scenario through the same [`Edit`]s the GUI uses; nothing is written
//! when any row is bad.

use std::collections::HashMap;

use foldhash::HashSet as FastSet;
use std::ops::Range;
use std::path::{Path, PathBuf};

use super::limits::{
    MAX_ROWS, MAX_TABLE_BYTES, ReadFailure, line_count, read_limited, too_large_message,
};
use super::{decode, sniff_delimiter};
use crate::i18n::{Lang, n, s, tr, tr_args};
use crate::model::measure::valid_key;
use crate::model::{
    CommandError, Edge, Edit, Measure, Names, Node, NodeId, NodeKind, Plan, PostStatus, Relation,
    Role, Scenario, ScenarioMeta, WorkTag,
};

/// The columns every file must have.
pub const REQUIRED_COLUMNS: [&str; 4] = ["id", "parent", "kind", "name"];
/// The columns a file may have besides.
pub const OPTIONAL_COLUMNS: [&str; 18] = [
    "title",
    "holder",
    "fte",
    "cost",
    "status",
    "heads",
    "reports_to",
    "serves",
    "name_sv",
    "name_en",
    "body",
    "title_sv",
    "title_en",
    "headcount",
    "cost_centre",
    "work",
    "member_of",
    "assistant_to",
];

/// One bad row (or the header, line 1) of a CSV file.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportError {
    /// The file.
    pub path: PathBuf,
    /// The line (1 is the header; 0 when the file could not be read at all).
    pub line: u64,
    /// What is wrong.
    pub reason: ImportReason,
}

/// What is wrong with a row.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum ImportReason {
    /// The file could not be read.
    Io(String),
    /// The file is larger than orgplan reads (see [`crate::io::limits`]).
    TooLarge {
        /// Its size, in bytes.
        size: u64,
        /// The limit, in bytes.
        limit: u64,
    },
    /// The file has more rows than orgplan reads.
    TooManyRows {
        /// The most rows read.
        limit: usize,
    },
    /// The file is not UTF-8 text or not CSV.
    NotCsv(String),
    /// The header lacks a required column.
    MissingColumn(String),
    /// The header names a column orgplan does not know.
    UnknownColumn(String),
    /// The header names a column twice.
    DuplicateColumn(String),
    /// The row has another number of fields than the header.
    FieldCount {
        /// Fields in the header.
        expected: usize,
        /// Fields in the row.
        found: usize,
    },
    /// The id is empty or has characters ids cannot have.
    BadId(String),
    /// The id is used by an earlier row.
    DuplicateId {
        /// The id.
        id: String,
        /// The line of the first use.
        first_line: u64,
    },
    /// The kind is not one of organisation, unit, team, position, group.
    UnknownKind(String),
    /// The name is empty.
    NoName,
    /// A figure is not a non-negative number.
    BadNumber {
        /// The column.
        column: String,
        /// What the cell holds.
        text: String,
    },
    /// The status is not one of the known ones.
    UnknownStatus(String),
    /// The work tag is neither `core` nor `administration`.
    UnknownWork(String),
    /// A column names an id that no row has.
    UnknownTarget {
        /// The column.
        column: &'static str,
        /// The id.
        id: String,
    },
    /// `heads` or `reports_to` on a row that is not a position.
    NotAPosition(&'static str),
    /// A `member_of` cell names a role orgplan does not know (`group:role`).
    UnknownRole(String),
    /// The model refused the row (a cycle, an impossible relation).
    Refused(CommandError),
}

impl ImportError {
    /// `FILE:LINE: reason` in `lang`.
    #[must_use]
    pub fn display(&self, lang: Lang) -> String {
        let path = self.path.display();
        if self.line == 0 {
            format!("{path}: {}", self.reason.message(lang))
        } else {
            format!("{path}:{}: {}", self.line, self.reason.message(lang))
        }
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.display(Lang::En))
    }
}

impl std::error::Error for ImportError {}

impl ImportReason {
    /// The reason in `lang`.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ImportReason::Io(e) => tr_args(lang, "load-io", &[("reason", s(e))]),
            ImportReason::TooLarge { size, limit } => too_large_message(lang, *size, *limit),
            ImportReason::TooManyRows { limit } => {
                tr_args(lang, "file-too-many-rows", &[("limit", n(*limit))])
            }
            ImportReason::NotCsv(e) => tr_args(lang, "csv-not-csv", &[("detail", s(e))]),
            ImportReason::MissingColumn(c) => {
                tr_args(lang, "csv-missing-column", &[("column", s(c))])
            }
            ImportReason::UnknownColumn(c) => tr_args(
                lang,
                "csv-unknown-column",
                &[
                    ("column", s(c)),
                    (
                        "allowed",
                        s(REQUIRED_COLUMNS
                            .iter()
                            .chain(&OPTIONAL_COLUMNS)
                            .chain(&["capacity.KEY", "forecast.KEY.YEAR"])
                            .copied()
                            .collect::<Vec<_>>()
                            .join(", ")),
                    ),
                ],
            ),
            ImportReason::DuplicateColumn(c) => {
                tr_args(lang, "csv-duplicate-column", &[("column", s(c))])
            }
            ImportReason::FieldCount { expected, found } => tr_args(
                lang,
                "csv-field-count",
                &[("expected", n(*expected)), ("found", n(*found))],
            ),
            ImportReason::BadId(id) => tr_args(lang, "csv-bad-id", &[("id", s(id))]),
            ImportReason::DuplicateId { id, first_line } => tr_args(
                lang,
                "csv-duplicate-id",
                &[("id", s(id)), ("line", s(first_line.to_string()))],
            ),
            ImportReason::UnknownKind(k) => tr_args(lang, "csv-unknown-kind", &[("kind", s(k))]),
            ImportReason::NoName => tr(lang, "csv-no-name"),
            ImportReason::BadNumber { column, text } => tr_args(
                lang,
                "csv-bad-number",
                &[("column", s(column.as_str())), ("text", s(text))],
            ),
            ImportReason::UnknownWork(t) => tr_args(lang, "csv-unknown-work", &[("work", s(t))]),
            ImportReason::UnknownStatus(t) => tr_args(
                lang,
                "csv-unknown-status",
                &[
                    ("status", s(t)),
                    (
                        "allowed",
                        s(PostStatus::ALL.map(PostStatus::code).join(", ")),
                    ),
                ],
            ),
            ImportReason::UnknownTarget { column, id } => tr_args(
                lang,
                "csv-unknown-target",
                &[("column", s(*column)), ("id", s(id))],
            ),
            ImportReason::UnknownRole(role) => tr_args(
                lang,
                "csv-unknown-role",
                &[
                    ("role", s(role)),
                    ("allowed", s(Role::ALL.map(Role::code).join(", "))),
                ],
            ),
            ImportReason::NotAPosition(column) => {
                tr_args(lang, "csv-not-a-position", &[("column", s(*column))])
            }
            ImportReason::Refused(e) => e.message(lang),
        }
    }
}

/// The bad rows found so far.
struct Report<'a> {
    path: &'a Path,
    errors: Vec<ImportError>,
}

impl Report<'_> {
    fn bad(&mut self, line: u64, reason: ImportReason) {
        self.errors.push(ImportError {
            path: self.path.to_owned(),
            line,
            reason,
        });
    }

    /// The errors by line; a row's own errors keep their order.
    fn sorted(mut self) -> Vec<ImportError> {
        self.errors.sort_by_key(|e| e.line);
        self.errors
    }
}

/// Where each known column is in the file, looked up once from the header and not per cell.
struct At {
    id: Option<usize>,
    parent: Option<usize>,
    kind: Option<usize>,
    name: Option<usize>,
    title: Option<usize>,
    holder: Option<usize>,
    fte: Option<usize>,
    cost: Option<usize>,
    status: Option<usize>,
    heads: Option<usize>,
    reports_to: Option<usize>,
    serves: Option<usize>,
    name_sv: Option<usize>,
    name_en: Option<usize>,
    body: Option<usize>,
    title_sv: Option<usize>,
    title_en: Option<usize>,
    headcount: Option<usize>,
    cost_centre: Option<usize>,
    work: Option<usize>,
    member_of: Option<usize>,
    assistant_to: Option<usize>,
}

impl At {
    fn new(columns: &HashMap<&'static str, usize>) -> At {
        let at = |name: &str| columns.get(name).copied();
        At {
            id: at("id"),
            parent: at("parent"),
            kind: at("kind"),
            name: at("name"),
            title: at("title"),
            holder: at("holder"),
            fte: at("fte"),
            cost: at("cost"),
            status: at("status"),
            heads: at("heads"),
            reports_to: at("reports_to"),
            serves: at("serves"),
            name_sv: at("name_sv"),
            name_en: at("name_en"),
            body: at("body"),
            title_sv: at("title_sv"),
            title_en: at("title_en"),
            headcount: at("headcount"),
            cost_centre: at("cost_centre"),
            work: at("work"),
            member_of: at("member_of"),
            assistant_to: at("assistant_to"),
        }
    }
}

/// What links a row's node to others, kept while the nodes are added: its cells' places in the
/// rows' shared reference text (an empty place for an empty cell).
struct Links {
    line: u64,
    id: NodeId,
    parent: Range<usize>,
    heads: Range<usize>,
    reports_to: Range<usize>,
    serves: Range<usize>,
    member_of: Range<usize>,
    assistant_to: Range<usize>,
}

/// The reference cells of every row, one after another in one text.
#[derive(Default)]
struct Refs(String);

impl Refs {
    fn push(&mut self, cell: Option<&str>) -> Range<usize> {
        let start = self.0.len();
        self.0.push_str(cell.unwrap_or_default());
        start..self.0.len()
    }

    /// The id a cell names (`parent`, `heads`).
    fn one(&self, place: &Range<usize>) -> Option<&str> {
        self.0.get(place.clone()).filter(|text| !text.is_empty())
    }

    /// The ids a list cell names (`reports_to`, `serves`).
    fn list(&self, place: &Range<usize>) -> impl Iterator<Item = &str> {
        let text = self.0.get(place.clone()).unwrap_or_default();
        text.split(';').map(str::trim).filter(|id| !id.is_empty())
    }

    /// The groups a `member_of` cell names, each with its role (roles checked already).
    fn groups(&self, place: &Range<usize>) -> impl Iterator<Item = (&str, Role)> {
        let text = self.0.get(place.clone()).unwrap_or_default();
        memberships(text).map(|(id, role)| (id, role.unwrap_or_default()))
    }
}

/// The groups a `member_of` cell names (`ohjausryhma:chair;tyoryhma`), each with its role
/// (an ordinary member when none is given), or the text of a role that is none.
fn memberships(text: &str) -> impl Iterator<Item = (&str, Result<Role, &str>)> {
    text.split(';')
        .map(str::trim)
        .filter(|m| !m.is_empty())
        .map(|m| match m.split_once(':') {
            None => (m, Ok(Role::Member)),
            Some((group, role)) => {
                let role = role.trim();
                (
                    group.trim(),
                    Role::from_code(&role.to_ascii_lowercase()).ok_or(role),
                )
            }
        })
}

/// Imports the CSV file at `path` as a plan with one baseline scenario named after the file.
///
/// # Errors
/// Every bad row, when there is any.
pub fn import_csv_file(path: &Path) -> Result<Plan, Vec<ImportError>> {
    let bytes = read_limited(path, MAX_TABLE_BYTES).map_err(|e| {
        vec![ImportError {
            path: path.to_owned(),
            line: 0,
            reason: match e {
                ReadFailure::TooLarge { size, limit } => ImportReason::TooLarge { size, limit },
                ReadFailure::Io(reason) => ImportReason::Io(reason),
            },
        }]
    })?;
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    import_csv(&bytes, path, Names::fi(&stem))
}

/// Imports CSV bytes; `path` is only used in messages.
///
/// # Errors
/// Every bad row, when there is any.
pub fn import_csv(bytes: &[u8], path: &Path, plan_name: Names) -> Result<Plan, Vec<ImportError>> {
    // UTF-8 is read as it is; another encoding (Windows-1252 from Excel, UTF-16) is decoded.
    let decoded;
    let bytes = match std::str::from_utf8(bytes) {
        Ok(_) => bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes),
        Err(_) => {
            decoded = decode(bytes).0;
            decoded.as_bytes()
        }
    };
    let delimiter = sniff_delimiter(&String::from_utf8_lossy(bytes));
    let mut report = Report {
        path,
        errors: Vec::new(),
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(bytes);
    let mut header = csv::StringRecord::new();
    match reader.read_record(&mut header) {
        Ok(true) => {}
        Err(e) => {
            report.bad(1, ImportReason::NotCsv(e.to_string()));
            return Err(report.errors);
        }
        Ok(false) => {
            report.bad(1, ImportReason::MissingColumn(REQUIRED_COLUMNS.join(",")));
            return Err(report.errors);
        }
    };
    let mut columns: HashMap<&'static str, usize> = HashMap::new();
    let mut measured: Vec<Measured> = Vec::new();
    for (i, name) in header.iter().enumerate() {
        let name = name.trim();
        if let Some(column) = Measured::of_header(name, i) {
            if measured.iter().any(|m| m.header == name) {
                report.bad(1, ImportReason::DuplicateColumn(name.to_owned()));
            }
            measured.push(column);
            continue;
        }
        let known = REQUIRED_COLUMNS
            .iter()
            .chain(&OPTIONAL_COLUMNS)
            .find(|c| **c == name);
        match known {
            Some(c) if columns.contains_key(c) => {
                report.bad(1, ImportReason::DuplicateColumn(name.to_owned()));
            }
            Some(c) => {
                columns.insert(c, i);
            }
            None => report.bad(1, ImportReason::UnknownColumn(name.to_owned())),
        }
    }
    for required in REQUIRED_COLUMNS {
        if !columns.contains_key(required) {
            report.bad(1, ImportReason::MissingColumn(required.to_owned()));
        }
    }
    if !report.errors.is_empty() {
        return Err(report.errors);
    }
    let at = At::new(&columns);

    // About one row a line: room made once, not grown step by step through 100,000 rows.
    let lines = line_count(bytes);
    // Counted before anything is built: ten million rows would fill the memory first. The
    // header is no row, nor the nothing after a last line break.
    let ends_a_line = matches!(bytes.last(), Some(b'\n' | b'\r'));
    if lines.saturating_sub(1 + usize::from(ends_a_line)) > MAX_ROWS {
        report.bad(0, ImportReason::TooManyRows { limit: MAX_ROWS });
        return Err(report.errors);
    }
    // Good rows go straight into the scenario, and the scenario's own index holds their ids;
    // `first_line` has the line of each, by place. What links them waits for the second pass.
    let mut scenario = baseline(lines);
    let mut first_line: Vec<u64> = Vec::with_capacity(lines);
    let mut links: Vec<Links> = Vec::with_capacity(lines);
    let mut refs = Refs::default();
    // The ids of the bad rows, which references may name too.
    let mut bad_ids: FastSet<NodeId> = FastSet::default();
    // One record read into again and again: the reader's own iterator copies each one out.
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                let line = e.position().map_or(0, csv::Position::line);
                report.bad(line, ImportReason::NotCsv(e.to_string()));
                continue;
            }
        };
        let line = record.position().map_or(0, csv::Position::line);
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if record.len() != header.len() {
            report.bad(
                line,
                ImportReason::FieldCount {
                    expected: header.len(),
                    found: record.len(),
                },
            );
            continue;
        }
        let cell = |at: Option<usize>| -> Option<&str> {
            at.and_then(|i| record.get(i))
                .map(str::trim)
                .filter(|v| !v.is_empty())
        };
        let mut problems = Vec::new();
        let raw_id = cell(at.id).unwrap_or_default();
        let id = NodeId::new(raw_id);
        if id.is_none() {
            problems.push(ImportReason::BadId(raw_id.to_owned()));
        }
        let raw_kind = cell(at.kind).unwrap_or_default();
        let kind = NodeKind::from_code(&raw_kind.to_ascii_lowercase());
        if kind.is_none() {
            problems.push(ImportReason::UnknownKind(raw_kind.to_owned()));
        }
        let name = cell(at.name);
        // A Finnish name, or any other name or title: a Swedish office's rows may have none.
        let other_names = [at.name_sv, at.name_en, at.title, at.title_sv, at.title_en];
        if name.is_none() && other_names.iter().all(|at| cell(*at).is_none()) {
            problems.push(ImportReason::NoName);
        }
        let mut number = |column: &str, at: Option<usize>| {
            let text = cell(at)?;
            let value = parse_number(text);
            if value.is_none() {
                problems.push(ImportReason::BadNumber {
                    column: column.to_owned(),
                    text: text.to_owned(),
                });
            }
            value
        };
        let fte = number("fte", at.fte);
        let cost = number("cost", at.cost);
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // checked: whole, ≥ 0
        let headcount = number("headcount", at.headcount).map(|v| v.round() as u32);
        let measures: Vec<(&Measured, f64)> = (measured.iter())
            .filter_map(|m| Some((m, number(&m.header, Some(m.at))?)))
            .collect();
        let work = match cell(at.work) {
            None => None,
            Some(text) => WorkTag::from_code(&text.to_ascii_lowercase()).or_else(|| {
                problems.push(ImportReason::UnknownWork(text.to_owned()));
                None
            }),
        };
        let status = match cell(at.status) {
            None => PostStatus::Filled,
            Some(text) => PostStatus::from_code(&text.to_ascii_lowercase()).unwrap_or_else(|| {
                problems.push(ImportReason::UnknownStatus(text.to_owned()));
                PostStatus::Filled
            }),
        };
        let heads = cell(at.heads);
        let reports_to = cell(at.reports_to);
        if kind.is_some_and(|k| k != NodeKind::Position) {
            if heads.is_some() {
                problems.push(ImportReason::NotAPosition("heads"));
            }
            if reports_to.is_some_and(|t| t.split(';').any(|p| !p.trim().is_empty())) {
                problems.push(ImportReason::NotAPosition("reports_to"));
            }
        }
        let member_of = cell(at.member_of);
        for (_, role) in member_of.into_iter().flat_map(memberships) {
            if let Err(text) = role {
                problems.push(ImportReason::UnknownRole(text.to_owned()));
            }
        }
        let row_ok = problems.is_empty();
        for problem in problems {
            report.bad(line, problem);
        }
        let Some(id) = id else {
            continue;
        };
        // Referenced ids are checked against every row, good or bad, so that a bad row is
        // reported once and not again by each row that refers to it.
        let (Some(kind), true) = (kind, row_ok) else {
            bad_ids.insert(id);
            continue;
        };
        if let Some((at, _)) = scenario.find(id.as_str()) {
            let first_line = first_line.get(at).copied().unwrap_or_default();
            let id = id.to_string();
            report.bad(line, ImportReason::DuplicateId { id, first_line });
            continue;
        }
        let mut node = Box::new(Node::new(id.clone(), kind, Names::default()));
        node.name.fi = name.map(str::to_owned);
        node.name.sv = cell(at.name_sv).map(str::to_owned);
        node.name.en = cell(at.name_en).map(str::to_owned);
        node.title.fi = cell(at.title).map(str::to_owned);
        node.title.sv = cell(at.title_sv).map(str::to_owned);
        node.title.en = cell(at.title_en).map(str::to_owned);
        node.headcount = headcount;
        node.cost_centre = cell(at.cost_centre).map(str::to_owned);
        node.work = work;
        node.holder = cell(at.holder).map(str::to_owned);
        node.body = cell(at.body).map(str::to_owned);
        node.status = status;
        node.fte = fte;
        node.cost = cost;
        for (column, value) in measures {
            match column.year {
                None => node.capacity.insert(column.key.clone(), value),
                Some(year) => {
                    (node.forecast.entry(column.key.clone()).or_default()).insert(year, value)
                }
            };
        }
        let edit = Edit::AddNode {
            node,
            at: None,
            edges: Vec::new(),
        };
        if let Err(e) = scenario.apply(edit) {
            report.bad(line, ImportReason::Refused(e));
            bad_ids.insert(id);
            continue;
        }
        first_line.push(line);
        links.push(Links {
            line,
            id,
            parent: refs.push(cell(at.parent)),
            heads: refs.push(heads),
            reports_to: refs.push(reports_to),
            serves: refs.push(cell(at.serves)),
            member_of: refs.push(member_of),
            assistant_to: refs.push(cell(at.assistant_to)),
        });
    }

    // References can point forward (a shuffled file), so they are checked once all rows are in.
    for row in &links {
        let cells = refs
            .one(&row.parent)
            .map(|id| ("parent", id))
            .into_iter()
            .chain(refs.list(&row.heads).map(|id| ("heads", id)))
            .chain(refs.list(&row.reports_to).map(|id| ("reports_to", id)))
            .chain(refs.list(&row.serves).map(|id| ("serves", id)))
            .chain(refs.groups(&row.member_of).map(|(id, _)| ("member_of", id)))
            .chain(refs.one(&row.assistant_to).map(|id| ("assistant_to", id)));
        for (column, id) in cells {
            if scenario.find(id).is_none() && !bad_ids.contains(id) {
                let id = id.to_owned();
                report.bad(row.line, ImportReason::UnknownTarget { column, id });
            }
        }
    }
    // Build from the good rows even when others are bad, so that a structure cycle or an
    // impossible relation is reported together with the bad cells, not only once they are fixed.
    link(&mut scenario, &links, &refs, &mut report);
    if !report.errors.is_empty() {
        return Err(report.sorted());
    }
    let mut plan =
        Plan::from_scenarios(plan_name, Vec::new(), vec![scenario]).ok_or_else(Vec::new)?;
    for column in measured {
        if !plan.measures.iter().any(|m| m.key == column.key) {
            plan.measures.push(Measure::new(&column.key));
        }
    }
    Ok(plan)
}

/// A column of a capacity measure (`capacity.KEY`) or of one year of its demand forecast
/// (`forecast.KEY.YEAR`).
struct Measured {
    header: String,
    key: String,
    year: Option<u16>,
    at: usize,
}

impl Measured {
    fn of_header(header: &str, at: usize) -> Option<Measured> {
        let (key, year) = if let Some(key) = header.strip_prefix("capacity.") {
            (key, None)
        } else {
            let (key, year) = header.strip_prefix("forecast.")?.rsplit_once('.')?;
            (key, Some(year.parse().ok()?))
        };
        valid_key(key).then(|| Measured {
            header: header.to_owned(),
            key: key.to_owned(),
            year,
            at,
        })
    }
}

/// An empty baseline with room for `nodes`.
fn baseline(nodes: usize) -> Scenario {
    let mut names = Names::default();
    for lang in Lang::ALL {
        names.set(lang, Some(tr(lang, "baseline-name")));
    }
    let mut scenario = Scenario::new(ScenarioMeta::new(NodeId::baseline(), names));
    scenario.reserve(nodes, nodes * 2);
    scenario
}

/// Adds the rows' relations through edits; refusals (cycles, impossible relations) become row
/// errors.
fn link(scenario: &mut Scenario, links: &[Links], refs: &Refs, report: &mut Report<'_>) {
    let mut refuse = |line, result: Result<Edit, CommandError>| {
        if let Err(e) = result {
            report.bad(line, ImportReason::Refused(e));
        }
    };
    // References to bad rows were reported already; they are left out here. The id is the
    // scenario's own, so that linking allocates no new one.
    let known = |scenario: &Scenario, text: &str| scenario.find(text).map(|(_, id)| id.clone());
    for row in links {
        let id = &row.id;
        if let Some(parent) = refs.one(&row.parent).and_then(|p| known(scenario, p)) {
            let edit = Edit::Move {
                node: id.clone(),
                parent: Some(parent),
            };
            refuse(row.line, scenario.apply(edit));
        }
        let led: Vec<NodeId> = (refs.list(&row.heads))
            .filter_map(|u| known(scenario, u))
            .collect();
        for unit in led {
            let edit = Edit::AddRelation(Edge::new(id, Relation::Heads, &unit));
            refuse(row.line, scenario.apply(edit));
        }
        let supervisors: Vec<NodeId> = refs
            .list(&row.reports_to)
            .filter_map(|r| known(scenario, r))
            .collect();
        if !supervisors.is_empty() {
            let edit = Edit::SetSupervisors {
                node: id.clone(),
                supervisors,
            };
            refuse(row.line, scenario.apply(edit));
        }
        // The model refuses a serves line from anything but a team or unit, with its reason.
        let served: Vec<NodeId> = refs
            .list(&row.serves)
            .filter_map(|r| known(scenario, r))
            .collect();
        for served in served {
            let edit = Edit::AddRelation(Edge::new(id, Relation::Serves, &served));
            refuse(row.line, scenario.apply(edit));
        }
        let groups: Vec<(NodeId, Role)> = (refs.groups(&row.member_of))
            .filter_map(|(g, role)| Some((known(scenario, g)?, role)))
            .collect();
        for (group, role) in groups {
            let edit = Edit::AddRelation(Edge::new(id, Relation::MemberOf(role), &group));
            refuse(row.line, scenario.apply(edit));
        }
        if let Some(head) = refs.one(&row.assistant_to).and_then(|h| known(scenario, h)) {
            let edit = Edit::AddRelation(Edge::new(id, Relation::AssistantTo, &head));
            refuse(row.line, scenario.apply(edit));
        }
    }
}

/// A non-negative number, with a decimal point or (as Finnish spreadsheets write) a comma.
fn parse_number(text: &str) -> Option<f64> {
    let cleaned: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    cleaned
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite() && *v >= 0.0)
}
