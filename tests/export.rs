//! Chart exports: the SVG parses and names every node, the redacted one holds no personal data,
//! PNG pages have the paper's size, are not blank and never exceed 16,000 pixels a side.

#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

use std::path::Path;

use crate::support::gen_org::gen_org;
use orgplan::examples::{self, Example};
use orgplan::export::{
    ChartOptions, MAX_PIXELS, PageOrientation, Paper, RenderOptions, chart, parse_svg, svg,
};
use orgplan::i18n::Lang;
use orgplan::io::import_csv;
use orgplan::model::Names;
use resvg::tiny_skia::Pixmap;

fn kouvola_decided(options: &ChartOptions) -> (orgplan::export::Chart, orgplan::model::Plan) {
    let plan = examples::load(Example::Kouvola).unwrap();
    let scenario = plan.find_scenario("decided").unwrap().clone();
    (chart(&plan, &scenario, options), plan)
}

#[test]
fn the_svg_parses_and_names_every_node() {
    let options = ChartOptions {
        lang: Lang::En,
        ..ChartOptions::default()
    };
    let (drawing, plan) = kouvola_decided(&options);
    let text = svg(&drawing);
    let tree = parse_svg(&text).unwrap();
    assert!(tree.size().width() > 100.0);
    let decided = plan.find_scenario("decided").unwrap();
    for node in decided.nodes() {
        let b = drawing.layout.find(&node.id).unwrap();
        // The whole label, on as many lines as it wrapped to, each a text of the SVG.
        let name_lines: Vec<&str> = drawing
            .layout
            .lines_of(b)
            .iter()
            .filter(|line| line.part == 0)
            .map(|line| drawing.layout.text_of(line))
            .collect();
        assert_eq!(name_lines.join(" "), node.label(Lang::En), "{}", node.id);
        for line in name_lines {
            let escaped = line.replace('&', "&amp;");
            assert!(text.contains(&escaped), "{} ({line}) missing", node.id);
        }
    }
    // Real text, a title, a legend and the decision in the footer.
    assert!(text.contains("<text"));
    assert!(text.contains("<title>Kouvola: reorganisation of education services 2023</title>"));
    assert!(text.contains("id=\"legend\""));
    assert!(text.contains("Kasvatus- ja opetuslautakunta"));
    assert!(text.contains("'Noto Sans', 'DejaVu Sans'"));
    // The same chart gives the same bytes.
    assert_eq!(svg(&kouvola_decided(&options).0), text);
}

#[test]
fn the_decided_svg_matches_its_snapshot() {
    let (drawing, _) = kouvola_decided(&ChartOptions {
        lang: Lang::Fi,
        ..ChartOptions::default()
    });
    insta::assert_snapshot!("kouvola_decided_fi.svg", svg(&drawing));
}

#[test]
fn a_redacted_chart_holds_no_personal_data() {
    for example in Example::ALL {
        let plan = examples::load(example).unwrap();
        let personal = plan.personal_strings();
        for scenario in plan.scenarios() {
            let options = ChartOptions {
                redact: true,
                ..ChartOptions::default()
            };
            let text = svg(&chart(&plan, scenario, &options));
            for value in &personal {
                assert!(
                    !text.contains(value.as_str()),
                    "{value} in the redacted chart of {}",
                    scenario.meta.id
                );
            }
        }
        // Not redacted, the holders are there: the test above can fail.
        let text = svg(&chart(&plan, plan.baseline(), &ChartOptions::default()));
        assert!(personal.iter().any(|p| text.contains(p.as_str())));
    }
}

fn decode(png: &[u8]) -> Pixmap {
    Pixmap::decode_png(png).unwrap()
}

fn ink(pixmap: &Pixmap) -> f64 {
    let dark = pixmap
        .pixels()
        .iter()
        .filter(|p| p.red() < 200 || p.green() < 200 || p.blue() < 200)
        .count();
    dark as f64 / pixmap.pixels().len() as f64
}

#[test]
fn a_png_page_has_the_paper_size_and_is_not_blank() {
    let (drawing, _) = kouvola_decided(&ChartOptions::default());
    // The default turns the page: the decided chart is wide, and on a portrait A3 page its
    // text would print below 7 pt, so it would be split over two.
    let options = RenderOptions {
        paper: Paper::A3,
        orientation: PageOrientation::Auto,
        dpi: 150.0,
    };
    let pages = drawing.png(&options).unwrap();
    assert_eq!(pages.len(), 1);
    let portrait = RenderOptions {
        orientation: PageOrientation::Portrait,
        ..options
    };
    assert_eq!(drawing.png(&portrait).unwrap().len(), 2);
    let page = decode(&pages[0]);
    assert_eq!((page.width(), page.height()), (2480, 1754));
    let share = ink(&page);
    assert!(share > 0.005 && share < 0.5, "{share}");
}

