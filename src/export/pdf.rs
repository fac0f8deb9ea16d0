//! The chart as PDF: vector, fonts embedded, text extractable, on pages of the chosen paper,
//! split with page numbers and an overview map when it does not fit. Tagged PDF/UA-1: every
//! chart page is a figure with a text alternative, and the chart's content follows as a nested
//! list that a screen reader can follow; krilla validates this as it writes.

use std::num::NonZeroU16;

use krilla::color::rgb;
use krilla::configure::{Accessibility, ConfigurationBuilder};
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point, Rect, Size, Transform};
use krilla::metadata::Metadata;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, Stroke};
use krilla::surface::Surface;
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, ListNumbering, Node, Tag, TagGroup, TagTree,
};
use krilla::text::Font;
use krilla::{Document, SerializeSettings};
use krilla_svg::{SurfaceExt as _, SvgSettings};
use resvg::usvg;

use super::ExportError;
use super::chart::Chart;
use super::crossings::{Side, crossings};
use super::glyphs::{draw_line, printable};
use super::pages::{PageOrientation, Pagination, Paper, overview_size};
use super::png::parse_svg;
use super::style::Frame;
use super::svg::svg_part;
use super::tiles::Tiles;
use crate::i18n::{n, s, tr, tr_args};
use crate::layout::FontMetrics;
use crate::layout::{NOTO_SANS_BOLD, NOTO_SANS_REGULAR};

/// Paper and orientation of a PDF.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PdfOptions {
    /// The paper.
    pub paper: Paper,
    /// Which way the pages are turned.
    pub orientation: PageOrientation,
}

/// Deeper lists are flattened at this depth: readers do not announce more levels usefully, and
/// the PDF writer should not recurse through a 100,000-deep chain.
const MAX_LIST_DEPTH: usize = 24;
const LIST_SIZE: f32 = 10.0;
const LIST_LEADING: f32 = 14.0;
/// Pages of a chart prepared in parallel before they are drawn in order: enough to keep every
/// core busy, few enough that their drawings do not crowd memory.
pub(crate) const PREPARED_AT_ONCE: usize = 32;
const LIST_INDENT: f32 = 14.0;

pub(crate) fn fail(e: impl std::fmt::Debug) -> ExportError {
    ExportError::Render(format!("{e:?}"))
}

