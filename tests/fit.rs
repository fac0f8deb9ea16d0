//! Charts arranged to fit their paper: the built-in examples print on one A4 landscape page
//! with text of at least 7 pt, in every language (the Päijät-Häme network's 2022 plan with
//! its development groups in a row under the municipalities); a generated organisation, arranged, keeps every box on a page,
//! no two boxes overlapping, its text at least 7 pt, and never needs more pages than as it is;
//! a chart too large for any arrangement is still split with every box on a page; rows
//! wrapped into bands keep the tree readable; the command line arranges by default and
//! `--arrange as-is` does not.

#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

use std::process::Command;

use orgplan::examples::{self, Example};
use orgplan::export::{
    Arrangement, Chart, ChartOptions, Frame, MIN_PRINTED_TEXT, PageFit, PageOrientation,
    Pagination, Paper, chart, chart_compared,
};
use orgplan::generate::{GenOptions, Shape, generate_plan};
use orgplan::i18n::Lang;
use orgplan::layout::{ConnectorKind, Layout, LayoutOptions, NodeBox, layout};
use orgplan::model::{Plan, Relation, Scenario};
use proptest::prelude::*;

pub(crate) const A4_LANDSCAPE: PageFit = PageFit {
    paper: Paper::A4,
    orientation: PageOrientation::Landscape,
};

pub(crate) fn options(fit: Option<PageFit>) -> ChartOptions {
    ChartOptions {
        lang: Lang::En,
        fit,
        ..ChartOptions::default()
    }
}

/// The pages a chart goes on, as the PDF lays them (with room for the overview map when there
/// are several).
pub(crate) fn pages_of(drawing: &Chart) -> Pagination {
    pages_on(drawing, A4_LANDSCAPE)
}

/// The pages a chart goes on when printed on `fit`.
pub(crate) fn pages_on(drawing: &Chart, fit: PageFit) -> Pagination {
    let frame = drawing.frame();
    Pagination::with_overview(
        frame.width,
        frame.height,
        drawing.smallest_text(),
        fit.paper,
        fit.orientation,
    )
}

fn overlap(a: &NodeBox, b: &NodeBox) -> bool {
    let eps = 0.01;
    a.x < b.x + b.width - eps
        && b.x < a.x + a.width - eps
        && a.y < b.y + b.height - eps
        && b.y < a.y + a.height - eps
}

/// The first two boxes that overlap, sweeping by x.
fn overlapping(chart: &Layout) -> Option<(String, String)> {
    let mut sorted: Vec<&NodeBox> = chart.boxes.iter().collect();
    sorted.sort_by(|a, b| a.x.total_cmp(&b.x));
    for (i, a) in sorted.iter().enumerate() {
        for b in &sorted[i + 1..] {
            if b.x >= a.x + a.width {
                break;
            }
            if overlap(a, b) {
                return Some((a.id.to_string(), b.id.to_string()));
            }
        }
    }
    None
}

/// Every box of `drawing` lies whole on one of its pages, or (split over several) at least
/// partly on one, inside the printed area.
pub(crate) fn every_box_on_a_page(drawing: &Chart, pages: &Pagination) -> Result<(), String> {
    let frame = drawing.frame();
    for b in &drawing.layout.boxes {
        let rect = [b.x + frame.chart_x, b.y + frame.chart_y, b.width, b.height];
        let (columns, rows) = pages.pages_of(rect);
        if columns.is_empty() || rows.is_empty() {
            return Err(format!("{} is on no page: {rect:?} {pages:?}", b.id));
        }
        if pages.count() == 1 {
            let (w, h) = pages.area();
            let right = (rect[0] + rect[2]) * pages.scale;
            let bottom = (rect[1] + rect[3]) * pages.scale;
            if rect[0] < 0.0 || rect[1] < 0.0 || right > w + 0.01 || bottom > h + 0.01 {
                return Err(format!("{} is off the page: {rect:?} {pages:?}", b.id));
            }
        }
    }
    Ok(())
}

/// The names' and the smallest text's printed sizes.
fn printed(drawing: &Chart, pages: &Pagination) -> (f32, f32) {
    (
        drawing.layout.font_size * pages.scale,
        drawing.smallest_text() * pages.scale,
    )
}

