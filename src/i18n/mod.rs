//! Interface languages: Fluent message files under `assets/locales/<lang>/`, compiled into the
//! binary, and the rules that choose one language for each request.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{LazyLock, RwLock};

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{static_loader, LanguageIdentifier, Loader};

#[cfg(test)]
mod coverage;
pub mod format;
pub mod gaps;
mod helper;
mod numbers;
#[cfg(test)]
mod plurals;
#[cfg(test)]
mod reviewed;
pub use helper::TranslateHelper;

static_loader! {
    static LOCALES = {
        locales: "./assets/locales",
        fallback_language: "it",
        // In a right-to-left language every value (a reference, a flat, a phone number, a
        // name) is wrapped in Unicode isolation marks, so "SEG-2026-000123" or "02 660 231"
        // keep their own direction inside Arabic text. Left-to-right pages isolate user text
        // with <bdi> and keep their messages free of invisible characters.
        customise: |bundle| {
            let rtl = bundle.locales.first().is_some_and(|l| {
                l.character_direction() == unic_langid::CharacterDirection::RTL
            });
            bundle.set_use_isolating(rtl);
            bundle.set_formatter(Some(numbers::write));
        },
    };
}

/// Each language's identifier, parsed once.
static LANGIDS: LazyLock<HashMap<&'static str, LanguageIdentifier>> = LazyLock::new(|| {
    LANGUAGES
        .iter()
        .map(|l| (l.code, Locale(l).parse_langid()))
        .collect()
});

/// Messages without arguments as formatted, by language.
static PLAIN: LazyLock<HashMap<&'static str, RwLock<HashMap<String, String>>>> =
    LazyLock::new(|| {
        LANGUAGES
            .iter()
            .map(|l| (l.code, RwLock::new(HashMap::new())))
            .collect()
    });

/// The interface languages, Italian first (the default and the fallback for missing messages),
/// then English and the languages most spoken on Lombard estates after Italian.
pub const LANGUAGES: &[Language] = &[
    Language::ltr("it", "Italiano"),
    Language::ltr("en", "English"),
    Language::ltr("ro", "Română"),
    // Dates and numbers in Arabic use Latin digits, as the references, flat numbers and phone
    // numbers around them do, and as tenants from Morocco write them.
    Language {
        code: "ar",
        native_name: "العربية",
        rtl: true,
        formats: "ar-u-nu-latn",
    },
    Language::ltr("sq", "Shqip"),
    Language::ltr("zh", "中文"),
    Language::ltr("uk", "Українська"),
    Language::ltr("es", "Español"),
    Language::ltr("fr", "Français"),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Language {
    pub code: &'static str,
    pub native_name: &'static str,
    pub rtl: bool,
    /// The locale ICU4X formats dates and numbers with (the code, with any extensions).
    #[serde(skip)]
    pub formats: &'static str,
}

impl Language {
    /// The value of `dir` for text in this language.
    pub fn dir(&self) -> &'static str {
        if self.rtl {
            "rtl"
        } else {
            "ltr"
        }
    }

    const fn ltr(code: &'static str, native_name: &'static str) -> Language {
        Language {
            code,
            native_name,
            rtl: false,
            formats: code,
        }
    }
}

/// The language chosen for one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale(&'static Language);

/// Name of the cookie the language switcher sets for visitors who are not signed in.
pub const LANG_COOKIE: &str = "lang";

/// Marks a message missing from every file, so tests and people notice it.
const MISSING: char = '⟦';

/// Messages that could not be formatted in the language asked for: missing there, or needing a
/// value the code did not pass. Shown in `/metrics`; the page checks in CI read every page in
/// every language and then expect 0.
static MESSAGE_ERRORS: AtomicU64 = AtomicU64::new(0);

pub fn message_errors() -> u64 {
    MESSAGE_ERRORS.load(Ordering::Relaxed)
}

impl Locale {
    pub const DEFAULT: Locale = Locale(&LANGUAGES[0]);

    /// Accepts a supported language code, ignoring region subtags (`en-GB` is `en`).
    pub fn from_code(code: &str) -> Option<Locale> {
        let primary = code.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        LANGUAGES.iter().find(|l| l.code == primary).map(Locale)
    }

    /// Profile first, then `?lang=`, then the switcher's cookie, then `Accept-Language`,
    /// then Italian.
    pub fn negotiate(asked: &Asked) -> Locale {
        [asked.profile, asked.query, asked.cookie]
            .into_iter()
            .flatten()
            .find_map(Locale::from_code)
            .or_else(|| asked.accept_language.and_then(accept_language))
            .unwrap_or(Locale::DEFAULT)
    }

    pub fn code(self) -> &'static str {
        self.0.code
    }

    pub fn language(self) -> &'static Language {
        self.0
    }

    pub fn dir(self) -> &'static str {
        self.0.dir()
    }

    fn langid(self) -> &'static LanguageIdentifier {
        LANGIDS
            .get(self.code())
            .expect("an identifier for every language")
    }

    fn parse_langid(self) -> LanguageIdentifier {
        self.0
            .code
            .parse()
            .expect("LANGUAGES holds valid language identifiers")
    }

    pub fn text(self, key: &str) -> String {
        self.text_with(key, &[])
    }

    pub fn text_with(self, key: &str, args: &[(&str, String)]) -> String {
        if args.is_empty() {
            return self.plain(key);
        }
        self.format(key, args)
    }

    /// A message without arguments: formatted once per language, as every page asks for the
    /// same few dozen.
    fn plain(self, key: &str) -> String {
        let formatted = PLAIN.get(self.code()).expect("a map for every language");
        if let Some(text) = formatted.read().ok().and_then(|m| m.get(key).cloned()) {
            return text;
        }
        let text = self.format(key, &[]);
        if !text.starts_with(MISSING) {
            if let Ok(mut m) = formatted.write() {
                m.insert(key.to_string(), text.clone());
            }
        }
        text
    }

    fn format(self, key: &str, args: &[(&str, String)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            // Numbers stay numbers, so plural forms ("1 persona", "2 persone") are chosen.
            .map(|(k, v)| (Cow::Owned(k.to_string()), numbers::argument(v)))
            .collect();
        match LOCALES.lookup_single_language(self.langid(), key, Some(&args)) {
            Ok(text) => text,
            Err(error) => {
                MESSAGE_ERRORS.fetch_add(1, Ordering::Relaxed);
                tracing::warn!(key, locale = self.code(), %error, "message not formatted");
                // Italian rather than nothing, while someone fixes the translation.
                LOCALES
                    .try_lookup_complete(self.langid(), key, Some(&args))
                    .unwrap_or_else(|| format!("{MISSING}{key}⟧"))
            }
        }
    }
}

