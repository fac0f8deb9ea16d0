//! The pack as a Word document, saying what the HTML page says in the same order: real
//! headings (Heading 1–3, so that the navigation pane and a table of contents work), tables
//! whose head row repeats on every page, each chart a picture with its text alternative and
//! its content as a bulleted list, the title, class and page number on every page.
//!
//! docx-rs writes the package; three things it cannot say are added to its XML afterwards:
//! the head row of each table (`w:tblHeader`) and its caption (`w:tblCaption`), each picture's
//! description (`wp:docPr descr`, with ids unique in the document) and each run's language
//! (`w:lang`, marked while building by a run style that is then replaced).

use std::io::Cursor;

use docx_rs::{
    AbstractNumbering, AlignmentType, BreakType, Docx, Footer, Header, IndentLevel, Level, LevelJc,
    LevelOverride, LevelText, LineSpacing, LineSpacingType, NumPages, NumberFormat, Numbering,
    NumberingId, PageMargin, PageNum, Paragraph, Pic, Run, RunFonts, Shading, ShdType,
    SpecialIndentType, Start, Style, StyleType, Tab, TabValueType, Table as WordTable, TableBorder,
    TableBorderPosition, TableBorders, TableCell, TableCellMargins, TableLayoutType, TableRow,
    VAlignType, WidthType,
};

mod xml;

use super::PackPaper;
use super::document::{Block, ChartBlock, Document, Part, Row, Table};
use crate::export::{ExportError, ListEntry, PageOrientation, Paper, RenderOptions};
use crate::i18n::{Lang, tr};
use xml::{LANG_MARK, clean, core_title, descriptions, head_rows, languages, locale};

/// The body font, the one the app and its charts use (named, not embedded).
const FONT: &str = "Noto Sans";
/// Twentieths of a point per millimetre.
const TWIPS_PER_MM: f32 = 72.0 * 20.0 / 25.4;
/// English metric units per point.
const EMU_PER_PT: f32 = 12_700.0;
/// The charts' resolution at the size they print: sharp on paper, a few hundred kilobytes.
const CHART_DPI: f32 = 180.0;
/// The most a small chart is enlarged to fill the page's width.
const MAX_ENLARGEMENT: f32 = 2.0;
/// Room kept on a chart's page for its heading and caption, in points.
const CHART_ROOM: f32 = 110.0;
/// The bulleted list of a chart's content (docx-rs writes a numbering of its own as 1).
const BULLETS: usize = 10;
/// The numbered lists' definition; each list is a numbering of its own from this on.
const NUMBERED: usize = 11;

const GREY: &str = "455A64";
const RULE: &str = "78909C";
const HEAD_FILL: &str = "ECEFF1";
const ATTENTION_FILL: &str = "FFF3E0";

/// The page: its size and margins in twips.
#[derive(Clone, Copy)]
struct Page {
    width: u32,
    height: u32,
    top: u32,
    bottom: u32,
    side: u32,
    header: u32,
}

impl Page {
    /// As the HTML page prints: 18 mm at the top, 16 mm at the sides, 20 mm at the foot.
    fn of(paper: PackPaper) -> Page {
        let (width, height) = match paper {
            PackPaper::A4 => (11_906, 16_838),
            PackPaper::A3 => (16_838, 23_811),
        };
        let mm = |mm: f32| (mm * TWIPS_PER_MM).round() as u32;
        Page {
            width,
            height,
            top: mm(18.0),
            bottom: mm(20.0),
            side: mm(16.0),
            header: mm(8.0),
        }
    }

    /// The width of the text, in twips.
    fn text_width(self) -> u32 {
        self.width - 2 * self.side
    }

    /// The height of the text, in twips.
    fn text_height(self) -> u32 {
        self.height - self.top - self.bottom
    }
}

