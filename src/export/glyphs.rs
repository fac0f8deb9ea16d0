//! Text in the PDFs set from the bundled font's own glyphs and advances, character by
//! character, and only with characters the font can draw. For Finnish, Swedish and English this
//! is what a shaper gives (the layout measures text the same way), without its cost: krilla's
//! shaper reads the whole face again for every line, which was most of the time of a list of
//! 10,000 lines.

use std::sync::OnceLock;

use krilla::geom::Point;
use krilla::surface::Surface;
use krilla::tagging::{Artifact, ArtifactType, ContentTag, Identifier, SpanTag};
use krilla::text::{Font, GlyphId, KrillaGlyph};
use ttf_parser::Face;

use crate::layout::{NOTO_SANS_BOLD, NOTO_SANS_REGULAR};

/// The bundled regular and bold faces, parsed once.
fn faces() -> Option<&'static (Face<'static>, Face<'static>)> {
    static FACES: OnceLock<Option<(Face<'static>, Face<'static>)>> = OnceLock::new();
    FACES
        .get_or_init(|| {
            Some((
                Face::parse(NOTO_SANS_REGULAR, 0).ok()?,
                Face::parse(NOTO_SANS_BOLD, 0).ok()?,
            ))
        })
        .as_ref()
}

fn drawable(c: char) -> bool {
    faces().is_some_and(|(regular, bold)| {
        regular.glyph_index(c).is_some() && bold.glyph_index(c).is_some()
    })
}

/// `text` with every character the bundled font cannot draw replaced by one it can (an arrow
/// by `->`, the minus sign by a dash, a control character by a space, anything else by `?`):
/// PDF/UA forbids text drawn without a glyph.
#[must_use]
pub fn printable(text: &str) -> String {
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

/// The glyphs of `text` (already [`printable`]) in the regular or the bold face, each at its
/// advance.
#[must_use]
pub fn glyphs(text: &str, bold: bool) -> Vec<KrillaGlyph> {
    let Some((regular, heavy)) = faces() else {
        return Vec::new();
    };
    let face = if bold { heavy } else { regular };
    let per_em = f32::from(face.units_per_em().max(1));
    text.char_indices()
        .map(|(at, c)| {
            let glyph = face.glyph_index(c).unwrap_or(ttf_parser::GlyphId(0));
            let advance = face.glyph_hor_advance(glyph).map_or(0.0, f32::from) / per_em;
            KrillaGlyph::new(
                GlyphId::new(u32::from(glyph.0)),
                advance,
                0.0,
                0.0,
                0.0,
                at..at + c.len_utf8(),
                None,
            )
        })
        .collect()
}

/// One line of `text` (already [`printable`]) with its baseline at `x`, `y`: tagged content
/// (its identifier returned, for the structure), or an artifact of `artifact`'s kind.
pub(crate) fn draw_line(
    surface: &mut Surface<'_>,
    (font, bold): (&Font, bool),
    size: f32,
    (x, y): (f32, f32),
    text: &str,
    artifact: Option<ArtifactType>,
) -> Identifier {
    let id = match artifact {
        Some(kind) => surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(kind))),
        None => surface.start_tagged(ContentTag::Span(SpanTag::empty())),
    };
    surface.draw_glyphs(
        Point::from_xy(x, y),
        &glyphs(text, bold),
        font.clone(),
        text,
        size,
        false,
    );
    surface.end_tagged();
    id
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::FontMetrics;

    #[test]
    fn text_the_font_cannot_draw_is_replaced() {
        assert_eq!(printable("Kolho → Mänttä"), "Kolho -> Mänttä");
        assert_eq!(printable("−4"), "–4");
        assert_eq!(printable("a\tb"), "a b");
        assert_eq!(printable("Ålö é"), "Ålö é");
    }

    #[test]
    fn glyphs_advance_as_the_layout_measures() {
        for (text, bold) in [
            ("Päivähoito ja esiopetus", false),
            ("Ålands 52 000 €", true),
        ] {
            let glyphs = glyphs(text, bold);
            assert_eq!(glyphs.len(), text.chars().count());
            assert!(glyphs.iter().all(|g| g.glyph_id.to_u32() != 0));
            let width: f32 = glyphs.iter().map(|g| g.x_advance).sum();
            let metrics = if bold {
                FontMetrics::bold()
            } else {
                FontMetrics::regular()
            };
            assert!((width - metrics.width(text, 1.0)).abs() < 1e-4, "{text}");
            // Every character keeps its place in the text, for copying and reading aloud.
            let covered: usize = glyphs.iter().map(|g| g.text_range.len()).sum();
            assert_eq!(covered, text.len());
        }
    }
}
