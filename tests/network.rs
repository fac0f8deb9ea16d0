//! A plan that names itself a network of organisations (seed 002, Päijät-Häme): the chart's
//! title says how many organisations it joins, the committee pack and the window list them by
//! name, and the flag is kept in the file only when set.

use std::path::Path;

use orgplan::export::{ChartOptions, chart, svg};
use orgplan::i18n::Lang;
use orgplan::io::{load_str, to_ron};
use orgplan::model::words::{network_count_text, network_members_text};
use orgplan::model::{Command, PlanDetails, apply};
use orgplan::pack::{html, pack};

const NETWORK: &str = r#"(
    version: 1,
    name: (fi: "Seudullinen kehittämisverkosto", en: "Regional development network"),
    network: true,
    scenarios: [
        (
            id: "baseline",
            name: (fi: "Nykytila", en: "Today"),
            nodes: [
                (id: "lahti", kind: Organisation, name: (fi: "Lahti")),
                (id: "hollola", kind: Organisation, name: (fi: "Hollola")),
                (id: "karkola", kind: Organisation, name: (fi: "Kärkölä")),
                (id: "ohjausryhma", kind: Group, name: (fi: "Ohjausryhmä", en: "Steering group")),
            ],
        ),
        (
            id: "decided",
            name: (fi: "Päätetty", en: "Decided"),
            nodes: [
                (id: "lahti", kind: Organisation, name: (fi: "Lahti")),
                (id: "hollola", kind: Organisation, name: (fi: "Hollola")),
                (id: "karkola", kind: Organisation, name: (fi: "Kärkölä")),
                (id: "heinola", kind: Organisation, name: (fi: "Heinola")),
                (id: "ohjausryhma", kind: Group, name: (fi: "Ohjausryhmä", en: "Steering group")),
            ],
        ),
    ],
)
"#;

#[test]
fn a_network_s_chart_pack_and_window_words_name_its_organisations() {
    let plan = load_str(NETWORK, Path::new("network.ron")).unwrap();
    assert!(plan.network);
    let baseline = plan.baseline();
    assert_eq!(
        network_count_text(&plan, baseline, Lang::En).as_deref(),
        Some("a network of 3 organisations")
    );
    assert_eq!(
        network_members_text(&plan, baseline, Lang::Fi).as_deref(),
        Some("Lahti, Hollola ja Kärkölä")
    );
    let options = ChartOptions {
        lang: Lang::En,
        ..ChartOptions::default()
    };
    let drawn = svg(&chart(&plan, baseline, &options));
    assert!(
        drawn.contains("Regional development network – a network of 3 organisations"),
        "{drawn}"
    );
    let page = html(&pack(&plan, &crate::pack::options(&[Lang::En], true)).unwrap());
    assert!(
        page.contains("Lahti, Hollola, Kärkölä and Heinola"),
        "{page}"
    );

    // Saved back, the flag stays; cleared, the file says nothing of it.
    assert!(to_ron(&plan).unwrap().contains("network: true"));
    let mut single = plan.clone();
    let details = PlanDetails {
        network: false,
        ..plan.details()
    };
    apply(&mut single, Command::set_plan_details(details)).unwrap();
    assert!(!to_ron(&single).unwrap().contains("network:"));
    assert_eq!(network_count_text(&single, baseline, Lang::En), None);
    let drawn = svg(&chart(&single, single.baseline(), &options));
    assert!(!drawn.contains("a network of"));
}