/// The document being built, and what its XML needs afterwards.
struct Writer {
    page: Page,
    /// The document so far.
    word: Docx,
    /// The numbered lists so far (numberings `NUMBERED`, `NUMBERED + 1`, ...).
    lists: usize,
    /// Each picture's text alternative, in order.
    pictures: Vec<String>,
    /// Each table's caption, in order.
    captions: Vec<String>,
    /// The next paragraph starts a new page (each language after the first).
    new_page: bool,
}

/// The pack as a Word document (`.docx`).
///
/// # Errors
/// When a chart cannot be drawn or the document cannot be written.
pub fn docx(document: &Document) -> Result<Vec<u8>, ExportError> {
    let page = Page::of(document.paper);
    let first = document.parts.first().map_or(Lang::Fi, |p| p.lang);
    let word = Docx::new()
        .page_size(page.width, page.height)
        .page_margin(
            PageMargin::new()
                .top(page.top as i32)
                .bottom(page.bottom as i32)
                .left(page.side as i32)
                .right(page.side as i32)
                .header(page.header as i32)
                .footer(page.header as i32),
        )
        .default_fonts(fonts())
        .default_size(20)
        .default_line_spacing(spacing(0, 120).line(276))
        .header(header(document, first, page))
        .footer(footer(first))
        .add_abstract_numbering(bullets())
        .add_numbering(Numbering::new(BULLETS, BULLETS))
        .add_abstract_numbering(numbered());
    let mut writer = Writer {
        page,
        word: styles().into_iter().fold(word, Docx::add_style),
        lists: 0,
        pictures: Vec::new(),
        captions: Vec::new(),
        new_page: false,
    };
    writer.push(
        Paragraph::new()
            .style("PackClass")
            .add_run(run(&document.class, first)),
    );
    for (at, part) in document.parts.iter().enumerate() {
        writer.new_page = at > 0;
        writer.part(part)?;
    }

    let mut package = writer.word.build();
    let body = String::from_utf8_lossy(&package.document);
    let body = head_rows(&body, &writer.captions)?;
    let body = descriptions(&body, &writer.pictures)?;
    package.document = languages(&body).into_bytes();
    for part in package.headers.iter_mut().chain(package.footers.iter_mut()) {
        *part = languages(&String::from_utf8_lossy(part)).into_bytes();
    }
    package.doc_props.core = core_title(
        &String::from_utf8_lossy(&package.doc_props.core),
        &document.title,
        locale(first.code()),
    )
    .into_bytes();
    let mut out = Cursor::new(Vec::new());
    package
        .pack(&mut out)
        .map_err(|e| ExportError::Render(e.to_string()))?;
    Ok(out.into_inner())
}

impl Writer {
    fn push(&mut self, paragraph: Paragraph) {
        let paragraph = if std::mem::take(&mut self.new_page) {
            paragraph.page_break_before(true)
        } else {
            paragraph
        };
        self.word = std::mem::take(&mut self.word).add_paragraph(paragraph);
    }

    fn part(&mut self, part: &Part) -> Result<(), ExportError> {
        let lang = part.lang;
        for block in &part.blocks {
            match block {
                Block::Heading { level, text } => {
                    let level = (*level).clamp(1, 3);
                    self.push(
                        Paragraph::new()
                            .style(&format!("Heading{level}"))
                            .add_run(run(text, lang)),
                    );
                }
                Block::Paragraph(text) => {
                    self.push(lines(Paragraph::new(), text, lang));
                }
                Block::Facts(facts) => {
                    for (label, value) in facts {
                        let paragraph = Paragraph::new()
                            .style("PackFact")
                            .add_run(run(label, lang).bold())
                            .add_run(Run::new().add_tab().style(&mark(lang)));
                        self.push(lines(paragraph, value, lang));
                    }
                }
                Block::Numbered { start, items } => {
                    let id = NUMBERED + self.lists;
                    self.lists += 1;
                    self.word = std::mem::take(&mut self.word).add_numbering(
                        Numbering::new(id, NUMBERED)
                            .add_override(LevelOverride::new(0).start(*start)),
                    );
                    for item in items {
                        let paragraph = Paragraph::new()
                            .style("PackList")
                            .numbering(NumberingId::new(id), IndentLevel::new(0));
                        self.push(lines(paragraph, item, lang));
                    }
                }
                Block::Table(table) => self.table(table, lang),
                Block::Chart(chart) => self.chart(chart, lang)?,
            }
        }
        Ok(())
    }

