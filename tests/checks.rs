//! Each check finds its problem in a small fixture, and the example plans show what they should.

#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

use std::path::Path;

use orgplan::analysis::{CheckOptions, Problem, ProblemCode, check};
use orgplan::examples::{self, Example};
use orgplan::i18n::Lang;
use orgplan::io::load_file;
use orgplan::model::{LineManagement, NodeId, Plan};

fn fixtures() -> Plan {
    load_file(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/problems.ron")).unwrap()
}

fn problems_of(plan: &Plan, scenario: &str, options: &CheckOptions) -> Vec<Problem> {
    check(plan.find_scenario(scenario).unwrap(), options)
}

fn ids(problem: &Problem) -> Vec<&str> {
    problem.nodes.iter().map(NodeId::as_str).collect()
}

#[test]
fn the_clean_fixture_has_no_problems() {
    assert_eq!(
        problems_of(&fixtures(), "clean", &CheckOptions::default()),
        vec![]
    );
}

#[test]
fn each_check_finds_exactly_its_problem() {
    let plan = fixtures();
    let options = CheckOptions { span_limit: 3 };
    let expected: [(ProblemCode, &[&str]); 10] = [
        (ProblemCode::StructureCycle, &["a", "b"]),
        (ProblemCode::ReportingCycle, &["x", "y"]),
        (ProblemCode::NoHead, &["t"]),
        (ProblemCode::UnheldHead, &["u", "head"]),
        (ProblemCode::TwoSupervisors, &["c", "a", "b"]),
        (ProblemCode::ServesCeased, &["t", "u"]),
        (ProblemCode::TaskNoOwner, &["p"]),
        (ProblemCode::GroupExpired, &["g"]),
        (ProblemCode::SpanOverLimit, &["boss"]),
        (ProblemCode::Orphan, &["lost"]),
    ];
    for (code, nodes) in expected {
        let problems = problems_of(&plan, code.code(), &options);
        assert_eq!(problems.len(), 1, "{}: {problems:?}", code.code());
        assert_eq!(problems[0].code, code);
        let mut found = ids(&problems[0]);
        let mut wanted = nodes.to_vec();
        if matches!(
            code,
            ProblemCode::StructureCycle | ProblemCode::ReportingCycle
        ) {
            found.sort_unstable();
            wanted.sort_unstable();
        }
        assert_eq!(found, wanted, "{}", code.code());
        // Every problem has a message in every language, naming its first node.
        let scenario = plan.find_scenario(code.code()).unwrap();
        for lang in Lang::ALL {
            let message = problems[0].message(scenario, lang);
            assert!(
                !message.is_empty() && !message.contains("problem-"),
                "{message}"
            );
        }
    }
}

#[test]
fn messages_name_the_nodes_and_figures() {
    let plan = fixtures();
    let options = CheckOptions { span_limit: 3 };
    let scenario = plan.find_scenario("span-over-limit").unwrap();
    let problem = &problems_of(&plan, "span-over-limit", &options)[0];
    let message = problem.message(scenario, Lang::En);
    assert_eq!(message, "Boss supervises 4 posts directly; the limit is 3.");
    let scenario = plan.find_scenario("two-supervisors").unwrap();
    let problem = &problems_of(&plan, "two-supervisors", &options)[0];
    assert_eq!(
        problem.message(scenario, Lang::En),
        "C has two or more supervisors: A, B."
    );
    let scenario = plan.find_scenario("task-no-owner").unwrap();
    let problem = &problems_of(&plan, "task-no-owner", &options)[0];
    assert!(problem.message(scenario, Lang::En).contains("Lead support"));
    let scenario = plan.find_scenario("group-expired").unwrap();
    let problem = &problems_of(&plan, "group-expired", &options)[0];
    assert!(problem.message(scenario, Lang::Fi).contains("30.9.2023"));
}

#[test]
fn span_limit_is_configurable() {
    let plan = fixtures();
    let lax = CheckOptions { span_limit: 4 };
    assert!(problems_of(&plan, "span-over-limit", &lax).is_empty());
}

#[test]
fn the_decided_kouvola_organisation_has_no_problems() {
    let plan = examples::load(Example::Kouvola).unwrap();
    let decided = plan.find_scenario("decided").unwrap();
    let problems = check(decided, &CheckOptions::default());
    assert!(
        problems.iter().all(|p| p.code != ProblemCode::TaskNoOwner),
        "{problems:?}"
    );
    assert_eq!(problems, vec![]);
}

#[test]
fn the_kouvola_baseline_shows_the_vacant_head_of_growth_support() {
    let plan = examples::load(Example::Kouvola).unwrap();
    let problems = check(plan.baseline(), &CheckOptions::default());
    assert!(problems.iter().all(|p| p.code == ProblemCode::UnheldHead));
    let units: Vec<&str> = problems.iter().map(|p| p.nodes[0].as_str()).collect();
    assert_eq!(units, ["kasvuntuki", "kot", "ytp", "psoh"]);
}

#[test]
fn the_working_group_is_current_until_its_end_date() {
    let plan = examples::load(Example::ManttaVilppula).unwrap();
    assert_eq!(check(plan.baseline(), &CheckOptions::default()), vec![]);
}

#[test]
fn line_management_from_lists_already_read_is_the_same() {
    let plan = examples::load(Example::Kouvola).unwrap();
    for scenario in plan.scenarios() {
        let parents = scenario.parent_places();
        let kinds: Vec<_> = scenario.nodes().map(|n| n.kind).collect();
        let derived = LineManagement::of(scenario);
        let given = LineManagement::from_parts(scenario, &parents, &kinds);
        let all = |line: &LineManagement| -> Vec<(Vec<usize>, bool)> {
            (0..scenario.len())
                .map(|at| (line.supervisors(at).to_vec(), line.is_stated(at)))
                .collect()
        };
        assert_eq!(all(&given), all(&derived));
        // Lists that do not fit the scenario are not used.
        let short = LineManagement::from_parts(scenario, &parents[1..], &kinds);
        assert_eq!(all(&short), all(&derived));
        let mut beyond = parents.clone();
        beyond[0] = Some(scenario.len());
        let beyond = LineManagement::from_parts(scenario, &beyond, &kinds);
        assert_eq!(all(&beyond), all(&derived));
        // The ids the index holds are the nodes' own, in order.
        let ids: Vec<_> = scenario.ids().collect();
        let own: Vec<_> = scenario.nodes().map(|n| &n.id).collect();
        assert_eq!(ids, own);
        assert_eq!(scenario.id_at(scenario.len()), None);
    }
}

#[test]
fn line_management_is_derived_where_not_stated() {
    let plan = examples::load(Example::Kouvola).unwrap();
    let decided = plan.find_scenario("decided").unwrap();
    let line = LineManagement::of(decided);
    let supervisor = |id: &str| {
        let at = decided.position(&NodeId::new(id).unwrap()).unwrap();
        let supervisors: Vec<&str> = line
            .supervisors(at)
            .iter()
            .map(|&s| decided.node_at(s).unwrap().id.as_str())
            .collect();
        (supervisors, line.is_stated(at))
    };
    // A head reports to the head of the parent unit (derived) ...
    assert_eq!(supervisor("vaka-paallikko"), (vec!["kop-johtaja"], false));
    assert_eq!(supervisor("op-paallikko"), (vec!["kop-johtaja"], false));
    // ... team leaders to the heads the decision names (stated) ...
    assert_eq!(supervisor("ohjaus-vetaja"), (vec!["op-paallikko"], true));
    assert_eq!(
        supervisor("asiakasohjaus-vetaja"),
        (vec!["vaka-paallikko"], true)
    );
    assert_eq!(supervisor("nuoriso-koord"), (vec!["op-paallikko"], true));
    // ... and the top post to nobody.
    assert_eq!(supervisor("kop-johtaja"), (vec![], false));
}
