//! The pack as tagged PDF/UA-1: `flow.rs` lays the document onto pages, `structure.rs` is the
//! logical structure it builds on the way (a part per language, headings, lists, tables with
//! header cells, each chart a figure with its text alternative and its content as a list), and
//! this draws the pages with krilla, which validates the result as it writes. The title and
//! the confidentiality class head every page, the page number ends it.

mod columns;
mod flow;
mod structure;
mod text;

pub(super) use flow::chart_heading_room;

use std::num::NonZeroU16;

use krilla::color::rgb;
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point, Rect, Size, Transform};
use krilla::metadata::Metadata;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, Stroke};
use krilla::surface::Surface;
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, ListNumbering, Node as TagNode,
    TableHeaderScope, Tag, TagGroup, TagKind, TagTree,
};
use krilla::text::Font;
use krilla_svg::{SurfaceExt as _, SvgSettings};
use resvg::usvg;

use self::flow::{ChartAt, Item, Mark, Rgb};
use self::structure::{Group, Kind, Labels, Node};
use self::text::{Face, printable};
use super::document::Document;
use crate::export::glyphs::draw_line;
use crate::export::{
    ChartPages, ExportError, PREPARED_AT_ONCE, bundled_fonts, fail, parse_svg, svg, ua_document,
};
use crate::i18n::{n, tr_args};
use crate::layout::FontMetrics;

/// The pack as a tagged PDF.
///
/// # Errors
/// When drawing fails or the document does not validate as PDF/UA-1.
pub fn pdf(document: &Document) -> Result<Vec<u8>, ExportError> {
    let laid = flow::lay_out(document);
    let lang = document
        .parts
        .first()
        .map_or(crate::i18n::Lang::Fi, |p| p.lang);
    let (regular, bold) = bundled_fonts()?;
    let fonts = Fonts { regular, bold };
    let mut pdf = ua_document()?;
    let mut drawn: Vec<Option<Identifier>> = (0..laid.contents).map(|_| None).collect();
    let split: Vec<Option<ChartPages<'_>>> = laid
        .charts
        .iter()
        .map(|placed| {
            placed
                .pages
                .map(|pages| ChartPages::new(placed.chart(), pages))
                .transpose()
        })
        .collect::<Result<_, _>>()?;
    let total = laid.pages.len();
    let mut prepared = Prepared::default();
    for (index, page) in laid.pages.iter().enumerate() {
        if !prepared.pages.contains(&index) {
            prepared = Prepared::ahead(&laid, &split, index)?;
        }
        let (width, height) = if page.turned {
            (laid.size.1, laid.size.0)
        } else {
            laid.size
        };
        let mut pdf_page = pdf.start_page_with(
            PageSettings::from_wh(width, height).ok_or_else(|| fail("page size"))?,
        );
        let mut surface = pdf_page.surface();
        for item in &page.items {
            match item {
                Item::Text {
                    x,
                    y,
                    size,
                    face,
                    text,
                    content,
                } => {
                    surface.set_fill(Some(fill([33, 33, 33])));
                    let font = fonts.of(*face);
                    match content {
                        Some(number) => {
                            let id = draw_line(&mut surface, font, *size, (*x, *y), text, None);
                            if let Some(slot) = drawn.get_mut(*number) {
                                *slot = Some(id);
                            }
                        }
                        None => {
                            draw_line(
                                &mut surface,
                                font,
                                *size,
                                (*x, *y),
                                text,
                                Some(ArtifactType::PaginationOther),
                            );
                        }
                    }
                }
                Item::Rect { rect, fill, stroke } => draw_rect(&mut surface, *rect, *fill, *stroke),
                Item::Chart { chart, at, content } => {
                    let id = match at {
                        ChartAt::Flow { x, y, scale } => {
                            let placed = laid.charts.get(*chart).ok_or_else(|| fail("chart"))?;
                            chart_in_flow(&mut surface, placed.chart(), *x, *y, *scale)?
                        }
                        ChartAt::Page(page) => {
                            let pages = split
                                .get(*chart)
                                .and_then(Option::as_ref)
                                .ok_or_else(|| fail("chart pages"))?;
                            let tree = prepared.take(*chart, *page)?;
                            pages.draw(&mut surface, *page, &tree, &fonts.regular)?
                        }
                    };
                    if let Some(slot) = drawn.get_mut(*content) {
                        *slot = Some(id);
                    }
                }
            }
        }
        furniture(
            &mut surface,
            &fonts,
            document,
            page.lang,
            (width, height),
            index,
            total,
        );
        surface.finish();
        pdf_page.finish();
    }

    let mut tags = TagTree::new().with_lang(Some(lang.code().into()));
    for node in laid.tree {
        if let Some(node) = tag_node(node, &mut drawn) {
            tags.push(node);
        }
    }
    pdf.set_outline(outline(&laid.outline));
    pdf.set_metadata(
        Metadata::new()
            .title(document.title.clone())
            .language(lang.code().into())
            .creator("orgplan".into()),
    );
    pdf.set_tag_tree(tags);
    pdf.finish().map_err(fail)
}

