//! The staff impact list for the co-operation procedure with personnel
//! (yhteistoimintamenettely): one row per post holder, with what the change does to their post.
//!
//! It names people, so it is confidential by nature: every form marks it so on every page (the
//! text at its head and foot, every CSV row, the spreadsheet's printed header), and it is never
//! made from a redacted plan.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, XlsxError};

use super::report::Sides;
use crate::i18n::{Lang, format_number, s, tr, tr_args};
use crate::io::csv_out::write_csv;
use crate::model::{LineManagement, Names, NodeId, NodeKind, PostStatus, Scenario};

/// What the change does to one post holder.
#[derive(Clone, Debug, PartialEq)]
pub struct ImpactRow {
    /// The post.
    pub post: NodeId,
    /// The person this row is about.
    pub holder: String,
    /// Who holds the post before and after: a post passing from one person to another gives
    /// both of them a row.
    pub holders: (Option<String>, Option<String>),
    /// The post's title before and after (`None`: the post does not exist on that side).
    pub title: (Option<Names>, Option<Names>),
    /// The unit or team the post belongs to, before and after.
    pub unit: (Option<NodeId>, Option<NodeId>),
    /// The supervisors, before and after.
    pub supervisor: (Vec<NodeId>, Vec<NodeId>),
    /// The post's status, before and after.
    pub status: (Option<PostStatus>, Option<PostStatus>),
    /// FTE, before and after.
    pub fte: (Option<f64>, Option<f64>),
    /// Tasks the post takes on.
    pub tasks_gained: Vec<NodeId>,
    /// Tasks the post gives up.
    pub tasks_lost: Vec<NodeId>,
}

impl ImpactRow {
    /// Whether anything changes for the holder.
    #[must_use]
    pub fn changed(&self) -> bool {
        self.title.0 != self.title.1
            || self.holders.0 != self.holders.1
            || self.unit.0 != self.unit.1
            || self.supervisor.0 != self.supervisor.1
            || self.status.0 != self.status.1
            || self.fte.0 != self.fte.1
            || !self.tasks_gained.is_empty()
            || !self.tasks_lost.is_empty()
    }
}

/// The unit, team or organisation a post belongs to: the nearest one above it.
fn unit_of(scenario: &Scenario, id: &NodeId) -> Option<NodeId> {
    let mut at = scenario.parent(id);
    let mut steps = 0;
    while let Some(current) = at {
        let node = scenario.node(current)?;
        if matches!(
            node.kind,
            NodeKind::Unit | NodeKind::Team | NodeKind::Organisation
        ) {
            return Some(node.id.clone());
        }
        steps += 1;
        if steps > scenario.len() {
            return None;
        }
        at = scenario.parent(current);
    }
    None
}

