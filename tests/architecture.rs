//! The layout rules of ARCHITECTURE.md, checked by reading `src/`: a broken rule fails
//! `make test` with the file and line that broke it.
//!
//! - One direction of imports: domain <- storage <- ui <- views <- app (app.rs, lib.rs,
//!   main.rs). A layer names only itself and the layers to its left.
//! - No view module imports another view module: what two pages share lives in `ui/` or the
//!   domain.
//! - The domain has no browser types: no leptos, web-sys, js-sys, wasm-bindgen or gloo.
//! - Only `storage/` touches localStorage.
//! - No component is longer than 120 lines.

use std::fs;
use std::path::{Path, PathBuf};

const LAYERS: [&str; 5] = ["domain", "storage", "ui", "views", "app"];
const BROWSER_CRATES: [&str; 5] = ["leptos", "web_sys", "js_sys", "wasm_bindgen", "gloo"];
const STORAGE_WORDS: [&str; 4] = ["gloo_storage", "local_storage", "localStorage", "Storage::"];
const MAX_COMPONENT_LINES: usize = 120;
/// Components still being split (issue 13); this list only shrinks.
const LONG_FOR_NOW: &[&str] = &[
    "CheckInPage",
    "NotePage",
    "SavedList",
    "TermsPage",
    "CandidatePage",
    "TrendChart",
    "KpiPage",
    "CostChart",
];

/// One source file: its path from the crate root ("ui/layout.rs") and its lines.
struct Source {
    path: String,
    lines: Vec<String>,
}

impl Source {
    /// The layer a file belongs to: the first folder, or "app" for the files at the root.
    fn layer(&self) -> &str {
        match self.path.split_once('/') {
            Some((folder, _)) => folder,
            None => "app",
        }
    }

    /// For a file under views/, the page module it belongs to ("views/workspace/notes.rs"
    /// gives "workspace"; "views/home.rs" gives "home").
    fn page(&self) -> Option<&str> {
        let rest = self.path.strip_prefix("views/")?;
        Some(match rest.split_once('/') {
            Some((page, _)) => page,
            None => rest.trim_end_matches(".rs"),
        })
    }

    /// The lines numbered from 1, without their comments (a comment may name anything).
    fn code(&self) -> impl Iterator<Item = (usize, &str)> {
        self.lines
            .iter()
            .enumerate()
            .map(|(i, line)| (i + 1, without_comment(line)))
    }
}

/// A line up to its `//` comment, if any; a `//` inside a string is code.
fn without_comment(line: &str) -> &str {
    let mut in_string = false;
    let mut escaped = false;
    for (at, c) in line.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = in_string,
            '"' => in_string = !in_string,
            '/' if !in_string && line[at + 1..].starts_with('/') => return &line[..at],
            _ => {}
        }
    }
    line
}

