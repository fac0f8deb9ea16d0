//! `orgplan`: the window with no subcommand, else a command-line tool.

mod cli;
mod cli_docs;
mod cli_generate;
mod cli_import;
mod cli_pack;
mod cli_progress;
mod cli_table;

use std::process::ExitCode;

use clap::Parser as _;
use orgplan::i18n::{s, tr_args};

// mimalloc, not the system's malloc: glibc gives a chart's large buffers back to the system after
// each layout only to fault them in again on the next, so that at 100,000 nodes a layout in the
// window takes about a quarter less time. Without transparent huge pages (the `no_thp` feature):
// with them, a run was sometimes faster but on average slower, stalled while the kernel made room.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    match cli::run(cli::Cli::parse()) {
        Ok(cli::Outcome::Exit(code)) => code,
        Ok(cli::Outcome::Window {
            plan,
            path,
            lang,
            lang_given,
            staff_list,
        }) => match orgplan::app::run(*plan, path, lang, lang_given, staff_list) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                let args = [("reason", s(error.to_string()))];
                eprintln!("{}", tr_args(lang, "cli-window-failed", &args));
                ExitCode::FAILURE
            }
        },
        Err(error) => {
            // A broken pipe (`orgplan check x | head`) is not a failure of orgplan.
            let broken_pipe = error
                .downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe);
            if broken_pipe {
                return ExitCode::SUCCESS;
            }
            eprintln!("orgplan: {error:#}");
            ExitCode::FAILURE
        }
    }
}
