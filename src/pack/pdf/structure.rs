//! The pack's logical structure as the PDF tags it, built while the blocks are laid out: groups
//! (a part in one language, headings, paragraphs, lists, tables, figures) holding the numbers
//! of the pieces of content drawn on the pages. Drawing turns each number into krilla's
//! identifier of what it drew, and the tree into krilla's tag tree.

use crate::i18n::Lang;

/// A node of the structure.
#[derive(Debug)]
pub(super) enum Node {
    /// A group of nodes.
    Group(Group),
    /// A piece of content drawn on a page, by its number.
    Content(usize),
}

/// A structure element and what it holds.
#[derive(Debug)]
pub(super) struct Group {
    pub kind: Kind,
    pub children: Vec<Node>,
}

impl Group {
    pub(super) fn new(kind: Kind) -> Group {
        Group {
            kind,
            children: Vec::new(),
        }
    }

    pub(super) fn with(kind: Kind, children: Vec<Node>) -> Group {
        Group { kind, children }
    }

    /// A group of `kind` holding the pieces of content `contents`.
    pub(super) fn of(kind: Kind, contents: &[usize]) -> Group {
        Group::with(kind, contents.iter().map(|&c| Node::Content(c)).collect())
    }
}

impl From<Group> for Node {
    fn from(group: Group) -> Node {
        Node::Group(group)
    }
}

/// The kinds of structure element the pack uses.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Kind {
    /// The pack in one language.
    Part(Lang),
    /// A heading of a level, with its text as its title.
    Heading(u8, String),
    /// A paragraph.
    Paragraph,
    /// A list, and how its items are labelled.
    List(Labels),
    /// An item of a list.
    Item,
    /// The label of an item (its number, bullet or term).
    Label,
    /// The body of an item.
    Body,
    /// A table.
    Table,
    /// A table's caption.
    Caption,
    /// A table's header rows.
    Head,
    /// A table's body rows.
    Rows,
    /// A table row.
    Row,
    /// A header cell, of a column or of a row.
    HeaderCell { column: bool },
    /// A data cell.
    Cell,
    /// A picture, with its text alternative.
    Figure(String),
}

/// How a list's items are labelled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Labels {
    /// By a term (a fact's label).
    Terms,
    /// By a bullet.
    Bullets,
    /// By a number.
    Numbers,
}

/// Builds nested lists from entries in depth-first order (a chart's boxes), with an explicit
/// stack: a list opens one level at a time, under the item before it.
#[derive(Default)]
pub(super) struct Nesting {
    /// The open lists, outermost first, each with its items.
    open: Vec<Vec<Group>>,
}

impl Nesting {
    /// Adds the item of `label` and `body` at `depth`.
    pub(super) fn push(&mut self, depth: usize, label: usize, body: &[usize]) {
        let depth = depth.min(self.open.len());
        while self.open.len() > depth + 1 {
            self.close_innermost();
        }
        while self.open.len() < depth + 1 {
            self.open.push(Vec::new());
        }
        let item = Group::with(
            Kind::Item,
            vec![
                Group::of(Kind::Label, &[label]).into(),
                Group::of(Kind::Body, body).into(),
            ],
        );
        if let Some(list) = self.open.last_mut() {
            list.push(item);
        }
    }

    fn close_innermost(&mut self) {
        if self.open.len() < 2 {
            return;
        }
        let Some(items) = self.open.pop() else { return };
        let list = list(items);
        // Every open list holds an item as soon as it opens (see `push`); its body is second.
        if let Some(item) = self.open.last_mut().and_then(|outer| outer.last_mut())
            && let Some(Node::Group(body)) = item.children.get_mut(1)
        {
            body.children.push(list.into());
        }
    }

    /// The outermost list, when any item was added.
    pub(super) fn finish(mut self) -> Option<Group> {
        while self.open.len() > 1 {
            self.close_innermost();
        }
        self.open.pop().filter(|items| !items.is_empty()).map(list)
    }
}

fn list(items: Vec<Group>) -> Group {
    Group::with(
        Kind::List(Labels::Bullets),
        items.into_iter().map(Node::from).collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tree as text: `L[LI(label body L[...])]`.
    fn shape(group: &Group) -> String {
        let inner: Vec<String> = group
            .children
            .iter()
            .map(|c| match c {
                Node::Content(n) => n.to_string(),
                Node::Group(g) => shape(g),
            })
            .collect();
        let name = match group.kind {
            Kind::List(_) => "L",
            Kind::Item => "LI",
            Kind::Label => "Lbl",
            Kind::Body => "B",
            _ => "?",
        };
        format!("{name}({})", inner.join(" "))
    }

    #[test]
    fn nested_lists_follow_the_depths() {
        let mut nesting = Nesting::default();
        for (n, depth) in [0, 1, 2, 1, 0, 5].into_iter().enumerate() {
            nesting.push(depth, 10 * n, &[10 * n + 1]);
        }
        let list = nesting.finish().unwrap();
        assert_eq!(
            shape(&list),
            "L(LI(Lbl(0) B(1 L(LI(Lbl(10) B(11 L(LI(Lbl(20) B(21))))) LI(Lbl(30) B(31))))) \
             LI(Lbl(40) B(41 L(LI(Lbl(50) B(51))))))"
        );
    }

    #[test]
    fn no_entries_no_list() {
        assert!(Nesting::default().finish().is_none());
    }
}
