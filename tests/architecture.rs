//! The shape of the house, held as tests so that it stays: no source file over 800 lines, no
//! two parts of the library that use each other (neither two top-level modules nor two files of
//! one folder), and no window or command-line crate below the faces.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const MAX_LINES: usize = 800;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_source_file_is_over_800_lines() {
    let mut files = Vec::new();
    for dir in ["src", "tests", "benches"] {
        rust_files(&root().join(dir), &mut files);
    }
    assert!(files.len() > 50, "the walk found too few files: {files:?}");
    let long: Vec<String> = files
        .iter()
        .filter_map(|path| {
            let lines = std::fs::read_to_string(path).ok()?.lines().count();
            let name = path.strip_prefix(root()).ok()?.display().to_string();
            (lines > MAX_LINES).then(|| format!("{name}: {lines}"))
        })
        .collect();
    assert!(long.is_empty(), "over {MAX_LINES} lines: {long:#?}");
}

/// A library file: its module path (`["compare", "diff", "fields"]`) and its code without its
/// tests (a test may reach anywhere).
struct Module {
    path: Vec<String>,
    code: String,
}

fn library() -> Vec<Module> {
    let src = root().join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files
        .into_iter()
        .filter_map(|file| {
            let relative = file.strip_prefix(&src).ok()?.with_extension("");
            let mut path: Vec<String> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            // The binary (main.rs, cli.rs and its commands in cli_*.rs) is a face of the
            // library, not part of it.
            if matches!(path.as_slice(), [one] if one == "main" || one == "cli" || one.starts_with("cli_")) {
                return None;
            }
            if path
                .last()
                .is_some_and(|last| last == "mod" || last == "lib")
            {
                path.pop();
            }
            let text = std::fs::read_to_string(&file).ok()?;
            let code = match text.find("#[cfg(test)]") {
                Some(at) => &text[..at],
                None => &text,
            };
            // Comments name modules too (doc links) without using them.
            let code: String = code
                .lines()
                .map(|line| line.find("//").map_or(line, |at| &line[..at]))
                .collect::<Vec<_>>()
                .join("\n");
            Some(Module { path, code })
        })
        .collect()
}

/// Every module path the code names with `crate::` or `super::`, braces opened one level.
fn references(module: &Module) -> Vec<Vec<String>> {
    let code = &module.code;
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(start) = code[at..]
        .find("crate::")
        .map(|i| (at + i, true))
        .into_iter()
        .chain(code[at..].find("super::").map(|i| (at + i, false)))
        .min_by_key(|(i, _)| *i)
    {
        let (begin, is_crate) = start;
        // `self.crate::` cannot occur; a longer word ending in `crate` or `super` is no path.
        let before = code[..begin].chars().next_back();
        at = begin + 1;
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let mut base: Vec<String> = if is_crate {
            Vec::new()
        } else {
            // `super::` in a/b/c.rs is a::b; in a/b/mod.rs (path a::b) it is a.
            let mut parent = module.path.clone();
            parent.pop();
            parent
        };
        let mut rest = &code[begin + 7..];
        while let Some(more) = rest.strip_prefix("super::") {
            base.pop();
            rest = more;
        }
        let segment = |text: &str| -> usize {
            text.find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(text.len())
        };
        loop {
            let len = segment(rest);
            if len == 0 {
                break;
            }
            base.push(rest[..len].to_owned());
            rest = &rest[len..];
            match rest.strip_prefix("::") {
                Some(more) if !more.starts_with('{') => rest = more,
                _ => break,
            }
        }
        if let Some(inner) = rest.strip_prefix("::{") {
            let end = inner.find('}').unwrap_or(inner.len());
            for item in inner[..end].split(',') {
                let item = item.trim();
                let len = segment(item);
                if len > 0 {
                    let mut path = base.clone();
                    path.push(item[..len].to_owned());
                    found.push(path);
                }
            }
        } else {
            found.push(base);
        }
    }
    found
}

/// The longest prefix of `path` that is a module of the library.
fn resolve<'a>(path: &[String], modules: &'a BTreeSet<Vec<String>>) -> Option<&'a Vec<String>> {
    (1..=path.len())
        .rev()
        .find_map(|len| modules.get(&path[..len].to_vec()))
}