#[test]
fn a_large_chart_is_split_over_pages_none_too_large() {
    let csv = gen_org("realistic", 1500, 5, false);
    let plan = import_csv(&csv, Path::new("gen.csv"), Names::fi("gen")).unwrap();
    let drawing = chart(&plan, plan.baseline(), &ChartOptions::default());
    let options = RenderOptions {
        paper: Paper::A4,
        orientation: PageOrientation::Landscape,
        dpi: 72.0,
    };
    let pages = drawing.png(&options).unwrap();
    assert!(
        pages.len() > 1,
        "a 1,500-node chart should not fit one A4 page at 7 pt"
    );
    let white = |page: &Pixmap, x: u32, y: u32| {
        page.pixel(x, y)
            .is_some_and(|p| (p.red(), p.green(), p.blue()) == (255, 255, 255))
    };
    for png in &pages {
        let page = decode(png);
        assert_eq!((page.width(), page.height()), (842, 595));
        assert!(page.width() <= MAX_PIXELS && page.height() <= MAX_PIXELS);
        // The 1 cm margins stay white: what is cut by the page edge is not drawn into them.
        for y in 0..page.height() {
            for x in (0..20).chain(page.width() - 20..page.width()) {
                assert!(white(&page, x, y), "ink in the margin at {x}, {y}");
            }
        }
        for x in 0..page.width() {
            for y in (0..20).chain(page.height() - 20..page.height()) {
                assert!(white(&page, x, y), "ink in the margin at {x}, {y}");
            }
        }
    }
    assert!(ink(&decode(&pages[0])) > 0.001, "the first page is blank");
    // "Fit" makes one image, capped at 16,000 pixels a side.
    let fit = drawing
        .png(&RenderOptions {
            paper: Paper::Fit,
            orientation: PageOrientation::Portrait,
            dpi: 600.0,
        })
        .unwrap();
    let image = decode(&fit[0]);
    assert!(image.width() <= MAX_PIXELS && image.height() <= MAX_PIXELS);
    assert!(image.width().max(image.height()) == MAX_PIXELS);
}

#[test]
fn each_page_of_a_split_pdf_carries_its_own_part_of_the_chart() {
    let csv = gen_org("realistic", 1500, 5, false);
    let plan = import_csv(&csv, Path::new("gen.csv"), Names::fi("gen")).unwrap();
    let scenario = plan.baseline();
    let drawing = chart(&plan, scenario, &ChartOptions::default());
    let bytes = orgplan::export::pdf(
        &drawing,
        &orgplan::export::PdfOptions {
            paper: Paper::A4,
            orientation: PageOrientation::Landscape,
        },
    )
    .unwrap();
    // Drawn whole on each of its pages, this chart made a PDF of over 100 MB.
    assert!(bytes.len() < 8_000_000, "{} bytes", bytes.len());
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    let count = doc.get_pages().len();
    assert!(count > 20, "{count} pages");
    // The chart's glyphs come out one per line, its spaces as gaps.
    let page_text = |page: u32| -> String {
        doc.extract_text(&[page])
            .unwrap()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect()
    };
    // The rightmost box whose first line is its own is on a chart page, and not on the first.
    let layout = &drawing.layout;
    let first_line =
        |b: &orgplan::layout::NodeBox| layout.text_of(&layout.lines_of(b)[0]).replace(' ', "");
    let mut boxes: Vec<_> = layout.boxes.iter().collect();
    boxes.sort_by(|a, b| b.x.total_cmp(&a.x));
    let far = boxes
        .iter()
        .map(|b| first_line(b))
        .find(|l| l.len() > 12 && boxes.iter().filter(|b| first_line(b) == *l).count() == 1)
        .unwrap();
    let first = page_text(1);
    assert!(!first.contains(&far), "{far} on the first page");
    let top_left = boxes
        .iter()
        .min_by(|a, b| (a.x + a.y).total_cmp(&(b.x + b.y)))
        .map(|b| first_line(b))
        .unwrap();
    assert!(
        first.contains(&top_left),
        "{top_left} not on the first page: {first}"
    );
    // Pages of the chart say "Sivu N/M"; the list's pages follow them.
    let total = first
        .split("Sivu1/")
        .nth(1)
        .map(|rest| {
            rest.chars()
                .take_while(char::is_ascii_digit)
                .collect::<String>()
        })
        .unwrap_or_default();
    let chart_pages: u32 = total
        .parse()
        .unwrap_or_else(|_| panic!("no page number: {first}"));
    assert!((chart_pages as usize) < count);
    assert!(
        (2..=chart_pages).any(|p| page_text(p).contains(&far)),
        "{far} on no chart page"
    );
    assert!(page_text(chart_pages).contains(&format!("Sivu{chart_pages}/{chart_pages}")));
}

