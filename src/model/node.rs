//! The nodes of an organisation graph and the values they carry.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize};

use super::Date;
use crate::i18n::Lang;

/// The stable identity of a node: unique within its scenario, kept when the node is copied into
/// another scenario and across save and open.
///
/// Shared text: ids are copied into charts, comparisons and indexes far more often than they
/// are made, and a copy allocates nothing.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NodeId(Arc<str>);

impl Serialize for NodeId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl NodeId {
    /// The longest id accepted, in characters.
    pub const MAX_LEN: usize = 64;

    /// An id, when `text` is one: 1–64 characters: letters, digits, `-`, `_`, `.` or `:`.
    #[must_use]
    pub fn new(text: &str) -> Option<NodeId> {
        let ok = !text.is_empty()
            && text.chars().count() <= Self::MAX_LEN
            && text
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'));
        ok.then(|| NodeId(Arc::from(text)))
    }

    /// `baseline`, the id of a plan's baseline scenario.
    #[must_use]
    pub fn baseline() -> NodeId {
        NodeId(Arc::from("baseline"))
    }

    /// The id as text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

// Tables keyed by id can be asked with plain text: an id hashes and compares as its text.
impl std::borrow::Borrow<str> for NodeId {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for NodeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for NodeId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        NodeId::new(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "`{text}` is not an id: use 1-64 letters, digits, '-', '_', '.' or ':'"
            ))
        })
    }
}

/// What a node is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum NodeKind {
    /// An organisation or division, the root of a structure.
    Organisation,
    /// A service unit.
    Unit,
    /// A team, possibly serving units outside its own line.
    Team,
    /// A post, filled or not.
    Position,
    /// A working group, steering group or committee whose members are posts.
    Group,
}

impl NodeKind {
    /// All kinds, in the order menus list them.
    pub const ALL: [NodeKind; 5] = [
        NodeKind::Organisation,
        NodeKind::Unit,
        NodeKind::Team,
        NodeKind::Position,
        NodeKind::Group,
    ];

    /// The kind's name in files and CSV (`organisation`, `unit`, ...).
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            NodeKind::Organisation => "organisation",
            NodeKind::Unit => "unit",
            NodeKind::Team => "team",
            NodeKind::Position => "position",
            NodeKind::Group => "group",
        }
    }

    /// Parses a kind's code.
    #[must_use]
    pub fn from_code(code: &str) -> Option<NodeKind> {
        NodeKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// Whether this kind is a structural unit that is led by a head (unit or team).
    #[must_use]
    pub fn needs_head(self) -> bool {
        matches!(self, NodeKind::Unit | NodeKind::Team)
    }
}

/// Names in Finnish, Swedish and English; at least one is set, the others fall back.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Names {
    /// Finnish.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fi: Option<String>,
    /// Swedish.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sv: Option<String>,
    /// English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

impl Names {
    /// Names with only a Finnish one.
    #[must_use]
    pub fn fi(name: &str) -> Names {
        Names {
            fi: Some(name.to_owned()),
            ..Names::default()
        }
    }

    /// The name in exactly `lang`, if there is one.
    #[must_use]
    pub fn get(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::Fi => self.fi.as_deref(),
            Lang::Sv => self.sv.as_deref(),
            Lang::En => self.en.as_deref(),
        }
    }

    /// Sets or clears the name in `lang`, returning the old one.
    pub fn set(&mut self, lang: Lang, name: Option<String>) -> Option<String> {
        let slot = match lang {
            Lang::Fi => &mut self.fi,
            Lang::Sv => &mut self.sv,
            Lang::En => &mut self.en,
        };
        std::mem::replace(slot, name)
    }

    /// The name to show in `lang`: that language's, else Finnish, Swedish, English in turn.
    #[must_use]
    pub fn show(&self, lang: Lang) -> &str {
        self.get(lang)
            .or(self.fi.as_deref())
            .or(self.sv.as_deref())
            .or(self.en.as_deref())
            .unwrap_or("")
    }

    /// Whether no language has a name.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.fi.is_none() && self.sv.is_none() && self.en.is_none()
    }
}

