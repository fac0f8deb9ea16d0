//! The chart's colours on screen, for the light and the dark theme, and the WCAG contrast that
//! tests hold them to. Boxes keep the exports' paper colours in both themes (their text is dark
//! on light); the canvas behind them, the lines and the selection follow the theme.

use egui::Color32;

use crate::model::{NodeKind, PostStatus};

/// The colours of one theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    /// Behind the chart.
    pub background: Color32,
    /// Structure lines.
    pub line: Color32,
    /// Dashed serves lines.
    pub serves: Color32,
    /// Names in boxes.
    pub text: Color32,
    /// Smaller notes in boxes.
    pub note: Color32,
    /// Box outlines.
    pub outline: Color32,
    /// The outline of an abolished post.
    pub abolished: Color32,
    /// The selected boxes' outline.
    pub selection: Color32,
    /// The outline of the boxes on the path from the selected box to its root.
    pub path: Color32,
    /// A drop target that takes the dragged boxes.
    pub drop_ok: Color32,
    /// A drop target that refuses them.
    pub drop_refused: Color32,
}

const fn hex(rgb: u32) -> Color32 {
    Color32::from_rgb((rgb >> 16) as u8, (rgb >> 8) as u8, rgb as u8)
}

impl Palette {
    /// The palette for a dark or a light theme.
    #[must_use]
    pub const fn new(dark: bool) -> Palette {
        if dark {
            Palette {
                background: hex(0x1d_2125),
                line: hex(0xb0_bec5),
                serves: hex(0x90_caf9),
                text: hex(0x21_2121),
                note: hex(0x42_4242),
                outline: hex(0x37_474f),
                abolished: hex(0xb7_1c1c),
                selection: hex(0x64_b5f6),
                path: hex(0xff_b74d),
                drop_ok: hex(0x81_c784),
                drop_refused: hex(0xef_9a9a),
            }
        } else {
            Palette {
                background: hex(0xf5_f7f9),
                line: hex(0x45_5a64),
                serves: hex(0x15_65c0),
                text: hex(0x21_2121),
                note: hex(0x42_4242),
                outline: hex(0x37_474f),
                abolished: hex(0xb7_1c1c),
                selection: hex(0x0d_47a1),
                // Amber, not red: the path is a highlight, not an error.
                path: hex(0x7a_5c00),
                drop_ok: hex(0x2e_7d32),
                drop_refused: hex(0xb7_1c1c),
            }
        }
    }

    /// A box's fill, as in the exports.
    #[must_use]
    pub const fn fill(kind: NodeKind, status: PostStatus) -> Color32 {
        match status {
            PostStatus::LeftUnfilled | PostStatus::Abolished => hex(0xf2_f2f2),
            _ => match kind {
                NodeKind::Organisation => hex(0xd6_e4f0),
                NodeKind::Unit => hex(0xe3_eef8),
                NodeKind::Team => hex(0xe4_f2e5),
                NodeKind::Position => hex(0xff_ffff),
                NodeKind::Group => hex(0xff_f4d6),
            },
        }
    }
}

/// The WCAG 2 contrast ratio of two colours (1 to 21).
#[must_use]
pub fn contrast(a: Color32, b: Color32) -> f32 {
    let luminance = |c: Color32| {
        let channel = |v: u8| {
            let v = f32::from(v) / 255.0;
            if v <= 0.039_28 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
    };
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}
