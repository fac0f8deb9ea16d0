//! A unit's capacity and its demand forecast in the inspector, named by the plan's measures:
//! a capacity figure for each measure of the plan (empty: none) and for any key the unit has
//! that the plan does not list; and for each measure the forecast demand per year, a year's
//! figure edited or cleared, a year added (the one after the last, or another typed). Every
//! change is one undoable [`Field::Capacity`] or [`Field::Forecast`] edit.

use egui::{Grid, RichText, Ui};

use super::actions::AppAction;
use super::fields::narrow_number_field;
use crate::i18n::{Lang, s, tr, tr_args};
use crate::model::{Command, Date, Edit, Field, Node, NodeKind, Plan, ScenarioId};

/// How wide a figure's field is in the capacity and forecast grids.
const FIGURE_WIDTH: f32 = 90.0;

/// What the capacity rows edit.
pub struct CapacityInput<'a> {
    /// The plan, for its measures.
    pub plan: &'a Plan,
    /// The shown scenario.
    pub scenario: &'a ScenarioId,
    /// The selected node.
    pub node: &'a Node,
    /// The window's language.
    pub lang: Lang,
}

/// A measure as the inspector lists it: its key, its name and its unit in the window's
/// language.
struct Shown<'a> {
    key: &'a str,
    name: &'a str,
    unit: &'a str,
}

impl Shown<'_> {
    /// "Elever (elever)", or the name alone without a unit.
    fn title(&self) -> String {
        if self.unit.is_empty() || self.unit.to_lowercase() == self.name.to_lowercase() {
            self.name.to_owned()
        } else {
            format!("{} ({})", self.name, self.unit)
        }
    }
}

impl CapacityInput<'_> {
    fn id(&self, what: &str, key: &str) -> egui::Id {
        let node = self.node.id.as_str();
        egui::Id::unique(("capacity", node, what, key, self.lang.code()))
    }

    fn set(&self, field: Field) -> AppAction {
        AppAction::Edit {
            command: Command {
                scenario: self.scenario.clone(),
                edit: Edit::Set {
                    node: self.node.id.clone(),
                    field,
                },
            },
            label: tr_args(
                self.lang,
                "edit-field",
                &[("name", s(self.node.label(self.lang)))],
            ),
        }
    }

    /// The measures to show: a unit or team gets every measure of the plan; every node the
    /// keys it has figures in, the plan's first, in its order, then the others by key.
    fn measures(&self, forecast: bool) -> Vec<Shown<'_>> {
        let node = self.node;
        let countable = matches!(node.kind, NodeKind::Unit | NodeKind::Team);
        let has = |key: &str| {
            if forecast {
                node.forecast.contains_key(key)
            } else {
                node.capacity.contains_key(key)
            }
        };
        let mut shown: Vec<Shown<'_>> = self
            .plan
            .measures
            .iter()
            .filter(|m| countable || has(&m.key))
            .map(|m| Shown {
                key: &m.key,
                name: m.label(self.lang),
                unit: m.unit.show(self.lang),
            })
            .collect();
        let own: Vec<&String> = if forecast {
            node.forecast.keys().collect()
        } else {
            node.capacity.keys().collect()
        };
        for key in own {
            if !self.plan.measures.iter().any(|m| &m.key == key) {
                shown.push(Shown {
                    key,
                    name: key,
                    unit: "",
                });
            }
        }
        shown
    }
}

/// The capacity row and the forecast row of the details grid (none for a node that counts
/// nothing and has no figures).
pub fn capacity_ui(ui: &mut Ui, x: &CapacityInput<'_>, out: &mut Vec<AppAction>) {
    let lang = x.lang;
    let countable = matches!(x.node.kind, NodeKind::Unit | NodeKind::Team);
    let capacity = x.measures(false);
    if capacity.is_empty() && !countable {
        return;
    }
    let label = ui.label(RichText::new(tr(lang, "field-capacity")).strong());
    ui.vertical(|ui| {
        if capacity.is_empty() {
            let hint = ui.add(
                egui::Label::new(RichText::new(tr(lang, "capacity-no-measures")).weak()).wrap(),
            );
            hint.labelled_by(label.id);
            return;
        }
        Grid::new(x.id("capacity grid", ""))
            .num_columns(2)
            .spacing([8.0, 2.0])
            .show(ui, |ui| {
                for measure in &capacity {
                    ui.label(measure.title());
                    let current = x.node.capacity.get(measure.key).copied();
                    let field = narrow_number_field(
                        ui,
                        x.id("capacity", measure.key),
                        current,
                        lang,
                        FIGURE_WIDTH,
                    );
                    let name = tr_args(lang, "capacity-of", &[("measure", s(measure.title()))]);
                    field.response.accessible_name(name);
                    if let Some(value) = field.value {
                        out.push(x.set(Field::Capacity(measure.key.to_owned(), value)));
                    }
                    ui.end_row();
                }
            });
    });
    ui.end_row();

    let forecast = x.measures(true);
    if forecast.is_empty() {
        return;
    }
    ui.label(RichText::new(tr(lang, "forecast-title")).strong())
        .on_hover_text(tr(lang, "forecast-hint"));
    ui.vertical(|ui| {
        for measure in &forecast {
            forecast_ui(ui, x, measure, out);
        }
    });
    ui.end_row();
}

