//! Page edges between boxes: a chart arranged for paper but still split over pages has room
//! opened where a page edge would run through boxes, so that they start whole on the next
//! page, as long as the chart takes no more pages for it; its lines stay tidy.

use orgplan::examples::{self, Example};
use orgplan::export::{
    Chart, ChartOptions, PageFit, PageOrientation, Pagination, Paper, PdfOptions, chart,
    chart_compared, pdf,
};
use orgplan::layout::{Layout, LayoutOptions, layout};
use orgplan::model::{Plan, Scenario};

use crate::fit::{
    A4_LANDSCAPE, check_tidy_grown, every_box_on_a_page, options, pages_of, pages_on, realistic,
};

/// How many boxes a page edge runs through.
fn cut_by_edges(drawing: &Chart, pages: &Pagination) -> usize {
    let frame = drawing.frame();
    drawing
        .layout
        .boxes
        .iter()
        .filter(|b| {
            let rect = [b.x + frame.chart_x, b.y + frame.chart_y, b.width, b.height];
            let (columns, rows) = pages.pages_of(rect);
            columns.len() > 1 || rows.len() > 1
        })
        .count()
}

/// Realistic organisations of 100 nodes, arranged for A4 landscape, go on 2 or 3 pages; before
/// room was opened at the page edges, 25 of seeds 1–30 had boxes cut by an edge (271 boxes),
/// 5 now.
#[test]
fn page_edges_fall_between_boxes_where_the_pages_have_room() {
    let (mut pages_in_all, mut whole, mut cut_in_all) = (0, 0, 0);
    for seed in 1..=30 {
        let plan = realistic(100, seed);
        let scenario = plan.baseline();
        let drawing = chart(&plan, scenario, &options(Some(A4_LANDSCAPE)));
        let pages = pages_of(&drawing);
        assert!(pages.count() <= 3, "seed {seed}: {} pages", pages.count());
        every_box_on_a_page(&drawing, &pages).unwrap();
        check_tidy_grown(scenario, &drawing.layout, drawing.arrangement.left_right).unwrap();
        let cut = cut_by_edges(&drawing, &pages);
        pages_in_all += pages.count();
        cut_in_all += cut;
        if cut == 0 {
            whole += 1;
        }
    }
    // As many pages as before (15 charts on two, 15 on three).
    assert!(pages_in_all <= 75, "{pages_in_all} pages");
    // 25 of 30 with no box cut, 38 boxes cut in all, when this was written.
    assert!(whole >= 24, "{whole} of 30 with no box cut");
    assert!(cut_in_all <= 45, "{cut_in_all} boxes cut");
}

/// The Päijät-Häme network's 2022 plan, whose column of groups stands higher than an A4
/// landscape page at 7 pt, fits one with its development groups in a row under the
/// municipalities, and so does its comparison with 2021; on portrait pages, too narrow for the
/// row, the comparison (its ghosts, and its tags across the boxes' top edges) goes on more,
/// the page edges between the boxes, none cut (before, 1 box cut on landscape pages, 5 on
/// portrait).
#[test]
fn the_paijat_hame_plan_fits_one_a4_page_and_on_portrait_pages_cuts_no_box() {
    let plan = examples::load(Example::PaijatHame).unwrap();
    let scenario = plan.find_scenario("plan-2022").unwrap();
    let drawing = chart(&plan, scenario, &options(Some(A4_LANDSCAPE)));
    assert!(
        drawing.arrangement.groups_under,
        "{:?}",
        drawing.arrangement
    );
    assert_eq!(pages_of(&drawing).count(), 1);
    for orientation in [
        PageOrientation::Landscape,
        PageOrientation::Portrait,
        PageOrientation::Auto,
    ] {
        let page = PageFit {
            paper: Paper::A4,
            orientation,
        };
        let compared = chart_compared(&plan, plan.baseline(), scenario, &options(Some(page)));
        assert!(!compared.marks.is_empty());
        let pages = pages_on(&compared, page);
        if orientation == PageOrientation::Portrait {
            assert!(pages.count() >= 2, "{orientation:?}");
        } else {
            assert_eq!(pages.count(), 1, "{orientation:?}");
        }
        assert_eq!(cut_by_edges(&compared, &pages), 0, "{orientation:?}");
    }
}

/// The chart as arranged, laid out again without the room opened at the page edges.
fn without_room(plan: &Plan, scenario: &Scenario, drawing: &Chart) -> Layout {
    let mut options = LayoutOptions::default().with_view(scenario);
    options.lang = drawing.lang;
    options.currency = plan.currency();
    options.measures.clone_from(&plan.measures);
    layout(scenario, &drawing.arrangement.apply(&options))
}

