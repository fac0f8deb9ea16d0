//! The chart as PNG: rendered from the same SVG with resvg and the bundled fonts only, so the
//! output is the same on every machine. Large charts become several pages; no image exceeds
//! 16,000 pixels a side.

use std::sync::{Arc, OnceLock};

use resvg::tiny_skia::{Color, Pixmap, Transform};
use resvg::usvg::{self, fontdb};

use super::ExportError;
use super::chart::Chart;
use super::pages::{PageOrientation, Pagination, Paper};
use super::svg::svg_part;
use super::tiles::Tiles;
use crate::layout::{NOTO_SANS_BOLD, NOTO_SANS_REGULAR};

/// The largest side of an image, in pixels.
pub const MAX_PIXELS: u32 = 16_000;

/// How to render pages.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RenderOptions {
    /// The paper.
    pub paper: Paper,
    /// Which way the pages are turned.
    pub orientation: PageOrientation,
    /// Pixels per inch.
    pub dpi: f32,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            paper: Paper::A3,
            orientation: PageOrientation::Auto,
            dpi: 150.0,
        }
    }
}

/// The bundled fonts, and nothing from the system.
pub(crate) fn font_database() -> Arc<fontdb::Database> {
    static DB: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = fontdb::Database::new();
        db.load_font_data(NOTO_SANS_REGULAR.to_vec());
        db.load_font_data(NOTO_SANS_BOLD.to_vec());
        db.set_sans_serif_family("Noto Sans");
        Arc::new(db)
    })
    .clone()
}

/// Parses an SVG with the bundled fonts.
///
/// # Errors
/// When the SVG is malformed (never for ours; a test parses every chart).
pub fn parse_svg(svg: &str) -> Result<usvg::Tree, ExportError> {
    let options = usvg::Options {
        font_family: "Noto Sans".to_owned(),
        fontdb: font_database(),
        ..usvg::Options::default()
    };
    usvg::Tree::from_str(svg, &options).map_err(|e| ExportError::Render(e.to_string()))
}

/// Renders a chart onto pages, one PNG per page; each page is drawn from what lies on it.
///
/// # Errors
/// When a page cannot be drawn or encoded.
pub fn png_pages(chart: &Chart, options: &RenderOptions) -> Result<Vec<Vec<u8>>, ExportError> {
    let frame = chart.frame();
    let (width, height) = (frame.width, frame.height);
    let pages = Pagination::new(
        width,
        height,
        chart.smallest_text(),
        options.paper,
        options.orientation,
    );
    let tiles = Tiles::new(chart, &frame, &pages);
    let mut px_per_pt = options.dpi.max(1.0) / 72.0;
    let longest = pages.page_width.max(pages.page_height);
    if longest * px_per_pt > MAX_PIXELS as f32 {
        px_per_pt = MAX_PIXELS as f32 / longest;
    }
    let size = |pt: f32| ((pt * px_per_pt).round() as u32).clamp(1, MAX_PIXELS);
    let (w, h) = (size(pages.page_width), size(pages.page_height));
    // What a page prints is clipped to its printable area: the margins stay white, as on
    // the PDF's pages, and a box cut by the page edge is not drawn into them.
    // A page to fit has no margin; `size` would make it one pixel.
    let margin = if pages.margin > 0.0 {
        size(pages.margin).min(w / 2).min(h / 2)
    } else {
        0
    };
    let (area_w, area_h) = ((w - 2 * margin).max(1), (h - 2 * margin).max(1));
    let render = |index: usize| -> Result<Vec<u8>, ExportError> {
        let tree = parse_svg(&svg_part(chart, &tiles.part(&pages, index)))?;
        // usvg sizes the tree in CSS pixels; this converts canvas points to tree units.
        let tree_per_pt = tree.size().width() / width.max(1.0);
        let mut area = Pixmap::new(area_w, area_h).ok_or(ExportError::TooLarge)?;
        area.fill(Color::WHITE);
        let (ox, oy) = pages.origin(index);
        let k = px_per_pt * pages.scale;
        let transform = Transform::from_scale(k / tree_per_pt, k / tree_per_pt).post_translate(
            (pages.margin - ox * pages.scale) * px_per_pt - margin as f32,
            (pages.margin - oy * pages.scale) * px_per_pt - margin as f32,
        );
        resvg::render(&tree, transform, &mut area.as_mut());
        let mut page = Pixmap::new(w, h).ok_or(ExportError::TooLarge)?;
        page.fill(Color::WHITE);
        // Row by row: a blend through tiny-skia's pipeline was a quarter of the export.
        let (stride, row) = (w as usize * 4, area_w as usize * 4);
        let at = margin as usize * 4;
        for (y, line) in area.data().chunks_exact(row).enumerate() {
            let start = (y + margin as usize) * stride + at;
            if let Some(target) = page.data_mut().get_mut(start..start + row) {
                target.copy_from_slice(line);
            }
        }
        page.encode_png()
            .map_err(|e| ExportError::Render(e.to_string()))
    };
    let count = pages.count();
    if count < 4 || !std::thread::available_parallelism().is_ok_and(|n| n.get() >= 2) {
        return (0..count).map(render).collect();
    }
    // Pages are independent: the second half is drawn and encoded beside the first.
    let half = count / 2;
    std::thread::scope(|scope| {
        let later = scope.spawn(|| (half..count).map(render).collect::<Result<Vec<_>, _>>());
        let mut out = (0..half).map(render).collect::<Result<Vec<_>, _>>()?;
        let rest = later
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
        out.extend(rest);
        Ok(out)
    })
}
