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
/// The most room kept free at the foot of each page of a chart split over several, for the
/// map of where the page lies in the whole: the chart is never printed under the map.
pub const OVERVIEW_BAND: f32 = 64.0;
/// The widest the overview map is, in points.
pub const OVERVIEW_WIDTH: f32 = 200.0;
/// The room around the map in its band, in points.
const OVERVIEW_PADDING: f32 = 10.0;
/// The highest map that is drawn in the bottom margin instead of a band of its own: it stays
/// 10 points (3.5 mm) clear of the paper's edge, printable on office printers.
pub const MAP_IN_MARGIN: f32 = PAGE_MARGIN - 20.0;

/// The lowest the overview map is drawn: a very wide chart's map is stretched to it, so that
/// the page outlined on it can still be seen.
const MAP_MIN_HEIGHT: f32 = 6.0;

/// The overview map's size for a `width` × `height` canvas: as wide as [`OVERVIEW_WIDTH`]
/// unless the band's height limits it first, and never lower than 6 points.
#[must_use]
pub fn overview_size(width: f32, height: f32) -> (f32, f32) {
    let (width, height) = (width.max(1.0), height.max(1.0));
    let k = (OVERVIEW_WIDTH / width).min((OVERVIEW_BAND - OVERVIEW_PADDING) / height);
    (width * k, (height * k).max(MAP_MIN_HEIGHT))
}

/// The band a `width` × `height` canvas needs: the map's height and its padding, or none when
/// the map is thin enough for the bottom margin. A wide chart's map is a strip, and a band of
/// the full height would cost it whole rows of pages.
#[must_use]
pub fn overview_band(width: f32, height: f32) -> f32 {
    let high = overview_size(width, height).1;
    if high <= MAP_IN_MARGIN {
        0.0
    } else {
        high + OVERVIEW_PADDING
    }
}
/// The largest page side PDF readers accept (200 inches), in points: a larger chart printed
/// with `Paper::Fit` is scaled down to it.
pub const MAX_PAGE_SIDE: f32 = 14_400.0;

