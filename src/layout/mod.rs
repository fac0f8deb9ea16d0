//! The chart layout: a tidy tree of the structure, derived from a scenario, never stored in it.
//!
//! Parents sit centred over their children; a unit's head sits directly under its unit with the
//! unit's other parts below the head; staff (assistant) posts sit beside their head; a parent
//! whose parts are all leaves stacks them in one or two columns (compact leaves); groups are
//! laid out beside the organisation with their members listed by role, a steering group over
//! its development groups in levels as deep as the groups' long lists (the organisation's
//! levels keep their own depth), or its development groups in a row under the organisation
//! (`group_parts_under`); a long row of parts may wrap into bands under a trunk
//! (`wrap_rows`); teams may hang one under another in columns under their unit, each with its
//! posts listed under it (`hang_parts`); collapsed subtrees are one box with a count. Boxes
//! grow with their text (up to three lines for a name). Everything is iterative and linear in
//! the number of nodes.
//!
//! What is here: `build/` (from a scenario to boxes and connectors, one file a step), `boxes.rs`
//! (a box's texts and size), `text.rs` (font metrics and wrapping with the bundled font),
//! `tidy.rs` (the tidy tree), `json.rs` (a layout as JSON for `orgplan layout`), `spread.rs`
//! (room opened in a laid-out chart, where a page edge would cut boxes).
//!
//! The layout reads the model and words from i18n and nothing else of the crate: it never uses
//! egui, eframe, rfd or clap (the window, the file dialogs and the command line use it, not the
//! other way round), so the exports and the command line lay charts out without a window.

mod boxes;
mod build;
mod json;
mod spread;
mod text;
mod tidy;

use std::collections::BTreeSet;
use std::ops::Range;

use crate::i18n::{Currency, Lang};
use crate::model::{Measure, NodeId, NodeKind, PostStatus, Scenario, ShowFields};

pub use spread::{Axis, Sides};
pub use text::{FontMetrics, NOTO_SANS_BOLD, NOTO_SANS_REGULAR};
pub use tidy::{TidyInput, tidy};

/// Which way the chart grows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Orientation {
    /// Parents above children.
    #[default]
    TopDown,
    /// Parents left of children.
    LeftRight,
}

/// How to lay a scenario out.
#[derive(Clone, Debug, PartialEq)]
pub struct LayoutOptions {
    /// Which way the chart grows.
    pub orientation: Orientation,
    /// Stack the parts of a parent whose parts are all leaves in a column (top-down only).
    pub compact_leaves: bool,
    /// The least number of leaves that are stacked.
    pub compact_min: usize,
    /// From this many leaves on, the stack has two columns.
    pub two_columns_from: usize,
    /// The most rows a stack has: a longer stack gets as many more columns as it needs.
    /// `None` leaves stacks to `two_columns_from`.
    pub stack_rows: Option<usize>,
    /// The most parts one row under a parent holds (top-down only): a longer row wraps into
    /// bands, one below another, each hanging from a trunk that runs down from the parent past
    /// the bands above it. `None` keeps every row whole.
    pub wrap_rows: Option<usize>,
    /// Nodes whose subtrees are drawn as one box.
    pub collapsed: BTreeSet<NodeId>,
    /// Collapse every node at this depth (roots are at depth 0).
    pub collapse_below: Option<usize>,
    /// Nodes drawn only to show where they stood (a comparison's removed nodes, drawn faint):
    /// not counted among the units beside a team when its serves lines are summed up as a note
    /// (see [`Layout::serves_notes`]), as the team cannot serve what is gone.
    pub gone: BTreeSet<NodeId>,
    /// The language of the texts.
    pub lang: Lang,
    /// What boxes show.
    pub show: ShowFields,
    /// The currency costs are written in (the plan's).
    pub currency: Currency,
    /// The plan's capacity measures, which name a box's capacity figures (a figure in a
    /// measure the plan does not list is named by its key).
    pub measures: Vec<Measure>,
    /// Size of a name's text, in chart units (points).
    pub font_size: f32,
    /// The widest a line of text may be before it wraps.
    pub max_text_width: f32,
    /// Space between a box's edge and its text.
    pub padding: f32,
    /// The narrowest a box may be.
    pub min_box_width: f32,
    /// Space between siblings.
    pub sibling_gap: f32,
    /// Space between neighbouring subtrees.
    pub subtree_gap: f32,
    /// Space between levels.
    pub level_gap: f32,
    /// Space between the boxes of a stack; 0 joins them into one list.
    pub stack_gap: f32,
    /// Posts set as the rows of a list: every line of a post's box at the size of notes, so
    /// that a stack of them reads as a table under its team (a printed chart's way of showing
    /// a hundred posts on one page).
    pub list_posts: bool,
    /// Parts hung one under another (top-down only): a parent in the organisation whose parts
    /// have no parts but leaves, and are at neither end of a serves line, lists them down its
    /// column, each with its own parts under it, in columns at most this high (in chart units,
    /// but for a box taller than that), as an outline does; a printed chart's way of giving a
    /// division's teams the page's height instead of its width. `None` keeps them in a row.
    pub hang_parts: Option<f32>,
    /// The parts of a group that heads other groups (a steering group's development groups)
    /// set in a row under the organisation, reached by a line from their group, which stays
    /// beside the organisation: a network whose column of groups is far taller than its
    /// organisation then fits a landscape page, as printed charts of a network set out its
    /// working groups. Top-down, for the one group whose parts (two or more, with stacking on)
    /// are all groups without parts: where two groups have such lists, they stay stacked under
    /// them. The groups in the row wrap their lines a third wider, as the row has the
    /// organisation's width. `false` stacks them under their group.
    pub group_parts_under: bool,
}

