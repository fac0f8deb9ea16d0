//! Text measurement for boxes: glyph advances of the bundled Noto Sans, read once, and a greedy
//! word wrap. No shaping: for Latin text (Finnish, Swedish, English) advances are what a shaper
//! would give, and the layout only needs widths.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

/// The bundled regular face (SIL Open Font License, see `assets/fonts/OFL.txt`).
pub static NOTO_SANS_REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
/// The bundled bold face.
pub static NOTO_SANS_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");

/// Characters below this code point are looked up in a flat table (Latin, with ä ö å).
const FAST: usize = 0x250;

/// A byte that [`Wrap::words`] leaves to the general wrap (a control character, another lead
/// byte than `0xC3`): so large that a word holding one is always over the limit.
const ODD: u64 = 1 << 40;

/// The table of [`FontMetrics::bytes`] from the advances of U+0000–U+00FF.
fn byte_table(fast: &[u32]) -> [u64; 256] {
    let mut table = [ODD; 256];
    for (b, slot) in table.iter_mut().enumerate() {
        let advance = |c: usize| fast.get(c).map_or(ODD, |&a| u64::from(a));
        *slot = match b {
            0x20..=0x7e => advance(b),
            0x80..=0xbf => advance(0xc0 + (b - 0x80)),
            0xc3 => 0,
            _ => ODD,
        };
    }
    table
}

/// Advance widths of one face, in font units: sums of them are exact, so a line measures the
/// same however it was put together.
#[derive(Debug)]
pub struct FontMetrics {
    /// The first 128 of `fast`, where a byte indexes without a bounds check.
    ascii: [u32; 128],
    /// Per byte of UTF-8, for [`Wrap::words`]: ASCII characters their advance; a continuation
    /// byte the advance of the character it ends after the lead byte `0xC3` (U+00C0–U+00FF:
    /// ä, ö, å, é, ...), that lead byte 0; and [`ODD`] for every other byte, which sends the text
    /// the general way.
    bytes: [u64; 256],
    fast: Vec<u32>,
    other: HashMap<char, u32>,
    /// Advance of a character the face lacks (drawn by a fallback font).
    missing: u32,
    units_per_em: f32,
}

impl FontMetrics {
    fn from_bytes(bytes: &[u8]) -> FontMetrics {
        // The bundled faces always parse (a test checks); an empty table would only mean
        // every character measures as `missing`.
        let Ok(face) = ttf_parser::Face::parse(bytes, 0) else {
            return FontMetrics {
                ascii: [550; 128],
                bytes: byte_table(&[550; 256]),
                fast: vec![550; FAST],
                other: HashMap::new(),
                missing: 550,
                units_per_em: 1000.0,
            };
        };
        let advance = |c: char| {
            face.glyph_index(c)
                .and_then(|g| face.glyph_hor_advance(g))
                .map(u32::from)
        };
        let missing = advance('0').unwrap_or(550);
        let fast: Vec<u32> = (0..FAST)
            .map(|i| {
                char::from_u32(u32::try_from(i).unwrap_or(0))
                    .and_then(advance)
                    .unwrap_or(missing)
            })
            .collect();
        let mut ascii = [missing; 128];
        for (slot, units) in ascii.iter_mut().zip(&fast) {
            *slot = *units;
        }
        let mut other = HashMap::new();
        if let Some(cmap) = face.tables().cmap {
            for subtable in cmap.subtables.into_iter().filter(|s| s.is_unicode()) {
                subtable.codepoints(|cp| {
                    if let Some(c) = char::from_u32(cp).filter(|c| (*c as usize) >= FAST)
                        && let Some(a) = advance(c)
                    {
                        other.insert(c, a);
                    }
                });
            }
        }
        FontMetrics {
            ascii,
            bytes: byte_table(&fast),
            fast,
            other,
            missing,
            units_per_em: f32::from(face.units_per_em()),
        }
    }

