//! The committee pack as tagged PDF: what it says (the decision record, every change sentence,
//! the headline figures), how it is built (headings, tables with header cells, each chart a
//! figure with a text alternative and its content as a list, a part per language), on the
//! paper asked for, without personal data when asked, and the same bytes each time.

use crate::cli::run;
use lopdf::Object;
use orgplan::compare::diff;
use orgplan::compare::report::{Sides, sentence};
use orgplan::examples::{Example, load};
use orgplan::generate::{GenOptions, Shape, generate_plan};
use orgplan::i18n::Lang;
use orgplan::model::{Command, Edit, Plan, ScenarioId, apply};
use orgplan::pack::{PackOptions, PackPaper, pack, pdf};

fn options(langs: &[Lang], redact: bool, paper: PackPaper) -> PackOptions {
    PackOptions {
        paper,
        ..crate::pack::options(langs, redact)
    }
}

fn pack_pdf(plan: &Plan, options: &PackOptions) -> Vec<u8> {
    pdf(&pack(plan, options).unwrap()).unwrap()
}

/// Text without white space: the extracted text breaks lines where the page does.
fn squeezed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

fn all_text(doc: &lopdf::Document) -> String {
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    squeezed(&doc.extract_text(&pages).unwrap())
}

/// Every structure element as its tag, its `/Alt` text and its `/Lang`, in reading order.
fn structure(doc: &lopdf::Document) -> Vec<(String, Option<String>, Option<String>)> {
    let root = doc.catalog().unwrap().get(b"StructTreeRoot").unwrap();
    let text = |dict: &lopdf::Dictionary, key: &[u8]| match dict.get(key) {
        Ok(Object::String(bytes, _)) => Some(decode(bytes)),
        Ok(Object::Name(bytes)) => Some(String::from_utf8_lossy(bytes).into_owned()),
        _ => None,
    };
    let mut out = Vec::new();
    let mut stack: Vec<&Object> = vec![root];
    while let Some(object) = stack.pop() {
        let (_, object) = doc.dereference(object).unwrap();
        match object {
            Object::Array(items) => stack.extend(items.iter().rev()),
            Object::Dictionary(dict) => {
                if let Ok(Object::Name(tag)) = dict.get(b"S") {
                    out.push((
                        String::from_utf8_lossy(tag).into_owned(),
                        text(dict, b"Alt"),
                        text(dict, b"Lang"),
                    ));
                }
                if let Ok(kids) = dict.get(b"K") {
                    stack.push(kids);
                }
            }
            _ => {}
        }
    }
    out
}

/// A PDF text string: UTF-16 with its byte order mark, or PDFDocEncoding (Latin-1 here).
fn decode(bytes: &[u8]) -> String {
    if let [0xfe, 0xff, rest @ ..] = bytes {
        let units: Vec<u16> = rest
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        bytes.iter().map(|&b| char::from(b)).collect()
    }
}

fn page_sizes(doc: &lopdf::Document) -> Vec<(f32, f32)> {
    doc.get_pages()
        .values()
        .map(|&page| {
            let media = doc.get_dictionary(page).unwrap().get(b"MediaBox").unwrap();
            let numbers: Vec<f32> = media
                .as_array()
                .unwrap()
                .iter()
                .map(|o| o.as_float().unwrap())
                .collect();
            (numbers[2] - numbers[0], numbers[3] - numbers[1])
        })
        .collect()
}

