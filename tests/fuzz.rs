//! Fuzzing every reader on the stable toolchain (cargo-fuzz needs nightly): the RON plan loader,
//! orgplan's own CSV, staff lists as text and as workbooks, mapping files and the three-way
//! merge, each fed inputs made from real-looking seeds (the built-in examples, generated
//! organisations, a Finnish payroll export, a Swedish workbook) by byte-level mutation (flips,
//! inserts, deletions, repeats, splices, tokens of the format) and by structured generation
//! (`arbitrary` picks rows, cells and edits from random bytes). No input may panic; a reader
//! that accepts an input must give a plan that saves and loads back.
//!
//! The normal test run fuzzes each reader for a thousand inputs (the workbook reader 250, the
//! merge 100). The long runs:
//!
//! ```text
//! FUZZ_INPUTS=1000000 cargo test --release --test all fuzz:: -- --ignored --nocapture
//! ```
//!
//! (`FUZZ_ONLY=ron` runs one reader; `FUZZ_SEED` starts elsewhere.) An input that panics is
//! written to `target/fuzz-crashes/` and fails the run; each crash found becomes a test below.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::time::Instant;

use arbitrary::Unstructured;
use orgplan::examples::{self, Example};
use orgplan::generate::{GenOptions, Shape, generate_csv};
use orgplan::io::table::{CsvStyle, node_table, table_csv};
use orgplan::io::{import_csv, load_bytes, load_str, to_ron};
use orgplan::merge::merge;
use orgplan::model::{Command, Names, Plan, apply};
use orgplan::staff::source::{read_delimited, read_workbook};
use orgplan::staff::{Mapping, build};
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, TestRng, TestRunner};

use crate::model_props::{edit_seed, materialize};

/// A small fast generator (xorshift64*): the same seed, the same inputs.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number below `n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn bytes(&mut self, len: usize) -> Vec<u8> {
        (0..len).map(|_| self.next() as u8).collect()
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Tokens of the formats, inserted whole: a mutation that writes `Some(` or `";"` reaches
/// further into a parser than one random byte.
const TOKENS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    "\"",
    "\\",
    "\n",
    "\r\n",
    ";",
    "\t",
    "Some(",
    "None",
    "true",
    "-1",
    "0",
    "1e308",
    "-1e308",
    "NaN",
    "inf",
    "18446744073709551616",
    "0.5",
    "1,5",
    "100 %",
    "5 200,00 €",
    "2026-02-30",
    "9999-12-31",
    "id:",
    "part_of:",
    "heads:",
    "reports_to:",
    "serves:",
    "member_of:",
    "kind:",
    "Position",
    "Unit",
    "Team",
    "Group",
    "Organisation",
    "status:",
    "Vacant",
    "fte:",
    "cost:",
    "version:",
    "scenarios:",
    "nodes:",
    "baseline",
    "\u{feff}",
    "\u{0}",
    "ä",
    "Å",
    "\u{202e}",
    "𝔘",
    "\"\"",
    "r#\"",
    "#",
    "/ ",
    " / ",
    "->",
];

/// `seed` changed by one to eight mutations, sometimes spliced with `other`.
fn mutate(rng: &mut Rng, seed: &[u8], other: &[u8]) -> Vec<u8> {
    let mut out = seed.to_vec();
    // Half the inputs one mutation away from a good file, where the deeper checks are.
    let count = if rng.below(2) == 0 {
        1
    } else {
        2 + rng.below(7)
    };
    for _ in 0..count {
        let len = out.len();
        let at = rng.below(len + 1);
        match rng.below(10) {
            0 if len > 0 => {
                let i = rng.below(len);
                out[i] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let i = rng.below(len);
                out[i] = rng.next() as u8;
            }
            2 => {
                let len = 1 + rng.below(8);
                let more = rng.bytes(len);
                out.splice(at..at, more);
            }
            3 if len > 0 => {
                let end = (at + 1 + rng.below(64)).min(len);
                out.drain(at.min(end)..end);
            }
            4 if len > 0 => {
                // A stretch repeated: long runs, deep nesting.
                let end = (at + 1 + rng.below(32)).min(len);
                let piece = out[at.min(end)..end].to_vec();
                for _ in 0..=rng.below(16) {
                    out.splice(at..at, piece.iter().copied());
                }
            }
            5 if !other.is_empty() => {
                let from = rng.below(other.len());
                let end = (from + 1 + rng.below(256)).min(other.len());
                out.splice(at..at, other[from..end].iter().copied());
            }
            6 => out.truncate(at),
            _ => {
                let token = rng.pick(TOKENS).as_bytes().to_vec();
                out.splice(at..at, token);
            }
        }
    }
    out
}

