//! A chart ready to draw: the layout of a scenario with its title, legend and footer, in the
//! user's language, optionally without personal data. The SVG, PNG and PDF exports draw this.

use super::fit::{Arrangement, PageFit, fit_to_page};
use super::pages::{PageOrientation, Pagination, Paper};
use super::style::{FOOTER_SIZE, Frame, LEGEND_SIZE, MARGIN, PAPER_MARGIN};
use crate::compare::diff;
use crate::compare::marks::{ChangeMarks, Mark, mark_words, with_ghosts};
use crate::i18n::{Lang, s, tr, tr_args};
use crate::layout::{ConnectorKind, Layout, LayoutOptions, LineStyle, layout};
use crate::model::words::{
    decision_text, format_date, kind_text, network_count_text, scenario_status_text,
};
use crate::model::{NodeId, NodeKind, Plan, PostStatus, Relation, Scenario};

/// What to draw and how.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartOptions {
    /// The language of the texts.
    pub lang: Lang,
    /// Leave out holders and every field marked personal.
    pub redact: bool,
    /// How to lay the chart out (its language and box content are set from the fields above).
    pub layout: LayoutOptions,
    /// Arrange the chart to fit this paper (see [`fit_to_page`]) before it is split over
    /// pages; `None` lays it out as `layout` says.
    pub fit: Option<PageFit>,
    /// When it is arranged for paper and still split over pages, open room where a page edge
    /// would run through boxes (see [`fit_to_page`]): for the chart's own pages, as the PDF
    /// and PNG exports print them, not for pages that start below a heading (the committee
    /// pack) or one drawing of the whole chart.
    pub edges_between_boxes: bool,
    /// Points kept free above the chart on each page it is arranged for, for a heading: the
    /// committee pack's pages of a chart of its own carry its heading.
    pub heading_room: f32,
}

impl Default for ChartOptions {
    fn default() -> Self {
        ChartOptions {
            lang: Lang::Fi,
            redact: false,
            layout: LayoutOptions::default(),
            fit: None,
            edges_between_boxes: true,
            heading_room: 0.0,
        }
    }
}

/// One entry of the legend: a sample and its meaning.
#[derive(Clone, Debug, PartialEq)]
pub enum LegendSample {
    /// A box of a kind.
    Kind(NodeKind),
    /// A post's outline for a status.
    Status(PostStatus),
    /// The dashed line of a team serving a unit.
    Serves,
    /// The note in the box of a team that serves every unit beside it, instead of its lines.
    ServesAll,
    /// The outline and tag of a changed box on a comparison chart.
    Mark(Mark),
}

/// One entry of the chart's content as a nested list (for screen readers).
#[derive(Clone, Debug, PartialEq)]
pub struct ListEntry {
    /// Nesting depth, 0 for a root.
    pub depth: usize,
    /// The box's text on one line.
    pub text: String,
}

/// A chart: header, layout, legend and footer.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    /// The plan's name.
    pub title: String,
    /// The scenario's name and status.
    pub subtitle: String,
    /// The laid-out organisation.
    pub layout: Layout,
    /// Legend entries with their texts.
    pub legend: Vec<(LegendSample, String)>,
    /// The scenario, its effective date and its decision, as footer lines.
    pub footer: Vec<String>,
    /// The language (for the document's metadata).
    pub lang: Lang,
    /// What the chart shows, as a nested list in reading order (structure first, then groups).
    pub entries: Vec<ListEntry>,
    /// On a comparison, how each box changed (empty otherwise).
    pub marks: ChangeMarks,
    /// The marks used, with their words in the chart's language.
    pub mark_words: Vec<(Mark, String)>,
    /// How the layout was arranged to fit the paper ([`Arrangement::AS_IS`] when it was not).
    pub arrangement: Arrangement,
    /// The blank space around the chart's canvas: less when it is arranged for paper, whose
    /// page has a margin of its own.
    pub margin: f32,
}

/// How far a comparison's tag reaches above its box: half its height (a note's size and 3
/// points, see `svg.rs`), with room to spare.
const TAG_REACH: f32 = 6.0;

/// Builds the chart of `scenario` of `plan`.
#[must_use]
pub fn chart(plan: &Plan, scenario: &Scenario, options: &ChartOptions) -> Chart {
    let public;
    let scenario = if options.redact {
        public = plan.redacted();
        public.scenario(&scenario.meta.id).unwrap_or(scenario)
    } else {
        scenario
    };
    draw(plan, scenario, options, ChangeMarks::default(), None)
}

