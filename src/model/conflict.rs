//! A merge conflict as a person reads it.

use super::{Conflict, Plan};
use crate::i18n::{Lang, s, tr, tr_args};

/// One conflict as a line: where it is (scenario, node, field), and the three values. With
/// `plan`, the scenario and node go by their names in `lang`, else by id.
#[must_use]
pub fn conflict_text(conflict: &Conflict, plan: Option<&Plan>, lang: Lang) -> String {
    let none = tr(lang, "value-none");
    let value = |v: &Option<String>| v.clone().unwrap_or_else(|| none.clone());
    let scenario = conflict
        .scenario
        .as_ref()
        .map(|id| (id, plan.and_then(|p| p.scenario(id))));
    let mut place: Vec<String> = Vec::new();
    if let Some((id, found)) = scenario {
        place.push(found.map_or_else(
            || id.as_str().to_owned(),
            |s| s.meta.name.show(lang).to_owned(),
        ));
    }
    if let Some(node) = &conflict.node {
        let label = scenario
            .and_then(|(_, found)| found)
            .and_then(|s| s.node(node))
            .map_or_else(|| node.as_str().to_owned(), |n| n.label(lang).to_owned());
        place.push(label);
    }
    place.push(conflict.field.clone());
    tr_args(
        lang,
        "merge-conflict",
        &[
            ("place", s(place.join(" / "))),
            ("base", s(value(&conflict.base))),
            ("mine", s(value(&conflict.mine))),
            ("theirs", s(value(&conflict.theirs))),
        ],
    )
}