/// The chart as a tagged PDF.
///
/// # Errors
/// When drawing fails or the document does not validate as PDF/UA-1.
pub fn pdf(chart: &Chart, options: &PdfOptions) -> Result<Vec<u8>, ExportError> {
    let lang = chart.lang;
    let pages = chart.printed_pages(options.paper, options.orientation, 0.0);
    let (regular, bold) = bundled_fonts()?;
    let mut document = ua_document()?;
    let mut tags = TagTree::new().with_lang(Some(lang.code().into()));
    let black = Fill {
        paint: rgb::Color::new(0, 0, 0).into(),
        ..Fill::default()
    };
    let drawn = ChartPages::new(chart, pages)?;
    let total = drawn.count();

    let indices: Vec<usize> = (0..total).collect();
    for chunk in indices.chunks(PREPARED_AT_ONCE) {
        let trees = drawn.prepare_all(chunk);
        for (&index, tree) in chunk.iter().zip(trees) {
            let tree = tree?;
            let mut page = document.start_page_with(
                PageSettings::from_wh(pages.page_width, pages.page_height)
                    .ok_or_else(|| fail("page size"))?,
            );
            let mut surface = page.surface();
            let figure = drawn.draw(&mut surface, index, &tree, &regular)?;
            tags.push(TagGroup::with_children(
                Tag::Figure(Some(drawn.alt(index))),
                vec![figure.into()],
            ));
            surface.set_fill(Some(black.clone()));
            let number = tr_args(
                lang,
                "chart-page",
                &[("page", n(index + 1)), ("pages", n(total))],
            );
            artifact_text(
                &mut surface,
                &regular,
                pages.page_width - pages.margin - 60.0,
                pages.page_height - 12.0,
                &number,
            );
            surface.finish();
            page.finish();
        }
    }

    // The content as a nested list, on pages of the same paper; a chart printed to fit gets A4
    // for its list, as a page the size of the chart would be metres long.
    let pages = if options.paper == Paper::Fit {
        Pagination::new(1.0, 1.0, 10.0, Paper::A4, PageOrientation::Portrait)
    } else {
        pages
    };
    let list_title = tr(lang, "pdf-list-title");
    let list_first_page = total;
    let mut list_pages = 0;
    let mut entries = chart.entries.iter().peekable();
    let mut heading = Some(list_title.clone());
    let mut builder = ListBuilder::default();
    while entries.peek().is_some() || heading.is_some() {
        let mut page = document.start_page_with(
            PageSettings::from_wh(pages.page_width, pages.page_height)
                .ok_or_else(|| fail("page size"))?,
        );
        list_pages += 1;
        let mut surface = page.surface();
        surface.set_fill(Some(black.clone()));
        let mut y = pages.margin.max(28.0) + 18.0;
        if let Some(title) = heading.take() {
            let mut h1 = TagGroup::new(Tag::Hn(NonZeroU16::MIN, Some(title.clone())));
            h1.push(span(
                &mut surface,
                (&bold, true),
                16.0,
                pages.margin.max(28.0),
                y,
                &title,
            ));
            tags.push(h1);
            y += 28.0;
        }
        let bottom = pages.page_height - pages.margin.max(28.0) - 20.0;
        while y <= bottom {
            let Some(entry) = entries.next() else { break };
            let depth = entry.depth.min(MAX_LIST_DEPTH);
            let x = pages.margin.max(28.0) + depth as f32 * LIST_INDENT;
            let label = span(&mut surface, (&regular, false), LIST_SIZE, x, y, "•");
            let text = span(
                &mut surface,
                (&regular, false),
                LIST_SIZE,
                x + 10.0,
                y,
                &entry.text,
            );
            builder.push(depth, label, text);
            y += LIST_LEADING;
        }
        // The list's length is known only once it is laid out: its pages say just their number.
        let number = tr_args(lang, "chart-page-alone", &[("page", n(total + list_pages))]);
        artifact_text(
            &mut surface,
            &regular,
            pages.page_width - pages.margin.max(28.0) - 60.0,
            pages.page_height - 12.0,
            &number,
        );
        surface.finish();
        page.finish();
    }
    if let Some(list) = builder.finish() {
        tags.push(list);
    }

    let mut outline = Outline::new();
    outline.push_child(OutlineNode::new(
        chart.subtitle.clone(),
        XyzDestination::new(0, Point::from_xy(0.0, 0.0)),
    ));
    outline.push_child(OutlineNode::new(
        list_title,
        XyzDestination::new(list_first_page, Point::from_xy(0.0, 0.0)),
    ));
    document.set_outline(outline);
    document.set_metadata(
        Metadata::new()
            .title(format!("{} – {}", chart.title, chart.subtitle))
            .language(lang.code().into())
            .creator("orgplan".into()),
    );
    document.set_tag_tree(tags);
    document.finish().map_err(fail)
}

/// The bundled regular and bold faces, for krilla.
pub(crate) fn bundled_fonts() -> Result<(Font, Font), ExportError> {
    Ok((
        Font::new(NOTO_SANS_REGULAR.to_vec().into(), 0).ok_or_else(|| fail("regular font"))?,
        Font::new(NOTO_SANS_BOLD.to_vec().into(), 0).ok_or_else(|| fail("bold font"))?,
    ))
}

/// A tagged document that krilla validates as PDF/UA-1 as it writes it.
pub(crate) fn ua_document() -> Result<Document, ExportError> {
    let configuration = ConfigurationBuilder::new()
        .with_accessibility_validator(Accessibility::UA1)
        .finish()
        .map_err(fail)?;
    Ok(Document::new_with(SerializeSettings {
        configuration,
        enable_tagging: true,
        ..SerializeSettings::default()
    }))
}

/// A chart laid onto pages, drawn a page at a time: the part of the chart on the page, and on
/// a chart of several pages the overview map. The chart export and the committee pack both
/// draw their chart pages with it.
pub(crate) struct ChartPages<'a> {
    chart: &'a Chart,
    pages: Pagination,
    tiles: Tiles,
    map: Option<Overview>,
    /// Where the chart's parts go on its canvas.
    frame: Frame,
    full: Size,
}

