//! Exports: charts as SVG, and drawn from the same SVG, PNG pages and tagged PDF.

use std::path::{Path, PathBuf};

mod chart;
mod crossings;
mod edges;
mod files;
mod fit;
pub(crate) mod glyphs;
mod pages;
mod pdf;
mod png;
mod style;
mod svg;
mod tiles;

pub use chart::{Chart, ChartOptions, LegendSample, ListEntry, chart, chart_compared};
pub use files::{ChartFormat, ExportFailure, FileOptions, export_chart, exported_message};
pub use fit::{Arrangement, Fitted, PageFit, fit_to_page};
pub use pages::{
    MAP_IN_MARGIN, MAX_PAGE_SIDE, MIN_PRINTED_TEXT, OVERVIEW_BAND, OVERVIEW_WIDTH, PAGE_MARGIN,
    PageOrientation, Pagination, Paper, overview_band, overview_size,
};
pub(crate) use pdf::{ChartPages, PREPARED_AT_ONCE, bundled_fonts, fail, ua_document};
pub use pdf::{PdfOptions, pdf};
pub use png::{MAX_PIXELS, RenderOptions, parse_svg, png_pages};
pub use style::{Frame, mark_style, mark_tag_fill};
pub use svg::{FONT_FAMILY, svg};

/// One page keeps the name given; several become `NAME-1.ext`, `NAME-2.ext`, ...
#[must_use]
pub fn numbered(output: &Path, pages: Vec<Vec<u8>>) -> Vec<(PathBuf, Vec<u8>)> {
    if pages.len() == 1 {
        return pages.into_iter().map(|p| (output.to_owned(), p)).collect();
    }
    let stem = output
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let ext = output
        .extension()
        .map(|e| e.to_string_lossy().into_owned())
        .unwrap_or_else(|| "png".to_owned());
    pages
        .into_iter()
        .enumerate()
        .map(|(i, page)| {
            (
                output.with_file_name(format!("{stem}-{}.{ext}", i + 1)),
                page,
            )
        })
        .collect()
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ExportError {
    /// Drawing or encoding failed.
    #[error("could not draw the chart: {0}")]
    Render(String),
    /// A page would be too large to draw.
    #[error("a page is too large to draw")]
    TooLarge,
}

impl Chart {
    /// The chart as PNG pages.
    ///
    /// # Errors
    /// When drawing fails.
    pub fn png(&self, options: &RenderOptions) -> Result<Vec<Vec<u8>>, ExportError> {
        png_pages(self, options)
    }
}
