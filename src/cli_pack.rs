//! `orgplan pack`: the committee pack of two scenarios, as tagged PDF, one self-contained
//! HTML page or a Word document (the library makes it; this only reads the arguments and writes the file).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use orgplan::analysis::CheckOptions;
use orgplan::i18n::{Lang, s, tr, tr_args};
use orgplan::io::{open_any, write_atomically};
use orgplan::model::Date;
use orgplan::pack::{PackFormat, PackOptions, PackPaper, pack, write};

/// What `orgplan pack` is told.
#[derive(Debug, Args)]
pub struct PackArgs {
    /// The plan or CSV file.
    file: PathBuf,
    /// The scenario the pack compares from, by id or name (default: the baseline).
    #[arg(long)]
    from: Option<String>,
    /// The scenario it proposes, by id or name.
    #[arg(long)]
    to: String,
    /// Where to write it.
    #[arg(short, long)]
    output: PathBuf,
    /// The format (default: by the output's extension, `.pdf`, `.html` or `.docx`; PDF
    /// otherwise).
    #[arg(long, value_enum)]
    format: Option<FormatArg>,
    /// The paper it prints on; the charts are arranged to fit a portrait page of it.
    #[arg(long, value_enum, default_value_t = PaperArg::A4)]
    paper: PaperArg,
    /// Leave out holders, contacts, presenters and every personal field.
    #[arg(long)]
    redact: bool,
    /// The day the pack is made, YYYY-MM-DD (default: today); fixed, the same plan gives the
    /// same bytes.
    #[arg(long)]
    date: Option<String>,
    /// The confidentiality class on every page (default: public when redacted, else for
    /// internal use).
    #[arg(long)]
    class: Option<String>,
    /// The most direct reports a supervisor should have.
    #[arg(long, default_value_t = CheckOptions::default().span_limit)]
    span_limit: usize,
}

/// The pack's papers.
#[derive(Clone, Copy, Debug, ValueEnum)]
enum PaperArg {
    A4,
    A3,
}

/// The pack's formats.
#[derive(Clone, Copy, Debug, ValueEnum)]
enum FormatArg {
    /// Tagged PDF/UA for printing and filing.
    Pdf,
    /// One self-contained page: charts inline, nothing fetched.
    Html,
    /// A Word document with real headings, table header rows and described pictures.
    Docx,
}

/// Makes the pack in `langs` (the first is also the language of the messages).
pub fn run(args: PackArgs, langs: &[Lang]) -> ExitCode {
    let lang = langs.first().copied().unwrap_or(Lang::En);
    let plan = match open_any(&args.file) {
        Ok(plan) => plan,
        Err(error) => return crate::cli::report(&error, lang),
    };
    let made = match args.date.as_deref().map(Date::parse) {
        Some(Ok(date)) => Some(date),
        Some(Err(error)) => {
            eprintln!("{}", tr_args(lang, "cli-bad-date", &[("text", s(error.0))]));
            return ExitCode::from(2);
        }
        None => Date::today(),
    };
    let Some(made) = made else {
        eprintln!("{}", tr(lang, "cli-no-today"));
        return ExitCode::from(2);
    };
    let options = PackOptions {
        from: args
            .from
            .unwrap_or_else(|| plan.baseline().meta.id.as_str().to_owned()),
        to: args.to,
        langs: langs.to_vec(),
        redact: args.redact,
        made,
        checks: CheckOptions {
            span_limit: args.span_limit,
        },
        class: args.class,
        paper: match args.paper {
            PaperArg::A4 => PackPaper::A4,
            PaperArg::A3 => PackPaper::A3,
        },
    };
    let document = match pack(&plan, &options) {
        Ok(document) => document,
        Err(error) => {
            eprintln!("{}", error.message(lang));
            return ExitCode::from(2);
        }
    };
    let format = match args.format {
        Some(FormatArg::Pdf) => PackFormat::Pdf,
        Some(FormatArg::Html) => PackFormat::Html,
        Some(FormatArg::Docx) => PackFormat::Docx,
        None => PackFormat::of(&args.output).unwrap_or(PackFormat::Pdf),
    };
    let bytes = match write(&document, format) {
        Ok(bytes) => bytes,
        Err(error) => {
            let reason = [("reason", s(error.to_string()))];
            eprintln!("{}", tr_args(lang, "error-export", &reason));
            return ExitCode::FAILURE;
        }
    };
    match write_atomically(&args.output, &bytes) {
        Ok(()) => {
            let written = [("path", s(args.output.display().to_string()))];
            eprintln!("{}", tr_args(lang, "cli-pack-written", &written));
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{}", error.message(lang));
            ExitCode::FAILURE
        }
    }
}
