//! The staff list step's window: the sheet, each field's column (as orgplan guessed it, each
//! changeable), how unit paths split and monthly costs become annual, the capacity columns;
//! then the rows as the mapping reads them, each with what becomes of it, the rows that
//! cannot be read, and for an update the changes it would make; import the good rows or
//! nothing. While a large list is read or built again, a progress bar says how far it is.

use egui::{Align, Layout, ProgressBar, RichText, Ui};
use egui_extras::{Column, TableBuilder};

use super::actions::AppAction;
use super::staff::{StaffImport, StaffStep};
use crate::i18n::{Lang, format_number, n, s, tr, tr_args};
use crate::model::Plan;
use crate::progress::Progress;
use crate::staff::Target;
use crate::staff::numbers::staff_number;
use crate::staff::preview::{Fate, Showing, columns};

/// How many changes the step lists before "and N more".
const SHOWN: usize = 200;

/// How often the window looks again at work running on another thread.
const POLL: std::time::Duration = std::time::Duration::from_millis(100);

/// How the step's window was left this frame.
enum StepEnd {
    /// Still open.
    Open,
    /// Imported, applied or cancelled.
    Closed,
    /// Another sheet of the workbook chosen: read it.
    Sheet(String),
}

impl super::OrgplanApp {
    /// The staff list step's window, while there is one: the list being read, or its mapping.
    pub(super) fn staff_ui(&mut self, ctx: &egui::Context, actions: &mut Vec<AppAction>) {
        self.poll_staff_reading();
        let lang = self.lang;
        let end = match self.staff.as_mut() {
            None => return,
            Some(StaffStep::Reading { path, job }) => {
                let file = path.display().to_string();
                if reading_ui(ctx, &file, job.progress(), lang) {
                    StepEnd::Open
                } else {
                    StepEnd::Closed
                }
            }
            Some(StaffStep::Mapping(step)) => staff_ui(ctx, step, &self.plan, lang, actions),
        };
        match end {
            StepEnd::Open => {}
            StepEnd::Closed => self.staff = None,
            StepEnd::Sheet(sheet) => {
                if let Some(StaffStep::Mapping(step)) = self.staff.take() {
                    let path = step.source.path.clone();
                    self.read_staff_sheet(&path, step.into, Some(sheet));
                }
            }
        }
    }
}

/// The window of a list being read: its file, the stage, a progress bar; `false` once
/// cancelled.
fn reading_ui(ctx: &egui::Context, file: &str, progress: &Progress, lang: Lang) -> bool {
    ctx.request_repaint_after(POLL);
    let mut open = true;
    egui::Modal::new(egui::Id::unique("staff_reading")).show(ctx, |ui| {
        ui.set_min_width(360.0);
        ui.heading(tr(lang, "staff-reading-title"));
        ui.label(RichText::new(file).weak());
        progress_bar(ui, progress, lang);
        if ui.button(tr(lang, "button-cancel")).clicked() {
            open = false;
        }
    });
    open
}

/// The stage and how much of it is done.
fn progress_bar(ui: &mut Ui, progress: &Progress, lang: Lang) {
    let stage = progress.stage().text(lang);
    let bar = match progress.fraction() {
        Some(done) => ProgressBar::new(done)
            .show_percentage()
            .text(format!("{stage} {:.0} %", done * 100.0)),
        None => ProgressBar::new(0.0).animate(true).text(stage),
    };
    ui.add(bar.desired_width(360.0));
}

