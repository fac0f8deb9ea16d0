//! Paper and pages: how a chart is scaled onto A4 or A3, or split over several pages when it
//! would otherwise print its smallest text below 7 pt.

/// The paper a chart is printed on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Paper {
    /// ISO A4.
    A4,
    /// ISO A3.
    #[default]
    A3,
    /// One page exactly the size of the chart.
    Fit,
}

/// Which way the pages are turned.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PageOrientation {
    /// The way that needs fewer pages, else prints larger: a wide chart goes on landscape
    /// pages, a tall one on portrait.
    #[default]
    Auto,
    /// Portrait.
    Portrait,
    /// Landscape.
    Landscape,
}

/// The smallest text a printed chart may have, in points.
pub const MIN_PRINTED_TEXT: f32 = 7.0;
/// The margin of a printed page, in points (1 cm).
pub const PAGE_MARGIN: f32 = 28.35;
/// How much a small chart may be enlarged to fill its paper.
const MAX_ENLARGEMENT: f32 = 2.0;

/// How a canvas is laid onto pages.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pagination {
    /// Page size in points.
    pub page_width: f32,
    /// Page size in points.
    pub page_height: f32,
    /// The margin around the printed area.
    pub margin: f32,
    /// Points of paper per point of canvas.
    pub scale: f32,
    /// Pages across.
    pub columns: usize,
    /// Pages down.
    pub rows: usize,
}

impl Pagination {
    /// Lays a `width` × `height` canvas (in points) whose smallest text is `smallest_text`
    /// points onto `paper` turned as `orientation` says.
    #[must_use]
    pub fn new(
        width: f32,
        height: f32,
        smallest_text: f32,
        paper: Paper,
        orientation: PageOrientation,
    ) -> Pagination {
        let turned = |landscape| Pagination::turned(width, height, smallest_text, paper, landscape);
        match orientation {
            PageOrientation::Portrait => turned(false),
            PageOrientation::Landscape => turned(true),
            PageOrientation::Auto => {
                let (portrait, landscape) = (turned(false), turned(true));
                let better = |a: &Pagination, b: &Pagination| {
                    a.count() < b.count() || (a.count() == b.count() && a.scale > b.scale)
                };
                if better(&portrait, &landscape) {
                    portrait
                } else if better(&landscape, &portrait) || width >= height {
                    landscape
                } else {
                    portrait
                }
            }
        }
    }

    fn turned(
        width: f32,
        height: f32,
        smallest_text: f32,
        paper: Paper,
        landscape: bool,
    ) -> Pagination {
        let (short, long) = match paper {
            Paper::A4 => (595.28, 841.89),
            Paper::A3 => (841.89, 1190.55),
            Paper::Fit => {
                return Pagination {
                    page_width: width,
                    page_height: height,
                    margin: 0.0,
                    scale: 1.0,
                    columns: 1,
                    rows: 1,
                };
            }
        };
        let (page_width, page_height) = if landscape {
            (long, short)
        } else {
            (short, long)
        };
        let (area_w, area_h) = (
            page_width - 2.0 * PAGE_MARGIN,
            page_height - 2.0 * PAGE_MARGIN,
        );
        let fit = (area_w / width.max(1.0)).min(area_h / height.max(1.0));
        let min_scale = MIN_PRINTED_TEXT / smallest_text.max(0.1);
        let scale = if fit >= min_scale {
            fit.min(MAX_ENLARGEMENT)
        } else {
            min_scale
        };
        let pages =
            |extent: f32, area: f32| ((extent * scale / area) - 1e-3).ceil().max(1.0) as usize;
        Pagination {
            page_width,
            page_height,
            margin: PAGE_MARGIN,
            scale,
            columns: pages(width, area_w),
            rows: pages(height, area_h),
        }
    }

    /// The number of pages.
    #[must_use]
    pub fn count(&self) -> usize {
        self.columns * self.rows
    }

    /// The printable area of a page, in points.
    #[must_use]
    pub fn area(&self) -> (f32, f32) {
        (
            self.page_width - 2.0 * self.margin,
            self.page_height - 2.0 * self.margin,
        )
    }

    /// The canvas offset (in canvas points) shown at the top-left of page `index` (row by row).
    #[must_use]
    pub fn origin(&self, index: usize) -> (f32, f32) {
        let (area_w, area_h) = self.area();
        let (col, row) = (index % self.columns.max(1), index / self.columns.max(1));
        (
            col as f32 * area_w / self.scale,
            row as f32 * area_h / self.scale,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_chart_fits_one_page() {
        let p = Pagination::new(1000.0, 400.0, 8.0, Paper::A3, PageOrientation::Landscape);
        assert_eq!(p.count(), 1);
        assert!(p.scale * 8.0 >= MIN_PRINTED_TEXT);
    }

    #[test]
    fn a_huge_chart_is_split_rather_than_shrunk_below_7_pt() {
        let p = Pagination::new(
            100_000.0,
            2_000.0,
            8.0,
            Paper::A4,
            PageOrientation::Landscape,
        );
        assert!((p.scale * 8.0 - MIN_PRINTED_TEXT).abs() < 1e-3);
        assert!(p.columns > 50 && p.rows >= 3, "{p:?}");
        let (w, _) = p.area();
        assert!((p.origin(1).0 - w / p.scale).abs() < 1e-3);
    }

    #[test]
    fn auto_turns_the_page_the_way_that_needs_fewer_pages() {
        // Too wide for portrait A3 at 7 pt, not for landscape.
        let wide = (1000.0, 400.0, 7.0, Paper::A3);
        let auto = Pagination::new(wide.0, wide.1, wide.2, wide.3, PageOrientation::Auto);
        let portrait = Pagination::new(wide.0, wide.1, wide.2, wide.3, PageOrientation::Portrait);
        assert!(portrait.count() > 1, "{portrait:?}");
        assert_eq!(auto.count(), 1);
        assert!(auto.page_width > auto.page_height);
        // A tall chart that fits either way prints larger on a portrait page.
        let tall = Pagination::new(300.0, 400.0, 8.0, Paper::A4, PageOrientation::Auto);
        assert_eq!(tall.count(), 1);
        assert!(tall.page_width < tall.page_height);
        // Stated orientations are kept, even where the other would need fewer pages.
        let stated = Pagination::new(2000.0, 300.0, 8.0, Paper::A4, PageOrientation::Portrait);
        assert!(stated.page_width < stated.page_height);
    }
}
