//! What the window exports: the shown chart as SVG, PDF or PNG pages, and the open
//! comparison's change list and staff impact list. The library draws and writes them
//! (`export::export_chart`, `compare::exports::comparison_file`), as the command line does.

use std::path::Path;

use super::OrgplanApp;
use super::actions::ExportKind;
use crate::compare::exports::{ComparisonFile, comparison_file};
use crate::compare::impact::ImpactFormat;
use crate::compare::report::DiffFormat;
use crate::compare::stats::{StatsFormat, stats_report, stats_xlsx};
use crate::export::{
    ChartFormat, ChartOptions, FileOptions, PageFit, PageOrientation, chart, chart_compared,
    export_chart, exported_message,
};
use crate::i18n::{s, tr, tr_args};
use crate::io::write_atomically;
use crate::pack::{PackFormat, PackOptions, PackPaper, pack, write};

impl OrgplanApp {
    /// Writes the open comparison's change list (Markdown) or staff impact list (xlsx).
    pub fn save_comparison(&mut self, change_list: bool, path: &Path) {
        let lang = self.lang;
        // In the comparison's direction: from the earlier scenario to the later, or as swapped.
        let Some((from, to)) = self.compare_direction() else {
            return;
        };
        let file = if change_list {
            ComparisonFile::ChangeList(DiffFormat::Markdown)
        } else {
            ComparisonFile::ImpactList(ImpactFormat::Xlsx)
        };
        let redact = file.redacted_in_window();
        let written = comparison_file(&self.plan, &from, &to, file, redact, lang)
            .map_err(|e| e.message(lang))
            .and_then(|bytes| write_atomically(path, &bytes).map_err(|e| e.message(lang)));
        match written {
            Ok(()) => self.say(exported_message(&[path.to_owned()], lang), false),
            Err(message) => self.say(message, true),
        }
    }

    /// Writes the committee pack of the open comparison (from the earlier scenario to the
    /// later) in `format`, in the window's language, without personal data when the Export
    /// menu says so, made today.
    pub fn save_pack(&mut self, format: PackFormat, path: &Path) {
        let lang = self.lang;
        let Some((from, to)) = self.compare_direction() else {
            return;
        };
        let Some(made) = crate::model::Date::today() else {
            self.say(tr(lang, "cli-no-today"), true);
            return;
        };
        let options = PackOptions {
            from: from.as_str().to_owned(),
            to: to.as_str().to_owned(),
            langs: vec![lang],
            redact: self.settings.export_redact,
            made,
            checks: self.check_options.clone(),
            // The Export menu's paper; a page the size of the chart is no paper for a document.
            paper: if self.settings.export_paper == super::settings::ExportPaper::A3 {
                PackPaper::A3
            } else {
                PackPaper::A4
            },
            class: None,
        };
        let written = pack(&self.plan, &options)
            .map_err(|e| e.message(lang))
            .and_then(|document| {
                write(&document, format)
                    .map_err(|e| tr_args(lang, "error-export", &[("reason", s(e.to_string()))]))
            })
            .and_then(|bytes| write_atomically(path, &bytes).map_err(|e| e.message(lang)));
        match written {
            Ok(()) => self.say(exported_message(&[path.to_owned()], lang), false),
            Err(message) => self.say(message, true),
        }
    }