impl<'a> ChartPages<'a> {
    /// `chart` on the pages `pages` says.
    pub(crate) fn new(chart: &'a Chart, pages: Pagination) -> Result<ChartPages<'a>, ExportError> {
        let frame = chart.frame();
        let full = Size::from_wh(frame.width, frame.height).ok_or_else(|| fail("empty chart"))?;
        let tiles = Tiles::new(chart, &frame, &pages);
        let map = (pages.count() > 1).then(|| Overview::new(chart, &frame));
        Ok(ChartPages {
            chart,
            pages,
            tiles,
            map,
            frame,
            full,
        })
    }

    /// The number of pages.
    pub(crate) fn count(&self) -> usize {
        self.pages.count()
    }

    /// What lies on page `index`, ready to draw. Each page is drawn from what lies on it: a
    /// chart split over hundreds of pages would otherwise carry the whole chart on every one.
    pub(crate) fn prepare(&self, index: usize) -> Result<usvg::Tree, ExportError> {
        parse_svg(&svg_part(self.chart, &self.tiles.part(&self.pages, index)))
    }

    /// [`Self::prepare`] for each of `pages`, on every core: preparing (parsing the page's
    /// drawing and laying out its text) is most of the work of a page.
    pub(crate) fn prepare_all(&self, pages: &[usize]) -> Vec<Result<usvg::Tree, ExportError>> {
        use rayon::prelude::*;
        pages.par_iter().map(|&index| self.prepare(index)).collect()
    }

    /// Draws page `index` (prepared as `tree`) onto a page of the pagination's size: the
    /// chart's part as tagged content (returned, for a figure), and as artifacts the overview
    /// map and, in `font`, beside each place a line runs off the page, the number of the page
    /// it goes on to.
    pub(crate) fn draw(
        &self,
        surface: &mut Surface<'_>,
        index: usize,
        tree: &usvg::Tree,
        font: &Font,
    ) -> Result<Identifier, ExportError> {
        let pages = &self.pages;
        let (ox, oy) = pages.origin(index);
        let (area_w, area_h) = pages.area();
        let (left, top) = pages.area_origin();
        let clip = Rect::from_xywh(left, top, area_w, area_h)
            .and_then(rect_path)
            .ok_or_else(|| fail("clip"))?;
        let figure = surface.start_tagged(ContentTag::Other);
        surface.push_clip_path(&clip, &FillRule::NonZero);
        surface.push_transform(&Transform::from_row(
            pages.scale,
            0.0,
            0.0,
            pages.scale,
            left - ox * pages.scale,
            top - oy * pages.scale,
        ));
        surface
            .draw_svg(tree, self.full, SvgSettings::default())
            .ok_or_else(|| fail("draw chart"))?;
        surface.pop();
        surface.pop();
        surface.end_tagged();
        if let Some(map) = &self.map {
            map.draw(surface, pages, index);
        }
        self.mark_crossings(surface, index, font);
        Ok(figure)
    }

    /// Beside each place a line runs off page `index`, in the margin, the number of the page
    /// it goes on to (see [`crossings`]); none where the overview map is.
    fn mark_crossings(&self, surface: &mut Surface<'_>, index: usize, font: &Font) {
        let pages = &self.pages;
        if pages.count() <= 1 {
            return;
        }
        let part = self.tiles.part(pages, index);
        let (area_w, area_h) = pages.area();
        let (left, top) = pages.area_origin();
        let map = self.map.as_ref().map(|m| {
            let (x, y) = pages.overview_origin(m.size);
            [x, y, m.size.0, m.size.1]
        });
        let black = Fill {
            paint: rgb::Color::new(0, 0, 0).into(),
            ..Fill::default()
        };
        surface.set_fill(Some(black));
        let metrics = FontMetrics::regular();
        let layout = &self.chart.layout;
        for crossing in crossings(layout, &self.frame, pages, index, part.connectors) {
            let text = printable(&tr_args(
                self.chart.lang,
                "chart-continues",
                &[("page", n(crossing.page + 1))],
            ));
            let width = metrics.width(&text, MARK_SIZE);
            // The text's baseline, a third of its size below the line's place.
            let (x, y) = match crossing.side {
                Side::Left => (left - 2.0 - width, crossing.at + MARK_SIZE / 3.0),
                Side::Right => (left + area_w + 2.0, crossing.at + MARK_SIZE / 3.0),
                Side::Top => (crossing.at - width / 2.0, top - 2.0),
                Side::Bottom => (crossing.at - width / 2.0, top + area_h + MARK_SIZE),
            };
            // Left of the overview map, where the map would hide it.
            let x = match map {
                Some(m) if y - MARK_SIZE < m[1] + m[3] && m[1] < y && m[0] < x + width => {
                    x.min(m[0] - 2.0 - width)
                }
                _ => x,
            };
            // Clear of the paper's edge, where office printers do not print.
            let x = x.clamp(
                UNPRINTED,
                (pages.page_width - UNPRINTED - width).max(UNPRINTED),
            );
            draw_line(
                surface,
                (font, false),
                MARK_SIZE,
                (x, y),
                &text,
                Some(ArtifactType::PaginationOther),
            );
        }
    }

    /// The text alternative of page `index`.
    pub(crate) fn alt(&self, index: usize) -> String {
        let chart = self.chart;
        tr_args(
            chart.lang,
            "pdf-figure-alt",
            &[
                ("title", s(&chart.title)),
                ("subtitle", s(&chart.subtitle)),
                ("page", n(index + 1)),
                ("pages", n(self.count())),
                ("count", n(chart.layout.boxes.len())),
            ],
        )
    }
}

/// A small map of the whole chart at the foot of every page of a split chart: where there
/// are boxes, the grid of pages, and this page outlined. Drawn from a coarse picture of the
/// boxes made once (a few hundred rectangles), not from the chart itself.
struct Overview {
    /// Map points per canvas point, across and down (a very wide chart's map is stretched
    /// down to a visible height).
    k: (f32, f32),
    /// The map's size on the page.
    size: (f32, f32),
    /// Rectangles where there are boxes, in map points.
    marks: Vec<[f32; 4]>,
}

/// The side of a cell of the map's picture, in map points.
const MAP_CELL: f32 = 1.5;

impl Overview {
    fn new(chart: &Chart, frame: &Frame) -> Overview {
        let (width, height) = (frame.width.max(1.0), frame.height.max(1.0));
        let size = overview_size(width, height);
        let k = (size.0 / width, size.1 / height);
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let cells = |extent: f32| ((extent / MAP_CELL).ceil().max(1.0)) as usize;
        let (columns, rows) = (cells(size.0), cells(size.1));
        let mut filled = vec![false; columns * rows];
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let cell =
            |v: f32, k: f32, count: usize| ((v * k / MAP_CELL).max(0.0) as usize).min(count - 1);
        for b in &chart.layout.boxes {
            let (x, y) = (b.x + frame.chart_x, b.y + frame.chart_y);
            let (c0, c1) = (cell(x, k.0, columns), cell(x + b.width, k.0, columns));
            let (r0, r1) = (cell(y, k.1, rows), cell(y + b.height, k.1, rows));
            for r in r0..=r1 {
                if let Some(row) = filled.get_mut(r * columns + c0..=r * columns + c1) {
                    row.fill(true);
                }
            }
        }
        // Each row's runs of filled cells become one rectangle.
        let mut marks = Vec::new();
        for (r, row) in filled.chunks(columns).enumerate() {
            let mut c = 0;
            while c < row.len() {
                if row[c] {
                    let start = c;
                    while c < row.len() && row[c] {
                        c += 1;
                    }
                    marks.push([
                        start as f32 * MAP_CELL,
                        r as f32 * MAP_CELL,
                        (c - start) as f32 * MAP_CELL,
                        MAP_CELL,
                    ]);
                } else {
                    c += 1;
                }
            }
        }
        Overview { k, size, marks }
    }

