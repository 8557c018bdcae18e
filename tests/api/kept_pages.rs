//! Pages answered as kept: only while nothing changed, whoever changed it; each reader their
//! own; never a one-time value twice.

use reqwest::multipart::Form;
use reqwest::StatusCode;

use crate::helpers::{attr, csrf_of, location, refs, spawn_app, texts, TestApp};

/// How many answers were kept pages, as `/metrics` tells.
async fn answered_as_kept(app: &TestApp) -> u64 {
    let metrics = app.get("/metrics").await.text().await.unwrap();
    metrics
        .lines()
        .find(|l| l.starts_with(r#"portineria_kept_pages_total{outcome="answered"}"#))
        .and_then(|l| l.rsplit(' ').next()?.parse().ok())
        .unwrap_or(0)
}

/// What `look` saw, once every one of its `requests` was answered as kept. On PostgreSQL the
/// stamp is the server's snapshot, which a write to any of its databases moves, and the suite's
/// other tests write all the time: a look may have to be made again.
async fn all_kept<T, F>(app: &TestApp, requests: u64, look: impl Fn() -> F) -> T
where
    F: std::future::Future<Output = T>,
{
    for _ in 0..100 {
        let before = answered_as_kept(app).await;
        let seen = look().await;
        if answered_as_kept(app).await >= before + requests {
            return seen;
        }
    }
    panic!("never answered as kept");
}

#[tokio::test]
async fn each_answer_of_the_report_form_has_a_key_of_its_own() {
    let app = spawn_app().await;
    app.sign_in_ok("inquilino@demo.test").await;
    let mine = |html: &str| texts(html, "#mine-heading + ul .report-title").len();
    let before = mine(&app.page("/reports").await.1);
    let form_page = "/reports/new?where=unit&category=plumbing";
    // Made once, then answered as kept.
    app.page(form_page).await;
    let forms = all_kept(&app, 3, || async {
        let mut forms = Vec::new();
        for _ in 0..3 {
            let (status, html) = app.page(form_page).await;
            assert_eq!(status, StatusCode::OK);
            forms.push(html);
        }
        forms
    })
    .await;
    let keys: Vec<String> = forms
        .iter()
        .map(|html| attr(html, r#"input[name="idempotency_key"]"#, "value").unwrap())
        .collect();
    for key in &keys {
        assert!(uuid::Uuid::parse_str(key).is_ok(), "a random key: {key}");
    }
    let mut distinct = keys.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), 3, "no two answers share a key: {keys:?}");
    // Two reports filed from two kept answers are two reports.
    for (i, html) in forms.iter().take(2).enumerate() {
        let form = Form::new()
            .text("_csrf", csrf_of(html))
            .text("idempotency_key", keys[i].clone())
            .text("where", "unit")
            .text("category", "plumbing")
            .text("spot", "Cucina")
            .text(
                "description",
                format!("Perdita numero {i} sotto il lavello."),
            )
            .text("permission_to_enter", "yes");
        let res = app.post_multipart("/reports", form).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        assert!(location(&res).starts_with("/reports/SEG-"));
    }
    assert_eq!(mine(&app.page("/reports").await.1), before + 2);
}

#[tokio::test]
async fn a_change_made_on_any_connection_shows_at_once() {
    let app = spawn_app().await;
    app.sign_in_ok("inquilino@demo.test").await;
    let token = app.api_token("inquilino@demo.test", "demo").await;
    let reference = refs(
        &app.api_json("/api/v1/reports", &token, StatusCode::OK)
            .await,
    )[0]
    .clone();
    let api = format!("/api/v1/reports/{reference}");
    let page = format!("/reports/{reference}");
    // The first look at a report writes that it was read: the second is the one kept.
    app.page(&page).await;
    let first = app.api_json(&api, &token, StatusCode::OK).await;
    let (_, first_page) = app.page(&page).await;
    let again = all_kept(&app, 2, || async {
        let api = app.api_json(&api, &token, StatusCode::OK).await;
        (api, app.page(&page).await.1)
    })
    .await;
    assert_eq!(again, (first, first_page));
    // Another connection writes, as another app node or a command run by hand would.
    let changed = "Descrizione cambiata da un altro nodo.";
    app.sql(&format!(
        "UPDATE reports SET description = '{changed}' WHERE reference = '{reference}'"
    ));
    let after = app.api_json(&api, &token, StatusCode::OK).await;
    assert_eq!(after["description"], changed);
    assert!(app.page(&page).await.1.contains(changed));
}

#[tokio::test]
async fn each_reader_gets_their_own_and_a_revoked_token_nothing() {
    let app = spawn_app().await;
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let technician = app.api_token("tecnico.aler@demo.test", "demo").await;
    for _ in 0..2 {
        let me = app.api_json("/api/v1/me", &tenant, StatusCode::OK).await;
        assert_eq!(me["email"], "inquilino@demo.test");
        let me = app
            .api_json("/api/v1/me", &technician, StatusCode::OK)
            .await;
        assert_eq!(me["email"], "tecnico.aler@demo.test");
    }
    let res = app
        .api_post_json("/api/v1/auth/logout", &tenant, serde_json::json!({}))
        .await;
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        app.api_get("/api/v1/me", &tenant).await.status(),
        StatusCode::UNAUTHORIZED
    );
}
