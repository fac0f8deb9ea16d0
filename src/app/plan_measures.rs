//! The plan's capacity measures in the plan editor: each measure's name and unit in every
//! language, a new measure added by its key, a measure taken off the plan's list. A key is fixed
//! once the measure is added: the units' figures are kept under it, so renaming means editing
//! the names, never the key. Removing a measure leaves the units' figures as they are (they are
//! then named by their key).

use egui::{Grid, RichText, Ui};

use super::fields::text_field;
use crate::i18n::{Lang, s, tr, tr_args};
use crate::model::Measure;
use crate::model::measure::valid_key;

/// How wide a name's or a unit's field is.
const FIELD_WIDTH: f32 = 120.0;

/// Draws the measures; returns the plan's new list of measures when one was changed, added or
/// removed (a key the plan refuses is passed on as typed, for the command to say why).
pub fn measures_ui(ui: &mut Ui, measures: &[Measure], lang: Lang) -> Option<Vec<Measure>> {
    let mut changed: Option<Vec<Measure>> = None;
    ui.add_space(10.0);
    ui.label(RichText::new(tr(lang, "measures-title")).strong());
    ui.add(egui::Label::new(RichText::new(tr(lang, "measures-hint")).weak()).wrap());
    for (at, measure) in measures.iter().enumerate() {
        match measure_ui(ui, measure, lang) {
            Some(Some(edited)) => {
                let mut new = changed.take().unwrap_or_else(|| measures.to_vec());
                if let Some(slot) = new.get_mut(at) {
                    *slot = edited;
                }
                changed = Some(new);
            }
            Some(None) => {
                let mut new = changed.take().unwrap_or_else(|| measures.to_vec());
                new.retain(|m| m.key != measure.key);
                changed = Some(new);
            }
            None => {}
        }
    }
    if let Some(key) = new_measure_ui(ui, measures, lang) {
        let mut new = changed.take().unwrap_or_else(|| measures.to_vec());
        new.push(Measure::new(&key));
        changed = Some(new);
    }
    changed
}

/// One measure: its name and key, a remove button, and a grid of its name and unit in each
/// language. `Some(Some(_))`: edited; `Some(None)`: removed.
fn measure_ui(ui: &mut Ui, measure: &Measure, lang: Lang) -> Option<Option<Measure>> {
    let mut out = None;
    let key = measure.key.as_str();
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(measure.label(lang)).strong());
        let unit = measure.unit.show(lang);
        if !unit.is_empty() && !unit.eq_ignore_ascii_case(measure.label(lang)) {
            ui.label(format!("({unit})"));
        }
        ui.label(RichText::new(tr_args(lang, "measures-key", &[("key", s(key))])).weak());
        let remove = tr_args(lang, "measures-remove", &[("key", s(key))]);
        if ui
            .small_button(tr(lang, "button-remove"))
            .on_hover_text(tr(lang, "measures-remove-hint"))
            .accessible_name(remove)
            .clicked()
        {
            out = Some(None);
        }
    });
    let salt = |what: &str, l: Lang| egui::Id::unique(("plan_measure", key, what, l.code()));
    Grid::new(("plan_measure_grid", key))
        .num_columns(3)
        .spacing([8.0, 4.0])
        .show(ui, |ui| {
            ui.label("");
            ui.label(RichText::new(tr(lang, "measures-name")).weak());
            ui.label(RichText::new(tr(lang, "measures-unit")).weak());
            ui.end_row();
            for l in Lang::ALL {
                ui.label(RichText::new(l.code()).weak());
                for (what, names) in [("name", &measure.name), ("unit", &measure.unit)] {
                    let current = names.get(l).unwrap_or_default();
                    // Its own width, not what the grid's column measured before.
                    let field = ui
                        .vertical(|ui| {
                            ui.set_min_width(FIELD_WIDTH);
                            text_field(ui, salt(what, l), current, false, FIELD_WIDTH)
                        })
                        .inner;
                    let name_key = if what == "name" {
                        "measures-name-of"
                    } else {
                        "measures-unit-of"
                    };
                    let args = [("key", s(key)), ("lang", s(l.code()))];
                    field
                        .response
                        .accessible_name(tr_args(lang, name_key, &args));
                    if let Some(text) = field.value {
                        let mut new = measure.clone();
                        let value = Some(text).filter(|t| !t.is_empty());
                        if what == "name" {
                            new.name.set(l, value);
                        } else {
                            new.unit.set(l, value);
                        }
                        out = Some(Some(new));
                    }
                }
                ui.end_row();
            }
        });
    out
}

/// The field for a new measure's key and its button; the key typed, when Enter or the button
/// asks for it. What cannot be a key is said under the field as it is typed.
fn new_measure_ui(ui: &mut Ui, measures: &[Measure], lang: Lang) -> Option<String> {
    let id = egui::Id::unique(("plan_measure_new", lang.code()));
    let mut text: String = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    let mut add = false;
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(tr(lang, "measures-new-key"));
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut text)
                    .hint_text(tr(lang, "measures-new-key-hint"))
                    .desired_width(120.0),
            )
            .labelled_by(label.id);
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let button = ui.add_enabled(
            !text.trim().is_empty(),
            egui::Button::new(tr(lang, "measures-add")),
        );
        add = entered || button.clicked();
    });
    let key = text.trim().to_owned();
    let problem = if key.is_empty() {
        None
    } else if !valid_key(&key) {
        Some(tr(lang, "measures-bad-key"))
    } else if measures.iter().any(|m| m.key == key) {
        Some(tr_args(
            lang,
            "measures-key-taken",
            &[("key", s(key.as_str()))],
        ))
    } else {
        None
    };
    if let Some(problem) = &problem {
        ui.label(RichText::new(problem).color(ui.visuals().error_fg_color));
    }
    let out = (add && !key.is_empty()).then(|| key.clone());
    // A key the plan takes is gone from the field; one it refuses stays, to be corrected.
    if out.is_some() && problem.is_none() {
        text.clear();
    }
    ui.data_mut(|d| d.insert_temp(id, text));
    out
}
