//! The command line: a thin face of the library.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use orgplan::analysis::{CheckOptions, ProblemsFormat, problems_report};
use orgplan::compare::exports::{ComparisonError, ComparisonFile, comparison_file};
use orgplan::compare::impact::ImpactFormat;
use orgplan::compare::report::DiffFormat;
use orgplan::compare::stats::{StatsFormat, stats_report, stats_xlsx};
use orgplan::compare::{Figures, figures};
use orgplan::examples::{self, Example};
use orgplan::export::{
    ChartFormat, ChartOptions, FileOptions, PageFit, PageOrientation, Paper, chart, chart_compared,
    export_chart, exported_message,
};
use orgplan::i18n::{Lang, s, tr, tr_args};
use orgplan::io::{OpenError, open_any, save_file, write_atomically};
use orgplan::layout::{LayoutOptions, Orientation, layout};
use orgplan::merge::merge;
use orgplan::model::{Plan, Scenario};

/// Plan organisational restructurings of education administrations.
#[derive(Debug, Parser)]
#[command(name = "orgplan", version = orgplan::VERSION)]
pub struct Cli {
    /// Language of orgplan's messages: fi, sv or en (default: the system's, else English).
    /// `orgplan pack` takes several, comma-separated (`fi,sv`): the pack in each, in turn.
    #[arg(long, global = true, value_parser = parse_lang, value_delimiter = ',')]
    pub lang: Option<Vec<Lang>>,
    #[command(subcommand)]
    command: Option<Command>,
    /// A plan (.ron) or CSV file to open in the window; without it, the built-in example.
    file: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Make the committee pack of two scenarios: the decision record, the changes, the charts
    /// before and after, the figures, the open problems, as tagged PDF, one self-contained
    /// HTML page or a Word document.
    Pack(crate::cli_pack::PackArgs),
    /// Import a staff list from an HR or payroll system (CSV, text or a workbook) as a plan:
    /// columns mapped by their headers (or `--mapping`), a unit for each unit path, every bad
    /// row reported; prints the mapping it used. A CSV of orgplan's own columns
    /// (id,parent,kind,name[,title,holder,fte,cost,status,heads,reports_to,serves,name_sv,
    /// name_en,body,member_of,assistant_to,capacity.KEY,forecast.KEY.YEAR]) is read as such.
    Import(crate::cli_import::ImportArgs),
    /// Write a scenario as a spreadsheet (CSV for Excel, or xlsx): one row per node with its
    /// fields and figures under orgplan's own column names, so that it imports back as it is.
    Table(crate::cli_table::TableArgs),
    /// Write a built-in example plan.
    Example {
        /// Which example: kouvola, manttavilppula, paijathame or utbildningskontoret.
        #[arg(long, default_value = "kouvola")]
        name: String,
        /// Where to write it.
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Load a plan (or a CSV, imported on the fly) and list the problems of every scenario.
    Check {
        /// The plan or CSV file.
        file: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// A supervisor with more direct reports than this is a problem.
        #[arg(long, default_value_t = CheckOptions::default().span_limit)]
        span_limit: usize,
    },
    /// Lay out a scenario's chart and write every box as JSON (top-left corner and size).
    Layout {
        /// The plan or CSV file.
        file: PathBuf,
        /// The scenario, by id or name (default: the baseline).
        #[arg(long)]
        scenario: Option<String>,
        /// Where to write the JSON (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
        #[command(flatten)]
        chart: ChartArgs,
    },
    /// Export a scenario's chart as SVG, PNG or tagged PDF.
    Export {
        /// The plan or CSV file.
        file: PathBuf,
        /// The scenario, by id or name (default: the baseline).
        #[arg(long)]
        scenario: Option<String>,
        /// The format.
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Where to write it; a PNG of several pages becomes OUT-1.png, OUT-2.png, ...
        #[arg(short, long)]
        output: PathBuf,
        /// The paper (PNG, PDF): a chart that would print text below 7 pt is split over pages.
        #[arg(long, value_enum, default_value_t = PaperArg::A3)]
        paper: PaperArg,
        /// Landscape pages (default: whichever way needs fewer pages, else prints larger).
        #[arg(long, conflicts_with = "portrait")]
        landscape: bool,
        /// Portrait pages.
        #[arg(long)]
        portrait: bool,
        /// Pixels per inch (PNG).
        #[arg(long, default_value_t = 150.0)]
        dpi: f32,
        /// Leave out holders' names and every field marked personal, for publication.
        #[arg(long)]
        redact: bool,
        /// Mark the changes from this scenario (by id or name) on the chart: changed boxes
        /// outlined and tagged, removed ones drawn faint where they stood.
        #[arg(long)]
        compare_with: Option<String>,
        /// How the chart is arranged on the paper (PNG, PDF): `fit` wraps long rows into bands,
        /// stacks posts or grows the chart left to right, whichever prints the largest text on
        /// one page, and splits it over pages only when none fits; `as-is` lays it out as the
        /// other options say.
        #[arg(long, value_enum, default_value_t = ArrangeArg::Fit)]
        arrange: ArrangeArg,
        #[command(flatten)]
        chart: ChartArgs,
    },
    /// List every change from one scenario to another, numbered and grouped, or as CSV or JSON.
    Diff {
        /// The plan or CSV file.
        file: PathBuf,
        /// The first scenario, by id or name (`baseline` for the baseline).
        #[arg(long)]
        from: String,
        /// The second scenario, by id or name.
        #[arg(long)]
        to: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = DiffFormatArg::Text)]
        format: DiffFormatArg,
        /// Leave out holders' names and every field marked personal.
        #[arg(long)]
        redact: bool,
        /// Where to write it (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// The staff impact list (confidential): one row per post holder, what changes for them.
    Impact {
        /// The plan file.
        file: PathBuf,
        /// The first scenario, by id or name (`baseline` for the baseline).
        #[arg(long)]
        from: String,
        /// The second scenario, by id or name.
        #[arg(long)]
        to: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ImpactFormatArg::Text)]
        format: ImpactFormatArg,
        /// Refused: the list names people and is never made for publication.
        #[arg(long)]
        redact: bool,
        /// Where to write it (default: standard output; an xlsx needs a file).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Merge two planners' copies of a plan three-way, by identity: exit 0 when clean, 1 when
    /// conflicts are left in OUT to resolve (as a git merge driver: `orgplan merge %O %A %B -o %A`).
    Merge {
        /// The version both started from.
        base: PathBuf,
        /// My version (kept where both changed the same field).
        mine: PathBuf,
        /// Their version.
        theirs: PathBuf,
        /// Where to write the merged plan.
        #[arg(short, long)]
        output: PathBuf,
    },
    /// The figures of one scenario, or of several side by side with deltas against the first.
    Stats {
        /// The plan or CSV file.
        file: PathBuf,
        /// A scenario by id or name; repeat for several (default: every scenario of the plan).
        #[arg(long)]
        scenario: Vec<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = StatsFormatArg::Text)]
        format: StatsFormatArg,
        /// A supervisor with more direct reports than this is over the limit.
        #[arg(long, default_value_t = CheckOptions::default().span_limit)]
        span_limit: usize,
        /// Where to write it (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Generate a sample organisation of any size, to try orgplan at scale.
    Generate(crate::cli_generate::GenerateArgs),
    /// Write shell completions for orgplan, to install where the shell looks for them (the
    /// Debian package installs those of bash, zsh and fish).
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
        /// Where to write them (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Write orgplan's manual pages (troff) into a folder: orgplan.1 and one for each command.
    #[command(hide = true)]
    Man {
        /// The folder.
        #[arg(short, long)]
        output: PathBuf,
    },
}

