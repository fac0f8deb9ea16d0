//! What the window exports: the shown chart as SVG, PDF or PNG pages, and the open
//! comparison's change list and staff impact list.

use std::path::{Path, PathBuf};

use super::OrgplanApp;
use super::actions::ExportKind;
use crate::export::{
    ChartOptions, PageOrientation, PdfOptions, RenderOptions, chart, numbered, pdf, svg,
};
use crate::i18n::{s, tr_args};
use crate::io::write_atomically;

impl OrgplanApp {
    /// Writes the open comparison's change list (Markdown) or staff impact list (xlsx).
    pub fn save_comparison(&mut self, change_list: bool, path: &Path) {
        let lang = self.lang;
        let Some(from) = self
            .compare_from
            .as_ref()
            .and_then(|id| self.plan.scenario(id))
        else {
            return;
        };
        let to = self.scenario();
        let bytes = if change_list {
            // The change list goes into minutes, which are published: no personal data.
            let public = self.plan.redacted();
            let (Some(from), Some(to)) =
                (public.scenario(&from.meta.id), public.scenario(&to.meta.id))
            else {
                return;
            };
            let changes = crate::compare::diff(from, to);
            let sides = crate::compare::report::Sides::new(from, to);
            let format = crate::compare::report::DiffFormat::Markdown;
            Ok(crate::compare::report::diff_report(&changes, &sides, format, lang).into_bytes())
        } else {
            let rows = crate::compare::impact::impact(from, to);
            let format = crate::compare::impact::ImpactFormat::Xlsx;
            crate::compare::impact::impact_report(&rows, from, to, format, lang)
        };
        let result = match bytes {
            Ok(bytes) => write_atomically(path, &bytes).map_err(|e| e.message(lang)),
            Err(error) => Err(tr_args(
                lang,
                "error-spreadsheet",
                &[("reason", s(error.to_string()))],
            )),
        };
        match result {
            Ok(()) => {
                let args = [
                    ("count", crate::i18n::n(1)),
                    ("path", s(path.display().to_string())),
                ];
                self.say(tr_args(lang, "cli-exported", &args), false);
            }
            Err(message) => self.say(message, true),
        }
    }

    /// Exports the shown scenario's chart, in the window's language, laid out as the window
    /// lays it out, on the paper and with the redaction the File menu sets, as `kind` to `path`.
    pub fn export(&mut self, kind: ExportKind, path: &Path) {
        let options = ChartOptions {
            lang: self.lang,
            redact: self.settings.export_redact,
            layout: crate::layout::LayoutOptions {
                compact_leaves: self.settings.compact_leaves,
                ..crate::layout::LayoutOptions::default()
            },
        };
        let drawing = chart(&self.plan, self.scenario(), &options);
        let paper = self.settings.export_paper.paper();
        let files: Result<Vec<(PathBuf, Vec<u8>)>, crate::export::ExportError> = match kind {
            ExportKind::Svg => Ok(vec![(path.to_owned(), svg(&drawing).into_bytes())]),
            ExportKind::Pdf => pdf(
                &drawing,
                &PdfOptions {
                    paper,
                    orientation: PageOrientation::Auto,
                },
            )
            .map(|bytes| vec![(path.to_owned(), bytes)]),
            ExportKind::Png => drawing
                .png(&RenderOptions {
                    paper,
                    ..RenderOptions::default()
                })
                .map(|pages| numbered(path, pages)),
        };
        let files = match files {
            Ok(files) => files,
            Err(error) => {
                self.say(error.to_string(), true);
                return;
            }
        };
        for (file, bytes) in &files {
            if let Err(error) = write_atomically(file, bytes) {
                self.say(error.message(self.lang), true);
                return;
            }
        }
        let first = files
            .first()
            .map(|(p, _)| p.display().to_string())
            .unwrap_or_default();
        let args = [("count", crate::i18n::n(files.len())), ("path", s(first))];
        self.say(tr_args(self.lang, "cli-exported", &args), false);
    }
}