thread_local! {
    /// Whether this thread is feeding a reader an input: its panics are the campaign's to
    /// report, not the test output's.
    static FUZZING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Keeps the panics of inputs being fuzzed out of the test output, once for the process: the
/// panic hook is global, and other tests' panics on other threads keep their messages.
fn quiet_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !FUZZING.get() {
                previous(info);
            }
        }));
    });
}

/// One of `seeds` mutated, sometimes spliced with another of them.
fn mutated(rng: &mut Rng, seeds: &[Vec<u8>]) -> Vec<u8> {
    let (a, b) = (rng.pick(seeds), rng.pick(seeds));
    mutate(rng, a, b)
}

/// What a campaign found.
struct Found {
    inputs: usize,
    accepted: usize,
    crashes: Vec<String>,
    seconds: f64,
}

/// Feeds `inputs` inputs made by `make` to `target` (which says whether it accepted the
/// input), catching panics; a panicking input is written to `target/fuzz-crashes/`.
fn campaign(
    name: &str,
    inputs: usize,
    seed: u64,
    mut make: impl FnMut(&mut Rng) -> Vec<u8>,
    target: impl Fn(&[u8]) -> bool,
) -> Found {
    let mut rng = Rng::new(seed ^ name.bytes().fold(0, |h, b| h * 31 + u64::from(b)));
    let start = Instant::now();
    let mut found = Found {
        inputs,
        accepted: 0,
        crashes: Vec::new(),
        seconds: 0.0,
    };
    quiet_panics();
    for at in 0..inputs {
        let input = make(&mut rng);
        FUZZING.set(true);
        let outcome = catch_unwind(AssertUnwindSafe(|| target(&input)));
        FUZZING.set(false);
        match outcome {
            Ok(accepted) => found.accepted += usize::from(accepted),
            Err(panic) => {
                let what = panic
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                    .unwrap_or_default();
                let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
                    .parent()
                    .unwrap_or(Path::new("."))
                    .join("fuzz-crashes");
                let file = dir.join(format!("{name}-{at}.bin"));
                let saved =
                    std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&file, &input));
                found
                    .crashes
                    .push(format!("{}: {what} ({saved:?})", file.display()));
            }
        }
    }
    found.seconds = start.elapsed().as_secs_f64();
    found
}

/// A plan a reader gave back saves, and its file loads as the same plan.
fn round_trips(plan: &Plan) -> bool {
    let text = to_ron(plan).expect("a plan saves");
    let loaded = load_str(&text, Path::new("again.orgplan")).expect("a saved plan loads");
    assert!(loaded == *plan, "a saved plan loads back as another plan");
    true
}

/// The seeds of the plan loader: each example's file, and two generated plans.
fn plan_seeds() -> Vec<Vec<u8>> {
    let mut seeds: Vec<Vec<u8>> = Example::ALL
        .iter()
        .filter_map(|&e| examples::load(e).ok())
        .filter_map(|p| to_ron(&p).ok())
        .map(String::into_bytes)
        .collect();
    for shape in [Shape::Realistic, Shape::Balanced] {
        let csv = generate_csv(&GenOptions::new(shape, 40)).expect("a generated list");
        let plan = import_csv(&csv, Path::new("g.csv"), Names::fi("g")).expect("it imports");
        seeds.push(to_ron(&plan).expect("it saves").into_bytes());
    }
    seeds
}

/// The seeds of orgplan's own CSV: generated lists of every shape, with holders and serves
/// lines, and the examples' tables.
fn csv_seeds() -> Vec<Vec<u8>> {
    let mut seeds = Vec::new();
    for shape in [Shape::Realistic, Shape::Wide, Shape::Deep, Shape::Balanced] {
        let options = GenOptions {
            holders: true,
            serves_every: Some(3),
            ..GenOptions::new(shape, 30)
        };
        seeds.push(generate_csv(&options).expect("a generated list"));
    }
    for example in Example::ALL {
        let plan = examples::load(example).expect("an example");
        for style in [CsvStyle::PLAIN, CsvStyle::excel(orgplan::i18n::Lang::Fi)] {
            let table = node_table(&plan, plan.baseline(), false);
            seeds.push(table_csv(&table, style).expect("a table"));
        }
    }
    seeds
}

