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
//! - The stylesheets name design tokens: no colour and no pixel size outside
//!   `style/tokens.css`, but for one-pixel hairlines (print sizes in points are the page's).
//!
//! Files are read as Rust tokens (proc-macro2), so comments and strings never count, a path
//! may run over several lines, `use` groups may nest, and `super::` and `self::` are resolved
//! from the file's place in the module tree (inline `mod x { }` included). Paths inside
//! macros such as `view!` are read too.

use std::fs;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};

const LAYERS: [&str; 5] = ["domain", "storage", "ui", "views", "app"];
const MAX_COMPONENT_LINES: usize = 120;

/// One source file: its path from `src/` ("ui/layout.rs") and its tokens.
struct Source {
    path: String,
    tokens: Vec<TokenTree>,
}

impl Source {
    fn new(path: &str, text: &str) -> Source {
        let stream = TokenStream::from_str(text)
            .unwrap_or_else(|e| panic!("src/{path} does not read as Rust tokens: {e}"));
        Source {
            path: path.to_owned(),
            tokens: stream.into_iter().collect(),
        }
    }

    /// The file's module path: "views/workspace/notes.rs" is views::workspace::notes,
    /// "views/workspace/mod.rs" is views::workspace, "lib.rs" is the crate root.
    fn module(&self) -> Vec<String> {
        let mut parts: Vec<String> = self
            .path
            .trim_end_matches(".rs")
            .split('/')
            .map(str::to_owned)
            .collect();
        if matches!(
            parts.last().map(String::as_str),
            Some("mod" | "lib" | "main")
        ) {
            parts.pop();
        }
        parts
    }

    /// The layer a file belongs to: its first folder, or "app" for the files at the root.
    fn layer(&self) -> &'static str {
        layer_of(self.module().first().map(String::as_str))
    }

    /// For a file under views/, the page module it belongs to.
    fn page(&self) -> Option<String> {
        let module = self.module();
        (module.first().map(String::as_str) == Some("views"))
            .then(|| module.get(1).cloned())
            .flatten()
    }

    fn at(&self, line: usize) -> String {
        format!("src/{}:{line}", self.path)
    }
}

/// The layer of an absolute module path's first part: `crate::start` is the app.
fn layer_of(first: Option<&str>) -> &'static str {
    match first {
        Some("domain") => "domain",
        Some("storage") => "storage",
        Some("ui") => "ui",
        Some("views") => "views",
        _ => "app",
    }
}

fn rank(layer: &str) -> usize {
    LAYERS
        .iter()
        .position(|l| *l == layer)
        .expect("a known layer")
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
                let relative = relative.to_string_lossy().replace('\\', "/");
                found.push(Source::new(&relative, &text));
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

fn ident(token: Option<&TokenTree>) -> Option<String> {
    match token {
        Some(TokenTree::Ident(i)) => Some(i.to_string()),
        _ => None,
    }
}

/// Whether `tokens[i..]` starts with `::`.
fn path_sep(tokens: &[TokenTree], i: usize) -> bool {
    matches!(
        (tokens.get(i), tokens.get(i + 1)),
        (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b)))
            if a.as_char() == ':' && a.spacing() == Spacing::Joint && b.as_char() == ':'
    )
}

fn line_of(token: &TokenTree) -> usize {
    token.span().start().line
}

/// A module path named in the code, made absolute, with its line.
struct Named {
    path: Vec<String>,
    line: usize,
}

