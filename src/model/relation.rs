//! The relations between nodes: the edges of an organisation graph.

use serde::{Deserialize, Serialize};

use super::{NodeId, NodeKind, Role};

/// A relation from one node to another.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Relation {
    /// The structural hierarchy: a team is part of a unit, a post part of a team.
    PartOf,
    /// A post leads a unit, team, organisation or group.
    Heads,
    /// Stated line management between posts (esihenkilö); overrides the derived one.
    ReportsTo,
    /// A team or unit works for a unit outside its own line (the dotted line of a matrix).
    Serves,
    /// A post (or unit) sits in a group, with a role.
    MemberOf(Role),
    /// A staff post attached to a head.
    AssistantTo,
}

impl Relation {
    /// The relation's name in messages and files, without its role.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Relation::PartOf => "part_of",
            Relation::Heads => "heads",
            Relation::ReportsTo => "reports_to",
            Relation::Serves => "serves",
            Relation::MemberOf(_) => "member_of",
            Relation::AssistantTo => "assistant_to",
        }
    }

    /// Whether two relations are of the same kind, whatever their roles.
    #[must_use]
    pub fn same_kind(self, other: Relation) -> bool {
        std::mem::discriminant(&self) == std::mem::discriminant(&other)
    }

    /// Whether a node of kind `from` may have this relation to a node of kind `to`.
    #[must_use]
    pub fn allowed(self, from: NodeKind, to: NodeKind) -> bool {
        use NodeKind::{Group, Organisation, Position, Team, Unit};
        match self {
            // Nothing is part of a post; posts join groups as members, not as parts.
            Relation::PartOf => to != Position && !(from == Position && to == Group),
            Relation::Heads => from == Position && to != Position,
            Relation::ReportsTo | Relation::AssistantTo => from == Position && to == Position,
            Relation::Serves => {
                matches!(from, Team | Unit) && matches!(to, Unit | Team | Organisation)
            }
            Relation::MemberOf(_) => from != Group && to == Group,
        }
    }
}

/// One relation between two nodes, by identity.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Edge {
    /// Where the relation starts (the part, the head, the subordinate, the member).
    pub from: NodeId,
    /// What the relation is.
    pub relation: Relation,
    /// Where it points (the whole, the unit led, the supervisor, the group).
    pub to: NodeId,
}

impl Edge {
    /// An edge.
    #[must_use]
    pub fn new(from: &NodeId, relation: Relation, to: &NodeId) -> Edge {
        Edge {
            from: from.clone(),
            relation,
            to: to.clone(),
        }
    }
}
