//! How a staff list's columns fill orgplan's fields: the data a plan keeps, so that the next
//! import of the same HR export maps its columns the same way (guessing and applying it are
//! [`crate::staff`]'s).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

/// A field of orgplan a staff list's column can fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Target {
    /// The post's id (vacancy number).
    Id,
    /// The post's title, in Finnish (or the list's language).
    Title,
    /// The post's title in Swedish.
    TitleSv,
    /// The post's title in English.
    TitleEn,
    /// The holder's name.
    Holder,
    /// The unit the post is in, as a path "Area / Unit / Team" or one name.
    Unit,
    /// The supervisor's post id.
    Supervisor,
    /// Full-time equivalents, a fraction (`0,8`) or a percentage (`80 %`).
    Fte,
    /// Working time as a percentage (`80`): FTE × 100.
    FtePercent,
    /// Number of people.
    Headcount,
    /// Monthly cost or salary.
    MonthlyCost,
    /// Annual cost.
    AnnualCost,
    /// Cost centre.
    CostCentre,
    /// Core work or administration.
    Work,
    /// Filled, vacant, ...
    Status,
}

impl Target {
    /// Every target, in the order a mapping lists them.
    pub const ALL: [Target; 15] = [
        Target::Id,
        Target::Title,
        Target::TitleSv,
        Target::TitleEn,
        Target::Holder,
        Target::Unit,
        Target::Supervisor,
        Target::Fte,
        Target::FtePercent,
        Target::Headcount,
        Target::MonthlyCost,
        Target::AnnualCost,
        Target::CostCentre,
        Target::Work,
        Target::Status,
    ];

    /// Its code in the mapping file and in messages.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Target::Id => "id",
            Target::Title => "title",
            Target::TitleSv => "title_sv",
            Target::TitleEn => "title_en",
            Target::Holder => "holder",
            Target::Unit => "unit",
            Target::Supervisor => "supervisor",
            Target::Fte => "fte",
            Target::FtePercent => "fte_percent",
            Target::Headcount => "headcount",
            Target::MonthlyCost => "monthly_cost",
            Target::AnnualCost => "annual_cost",
            Target::CostCentre => "cost_centre",
            Target::Work => "work",
            Target::Status => "status",
        }
    }
}

/// How a staff list's columns become a plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    /// The workbook's sheet (`None`: the first; text files have none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    /// The language the list's names and titles are in (`None`: guessed from its headers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<Lang>,
    /// Each field and the header of the column that fills it.
    pub columns: BTreeMap<Target, String>,
    /// What separates the levels of a unit path ("Perusopetus / Kolhon koulu").
    #[serde(default = "default_separator")]
    pub unit_separator: String,
    /// What a monthly cost is multiplied by to make the annual cost orgplan keeps (12 months;
    /// more when it should carry holiday pay and employer's costs).
    #[serde(default = "default_months")]
    pub months_a_year: f64,
    /// Capacity measures: each measure's key and the header of its column.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub capacity: BTreeMap<String, String>,
}

fn default_separator() -> String {
    "/".to_owned()
}

fn default_months() -> f64 {
    12.0
}

impl Default for Mapping {
    fn default() -> Self {
        Mapping {
            sheet: None,
            language: None,
            columns: BTreeMap::new(),
            unit_separator: default_separator(),
            months_a_year: default_months(),
            capacity: BTreeMap::new(),
        }
    }
}
