//! `orgplan`: the window with no subcommand, else a command-line tool.

mod cli;

use std::process::ExitCode;

use clap::Parser as _;
use orgplan::i18n::{s, tr_args};

// mimalloc, not the system's malloc: a large plan is millions of small allocations (names, ids),
// and glibc gives a chart's large buffers back to the system after each layout only to fault
// them in again on the next. At 100,000 nodes a layout takes about a third less time.
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
        }) => match orgplan::app::run(*plan, path, lang, lang_given) {
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
