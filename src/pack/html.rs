//! The pack as one self-contained HTML page: the charts inline as SVG, the styles in the page,
//! nothing fetched from anywhere. Readable on a phone (tables scroll sideways, facts stack),
//! printable (each language from a new page), and accessible: real headings, tables with
//! header cells, each chart an image with a text alternative and its content as a nested list.

use std::fmt::Write as _;

use super::document::{Block, ChartBlock, Document, Part, Table};
use crate::export::svg;
use crate::i18n::tr;

const STYLE: &str = "\
:root{color-scheme:light}\
body{font-family:\"Noto Sans\",system-ui,sans-serif;color:#212121;background:#fff;margin:0 auto;max-width:62rem;padding:1rem;line-height:1.45}\
h1{font-size:1.7rem;margin:.5rem 0}h2{font-size:1.35rem;margin:2rem 0 .5rem;border-bottom:2px solid #455a64}h3{font-size:1.1rem;margin:1.25rem 0 .4rem}\
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem}dl.facts dt{font-weight:bold}dl.facts dd{margin:0;white-space:pre-line}\
.scroll{overflow-x:auto;margin:.5rem 0 1.25rem}.scroll:focus{outline:2px solid #0d47a1}\
table{border-collapse:collapse}caption{text-align:left;font-weight:bold;padding:.25rem 0}\
th,td{border:1px solid #78909c;padding:.25rem .55rem;vertical-align:top}thead th{background:#eceff1;text-align:left}\
tbody th{text-align:left;font-weight:normal}td{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}\
tr.attention th,tr.attention td{background:#fff3e0;font-weight:bold}\
figure{margin:1rem 0}figure svg{max-width:100%;height:auto;border:1px solid #cfd8dc}figcaption{font-style:italic;margin:.3rem 0}\
details{margin:.3rem 0 1rem}summary{cursor:pointer;color:#0d47a1}\
@media (max-width:40rem){dl.facts{grid-template-columns:1fr}dl.facts dd{margin-bottom:.4rem}}\
.class{color:#455a64;font-size:.9rem;border-bottom:1px solid #cfd8dc;padding-bottom:.25rem}\
@media print{body{max-width:none}section.part+section.part{break-before:page}figure,tr{break-inside:avoid}h2,h3{break-after:avoid}.scroll{overflow:visible}}";

/// The pack as an HTML page.
#[must_use]
pub fn html(document: &Document) -> String {
    let lang = document.parts.first().map_or("fi", |p| p.lang.code());
    let mut out = String::with_capacity(64 * 1024);
    write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}{}</style>\n</head>\n<body>\n<main>\n",
        esc(&document.title),
        page_boxes(document),
    )
    .ok();
    writeln!(out, "<p class=\"class\">{}</p>", esc(&document.class)).ok();
    for part in &document.parts {
        write_part(&mut out, part);
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// The printed page's margins: the title and the confidentiality class at the top, the page
/// number at the foot, on every page.
fn page_boxes(document: &Document) -> String {
    format!(
        "@page{{size:{};margin:18mm 16mm 20mm;@top-left{{content:\"{}\";font-size:8pt;color:#455a64}}\
         @top-right{{content:\"{}\";font-size:8pt;color:#455a64}}\
         @bottom-center{{content:counter(page) \" / \" counter(pages);font-size:8pt}}}}",
        document.paper.css(),
        css_string(&document.title),
        css_string(&document.class)
    )
}

/// Text inside a CSS string: quotes and backslashes escaped, no line breaks, no markup.
fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            // Closing the style element from inside a string.
            '<' => out.push_str("\\3c "),
            c => out.push(c),
        }
    }
    out
}

