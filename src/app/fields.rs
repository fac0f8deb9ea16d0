//! Text fields that edit the plan: what is typed stays in egui's memory until it is committed
//! (Enter, or leaving the field), so every commit is one command that Undo reverses and the
//! field shows the plan's value again at once after an undo. Escape drops what was typed.

use egui::{RichText, Ui};

use crate::i18n::{Lang, format_number, parse_number, tr};
use crate::model::words::{date_input_text, parse_date};
use crate::model::{Currency, Date, parse_currency};

/// How wide a checked field (a date, a number, a currency) is.
const FIELD_WIDTH: f32 = 120.0;

/// A committed text field's answer.
pub struct Committed<T> {
    /// The field's response (to label it).
    pub response: egui::Response,
    /// The new value, when the user committed one that differs from the current.
    pub value: Option<T>,
}

/// Picks one optional text out of a value (a decision's body, a scenario's notes, ...).
pub type PickText<T> = fn(&mut T) -> &mut Option<String>;

/// Grid rows of labelled optional texts of `value`, one a `(key, pick)`: the catalogue key of
/// the label and the text it edits. Calls `changed` with the pick and the committed text (an
/// emptied field is `None`).
pub fn optional_text_rows<T: Clone>(
    ui: &mut Ui,
    salt: impl Fn(&str) -> egui::Id,
    value: &T,
    rows: &[(&str, PickText<T>)],
    multiline: bool,
    lang: Lang,
    mut changed: impl FnMut(PickText<T>, Option<String>),
) {
    for &(key, pick) in rows {
        let label = ui.label(RichText::new(tr(lang, key)).strong());
        let mut probe = value.clone();
        let current = pick(&mut probe).clone().unwrap_or_default();
        let Committed { response, value } = text_field(ui, salt(key), &current, multiline, 260.0);
        response.labelled_by(label.id);
        if let Some(text) = value {
            changed(pick, Some(text).filter(|t| !t.is_empty()));
        }
        ui.end_row();
    }
}

/// A one-line (or multi-line) field showing `current`; returns the text committed.
pub fn text_field(
    ui: &mut Ui,
    id: egui::Id,
    current: &str,
    multiline: bool,
    width: f32,
) -> Committed<String> {
    let mut text = ui
        .data(|d| d.get_temp::<String>(id))
        .unwrap_or_else(|| current.to_owned());
    let edit = if multiline {
        egui::TextEdit::multiline(&mut text).desired_rows(3)
    } else {
        egui::TextEdit::singleline(&mut text)
    };
    let response = ui.add(edit.desired_width(width));
    let mut value = None;
    if response.lost_focus() {
        ui.data_mut(|d| d.remove::<String>(id));
        let escaped = ui.input(|i| i.key_pressed(egui::Key::Escape));
        if !escaped && text.trim() != current.trim() {
            value = Some(text.trim().to_owned());
        }
    } else if response.has_focus() || response.changed() {
        ui.data_mut(|d| d.insert_temp(id, text));
    } else {
        ui.data_mut(|d| d.remove::<String>(id));
    }
    Committed { response, value }
}

/// A field whose text must read as a value: what cannot be read is said (the catalogue's
/// `problem_key`) under the field as it is typed, and not committed; an empty field commits
/// "no value".
fn checked_field<T>(
    ui: &mut Ui,
    (id, width): (egui::Id, f32),
    shown: &str,
    lang: Lang,
    problem_key: &str,
    read: impl Fn(&str) -> Option<T>,
) -> Committed<Option<T>> {
    let typed = ui.data(|d| d.get_temp::<String>(id));
    let mut out = ui
        .vertical(|ui| {
            // In a grid's column the room is the width the column had before: ask for the
            // field's own, or it shrinks to what the column first measured.
            ui.set_min_width(width);
            let field = text_field(ui, id, shown, false, width);
            let problem = typed
                .as_deref()
                .map(str::trim)
                .filter(|t| !t.is_empty() && read(t).is_none());
            if problem.is_some() {
                ui.label(RichText::new(tr(lang, problem_key)).color(ui.visuals().error_fg_color));
            }
            field
        })
        .inner;
    let value = out.value.take().and_then(|text| {
        if text.is_empty() {
            Some(None)
        } else {
            read(&text).map(Some)
        }
    });
    Committed {
        response: out.response,
        value,
    }
}

/// A date field (`1.8.2026` or `2026-08-01`, empty for none), checked as it is typed.
pub fn date_field(
    ui: &mut Ui,
    id: egui::Id,
    current: Option<Date>,
    lang: Lang,
) -> Committed<Option<Date>> {
    let shown = current
        .map(|d| date_input_text(d, lang))
        .unwrap_or_default();
    checked_field(
        ui,
        (id, FIELD_WIDTH),
        &shown,
        lang,
        "invalid-date",
        parse_date,
    )
}

/// A number field, checked as it is typed (`1,5` and `1.5` both read).
pub fn number_field(
    ui: &mut Ui,
    id: egui::Id,
    current: Option<f64>,
    lang: Lang,
) -> Committed<Option<f64>> {
    narrow_number_field(ui, id, current, lang, FIELD_WIDTH)
}

/// A number field `width` wide (a cell of a small grid), checked as it is typed.
pub fn narrow_number_field(
    ui: &mut Ui,
    id: egui::Id,
    current: Option<f64>,
    lang: Lang,
    width: f32,
) -> Committed<Option<f64>> {
    let shown = current.map(|v| format_number(v, lang)).unwrap_or_default();
    checked_field(ui, (id, width), &shown, lang, "invalid-number", |t| {
        parse_number(t, lang)
    })
}

/// A currency field (`SEK`, `sek`; empty for the euro by default), checked as it is typed.
pub fn currency_field(
    ui: &mut Ui,
    id: egui::Id,
    current: Option<Currency>,
    lang: Lang,
) -> Committed<Option<Currency>> {
    let shown = current.map(|c| c.code().to_owned()).unwrap_or_default();
    checked_field(
        ui,
        (id, FIELD_WIDTH),
        &shown,
        lang,
        "plan-invalid-currency",
        |t| parse_currency(t).ok().flatten(),
    )
}