/// Every module path the tokens name that starts at `crate`, `super` or `self`, made
/// absolute from `module`, the module the tokens are in.
fn named_paths(tokens: &[TokenTree], module: &[String], found: &mut Vec<Named>) {
    let mut i = 0;
    while i < tokens.len() {
        // `mod name { ... }`: its contents are one module deeper.
        if ident(tokens.get(i)).as_deref() == Some("mod")
            && let (Some(name), Some(TokenTree::Group(body))) =
                (ident(tokens.get(i + 1)), tokens.get(i + 2))
            && body.delimiter() == Delimiter::Brace
        {
            let inner: Vec<TokenTree> = body.stream().into_iter().collect();
            let mut deeper = module.to_vec();
            deeper.push(name);
            named_paths(&inner, &deeper, found);
            i += 3;
            continue;
        }
        let after_sep = i >= 2 && path_sep(tokens, i - 2);
        let start = match ident(tokens.get(i)).as_deref() {
            Some("crate") if !after_sep && path_sep(tokens, i + 1) => Some(Vec::new()),
            Some("self") if !after_sep && path_sep(tokens, i + 1) => Some(module.to_vec()),
            Some("super") if !after_sep && path_sep(tokens, i + 1) => Some(module.to_vec()),
            _ => None,
        };
        if let Some(mut base) = start {
            let line = line_of(&tokens[i]);
            let mut j = i;
            // `super::super::`: one module up for each.
            if ident(tokens.get(j)).as_deref() == Some("super") {
                base.pop();
                while path_sep(tokens, j + 1)
                    && ident(tokens.get(j + 3)).as_deref() == Some("super")
                {
                    base.pop();
                    j += 3;
                }
            }
            i = read_path(tokens, j + 1, base, line, found);
            continue;
        }
        if let TokenTree::Group(group) = &tokens[i] {
            let inner: Vec<TokenTree> = group.stream().into_iter().collect();
            named_paths(&inner, module, found);
        }
        i += 1;
    }
}

/// Reads `::a::b::{c, d::{e}}` from `tokens[i..]` onto `base`; returns where it ended.
fn read_path(
    tokens: &[TokenTree],
    mut i: usize,
    mut base: Vec<String>,
    line: usize,
    found: &mut Vec<Named>,
) -> usize {
    while path_sep(tokens, i) {
        match tokens.get(i + 2) {
            Some(TokenTree::Ident(segment)) => {
                base.push(segment.to_string());
                i += 3;
            }
            Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Brace => {
                read_group(group.stream(), &base, found);
                return i + 3;
            }
            // `::*`, `::<T>`: the path ends here.
            _ => break,
        }
    }
    found.push(Named { path: base, line });
    i
}

/// The items of a `use` group, each a path continuing `base`.
fn read_group(stream: TokenStream, base: &[String], found: &mut Vec<Named>) {
    let tokens: Vec<TokenTree> = stream.into_iter().collect();
    for item in tokens.split(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == ',')) {
        let Some(first) = item.first() else { continue };
        let line = line_of(first);
        match first {
            TokenTree::Ident(segment) => {
                let mut path = base.to_vec();
                if segment != "self" {
                    path.push(segment.to_string());
                }
                read_path(item, 1, path, line, found);
            }
            TokenTree::Group(group) if group.delimiter() == Delimiter::Brace => {
                read_group(group.stream(), base, found);
            }
            _ => found.push(Named {
                path: base.to_vec(),
                line,
            }),
        }
    }
}

fn import_problems(sources: &[Source]) -> Vec<String> {
    let mut problems = Vec::new();
    for source in sources {
        let layer = source.layer();
        let mut named = Vec::new();
        named_paths(&source.tokens, &source.module(), &mut named);
        for Named { path, line } in named {
            let target = layer_of(path.first().map(String::as_str));
            if rank(target) > rank(layer) {
                problems.push(format!(
                    "{}: {layer} uses crate::{} ({layer} may use only {}): move what it needs to \
                     {layer} or a layer below",
                    source.at(line),
                    path.join("::"),
                    LAYERS[..=rank(layer)].join(", ")
                ));
            } else if layer == "views" && target == "views" {
                let page = source.page();
                if let Some(other) = path.get(1)
                    && Some(other) != page.as_ref()
                {
                    problems.push(format!(
                        "{}: the {} page uses crate::{}: no view module imports another; move \
                         what both use to ui/ or the domain",
                        source.at(line),
                        page.as_deref().unwrap_or("views"),
                        path.join("::")
                    ));
                }
            }
        }
    }
    problems
}

/// Every identifier and literal in the tokens, with its line.
fn words(tokens: &[TokenTree], found: &mut Vec<(String, usize)>) {
    for token in tokens {
        match token {
            TokenTree::Group(group) => {
                let inner: Vec<TokenTree> = group.stream().into_iter().collect();
                words(&inner, found);
            }
            TokenTree::Ident(_) | TokenTree::Literal(_) => {
                found.push((token.to_string(), line_of(token)));
            }
            TokenTree::Punct(_) => {}
        }
    }
}

