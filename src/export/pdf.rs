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
    Artifact, ArtifactType, ContentTag, Identifier, ListNumbering, Node, SpanTag, Tag, TagGroup,
    TagTree,
};
use krilla::text::{Font, TextDirection};
use krilla::{Document, SerializeSettings};
use krilla_svg::{SurfaceExt as _, SvgSettings};

use super::chart::Chart;
use super::pages::{PageOrientation, Pagination, Paper};
use super::png::parse_svg;
use super::style::Frame;
use super::{ExportError, svg};
use crate::i18n::{n, s, tr, tr_args};
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
const LIST_INDENT: f32 = 14.0;

fn fail(e: impl std::fmt::Debug) -> ExportError {
    ExportError::Render(format!("{e:?}"))
}

/// The chart as a tagged PDF.
///
/// # Errors
/// When drawing fails or the document does not validate as PDF/UA-1.
pub fn pdf(chart: &Chart, options: &PdfOptions) -> Result<Vec<u8>, ExportError> {
    let lang = chart.lang;
    let frame = Frame::of(chart);
    let tree = parse_svg(&svg(chart))?;
    let tree_per_pt = tree.size().width() / frame.width.max(1.0);
    let pages = Pagination::new(
        frame.width,
        frame.height,
        chart.smallest_text(),
        options.paper,
        options.orientation,
    );
    let regular =
        Font::new(NOTO_SANS_REGULAR.to_vec().into(), 0).ok_or_else(|| fail("regular font"))?;
    let bold = Font::new(NOTO_SANS_BOLD.to_vec().into(), 0).ok_or_else(|| fail("bold font"))?;

    let configuration = ConfigurationBuilder::new()
        .with_accessibility_validator(Accessibility::UA1)
        .finish()
        .map_err(fail)?;
    let mut document = Document::new_with(SerializeSettings {
        configuration,
        enable_tagging: true,
        ..SerializeSettings::default()
    });
    let mut tags = TagTree::new().with_lang(Some(lang.code().into()));
    let black = Fill {
        paint: rgb::Color::new(0, 0, 0).into(),
        ..Fill::default()
    };
    let total = pages.count();
    let full = Size::from_wh(
        tree.size().width() / tree_per_pt,
        tree.size().height() / tree_per_pt,
    )
    .ok_or_else(|| fail("empty chart"))?;

    for index in 0..total {
        let mut page = document.start_page_with(
            PageSettings::from_wh(pages.page_width, pages.page_height)
                .ok_or_else(|| fail("page size"))?,
        );
        let mut surface = page.surface();
        let (ox, oy) = pages.origin(index);
        let (area_w, area_h) = pages.area();
        let clip = Rect::from_xywh(pages.margin, pages.margin, area_w, area_h)
            .and_then(|r| {
                let mut p = PathBuilder::new();
                p.push_rect(r);
                p.finish()
            })
            .ok_or_else(|| fail("clip"))?;
        let figure = surface.start_tagged(ContentTag::Other);
        surface.push_clip_path(&clip, &FillRule::NonZero);
        surface.push_transform(&Transform::from_row(
            pages.scale,
            0.0,
            0.0,
            pages.scale,
            pages.margin - ox * pages.scale,
            pages.margin - oy * pages.scale,
        ));
        surface
            .draw_svg(&tree, full, SvgSettings::default())
            .ok_or_else(|| fail("draw chart"))?;
        surface.pop();
        surface.pop();
        surface.end_tagged();
        let alt = tr_args(
            lang,
            "pdf-figure-alt",
            &[
                ("title", s(&chart.title)),
                ("subtitle", s(&chart.subtitle)),
                ("page", n(index + 1)),
                ("pages", n(total)),
                ("count", n(chart.layout.boxes.len())),
            ],
        );
        tags.push(TagGroup::with_children(
            Tag::Figure(Some(alt)),
            vec![figure.into()],
        ));
        if total > 1 {
            overview(&mut surface, &tree, full, &pages, index)?;
        }
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

    // The content as a nested list, on pages of the same paper.
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
                &bold,
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
            let label = span(&mut surface, &regular, LIST_SIZE, x, y, "•");
            let text = span(&mut surface, &regular, LIST_SIZE, x + 10.0, y, &entry.text);
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

/// A small map of the whole chart in the corner, with the part on this page outlined.
fn overview(
    surface: &mut Surface<'_>,
    tree: &resvg::usvg::Tree,
    full: Size,
    pages: &Pagination,
    index: usize,
) -> Result<(), ExportError> {
    let box_w = 140.0f32;
    let k = box_w / full.width();
    let box_h = (full.height() * k).min(100.0);
    let k = k.min(box_h / full.height());
    let (w, h) = (full.width() * k, full.height() * k);
    let x0 = pages.page_width - pages.margin - w;
    let y0 = pages.page_height - pages.margin - h;
    surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(
        ArtifactType::Other,
    )));
    surface.set_fill(Some(Fill {
        paint: rgb::Color::new(255, 255, 255).into(),
        ..Fill::default()
    }));
    if let Some(bg) = Rect::from_xywh(x0, y0, w, h).and_then(rect_path) {
        surface.draw_path(&bg);
    }
    surface.push_transform(&Transform::from_row(k, 0.0, 0.0, k, x0, y0));
    surface
        .draw_svg(tree, full, SvgSettings::default())
        .ok_or_else(|| fail("draw overview"))?;
    surface.pop();
    let (ox, oy) = pages.origin(index);
    let (area_w, area_h) = pages.area();
    surface.set_fill(None);
    surface.set_stroke(Some(Stroke {
        paint: rgb::Color::new(198, 40, 40).into(),
        width: 1.2,
        ..Stroke::default()
    }));
    let shown = Rect::from_xywh(
        x0 + ox * k,
        y0 + oy * k,
        (area_w / pages.scale * k).min(w),
        (area_h / pages.scale * k).min(h),
    );
    if let Some(path) = shown.and_then(rect_path) {
        surface.draw_path(&path);
    }
    if let Some(path) = Rect::from_xywh(x0, y0, w, h).and_then(rect_path) {
        surface.set_stroke(Some(Stroke {
            paint: rgb::Color::new(69, 90, 100).into(),
            width: 0.5,
            ..Stroke::default()
        }));
        surface.draw_path(&path);
    }
    surface.set_stroke(None);
    surface.end_tagged();
    Ok(())
}

