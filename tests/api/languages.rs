use portineria::i18n::LANGUAGES;
use reqwest::StatusCode;

use crate::helpers::{attr, location, spawn_app, texts, TestApp, DEMO_ACCOUNTS};

const MISSING: &str = "⟦";

async fn page_in(app: &TestApp, path: &str, accept: &str) -> String {
    let res = app
        .client
        .get(app.url(path))
        .header("accept-language", accept)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK, "{path}");
    res.text().await.unwrap()
}

/// The rent account each demo account opens: their own, or (the desk, the rent office) a
/// household's.
fn rent_page(email: &str) -> Option<&'static str> {
    match email {
        "inquilino@demo.test" | "referente@demo.test" => Some("/rent"),
        "sportello@demo.test" | "canoni.aler@demo.test" => Some("/rent?unit=GUA12-A-32"),
        _ => None,
    }
}

#[tokio::test]
async fn every_page_renders_in_every_language_with_no_missing_message() {
    let app = spawn_app().await;
    let italian_title = texts(&page_in(&app, "/login?lang=it", "").await, "h1");
    assert_eq!(italian_title, vec!["Accedi"]);
    for language in LANGUAGES {
        let lang = language.code;
        let dir = if lang == "ar" { "rtl" } else { "ltr" };
        for path in ["/login", "/activate"] {
            let html = page_in(&app, &format!("{path}?lang={lang}"), "").await;
            assert!(!html.contains(MISSING), "{lang} {path}");
            assert_eq!(attr(&html, "html", "lang").as_deref(), Some(lang));
            assert_eq!(attr(&html, "html", "dir").as_deref(), Some(dir), "{lang}");
            assert!(html.contains(r#"<link rel="manifest" href="/manifest.webmanifest">"#));
            if path == "/login" && lang != "it" {
                let title = texts(&html, "h1");
                assert!(
                    title.len() == 1 && !title[0].is_empty() && title != italian_title,
                    "{lang}: {title:?}"
                );
            }
        }
    }
    for email in DEMO_ACCOUNTS {
        let visitor = app.visitor();
        visitor.sign_in_ok(email).await;
        for lang in LANGUAGES.iter().map(|l| l.code) {
            visitor
                .submit("/", "/lang", &[("locale", lang), ("next", "/")])
                .await;
            for path in [
                "/",
                "/profile",
                "/board",
                "/board?archive=true",
                "/board/print",
                "/works",
                "/welcome",
                "/welcome/print",
                "/transparency",
                "/notices/new",
            ]
            .into_iter()
            .chain(rent_page(email))
            {
                let html = page_in(&visitor, path, "").await;
                assert!(!html.contains(MISSING), "{email} {lang} {path}");
                assert_eq!(
                    attr(&html, "html", "lang").as_deref(),
                    Some(lang),
                    "{email} {path}"
                );
            }
        }
    }
    let operator = app.visitor();
    operator.sign_in_ok("sportello@demo.test").await;
    for lang in LANGUAGES.iter().map(|l| l.code) {
        operator
            .submit("/", "/lang", &[("locale", lang), ("next", "/")])
            .await;
        let html = page_in(&operator, "/desk/tenants/new", "").await;
        assert!(!html.contains(MISSING), "{lang} desk");
        let res = operator
            .submit(
                "/desk/tenants/new",
                "/desk/tenants",
                &[
                    ("name", "Lin Wei"),
                    ("unit_code", "MOZ5-A-11"),
                    ("locale", lang),
                ],
            )
            .await;
        let html = res.text().await.unwrap();
        assert!(!html.contains(MISSING), "{lang} letter");
    }
}

#[tokio::test]
async fn the_language_comes_from_profile_then_query_then_cookie_then_browser() {
    let app = spawn_app().await;
    // Browser preference, weighted.
    let html = page_in(&app, "/login", "de-DE, en-GB;q=0.9, it;q=0.8").await;
    assert_eq!(attr(&html, "html", "lang").as_deref(), Some("en"));
    // Nothing we speak: Italian.
    let html = page_in(&app, "/login", "de, ja").await;
    assert_eq!(attr(&html, "html", "lang").as_deref(), Some("it"));
    // ?lang= beats the browser.
    let html = page_in(&app, "/login?lang=it", "en").await;
    assert_eq!(attr(&html, "html", "lang").as_deref(), Some("it"));
    // The switcher remembers the choice for visitors.
    let res = app
        .submit(
            "/login?lang=it",
            "/lang",
            &[("locale", "en"), ("next", "/login")],
        )
        .await;
    assert_eq!(location(&res), "/login");
    let html = page_in(&app, "/login", "it").await;
    assert_eq!(attr(&html, "html", "lang").as_deref(), Some("en"));
    // Signed in, the profile's language wins over everything.
    app.sign_in_ok("inquilino@demo.test").await;
    let html = page_in(&app, "/?lang=en", "en").await;
    assert_eq!(attr(&html, "html", "lang").as_deref(), Some("it"));
    // …and the switcher changes the profile.
    app.submit("/", "/lang", &[("locale", "en"), ("next", "/")])
        .await;
    let token = app.api_token("inquilino@demo.test", "demo").await;
    let me: serde_json::Value = app
        .api_get("/api/v1/me", &token)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(me["locale"], "en");
}

#[tokio::test]
async fn every_page_has_a_language_switcher_that_comes_back_to_it() {
    let app = spawn_app().await;
    let html = page_in(&app, "/activate?lang=en", "").await;
    assert_eq!(
        attr(&html, r#"form[action="/lang"] input[name="next"]"#, "value").as_deref(),
        Some("/activate")
    );
    // Each language in its own name and script, marked as such for screen readers.
    let buttons = texts(&html, r#"form[action="/lang"] button[name="locale"]"#);
    assert_eq!(
        buttons,
        vec![
            "Italiano",
            "English",
            "Română",
            "العربية",
            "Shqip",
            "中文",
            "Українська",
            "Español",
            "Français"
        ]
    );
    assert_eq!(
        attr(&html, r#"button[name="locale"][value="ar"]"#, "lang").as_deref(),
        Some("ar")
    );
    assert_eq!(
        attr(&html, r#"button[name="locale"][value="ar"]"#, "dir").as_deref(),
        Some("rtl")
    );
}