    fn draw(&self, surface: &mut Surface<'_>, pages: &Pagination, index: usize) {
        let (w, h) = self.size;
        let (x0, y0) = pages.overview_origin(self.size);
        let (kx, ky) = self.k;
        let fill = |r: u8, g: u8, b: u8| Fill {
            paint: rgb::Color::new(r, g, b).into(),
            ..Fill::default()
        };
        let stroke = |r: u8, g: u8, b: u8, width: f32| Stroke {
            paint: rgb::Color::new(r, g, b).into(),
            width,
            ..Stroke::default()
        };
        surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(
            ArtifactType::Other,
        )));
        surface.set_stroke(None);
        surface.set_fill(Some(fill(255, 255, 255)));
        if let Some(bg) = Rect::from_xywh(x0, y0, w, h).and_then(rect_path) {
            surface.draw_path(&bg);
        }
        surface.set_fill(Some(fill(144, 164, 174)));
        let mut marks = PathBuilder::new();
        for m in &self.marks {
            if let Some(r) =
                Rect::from_xywh(x0 + m[0], y0 + m[1], m[2].min(w - m[0]), m[3].min(h - m[1]))
            {
                marks.push_rect(r);
            }
        }
        if let Some(path) = marks.finish() {
            surface.draw_path(&path);
        }
        surface.set_fill(None);
        // The grid of pages, then this one.
        let window = |i: usize| pages.window(i);
        let mut grid = PathBuilder::new();
        // Lines closer than 2 points would only grey the map.
        #[allow(clippy::cast_precision_loss)]
        let spaced = |extent: f32, count: usize| extent / count.max(1) as f32 >= 2.0;
        if spaced(w, pages.columns) {
            for column in 1..pages.columns {
                let x = x0 + window(column)[0] * kx;
                grid.move_to(x, y0);
                grid.line_to(x, y0 + h);
            }
        }
        if spaced(h, pages.rows) {
            for row in 1..pages.rows {
                let y = y0 + window(row * pages.columns)[1] * ky;
                grid.move_to(x0, y);
                grid.line_to(x0 + w, y);
            }
        }
        if let Some(path) = grid.finish() {
            surface.set_stroke(Some(stroke(176, 190, 197, 0.3)));
            surface.draw_path(&path);
        }
        let [ox, oy, ow, oh] = window(index);
        let shown = Rect::from_xywh(
            x0 + ox * kx,
            y0 + oy * ky,
            (ow * kx).min(w - ox * kx).max(0.5),
            (oh * ky).min(h - oy * ky).max(0.5),
        );
        if let Some(path) = shown.and_then(rect_path) {
            surface.set_stroke(Some(stroke(198, 40, 40, 1.2)));
            surface.draw_path(&path);
        }
        if let Some(path) = Rect::from_xywh(x0, y0, w, h).and_then(rect_path) {
            surface.set_stroke(Some(stroke(69, 90, 100, 0.5)));
            surface.draw_path(&path);
        }
        surface.set_stroke(None);
        surface.end_tagged();
    }
}

