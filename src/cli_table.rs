//! `orgplan table`: a scenario as a spreadsheet, one row per node under orgplan's own column
//! names, or two scenarios' changes and figures as a workbook (the library makes it; this reads the arguments and writes the file).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use orgplan::compare::workbook::comparison_workbook;
use orgplan::i18n::{Lang, s, tr, tr_args};
use orgplan::io::table::{CsvStyle, node_table, table_csv, table_xlsx};
use orgplan::io::{open_any, write_atomically};

/// What `orgplan table` is told.
#[derive(Debug, Args)]
pub struct TableArgs {
    /// The plan or CSV file.
    file: PathBuf,
    /// The scenario, by id or name (default: the baseline).
    #[arg(long, conflicts_with_all = ["from", "to"])]
    scenario: Option<String>,
    /// With `--to`: a workbook of the changes from this scenario (default: the baseline) and
    /// the figures of both with their deltas, instead of the nodes' table.
    #[arg(long, requires = "to")]
    from: Option<String>,
    /// The scenario the changes lead to (a workbook; see `--from`).
    #[arg(long)]
    to: Option<String>,
    /// The most direct reports a supervisor should have (the figures of `--to`).
    #[arg(long, default_value_t = orgplan::analysis::CheckOptions::default().span_limit)]
    span_limit: usize,
    /// The format (default: by the output's extension, else CSV).
    #[arg(long, value_enum)]
    format: Option<TableFormat>,
    /// Where to write it.
    #[arg(short, long)]
    output: PathBuf,
    /// Leave out holders and every personal field.
    #[arg(long)]
    redact: bool,
    /// Write the CSV as Excel in this language opens it: fi and sv with `;` and decimal
    /// commas, en with `,` (default: the language of the messages).
    #[arg(long, value_parser = crate::cli::parse_lang)]
    excel_locale: Option<Lang>,
}

/// The table's formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum TableFormat {
    Csv,
    Xlsx,
}

/// Writes the table.
pub fn run(args: TableArgs, lang: Lang) -> ExitCode {
    let plan = match open_any(&args.file) {
        Ok(plan) => plan,
        Err(error) => return crate::cli::report(&error, lang),
    };
    let plan = if args.redact { plan.redacted() } else { plan };
    let pick = |key: Option<&str>| crate::cli::pick_scenario(&plan, key, lang);
    let bytes = if let Some(to) = &args.to {
        let (Some(a), Some(b)) = (pick(args.from.as_deref()), pick(Some(to))) else {
            return ExitCode::from(2);
        };
        comparison_workbook(&plan, [a, b], args.span_limit, lang).map_err(|e| e.to_string())
    } else {
        let Some(scenario) = pick(args.scenario.as_deref()) else {
            return ExitCode::from(2);
        };
        let table = node_table(&plan, scenario, false);
        let xlsx = args.format == Some(TableFormat::Xlsx)
            || (args.format.is_none()
                && args
                    .output
                    .extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("xlsx")));
        if xlsx {
            table_xlsx(&table, &tr(lang, "table-sheet")).map_err(|e| e.to_string())
        } else {
            let style = CsvStyle::excel(args.excel_locale.unwrap_or(lang));
            table_csv(&table, style).map_err(|e| e.to_string())
        }
    };
    let bytes = match bytes {
        Ok(bytes) => bytes,
        Err(reason) => {
            eprintln!(
                "{}",
                tr_args(lang, "error-export", &[("reason", s(reason))])
            );
            return ExitCode::FAILURE;
        }
    };
    if let Err(error) = write_atomically(&args.output, &bytes) {
        eprintln!("{}", error.message(lang));
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