#[test]
fn the_pdf_pack_holds_the_decision_every_change_and_the_headline_figures() {
    let plan = load(Example::Kouvola).unwrap();
    let (a, b) = (
        plan.find_scenario("baseline").unwrap(),
        plan.find_scenario("decided").unwrap(),
    );
    let sides = Sides::new(a, b);
    let changes = diff(a, b);
    assert!(changes.len() > 10);
    for (lang, expected) in [
        (
            Lang::En,
            &["30 Aug 2023", "Headline figures", "Posts", "Annual cost"][..],
        ),
        (Lang::Fi, &["Yhteenveto", "Vakanssit", "Vuosikustannus"]),
        (Lang::Sv, &["Sammanfattning", "Tjänster", "Årskostnad"]),
    ] {
        let bytes = pack_pdf(&plan, &options(&[lang], false, PackPaper::A4));
        let doc = lopdf::Document::load_mem(&bytes).unwrap();
        assert!(
            doc.get_pages().len() >= 6,
            "{} pages",
            doc.get_pages().len()
        );
        let text = all_text(&doc);
        for expected in expected
            .iter()
            .chain(&["Kasvatus- ja opetuslautakunta", "Vesa Toikka"])
        {
            assert!(
                text.contains(&squeezed(expected)),
                "{lang:?}: no {expected:?}"
            );
        }
        for change in &changes {
            let line = squeezed(&sentence(change, &sides, lang));
            assert!(
                text.contains(&line),
                "{lang:?}: no change sentence {line:?}"
            );
        }
    }
}

#[test]
fn the_pdf_pack_is_built_of_headings_tables_lists_and_figures_with_text_alternatives() {
    let plan = load(Example::Kouvola).unwrap();
    let bytes = pack_pdf(&plan, &options(&[Lang::Fi, Lang::Sv], false, PackPaper::A4));
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    let tags = structure(&doc);
    let count = |tag: &str| tags.iter().filter(|(t, _, _)| t == tag).count();
    // One part per language, Finnish first.
    let langs: Vec<&str> = tags
        .iter()
        .filter(|(t, _, _)| t == "Part")
        .filter_map(|(_, _, lang)| lang.as_deref())
        .collect();
    assert_eq!(langs, ["fi", "sv"]);
    assert_eq!(count("H1"), 2);
    assert!(count("H2") >= 12, "{}", count("H2"));
    // Tables with header cells: the summary's two, the figures' two, in each language.
    assert_eq!(count("Table"), 8);
    assert!(count("TH") > 40 && count("TD") > 40);
    assert_eq!(count("THead"), 8);
    // Both charts in both languages, each a figure with its text alternative, then a list.
    let figures: Vec<&str> = tags
        .iter()
        .filter(|(t, _, _)| t == "Figure")
        .map(|(_, alt, _)| alt.as_deref().unwrap_or_default())
        .collect();
    assert!(figures.len() >= 4, "{figures:?}");
    assert!(figures.iter().all(|alt| alt.len() > 20), "{figures:?}");
    assert!(count("L") >= 8 && count("LI") > 50 && count("Lbl") == count("LI"));
    // Every heading level follows the one above it (no level skipped), as PDF/UA asks.
    let mut last = 0;
    for (tag, _, _) in &tags {
        if let Some(level) = tag.strip_prefix('H').and_then(|l| l.parse::<u32>().ok()) {
            assert!(level <= last + 1, "H{level} after H{last}");
            last = level;
        }
    }
    // The title and the class head every page, which is numbered in its part's language:
    // the Finnish pages first, then the Swedish.
    let pages = doc.get_pages().len();
    let mut numbered = String::new();
    for page in 1..=pages as u32 {
        let text = squeezed(&doc.extract_text(&[page]).unwrap());
        assert!(text.contains("Sisäiseenkäyttöön"), "page {page}: {text}");
        if text.contains(&format!("Sivu{page}/{pages}")) {
            numbered.push('f');
        } else if text.contains(&format!("Sida{page}/{pages}")) {
            numbered.push('s');
        }
    }
    assert_eq!(numbered.len(), pages, "{numbered}");
    let finnish = numbered.matches('f').count();
    assert!(finnish > 3 && finnish < pages - 3, "{numbered}");
    assert!(numbered.starts_with(&"f".repeat(finnish)), "{numbered}");
}