fn rect_path(rect: Rect) -> Option<krilla::geom::Path> {
    let mut p = PathBuilder::new();
    p.push_rect(rect);
    p.finish()
}

/// One line of tagged text.
fn span(
    surface: &mut Surface<'_>,
    font: (&Font, bool),
    size: f32,
    x: f32,
    y: f32,
    text: &str,
) -> Identifier {
    draw_line(surface, font, size, (x, y), &printable(text), None)
}

/// The size of the page numbers, and of the marks where lines run off a page, in points.
const MARK_SIZE: f32 = 8.0;

/// How near the paper's edge office printers do not print, in points (3.5 mm).
const UNPRINTED: f32 = 10.0;

/// A page number: an artifact, not content.
fn artifact_text(surface: &mut Surface<'_>, font: &Font, x: f32, y: f32, text: &str) {
    let footer = Some(ArtifactType::Footer);
    draw_line(
        surface,
        (font, false),
        MARK_SIZE,
        (x, y),
        &printable(text),
        footer,
    );
}

/// Builds nested `L > LI > (Lbl, LBody > [text, L ...])` groups from entries in depth-first order,
/// with an explicit stack (no recursion).
#[derive(Default)]
struct ListBuilder {
    /// Open lists, outermost first; each with its items, the last of which may still get a
    /// nested list.
    open: Vec<Vec<(Identifier, Identifier, Option<TagGroup>)>>,
}

impl ListBuilder {
    fn push(&mut self, depth: usize, label: Identifier, text: Identifier) {
        // A list opens one level at a time, under an item: a jump in depth nests one deeper.
        let depth = depth.min(self.open.len());
        while self.open.len() > depth + 1 {
            self.close_innermost();
        }
        while self.open.len() < depth + 1 {
            self.open.push(Vec::new());
        }
        if let Some(list) = self.open.last_mut() {
            list.push((label, text, None));
        }
    }

    fn close_innermost(&mut self) {
        if self.open.len() < 2 {
            return;
        }
        let Some(items) = self.open.pop() else { return };
        let list = Self::list(items);
        // Every open list holds an item as soon as it opens (see `push`).
        if let Some((_, _, nested)) = self.open.last_mut().and_then(|outer| outer.last_mut()) {
            *nested = Some(list);
        }
    }

    fn list(items: Vec<(Identifier, Identifier, Option<TagGroup>)>) -> TagGroup {
        let children: Vec<Node> = items
            .into_iter()
            .map(|(label, text, nested)| {
                let mut body: Vec<Node> = vec![text.into()];
                body.extend(nested.map(Node::from));
                TagGroup::with_children(
                    Tag::LI,
                    vec![
                        TagGroup::with_children(Tag::Lbl, vec![label.into()]).into(),
                        TagGroup::with_children(Tag::LBody, body).into(),
                    ],
                )
                .into()
            })
            .collect();
        TagGroup::with_children(Tag::L(ListNumbering::Disc), children)
    }

    fn finish(mut self) -> Option<TagGroup> {
        while self.open.len() > 1 {
            self.close_innermost();
        }
        self.open
            .pop()
            .filter(|items| !items.is_empty())
            .map(Self::list)
    }
}
