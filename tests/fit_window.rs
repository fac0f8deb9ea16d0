//! The window's *Fit to paper*: the chart arranged as the exports arrange it for the export
//! paper, and the toolbar saying how it then prints, in each language.

#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

use orgplan::examples::{self, Example};
use orgplan::export::{
    Arrangement, ChartOptions, MIN_PRINTED_TEXT, PageFit, PageOrientation, Paper, chart,
};
use orgplan::i18n::Lang;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use orgplan::app::OrgplanApp;

use crate::fit::options;

/// Export › A4, as a person picks the export paper.
fn choose_a4(harness: &mut Harness<'_, OrgplanApp>) {
    harness.get_by_label("Export").click();
    harness.run();
    harness.get_by_label("A4").click();
    harness.run();
    harness.key_press(egui::Key::Escape);
    harness.run();
}

/// Boxes show › arrange to fit the export paper.
fn turn_fit_on(harness: &mut Harness<'_, OrgplanApp>) {
    harness.get_by_label("Boxes show").click();
    harness.run();
    harness
        .get_by_label("arrange to fit the export paper")
        .click();
    harness.run();
}

/// The options the window's exports use on A4 with *Fit to paper* on.
fn as_the_window_exports_on_a4() -> ChartOptions {
    ChartOptions {
        fit: Some(PageFit {
            paper: Paper::A4,
            orientation: PageOrientation::Auto,
        }),
        ..options(None)
    }
}

#[test]
fn the_window_arranges_its_chart_to_fit_the_paper_when_asked() {
    let dialogs = orgplan::app::dialogs::ScriptedDialogs::default();
    let mut harness = crate::gui::harness(crate::gui::app_with(dialogs, Lang::En));
    harness
        .get_by_label("Decided organisation from 1 Oct 2023 (decided)")
        .click();
    harness.run();
    choose_a4(&mut harness);
    let as_is = harness.state_mut().chart().extent();
    turn_fit_on(&mut harness);
    assert!(harness.state().settings().fit_to_paper);
    let arranged = harness.state_mut().chart().extent();
    // As the export arranges it for A4: the chart changes its shape, and a PDF of it from the
    // window is one page.
    assert_ne!(as_is.size(), arranged.size());
    let plan = examples::load(Example::Kouvola).unwrap();
    let decided = plan.find_scenario("decided").unwrap();
    let exported = chart(&plan, decided, &as_the_window_exports_on_a4());
    let exported = exported.layout;
    assert_eq!(
        (exported.width, exported.height),
        (arranged.width(), arranged.height())
    );
}

/// With *Fit to paper* on, the toolbar says how the chart prints on the export paper, as the
/// export prints it: the Päijät-Häme network's 2022 plan on one A4 page, its development groups
/// in a row under the municipalities; with it off, nothing is said.
#[test]
fn the_window_says_how_its_chart_prints_on_the_export_paper() {
    use orgplan::app::settings::ExportPaper;
    let plan = examples::load(Example::PaijatHame).unwrap();
    let app = OrgplanApp::new(
        plan.clone(),
        None,
        Lang::En,
        Box::new(orgplan::app::dialogs::ScriptedDialogs::default()),
    );
    let mut harness = crate::gui::harness(app);
    harness
        .get_by_label("Proposal: action plan 2022 (proposed)")
        .click();
    harness.run();
    assert_eq!(harness.state_mut().printed(), None);
    choose_a4(&mut harness);
    turn_fit_on(&mut harness);
    harness.key_press(egui::Key::Escape);
    harness.run();
    let printed = harness.state_mut().printed().unwrap();
    assert_eq!(printed.pages, 1);
    assert!(printed.smallest >= MIN_PRINTED_TEXT - 1e-3, "{printed:?}");
    assert!(printed.arrangement.groups_under, "{printed:?}");
    let said = orgplan::app::printed_text(&printed, ExportPaper::A4, Lang::En);
    assert!(said.starts_with("A4: one page, smallest text "), "{said}");
    harness.get_by_label(&said);
    // As the export prints it.
    let exported = chart(
        &plan,
        plan.find_scenario("plan-2022").unwrap(),
        &as_the_window_exports_on_a4(),
    );
    assert_eq!(exported.arrangement, printed.arrangement);
    let chart_in_window = harness.state_mut().chart().clone();
    for group in [
        "kehittamisryhma-vaka",
        "kehittamisryhma-opetus",
        "kehittamisryhma-sote",
    ] {
        let id = orgplan::model::NodeId::new(group).unwrap();
        let b = chart_in_window.box_of(&id).unwrap();
        assert_eq!(b.placement, orgplan::layout::Placement::Row, "{group}");
    }
}

/// The toolbar's words in each language: pages counted as the language counts them, the size
/// rounded down to a tenth with the language's decimal mark, never above what prints.
#[test]
fn how_the_chart_prints_is_said_in_each_language() {
    use orgplan::app::settings::ExportPaper;
    use orgplan::app::{Printed, printed_text};
    let printed = |pages: usize, smallest: f32| Printed {
        pages,
        smallest,
        arrangement: Arrangement::AS_IS,
    };
    let cases = [
        (
            Lang::Fi,
            printed(3, 7.06),
            "A4: 3 sivua, pienin teksti 7 pt",
        ),
        (
            Lang::Sv,
            printed(1, 7.19),
            "A4: en sida, minsta text 7,1 pt",
        ),
        (
            Lang::En,
            printed(2, 9.99),
            "A4: 2 pages, smallest text 9.9 pt",
        ),
        (
            Lang::En,
            printed(1, 6.999_999_5),
            "A4: one page, smallest text 7 pt",
        ),
    ];
    for (lang, printed, said) in cases {
        assert_eq!(printed_text(&printed, ExportPaper::A4, lang), said);
    }
    let a3 = printed_text(&printed(1, 8.0), ExportPaper::A3, Lang::En);
    assert_eq!(a3, "A3: one page, smallest text 8 pt");
}
