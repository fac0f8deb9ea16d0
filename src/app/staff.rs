//! The staff list step's state: a list read from HR's export, its columns as orgplan guessed
//! them (each changeable), what the mapping makes of it and, into the open plan, the changes
//! the update would make. A large list is read and built on a thread of its own (see
//! [`super::job`]) while the window shows how far it has come; the open plan is not touched
//! until the planner imports or applies. The step's window is drawn by `staff_ui.rs`.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::job::{Job, Polled};
use crate::compare::report::{Sides, diff_text};
use crate::i18n::{Lang, tr};
use crate::model::{Names, Plan};
use crate::progress::{Progress, Stage};
use crate::staff::preview::{PreviewRow, Showing, preview};
use crate::staff::{
    Imported, LARGE_FILE, Mapping, Source, Updated, build_with, read_source_with, update,
};

/// From this many rows on, a changed mapping builds the list on a thread of its own.
const BUILD_IN_BACKGROUND_FROM: usize = 5_000;

/// How many rows the preview shows: the first ones, enough to check the mapping by.
pub const PREVIEW_ROWS: usize = 200;

/// What a mapping makes of a list.
pub struct Outcome {
    /// The plan of its good rows, or why there is none.
    pub built: Result<Imported, String>,
    /// Into the open plan: the plan updated, and its changes as sentences (or why it cannot).
    pub updated: Option<Result<(Updated, String), String>>,
}

impl Outcome {
    /// What `mapping` makes of `source`; `into` is the open plan to update and whether to carry
    /// the updates into its other scenarios.
    fn of(
        source: &Source,
        mapping: &Mapping,
        into: Option<(&Plan, bool)>,
        lang: Lang,
        progress: &Progress,
    ) -> Outcome {
        let stem = source
            .path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let built =
            build_with(source, mapping, Names::fi(&stem), progress).map_err(|e| e.message(lang));
        let updated = match (&built, into) {
            (Ok(imported), Some((plan, carry))) => {
                progress.start(Stage::Comparing, 0);
                Some(
                    update(plan, imported.plan.baseline(), mapping, carry)
                        .map(|updated| {
                            let sides = Sides::new(plan.baseline(), updated.plan.baseline())
                                .with_terms(plan.terms());
                            let text = diff_text(&updated.changes, &sides, lang);
                            (updated, text)
                        })
                        .map_err(|e| e.message(lang)),
                )
            }
            _ => None,
        };
        Outcome { built, updated }
    }
}

/// A staff list being mapped, before it is imported.
pub struct StaffImport {
    /// The list as read.
    pub source: Arc<Source>,
    /// The mapping shown, as the planner has left it.
    pub mapping: Mapping,
    /// Into the open plan (an update of its baseline) rather than as a new plan.
    pub into: bool,
    /// With `into`: carry the updates into the other scenarios.
    pub carry: bool,
    /// Which rows the preview shows.
    showing: Showing,
    /// The capacity column being added: its header, and the measure's key.
    pub new_measure: (Option<String>, String),
    /// What the mapping makes of the list.
    pub outcome: Outcome,
    /// The rows the preview shows, and how many `showing` picks in all, once made.
    preview: Option<(Vec<PreviewRow>, usize)>,
    /// The outcome of a changed mapping, while a large list is built again.
    pending: Option<Job<Outcome>>,
}

impl StaffImport {
    /// The step for `source`, its mapping guessed (or the plan's own, when it fits), built in
    /// this thread.
    #[must_use]
    pub fn new(source: Source, into: bool, plan: &Plan, lang: Lang) -> StaffImport {
        Self::new_with(source, into.then_some(plan), lang, &Progress::default())
    }

    /// The step for `source`, an update of `into` when given.
    fn new_with(
        source: Source,
        into: Option<&Plan>,
        lang: Lang,
        progress: &Progress,
    ) -> StaffImport {
        // The mapping the plan was imported with, when the list has its columns: the next
        // export of the same system maps itself.
        let kept = into
            .and_then(|plan| plan.staff_mapping.clone())
            .filter(|m| m.resolve(&source.headers).is_ok());
        let mut mapping = kept.unwrap_or_else(|| Mapping::guess(&source.headers));
        mapping.sheet.clone_from(&source.sheet);
        let carry = true;
        let outcome = Outcome::of(&source, &mapping, into.map(|p| (p, carry)), lang, progress);
        StaffImport {
            source: Arc::new(source),
            mapping,
            into: into.is_some(),
            carry,
            showing: Showing::default(),
            new_measure: (None, String::new()),
            outcome,
            preview: None,
            pending: None,
        }
    }

    /// Builds the list again with the mapping as it now is: at once for a short list, on a
    /// thread of its own for a long one.
    pub fn recompute(&mut self, plan: &Plan, lang: Lang) {
        self.preview = None;
        let into = self.into.then_some((plan, self.carry));
        if self.source.rows.len() < BUILD_IN_BACKGROUND_FROM {
            self.outcome = Outcome::of(
                &self.source,
                &self.mapping,
                into,
                lang,
                &Progress::default(),
            );
            self.pending = None;
            return;
        }
        let source = Arc::clone(&self.source);
        let mapping = self.mapping.clone();
        let into = into.map(|(plan, carry)| (plan.clone(), carry));
        // A job still running for an earlier mapping is dropped: its answer goes nowhere.
        self.pending = Some(Job::spawn(move |progress| {
            let into = into.as_ref().map(|(plan, carry)| (plan, *carry));
            Outcome::of(&source, &mapping, into, lang, progress)
        }));
    }