fn browser_problems(sources: &[Source]) -> Vec<String> {
    let browser_crate = |word: &str| {
        matches!(
            word,
            "leptos" | "web_sys" | "js_sys" | "wasm_bindgen" | "wasm_bindgen_futures"
        ) || word.starts_with("gloo")
            || word.starts_with("leptos_")
    };
    // The web-sys type and the window's accessors; a literal only when it is the bare name
    // (reflection), never prose that mentions it.
    let storage_word = |word: &str| {
        matches!(
            word,
            "Storage" | "local_storage" | "session_storage" | "\"localStorage\""
        ) || word.starts_with("gloo_storage")
    };
    let mut problems = Vec::new();
    for source in sources {
        let mut found = Vec::new();
        words(&source.tokens, &mut found);
        for (word, line) in found {
            if source.layer() == "domain" && browser_crate(&word) {
                problems.push(format!(
                    "{}: the domain names {word}: it must stay plain Rust, tested natively",
                    source.at(line)
                ));
            }
            if source.layer() != "storage" && storage_word(&word) {
                problems.push(format!(
                    "{}: {word} outside storage/: only storage/ touches localStorage",
                    source.at(line)
                ));
            }
        }
    }
    problems
}

/// Whether an attribute's tokens (inside `#[...]`) are `component`, `leptos::component` or
/// either with arguments.
fn is_component_attribute(attribute: &TokenStream) -> bool {
    let tokens: Vec<TokenTree> = attribute.clone().into_iter().collect();
    let path_end = tokens
        .iter()
        .position(|t| matches!(t, TokenTree::Group(_)))
        .unwrap_or(tokens.len());
    ident(path_end.checked_sub(1).and_then(|i| tokens.get(i))).as_deref() == Some("component")
}

/// Each component with its first line and its length in lines, from its attribute to the
/// closing brace of its body.
fn components(tokens: &[TokenTree], found: &mut Vec<(String, usize, usize)>) {
    for (i, token) in tokens.iter().enumerate() {
        let TokenTree::Group(group) = token else {
            continue;
        };
        let attribute = group.delimiter() == Delimiter::Bracket
            && i > 0
            && matches!(&tokens[i - 1], TokenTree::Punct(p) if p.as_char() == '#')
            && is_component_attribute(&group.stream());
        if !attribute {
            let inner: Vec<TokenTree> = group.stream().into_iter().collect();
            components(&inner, found);
            continue;
        }
        let rest = &tokens[i + 1..];
        let Some(at_fn) = rest
            .iter()
            .position(|t| ident(Some(t)).as_deref() == Some("fn"))
        else {
            continue;
        };
        let name = ident(rest.get(at_fn + 1)).unwrap_or_default();
        let body = rest[at_fn..].iter().find_map(|t| match t {
            TokenTree::Group(g) if g.delimiter() == Delimiter::Brace => Some(g),
            _ => None,
        });
        if let Some(body) = body {
            let first = line_of(&tokens[i - 1]);
            let last = body.span().end().line;
            found.push((name, first, last - first + 1));
        }
    }
}

fn length_problems(sources: &[Source]) -> Vec<String> {
    let mut problems = Vec::new();
    for source in sources {
        let mut found = Vec::new();
        components(&source.tokens, &mut found);
        for (name, line, length) in found {
            if length > MAX_COMPONENT_LINES {
                problems.push(format!(
                    "{}: component {name} is {length} lines long (at most \
                     {MAX_COMPONENT_LINES}): split it into parts named for what the user sees",
                    source.at(line)
                ));
            }
        }
    }
    problems
}

/// Every stylesheet but the tokens', as (file name, text).
fn stylesheets() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("style");
    let mut sheets: Vec<(String, String)> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "css"))
        .filter(|p| p.file_name().is_some_and(|n| n != "tokens.css"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, fs::read_to_string(&p).unwrap())
        })
        .collect();
    sheets.sort();
    sheets
}

