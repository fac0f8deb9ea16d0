//! A staff list as a table of text cells, read from whatever HR exported: CSV or text with `,`,
//! `;` or tab between fields (detected), in UTF-8 with or without a byte-order mark, UTF-16 (what
//! Excel's "Unicode text" writes) or Windows-1252 (what Finnish and Swedish Excel writes as
//! "CSV"); or a workbook (`.xlsx`, `.xls`, `.ods`), one sheet of it. The header row is found even
//! below title rows.

use std::io::Cursor;
use std::path::{Path, PathBuf};

use calamine::{Data, Reader, open_workbook_auto_from_rs};

use super::StaffError;
use super::synonyms::guess_target;
use crate::io::limits::{MAX_ROWS, MAX_TABLE_BYTES, ReadFailure, line_count, read_limited};
use crate::io::{decode, sniff_delimiter};
use crate::progress::{Progress, REPORT_EVERY, Stage};

/// Where a row is in its file: a line of a text file (1 is the first), or a row of a sheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowPlace {
    /// A line of a text file.
    Line(u64),
    /// A row of a workbook's sheet (1 is the first), named as a spreadsheet names a cell.
    Sheet {
        /// The sheet.
        sheet: String,
        /// The row, from 1.
        row: u32,
    },
}

impl RowPlace {
    /// The row alone: `12` for a line, `Sheet!12` for a workbook's row.
    #[must_use]
    pub fn row_text(&self) -> String {
        match self {
            RowPlace::Line(line) => line.to_string(),
            RowPlace::Sheet { sheet, row } => format!("{sheet}!{row}"),
        }
    }

    /// The place of the cell in column `column` (from 0) of this row: `12` for a text file's
    /// line, `Sheet!C12` in a workbook.
    #[must_use]
    pub fn cell(&self, column: usize) -> String {
        match self {
            RowPlace::Line(line) => line.to_string(),
            RowPlace::Sheet { sheet, row } => format!("{sheet}!{}{row}", column_letters(column)),
        }
    }
}

/// `A`, `B`, ..., `Z`, `AA`, ... for a column from 0.
#[must_use]
pub fn column_letters(column: usize) -> String {
    let mut letters = Vec::new();
    let mut n = column + 1;
    while n > 0 {
        let rest = (n - 1) % 26;
        letters.push(char::from(b'A' + u8::try_from(rest).unwrap_or(0)));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// One data row.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceRow {
    /// Where it is.
    pub place: RowPlace,
    /// Its cells, trimmed, as many as the header has (missing ones empty).
    pub cells: Vec<String>,
}

/// A staff list read into text cells.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    /// The file.
    pub path: PathBuf,
    /// The sheet read (workbooks only).
    pub sheet: Option<String>,
    /// Every sheet of the workbook, in its order (empty for a text file).
    pub sheets: Vec<String>,
    /// The header row's names, trimmed.
    pub headers: Vec<String>,
    /// Where the header row is.
    pub header_place: RowPlace,
    /// The rows below it that hold anything.
    pub rows: Vec<SourceRow>,
    /// How the text was encoded (`UTF-8`, `windows-1252`, `UTF-16LE`; `xlsx` for workbooks).
    pub encoding: &'static str,
    /// The field separator of a text file.
    pub delimiter: Option<char>,
}

/// A sheet's or a file's rows, each with its place, as text cells.
type Rows = Vec<(RowPlace, Vec<String>)>;

/// How many rows from the top a header row is looked for in.
const HEADER_SEARCH: usize = 30;

/// Reads the staff list at `path`: a workbook by its extension (`xlsx`, `xlsm`, `xls`, `ods`),
/// any other file as delimited text. `sheet` chooses a workbook's sheet (default: the first).
///
/// # Errors
/// When the file cannot be read, is no table, or the sheet does not exist.
pub fn read_source(path: &Path, sheet: Option<&str>) -> Result<Source, StaffError> {
    read_source_with(path, sheet, &Progress::default())
}

/// [`read_source`], saying how far it has come in `progress`.
///
/// # Errors
/// As [`read_source`].
pub fn read_source_with(
    path: &Path,
    sheet: Option<&str>,
    progress: &Progress,
) -> Result<Source, StaffError> {
    progress.start(Stage::Reading, 0);
    let bytes = read_limited(path, MAX_TABLE_BYTES).map_err(|e| match e {
        ReadFailure::TooLarge { size, limit } => StaffError::TooLarge(path.to_owned(), size, limit),
        ReadFailure::Io(reason) => StaffError::Io(path.to_owned(), reason),
    })?;
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if matches!(extension.as_str(), "xlsx" | "xlsm" | "xls" | "xlsb" | "ods") {
        read_workbook(bytes, path, sheet)
    } else {
        read_delimited_with(&bytes, path, progress)
    }
}

