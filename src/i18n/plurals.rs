//! Every number that counts something chooses the reader's plural form. CLDR says which forms a
//! language has (Arabic six, Ukrainian four, Romanian three, Chinese one); a message that puts
//! a count before a noun must offer each form the counts 0, 1, 2, 5, 11 and 21 (and 1.5, for
//! the days with a decimal) fall into, and rendering it with a number of each form must read
//! differently from "1". A count that stands alone ("Reports: 5", "at most 12.") needs no form.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

use super::{Locale, LANGUAGES, MISSING};

/// Arguments that count something. Page numbers, photo numbers, floors, years, megabytes and
/// percentages are labels or units, not counts of a noun.
const COUNTS: &[&str] = &[
    "count",
    "min",
    "max",
    "minutes",
    "days",
    "seen",
    "households",
    "total",
    "received",
    "open",
    "overdue",
    "answer",
    "fix",
];

/// Messages whose `max` is the top of a range of page numbers, or of megabytes.
const NOT_COUNTS: &[(&str, &str)] = &[
    ("open311-page-invalid", "max"),
    ("open311-page-size-invalid", "max"),
    ("photo-too-large", "max"),
];

const SAMPLES: &[&str] = &["0", "1", "2", "5", "11", "21", "1.5"];

fn category_name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

/// The sample numbers by the plural form CLDR gives them in `code`.
fn samples_by_form(code: &str) -> BTreeMap<&'static str, Vec<&'static str>> {
    let rules = PluralRules::create(
        code.parse::<fluent_templates::LanguageIdentifier>()
            .unwrap(),
        PluralRuleType::CARDINAL,
    )
    .unwrap();
    let mut forms: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for sample in SAMPLES {
        let form = category_name(rules.select(*sample).unwrap());
        forms.entry(form).or_default().push(sample);
    }
    forms
}

/// What one message does with one argument.
#[derive(Default)]
struct Use {
    /// The variant keys of each selector on the argument.
    selectors: Vec<BTreeSet<String>>,
    /// Places where the number is shown outside a selector on itself, before a word.
    bare_before_words: usize,
    /// Every argument the message takes.
    arguments: BTreeSet<String>,
}

fn walk(pattern: &Pattern<&str>, inside: &[&str], found: &mut BTreeMap<String, Use>) {
    let elements = &pattern.elements;
    for (i, element) in elements.iter().enumerate() {
        let PatternElement::Placeable { expression } = element else {
            continue;
        };
        let text = |j: Option<usize>| match j.and_then(|j| elements.get(j)) {
            Some(PatternElement::TextElement { value }) => Some(*value),
            _ => None,
        };
        let after = text(Some(i + 1));
        let before = text(i.checked_sub(1));
        // "… 12." or "Reports: 12": the number is a value, not a count of a noun.
        let stands_alone = after.is_none_or(|t| {
            t.trim_start_matches([' ', '\u{a0}', '\u{202f}'])
                .starts_with(['.', ',', ';', ':', ')', '،', '؛', '。', '，', '；', '%'])
                || t.trim().is_empty() && i + 1 == elements.len()
        }) || before.is_some_and(|t| t.trim_end().ends_with(':'));
        expression_uses(expression, inside, stands_alone, found);
    }
}

fn expression_uses(
    expression: &Expression<&str>,
    inside: &[&str],
    stands_alone: bool,
    found: &mut BTreeMap<String, Use>,
) {
    match expression {
        Expression::Select { selector, variants } => {
            let mut inner = inside.to_vec();
            if let InlineExpression::VariableReference { id } = selector {
                let keys = variants
                    .iter()
                    .map(|v| match &v.key {
                        fluent_syntax::ast::VariantKey::Identifier { name } => name.to_string(),
                        fluent_syntax::ast::VariantKey::NumberLiteral { value } => {
                            value.to_string()
                        }
                    })
                    .collect();
                let entry = found.entry(id.name.to_string()).or_default();
                entry.selectors.push(keys);
                inner.push(id.name);
            }
            for variant in variants {
                walk(&variant.value, &inner, found);
            }
        }
        Expression::Inline(InlineExpression::VariableReference { id }) => {
            let entry = found.entry(id.name.to_string()).or_default();
            if !stands_alone && !inside.contains(&id.name) {
                entry.bare_before_words += 1;
            }
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            expression_uses(expression, inside, stands_alone, found)
        }
        Expression::Inline(_) => {}
    }
}