/// Room opened at the page edges moves boxes whole, never past one another, and each line's
/// ends with the boxes they leave and reach: each end moves as the box nearest it does.
#[test]
fn room_at_the_page_edges_moves_boxes_whole_with_the_ends_of_their_lines() {
    let mut opened = 0;
    for (nodes, seed) in [(100, 2), (100, 3), (100, 5), (100, 8), (300, 2), (600, 3)] {
        let plan = realistic(nodes, seed);
        let scenario = plan.baseline();
        let drawing = chart(&plan, scenario, &options(Some(A4_LANDSCAPE)));
        let plain = without_room(&plan, scenario, &drawing);
        let roomy = &drawing.layout;
        assert_eq!(plain.boxes.len(), roomy.boxes.len());
        if roomy.width > plain.width + 1.0 || roomy.height > plain.height + 1.0 {
            opened += 1;
        }
        let moved: Vec<[f32; 2]> = plain
            .boxes
            .iter()
            .zip(&roomy.boxes)
            .map(|(a, b)| {
                assert_eq!(
                    (a.id.as_str(), a.width, a.height),
                    (b.id.as_str(), b.width, b.height)
                );
                [b.x - a.x, b.y - a.y]
            })
            .collect();
        // Never past one another: a box right of another before is right of it after.
        let mut by_x: Vec<usize> = (0..plain.boxes.len()).collect();
        by_x.sort_by(|&i, &j| plain.boxes[i].x.total_cmp(&plain.boxes[j].x));
        for w in by_x.windows(2) {
            assert!(roomy.boxes[w[0]].x <= roomy.boxes[w[1]].x + 0.01);
        }
        // The box a line's end meets, if any.
        let meets = |p: [f32; 2]| {
            plain.boxes.iter().position(|b| {
                p[0] >= b.x - 0.6
                    && p[0] <= b.x + b.width + 0.6
                    && p[1] >= b.y - 0.6
                    && p[1] <= b.y + b.height + 0.6
            })
        };
        assert_eq!(plain.connectors.len(), roomy.connectors.len());
        let mut ends = 0;
        for (c, d) in plain.connectors.iter().zip(&roomy.connectors) {
            let (p, q) = (plain.points_of(c), roomy.points_of(d));
            assert_eq!(p.len(), q.len());
            for end in [0, p.len() - 1] {
                let Some(at) = meets(p[end]) else { continue };
                ends += 1;
                let shift = moved[at];
                let (dx, dy) = (q[end][0] - p[end][0], q[end][1] - p[end][1]);
                assert!(
                    (dx - shift[0]).abs() < 0.01 && (dy - shift[1]).abs() < 0.01,
                    "{nodes}/{seed}: a line's end at {:?} moved {dx},{dy}, its box {shift:?}",
                    p[end]
                );
            }
        }
        assert!(ends >= nodes, "{nodes}/{seed}: {ends} ends meet boxes");
    }
    assert!(opened >= 4, "room opened in {opened} charts");
}

/// A chart whose pages start below a heading (the committee pack's), or that is drawn whole,
/// has no room opened: its layout is the arrangement's own.
#[test]
fn a_chart_asked_not_to_open_room_at_the_page_edges_opens_none() {
    let plan = realistic(100, 2);
    let scenario = plan.baseline();
    let roomy = chart(&plan, scenario, &options(Some(A4_LANDSCAPE)));
    assert!(roomy.layout != without_room(&plan, scenario, &roomy));
    let plain_options = ChartOptions {
        edges_between_boxes: false,
        ..options(Some(A4_LANDSCAPE))
    };
    let plain = chart(&plan, scenario, &plain_options);
    assert_eq!(plain.layout, without_room(&plan, scenario, &plain));
}

/// The text of each page of a PDF, without spaces (as lopdf extracts it).
fn page_texts(bytes: &[u8]) -> Vec<String> {
    let doc = lopdf::Document::load_mem(bytes).unwrap();
    let numbers: Vec<u32> = doc.get_pages().keys().copied().collect();
    numbers
        .iter()
        .map(|&n| {
            let text = doc.extract_text(&[n]).unwrap_or_default();
            text.chars().filter(|c| !c.is_whitespace()).collect()
        })
        .collect()
}

/// Where a line runs off a page, the margin says which page it goes on to: on a realistic
/// organisation over three A4 pages, page 2 is reached from pages 1 and 3, and reaches both.
#[test]
fn lines_running_off_a_page_say_which_page_they_go_on_to() {
    let plan = realistic(100, 8);
    let scenario = plan.baseline();
    let fi = ChartOptions {
        lang: orgplan::i18n::Lang::Fi,
        ..options(Some(A4_LANDSCAPE))
    };
    let drawing = chart(&plan, scenario, &fi);
    assert_eq!(pages_of(&drawing).count(), 3);
    let pdf_options = PdfOptions {
        paper: Paper::A4,
        orientation: PageOrientation::Landscape,
    };
    let texts = page_texts(&pdf(&drawing, &pdf_options).unwrap());
    assert!(
        texts[0].contains("s.2") && !texts[0].contains("s.3"),
        "{}",
        texts[0]
    );
    assert!(texts[1].contains("s.1") && texts[1].contains("s.3"));
    assert!(texts[2].contains("s.2") && !texts[2].contains("s.1"));
    // A chart on one page has no such marks.
    let plan = examples::load(Example::Kouvola).unwrap();
    let one = chart(&plan, plan.baseline(), &options(Some(A4_LANDSCAPE)));
    assert_eq!(pages_of(&one).count(), 1);
    let texts = page_texts(&pdf(&one, &pdf_options).unwrap());
    assert!(!texts[0].contains("p.2"));
}
