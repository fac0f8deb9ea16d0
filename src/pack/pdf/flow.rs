//! Lays the pack's blocks onto pages: text wrapped to the column and measured with the bundled
//! font, headings kept with what follows, tables broken between rows with their header row
//! repeated, charts on the page when they fit with readable text and over pages of their own
//! (with the overview map) when they do not, each chart followed by its content as a list.
//! The result is a list of things to draw per page and the structure that tags them.

use super::columns::{CELL_PAD, Columns, row_height};
use super::structure::{Group, Kind, Labels, Nesting, Node};
use super::text::{Face, LEADING, wrap};
use crate::export::{Chart, MIN_PRINTED_TEXT, PageOrientation, Pagination, Paper};
use crate::i18n::{Lang, n, tr, tr_args};
use crate::pack::document::{Block, ChartBlock, Document, Part, Table};

/// The margin of a page of text, in points (20 mm).
pub(super) const MARGIN: f32 = 56.7;
const BODY: f32 = 10.0;
const LIST_TEXT: f32 = 8.5;
const LIST_INDENT: f32 = 12.0;
/// Deeper list levels are drawn at this depth (and the structure flattened to it), so that a
/// long chain does not walk off the page.
const MAX_LIST_DEPTH: usize = 16;
/// Room a heading needs below it on its page, so that it is never the last line of one.
const KEEP_WITH_HEADING: f32 = 48.0;

/// An RGB colour.
pub(super) type Rgb = [u8; 3];

/// Something to draw on a page.
#[derive(Debug)]
pub(super) enum Item {
    /// One line of text at its baseline; `content` is its number in the structure, or `None`
    /// for text that repeats what the structure already holds (a table's header row again
    /// on the next page).
    Text {
        x: f32,
        y: f32,
        size: f32,
        face: Face,
        text: String,
        content: Option<usize>,
    },
    /// A rectangle, filled or outlined: decoration, not content.
    Rect {
        rect: [f32; 4],
        fill: Option<Rgb>,
        stroke: Option<(Rgb, f32)>,
    },
    /// A chart, or one page of a chart that takes several.
    Chart {
        chart: usize,
        at: ChartAt,
        content: usize,
    },
}

/// Where a chart is drawn.
#[derive(Clone, Copy, Debug)]
pub(super) enum ChartAt {
    /// In the text, its top-left corner at `x`, `y`, drawn `scale` points per point.
    Flow { x: f32, y: f32, scale: f32 },
    /// Page `index` of the chart's own pages.
    Page(usize),
}

/// A page and what is drawn on it.
#[derive(Debug)]
pub(super) struct Page {
    /// The language of the part it belongs to (for its page number).
    pub lang: Lang,
    pub items: Vec<Item>,
    /// Turned landscape: a page of a chart of its own that takes fewer pages so.
    pub turned: bool,
}

impl Page {
    fn new(lang: Lang) -> Page {
        Page {
            lang,
            items: Vec::new(),
            turned: false,
        }
    }
}

/// A heading, for the document's outline.
#[derive(Debug)]
pub(super) struct Mark {
    pub level: u8,
    pub title: String,
    pub page: usize,
    pub y: f32,
}

/// A chart of the pack and, when it takes pages of its own, how it is laid onto them.
pub(super) struct Placed<'a> {
    pub block: &'a ChartBlock,
    pub pages: Option<Pagination>,
    /// On turned pages, arranged for them.
    pub turned: bool,
}

impl Placed<'_> {
    /// The chart as drawn: arranged for the pages it is on.
    pub fn chart(&self) -> &Chart {
        match (&self.block.turned, self.turned) {
            (Some(turned), true) => turned,
            _ => &self.block.chart,
        }
    }
}

/// The pack laid out.
pub(super) struct Laid<'a> {
    /// The page size, in points.
    pub size: (f32, f32),
    pub pages: Vec<Page>,
    /// The structure, one node per language part.
    pub tree: Vec<Node>,
    pub outline: Vec<Mark>,
    pub charts: Vec<Placed<'a>>,
    /// How many pieces of content the structure numbers.
    pub contents: usize,
}