fn pdf_text(bytes: &[u8]) -> (lopdf::Document, String) {
    let doc = lopdf::Document::load_mem(bytes).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc.extract_text(&pages).unwrap();
    (doc, text)
}

#[test]
fn the_pdf_is_tagged_and_its_text_extractable() {
    let options = ChartOptions {
        lang: Lang::Fi,
        ..ChartOptions::default()
    };
    let (drawing, plan) = kouvola_decided(&options);
    let bytes = orgplan::export::pdf(
        &drawing,
        &orgplan::export::PdfOptions {
            paper: Paper::A3,
            orientation: PageOrientation::Auto,
        },
    )
    .unwrap();
    let (doc, text) = pdf_text(&bytes);
    // One chart page and one page of the list.
    assert_eq!(doc.get_pages().len(), 2);
    // The chart's glyphs come out one per line; the list's lines whole. The chart is the first
    // page alone: the list's page names every node too.
    let chart_page = doc.extract_text(&[1]).unwrap();
    let joined: String = chart_page.chars().filter(|c| *c != '\n').collect();
    for node in plan.find_scenario("decided").unwrap().nodes() {
        let label = node.label(Lang::Fi);
        assert!(text.contains(label), "{label} missing from the list");
        let first_word = label.split_whitespace().next().unwrap();
        assert!(
            joined.contains(first_word),
            "{first_word} missing from the chart"
        );
    }
    assert!(text.contains("Organisaatio luettelona"));
    let catalog = doc.catalog().unwrap();
    assert!(catalog.get(b"StructTreeRoot").is_ok(), "not tagged");
    assert!(catalog.get(b"MarkInfo").is_ok());
    assert!(catalog.get(b"Lang").is_ok());
    assert!(catalog.get(b"Outlines").is_ok());
}

#[test]
fn a_redacted_pdf_holds_no_personal_data() {
    let options = ChartOptions {
        lang: Lang::Fi,
        redact: true,
        ..ChartOptions::default()
    };
    let (drawing, plan) = kouvola_decided(&options);
    let bytes = orgplan::export::pdf(&drawing, &orgplan::export::PdfOptions::default()).unwrap();
    let (_, text) = pdf_text(&bytes);
    let joined: String = text.chars().filter(|c| *c != '\n').collect();
    for value in plan.personal_strings() {
        assert!(
            !text.contains(&value) && !joined.contains(&value),
            "{value} in the redacted PDF"
        );
    }
    // The titles stay.
    assert!(text.contains("opetuspalvelupäällikkö"));
}

#[test]
fn the_scenarios_view_collapses_and_chooses_what_boxes_show() {
    let mut plan = examples::load(Example::Kouvola).unwrap();
    let text = orgplan::io::to_ron(&plan).unwrap().replacen(
        "            nodes: [",
        "            view: (collapsed: [\"kasvuntuki\"], show: (holder: false, fte: true)),\n            nodes: [",
        1,
    );
    plan = orgplan::io::load_str(&text, Path::new("view.ron")).unwrap();
    let baseline = plan.baseline();
    assert!(
        baseline
            .view
            .collapsed
            .contains(&orgplan::model::NodeId::new("kasvuntuki").unwrap())
    );
    // The view survives saving.
    let saved = orgplan::io::to_ron(&plan).unwrap();
    let reloaded = orgplan::io::load_str(&saved, Path::new("view.ron")).unwrap();
    assert_eq!(reloaded.baseline().view, baseline.view);
    assert!(saved.contains("\"kasvuntuki\""));
    let drawing = chart(
        &plan,
        baseline,
        &ChartOptions {
            lang: Lang::En,
            ..ChartOptions::default()
        },
    );
    let b = |id: &str| {
        drawing
            .layout
            .find(&orgplan::model::NodeId::new(id).unwrap())
            .cloned()
    };
    assert_eq!(b("kasvuntuki").unwrap().hidden, 6);
    assert!(b("kot").is_none(), "a collapsed subtree is one box");
    let head = b("vaka-paallikko").unwrap();
    let lines: Vec<&str> = drawing
        .layout
        .lines_of(&head)
        .iter()
        .map(|l| drawing.layout.text_of(l))
        .collect();
    assert!(
        lines.iter().all(|l| *l != "Helena Kuusisto"),
        "the view hides holders"
    );
    assert!(lines.contains(&"1 FTE"), "{lines:?}");
    // A collapse depth given to the export overrides the view.
    let options = ChartOptions {
        layout: orgplan::layout::LayoutOptions {
            collapse_below: Some(5),
            ..Default::default()
        },
        ..ChartOptions::default()
    };
    assert!(
        chart(&plan, baseline, &options)
            .layout
            .find(&orgplan::model::NodeId::new("kot").unwrap())
            .is_some()
    );
}

