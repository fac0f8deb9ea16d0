//! The catalogues: the three languages hold the same keys, and every key the code asks for exists.

#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

use std::collections::BTreeSet;
use std::path::Path;

use orgplan::analysis::ProblemCode;
use orgplan::examples::Example;
use orgplan::i18n::{Lang, catalogue_keys, tr};
use orgplan::model::{NodeKind, PostStatus, Relation, Role};

fn keys(lang: Lang) -> BTreeSet<String> {
    catalogue_keys(lang).into_iter().collect()
}

#[test]
fn every_language_has_every_key() {
    let en = keys(Lang::En);
    assert!(
        en.len() > 100,
        "the English catalogue looks truncated: {} keys",
        en.len()
    );
    for lang in [Lang::Fi, Lang::Sv] {
        let other = keys(lang);
        let missing: Vec<_> = en.difference(&other).collect();
        let extra: Vec<_> = other.difference(&en).collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang:?} has keys English lacks: {extra:?}"
        );
    }
}

/// String literals in the sources that look like catalogue keys (`word-word`): every one must
/// be a key. Egui id salts use underscores, problem codes are listed separately.
fn literal_keys(dir: &Path, out: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            literal_keys(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") && !is_sample_data(&path) {
            let text = std::fs::read_to_string(&path).unwrap();
            for literal in text.split('"').skip(1).step_by(2) {
                let looks_like_key = literal.contains('-')
                    && literal.starts_with(|c: char| c.is_ascii_lowercase())
                    && literal.chars().all(|c| {
                        c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_'
                    });
                if looks_like_key {
                    out.insert(literal.to_owned());
                }
            }
        }
    }
}

/// The generator's tables of sample names and titles (`nuoriso-ohjaaja`) are data, not keys.
fn is_sample_data(path: &Path) -> bool {
    path.ends_with("src/generate/names.rs")
}

#[test]
fn every_key_the_code_uses_exists() {
    let mut used = BTreeSet::new();
    literal_keys(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut used,
    );
    let codes: BTreeSet<String> = ProblemCode::ALL
        .iter()
        .map(|c| c.code().to_owned())
        .collect();
    // The names of the JSON documents orgplan writes are identifiers, not texts.
    let formats = ["orgplan-diff", "orgplan-stats"];
    let en = keys(Lang::En);
    let missing: Vec<_> = used
        .iter()
        .filter(|k| !en.contains(*k) && !codes.contains(*k) && !formats.contains(&k.as_str()))
        .collect();
    assert!(used.len() > 50, "the scan found too few keys: {used:?}");
    assert!(
        missing.is_empty(),
        "used in src but not in the catalogue: {missing:?}"
    );
}

#[test]
fn keys_built_from_model_values_exist() {
    let en = keys(Lang::En);
    let mut built: Vec<String> = Vec::new();
    built.extend(NodeKind::ALL.iter().map(|k| format!("kind-{}", k.code())));
    built.extend(
        PostStatus::ALL
            .iter()
            .map(|s| format!("status-{}", s.code())),
    );
    built.extend(
        ProblemCode::ALL
            .iter()
            .map(|c| format!("problem-{}", c.code())),
    );
    built.extend(Example::ALL.iter().map(|e| format!("example-{}", e.code())));
    let relations = [
        Relation::PartOf,
        Relation::Heads,
        Relation::ReportsTo,
        Relation::Serves,
        Relation::MemberOf(Role::Member),
        Relation::AssistantTo,
    ];
    built.extend(relations.iter().map(|r| format!("relation-{}", r.code())));
    for key in built {
        assert!(en.contains(&key), "missing {key}");
    }
}

#[test]
fn texts_differ_between_languages() {
    assert_eq!(tr(Lang::Fi, "menu-file"), "Tiedosto");
    assert_eq!(tr(Lang::Sv, "menu-file"), "Arkiv");
    assert_eq!(tr(Lang::En, "menu-file"), "File");
}

#[test]
fn language_codes_parse_from_locales() {
    assert_eq!(Lang::from_code("fi_FI.UTF-8"), Some(Lang::Fi));
    assert_eq!(Lang::from_code("sv-FI"), Some(Lang::Sv));
    assert_eq!(Lang::from_code("en_GB"), Some(Lang::En));
    assert_eq!(Lang::from_code("de_DE"), None);
}
