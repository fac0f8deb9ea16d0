//! The Debian package's files (issue 28): the desktop entry, the MIME type and the AppStream
//! metadata pass their validators and agree with each other and with orgplan; the MIME type's
//! magic matches what orgplan writes; every file Cargo.toml's `[package.metadata.deb]` installs
//! exists; and every icon size is there at its size.
//!
//! The validators come from apt (`.ci/run` installs them). A missing one fails the test, naming
//! its package: a validator skipped in silence would let a broken file through.

use std::path::{Path, PathBuf};
use std::process::Command;

use orgplan::examples::{self, Example};

const ICON_SIZES: [u32; 8] = [16, 24, 32, 48, 64, 128, 256, 512];
const DESKTOP: &str = "assets/linux/orgplan.desktop";
const MIME: &str = "assets/linux/orgplan-mime.xml";
const METAINFO: &str = "assets/linux/fi.orgplan.Orgplan.metainfo.xml";
const MIME_TYPE: &str = "application/x-orgplan+ron";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap()
}

/// Runs `tool` on `args` and returns its stdout and stderr together; fails when the tool is
/// missing (naming the apt package it comes in) or reports failure.
fn validate(tool: &str, package: &str, args: &[&str]) -> String {
    let output = match Command::new(tool).args(args).current_dir(root()).output() {
        Ok(output) => output,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            panic!("{tool} is missing: apt-get install {package} (.ci/run installs it)")
        }
        Err(e) => panic!("{tool} could not be started: {e}"),
    };
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.status.success(), "{tool} {args:?} failed:\n{text}");
    text
}

/// The value of `key=` in the desktop entry (the untranslated one).
fn desktop_key(entry: &str, key: &str) -> String {
    let prefix = format!("{key}=");
    entry
        .lines()
        .find_map(|line| line.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("{DESKTOP} has no {key}="))
        .to_owned()
}

#[test]
fn the_desktop_entry_passes_desktop_file_validate() {
    let report = validate("desktop-file-validate", "desktop-file-utils", &[DESKTOP]);
    // Warnings and hints leave the exit code at 0; they are faults here all the same.
    assert!(report.trim().is_empty(), "desktop-file-validate: {report}");
}

#[test]
fn the_desktop_entry_opens_plans_in_orgplan_in_three_languages() {
    let entry = read(DESKTOP);
    assert_eq!(desktop_key(&entry, "Exec"), "orgplan %f");
    assert_eq!(desktop_key(&entry, "Icon"), "orgplan");
    assert_eq!(desktop_key(&entry, "MimeType"), format!("{MIME_TYPE};"));
    for key in ["Name", "GenericName", "Comment", "Keywords"] {
        for lang in ["fi", "sv"] {
            let translated = format!("{key}[{lang}]=");
            assert!(
                entry.lines().any(|line| line.starts_with(&translated)),
                "{DESKTOP} has no {translated}"
            );
        }
    }
    // Wayland matches a window to its desktop entry by the app id, which eframe takes from the
    // application's name: the entry's file name must be that name.
    assert_eq!(
        Path::new(DESKTOP).file_stem().unwrap(),
        env!("CARGO_PKG_NAME")
    );
}

#[test]
fn the_mime_definition_is_well_formed_xml() {
    validate("xmllint", "libxml2-utils", &["--noout", MIME]);
}

/// The `value` of each `<match>` in the MIME definition, in order, with `\n` unescaped as
/// update-mime-database reads it.
fn magic_values(xml: &str) -> Vec<String> {
    xml.split("<match ")
        .skip(1)
        .map(|tag| {
            let value = tag.split("value=\"").nth(1).unwrap();
            value[..value.find('"').unwrap()].replace("\\n", "\n")
        })
        .collect()
}

#[test]
fn the_mime_type_takes_both_extensions_and_the_opening_orgplan_writes() {
    let xml = read(MIME);
    assert!(xml.contains(&format!("<mime-type type=\"{MIME_TYPE}\">")));
    for glob in ["*.orgplan", "*.ron"] {
        assert!(
            xml.contains(&format!("<glob pattern=\"{glob}\"")),
            "no glob {glob}"
        );
    }
    for lang in ["fi", "sv"] {
        assert!(
            xml.contains(&format!("<comment xml:lang=\"{lang}\">")),
            "no {lang} comment"
        );
    }

    let magic = magic_values(&xml);
    assert_eq!(magic.len(), 3, "{magic:?}");
    let saved = orgplan::io::to_ron(&examples::load(Example::Kouvola).unwrap()).unwrap();
    assert!(
        saved.starts_with(&magic[0]),
        "a saved plan begins {:?}, the magic expects {:?}",
        saved.chars().take(40).collect::<String>(),
        magic[0]
    );
    // The bundled examples are written by hand and begin with comments: the nested rule (a "//"
    // opening, the plan's opening within the first 4096 bytes) must find them.
    assert!(xml.contains("offset=\"0:4096\""));
    let dir = root().join("assets/examples");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let head = &text.as_bytes()[..text.len().min(4096 + magic[2].len())];
        let found = text.starts_with(&magic[0])
            || (text.starts_with(&magic[1]) && String::from_utf8_lossy(head).contains(&magic[2]));
        assert!(found, "the magic misses {}", path.display());
        seen += 1;
    }
    assert!(seen >= 4, "only {seen} examples in {}", dir.display());
}