#[test]
fn every_example_prints_on_one_landscape_page_with_text_of_7_pt() {
    for (example, lang) in Example::ALL
        .into_iter()
        .flat_map(|e| [Lang::Fi, Lang::Sv, Lang::En].map(|l| (e, l)))
    {
        let plan = examples::load(example).unwrap();
        for scenario in plan.scenarios() {
            let paper = A4_LANDSCAPE;
            let drawing = chart(
                &plan,
                scenario,
                &ChartOptions {
                    lang,
                    ..options(Some(paper))
                },
            );
            let pages = pages_on(&drawing, paper);
            let label = format!("{} {} {lang:?}", example.code(), scenario.meta.id);
            assert_eq!(pages.count(), 1, "{label}: {:?}", drawing.arrangement);
            let (names, smallest) = printed(&drawing, &pages);
            assert!(names >= MIN_PRINTED_TEXT, "{label}: names at {names} pt");
            assert!(
                smallest >= MIN_PRINTED_TEXT - 1e-3,
                "{label}: {smallest} pt"
            );
            assert_eq!(drawing.layout.boxes.len(), scenario.len(), "{label}");
            assert_eq!(overlapping(&drawing.layout), None, "{label}");
            every_box_on_a_page(&drawing, &pages).unwrap();
        }
    }
}

#[test]
fn the_decided_kouvola_chart_is_rearranged_and_its_pdf_has_one_chart_page() {
    let plan = examples::load(Example::Kouvola).unwrap();
    let decided = plan.find_scenario("decided").unwrap();
    // As it is, its one long row of units needs two pages.
    let as_is = chart(&plan, decided, &options(None));
    assert_eq!(as_is.arrangement, Arrangement::AS_IS);
    assert!(pages_of(&as_is).count() > 1);
    let fitted = chart(&plan, decided, &options(Some(A4_LANDSCAPE)));
    assert_ne!(fitted.arrangement, Arrangement::AS_IS);
    assert!(fitted.arrangement.message(Lang::Fi).is_some());
    let pdf = orgplan::export::pdf(
        &fitted,
        &orgplan::export::PdfOptions {
            paper: Paper::A4,
            orientation: PageOrientation::Landscape,
        },
    )
    .unwrap();
    let doc = lopdf::Document::load_mem(&pdf).unwrap();
    // One page of chart; the list of its content follows on its own page.
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc.extract_text(&pages[1..]).unwrap_or_default();
    assert_eq!(pages.len(), 2, "{text}");
}

#[test]
fn a_comparison_chart_is_arranged_too() {
    let plan = examples::load(Example::Kouvola).unwrap();
    let decided = plan.find_scenario("decided").unwrap();
    let drawing = chart_compared(
        &plan,
        plan.baseline(),
        decided,
        &options(Some(A4_LANDSCAPE)),
    );
    let pages = pages_of(&drawing);
    // The comparison with its ghosts and the teams' notes fits one A4 landscape page at 7 pt,
    // where as it is it takes more.
    let as_is = chart_compared(&plan, plan.baseline(), decided, &options(None));
    let plain = pages_of(&as_is);
    assert_eq!(pages.count(), 1, "{:?}", drawing.arrangement);
    assert!(plain.count() > 1);
    assert!(printed(&drawing, &pages).0 >= MIN_PRINTED_TEXT);
    assert!(!drawing.marks.is_empty());
    every_box_on_a_page(&drawing, &pages).unwrap();
    let a3 = ChartOptions {
        fit: Some(PageFit {
            paper: Paper::A3,
            orientation: PageOrientation::Landscape,
        }),
        ..options(None)
    };
    let drawing = chart_compared(&plan, plan.baseline(), decided, &a3);
    let pages = Pagination::with_overview(
        drawing.frame().width,
        drawing.frame().height,
        drawing.smallest_text(),
        Paper::A3,
        PageOrientation::Landscape,
    );
    assert_eq!(pages.count(), 1, "{:?}", drawing.arrangement);
}

pub(crate) fn realistic(nodes: usize, seed: u64) -> Plan {
    generate_plan(&GenOptions {
        seed,
        ..GenOptions::new(Shape::Realistic, nodes)
    })
    .unwrap()
}

