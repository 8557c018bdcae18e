//! The shape of `src/`, checked: arrows point down (app → web → domains → core, i18n), no
//! circle between top-level modules, domain code never reaches up into the web layer, the
//! process environment or the application state, and handlers hold no SQL.
//!
//! Every source file is parsed (`syn`), and every path naming another top-level module —
//! `crate::x`, `super::…` climbing out of one, `$crate::x` in macros, paths inside macro
//! calls — is an arrow.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use proc_macro2::{TokenStream, TokenTree};
use syn::visit::{self, Visit};

/// Layers, top first; an arrow may point within a layer or down, never up.
const LAYERS: &[(&str, &[&str])] = &[
    ("application", &["app"]),
    ("web", &["web"]),
    (
        "domain",
        &[
            "home",
            "own_data",
            "welcome",
            "rent",
            "transparency",
            "stats",
            "open311",
            "sms_inbound",
            "notices",
            "reports",
            "notifications",
            "elections",
            "auth",
            "access",
            "people",
            "audit",
            "places",
            "media",
        ],
    ),
    ("core", &["core"]),
    ("i18n", &["i18n"]),
];

/// What domain code must never name.
const FORBIDDEN_IN_DOMAINS: &[&str] = &["actix_web", "actix_multipart", "AppState", "env"];

fn layer_of(module: &str) -> usize {
    LAYERS
        .iter()
        .position(|(_, modules)| modules.contains(&module))
        .unwrap_or_else(|| {
            panic!("top-level module `{module}` belongs to no layer: add it to LAYERS")
        })
}

struct Arrows {
    /// The module the visitor is in, from the crate root (`["reports", "rules"]`).
    module: Vec<String>,
    /// Top-level modules named.
    found: BTreeSet<String>,
    /// Crates, and the names domains must not use, named.
    names: BTreeSet<String>,
}