/// The seeds of staff lists as text: a Finnish payroll export and a Swedish one.
fn staff_seeds() -> Vec<Vec<u8>> {
    let swedish = "Befattningsnummer\tBefattning\tNamn\tEnhet\tChef\tSysselsättningsgrad\tLön\n\
B1\tskolchef\tSara Chef\tUtbildningskontoret\t\t100\t62000\n\
B2\trektor\tRolf Rektor\tUtbildningskontoret / Norra skolan\tB1\t100\t48000\n\
B3\tlärare\t\tUtbildningskontoret / Norra skolan\tB2\t80\t36000\n";
    vec![
        crate::staff_import::finnish_list(),
        crate::staff_import::next_month(),
        swedish.as_bytes().to_vec(),
    ]
}

/// A staff list read and built with the mapping guessed from its header.
fn staff_target(source: Result<orgplan::staff::Source, orgplan::staff::StaffError>) -> bool {
    let Ok(source) = source else {
        return false;
    };
    let mapping = Mapping::guess(&source.headers);
    match build(&source, &mapping, Names::fi("Kunta")) {
        Ok(imported) => round_trips(&imported.plan),
        Err(_) => false,
    }
}

/// A workbook of rows `arbitrary` makes from random bytes: a header of staff-list columns,
/// then cells of text, numbers, dates and blanks.
fn arbitrary_workbook(rng: &mut Rng) -> Vec<u8> {
    let raw = rng.bytes(512);
    let mut u = Unstructured::new(&raw);
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    let headers = [
        "Vakanssinumero",
        "Tehtävänimike",
        "Nimi",
        "Yksikkö",
        "Esihenkilö",
        "Työaika-%",
        "Palkka",
        "Alkaa",
    ];
    let width = u.int_in_range(1..=headers.len()).unwrap_or(4);
    for (c, h) in (0u16..).zip(headers.iter().take(width)) {
        let _ = sheet.write_string(0, c, *h);
    }
    let rows = u.int_in_range(0..=12u32).unwrap_or(3);
    for r in 1..=rows {
        for c in 0..width as u16 {
            // A cell rust_xlsxwriter refuses (too long, say) is left blank.
            let _written = match u.int_in_range(0..=5u8).unwrap_or(0) {
                0 => sheet
                    .write_string(r, c, u.arbitrary::<String>().unwrap_or_default())
                    .is_ok(),
                1 => sheet
                    .write_number(r, c, u.arbitrary::<f64>().unwrap_or(0.0))
                    .is_ok(),
                2 => sheet
                    .write_number(r, c, f64::from(u.int_in_range(0..=200u8).unwrap_or(0)))
                    .is_ok(),
                3 => sheet
                    .write_string(r, c, *u.choose(TOKENS).unwrap_or(&""))
                    .is_ok(),
                4 => sheet
                    .write_boolean(r, c, u.arbitrary().unwrap_or(false))
                    .is_ok(),
                _ => true,
            };
        }
    }
    workbook.save_to_buffer().unwrap_or_default()
}

/// Mapping files: the guessed mappings of the staff seeds, as RON.
fn mapping_seeds() -> Vec<Vec<u8>> {
    staff_seeds()
        .iter()
        .filter_map(|bytes| read_delimited(bytes, Path::new("list.csv")).ok())
        .map(|source| Mapping::guess(&source.headers).to_ron().into_bytes())
        .collect()
}

/// Two planners' copies of `base`, each with up to a dozen random edits (many refused), merged
/// three-way: the merge must not panic, and a merged plan must save and load back.
fn merge_case(base: &Plan, rng: &mut Rng) -> bool {
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::from_seed(proptest::test_runner::RngAlgorithm::XorShift, &{
            let mut seed = [0u8; 16];
            seed.iter_mut().for_each(|b| *b = rng.next() as u8);
            seed
        }),
    );
    let mut fresh = 0;
    let mut side = |plan: &mut Plan| {
        for _ in 0..rng.below(12) {
            let Ok(tree) = edit_seed().new_tree(&mut runner) else {
                continue;
            };
            let scenarios = plan.scenarios();
            let scenario = &scenarios[rng.below(scenarios.len())];
            let command = Command {
                scenario: scenario.meta.id.clone(),
                edit: materialize(&tree.current(), scenario, &mut fresh),
            };
            let _refused_or_done = apply(plan, command);
        }
    };
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    side(&mut mine);
    side(&mut theirs);
    match merge(base, &mine, &theirs) {
        Ok(merged) => round_trips(&merged.plan),
        Err(_) => false,
    }
}