/// Lays out `document`.
pub(super) fn lay_out(document: &Document) -> Laid<'_> {
    let paper = Pagination::new(
        1.0,
        1.0,
        10.0,
        document.paper.paper(),
        PageOrientation::Portrait,
    );
    let first = document.parts.first().map_or(Lang::Fi, |p| p.lang);
    let mut flow = Flow {
        size: (paper.page_width, paper.page_height),
        pages: vec![Page::new(first)],
        lang: first,
        y: MARGIN,
        contents: 0,
        outline: Vec::new(),
        charts: Vec::new(),
        paper: document.paper.paper(),
    };
    let mut tree = Vec::new();
    for (index, part) in document.parts.iter().enumerate() {
        if index > 0 {
            // Each language from a page of its own.
            flow.new_page();
        }
        flow.lang = part.lang;
        if let Some(page) = flow.pages.last_mut().filter(|p| p.items.is_empty()) {
            page.lang = part.lang;
        }
        let mut group = Group::new(Kind::Part(part.lang));
        let blocks = &part.blocks;
        let mut at = 0;
        while let Some(block) = blocks.get(at) {
            // Headings right above a chart go where the chart goes.
            let headings: Vec<(u8, &str)> = blocks[at..]
                .iter()
                .map_while(|b| match b {
                    Block::Heading { level, text } => Some((*level, text.as_str())),
                    _ => None,
                })
                .collect();
            if let Some(Block::Chart(chart)) = blocks.get(at + headings.len())
                && !headings.is_empty()
            {
                flow.chart(chart, part, &headings, &mut group.children);
                at += headings.len() + 1;
                continue;
            }
            flow.block(block, part, &mut group.children);
            at += 1;
        }
        tree.push(group.into());
    }
    Laid {
        size: flow.size,
        pages: flow.pages,
        tree,
        outline: flow.outline,
        charts: flow.charts,
        contents: flow.contents,
    }
}

struct Flow<'a> {
    size: (f32, f32),
    pages: Vec<Page>,
    /// The top of the free space on the current page.
    y: f32,
    contents: usize,
    outline: Vec<Mark>,
    charts: Vec<Placed<'a>>,
    paper: crate::export::Paper,
    /// The language of the part being laid out.
    lang: Lang,
}

impl<'a> Flow<'a> {
    fn width(&self) -> f32 {
        self.size.0 - 2.0 * MARGIN
    }

    fn bottom(&self) -> f32 {
        self.size.1 - MARGIN
    }