/// Builds the chart of `after` with its changes from `before` marked: each changed box outlined
/// and tagged with what changed, and the nodes `after` no longer has drawn faint where they
/// stood, so that one chart shows the comparison.
#[must_use]
pub fn chart_compared(
    plan: &Plan,
    before: &Scenario,
    after: &Scenario,
    options: &ChartOptions,
) -> Chart {
    let public;
    let (before, after) = if options.redact {
        public = plan.redacted();
        let same = |s: &'_ Scenario| public.scenario(&s.meta.id);
        (same(before).unwrap_or(before), same(after).unwrap_or(after))
    } else {
        (before, after)
    };
    let marks = ChangeMarks::of(&diff(before, after));
    let shown = with_ghosts(before, after, &marks);
    draw(plan, &shown, options, marks, Some(before))
}

/// The chart of `scenario` (already without personal data when the options ask for that), its
/// changes from `before` marked as `marks` say.
fn draw(
    plan: &Plan,
    scenario: &Scenario,
    options: &ChartOptions,
    marks: ChangeMarks,
    before: Option<&Scenario>,
) -> Chart {
    let lang = options.lang;
    let mut layout_options = options.layout.clone().with_view(scenario);
    layout_options.lang = lang;
    layout_options.currency = plan.currency();
    layout_options.measures.clone_from(&plan.measures);
    if options.redact {
        layout_options.show.holder = false;
    }
    if before.is_some() {
        // A team serving every unit left is still noted as serving all units.
        layout_options.gone = scenario
            .ids()
            .filter(|id| marks.is_ghost(id))
            .cloned()
            .collect();
    }
    // The chart as it is: whether it draws serves lines or notes does not depend on how it is
    // arranged, and the legend, which the arranging measures, says which.
    let as_is = layout(scenario, &layout_options);
    let laid_out = &as_is;
    let meta = &scenario.meta;
    let mut subtitle = format!(
        "{} ({})",
        meta.name.show(lang),
        scenario_status_text(meta.status, lang)
    );
    if let Some(before) = before {
        let args = [("before", s(before.meta.name.show(lang)))];
        subtitle = format!("{subtitle}: {}", tr_args(lang, "chart-compared", &args));
    }
    let mut footer = vec![meta.name.show(lang).to_owned()];
    if let Some(date) = meta.effective {
        footer.push(tr_args(
            lang,
            "chart-effective",
            &[("date", s(format_date(date, lang)))],
        ));
    }
    if let Some(decision) = meta.decision.as_ref().and_then(|d| decision_text(d, lang)) {
        footer.push(tr_args(
            lang,
            "chart-decision",
            &[("decision", s(decision))],
        ));
    }
    let mut legend: Vec<(LegendSample, String)> = NodeKind::ALL
        .into_iter()
        .map(|k| (LegendSample::Kind(k), kind_text(k, lang)))
        .collect();
    for status in [
        PostStatus::Vacant,
        PostStatus::LeftUnfilled,
        PostStatus::Abolished,
        PostStatus::Acting,
    ] {
        legend.push((
            LegendSample::Status(status),
            tr(lang, &format!("status-{}", status.code())),
        ));
    }
    // Like the marks, the serves entries explain only what the chart draws: where every team
    // serving units is a note, a dashed sample would explain a line nobody can find.
    let serves_lines = laid_out
        .connectors
        .iter()
        .any(|c| c.kind == ConnectorKind::Serves);
    if serves_lines {
        legend.push((LegendSample::Serves, tr(lang, "chart-serves")));
    }
    if !laid_out.serves_notes.is_empty() {
        legend.push((LegendSample::ServesAll, tr(lang, "chart-serves-all-legend")));
    }
    let mark_words = mark_words(&marks, lang);
    for (mark, word) in &mark_words {
        legend.push((LegendSample::Mark(*mark), word.clone()));
    }
    let mut drawn = Chart {
        entries: Vec::new(),
        title: match network_count_text(plan, scenario, lang) {
            Some(network) => format!("{} – {network}", plan.name.show(lang)),
            None => plan.name.show(lang).to_owned(),
        },
        subtitle,
        layout: Layout::default(),
        legend,
        footer,
        lang,
        marks,
        mark_words,
        arrangement: Arrangement::AS_IS,
        margin: if options.fit.is_some() {
            PAPER_MARGIN
        } else {
            MARGIN
        },
    };
    if let Some(page) = options.fit {
        let fitted = fit_to_page(
            scenario,
            &layout_options,
            page,
            smallest_text_at(layout_options.font_size),
            |l| drawn.frame_around(l),
            // A comparison's tags stand across the top edge of their boxes.
            options
                .edges_between_boxes
                .then_some(if drawn.marks.is_empty() {
                    0.0
                } else {
                    TAG_REACH
                }),
            options.heading_room,
        );
        drawn.layout = fitted.layout;
        drawn.arrangement = fitted.arrangement;
    } else {
        drawn.layout = as_is;
    }
    drawn.entries = list_entries(
        scenario,
        &drawn.layout,
        &drawn.marks,
        &drawn.mark_words,
        lang,
    );
    drawn
}

impl Chart {
    /// Where the parts of the chart go on its canvas.
    #[must_use]
    pub fn frame(&self) -> Frame {
        self.frame_around(&self.layout)
    }

