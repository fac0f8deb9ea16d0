//! Text measurement for boxes: glyph advances of the bundled Noto Sans, read once, and a greedy
//! word wrap. No shaping: for Latin text (Finnish, Swedish, English) advances are what a shaper
//! would give, and the layout only needs widths.

use std::collections::HashMap;
use std::sync::OnceLock;

/// The bundled regular face (SIL Open Font License, see `assets/fonts/OFL.txt`).
pub static NOTO_SANS_REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
/// The bundled bold face.
pub static NOTO_SANS_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");

/// Characters below this code point are looked up in a flat table (Latin, with ä ö å).
const FAST: usize = 0x250;

/// Advance widths of one face, in em.
#[derive(Debug)]
pub struct FontMetrics {
    fast: Vec<f32>,
    other: HashMap<char, f32>,
    /// Advance of a character the face lacks (drawn by a fallback font).
    missing: f32,
}

impl FontMetrics {
    fn from_bytes(bytes: &[u8]) -> FontMetrics {
        // The bundled faces always parse (a test checks); an empty table would only mean
        // every character measures as `missing`.
        let Ok(face) = ttf_parser::Face::parse(bytes, 0) else {
            return FontMetrics {
                fast: vec![0.55; FAST],
                other: HashMap::new(),
                missing: 0.55,
            };
        };
        let upem = f32::from(face.units_per_em());
        let advance = |c: char| {
            face.glyph_index(c)
                .and_then(|g| face.glyph_hor_advance(g))
                .map(|a| f32::from(a) / upem)
        };
        let missing = advance('0').unwrap_or(0.55);
        let fast = (0..FAST)
            .map(|i| {
                char::from_u32(u32::try_from(i).unwrap_or(0))
                    .and_then(advance)
                    .unwrap_or(missing)
            })
            .collect();
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
            fast,
            other,
            missing,
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

    /// The advance of one character, in em.
    #[must_use]
    pub fn advance(&self, c: char) -> f32 {
        match self.fast.get(c as usize) {
            Some(a) => *a,
            None => self.other.get(&c).copied().unwrap_or(self.missing),
        }
    }

    /// The width of `text` at `size`.
    #[must_use]
    pub fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.advance(c)).sum::<f32>() * size
    }

    /// `text` wrapped at word boundaries to lines no wider than `max_width` at `size`, at most
    /// `max_lines` of them; the last line ends in `…` when text was cut. A word longer than a
    /// line is broken where it must be.
    #[must_use]
    pub fn wrap(&self, text: &str, size: f32, max_width: f32, max_lines: usize) -> Vec<String> {
        self.wrap_measured(text, size, max_width, max_lines)
            .into_iter()
            .map(|(line, _)| line)
            .collect()
    }

    /// Like [`Self::wrap`], with each line's width at `size`.
    #[must_use]
    pub fn wrap_measured(
        &self,
        text: &str,
        size: f32,
        max_width: f32,
        max_lines: usize,
    ) -> Vec<(String, f32)> {
        let limit = max_width / size;
        // Most names fit on one line as they are: measure once and keep them.
        let plain = !text.is_empty()
            && !text.starts_with(' ')
            && !text.ends_with(' ')
            && !text.contains("  ")
            && !text.contains(|c: char| c.is_whitespace() && c != ' ');
        if plain {
            let w: f32 = text.chars().map(|c| self.advance(c)).sum();
            if w <= limit {
                return vec![(text.to_owned(), w * size)];
            }
        }
        let space = self.advance(' ');
        let mut lines: Vec<String> = Vec::new();
        let mut line = String::new();
        let mut line_w = 0.0f32;
        let mut cut = false;
        'words: for word in text.split_whitespace() {
            let word_w: f32 = word.chars().map(|c| self.advance(c)).sum();
            let extra = if line.is_empty() {
                word_w
            } else {
                space + word_w
            };
            if line_w + extra <= limit {
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(word);
                line_w += extra;
                continue;
            }
            if !line.is_empty() {
                if lines.len() + 1 == max_lines {
                    cut = true;
                    break 'words;
                }
                lines.push(std::mem::take(&mut line));
                line_w = 0.0;
            }
            // The word starts a line; break it if it alone is too wide.
            for c in word.chars() {
                let a = self.advance(c);
                if line_w + a > limit && !line.is_empty() {
                    if lines.len() + 1 == max_lines {
                        cut = true;
                        break 'words;
                    }
                    lines.push(std::mem::take(&mut line));
                    line_w = 0.0;
                }
                line.push(c);
                line_w += a;
            }
        }
        if !line.is_empty() {
            lines.push(line);
        }
        if cut && let Some(last) = lines.last_mut() {
            let ellipsis = self.advance('…');
            let mut w: f32 = last.chars().map(|c| self.advance(c)).sum();
            while w + ellipsis > limit {
                let Some(c) = last.pop() else { break };
                w -= self.advance(c);
            }
            let trimmed = last.trim_end().len();
            last.truncate(trimmed);
            last.push('…');
        }
        lines
            .into_iter()
            .map(|line| {
                let w = self.width(&line, size);
                (line, w)
            })
            .collect()
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
        let word = "Perusopetuslukiokoulutusvarhaiskasvatusnuorisopalvelut";
        let broken = m.wrap(word, 10.0, 60.0, 3);
        assert!(broken.len() > 1 && broken.iter().all(|l| m.width(l, 10.0) <= 60.01));
    }
}
