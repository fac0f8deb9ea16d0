//! The committee pack: one document a committee can decide on, made from two scenarios of a
//! plan. `content.rs` says what it holds (cover and decision record, summary, the charts
//! before and after with the changes marked, the numbered changes, the figures tables, the
//! problems still open, the notes), `document.rs` is its shape, and each format writes that
//! shape (`pdf/`: tagged PDF/UA for print; `html.rs`: one self-contained page; `docx.rs`: a
//! Word document). In one or several languages (`fi,sv` for a
//! bilingual municipality: everything in Finnish, then in Swedish), and without personal data
//! when asked.

mod content;
mod document;
mod docx;
mod html;
mod pdf;

pub use document::{Block, ChartBlock, Document, Part, Row, Table};
pub use docx::docx;
pub use html::html;
pub use pdf::pdf;

use crate::analysis::CheckOptions;
use crate::compare::{diff, figures};
use crate::export::ExportError;
use crate::i18n::{Lang, s, tr, tr_args};
use crate::model::{Date, Plan};

/// What the pack compares and how it is made.
#[derive(Clone, Debug, PartialEq)]
pub struct PackOptions {
    /// The scenario the pack compares from, by id or name.
    pub from: String,
    /// The scenario it proposes, by id or name.
    pub to: String,
    /// Its languages, in order (at least one).
    pub langs: Vec<Lang>,
    /// Leave out holders, contacts, presenters and every personal field.
    pub redact: bool,
    /// The day the pack is made (fixed, so that the same plan gives the same bytes).
    pub made: Date,
    /// How the checks judge span of control.
    pub checks: CheckOptions,
    /// The paper the pack prints on: its charts are arranged to fit a portrait page of it
    /// (and, for the PDF, a landscape one, for a chart that takes fewer pages so).
    pub paper: PackPaper,
    /// The confidentiality class printed on every page (`None`: public when redacted, else
    /// for internal use, as it holds personal data).
    pub class: Option<String>,
}

/// The paper of a printed pack.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PackPaper {
    /// ISO A4.
    #[default]
    A4,
    /// ISO A3, for large charts.
    A3,
}

impl PackPaper {
    /// The paper as the chart exports know it.
    #[must_use]
    pub fn paper(self) -> crate::export::Paper {
        match self {
            PackPaper::A4 => crate::export::Paper::A4,
            PackPaper::A3 => crate::export::Paper::A3,
        }
    }

    /// Its name in CSS (`@page { size: A4 }`).
    #[must_use]
    pub fn css(self) -> &'static str {
        match self {
            PackPaper::A4 => "A4",
            PackPaper::A3 => "A3",
        }
    }
}

/// The formats a pack is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PackFormat {
    /// Tagged PDF/UA, for printing and filing.
    Pdf,
    /// One self-contained HTML page, for the web and a phone.
    Html,
    /// A Word document, for the case-management system where minutes are drafted.
    Docx,
}

impl PackFormat {
    /// Every format, in menu order.
    pub const ALL: [PackFormat; 3] = [PackFormat::Pdf, PackFormat::Html, PackFormat::Docx];

    /// The file name extension.
    #[must_use]
    pub fn extension(self) -> &'static str {
        match self {
            PackFormat::Pdf => "pdf",
            PackFormat::Html => "html",
            PackFormat::Docx => "docx",
        }
    }

    /// The format a file name asks for by its extension, if any.
    #[must_use]
    pub fn of(path: &std::path::Path) -> Option<PackFormat> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "pdf" => Some(PackFormat::Pdf),
            "html" | "htm" => Some(PackFormat::Html),
            "docx" => Some(PackFormat::Docx),
            _ => None,
        }
    }
}

/// `document` written in `format`.
///
/// # Errors
/// When the PDF or the Word document's pictures cannot be drawn, or the PDF does not validate.
pub fn write(document: &Document, format: PackFormat) -> Result<Vec<u8>, ExportError> {
    match format {
        PackFormat::Pdf => pdf(document),
        PackFormat::Html => Ok(html(document).into_bytes()),
        PackFormat::Docx => docx(document),
    }
}

/// Why no pack was made.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum PackError {
    /// A scenario is not in the plan.
    NoScenario {
        /// The one asked for.
        name: String,
        /// The plan's scenarios, by id.
        allowed: String,
    },
    /// No language was asked for.
    NoLanguage,
}

impl PackError {
    /// What went wrong, in `lang`.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        match self {
            PackError::NoScenario { name, allowed } => tr_args(
                lang,
                "cli-unknown-scenario",
                &[("name", s(name)), ("allowed", s(allowed))],
            ),
            PackError::NoLanguage => tr(lang, "pack-no-language"),
        }
    }
}

/// The pack comparing `options.from` with `options.to` of `plan`.
///
/// # Errors
/// When a scenario is not in the plan or no language is asked for.
pub fn pack(plan: &Plan, options: &PackOptions) -> Result<Document, PackError> {
    let Some(&first) = options.langs.first() else {
        return Err(PackError::NoLanguage);
    };
    let public;
    let plan = if options.redact {
        public = plan.redacted();
        &public
    } else {
        plan
    };
    let find = |name: &str| {
        plan.find_scenario(name).ok_or_else(|| {
            let ids: Vec<&str> = plan
                .scenarios()
                .iter()
                .map(|s| s.meta.id.as_str())
                .collect();
            PackError::NoScenario {
                name: name.to_owned(),
                allowed: ids.join(", "),
            }
        })
    };
    let (before, after) = (find(&options.from)?, find(&options.to)?);
    let changes = diff(before, after);
    let span_limit = options.checks.span_limit;
    let figures = [figures(before, span_limit), figures(after, span_limit)];
    let inputs = content::Inputs {
        plan,
        before,
        after,
        changes: &changes,
        figures: &figures,
        made: options.made,
        paper: options.paper,
        redact: options.redact,
        checks: &options.checks,
    };
    // A language asked for twice is one part: its charts' ids would clash.
    let mut langs: Vec<Lang> = Vec::with_capacity(options.langs.len());
    for &lang in &options.langs {
        if !langs.contains(&lang) {
            langs.push(lang);
        }
    }
    let parts = langs
        .iter()
        .map(|&lang| content::part(&inputs, lang))
        .collect();
    let title = tr_args(
        first,
        "pack-title",
        &[
            ("plan", s(plan.name.show(first))),
            ("scenario", s(after.meta.name.show(first))),
        ],
    );
    let class = options.class.clone().unwrap_or_else(|| {
        let key = if options.redact {
            "pack-class-public"
        } else {
            "pack-class-internal"
        };
        options
            .langs
            .iter()
            .map(|&lang| tr(lang, key))
            .collect::<Vec<_>>()
            .join(" / ")
    });
    Ok(Document {
        title,
        class,
        paper: options.paper,
        parts,
    })
}