    /// The caption above, the head row, a row heading cell at the start of each row.
    fn table(&mut self, table: &Table, lang: Lang) {
        self.push(
            Paragraph::new()
                .style("Caption")
                .keep_next(true)
                .add_run(run(&table.caption, lang)),
        );
        self.captions.push(clean(&table.caption));
        let (size, widths) = column_widths(table, self.page.text_width());
        let cell = |text: &str, at: usize, head: bool, row: Option<&Row>| {
            let left = head || row.is_some_and(|r| at < r.heads.len());
            let mut paragraph = Paragraph::new().style("PackCell").align(if left {
                AlignmentType::Left
            } else {
                AlignmentType::Right
            });
            let attention = row.is_some_and(|r| r.attention);
            let mut text = run(text, lang).size(size);
            if head || attention {
                text = text.bold();
            }
            paragraph = paragraph.add_run(text);
            let mut cell = TableCell::new()
                .add_paragraph(paragraph)
                .vertical_align(VAlignType::Top)
                .width(widths.get(at).copied().unwrap_or(0), WidthType::Dxa);
            let fill = if head {
                Some(HEAD_FILL)
            } else if attention {
                Some(ATTENTION_FILL)
            } else {
                None
            };
            if let Some(fill) = fill {
                cell = cell.shading(Shading::new().shd_type(ShdType::Clear).fill(fill));
            }
            cell
        };
        let mut rows = vec![
            TableRow::new(
                table
                    .head
                    .iter()
                    .enumerate()
                    .map(|(at, text)| cell(text, at, true, None))
                    .collect(),
            )
            .cant_split(),
        ];
        for row in &table.rows {
            let cells = row
                .heads
                .iter()
                .chain(&row.cells)
                .enumerate()
                .map(|(at, text)| cell(text, at, false, Some(row)))
                .collect();
            rows.push(TableRow::new(cells).cant_split());
        }
        let border = |position| {
            TableBorder::new(position)
                .size(4)
                .color(RULE)
                .border_type(docx_rs::BorderType::Single)
        };
        let borders = [
            TableBorderPosition::Top,
            TableBorderPosition::Left,
            TableBorderPosition::Bottom,
            TableBorderPosition::Right,
            TableBorderPosition::InsideH,
            TableBorderPosition::InsideV,
        ]
        .into_iter()
        .fold(TableBorders::new(), |b, p| b.set(border(p)));
        let total: usize = widths.iter().sum();
        self.word = std::mem::take(&mut self.word).add_table(
            WordTable::new(rows)
                .set_grid(widths)
                .width(total, WidthType::Dxa)
                .layout(TableLayoutType::Fixed)
                .margins(TableCellMargins::new().margin(20, CELL_PADDING, 20, CELL_PADDING))
                .set_borders(borders),
        );
        // A table cannot end the body next to another: Word joins them.
        self.push(Paragraph::new().style("PackAfterTable"));
    }