#[test]
fn the_appstream_metadata_passes_appstreamcli() {
    validate(
        "appstreamcli",
        "appstream",
        &["validate", "--no-net", METAINFO],
    );
    let xml = read(METAINFO);
    let id = Path::new(METAINFO).file_name().unwrap().to_str().unwrap();
    let id = id.strip_suffix(".metainfo.xml").unwrap();
    assert!(
        xml.contains(&format!("<id>{id}</id>")),
        "the id is not {id}"
    );
    for needle in [
        "<launchable type=\"desktop-id\">orgplan.desktop</launchable>",
        "<binary>orgplan</binary>",
        &format!("<mediatype>{MIME_TYPE}</mediatype>"),
        "<metadata_license>CC0-1.0</metadata_license>",
        &format!(
            "<project_license>{}</project_license>",
            env!("CARGO_PKG_LICENSE")
        ),
        "<summary xml:lang=\"fi\">",
        "<summary xml:lang=\"sv\">",
        "<content_rating type=\"oars-1.1\"",
    ] {
        assert!(xml.contains(needle), "{METAINFO} lacks {needle}");
    }
}

/// The `[source, dest, mode]` rows of `assets` in `[package.metadata.deb]`: a line scan, as the
/// manifest is written one asset a line (toml is not a dependency of orgplan's own).
fn deb_assets() -> Vec<[String; 3]> {
    let manifest = read("Cargo.toml");
    let section = manifest
        .split("\n[package.metadata.deb]\n")
        .nth(1)
        .expect("Cargo.toml has no [package.metadata.deb]");
    let section = section.split("\n[").next().unwrap();
    let list = section.split("\nassets = [").nth(1).expect("no assets");
    let list = &list[..list.find("\n]").expect("the assets list is not closed")];
    list.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| {
            let fields: Vec<String> = line
                .split('"')
                .skip(1)
                .step_by(2)
                .map(str::to_owned)
                .collect();
            fields
                .try_into()
                .unwrap_or_else(|_| panic!("not [source, dest, mode]: {line}"))
        })
        .collect()
}

#[test]
fn every_file_the_package_installs_is_in_the_repository() {
    let assets = deb_assets();
    for [source, _, mode] in &assets {
        assert!(mode == "644" || mode == "755", "{source}: mode {mode}");
        // cargo-deb builds what lies under target/release/ itself, and scripts/build-deb.sh
        // makes what lies under target/generated/ (the manual pages, the completions).
        if !source.starts_with("target/release/") && !source.starts_with("target/generated/") {
            assert!(
                root().join(source).is_file(),
                "{source} is not in the repository"
            );
        }
    }
    let installs = |dest: &str| assets.iter().any(|[_, d, _]| d.starts_with(dest));
    for dest in [
        "usr/bin/",
        "usr/share/applications/",
        "usr/share/mime/packages/",
        "usr/share/metainfo/",
        "usr/share/icons/hicolor/scalable/apps/",
        "usr/share/doc/orgplan/",
        "usr/share/man/man1/",
        "usr/share/bash-completion/completions/",
        "usr/share/zsh/vendor-completions/",
        "usr/share/fish/vendor_completions.d/",
    ] {
        assert!(installs(dest), "nothing goes to {dest}");
    }
    for size in ICON_SIZES {
        let source = format!("assets/icons/hicolor/{size}x{size}/apps/orgplan.png");
        let dest = format!("usr/share/icons/hicolor/{size}x{size}/apps/");
        assert!(
            assets.iter().any(|[s, d, _]| *s == source && *d == dest),
            "the {size} px icon is not installed to {dest}"
        );
    }
    assert!(
        assets.iter().any(|[s, _, _]| s == "assets/fonts/OFL.txt"),
        "the bundled fonts' licence is not installed"
    );
}

#[test]
fn every_icon_size_is_a_png_of_its_size() {
    for size in ICON_SIZES {
        let path = root().join(format!(
            "assets/icons/hicolor/{size}x{size}/apps/orgplan.png"
        ));
        let bytes = std::fs::read(&path).unwrap();
        assert_eq!(
            &bytes[..8],
            b"\x89PNG\r\n\x1a\n",
            "{} is no PNG",
            path.display()
        );
        assert_eq!(&bytes[12..16], b"IHDR");
        let width = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
        let height = u32::from_be_bytes(bytes[20..24].try_into().unwrap());
        assert_eq!((width, height), (size, size), "{}", path.display());
    }
}
