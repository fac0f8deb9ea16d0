//! What the staff list step shows before anything is imported (issue 27): each row with what
//! becomes of it, the list found past a workbook's sheet of instructions, how far a long build
//! has come; and rows the build itself could not place (an id a unit path took) reported, not
//! dropped.

use orgplan::i18n::Lang;
use orgplan::progress::{Progress, Stage};
use orgplan::staff::preview::{Fate, Showing, columns, preview};
use orgplan::staff::{Mapping, Target, build, build_with, is_staff_list, read_source};

use crate::staff_import::finnish_list;

fn read(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> orgplan::staff::Source {
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    read_source(&path, None).unwrap()
}

#[test]
fn every_row_is_previewed_with_what_becomes_of_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = finnish_list();
    bytes.extend_from_slice(
        b"1400;kuraattori;Kim K;Sivistyspalvelut / Oppilashuolto;1000;abc;3 100;4300\n",
    );
    let source = read(&dir, "henkilosto.csv", &bytes);
    let mapping = Mapping::guess(&source.headers);
    let imported = build(&source, &mapping, orgplan::model::Names::fi("Kunta")).unwrap();
    let heads: Vec<Target> = columns(&mapping).into_iter().map(|(t, _)| t).collect();
    assert_eq!(&heads[..3], &[Target::Id, Target::Title, Target::Holder]);

    let (rows, count) = preview(&source, &mapping, &imported, Showing::All, 200, Lang::En);
    assert_eq!((rows.len(), count), (9, 9));
    let first = &rows[0];
    assert_eq!(first.place, "4");
    assert_eq!(&first.cells[..3], ["1000", "sivistysjohtaja", "Outi Opas"]);
    // The shared top of every path is the organisation itself.
    assert_eq!(first.fate, Fate::Post("Sivistyspalvelut".into()));
    assert_eq!(rows[2].fate, Fate::Post("Kolhon koulu".into()));
    assert_eq!(rows[7].fate, Fate::ToBePlaced);
    assert_eq!(
        rows[8].fate,
        Fate::Bad(vec![
            "henkilosto.csv:12: Työaika-%: \"abc\" is not a number".into()
        ])
    );

    let (problems, count) = preview(
        &source,
        &mapping,
        &imported,
        Showing::Problems,
        200,
        Lang::En,
    );
    assert_eq!(count, 2);
    let places: Vec<&str> = problems.iter().map(|r| r.place.as_str()).collect();
    assert_eq!(places, ["11", "12"]);
    // At most as many rows as asked for, and how many there are in all.
    let (few, count) = preview(&source, &mapping, &imported, Showing::All, 3, Lang::En);
    assert_eq!((few.len(), count), (3, 9));
}

#[test]
fn a_post_whose_id_a_unit_path_took_is_a_bad_row_not_a_lost_one() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Vakanssinumero;Tehtävänimike;Yksikkö\n\
                1;rehtori;Kunta / Koulu A\n\
                u-kunta-koulu-a;opettaja;Kunta / Koulu A\n\
                3;opettaja;Kunta / Koulu B\n";
    let source = read(&dir, "lista.csv", text.as_bytes());
    let mapping = Mapping::guess(&source.headers);
    let imported = build(&source, &mapping, orgplan::model::Names::fi("Kunta")).unwrap();
    let messages: Vec<String> = imported.bad.iter().map(|b| b.message(Lang::En)).collect();
    assert_eq!(
        messages,
        [
            "lista.csv:3: Vakanssinumero: the id u-kunta-koulu-a is already a unit's id, made from the unit paths"
        ]
    );
    assert_eq!(imported.posts, 2);
    let unit = imported
        .plan
        .baseline()
        .node(&orgplan::model::NodeId::new("u-kunta-koulu-a").unwrap());
    assert_eq!(unit.map(|n| n.kind), Some(orgplan::model::NodeKind::Unit));
}

#[test]
fn without_a_separator_a_unit_cell_names_one_unit() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Vakanssinumero;Tehtävänimike;Yksikkö\n1;rehtori;Koulu A / B\n2;opettaja;Koulu C\n";
    let source = read(&dir, "lista.csv", text.as_bytes());
    let mut mapping = Mapping::guess(&source.headers);
    mapping.unit_separator = String::new();
    let imported = build(&source, &mapping, orgplan::model::Names::fi("Kunta")).unwrap();
    let units: Vec<String> = imported
        .plan
        .baseline()
        .nodes()
        .filter(|n| n.kind == orgplan::model::NodeKind::Unit)
        .map(|n| n.label(Lang::Fi).to_owned())
        .collect();
    assert_eq!(units, ["Koulu A / B", "Koulu C"]);
}

#[test]
fn a_workbook_is_read_at_the_sheet_whose_header_names_a_staff_list() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("henkilosto.xlsx");
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let help = workbook.add_worksheet();
    help.set_name("Ohjeet").unwrap();
    help.write_string(0, 0, "Ohje").unwrap();
    help.write_string(0, 1, "Täytä seuraava välilehti").unwrap();
    let list = workbook.add_worksheet();
    list.set_name("Lista").unwrap();
    for (c, h) in ["Vakanssinumero", "Tehtävänimike", "Yksikkö"]
        .iter()
        .enumerate()
    {
        list.write_string(0, c as u16, *h).unwrap();
    }
    list.write_string(1, 0, "1").unwrap();
    list.write_string(1, 1, "rehtori").unwrap();
    list.write_string(1, 2, "Koulu").unwrap();
    workbook.save(&path).unwrap();
    let source = read_source(&path, None).unwrap();
    assert_eq!(source.sheet.as_deref(), Some("Lista"));
    assert_eq!(source.sheets, ["Ohjeet", "Lista"]);
    // Asked for by name, the instructions are read as they are.
    let help = read_source(&path, Some("ohjeet")).unwrap();
    assert_eq!(help.headers, ["Ohje", "Täytä seuraava välilehti"]);
}

#[test]
fn a_long_build_says_how_far_it_has_come() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("Vakanssinumero;Tehtävänimike;Yksikkö\n");
    for i in 0..3_000 {
        text.push_str(&format!("{i};opettaja;Koulu {}\n", i % 7));
    }
    let source = read(&dir, "lista.csv", text.as_bytes());
    let mapping = Mapping::guess(&source.headers);
    let progress = Progress::default();
    let imported =
        build_with(&source, &mapping, orgplan::model::Names::fi("K"), &progress).unwrap();
    assert_eq!(imported.posts, 3_000);
    // Each row counted twice: read, then made a post; the last count written on the way.
    assert_eq!(progress.stage(), Stage::Building);
    let (done, total) = progress.counts();
    assert_eq!(total, 6_000);
    assert!(done >= 3_000 + 2_048 && done <= total, "{done}");
}

#[test]
fn a_staff_list_is_told_from_orgplans_own_csv_by_its_first_rows() {
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("henkilosto.csv");
    std::fs::write(&list, finnish_list()).unwrap();
    assert!(is_staff_list(&list));
    // Orgplan's own columns, longer than what is read of it.
    let own = dir.path().join("own.csv");
    let mut text = String::from("id,parent,kind,name\norg,,organisation,Org\n");
    for i in 0..5_000 {
        text.push_str(&format!("p{i},org,position,\"Opettaja, {i}\"\n"));
    }
    assert!(text.len() > 64 * 1024);
    std::fs::write(&own, text).unwrap();
    assert!(!is_staff_list(&own));
    assert!(!is_staff_list(&dir.path().join("plan.orgplan")));
    assert!(is_staff_list(&dir.path().join("lista.xlsx")));
}
