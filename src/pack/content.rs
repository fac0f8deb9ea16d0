//! What the committee pack says, in one language: the cover with the decision record, the
//! summary (changes by group, five headline figures before and after), the two charts, the
//! changes as numbered sentences, the figures tables, the problems still open and the notes.

use super::document::{Block, ChartBlock, Part, Row, Table};
use super::pdf::chart_heading_room;
use crate::analysis::{CheckOptions, check};
use crate::compare::demand_report::{demand_head, demand_lines, demands, over_capacity_lines};
use crate::compare::report::{Sides, sentence};
use crate::compare::table::FiguresTable;
use crate::compare::{Change, ChangeGroup, Figures};
use crate::export::{ChartOptions, PageFit, PageOrientation, chart, chart_compared};
use crate::i18n::{Lang, format_number, s, tr, tr_args};
use crate::layout::LayoutOptions;
use crate::model::words::{format_date, network_members_text, scenario_status_text};
use crate::model::{Date, Plan, Scenario};

/// The figures the summary shows before and after, by their codes in the figures table.
const HEADLINE: [&str; 5] = ["positions", "fte", "cost", "layers", "span_max"];

/// The figures the per-unit table shows, after the change and the change itself.
const UNIT_FIGURES: [&str; 4] = ["positions", "fte", "cost", "span_max"];

/// What one language's part is made of.
pub(super) struct Inputs<'a> {
    /// The plan (already without personal data when the pack is redacted).
    pub plan: &'a Plan,
    /// The scenario the pack compares from.
    pub before: &'a Scenario,
    /// The scenario it proposes.
    pub after: &'a Scenario,
    /// The changes from `before` to `after`.
    pub changes: &'a [Change],
    /// The figures of both.
    pub figures: &'a [Figures; 2],
    /// The day the pack is made.
    pub made: Date,
    /// The paper it prints on.
    pub paper: super::PackPaper,
    /// Personal data left out.
    pub redact: bool,
    /// How the checks judge span of control.
    pub checks: &'a CheckOptions,
}

/// The pack's part in `lang`.
pub(super) fn part(inputs: &Inputs<'_>, lang: Lang) -> Part {
    let mut blocks = Vec::new();
    cover(&mut blocks, inputs, lang);
    summary(&mut blocks, inputs, lang);
    charts(&mut blocks, inputs, lang);
    changes(&mut blocks, inputs, lang);
    figures(&mut blocks, inputs, lang);
    demand(&mut blocks, inputs, lang);
    problems(&mut blocks, inputs, lang);
    notes(&mut blocks, inputs, lang);
    participation(&mut blocks, inputs, lang);
    Part { lang, blocks }
}

fn heading(blocks: &mut Vec<Block>, level: u8, text: String) {
    blocks.push(Block::Heading { level, text });
}

/// The plan, the proposal and its decision record, the rationale, the contacts, the date.
fn cover(blocks: &mut Vec<Block>, inputs: &Inputs<'_>, lang: Lang) {
    let meta = &inputs.after.meta;
    heading(blocks, 1, inputs.plan.name.show(lang).to_owned());
    blocks.push(Block::Paragraph(tr_args(
        lang,
        "pack-proposal",
        &[
            ("after", s(meta.name.show(lang))),
            ("before", s(inputs.before.meta.name.show(lang))),
        ],
    )));
    let mut facts = vec![(tr(lang, "pack-scenario"), meta.name.show(lang).to_owned())];
    if let Some(members) = network_members_text(inputs.plan, inputs.after, lang) {
        facts.push((tr(lang, "network-members"), members));
    }
    if let Some(date) = meta.effective {
        facts.push((tr(lang, "field-effective"), format_date(date, lang)));
    }
    facts.push((
        tr(lang, "field-status"),
        scenario_status_text(meta.status, lang),
    ));
    if let Some(decision) = &meta.decision {
        let text = |key: &str, value: &Option<String>| {
            value
                .as_ref()
                .filter(|v| !v.trim().is_empty())
                .map(|v| (tr(lang, key), v.clone()))
        };
        facts.extend(text("decision-body", &decision.body));
        if let Some(date) = decision.date {
            facts.push((tr(lang, "decision-date"), format_date(date, lang)));
        }
        facts.extend(text("decision-section", &decision.section));
        facts.extend(text("decision-record", &decision.record));
        if !inputs.redact {
            facts.extend(text("decision-presenter", &decision.presenter));
        }
        facts.extend(text("decision-proposal", &decision.proposal));
        facts.extend(text("decision-text", &decision.text));
    }
    if let Some(rationale) = meta.rationale.as_ref().filter(|r| !r.trim().is_empty()) {
        facts.push((tr(lang, "field-rationale"), rationale.clone()));
    }
    if !inputs.redact {
        for contact in &inputs.plan.contacts {
            let details: Vec<String> = [
                Some(contact.name.clone()),
                Some(contact.title.show(lang).to_owned()).filter(|t| !t.is_empty()),
                contact.phone.clone(),
                contact.email.clone(),
            ]
            .into_iter()
            .flatten()
            .collect();
            facts.push((tr(lang, "pack-contact"), details.join(", ")));
        }
    }
    facts.push((tr(lang, "pack-made"), format_date(inputs.made, lang)));
    blocks.push(Block::Facts(facts));
}

