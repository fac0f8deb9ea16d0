//! The window's fonts: the chart is drawn in the same Noto Sans the layout measures and the
//! exports embed, so a name that fits its box in a PDF fits it on screen too.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

use crate::layout::{NOTO_SANS_BOLD, NOTO_SANS_REGULAR};

/// The family of the chart's bold headings.
pub const BOLD: &str = "orgplan_bold";

/// Puts Noto Sans first in the proportional family (egui's own fonts stay behind it for the
/// glyphs Noto lacks) and adds the bold family. Fonts take effect from the next pass.
pub fn install(ctx: &egui::Context) {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        "noto_sans".to_owned(),
        Arc::new(FontData::from_static(NOTO_SANS_REGULAR)),
    );
    fonts.font_data.insert(
        "noto_sans_bold".to_owned(),
        Arc::new(FontData::from_static(NOTO_SANS_BOLD)),
    );
    let fallbacks = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    if let Some(proportional) = fonts.families.get_mut(&FontFamily::Proportional) {
        proportional.insert(0, "noto_sans".to_owned());
    }
    let mut bold = vec!["noto_sans_bold".to_owned()];
    bold.extend(fallbacks);
    fonts.families.insert(FontFamily::Name(BOLD.into()), bold);
    ctx.set_fonts(fonts);
}

/// Whether [`install`] has taken effect (a bold family that is not bound would panic).
#[must_use]
pub fn bold_ready(ctx: &egui::Context) -> bool {
    ctx.fonts(|f| f.families().contains(&FontFamily::Name(BOLD.into())))
}