fn rect_path(rect: Rect) -> Option<krilla::geom::Path> {
    let mut p = PathBuilder::new();
    p.push_rect(rect);
    p.finish()
}

/// One line of tagged text.
fn span(
    surface: &mut Surface<'_>,
    font: &Font,
    size: f32,
    x: f32,
    y: f32,
    text: &str,
) -> Identifier {
    let id = surface.start_tagged(ContentTag::Span(SpanTag::empty()));
    surface.draw_text(
        Point::from_xy(x, y),
        font.clone(),
        size,
        text,
        false,
        TextDirection::Auto,
    );
    surface.end_tagged();
    id
}

/// A page number: an artifact, not content.
fn artifact_text(surface: &mut Surface<'_>, font: &Font, x: f32, y: f32, text: &str) {
    surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(
        ArtifactType::Footer,
    )));
    surface.draw_text(
        Point::from_xy(x, y),
        font.clone(),
        8.0,
        text,
        false,
        TextDirection::Auto,
    );
    surface.end_tagged();
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
        let Some(items) = self.open.pop() else { return };
        let list = Self::list(items);
        match self.open.last_mut().and_then(|outer| outer.last_mut()) {
            Some((_, _, nested)) => *nested = Some(list),
            // A deeper list with no item above it (a jump in depth): keep it as its own item.
            None => self.open.push(vec![]),
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
