//! Text fields that edit the plan: what is typed stays in egui's memory until it is committed
//! (Enter, or leaving the field), so every commit is one command that Undo reverses and the
//! field shows the plan's value again at once after an undo. Escape drops what was typed.

use egui::{RichText, Ui};

use crate::i18n::{Lang, date_input_text, format_number, parse_date, parse_number, tr};
use crate::model::Date;

/// A committed text field's answer.
pub struct Committed<T> {
    /// The field's response (to label it).
    pub response: egui::Response,
    /// The new value, when the user committed one that differs from the current.
    pub value: Option<T>,
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

/// A date field (`YYYY-MM-DD`, empty for none), checked as it is typed: a date that cannot be
/// read is said so under the field and not committed.
pub fn date_field(
    ui: &mut Ui,
    id: egui::Id,
    current: Option<Date>,
    lang: Lang,
) -> Committed<Option<Date>> {
    let shown = current
        .map(|d| date_input_text(d, lang))
        .unwrap_or_default();
    let typed = ui.data(|d| d.get_temp::<String>(id));
    let mut out = ui
        .vertical(|ui| {
            let field = text_field(ui, id, &shown, false, 120.0);
            let problem = typed
                .as_deref()
                .map(str::trim)
                .filter(|t| !t.is_empty() && parse_date(t).is_none());
            if problem.is_some() {
                ui.label(
                    RichText::new(tr(lang, "invalid-date")).color(ui.visuals().error_fg_color),
                );
            }
            field
        })
        .inner;
    let value = out.value.take().and_then(|text| {
        if text.is_empty() {
            Some(None)
        } else {
            parse_date(&text).map(Some)
        }
    });
    Committed {
        response: out.response,
        value,
    }
}

/// A number field, checked as it is typed (`1,5` and `1.5` both read): what cannot be read is
/// said so under the field and not committed; an empty field commits "no figure".
pub fn number_field(
    ui: &mut Ui,
    id: egui::Id,
    current: Option<f64>,
    lang: Lang,
) -> Committed<Option<f64>> {
    let shown = current.map(|v| format_number(v, lang)).unwrap_or_default();
    let typed = ui.data(|d| d.get_temp::<String>(id));
    let mut out = ui
        .vertical(|ui| {
            let field = text_field(ui, id, &shown, false, 120.0);
            let problem = typed
                .as_deref()
                .map(str::trim)
                .filter(|t| !t.is_empty() && parse_number(t, lang).is_none());
            if problem.is_some() {
                ui.label(
                    RichText::new(tr(lang, "invalid-number")).color(ui.visuals().error_fg_color),
                );
            }
            field
        })
        .inner;
    let value = out.value.take().and_then(|text| {
        if text.is_empty() {
            Some(None)
        } else {
            parse_number(&text, lang).map(Some)
        }
    });
    Committed {
        response: out.response,
        value,
    }
}
