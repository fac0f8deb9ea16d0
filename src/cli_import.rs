//! `orgplan import`: a staff list from an HR or payroll system as a plan (the library reads,
//! maps and builds it; this reads the arguments, prints the mapping used and writes the files).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;
use orgplan::compare::report::{Sides, diff_text};
use orgplan::i18n::{Lang, n, s, tr, tr_args};
use orgplan::io::limits::{MAX_MAPPING_BYTES, ReadFailure, read_limited};
use orgplan::io::load_file;
use orgplan::io::{REQUIRED_COLUMNS, open_any, save_file, write_atomically};
use orgplan::merge::conflict_text;
use orgplan::model::{Names, Plan};
use orgplan::staff::update;
use orgplan::staff::{BadRow, LARGE_FILE, Mapping, Source, build_with, read_source_with};

use crate::cli_progress::with_progress;

/// What `orgplan import` is told.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The staff list: CSV or text (`,` `;` or tab; UTF-8, UTF-16 or Windows-1252), or a
    /// workbook (.xlsx, .xls, .ods).
    file: PathBuf,
    /// The workbook's sheet (default: the mapping's, else the first).
    #[arg(long)]
    sheet: Option<String>,
    /// The column mapping, a RON file as this command prints it (default: guessed from the
    /// headers).
    #[arg(long)]
    mapping: Option<PathBuf>,
    /// Import the good rows when some are bad (default: import nothing and fail).
    #[arg(long)]
    skip_bad_rows: bool,
    /// Write the rows that could not be read here, as CSV, each with its reason in an added
    /// column, for HR to correct.
    #[arg(long)]
    errors: Option<PathBuf>,
    /// Update this plan's baseline from the list, by identity, instead of making a new plan:
    /// the changes are listed first, as `orgplan diff` lists them.
    #[arg(long)]
    into: Option<PathBuf>,
    /// With `--into`: carry the same updates into the plan's other scenarios where they do not
    /// touch what the scenario changed itself (the rest become merge conflicts).
    #[arg(long, requires = "into")]
    carry: bool,
    /// With `--into`: list the changes the update would make and write nothing.
    #[arg(long, requires = "into")]
    dry_run: bool,
    /// Where to write the plan.
    #[arg(short, long, required_unless_present = "dry_run")]
    output: Option<PathBuf>,
}

/// Imports the list; the mapping used goes to standard output, messages to standard error.
pub fn run(args: ImportArgs, lang: Lang) -> ExitCode {
    let mapping = match &args.mapping {
        Some(path) => match read_limited(path, MAX_MAPPING_BYTES)
            .map_err(|e| match e {
                ReadFailure::TooLarge { size, limit } => {
                    orgplan::staff::StaffError::TooLarge(path.clone(), size, limit)
                }
                ReadFailure::Io(reason) => orgplan::staff::StaffError::Io(path.clone(), reason),
            })
            .and_then(|bytes| {
                String::from_utf8(bytes)
                    .map_err(|e| orgplan::staff::StaffError::BadMapping(e.to_string()))
            })
            .and_then(|text| Mapping::from_ron(&text))
        {
            Ok(mapping) => Some(mapping),
            Err(error) => {
                eprintln!("{}", error.message(lang));
                return ExitCode::from(2);
            }
        },
        None => None,
    };
    // The plan to update, read once: its mapping may map the list, and the update starts from it.
    let into = match &args.into {
        Some(path) => match load_file(path) {
            Ok(plan) => Some(plan),
            Err(error) => {
                eprintln!("{}", error.message(lang));
                return ExitCode::FAILURE;
            }
        },
        None => None,
    };
    let sheet = args
        .sheet
        .clone()
        .or_else(|| mapping.as_ref().and_then(|m| m.sheet.clone()));
    // A bar on the terminal for a list of more than a few thousand rows.
    let large = std::fs::metadata(&args.file).is_ok_and(|m| m.len() >= LARGE_FILE);
    let read = with_progress(large, lang, |progress| {
        read_source_with(&args.file, sheet.as_deref(), progress)
    });
    let source = match read {
        Ok(source) => source,
        Err(error) => {
            eprintln!("{}", error.message(lang));
            return ExitCode::FAILURE;
        }
    };
    if mapping.is_none() && into.is_none() && own_columns(&source) {
        let Some(output) = &args.output else {
            return ExitCode::from(2);
        };
        return import_own(&args.file, &source, output, lang);
    }
    // Into a plan without a mapping given: the plan's own, when the list has its columns.
    let kept =
        || (into.as_ref()?.staff_mapping.clone()).filter(|m| m.resolve(&source.headers).is_ok());
    let mut mapping = mapping
        .or_else(kept)
        .unwrap_or_else(|| Mapping::guess(&source.headers));
    mapping.sheet.clone_from(&source.sheet);
    print!("{}", mapping.to_ron());
    let stem = args
        .file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let built = with_progress(large, lang, |progress| {
        build_with(&source, &mapping, Names::fi(&stem), progress)
    });
    let imported = match built {
        Ok(imported) => imported,
        Err(error) => {
            eprintln!("{}", error.message(lang));
            return ExitCode::from(2);
        }
    };
    for row in &imported.bad {
        eprintln!("{}", row.message(lang));
    }
    if let Some(path) = &args.errors
        && let Err(message) = write_bad_rows(path, &source, &imported.bad, lang)
    {
        eprintln!("{message}");
        return ExitCode::FAILURE;
    }
    if !imported.bad.is_empty() && !args.skip_bad_rows {
        let count = [("count", n(imported.bad.len()))];
        eprintln!("{}", tr_args(lang, "staff-nothing-imported", &count));
        return ExitCode::FAILURE;
    }
    let plan = match &into {
        Some(into) => match update_into(into, &imported.plan, &mapping, args.carry, lang) {
            Ok(plan) => plan,
            Err(code) => return code,
        },
        None => imported.plan.clone(),
    };
    let Some(output) = args.output.as_ref().filter(|_| !args.dry_run) else {
        return ExitCode::SUCCESS;
    };
    if let Err(error) = save_file(&plan, output) {
        eprintln!("{}", error.message(lang));
        return ExitCode::FAILURE;
    }
    eprintln!(
        "{}",
        tr_args(
            lang,
            "staff-imported",
            &[
                ("posts", n(imported.posts)),
                ("units", n(imported.units)),
                ("placed", n(imported.to_be_placed)),
                ("bad", n(imported.bad.len())),
                ("path", s(output.display().to_string())),
            ],
        )
    );
    ExitCode::SUCCESS
}

