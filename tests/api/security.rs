//! What every response tells the browser, on every kind of page: a content security policy
//! with no inline script or style and no framing, no content sniffing, no referrer to other
//! sites, no camera or location; HSTS and secure cookies on an https site only.

use reqwest::header::HeaderMap;
use reqwest::StatusCode;

use crate::helpers::{attr, spawn_app, spawn_app_with, TestApp};

fn assert_guarded(what: &str, headers: &HeaderMap) {
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_else(|| panic!("{what}: no {name}"))
            .to_string()
    };
    let csp = header("content-security-policy");
    for directive in [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "frame-ancestors 'none'",
        "object-src 'none'",
    ] {
        assert!(csp.contains(directive), "{what}: {csp}");
    }
    assert!(
        !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"),
        "{what}: {csp}"
    );
    assert_eq!(header("x-content-type-options"), "nosniff", "{what}");
    assert_eq!(header("referrer-policy"), "same-origin", "{what}");
    let permissions = header("permissions-policy");
    for feature in ["camera=()", "microphone=()", "geolocation=()"] {
        assert!(permissions.contains(feature), "{what}: {permissions}");
    }
}

/// Every kind of response the portal gives: pages signed in and out, errors, the API, static
/// files, photos, feeds, the web app's files, health and metrics.
async fn every_kind(app: &TestApp) -> Vec<(String, reqwest::Response)> {
    let tenant = app.visitor();
    tenant.sign_in_ok("inquilino@demo.test").await;
    let (_, report) = tenant.page("/reports/SEG-2026-000005").await;
    let (_, board) = tenant.page("/board").await;
    let feed = attr(&board, "#feed-url", "value").unwrap();
    let feed = feed
        .trim_start_matches("http://portineria.test")
        .to_string();
    let token = app.api_token("inquilino@demo.test", "demo").await;
    let mut all = vec![];
    for path in [
        "/login",
        "/activate",
        "/offline",
        "/no-such-page",
        "/healthz",
        "/readyz",
        "/summary",
    ] {
        all.push((path.to_string(), app.get(path).await));
    }
    for path in [
        "/",
        "/reports/new",
        "/board/print",
        "/welcome",
        "/notices/1/print",
    ] {
        all.push((path.to_string(), tenant.get(path).await));
    }
    all.push((
        "/reports/SEG-2026-000005".into(),
        tenant.get("/reports/SEG-2026-000005").await,
    ));
    if let Some(photo) = attr(&report, ".photos img", "src") {
        all.push((photo.clone(), tenant.get(&photo).await));
    }
    for path in [
        "/static/app.css",
        "/static/app.js",
        "/static/icon.svg",
        "/sw.js",
        "/manifest.webmanifest",
        "/metrics",
    ] {
        all.push((path.to_string(), app.get(path).await));
    }
    all.push((feed.clone(), app.get(&feed).await));
    all.push((
        "/api/v1/reports".into(),
        app.api_get("/api/v1/reports", &token).await,
    ));
    all.push(("/api/v1/me (no token)".into(), app.get("/api/v1/me").await));
    all
}

#[tokio::test]
async fn every_kind_of_response_carries_the_security_headers() {
    let app = spawn_app().await;
    for (what, res) in every_kind(&app).await {
        assert!(res.status() != StatusCode::INTERNAL_SERVER_ERROR, "{what}");
        assert_guarded(&what, res.headers());
        // Plain http (a test, a machine's own address): no HSTS, which would lock it out.
        assert!(
            res.headers().get("strict-transport-security").is_none(),
            "{what}"
        );
        let html = res
            .headers()
            .get("content-type")
            .is_some_and(|t| t.to_str().unwrap_or("").starts_with("text/html"));
        if html {
            // The policy forbids inline code and style; pages have none to lose.
            let body = res.text().await.unwrap();
            let doc = scraper::Html::parse_document(&body);
            for (selector, rule) in [
                ("script:not([src])", "inline script"),
                ("[style]", "style attribute"),
                ("style", "style element"),
                (
                    "[onclick], [onload], [onsubmit], [onchange]",
                    "inline handler",
                ),
            ] {
                let found = doc
                    .select(&scraper::Selector::parse(selector).unwrap())
                    .count();
                assert_eq!(found, 0, "{what}: {rule}");
            }
        }
    }
}

#[tokio::test]
async fn an_https_site_asks_for_https_only_and_its_cookies_travel_only_there() {
    let app = spawn_app_with(|c| c.base_url = "https://portineria.example".into()).await;
    let res = app.get("/login").await;
    assert_eq!(
        res.headers()["strict-transport-security"],
        "max-age=31536000; includeSubDomains"
    );
    let cookies: Vec<String> = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|c| c.to_str().unwrap().to_string())
        .collect();
    assert!(!cookies.is_empty());
    for cookie in &cookies {
        assert!(
            cookie.contains("Secure") && cookie.contains("HttpOnly"),
            "{cookie}"
        );
    }
}

#[tokio::test]
async fn every_cookie_is_out_of_scripts_reach_and_stays_on_this_site() {
    let app = spawn_app().await;
    let visitor = app.visitor();
    let mut cookies = vec![];
    let res = visitor.get("/login").await;
    cookies.extend(res.headers().get_all("set-cookie").iter().cloned());
    let res = visitor
        .submit("/login", "/lang", &[("locale", "en"), ("next", "/login")])
        .await;
    cookies.extend(res.headers().get_all("set-cookie").iter().cloned());
    let res = visitor
        .submit(
            "/login",
            "/display",
            &[("toggle", "large"), ("next", "/login")],
        )
        .await;
    cookies.extend(res.headers().get_all("set-cookie").iter().cloned());
    let res = visitor.sign_in("inquilino@demo.test", "demo").await;
    cookies.extend(res.headers().get_all("set-cookie").iter().cloned());
    let names: Vec<String> = cookies
        .iter()
        .map(|c| c.to_str().unwrap().split('=').next().unwrap().to_string())
        .collect();
    for name in ["csrf", "lang", "display", "portineria_session"] {
        assert!(names.iter().any(|n| n == name), "{name} in {names:?}");
    }
    for cookie in cookies {
        let cookie = cookie.to_str().unwrap();
        assert!(cookie.contains("HttpOnly"), "{cookie}");
        assert!(
            cookie.contains("SameSite=Lax") || cookie.contains("SameSite=Strict"),
            "{cookie}"
        );
        // Plain http here: a Secure cookie would never come back.
        assert!(!cookie.contains("Secure"), "{cookie}");
    }
}