    /// The chart as a picture fitted to the page's text, its caption, and its content as a
    /// bulleted list by depth.
    fn chart(&mut self, block: &ChartBlock, lang: Lang) -> Result<(), ExportError> {
        let frame = block.chart.frame();
        let (width, height) = (frame.width.max(1.0), frame.height.max(1.0));
        let text_width = self.page.text_width() as f32 / 20.0;
        let text_height = self.page.text_height() as f32 / 20.0 - CHART_ROOM;
        let k = (text_width / width)
            .min(text_height.max(72.0) / height)
            .min(MAX_ENLARGEMENT);
        let options = RenderOptions {
            paper: Paper::Fit,
            orientation: PageOrientation::Portrait,
            dpi: CHART_DPI * k,
        };
        let png = block
            .chart
            .png(&options)?
            .into_iter()
            .next()
            .ok_or_else(|| ExportError::Render("the chart drew no page".to_owned()))?;
        let (px_width, px_height) = png_size(&png)
            .ok_or_else(|| ExportError::Render("the chart's image is not a PNG".to_owned()))?;
        let emu = |pt: f32| (pt * EMU_PER_PT).round().max(1.0) as u32;
        let number = self.pictures.len() + 1;
        let picture = Pic::new_with_dimensions(png, px_width, px_height)
            .size(emu(width * k), emu(height * k))
            .id(format!("rIdImage{number}"));
        self.push(
            Paragraph::new()
                .style("PackFigure")
                .keep_next(true)
                .add_run(Run::new().add_image(picture).style(&mark(lang))),
        );
        self.pictures.push(clean(&block.alt));
        self.push(
            Paragraph::new()
                .style("Caption")
                .add_run(run(&block.caption, lang)),
        );
        self.push(
            Paragraph::new()
                .style("PackListTitle")
                .keep_next(true)
                .add_run(run(&tr(lang, "pack-chart-list"), lang)),
        );
        for entry in &block.chart.entries {
            self.push(bullet(entry, lang));
        }
        Ok(())
    }
}

fn bullet(entry: &ListEntry, lang: Lang) -> Paragraph {
    Paragraph::new()
        .style("PackBullet")
        .numbering(
            NumberingId::new(BULLETS),
            IndentLevel::new(entry.depth.min(8)),
        )
        .add_run(run(&entry.text, lang))
}

/// A run of text in `lang` (its language mark becomes `w:lang` in the finished XML).
fn run(text: &str, lang: Lang) -> Run {
    Run::new().add_text(clean(text)).style(&mark(lang))
}

/// The paragraph with `text` added, its line breaks kept.
fn lines(mut paragraph: Paragraph, text: &str, lang: Lang) -> Paragraph {
    for (at, line) in text.split('\n').enumerate() {
        if at > 0 {
            paragraph = paragraph.add_run(
                Run::new()
                    .add_break(BreakType::TextWrapping)
                    .style(&mark(lang)),
            );
        }
        paragraph = paragraph.add_run(run(line.trim_end_matches('\r'), lang));
    }
    paragraph
}

fn mark(lang: Lang) -> String {
    format!("{LANG_MARK}{}", lang.code())
}

/// The width and height of a PNG, from its header.
fn png_size(png: &[u8]) -> Option<(u32, u32)> {
    if !png.starts_with(b"\x89PNG\r\n\x1a\n") {
        return None;
    }
    let word = |at: usize| {
        png.get(at..at + 4)
            .and_then(|b| <[u8; 4]>::try_from(b).ok())
            .map(u32::from_be_bytes)
    };
    Some((word(16)?, word(20)?))
}

/// The sizes a table's text may have, in half-points: the first at which its columns fit.
const TABLE_SIZES: [usize; 3] = [18, 16, 14];
/// A cell's padding at each side, in twips (1.2 mm).
const CELL_PADDING: usize = 68;