/// The impact list from `from` to `to`: every post with a holder on either side, in the second
/// scenario's order and then the first's.
#[must_use]
pub fn impact(from: &Scenario, to: &Scenario) -> Vec<ImpactRow> {
    let (line_from, line_to) = (LineManagement::of(from), LineManagement::of(to));
    let supervisors = |scenario: &Scenario, line: &LineManagement, id: &NodeId| -> Vec<NodeId> {
        scenario
            .position(id)
            .map(|at| {
                line.supervisors(at)
                    .iter()
                    .filter_map(|s| scenario.id_at(*s).cloned())
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut posts: Vec<&NodeId> = to
        .nodes()
        .chain(from.nodes().filter(|n| !to.contains(&n.id)))
        .filter(|n| n.kind == NodeKind::Position)
        .map(|n| &n.id)
        .collect();
    posts.dedup();
    let tasks_of = |scenario: &Scenario, id: &NodeId| -> Vec<NodeId> {
        scenario
            .node(id)
            .map(|n| n.tasks.iter().map(|t| t.id.clone()).collect())
            .unwrap_or_default()
    };
    let mut rows = Vec::new();
    for id in posts {
        let (a, b) = (from.node(id), to.node(id));
        let holders = (
            a.and_then(|n| n.holder.clone()),
            b.and_then(|n| n.holder.clone()),
        );
        let people: Vec<String> = match &holders {
            (Some(x), Some(y)) if x != y => vec![x.clone(), y.clone()],
            (x, y) => y.clone().or_else(|| x.clone()).into_iter().collect(),
        };
        if people.is_empty() {
            continue;
        }
        let (before, after) = (tasks_of(from, id), tasks_of(to, id));
        let sorted = |mut list: Vec<NodeId>| {
            list.sort();
            list
        };
        let row = ImpactRow {
            post: id.clone(),
            holder: String::new(),
            holders,
            title: (a.map(|n| n.title.clone()), b.map(|n| n.title.clone())),
            unit: (unit_of(from, id), unit_of(to, id)),
            supervisor: (
                sorted(supervisors(from, &line_from, id)),
                sorted(supervisors(to, &line_to, id)),
            ),
            status: (a.map(|n| n.status), b.map(|n| n.status)),
            fte: (a.and_then(|n| n.fte), b.and_then(|n| n.fte)),
            tasks_gained: after
                .iter()
                .filter(|t| !before.contains(t))
                .cloned()
                .collect(),
            tasks_lost: before
                .iter()
                .filter(|t| !after.contains(t))
                .cloned()
                .collect(),
        };
        for person in people {
            rows.push(ImpactRow {
                holder: person,
                ..row.clone()
            });
        }
    }
    rows
}

/// The forms the impact list is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImpactFormat {
    /// One block per holder, marked confidential at head and foot.
    Text,
    /// One row per holder, each marked confidential.
    Csv,
    /// A spreadsheet whose printed pages all carry the confidential mark.
    Xlsx,
}

/// Names nodes and tasks from either scenario, in one language.
struct Namer<'a> {
    from: &'a Scenario,
    to: &'a Scenario,
    sides: Sides<'a>,
    lang: Lang,
}

impl<'a> Namer<'a> {
    fn new(from: &'a Scenario, to: &'a Scenario, lang: Lang) -> Namer<'a> {
        Namer {
            from,
            to,
            sides: Sides::new(from, to),
            lang,
        }
    }

    fn node(&self, id: &NodeId) -> String {
        self.sides.label(id, self.lang)
    }

    fn nodes(&self, ids: &[NodeId]) -> String {
        ids.iter()
            .map(|id| self.node(id))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn unit(&self, id: Option<&NodeId>) -> String {
        id.map_or_else(String::new, |id| self.node(id))
    }

    fn tasks(&self, ids: &[NodeId]) -> String {
        ids.iter()
            .map(|id| {
                self.sides
                    .task_names(id)
                    .map_or_else(|| id.as_str().to_owned(), |n| n.show(self.lang).to_owned())
            })
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn title(&self, names: Option<&Names>) -> String {
        names.map_or_else(String::new, |n| n.show(self.lang).to_owned())
    }

    fn status(&self, status: Option<PostStatus>, after: bool) -> String {
        let missing = if after {
            "impact-post-removed"
        } else {
            "impact-post-new"
        };
        status.map_or_else(
            || tr(self.lang, missing),
            |s| tr(self.lang, &format!("status-{}", s.code())),
        )
    }

    fn holder(&self, holder: Option<&String>) -> String {
        holder.cloned().unwrap_or_default()
    }

    fn fte(&self, fte: Option<f64>) -> String {
        fte.map_or_else(String::new, |v| format_number(v, self.lang))
    }
}

/// The column keys of the CSV and the spreadsheet, after the classification.
const COLUMNS: [&str; 17] = [
    "impact-col-holder",
    "impact-col-post",
    "impact-col-title-before",
    "impact-col-title-after",
    "impact-col-unit-before",
    "impact-col-unit-after",
    "impact-col-supervisor-before",
    "impact-col-supervisor-after",
    "impact-col-holder-before",
    "impact-col-holder-after",
    "impact-col-status-before",
    "impact-col-status-after",
    "impact-col-fte-before",
    "impact-col-fte-after",
    "impact-col-tasks-gained",
    "impact-col-tasks-lost",
    "impact-col-changed",
];

fn cells(row: &ImpactRow, namer: &Namer<'_>) -> Vec<String> {
    let lang = namer.lang;
    vec![
        row.holder.clone(),
        row.post.as_str().to_owned(),
        namer.title(row.title.0.as_ref()),
        namer.title(row.title.1.as_ref()),
        namer.unit(row.unit.0.as_ref()),
        namer.unit(row.unit.1.as_ref()),
        namer.nodes(&row.supervisor.0),
        namer.nodes(&row.supervisor.1),
        namer.holder(row.holders.0.as_ref()),
        namer.holder(row.holders.1.as_ref()),
        namer.status(row.status.0, false),
        namer.status(row.status.1, true),
        namer.fte(row.fte.0),
        namer.fte(row.fte.1),
        namer.tasks(&row.tasks_gained),
        namer.tasks(&row.tasks_lost),
        tr(
            lang,
            if row.changed() {
                "value-yes"
            } else {
                "value-no"
            },
        ),
    ]
}

/// The confidential mark, as every form carries it.
#[must_use]
pub fn confidential(lang: Lang) -> String {
    tr(lang, "impact-confidential")
}

/// Why a report could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The CSV writer refused a record.
    #[error("{0}")]
    Csv(#[from] csv::Error),
    /// The workbook could not be made.
    #[error("{0}")]
    Spreadsheet(#[from] XlsxError),
}

/// The impact list in `format` and `lang`.
///
/// # Errors
/// When the spreadsheet cannot be made, or the CSV writer refuses a record (never for text).
pub fn impact_report(
    rows: &[ImpactRow],
    from: &Scenario,
    to: &Scenario,
    format: ImpactFormat,
    lang: Lang,
) -> Result<Vec<u8>, ReportError> {
    let namer = Namer::new(from, to, lang);
    Ok(match format {
        ImpactFormat::Text => text(rows, &namer).into_bytes(),
        ImpactFormat::Csv => csv(rows, &namer)?,
        ImpactFormat::Xlsx => xlsx(rows, &namer)?,
    })
}

fn heading(namer: &Namer<'_>) -> String {
    tr_args(
        namer.lang,
        "impact-title",
        &[
            ("from", s(namer.from.meta.name.show(namer.lang))),
            ("to", s(namer.to.meta.name.show(namer.lang))),
        ],
    )
}

fn text(rows: &[ImpactRow], namer: &Namer<'_>) -> String {
    let lang = namer.lang;
    let mark = confidential(lang);
    let mut out = format!("{mark}\n{}\n", heading(namer));
    if rows.is_empty() {
        out.push_str(&format!("\n{}\n", tr(lang, "impact-none")));
    }
    let unchanged = tr(lang, "impact-unchanged");
    let none = tr(lang, "value-none");
    let or_none = |v: String| if v.is_empty() { none.clone() } else { v };
    let pair = |label: &str, before: String, after: String| {
        if before == after {
            format!("   {label}: {} ({unchanged})\n", or_none(before))
        } else {
            let changed = tr_args(
                lang,
                "impact-changed",
                &[("before", s(or_none(before))), ("after", s(or_none(after)))],
            );
            format!("   {label}: {changed}\n")
        }
    };
    for (at, row) in rows.iter().enumerate() {
        let title = namer.title(row.title.1.as_ref().or(row.title.0.as_ref()));
        out.push_str(&format!("\n{}. {}, {title}\n", at + 1, row.holder));
        out.push_str(&pair(
            &tr(lang, "impact-unit"),
            namer.unit(row.unit.0.as_ref()),
            namer.unit(row.unit.1.as_ref()),
        ));
        out.push_str(&pair(
            &tr(lang, "field-supervisor"),
            namer.nodes(&row.supervisor.0),
            namer.nodes(&row.supervisor.1),
        ));
        out.push_str(&pair(
            &tr(lang, "field-title"),
            namer.title(row.title.0.as_ref()),
            namer.title(row.title.1.as_ref()),
        ));
        out.push_str(&pair(
            &tr(lang, "field-holder"),
            namer.holder(row.holders.0.as_ref()),
            namer.holder(row.holders.1.as_ref()),
        ));
        out.push_str(&pair(
            &tr(lang, "field-status"),
            namer.status(row.status.0, false),
            namer.status(row.status.1, true),
        ));
        out.push_str(&pair(
            &tr(lang, "field-fte"),
            namer.fte(row.fte.0),
            namer.fte(row.fte.1),
        ));
        if !row.tasks_gained.is_empty() {
            out.push_str(&format!(
                "   {}: {}\n",
                tr(lang, "impact-tasks-gained"),
                namer.tasks(&row.tasks_gained)
            ));
        }
        if !row.tasks_lost.is_empty() {
            out.push_str(&format!(
                "   {}: {}\n",
                tr(lang, "impact-tasks-lost"),
                namer.tasks(&row.tasks_lost)
            ));
        }
    }
    out.push_str(&format!("\n{mark}\n"));
    out
}

fn csv(rows: &[ImpactRow], namer: &Namer<'_>) -> Result<Vec<u8>, csv::Error> {
    let lang = namer.lang;
    let mark = confidential(lang);
    let mut header = vec![tr(lang, "impact-col-classification")];
    header.extend(COLUMNS.iter().map(|key| tr(lang, key)));
    let records = std::iter::once(header).chain(rows.iter().map(|row| {
        let mut record = vec![mark.clone()];
        record.extend(cells(row, namer));
        record
    }));
    write_csv(Vec::new(), records)
}

fn xlsx(rows: &[ImpactRow], namer: &Namer<'_>) -> Result<Vec<u8>, XlsxError> {
    let lang = namer.lang;
    let mark = confidential(lang);
    let mut workbook = Workbook::new();
    // A fixed date keeps the file the same bytes for the same plan.
    let created = ExcelDateTime::from_ymd(2000, 1, 1)?;
    workbook.set_properties(
        &DocProperties::new()
            .set_title(heading(namer))
            .set_comment(mark.clone())
            .set_creation_datetime(&created),
    );
    let bold = Format::new().set_bold();
    let sheet = workbook.add_worksheet();
    sheet.set_name(tr(lang, "impact-sheet"))?;
    // Excel's header and footer codes: &C centres; && is a literal ampersand.
    let printed = mark.replace('&', "&&");
    sheet.set_header(format!("&C&\"-,Bold\"{printed}"));
    sheet.set_footer(format!("&L{printed}&R&P / &N"));
    sheet.set_landscape();
    sheet.write_string_with_format(0, 0, &mark, &bold)?;
    sheet.write_string(1, 0, heading(namer))?;
    let header_row = 3;
    let mut header = vec![tr(lang, "impact-col-classification")];
    header.extend(COLUMNS.iter().map(|key| tr(lang, key)));
    for (col, title) in (0u16..).zip(&header) {
        sheet.write_string_with_format(header_row, col, title, &bold)?;
    }
    sheet.set_repeat_rows(header_row, header_row)?;
    sheet.set_freeze_panes(header_row + 1, 0)?;
    for (r, row) in (header_row + 1..).zip(rows) {
        sheet.write_string(r, 0, &mark)?;
        for (col, cell) in (1u16..).zip(cells(row, namer)) {
            // The FTE columns hold numbers, so a spreadsheet can sum them.
            let number = match col {
                13 => row.fte.0,
                14 => row.fte.1,
                _ => None,
            };
            match number {
                Some(value) => sheet.write_number(r, col, value)?,
                None => sheet.write_string(r, col, cell)?,
            };
        }
    }
    sheet.autofit();
    workbook.save_to_buffer()
}