    /// Saves the shown scenario as a table, one row per node under orgplan's own columns:
    /// xlsx, or CSV as Excel in the window's language opens it; without personal data when the
    /// Export menu says so.
    pub fn save_table(&mut self, xlsx: bool, path: &Path) {
        let lang = self.lang;
        let redacted;
        let plan = if self.settings.export_redact {
            redacted = self.plan.redacted();
            &redacted
        } else {
            &self.plan
        };
        let Some(scenario) = plan.scenario(&self.scenario) else {
            return;
        };
        let table = crate::io::table::node_table(plan, scenario, false);
        let bytes = if xlsx {
            crate::io::table::table_xlsx(&table, &tr(lang, "table-sheet"))
                .map_err(|e| e.to_string())
        } else {
            let style = crate::io::table::CsvStyle::excel(lang);
            crate::io::table::table_csv(&table, style).map_err(|e| e.to_string())
        };
        let written = bytes
            .map_err(|e| tr_args(lang, "error-spreadsheet", &[("reason", s(e))]))
            .and_then(|bytes| write_atomically(path, &bytes).map_err(|e| e.message(lang)));
        match written {
            Ok(()) => self.say(exported_message(&[path.to_owned()], lang), false),
            Err(message) => self.say(message, true),
        }
    }

    /// Writes the open comparison's figures as xlsx (or CSV), the earlier scenario first.
    pub fn save_figures(&mut self, xlsx: bool, path: &Path) {
        let lang = self.lang;
        self.derived();
        let Some(comparison) = self.derived.as_ref().and_then(|d| d.comparison.as_ref()) else {
            return;
        };
        let sides = [&comparison.earlier, &comparison.later].map(|id| self.plan.scenario(id));
        let [Some(a), Some(b)] = sides else {
            return;
        };
        let bytes = if xlsx {
            stats_xlsx(&[a, b], &comparison.figures, self.plan.terms(), lang)
                .map_err(|e| tr_args(lang, "error-spreadsheet", &[("reason", s(e.to_string()))]))
        } else {
            stats_report(
                &[a, b],
                &comparison.figures,
                self.plan.terms(),
                StatsFormat::Csv,
                lang,
            )
            .map(String::into_bytes)
            .map_err(|e| tr_args(lang, "error-report", &[("reason", s(e.to_string()))]))
        };
        let written =
            bytes.and_then(|bytes| write_atomically(path, &bytes).map_err(|e| e.message(lang)));
        match written {
            Ok(()) => self.say(exported_message(&[path.to_owned()], lang), false),
            Err(message) => self.say(message, true),
        }
    }

    /// Exports the shown scenario's chart, in the window's language, laid out as the window
    /// lays it out, on the paper and with the redaction the File menu sets, as `kind` to `path`.
    pub fn export(&mut self, kind: ExportKind, path: &Path) {
        let paper = self.settings.export_paper.paper();
        let options = ChartOptions {
            lang: self.lang,
            redact: self.settings.export_redact,
            layout: crate::layout::LayoutOptions {
                compact_leaves: self.settings.compact_leaves,
                // The export sets the currency and the measures' names from the plan.
                ..crate::layout::LayoutOptions::default()
            },
            // The window's exports keep the chart as the window shows it: arranged to fit the
            // paper when *Fit to paper* is on.
            fit: self.settings.fit_to_paper.then_some(PageFit {
                paper,
                orientation: PageOrientation::Auto,
            }),
            // An SVG is one drawing of the whole chart: no page edges.
            edges_between_boxes: !matches!(kind, ExportKind::Svg),
            heading_room: 0.0,
        };
        // While comparing, the chart the comparison shows: the later scenario, changes marked.
        let compared = self
            .compare_direction()
            .and_then(|(a, b)| self.plan.scenario(&a).zip(self.plan.scenario(&b)));
        let drawing = match compared {
            Some((before, after)) => chart_compared(&self.plan, before, after, &options),
            None => chart(&self.plan, self.scenario(), &options),
        };
        let format = match kind {
            ExportKind::Svg => ChartFormat::Svg,
            ExportKind::Pdf => ChartFormat::Pdf,
            ExportKind::Png => ChartFormat::Png,
        };
        let file = FileOptions {
            paper: self.settings.export_paper.paper(),
            ..FileOptions::new(format)
        };
        match export_chart(&drawing, &file, path) {
            Ok(files) => self.say(exported_message(&files, self.lang), false),
            Err(error) => self.say(error.message(self.lang), true),
        }
    }
}
