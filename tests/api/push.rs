//! Web Push against a push service on loopback: a browser subscribes through the API, an
//! urgent notice reaches each subscribed browser once, signed with the portal's one VAPID key
//! and decryptable only with that browser's keys, in its person's language; a browser its
//! service no longer knows (410) is forgotten; subscriptions may point only at the listed
//! push services; a person removes only their own; every node signs with the same key.

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::boards::{post, stair};
use crate::helpers::push::{Browser, PushService};
use crate::helpers::{csrf_of, spawn_app, spawn_app_with, spawn_sibling, TestApp};
use crate::sms::until_count;

const GIULIA: &str = "inquilino@demo.test";
/// Salvatore, who lives on Giulia's stair and reads the portal in Arabic in these tests.
const SALVATORE: &str = "referente@demo.test";

async fn public_key(app: &TestApp) -> String {
    let res = reqwest::get(app.url("/api/v1/push/key")).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let body: Value = res.json().await.unwrap();
    let key = body["public_key"]
        .as_str()
        .expect("a public key")
        .to_string();
    assert!(
        !key.contains('=') && !key.contains('+') && !key.contains('/'),
        "{key}"
    );
    key
}

async fn subscribe(app: &TestApp, token: &str, subscription: Value) -> (StatusCode, Value) {
    let res = app
        .api_post_json("/api/v1/push/subscriptions", token, subscription)
        .await;
    let status = res.status();
    (status, res.json().await.unwrap_or(Value::Null))
}

async fn subscribed(app: &TestApp, token: &str, browser: &Browser) -> i64 {
    let (status, body) = subscribe(app, token, browser.subscription()).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    body["id"].as_i64().expect("an id")
}

async fn endpoints(app: &TestApp, token: &str) -> Vec<String> {
    let list = app
        .api_json("/api/v1/push/subscriptions", token, StatusCode::OK)
        .await;
    list["subscriptions"]
        .as_array()
        .expect("a list")
        .iter()
        .map(|s| s["endpoint"].as_str().unwrap().to_string())
        .collect()
}

async fn delete(app: &TestApp, token: &str, id: i64) -> StatusCode {
    reqwest::Client::new()
        .delete(app.url(&format!("/api/v1/push/subscriptions/{id}")))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .status()
}

/// Posts an urgent notice on Giulia's stair, with an Arabic translation; returns its id.
async fn urgent_notice(app: &TestApp, title: &str, arabic: &str) -> i64 {
    let desk = app.api_token("sportello@demo.test", "demo").await;
    let body = json!({
        "scope_type": "stair",
        "scope_id": stair(app, "GUA12", "A"),
        "kind": "agency",
        "urgent": true,
        "title": title,
        "body": "Chiusura per lavori alla **colonna**.",
        "translations": [{"locale": "ar", "title": arabic, "body": "إغلاق بسبب أعمال."}],
    });
    let (status, created) = post(app, &desk, body).await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    created["id"].as_i64().unwrap()
}

/// Waits until no push message is left to send.
async fn pushes_settled(app: &TestApp) {
    app.settled_notices().await;
    let pending = "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM outbox \
                   WHERE channel = 'push' AND sent_at IS NULL AND failed_at IS NULL";
    until_count(app, pending, 0).await;
}

#[tokio::test]
async fn an_urgent_notice_reaches_each_browser_once_signed_encrypted_and_in_its_language() {
    let service = PushService::start();
    let app = spawn_app().await;
    // A second node sends from the same outbox: each message still goes once.
    let _other_node = spawn_sibling(&app, |_| {}).await;
    app.sql(&format!(
        "UPDATE users SET locale = 'ar' WHERE email = '{SALVATORE}'"
    ));
    let key = public_key(&app).await;
    let (giulia, salvatore) = (
        app.api_token(GIULIA, "demo").await,
        app.api_token(SALVATORE, "demo").await,
    );
    let italian = Browser::new(service.url("/giulia/phone"));
    let arabic = Browser::new(service.url("/salvatore/phone"));
    subscribed(&app, &giulia, &italian).await;
    subscribed(&app, &salvatore, &arabic).await;
    assert_eq!(
        endpoints(&app, &giulia).await,
        vec![italian.endpoint.clone()]
    );

    let id = urgent_notice(&app, "Domani manca l'acqua dalle 8", "الماء مقطوع غدًا").await;
    pushes_settled(&app).await;
    let link = format!("http://portineria.test/notices/{id}");

    let got = service.wait_for("/giulia/phone", 1).await;
    assert_eq!(got.len(), 1, "exactly one message");
    assert_eq!(got[0].headers["urgency"], "high");
    let ttl: u64 = got[0].headers["ttl"].parse().expect("a TTL");
    assert!(ttl > 0 && ttl <= 7 * 24 * 3600, "{ttl}");
    let message = italian.open(&got[0], &key);
    assert_eq!(
        message["title"],
        "Avviso urgente: Domani manca l'acqua dalle 8"
    );
    // The notice's Markdown, as plain text.
    let body = message["body"].as_str().unwrap();
    assert!(
        body.starts_with("Chiusura per lavori alla colonna") && !body.contains('*'),
        "{body}"
    );
    assert_eq!(message["url"], link.as_str());

    let got = service.wait_for("/salvatore/phone", 1).await;
    assert_eq!(got.len(), 1, "exactly one message");
    let message = arabic.open(&got[0], &key);
    // The title is isolated (FSI … PDI) inside the Arabic sentence, as every value is.
    let title = message["title"]
        .as_str()
        .unwrap()
        .replace(['\u{2068}', '\u{2069}'], "");
    assert_eq!(title, "إعلان مستعجل: الماء مقطوع غدًا");
    assert_eq!(message["body"], "إغلاق بسبب أعمال.");
    assert_eq!(message["url"], link.as_str());
    // Nobody else's browser can read it.
    let stranger = Browser::new(service.url("/giulia/phone"));
    assert!(
        stranger.decrypt(&got[0]).is_none(),
        "only the subscriber's keys decrypt it"
    );
}