/// Raw colours (`#hex`, `rgb(`, `hsl(`, `white`, `black`) and pixel sizes other than `1px` in
/// the declarations of a stylesheet: each as "file:line: the declaration".
fn raw_value_problems(name: &str, css: &str) -> Vec<String> {
    let mut problems = Vec::new();
    // Comments out, lines kept, so line numbers stay true.
    let mut text = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        let end = rest[start..]
            .find("*/")
            .map_or(rest.len(), |e| start + e + 2);
        text.extend(rest[start..end].chars().filter(|c| *c == '\n'));
        rest = &rest[end..];
    }
    text.push_str(rest);
    for (i, line) in text.lines().enumerate() {
        // A declaration's value: after the property's colon, on a line that opens no block.
        let Some((property, value)) = line.split_once(':') else {
            continue;
        };
        if line.trim_end().ends_with('{') || property.trim().starts_with("--") {
            continue;
        }
        let lower = value.to_ascii_lowercase();
        let bytes = lower.as_bytes();
        let mut raw = Vec::new();
        for (at, _) in lower.match_indices('#') {
            let hex = bytes[at + 1..]
                .iter()
                .take_while(|b| b.is_ascii_hexdigit())
                .count();
            if matches!(hex, 3 | 4 | 6 | 8) {
                raw.push("a #hex colour");
            }
        }
        for function in ["rgb(", "rgba(", "hsl(", "hsla("] {
            if lower.contains(function) {
                raw.push("an rgb()/hsl() colour");
            }
        }
        for word in lower.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '.')) {
            if matches!(word, "white" | "black") {
                raw.push("a named colour");
            }
            if let Some(number) = word.strip_suffix("px")
                && number.parse::<f64>().is_ok()
                && number.trim_start_matches('-') != "1"
            {
                raw.push("a pixel size (only 1px hairlines)");
            }
        }
        for what in raw {
            problems.push(format!(
                "style/{name}:{}: {what} in `{}`: name a token of style/tokens.css",
                i + 1,
                line.trim()
            ));
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
    assert_none("A layer uses a layer above it", import_problems(&sources()));
}

#[test]
fn the_domain_has_no_browser_types_and_only_storage_touches_local_storage() {
    assert_none("Browser code out of place", browser_problems(&sources()));
}

#[test]
fn no_component_is_longer_than_120_lines() {
    assert_none("A component is too long", length_problems(&sources()));
}

#[test]
fn stylesheets_use_only_design_tokens_for_colours_and_sizes() {
    let problems = stylesheets()
        .iter()
        .flat_map(|(name, css)| raw_value_problems(name, css))
        .collect();
    assert_none("A raw value in a stylesheet", problems);
}

#[test]
fn the_token_check_catches_raw_colours_and_pixel_sizes() {
    let css = "/* #fff in a comment, 12px too */\n.a {\n  color: #1a1f24;\n  background: rgb(0 0 0 / 0.5);\n  border: 1px solid var(--line);\n  font-size: 12px;\n  outline-color: white;\n}\n#cafe {\n  --own: #000;\n  margin: var(--space-2);\n  font-size: 9pt;\n}\n";
    let problems = raw_value_problems("a.css", css);
    let lines: Vec<&str> = problems
        .iter()
        .map(|p| p.split(": ").next().unwrap())
        .collect();
    assert_eq!(
        lines,
        [
            "style/a.css:3",
            "style/a.css:4",
            "style/a.css:6",
            "style/a.css:7"
        ],
        "{problems:#?}"
    );
}

