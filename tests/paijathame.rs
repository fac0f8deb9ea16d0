//! The Päijät-Häme example (seed 002, issue 26): a regional network of four municipalities,
//! each its own organisation, with a steering group of their leading education officials and
//! development groups under it whose members come from every municipality. It loads and checks
//! clean, lays the municipalities out side by side with the groups beside them, exports, and
//! its 2022 proposal differs from the 2021 action plan by the changes it was written to show.

use crate::support::boxes::box_text;
use std::path::Path;

use orgplan::analysis::{CheckOptions, check};
use orgplan::compare::report::{Sides, sentence};
use orgplan::compare::{ChangeKind, Value, diff};
use orgplan::examples::{self, Example};
use orgplan::export::{
    ChartOptions, PageFit, PageOrientation, Paper, PdfOptions, chart, parse_svg, pdf, svg,
};
use orgplan::i18n::Lang;
use orgplan::io::{load_file, load_str, to_ron};
use orgplan::layout::{ConnectorKind, LayoutOptions, Orientation, Placement, layout};
use orgplan::model::{Edit, Names, Node, NodeId, NodeKind, Plan, Relation, Role, Scenario};

use crate::layout_props::check_layout;

const MUNICIPALITIES: [&str; 4] = ["lahti", "hollola", "karkola", "heinola"];
const STEERING: &str = "ohjausryhma";
const DEVELOPMENT: [&str; 2] = ["kehittamisryhma-vaka", "kehittamisryhma-opetus"];

fn id(text: &str) -> NodeId {
    NodeId::new(text).unwrap()
}

fn plan() -> Plan {
    examples::load(Example::PaijatHame).unwrap()
}

/// The municipality (root organisation) a node belongs to.
fn municipality<'a>(scenario: &'a Scenario, node: &'a NodeId) -> &'a str {
    scenario
        .ancestors(node)
        .last()
        .map_or(node.as_str(), NodeId::as_str)
}

/// The members of a group with their roles, in the scenario's order.
fn members(scenario: &Scenario, group: &str) -> Vec<(NodeId, Role)> {
    let mut members: Vec<(NodeId, Role)> = scenario
        .edges_to(&id(group))
        .into_iter()
        .filter_map(|e| match e.relation {
            Relation::MemberOf(role) => Some((e.from, role)),
            _ => None,
        })
        .collect();
    members.sort_by_key(|(m, _)| scenario.position(m));
    members
}