/// How a canvas is laid onto pages.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pagination {
    /// Page size in points.
    pub page_width: f32,
    /// Page size in points.
    pub page_height: f32,
    /// The margin around the printed area.
    pub margin: f32,
    /// Room kept free below the printed area (see [`overview_band`]), 0 for one page.
    pub band: f32,
    /// Room kept free above the printed area, below the margin (for a heading), usually 0.
    pub top: f32,
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
        Pagination::choose(width, height, smallest_text, paper, orientation, 0.0)
    }

    /// Like [`Pagination::new`], keeping [`overview_band`] free at the foot of every page when
    /// the chart takes more than one, for the PDF's overview map.
    #[must_use]
    pub fn with_overview(
        width: f32,
        height: f32,
        smallest_text: f32,
        paper: Paper,
        orientation: PageOrientation,
    ) -> Pagination {
        Pagination::with_overview_below(width, height, smallest_text, paper, orientation, 0.0)
    }

    /// Like [`Pagination::with_overview`], with `top` points kept free above the printed area
    /// of every page (for a heading), the scale chosen for the room that leaves (on paper to
    /// fit, one page the chart's size, nothing is kept).
    #[must_use]
    pub fn with_overview_below(
        width: f32,
        height: f32,
        smallest_text: f32,
        paper: Paper,
        orientation: PageOrientation,
        top: f32,
    ) -> Pagination {
        let reserving = |band: f32| {
            let mut pages =
                Pagination::choose(width, height, smallest_text, paper, orientation, band + top);
            if paper != Paper::Fit {
                pages.band = band;
                pages.top = top;
            }
            pages
        };
        let plain = reserving(0.0);
        if plain.count() == 1 || overview_band(width, height) == 0.0 {
            return plain;
        }
        reserving(overview_band(width, height))
    }

    fn choose(
        width: f32,
        height: f32,
        smallest_text: f32,
        paper: Paper,
        orientation: PageOrientation,
        band: f32,
    ) -> Pagination {
        let turned =
            |landscape| Pagination::turned(width, height, smallest_text, paper, landscape, band);
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
        band: f32,
    ) -> Pagination {
        let (short, long) = match paper {
            Paper::A4 => (595.28, 841.89),
            Paper::A3 => (841.89, 1190.55),
            Paper::Fit => {
                let scale = (MAX_PAGE_SIDE / width.max(height).max(1.0)).min(1.0);
                return Pagination {
                    page_width: width * scale,
                    page_height: height * scale,
                    margin: 0.0,
                    band: 0.0,
                    top: 0.0,
                    scale,
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
            page_height - 2.0 * PAGE_MARGIN - band,
        );
        let fit = (area_w / width.max(1.0)).min(area_h / height.max(1.0));
        let min_scale = MIN_PRINTED_TEXT / smallest_text.max(0.1);
        let scale = if fit >= min_scale {
            // Never enlarged past the cap, unless the text needs it to print large enough.
            fit.min(MAX_ENLARGEMENT.max(min_scale))
        } else {
            min_scale
        };
        let pages =
            |extent: f32, area: f32| ((extent * scale / area) - 1e-4).ceil().max(1.0) as usize;
        Pagination {
            page_width,
            page_height,
            margin: PAGE_MARGIN,
            band,
            top: 0.0,
            scale,
            columns: pages(width, area_w),
            rows: pages(height, area_h),
        }
    }

    /// Where an overview map of `size` goes on each page (its top-left corner): centred in the
    /// band at the right, or with no band, in the bottom margin at the left, clear of the page
    /// number at the right.
    #[must_use]
    pub fn overview_origin(&self, size: (f32, f32)) -> (f32, f32) {
        let (w, h) = size;
        if self.band > 0.0 {
            (
                self.page_width - self.margin - w,
                self.page_height - self.margin - self.band + (self.band - h) / 2.0,
            )
        } else {
            (
                self.margin,
                self.page_height - self.margin + (self.margin - h) / 2.0,
            )
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
            self.page_height - 2.0 * self.margin - self.band - self.top,
        )
    }

    /// The top-left corner of the printed area on the page.
    #[must_use]
    pub fn area_origin(&self) -> (f32, f32) {
        (self.margin, self.margin + self.top)
    }

    /// The part of the canvas that page `index` shows, as `[x, y, width, height]` in canvas
    /// points.
    #[must_use]
    pub fn window(&self, index: usize) -> [f32; 4] {
        let (x, y) = self.origin(index);
        let (w, h) = self.area();
        [x, y, w / self.scale, h / self.scale]
    }

    /// The pages a canvas rectangle `[x, y, width, height]` falls on, as a range of columns
    /// and one of rows; a range is empty when the rectangle lies wholly before or after the
    /// pages on that axis.
    #[must_use]
    pub fn pages_of(&self, rect: [f32; 4]) -> (std::ops::Range<usize>, std::ops::Range<usize>) {
        let (w, h) = self.area();
        let span = |from: f32, size: f32, page: f32, count: usize| {
            let page = (page / self.scale).max(f32::MIN_POSITIVE);
            let end = from + size.max(0.0);
            if end < 0.0 {
                return 0..0;
            }
            let first = ((from / page).floor().max(0.0) as usize).min(count);
            let last = (end / page).floor() as usize;
            first..last.saturating_add(1).min(count)
        };
        (
            span(rect[0], rect[2], w, self.columns),
            span(rect[1], rect[3], h, self.rows),
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

    #[test]
    fn room_kept_above_the_chart_is_kept_when_the_scale_is_chosen() {
        for (w, h) in [
            (300.0, 200.0),
            (900.0, 600.0),
            (2_000.0, 400.0),
            (800.0, 3_000.0),
        ] {
            for orientation in [PageOrientation::Portrait, PageOrientation::Landscape] {
                let plain = Pagination::with_overview(w, h, 8.0, Paper::A4, orientation);
                let none = Pagination::with_overview_below(w, h, 8.0, Paper::A4, orientation, 0.0);
                assert_eq!(plain, none);
                let below =
                    Pagination::with_overview_below(w, h, 8.0, Paper::A4, orientation, 40.0);
                assert_eq!(below.top, 40.0);
                // Its rows hold the chart in what is left of the page.
                let (_, area_h) = below.area();
                assert!(
                    below.rows as f32 * area_h >= h * below.scale - 0.01,
                    "{below:?}"
                );
                assert!(below.scale <= plain.scale + 1e-6, "{below:?} {plain:?}");
            }
        }
    }
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

    #[test]
    fn a_chart_to_fit_never_makes_a_page_larger_than_pdf_allows() {
        let huge = Pagination::new(400_000.0, 3_000.0, 8.0, Paper::Fit, PageOrientation::Auto);
        assert!((huge.page_width - MAX_PAGE_SIDE).abs() < 1e-2, "{huge:?}");
        assert!(huge.page_height <= MAX_PAGE_SIDE && huge.count() == 1);
        let small = Pagination::new(900.0, 500.0, 8.0, Paper::Fit, PageOrientation::Auto);
        assert_eq!(
            (small.page_width, small.page_height, small.scale),
            (900.0, 500.0, 1.0)
        );
    }

    #[test]
    fn one_page_keeps_no_band_and_several_keep_it_under_the_chart() {
        let one = Pagination::with_overview(1000.0, 400.0, 8.0, Paper::A3, PageOrientation::Auto);
        assert_eq!((one.count(), one.band), (1, 0.0));
        let many =
            Pagination::with_overview(20_000.0, 3_000.0, 8.0, Paper::A4, PageOrientation::Auto);
        assert!(many.count() > 1);
        // The map of a 20,000 × 3,000 chart is 200 × 30 points.
        assert!((many.band - 40.0).abs() < 1e-3, "{many:?}");
        // The band costs room: never fewer pages than without it, and what a page prints of
        // the chart ends a band's height above the bottom margin.
        let plain = Pagination::new(20_000.0, 3_000.0, 8.0, Paper::A4, PageOrientation::Auto);
        assert!(many.count() >= plain.count());
        // The band's room may turn the pages the other way; either way they are A4.
        let a4 = |p: &Pagination| {
            let high = p.page_height;
            assert!(high == 595.28 || high == 841.89, "{p:?}");
            high
        };
        let printed = many.window(0)[3] * many.scale;
        assert!((PAGE_MARGIN + printed - (a4(&many) - PAGE_MARGIN - many.band)).abs() < 1e-2);
        let printed = plain.window(0)[3] * plain.scale;
        assert!((printed - (a4(&plain) - 2.0 * PAGE_MARGIN)).abs() < 1e-2);
    }

    #[test]
    fn a_wide_chart_keeps_its_map_in_the_margin_and_a_tall_one_the_full_band() {
        // As wide as the realistic 10,000-node chart: a strip of a map, in the margin, and the
        // pages as without a map.
        let (width, height) = (226_318.0, 1_618.0);
        let wide = Pagination::with_overview(width, height, 9.0, Paper::A3, PageOrientation::Auto);
        let plain = Pagination::new(width, height, 9.0, Paper::A3, PageOrientation::Auto);
        assert!(wide.count() > 1);
        assert_eq!(wide, plain);
        let (w, h) = overview_size(width, height);
        assert!((w - OVERVIEW_WIDTH).abs() < 1e-3 && (h - MAP_MIN_HEIGHT).abs() < 1e-3);
        // Just too high for the margin: a band of its own.
        let (width, height) = (20_000.0, 20_000.0 * (MAP_IN_MARGIN + 0.5) / OVERVIEW_WIDTH);
        let p = Pagination::with_overview(width, height, 8.0, Paper::A4, PageOrientation::Auto);
        assert!(
            (p.band - (MAP_IN_MARGIN + 0.5 + OVERVIEW_PADDING)).abs() < 1e-2,
            "{p:?}"
        );
        // A tall chart's map is limited by the band's height.
        let tall = overview_size(2_000.0, 20_000.0);
        assert!((tall.1 - (OVERVIEW_BAND - OVERVIEW_PADDING)).abs() < 1e-3);
        assert!((overview_band(2_000.0, 20_000.0) - OVERVIEW_BAND).abs() < 1e-3);
    }

    #[test]
    fn the_map_stays_clear_of_the_chart_the_page_number_and_the_paper_edge() {
        // Where pdf.rs writes the page number: 60 points left of the right margin.
        let number_x = |p: &Pagination| p.page_width - p.margin - 60.0;
        for (width, height) in [
            (226_318.0, 1_618.0),
            (20_000.0, 3_000.0),
            (2_000.0, 20_000.0),
        ] {
            for paper in [Paper::A4, Paper::A3] {
                let p = Pagination::with_overview(width, height, 8.0, paper, PageOrientation::Auto);
                let size = overview_size(width, height);
                let (x, y) = p.overview_origin(size);
                assert!(size.1 >= MAP_MIN_HEIGHT, "{size:?}");
                // Never where the chart prints, nor nearer the paper's edge than 10 points.
                assert!(y >= p.page_height - p.margin - p.band - 1e-3, "{p:?} {y}");
                assert!(y + size.1 <= p.page_height - 10.0 + 1e-3, "{p:?} {y}");
                assert!(x >= p.margin - 1e-3 && x + size.0 <= p.page_width - p.margin + 1e-3);
                if p.band == 0.0 {
                    // In the margin, beside the page number.
                    assert!(x + size.0 < number_x(&p), "{p:?}");
                } else {
                    // Above the margin the page number is in.
                    assert!(y + size.1 <= p.page_height - p.margin + 1e-3);
                }
            }
        }
    }

    #[test]
    fn a_rectangle_off_the_pages_is_on_none() {
        let p = Pagination::new(5_000.0, 2_000.0, 8.0, Paper::A4, PageOrientation::Landscape);
        assert!(p.count() > 1);
        let (columns, rows) = p.pages_of([-50.0, -50.0, 10.0, 10.0]);
        assert!(
            columns.is_empty() && rows.is_empty(),
            "{columns:?} {rows:?}"
        );
        let (columns, rows) = p.pages_of([9_000.0, 5_000.0, 10.0, 10.0]);
        assert!(
            columns.is_empty() && rows.is_empty(),
            "{columns:?} {rows:?}"
        );
        // Straddling the top-left corner: the first page only.
        assert_eq!(p.pages_of([-5.0, -5.0, 10.0, 10.0]), (0..1, 0..1));
        // Huge rectangles end at the last page, without overflow.
        assert_eq!(
            p.pages_of([0.0, 0.0, f32::MAX, f32::MAX]),
            (0..p.columns, 0..p.rows)
        );
    }

    proptest::proptest! {
        /// Every point of the canvas is on exactly one page's window, the windows tile the
        /// canvas in order, and `pages_of` finds the page a rectangle starts on.
        #[test]
        fn the_windows_tile_the_canvas(
            width in 10.0f32..60_000.0,
            height in 10.0f32..20_000.0,
            text in 3.0f32..14.0,
            a3 in proptest::bool::ANY,
            fx in 0.0f32..1.0,
            fy in 0.0f32..1.0,
        ) {
            let paper = if a3 { Paper::A3 } else { Paper::A4 };
            let p = Pagination::with_overview(width, height, text, paper, PageOrientation::Auto);
            proptest::prop_assert!(p.scale * text >= MIN_PRINTED_TEXT - 1e-3);
            // A page count rounds away float noise: at most a ten-thousandth of a page.
            let last = p.window(p.count() - 1);
            proptest::prop_assert!(last[0] + last[2] >= width - last[2] * 1e-4 - 1e-2);
            proptest::prop_assert!(last[1] + last[3] >= height - last[3] * 1e-4 - 1e-2);
            let (x, y) = (fx * width, fy * height);
            let on: Vec<usize> = (0..p.count())
                .filter(|&i| {
                    let w = p.window(i);
                    w[0] <= x && x < w[0] + w[2] && w[1] <= y && y < w[1] + w[3]
                })
                .collect();
            proptest::prop_assert_eq!(on.len(), 1, "{:?} at {:?}", p, (x, y));
            let (columns, rows) = p.pages_of([x, y, 0.0, 0.0]);
            proptest::prop_assert_eq!(rows.start * p.columns + columns.start, on[0]);
            // Several pages keep the band free; the band never saves a page.
            let plain = Pagination::new(width, height, text, paper, PageOrientation::Auto);
            proptest::prop_assert!(p.count() >= plain.count());
            let band = if p.count() > 1 { overview_band(width, height) } else { 0.0 };
            proptest::prop_assert_eq!(p.band, band);
            proptest::prop_assert!(p.band <= OVERVIEW_BAND);
            // What a page prints of the chart fits between its margins, above the band.
            let printed = p.window(0);
            proptest::prop_assert!(
                printed[2] * p.scale <= p.page_width - 2.0 * PAGE_MARGIN + 1e-2
            );
            proptest::prop_assert!(
                printed[3] * p.scale <= p.page_height - 2.0 * PAGE_MARGIN - p.band + 1e-2
            );
        }
    }
}