    fn page(&mut self) -> &mut Page {
        if self.pages.is_empty() {
            self.pages.push(Page::new(self.lang));
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    fn page_is_empty(&self) -> bool {
        self.pages.last().is_none_or(|p| p.items.is_empty())
    }

    fn new_page(&mut self) {
        if !self.page_is_empty() {
            self.pages.push(Page::new(self.lang));
        }
        self.y = MARGIN;
    }

    /// Starts a new page unless `room` points are free on this one.
    fn room(&mut self, room: f32) {
        if self.y + room > self.bottom() && !self.page_is_empty() {
            self.new_page();
        }
    }

    /// Numbers a new piece of content.
    fn content(&mut self) -> usize {
        self.contents += 1;
        self.contents - 1
    }

    /// Draws a line of text with its top at `top`; returns its content number.
    fn line(&mut self, x: f32, top: f32, size: f32, face: Face, text: String) -> usize {
        let content = self.content();
        self.page().items.push(Item::Text {
            x,
            y: top + size,
            size,
            face,
            text,
            content: Some(content),
        });
        content
    }

    fn rect(&mut self, rect: [f32; 4], fill: Option<Rgb>, stroke: Option<(Rgb, f32)>) {
        self.page().items.push(Item::Rect { rect, fill, stroke });
    }

    /// `text` wrapped to `width` at `x`, a line at a time, over pages where needed; returns
    /// the lines' content numbers.
    fn lines(&mut self, x: f32, width: f32, size: f32, face: Face, text: &str) -> Vec<usize> {
        let leading = size * LEADING;
        let mut contents = Vec::new();
        for line in wrap(text, size, face, width) {
            self.room(leading);
            contents.push(self.line(x, self.y, size, face, line));
            self.y += leading;
        }
        contents
    }

    fn block(&mut self, block: &'a Block, part: &'a Part, out: &mut Vec<Node>) {
        match block {
            Block::Heading { level, text } => self.heading(*level, text, out),
            Block::Paragraph(text) => {
                let width = self.width();
                let lines = self.lines(MARGIN, width, BODY, Face::Regular, text);
                out.push(Group::of(Kind::Paragraph, &lines).into());
                self.y += BODY * 0.6;
            }
            Block::Facts(facts) => self.facts(facts, out),
            Block::Numbered { start, items } => self.numbered(*start, items, out),
            Block::Table(table) => self.table(table, out),
            Block::Chart(chart) => self.chart(chart, part, &[], out),
        }
    }

    fn heading(&mut self, level: u8, text: &str, out: &mut Vec<Node>) {
        self.heading_with(level, text, KEEP_WITH_HEADING, out);
    }

    /// The height of a heading, the space above it included.
    fn heading_height(&self, level: u8, text: &str) -> f32 {
        heading_height(level, text, self.width())
    }

    /// A heading with `keep` points free below it on its page.
    fn heading_with(&mut self, level: u8, text: &str, keep: f32, out: &mut Vec<Node>) {
        let level = level.clamp(1, 3);
        let (size, before) = heading_style(level);
        let width = self.width();
        let height = wrap(text, size, Face::Bold, width).len() as f32 * size * LEADING;
        if !self.page_is_empty() {
            self.y += before;
        }
        self.room(height + keep);
        self.outline.push(Mark {
            level,
            title: text.to_owned(),
            page: self.pages.len().saturating_sub(1),
            y: self.y,
        });
        let lines = self.lines(MARGIN, width, size, Face::Bold, text);
        if level == 2 {
            self.rect([MARGIN, self.y - 2.0, width, 1.2], Some(GREY_RULE), None);
            self.y += 4.0;
        }
        self.y += 2.0;
        out.push(Group::of(Kind::Heading(level, text.to_owned()), &lines).into());
    }

    /// Labelled values: the labels in a column of their own, the values wrapped beside them.
    fn facts(&mut self, facts: &[(String, String)], out: &mut Vec<Node>) {
        let width = self.width();
        let widest = facts
            .iter()
            .map(|(label, _)| Face::Bold.metrics().width(label, BODY))
            .fold(0.0, f32::max);
        let label_width = (widest + 12.0).min(width * 0.34);
        let mut list = Group::new(Kind::List(Labels::Terms));
        for (label, value) in facts {
            let labels = wrap(label, BODY, Face::Bold, label_width - 11.0);
            let values: Vec<String> = value
                .split('\n')
                .flat_map(|line| wrap(line, BODY, Face::Regular, width - label_width))
                .collect();
            let (label_lines, value_lines) =
                self.side_by_side(labels, values, label_width, BODY, Face::Bold);
            list.children.push(item(label_lines, value_lines).into());
            self.y += 3.0;
        }
        out.push(list.into());
        self.y += BODY * 0.6;
    }

    /// A label column and a body column, line by line, over pages where needed; the body
    /// starts `indent` points in.
    fn side_by_side(
        &mut self,
        labels: Vec<String>,
        body: Vec<String>,
        indent: f32,
        size: f32,
        label_face: Face,
    ) -> (Vec<usize>, Vec<usize>) {
        let leading = size * LEADING;
        let rows = labels.len().max(body.len());
        // A short item is kept on one page.
        if rows <= 4 {
            self.room(rows as f32 * leading);
        }
        let (mut label_lines, mut body_lines) = (Vec::new(), Vec::new());
        let mut labels = labels.into_iter();
        let mut body = body.into_iter();
        for _ in 0..rows {
            self.room(leading);
            if let Some(text) = labels.next() {
                label_lines.push(self.line(MARGIN, self.y, size, label_face, text));
            }
            if let Some(text) = body.next() {
                body_lines.push(self.line(MARGIN + indent, self.y, size, Face::Regular, text));
            }
            self.y += leading;
        }
        (label_lines, body_lines)
    }

    fn numbered(&mut self, start: usize, items: &[String], out: &mut Vec<Node>) {
        let width = self.width();
        let last = format!("{}.", start + items.len());
        let gutter = Face::Regular.metrics().width(&last, BODY) + 8.0;
        let mut list = Group::new(Kind::List(Labels::Numbers));
        for (n, text) in items.iter().enumerate() {
            let body: Vec<String> = text
                .split('\n')
                .flat_map(|line| wrap(line, BODY, Face::Regular, width - gutter))
                .collect();
            let label = vec![format!("{}.", start + n)];
            let (labels, lines) = self.side_by_side(label, body, gutter, BODY, Face::Regular);
            list.children.push(item(labels, lines).into());
            self.y += 2.5;
        }
        out.push(list.into());
        self.y += BODY * 0.6;
    }

    fn table(&mut self, table: &Table, out: &mut Vec<Node>) {
        let width = self.width();
        let columns = Columns::new(table, width);
        let size = columns.size;
        let leading = size * LEADING;
        let mut group = Group::new(Kind::Table);
        // The caption, kept with the header and a first row.
        let caption = wrap(&table.caption, BODY, Face::Bold, width);
        let caption_height = caption.len() as f32 * BODY * LEADING;
        let head = columns.cells(&table.head, Face::Bold, self.max_cell_lines(leading));
        let head_height = row_height(&head, leading);
        self.room(caption_height + 2.0 * head_height + 4.0);
        let mut caption_lines = Vec::new();
        for line in caption {
            caption_lines.push(self.line(MARGIN, self.y, BODY, Face::Bold, line));
            self.y += BODY * LEADING;
        }
        group
            .children
            .push(Group::of(Kind::Caption, &caption_lines).into());
        self.y += 2.0;
        let header = self.table_row(&columns, &head, None, Some(HEAD_FILL), Face::Bold, true);
        let header_row: Vec<Node> = header
            .into_iter()
            .map(|lines| Group::of(Kind::HeaderCell { column: true }, &lines).into())
            .collect();
        group
            .children
            .push(Group::with(Kind::Head, vec![Group::with(Kind::Row, header_row).into()]).into());
        let mut body = Group::new(Kind::Rows);
        for row in &table.rows {
            let texts: Vec<String> = row.heads.iter().chain(&row.cells).cloned().collect();
            let face = if row.attention {
                Face::Bold
            } else {
                Face::Regular
            };
            let cells = columns.cells(&texts, face, self.max_cell_lines(leading));
            let height = row_height(&cells, leading);
            if self.y + height > self.bottom() {
                self.new_page();
                // The header row again, as decoration: the structure has it once.
                self.table_row(&columns, &head, None, Some(HEAD_FILL), Face::Bold, false);
            }
            let fill = row.attention.then_some(ATTENTION_FILL);
            let drawn = self.table_row(&columns, &cells, Some(row.heads.len()), fill, face, true);
            let heads = row.heads.len();
            let nodes = drawn
                .into_iter()
                .enumerate()
                .map(|(i, lines)| {
                    let kind = if i < heads {
                        Kind::HeaderCell { column: false }
                    } else {
                        Kind::Cell
                    };
                    Group::of(kind, &lines).into()
                })
                .collect();
            body.children.push(Group::with(Kind::Row, nodes).into());
        }
        group.children.push(body.into());
        out.push(group.into());
        self.y += BODY;
    }

    /// The most lines a cell may have: a row must fit a page below the header row.
    fn max_cell_lines(&self, leading: f32) -> usize {
        let usable = self.bottom() - MARGIN - 4.0 * leading;
        ((usable / leading).floor() as usize).max(1)
    }

    /// Draws one row of wrapped cells at the current position and moves below it; returns
    /// each cell's content numbers (empty when drawn as decoration). Data cells are right
    /// aligned, the row's heading cells (the first `heads`, or all in the header row) left.
    fn table_row(
        &mut self,
        columns: &Columns,
        cells: &[Vec<String>],
        heads: Option<usize>,
        fill: Option<Rgb>,
        face: Face,
        content: bool,
    ) -> Vec<Vec<usize>> {
        let size = columns.size;
        let leading = size * LEADING;
        let height = row_height(cells, leading);
        let top = self.y;
        let mut x = MARGIN;
        let mut drawn = Vec::with_capacity(cells.len());
        for (i, (lines, &w)) in cells.iter().zip(&columns.widths).enumerate() {
            self.rect([x, top, w, height], fill, Some((GREY_BORDER, 0.5)));
            let left = heads.is_none_or(|h| i < h);
            let mut numbers = Vec::new();
            for (l, text) in lines.iter().enumerate() {
                let text_width = face.metrics().width(text, size);
                let tx = if left {
                    x + CELL_PAD
                } else {
                    x + w - CELL_PAD - text_width
                };
                let line_top = top + CELL_PAD + l as f32 * leading;
                if content {
                    numbers.push(self.line(tx, line_top, size, face, text.clone()));
                } else {
                    self.page().items.push(Item::Text {
                        x: tx,
                        y: line_top + size,
                        size,
                        face,
                        text: text.clone(),
                        content: None,
                    });
                }
            }
            drawn.push(numbers);
            x += w;
        }
        self.y = top + height;
        drawn
    }

    /// A chart with its heading: in the text when it fits the column with text of at least
    /// [`MIN_PRINTED_TEXT`] (on the next page when the rest of this one is too small), else on
    /// pages of its own with the overview map, its heading above it on the first.
    fn chart(
        &mut self,
        block: &'a ChartBlock,
        part: &Part,
        headings: &[(u8, &str)],
        out: &mut Vec<Node>,
    ) {
        let chart = &block.chart;
        let frame = chart.frame();
        let (w, h) = (frame.width.max(1.0), frame.height.max(1.0));
        let smallest = MIN_PRINTED_TEXT / chart.smallest_text().max(0.1);
        let width = self.width();
        let head: f32 = headings
            .iter()
            .map(|&(level, text)| self.heading_height(level, text))
            .sum();
        let fit = |height: f32| (width / w).min((height - head) / h).min(1.0);
        let index = self.charts.len();
        if fit(self.bottom() - MARGIN) < smallest && headings.len() > 1 {
            // Only the nearest heading is kept with a chart that takes pages of its own.
            let (before, last) = headings.split_at(headings.len() - 1);
            for &(level, text) in before {
                self.heading(level, text, out);
            }
            return self.chart(block, part, last, out);
        }
        // The chart drawn, whose boxes the nested list after it names.
        let mut shown = chart;
        if fit(self.bottom() - MARGIN) >= smallest {
            // On this page if it can be drawn nearly as large as on a page of its own.
            let best = fit(self.bottom() - MARGIN);
            let here = self.bottom() - self.y - if self.page_is_empty() { 0.0 } else { 16.0 };
            if fit(here) < smallest.max(best * 0.8) {
                self.new_page();
            }
            for &(level, text) in headings {
                self.heading_with(level, text, 0.0, out);
            }
            let scale = fit(self.bottom() - self.y + head).min(best);
            let x = MARGIN + (width - w * scale) / 2.0;
            let content = self.content();
            let y = self.y;
            self.page().items.push(Item::Chart {
                chart: index,
                at: ChartAt::Flow { x, y, scale },
                content,
            });
            self.charts.push(Placed {
                block,
                pages: None,
                turned: false,
            });
            out.push(Group::of(Kind::Figure(block.alt.clone()), &[content]).into());
            self.y += h * scale + 8.0;
        } else {
            // Pages of its own, as the chart export splits it, each with room at the top for
            // the heading (drawn on the first); turned, arranged for them, when that takes
            // fewer pages.
            // Only the nearest heading is kept with a chart on pages of its own (above).
            let top = room_above_chart(headings.first().copied(), self.width(), self.size.0);
            let upright = chart.printed_pages(self.paper, PageOrientation::Portrait, top);
            let wide = block.turned.as_ref().unwrap_or(chart);
            let across = wide.printed_pages(self.paper, PageOrientation::Landscape, top);
            // Turned only to save pages: a chart that fits upright keeps the document's pages.
            let turned = across.count() < upright.count();
            let pages = if turned { across } else { upright };
            if turned {
                shown = wide;
            }
            for page in 0..pages.count() {
                self.new_page();
                self.page().turned = turned;
                if page == 0 {
                    self.y = pages.margin;
                    for &(level, text) in headings {
                        self.heading_with(level, text, 0.0, out);
                    }
                }
                let content = self.content();
                self.page().items.push(Item::Chart {
                    chart: index,
                    at: ChartAt::Page(page),
                    content,
                });
                let alt = if pages.count() > 1 {
                    let number = [("page", n(page + 1)), ("pages", n(pages.count()))];
                    let number = tr_args(part.lang, "chart-page", &number);
                    format!("{} ({number})", block.alt)
                } else {
                    block.alt.clone()
                };
                out.push(Group::of(Kind::Figure(alt), &[content]).into());
            }
            self.charts.push(Placed {
                block,
                pages: Some(pages),
                turned,
            });
            self.new_page();
        }
        self.chart_list(shown, part, out);
    }

    /// The chart's boxes as a nested list.
    fn chart_list(&mut self, chart: &Chart, part: &Part, out: &mut Vec<Node>) {
        let title = tr(part.lang, "pack-chart-list");
        self.room(BODY * LEADING * 3.0);
        let width = self.width();
        let lines = self.lines(MARGIN, width, BODY, Face::Bold, &title);
        out.push(Group::of(Kind::Paragraph, &lines).into());
        let leading = LIST_TEXT * LEADING;
        let mut nesting = Nesting::default();
        for entry in &chart.entries {
            let depth = entry.depth.min(MAX_LIST_DEPTH);
            let x = MARGIN + depth as f32 * LIST_INDENT;
            let text_width = (width - depth as f32 * LIST_INDENT - 9.0).max(60.0);
            let lines = wrap(&entry.text, LIST_TEXT, Face::Regular, text_width);
            // The bullet stays with the entry's first line.
            self.room(leading);
            let label = self.line(x, self.y, LIST_TEXT, Face::Regular, "•".to_owned());
            let mut body = Vec::with_capacity(lines.len());
            for line in lines {
                self.room(leading);
                body.push(self.line(x + 9.0, self.y, LIST_TEXT, Face::Regular, line));
                self.y += leading;
            }
            nesting.push(depth, label, &body);
        }
        if let Some(list) = nesting.finish() {
            out.push(list.into());
        }
        self.y += BODY;
    }
}

/// The height of a heading of `level` saying `text` in a column `width` points wide.
fn heading_height(level: u8, text: &str, width: f32) -> f32 {
    let (size, before) = heading_style(level);
    let lines = wrap(text, size, Face::Bold, width).len() as f32;
    before + lines * size * LEADING + if level == 2 { 6.0 } else { 2.0 }
}

/// The room kept above a chart on each of its pages of its own on `paper`, for its heading
/// `caption` (a section's, level 2): what the chart is arranged to leave free.
pub(in crate::pack) fn chart_heading_room(caption: &str, paper: Paper) -> f32 {
    let page = Pagination::new(1.0, 1.0, BODY, paper, PageOrientation::Portrait);
    room_above_chart(
        Some((2, caption)),
        page.page_width - 2.0 * MARGIN,
        page.page_width,
    )
}

/// The room kept above a chart on each of its pages of its own for its `heading`, set in a
/// column `width` points wide, on a page whose short side is `short_side`: the heading's
/// height without the space before it, as it starts its page, and at most a quarter of the
/// short side, however long the heading, so that the chart keeps most of the page.
fn room_above_chart(heading: Option<(u8, &str)>, width: f32, short_side: f32) -> f32 {
    let room = heading.map_or(0.0, |(level, text)| {
        let level = level.clamp(1, 3);
        heading_height(level, text, width) - heading_style(level).1
    });
    room.clamp(BODY, short_side / 4.0)
}

/// A heading's text size and the space above it.
fn heading_style(level: u8) -> (f32, f32) {
    match level {
        1 => (18.0, 0.0),
        2 => (14.0, 16.0),
        _ => (11.5, 10.0),
    }
}

const GREY_RULE: Rgb = [69, 90, 100];
const GREY_BORDER: Rgb = [120, 144, 156];
const HEAD_FILL: Rgb = [236, 239, 241];
const ATTENTION_FILL: Rgb = [255, 243, 224];

/// An item of a list: its label's lines and its body's.
fn item(label: Vec<usize>, body: Vec<usize>) -> Group {
    Group::with(
        Kind::Item,
        vec![
            Group::of(Kind::Label, &label).into(),
            Group::of(Kind::Body, &body).into(),
        ],
    )
}
