//! The repository stands on its own: a clone with nothing beside it passes the test command.
//! Every path the tests, scripts, build and e2e kit name stays inside the clone — in
//! particular the specification the tests read is `docs/` here, not a folder next to the
//! clone (issue 26 item 1).
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Component, Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The folders and files whose code runs in the test command, build or release.
const SCANNED: &[&str] = &[
    "tests",
    "e2e",
    "scripts",
    "bench",
    "packaging",
    "tools",
    "src",
    "loader",
    "build.rs",
    ".ci",
    ".cargo",
    "Trunk.toml",
    "Cargo.toml",
    "package.json",
];

/// Folders that hold what tools produce or install, not what the project wrote.
const SKIPPED: &[&str] = &["node_modules", "target", "dist", "pages"];

fn files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let Ok(entries) = fs::read_dir(path) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            if !SKIPPED.iter().any(|s| name == *s) {
                files(&entry.path(), out);
            }
        }
    } else if path.is_file() {
        out.push(path.to_path_buf());
    }
}

/// `base` joined with `relative`, `..` resolved on the text alone; `None` when it climbs
/// above the file system's root.
fn resolve(base: &Path, relative: &str) -> Option<PathBuf> {
    let mut parts: Vec<Component> = base.components().collect();
    for part in Path::new(relative).components() {
        match part {
            Component::ParentDir => {
                parts.pop()?;
            }
            Component::CurDir => {}
            other => parts.push(other),
        }
    }
    Some(parts.iter().collect())
}

/// Every quoted literal in `text` that starts with `../`.
fn parent_literals(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    for quote in ['\'', '"', '`'] {
        let opening = format!("{quote}../");
        let mut rest = text;
        while let Some(at) = rest.find(&opening) {
            let literal = &rest[at + 1..];
            let end = literal.find(quote).unwrap_or(literal.len());
            found.push(&literal[..end]);
            rest = &literal[end..];
        }
    }
    found
}

/// Paths that leave the clone, as `file: literal` lines.
fn leaving(file: &Path, text: &str, root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut bad = |what: &str| out.push(format!("{}: {what}", file.display()));
    // The specification's own folder, or this machine's layout, named anywhere.
    for named in ["../shared", "/work/"] {
        if text.contains(named) {
            bad(named);
        }
    }
    let dir = file.parent().unwrap_or(root);
    // Relative literals resolve against the file's folder (JS `new URL(…, import.meta.url)`,
    // imports, `include_str!`)…
    for literal in parent_literals(text) {
        if !resolve(dir, literal).is_some_and(|p| p.starts_with(root)) {
            bad(literal);
        }
    }
    // …and those after the crate root against the root.
    let after_root = "CARGO_MANIFEST_DIR\"), \"";
    let mut rest = text;
    while let Some(at) = rest.find(after_root) {
        let literal = &rest[at + after_root.len()..];
        let end = literal.find('"').unwrap_or(literal.len());
        let path = literal[..end].trim_start_matches('/');
        if !resolve(root, path).is_some_and(|p| p.starts_with(root)) {
            bad(&literal[..end]);
        }
        rest = &literal[end..];
    }
    // Shell: the scripts' `$here` is the clone; nothing may climb out of it.
    for climb in ["$here/..", "${here}/..", "$here\"/.."] {
        if text.contains(climb) {
            bad(climb);
        }
    }
    out
}

#[test]
fn no_test_script_or_build_file_reads_a_path_outside_the_clone() {
    let root = Path::new(ROOT);
    let mut all = Vec::new();
    for name in SCANNED {
        files(&root.join(name), &mut all);
    }
    assert!(all.len() > 100, "only {} files found", all.len());
    let me = root.join("tests/self_contained.rs");
    let problems: Vec<String> = all
        .iter()
        .filter(|f| **f != me)
        .filter_map(|f| {
            fs::read_to_string(f)
                .ok()
                .map(|text| leaving(f, &text, root))
        })
        .flatten()
        .collect();
    assert!(
        problems.is_empty(),
        "paths leaving the clone:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_check_catches_each_way_out_of_the_clone() {
    let root = Path::new("/clone");
    let test = Path::new("/clone/tests/x.rs");
    let js = Path::new("/clone/e2e/lib/x.mjs");
    for (file, text) in [
        (
            test,
            r#"concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/CONTENT.md")"#,
        ),
        (
            test,
            r#"concat!(env!("CARGO_MANIFEST_DIR"), "/../spec.md")"#,
        ),
        (test, r#"include_str!("../../spec.md")"#),
        (
            js,
            "readFileSync(new URL('../../../shared/x.md', import.meta.url))",
        ),
        (js, "const spec = '/work/shared/RELIABILITY.md';"),
        (Path::new("/clone/scripts/x.sh"), r#"cat "$here/../notes""#),
    ] {
        assert!(!leaving(file, text, root).is_empty(), "{text}");
    }
    for (file, text) in [
        (
            test,
            r#"concat!(env!("CARGO_MANIFEST_DIR"), "/docs/content.md")"#,
        ),
        (test, r#"include_str!("../styles/widget.css")"#),
        (
            js,
            "import { serveDirectory } from '../../scripts/static-server.mjs';",
        ),
    ] {
        assert_eq!(leaving(file, text, root), Vec::<String>::new(), "{text}");
    }
}