#[test]
fn a_boxs_figures_are_written_the_way_its_language_writes_them() {
    let text = r#"(
  version: 1,
  scenarios: [(
    id: "baseline",
    view: (show: (fte: true, cost: true)),
    nodes: [
      (id: "org", kind: Organisation, name: (fi: "Kunta", sv: "Kommun", en: "Town")),
      (id: "p", kind: Position, title: (fi: "Sihteeri", sv: "Sekreterare", en: "Secretary"),
       part_of: "org", fte: 0.6, cost: 52000.4),
    ],
  )],
)"#;
    let mut plan = orgplan::io::load_str(text, Path::new("figures.ron")).unwrap();
    let figures = |plan: &orgplan::model::Plan, lang: Lang| {
        let drawing = chart(
            plan,
            plan.baseline(),
            &ChartOptions {
                lang,
                ..ChartOptions::default()
            },
        );
        let layout = &drawing.layout;
        let post = layout
            .find(&orgplan::model::NodeId::new("p").unwrap())
            .unwrap();
        layout
            .lines_of(post)
            .iter()
            .map(|l| layout.text_of(l))
            .collect::<Vec<_>>()
            .join("|")
    };
    // The amount and its currency never part at a line's end.
    let cases = [
        (Lang::Fi, "0,6 htv · 52\u{a0}000\u{a0}€"),
        (Lang::Sv, "0,6 årsv. · 52\u{a0}000\u{a0}€"),
        (Lang::En, "0.6 FTE · €52,000"),
    ];
    for (lang, expected) in cases {
        let text = figures(&plan, lang);
        assert!(text.contains(expected), "{text:?}");
    }
    // In the plan's currency.
    plan.currency = orgplan::i18n::Currency::new("SEK");
    let cases = [
        (Lang::Sv, "0,6 årsv. · 52\u{a0}000\u{a0}kr"),
        (Lang::En, "0.6 FTE · 52,000\u{a0}kr"),
    ];
    for (lang, expected) in cases {
        let text = figures(&plan, lang);
        assert!(text.contains(expected), "{text:?}");
    }
}

/// The structure elements of a tagged PDF, each as its tag and how many list (`L`) elements
/// hold it, in reading order.
fn structure(doc: &lopdf::Document) -> Vec<(String, usize)> {
    use lopdf::Object;
    let root = doc.catalog().unwrap().get(b"StructTreeRoot").unwrap();
    let mut out = Vec::new();
    let mut stack: Vec<(&Object, usize)> = vec![(root, 0)];
    while let Some((object, lists)) = stack.pop() {
        let (_, object) = doc.dereference(object).unwrap();
        match object {
            Object::Array(items) => stack.extend(items.iter().rev().map(|o| (o, lists))),
            Object::Dictionary(dict) => {
                let mut inner = lists;
                if let Ok(Object::Name(tag)) = dict.get(b"S") {
                    let tag = String::from_utf8_lossy(tag).into_owned();
                    inner += usize::from(tag == "L");
                    out.push((tag, lists));
                }
                if let Ok(kids) = dict.get(b"K") {
                    stack.push((kids, inner));
                }
            }
            _ => {}
        }
    }
    out
}