/// The changes counted by group and the five headline figures.
fn summary(blocks: &mut Vec<Block>, inputs: &Inputs<'_>, lang: Lang) {
    heading(blocks, 2, tr(lang, "pack-summary"));
    let count = |n: usize| format_number(n as f64, lang);
    let mut rows: Vec<Row> = ChangeGroup::ALL
        .iter()
        .map(|group| {
            let n = inputs
                .changes
                .iter()
                .filter(|c| c.kind.group() == *group)
                .count();
            Row {
                heads: vec![tr(lang, &format!("diff-group-{}", group.code()))],
                cells: vec![count(n)],
                attention: false,
            }
        })
        .filter(|row| row.cells.first().is_some_and(|c| c != "0"))
        .collect();
    rows.push(Row {
        heads: vec![tr(lang, "pack-changes-total")],
        cells: vec![count(inputs.changes.len())],
        attention: false,
    });
    blocks.push(Block::Table(Table {
        caption: tr(lang, "pack-changes-by-group"),
        head: vec![tr(lang, "pack-group"), tr(lang, "pack-count")],
        rows,
    }));
    let table = figures_table(inputs, lang);
    let rows = HEADLINE
        .iter()
        .filter_map(|code| table.rows.iter().find(|r| r.code == *code))
        .map(|row| Row {
            heads: vec![attention_mark(&row.label, row.highlight, lang)],
            cells: row.texts(lang),
            attention: row.highlight,
        })
        .collect();
    blocks.push(Block::Table(Table {
        caption: tr(lang, "pack-headline"),
        head: figure_head(inputs, lang),
        rows,
    }));
}

fn figures_table(inputs: &Inputs<'_>, lang: Lang) -> FiguresTable {
    FiguresTable::new(
        &[inputs.before, inputs.after],
        inputs.figures,
        inputs.plan.terms(),
        lang,
    )
}

/// The headings of a figures table: the figure, before, after, the change.
fn figure_head(inputs: &Inputs<'_>, lang: Lang) -> Vec<String> {
    vec![
        tr(lang, "stats-figure"),
        inputs.before.meta.name.show(lang).to_owned(),
        inputs.after.meta.name.show(lang).to_owned(),
        tr(lang, "pack-change"),
    ]
}