#[test]
fn an_organisation_too_large_for_one_page_is_split_with_every_box_on_a_page() {
    let plan = realistic(2_000, 1);
    let drawing = chart(&plan, plan.baseline(), &options(Some(A4_LANDSCAPE)));
    let pages = pages_of(&drawing);
    assert!(pages.count() > 1, "{pages:?}");
    assert!(printed(&drawing, &pages).1 >= MIN_PRINTED_TEXT - 1e-3);
    assert_eq!(drawing.layout.boxes.len(), plan.baseline().len());
    every_box_on_a_page(&drawing, &pages).unwrap();
    // Never more pages than as it is.
    let as_is = chart(&plan, plan.baseline(), &options(None));
    assert!(pages.count() <= pages_of(&as_is).count());
}

/// The checks a wrapped layout must pass: a box per node, none overlapping, every part below
/// its parent, and the structure drawn as lines that go down or across, never up, and never
/// through a box.
fn check_wrapped(scenario: &Scenario, options: &LayoutOptions) -> Result<(), TestCaseError> {
    check_tidy(scenario, &layout(scenario, options))
}

/// The tidy tree's promises: every node a box, no overlap, parts below their parents,
/// structure lines only down and across, through no box.
pub(crate) fn check_tidy(scenario: &Scenario, chart: &Layout) -> Result<(), TestCaseError> {
    check_tidy_grown(scenario, chart, false)
}