#[test]
fn the_pdf_holds_the_chart_as_a_nested_list_on_pages_of_the_paper_with_fonts_embedded() {
    let options = ChartOptions {
        lang: Lang::Fi,
        ..ChartOptions::default()
    };
    let (drawing, plan) = kouvola_decided(&options);
    for (paper, orientation, size) in [
        (Paper::A3, PageOrientation::Landscape, (1190.55, 841.89)),
        (Paper::A4, PageOrientation::Portrait, (595.28, 841.89)),
    ] {
        let bytes = orgplan::export::pdf(
            &drawing,
            &orgplan::export::PdfOptions { paper, orientation },
        )
        .unwrap();
        let doc = lopdf::Document::load_mem(&bytes).unwrap();
        for (_, page) in doc.get_pages() {
            let media = doc.get_dictionary(page).unwrap().get(b"MediaBox").unwrap();
            let lopdf::Object::Array(corners) = media else {
                panic!("{media:?}");
            };
            let number = |i: usize| corners[i].as_float().unwrap();
            assert!((number(2) - number(0) - size.0).abs() < 1.0, "{corners:?}");
            assert!((number(3) - number(1) - size.1).abs() < 1.0, "{corners:?}");
        }
        let embedded = doc.objects.values().any(|o| {
            o.as_dict()
                .is_ok_and(|d| d.has(b"FontFile") || d.has(b"FontFile2") || d.has(b"FontFile3"))
        });
        assert!(embedded, "no embedded font file");

        // One list item per node, nested as deep as the structure: the division, its units,
        // their posts.
        let tags = structure(&doc);
        let items: Vec<usize> = tags
            .iter()
            .filter(|(tag, _)| tag == "LI")
            .map(|(_, lists)| *lists)
            .collect();
        let nodes = plan.find_scenario("decided").unwrap().len();
        assert_eq!(items.len(), nodes, "{tags:?}");
        assert_eq!(
            items.first(),
            Some(&1),
            "the first item is the organisation's"
        );
        assert!(items.iter().max().copied().unwrap_or(0) >= 3, "{items:?}");
        for tag in ["Lbl", "LBody", "Document"] {
            assert!(tags.iter().any(|(t, _)| t == tag), "no {tag}: {tags:?}");
        }
    }
}

#[test]
fn a_pdf_to_fit_puts_the_whole_chart_on_one_page_and_the_list_on_a4() {
    let csv = gen_org("realistic", 1500, 5, false);
    let plan = import_csv(&csv, Path::new("gen.csv"), Names::fi("gen")).unwrap();
    let drawing = chart(&plan, plan.baseline(), &ChartOptions::default());
    let sizes = |paper| -> Vec<(f32, f32)> {
        let bytes = orgplan::export::pdf(
            &drawing,
            &orgplan::export::PdfOptions {
                paper,
                orientation: PageOrientation::Auto,
            },
        )
        .unwrap();
        let doc = lopdf::Document::load_mem(&bytes).unwrap();
        doc.get_pages()
            .values()
            .map(|&page| {
                let media = doc.get_dictionary(page).unwrap().get(b"MediaBox").unwrap();
                let lopdf::Object::Array(c) = media else {
                    panic!("{media:?}");
                };
                let n = |i: usize| c[i].as_float().unwrap();
                (n(2) - n(0), n(3) - n(1))
            })
            .collect()
    };
    let a4 = |(w, h): (f32, f32)| (w - 595.28).abs() < 1.0 && (h - 841.89).abs() < 1.0;
    let fit = sizes(Paper::Fit);
    // One chart page as wide as this flat chart is, then the list on A4 portrait.
    let (w, h) = fit[0];
    assert!(w > 3.0 * h, "{fit:?}");
    assert!(
        fit.len() >= 2 && fit[1..].iter().all(|&size| a4(size)),
        "{fit:?}"
    );
    // On a paper size the list's pages are of that paper too (the chart's split is tested
    // above).
    let a3 = sizes(Paper::A3);
    let a3_size =
        |(w, h): (f32, f32)| (w.min(h) - 841.89).abs() < 1.0 && (w.max(h) - 1190.55).abs() < 1.0;
    assert!(a3.iter().all(|&size| a3_size(size)), "{a3:?}");
}

/// Everything the SVG draws for one node: its group.
fn svg_group<'a>(svg: &'a str, id: &str) -> &'a str {
    let open = format!("<g id=\"node-{id}\">");
    let start = svg.find(&open).unwrap_or_else(|| panic!("no box for {id}"));
    let end = svg[start..].find("</g>").unwrap() + start;
    &svg[start..end]
}