/// One measure's forecast: a line a year (the figure, a button that clears it) and a line to
/// add a year.
fn forecast_ui(ui: &mut Ui, x: &CapacityInput<'_>, measure: &Shown<'_>, out: &mut Vec<AppAction>) {
    let lang = x.lang;
    let key = measure.key;
    let series = x.node.forecast.get(key);
    ui.label(RichText::new(measure.title()).italics());
    Grid::new(x.id("forecast grid", key))
        .num_columns(3)
        .spacing([8.0, 2.0])
        .show(ui, |ui| {
            for (&year, &value) in series.into_iter().flatten() {
                ui.label(year.to_string());
                let name = tr_args(
                    lang,
                    "field-forecast-year",
                    &[("measure", s(measure.name)), ("year", s(year.to_string()))],
                );
                let field = narrow_number_field(
                    ui,
                    x.id(&format!("forecast {year}"), key),
                    Some(value),
                    lang,
                    FIGURE_WIDTH,
                );
                field.response.accessible_name(name.clone());
                if let Some(value) = field.value {
                    out.push(x.set(Field::Forecast(key.to_owned(), year, value)));
                }
                let clear = tr_args(lang, "forecast-clear-of", &[("what", s(name))]);
                if ui
                    .small_button(tr(lang, "forecast-clear"))
                    .accessible_name(clear)
                    .clicked()
                {
                    out.push(x.set(Field::Forecast(key.to_owned(), year, None)));
                }
                ui.end_row();
            }
            add_year_ui(ui, x, measure, out);
            ui.end_row();
        });
}

/// The line that adds a year: the year (the one after the last, or the current year, unless
/// another is typed) and its figure, which adds it when committed.
fn add_year_ui(ui: &mut Ui, x: &CapacityInput<'_>, measure: &Shown<'_>, out: &mut Vec<AppAction>) {
    let lang = x.lang;
    let key = measure.key;
    let next = x
        .node
        .forecast
        .get(key)
        .and_then(|f| f.keys().next_back())
        .map(|last| last.saturating_add(1))
        .or_else(|| Date::today().map(Date::year))
        .unwrap_or(2025);
    let year_id = x.id("forecast new year", key);
    let mut year_text: String = ui
        .data(|d| d.get_temp(year_id))
        .unwrap_or_else(|| next.to_string());
    let year_field = ui
        .add_sized(
            [44.0, ui.spacing().interact_size.y],
            egui::TextEdit::singleline(&mut year_text),
        )
        .accessible_name(tr_args(
            lang,
            "forecast-new-year",
            &[("measure", s(measure.name))],
        ))
        .on_hover_text(tr(lang, "forecast-new-year-hint"));
    if year_field.changed() {
        ui.data_mut(|d| d.insert_temp(year_id, year_text.clone()));
    }
    let field = narrow_number_field(ui, x.id("forecast new", key), None, lang, FIGURE_WIDTH);
    field.response.accessible_name(tr_args(
        lang,
        "forecast-new-figure",
        &[("measure", s(measure.name))],
    ));
    ui.label(RichText::new(tr(lang, "forecast-add")).weak());
    let Some(Some(value)) = field.value else {
        return;
    };
    match year_text.trim().parse::<u16>() {
        Ok(year) if (1900..=2999).contains(&year) => {
            // The next line offers the year after the new last one.
            ui.data_mut(|d| d.remove::<String>(year_id));
            out.push(x.set(Field::Forecast(key.to_owned(), year, Some(value))));
        }
        _ => out.push(AppAction::Refuse(tr(lang, "forecast-bad-year"))),
    }
}