#[test]
fn the_pdf_pack_prints_on_the_paper_asked_for_and_is_the_same_bytes_each_time() {
    let plan = load(Example::Kouvola).unwrap();
    let a4 = pack_pdf(&plan, &options(&[Lang::En], false, PackPaper::A4));
    assert_eq!(
        a4,
        pack_pdf(&plan, &options(&[Lang::En], false, PackPaper::A4))
    );
    let a3 = pack_pdf(&plan, &options(&[Lang::En], false, PackPaper::A3));
    let (a4, a3) = (
        lopdf::Document::load_mem(&a4).unwrap(),
        lopdf::Document::load_mem(&a3).unwrap(),
    );
    let close =
        |(w, h): (f32, f32), (ew, eh): (f32, f32)| (w - ew).abs() < 1.0 && (h - eh).abs() < 1.0;
    assert!(page_sizes(&a4).iter().all(|&s| close(s, (595.28, 841.89))));
    assert!(page_sizes(&a3).iter().all(|&s| close(s, (841.89, 1190.55))));
    // The larger paper holds the pack in fewer pages.
    assert!(a3.get_pages().len() < a4.get_pages().len());
}

/// A network wider than a portrait page: each chart of the Päijät-Häme 2022 pack goes whole on
/// one page of its own turned landscape, under its heading, arranged for it (the proposal's
/// development groups in a row under the municipalities), where upright each took two; the
/// text stays on upright pages, in every language.
#[test]
fn a_chart_wider_than_the_page_goes_whole_on_a_turned_page() {
    let plan = load(Example::PaijatHame).unwrap();
    let close =
        |(w, h): (f32, f32), (ew, eh): (f32, f32)| (w - ew).abs() < 1.0 && (h - eh).abs() < 1.0;
    for (lang, after) in [
        (Lang::En, "After:"),
        (Lang::Fi, "Jälkeen:"),
        (Lang::Sv, "Efter:"),
    ] {
        let options = PackOptions {
            to: "plan-2022".to_owned(),
            ..options(&[lang], false, PackPaper::A4)
        };
        let doc = lopdf::Document::load_mem(&pack_pdf(&plan, &options)).unwrap();
        let sizes = page_sizes(&doc);
        let turned: Vec<usize> = (0..sizes.len())
            .filter(|&k| close(sizes[k], (841.89, 595.28)))
            .collect();
        assert_eq!(turned.len(), 2, "{lang:?}: {sizes:?}");
        let upright = sizes
            .iter()
            .filter(|&&s| close(s, (595.28, 841.89)))
            .count();
        assert_eq!(turned.len() + upright, sizes.len(), "{lang:?}: {sizes:?}");
        // Upright, each chart took two pages: 9 in all.
        assert_eq!(sizes.len(), 7, "{lang:?}");
        let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
        let text = |k: usize| squeezed(&doc.extract_text(&[pages[k]]).unwrap());
        // The proposal's chart whole on its page, under its heading: every group named there.
        let on_page = text(turned[1]);
        assert!(on_page.contains(&squeezed(after)), "{lang:?}: {on_page}");
        let scenario = plan.find_scenario("plan-2022").unwrap();
        for group in scenario
            .nodes()
            .filter(|n| n.kind == orgplan::model::NodeKind::Group)
        {
            let name: String = squeezed(group.name.show(lang)).chars().take(20).collect();
            assert!(on_page.contains(&name), "{lang:?}: {name} not on its page");
        }
    }
}

#[test]
fn a_redacted_pdf_pack_names_no_holder_contact_or_presenter_even_in_its_alt_texts() {
    let mut plan = load(Example::Kouvola).unwrap();
    let mut meta = plan.find_scenario("decided").unwrap().meta.clone();
    if let Some(decision) = meta.decision.as_mut() {
        decision.section = Some("87".to_owned());
        decision.record = Some("KOUDno-2023-1234".to_owned());
        decision.presenter = Some("Presenter Person".to_owned());
    }
    let command = Command {
        scenario: ScenarioId::new("decided").unwrap(),
        edit: Edit::SetMeta(Box::new(meta)),
    };
    apply(&mut plan, command).unwrap();
    let mut personal: Vec<String> = vec!["Presenter Person".to_owned()];
    for contact in &plan.contacts {
        personal.push(contact.name.clone());
        personal.extend(contact.email.clone());
    }
    for scenario in plan.scenarios() {
        for node in scenario.nodes() {
            personal.extend(node.holder.clone());
        }
    }
    let open = lopdf::Document::load_mem(&pack_pdf(
        &plan,
        &options(&[Lang::Fi], false, PackPaper::A4),
    ))
    .unwrap();
    let text = all_text(&open);
    for expected in [
        "§",
        "87",
        "KOUDno-2023-1234",
        "PresenterPerson",
        "VesaToikka",
    ] {
        assert!(text.contains(expected), "no {expected:?}");
    }
    let public = lopdf::Document::load_mem(&pack_pdf(
        &plan,
        &options(&[Lang::Fi, Lang::Sv], true, PackPaper::A4),
    ))
    .unwrap();
    let text = all_text(&public);
    assert!(text.contains("KOUDno-2023-1234"));
    let alts: String = structure(&public)
        .into_iter()
        .filter_map(|(_, alt, _)| alt)
        .collect();
    for name in &personal {
        assert!(!text.contains(&squeezed(name)), "{name:?} in the text");
        assert!(!alts.contains(name.as_str()), "{name:?} in an alt text");
    }
}

