//! The export pipeline both faces call: a scenario's chart drawn in one format, cut into pages
//! where the format has pages, the pages numbered, and every file written atomically, so that
//! the command line and the window write the same files and say the same when they cannot.

use std::path::{Path, PathBuf};

use super::{Chart, ExportError, PageOrientation, Paper, PdfOptions, RenderOptions};
use crate::i18n::{Lang, n, s, tr_args};
use crate::io::{SaveError, check_writable, write_all_atomically};

/// The file format of a chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartFormat {
    /// One SVG drawing of the whole chart.
    Svg,
    /// PNG pages, numbered when there are several.
    Png,
    /// One tagged PDF with every page.
    Pdf,
}

/// How the chart goes on paper.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FileOptions {
    /// The format.
    pub format: ChartFormat,
    /// The paper (PNG and PDF).
    pub paper: Paper,
    /// Which way the pages are turned (PNG and PDF).
    pub orientation: PageOrientation,
    /// Pixels per inch (PNG).
    pub dpi: f32,
}

impl FileOptions {
    /// `format` on the default paper, turned whichever way fits better, at the default
    /// resolution.
    #[must_use]
    pub fn new(format: ChartFormat) -> FileOptions {
        let render = RenderOptions::default();
        FileOptions {
            format,
            paper: render.paper,
            orientation: render.orientation,
            dpi: render.dpi,
        }
    }
}

/// Why no chart was written. Files written before the failure stay whole: each is written
/// atomically.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ExportFailure {
    /// The chart could not be drawn.
    #[error(transparent)]
    Draw(#[from] ExportError),
    /// A file could not be written.
    #[error("{}", .0.message(Lang::En))]
    Write(#[from] SaveError),
}

impl ExportFailure {
    /// What went wrong, in `lang`.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ExportFailure::Draw(error) => {
                tr_args(lang, "error-export", &[("reason", s(error.to_string()))])
            }
            ExportFailure::Write(error) => error.message(lang),
        }
    }
}

/// Draws `drawing` (a scenario's chart, or a comparison's) as `options` say and writes it to
/// `output` (or to `output`'s numbered siblings, one a page); the files written, in page order.
///
/// # Errors
/// When `output`'s folder cannot be written to (found before anything is drawn), when the
/// chart cannot be drawn, or when a file cannot be written.
pub fn export_chart(
    drawing: &Chart,
    options: &FileOptions,
    output: &Path,
) -> Result<Vec<PathBuf>, ExportFailure> {
    check_writable(output)?;
    let files = match options.format {
        ChartFormat::Svg => vec![(output.to_owned(), super::svg(drawing).into_bytes())],
        ChartFormat::Png => {
            let render = RenderOptions {
                paper: options.paper,
                orientation: options.orientation,
                dpi: options.dpi,
            };
            super::numbered(output, drawing.png(&render)?)
        }
        ChartFormat::Pdf => {
            let pdf = PdfOptions {
                paper: options.paper,
                orientation: options.orientation,
            };
            vec![(output.to_owned(), super::pdf(drawing, &pdf)?)]
        }
    };
    write_all_atomically(&files)?;
    Ok(files.into_iter().map(|(path, _)| path).collect())
}

/// What both faces say once files are written: how many, and the first.
#[must_use]
pub fn exported_message(files: &[PathBuf], lang: Lang) -> String {
    let first = files
        .first()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    tr_args(
        lang,
        "cli-exported",
        &[("count", n(files.len())), ("path", s(first))],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples::{Example, load};
    use crate::export::{ChartOptions, chart};

    fn kouvola() -> Chart {
        let plan = load(Example::Kouvola).unwrap();
        chart(&plan, plan.baseline(), &ChartOptions::default())
    }

    #[test]
    fn a_folder_that_cannot_be_written_is_found_before_drawing() {
        let options = FileOptions::new(ChartFormat::Svg);
        let output = Path::new("/no/such/folder/chart.svg");
        let error = export_chart(&kouvola(), &options, output);
        let Err(ExportFailure::Write(error)) = error else {
            panic!("{error:?}");
        };
        assert!(error.message(Lang::En).contains("/no/such/folder"));
    }

    #[test]
    fn pages_are_numbered_and_each_written_whole() {
        let dir = tempfile::tempdir().unwrap();
        let output = dir.path().join("chart.png");
        let options = FileOptions {
            paper: Paper::A4,
            dpi: 40.0,
            ..FileOptions::new(ChartFormat::Png)
        };
        let written = export_chart(&kouvola(), &options, &output).unwrap();
        assert!(!written.is_empty());
        for path in &written {
            let bytes = std::fs::read(path).unwrap_or_default();
            assert!(bytes.starts_with(b"\x89PNG"), "{}", path.display());
        }
        if written.len() > 1 {
            assert!(written[0].ends_with("chart-1.png"));
        }
        let message = exported_message(&written, Lang::En);
        assert!(
            message.contains(&written[0].display().to_string()),
            "{message}"
        );
    }
}