/// The groups of nodes that reach each other (Tarjan's strongly connected components), larger
/// than one node.
fn loops(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    let nodes: Vec<&String> = edges
        .keys()
        .chain(edges.values().flatten())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let reach = |from: &String| -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut stack = vec![from.clone()];
        while let Some(node) = stack.pop() {
            for next in edges.get(&node).into_iter().flatten() {
                if seen.insert(next.clone()) {
                    stack.push(next.clone());
                }
            }
        }
        seen
    };
    let reaches: BTreeMap<&String, BTreeSet<String>> =
        nodes.iter().map(|n| (*n, reach(n))).collect();
    let mut groups: BTreeSet<Vec<String>> = BTreeSet::new();
    for node in &nodes {
        let mut group: Vec<String> = nodes
            .iter()
            .filter(|other| reaches[node].contains(**other) && reaches[**other].contains(*node))
            .map(|other| (*other).clone())
            .collect();
        group.sort();
        if group.len() > 1 {
            groups.insert(group);
        }
    }
    groups.into_iter().collect()
}

/// One module using another, by module path.
type Use = (Vec<String>, Vec<String>);

fn module_edges() -> Vec<Use> {
    let modules = library();
    let known: BTreeSet<Vec<String>> = modules.iter().map(|m| m.path.clone()).collect();
    let mut edges = Vec::new();
    for module in &modules {
        for reference in references(module) {
            if let Some(target) = resolve(&reference, &known)
                && *target != module.path
            {
                edges.push((module.path.clone(), target.clone()));
            }
        }
    }
    edges
}

#[test]
fn no_two_top_level_modules_use_each_other() {
    let edges = module_edges();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (from, to) in &edges {
        if let (Some(a), Some(b)) = (from.first(), to.first())
            && a != b
        {
            graph.entry(a.clone()).or_default().insert(b.clone());
        }
    }
    assert!(graph.len() > 5, "too few modules use others: {graph:?}");
    let found = loops(&graph);
    assert!(
        found.is_empty(),
        "modules that use each other: {found:?}\n{graph:#?}"
    );
}

#[test]
fn no_two_files_of_one_folder_use_each_other() {
    let edges = module_edges();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (from, to) in &edges {
        // Siblings: files of the same folder (a folder's mod.rs is its parent, not a sibling).
        let siblings = from.len() == to.len()
            && from.len() > 1
            && from[..from.len() - 1] == to[..to.len() - 1];
        if siblings {
            graph
                .entry(from.join("::"))
                .or_default()
                .insert(to.join("::"));
        }
    }
    let found = loops(&graph);
    assert!(found.is_empty(), "files that use each other: {found:?}");
}

#[test]
fn the_library_below_the_faces_uses_no_window_or_command_line_crate() {
    let modules = library();
    let faces = ["app"];
    let mut wrong = Vec::new();
    for module in modules.iter().filter(|m| {
        !m.path
            .first()
            .is_some_and(|top| faces.contains(&top.as_str()))
    }) {
        for krate in ["egui", "eframe", "rfd", "clap", "egui_extras"] {
            let uses = module.code.contains(&format!("{krate}::"))
                || module.code.contains(&format!("use {krate}"));
            if uses {
                wrong.push(format!("{} uses {krate}", module.path.join("::")));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:?}");
}

#[test]
fn the_reference_reader_resolves_crate_super_and_braces() {
    let module = Module {
        path: vec!["compare".into(), "figures".into()],
        code: "use super::medians::{RangeMedians, to_f64};\nuse crate::model::{Date, words::x};\nfn f() { crate::i18n::tr(); }\n".into(),
    };
    let found = references(&module);
    let strings: Vec<String> = found.iter().map(|p| p.join("::")).collect();
    assert!(
        strings.contains(&"compare::medians::RangeMedians".to_owned()),
        "{strings:?}"
    );
    assert!(strings.contains(&"model::words".to_owned()), "{strings:?}");
    assert!(strings.contains(&"i18n::tr".to_owned()), "{strings:?}");
    let mut graph = BTreeMap::new();
    graph.insert("a".to_owned(), BTreeSet::from(["b".to_owned()]));
    graph.insert(
        "b".to_owned(),
        BTreeSet::from(["a".to_owned(), "c".to_owned()]),
    );
    assert_eq!(loops(&graph), vec![vec!["a".to_owned(), "b".to_owned()]]);
}