/// How much of a text file is read to tell a staff list from a CSV of orgplan's own columns:
/// the header is among the first rows.
const HEAD_BYTES: usize = 64 * 1024;

/// Whether `path` is a staff list to map (a workbook, a text file, or a CSV without orgplan's
/// own columns `id,parent,kind,name`) rather than a plan or orgplan's own CSV. Reads at most
/// the file's first 64 KiB.
#[must_use]
pub fn is_staff_list(path: &Path) -> bool {
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "xlsx" | "xlsm" | "xls" | "xlsb" | "ods" | "txt" => true,
        "csv" => {
            let Ok(file) = std::fs::File::open(path) else {
                return false;
            };
            let mut head = Vec::with_capacity(HEAD_BYTES);
            if std::io::Read::read_to_end(
                &mut std::io::Read::take(file, HEAD_BYTES as u64),
                &mut head,
            )
            .is_err()
            {
                return false;
            }
            // Whole lines only (and, in UTF-16, the newline's second byte).
            if head.len() == HEAD_BYTES
                && let Some(end) = head.iter().rposition(|b| *b == b'\n')
            {
                let utf16 = head.starts_with(&[0xFF, 0xFE]);
                head.truncate(end + 1 + usize::from(utf16));
            }
            read_delimited(&head, path).is_ok_and(|source| {
                !crate::io::REQUIRED_COLUMNS
                    .iter()
                    .all(|c| source.headers.iter().any(|h| h == c))
            })
        }
        _ => false,
    }
}

/// The records of `text` split by `delimiter`, each with its line, at most `limit` of them;
/// the bytes read so far counted in `progress`.
fn records(
    text: &str,
    delimiter: u8,
    limit: usize,
    progress: &Progress,
) -> Result<Vec<(u64, Vec<String>)>, String> {
    progress.start(Stage::Reading, text.len() as u64);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut out = Vec::new();
    let mut record = csv::StringRecord::new();
    while out.len() < limit {
        match reader.read_record(&mut record) {
            Ok(true) => {
                let line = record.position().map_or(0, csv::Position::line);
                if out.len() % REPORT_EVERY == 0 {
                    progress.set(record.position().map_or(0, csv::Position::byte));
                }
                out.push((line, record.iter().map(|c| c.trim().to_owned()).collect()));
            }
            Ok(false) => break,
            Err(e) => return Err(e.to_string()),
        }
    }
    Ok(out)
}

/// Reads delimited text (`path` only names it in messages).
///
/// # Errors
/// When it is not a table.
pub fn read_delimited(bytes: &[u8], path: &Path) -> Result<Source, StaffError> {
    read_delimited_with(bytes, path, &Progress::default())
}

/// [`read_delimited`], counting the bytes read in `progress`.
fn read_delimited_with(
    bytes: &[u8],
    path: &Path,
    progress: &Progress,
) -> Result<Source, StaffError> {
    // Counted before anything is read: ten million rows would fill the memory first. The
    // header may stand below some title rows.
    if line_count(bytes) > MAX_ROWS + HEADER_SEARCH {
        return Err(StaffError::TooManyRows(path.to_owned(), MAX_ROWS));
    }
    let (text, encoding) = decode(bytes);
    let delimiter = sniff_delimiter(&text);
    let all = records(&text, delimiter, usize::MAX, progress)
        .map_err(|e| StaffError::NotATable(path.to_owned(), e))?;
    let rows: Rows = all
        .into_iter()
        .map(|(line, cells)| (RowPlace::Line(line), cells))
        .collect();
    let mut source = table(rows, path)?;
    source.encoding = encoding;
    source.delimiter = Some(char::from(delimiter));
    Ok(source)
}