/// [`check_tidy`] for a chart grown top-down or, when `left_right`, left to right: parts right
/// of their parents, lines never going left.
pub(crate) fn check_tidy_grown(
    scenario: &Scenario,
    chart: &Layout,
    left_right: bool,
) -> Result<(), TestCaseError> {
    prop_assert_eq!(chart.boxes.len(), scenario.len());
    prop_assert_eq!(overlapping(chart), None);
    for b in &chart.boxes {
        if let Some(parent) = scenario.parent(&b.id).and_then(|p| chart.find(p)) {
            let after = if left_right {
                parent.x + parent.width <= b.x + 0.01
            } else {
                parent.y + parent.height <= b.y + 0.01
            };
            prop_assert!(after, "{} is not below {}", b.id, parent.id);
        }
    }
    for c in &chart.connectors {
        if c.kind != ConnectorKind::Structure {
            continue;
        }
        for pair in chart.points_of(c).windows(2) {
            let ([x0, y0], [x1, y1]) = (pair[0], pair[1]);
            prop_assert!(x0 == x1 || y0 == y1, "a slanted line {:?}", pair);
            if left_right {
                prop_assert!(x1 >= x0 - 0.01, "a line going left {:?}", pair);
            } else {
                prop_assert!(y1 >= y0 - 0.01, "a line going up {:?}", pair);
            }
            // No line runs through a box: a trunk keeps to its own lane past the band.
            let inset = 0.5;
            let through = chart.boxes.iter().find(|b| {
                x0.max(x1) > b.x + inset
                    && x0.min(x1) < b.x + b.width - inset
                    && y0.max(y1) > b.y + inset
                    && y0.min(y1) < b.y + b.height - inset
            });
            prop_assert!(through.is_none(), "{:?} runs through {:?}", pair, through);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Arranged to fit, a realistic organisation of 20 to 100 nodes keeps every box on a
    /// page and its text at least 7 pt, no two boxes overlap, and it needs no more pages than
    /// as it is (one, when it fitted one as it is, with text no smaller).
    #[test]
    fn an_arranged_organisation_keeps_its_boxes_on_the_pages(
        nodes in 20usize..=100,
        seed in 1u64..10_000,
    ) {
        let plan = realistic(nodes, seed);
        let scenario = plan.baseline();
        let drawing = chart(&plan, scenario, &options(Some(A4_LANDSCAPE)));
        let pages = pages_of(&drawing);
        prop_assert_eq!(drawing.layout.boxes.len(), scenario.len());
        prop_assert_eq!(overlapping(&drawing.layout), None);
        let (names, smallest) = printed(&drawing, &pages);
        prop_assert!(smallest >= MIN_PRINTED_TEXT - 1e-3 && names >= MIN_PRINTED_TEXT);
        every_box_on_a_page(&drawing, &pages).map_err(TestCaseError::fail)?;
        // With room opened where a page edge would cut boxes, the lines are still tidy.
        check_tidy_grown(scenario, &drawing.layout, drawing.arrangement.left_right)?;
        let as_is = chart(&plan, scenario, &options(None));
        let before = pages_of(&as_is);
        prop_assert!(pages.count() <= before.count(), "{:?}", drawing.arrangement);
        if before.count() == 1 {
            prop_assert!(pages.scale >= before.scale - 1e-4);
        }
    }

    /// Rows wrapped into bands of any width, with stacks of any height: no overlap, parts
    /// below their parents, lines only down and across.
    #[test]
    fn wrapped_rows_lay_out_tidily(
        nodes in 2usize..300,
        seed in 1u64..10_000,
        most in 1usize..8,
        rows in proptest::option::of(1usize..12),
        lists in any::<bool>(),
        hang in proptest::option::of(40u16..600),
    ) {
        let plan = realistic(nodes, seed);
        let arrangement = Arrangement {
            lists,
            hang,
            ..Arrangement::AS_IS
        };
        let options = arrangement.apply(&LayoutOptions {
            wrap_rows: Some(most),
            stack_rows: rows,
            ..LayoutOptions::default()
        });
        check_wrapped(plan.baseline(), &options)?;
    }
}

/// Realistic organisations of 100 nodes do not fit one A4 landscape page at 7 pt in any
/// arrangement (see the README), but with their posts as lists, and their teams hung under
/// their units, they go on 2 or 3 pages (6 to 12 as they are), each list a column of rows as
/// wide as the column, joined, their text at the size of notes.
#[test]
fn realistic_organisations_of_100_nodes_go_on_fewer_pages_with_posts_as_lists() {
    let mut total = (0, 0);
    let mut listed = 0;
    for seed in 1..=10 {
        let plan = realistic(100, seed);
        let scenario = plan.baseline();
        let drawing = chart(&plan, scenario, &options(Some(A4_LANDSCAPE)));
        let pages = pages_of(&drawing).count();
        let as_is = pages_of(&chart(&plan, scenario, &options(None))).count();
        assert!(
            pages <= 3 && pages < as_is,
            "seed {seed}: {pages} pages, {as_is} as it is"
        );
        total = (total.0 + pages, total.1 + as_is);
        if !drawing.arrangement.lists {
            continue;
        }
        listed += 1;
        let layout = &drawing.layout;
        let stacked: Vec<&NodeBox> = layout
            .boxes
            .iter()
            .filter(|b| b.placement == orgplan::layout::Placement::Stacked)
            .collect();
        assert!(
            stacked.len() > 50,
            "seed {seed}: {} posts in lists",
            stacked.len()
        );
        for b in &stacked {
            assert!(
                layout
                    .lines_of(b)
                    .iter()
                    .all(|l| l.style == orgplan::layout::LineStyle::Note),
                "seed {seed}: {} is not set as a list's row",
                b.id
            );
            // Joined: each row but a column's last has the next row of its list right below
            // it, as wide, with no gap between them.
            let column: Vec<&&NodeBox> = stacked
                .iter()
                .filter(|o| {
                    (o.x - b.x).abs() < 0.01
                        && o.y > b.y
                        && scenario.parent(&o.id) == scenario.parent(&b.id)
                })
                .collect();
            if let Some(next) = column.iter().min_by(|p, q| p.y.total_cmp(&q.y)) {
                assert!(
                    (next.y - (b.y + b.height)).abs() < 0.01,
                    "seed {seed}: a gap below {}",
                    b.id
                );
                assert!((next.width - b.width).abs() < 0.01, "seed {seed}: {}", b.id);
            }
        }
    }
    // From 8 pages on average to 3 or fewer.
    assert!(total.0 * 10 <= total.1 * 4, "{total:?}");
    assert!(listed >= 8, "{listed} of 10 as lists");
}

/// Posts as lists, tight, with teams hung in columns at most 300 points high.
fn hung_at_300() -> LayoutOptions {
    let arrangement = Arrangement {
        lists: true,
        tight: true,
        hang: Some(300),
        ..Arrangement::AS_IS
    };
    arrangement.apply(&LayoutOptions::default())
}

/// Teams hung one under another under their unit, in columns no higher than asked: each
/// team's list starts right below it, indented, joined, and a list too long for its column
/// goes on in the next at the height it started, so that nothing stands above its parent.
#[test]
fn teams_hang_under_their_unit_in_columns_with_their_lists_under_them() {
    let most = 300.0;
    let mut continued = 0;
    for seed in 1..=5 {
        let plan = realistic(100, seed);
        let scenario = plan.baseline();
        let options = hung_at_300();
        let chart = layout(scenario, &options);
        assert_eq!(overlapping(&chart), None, "seed {seed}");
        let hung: Vec<&NodeBox> = chart
            .boxes
            .iter()
            .filter(|b| b.placement == orgplan::layout::Placement::Hung)
            .collect();
        assert!(hung.len() >= 5, "seed {seed}: {} teams hung", hung.len());
        for team in &hung {
            let list: Vec<&NodeBox> = chart
                .boxes
                .iter()
                .filter(|b| scenario.parent(&b.id) == Some(&team.id))
                .collect();
            for row in &list {
                assert_eq!(row.placement, orgplan::layout::Placement::Stacked);
                assert!(
                    row.y >= team.y + team.height - 0.01,
                    "seed {seed}: {}",
                    row.id
                );
            }
            // The first row right under the team, indented, reaching its right edge.
            if let Some(first) = list.iter().min_by(|a, b| a.y.total_cmp(&b.y)) {
                assert!(
                    (first.y - (team.y + team.height)).abs() < 0.01,
                    "seed {seed}"
                );
                assert!(
                    first.x > team.x + 5.0,
                    "seed {seed}: {} not indented",
                    first.id
                );
                assert!((first.x + first.width - (team.x + team.width)).abs() < 0.01);
            }
        }
        // Columns no higher than asked: every box of the realistic chart fits one.
        let unit_of = |b: &NodeBox| {
            let up = scenario.parent(&b.id)?;
            if b.placement == orgplan::layout::Placement::Hung {
                Some(up.clone())
            } else {
                hung.iter()
                    .any(|h| &h.id == up)
                    .then(|| scenario.parent(up).cloned())
                    .flatten()
            }
        };
        for b in &chart.boxes {
            let Some(unit) = unit_of(b) else { continue };
            let top = hung
                .iter()
                .filter(|h| scenario.parent(&h.id) == Some(&unit))
                .map(|h| h.y)
                .fold(f32::INFINITY, f32::min);
            assert!(
                b.y + b.height - top <= most + 0.01,
                "seed {seed}: {} ends {} below the columns' top",
                b.id,
                b.y + b.height - top
            );
        }
        // A list too long for its column goes on beside itself, reached by a line from its
        // team's side.
        for team in &hung {
            let first_x = chart
                .boxes
                .iter()
                .filter(|b| scenario.parent(&b.id) == Some(&team.id))
                .map(|b| b.x)
                .fold(f32::INFINITY, f32::min);
            let beside: Vec<&NodeBox> = chart
                .boxes
                .iter()
                .filter(|b| scenario.parent(&b.id) == Some(&team.id) && b.x > first_x + 1.0)
                .collect();
            if beside.is_empty() {
                continue;
            }
            continued += 1;
            let side = [team.x + team.width, team.y + team.height / 2.0];
            assert!(
                chart.connectors.iter().any(|c| {
                    c.kind == ConnectorKind::Structure
                        && chart.points_of(c).first().is_some_and(|p| {
                            (p[0] - side[0]).abs() < 0.01 && (p[1] - side[1]).abs() < 0.01
                        })
                }),
                "seed {seed}: {} does not reach its list beside it",
                team.id
            );
            let top = beside.iter().map(|b| b.y).fold(f32::INFINITY, f32::min);
            assert!(
                (top - (team.y + team.height)).abs() < 0.01,
                "seed {seed}: {}'s list goes on at {top}, not at its foot",
                team.id
            );
        }
    }
    assert!(continued > 0, "no list went on in another column");
}

/// Teams at either end of a serves line keep their place in the row, where the dashed line can
/// be followed: their unit is not hung, and the chart stays tidy.
#[test]
fn teams_that_serve_other_units_are_not_hung() {
    for seed in 1..=5 {
        let plan = generate_plan(&GenOptions {
            seed,
            serves_every: Some(2),
            ..GenOptions::new(Shape::Realistic, 100)
        })
        .unwrap();
        let scenario = plan.baseline();
        let options = hung_at_300();
        let chart = layout(scenario, &options);
        let mut serving = 0;
        let edges: Vec<_> = scenario
            .nodes()
            .flat_map(|n| scenario.edges_from(&n.id))
            .collect();
        for edge in &edges {
            if edge.relation != Relation::Serves {
                continue;
            }
            serving += 1;
            for end in [&edge.from, &edge.to] {
                let b = chart.find(end).unwrap();
                assert_ne!(b.placement, orgplan::layout::Placement::Hung, "seed {seed}");
                assert!(
                    scenario
                        .parent(end)
                        .and_then(|p| chart.find(p))
                        .is_none_or(|p| p.placement != orgplan::layout::Placement::Hung),
                    "seed {seed}: {end} is listed under a hung team"
                );
            }
        }
        assert!(serving > 0, "seed {seed}: no serves lines");
        check_wrapped(scenario, &options).unwrap();
    }
}

#[test]
fn a_wrapped_row_hangs_in_bands_from_one_trunk() {
    // The Mänttä-Vilppula organisation's row of eight parts, wrapped at five: two bands of
    // four.
    let plan = examples::load(Example::ManttaVilppula).unwrap();
    let scenario = plan.baseline();
    let wrapped = LayoutOptions {
        wrap_rows: Some(5),
        ..LayoutOptions::default()
    };
    let chart = layout(scenario, &wrapped);
    let whole = layout(scenario, &LayoutOptions::default());
    assert!(
        chart.width < whole.width * 0.75,
        "{} {}",
        chart.width,
        whole.width
    );
    // The unit with the most parts: its head sits under it, the other eight below the head.
    let unit = scenario
        .nodes()
        .max_by_key(|n| scenario.children(&n.id).len())
        .unwrap();
    let mut tops: Vec<i32> = scenario
        .children(&unit.id)
        .into_iter()
        .filter(|c| scenario.find_edge(c, Relation::Heads, &unit.id).is_none())
        .filter_map(|c| chart.find(c))
        .map(|b| b.y.round() as i32)
        .collect();
    assert_eq!(tops.len(), 8);
    tops.sort_unstable();
    tops.dedup();
    assert_eq!(tops.len(), 2, "two bands: {tops:?}");
    check_wrapped(scenario, &wrapped).unwrap();
}

#[test]
fn the_command_line_arranges_by_default_and_as_is_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_orgplan"))
            .env("LANG", "C")
            .env("LC_ALL", "C")
            .env_remove("LANGUAGE")
            .args(args)
            .current_dir(dir.path())
            .output()
            .unwrap()
    };
    assert!(run(&["example", "-o", "kouvola.ron"]).status.success());
    let export = |arrange: &str, output: &str| {
        let args = [
            "export",
            "kouvola.ron",
            "--scenario",
            "decided",
            "--format",
            "png",
            "--paper",
            "a4",
            "--landscape",
            "--dpi",
            "30",
            "--lang",
            "en",
            "--arrange",
            arrange,
            "-o",
            output,
        ];
        let out = run(&args);
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stderr).unwrap()
    };
    let said = export("fit", "fit.png");
    assert!(said.contains("Arranged to fit the paper"), "{said}");
    assert!(dir.path().join("fit.png").exists(), "one page: {said}");
    let said = export("as-is", "as-is.png");
    assert!(!said.contains("Arranged"), "{said}");
    assert!(dir.path().join("as-is-2.png").exists(), "two pages: {said}");
}

