//! The shown scenario's participation record: each event's kind, day, who took part, what was
//! said and what changed because of it; events added and removed. Every change is one edit of
//! the scenario's meta, so that Undo takes it back.

use egui::{Grid, RichText, Ui};

use super::actions::AppAction;
use super::fields::{PickText, date_field, optional_text_rows};
use crate::i18n::{Lang, s, tr, tr_args};
use crate::model::{Command, Edit, EventKind, Participation, ScenarioMeta};

/// Draws the record of `meta`'s scenario.
pub fn participation_ui(
    ui: &mut Ui,
    meta: &ScenarioMeta,
    lang: Lang,
    actions: &mut Vec<AppAction>,
) {
    ui.add_space(8.0);
    ui.label(RichText::new(tr(lang, "pack-participation")).strong());
    let mut changed: Option<Vec<Participation>> = None;
    for (at, event) in meta.participation.iter().enumerate() {
        let salt = |what: &str| {
            egui::Id::unique(("participation", meta.id.as_str(), at, what, lang.code()))
        };
        let mut edit = |f: &dyn Fn(&mut Participation)| {
            let mut all = changed
                .clone()
                .unwrap_or_else(|| meta.participation.clone());
            if let Some(event) = all.get_mut(at) {
                f(event);
            }
            changed = Some(all);
        };
        ui.separator();
        Grid::new(salt("grid"))
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                let label = ui.label(RichText::new(tr(lang, "event-kind")).strong());
                let kind_text = |kind: EventKind| tr(lang, &format!("event-{}", kind.code()));
                let combo = egui::ComboBox::from_id_salt(salt("kind"))
                    .selected_text(kind_text(event.kind))
                    .show_ui(ui, |ui| {
                        for kind in EventKind::ALL {
                            if ui
                                .selectable_label(event.kind == kind, kind_text(kind))
                                .clicked()
                                && event.kind != kind
                            {
                                edit(&|e: &mut Participation| e.kind = kind);
                            }
                        }
                    });
                combo.response.labelled_by(label.id);
                ui.end_row();

                let label = ui.label(RichText::new(tr(lang, "event-date")).strong());
                let field = date_field(ui, salt("date"), event.date, lang);
                field.response.clone().labelled_by(label.id);
                if let Some(date) = field.value {
                    edit(&|e: &mut Participation| e.date = date);
                }
                ui.end_row();

                let texts: [(&str, PickText<Participation>); 3] = [
                    ("event-participants", |e| &mut e.participants),
                    ("event-summary", |e| &mut e.summary),
                    ("event-outcome", |e| &mut e.outcome),
                ];
                optional_text_rows(ui, salt, event, &texts, true, lang, |pick, text| {
                    edit(&|e: &mut Participation| *pick(e) = text.clone());
                });
            });
        if ui.button(tr(lang, "event-remove")).clicked() {
            let mut all = changed
                .clone()
                .unwrap_or_else(|| meta.participation.clone());
            if at < all.len() {
                all.remove(at);
            }
            changed = Some(all);
        }
    }
    if ui.button(tr(lang, "event-add")).clicked() {
        let mut all = changed
            .clone()
            .unwrap_or_else(|| meta.participation.clone());
        all.push(Participation::default());
        changed = Some(all);
    }
    if let Some(participation) = changed {
        let new = ScenarioMeta {
            participation,
            ..meta.clone()
        };
        actions.push(AppAction::Edit {
            command: Command {
                scenario: meta.id.clone(),
                edit: Edit::SetMeta(Box::new(new)),
            },
            label: tr_args(
                lang,
                "edit-participation",
                &[("name", s(meta.name.show(lang)))],
            ),
        });
    }
}
