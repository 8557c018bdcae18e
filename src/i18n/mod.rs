//! Interface languages: Fluent message files under `assets/locales/<lang>/`, compiled into the
//! binary, and the rules that choose one language for each request.

use std::borrow::Cow;
use std::collections::HashMap;

use actix_web::HttpRequest;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{static_loader, LanguageIdentifier, Loader};

mod helper;
pub use helper::TranslateHelper;

static_loader! {
    static LOCALES = {
        locales: "./assets/locales",
        fallback_language: "it",
        // Values are inserted in HTML templates, where Unicode isolation marks would only get
        // in the way of escaping and of tests; pages isolate user text with <bdi> instead.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The interface languages, Italian first (the default and the fallback for missing messages).
pub const LANGUAGES: &[Language] = &[
    Language {
        code: "it",
        native_name: "Italiano",
        rtl: false,
    },
    Language {
        code: "en",
        native_name: "English",
        rtl: false,
    },
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Language {
    pub code: &'static str,
    pub native_name: &'static str,
    pub rtl: bool,
}

/// The language chosen for one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale(&'static Language);

/// Name of the cookie the language switcher sets for visitors who are not signed in.
pub const LANG_COOKIE: &str = "lang";

/// Marks a message missing from every file, so tests and people notice it.
const MISSING: char = '⟦';

impl Locale {
    pub const DEFAULT: Locale = Locale(&LANGUAGES[0]);

    /// Accepts a supported language code, ignoring region subtags (`en-GB` is `en`).
    pub fn from_code(code: &str) -> Option<Locale> {
        let primary = code.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        LANGUAGES.iter().find(|l| l.code == primary).map(Locale)
    }

    /// Profile first, then `?lang=`, then the switcher's cookie, then `Accept-Language`,
    /// then Italian.
    pub fn negotiate(req: &HttpRequest, profile: Option<&str>) -> Locale {
        profile
            .and_then(Locale::from_code)
            .or_else(|| query_lang(req).and_then(|l| Locale::from_code(&l)))
            .or_else(|| {
                req.cookie(LANG_COOKIE)
                    .and_then(|c| Locale::from_code(c.value()))
            })
            .or_else(|| accept_language(req))
            .unwrap_or(Locale::DEFAULT)
    }

    pub fn code(self) -> &'static str {
        self.0.code
    }

    pub fn dir(self) -> &'static str {
        if self.0.rtl {
            "rtl"
        } else {
            "ltr"
        }
    }

    fn langid(self) -> LanguageIdentifier {
        self.0
            .code
            .parse()
            .expect("LANGUAGES holds valid language identifiers")
    }

    pub fn text(self, key: &str) -> String {
        self.text_with(key, &[])
    }

    pub fn text_with(self, key: &str, args: &[(&str, String)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(k, v)| {
                // Numbers stay numbers, so plural forms ("1 persona", "2 persone") are chosen.
                let value = match v.parse::<i64>() {
                    Ok(n) => FluentValue::from(n),
                    Err(_) => FluentValue::from(v.clone()),
                };
                (Cow::Owned(k.to_string()), value)
            })
            .collect();
        LOCALES
            .try_lookup_complete(&self.langid(), key, Some(&args))
            .unwrap_or_else(|| {
                tracing::warn!(key, locale = self.code(), "missing message");
                format!("{MISSING}{key}⟧")
            })
    }
}

fn query_lang(req: &HttpRequest) -> Option<String> {
    url::form_urlencoded::parse(req.query_string().as_bytes())
        .find(|(k, _)| k == "lang")
        .map(|(_, v)| v.into_owned())
}

/// Picks the supported language with the highest q-value from `Accept-Language`.
fn accept_language(req: &HttpRequest) -> Option<Locale> {
    let header = req.headers().get("accept-language")?.to_str().ok()?;
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
    use super::*;
    use actix_web::test::TestRequest;

    fn keys(lang: &str) -> std::collections::BTreeSet<String> {
        let dir = format!("assets/locales/{lang}");
        let mut keys = std::collections::BTreeSet::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            fluent_templates::fluent_bundle::FluentResource::try_new(text.clone())
                .expect("message files parse without errors");
            // A message starts a line with its identifier; comments and continuations do not.
            for line in text.lines() {
                if let Some((id, _)) = line.split_once(" =") {
                    if id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                        && line.starts_with(|c: char| c.is_ascii_alphabetic())
                    {
                        keys.insert(id.to_string());
                    }
                }
            }
        }
        keys
    }

    #[test]
    fn every_language_has_every_italian_message() {
        let italian = keys("it");
        assert!(italian.len() > 50, "the Italian file is the reference");
        for lang in LANGUAGES.iter().skip(1) {
            let other = keys(lang.code);
            let missing: Vec<_> = italian.difference(&other).collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", lang.code);
            let extra: Vec<_> = other.difference(&italian).collect();
            assert!(extra.is_empty(), "{} has unknown {extra:?}", lang.code);
        }
    }

    #[test]
    fn negotiation_order_is_profile_query_cookie_header_default() {
        let req = TestRequest::default()
            .uri("/?lang=en")
            .insert_header(("accept-language", "it"))
            .to_http_request();
        assert_eq!(Locale::negotiate(&req, Some("it")).code(), "it");
        assert_eq!(Locale::negotiate(&req, None).code(), "en");
        let req = TestRequest::default()
            .insert_header(("accept-language", "fr-FR, en-GB;q=0.8, it;q=0.5"))
            .to_http_request();
        assert_eq!(Locale::negotiate(&req, None).code(), "en");
        let req = TestRequest::default()
            .insert_header(("accept-language", "de, fr"))
            .to_http_request();
        assert_eq!(Locale::negotiate(&req, None).code(), "it");
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
