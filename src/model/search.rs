//! Finding nodes by what a planner remembers of them: a name or title in any language, a holder,
//! or the id.

use super::{Node, Scenario};

/// Lower case without the marks a keyboard may not have: "Stöd" and "stod" are found alike.
fn fold(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .map(|c| match c {
            'ä' | 'å' | 'á' | 'à' | 'â' => 'a',
            'ö' | 'ó' | 'ò' | 'ô' | 'ø' => 'o',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'ü' | 'ú' | 'ù' => 'u',
            'í' | 'ì' | 'ï' => 'i',
            other => other,
        })
        .collect()
}

/// The nodes whose name, title (in any language), holder or id contains `query`, ignoring case
/// and the marks on ä, ö, å and their kin, in the scenario's order; nothing for an empty query.
#[must_use]
pub fn find_nodes<'a>(scenario: &'a Scenario, query: &str) -> Vec<&'a Node> {
    let query = fold(query.trim());
    if query.is_empty() {
        return Vec::new();
    }
    let hit = |text: &str| fold(text).contains(&query);
    scenario
        .nodes()
        .filter(|node| {
            [&node.name, &node.title]
                .into_iter()
                .flat_map(|names| [&names.fi, &names.sv, &names.en])
                .flatten()
                .chain(&node.holder)
                .any(|text| hit(text))
                || hit(node.id.as_str())
        })
        .collect()
}
