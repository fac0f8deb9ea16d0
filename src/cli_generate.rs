//! `orgplan generate`: a sample organisation of any size and shape, written as CSV or as a
//! plan, to try orgplan at scale (the library's generator does the work).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use orgplan::generate::{GenOptions, Shape, generate_csv, generate_plan};
use orgplan::i18n::{Lang, n, s, tr_args};

use crate::cli::{write_output, write_plan};

/// The most nodes `generate` makes: more would not open in the window on a laptop.
const MAX_GENERATED: u32 = 5_000_000;

/// What `orgplan generate` is told.
#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// The shape: a municipal education division, one wide row, one deep chain, or a
    /// complete tree.
    #[arg(long, value_enum, default_value_t = ShapeArg::Realistic)]
    shape: ShapeArg,
    /// The exact number of nodes.
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=i64::from(MAX_GENERATED)))]
    nodes: u32,
    /// Another seed gives another organisation of the same shape.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Every this many teams, a team also serves a unit elsewhere (a matrix organisation).
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..))]
    serves: Option<u32>,
    /// Posts get their holder in its own field instead of in brackets after the title.
    #[arg(long)]
    holders: bool,
    /// Rows in a shuffled order (CSV), as an export from another system may come.
    #[arg(long)]
    shuffle: bool,
    /// The file to write: `.csv`, or a plan (`.orgplan`, `.ron`).
    #[arg(short, long)]
    output: PathBuf,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum ShapeArg {
    Realistic,
    Wide,
    Deep,
    Balanced,
}

impl From<ShapeArg> for Shape {
    fn from(shape: ShapeArg) -> Shape {
        match shape {
            ShapeArg::Realistic => Shape::Realistic,
            ShapeArg::Wide => Shape::Wide,
            ShapeArg::Deep => Shape::Deep,
            ShapeArg::Balanced => Shape::Balanced,
        }
    }
}

/// Generates the organisation and writes it.
///
/// # Errors
/// When standard output cannot be written.
pub fn run(args: GenerateArgs, lang: Lang) -> anyhow::Result<ExitCode> {
    let options = GenOptions {
        shape: args.shape.into(),
        nodes: args.nodes as usize,
        seed: args.seed,
        holders: args.holders,
        serves_every: args.serves.map(|every| every as usize),
        shuffle: args.shuffle,
    };
    generate_into(&options, &args.output, lang)
}

/// Writes a generated organisation as CSV or as a plan, by the output's extension.
fn generate_into(options: &GenOptions, output: &Path, lang: Lang) -> anyhow::Result<ExitCode> {
    let extension = output
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    let written = match extension.as_deref() {
        Some("csv") => match generate_csv(options) {
            Ok(bytes) => write_output(Some(output), &bytes, lang)?,
            Err(error) => {
                let args = [("reason", s(error.to_string()))];
                eprintln!("{}", tr_args(lang, "error-report", &args));
                ExitCode::FAILURE
            }
        },
        Some("ron" | "orgplan") => match generate_plan(options) {
            Ok(plan) => write_plan(&plan, output, lang)?,
            Err(errors) => {
                for error in errors {
                    eprintln!("{}", error.display(lang));
                }
                ExitCode::FAILURE
            }
        },
        _ => {
            let args = [("path", s(output.display().to_string()))];
            eprintln!("{}", tr_args(lang, "cli-generate-extension", &args));
            ExitCode::from(2)
        }
    };
    if written == ExitCode::SUCCESS {
        let args = [
            ("count", n(options.nodes)),
            ("path", s(output.display().to_string())),
        ];
        eprintln!("{}", tr_args(lang, "cli-generated", &args));
    }
    Ok(written)
}
