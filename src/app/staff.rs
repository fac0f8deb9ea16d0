//! The staff list step: a list read from HR's export, its columns shown as orgplan guessed them
//! (each changeable), what it would make (posts, units, rows to be placed) and the rows it cannot
//! read, each with its place and reason; then import the good rows or nothing. Into the open
//! plan, the changes the update would make are listed first, and applying it is one undoable
//! step (carried into the other scenarios when asked, the clashes left as merge conflicts).

use egui::{RichText, Ui};

use super::actions::AppAction;
use crate::compare::report::{DiffFormat, Sides, diff_report};
use crate::i18n::{Lang, n, tr, tr_args};
use crate::model::{Names, Plan};
use crate::staff::{Imported, Mapping, Source, Target, Updated, build, update};

/// How many bad rows and changes the step lists before "and N more".
const SHOWN: usize = 200;

/// A staff list being mapped, before it is imported.
pub struct StaffImport {
    /// The list as read.
    pub source: Source,
    /// The mapping shown, as the planner has left it.
    pub mapping: Mapping,
    /// Into the open plan (an update of its baseline) rather than as a new plan.
    pub into: bool,
    /// With `into`: carry the updates into the other scenarios.
    pub carry: bool,
    /// What the mapping makes of the list (or why it cannot).
    outcome: Result<Imported, String>,
    /// With `into`: the open plan updated, and its changes as sentences.
    updated: Option<Result<(Updated, String), String>>,
}

impl StaffImport {
    /// The step for `source`, its mapping guessed (or the plan's own, when it fits).
    #[must_use]
    pub fn new(source: Source, into: bool, plan: &Plan, lang: Lang) -> StaffImport {
        // The mapping the plan was imported with, when the list has its columns: the next
        // export of the same system maps itself.
        let kept = plan
            .staff_mapping
            .clone()
            .filter(|m| into && m.resolve(&source.headers).is_ok());
        let mapping = kept.unwrap_or_else(|| Mapping::guess(&source.headers));
        let mut step = StaffImport {
            source,
            mapping,
            into,
            carry: true,
            outcome: Err(String::new()),
            updated: None,
        };
        step.recompute(plan, lang);
        step
    }

    /// Builds the list again with the mapping as it now is.
    pub fn recompute(&mut self, plan: &Plan, lang: Lang) {
        let stem = self
            .source
            .path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        self.outcome =
            build(&self.source, &self.mapping, Names::fi(&stem)).map_err(|e| e.message(lang));
        self.updated = match (&self.outcome, self.into) {
            (Ok(imported), true) => Some(
                update(plan, imported.plan.baseline(), &self.mapping, self.carry)
                    .map(|updated| {
                        let sides = Sides::new(plan.baseline(), updated.plan.baseline())
                            .with_terms(plan.terms());
                        let text = diff_report(&updated.changes, &sides, DiffFormat::Text, lang);
                        (updated, text)
                    })
                    .map_err(|e| e.message(lang)),
            ),
            _ => None,
        };
    }

    /// The rows that cannot be read.
    #[must_use]
    pub fn bad_rows(&self) -> usize {
        self.outcome.as_ref().map_or(0, |i| i.bad.len())
    }

    /// The plan the step would open (a new plan) or put in place (an update), if it can.
    #[must_use]
    pub fn result(&self) -> Option<Plan> {
        match (&self.outcome, &self.updated) {
            (Ok(_), Some(Ok((updated, _)))) => Some(updated.plan.clone()),
            (Ok(imported), None) => Some(imported.plan.clone()),
            _ => None,
        }
    }
}

impl super::OrgplanApp {
    /// Reads the staff list at `path` and opens its mapping step; says why when it cannot.
    pub(super) fn read_staff_list(&mut self, path: &std::path::Path, into: bool) {
        match crate::staff::read_source(path, None) {
            Ok(source) => self.staff = Some(StaffImport::new(source, into, &self.plan, self.lang)),
            Err(error) => self.say(error.message(self.lang), true),
        }
    }

    /// The mapping step, while one is open.
    #[must_use]
    pub fn staff_step(&self) -> Option<&StaffImport> {
        self.staff.as_ref()
    }
}