/// The step's window.
fn staff_ui(
    ctx: &egui::Context,
    step: &mut StaffImport,
    plan: &Plan,
    lang: Lang,
    actions: &mut Vec<AppAction>,
) -> StepEnd {
    let mut end = StepEnd::Open;
    if step.poll(lang).is_some() {
        ctx.request_repaint_after(POLL);
    }
    let title = if step.into {
        "staff-update-title"
    } else {
        "staff-import-title"
    };
    egui::Modal::new(egui::Id::unique("staff_import")).show(ctx, |ui| {
        ui.set_max_width(ctx.content_rect().width() * 0.85);
        ui.heading(tr(lang, title));
        let file = step.source.path.display().to_string();
        ui.label(RichText::new(format!("{file} · {}", step.source.encoding)).weak());
        if let Some(sheet) = sheet_ui(ui, step, lang) {
            end = StepEnd::Sheet(sheet);
        }
        ui.separator();
        let mut changed = mapping_ui(ui, step, lang);
        changed |= options_ui(ui, step, lang);
        if step.into {
            changed |= ui
                .checkbox(&mut step.carry, tr(lang, "staff-carry"))
                .changed();
        }
        if changed {
            step.recompute(plan, lang);
        }
        ui.separator();
        if step.building() {
            if let Some(progress) = step.poll(lang) {
                progress_bar(ui, progress, lang);
            }
        } else {
            outcome_ui(ui, step, lang);
        }
        ui.separator();
        ui.horizontal(|ui| {
            let key = match (step.into, step.bad_rows() > 0) {
                (true, _) => "staff-apply",
                (false, false) => "staff-import",
                (false, true) => "staff-import-good",
            };
            // The plan is copied only when taken: a list of 100,000 rows makes a large one.
            if ui
                .add_enabled(step.ready(), egui::Button::new(tr(lang, key)))
                .clicked()
                && let Some(result) = step.result()
            {
                actions.push(if step.into {
                    AppAction::ApplyStaffUpdate(Box::new(result))
                } else {
                    AppAction::OpenImported(Box::new(result))
                });
                end = StepEnd::Closed;
            }
            if ui.button(tr(lang, "button-cancel")).clicked() {
                end = StepEnd::Closed;
            }
        });
    });
    end
}

/// The workbook's sheets to choose among (only when it has more than one); the one chosen,
/// when the planner chose another.
fn sheet_ui(ui: &mut Ui, step: &StaffImport, lang: Lang) -> Option<String> {
    let sheets = &step.source.sheets;
    if sheets.len() < 2 {
        return None;
    }
    let current = step.source.sheet.clone().unwrap_or_default();
    let mut pick = current.clone();
    ui.horizontal(|ui| {
        let label = ui.label(tr(lang, "staff-sheet"));
        egui::ComboBox::from_id_salt("staff_sheet")
            .selected_text(pick.clone())
            .show_ui(ui, |ui| {
                for sheet in sheets {
                    ui.selectable_value(&mut pick, sheet.clone(), sheet.as_str());
                }
            })
            .response
            .labelled_by(label.id);
    });
    (pick != current).then_some(pick)
}

/// A choice among `headers`, or none; the new choice, when the planner made one.
fn column_choice(
    ui: &mut Ui,
    id: impl std::hash::Hash + std::fmt::Debug,
    headers: &[String],
    chosen: Option<&str>,
    none: &str,
) -> (egui::Response, Option<Option<String>>) {
    let mut pick = chosen.map(str::to_owned);
    let response = egui::ComboBox::from_id_salt(id)
        .selected_text(chosen.unwrap_or(none))
        .width(220.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut pick, None, none);
            for header in headers {
                ui.selectable_value(&mut pick, Some(header.clone()), header.as_str());
            }
        })
        .response;
    let changed = pick.as_deref() != chosen;
    (response, changed.then_some(pick))
}

/// A row for each field: its column, chosen among the headers, in two columns of fields side
/// by side (all fifteen in view at once); `true` when one changed.
fn mapping_ui(ui: &mut Ui, step: &mut StaffImport, lang: Lang) -> bool {
    let mut changed = false;
    let none = tr(lang, "staff-column-none");
    let half = Target::ALL.len().div_ceil(2);
    ui.horizontal_top(|ui| {
        for (side, targets) in Target::ALL.chunks(half).enumerate() {
            egui::Grid::new(("staff_mapping_grid", side))
                .num_columns(2)
                .spacing([12.0, 4.0])
                .show(ui, |ui| {
                    for &target in targets {
                        let label = ui.label(tr(lang, &format!("staff-target-{}", target.code())));
                        let chosen = step.mapping.columns.get(&target).map(String::as_str);
                        let id = ("staff_column", target.code());
                        let (response, pick) =
                            column_choice(ui, id, &step.source.headers, chosen, &none);
                        response.labelled_by(label.id);
                        if let Some(pick) = pick {
                            match pick {
                                Some(header) => step.mapping.columns.insert(target, header),
                                None => step.mapping.columns.remove(&target),
                            };
                            changed = true;
                        }
                        ui.end_row();
                    }
                });
            ui.add_space(24.0);
        }
    });
    changed
}