#[test]
fn it_is_offered_by_its_code_and_loads_as_the_file_on_disk_says() {
    assert_eq!(Example::from_code("paijathame"), Some(Example::PaijatHame));
    assert!(Example::ALL.contains(&Example::PaijatHame));
    let plan = plan();
    assert_eq!(plan.scenarios().len(), 2);
    assert_eq!(plan.baseline().meta.id.as_str(), "baseline");
    let disk =
        load_file(&Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples/paijathame.ron"))
            .unwrap();
    assert_eq!(disk, plan);
    // Saved and read back, it is the same plan.
    let text = to_ron(&plan).unwrap();
    let again = load_str(&text, Path::new("again.ron")).unwrap();
    assert_eq!(to_ron(&again).unwrap(), text);
    // Names in Finnish first, with Swedish and English beside them.
    for scenario in plan.scenarios() {
        for node in scenario.nodes() {
            let names = if node.name.is_empty() {
                &node.title
            } else {
                &node.name
            };
            for lang in [Lang::Fi, Lang::Sv, Lang::En] {
                assert!(
                    names.get(lang).is_some(),
                    "{} has no {lang:?} name",
                    node.id
                );
            }
        }
    }
}

#[test]
fn every_scenario_checks_clean() {
    let plan = plan();
    for scenario in plan.scenarios() {
        assert_eq!(
            check(scenario, &CheckOptions::default()),
            vec![],
            "{}",
            scenario.meta.id
        );
    }
}

#[test]
fn each_municipality_is_an_organisation_of_its_own() {
    let plan = plan();
    for scenario in plan.scenarios() {
        let roots: Vec<(&str, NodeKind)> =
            scenario.roots().map(|n| (n.id.as_str(), n.kind)).collect();
        let organisations: Vec<&str> = roots
            .iter()
            .filter(|(_, kind)| *kind == NodeKind::Organisation)
            .map(|(id, _)| *id)
            .collect();
        assert_eq!(organisations, MUNICIPALITIES);
        // The only other root is the steering group: the development groups are part of it.
        let groups: Vec<&str> = roots
            .iter()
            .filter(|(_, kind)| *kind == NodeKind::Group)
            .map(|(id, _)| *id)
            .collect();
        assert_eq!(groups, [STEERING]);
        for group in DEVELOPMENT {
            assert_eq!(scenario.parent(&id(group)), Some(&id(STEERING)));
        }
        // Each municipality has its education services unit, headed by its director.
        for town in MUNICIPALITIES {
            let units: Vec<&NodeId> = scenario.children(&id(town));
            assert_eq!(units.len(), 1, "{town}");
            let head = scenario.heads_of(units[0]);
            assert_eq!(head.len(), 1, "{town}");
            assert_eq!(municipality(scenario, head[0]), town);
        }
    }
}

#[test]
fn the_steering_group_has_a_chair_and_members_from_each_municipality_and_meets_monthly() {
    let plan = plan();
    let scenario = plan.baseline();
    let group = scenario.node(&id(STEERING)).unwrap();
    assert_eq!(group.kind, NodeKind::Group);
    let members = members(scenario, STEERING);
    let chairs: Vec<&str> = members
        .iter()
        .filter(|(_, role)| *role == Role::Chair)
        .map(|(m, _)| m.as_str())
        .collect();
    assert_eq!(chairs, ["lahti-johtaja"]);
    // One leading official from each municipality: the head of its education services.
    let towns: Vec<&str> = members
        .iter()
        .map(|(m, _)| municipality(scenario, m))
        .collect();
    assert_eq!(towns, MUNICIPALITIES);
    for (member, _) in &members {
        let unit = scenario.parent(member).unwrap();
        assert_eq!(scenario.heads_of(unit), vec![member], "{member}");
    }
    // Its meetings, its term and the decision of seed 002.
    assert_eq!(
        group.meetings.as_deref(),
        Some("kuukausittain vuosikellon mukaan, ei heinäkuussa")
    );
    let term = group.term.unwrap();
    assert_eq!(
        (
            term.start.unwrap().to_string(),
            term.end.unwrap().to_string()
        ),
        ("2021-01-01".to_owned(), "2021-12-31".to_owned())
    );
    let decision = group.decision.as_deref().unwrap();
    assert_eq!(
        decision.body.as_deref(),
        Some("Kärkölän sivistys- ja hyvinvointilautakunta")
    );
    assert_eq!(decision.date.unwrap().to_string(), "2021-04-29");
    assert_eq!(decision.section.as_deref(), Some("41"));
    assert_eq!(decision.record.as_deref(), Some("256/00.04.01/2021"));
    // The scenario was adopted by the same decision.
    let adopted = scenario.meta.decision.as_ref().unwrap();
    assert_eq!(adopted.record.as_deref(), Some("256/00.04.01/2021"));
}

#[test]
fn each_development_group_has_a_chair_and_a_member_from_each_municipality() {
    let plan = plan();
    for scenario in plan.scenarios() {
        let groups = scenario
            .children(&id(STEERING))
            .into_iter()
            .map(|g| g.as_str().to_owned())
            .collect::<Vec<_>>();
        assert!(groups.len() >= 2, "{groups:?}");
        for group in &groups {
            let members = members(scenario, group);
            let mut towns: Vec<&str> = members
                .iter()
                .map(|(m, _)| municipality(scenario, m))
                .collect();
            towns.dedup();
            assert_eq!(towns, MUNICIPALITIES, "{group}");
            let chairs = members.iter().filter(|(_, r)| *r == Role::Chair).count();
            assert_eq!(chairs, 1, "{group}");
            let node = scenario.node(&id(group)).unwrap();
            assert!(node.meetings.is_some(), "{group}");
        }
    }
}

#[test]
fn the_municipalities_stand_side_by_side_and_the_groups_beside_them() {
    let plan = plan();
    for scenario in plan.scenarios() {
        for orientation in [Orientation::TopDown, Orientation::LeftRight] {
            let options = LayoutOptions {
                orientation,
                ..LayoutOptions::default()
            };
            let chart = layout(scenario, &options);
            let label = format!("{} {orientation:?}", scenario.meta.id);
            check_layout(scenario, &chart, &options)
                .map_err(|e| format!("{label}: {e}"))
                .unwrap();
            let roots: Vec<_> = MUNICIPALITIES
                .iter()
                .map(|town| chart.find(&id(town)).unwrap())
                .collect();
            for pair in roots.windows(2) {
                let (a, b) = (pair[0], pair[1]);
                let side_by_side = if orientation == Orientation::TopDown {
                    a.y == b.y && a.x + a.width < b.x
                } else {
                    a.x == b.x && a.y + a.height < b.y
                };
                assert!(side_by_side, "{label}: {} and {}", a.id, b.id);
            }
            // The groups are beside the organisations (to the right top-down, below left-right).
            let tree_end = chart
                .boxes
                .iter()
                .filter(|b| b.kind != NodeKind::Group)
                .map(|b| {
                    if orientation == Orientation::TopDown {
                        b.x + b.width
                    } else {
                        b.y + b.height
                    }
                })
                .fold(0.0f32, f32::max);
            let steering = chart.find(&id(STEERING)).unwrap();
            assert_eq!(steering.placement, Placement::Group, "{label}");
            if orientation == Orientation::TopDown {
                // The steering group's long box sets the levels of the groups only: the
                // municipalities' units stand one level down, beside the steering group, not
                // below it.
                let unit = chart.find(&id("lahti-kasko")).unwrap();
                assert!(unit.y < steering.y + steering.height, "{label}: {unit:?}");
            }
            for group in scenario.nodes().filter(|n| n.kind == NodeKind::Group) {
                let b = chart.find(&group.id).unwrap();
                // The development groups, all leaves, are stacked under the steering group when
                // the chart grows top-down.
                assert!(
                    matches!(b.placement, Placement::Group | Placement::Stacked),
                    "{label}: {} {:?}",
                    group.id,
                    b.placement
                );
                let start = if orientation == Orientation::TopDown {
                    b.x
                } else {
                    b.y
                };
                assert!(start > tree_end, "{label}: {} is not beside", group.id);
                if group.id.as_str() != STEERING {
                    // Under the steering group, as the development network is under it.
                    let below = if orientation == Orientation::TopDown {
                        b.y >= steering.y + steering.height
                    } else {
                        b.x >= steering.x + steering.width
                    };
                    assert!(
                        below,
                        "{label}: {} is not under the steering group",
                        group.id
                    );
                }
            }
            // Drawn as the structure: a line from the steering group to its groups.
            let starts_at_steering = chart
                .connectors
                .iter()
                .filter(|c| c.kind == ConnectorKind::Structure)
                .filter_map(|c| chart.points_of(c).first())
                .any(|p| {
                    p[0] >= steering.x - 0.5
                        && p[0] <= steering.x + steering.width + 0.5
                        && p[1] >= steering.y - 0.5
                        && p[1] <= steering.y + steering.height + 0.5
                });
            assert!(starts_at_steering, "{label}");
        }
    }
}

/// Arranged for a landscape page, the development groups go in a row under the municipalities,
/// each no wider than the row has room for, and the steering group stays beside them, a line
/// from its foot reaching each of its groups from above; the layout stays tidy. Without the
/// option, or left to right, the groups stand as they did.
#[test]
fn the_development_groups_go_in_a_row_under_the_municipalities_when_asked() {
    let plan = plan();
    for scenario in plan.scenarios() {
        for lang in [Lang::Fi, Lang::Sv, Lang::En] {
            let label = format!("{} {lang:?}", scenario.meta.id);
            let options = LayoutOptions {
                lang,
                group_parts_under: true,
                ..LayoutOptions::default()
            };
            let chart = layout(scenario, &options);
            check_layout(scenario, &chart, &options)
                .map_err(|e| format!("{label}: {e}"))
                .unwrap();
            crate::fit::check_tidy(scenario, &chart)
                .map_err(|e| format!("{label}: {e}"))
                .unwrap();
            let others = |kind_is_group: bool| {
                chart
                    .boxes
                    .iter()
                    .filter(move |b| (b.kind == NodeKind::Group) == kind_is_group)
            };
            let tree_end = others(false).map(|b| b.x + b.width).fold(0.0, f32::max);
            let tree_foot = others(false).map(|b| b.y + b.height).fold(0.0, f32::max);
            let steering = chart.find(&id(STEERING)).unwrap();
            assert!(steering.x > tree_end, "{label}: the steering group moved");
            let row: Vec<_> = others(true).filter(|b| b.id.as_str() != STEERING).collect();
            assert!(row.len() >= DEVELOPMENT.len(), "{label}");
            for pair in row.windows(2) {
                assert_eq!(pair[0].y, pair[1].y, "{label}: not one row");
                assert!(
                    pair[0].x + pair[0].width < pair[1].x,
                    "{label}: out of order"
                );
            }
            for group in &row {
                assert_eq!(group.placement, Placement::Row, "{label}: {}", group.id);
                assert!(group.y > tree_foot, "{label}: {} is not under", group.id);
                assert!(
                    group.x + group.width <= tree_end + 0.01,
                    "{label}: {}",
                    group.id
                );
                // Reached from above by a line that starts at the steering group's foot.
                let centre = group.x + group.width / 2.0;
                let reached = chart
                    .connectors
                    .iter()
                    .filter(|c| c.kind == ConnectorKind::Structure)
                    .filter_map(|c| chart.points_of(c).last())
                    .any(|p| (p[0] - centre).abs() < 0.5 && (p[1] - group.y).abs() < 0.5);
                assert!(reached, "{label}: no line reaches {}", group.id);
            }
            let foot = [
                steering.x + steering.width / 2.0,
                steering.y + steering.height,
            ];
            let from_foot = chart
                .connectors
                .iter()
                .filter_map(|c| chart.points_of(c).first())
                .any(|p| (p[0] - foot[0]).abs() < 0.5 && (p[1] - foot[1]).abs() < 0.5);
            assert!(from_foot, "{label}: no line leaves the steering group");
            // Wider than in a box beside the organisation, so lower.
            let beside = layout(
                scenario,
                &LayoutOptions {
                    lang,
                    ..LayoutOptions::default()
                },
            );
            let mut lower = 0;
            for group in &row {
                let stacked = beside.find(&group.id).unwrap();
                assert_eq!(stacked.placement, Placement::Stacked, "{label}");
                assert!(stacked.x > tree_end, "{label}: {} is not beside", group.id);
                assert!(group.height <= stacked.height, "{label}: {}", group.id);
                if group.height < stacked.height {
                    lower += 1;
                }
            }
            assert!(lower > 0, "{label}: no group's lines wrap wider");
            // Left to right the option changes nothing.
            let left_right = LayoutOptions {
                orientation: Orientation::LeftRight,
                ..options.clone()
            };
            let plain = LayoutOptions {
                group_parts_under: false,
                ..left_right.clone()
            };
            assert_eq!(
                layout(scenario, &left_right),
                layout(scenario, &plain),
                "{label}"
            );
        }
    }
}

/// Where two groups head groups, their groups stay stacked under them beside the organisation
/// (one row under it could not be reached by both lines without a crossing), and arranging for
/// a page does not try it.
#[test]
fn with_two_groups_heading_groups_the_groups_stay_beside_the_organisation() {
    let plan = plan();
    let scenario = with_groups(
        plan.find_scenario("plan-2022").unwrap(),
        &[
            ("toinen-ohjausryhma", "Toinen ohjausryhmä", None),
            ("toinen-0", "Työryhmä 0", Some("toinen-ohjausryhma")),
            ("toinen-1", "Työryhmä 1", Some("toinen-ohjausryhma")),
        ],
    );
    let options = LayoutOptions {
        group_parts_under: true,
        ..LayoutOptions::default()
    };
    let laid_out = layout(&scenario, &options);
    check_layout(&scenario, &laid_out, &options).unwrap();
    let tree_end = laid_out
        .boxes
        .iter()
        .filter(|b| b.kind != NodeKind::Group)
        .map(|b| b.x + b.width)
        .fold(0.0, f32::max);
    for group in laid_out.boxes.iter().filter(|b| b.kind == NodeKind::Group) {
        assert!(group.x > tree_end, "{} is not beside", group.id);
    }
    assert_not_arranged_with_groups_under(&plan, &scenario);
}

/// Arranged for an A4 landscape page, `scenario` is not said to have its groups under the
/// organisation.
fn assert_not_arranged_with_groups_under(plan: &Plan, scenario: &Scenario) {
    let fit = ChartOptions {
        fit: Some(PageFit {
            paper: Paper::A4,
            orientation: PageOrientation::Landscape,
        }),
        ..ChartOptions::default()
    };
    let drawing = chart(plan, scenario, &fit);
    assert!(
        !drawing.arrangement.groups_under,
        "{:?}",
        drawing.arrangement
    );
}

/// The scenario with `groups` added: (id, name, the group it is part of, `None` for a group
/// of its own beside the others).
fn with_groups(scenario: &Scenario, groups: &[(&str, &str, Option<&str>)]) -> Scenario {
    let mut scenario = scenario.clone();
    for (group, name, parent) in groups {
        let node = Node::new(id(group), NodeKind::Group, Names::fi(name));
        let parent = parent.map(id);
        scenario
            .apply(Edit::add_child(node, parent.as_ref()))
            .unwrap();
    }
    scenario
}

/// A development group with teams of its own: the steering group's parts are no longer a list
/// of groups, and the teams' list is no row of groups, so nothing goes under the organisation,
/// no box is widened, and arranging for a page does not say it did.
#[test]
fn teams_under_a_development_group_stay_beside_the_organisation() {
    let plan = plan();
    let mut scenario = plan.find_scenario("plan-2022").unwrap().clone();
    for k in 0..2 {
        let team = Node::new(
            id(&format!("tyopaja-{k}")),
            NodeKind::Team,
            Names::fi("Työpaja"),
        );
        scenario
            .apply(Edit::add_child(team, Some(&id(DEVELOPMENT[0]))))
            .unwrap();
    }
    let options = LayoutOptions {
        group_parts_under: true,
        ..LayoutOptions::default()
    };
    let laid_out = layout(&scenario, &options);
    let plain = layout(
        &scenario,
        &LayoutOptions {
            group_parts_under: false,
            ..options.clone()
        },
    );
    assert_eq!(laid_out, plain);
    assert_not_arranged_with_groups_under(&plan, &scenario);
}

/// A group beside the steering group whose groups spread wide three levels down keeps clear
/// of the line from the steering group down to its row, and no line runs through a box.
#[test]
fn the_line_down_to_the_row_keeps_clear_of_the_groups_beside() {
    let plan = plan();
    let scenario = with_groups(
        plan.find_scenario("plan-2022").unwrap(),
        &[
            ("g2", "Hankeryhmä", None),
            ("g2-a", "Hankkeen johtoryhmä", Some("g2")),
            ("g2-b", "Varhaiskasvatuksen hanketyöryhmä", Some("g2-a")),
            ("g2-c", "Perusopetuksen hanketyöryhmä", Some("g2-a")),
            ("g2-e", "Oppilashuollon hanketyöryhmä", Some("g2-a")),
            ("g2-x", "Arviointiryhmä", Some("g2-c")),
        ],
    );
    let options = LayoutOptions {
        group_parts_under: true,
        ..LayoutOptions::default()
    };
    let laid_out = layout(&scenario, &options);
    check_layout(&scenario, &laid_out, &options).unwrap();
    crate::fit::check_tidy(&scenario, &laid_out).unwrap();
    let row = laid_out
        .boxes
        .iter()
        .filter(|b| b.placement == Placement::Row)
        .count();
    assert_eq!(row, 3, "the development groups go in the row");
}

#[test]
fn the_steering_groups_box_says_its_term_decision_meetings_and_members() {
    let plan = plan();
    let scenario = plan.baseline();
    let options = LayoutOptions::default().with_view(scenario);
    let fi = box_text(&layout(scenario, &options), STEERING);
    for expected in [
        "Toimikausi 1.1.2021 – 31.12.2021",
        "§ 41",
        "256/00.04.01/2021",
        "Kokoukset: kuukausittain",
        "puheenjohtaja: Lahden kasvatus- ja koulutusjohtaja",
        "jäsen: Kärkölän sivistysjohtaja",
    ] {
        assert!(fi.contains(expected), "{expected} not in {fi}");
    }
    // The term, then the decision and the meetings, before the members.
    assert!(fi.find("Toimikausi") < fi.find("Kokoukset"), "{fi}");
    assert!(fi.find("Kokoukset") < fi.find("puheenjohtaja"), "{fi}");
    let options = LayoutOptions {
        lang: Lang::Sv,
        ..LayoutOptions::default()
    };
    let sv = box_text(&layout(scenario, &options), STEERING);
    assert!(sv.contains("Styrgruppen") && sv.contains("Möten"), "{sv}");
}

#[test]
fn both_scenarios_export_as_svg_and_as_a_tagged_pdf() {
    let plan = plan();
    for scenario in plan.scenarios() {
        let options = ChartOptions {
            lang: Lang::Fi,
            fit: Some(PageFit {
                paper: Paper::A4,
                orientation: PageOrientation::Landscape,
            }),
            ..ChartOptions::default()
        };
        let drawing = chart(&plan, scenario, &options);
        assert_eq!(drawing.layout.boxes.len(), scenario.len());
        let text = svg(&drawing);
        parse_svg(&text).unwrap();
        for expected in ["Lahden kaupunki", "Heinolan kaupunki", "256/00.04.01/2021"] {
            assert!(text.contains(expected), "{expected} not in the SVG");
        }
        let bytes = pdf(
            &drawing,
            &PdfOptions {
                paper: Paper::A4,
                orientation: PageOrientation::Landscape,
            },
        )
        .unwrap();
        let doc = lopdf::Document::load_mem(&bytes).unwrap();
        let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
        let extracted = doc.extract_text(&pages).unwrap();
        assert!(
            doc.catalog().unwrap().get(b"StructTreeRoot").is_ok(),
            "not tagged"
        );
        // The chart's page, then the organisation as a list naming every node.
        for node in scenario.nodes() {
            let label = node.label(Lang::Fi);
            assert!(extracted.contains(label), "{label} not in the PDF");
        }
    }
}

#[test]
fn the_2022_proposal_adds_a_sote_group_rotates_the_chair_and_extends_the_term() {
    let plan = plan();
    let (before, after) = (plan.baseline(), plan.find_scenario("plan-2022").unwrap());
    let changes = diff(before, after);
    let summary: Vec<(ChangeKind, Option<&str>, Option<&str>)> = changes
        .iter()
        .map(|c| {
            (
                c.kind,
                c.node.as_ref().map(NodeId::as_str),
                c.field.as_deref(),
            )
        })
        .collect();
    use ChangeKind::{DetailsChanged, MembershipChanged, NodeAdded};
    assert_eq!(
        summary,
        [
            (NodeAdded, Some("kehittamisryhma-sote"), None),
            (MembershipChanged, Some("lahti-johtaja"), Some("role")),
            (MembershipChanged, Some("lahti-oppilashuolto"), Some("role")),
            (MembershipChanged, Some("hollola-johtaja"), Some("role")),
            (MembershipChanged, Some("hollola-opetus"), Some("role")),
            (MembershipChanged, Some("karkola-johtaja"), Some("role")),
            (MembershipChanged, Some("heinola-vaka"), Some("role")),
            (DetailsChanged, Some(STEERING), Some("term")),
            (DetailsChanged, None, Some("effective")),
            (DetailsChanged, None, Some("rationale")),
            (DetailsChanged, None, Some("notes")),
            (DetailsChanged, None, Some("decision")),
        ],
        "{changes:#?}"
    );
    let change = |node: &str| {
        changes
            .iter()
            .find(|c| c.node.as_ref().is_some_and(|n| n.as_str() == node))
            .unwrap()
    };
    // The chair passes from Lahti to Hollola.
    let steering = vec![id(STEERING)];
    let lahti = change("lahti-johtaja");
    assert_eq!(
        (&lahti.from, &lahti.to, &lahti.before, &lahti.after),
        (
            &steering,
            &steering,
            &Some(Value::Role(Role::Chair)),
            &Some(Value::Role(Role::Member))
        )
    );
    let hollola = change("hollola-johtaja");
    assert_eq!(
        (&hollola.before, &hollola.after),
        (
            &Some(Value::Role(Role::Member)),
            &Some(Value::Role(Role::Chair))
        )
    );
    // The new group's members join it from every municipality, Lahti's in the chair.
    let sote = vec![id("kehittamisryhma-sote")];
    let joined: Vec<(&str, Option<Value>)> = changes
        .iter()
        .filter(|c| c.kind == MembershipChanged && c.to == sote)
        .map(|c| {
            (
                municipality(after, c.node.as_ref().unwrap()),
                c.after.clone(),
            )
        })
        .collect();
    let member = Some(Value::Role(Role::Member));
    assert_eq!(
        joined,
        [
            ("lahti", Some(Value::Role(Role::Chair))),
            ("hollola", member.clone()),
            ("karkola", member.clone()),
            ("heinola", member),
        ]
    );
    assert!(changes.iter().all(|c| c.from != sote));
    // The steering group's term runs to the end of 2022: no group has expired.
    let term = after.node(&id(STEERING)).unwrap().term.unwrap();
    assert_eq!(term.end.unwrap().to_string(), "2022-12-31");
    assert_ne!(Some(term), before.node(&id(STEERING)).unwrap().term);
    assert_eq!(check(after, &CheckOptions::default()), vec![]);
    // Told in each language.
    let sides = Sides::new(before, after);
    let line = sentence(change("hollola-johtaja"), &sides, Lang::Fi);
    assert!(line.contains("Hollolan sivistysjohtaja"), "{line}");
    assert!(line.contains("puheenjohtaja"), "{line}");
    let line = sentence(&changes[0], &sides, Lang::Sv);
    assert!(line.contains("Utvecklingsgruppen för samarbetet"), "{line}");
    let line = sentence(&changes[0], &sides, Lang::En);
    assert!(line.contains("health and social services"), "{line}");
}
