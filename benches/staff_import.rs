//! Staff lists of 100,000 rows: `cargo bench --bench staff_import`.
//!
//! A Finnish payroll export as Excel writes it (`;`, Windows-1252, working time in percent,
//! monthly salaries with euros, units as three-level paths, supervisors by post id), read,
//! mapped and built into a plan; the same rows as an xlsx workbook; and the same as orgplan's
//! own CSV written by `orgplan table`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // A benchmark without its workload cannot run.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use orgplan::io::import_csv;
use orgplan::io::table::{CsvStyle, node_table, table_csv};
use orgplan::model::Names;
use orgplan::staff::source::{read_delimited, read_workbook};
use orgplan::staff::{Mapping, build};

const HEADER: [&str; 8] = [
    "Vakanssinumero",
    "Tehtävänimike",
    "Nimi",
    "Yksikkö",
    "Esihenkilö",
    "Työaika-%",
    "Palkka",
    "Kustannuspaikka",
];

/// 100,000 rows: a director, 10 areas of 100 schools of a principal and 99 teachers (the last
/// school short, to make the round number).
fn rows() -> Vec<[String; 8]> {
    let mut rows = vec![[
        "1".into(),
        "sivistysjohtaja".into(),
        "Johtaja".into(),
        "Sivistys".into(),
        String::new(),
        "100".into(),
        "6 900,00 €".into(),
        "4000".into(),
    ]];
    let mut next = 2;
    'all: for area in 0..10 {
        let head = next;
        let path = format!("Sivistys / Alue {area}");
        rows.push(row(head, "aluejohtaja", &path, 1, area));
        next += 1;
        for school in 0..100 {
            let principal = next;
            let path = format!("Sivistys / Alue {area} / Koulu {school}");
            rows.push(row(principal, "rehtori", &path, head, area));
            next += 1;
            for _ in 0..99 {
                if rows.len() == 100_000 {
                    break 'all;
                }
                rows.push(row(next, "opettaja", &path, principal, area));
                next += 1;
            }
        }
    }
    rows
}

fn row(id: usize, title: &str, path: &str, boss: usize, area: usize) -> [String; 8] {
    [
        id.to_string(),
        title.to_owned(),
        format!("Henkilö {id}"),
        path.to_owned(),
        boss.to_string(),
        ["100", "80", "50"][id % 3].to_owned(),
        "3 450,00 €".to_owned(),
        format!("41{area}"),
    ]
}

fn bench(c: &mut Criterion) {
    let rows = rows();
    let mut text = HEADER.join(";");
    text.push('\n');
    for row in &rows {
        text.push_str(&row.join(";"));
        text.push('\n');
    }
    let csv = encoding_rs::WINDOWS_1252.encode(&text).0.into_owned();
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    for (col, header) in (0u16..).zip(HEADER) {
        sheet.write_string(0, col, header).unwrap();
    }
    for (r, row) in (1u32..).zip(&rows) {
        for (col, cell) in (0u16..).zip(row) {
            sheet.write_string(r, col, cell).unwrap();
        }
    }
    let xlsx = workbook.save_to_buffer().unwrap();
    let path = Path::new("staff.csv");
    let source = read_delimited(&csv, path).unwrap();
    let mapping = Mapping::guess(&source.headers);
    let plan = build(&source, &mapping, Names::fi("x")).unwrap().plan;
    assert!(
        plan.baseline().len() > 100_000,
        "every row a post, and the units"
    );
    let own = table_csv(&node_table(&plan, plan.baseline(), false), CsvStyle::PLAIN).unwrap();

    let mut group = c.benchmark_group("staff_100k");
    group.sample_size(10);
    group.bench_function("csv_read_and_build", |b| {
        b.iter(|| {
            let source = read_delimited(&csv, path).unwrap();
            build(&source, &mapping, Names::fi("x")).unwrap()
        });
    });
    group.bench_function("xlsx_read_and_build", |b| {
        b.iter(|| {
            let source = read_workbook(xlsx.clone(), Path::new("staff.xlsx"), None).unwrap();
            build(&source, &mapping, Names::fi("x")).unwrap()
        });
    });
    group.bench_function("own_csv_import", |b| {
        b.iter(|| import_csv(&own, Path::new("own.csv"), Names::fi("x")).unwrap());
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