/// The chart pages of the next few pages of the document, prepared in parallel.
#[derive(Default)]
struct Prepared {
    /// The document's pages they are for.
    pages: std::ops::Range<usize>,
    /// Each chart page's drawing, by chart and page of the chart.
    trees: Vec<((usize, usize), Result<usvg::Tree, ExportError>)>,
}

impl Prepared {
    /// The chart pages on the document's pages from `first` on, a batch of them.
    fn ahead(
        laid: &flow::Laid<'_>,
        split: &[Option<ChartPages<'_>>],
        first: usize,
    ) -> Result<Prepared, ExportError> {
        let end = (first + PREPARED_AT_ONCE).min(laid.pages.len());
        let wanted: Vec<(usize, usize)> = laid.pages[first..end]
            .iter()
            .flat_map(|page| &page.items)
            .filter_map(|item| match item {
                Item::Chart {
                    chart,
                    at: ChartAt::Page(page),
                    ..
                } => Some((*chart, *page)),
                _ => None,
            })
            .collect();
        let mut trees = Vec::with_capacity(wanted.len());
        // Grouped by chart, each chart's pages prepared together.
        let mut at = 0;
        while at < wanted.len() {
            let chart = wanted[at].0;
            let run: Vec<usize> = wanted[at..]
                .iter()
                .take_while(|(c, _)| *c == chart)
                .map(|&(_, page)| page)
                .collect();
            let pages = split
                .get(chart)
                .and_then(Option::as_ref)
                .ok_or_else(|| fail("chart pages"))?;
            for (page, tree) in run.iter().zip(pages.prepare_all(&run)) {
                trees.push(((chart, *page), tree));
            }
            at += run.len();
        }
        Ok(Prepared {
            pages: first..end,
            trees,
        })
    }

    /// The drawing of `page` of `chart`.
    fn take(&mut self, chart: usize, page: usize) -> Result<usvg::Tree, ExportError> {
        let at = self
            .trees
            .iter()
            .position(|(key, _)| *key == (chart, page))
            .ok_or_else(|| fail("chart page not prepared"))?;
        self.trees.swap_remove(at).1
    }
}

struct Fonts {
    regular: Font,
    bold: Font,
}

impl Fonts {
    fn of(&self, face: Face) -> (&Font, bool) {
        match face {
            Face::Regular => (&self.regular, false),
            Face::Bold => (&self.bold, true),
        }
    }
}

fn fill(color: Rgb) -> Fill {
    Fill {
        paint: rgb::Color::new(color[0], color[1], color[2]).into(),
        ..Fill::default()
    }
}

/// A table's cell background or border: layout, not content.
fn draw_rect(
    surface: &mut Surface<'_>,
    rect: [f32; 4],
    color: Option<Rgb>,
    stroke: Option<(Rgb, f32)>,
) {
    let Some(path) = Rect::from_xywh(rect[0], rect[1], rect[2], rect[3]).and_then(|r| {
        let mut p = PathBuilder::new();
        p.push_rect(r);
        p.finish()
    }) else {
        return;
    };
    surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(
        ArtifactType::Layout,
    )));
    surface.set_fill(color.map(fill));
    surface.set_stroke(stroke.map(|(color, width)| Stroke {
        paint: rgb::Color::new(color[0], color[1], color[2]).into(),
        width,
        ..Stroke::default()
    }));
    surface.draw_path(&path);
    surface.set_stroke(None);
    surface.end_tagged();
}

/// A chart drawn whole at `x`, `y`, `scale` points per point of the chart.
fn chart_in_flow(
    surface: &mut Surface<'_>,
    chart: &crate::export::Chart,
    x: f32,
    y: f32,
    scale: f32,
) -> Result<Identifier, ExportError> {
    let frame = chart.frame();
    let full = Size::from_wh(frame.width, frame.height).ok_or_else(|| fail("empty chart"))?;
    let tree = parse_svg(&svg(chart))?;
    let clip = Rect::from_xywh(x, y, frame.width * scale, frame.height * scale)
        .and_then(|r| {
            let mut p = PathBuilder::new();
            p.push_rect(r);
            p.finish()
        })
        .ok_or_else(|| fail("clip"))?;
    let id = surface.start_tagged(ContentTag::Other);
    surface.push_clip_path(&clip, &FillRule::NonZero);
    surface.push_transform(&Transform::from_row(scale, 0.0, 0.0, scale, x, y));
    surface
        .draw_svg(&tree, full, SvgSettings::default())
        .ok_or_else(|| fail("draw chart"))?;
    surface.pop();
    surface.pop();
    surface.end_tagged();
    Ok(id)
}

