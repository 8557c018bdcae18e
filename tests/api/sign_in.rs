use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::helpers::{location, spawn_app, texts, DEMO_ACCOUNTS, SECRET};

/// What each demo account's home page must show, besides its name.
fn home_marker(email: &str) -> &'static str {
    match email {
        "inquilino@demo.test" => "GUA12-A-21",
        "referente@demo.test" => "Sei referente della Scala A",
        "sportello@demo.test" => "Sportello — Quartiere Sant'Eusebio",
        "tecnico.aler@demo.test" => "ALER Milano",
        "tecnico.comune@demo.test" => "Comune di Cinisello Balsamo",
        "responsabile.aler@demo.test" => "Davide Brambilla",
        "canoni.aler@demo.test" => "Ufficio canoni — ALER Milano",
        "admin@demo.test" => "Installazione",
        _ => unreachable!(),
    }
}

#[tokio::test]
async fn every_demo_account_signs_in_by_form_and_sees_its_own_home() {
    let app = spawn_app().await;
    for email in DEMO_ACCOUNTS {
        let app = app.visitor();
        app.sign_in_ok(email).await;
        let (status, html) = app.page("/").await;
        assert_eq!(status, StatusCode::OK);
        let main = texts(&html, "main").join(" ");
        assert!(main.contains(home_marker(email)), "{email}: {main}");
    }
}

#[tokio::test]
async fn every_demo_account_gets_a_token_and_its_roles_from_the_api() {
    let app = spawn_app().await;
    let expected = [
        ("inquilino@demo.test", vec![("tenant", "unit")]),
        (
            "referente@demo.test",
            vec![("tenant", "unit"), ("stair_delegate", "stair")],
        ),
        ("sportello@demo.test", vec![("operator", "estate")]),
        (
            "tecnico.aler@demo.test",
            vec![("technician", "organisation")],
        ),
        (
            "tecnico.comune@demo.test",
            vec![("technician", "organisation")],
        ),
        (
            "responsabile.aler@demo.test",
            vec![("manager", "organisation")],
        ),
    ];
    for (email, roles) in expected {
        let token = app.api_token(email, "demo").await;
        let me: Value = app
            .api_get("/api/v1/me", &token)
            .await
            .json()
            .await
            .unwrap();
        let got: Vec<(String, String)> = me["roles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["role"].as_str().unwrap().into(),
                    r["scope_type"].as_str().unwrap().into(),
                )
            })
            .collect();
        let want: Vec<(String, String)> = roles
            .iter()
            .map(|(r, s)| (r.to_string(), s.to_string()))
            .collect();
        assert_eq!(got, want, "{email}");
        assert_eq!(me["locale"], "it");
        assert!(me["id"].is_i64() && me["name"].is_string());
    }
    let token = app.api_token("admin@demo.test", "demo").await;
    let me: Value = app
        .api_get("/api/v1/me", &token)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        me["roles"],
        json!([{"role": "admin", "scope_type": null, "scope_id": null}])
    );
}