    /// The bundled regular face.
    #[must_use]
    pub fn regular() -> &'static FontMetrics {
        static METRICS: OnceLock<FontMetrics> = OnceLock::new();
        METRICS.get_or_init(|| FontMetrics::from_bytes(NOTO_SANS_REGULAR))
    }

    /// The bundled bold face.
    #[must_use]
    pub fn bold() -> &'static FontMetrics {
        static METRICS: OnceLock<FontMetrics> = OnceLock::new();
        METRICS.get_or_init(|| FontMetrics::from_bytes(NOTO_SANS_BOLD))
    }

    fn units(&self, c: char) -> u64 {
        let units = match self.fast.get(c as usize) {
            Some(a) => *a,
            None => self.other.get(&c).copied().unwrap_or(self.missing),
        };
        u64::from(units)
    }

    /// The advance of an ASCII byte.
    fn ascii_units(&self, b: u8) -> u64 {
        u64::from(self.ascii[usize::from(b & 0x7f)])
    }

    #[allow(clippy::cast_precision_loss)] // A line's units are far below f32's exact range.
    fn to_width(&self, units: u64, size: f32) -> f32 {
        units as f32 / self.units_per_em * size
    }

    /// The advance of one character, in em.
    #[must_use]
    pub fn advance(&self, c: char) -> f32 {
        self.to_width(self.units(c), 1.0)
    }

    /// The width of `text` at `size`.
    #[must_use]
    pub fn width(&self, text: &str, size: f32) -> f32 {
        self.to_width(text.chars().map(|c| self.units(c)).sum(), size)
    }

    /// `text` wrapped at word boundaries to lines no wider than `max_width` at `size`, at most
    /// `max_lines` of them; the last line ends in `…` when text was cut. A word longer than a
    /// line is broken where it must be.
    #[must_use]
    pub fn wrap(&self, text: &str, size: f32, max_width: f32, max_lines: usize) -> Vec<String> {
        let mut out = String::new();
        let mut lines = Vec::new();
        self.wrap_into(text, size, max_width, max_lines, &mut out, &mut lines);
        lines
            .into_iter()
            .map(|(range, _)| out.get(range).unwrap_or_default().to_owned())
            .collect()
    }

    /// Like [`Self::wrap`], appending the lines to `out` and each line's place in it and width
    /// at `size` to `lines`.
    pub fn wrap_into(
        &self,
        text: &str,
        size: f32,
        max_width: f32,
        max_lines: usize,
        out: &mut String,
        lines: &mut Vec<(Range<usize>, f32)>,
    ) {
        // Whole units: a line of `u` units fits when `u <= limit`, that is `u <= floor(limit)`.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let limit = (max_width / size * self.units_per_em).floor().max(0.0) as u64;
        let wrap = Wrap {
            metrics: self,
            size,
            limit,
            max_lines: max_lines.max(1),
        };
        let (out_len, lines_len) = (out.len(), lines.len());
        if wrap.words(text, out, lines).is_some() {
            return;
        }
        out.truncate(out_len);
        lines.truncate(lines_len);
        if wrap.plain(text, out, lines).is_none() {
            // Other white space than single spaces between words: wrapped as if it were.
            out.truncate(out_len);
            lines.truncate(lines_len);
            let words: Vec<&str> = text
                .split(|c: char| c.is_whitespace() && !no_break(c))
                .filter(|w| !w.is_empty())
                .collect();
            wrap.plain(&words.join(" "), out, lines);
        }
    }
}

/// A space a line never breaks at: the one that groups a figure's thousands keeps `52 000 €`
/// on one line.
fn no_break(c: char) -> bool {
    matches!(c, '\u{a0}' | '\u{2007}' | '\u{202f}')
}

/// One greedy word wrap.
struct Wrap<'a> {
    metrics: &'a FontMetrics,
    size: f32,
    /// The widest line, in font units.
    limit: u64,
    max_lines: usize,
}