impl Default for LayoutOptions {
    fn default() -> Self {
        LayoutOptions {
            orientation: Orientation::TopDown,
            compact_leaves: true,
            // Org charts are far wider than high: stacking even two posts, in one column up to
            // forty, trades height (which a landscape page has to spare) for width.
            compact_min: 2,
            two_columns_from: 40,
            stack_rows: None,
            wrap_rows: None,
            collapsed: BTreeSet::new(),
            collapse_below: None,
            gone: BTreeSet::new(),
            lang: Lang::Fi,
            show: ShowFields::default(),
            currency: Currency::EUR,
            measures: Vec::new(),
            font_size: 10.0,
            max_text_width: 150.0,
            padding: 6.0,
            min_box_width: 60.0,
            sibling_gap: 8.0,
            subtree_gap: 14.0,
            level_gap: 32.0,
            stack_gap: 6.0,
            list_posts: false,
            hang_parts: None,
            group_parts_under: false,
        }
    }
}

/// How a line of a box is set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LineStyle {
    /// The name of an organisation, unit or group: bold.
    Heading,
    /// A name or holder: regular.
    Body,
    /// A title, status, figures or member: smaller.
    Note,
}

impl LineStyle {
    /// The size of this style's text when names are set at `font_size`.
    #[must_use]
    pub fn size(self, font_size: f32) -> f32 {
        match self {
            LineStyle::Heading => font_size,
            LineStyle::Body => font_size * 0.9,
            LineStyle::Note => font_size * 0.8,
        }
    }

    /// The height of one line of this style.
    #[must_use]
    pub fn line_height(self, font_size: f32) -> f32 {
        self.size(font_size) * 1.3
    }
}

/// One line of text in a box; [`Layout::text_of`] gives its text. Lines share one buffer so
/// that laying out 100,000 boxes does not allocate a string per line.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TextLine {
    /// Where the text starts in the layout's text, in bytes.
    pub start: u32,
    /// Where it ends.
    pub end: u32,
    /// How it is set.
    pub style: LineStyle,
    /// Which item of the box the line belongs to (name, title, holder, ...): a long name wraps
    /// onto several lines of the same part.
    pub part: u8,
    /// The width of the text, in chart units.
    pub width: f32,
}

/// Where a box sits relative to the tree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    /// In the tree.
    Tree,
    /// In a stack of leaves under its parent, or a row of a list in an outline.
    Stacked,
    /// Hung one under another with its siblings under its parent, its own parts listed under
    /// it (see [`LayoutOptions::hang_parts`]).
    Hung,
    /// A group's group in a row under the organisation, reached by a line from its group
    /// beside it (see [`LayoutOptions::group_parts_under`]).
    Row,
    /// Beside its head, off the main line.
    Assistant,
    /// In the groups beside the organisation.
    Group,
}