fn sources() -> Vec<Source> {
    fn walk(dir: &Path, root: &Path, found: &mut Vec<Source>) {
        let mut entries: Vec<PathBuf> = fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
            .map(|entry| entry.expect("a directory entry").path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(&path, root, found);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = fs::read_to_string(&path).expect("a readable source file");
                let relative = path.strip_prefix(root).expect("under src/");
                found.push(Source {
                    path: relative.to_string_lossy().replace('\\', "/"),
                    lines: text.lines().map(str::to_owned).collect(),
                });
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    walk(&root, &root, &mut found);
    assert!(
        found.len() > 50,
        "expected the app's sources under {}",
        root.display()
    );
    found
}

/// Every `crate::a::b` a line names, as ("a", "b"); `crate::{a, b::c}` names a and b.
fn crate_paths(line: &str) -> Vec<(String, String)> {
    let mut paths = Vec::new();
    let mut rest = line;
    while let Some(at) = rest.find("crate::") {
        let before = rest[..at].chars().next_back();
        rest = &rest[at + "crate::".len()..];
        // `cto_compass::` or `my_crate::` are other crates.
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        if let Some(group) = rest.strip_prefix('{') {
            let group = group.split('}').next().unwrap_or_default();
            for item in group.split(',') {
                let mut parts = item.trim().split("::");
                let first = parts.next().unwrap_or_default().to_owned();
                let second = parts.next().unwrap_or_default().to_owned();
                if !first.is_empty() {
                    paths.push((first, second));
                }
            }
            continue;
        }
        let word = |s: &str| -> String {
            s.chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect()
        };
        let first = word(rest);
        let second = rest[first.len()..]
            .strip_prefix("::")
            .map(word)
            .unwrap_or_default();
        paths.push((first, second));
    }
    paths
}

/// The layer a crate path belongs to: `crate::app`, `crate::start` and the like are the app.
fn layer_of(module: &str) -> &str {
    match module {
        "domain" | "storage" | "ui" | "views" => module,
        _ => "app",
    }
}

fn rank(layer: &str) -> usize {
    LAYERS
        .iter()
        .position(|l| *l == layer)
        .expect("a known layer")
}

fn import_problems(sources: &[Source]) -> Vec<String> {
    let mut problems = Vec::new();
    for source in sources {
        let layer = source.layer();
        for (number, line) in source.code() {
            for (module, item) in crate_paths(line) {
                let target = layer_of(&module);
                let at = format!("src/{}:{number}", source.path);
                if rank(target) > rank(layer) {
                    problems.push(format!(
                        "{at}: {layer} imports crate::{module} ({layer} may use only {}): move what it \
                         needs to {layer} or a layer below",
                        LAYERS[..=rank(layer)].join(", ")
                    ));
                } else if layer == "views"
                    && target == "views"
                    && Some(item.as_str()) != source.page()
                {
                    problems.push(format!(
                        "{at}: the {} page imports crate::views::{item}: no view module imports another; \
                         move what both use to ui/ or the domain",
                        source.page().unwrap_or("?")
                    ));
                }
            }
        }
    }
    problems
}

/// Whether `line` names `word` as a word of its own (`leptos` in `leptos::`, not in
/// `leptosish`), or with `open_end` as the start of a word (`Storage::` in `web_sys::Storage::`,
/// not in `AppStorage::`).
fn names(line: &str, word: &str, open_end: bool) -> bool {
    let in_word = |c: char| c.is_alphanumeric() || c == '_';
    line.match_indices(word).any(|(at, _)| {
        let before = line[..at].chars().next_back();
        let after = line[at + word.len()..].chars().next();
        !before.is_some_and(in_word) && (open_end || !after.is_some_and(in_word))
    })
}

fn browser_problems(sources: &[Source]) -> Vec<String> {
    let mut problems = Vec::new();
    for source in sources {
        for (number, line) in source.code() {
            let at = format!("src/{}:{number}", source.path);
            if source.layer() == "domain" {
                for name in BROWSER_CRATES {
                    if names(line, name, false) {
                        problems.push(format!(
                            "{at}: the domain names {name}: it must stay plain Rust, tested natively"
                        ));
                    }
                }
            }
            if source.layer() != "storage" {
                for name in STORAGE_WORDS {
                    if names(line, name, true) {
                        problems.push(format!(
                            "{at}: {name} outside storage/: only storage/ touches localStorage"
                        ));
                    }
                }
            }
        }
    }
    problems
}

/// Each `#[component]` function with its first line and its length in lines, from the
/// attribute to the closing brace.
fn components(source: &Source) -> Vec<(String, usize, usize)> {
    let mut found = Vec::new();
    let lines = &source.lines;
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim() == "#[component]" {
            let Some(fn_line) = (i + 1..lines.len()).find(|&j| lines[j].contains("fn ")) else {
                break;
            };
            let signature = &lines[fn_line];
            let name: String = signature[signature.find("fn ").expect("fn") + 3..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            let indent = signature.len() - signature.trim_start().len();
            let closing = format!("{}}}", " ".repeat(indent));
            let end = (fn_line..lines.len())
                .find(|&j| lines[j].trim_end() == closing)
                .unwrap_or(lines.len() - 1);
            found.push((name, i + 1, end - i + 1));
            i = end;
        }
        i += 1;
    }
    found
}

fn length_problems(sources: &[Source]) -> Vec<String> {
    let mut problems = Vec::new();
    for source in sources {
        for (name, line, length) in components(source) {
            if length > MAX_COMPONENT_LINES && !LONG_FOR_NOW.contains(&name.as_str()) {
                problems.push(format!(
                    "src/{}:{line}: component {name} is {length} lines long (at most \
                     {MAX_COMPONENT_LINES}): split it into parts named for what the user sees",
                    source.path
                ));
            }
        }
    }
    problems
}

fn assert_none(rule: &str, problems: Vec<String>) {
    assert!(
        problems.is_empty(),
        "{rule} (see ARCHITECTURE.md):\n{}",
        problems.join("\n")
    );
}

#[test]
fn imports_go_one_way_and_no_view_imports_another() {
    assert_none(
        "A layer imports a layer above it",
        import_problems(&sources()),
    );
}

#[test]
fn the_domain_has_no_browser_types_and_only_storage_touches_local_storage() {
    assert_none("Browser code out of place", browser_problems(&sources()));
}

#[test]
fn no_component_is_longer_than_120_lines() {
    assert_none("A component is too long", length_problems(&sources()));
}

/// The checks themselves, on made-up files: each rule catches what it is for.
#[test]
fn the_checks_catch_what_they_are_for() {
    let file = |path: &str, text: &str| Source {
        path: path.to_owned(),
        lines: text.lines().map(str::to_owned).collect(),
    };
    let broken = [
        file(
            "ui/layout.rs",
            "use crate::views::not_found::full_app_href;",
        ),
        file(
            "storage/x.rs",
            "use crate::{domain::route::Route, ui::clock};",
        ),
        file(
            "views/settings.rs",
            "let d = use_context::<crate::views::workspace::DeletedNote>();",
        ),
        file("domain/x.rs", "use crate::app::start;"),
    ];
    let problems = import_problems(&broken);
    assert_eq!(problems.len(), 4, "{problems:#?}");
    assert!(problems[0].starts_with("src/ui/layout.rs:1: ui imports crate::views"));
    assert!(problems[1].starts_with("src/storage/x.rs:1: storage imports crate::ui"));
    assert!(problems[2].contains("the settings page imports crate::views::workspace"));

    let fine = [
        file(
            "views/workspace/notes.rs",
            "use crate::views::workspace::x;",
        ),
        file(
            "views/home.rs",
            "use crate::ui::page::PageHeading; // crate::views::guide",
        ),
        file("app.rs", "use crate::views::home::HomePage;"),
        file("ui/x.rs", "// crate::views::home in a comment"),
        file(
            "domain/x.rs",
            "use super::route::Route; let s = \"my_crate::views\";",
        ),
    ];
    assert_eq!(import_problems(&fine), Vec::<String>::new());

    let browser = [
        file("domain/x.rs", "use leptos::prelude::*;"),
        file("views/x.rs", "let s = window().local_storage();"),
        file("domain/y.rs", "let leptosish = 1; // leptos"),
        file(
            "app.rs",
            "let storage = AppStorage::connect_with(None, true);",
        ),
    ];
    assert_eq!(browser_problems(&browser).len(), 2);

    let long = format!(
        "#[component]\npub fn Long() -> impl IntoView {{\n{}}}\n#[component]\nfn Short() {{\n}}\n",
        "    x\n".repeat(118)
    );
    let problems = length_problems(&[file("views/x.rs", &long)]);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(problems[0].starts_with("src/views/x.rs:1: component Long is 121 lines long"));
}
