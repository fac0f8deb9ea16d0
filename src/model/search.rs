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
    scenario
        .nodes()
        .filter(|node| mentions(node, &query))
        .collect()
}

/// Whether the node's name, title (in any language), holder or id holds the folded `query`.
fn mentions(node: &Node, query: &str) -> bool {
    let hit = |text: &str| fold(text).contains(query);
    [&node.name, &node.title]
        .into_iter()
        .flat_map(|names| [&names.fi, &names.sv, &names.en])
        .flatten()
        .chain(&node.holder)
        .any(|text| hit(text))
        || hit(node.id.as_str())
}

/// A node found, with the organisation it belongs to: its topmost ancestor (`None` for a node
/// that is itself the top of its organisation).
#[derive(Clone, Copy, Debug)]
pub struct Found<'a> {
    /// The node.
    pub node: &'a Node,
    /// Its organisation.
    pub organisation: Option<&'a Node>,
}

/// Like [`find_nodes`], for picking among the organisations of a network: a node is also found
/// by its organisation's name (`kouvola` finds every node of Kouvola), and each comes with its
/// organisation; at most `limit` of those `keep` lets through, in the scenario's order.
#[must_use]
pub fn find_in_organisations<'a>(
    scenario: &'a Scenario,
    query: &str,
    limit: usize,
    keep: impl Fn(&Node) -> bool,
) -> Vec<Found<'a>> {
    let query = fold(query.trim());
    if query.is_empty() {
        return Vec::new();
    }
    let mut found = Vec::new();
    for node in scenario.nodes() {
        if found.len() >= limit {
            break;
        }
        if !keep(node) {
            continue;
        }
        let organisation = scenario
            .ancestors(&node.id)
            .last()
            .and_then(|root| scenario.node(root));
        if mentions(node, &query) || organisation.is_some_and(|o| mentions(o, &query)) {
            found.push(Found { node, organisation });
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::import_csv;
    use crate::model::Names;

    fn network() -> crate::model::Plan {
        let csv = "id,parent,kind,name,holder\n\
                   lahti,,organisation,Lahden kaupunki,\n\
                   lahti-opetus,lahti,unit,Opetuspalvelut,\n\
                   lahti-johtaja,lahti-opetus,position,Opetusjohtaja,Sari Mäkelä\n\
                   heinola,,organisation,Heinolan kaupunki,\n\
                   heinola-opetus,heinola,unit,Sivistyspalvelut,\n\
                   heinola-johtaja,heinola-opetus,position,Sivistysjohtaja,Olli Sten\n";
        import_csv(
            csv.as_bytes(),
            std::path::Path::new("network.csv"),
            Names::fi("Päijät-Häme"),
        )
        .unwrap()
    }

    fn names(found: &[Found<'_>]) -> Vec<(String, Option<String>)> {
        found
            .iter()
            .map(|f| {
                (
                    f.node.id.as_str().to_owned(),
                    f.organisation.map(|o| o.id.as_str().to_owned()),
                )
            })
            .collect()
    }

    #[test]
    fn a_node_is_found_by_its_organisation_and_comes_with_it() {
        let plan = network();
        let scenario = plan.baseline();
        let all = |_: &Node| true;
        let found = find_in_organisations(scenario, "heinolan", 10, all);
        assert_eq!(
            names(&found),
            [
                ("heinola".to_owned(), None),
                ("heinola-opetus".to_owned(), Some("heinola".to_owned())),
                ("heinola-johtaja".to_owned(), Some("heinola".to_owned())),
            ]
        );
        // By a holder, without the marks on the letters; what `keep` refuses is left out.
        let found = find_in_organisations(scenario, "makela", 10, all);
        assert_eq!(
            names(&found),
            [("lahti-johtaja".to_owned(), Some("lahti".to_owned()))]
        );
        let posts_only = |n: &Node| n.kind == crate::model::NodeKind::Position;
        let found = find_in_organisations(scenario, "johtaja", 1, posts_only);
        assert_eq!(names(&found).len(), 1);
        assert!(find_in_organisations(scenario, "  ", 10, all).is_empty());
    }
}