#[test]
fn a_chart_too_large_for_a_page_takes_pages_of_its_own_each_a_figure() {
    let plan = generate_plan(&GenOptions {
        seed: 3,
        ..GenOptions::new(Shape::Realistic, 400)
    })
    .unwrap();
    let id = plan.baseline().meta.id.as_str().to_owned();
    let options = PackOptions {
        from: id.clone(),
        to: id,
        ..options(&[Lang::En], false, PackPaper::A4)
    };
    let document = pack(&plan, &options).unwrap();
    let doc = lopdf::Document::load_mem(&pdf(&document).unwrap()).unwrap();
    let figures: Vec<String> = structure(&doc)
        .into_iter()
        .filter(|(t, _, _)| t == "Figure")
        .filter_map(|(_, alt, _)| alt)
        .collect();
    assert!(figures.len() > 2, "{figures:?}");
    assert!(
        figures.iter().any(|alt| alt.contains("Page 2/")),
        "{figures:?}"
    );
    // Every box is in the list after its chart.
    let text = all_text(&doc);
    let charts: Vec<&orgplan::export::Chart> = document.parts[0]
        .blocks
        .iter()
        .filter_map(|b| match b {
            orgplan::pack::Block::Chart(c) => Some(&c.chart),
            _ => None,
        })
        .collect();
    assert_eq!(charts.len(), 2);
    assert_eq!(charts[0].entries.len(), plan.baseline().len());
    for entry in charts[0].entries.iter().step_by(7) {
        let entry = squeezed(&entry.text);
        assert!(text.contains(&entry), "no {entry:?}");
    }
}

#[test]
fn the_command_writes_the_format_the_extension_or_the_option_asks_for() {
    let dir = tempfile::tempdir().unwrap();
    assert!(
        run(&["example", "-o", "plan.ron"], dir.path())
            .status
            .success()
    );
    let pack = |output: &str, format: Option<&str>| {
        let mut args = vec![
            "--lang",
            "sv",
            "pack",
            "plan.ron",
            "--to",
            "decided",
            "-o",
            output,
            "--date",
            "2026-12-07",
        ];
        if let Some(format) = format {
            args.extend(["--format", format]);
        }
        let made = run(&args, dir.path());
        assert!(made.status.success(), "{made:?}");
        std::fs::read(dir.path().join(output)).unwrap()
    };
    let by_name = pack("pack.pdf", None);
    assert!(by_name.starts_with(b"%PDF-"));
    let text = all_text(&lopdf::Document::load_mem(&by_name).unwrap());
    assert!(text.contains("Sammanfattning"), "{text}");
    assert!(pack("pack.html", None).starts_with(b"<!DOCTYPE html>"));
    assert!(pack("pack.bin", Some("pdf")).starts_with(b"%PDF-"));
    assert!(pack("pack.txt", Some("html")).starts_with(b"<!DOCTYPE html>"));
    // A Word document is a zip package with its document part.
    let word = pack("pack.docx", None);
    assert!(word.starts_with(b"PK"));
    let docx = docx_rs::read_docx(&word).unwrap();
    assert!(!docx.document.children.is_empty());
    // Without an extension it knows, the printable document.
    assert!(pack("pack", None).starts_with(b"%PDF-"));
}