/// The chart before and the chart after with the changes marked, each arranged for upright
/// pages and for pages turned landscape (the PDF takes whichever prints it on fewer), leaving
/// room above it for its heading.
fn charts(blocks: &mut Vec<Block>, inputs: &Inputs<'_>, lang: Lang) {
    let options = |orientation, caption: &str| ChartOptions {
        // Arranged to read on the page the pack prints on.
        fit: Some(PageFit {
            paper: inputs.paper.paper(),
            orientation,
        }),
        // The pack's chart pages start below a heading, and its HTML and Word documents draw
        // the chart whole.
        edges_between_boxes: false,
        heading_room: chart_heading_room(caption, inputs.paper.paper()),
        lang,
        redact: inputs.redact,
        layout: LayoutOptions {
            lang,
            ..LayoutOptions::default()
        },
    };
    let draw = |at: usize, options: &ChartOptions| {
        if at == 0 {
            chart(inputs.plan, inputs.before, options)
        } else {
            chart_compared(inputs.plan, inputs.before, inputs.after, options)
        }
    };
    for (at, (scenario, key)) in [(inputs.before, "pack-before"), (inputs.after, "pack-after")]
        .into_iter()
        .enumerate()
    {
        let name = scenario.meta.name.show(lang).to_owned();
        let caption = tr_args(lang, key, &[("name", s(&name))]);
        let upright = options(PageOrientation::Portrait, &caption);
        let drawn = draw(at, &upright);
        // Arranged for landscape pages only when upright it takes more than one: only then
        // can turning them save one.
        let own_pages = upright.fit.map_or(1, |page| {
            let pages = drawn.printed_pages(page.paper, page.orientation, upright.heading_room);
            pages.count()
        });
        let turned = (own_pages > 1)
            .then(|| draw(at, &options(PageOrientation::Landscape, &caption)))
            .filter(|turned| turned.layout != drawn.layout);
        // Each chart a section of its own: a heading over a chart that fills a page.
        heading(blocks, 2, caption.clone());
        let alt = tr_args(
            lang,
            "pack-chart-alt",
            &[
                ("name", s(&name)),
                (
                    "boxes",
                    s(format_number(drawn.layout.boxes.len() as f64, lang)),
                ),
            ],
        );
        blocks.push(Block::Chart(Box::new(ChartBlock {
            caption,
            alt,
            turned,
            chart: drawn,
            key: format!("{}-{at}", lang.code()),
        })));
    }
}

/// Every change as the report numbers and groups it.
fn changes(blocks: &mut Vec<Block>, inputs: &Inputs<'_>, lang: Lang) {
    heading(blocks, 2, tr(lang, "pack-changes"));
    let sides = Sides::new(inputs.before, inputs.after).with_terms(inputs.plan.terms());
    if inputs.changes.is_empty() {
        blocks.push(Block::Paragraph(tr(lang, "diff-none")));
    }
    let mut number = 1;
    for group in ChangeGroup::ALL {
        let items: Vec<String> = inputs
            .changes
            .iter()
            .filter(|c| c.kind.group() == group)
            .map(|c| sentence(c, &sides, lang))
            .collect();
        if items.is_empty() {
            continue;
        }
        heading(blocks, 3, tr(lang, &format!("diff-group-{}", group.code())));
        let count = items.len();
        blocks.push(Block::Numbered {
            start: number,
            items,
        });
        number += count;
    }
}

/// The figures, whole and per unit, with the change.
fn figures(blocks: &mut Vec<Block>, inputs: &Inputs<'_>, lang: Lang) {
    heading(blocks, 2, tr(lang, "pack-figures"));
    let table = figures_table(inputs, lang);
    let mark = |label: &str, highlight: bool| attention_mark(label, highlight, lang);
    let rows = table
        .rows
        .iter()
        .map(|row| Row {
            heads: vec![mark(&row.label, row.highlight)],
            cells: row.texts(lang),
            attention: row.highlight,
        })
        .collect();
    blocks.push(Block::Table(Table {
        caption: tr(lang, "pack-figures-whole"),
        head: figure_head(inputs, lang),
        rows,
    }));
    // Per unit, the figures a committee weighs: each after the change, and the change; every
    // figure of every unit is in the spreadsheet (`orgplan stats --format xlsx`).
    let mut head = vec![tr(lang, "figures-units")];
    let mut codes = Vec::new();
    for code in UNIT_FIGURES {
        if let Some(row) = table
            .units
            .iter()
            .flat_map(|u| &u.rows)
            .find(|r| r.code == code)
        {
            head.push(row.label.clone());
            head.push(tr(lang, "pack-change"));
            codes.push(code);
        }
    }
    let rows = table
        .units
        .iter()
        .map(|unit| {
            let mut cells = Vec::new();
            let mut attention = false;
            for code in &codes {
                let texts = unit
                    .rows
                    .iter()
                    .find(|r| r.code == *code)
                    .map(|r| {
                        attention |= r.highlight;
                        r.texts(lang)
                    })
                    .unwrap_or_default();
                // After, and the change against before.
                cells.push(texts.get(1).cloned().unwrap_or_else(|| "–".to_owned()));
                cells.push(texts.get(2).cloned().unwrap_or_else(|| "–".to_owned()));
            }
            let indent = "\u{a0}\u{a0}".repeat(unit.depth.min(6));
            Row {
                heads: vec![mark(&format!("{indent}{}", unit.label), attention)],
                cells,
                attention,
            }
        })
        .collect();
    blocks.push(Block::Table(Table {
        caption: tr(lang, "pack-figures-units"),
        head,
        rows,
    }));
}

