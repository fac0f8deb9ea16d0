//! Text on the pack's pages: the bundled font's two faces, wrapping to a width, and only
//! characters the font can draw.

pub(super) use crate::export::glyphs::printable;
use crate::layout::FontMetrics;

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_text_is_one_empty_line() {
        assert_eq!(wrap("", 10.0, Face::Regular, 100.0), vec![String::new()]);
    }
}
