//! The committee pack as a document: sections of headings, paragraphs, facts, numbered lists,
//! tables with header cells and charts with their text alternatives. Each output format
//! (HTML now) writes this, so that they all say the same.

use crate::export::Chart;
use crate::i18n::Lang;

/// The whole pack.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// The document's title (the plan and the proposal).
    pub title: String,
    /// Its confidentiality class, on every page.
    pub class: String,
    /// The paper it prints on.
    pub paper: super::PackPaper,
    /// One part per language, in the order asked for.
    pub parts: Vec<Part>,
}

/// The pack in one language.
#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    /// The language of everything in it.
    pub lang: Lang,
    /// Its content in reading order.
    pub blocks: Vec<Block>,
}

/// One piece of content.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// A heading, 1 to 3.
    Heading {
        /// Its level.
        level: u8,
        /// Its text.
        text: String,
    },
    /// A paragraph of text.
    Paragraph(String),
    /// Labelled values, as on a cover (`Meeting: 14 Sept 2023`).
    Facts(Vec<(String, String)>),
    /// A numbered list, numbered from `start`.
    Numbered {
        /// The first item's number.
        start: usize,
        /// The items.
        items: Vec<String>,
    },
    /// A table with a header row and, in each row, a header cell.
    Table(Table),
    /// A chart with its caption, its text alternative and its content as a nested list.
    Chart(Box<ChartBlock>),
}

/// A table.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// What the table shows.
    pub caption: String,
    /// The column headings, the row headings' column first.
    pub head: Vec<String>,
    /// The rows.
    pub rows: Vec<Row>,
}

impl Table {
    /// How many columns it has: its head's, or its widest row's when that is wider (at
    /// least one).
    #[must_use]
    pub fn columns(&self) -> usize {
        self.rows
            .iter()
            .map(|r| r.heads.len() + r.cells.len())
            .chain([self.head.len()])
            .max()
            .unwrap_or(1)
            .max(1)
    }
}

/// One row of a table.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The row's heading cells (one, or more for a unit and its figure).
    pub heads: Vec<String>,
    /// The data cells.
    pub cells: Vec<String>,
    /// Needs the committee's attention (marked in words as well).
    pub attention: bool,
}

/// A chart in the pack.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartBlock {
    /// What it shows (`Before: Current organisation`).
    pub caption: String,
    /// A short text alternative.
    pub alt: String,
    /// The drawn chart (its nested list is `chart.entries`), arranged for portrait pages.
    pub chart: Chart,
    /// The chart arranged for landscape pages, where that differs: the PDF turns the pages a
    /// chart takes of its own when that puts it on fewer, as committee packs print a wide
    /// organisation (the HTML and Word packs, which draw the chart whole in their text, keep
    /// `chart`).
    pub turned: Option<Chart>,
    /// A prefix that makes the ids inside its drawing unique in the document.
    pub key: String,
}
