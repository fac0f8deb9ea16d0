//! A progress bar on the terminal for long imports: the work runs on a thread of its own while
//! this one draws how far it has come on standard error (nothing when that is no terminal, so
//! scripts and logs see only the messages).

use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};
use orgplan::i18n::Lang;
use orgplan::progress::{Progress, Stage};

/// How often the bar is drawn again.
const TICK: Duration = Duration::from_millis(100);

/// Runs `work`, with a bar on the terminal when `show`.
pub fn with_progress<T: Send>(
    show: bool,
    lang: Lang,
    work: impl FnOnce(&Progress) -> T + Send,
) -> T {
    let progress = Progress::default();
    if !show {
        return work(&progress);
    }
    let counted = ProgressStyle::with_template("{msg:28} [{bar:30}] {percent:>3} %")
        .map(|s| s.progress_chars("=> "))
        .unwrap_or_else(|_| ProgressStyle::default_bar());
    let uncounted = ProgressStyle::with_template("{msg:28} {spinner}")
        .unwrap_or_else(|_| ProgressStyle::default_spinner());
    let bar = ProgressBar::new(0).with_style(uncounted.clone());
    let result = std::thread::scope(|scope| {
        let worker = scope.spawn(|| work(&progress));
        let mut was_counted = false;
        while !worker.is_finished() {
            std::thread::sleep(TICK);
            let stage = progress.stage();
            if stage == Stage::Starting {
                continue;
            }
            let (done, total) = progress.counts();
            bar.set_length(total);
            bar.set_position(done.min(total));
            bar.set_message(stage.text(lang));
            let is_counted = total > 0;
            if is_counted != was_counted {
                bar.set_style(if is_counted {
                    counted.clone()
                } else {
                    uncounted.clone()
                });
                was_counted = is_counted;
            }
            bar.tick();
        }
        worker.join()
    });
    bar.finish_and_clear();
    // A fault in the work is orgplan's: it goes on as it would have without the bar.
    result.unwrap_or_else(|fault| std::panic::resume_unwind(fault))
}