    /// Takes the outcome of a changed mapping once it is built; how far it has come while not.
    pub fn poll(&mut self, lang: Lang) -> Option<&Progress> {
        let polled = self.pending.as_ref()?.poll();
        match polled {
            Polled::Running => return self.pending.as_ref().map(Job::progress),
            Polled::Done(outcome) => self.outcome = outcome,
            Polled::Lost => {
                self.outcome = Outcome {
                    built: Err(tr(lang, "staff-job-lost")),
                    updated: None,
                }
            }
        }
        self.pending = None;
        self.preview = None;
        None
    }

    /// Which rows the preview shows.
    #[must_use]
    pub fn showing(&self) -> Showing {
        self.showing
    }

    /// Shows `showing`'s rows in the preview.
    pub fn show(&mut self, showing: Showing) {
        if showing != self.showing {
            self.showing = showing;
            self.preview = None;
        }
    }

    /// The rows the preview shows (at most [`PREVIEW_ROWS`]) and how many it picks in all;
    /// `None` when the mapping makes nothing.
    pub fn preview(&mut self, lang: Lang) -> Option<&(Vec<PreviewRow>, usize)> {
        let imported = self.outcome.built.as_ref().ok()?;
        if self.preview.is_none() {
            let (source, mapping, showing) = (&self.source, &self.mapping, self.showing);
            self.preview = Some(preview(
                source,
                mapping,
                imported,
                showing,
                PREVIEW_ROWS,
                lang,
            ));
        }
        self.preview.as_ref()
    }

    /// Whether a changed mapping is still being built.
    #[must_use]
    pub fn building(&self) -> bool {
        self.pending.is_some()
    }

    /// The rows that cannot be read.
    #[must_use]
    pub fn bad_rows(&self) -> usize {
        self.outcome.built.as_ref().map_or(0, |i| i.bad.len())
    }

    /// Whether the step has a plan to open or put in place.
    #[must_use]
    pub fn ready(&self) -> bool {
        !self.building()
            && match (&self.outcome.built, &self.outcome.updated) {
                (Ok(_), Some(updated)) => updated.is_ok(),
                (Ok(_), None) => true,
                (Err(_), _) => false,
            }
    }

    /// The plan the step would open (a new plan) or put in place (an update), if it can.
    #[must_use]
    pub fn result(&self) -> Option<Plan> {
        if self.building() {
            return None;
        }
        match (&self.outcome.built, &self.outcome.updated) {
            (Ok(_), Some(Ok((updated, _)))) => Some(updated.plan.clone()),
            (Ok(imported), None) => Some(imported.plan.clone()),
            _ => None,
        }
    }
}

/// The staff list step: the list being read, or its mapping shown.
pub enum StaffStep {
    /// A large list being read and built on a thread of its own.
    Reading {
        /// The list.
        path: PathBuf,
        /// The work.
        job: Job<Result<StaffImport, String>>,
    },
    /// The list read, its mapping shown.
    Mapping(Box<StaffImport>),
}

impl super::OrgplanApp {
    /// Reads the staff list at `path` and opens its mapping step; says why when it cannot.
    pub(super) fn read_staff_list(&mut self, path: &Path, into: bool) {
        self.read_staff_sheet(path, into, None);
    }

    /// Reads `sheet` (default: the first) of the staff list at `path`: a large list on a
    /// thread of its own, its progress shown.
    pub(super) fn read_staff_sheet(&mut self, path: &Path, into: bool, sheet: Option<String>) {
        let lang = self.lang;
        let large = std::fs::metadata(path).is_ok_and(|m| m.len() >= LARGE_FILE);
        if !large {
            match crate::staff::read_source(path, sheet.as_deref()) {
                Ok(source) => {
                    let step = StaffImport::new(source, into, &self.plan, lang);
                    self.staff = Some(StaffStep::Mapping(Box::new(step)));
                }
                Err(error) => self.say(error.message(lang), true),
            }
            return;
        }
        // Only an update needs the open plan on the other thread.
        let plan = into.then(|| self.plan.clone());
        let file = path.to_owned();
        let job = Job::spawn(move |progress| {
            let source =
                read_source_with(&file, sheet.as_deref(), progress).map_err(|e| e.message(lang))?;
            Ok(StaffImport::new_with(source, plan.as_ref(), lang, progress))
        });
        self.staff = Some(StaffStep::Reading {
            path: path.to_owned(),
            job,
        });
    }

    /// The mapping step, while one is shown.
    #[must_use]
    pub fn staff_step(&self) -> Option<&StaffImport> {
        match self.staff.as_ref()? {
            StaffStep::Mapping(step) => Some(step),
            StaffStep::Reading { .. } => None,
        }
    }

    /// Whether a staff list is being read, and how far it has come.
    #[must_use]
    pub fn staff_reading(&self) -> Option<&Progress> {
        match self.staff.as_ref()? {
            StaffStep::Reading { job, .. } => Some(job.progress()),
            StaffStep::Mapping(_) => None,
        }
    }

    /// Shows the mapping step once the list being read is read, or says why it could not be.
    pub(super) fn poll_staff_reading(&mut self) {
        let Some(StaffStep::Reading { job, .. }) = &self.staff else {
            return;
        };
        match job.poll() {
            Polled::Running => {}
            Polled::Done(Ok(step)) => self.staff = Some(StaffStep::Mapping(Box::new(step))),
            Polled::Done(Err(message)) => {
                self.staff = None;
                self.say(message, true);
            }
            Polled::Lost => {
                self.staff = None;
                self.say(tr(self.lang, "staff-job-lost"), true);
            }
        }
    }
}