/// The table's text size (in half-points) and its columns' widths (in twips). Each column is
/// as wide as its longest text (a long one wraps past 40 characters, a heading onto two
/// lines), but at least as wide as its longest word and its widest figure, which never wrap;
/// narrowed towards those least widths when the table would be wider than the page's text,
/// and set smaller when even those do not fit.
fn column_widths(table: &Table, text_width: u32) -> (usize, Vec<usize>) {
    let columns = table.columns();
    let (mut least, mut most) = (vec![3usize; columns], vec![3usize; columns]);
    let mut measure = |at: usize, text: &str, wraps: bool| {
        let chars = text.chars().count();
        let word = if wraps {
            text.split_whitespace()
                .map(|w| w.chars().count())
                .max()
                .unwrap_or(0)
        } else {
            chars
        };
        if let (Some(l), Some(m)) = (least.get_mut(at), most.get_mut(at)) {
            *l = (*l).max(word);
            *m = (*m).max(chars.min(40)).max(word);
        }
    };
    // A heading may take two lines: it asks for half its length.
    for (at, text) in table.head.iter().enumerate() {
        let half: String = text
            .chars()
            .take(text.chars().count().div_ceil(2))
            .collect();
        measure(at, &half, false);
        measure(at, text, true);
    }
    for row in &table.rows {
        for (at, text) in row.heads.iter().chain(&row.cells).enumerate() {
            measure(at, text, at < row.heads.len());
        }
    }
    let room = text_width as usize;
    // A character of Noto Sans (bold in the head row) is at most about 0.68 of its size, a
    // point is 20 twips: 13.5 twips a character and half-point of size, and the padding.
    let twips = |chars: &[usize], size: usize| -> Vec<usize> {
        chars
            .iter()
            .map(|c| c * size * 27 / 4 + 2 * CELL_PADDING + 40)
            .collect()
    };
    let size = TABLE_SIZES
        .into_iter()
        .find(|&size| twips(&least, size).iter().sum::<usize>() <= room)
        .unwrap_or(TABLE_SIZES[TABLE_SIZES.len() - 1]);
    let (least, most) = (twips(&least, size), twips(&most, size));
    let (low, high): (usize, usize) = (least.iter().sum(), most.iter().sum());
    let widths = if high <= room {
        most
    } else if low <= room {
        // What is left after the least widths goes to each column by how much more it wants.
        let spare = room - low;
        let wanted = (high - low).max(1);
        least
            .iter()
            .zip(&most)
            .map(|(l, m)| l + (m - l) * spare / wanted)
            .collect()
    } else {
        least.iter().map(|l| l * room / low.max(1)).collect()
    };
    (size, widths)
}

/// Space before and after a paragraph, in twips, and its lines a single line apart (`line`
/// in 240ths of a line changes that).
fn spacing(before: u32, after: u32) -> LineSpacing {
    LineSpacing::new()
        .line_rule(LineSpacingType::Auto)
        .before(before)
        .after(after)
}

fn fonts() -> RunFonts {
    RunFonts::new()
        .ascii(FONT)
        .hi_ansi(FONT)
        .east_asia(FONT)
        .cs(FONT)
}

/// Word's own headings (so that the navigation pane and a table of contents find them), a
/// caption, and the pack's paragraphs.
fn styles() -> Vec<Style> {
    let heading = |level: usize, size: usize, before: u32| {
        let mut style = Style::new(format!("Heading{level}"), StyleType::Paragraph)
            .name(format!("heading {level}"))
            .based_on("Normal")
            .next("Normal")
            .bold()
            .size(size)
            .color("263238")
            .outline_lvl(level - 1)
            .line_spacing(spacing(before, 120));
        style.paragraph_property = style
            .paragraph_property
            .clone()
            .keep_next(true)
            .keep_lines(true);
        style
    };
    let paragraph = |id: &str, name: &str| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
    };
    let mut figure = paragraph("PackFigure", "Pack figure")
        .align(AlignmentType::Center)
        .line_spacing(spacing(120, 60).line(240));
    figure.paragraph_property = figure.paragraph_property.clone().keep_next(true);
    vec![
        heading(1, 34, 240),
        heading(2, 27, 360),
        heading(3, 22, 240),
        paragraph("Caption", "caption")
            .next("Normal")
            .bold()
            .size(18)
            .color(GREY)
            .line_spacing(spacing(120, 60)),
        paragraph("PackClass", "Pack class")
            .size(18)
            .color(GREY)
            .line_spacing(spacing(0, 240)),
        paragraph("PackFact", "Pack fact")
            .indent(
                Some(2835),
                Some(SpecialIndentType::Hanging(2835)),
                None,
                None,
            )
            .line_spacing(spacing(0, 80)),
        paragraph("PackList", "Pack list").line_spacing(spacing(0, 80)),
        paragraph("PackBullet", "Pack bullet")
            .size(18)
            .line_spacing(spacing(0, 0).line(240)),
        paragraph("PackListTitle", "Pack list title")
            .bold()
            .size(18)
            .line_spacing(spacing(120, 60)),
        paragraph("PackCell", "Pack table cell")
            .size(18)
            .line_spacing(spacing(0, 0).line(240)),
        paragraph("PackAfterTable", "Pack after table")
            .size(8)
            .line_spacing(spacing(0, 120).line(160)),
        figure,
    ]
}