/// How many inputs each reader gets: `FUZZ_INPUTS`, else `normal`.
fn inputs(normal: usize) -> usize {
    std::env::var("FUZZ_INPUTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(normal)
}

/// Runs the campaigns (those `FUZZ_ONLY` names, else all), `normal` inputs each unless
/// `FUZZ_INPUTS` says, and fails on any crash.
fn fuzz_all(normal: usize) {
    let seed = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1);
    let only = std::env::var("FUZZ_ONLY").ok();
    let runs = |name: &str| {
        only.as_deref()
            .is_none_or(|o| o.split(',').any(|n| n == name))
    };
    let mut report = Vec::new();
    if runs("ron") {
        let seeds = plan_seeds();
        report.push((
            "ron",
            campaign(
                "ron",
                inputs(normal),
                seed,
                |rng| mutated(rng, &seeds),
                |bytes| {
                    load_bytes(bytes, Path::new("fuzz.orgplan"))
                        .map(|plan| round_trips(&plan))
                        .unwrap_or(false)
                },
            ),
        ));
    }
    if runs("csv") {
        let seeds = csv_seeds();
        report.push((
            "csv",
            campaign(
                "csv",
                inputs(normal),
                seed,
                |rng| mutated(rng, &seeds),
                |bytes| {
                    import_csv(bytes, Path::new("fuzz.csv"), Names::fi("x"))
                        .map(|plan| round_trips(&plan))
                        .unwrap_or(false)
                },
            ),
        ));
    }
    if runs("staff") {
        let seeds = staff_seeds();
        report.push((
            "staff",
            campaign(
                "staff",
                inputs(normal),
                seed,
                |rng| mutated(rng, &seeds),
                |bytes| staff_target(read_delimited(bytes, Path::new("fuzz.csv"))),
            ),
        ));
    }
    if runs("xlsx") {
        let seeds: Vec<Vec<u8>> = (1..=8)
            .map(|s| arbitrary_workbook(&mut Rng::new(s)))
            .collect();
        report.push((
            "xlsx",
            campaign(
                "xlsx",
                inputs(normal / 4),
                seed,
                |rng| match rng.below(3) {
                    0 => arbitrary_workbook(rng),
                    _ => mutated(rng, &seeds),
                },
                |bytes| {
                    let read = read_workbook(bytes.to_vec(), Path::new("fuzz.xlsx"), None);
                    staff_target(read)
                },
            ),
        ));
    }
    if runs("mapping") {
        let seeds = mapping_seeds();
        report.push((
            "mapping",
            campaign(
                "mapping",
                inputs(normal),
                seed,
                |rng| mutated(rng, &seeds),
                |bytes| {
                    let text = String::from_utf8_lossy(bytes);
                    let Ok(mapping) = Mapping::from_ron(&text) else {
                        return false;
                    };
                    // A mapping that reads is used: on the list it was made for.
                    let list = crate::staff_import::finnish_list();
                    let source = read_delimited(&list, Path::new("list.csv"));
                    let built = source.map(|s| build(&s, &mapping, Names::fi("x")));
                    if let Ok(Ok(imported)) = built {
                        round_trips(&imported.plan);
                    }
                    true
                },
            ),
        ));
    }
    if runs("merge") {
        let bases: Vec<Plan> = [Example::Kouvola, Example::ManttaVilppula]
            .into_iter()
            .filter_map(|e| examples::load(e).ok())
            .collect();
        report.push((
            "merge",
            campaign(
                "merge",
                inputs(normal / 10),
                seed,
                // The input is the case's own seed: written out, it replays the case.
                |r| r.next().to_le_bytes().to_vec(),
                |bytes| {
                    let case = u64::from_le_bytes(bytes.try_into().unwrap_or([1; 8]));
                    let mut r = Rng::new(case);
                    let base = &bases[r.below(bases.len())];
                    merge_case(base, &mut r)
                },
            ),
        ));
    }
    let mut crashes = Vec::new();
    for (name, found) in &report {
        println!(
            "fuzz {name}: {} inputs, {} accepted, {} crashes, {:.1} s ({:.0} inputs/s)",
            found.inputs,
            found.accepted,
            found.crashes.len(),
            found.seconds,
            found.inputs as f64 / found.seconds.max(1e-9)
        );
        crashes.extend(found.crashes.iter().cloned());
    }
    assert!(
        crashes.is_empty(),
        "{} crashes:\n{}",
        crashes.len(),
        crashes.join("\n")
    );
}

#[test]
fn every_reader_survives_a_thousand_mutated_inputs() {
    fuzz_all(1_000);
}

#[test]
#[ignore = "the long runs: FUZZ_INPUTS=1000000 cargo test --release --test all fuzz:: -- --ignored"]
fn every_reader_survives_a_million_mutated_inputs() {
    fuzz_all(1_000_000);
}

#[test]
fn a_workbook_made_from_random_bytes_is_a_workbook() {
    let bytes = arbitrary_workbook(&mut Rng::new(7));
    let read = read_workbook(bytes, Path::new("made.xlsx"), None);
    assert!(read.is_ok(), "{:?}", read.err());
}
