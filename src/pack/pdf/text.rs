//! Text on the pack's pages: the bundled font's two faces, wrapping to a width, and only
//! characters the font can draw.

use std::sync::OnceLock;

use crate::layout::{FontMetrics, NOTO_SANS_BOLD, NOTO_SANS_REGULAR};

/// Line height as a multiple of the text size.
pub(super) const LEADING: f32 = 1.4;

/// The two faces of the bundled font.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Face {
    Regular,
    Bold,
}

impl Face {
    pub(super) fn metrics(self) -> &'static FontMetrics {
        match self {
            Face::Regular => FontMetrics::regular(),
            Face::Bold => FontMetrics::bold(),
        }
    }
}

/// `text` wrapped to `width`; an empty text is one empty line.
pub(super) fn wrap(text: &str, size: f32, face: Face, width: f32) -> Vec<String> {
    let text = printable(text);
    let lines = face.metrics().wrap(&text, size, width.max(1.0), usize::MAX);
    if lines.is_empty() {
        vec![String::new()]
    } else {
        lines
    }
}

/// `text` with every character the bundled font cannot draw replaced by one it can (an arrow
/// by `->`, a control character by a space, anything else by `?`): PDF/UA forbids text drawn
/// without a glyph.
pub(super) fn printable(text: &str) -> String {
    static FACES: OnceLock<Option<(ttf_parser::Face<'static>, ttf_parser::Face<'static>)>> =
        OnceLock::new();
    let faces = FACES.get_or_init(|| {
        Some((
            ttf_parser::Face::parse(NOTO_SANS_REGULAR, 0).ok()?,
            ttf_parser::Face::parse(NOTO_SANS_BOLD, 0).ok()?,
        ))
    });
    let drawable = |c: char| {
        faces.as_ref().is_some_and(|(regular, bold)| {
            regular.glyph_index(c).is_some() && bold.glyph_index(c).is_some()
        })
    };
    if text.chars().all(|c| !c.is_control() && drawable(c)) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            c if c.is_control() => out.push(' '),
            c if drawable(c) => out.push(c),
            '→' | '⟶' | '➔' => out.push_str("->"),
            '−' => out.push('–'),
            '←' => out.push_str("<-"),
            '⚠' => out.push_str("(!)"),
            '✓' | '✔' => out.push('+'),
            _ => out.push('?'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_the_font_cannot_draw_is_replaced() {
        assert_eq!(printable("Kolho → Mänttä"), "Kolho -> Mänttä");
        assert_eq!(printable("−4"), "–4");
        assert_eq!(printable("a\tb"), "a b");
        assert_eq!(printable("Ålö é"), "Ålö é");
    }

    #[test]
    fn an_empty_text_is_one_empty_line() {
        assert_eq!(wrap("", 10.0, Face::Regular, 100.0), vec![String::new()]);
    }
}