impl Wrap<'_> {
    fn over(&self, units: u64) -> bool {
        units > self.limit
    }

    /// Wraps text of ASCII and U+00C0–U+00FF whose words are separated by single spaces and
    /// fit on a line each, into at most `max_lines` lines, a word at a time: the common case,
    /// measured byte by byte without decoding. `None` (having written some lines) for any
    /// other text; [`Wrap::plain`] gives the same lines where both apply.
    fn words(
        &self,
        text: &str,
        out: &mut String,
        lines: &mut Vec<(Range<usize>, f32)>,
    ) -> Option<()> {
        let table = &self.metrics.bytes;
        let space = table[usize::from(b' ')];
        let bytes = text.as_bytes();
        let mut count = 1;
        // The current line is text[start..end], `w` units wide.
        let (mut start, mut end, mut w) = (0, 0, 0u64);
        let mut i = 0;
        loop {
            let mut word = 0u64;
            let mut j = i;
            while let Some(&b) = bytes.get(j)
                && b != b' '
            {
                // Saturating: a word of millions of odd bytes stays over the limit.
                word = word.saturating_add(table[usize::from(b)]);
                j += 1;
            }
            // An empty word is a space at either end or two in a row; a word over the limit
            // (or holding an odd byte) must be broken or decoded.
            if j == i || self.over(word) {
                return None;
            }
            if end == start {
                w = word;
            } else if !self.over(w + space + word) {
                w += space + word;
            } else {
                if count == self.max_lines {
                    return None;
                }
                self.emit(text.get(start..end)?, w, out, lines);
                count += 1;
                start = i;
                w = word;
            }
            end = j;
            if j == bytes.len() {
                break;
            }
            i = j + 1;
        }
        self.emit(text.get(start..end)?, w, out, lines);
        Some(())
    }

    /// Wraps text whose words are separated by single spaces, in one pass; `None` (having
    /// written some lines) for any other text, but the empty one.
    fn plain(
        &self,
        text: &str,
        out: &mut String,
        lines: &mut Vec<(Range<usize>, f32)>,
    ) -> Option<()> {
        if text.is_empty() {
            return Some(());
        }
        if text.starts_with(' ') || text.ends_with(' ') {
            return None;
        }
        let m = self.metrics;
        let space = m.units(' ');
        let mut count = 1;
        // The current line is text[start..], `w` units wide up to the character at hand;
        // `gap` is its last space and the width before it.
        let mut start = 0;
        let mut w = 0u64;
        let mut gap: Option<(usize, u64)> = None;
        let mut after_space = false;
        let bytes = text.as_bytes();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            // ASCII, nearly all of a Nordic name, is read byte by byte; other characters are
            // decoded where they start.
            let (a, step) = if b < 0x80 {
                if b == b' ' {
                    if after_space {
                        return None;
                    }
                    after_space = true;
                    gap = Some((i, w));
                    w += space;
                    i += 1;
                    continue;
                }
                if b.is_ascii_whitespace() || b == 0x0b {
                    return None;
                }
                (m.ascii_units(b), 1)
            } else {
                let c = text.get(i..).and_then(|rest| rest.chars().next())?;
                if c.is_whitespace() && !no_break(c) {
                    return None;
                }
                (m.units(c), c.len_utf8())
            };
            after_space = false;
            while self.over(w + a) && i > start {
                // The line ends at its last space, or the word is broken before `c`.
                let (end, width, next, carried) = match gap.take() {
                    Some((at, before)) => (at, before, at + 1, w - before - space),
                    None => (i, w, i, 0),
                };
                let line = text.get(start..end).unwrap_or_default();
                if count == self.max_lines {
                    self.cut(line, out, lines);
                    return Some(());
                }
                self.emit(line, width, out, lines);
                count += 1;
                start = next;
                w = carried;
            }
            w += a;
            i += step;
        }
        self.emit(text.get(start..).unwrap_or_default(), w, out, lines);
        Some(())
    }

    fn emit(&self, line: &str, units: u64, out: &mut String, lines: &mut Vec<(Range<usize>, f32)>) {
        let at = out.len();
        out.push_str(line);
        lines.push((at..out.len(), self.metrics.to_width(units, self.size)));
    }

    /// The last line of text that goes on: as much of it as fits with `…` after it.
    fn cut(&self, line: &str, out: &mut String, lines: &mut Vec<(Range<usize>, f32)>) {
        let m = self.metrics;
        let ellipsis = m.units('…');
        let mut w: u64 = line.chars().map(|c| m.units(c)).sum();
        let mut keep = line;
        while self.over(w + ellipsis) {
            let Some(c) = keep.chars().next_back() else {
                break;
            };
            w -= m.units(c);
            keep = keep.get(..keep.len() - c.len_utf8()).unwrap_or_default();
        }
        let trimmed = keep.trim_end();
        let w = trimmed.chars().map(|c| m.units(c)).sum::<u64>() + ellipsis;
        let at = out.len();
        out.push_str(trimmed);
        out.push('…');
        lines.push((at..out.len(), m.to_width(w, self.size)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_faces_cover_nordic_letters() {
        let face = ttf_parser::Face::parse(NOTO_SANS_REGULAR, 0).unwrap();
        for c in "äöåÄÖÅ€§–…”".chars() {
            assert!(face.glyph_index(c).is_some(), "{c}");
        }
        assert!(ttf_parser::Face::parse(NOTO_SANS_BOLD, 0).is_ok());
        let m = FontMetrics::regular();
        assert!(m.width("mmm", 10.0) > m.width("iii", 10.0));
        assert!(FontMetrics::bold().width("Kasvun tuki", 10.0) > m.width("Kasvun tuki", 10.0));
    }

    #[test]
    fn wraps_to_at_most_three_lines_with_an_ellipsis() {
        let m = FontMetrics::regular();
        let long = "Kasvatuksen ja opetuksen toimialan yhteiset kehittämis- ja arviointipalvelut, \
                    osa-aikainen 60 %, konsultoiva alueellinen tuki ja ohjaus";
        let lines = m.wrap(long, 10.0, 140.0, 3);
        assert_eq!(lines.len(), 3);
        assert!(lines[2].ends_with('…'), "{lines:?}");
        for line in &lines {
            assert!(m.width(line, 10.0) <= 140.0 + 0.01, "{line}");
        }
        assert_eq!(
            m.wrap("Nuorisopalvelut", 10.0, 140.0, 3),
            vec!["Nuorisopalvelut"]
        );
        assert_eq!(
            m.wrap("  Kasvun\ttuki \n ja  ohjaus ", 10.0, 140.0, 3),
            vec!["Kasvun tuki ja ohjaus"]
        );
        assert!(m.wrap(" \t ", 10.0, 140.0, 3).is_empty());
        let word = "Perusopetuslukiokoulutusvarhaiskasvatusnuorisopalvelut";
        let broken = m.wrap(word, 10.0, 60.0, 3);
        assert!(broken.len() > 1 && broken.iter().all(|l| m.width(l, 10.0) <= 60.01));
    }

    /// The lines of `text` by [`Wrap::plain`] alone, with its fallback for odd white space.
    fn plain_lines(
        m: &FontMetrics,
        text: &str,
        max_width: f32,
        max_lines: usize,
    ) -> Vec<(String, f32)> {
        let size = 9.0;
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let limit = (max_width / size * m.units_per_em).floor().max(0.0) as u64;
        let wrap = Wrap {
            metrics: m,
            size,
            limit,
            max_lines,
        };
        let (mut out, mut lines) = (String::new(), Vec::new());
        if wrap.plain(text, &mut out, &mut lines).is_none() {
            out.clear();
            lines.clear();
            let words: Vec<&str> = text
                .split(|c: char| c.is_whitespace() && !no_break(c))
                .filter(|w| !w.is_empty())
                .collect();
            wrap.plain(&words.join(" "), &mut out, &mut lines);
        }
        lines
            .into_iter()
            .map(|(r, w)| (out[r].to_owned(), w))
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn word_at_a_time_wraps_as_char_at_a_time(
            text in "[a-zA-Z0-9äöåÄÖÅé§ ]{0,90}|[a-zäö \t\u{a0}…-]{0,60}",
            max_width in 20.0f32..200.0,
            max_lines in 1usize..4,
        ) {
            for m in [FontMetrics::regular(), FontMetrics::bold()] {
                let (mut out, mut lines) = (String::new(), Vec::new());
                m.wrap_into(&text, 9.0, max_width, max_lines, &mut out, &mut lines);
                let got: Vec<(String, f32)> =
                    lines.into_iter().map(|(r, w)| (out[r].to_owned(), w)).collect();
                proptest::prop_assert_eq!(got, plain_lines(m, &text, max_width, max_lines));
            }
        }
    }
}
