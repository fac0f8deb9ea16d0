//! A table's columns on the page: how wide each is and how large its text, so that numbers
//! never wrap and the table fits the column of text.

use super::text::{Face, printable, wrap};
use crate::pack::document::Table;

/// The largest text of a table.
const TABLE_TEXT: f32 = 8.5;
/// The smallest text a table is set in before its columns share the width equally.
const SMALLEST_TABLE_TEXT: f32 = 7.0;
/// The space between a cell's border and its text.
pub(super) const CELL_PAD: f32 = 3.5;

/// The height of a row of wrapped cells.
pub(super) fn row_height(cells: &[Vec<String>], leading: f32) -> f32 {
    let lines = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
    lines as f32 * leading + 2.0 * CELL_PAD - (leading - leading / super::text::LEADING) * 0.5
}

/// A table's column widths and text size: the data columns as wide as their widest value
/// (numbers never wrap), the heading words allowed to wrap, and the row headings' column the
/// rest; smaller text when the table is too wide, and wrapping everywhere as a last resort.
pub(super) struct Columns {
    pub widths: Vec<f32>,
    pub size: f32,
}

impl Columns {
    pub(super) fn new(table: &Table, width: f32) -> Columns {
        let count = table.columns();
        let heads = table
            .rows
            .first()
            .map_or(1, |r| r.heads.len())
            .clamp(1, count);
        let mut size = TABLE_TEXT;
        loop {
            let measure = |face: Face, text: &str| face.metrics().width(text, size);
            let widest_word = |text: &str| {
                text.split_whitespace()
                    .map(|w| measure(Face::Bold, w))
                    .fold(0.0, f32::max)
            };
            let mut natural = vec![0.0f32; count];
            for (i, head) in table.head.iter().enumerate() {
                natural[i] = natural[i].max(widest_word(head) + 2.0 * CELL_PAD);
            }
            for row in &table.rows {
                let face = if row.attention {
                    Face::Bold
                } else {
                    Face::Regular
                };
                for (i, text) in row.heads.iter().chain(&row.cells).enumerate() {
                    if i >= heads {
                        natural[i] = natural[i].max(measure(face, text) + 2.0 * CELL_PAD);
                    }
                }
            }
            let wanted_heads: f32 = (0..heads)
                .map(|i| {
                    table
                        .rows
                        .iter()
                        .filter_map(|r| r.heads.get(i))
                        .chain(table.head.get(i))
                        .map(|t| measure(Face::Bold, t) + 2.0 * CELL_PAD)
                        .fold(0.0, f32::max)
                })
                .sum();
            // Headings on one line when the table still fits the column: no wider than needed.
            let comfortable: Vec<f32> = natural
                .iter()
                .enumerate()
                .map(|(i, &w)| {
                    let head = table.head.get(i).map_or(0.0, |h| measure(Face::Bold, h));
                    w.max(head.min(120.0) + 2.0 * CELL_PAD)
                })
                .collect();
            let comfortable_data: f32 = comfortable[heads..].iter().sum();
            if comfortable_data + wanted_heads <= width {
                let mut widths = comfortable;
                let head_width = wanted_heads / heads as f32;
                widths
                    .iter_mut()
                    .take(heads)
                    .for_each(|w| *w = w.max(head_width));
                return Columns { widths, size };
            }
            let data: f32 = natural[heads..].iter().sum();
            let free = width - data;
            let least = (width * 0.25).min(wanted_heads);
            if free >= least || size <= SMALLEST_TABLE_TEXT {
                let mut widths = natural;
                if free >= least {
                    // The row headings take what they need, the rest goes to the data.
                    let head_width = free.min(wanted_heads.max(least));
                    for w in widths.iter_mut().take(heads) {
                        *w = head_width / heads as f32;
                    }
                    let spare = free - head_width;
                    let data_columns = (count - heads).max(1) as f32;
                    for w in widths.iter_mut().skip(heads) {
                        *w += spare / data_columns;
                    }
                } else {
                    // Too wide even in small text: every column shares the width.
                    let share = width / count as f32;
                    widths.iter_mut().for_each(|w| *w = share);
                }
                return Columns { widths, size };
            }
            size -= 0.5;
        }
    }

    /// `texts` wrapped to their columns, at most `max_lines` lines each.
    pub(super) fn cells(&self, texts: &[String], face: Face, max_lines: usize) -> Vec<Vec<String>> {
        self.widths
            .iter()
            .enumerate()
            .map(|(i, &w)| {
                let text = texts.get(i).map_or("", String::as_str);
                let mut lines = wrap(text, self.size, face, w - 2.0 * CELL_PAD);
                if lines.len() > max_lines {
                    lines = face.metrics().wrap(
                        &printable(text),
                        self.size,
                        w - 2.0 * CELL_PAD,
                        max_lines,
                    );
                }
                lines
            })
            .collect()
    }
}