    /// The frame of this chart's title, legend and footer around `layout`.
    fn frame_around(&self, layout: &Layout) -> Frame {
        let labels: Vec<&str> = self
            .legend
            .iter()
            .map(|(_, label)| label.as_str())
            .collect();
        Frame::around(
            (layout.width, layout.height),
            self.margin,
            &self.title,
            &labels,
            &self.footer,
        )
    }

    /// The pages this chart prints on as the PDF splits it: with room for the overview map
    /// when it takes several, and `top` points kept free above it on each (for a heading).
    #[must_use]
    pub fn printed_pages(
        &self,
        paper: Paper,
        orientation: PageOrientation,
        top: f32,
    ) -> Pagination {
        let frame = self.frame();
        Pagination::with_overview_below(
            frame.width,
            frame.height,
            self.smallest_text(),
            paper,
            orientation,
            top,
        )
    }

    /// The size of the smallest text on the chart, in points (a box's notes, the legend, the
    /// footer).
    #[must_use]
    pub fn smallest_text(&self) -> f32 {
        smallest_text_at(self.layout.font_size)
    }

    /// The words of a box's change marks, joined (empty when the box did not change).
    #[must_use]
    pub fn mark_text(&self, id: &NodeId) -> String {
        mark_text(self.marks.of_node(id), &self.mark_words)
    }
}

/// The smallest text of a chart whose names are set at `font_size`.
fn smallest_text_at(font_size: f32) -> f32 {
    LineStyle::Note
        .size(font_size)
        .min(LEGEND_SIZE)
        .min(FOOTER_SIZE)
}

fn mark_text(marks: &[Mark], words: &[(Mark, String)]) -> String {
    let words: Vec<&str> = marks
        .iter()
        .filter_map(|m| words.iter().find(|(w, _)| w == m).map(|(_, t)| t.as_str()))
        .collect();
    words.join(", ")
}

/// Everything a node whose box carries a serves note ("Serves all units") serves, by name in
/// the scenario's order ("serves: A, B, C"): the note stands for lines the chart does not
/// draw, and a reader of the list should not have to work out which units they were.
fn served_in_full(scenario: &Scenario, id: &NodeId, lang: Lang) -> String {
    let mut served: Vec<(usize, &str)> = scenario
        .targets(id, Relation::Serves)
        .filter_map(|to| Some((scenario.position(to)?, scenario.node(to)?.label(lang))))
        .collect();
    served.sort_unstable();
    let names: Vec<&str> = served.into_iter().map(|(_, name)| name).collect();
    tr_args(lang, "chart-serves-list", &[("units", s(names.join(", ")))])
}

/// The boxes of a chart in depth-first order of the structure, each with its depth, what a
/// team with a serves note serves and, on a comparison, what changed.
fn list_entries(
    scenario: &Scenario,
    laid_out: &Layout,
    marks: &ChangeMarks,
    words: &[(Mark, String)],
    lang: Lang,
) -> Vec<ListEntry> {
    use std::collections::HashMap;
    let noted: std::collections::HashSet<&NodeId> =
        laid_out.serves_notes.iter().map(|n| &n.node).collect();
    let texts: HashMap<&crate::model::NodeId, String> = laid_out
        .boxes
        .iter()
        .map(|b| {
            let mut text = laid_out.one_line(b);
            if noted.contains(&b.id) {
                text = format!("{text} ({})", served_in_full(scenario, &b.id, lang));
            }
            let changed = mark_text(marks.of_node(&b.id), words);
            let text = if changed.is_empty() {
                text
            } else {
                format!("{text} [{changed}]")
            };
            (&b.id, text)
        })
        .collect();
    let mut entries = Vec::with_capacity(texts.len());
    let mut seen = std::collections::HashSet::new();
    let mut roots: Vec<&crate::model::Node> = scenario.roots().collect();
    // Groups after the organisation, as the chart shows them.
    roots.sort_by_key(|n| n.kind == NodeKind::Group);
    let mut stack: Vec<(&crate::model::NodeId, usize)> =
        roots.iter().rev().map(|n| (&n.id, 0)).collect();
    // Boxes no root reaches (a structure loop the checks report) follow as roots of their
    // own, so that the list still names everything the chart shows.
    let mut rest = laid_out.boxes.iter().map(|b| &b.id);
    loop {
        let Some((id, depth)) = stack.pop() else {
            match rest.find(|id| !seen.contains(id)) {
                Some(id) => {
                    stack.push((id, 0));
                    continue;
                }
                None => break,
            }
        };
        if !seen.insert(id) {
            continue;
        }
        let Some(text) = texts.get(id) else { continue };
        entries.push(ListEntry {
            depth,
            text: text.clone(),
        });
        for child in scenario.children(id).into_iter().rev() {
            stack.push((child, depth + 1));
        }
    }
    entries
}
