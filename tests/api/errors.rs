use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{spawn_app, texts};

#[tokio::test]
async fn unknown_pages_get_a_localized_404_page() {
    let app = spawn_app().await;
    for (lang, text) in [("it", "Pagina non trovata"), ("en", "Page not found")] {
        let res = app.get(&format!("/no/such/page?lang={lang}")).await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND);
        let html = res.text().await.unwrap();
        assert!(texts(&html, "[role=alert]")[0].starts_with(text), "{html}");
        assert_eq!(
            crate::helpers::attr(&html, "html", "lang").as_deref(),
            Some(lang)
        );
    }
}

#[tokio::test]
async fn api_errors_are_json_with_a_code_and_a_localized_message() {
    let app = spawn_app().await;
    let res = reqwest::Client::new()
        .get(app.url("/api/v1/no-such-thing"))
        .header("accept-language", "en")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], "not_found");
    assert_eq!(
        body["error"]["message"],
        "Page not found, or you do not have permission to see it."
    );

    let res = reqwest::Client::new()
        .get(app.url("/api/v1/me"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], "unauthenticated");

    for bad in [
        r#"{"email": "x"}"#,
        "not json",
        r#"{"email": 1, "password": []}"#,
    ] {
        let res = reqwest::Client::new()
            .post(app.url("/api/v1/auth/login"))
            .header("content-type", "application/json")
            .body(bad)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        let body: Value = res.json().await.unwrap();
        assert_eq!(body["error"]["code"], "invalid", "{bad}");
        assert_eq!(
            body["error"]["message"],
            "La richiesta non è un JSON valido o mancano dei campi."
        );
    }
    let huge = format!(r#"{{"email": "{}", "password": "x"}}"#, "a".repeat(100_000));
    let res = reqwest::Client::new()
        .post(app.url("/api/v1/auth/login"))
        .header("content-type", "application/json")
        .body(huge)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn malformed_forms_get_a_clear_4xx() {
    let app = spawn_app().await;
    let (_, html) = app.page("/login").await;
    let token = crate::helpers::csrf_of(&html);
    // A form missing its fields.
    let res = app
        .client
        .post(app.url("/login"))
        .form(&[("_csrf", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("Il modulo inviato non è completo"));
    // A form far too large.
    let big = "x".repeat(200_000);
    let res = app
        .client
        .post(app.url("/login"))
        .form(&[
            ("_csrf", token.as_str()),
            ("login", big.as_str()),
            ("password", "p"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
}

/// Found by schemathesis: a page number near the top of i64 overflowed the offset (a panic in
/// a debug build, a negative offset in release). The last page of anything is just empty.
#[tokio::test]
async fn huge_page_numbers_give_empty_pages_not_errors() {
    let app = spawn_app().await;
    let huge = i64::MAX;
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let technician = app.api_token("tecnico.aler@demo.test", "demo").await;
    for (path, token) in [
        (format!("/api/v1/notices?page={huge}"), &tenant),
        (format!("/api/v1/queue?page={huge}"), &technician),
    ] {
        let res = app.api_get(&path, token).await;
        assert_eq!(res.status(), StatusCode::OK, "GET {path}");
    }
}