/// Whether a post is filled; for a unit or team, `Abolished` means it has ceased.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum PostStatus {
    /// Filled (for a unit or team: active).
    #[default]
    Filled,
    /// Vacant, to be filled.
    Vacant,
    /// Left unfilled by decision.
    LeftUnfilled,
    /// Abolished (for a unit or team: ceased).
    Abolished,
    /// Held by an acting holder.
    Acting,
}

impl PostStatus {
    /// All statuses.
    pub const ALL: [PostStatus; 5] = [
        PostStatus::Filled,
        PostStatus::Vacant,
        PostStatus::LeftUnfilled,
        PostStatus::Abolished,
        PostStatus::Acting,
    ];

    /// The status's name in CSV files (`filled`, `vacant`, `left_unfilled`, ...).
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            PostStatus::Filled => "filled",
            PostStatus::Vacant => "vacant",
            PostStatus::LeftUnfilled => "left_unfilled",
            PostStatus::Abolished => "abolished",
            PostStatus::Acting => "acting",
        }
    }

    /// Parses a status's code.
    #[must_use]
    pub fn from_code(code: &str) -> Option<PostStatus> {
        PostStatus::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Whether nobody does the work of a node in this status.
    #[must_use]
    pub fn is_unheld(self) -> bool {
        matches!(
            self,
            PostStatus::Vacant | PostStatus::LeftUnfilled | PostStatus::Abolished
        )
    }
}

/// Whether a node's work is core work or administration.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum WorkTag {
    /// Core work: teaching, early childhood education, youth work.
    Core,
    /// Centralised administration.
    Administration,
}

impl WorkTag {
    /// Its code in CSV files: `core` or `administration`.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            WorkTag::Core => "core",
            WorkTag::Administration => "administration",
        }
    }

    /// The tag of a code (`core`, `administration`, or `admin`).
    #[must_use]
    pub fn from_code(code: &str) -> Option<WorkTag> {
        match code {
            "core" => Some(WorkTag::Core),
            "administration" | "admin" => Some(WorkTag::Administration),
            _ => None,
        }
    }
}

/// A responsibility held by a unit, team or post; its id is unique within the scenario.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Task {
    /// Stable identity of the task, kept across scenarios.
    pub id: NodeId,
    /// What the task is.
    pub name: Names,
}

/// The term of a time-bounded group.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// First day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Date>,
    /// Last day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Date>,
}

/// A decision of a body: a committee's item in the minutes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// The deciding body (lautakunta, nämnd).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// Meeting date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// The item number in the minutes (the § number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// The record (diary) number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<String>,
    /// Who presented the item: personal data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub presenter: Option<String>,
    /// The proposal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposal: Option<String>,
    /// The decision as recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// A member's role in a group.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Role {
    /// An ordinary member.
    #[default]
    Member,
    /// Chair.
    Chair,
    /// Vice chair.
    ViceChair,
    /// Coordinates the group's work.
    Coordinator,
    /// Secretary.
    Secretary,
    /// Expert or adviser.
    Expert,
}

impl Role {
    /// All roles, in the order a group lists its members.
    pub const ALL: [Role; 6] = [
        Role::Chair,
        Role::ViceChair,
        Role::Coordinator,
        Role::Member,
        Role::Secretary,
        Role::Expert,
    ];

    /// Its code in CSV files and tables (`chair`, `vice_chair`, ...).
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Chair => "chair",
            Role::ViceChair => "vice_chair",
            Role::Coordinator => "coordinator",
            Role::Secretary => "secretary",
            Role::Expert => "expert",
        }
    }

    /// The role of a code.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// A demand forecast for one measure: the figure for each year.
pub type Forecast = BTreeMap<u16, f64>;

