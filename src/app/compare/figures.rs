//! The comparison's figures as a table: a row a figure, a column for each scenario and the
//! delta; the whole organisation first, then each unit, opened one by one and sorted by a
//! figure in a column (a click on a column's heading); what needs attention marked with a sign
//! as well as a colour. The table copies as tab-separated text and saves as xlsx or CSV.

use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

use super::CompareView;
use crate::app::AppAction;
use crate::compare::table::{FigureRow, FiguresTable};
use crate::i18n::{Lang, tr};

const ROW_HEIGHT: f32 = 20.0;

/// The buttons and the table.
pub(super) fn figures_ui(
    ui: &mut Ui,
    table: &FiguresTable,
    view: &mut CompareView,
    lang: Lang,
    actions: &mut Vec<AppAction>,
) {
    ui.horizontal_wrapped(|ui| {
        if ui.button(tr(lang, "figures-copy")).clicked() {
            actions.push(AppAction::CopyFigures);
        }
        if ui.button(tr(lang, "figures-save-xlsx")).clicked() {
            actions.push(AppAction::SaveFigures(true));
        }
        if ui.button(tr(lang, "figures-save-csv")).clicked() {
            actions.push(AppAction::SaveFigures(false));
        }
    });
    sort_ui(ui, table, view, lang);
    let figure = view.sort_figure.clone().unwrap_or_else(|| "fte".to_owned());
    let units = match view.sort {
        Some((column, descending)) => table.units_sorted_by(&figure, column, descending),
        None => table.units.iter().collect(),
    };
    let warn = ui.visuals().warn_fg_color;
    let columns = table.columns.len();
    TableBuilder::new(ui)
        .id_salt("figures_table")
        .striped(true)
        .resizable(true)
        .auto_shrink([false, false])
        .column(Column::remainder().at_least(140.0).clip(true))
        .columns(Column::auto().at_least(56.0), columns)
        .header(ROW_HEIGHT + 4.0, |mut header| {
            header.col(|ui| {
                ui.strong(tr(lang, "stats-figure"));
            });
            for (at, name) in table.columns.iter().enumerate() {
                header.col(|ui| {
                    let order = match view.sort {
                        Some((c, descending)) if c == at => Some(descending),
                        _ => None,
                    };
                    let button = ui
                        .button(RichText::new(name).strong())
                        .on_hover_text(tr(lang, "figures-sort-hint"));
                    if let Some(descending) = order {
                        sort_arrow(ui, button.rect, descending);
                    }
                    if button.clicked() {
                        view.sort = match view.sort {
                            Some((c, true)) if c == at => Some((at, false)),
                            Some((c, false)) if c == at => None,
                            _ => Some((at, true)),
                        };
                    }
                });
            }
        })
        .body(|mut body| {
            for row in &table.rows {
                body.row(ROW_HEIGHT, |mut cells| {
                    figure_row(&mut cells, row, 0, warn, lang)
                });
            }
            body.row(ROW_HEIGHT + 6.0, |mut cells| {
                cells.col(|ui| {
                    ui.strong(tr(lang, "figures-units"));
                });
                for _ in 0..columns {
                    cells.col(|_| {});
                }
            });
            for unit in units {
                let open = view.open_units.contains(&unit.id);
                body.row(ROW_HEIGHT, |mut cells| {
                    cells.col(|ui| {
                        let sign = if open { "–" } else { "+" };
                        let attention = if table.unit_highlighted(unit) {
                            " (!)"
                        } else {
                            ""
                        };
                        let indent = "  ".repeat(unit.depth.min(6));
                        let text = format!("{indent}{sign} {}{attention}", unit.label);
                        let mut text = RichText::new(text);
                        if !attention.is_empty() {
                            text = text.color(warn);
                        }
                        if ui.add(egui::Button::new(text).frame(false)).clicked() {
                            if open {
                                view.open_units.remove(&unit.id);
                            } else {
                                view.open_units.insert(unit.id.clone());
                            }
                        }
                    });
                    if let Some(row) = unit.rows.iter().find(|r| r.code == figure) {
                        for text in row.texts(lang) {
                            cells.col(|ui| number(ui, RichText::new(text).weak()));
                        }
                    } else {
                        for _ in 0..columns {
                            cells.col(|_| {});
                        }
                    }
                });
                if open {
                    for row in &unit.rows {
                        body.row(ROW_HEIGHT, |mut cells| {
                            figure_row(&mut cells, row, unit.depth + 2, warn, lang);
                        });
                    }
                }
            }
        });
}

/// A triangle after a column's heading: pointing down when the units are sorted largest first.
fn sort_arrow(ui: &Ui, button: egui::Rect, descending: bool) {
    let (x, y, r) = (button.right() + 6.0, button.center().y, 4.0);
    let points = if descending {
        vec![
            egui::pos2(x - r, y - r / 2.0),
            egui::pos2(x + r, y - r / 2.0),
            egui::pos2(x, y + r),
        ]
    } else {
        vec![
            egui::pos2(x - r, y + r / 2.0),
            egui::pos2(x + r, y + r / 2.0),
            egui::pos2(x, y - r),
        ]
    };
    let colour = ui.visuals().strong_text_color();
    ui.painter().add(egui::Shape::convex_polygon(
        points,
        colour,
        egui::Stroke::NONE,
    ));
}

/// The figure the units are sorted by (and show on their closed row).
fn sort_ui(ui: &mut Ui, table: &FiguresTable, view: &mut CompareView, lang: Lang) {
    let codes: Vec<(&str, &str)> = table
        .units
        .iter()
        .flat_map(|u| u.rows.iter())
        .map(|r| (r.code.as_str(), r.label.as_str()))
        .fold(Vec::new(), |mut seen, pair| {
            if !seen.iter().any(|(c, _)| *c == pair.0) {
                seen.push(pair);
            }
            seen
        });
    let chosen = view.sort_figure.clone().unwrap_or_else(|| "fte".to_owned());
    let label = codes
        .iter()
        .find(|(c, _)| *c == chosen)
        .map_or(chosen.clone(), |(_, l)| (*l).to_owned());
    ui.horizontal(|ui| {
        let caption = ui.label(tr(lang, "figures-unit-figure"));
        let picker = egui::ComboBox::from_id_salt("figures_unit_figure")
            .selected_text(label)
            .show_ui(ui, |ui| {
                for (code, label) in codes {
                    let on = chosen == code;
                    if ui.selectable_label(on, label).clicked() {
                        view.sort_figure = Some(code.to_owned());
                    }
                }
            });
        picker.response.labelled_by(caption.id);
    });
}

/// One figure's row, indented by `depth`; one needing attention marked with a sign.
fn figure_row(
    cells: &mut egui_extras::TableRow<'_, '_>,
    row: &FigureRow,
    depth: usize,
    warn: egui::Color32,
    lang: Lang,
) {
    let paint = |text: String| {
        if row.highlight {
            RichText::new(text).color(warn).strong()
        } else {
            RichText::new(text)
        }
    };
    cells.col(|ui| {
        let sign = if row.highlight { "(!) " } else { "" };
        let indent = "  ".repeat(depth.min(8));
        ui.label(paint(format!("{indent}{sign}{}", row.label)));
    });
    for text in row.texts(lang) {
        cells.col(|ui| {
            number(ui, paint(text));
        });
    }
}

/// A number, right-aligned so that its digits line up with the column's others.
fn number(ui: &mut Ui, text: RichText) {
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        ui.label(text);
    });
}