/// How unit paths split, what a monthly cost is multiplied by, and the capacity columns;
/// `true` when one changed.
fn options_ui(ui: &mut Ui, step: &mut StaffImport, lang: Lang) -> bool {
    let mut changed = false;
    let mapping = &mut step.mapping;
    ui.horizontal(|ui| {
        let label = ui.label(tr(lang, "staff-separator"));
        let edit = egui::TextEdit::singleline(&mut mapping.unit_separator).desired_width(36.0);
        changed |= ui.add(edit).labelled_by(label.id).changed();
        ui.add_space(16.0);
        let label = ui.label(tr(lang, "staff-months"));
        // Written and read as the language writes numbers: "12,5" in Finnish and Swedish.
        let months = egui::DragValue::new(&mut mapping.months_a_year)
            .range(1.0..=24.0)
            .speed(0.05)
            .custom_formatter(move |v, _| format_number((v * 100.0).round() / 100.0, lang))
            .custom_parser(move |text| staff_number(text, lang).map(|(v, _)| v));
        changed |= ui.add(months).labelled_by(label.id).changed();
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(tr(lang, "staff-capacity"));
        let mut removed = None;
        for (key, header) in &mapping.capacity {
            let entry = [("key", s(key)), ("column", s(header))];
            ui.label(RichText::new(tr_args(lang, "staff-capacity-entry", &entry)).strong());
            let remove = ui
                .small_button(tr(lang, "button-remove"))
                .on_hover_text(tr_args(lang, "staff-capacity-remove", &[("key", s(key))]));
            if remove.clicked() {
                removed = Some(key.clone());
            }
        }
        if let Some(key) = removed {
            mapping.capacity.remove(&key);
            changed = true;
        }
        let none = tr(lang, "staff-column-none");
        let (column, key) = &mut step.new_measure;
        let label = ui.label(tr(lang, "staff-capacity-column"));
        let (response, pick) = column_choice(
            ui,
            "staff_capacity_column",
            &step.source.headers,
            column.as_deref(),
            &none,
        );
        response.labelled_by(label.id);
        if let Some(pick) = pick {
            // A key made of the header, as the planner would type it: "Oppilaat" → "oppilaat".
            if key.is_empty() {
                *key = pick.as_deref().map(measure_key).unwrap_or_default();
            }
            *column = pick;
        }
        let label = ui.label(tr(lang, "staff-capacity-key"));
        ui.add(egui::TextEdit::singleline(key).desired_width(90.0))
            .labelled_by(label.id);
        let ready = column.is_some() && !key.trim().is_empty();
        if ui
            .add_enabled(ready, egui::Button::new(tr(lang, "staff-capacity-add")))
            .clicked()
            && let Some(header) = column.take()
        {
            mapping.capacity.insert(key.trim().to_owned(), header);
            key.clear();
            changed = true;
        }
    });
    changed
}

/// A measure's key made of a column's header: lower case, words joined by `_`.
fn measure_key(header: &str) -> String {
    let words: Vec<String> = header
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.join("_")
}