/// Every message of a language with the arguments it uses, by id.
fn messages(code: &str) -> BTreeMap<String, BTreeMap<String, Use>> {
    let mut all = BTreeMap::new();
    for entry in std::fs::read_dir(format!("assets/locales/{code}")).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let resource = parser::parse(text.as_str()).unwrap();
        for entry in resource.body {
            let Entry::Message(message) = entry else {
                continue;
            };
            let Some(pattern) = message.value else {
                continue;
            };
            let mut found = BTreeMap::new();
            walk(&pattern, &[], &mut found);
            let arguments: BTreeSet<String> = found.keys().cloned().collect();
            for uses in found.values_mut() {
                uses.arguments = arguments.clone();
            }
            all.insert(message.id.name.to_string(), found);
        }
    }
    all
}

/// The message with `argument` set to `n`, its other arguments to fixed values, and every
/// digit hidden, so that two renderings differ only by their words.
fn words(
    locale: Locale,
    id: &str,
    arguments: &BTreeSet<String>,
    argument: &str,
    n: &str,
) -> String {
    let args: Vec<(&str, String)> = arguments
        .iter()
        .map(|name| {
            let value = match name.as_str() {
                a if a == argument => n.to_string(),
                a if COUNTS.contains(&a) => "7".to_string(),
                _ => "X".to_string(),
            };
            (name.as_str(), value)
        })
        .collect();
    let text = locale.text_with(id, &args);
    assert!(
        !text.starts_with(MISSING),
        "{}: {id} renders",
        locale.code()
    );
    text.chars()
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect()
}

/// The problems of one language's counts, one line each.
fn plural_mistakes(code: &str) -> Vec<String> {
    let locale = Locale::from_code(code).unwrap();
    let forms = samples_by_form(code);
    let mut mistakes = vec![];
    if forms.len() == 1 {
        return mistakes;
    }
    for (id, uses) in messages(code) {
        for (argument, using) in &uses {
            if !COUNTS.contains(&argument.as_str())
                || NOT_COUNTS.contains(&(id.as_str(), argument.as_str()))
            {
                continue;
            }
            if using.bare_before_words > 0 {
                mistakes.push(format!(
                    "{code} {id}: ${argument} counts a noun without a selector"
                ));
            }
            for keys in &using.selectors {
                let lacking: Vec<_> = forms.keys().filter(|f| !keys.contains(**f)).collect();
                if !lacking.is_empty() {
                    mistakes.push(format!("{code} {id}: ${argument} lacks {lacking:?}"));
                }
            }
            if using.bare_before_words > 0 || using.selectors.is_empty() {
                continue;
            }
            let one = words(locale, &id, &using.arguments, argument, "1");
            for (form, numbers) in &forms {
                if *form == "one" {
                    continue;
                }
                let other = words(locale, &id, &using.arguments, argument, numbers[0]);
                if other == one {
                    mistakes.push(format!(
                        "{code} {id}: ${argument}={} ({form}) reads as 1: {one}",
                        numbers[0]
                    ));
                }
            }
        }
    }
    mistakes
}

#[test]
fn every_count_takes_the_plural_form_its_language_needs() {
    let mistakes: Vec<String> = LANGUAGES
        .iter()
        .flat_map(|l| plural_mistakes(l.code))
        .collect();
    assert!(mistakes.is_empty(), "{}", mistakes.join("\n"));
}

#[test]
fn the_forms_are_cldrs() {
    let arabic = samples_by_form("ar");
    assert_eq!(
        arabic.keys().copied().collect::<Vec<_>>(),
        ["few", "many", "one", "other", "two", "zero"]
    );
    assert_eq!(samples_by_form("zh").len(), 1);
    assert_eq!(samples_by_form("uk")["one"], ["1", "21"]);
    assert_eq!(samples_by_form("fr")["one"], ["0", "1", "1.5"]);
}
