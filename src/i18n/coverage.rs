//! The message files against the code that uses them: no message unused, and no call that
//! leaves out a value its message needs, in any language. Keys the code builds at run time
//! (`status-{code}`) count as used through their prefix; their values are checked at run time
//! by the page checks in CI, which read every page in every language and expect
//! `portineria_message_errors_total 0`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

use super::LANGUAGES;

type Variables = BTreeSet<String>;

/// Every message of a language with the variables it uses.
fn messages(lang: &str) -> BTreeMap<String, Variables> {
    let mut all = BTreeMap::new();
    for entry in std::fs::read_dir(format!("assets/locales/{lang}")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let resource = parser::parse(text.as_str())
            .unwrap_or_else(|_| panic!("{} parses without errors", path.display()));
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                let mut vars = Variables::new();
                if let Some(value) = &m.value {
                    pattern_vars(value, &mut vars);
                }
                for attribute in &m.attributes {
                    pattern_vars(&attribute.value, &mut vars);
                }
                all.insert(m.id.name.to_string(), vars);
            }
        }
    }
    all
}

fn pattern_vars(pattern: &Pattern<&str>, vars: &mut Variables) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &Expression<&str>, vars: &mut Variables) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for variant in variants {
                pattern_vars(&variant.value, vars);
            }
        }
        Expression::Inline(inline) => inline_vars(inline, vars),
    }
}

fn inline_vars(inline: &InlineExpression<&str>, vars: &mut Variables) {
    match inline {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_vars(argument, vars);
            }
            for argument in &arguments.named {
                inline_vars(&argument.value, vars);
            }
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

/// The text of every template and Rust source file.
fn sources() -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs" || e == "hbs") {
                let text = std::fs::read_to_string(&path).unwrap();
                out.push((path.display().to_string(), text));
            }
        }
    }
    let mut out = vec![];
    walk(Path::new("src"), &mut out);
    // The photo pipeline names the messages of its refusals.
    walk(Path::new("crates/untrusted/src"), &mut out);
    walk(Path::new("web/templates"), &mut out);
    out
}

/// The text from an opening bracket to the one that closes it.
fn balanced(text: &str) -> &str {
    let mut depth = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => {
                depth -= 1;
                if depth == 0 {
                    return &text[..=i];
                }
            }
            _ => {}
        }
    }
    text
}

/// `"name"` literals directly after `prefix` in `text` (argument names).
fn names_after(text: &str, prefix: &str) -> Variables {
    text.match_indices(prefix)
        .filter_map(|(i, _)| {
            let rest = &text[i + prefix.len()..];
            let name = &rest[..rest.find('"')?];
            name.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_')
                .then(|| name.to_string())
        })
        .collect()
}

/// Each call that names its message literally, with the values it passes: `{{t "key" a=…}}`
/// in templates, `text_with("key", &[("a", …)])` and `Message::new("key").with("a", …)` in
/// Rust.
fn calls() -> Vec<(String, String, Variables)> {
    let mut calls = vec![];
    // This file names the patterns it looks for; comments show examples.
    for (file, text) in sources()
        .into_iter()
        .filter(|(f, _)| !f.ends_with("coverage.rs"))
    {
        let text: String = text
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
            .map(|line| format!("{line}\n"))
            .collect();
        for (i, _) in text.match_indices("{{t \"") {
            let rest = &text[i + 5..];
            let Some(end) = rest.find('"') else { continue };
            let key = &rest[..end];
            let tag = &rest[end + 1..rest.find("}}").unwrap_or(rest.len())];
            let passed = tag
                .split_whitespace()
                .filter_map(|arg| arg.split_once('=').map(|(name, _)| name.to_string()))
                .filter(|name| name != "_lang")
                .collect();
            calls.push((file.clone(), key.to_string(), passed));
        }
        for call in ["text_with(", "Message::new("] {
            for (i, _) in text.match_indices(call) {
                let rest = &text[i + call.len() - 1..];
                let arguments = balanced(rest);
                let key = arguments.trim_start_matches('(').trim_start();
                let Some(key) = key.strip_prefix('"') else {
                    continue; // a key built at run time
                };
                let key = &key[..key.find('"').unwrap_or(0)];
                let mut passed = names_after(arguments, "(\"");
                let mut chain = &rest[arguments.len()..];
                while let Some(after) = chain.trim_start().strip_prefix(".with") {
                    let group = balanced(after);
                    passed.extend(names_after(group, "(\""));
                    chain = &after[group.len()..];
                }
                calls.push((file.clone(), key.to_string(), passed));
            }
        }
    }
    calls
}

#[test]
fn every_call_passes_every_value_its_message_needs_in_every_language() {
    let calls = calls();
    assert!(calls.len() > 300, "found the calls ({})", calls.len());
    for language in LANGUAGES {
        let messages = messages(language.code);
        for (file, key, passed) in &calls {
            let needed = messages
                .get(key)
                .unwrap_or_else(|| panic!("{file}: no message {key} in {}", language.code));
            let missing: Vec<_> = needed.difference(passed).collect();
            assert!(
                missing.is_empty(),
                "{file}: {key} in {} needs {missing:?}, the call passes {passed:?}",
                language.code
            );
        }
    }
}

#[test]
fn every_message_is_used() {
    let code: String = sources().into_iter().map(|(_, text)| text).collect();
    // What stands between two quotes anywhere in the code, once: a key is used if it is one
    // of them (`"status-new"`), or if one starts with a prefix of it and a placeholder
    // (`format!("status-{code}")` uses every `status-…` message).
    let quoted: std::collections::HashSet<&str> = code.split('"').collect();
    let prefixes: std::collections::HashSet<&str> = quoted
        .iter()
        .filter_map(|s| s.find("-{").map(|at| &s[..at]))
        .collect();
    let unused: Vec<String> = messages("it")
        .into_keys()
        .filter(|key| {
            let literal = quoted.contains(key.as_str());
            let built = key
                .match_indices('-')
                .any(|(i, _)| prefixes.contains(&key[..i]));
            !literal && !built
        })
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}

/// A mail's subject is the message `mail-<template>-subject`, named only at run time: each
/// template under `web/templates/mail/` has it in every language.
#[test]
fn every_mail_has_its_subject_in_every_language() {
    for entry in std::fs::read_dir("web/templates/mail").unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        let Some(kind) = name.strip_suffix(".html.hbs") else {
            continue;
        };
        for language in LANGUAGES {
            let key = format!("mail-{kind}-subject");
            assert!(
                messages(language.code).contains_key(&key),
                "no {key} in {}",
                language.code
            );
        }
    }
}

/// A message that names another (`{N}` for a typed non-breaking space) or misses a variant
/// fails only when a page shows it; every message is formatted here once per language, with
/// a value for each variable it uses.
#[test]
fn every_message_formats_in_every_language() {
    let mut failures = vec![];
    for language in LANGUAGES {
        let locale = super::Locale(language);
        for (key, variables) in messages(language.code) {
            let args: std::collections::HashMap<_, _> = variables
                .iter()
                .map(|name| {
                    (
                        std::borrow::Cow::Owned(name.clone()),
                        super::numbers::argument("2"),
                    )
                })
                .collect();
            if let Err(error) =
                super::LOCALES.lookup_single_language(locale.langid(), &key, Some(&args))
            {
                failures.push(format!("{} {key}: {error}", language.code));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "messages that do not format: {failures:#?}"
    );
}
