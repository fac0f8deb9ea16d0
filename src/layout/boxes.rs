//! What a box shows, and how big that makes it.

use std::collections::HashMap;
use std::ops::Range;

use super::text::FontMetrics;
use super::{LayoutOptions, LineStyle, TextLine};
use crate::i18n::{format_money, format_number, n, s, tr_args};
use crate::model::words::{decision_text, role_text, status_text, term_text, work_text};
use crate::model::{Node, NodeKind, PostStatus, Relation, Role, Scenario};

/// Where the lines of the boxes go while they are measured: every box's lines into one list,
/// their text into one buffer.
#[derive(Default)]
pub(super) struct Texts {
    pub lines: Vec<TextLine>,
    pub text: String,
    /// The box being measured starts at this line.
    first: usize,
    wrapped: Vec<(Range<usize>, f32)>,
    /// Status marks by kind and status: the same few texts for thousands of posts.
    marks: HashMap<(bool, PostStatus), String>,
    /// The widest a line of the box being measured may be (see [`GROUP_ROW_WIDTH`]).
    max_width: f32,
}

/// How much wider a group's lines may be in a row under the organisation (see
/// [`LayoutOptions::group_parts_under`]) than in a box: the row has the organisation's width
/// for a few groups, and a group of members listed one to a line is far higher than wide.
const GROUP_ROW_WIDTH: f32 = 4.0 / 3.0;

impl Texts {
    /// Room for the texts of about `boxes` boxes: growing a buffer of megabytes copies it.
    pub(super) fn with_capacity(boxes: usize) -> Texts {
        Texts {
            // The generator's organisations take 23 to 35 bytes on 1.1 to 1.4 lines a box; room
            // that is not written to costs no memory.
            lines: Vec::with_capacity(boxes + boxes / 2),
            text: String::with_capacity(boxes * 48),
            ..Texts::default()
        }
    }

    /// Appends texts measured apart, moving their lines' places.
    pub(super) fn append(&mut self, more: Texts) {
        let shift = u32::try_from(self.text.len()).unwrap_or(u32::MAX);
        self.text.push_str(&more.text);
        self.lines
            .extend(more.lines.into_iter().map(|line| TextLine {
                start: line.start + shift,
                end: line.end + shift,
                ..line
            }));
    }
}

impl LayoutOptions {
    pub(super) fn size_of(&self, style: LineStyle) -> f32 {
        style.size(self.font_size)
    }