#[tokio::test]
async fn wrong_password_and_unknown_account_get_the_same_localized_answer() {
    let app = spawn_app().await;
    let wrong = app.sign_in("inquilino@demo.test", "not-the-password").await;
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
    assert!(wrong
        .headers()
        .get("set-cookie")
        .is_none_or(|c| { !c.to_str().unwrap().contains("portineria_session") }));
    let wrong = texts(&wrong.text().await.unwrap(), "[role=alert]");
    let unknown = app.sign_in("nobody@demo.test", "whatever").await;
    assert_eq!(unknown.status(), StatusCode::UNAUTHORIZED);
    let unknown = texts(&unknown.text().await.unwrap(), "[role=alert]");
    assert_eq!(wrong, unknown);
    assert_eq!(wrong, vec!["E-mail, nome utente o password non corretti."]);

    // The API answers alike, in the language asked for.
    for email in ["inquilino@demo.test", "nobody@demo.test"] {
        let res = app
            .client
            .post(app.url("/api/v1/auth/login"))
            .header("accept-language", "en")
            .json(&json!({"email": email, "password": "nope"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
        let body: Value = res.json().await.unwrap();
        assert_eq!(body["error"]["code"], "bad_credentials");
        assert_eq!(
            body["error"]["message"],
            "Wrong e-mail, username or password."
        );
    }
    let (_, home) = app.page("/").await;
    assert!(home.is_empty(), "still signed out");
}

#[tokio::test]
async fn repeated_failures_lock_the_account_for_a_while() {
    let app = spawn_app().await;
    for _ in 0..5 {
        let res = app.sign_in("referente@demo.test", "guess").await;
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    }
    // Even the right password waits now: the guesser cannot tell when they hit it.
    let res = app.sign_in("referente@demo.test", "demo").await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    let alert = texts(&res.text().await.unwrap(), "[role=alert]");
    assert_eq!(
        alert,
        vec!["Troppi tentativi. Aspetta qualche minuto e riprova."]
    );
    // Other accounts are not affected.
    app.sign_in_ok("inquilino@demo.test").await;
}

#[tokio::test]
async fn a_form_without_its_csrf_token_is_refused_and_nothing_happens() {
    let app = spawn_app().await;
    app.page("/login").await;
    let res = app
        .client
        .post(app.url("/login"))
        .form(&[("login", "inquilino@demo.test"), ("password", "demo")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert!(res.headers().get("set-cookie").is_none());
    let body = res.text().await.unwrap();
    assert!(body.contains("Il modulo è scaduto"), "{body}");
    let forged = app
        .client
        .post(app.url("/login"))
        .form(&[
            ("_csrf", "0".repeat(64).as_str()),
            ("login", "inquilino@demo.test"),
            ("password", "demo"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    let (_, home) = app.page("/").await;
    assert!(home.is_empty(), "not signed in");
}

#[tokio::test]
async fn pages_need_a_session_and_sign_in_returns_to_them() {
    let app = spawn_app().await;
    let res = app.get("/profile").await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), "/login?next=%2Fprofile");
    let (_, form) = app.page("/login?next=%2Fprofile").await;
    let token = crate::helpers::csrf_of(&form);
    let res = app
        .client
        .post(app.url("/login"))
        .form(&[
            ("_csrf", token.as_str()),
            ("login", "inquilino@demo.test"),
            ("password", "demo"),
            ("next", "/profile"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(location(&res), "/profile");
    let cookie = res
        .headers()
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    // An absolute next= is never followed off the site.
    let res = app
        .client
        .post(app.url("/login"))
        .form(&[
            ("_csrf", token.as_str()),
            ("login", "inquilino@demo.test"),
            ("password", "demo"),
            ("next", "//evil.example/"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(location(&res), "/");
}

fn forge(sub: &str, sid: &str, exp: i64, secret: &str) -> String {
    let claims = json!({"sub": sub, "sid": sid, "iat": exp - 100, "exp": exp});
    jsonwebtoken::encode(
        &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
        &claims,
        &jsonwebtoken::EncodingKey::from_secret(secret.as_bytes()),
    )
    .unwrap()
}

#[tokio::test]
async fn tampered_expired_and_foreign_tokens_are_refused() {
    let app = spawn_app().await;
    let token = app.api_token("inquilino@demo.test", "demo").await;
    let me: Value = app
        .api_get("/api/v1/me", &token)
        .await
        .json()
        .await
        .unwrap();
    let user = me["id"].to_string();

    let mut tampered = token.clone();
    tampered.pop();
    tampered.push(if token.ends_with('A') { 'B' } else { 'A' });
    let now = chrono::Utc::now().timestamp();
    let cases = [
        ("tampered", tampered),
        ("expired", forge(&user, "any", now - 10, SECRET)),
        (
            "other key",
            forge(
                &user,
                "any",
                now + 600,
                "another-secret-another-secret-another!!",
            ),
        ),
        (
            "no such session",
            forge(&user, "made-up-session", now + 600, SECRET),
        ),
        ("garbage", "not.a.token".to_string()),
    ];
    for (name, bad) in cases {
        let res = app.api_get("/api/v1/me", &bad).await;
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED, "{name}");
        let body: Value = res.json().await.unwrap();
        assert_eq!(body["error"]["code"], "unauthenticated", "{name}");
        assert_eq!(
            body["error"]["message"], "Devi accedere per continuare.",
            "{name}"
        );
        // The same token as a page cookie leads to the sign-in page.
        let res = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap()
            .get(app.url("/"))
            .header("cookie", format!("portineria_session={bad}"))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "{name}");
        assert!(location(&res).starts_with("/login"), "{name}");
    }
    // A cookie never authorizes the API, nor a bearer token the pages.
    let res = reqwest::Client::new()
        .get(app.url("/api/v1/me"))
        .header("cookie", format!("portineria_session={token}"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn signing_out_revokes_the_session_even_if_the_cookie_is_kept() {
    let app = spawn_app().await;
    app.sign_in_ok("inquilino@demo.test").await;
    let stolen = app.client.get(app.url("/")).send().await.unwrap().status();
    assert_eq!(stolen, StatusCode::OK);
    // Keep a copy of the session cookie, as a thief would.
    let res = app
        .submit(
            "/profile",
            "/login",
            &[("login", "inquilino@demo.test"), ("password", "demo")],
        )
        .await;
    let cookie = res.headers().get("set-cookie").unwrap().to_str().unwrap();
    let copy = cookie.split(';').next().unwrap().to_string();
    let res = app.submit("/", "/logout", &[]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), "/login");
    let replay = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .get(app.url("/"))
        .header("cookie", copy)
        .send()
        .await
        .unwrap();
    assert_eq!(
        replay.status(),
        StatusCode::SEE_OTHER,
        "a revoked session is refused"
    );
}

#[tokio::test]
async fn signing_out_everywhere_ends_every_session_and_token() {
    let app = spawn_app().await;
    let token = app.api_token("referente@demo.test", "demo").await;
    assert_eq!(
        app.api_get("/api/v1/me", &token).await.status(),
        StatusCode::OK
    );
    app.sign_in_ok("referente@demo.test").await;
    let res = app.submit("/profile", "/logout/everywhere", &[]).await;
    assert_eq!(location(&res), "/login");
    assert_eq!(
        app.api_get("/api/v1/me", &token).await.status(),
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn an_api_client_can_revoke_its_own_token() {
    let app = spawn_app().await;
    let token = app.api_token("tecnico.aler@demo.test", "demo").await;
    let res = reqwest::Client::new()
        .post(app.url("/api/v1/auth/logout"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        app.api_get("/api/v1/me", &token).await.status(),
        StatusCode::UNAUTHORIZED
    );
}
