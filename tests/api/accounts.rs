use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{location, spawn_app, texts};

#[tokio::test]
async fn the_profile_changes_language_and_email() {
    let app = spawn_app().await;
    app.sign_in_ok("inquilino@demo.test").await;
    let res = app
        .submit(
            "/profile",
            "/profile",
            &[("locale", "en"), ("email", "Giulia.Colombo@Example.org ")],
        )
        .await;
    assert_eq!(location(&res), "/profile?saved=profile");
    let (_, html) = app.page("/profile?saved=profile").await;
    // The push button's live region stays empty until it is pressed.
    let said: Vec<String> = texts(&html, "[role=status]")
        .into_iter()
        .filter(|t| !t.is_empty())
        .collect();
    assert_eq!(said, vec!["Changes saved."]);
    assert_eq!(
        crate::helpers::attr(&html, "html", "lang").as_deref(),
        Some("en")
    );
    assert_eq!(
        crate::helpers::attr(&html, "#email", "value").as_deref(),
        Some("giulia.colombo@example.org")
    );
    // The new address signs in; the old one no longer does.
    let other = app.visitor();
    let res = other.sign_in("giulia.colombo@example.org", "demo").await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let res = app.visitor().sign_in("inquilino@demo.test", "demo").await;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn bad_profile_input_is_explained_and_not_saved() {
    let app = spawn_app().await;
    app.sign_in_ok("inquilino@demo.test").await;
    let res = app
        .submit(
            "/profile",
            "/profile",
            &[("locale", "it"), ("email", "not an address")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text().await.unwrap();
    assert_eq!(
        texts(&html, "[role=alert]"),
        vec!["Questo indirizzo e-mail non sembra valido."]
    );
    let res = app
        .submit(
            "/profile",
            "/profile",
            &[("locale", "it"), ("email", "admin@demo.test")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert_eq!(
        texts(&res.text().await.unwrap(), "[role=alert]"),
        vec!["Questo indirizzo e-mail è già registrato."]
    );
    let res = app
        .submit("/profile", "/profile", &[("locale", "xx"), ("email", "")])
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let token = app.api_token("inquilino@demo.test", "demo").await;
    let me: Value = app
        .api_get("/api/v1/me", &token)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(me["email"], "inquilino@demo.test");
    assert_eq!(me["locale"], "it");
}

#[tokio::test]
async fn a_new_password_works_and_ends_the_other_sessions() {
    let app = spawn_app().await;
    let elsewhere = app.api_token("inquilino@demo.test", "demo").await;
    app.sign_in_ok("inquilino@demo.test").await;
    let res = app
        .submit(
            "/profile",
            "/profile/password",
            &[
                ("current", "wrong"),
                ("new", "una scala di marmo"),
                ("confirm", "una scala di marmo"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        texts(&res.text().await.unwrap(), "[role=alert]"),
        vec!["La password attuale non è corretta."]
    );
    let res = app
        .submit(
            "/profile",
            "/profile/password",
            &[("current", "demo"), ("new", "corta"), ("confirm", "corta")],
        )
        .await;
    assert_eq!(
        texts(&res.text().await.unwrap(), "[role=alert]"),
        vec!["La password deve avere almeno 8 caratteri."]
    );
    let res = app
        .submit(
            "/profile",
            "/profile/password",
            &[
                ("current", "demo"),
                ("new", "una scala di marmo"),
                ("confirm", "una scala di marmo"),
            ],
        )
        .await;
    assert_eq!(location(&res), "/profile?saved=password");
    // This browser stays signed in; the other device is out; the new password works.
    assert_eq!(app.get("/profile").await.status(), StatusCode::OK);
    assert_eq!(
        app.api_get("/api/v1/me", &elsewhere).await.status(),
        StatusCode::UNAUTHORIZED
    );
    app.api_token("inquilino@demo.test", "una scala di marmo")
        .await;
}

#[tokio::test]
async fn role_changes_take_effect_at_the_next_request() {
    let app = spawn_app().await;
    let token = app.api_token("inquilino@demo.test", "demo").await;
    let roles = |me: Value| -> Vec<String> {
        me["roles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["role"].as_str().unwrap().to_string())
            .collect()
    };
    let out = app.cli(&[
        "user",
        "grant",
        "inquilino@demo.test",
        "stair_delegate",
        "GUA12/A",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let me: Value = app
        .api_get("/api/v1/me", &token)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(roles(me), vec!["tenant", "stair_delegate"]);
    let out = app.cli(&[
        "user",
        "revoke",
        "inquilino@demo.test",
        "stair_delegate",
        "GUA12/A",
    ]);
    assert!(out.status.success());
    let me: Value = app
        .api_get("/api/v1/me", &token)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(roles(me), vec!["tenant"]);
    // The operator loses the desk as soon as the role goes.
    app.sign_in_ok("sportello@demo.test").await;
    assert_eq!(app.get("/desk/tenants/new").await.status(), StatusCode::OK);
    let out = app.cli(&[
        "user",
        "revoke",
        "sportello@demo.test",
        "operator",
        "CIN-SE",
    ]);
    assert!(out.status.success());
    assert_eq!(
        app.get("/desk/tenants/new").await.status(),
        StatusCode::NOT_FOUND
    );
}