/// Demand against capacity before and after, where the plan has forecasts: a unit the proposal
/// puts over capacity (a closed school's pupils at the school taking them) needs attention.
fn demand(blocks: &mut Vec<Block>, inputs: &Inputs<'_>, lang: Lang) {
    let scenarios = [inputs.before, inputs.after];
    let demands = demands(&scenarios);
    let lines = demand_lines(&scenarios, &demands, inputs.plan.terms(), lang);
    if lines.is_empty() {
        return;
    }
    heading(blocks, 2, tr(lang, "demand-title"));
    let [unit, measure, year] = demand_head(lang);
    let mut head = vec![unit, measure, year];
    head.extend(figure_head(inputs, lang).into_iter().skip(1).take(2));
    let rows = lines
        .into_iter()
        .map(|line| {
            let attention = line.over.last().copied().unwrap_or(false);
            Row {
                heads: vec![
                    attention_mark(&line.unit_label, attention, lang),
                    line.measure,
                    line.year.to_string(),
                ],
                cells: line.cells,
                attention,
            }
        })
        .collect();
    blocks.push(Block::Table(Table {
        caption: tr(lang, "demand-caption"),
        head,
        rows,
    }));
    // In words too, the proposal's units over capacity and the demand no unit takes over.
    let terms = inputs.plan.terms();
    for line in over_capacity_lines(&scenarios[1..], &demands[1..], terms, lang) {
        blocks.push(Block::Paragraph(line));
    }
}

/// The problems the checks still find in the proposal (tasks without an owner among them).
fn problems(blocks: &mut Vec<Block>, inputs: &Inputs<'_>, lang: Lang) {
    heading(blocks, 2, tr(lang, "pack-problems"));
    let found = check(inputs.after, inputs.checks);
    if found.is_empty() {
        blocks.push(Block::Paragraph(tr(lang, "pack-no-problems")));
        return;
    }
    blocks.push(Block::Numbered {
        start: 1,
        items: found
            .iter()
            .map(|p| p.message(inputs.after, lang))
            .collect(),
    });
}

/// The proposal's notes.
fn notes(blocks: &mut Vec<Block>, inputs: &Inputs<'_>, lang: Lang) {
    let Some(notes) = inputs
        .after
        .meta
        .notes
        .as_ref()
        .filter(|n| !n.trim().is_empty())
    else {
        return;
    };
    heading(blocks, 2, tr(lang, "field-notes"));
    for paragraph in notes.split("\n\n").filter(|p| !p.trim().is_empty()) {
        blocks.push(Block::Paragraph(paragraph.trim().to_owned()));
    }
}

/// How people were heard: each event with its day, who took part (left out when redacted:
/// it may name people), what was said and what changed because of it.
fn participation(blocks: &mut Vec<Block>, inputs: &Inputs<'_>, lang: Lang) {
    let events = &inputs.after.meta.participation;
    if events.is_empty() {
        return;
    }
    heading(blocks, 2, tr(lang, "pack-participation"));
    for event in events {
        let kind = tr(lang, &format!("event-{}", event.kind.code()));
        let title = match event.date {
            Some(date) => format!("{kind}, {}", format_date(date, lang)),
            None => kind,
        };
        heading(blocks, 3, title);
        let mut facts = Vec::new();
        let mut fact = |key: &str, value: &Option<String>| {
            if let Some(value) = value.as_ref().filter(|v| !v.trim().is_empty()) {
                facts.push((tr(lang, key), value.clone()));
            }
        };
        if !inputs.redact {
            fact("event-participants", &event.participants);
        }
        fact("event-summary", &event.summary);
        fact("event-outcome", &event.outcome);
        if !facts.is_empty() {
            blocks.push(Block::Facts(facts));
        }
    }
}

/// A figure's label, with the words "needs attention" when it needs it: never colour alone.
fn attention_mark(label: &str, highlight: bool, lang: Lang) -> String {
    if highlight {
        format!("{label} ({})", tr(lang, "pack-attention"))
    } else {
        label.to_owned()
    }
}