/// What the mapping makes: the counts, the rows as read, and for an update its changes.
fn outcome_ui(ui: &mut Ui, step: &mut StaffImport, lang: Lang) {
    let imported = match &step.outcome.built {
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
    let mut showing = step.showing();
    ui.horizontal(|ui| {
        ui.selectable_value(&mut showing, Showing::All, tr(lang, "staff-show-all"));
        ui.selectable_value(
            &mut showing,
            Showing::Problems,
            tr(lang, "staff-show-problems"),
        );
    });
    step.show(showing);
    preview_ui(ui, step, lang);
    let warn = ui.visuals().warn_fg_color;
    if let Some(updated) = &step.outcome.updated {
        ui.separator();
        egui::ScrollArea::vertical()
            .id_salt("staff_changes")
            .max_height(120.0)
            .show(ui, |ui| match updated {
                Ok((updated, text)) => {
                    let lines: Vec<&str> = text.lines().collect();
                    for line in lines.iter().take(SHOWN) {
                        ui.label(*line);
                    }
                    if lines.len() > SHOWN {
                        let more = [("count", n(lines.len() - SHOWN))];
                        ui.label(tr_args(lang, "staff-more", &more));
                    }
                    for conflict in &updated.conflicts {
                        let text = crate::model::conflict_text(conflict, Some(&updated.plan), lang);
                        ui.colored_label(warn, text);
                    }
                }
                Err(message) => {
                    ui.colored_label(warn, message);
                }
            });
    }
}

/// The rows as the mapping reads them: where each is, its mapped cells, what becomes of it.
fn preview_ui(ui: &mut Ui, step: &mut StaffImport, lang: Lang) {
    let heads: Vec<String> = columns(&step.mapping)
        .into_iter()
        .map(|(target, _)| tr(lang, &format!("staff-target-{}", target.code())))
        .collect();
    let Some((rows, count)) = step.preview(lang) else {
        return;
    };
    let warn = ui.visuals().warn_fg_color;
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 4.0;
    egui::ScrollArea::horizontal()
        .id_salt("staff_preview_across")
        .show(ui, |ui| {
            TableBuilder::new(ui)
                .id_salt("staff_preview")
                .striped(true)
                .resizable(true)
                .max_scroll_height(180.0)
                .cell_layout(Layout::left_to_right(Align::Center))
                .column(Column::initial(64.0).at_least(40.0).clip(true))
                .columns(Column::initial(96.0).at_least(40.0).clip(true), heads.len())
                .column(Column::remainder().at_least(240.0).clip(true))
                .header(row_height + 2.0, |mut header| {
                    header.col(|ui| {
                        ui.strong(tr(lang, "staff-preview-row"));
                    });
                    for head in &heads {
                        header.col(|ui| {
                            ui.strong(head);
                        });
                    }
                    header.col(|ui| {
                        ui.strong(tr(lang, "staff-preview-fate"));
                    });
                })
                .body(|mut body| {
                    // Every row laid out (at most [`PREVIEW_ROWS`]), not only those in view: a
                    // screen reader reads them all.
                    for shown in rows {
                        body.row(row_height, |mut row| {
                            row.col(|ui| {
                                ui.label(&shown.place);
                            });
                            for cell in &shown.cells {
                                row.col(|ui| {
                                    ui.label(cell);
                                });
                            }
                            row.col(|ui| {
                                let (text, bad) = fate_text(&shown.fate, lang);
                                let response = if bad {
                                    ui.colored_label(warn, &text)
                                } else {
                                    ui.label(&text)
                                };
                                response.on_hover_text(text);
                            });
                        });
                    }
                });
        });
    if *count > rows.len() {
        let more = [("count", n(count - rows.len()))];
        ui.label(tr_args(lang, "staff-more", &more));
    }
}

/// What becomes of a row, in words, and whether it is a problem.
fn fate_text(fate: &Fate, lang: Lang) -> (String, bool) {
    match fate {
        Fate::Post(unit) if unit.is_empty() => (tr(lang, "staff-fate-top"), false),
        Fate::Post(unit) => (
            tr_args(lang, "staff-fate-post", &[("unit", s(unit))]),
            false,
        ),
        Fate::ToBePlaced => (tr(lang, "staff-fate-to-be-placed"), true),
        Fate::Bad(reasons) => (
            tr_args(
                lang,
                "staff-fate-bad",
                &[("reasons", s(reasons.join("; ")))],
            ),
            true,
        ),
    }
}