/// The title and the confidentiality class at the head of the page, its number at the foot.
fn furniture(
    surface: &mut Surface<'_>,
    fonts: &Fonts,
    document: &Document,
    lang: crate::i18n::Lang,
    (width, height): (f32, f32),
    index: usize,
    total: usize,
) {
    const SIZE: f32 = 7.5;
    let left = flow::MARGIN;
    let right = width - flow::MARGIN;
    let metrics = FontMetrics::regular();
    surface.set_fill(Some(fill([69, 90, 100])));
    let class = printable(&document.class);
    // The class whole where it can be (it says how the paper is to be handled), the title in
    // what is left.
    let class_width = metrics.width(&class, SIZE).min((right - left) * 0.7);
    let class = metrics
        .wrap(&class, SIZE, class_width + 0.5, 1)
        .into_iter()
        .next()
        .unwrap_or_default();
    let title_room = right - left - class_width - 16.0;
    let title = metrics
        .wrap(&printable(&document.title), SIZE, title_room, 1)
        .into_iter()
        .next()
        .unwrap_or_default();
    draw_line(
        surface,
        fonts.of(Face::Regular),
        SIZE,
        (left, 20.0),
        &title,
        Some(ArtifactType::Header),
    );
    let class_x = right - metrics.width(&class, SIZE);
    draw_line(
        surface,
        fonts.of(Face::Regular),
        SIZE,
        (class_x, 20.0),
        &class,
        Some(ArtifactType::Header),
    );
    let number = tr_args(
        lang,
        "chart-page",
        &[("page", n(index + 1)), ("pages", n(total))],
    );
    let number_x = right - metrics.width(&number, SIZE);
    draw_line(
        surface,
        fonts.of(Face::Regular),
        SIZE,
        (number_x, height - 14.0),
        &number,
        Some(ArtifactType::Footer),
    );
}

/// The headings as the document's outline, each level under the one above.
fn outline(marks: &[Mark]) -> Outline {
    // Built from the innermost level out: an open node per level, attached to its parent
    // when a heading of the same or a higher level follows.
    let mut outline = Outline::new();
    let mut open: Vec<(u8, OutlineNode)> = Vec::new();
    let close = |open: &mut Vec<(u8, OutlineNode)>, outline: &mut Outline, level: u8| {
        while open.last().is_some_and(|(l, _)| *l >= level) {
            let Some((_, node)) = open.pop() else { break };
            match open.last_mut() {
                Some((_, parent)) => parent.push_child(node),
                None => outline.push_child(node),
            }
        }
    };
    for mark in marks {
        close(&mut open, &mut outline, mark.level);
        let node = OutlineNode::new(
            mark.title.clone(),
            XyzDestination::new(mark.page, Point::from_xy(0.0, mark.y)),
        );
        open.push((mark.level, node));
    }
    close(&mut open, &mut outline, 0);
    outline
}

/// The structure as krilla's tags, each piece of content replaced by what was drawn for it;
/// groups left empty (content that was never drawn) are dropped.
fn tag_node(node: Node, drawn: &mut [Option<Identifier>]) -> Option<TagNode> {
    match node {
        Node::Content(number) => drawn.get_mut(number).and_then(Option::take).map(Into::into),
        Node::Group(Group { kind, children }) => {
            let children: Vec<TagNode> = children
                .into_iter()
                .filter_map(|child| tag_node(child, drawn))
                .collect();
            // A table cell or a label may be empty; a figure, a list or a heading may not.
            let keep_empty = matches!(
                kind,
                Kind::Cell | Kind::HeaderCell { .. } | Kind::Label | Kind::Body
            );
            if children.is_empty() && !keep_empty {
                return None;
            }
            Some(TagGroup::with_children(tag_kind(kind), children).into())
        }
    }
}

fn tag_kind(kind: Kind) -> TagKind {
    match kind {
        Kind::Part(lang) => TagKind::from(Tag::Part).with_lang(Some(lang.code().into())),
        Kind::Heading(level, title) => {
            let level = NonZeroU16::new(u16::from(level)).unwrap_or(NonZeroU16::MIN);
            Tag::Hn(level, Some(title)).into()
        }
        Kind::Paragraph => Tag::P.into(),
        Kind::List(labels) => Tag::L(match labels {
            Labels::Terms => ListNumbering::None,
            Labels::Bullets => ListNumbering::Disc,
            Labels::Numbers => ListNumbering::Decimal,
        })
        .into(),
        Kind::Item => Tag::LI.into(),
        Kind::Label => Tag::Lbl.into(),
        Kind::Body => Tag::LBody.into(),
        Kind::Table => Tag::Table.into(),
        Kind::Caption => Tag::Caption.into(),
        Kind::Head => Tag::THead.into(),
        Kind::Rows => Tag::TBody.into(),
        Kind::Row => Tag::TR.into(),
        Kind::HeaderCell { column } => Tag::TH(if column {
            TableHeaderScope::Column
        } else {
            TableHeaderScope::Row
        })
        .into(),
        Kind::Cell => Tag::TD.into(),
        Kind::Figure(alt) => Tag::Figure(Some(alt)).into(),
    }
}