impl Arrows {
    /// Records an arrow for a path given as its segments.
    fn path(&mut self, segments: &[String]) {
        if let Some(first) = segments.first() {
            self.names.insert(first.clone());
        }
        for s in segments {
            if s == "AppState" || s == "env" {
                self.names.insert(s.clone());
            }
        }
        match segments.first().map(String::as_str) {
            Some("crate") => {
                if let Some(top) = segments.get(1) {
                    self.found.insert(top.clone());
                }
            }
            Some("super") => {
                let ups = segments.iter().take_while(|s| *s == "super").count();
                let mut resolved: Vec<String> =
                    self.module[..self.module.len().saturating_sub(ups)].to_vec();
                resolved.extend(segments[ups..].iter().cloned());
                match resolved.first() {
                    Some(top) if top != "*" => {
                        self.found.insert(top.clone());
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }

    fn tokens(&mut self, tokens: TokenStream) {
        let trees: Vec<TokenTree> = tokens.into_iter().collect();
        for (i, tree) in trees.iter().enumerate() {
            match tree {
                TokenTree::Group(group) => self.tokens(group.stream()),
                TokenTree::Ident(ident) => {
                    let name = ident.to_string();
                    if name == "AppState" || name == "actix_web" || name == "actix_multipart" {
                        self.names.insert(name.clone());
                    }
                    let colons = matches!(
                        (trees.get(i + 1), trees.get(i + 2)),
                        (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b)))
                            if a.as_char() == ':' && b.as_char() == ':'
                    );
                    if colons && (name == "crate" || name == "super") {
                        if let Some(TokenTree::Ident(next)) = trees.get(i + 3) {
                            self.path(&[name, next.to_string()]);
                        }
                    }
                }
                _ => {}
            }
        }
    }
}

impl<'ast> Visit<'ast> for Arrows {
    fn visit_path(&mut self, path: &'ast syn::Path) {
        let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        self.path(&segments);
        visit::visit_path(self, path);
    }

    fn visit_use_tree(&mut self, tree: &'ast syn::UseTree) {
        fn walk(tree: &syn::UseTree, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
            match tree {
                syn::UseTree::Path(p) => {
                    prefix.push(p.ident.to_string());
                    walk(&p.tree, prefix, out);
                    prefix.pop();
                }
                syn::UseTree::Name(n) => {
                    out.push([prefix.clone(), vec![n.ident.to_string()]].concat())
                }
                syn::UseTree::Rename(r) => {
                    out.push([prefix.clone(), vec![r.ident.to_string()]].concat())
                }
                syn::UseTree::Glob(_) => out.push([prefix.clone(), vec!["*".into()]].concat()),
                syn::UseTree::Group(g) => g.items.iter().for_each(|t| walk(t, prefix, out)),
            }
        }
        let mut paths = vec![];
        walk(tree, &mut vec![], &mut paths);
        for path in paths {
            self.path(&path);
        }
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        self.visit_path(&mac.path);
        self.tokens(mac.tokens.clone());
    }

    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        if item.content.is_some() {
            self.module.push(item.ident.to_string());
            visit::visit_item_mod(self, item);
            self.module.pop();
        }
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module a file defines, from the crate root: `src/reports/rules/tests.rs` is
/// `reports::rules::tests`, `src/reports/mod.rs` is `reports`.
fn module_of(file: &Path, src: &Path) -> Vec<String> {
    let relative = file.strip_prefix(src).unwrap().with_extension("");
    let mut parts: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

struct Module {
    arrows: BTreeSet<String>,
    /// Files that name something a domain must not, with what they name.
    reaching_up: Vec<(PathBuf, BTreeSet<String>)>,
    /// Files naming `diesel`.
    sql: Vec<PathBuf>,
}

fn scan() -> BTreeMap<String, Module> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![];
    rust_files(&src, &mut files);
    let mut modules: BTreeMap<String, Module> = BTreeMap::new();
    for file in files {
        let module = module_of(&file, &src);
        // The crate root and the binary declare and wire everything; they are no module.
        let Some(top) = module
            .first()
            .filter(|m| *m != "lib" && *m != "main")
            .cloned()
        else {
            continue;
        };
        let text = std::fs::read_to_string(&file).unwrap();
        let syntax = syn::parse_file(&text)
            .unwrap_or_else(|e| panic!("{} does not parse: {e}", file.display()));
        let mut arrows = Arrows {
            module,
            found: BTreeSet::new(),
            names: BTreeSet::new(),
        };
        arrows.visit_file(&syntax);
        let Arrows { found, names, .. } = arrows;
        let entry = modules.entry(top.clone()).or_insert_with(|| Module {
            arrows: BTreeSet::new(),
            reaching_up: vec![],
            sql: vec![],
        });
        entry.arrows.extend(found.into_iter().filter(|m| *m != top));
        let forbidden: BTreeSet<String> = names
            .iter()
            .filter(|n| FORBIDDEN_IN_DOMAINS.contains(&n.as_str()))
            .cloned()
            .collect();
        if !forbidden.is_empty() {
            entry.reaching_up.push((file.clone(), forbidden));
        }
        if names.contains("diesel") {
            entry.sql.push(file.clone());
        }
    }
    modules
}

/// A circle through `start`, if the arrows make one.
fn circle_from(
    start: &str,
    at: &str,
    modules: &BTreeMap<String, Module>,
    path: &mut Vec<String>,
) -> Option<Vec<String>> {
    for next in modules.get(at).map(|m| &m.arrows).into_iter().flatten() {
        if next == start {
            let mut circle = path.clone();
            circle.push(start.to_string());
            return Some(circle);
        }
        if !path.contains(next) {
            path.push(next.clone());
            if let Some(found) = circle_from(start, next, modules, path) {
                return Some(found);
            }
            path.pop();
        }
    }
    None
}

#[test]
fn arrows_point_down_without_a_circle() {
    let modules = scan();
    for expected in ["app", "web", "reports", "access", "core", "i18n"] {
        assert!(modules.contains_key(expected), "no module {expected}?");
    }
    let mut graph = String::new();
    for (name, module) in &modules {
        let targets: Vec<&str> = module.arrows.iter().map(String::as_str).collect();
        graph.push_str(&format!("{name} → {}\n", targets.join(", ")));
        for target in &module.arrows {
            assert!(
                layer_of(target) >= layer_of(name),
                "`{name}` ({}) points up to `{target}` ({})\n{graph}",
                LAYERS[layer_of(name)].0,
                LAYERS[layer_of(target)].0
            );
        }
    }
    for name in modules.keys() {
        if let Some(circle) = circle_from(name, name, &modules, &mut vec![name.clone()]) {
            panic!("a circle: {}\n{graph}", circle.join(" → "));
        }
    }
    println!("{graph}");
}

#[test]
fn domain_code_knows_neither_the_web_nor_the_environment() {
    let modules = scan();
    let domains = LAYERS[layer_of("reports")].1;
    for (name, module) in modules
        .iter()
        .filter(|(n, _)| domains.contains(&n.as_str()))
    {
        assert!(
            module.reaching_up.is_empty(),
            "{name} names what belongs to the web layer or the process: {:?}",
            module.reaching_up
        );
    }
}

#[test]
fn handlers_hold_no_sql() {
    let modules = scan();
    assert!(
        modules["web"].sql.is_empty(),
        "the web layer names diesel: {:?}",
        modules["web"].sql
    );
}

/// API handlers call domain code and the web layer's shared parsing (`web::forms`), never a
/// page module: a page's handler may change for its page without the API noticing. The router
/// (`api/mod.rs`) and the OpenAPI document (`api/doc.rs`) may name the two handlers both serve
/// (a person's export, a photo).
#[test]
fn api_handlers_name_no_page_module() {
    let mut files = vec![];
    rust_files(Path::new("src/web/api"), &mut files);
    assert!(files.len() > 5, "found the API's files: {files:?}");
    for file in files {
        let name = file
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if name == "mod.rs" || name == "doc.rs" {
            continue;
        }
        let text = std::fs::read_to_string(&file).expect("a source file");
        assert!(
            !text.contains("pages::"),
            "{} names a page module",
            file.display()
        );
    }
}