/// The step's window; `false` once it is closed (imported, applied or cancelled).
pub(super) fn staff_ui(
    ctx: &egui::Context,
    step: &mut StaffImport,
    plan: &Plan,
    lang: Lang,
    actions: &mut Vec<AppAction>,
) -> bool {
    let mut open = true;
    let title = if step.into {
        "staff-update-title"
    } else {
        "staff-import-title"
    };
    egui::Modal::new(egui::Id::unique("staff_import")).show(ctx, |ui| {
        ui.set_max_width(ctx.content_rect().width() * 0.8);
        ui.heading(tr(lang, title));
        let file = step.source.path.display().to_string();
        let mut read = vec![file, step.source.encoding.to_owned()];
        read.extend(step.source.sheet.clone());
        ui.label(RichText::new(read.join(" · ")).weak());
        ui.separator();
        if mapping_ui(ui, step, lang) {
            step.recompute(plan, lang);
        }
        if step.into
            && ui
                .checkbox(&mut step.carry, tr(lang, "staff-carry"))
                .changed()
        {
            step.recompute(plan, lang);
        }
        ui.separator();
        outcome_ui(ui, step, lang);
        ui.separator();
        ui.horizontal(|ui| {
            let bad = step.bad_rows();
            let ready = step.result().is_some();
            let key = match (step.into, bad > 0) {
                (true, _) => "staff-apply",
                (false, false) => "staff-import",
                (false, true) => "staff-import-good",
            };
            if ui
                .add_enabled(ready, egui::Button::new(tr(lang, key)))
                .clicked()
                && let Some(result) = step.result()
            {
                actions.push(if step.into {
                    AppAction::ApplyStaffUpdate(Box::new(result))
                } else {
                    AppAction::OpenImported(Box::new(result))
                });
                open = false;
            }
            if ui.button(tr(lang, "button-cancel")).clicked() {
                open = false;
            }
        });
    });
    open
}

/// A row for each field: its column, chosen among the headers; `true` when one changed.
fn mapping_ui(ui: &mut Ui, step: &mut StaffImport, lang: Lang) -> bool {
    let mut changed = false;
    let none = tr(lang, "staff-column-none");
    egui::ScrollArea::vertical()
        .id_salt("staff_mapping")
        .max_height(260.0)
        .show(ui, |ui| {
            egui::Grid::new("staff_mapping_grid")
                .num_columns(2)
                .spacing([12.0, 4.0])
                .show(ui, |ui| {
                    for target in Target::ALL {
                        let label = ui.label(tr(lang, &format!("staff-target-{}", target.code())));
                        let chosen = step.mapping.columns.get(&target).cloned();
                        let shown = chosen.clone().unwrap_or_else(|| none.clone());
                        let mut pick = chosen.clone();
                        egui::ComboBox::from_id_salt(("staff_column", target.code()))
                            .selected_text(shown)
                            .width(240.0)
                            .show_ui(ui, |ui| {
                                ui.selectable_value(&mut pick, None, none.clone());
                                for header in &step.source.headers {
                                    let value = Some(header.clone());
                                    ui.selectable_value(&mut pick, value, header.as_str());
                                }
                            })
                            .response
                            .labelled_by(label.id);
                        if pick != chosen {
                            match pick {
                                Some(header) => step.mapping.columns.insert(target, header),
                                None => step.mapping.columns.remove(&target),
                            };
                            changed = true;
                        }
                        ui.end_row();
                    }
                });
        });
    changed
}

/// What the mapping makes: the counts, the bad rows, and for an update its changes.
fn outcome_ui(ui: &mut Ui, step: &StaffImport, lang: Lang) {
    let imported = match &step.outcome {
        Ok(imported) => imported,
        Err(message) => {
            ui.colored_label(ui.visuals().warn_fg_color, message);
            return;
        }
    };
    ui.label(tr_args(
        lang,
        "staff-preview",
        &[
            ("posts", n(imported.posts)),
            ("units", n(imported.units)),
            ("placed", n(imported.to_be_placed)),
            ("bad", n(imported.bad.len())),
        ],
    ));
    egui::ScrollArea::vertical()
        .id_salt("staff_outcome")
        .max_height(220.0)
        .show(ui, |ui| {
            let warn = ui.visuals().warn_fg_color;
            for row in imported.bad.iter().take(SHOWN) {
                ui.colored_label(warn, row.message(lang));
            }
            if imported.bad.len() > SHOWN {
                let more = [("count", n(imported.bad.len() - SHOWN))];
                ui.label(tr_args(lang, "staff-more", &more));
            }
            match &step.updated {
                Some(Ok((updated, text))) => {
                    for line in text.lines().take(SHOWN) {
                        ui.label(line);
                    }
                    for conflict in &updated.conflicts {
                        let text = crate::model::conflict_text(conflict, Some(&updated.plan), lang);
                        ui.colored_label(warn, text);
                    }
                }
                Some(Err(message)) => {
                    ui.colored_label(warn, message);
                }
                None => {}
            }
        });
}
