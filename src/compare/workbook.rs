//! The comparison of two scenarios as one workbook for the spreadsheet: the change list on one
//! sheet (a row a change, as `orgplan diff --format csv` writes it) and the figures with deltas
//! on the next two, header rows bold and frozen, numbers as numbers, widths set.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, XlsxError};

use super::diff;
use super::figures::figures;
use super::report::{Sides, diff_rows};
use super::stats::stats_sheets;
use crate::i18n::{Lang, tr};
use crate::model::{Plan, Scenario};

/// The workbook of the changes from `a` to `b` of `plan` (already redacted when it should be)
/// and their figures, in `lang`.
///
/// # Errors
/// When the workbook cannot be written.
pub fn comparison_workbook(
    plan: &Plan,
    [a, b]: [&Scenario; 2],
    span_limit: usize,
    lang: Lang,
) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    // A fixed date keeps the file the same bytes for the same plan (the clock's would not).
    let created = ExcelDateTime::from_ymd(2000, 1, 1)?;
    workbook.set_properties(&DocProperties::new().set_creation_datetime(&created));
    let bold = Format::new().set_bold();
    let sides = Sides::new(a, b).with_terms(plan.terms());
    let rows = diff_rows(&diff(a, b), &sides, lang);
    let sheet = workbook.add_worksheet();
    sheet.set_name(tr(lang, "table-changes-sheet"))?;
    for (r, record) in (0u32..).zip(&rows) {
        for (col, cell) in (0u16..).zip(record.iter().map(String::as_str)) {
            match (r, cell.parse::<f64>()) {
                (0, _) => sheet.write_string_with_format(r, col, cell, &bold)?,
                (_, Ok(v)) if v.is_finite() => sheet.write_number(r, col, v)?,
                _ => sheet.write_string(r, col, cell)?,
            };
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofit();
    let all = [figures(a, span_limit), figures(b, span_limit)];
    stats_sheets(&mut workbook, &[a, b], &all, plan.terms(), lang)?;
    workbook.save_to_buffer()
}
