//! How people were heard about a scenario: workshops, surveys, hearings, co-operation
//! negotiations and statements, each with its day, who took part, what was said and what
//! changed because of it. Kept with the scenario and listed in the committee pack.

use serde::{Deserialize, Serialize};

use super::Date;

/// The kind of a participation event.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum EventKind {
    /// A workshop with learners, guardians, staff or partners.
    #[default]
    Workshop,
    /// A survey.
    Survey,
    /// A hearing (kuuleminen, hörande).
    Hearing,
    /// The co-operation negotiation with staff (yhteistoimintamenettely).
    CoOperation,
    /// A written statement asked for.
    Statement,
}

impl EventKind {
    /// Every kind, in the order the window offers them.
    pub const ALL: [EventKind; 5] = [
        EventKind::Workshop,
        EventKind::Survey,
        EventKind::Hearing,
        EventKind::CoOperation,
        EventKind::Statement,
    ];

    /// The machine-readable name, and the end of its translation key (`event-workshop`).
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            EventKind::Workshop => "workshop",
            EventKind::Survey => "survey",
            EventKind::Hearing => "hearing",
            EventKind::CoOperation => "co_operation",
            EventKind::Statement => "statement",
        }
    }
}

/// One participation event.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participation {
    /// What kind of event.
    #[serde(default)]
    pub kind: EventKind,
    /// When it was held.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Who took part (groups, or people: personal data when it names them).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participants: Option<String>,
    /// What was said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// What changed in the plan because of it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<String>,
}
