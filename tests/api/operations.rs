use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::spawn_app;

#[tokio::test]
async fn health_readiness_and_metrics_answer() {
    let app = spawn_app().await;
    assert_eq!(app.get("/healthz").await.status(), StatusCode::OK);
    let ready = app.get("/readyz").await;
    assert_eq!(ready.status(), StatusCode::OK);
    app.get("/login").await;
    app.sign_in("inquilino@demo.test", "wrong").await;
    let metrics = app.get("/metrics").await;
    assert!(metrics.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/plain"));
    let text = metrics.text().await.unwrap();
    for needle in [
        r#"portineria_http_requests_total{method="GET",route="/login",status="200"}"#,
        r#"portineria_http_requests_total{method="POST",route="/login",status="401"}"#,
        r#"portineria_http_request_duration_seconds_bucket{method="GET",route="/login",status="200",le="0.1"}"#,
        "portineria_db_pool_connections",
        "portineria_db_pool_idle_connections",
        "portineria_outbox_backlog 0",
    ] {
        assert!(text.contains(needle), "{needle} missing from\n{text}");
    }
}

#[tokio::test]
async fn the_web_app_files_are_served() {
    let app = spawn_app().await;
    let cases = [
        ("/manifest.webmanifest", "application/manifest+json"),
        ("/sw.js", "text/javascript"),
        ("/static/app.css", "text/css"),
        ("/static/app.js", "text/javascript"),
        ("/static/icon.svg", "image/svg+xml"),
    ];
    for (path, mime) in cases {
        let res = app.get(path).await;
        assert_eq!(res.status(), StatusCode::OK, "{path}");
        let got = res.headers()["content-type"].to_str().unwrap().to_string();
        assert!(
            got.starts_with(mime)
                || (mime == "text/javascript" && got.starts_with("application/javascript")),
            "{path}: {got}"
        );
    }
    let manifest: Value = app.get("/manifest.webmanifest").await.json().await.unwrap();
    assert_eq!(manifest["start_url"], "/");
    assert_eq!(manifest["display"], "standalone");
    assert_eq!(manifest["short_name"], "Portineria");
    // Installable: PNG icons of 192 and 512 pixels, one maskable, that load and are what they say.
    let icons = manifest["icons"].as_array().unwrap();
    for (size, purpose) in [(192, "any"), (512, "any"), (512, "maskable")] {
        let icon = icons
            .iter()
            .find(|i| i["sizes"] == format!("{size}x{size}") && i["purpose"] == purpose)
            .unwrap_or_else(|| panic!("a {purpose} icon of {size} px"));
        let bytes = app
            .get(icon["src"].as_str().unwrap())
            .await
            .bytes()
            .await
            .unwrap();
        let image = image::load_from_memory(&bytes).expect("a PNG");
        assert_eq!((image.width(), image.height()), (size, size));
    }
    // The manifest speaks the visitor's language.
    let english: Value = app
        .client
        .get(app.url("/manifest.webmanifest"))
        .header("accept-language", "en")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(english["name"], "Portineria — your estate");
    assert_eq!(manifest["name"], "Portineria — il tuo quartiere");
    // Pages load static files at versioned addresses, cached for a year; the service worker
    // precaches exactly those addresses, and the offline page.
    let (_, login) = app.page("/login").await;
    let css = crate::helpers::attr(&login, r#"link[rel="stylesheet"]"#, "href").unwrap();
    assert!(css.starts_with("/static/app.css?v="), "{css}");
    let res = app.get(&css).await;
    assert_eq!(
        res.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    let stale = app.get("/static/app.css?v=000000").await;
    assert_eq!(stale.headers()["cache-control"], "public, max-age=3600");
    let worker = app.get("/sw.js").await.text().await.unwrap();
    assert!(
        worker.contains(&format!("\"{css}\"")),
        "the worker precaches {css}"
    );
    assert!(!worker.contains("__PRECACHE__") && !worker.contains("__RELEASE__"));
    assert_eq!(app.get("/offline").await.status(), StatusCode::OK);
    assert_eq!(
        app.get("/static/../Cargo.toml").await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/static/nothing.css").await.status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_api_is_described_by_openapi() {
    let app = spawn_app().await;
    let doc: Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1."));
    // Every operation answers with bodies the document describes, and says how to sign in.
    let mut ids = std::collections::BTreeSet::new();
    for (path, operations) in doc["paths"].as_object().unwrap() {
        for (method, operation) in operations.as_object().unwrap() {
            let id = operation["operationId"].as_str().unwrap();
            assert!(ids.insert(id), "{method} {path}: operationId {id} twice");
            let responses = operation["responses"].as_object().unwrap();
            assert!(
                responses.keys().any(|s| s.starts_with('2')),
                "{method} {path}"
            );
            for (status, response) in responses {
                let response = match response["$ref"].as_str() {
                    Some(name) => {
                        let name = name.strip_prefix("#/components/responses/").unwrap();
                        &doc["components"]["responses"][name]
                    }
                    None => response,
                };
                let content = &response["content"];
                let described = content["application/json"]["schema"].is_object()
                    || content["image/jpeg"].is_object()
                    || content["application/zip"].is_object();
                assert!(
                    status == "204" || described,
                    "{method} {path} {status}: {response}"
                );
            }
            let signed = operation["security"][0]["bearer"].is_array();
            // Signing in, and the public key browsers subscribe to push with, need no token;
            // a landlord's system pushes its rent file with its organisation's key instead.
            let public = ["/auth/login", "/push/key"].contains(&path.as_str());
            let keyed = path == "/rent/import";
            assert_eq!(signed, !public && !keyed, "{method} {path} security");
            assert_eq!(
                operation["security"][0]["api_key"].is_array(),
                keyed,
                "{method} {path} key"
            );
        }
    }
    // Every schema it names is in it.
    let text = doc.to_string();
    for name in text.split("\"#/components/schemas/").skip(1) {
        let name = name.split('"').next().unwrap();
        assert!(doc["components"]["schemas"][name].is_object(), "{name}");
    }
    // Every route the API registers is documented (parameter names aside).
    let shape = |path: &str| {
        path.split('/')
            .map(|part| if part.starts_with('{') { "{}" } else { part })
            .collect::<Vec<_>>()
            .join("/")
    };
    let documented: Vec<(String, &Value)> = doc["paths"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(path, operations)| (shape(path), operations))
        .collect();
    let routes = include_str!("../../src/web/api/mod.rs");
    let registered: Vec<(&str, &str)> = routes
        .split(".route(")
        .skip(1)
        .filter_map(|rest| {
            let path = rest.trim_start().strip_prefix('"')?.split('"').next()?;
            let method = rest.split("web::").nth(1)?.split('(').next()?;
            Some((path, method))
        })
        .collect();
    assert!(registered.len() >= 20, "{registered:?}");
    for (path, method) in registered {
        let operations = documented
            .iter()
            .find(|(shape_of, _)| *shape_of == shape(path))
            .map(|(_, operations)| *operations);
        assert!(
            path == "/openapi.json" || operations.is_some_and(|o| o.get(method).is_some()),
            "{method} {path} documented"
        );
    }
}

/// Pages share their frame (header, menu, footer), which is kept once rendered: each visit
/// still gets its own session's token, its own address to come back to, its own menu and
/// language.
#[tokio::test]
async fn every_page_gets_its_own_frame() {
    let app = spawn_app().await;
    let tenant = app.visitor();
    tenant.sign_in_ok("inquilino@demo.test").await;
    let desk = app.visitor();
    desk.sign_in_ok("sportello@demo.test").await;
    let frame = |html: &str| {
        (
            crate::helpers::attr(html, r#"form[action="/logout"] input[name=_csrf]"#, "value"),
            crate::helpers::attr(html, ".language-switcher input[name=next]", "value"),
            crate::helpers::texts(html, "nav a"),
            crate::helpers::attr(html, "html", "lang"),
        )
    };
    let mut seen = vec![];
    for (who, path) in [
        (&tenant, "/board"),
        (&tenant, "/board"),
        (&tenant, "/works"),
        (&desk, "/board"),
        (&desk, "/board?archive=true"),
    ] {
        let (_, html) = who.page(path).await;
        let (csrf, next, menu, lang) = frame(&html);
        let form_csrf = crate::helpers::attr(&html, "#notice-actions input[name=_csrf]", "value");
        assert_eq!(csrf, form_csrf, "{path}: the frame's token is the page's");
        assert_eq!(next.as_deref(), Some(path), "{path}");
        assert_eq!(lang.as_deref(), Some("it"));
        seen.push((csrf, menu));
    }
    assert_eq!(seen[0], seen[1], "the same visit, the same frame");
    assert_ne!(seen[0].0, seen[3].0, "each session its own token");
    assert!(
        seen[3].1.iter().any(|item| item.contains("Registra")),
        "the desk's menu: {:?}",
        seen[3].1
    );
    assert!(!seen[0].1.iter().any(|item| item.contains("Registra")));
    // In English, the same page in an English frame.
    tenant
        .submit("/board", "/lang", &[("locale", "en"), ("next", "/board")])
        .await;
    let (_, html) = tenant.page("/board").await;
    let (_, _, menu, lang) = frame(&html);
    assert_eq!(lang.as_deref(), Some("en"));
    assert!(menu.contains(&"Notice board".to_string()), "{menu:?}");
}