/// `plan` with its baseline updated from `imported`; the changes listed on standard error as
/// `orgplan diff` writes them, and the conflicts a carried update left.
fn update_into(
    plan: &Plan,
    imported: &Plan,
    mapping: &Mapping,
    carry: bool,
    lang: Lang,
) -> Result<Plan, ExitCode> {
    let updated = update(plan, imported.baseline(), mapping, carry).map_err(|error| {
        eprintln!("{}", error.message(lang));
        ExitCode::from(2)
    })?;
    let sides = Sides::new(plan.baseline(), updated.plan.baseline()).with_terms(plan.terms());
    eprint!("{}", diff_text(&updated.changes, &sides, lang));
    for conflict in &updated.conflicts {
        eprintln!("{}", conflict_text(conflict, Some(&updated.plan), lang));
    }
    Ok(updated.plan)
}

/// Whether the file has orgplan's own required columns (`id,parent,kind,name`).
fn own_columns(source: &Source) -> bool {
    REQUIRED_COLUMNS
        .iter()
        .all(|c| source.headers.iter().any(|h| h == c))
}

/// Imports a table of orgplan's own columns (a CSV, or a workbook `orgplan table` wrote), every
/// bad row reported.
fn import_own(file: &Path, source: &Source, output: &Path, lang: Lang) -> ExitCode {
    let opened = if orgplan::io::is_csv(file) {
        open_any(file)
    } else {
        // A workbook's cells, as the CSV orgplan reads.
        let mut writer = csv::Writer::from_writer(Vec::new());
        let mut rows = std::iter::once(&source.headers).chain(source.rows.iter().map(|r| &r.cells));
        let written = rows.try_for_each(|r| writer.write_record(r));
        let bytes = written
            .map_err(|e| e.to_string())
            .and_then(|()| writer.into_inner().map_err(|e| e.to_string()));
        let stem = file.file_stem().map(|s| s.to_string_lossy().into_owned());
        let name = Names::fi(&stem.unwrap_or_default());
        match bytes {
            Ok(bytes) => {
                orgplan::io::import_csv(&bytes, file, name).map_err(orgplan::io::OpenError::Csv)
            }
            Err(reason) => {
                eprintln!(
                    "{}",
                    tr_args(lang, "error-export", &[("reason", s(reason))])
                );
                return ExitCode::FAILURE;
            }
        }
    };
    match opened {
        Ok(plan) => {
            if let Err(error) = save_file(&plan, output) {
                eprintln!("{}", error.message(lang));
                return ExitCode::FAILURE;
            }
            let args = [
                ("count", n(plan.baseline().len())),
                ("path", s(output.display().to_string())),
            ];
            eprintln!("{}", tr_args(lang, "cli-imported", &args));
            ExitCode::SUCCESS
        }
        Err(error) => crate::cli::report(&error, lang),
    }
}

/// The bad rows as CSV: the source's header and cells, and the reasons in an added column.
fn write_bad_rows(path: &Path, source: &Source, bad: &[BadRow], lang: Lang) -> Result<(), String> {
    let mut writer = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    let mut header = source.headers.clone();
    header.push(tr(lang, "staff-errors-column"));
    let mut rows = vec![header];
    let mut at = 0;
    while at < bad.len() {
        let row = bad[at].row;
        let reasons: Vec<String> = bad[at..]
            .iter()
            .take_while(|b| b.row == row)
            .map(|b| b.message(lang))
            .collect();
        at += reasons.len();
        let mut cells = source
            .rows
            .get(row)
            .map(|r| r.cells.clone())
            .unwrap_or_default();
        cells.resize(source.headers.len(), String::new());
        cells.push(reasons.join("; "));
        rows.push(cells);
    }
    for row in rows {
        writer.write_record(&row).map_err(|e| e.to_string())?;
    }
    let bytes = writer.into_inner().map_err(|e| e.to_string())?;
    write_atomically(path, &bytes).map_err(|e| e.message(lang))
}