    fn metrics(style: LineStyle) -> &'static FontMetrics {
        match style {
            LineStyle::Heading => FontMetrics::bold(),
            LineStyle::Body | LineStyle::Note => FontMetrics::regular(),
        }
    }

    /// The height of one line of `style`.
    pub(super) fn line_height(&self, style: LineStyle) -> f32 {
        style.line_height(self.font_size)
    }

    /// The part that the next text of a box starts.
    fn next_part(texts: &Texts) -> u8 {
        texts
            .lines
            .get(texts.first..)
            .and_then(<[TextLine]>::last)
            .map_or(0, |l| l.part.saturating_add(1))
    }

    fn push_wrapped(&self, texts: &mut Texts, text: &str, style: LineStyle, max_lines: usize) {
        let size = self.size_of(style);
        // Each call starts a new part of the box (name, title, holder, ...).
        let part = Self::next_part(texts);
        texts.wrapped.clear();
        Self::metrics(style).wrap_into(
            text,
            size,
            texts.max_width,
            max_lines,
            &mut texts.text,
            &mut texts.wrapped,
        );
        for (range, width) in texts.wrapped.drain(..) {
            // A plan's text is far below 4 GiB; a longer one would only show wrong slices.
            let at = |i: usize| u32::try_from(i).unwrap_or(u32::MAX);
            texts.lines.push(TextLine {
                start: at(range.start),
                end: at(range.end),
                style,
                part,
                width,
            });
        }
    }

    /// Measures the box of `node` into `texts`; `hidden` is the number of nodes collapsed
    /// inside it, `serves` the note that sums up its serves lines ("Serves all units"), `wide`
    /// whether it stands in a row of groups under the organisation (its lines wrap wider).
    /// Returns the box's lines (places in `texts.lines`) and size.
    pub(super) fn measure(
        &self,
        scenario: &Scenario,
        node: &Node,
        hidden: usize,
        serves: Option<&str>,
        wide: bool,
        lines: &mut Texts,
    ) -> (Range<u32>, f32, f32) {
        let lang = self.lang;
        lines.first = lines.lines.len();
        lines.max_width = if wide {
            self.max_text_width * GROUP_ROW_WIDTH
        } else {
            self.max_text_width
        };
        let as_row = self.list_posts && node.kind == NodeKind::Position;
        let heading = if as_row {
            LineStyle::Note
        } else if matches!(
            node.kind,
            NodeKind::Organisation | NodeKind::Unit | NodeKind::Group
        ) {
            LineStyle::Heading
        } else {
            LineStyle::Body
        };
        self.push_wrapped(lines, node.label(lang), heading, 3);
        let title = node.title.show(lang);
        if self.show.title && !node.name.is_empty() && !title.is_empty() {
            self.push_wrapped(lines, title, LineStyle::Note, 2);
        }
        if self.show.holder
            && let Some(holder) = &node.holder
        {
            let style = if as_row {
                LineStyle::Note
            } else {
                LineStyle::Body
            };
            self.push_wrapped(lines, holder, style, 1);
        }
        if self.show.body
            && let Some(body) = &node.body
        {
            // Two lines: "Kasvatus- ja opetuslautakunta" is long beside a short unit name.
            self.push_wrapped(lines, body, LineStyle::Note, 2);
        }
        if node.status != PostStatus::Filled {
            let unit_like = matches!(
                node.kind,
                NodeKind::Unit | NodeKind::Team | NodeKind::Organisation
            );
            let mark = lines
                .marks
                .entry((unit_like, node.status))
                .or_insert_with(|| format!("({})", status_text(node, lang)))
                .clone();
            self.push_wrapped(lines, &mark, LineStyle::Note, 1);
        }
        let mut figures = Vec::new();
        if self.show.fte
            && let Some(fte) = node.fte
        {
            figures.push(tr_args(
                lang,
                "chart-fte",
                &[("fte", s(format_number(fte, lang)))],
            ));
        }
        if self.show.cost
            && let Some(cost) = node.cost
        {
            figures.push(format_money(cost.round(), self.currency, lang));
        }
        if self.show.work
            && let Some(work) = node.work
        {
            figures.push(work_text(work, lang));
        }
        if !figures.is_empty() {
            self.push_wrapped(lines, &figures.join(" · "), LineStyle::Note, 1);
        }
        if self.show.capacity && !node.capacity.is_empty() {
            // Two lines: a preschool may count children, departments and groups.
            self.push_wrapped(lines, &self.capacity_text(node), LineStyle::Note, 2);
        }
        if let Some(note) = serves {
            // Two lines: "all units but" may name a long unit.
            self.push_wrapped(lines, note, LineStyle::Note, 2);
        }
        if node.kind == NodeKind::Group {
            // What set the group up and for how long, beside it: a working group's mandate is
            // part of what the committee reads on the chart.
            if let Some(term) = node.term.as_ref().and_then(|t| term_text(t, lang)) {
                let text = tr_args(lang, "chart-term", &[("term", s(term))]);
                self.push_wrapped(lines, &text, LineStyle::Note, 1);
            }
            if let Some(decision) = node
                .decision
                .as_deref()
                .and_then(|d| decision_text(d, lang))
            {
                let text = tr_args(lang, "chart-decision", &[("decision", s(decision))]);
                // Three lines: the record number comes last and is what the minutes cite.
                self.push_wrapped(lines, &text, LineStyle::Note, 3);
            }
            if let Some(meetings) = node.meetings.as_deref().filter(|m| !m.trim().is_empty()) {
                let text = tr_args(lang, "chart-meetings", &[("meetings", s(meetings))]);
                self.push_wrapped(lines, &text, LineStyle::Note, 2);
            }
            self.group_members(scenario, node, lines);
        }
        if hidden > 0 {
            let text = tr_args(lang, "chart-collapsed", &[("count", n(hidden))]);
            self.push_wrapped(lines, &text, LineStyle::Note, 1);
        }
        let own = lines.lines.get(lines.first..).unwrap_or_default();
        let text_width = own.iter().map(|l| l.width).fold(0.0f32, f32::max);
        let text_height: f32 = own.iter().map(|l| self.line_height(l.style)).sum();
        let at = |i: usize| u32::try_from(i).unwrap_or(u32::MAX);
        (
            at(lines.first)..at(lines.lines.len()),
            (text_width + 2.0 * self.padding).max(self.min_box_width),
            text_height + 2.0 * self.padding,
        )
    }

    /// A box's capacity figures, in the order of the plan's measures (then the keys it does not
    /// list), each named: "Elever 300 · Avdelningar 6".
    fn capacity_text(&self, node: &Node) -> String {
        let listed = self
            .measures
            .iter()
            .filter_map(|m| node.capacity.get(&m.key).map(|v| (m.label(self.lang), *v)));
        let unlisted = node
            .capacity
            .iter()
            .filter(|(key, _)| !self.measures.iter().any(|m| &m.key == *key))
            .map(|(key, v)| (key.as_str(), *v));
        listed
            .chain(unlisted)
            .map(|(name, value)| format!("{name} {}", format_number(value, self.lang)))
            .collect::<Vec<_>>()
            .join(" · ")
    }

    /// A group lists its members by role: chair first, then coordinator, members, secretary.
    fn group_members(&self, scenario: &Scenario, group: &Node, lines: &mut Texts) {
        let mut members: Vec<(usize, usize, Role, &Node)> = scenario
            .edges_to(&group.id)
            .into_iter()
            .filter_map(|e| match e.relation {
                Relation::MemberOf(role) => {
                    let rank = Role::ALL.iter().position(|r| *r == role).unwrap_or(0);
                    let node = scenario.node(&e.from)?;
                    Some((rank, scenario.position(&e.from).unwrap_or(0), role, node))
                }
                _ => None,
            })
            .collect();
        members.sort_by_key(|(rank, at, _, _)| (*rank, *at));
        for (_, _, role, member) in members {
            let text = tr_args(
                self.lang,
                "chart-member",
                &[
                    ("role", s(role_text(role, self.lang))),
                    ("name", s(member.label(self.lang))),
                ],
            );
            self.push_wrapped(lines, &text, LineStyle::Note, 2);
        }
    }
}