#[tokio::test]
async fn a_browser_its_push_service_no_longer_knows_is_forgotten() {
    let service = PushService::start();
    let app = spawn_app().await;
    let giulia = app.api_token(GIULIA, "demo").await;
    let gone = Browser::new(service.url("/gone/old-phone"));
    let kept = Browser::new(service.url("/giulia/new-phone"));
    subscribed(&app, &giulia, &gone).await;
    subscribed(&app, &giulia, &kept).await;

    urgent_notice(&app, "Ascensore fermo", "المصعد متوقف").await;
    service.wait_for("/gone/old-phone", 1).await;
    service.wait_for("/giulia/new-phone", 1).await;
    pushes_settled(&app).await;
    assert_eq!(endpoints(&app, &giulia).await, vec![kept.endpoint.clone()]);
    // The 410 is final: nothing is retried there.
    urgent_notice(&app, "Acqua di nuovo", "الماء مجددًا").await;
    service.wait_for("/giulia/new-phone", 2).await;
    pushes_settled(&app).await;
    assert_eq!(service.received("/gone/old-phone").len(), 1);
}

#[tokio::test]
async fn only_push_services_on_the_list_over_https_are_accepted_and_errors_are_json() {
    let app = spawn_app_with(|c| {
        c.push_hosts = vec!["127.0.0.1".into(), "push.example.org".into()];
    })
    .await;
    let giulia = app.api_token(GIULIA, "demo").await;
    let with = |endpoint: &str| Browser::new(endpoint.to_string()).subscription();
    for refused in [
        "https://evil.example/push/1",
        "http://push.example.org/push/1",
        "https://push.example.org.evil.example/push/1",
        "https://user:secret@push.example.org/push/1",
        "ftp://push.example.org/push/1",
        "not an address",
    ] {
        let (status, body) = subscribe(&app, &giulia, with(refused)).await;
        assert_eq!(
            status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{refused}: {body}"
        );
        assert_eq!(body["error"]["code"], "invalid", "{body}");
    }
    let (_, body) = subscribe(&app, &giulia, with("https://evil.example/push/1")).await;
    assert_eq!(
        body["error"]["message"],
        "Le notifiche possono passare solo dai servizi dei browser conosciuti, con una connessione sicura."
    );
    let mut bad_keys = with("https://push.example.org/push/1");
    bad_keys["keys"]["auth"] = json!("c2hvcnQ");
    let (status, body) = subscribe(&app, &giulia, bad_keys).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let (status, body) = subscribe(&app, &giulia, json!({"endpoint": 7})).await;
    assert!(status.is_client_error(), "{status} {body}");
    assert!(body["error"]["message"].is_string(), "{body}");
    // Without a token, nothing.
    let res = reqwest::Client::new()
        .post(app.url("/api/v1/push/subscriptions"))
        .json(&with("https://push.example.org/push/1"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    // The listed service over https, and loopback over plain http, are fine.
    let (status, body) = subscribe(&app, &giulia, with("https://push.example.org/push/1")).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let (status, body) = subscribe(&app, &giulia, with("http://127.0.0.1:9/push/2")).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(endpoints(&app, &giulia).await.len(), 2);
}

#[tokio::test]
async fn a_person_removes_only_their_own_browsers() {
    let app = spawn_app().await;
    let giulia = app.api_token(GIULIA, "demo").await;
    let salvatore = app.api_token(SALVATORE, "demo").await;
    let browser = Browser::new("http://127.0.0.1:9/giulia".into());
    let id = subscribed(&app, &giulia, &browser).await;
    assert!(endpoints(&app, &salvatore).await.is_empty());
    assert_eq!(delete(&app, &salvatore, id).await, StatusCode::NOT_FOUND);
    assert_eq!(endpoints(&app, &giulia).await.len(), 1);
    assert_eq!(delete(&app, &giulia, id).await, StatusCode::NO_CONTENT);
    assert!(endpoints(&app, &giulia).await.is_empty());
    assert_eq!(delete(&app, &giulia, id).await, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn every_node_on_one_database_signs_with_the_same_key() {
    let app = spawn_app().await;
    let other = spawn_sibling(&app, |_| {}).await;
    let key = public_key(&app).await;
    assert_eq!(
        URL_SAFE_NO_PAD_LEN,
        key.len(),
        "an uncompressed P-256 point"
    );
    assert_eq!(public_key(&other).await, key);
    let elsewhere = spawn_app().await;
    assert_ne!(public_key(&elsewhere).await, key, "each portal has its own");
}

/// 65 bytes in base64url without padding.
const URL_SAFE_NO_PAD_LEN: usize = 87;

#[tokio::test]
async fn the_profile_turns_push_on_with_the_session_and_then_offers_it_per_kind() {
    let app = spawn_app().await;
    app.sign_in_ok(GIULIA).await;
    let (status, html) = app.page("/profile").await;
    assert_eq!(status, StatusCode::OK);
    // The button waits, hidden, for the script; the push boxes wait for a browser.
    assert!(html.contains("data-push hidden"), "{html}");
    assert!(html.contains("Attiva le notifiche su questo dispositivo"));
    assert!(
        html.contains(r#"name="urgent_push" value="yes" disabled"#),
        "{html}"
    );
    let browser = Browser::new("http://127.0.0.1:9/giulia/tablet".into());
    let keys = browser.subscription()["keys"].clone();
    let fields = [
        ("endpoint", browser.endpoint.as_str()),
        ("p256dh", keys["p256dh"].as_str().unwrap()),
        ("auth", keys["auth"].as_str().unwrap()),
    ];
    // Without the page's token it is refused, as every form is.
    let res = app
        .client
        .post(app.url("/profile/push"))
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert!(res.status().is_client_error(), "{}", res.status());
    let mut with_token = vec![("_csrf", csrf_of(&html))];
    with_token.extend(fields.iter().map(|(k, v)| (*k, v.to_string())));
    let res = app
        .client
        .post(app.url("/profile/push"))
        .form(&with_token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);
    let token = app.api_token(GIULIA, "demo").await;
    assert_eq!(
        endpoints(&app, &token).await,
        vec![browser.endpoint.clone()]
    );
    let (_, html) = app.page("/profile").await;
    assert!(
        html.contains(r#"name="urgent_push" value="yes" checked>"#),
        "{html}"
    );
    assert!(html.contains(r#"name="visit_push" value="yes">"#), "{html}");
    // The profile lists the browser, and turns push off there without needing it.
    let listed = crate::helpers::texts(&html, "[aria-labelledby=push-devices] li");
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert!(
        listed[0].starts_with("127.0.0.1 · Attivate: "),
        "{listed:?}"
    );
    let action = crate::helpers::attr(&html, "[aria-labelledby=push-devices] form", "action")
        .expect("a form to turn it off");
    let res = app.submit("/profile", &action, &[]).await;
    assert_eq!(crate::helpers::location(&res), "/profile?saved=push");
    assert!(endpoints(&app, &token).await.is_empty());
    let (_, html) = app.page("/profile").await;
    assert!(!html.contains("push-devices"), "nothing left to list");
    // Once gone, or someone else's, it is not found.
    let res = app.submit("/profile", &action, &[]).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn news_on_a_report_comes_by_push_with_normal_urgency_and_opens_the_report() {
    let service = PushService::start();
    let app = spawn_app().await;
    let key = public_key(&app).await;
    let giulia = app.api_token(GIULIA, "demo").await;
    let phone = Browser::new(service.url("/giulia/phone"));
    subscribed(&app, &giulia, &phone).await;
    let form = reqwest::multipart::Form::new()
        .text("category", "plumbing")
        .text("location", "unit")
        .text("description", "Perde il rubinetto della cucina");
    let reference = app.file_report(&giulia, form).await;
    let desk = app.api_token("sportello@demo.test", "demo").await;
    let comment =
        json!({"type": "comment", "body": "Passiamo domani mattina", "visibility": "public"});
    let (status, body) = app.report_event(&desk, &reference, comment).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    app.settled().await;

    let got = service.wait_for("/giulia/phone", 1).await;
    assert_eq!(got[0].headers["urgency"], "normal");
    let message = phone.open(&got[0], &key);
    assert_eq!(
        message["title"],
        format!("Novità sulla segnalazione {reference}").as_str()
    );
    assert!(
        message["body"].as_str().unwrap().contains("Stato attuale"),
        "{message}"
    );
    assert_eq!(
        message["url"],
        format!("http://portineria.test/reports/{reference}").as_str()
    );
    pushes_settled(&app).await;
    assert_eq!(service.received("/giulia/phone").len(), 1, "once");
}
