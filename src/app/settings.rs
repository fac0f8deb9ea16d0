//! What the window remembers between runs: the language, the recent files, the chart's
//! compact-leaves choice, the colours, and the export's paper and redaction. eframe keeps them with the window's size and the panels' widths in
//! its storage file.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

/// The key of the settings in eframe's storage.
pub const KEY: &str = "orgplan_settings";

/// How many recent files the File menu lists.
pub const RECENT: usize = 8;

/// The remembered settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The language last chosen in the window.
    pub lang: Option<Lang>,
    /// Files opened or saved, the latest first.
    pub recent: Vec<PathBuf>,
    /// Whether the chart stacks long rows of leaves in columns.
    pub compact_leaves: bool,
    /// Light, dark, or as the system says.
    pub theme: Theme,
    /// The paper PDF and PNG exports are printed on.
    pub export_paper: ExportPaper,
    /// Whether exports leave out holders' names and every field marked personal.
    pub export_redact: bool,
    /// Whether the chart is arranged to fit the export paper (as the exports are), in the window
    /// too.
    pub fit_to_paper: bool,
}

/// The paper of the window's exports, as remembered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExportPaper {
    /// ISO A4.
    A4,
    /// ISO A3.
    #[default]
    A3,
    /// One page the size of the chart.
    Fit,
}

impl ExportPaper {
    /// Every choice, in menu order.
    pub const ALL: [ExportPaper; 3] = [ExportPaper::A4, ExportPaper::A3, ExportPaper::Fit];

    /// The catalogue key of its menu label.
    #[must_use]
    pub fn label_key(self) -> &'static str {
        match self {
            ExportPaper::A4 => "paper-a4",
            ExportPaper::A3 => "paper-a3",
            ExportPaper::Fit => "paper-fit",
        }
    }

    /// As the export takes it.
    #[must_use]
    pub fn paper(self) -> crate::export::Paper {
        match self {
            ExportPaper::A4 => crate::export::Paper::A4,
            ExportPaper::A3 => crate::export::Paper::A3,
            ExportPaper::Fit => crate::export::Paper::Fit,
        }
    }
}

/// The window's colours.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    /// As the system says.
    #[default]
    System,
    /// Dark text on light.
    Light,
    /// Light text on dark.
    Dark,
}

impl Theme {
    /// Every choice, in menu order.
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// The catalogue key of its menu label.
    #[must_use]
    pub fn label_key(self) -> &'static str {
        match self {
            Theme::System => "theme-system",
            Theme::Light => "theme-light",
            Theme::Dark => "theme-dark",
        }
    }

    /// As egui takes it.
    #[must_use]
    pub fn preference(self) -> egui::ThemePreference {
        match self {
            Theme::System => egui::ThemePreference::System,
            Theme::Light => egui::ThemePreference::Light,
            Theme::Dark => egui::ThemePreference::Dark,
        }
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            lang: None,
            recent: Vec::new(),
            compact_leaves: true,
            theme: Theme::System,
            export_paper: ExportPaper::A3,
            export_redact: false,
            fit_to_paper: false,
        }
    }
}

impl Settings {
    /// Puts a file first in the recent list (once), keeping the list short.
    pub fn remember(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_owned());
        self.recent.truncate(RECENT);
    }

    /// The settings as RON, the way eframe stores them.
    #[must_use]
    pub fn to_ron(&self) -> String {
        ron::to_string(self).unwrap_or_default()
    }

    /// Settings read back from RON; what cannot be read falls back to the defaults, so a
    /// damaged settings file never keeps the window from opening.
    #[must_use]
    pub fn from_ron(text: &str) -> Settings {
        ron::from_str(text).unwrap_or_default()
    }
}
