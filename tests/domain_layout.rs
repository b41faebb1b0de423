//! The domain's layout shows its design: folders by concern, and no two modules that import
//! each other, directly or round a loop (issue 26 item 3). A circle means a type lives in
//! the wrong file; this test names the loop.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

const DOMAIN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/domain");

/// Every domain module (`quiz::rules`, `config` for `config/mod.rs`) with its source.
fn modules(dir: &Path, prefix: &str, out: &mut BTreeMap<String, String>) {
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        let join = |name: &str| {
            if prefix.is_empty() {
                name.to_owned()
            } else {
                format!("{prefix}::{name}")
            }
        };
        if path.is_dir() {
            modules(&path, &join(&name), out);
        } else if let Some(stem) = name.strip_suffix(".rs") {
            let module = match stem {
                "mod" => prefix.to_owned(),
                // Not a module: `include!`d by the registry and by build.rs.
                "table" => continue,
                _ => join(stem),
            };
            out.insert(module, fs::read_to_string(&path).unwrap());
        }
    }
}

/// The modules `source` (the module `module`) imports, outside its own `#[cfg(test)]` part.
fn imports(module: &str, source: &str, known: &BTreeSet<String>) -> BTreeSet<String> {
    // Code only: not a `#[cfg(test)]` part, not a comment (a doc link imports nothing).
    let code: String = source
        .split("#[cfg(test)]")
        .next()
        .unwrap_or(source)
        .lines()
        .map(|line| line.split("//").next().unwrap_or(line))
        .collect::<Vec<_>>()
        .join("\n");
    let parent = module.rsplit_once("::").map_or("", |(p, _)| p);
    let mut found = BTreeSet::new();
    for (marker, base) in [("crate::domain::", ""), ("super::", parent)] {
        for (at, _) in code.match_indices(marker) {
            let rest = &code[at + marker.len()..];
            let path: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            let mut candidate = base.to_owned();
            let mut best = None;
            for segment in path.split("::").filter(|s| !s.is_empty()) {
                candidate = if candidate.is_empty() {
                    segment.to_owned()
                } else {
                    format!("{candidate}::{segment}")
                };
                if known.contains(&candidate) {
                    best = Some(candidate.clone());
                }
            }
            if let Some(target) = best.filter(|t| t != module) {
                found.insert(target);
            }
        }
    }
    found
}

/// A loop in `graph`, as the modules round it, if there is one.
fn a_loop(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut round = path[at..].to_vec();
            round.push(node.to_owned());
            return Some(round);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(found) = visit(next, graph, path, done) {
                return Some(found);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

fn domain_graph() -> BTreeMap<String, BTreeSet<String>> {
    let mut sources = BTreeMap::new();
    modules(Path::new(DOMAIN), "", &mut sources);
    let known: BTreeSet<String> = sources.keys().cloned().collect();
    sources
        .iter()
        .map(|(module, source)| (module.clone(), imports(module, source, &known)))
        .collect()
}

#[test]
fn no_two_domain_modules_import_each_other_round_a_loop() {
    let graph = domain_graph();
    assert!(graph.len() > 25, "{:?}", graph.keys());
    assert!(
        graph["config::options::registry"].contains("config::placement"),
        "the graph sees imports: {:?}",
        graph["config::options::registry"]
    );
    if let Some(round) = a_loop(&graph) {
        panic!("an import circle: {}", round.join(" → "));
    }
}

#[test]
fn the_domain_is_in_folders_by_concern_with_no_loose_file_but_the_calendar_date() {
    let mut loose: Vec<String> = fs::read_dir(DOMAIN)
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    loose.sort();
    assert_eq!(loose, ["date.rs", "mod.rs"]);
    for folder in ["config", "copy", "outputs", "pricing", "quiz", "widget"] {
        assert!(
            Path::new(DOMAIN).join(folder).join("mod.rs").is_file(),
            "{folder}"
        );
    }
}

#[test]
fn the_loop_finder_finds_a_loop_and_only_a_loop() {
    let graph = |edges: &[(&str, &str)]| {
        let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (a, b) in edges {
            g.entry((*a).into()).or_default().insert((*b).into());
            g.entry((*b).into()).or_default();
        }
        g
    };
    assert_eq!(
        a_loop(&graph(&[("config", "options"), ("options", "config")])),
        Some(vec!["config".into(), "options".into(), "config".into()])
    );
    assert_eq!(a_loop(&graph(&[("a", "b"), ("b", "c"), ("a", "c")])), None);
    let known: BTreeSet<String> = ["quiz::rules", "quiz::outcome", "quiz"]
        .map(String::from)
        .into();
    assert_eq!(
        imports(
            "quiz::rules",
            "use super::outcome::Outcome;\nuse crate::domain::quiz::outcome::X;",
            &known
        ),
        BTreeSet::from(["quiz::outcome".to_owned()])
    );
}
