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
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    for path in [
        "/auth/login",
        "/auth/logout",
        "/me",
        "/categories",
        "/reports",
        "/reports/{ref}",
        "/reports/{ref}/events",
        "/media/{name}",
    ] {
        assert!(doc["paths"].get(path).is_some(), "{path} documented");
    }
}
