//! How far a long piece of work has come (reading a staff list of 100,000 rows, building its
//! plan, comparing it with the open one), written by the thread doing it and read by whoever
//! shows it: the window's progress bar, or the terminal's. Plain atomics: the worker never
//! waits for the reader, and a reader sees a stage and a count that may be a moment old.

use std::sync::atomic::{AtomicU8, AtomicU64, Ordering};

use crate::i18n::{Lang, tr};

/// The steps of an import, in the order they run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Stage {
    /// Waiting to start.
    #[default]
    Starting,
    /// Reading the file into rows (counted in bytes of text, or in rows of a sheet).
    Reading,
    /// Making posts and units of the rows (counted in rows).
    Building,
    /// Comparing the result with the open plan (not counted).
    Comparing,
}

impl Stage {
    const ALL: [Stage; 4] = [
        Stage::Starting,
        Stage::Reading,
        Stage::Building,
        Stage::Comparing,
    ];

    /// What the stage is doing, in `lang`.
    #[must_use]
    pub fn text(self, lang: Lang) -> String {
        tr(
            lang,
            match self {
                Stage::Starting => "progress-starting",
                Stage::Reading => "progress-reading",
                Stage::Building => "progress-building",
                Stage::Comparing => "progress-comparing",
            },
        )
    }
}

/// The shared state of one piece of work.
#[derive(Debug, Default)]
pub struct Progress {
    stage: AtomicU8,
    done: AtomicU64,
    total: AtomicU64,
}

/// How many steps a worker takes between two writes of its count: one write every thousand
/// rows costs nothing beside the rows, and a bar cannot show finer steps of 100,000.
pub const REPORT_EVERY: usize = 1_024;

impl Progress {
    /// Starts `stage`, of `total` steps (0 when they cannot be counted).
    pub fn start(&self, stage: Stage, total: u64) {
        self.done.store(0, Ordering::Relaxed);
        self.total.store(total, Ordering::Relaxed);
        let at = Stage::ALL.iter().position(|s| *s == stage).unwrap_or(0);
        self.stage
            .store(u8::try_from(at).unwrap_or(0), Ordering::Relaxed);
    }

    /// `done` steps of the stage are done.
    pub fn set(&self, done: u64) {
        self.done.store(done, Ordering::Relaxed);
    }

    /// The stage running now.
    #[must_use]
    pub fn stage(&self) -> Stage {
        let at = usize::from(self.stage.load(Ordering::Relaxed));
        Stage::ALL.get(at).copied().unwrap_or_default()
    }

    /// Steps done and steps in all of the stage running now (`total` 0 when not counted).
    #[must_use]
    pub fn counts(&self) -> (u64, u64) {
        (
            self.done.load(Ordering::Relaxed),
            self.total.load(Ordering::Relaxed),
        )
    }

    /// How much of the stage is done, from 0 to 1; `None` when it is not counted.
    #[must_use]
    pub fn fraction(&self) -> Option<f32> {
        let (done, total) = self.counts();
        #[allow(clippy::cast_precision_loss)] // a bar's width, not a count
        (total > 0).then(|| (done.min(total) as f32 / total as f32).clamp(0.0, 1.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stage_counts_from_zero_and_an_uncounted_one_has_no_fraction() {
        let progress = Progress::default();
        assert_eq!(progress.stage(), Stage::Starting);
        progress.start(Stage::Reading, 200);
        progress.set(50);
        assert_eq!(progress.stage(), Stage::Reading);
        assert_eq!(progress.fraction(), Some(0.25));
        progress.set(300);
        assert_eq!(progress.fraction(), Some(1.0));
        progress.start(Stage::Comparing, 0);
        assert_eq!(
            (progress.stage(), progress.fraction()),
            (Stage::Comparing, None)
        );
        assert_eq!(progress.counts(), (0, 0));
    }
}