/// How a chart is laid out, for `layout` and `export`.
#[derive(Debug, clap::Args)]
struct ChartArgs {
    /// Grow left to right instead of top-down.
    #[arg(long)]
    left_right: bool,
    /// Keep leaves in rows instead of stacking them in columns.
    #[arg(long)]
    no_compact: bool,
    /// Collapse every node at this depth (roots are at depth 0).
    #[arg(long)]
    collapse_below: Option<usize>,
}

impl ChartArgs {
    fn layout_options(&self, lang: Lang) -> LayoutOptions {
        LayoutOptions {
            orientation: if self.left_right {
                Orientation::LeftRight
            } else {
                Orientation::TopDown
            },
            compact_leaves: !self.no_compact,
            collapse_below: self.collapse_below,
            lang,
            ..LayoutOptions::default()
        }
    }
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum ExportFormat {
    Svg,
    Png,
    Pdf,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum DiffFormatArg {
    Text,
    Md,
    Csv,
    Json,
}

impl DiffFormatArg {
    fn format(self) -> DiffFormat {
        match self {
            DiffFormatArg::Text => DiffFormat::Text,
            DiffFormatArg::Md => DiffFormat::Markdown,
            DiffFormatArg::Csv => DiffFormat::Csv,
            DiffFormatArg::Json => DiffFormat::Json,
        }
    }
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum ImpactFormatArg {
    Text,
    Csv,
    Xlsx,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum StatsFormatArg {
    Text,
    Csv,
    Json,
    Xlsx,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum ArrangeArg {
    Fit,
    AsIs,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum PaperArg {
    A4,
    A3,
    Fit,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum Format {
    Text,
    Json,
}

pub(crate) fn parse_lang(text: &str) -> Result<Lang, String> {
    Lang::from_code(text).ok_or_else(|| format!("`{text}` is not one of fi, sv, en"))
}

/// What `main` should do after parsing: run a command, or open the window.
pub enum Outcome {
    /// The command ran; exit with this code.
    Exit(ExitCode),
    /// Open the window on this plan.
    Window {
        /// The plan to show.
        plan: Box<Plan>,
        /// Its file, when it came from one.
        path: Option<PathBuf>,
        /// The language.
        lang: Lang,
        /// Whether `--lang` chose it (else the window may use the one it remembers).
        lang_given: bool,
        /// A staff list to open the mapping step of, over the built-in example.
        staff_list: Option<PathBuf>,
    },
}

/// Runs a command line.
///
/// # Errors
/// When an output cannot be written.
pub fn run(cli: Cli) -> anyhow::Result<Outcome> {
    let langs = cli.lang.unwrap_or_default();
    let lang = langs.first().copied().unwrap_or_else(Lang::from_system);
    let lang_given = !langs.is_empty();
    let Some(command) = cli.command else {
        return Ok(match cli.file {
            None => Outcome::Window {
                plan: Box::new(examples::load(Example::Kouvola)?),
                path: None,
                lang,
                lang_given,
                staff_list: None,
            },
            // A staff list opens in its mapping step, which makes the plan.
            Some(path) if orgplan::staff::is_staff_list(&path) => Outcome::Window {
                plan: Box::new(examples::load(Example::Kouvola)?),
                path: None,
                lang,
                lang_given,
                staff_list: Some(path),
            },
            Some(path) => match open_any(&path) {
                Ok(plan) => Outcome::Window {
                    plan: Box::new(plan),
                    path: Some(path),
                    lang,
                    lang_given,
                    staff_list: None,
                },
                Err(error) => Outcome::Exit(report(&error, lang)),
            },
        });
    };
    let code = match command {
        Command::Pack(args) => crate::cli_pack::run(
            args,
            if langs.is_empty() {
                std::slice::from_ref(&lang)
            } else {
                &langs
            },
        ),
        Command::Import(args) => crate::cli_import::run(args, lang),
        Command::Table(args) => crate::cli_table::run(args, lang),
        Command::Example { name, output } => {
            let Some(example) = Example::from_code(&name) else {
                let allowed = Example::ALL.map(Example::code).join(", ");
                let args = [("name", s(&name)), ("allowed", s(allowed))];
                eprintln!("{}", tr_args(lang, "cli-unknown-example", &args));
                return Ok(Outcome::Exit(ExitCode::from(2)));
            };
            write_plan(&examples::load(example)?, &output, lang)?
        }
        Command::Check {
            file,
            format,
            span_limit,
        } => match open_any(&file) {
            Ok(plan) => {
                let options = CheckOptions { span_limit };
                print_problems(&plan, &file, &options, format, lang)?;
                ExitCode::SUCCESS
            }
            Err(error) => report(&error, lang),
        },
        Command::Layout {
            file,
            scenario,
            output,
            chart: chart_args,
        } => match open_any(&file) {
            Ok(plan) => {
                let Some(scenario) = pick_scenario(&plan, scenario.as_deref(), lang) else {
                    return Ok(Outcome::Exit(ExitCode::from(2)));
                };
                let options = chart_args.layout_options(lang).with_view(scenario);
                let chart = layout(scenario, &options);
                let written = write_output(output.as_deref(), chart.to_json().as_bytes(), lang)?;
                // The process ends with this command: freeing a large plan node by node (a
                // tenth of the run at 100,000 nodes) would only delay the exit.
                std::mem::forget((chart, plan));
                written
            }
            Err(error) => report(&error, lang),
        },
        Command::Export {
            file,
            scenario,
            format,
            output,
            paper,
            landscape,
            portrait,
            dpi,
            redact,
            compare_with,
            arrange,
            chart: chart_args,
        } => match open_any(&file) {
            Ok(plan) => {
                let Some(scenario) = pick_scenario(&plan, scenario.as_deref(), lang) else {
                    return Ok(Outcome::Exit(ExitCode::from(2)));
                };
                let options = FileOptions {
                    format: match format {
                        ExportFormat::Svg => ChartFormat::Svg,
                        ExportFormat::Png => ChartFormat::Png,
                        ExportFormat::Pdf => ChartFormat::Pdf,
                    },
                    paper: match paper {
                        PaperArg::A4 => Paper::A4,
                        PaperArg::A3 => Paper::A3,
                        PaperArg::Fit => Paper::Fit,
                    },
                    orientation: match (landscape, portrait) {
                        (true, _) => PageOrientation::Landscape,
                        (_, true) => PageOrientation::Portrait,
                        _ => PageOrientation::Auto,
                    },
                    dpi,
                };
                // An SVG is one drawing of the whole chart, on no paper.
                let paged = options.format != ChartFormat::Svg;
                let chart_options = ChartOptions {
                    lang,
                    redact,
                    layout: chart_args.layout_options(lang),
                    fit: (arrange == ArrangeArg::Fit && paged).then_some(PageFit {
                        paper: options.paper,
                        orientation: options.orientation,
                    }),
                    edges_between_boxes: true,
                    heading_room: 0.0,
                };
                let drawing = match compare_with.as_deref() {
                    None => chart(&plan, scenario, &chart_options),
                    Some(key) => {
                        let Some(before) = pick_scenario(&plan, Some(key), lang) else {
                            return Ok(Outcome::Exit(ExitCode::from(2)));
                        };
                        chart_compared(&plan, before, scenario, &chart_options)
                    }
                };
                match export_chart(&drawing, &options, &output) {
                    Ok(files) => {
                        if let Some(arranged) = drawing.arrangement.message(lang) {
                            eprintln!("{arranged}");
                        }
                        eprintln!("{}", exported_message(&files, lang));
                        ExitCode::SUCCESS
                    }
                    Err(error) => {
                        eprintln!("{}", error.message(lang));
                        ExitCode::FAILURE
                    }
                }
            }
            Err(error) => report(&error, lang),
        },
        Command::Diff {
            file,
            from,
            to,
            format,
            redact,
            output,
        } => match open_any(&file) {
            Ok(plan) => {
                let (Some(a), Some(b)) = (
                    pick_scenario(&plan, Some(&from), lang),
                    pick_scenario(&plan, Some(&to), lang),
                ) else {
                    return Ok(Outcome::Exit(ExitCode::from(2)));
                };
                let file = ComparisonFile::ChangeList(format.format());
                match comparison_file(&plan, &a.meta.id, &b.meta.id, file, redact, lang) {
                    Ok(bytes) => write_output(output.as_deref(), &bytes, lang)?,
                    Err(error) => {
                        eprintln!("{}", error.message(lang));
                        ExitCode::from(2)
                    }
                }
            }
            Err(error) => report(&error, lang),
        },
        Command::Impact {
            file: file_path,
            from,
            to,
            format,
            redact,
            output,
        } => {
            let format = match format {
                ImpactFormatArg::Text => ImpactFormat::Text,
                ImpactFormatArg::Csv => ImpactFormat::Csv,
                ImpactFormatArg::Xlsx => ImpactFormat::Xlsx,
            };
            let file = ComparisonFile::ImpactList(format);
            if redact && !file.can_redact() {
                eprintln!("{}", ComparisonError::CannotRedact.message(lang));
                return Ok(Outcome::Exit(ExitCode::from(2)));
            }
            if format == ImpactFormat::Xlsx && output.is_none() {
                eprintln!("{}", tr(lang, "cli-xlsx-needs-output"));
                return Ok(Outcome::Exit(ExitCode::from(2)));
            }
            match open_any(&file_path) {
                Ok(plan) => {
                    let (Some(a), Some(b)) = (
                        pick_scenario(&plan, Some(&from), lang),
                        pick_scenario(&plan, Some(&to), lang),
                    ) else {
                        return Ok(Outcome::Exit(ExitCode::from(2)));
                    };
                    match comparison_file(&plan, &a.meta.id, &b.meta.id, file, false, lang) {
                        Ok(bytes) => write_output(output.as_deref(), &bytes, lang)?,
                        Err(error) => {
                            eprintln!("{}", error.message(lang));
                            ExitCode::FAILURE
                        }
                    }
                }
                Err(error) => report(&error, lang),
            }
        }
        Command::Merge {
            base,
            mine,
            theirs,
            output,
        } => {
            let mut plans = Vec::new();
            for path in [&base, &mine, &theirs] {
                match open_any(path) {
                    Ok(plan) => plans.push(plan),
                    Err(error) => {
                        report(&error, lang);
                        return Ok(Outcome::Exit(ExitCode::from(2)));
                    }
                }
            }
            let [b, m, t] = plans.as_slice() else {
                return Ok(Outcome::Exit(ExitCode::from(2)));
            };
            match merge(b, m, t) {
                Ok(merged) => {
                    if write_plan(&merged.plan, &output, lang)? != ExitCode::SUCCESS {
                        return Ok(Outcome::Exit(ExitCode::from(2)));
                    }
                    let outcome = merged.outcome();
                    for line in outcome.lines(lang) {
                        eprintln!("{line}");
                    }
                    if outcome.is_clean() {
                        ExitCode::SUCCESS
                    } else {
                        ExitCode::FAILURE
                    }
                }
                Err(error) => {
                    let args = [("reason", s(error.message(lang)))];
                    eprintln!("{}", tr_args(lang, "cli-merge-failed", &args));
                    ExitCode::from(2)
                }
            }
        }
        Command::Stats {
            file,
            scenario,
            format,
            span_limit,
            output,
        } => match open_any(&file) {
            Ok(plan) => {
                let mut chosen: Vec<&Scenario> = Vec::new();
                for key in &scenario {
                    let Some(found) = pick_scenario(&plan, Some(key), lang) else {
                        return Ok(Outcome::Exit(ExitCode::from(2)));
                    };
                    chosen.push(found);
                }
                if chosen.is_empty() {
                    chosen = plan.scenarios().iter().collect();
                }
                let all: Vec<Figures> = chosen.iter().map(|s| figures(s, span_limit)).collect();
                let format = match format {
                    StatsFormatArg::Text => StatsFormat::Text,
                    StatsFormatArg::Csv => StatsFormat::Csv,
                    StatsFormatArg::Json => StatsFormat::Json,
                    StatsFormatArg::Xlsx => {
                        let Some(output) = output.as_deref() else {
                            eprintln!("{}", tr(lang, "cli-xlsx-needs-output"));
                            return Ok(Outcome::Exit(ExitCode::from(2)));
                        };
                        return Ok(Outcome::Exit(
                            match stats_xlsx(&chosen, &all, plan.terms(), lang) {
                                Ok(bytes) => write_output(Some(output), &bytes, lang)?,
                                Err(error) => {
                                    let args = [("reason", s(error.to_string()))];
                                    eprintln!("{}", tr_args(lang, "error-spreadsheet", &args));
                                    ExitCode::FAILURE
                                }
                            },
                        ));
                    }
                };
                match stats_report(&chosen, &all, plan.terms(), format, lang) {
                    Ok(text) => write_output(output.as_deref(), text.as_bytes(), lang)?,
                    Err(error) => {
                        let args = [("reason", s(error.to_string()))];
                        eprintln!("{}", tr_args(lang, "error-report", &args));
                        ExitCode::FAILURE
                    }
                }
            }
            Err(error) => report(&error, lang),
        },
        Command::Generate(args) => crate::cli_generate::run(args, lang)?,
        Command::Completions { shell, output } => {
            let mut command = <Cli as clap::CommandFactory>::command();
            crate::cli_docs::completions(&mut command, shell, output.as_deref(), lang)?
        }
        Command::Man { output } => {
            let command = <Cli as clap::CommandFactory>::command();
            crate::cli_docs::man_pages(command, &output, lang)
        }
    };
    Ok(Outcome::Exit(code))
}

/// The scenario named on the command line, or the baseline; says so when there is none.
pub(crate) fn pick_scenario<'a>(
    plan: &'a Plan,
    key: Option<&str>,
    lang: Lang,
) -> Option<&'a Scenario> {
    let Some(key) = key else {
        return Some(plan.baseline());
    };
    let found = plan.find_scenario(key);
    if found.is_none() {
        let ids: Vec<&str> = plan
            .scenarios()
            .iter()
            .map(|s| s.meta.id.as_str())
            .collect();
        let args = [("name", s(key)), ("allowed", s(ids.join(", ")))];
        eprintln!("{}", tr_args(lang, "cli-unknown-scenario", &args));
    }
    found
}

/// Writes a report to a file (atomically) or to standard output.
pub(crate) fn write_output(
    output: Option<&Path>,
    bytes: &[u8],
    lang: Lang,
) -> anyhow::Result<ExitCode> {
    match output {
        Some(path) => {
            if let Err(error) = write_atomically(path, bytes) {
                eprintln!("{}", error.message(lang));
                return Ok(ExitCode::FAILURE);
            }
        }
        None => std::io::stdout().lock().write_all(bytes)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Says why a file given to a command could not become a plan, line by line.
pub(crate) fn report(error: &OpenError, lang: Lang) -> ExitCode {
    for line in error.lines(lang) {
        eprintln!("{line}");
    }
    ExitCode::FAILURE
}

pub(crate) fn write_plan(plan: &Plan, output: &Path, lang: Lang) -> anyhow::Result<ExitCode> {
    if let Err(error) = save_file(plan, output) {
        eprintln!("{}", error.message(lang));
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

fn print_problems(
    plan: &Plan,
    file: &Path,
    options: &CheckOptions,
    format: Format,
    lang: Lang,
) -> anyhow::Result<()> {
    let format = match format {
        Format::Text => ProblemsFormat::Text,
        Format::Json => ProblemsFormat::Json,
    };
    let file = file.display().to_string();
    let report = problems_report(plan, &file, options, format, lang);
    // As an io::Error, a closed pipe is recognised by `main` and is not a failure.
    std::io::stdout().lock().write_all(report.as_bytes())?;
    Ok(())
}