/// A node's data; its relations are the edges of the scenario's graph.
///
/// Laid out in the order written, what every whole-scenario pass reads first (identity, kind,
/// status, figures, names) and the rest after it: a chart, the figures or a diff of 100,000
/// nodes reads the first few cache lines of each node, not all seven.
#[derive(Clone, Debug, PartialEq)]
#[repr(C)]
pub struct Node {
    /// Stable identity.
    pub id: NodeId,
    /// What the node is.
    pub kind: NodeKind,
    /// Whether the post is filled (or the unit active).
    pub status: PostStatus,
    /// Core work or administration.
    pub work: Option<WorkTag>,
    /// Number of people.
    pub headcount: Option<u32>,
    /// Full-time equivalents.
    pub fte: Option<f64>,
    /// Annual cost in euros.
    pub cost: Option<f64>,
    /// Its name.
    pub name: Names,
    /// A post's title.
    pub title: Names,
    /// A post's holder: personal data.
    pub holder: Option<String>,
    /// A short name for charts.
    pub short_name: Option<String>,
    /// Capacity figures such as pupils, children, groups.
    pub capacity: BTreeMap<String, f64>,
    /// The demand forecast for a capacity measure, per year (children or pupils per year, as
    /// a demography forecast gives them).
    pub forecast: BTreeMap<String, Forecast>,
    /// Responsibilities held here.
    pub tasks: Vec<Task>,
    /// Cost-centre code.
    pub cost_centre: Option<String>,
    /// The committee responsible for an organisation, unit or team (lautakunta, nämnd), as
    /// plain text: "Barn- och utbildningsnämnden".
    pub body: Option<String>,
    /// Free notes.
    pub notes: Option<String>,
    /// A group's term.
    pub term: Option<Term>,
    /// When a group meets, as its annual plan says it: the days, or a rule with its
    /// exceptions ("monthly on the first Tuesday, not in July").
    pub meetings: Option<String>,
    /// The decision that set a group up; boxed, as few nodes have one and every node would
    /// otherwise carry its room (a 100,000-node chart reads each node once).
    pub decision: Option<Box<Decision>>,
    /// Nodes of an earlier organisation this one takes over from (a merge or a split).
    pub replaces: Vec<NodeId>,
}

impl Node {
    /// A new node with a Finnish name and nothing else set.
    #[must_use]
    pub fn new(id: NodeId, kind: NodeKind, name: Names) -> Node {
        Node {
            id,
            kind,
            name,
            short_name: None,
            title: Names::default(),
            holder: None,
            status: PostStatus::Filled,
            fte: None,
            headcount: None,
            cost: None,
            capacity: BTreeMap::new(),
            forecast: BTreeMap::new(),
            work: None,
            tasks: Vec::new(),
            cost_centre: None,
            body: None,
            meetings: None,
            notes: None,
            term: None,
            decision: None,
            replaces: Vec::new(),
        }
    }

    /// The name to show in `lang`, falling back to the title and then the id.
    #[must_use]
    pub fn label(&self, lang: Lang) -> &str {
        let name = self.name.show(lang);
        if !name.is_empty() {
            return name;
        }
        let title = self.title.show(lang);
        if title.is_empty() {
            self.id.as_str()
        } else {
            title
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::mem::{offset_of, size_of};

    /// What every whole-scenario pass reads of a node is in its first cache line (see [`Node`]).
    #[test]
    fn the_fields_every_pass_reads_share_one_cache_line() {
        let hot_end = offset_of!(Node, cost) + size_of::<Option<f64>>();
        assert!(hot_end <= 64, "the hot fields end at byte {hot_end}");
        for offset in [
            offset_of!(Node, kind),
            offset_of!(Node, status),
            offset_of!(Node, work),
            offset_of!(Node, headcount),
            offset_of!(Node, fte),
        ] {
            assert!(offset < hot_end);
        }
        eprintln!("a node is {} bytes", size_of::<Node>());
    }
}