/// Reads one sheet of a workbook (`path` only names it in messages).
///
/// # Errors
/// When it is no workbook, or has no such sheet.
pub fn read_workbook(
    bytes: Vec<u8>,
    path: &Path,
    sheet: Option<&str>,
) -> Result<Source, StaffError> {
    let not_a_table = |e: String| StaffError::NotATable(path.to_owned(), e);
    let mut workbook =
        open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| not_a_table(e.to_string()))?;
    let names = workbook.sheet_names();
    let mut rows_of = |name: &str| -> Result<Rows, StaffError> {
        let range = workbook
            .worksheet_range(name)
            .map_err(|e| not_a_table(e.to_string()))?;
        // A workbook's sheet is counted once calamine has read it: only the file's size keeps a
        // workbook from filling the memory first.
        if range.height() > MAX_ROWS + HEADER_SEARCH {
            return Err(StaffError::TooManyRows(path.to_owned(), MAX_ROWS));
        }
        let (top, left) = range.start().unwrap_or((0, 0));
        Ok(range
            .rows()
            .zip(top..)
            .map(|(cells, row)| {
                // Columns before the range's first are empty; keep the letters right.
                let mut texts = vec![String::new(); left as usize];
                texts.extend(cells.iter().map(cell_text));
                let place = RowPlace::Sheet {
                    sheet: name.to_owned(),
                    row: row + 1,
                };
                (place, texts)
            })
            .collect())
    };
    let (name, rows) = match sheet {
        Some(wanted) => {
            let name = names
                .iter()
                .find(|n| n.as_str() == wanted || n.eq_ignore_ascii_case(wanted))
                .cloned()
                .ok_or_else(|| {
                    StaffError::NoSheet(path.to_owned(), wanted.to_owned(), names.clone())
                })?;
            let rows = rows_of(&name)?;
            (name, rows)
        }
        // HR's workbooks often open with a sheet of instructions: the list is the sheet whose
        // header names the most columns a staff list has (the first, when none names any).
        None => {
            let mut best: Option<(usize, String, Rows)> = None;
            for name in &names {
                let rows = rows_of(name)?;
                let score = header_score(&rows);
                if best.as_ref().is_none_or(|(s, _, _)| score > *s) {
                    best = Some((score, name.clone(), rows));
                }
            }
            let (_, name, rows) = best.ok_or_else(|| not_a_table(String::new()))?;
            (name, rows)
        }
    };
    let mut source = table(rows, path)?;
    source.sheet = Some(name);
    source.sheets = names;
    source.encoding = "xlsx";
    Ok(source)
}

/// A cell as text: numbers without a needless `.0`, dates as ISO days.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(text) => text.trim().to_owned(),
        Data::Float(v) if v.fract() == 0.0 && v.abs() < 1e15 => format!("{v:.0}"),
        Data::Float(v) => v.to_string(),
        Data::Int(v) => v.to_string(),
        Data::Bool(v) => v.to_string(),
        Data::DateTime(d) => excel_day(d.as_f64()),
        Data::DateTimeIso(text) | Data::DurationIso(text) => text.clone(),
    }
}

/// An Excel day number (days since 30 Dec 1899) as an ISO date.
fn excel_day(serial: f64) -> String {
    // Howard Hinnant's civil-from-days, from the Unix epoch (Excel day 25569).
    #[allow(clippy::cast_possible_truncation)] // a spreadsheet's dates fit
    let z = serial.floor() as i64 - 25_569 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// How many columns a staff list has the best header row among the first rows names.
fn header_score(rows: &Rows) -> usize {
    rows.iter()
        .take(HEADER_SEARCH)
        .map(|(_, cells)| cells.iter().filter(|c| guess_target(c).is_some()).count())
        .max()
        .unwrap_or(0)
}

/// The rows as a table: the header row found among the first rows (the one naming the most
/// columns a staff list has, else the first with two or more cells), and the rows below it.
fn table(rows: Rows, path: &Path) -> Result<Source, StaffError> {
    let filled = |cells: &[String]| cells.iter().filter(|c| !c.is_empty()).count();
    let known = |cells: &[String]| cells.iter().filter(|c| guess_target(c).is_some()).count();
    let search = rows.iter().take(HEADER_SEARCH).enumerate();
    let by_names = search
        .clone()
        .map(|(at, (_, cells))| (known(cells), at))
        .filter(|(k, _)| *k >= 2)
        .max_by_key(|(k, at)| (*k, std::cmp::Reverse(*at)));
    let header_at = match by_names {
        Some((_, at)) => at,
        None => search
            .map(|(at, (_, cells))| (at, filled(cells)))
            .find(|(_, n)| *n >= 2)
            .map(|(at, _)| at)
            .ok_or_else(|| StaffError::NoHeader(path.to_owned()))?,
    };
    let mut rows = rows.into_iter().skip(header_at);
    let (header_place, mut headers) = rows
        .next()
        .ok_or_else(|| StaffError::NoHeader(path.to_owned()))?;
    while headers.last().is_some_and(String::is_empty) {
        headers.pop();
    }
    let width = headers.len();
    let rows = rows
        .filter(|(_, cells)| filled(cells) > 0)
        .map(|(place, mut cells)| {
            cells.resize(width.max(cells.len()), String::new());
            SourceRow { place, cells }
        })
        .collect();
    Ok(Source {
        path: path.to_owned(),
        sheet: None,
        sheets: Vec::new(),
        headers,
        header_place,
        rows,
        encoding: "UTF-8",
        delimiter: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excel_days_are_iso_dates() {
        assert_eq!(excel_day(45_292.0), "2024-01-01");
        assert_eq!(excel_day(45_351.5), "2024-02-29");
    }

    #[test]
    fn column_letters_run_as_a_spreadsheet_names_them() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }
}
