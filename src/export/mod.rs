//! Exports: charts as SVG, and drawn from the same SVG, PNG pages and tagged PDF.

mod chart;
mod pages;
mod pdf;
mod png;
mod style;
mod svg;

pub use chart::{Chart, ChartOptions, LegendSample, ListEntry, chart};
pub use pages::{MIN_PRINTED_TEXT, PAGE_MARGIN, Pagination, Paper};
pub use pdf::{PdfOptions, pdf};
pub use png::{MAX_PIXELS, RenderOptions, parse_svg, png_pages};
pub use style::Frame;
pub use svg::{FONT_FAMILY, svg};

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
    /// The size of the smallest text on the chart, in points (a box's notes).
    #[must_use]
    pub fn smallest_text(&self) -> f32 {
        crate::layout::LineStyle::Note
            .size(self.layout.font_size)
            .min(style::LEGEND_SIZE)
            .min(style::FOOTER_SIZE)
    }

    /// The chart as PNG pages.
    ///
    /// # Errors
    /// When drawing fails.
    pub fn png(&self, options: &RenderOptions) -> Result<Vec<Vec<u8>>, ExportError> {
        let frame = Frame::of(self);
        png_pages(
            &svg(self),
            frame.width,
            frame.height,
            self.smallest_text(),
            options,
        )
    }
}