/// The chart lists: a bullet at each depth, indented a step further.
fn bullets() -> AbstractNumbering {
    let marks = ["•", "◦", "▪"];
    (0..9).fold(AbstractNumbering::new(BULLETS), |list, level| {
        list.add_level(
            Level::new(
                level,
                Start::new(1),
                NumberFormat::new("bullet"),
                LevelText::new(marks[level % marks.len()]),
                LevelJc::new("left"),
            )
            .indent(
                Some(283 * (level as i32 + 1)),
                Some(SpecialIndentType::Hanging(227)),
                None,
                None,
            ),
        )
    })
}

/// The numbered lists: `1.`, each list from its own first number.
fn numbered() -> AbstractNumbering {
    AbstractNumbering::new(NUMBERED).add_level(
        Level::new(
            0,
            Start::new(1),
            NumberFormat::new("decimal"),
            LevelText::new("%1."),
            LevelJc::new("left"),
        )
        .indent(Some(510), Some(SpecialIndentType::Hanging(510)), None, None),
    )
}

/// The title at the left and the confidentiality class at the right, on every page.
fn header(document: &Document, lang: Lang, page: Page) -> Header {
    Header::new().add_paragraph(
        Paragraph::new()
            .size(16)
            .color(GREY)
            .add_tab(
                Tab::new()
                    .val(TabValueType::Right)
                    .pos(page.text_width() as usize),
            )
            .add_run(run(&document.title, lang).size(16).color(GREY))
            .add_run(Run::new().add_tab().style(&mark(lang)))
            .add_run(run(&document.class, lang).size(16).color(GREY)),
    )
}

/// The page number and the number of pages at the foot of every page.
fn footer(lang: Lang) -> Footer {
    Footer::new().add_paragraph(
        Paragraph::new()
            .align(AlignmentType::Center)
            .size(16)
            .add_page_num(PageNum::new())
            .add_run(run(" / ", lang).size(16))
            .add_num_pages(NumPages::new()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_png_header_gives_the_size() {
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
        png.extend(640u32.to_be_bytes());
        png.extend(480u32.to_be_bytes());
        assert_eq!(png_size(&png), Some((640, 480)));
        assert_eq!(png_size(b"GIF89a"), None);
        assert_eq!(png_size(&png[..18]), None);
    }

    #[test]
    fn wide_tables_are_narrowed_to_the_page() {
        let table = Table {
            caption: String::new(),
            head: vec!["x".repeat(100); 9],
            rows: Vec::new(),
        };
        let (size, widths) = column_widths(&table, 10_000);
        assert_eq!(widths.len(), 9);
        assert!(widths.iter().sum::<usize>() <= 10_000);
        assert_eq!(size, 14, "the smallest size, as even that does not fit");
        let narrow = Table {
            caption: String::new(),
            head: vec!["Group".to_owned(), "Changes".to_owned()],
            rows: vec![Row {
                heads: vec!["Structure and everything else in one long heading".to_owned()],
                cells: vec!["23".to_owned()],
                attention: false,
            }],
        };
        let (size, widths) = column_widths(&narrow, 10_000);
        assert_eq!(size, 18);
        assert!(widths[0] > widths[1]);
        assert!(widths.iter().sum::<usize>() < 10_000, "as wide as it needs");
    }
}