/// A node's box.
#[derive(Clone, Debug, PartialEq)]
pub struct NodeBox {
    /// The node.
    pub id: NodeId,
    /// Its kind.
    pub kind: NodeKind,
    /// Its status (vacant, left unfilled, ... get their own outline and mark).
    pub status: PostStatus,
    /// Left edge.
    pub x: f32,
    /// Top edge.
    pub y: f32,
    /// Width.
    pub width: f32,
    /// Height.
    pub height: f32,
    /// Its lines of text, as places in [`Layout::lines`] (see [`Layout::lines_of`]).
    pub lines: Range<u32>,
    /// How many nodes are collapsed inside this box.
    pub hidden: usize,
    /// Where it sits.
    pub placement: Placement,
}

/// What a connector shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConnectorKind {
    /// The structure: a solid line from a parent to its parts.
    Structure,
    /// A team serving a unit outside its line: dashed.
    Serves,
    /// A staff post beside its head.
    Staff,
}

/// A line between boxes, as a polyline (see [`Layout::points`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Connector {
    /// What it shows.
    pub kind: ConnectorKind,
    /// Its points, as places in the layout's list of points.
    pub points: Range<u32>,
}

/// A node whose dashed serves lines to the units beside it are summed up as one note in its
/// box ("Serves all units"), with the units the note stands for: what the chart no longer draws
/// as lines, for the nested list and the legend.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServesNote {
    /// The serving node.
    pub node: NodeId,
    /// The units beside it that it serves, in the scenario's order: no line is drawn to them.
    pub served: Vec<NodeId>,
    /// The units beside it that it does not serve, in the scenario's order.
    pub not_served: Vec<NodeId>,
}

/// A laid-out chart: boxes and connectors in chart units (points), origin top-left.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    /// One box per shown node, in the scenario's order.
    pub boxes: Vec<NodeBox>,
    /// The lines between them.
    pub connectors: Vec<Connector>,
    /// Every box's lines of text, box after box.
    pub lines: Vec<TextLine>,
    /// The text of every line, one after another.
    pub text: String,
    /// The points of every connector, one after another.
    pub points: Vec<[f32; 2]>,
    /// Width of the whole chart.
    pub width: f32,
    /// Height of the whole chart.
    pub height: f32,
    /// The size names were measured at (see [`LineStyle::size`]).
    pub font_size: f32,
    /// Space between a box's edge and its text.
    pub padding: f32,
    /// The boxes whose serves lines to the units beside them are a note, in the scenario's
    /// order.
    pub serves_notes: Vec<ServesNote>,
}

impl LayoutOptions {
    /// These options with the scenario's own view: what its boxes show, and which of its
    /// subtrees are collapsed (unless a collapse depth is set, which overrides them).
    #[must_use]
    pub fn with_view(mut self, scenario: &Scenario) -> LayoutOptions {
        self.show = scenario.view.show;
        if self.collapse_below.is_none() {
            self.collapsed
                .extend(scenario.view.collapsed.iter().cloned());
        }
        self
    }
}

/// Lays out `scenario`.
#[must_use]
pub fn layout(scenario: &Scenario, options: &LayoutOptions) -> Layout {
    build::Builder::new(scenario, options).run()
}

impl Layout {
    /// The box of a node.
    #[must_use]
    pub fn find(&self, id: &NodeId) -> Option<&NodeBox> {
        self.boxes.iter().find(|b| &b.id == id)
    }

    /// The lines of a box.
    #[must_use]
    pub fn lines_of(&self, b: &NodeBox) -> &[TextLine] {
        self.lines
            .get(b.lines.start as usize..b.lines.end as usize)
            .unwrap_or_default()
    }

    /// The text of a line.
    #[must_use]
    pub fn text_of(&self, line: &TextLine) -> &str {
        self.text
            .get(line.start as usize..line.end as usize)
            .unwrap_or_default()
    }

    /// The points of a connector, in chart units.
    #[must_use]
    pub fn points_of(&self, connector: &Connector) -> &[[f32; 2]] {
        self.points
            .get(connector.points.start as usize..connector.points.end as usize)
            .unwrap_or_default()
    }

    /// The text of a box on one line: the lines of one part joined by spaces, parts by commas.
    #[must_use]
    pub fn one_line(&self, b: &NodeBox) -> String {
        let mut out = String::new();
        let mut last: Option<u8> = None;
        for line in self.lines_of(b) {
            if let Some(part) = last {
                out.push_str(if part == line.part { " " } else { ", " });
            }
            out.push_str(self.text_of(line));
            last = Some(line.part);
        }
        out
    }
}