/// The checks themselves, on made-up files: each rule catches what it is for.
#[test]
fn the_import_check_catches_every_way_of_naming_a_module() {
    let broken = [
        Source::new(
            "ui/layout.rs",
            "use crate::views::not_found::full_app_href;",
        ),
        Source::new(
            "storage/x.rs",
            "use crate::{\n    domain::route::Route,\n    ui::clock,\n};",
        ),
        Source::new(
            "views/settings.rs",
            "fn f() { let d = use_context::<crate::views::workspace::DeletedNote>(); }",
        ),
        Source::new("domain/x.rs", "use crate::app::start;"),
        Source::new("views/home.rs", "use super::guide::GuidePage;"),
        Source::new(
            "ui/deep/x.rs",
            "use super::super::super::views::home::HomePage;",
        ),
        Source::new("storage/y.rs", "use crate::{domain::{a, b}, views::x};"),
        Source::new(
            "views/calculator/mod.rs",
            "use crate::views::{workspace::X};",
        ),
        Source::new(
            "views/guide.rs",
            "fn f() -> impl IntoView { view! { <a href=crate::views::home::link()>\"x\"</a> } }",
        ),
        Source::new(
            "domain/y.rs",
            "mod tests { use super::super::super::ui::clock; }",
        ),
        Source::new(
            "ui/z.rs",
            "use self::inner::X; mod inner { pub use crate::views::X; }",
        ),
    ];
    let problems = import_problems(&broken);
    let expected = [
        "src/ui/layout.rs:1: ui uses crate::views::not_found::full_app_href",
        "src/storage/x.rs:3: storage uses crate::ui::clock",
        "src/views/settings.rs:1: the settings page uses crate::views::workspace::DeletedNote",
        "src/domain/x.rs:1: domain uses crate::app::start",
        "src/views/home.rs:1: the home page uses crate::views::guide::GuidePage",
        "src/ui/deep/x.rs:1: ui uses crate::views::home::HomePage",
        "src/storage/y.rs:1: storage uses crate::views::x",
        "src/views/calculator/mod.rs:1: the calculator page uses crate::views::workspace::X",
        "src/views/guide.rs:1: the guide page uses crate::views::home::link",
        "src/domain/y.rs:1: domain uses crate::ui::clock",
        "src/ui/z.rs:1: ui uses crate::views::X",
    ];
    assert_eq!(problems.len(), expected.len(), "{problems:#?}");
    for (problem, expected) in problems.iter().zip(expected) {
        assert!(
            problem.starts_with(expected),
            "{problem}\nexpected: {expected}"
        );
    }

    let fine = [
        Source::new(
            "views/workspace/notes.rs",
            "use super::{BackToWorkspace, workspace};",
        ),
        Source::new(
            "views/workspace/mod.rs",
            "mod notes; use self::notes::NotePage;",
        ),
        Source::new(
            "views/home.rs",
            "use crate::ui::page::PageHeading; // crate::views::guide\n/* crate::views::guide */",
        ),
        Source::new("app.rs", "use crate::views::home::HomePage;"),
        Source::new("lib.rs", "mod views; pub use app::start;"),
        Source::new(
            "ui/x.rs",
            "const S: &str = \"crate::views::home\"; const C: char = '\"';",
        ),
        Source::new(
            "domain/x.rs",
            "use super::route::Route; fn f(x: my_crate::views::A) {}",
        ),
        Source::new(
            "domain/z.rs",
            "mod tests { use super::*; use crate::domain::route::Route; }",
        ),
        Source::new("views/home.rs", "pub(super) fn f() {} pub(crate) fn g() {}"),
    ];
    assert_eq!(import_problems(&fine), Vec::<String>::new());
}

#[test]
fn the_browser_check_catches_browser_crates_and_storage() {
    let broken = [
        Source::new("domain/x.rs", "use leptos::prelude::*;"),
        Source::new(
            "domain/y.rs",
            "async fn f() { wasm_bindgen_futures::spawn_local(x); }",
        ),
        Source::new("views/x.rs", "fn f() { let s = window().local_storage(); }"),
        Source::new("ui/x.rs", "use web_sys::Storage;"),
        Source::new("ui/y.rs", "fn f() { x.dyn_into::<web_sys::Storage>(); }"),
        Source::new(
            "views/y.rs",
            "fn f() { Reflect::get(&window(), &\"localStorage\".into()); }",
        ),
    ];
    let problems = browser_problems(&broken);
    assert_eq!(problems.len(), 6, "{problems:#?}");

    let fine = [
        Source::new(
            "domain/z.rs",
            "let leptosish = 1; // leptos\n/// uses web_sys\nfn f() {}",
        ),
        Source::new(
            "app.rs",
            "let storage = AppStorage::connect_with(None, true);",
        ),
        Source::new(
            "views/z.rs",
            "const T: &str = \"Your browser's localStorage is full\";",
        ),
        Source::new(
            "storage/z.rs",
            "use web_sys::Storage; fn f() { window().local_storage(); }",
        ),
    ];
    assert_eq!(browser_problems(&fine), Vec::<String>::new());
}

#[test]
fn the_length_check_measures_every_component() {
    let long = format!(
        "#[component]\npub fn Long() -> impl IntoView {{\n{}}}\n\
         #[component] // the next one\nfn Short() {{}}\n\
         #[leptos::component]\nfn Other() {{\n{}}}\n\
         #[component(transparent)]\nfn Routes(x: impl Fn() -> u8) -> impl IntoView {{\n{}}}\n",
        "    x\n".repeat(118),
        "    x\n".repeat(119),
        "    x\n".repeat(117),
    );
    let problems = length_problems(&[Source::new("views/x.rs", &long)]);
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(problems[0].starts_with("src/views/x.rs:1: component Long is 121 lines long"));
    assert!(problems[1].starts_with("src/views/x.rs:124: component Other is 122 lines long"));
}
