//! What a box shows, and how big that makes it.

use super::text::FontMetrics;
use super::{LayoutOptions, LineStyle, TextLine};
use crate::i18n::words::{role_text, status_text, work_text};
use crate::i18n::{n, s, tr_args};
use crate::model::{Node, NodeKind, PostStatus, Relation, Role, Scenario};

/// The lines of a box and its size (width, height) in chart units.
pub(super) struct Measured {
    pub lines: Vec<TextLine>,
    pub hidden: usize,
    pub width: f32,
    pub height: f32,
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

    fn push_wrapped(
        &self,
        lines: &mut Vec<TextLine>,
        text: &str,
        style: LineStyle,
        max_lines: usize,
    ) {
        let size = self.size_of(style);
        // Each call starts a new part of the box (name, title, holder, ...).
        let part = lines.last().map_or(0, |l| l.part.saturating_add(1));
        for (text, width) in
            Self::metrics(style).wrap_measured(text, size, self.max_text_width, max_lines)
        {
            lines.push(TextLine {
                text,
                style,
                part,
                width,
            });
        }
    }

    /// Measures the box of `node`; `hidden` is the number of nodes collapsed inside it.
    pub(super) fn measure(&self, scenario: &Scenario, node: &Node, hidden: usize) -> Measured {
        let lang = self.lang;
        let mut lines = Vec::new();
        let heading = if matches!(
            node.kind,
            NodeKind::Organisation | NodeKind::Unit | NodeKind::Group
        ) {
            LineStyle::Heading
        } else {
            LineStyle::Body
        };
        self.push_wrapped(&mut lines, node.label(lang), heading, 3);
        let title = node.title.show(lang);
        if self.show.title && !node.name.is_empty() && !title.is_empty() {
            self.push_wrapped(&mut lines, title, LineStyle::Note, 2);
        }
        if self.show.holder
            && let Some(holder) = &node.holder
        {
            self.push_wrapped(&mut lines, holder, LineStyle::Body, 1);
        }
        if node.status != PostStatus::Filled {
            self.push_wrapped(
                &mut lines,
                &format!("({})", status_text(node, lang)),
                LineStyle::Note,
                1,
            );
        }
        let mut figures = Vec::new();
        if self.show.fte
            && let Some(fte) = node.fte
        {
            figures.push(tr_args(lang, "chart-fte", &[("fte", s(fte.to_string()))]));
        }
        if self.show.cost
            && let Some(cost) = node.cost
        {
            figures.push(format!("{cost:.0} €"));
        }
        if self.show.work
            && let Some(work) = node.work
        {
            figures.push(work_text(work, lang));
        }
        if !figures.is_empty() {
            self.push_wrapped(&mut lines, &figures.join(" · "), LineStyle::Note, 1);
        }
        if node.kind == NodeKind::Group {
            self.group_members(scenario, node, &mut lines);
        }
        if hidden > 0 {
            let text = tr_args(lang, "chart-collapsed", &[("count", n(hidden))]);
            self.push_wrapped(&mut lines, &text, LineStyle::Note, 1);
        }
        let text_width = lines.iter().map(|l| l.width).fold(0.0f32, f32::max);
        let text_height: f32 = lines.iter().map(|l| self.line_height(l.style)).sum();
        Measured {
            width: (text_width + 2.0 * self.padding).max(self.min_box_width),
            height: text_height + 2.0 * self.padding,
            lines,
            hidden,
        }
    }

    /// A group lists its members by role: chair first, then coordinator, members, secretary.
    fn group_members(&self, scenario: &Scenario, group: &Node, lines: &mut Vec<TextLine>) {
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