/// A title wider than its chart wraps onto more lines instead of widening the chart (and so
/// printing it smaller): the Swedish name of the Päijät-Häme network is wider than its chart.
#[test]
fn a_long_title_wraps_instead_of_widening_the_chart() {
    let title = "Päijänne-Tavastland: regionalt utvecklingsnätverk för bildningstjänsterna 2021 – \
                 ett nätverk av 4 organisationer";
    let one_line = Frame::around((2_000.0, 300.0), 4.0, title, &[], &[]);
    let wrapped = Frame::around((600.0, 300.0), 4.0, title, &[], &[]);
    assert!((one_line.width - 2_008.0).abs() < 0.01, "{one_line:?}");
    assert!(wrapped.width <= 608.0 + 0.01, "{wrapped:?}");
    assert!(wrapped.chart_y > one_line.chart_y, "{wrapped:?}");
    // Drawn on as many lines as the frame made room for.
    let plan = examples::load(Example::PaijatHame).unwrap();
    let drawing = chart(
        &plan,
        plan.baseline(),
        &ChartOptions {
            lang: Lang::Sv,
            ..options(Some(A4_LANDSCAPE))
        },
    );
    let svg = orgplan::export::svg(&drawing);
    let header = svg.split("<g id=\"chart\"").next().unwrap();
    assert_eq!(header.matches("font-size=\"16.0\"").count(), 2, "{header}");
    assert!(header.contains(">organisationer</text>"), "{header}");
}