#[test]
fn each_post_status_has_its_own_outline_and_mark_not_only_a_colour() {
    use orgplan::model::{Command, Edit, Field, NodeId, PostStatus, apply};
    let mut plan = examples::load(Example::Kouvola).unwrap();
    let scenario = NodeId::new("decided").unwrap();
    let posts = [
        ("kop-johtaja", PostStatus::Filled),
        ("op-paallikko", PostStatus::Vacant),
        ("vaka-paallikko", PostStatus::LeftUnfilled),
        ("ohjaus-vetaja", PostStatus::Abolished),
        ("asiakasohjaus-vetaja", PostStatus::Acting),
    ];
    for (post, status) in posts {
        apply(
            &mut plan,
            Command {
                scenario: scenario.clone(),
                edit: Edit::Set {
                    node: NodeId::new(post).unwrap(),
                    field: Field::Status(status),
                },
            },
        )
        .unwrap();
    }
    let options = ChartOptions {
        lang: Lang::En,
        ..ChartOptions::default()
    };
    let decided = plan.scenario(&scenario).unwrap().clone();
    let text = svg(&chart(&plan, &decided, &options));
    // What tells a status apart without colour: the outline's dashes and width, a strike
    // through, and the mark in the box's text.
    let looks: Vec<(String, Option<String>)> = posts
        .iter()
        .map(|(post, status)| {
            let group = svg_group(&text, post);
            let rect = group.lines().find(|l| l.starts_with("<rect")).unwrap();
            let attribute = |name: &str| {
                rect.split(&format!(" {name}=\""))
                    .nth(1)
                    .map(|rest| rest.split('"').next().unwrap_or_default().to_owned())
            };
            let outline = format!(
                "{:?} {:?} struck {}",
                attribute("stroke-dasharray"),
                attribute("stroke-width"),
                group.contains("<line")
            );
            let mark = group
                .split('>')
                .filter_map(|part| part.split('<').next())
                .find(|t| t.starts_with('(') && t.ends_with(')'))
                .map(str::to_owned);
            assert_eq!(
                mark.is_none(),
                *status == PostStatus::Filled,
                "{post}: {group}"
            );
            (outline, mark)
        })
        .collect();
    for (i, a) in looks.iter().enumerate() {
        for b in &looks[i + 1..] {
            assert_ne!(a.0, b.0, "two statuses with one outline: {looks:?}");
            assert_ne!(a.1, b.1, "two statuses with one mark: {looks:?}");
        }
    }
    assert!(
        looks.iter().any(|(_, m)| m.as_deref() == Some("(vacant)")),
        "{looks:?}"
    );
}

/// The lines of the box of `node` in the scenario's chart, joined by spaces.
fn box_text(scenario: &orgplan::model::Scenario, node: &str, lang: Lang) -> String {
    let options = orgplan::layout::LayoutOptions {
        lang,
        ..orgplan::layout::LayoutOptions::default()
    }
    .with_view(scenario);
    let chart = orgplan::layout::layout(scenario, &options);
    crate::support::boxes::box_text(&chart, node)
}

#[test]
fn a_working_groups_term_and_founding_decision_stand_in_its_box() {
    let plan = examples::load(Example::ManttaVilppula).unwrap();
    let scenario = plan.baseline();
    let en = box_text(scenario, "johtoryhma", Lang::En);
    assert!(en.contains("Term 24 Jan 2023 – 16 Nov 2023"), "{en}");
    assert!(
        en.contains(
            "Decision: Sivistys- ja kulttuurilautakunta, 24 Jan 2023, § 12, 1159/12.00.00/2023"
        ),
        "{en}"
    );
    let fi = box_text(scenario, "johtoryhma", Lang::Fi);
    assert!(fi.contains("Toimikausi 24.1.2023 – 16.11.2023"), "{fi}");
    // Before the members, which follow it.
    assert!(fi.find("Toimikausi") < fi.find("koordinaattori"), "{fi}");
    // The exports draw the same boxes.
    let options = ChartOptions {
        lang: Lang::Sv,
        ..ChartOptions::default()
    };
    let drawn = svg(&chart(&plan, scenario, &options));
    assert!(drawn.contains("1159/12.00.00/2023"));
    assert!(drawn.contains("Mandatperiod"));
    // A unit has no such lines.
    assert!(!box_text(scenario, "kolho", Lang::En).contains("Term"));
}
