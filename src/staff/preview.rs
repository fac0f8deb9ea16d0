//! The rows of a staff list as the mapping reads them, each with what becomes of it (a post in
//! a unit, a post to be placed, or a row that cannot be read and why): what the planner checks
//! before importing, row by row, as a table.

use super::build::{Imported, TO_BE_PLACED};
use super::mapping::Mapping;
use super::source::Source;
use super::synonyms::Target;
use crate::i18n::Lang;
use crate::model::{NodeId, Relation};

/// What becomes of a row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fate {
    /// A post, in this unit (its name; empty for the organisation itself).
    Post(String),
    /// A post without a unit, in the group "to be placed".
    ToBePlaced,
    /// Not imported, for these reasons (`FILE:LINE: column: reason`).
    Bad(Vec<String>),
}

/// One row of the preview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PreviewRow {
    /// Where the row is: `12` (a line) or `Sheet!12`.
    pub place: String,
    /// The cells of the mapped columns, in the order of [`columns`].
    pub cells: Vec<String>,
    /// What becomes of it.
    pub fate: Fate,
}

/// Which rows a preview shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Showing {
    /// Every row.
    #[default]
    All,
    /// Only rows that cannot be read or wait to be placed.
    Problems,
}

/// The fields `mapping` fills, in the order a mapping lists them, and the headers of their
/// columns: the preview's columns.
#[must_use]
pub fn columns(mapping: &Mapping) -> Vec<(Target, String)> {
    Target::ALL
        .iter()
        .filter_map(|t| Some((*t, mapping.columns.get(t)?.clone())))
        .collect()
}

/// At most `most` rows of `source` that `showing` picks, from the first, as `mapping` reads them
/// and `imported` (the source built with that mapping) says what became of them; the number of
/// rows it picks in all.
#[must_use]
pub fn preview(
    source: &Source,
    mapping: &Mapping,
    imported: &Imported,
    showing: Showing,
    most: usize,
    lang: Lang,
) -> (Vec<PreviewRow>, usize) {
    let columns = columns(mapping);
    let at: Vec<Option<usize>> = columns
        .iter()
        .map(|(_, header)| source.headers.iter().position(|h| h == header))
        .collect();
    let id_at = mapping
        .columns
        .get(&Target::Id)
        .and_then(|header| source.headers.iter().position(|h| h == header));
    let baseline = imported.plan.baseline();
    let placed = NodeId::new(TO_BE_PLACED);
    // Bad rows are sorted by row: walked alongside the rows.
    let mut bad = imported.bad.iter().peekable();
    let mut rows = Vec::new();
    let mut count = 0;
    for (row, record) in source.rows.iter().enumerate() {
        let mut reasons = Vec::new();
        while let Some(b) = bad.next_if(|b| b.row <= row) {
            if b.row == row {
                reasons.push(b.message(lang));
            }
        }
        let fate = if reasons.is_empty() {
            let id = id_at
                .and_then(|at| record.cells.get(at))
                .and_then(|text| NodeId::new(text));
            match id.as_ref().and_then(|id| Some((id, baseline.node(id)?))) {
                Some((id, _)) => match baseline.parent(id) {
                    Some(unit) => Fate::Post(
                        baseline
                            .node(unit)
                            .map(|u| u.label(lang).to_owned())
                            .unwrap_or_default(),
                    ),
                    None if baseline.edges_from(id).iter().any(|e| {
                        matches!(e.relation, Relation::MemberOf(_))
                            && Some(&e.to) == placed.as_ref()
                    }) =>
                    {
                        Fate::ToBePlaced
                    }
                    None => Fate::Post(String::new()),
                },
                // Every good row becomes a post; were one missing, it is said, not hidden.
                None => Fate::Bad(Vec::new()),
            }
        } else {
            Fate::Bad(reasons)
        };
        if showing == Showing::Problems && matches!(fate, Fate::Post(_)) {
            continue;
        }
        count += 1;
        if rows.len() < most {
            rows.push(PreviewRow {
                place: record.place.row_text(),
                cells: at
                    .iter()
                    .map(|at| {
                        at.and_then(|at| record.cells.get(at))
                            .cloned()
                            .unwrap_or_default()
                    })
                    .collect(),
                fate,
            });
        }
    }
    (rows, count)
}
