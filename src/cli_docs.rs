//! What the command line says of itself, for the package: shell completions
//! (`orgplan completions bash`) and the manual pages (`orgplan man -o DIR`), both made from
//! the command line's own definition, so that they never disagree with `--help`.

use std::path::Path;
use std::process::ExitCode;

use clap_complete::Shell;
use orgplan::i18n::{Lang, s, tr_args};

/// Writes `command`'s completions for `shell` to `output`, or to standard output.
///
/// # Errors
/// When standard output cannot be written.
pub fn completions(
    command: &mut clap::Command,
    shell: Shell,
    output: Option<&Path>,
    lang: Lang,
) -> anyhow::Result<ExitCode> {
    let mut bytes = Vec::new();
    clap_complete::generate(shell, command, "orgplan", &mut bytes);
    crate::cli::write_output(output, &bytes, lang)
}

/// Writes `command`'s manual pages into the folder `dir` (made when missing).
pub fn man_pages(command: clap::Command, dir: &Path, lang: Lang) -> ExitCode {
    let written =
        std::fs::create_dir_all(dir).and_then(|()| clap_mangen::generate_to(command, dir));
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            let args = [
                ("path", s(dir.display().to_string())),
                ("reason", s(error.to_string())),
            ];
            eprintln!("{}", tr_args(lang, "cli-man-failed", &args));
            ExitCode::FAILURE
        }
    }
}