/// Where a request says which language it wants; the web layer fills it in.
#[derive(Debug, Clone, Copy, Default)]
pub struct Asked<'a> {
    /// The signed-in person's saved choice.
    pub profile: Option<&'a str>,
    /// `?lang=` on the address.
    pub query: Option<&'a str>,
    /// The language switcher's cookie.
    pub cookie: Option<&'a str>,
    /// The browser's `Accept-Language` header.
    pub accept_language: Option<&'a str>,
}

/// Picks the supported language with the highest q-value from `Accept-Language`.
fn accept_language(header: &str) -> Option<Locale> {
    let mut best: Option<(f32, Locale)> = None;
    for part in header.split(',') {
        let mut pieces = part.split(';');
        let tag = pieces.next().unwrap_or("").trim();
        let q = pieces
            .find_map(|p| p.trim().strip_prefix("q="))
            .and_then(|q| q.parse::<f32>().ok())
            .unwrap_or(1.0);
        if let Some(locale) = Locale::from_code(tag) {
            if q > 0.0 && best.is_none_or(|(best_q, _)| q > best_q) {
                best = Some((q, locale));
            }
        }
    }
    best.map(|(_, l)| l)
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use fluent_syntax::ast::Entry;
    use fluent_templates::fluent_bundle::FluentResource;

    use super::*;

    /// The message ids of each file of a language, by file name.
    fn keys(lang: &str) -> BTreeMap<String, BTreeSet<String>> {
        let mut files = BTreeMap::new();
        for entry in std::fs::read_dir(format!("assets/locales/{lang}")).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            let resource = FluentResource::try_new(text)
                .unwrap_or_else(|_| panic!("{} parses without errors", path.display()));
            let ids = resource
                .entries()
                .filter_map(|entry| match entry {
                    Entry::Message(m) => Some(m.id.name.to_string()),
                    Entry::Term(t) => Some(format!("-{}", t.id.name)),
                    _ => None,
                })
                .collect();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            files.insert(name, ids);
        }
        files
    }

    /// Translators work area by area: every language has the same files as Italian, and each
    /// file the same messages.
    #[test]
    fn every_language_has_every_italian_message_in_the_same_file() {
        let italian = keys("it");
        assert!(italian.len() >= 4, "messages are split by area");
        assert!(
            italian.values().map(BTreeSet::len).sum::<usize>() > 50,
            "the Italian files are the reference"
        );
        for lang in LANGUAGES.iter().skip(1) {
            let other = keys(lang.code);
            assert_eq!(
                other.keys().collect::<Vec<_>>(),
                italian.keys().collect::<Vec<_>>(),
                "{} has the same files as Italian",
                lang.code
            );
            for (file, ids) in &italian {
                let theirs = &other[file];
                let missing: Vec<_> = ids.difference(theirs).collect();
                assert!(missing.is_empty(), "{}/{file} lacks {missing:?}", lang.code);
                let extra: Vec<_> = theirs.difference(ids).collect();
                assert!(
                    extra.is_empty(),
                    "{}/{file} has unknown {extra:?}",
                    lang.code
                );
            }
        }
    }

    #[test]
    fn negotiation_order_is_profile_query_cookie_header_default() {
        let asked = Asked {
            profile: Some("it"),
            query: Some("en"),
            cookie: None,
            accept_language: Some("it"),
        };
        assert_eq!(Locale::negotiate(&asked).code(), "it");
        let asked = Asked {
            profile: None,
            ..asked
        };
        assert_eq!(Locale::negotiate(&asked).code(), "en");
        let asked = Asked {
            accept_language: Some("de-DE, en-GB;q=0.8, it;q=0.5"),
            ..Asked::default()
        };
        assert_eq!(Locale::negotiate(&asked).code(), "en");
        let asked = Asked {
            accept_language: Some("ar-MA, fr;q=0.7"),
            ..Asked::default()
        };
        assert_eq!(Locale::negotiate(&asked).code(), "ar");
        let asked = Asked {
            cookie: Some("xx"),
            accept_language: Some("de, ja"),
            ..Asked::default()
        };
        assert_eq!(Locale::negotiate(&asked).code(), "it");
    }

    #[test]
    fn numbers_choose_plural_forms() {
        let en = Locale::from_code("en").unwrap();
        assert_eq!(
            en.text_with("home-units-count", &[("count", "1".into())]),
            "1 flat"
        );
        assert_eq!(
            en.text_with("home-units-count", &[("count", "28".into())]),
            "28 flats"
        );
    }

    #[test]
    fn missing_messages_are_marked() {
        assert!(Locale::DEFAULT.text("no-such-message").starts_with(MISSING));
    }
}