fn write_part(out: &mut String, part: &Part) {
    writeln!(
        out,
        "<section class=\"part\" lang=\"{}\">",
        part.lang.code()
    )
    .ok();
    for block in &part.blocks {
        match block {
            Block::Heading { level, text } => {
                let level = (*level).clamp(1, 6);
                writeln!(out, "<h{level}>{}</h{level}>", esc(text)).ok();
            }
            Block::Paragraph(text) => {
                writeln!(out, "<p>{}</p>", esc(text)).ok();
            }
            Block::Facts(facts) => {
                out.push_str("<dl class=\"facts\">\n");
                for (label, value) in facts {
                    writeln!(out, "<dt>{}</dt><dd>{}</dd>", esc(label), esc(value)).ok();
                }
                out.push_str("</dl>\n");
            }
            Block::Numbered { start, items } => {
                writeln!(out, "<ol start=\"{start}\">").ok();
                for item in items {
                    writeln!(out, "<li>{}</li>", esc(item)).ok();
                }
                out.push_str("</ol>\n");
            }
            Block::Table(table) => write_table(out, table),
            Block::Chart(chart) => write_chart(out, chart, part),
        }
    }
    out.push_str("</section>\n");
}

fn write_table(out: &mut String, table: &Table) {
    // A wide table scrolls on a phone; the scrolling region is named and reachable by keyboard.
    writeln!(
        out,
        "<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"{}\">",
        esc(&table.caption)
    )
    .ok();
    writeln!(out, "<table>\n<caption>{}</caption>", esc(&table.caption)).ok();
    out.push_str("<thead><tr>");
    for head in &table.head {
        write!(out, "<th scope=\"col\">{}</th>", esc(head)).ok();
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &table.rows {
        out.push_str(if row.attention {
            "<tr class=\"attention\">"
        } else {
            "<tr>"
        });
        for head in &row.heads {
            write!(out, "<th scope=\"row\">{}</th>", esc(head)).ok();
        }
        for cell in &row.cells {
            write!(out, "<td>{}</td>", esc(cell)).ok();
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n</div>\n");
}

fn write_chart(out: &mut String, block: &ChartBlock, part: &Part) {
    let drawing = svg(&block.chart);
    // Both charts name their boxes by node id: prefixed, the ids stay unique in the page.
    let drawing = drawing.replace(" id=\"", &format!(" id=\"{}-", block.key));
    let drawing = drawing.replacen(
        "<svg ",
        &format!("<svg role=\"img\" aria-label=\"{}\" ", esc(&block.alt)),
        1,
    );
    out.push_str("<figure>\n");
    out.push_str(&drawing);
    writeln!(out, "<figcaption>{}</figcaption>", esc(&block.caption)).ok();
    out.push_str("</figure>\n");
    writeln!(
        out,
        "<details>\n<summary>{}</summary>",
        esc(&tr(part.lang, "pack-chart-list"))
    )
    .ok();
    nested_list(out, &block.chart.entries);
    out.push_str("</details>\n");
}

/// The chart's boxes as nested lists, by their depth.
fn nested_list(out: &mut String, entries: &[crate::export::ListEntry]) {
    let mut open = 0usize;
    for entry in entries {
        let depth = entry.depth + 1;
        if depth > open {
            for _ in open..depth {
                out.push_str("<ul>");
            }
            open = depth;
        } else {
            out.push_str("</li>");
            for _ in depth..open {
                out.push_str("</ul></li>");
            }
            open = depth;
        }
        write!(out, "<li>{}", esc(&entry.text)).ok();
    }
    if open > 0 {
        out.push_str("</li>");
        for _ in 1..open {
            out.push_str("</ul></li>");
        }
        out.push_str("</ul>\n");
    }
}

fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::ListEntry;

    fn entry(depth: usize, text: &str) -> ListEntry {
        ListEntry {
            depth,
            text: text.to_owned(),
        }
    }

    #[test]
    fn the_nested_list_opens_and_closes_as_the_depths_say() {
        let mut out = String::new();
        let entries = [
            entry(0, "a"),
            entry(1, "b"),
            entry(2, "c"),
            entry(1, "d"),
            entry(0, "e"),
        ];
        nested_list(&mut out, &entries);
        assert_eq!(
            out,
            "<ul><li>a<ul><li>b<ul><li>c</li></ul></li><li>d</li></ul></li><li>e</li></ul>\n"
        );
    }

    #[test]
    fn css_strings_cannot_end_the_string_or_the_style() {
        assert_eq!(
            css_string("a\"b\\c\nd</style>"),
            "a\\\"b\\\\c d\\3c /style>"
        );
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(esc("a<b & \"c\""), "a&lt;b &amp; &quot;c&quot;");
    }
}
