//! Notice boards: who posts where, who reads what (board, API, feeds), safe Markdown, urgent
//! notices reaching every resident once, "seen" counts by flat, approval of offers, history.

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::helpers::{spawn_app, spawn_app_with, spawn_sibling, texts, SmtpSink, TestApp};

pub fn id_of(app: &TestApp, query: &str) -> i64 {
    app.count(&format!("SELECT CAST(id AS BIGINT) AS n FROM {query}"))
}

pub fn building(app: &TestApp, code: &str) -> i64 {
    id_of(app, &format!("buildings WHERE code = '{code}'"))
}

pub fn stair(app: &TestApp, building_code: &str, stair_code: &str) -> i64 {
    id_of(
        app,
        &format!(
            "stairs WHERE code = '{stair_code}' AND building_id = (SELECT id FROM buildings WHERE code = '{building_code}')"
        ),
    )
}

pub async fn post(app: &TestApp, token: &str, body: Value) -> (StatusCode, Value) {
    let res = app.api_post_json("/api/v1/notices", token, body).await;
    let status = res.status();
    (status, res.json().await.unwrap_or(Value::Null))
}

pub fn notice(scope_type: &str, scope_id: i64, title: &str) -> Value {
    json!({"scope_type": scope_type, "scope_id": scope_id, "kind": "event", "title": title, "body": "Ci vediamo in cortile."})
}

async fn titles(app: &TestApp, token: &str) -> Vec<String> {
    app.api_json("/api/v1/notices", token, StatusCode::OK).await["notices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["title"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn delegates_post_to_their_stair_and_building_and_nowhere_else() {
    let app = spawn_app().await;
    let delegate = app.api_token("referente@demo.test", "demo").await;
    let (status, body) = post(
        &app,
        &delegate,
        notice("stair", stair(&app, "GUA12", "A"), "Riunione di scala"),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(body["state"], "live");
    for (scope, id) in [
        ("building", building(&app, "GUA12")),
        ("stair", stair(&app, "GUA12", "B")),
        ("stair", stair(&app, "MOZ5", "B")),
        ("estate", id_of(&app, "estates WHERE code = 'CIN-SE'")),
    ] {
        let (status, _) = post(&app, &delegate, notice(scope, id, "Fuori posto")).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{scope} {id}");
    }
    // A building delegate posts on the building and its stairs.
    let out = app.cli(&[
        "user",
        "grant",
        "referente@demo.test",
        "building_delegate",
        "MOZ5",
    ]);
    assert!(out.status.success());
    let (status, _) = post(
        &app,
        &delegate,
        notice(
            "building",
            building(&app, "MOZ5"),
            "Assemblea del caseggiato",
        ),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    let (status, _) = post(
        &app,
        &delegate,
        notice("stair", stair(&app, "MOZ5", "B"), "Scala B di via Mozart"),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    // Planned works are the landlord's: a delegate cannot post them, ALER's technician can on
    // ALER's buildings only.
    let mut works = notice("building", building(&app, "GUA12"), "Rifacimento tetto");
    works["kind"] = json!("works");
    let (status, _) = post(&app, &delegate, works.clone()).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let aler = app.api_token("tecnico.aler@demo.test", "demo").await;
    let (status, _) = post(&app, &aler, works.clone()).await;
    assert_eq!(status, StatusCode::CREATED);
    works["scope_id"] = json!(building(&app, "MOZ5"));
    let (status, _) = post(&app, &aler, works).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "MOZ5 is the Comune's");
    // The page form says why when something is missing.
    let page = app.visitor();
    page.sign_in_ok("referente@demo.test").await;
    let (_, form) = page.page("/notices/new").await;
    let token = crate::helpers::csrf_of(&form);
    let multipart = reqwest::multipart::Form::new()
        .text("_csrf", token)
        .text("where", format!("stair:{}", stair(&app, "GUA12", "A")))
        .text("kind", "rules")
        .text("title_it", "");
    let res = page.post_multipart("/notices", multipart).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(texts(&res.text().await.unwrap(), "[role=alert]")
        .join(" ")
        .contains("Scrivi almeno il titolo in italiano."));
}

#[tokio::test]
async fn a_resident_of_another_building_never_sees_the_notice() {
    let app = spawn_app().await;
    let delegate = app.api_token("referente@demo.test", "demo").await;
    let (_, body) = post(
        &app,
        &delegate,
        notice("stair", stair(&app, "GUA12", "A"), "Solo per la scala A"),
    )
    .await;
    let id = body["id"].as_i64().unwrap();
    let neighbour = app.api_token("inquilino@demo.test", "demo").await;
    assert!(titles(&app, &neighbour)
        .await
        .contains(&"Solo per la scala A".to_string()));
    // Giuseppe lives in via Mozart (the Comune's): board, API, notice page and feed say nothing.
    let elsewhere = app.activated("DEMO-CASA-3456", "giuseppe").await;
    let (_, board) = elsewhere.page("/board").await;
    assert!(!board.contains("Solo per la scala A"));
    assert_eq!(
        elsewhere.get(&format!("/notices/{id}")).await.status(),
        StatusCode::NOT_FOUND
    );
    let feed = crate::helpers::attr(&board, r#"link[rel="alternate"]"#, "href").unwrap();
    let atom = reqwest::get(app.url(&feed.replace("http://portineria.test", "")))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let parsed = feed_rs::parser::parse(atom.as_bytes()).expect("a valid Atom feed");
    assert!(parsed
        .entries
        .iter()
        .all(|e| e.title.as_ref().unwrap().content != "Solo per la scala A"));
    assert!(
        !parsed.entries.is_empty(),
        "Giuseppe sees his estate's notices"
    );
}

#[tokio::test]
async fn markdown_comes_out_inert_on_every_page() {
    let app = spawn_app().await;
    let desk = app.api_token("sportello@demo.test", "demo").await;
    let mut body = notice(
        "estate",
        id_of(&app, "estates WHERE code = 'CIN-SE'"),
        "Avviso con trappole",
    );
    body["body"] = json!("**Ciao** <script>alert(1)</script> <iframe src=\"https://x.example\"></iframe> [clic](javascript:alert(2)) <a href=\"#\" onclick=\"alert(3)\">x</a>");
    let (status, created) = post(&app, &desk, body).await;
    assert_eq!(status, StatusCode::CREATED);
    let tenant = app.visitor();
    tenant.sign_in_ok("inquilino@demo.test").await;
    for path in [
        "/board".to_string(),
        format!("/notices/{}", created["id"]),
        format!("/notices/{}/print", created["id"]),
    ] {
        let (_, html) = tenant.page(&path).await;
        let doc = scraper::Html::parse_document(&html);
        for element in doc
            .root_element()
            .descendants()
            .filter_map(scraper::ElementRef::wrap)
        {
            let inside_notice = element
                .ancestors()
                .filter_map(scraper::ElementRef::wrap)
                .any(|a| {
                    a.value()
                        .classes()
                        .any(|c| c == "notice-body" || c == "sheet-body")
                });
            if !inside_notice {
                continue;
            }
            assert!(
                !["script", "iframe"].contains(&element.value().name()),
                "{path}"
            );
            for (name, value) in element.value().attrs() {
                assert!(
                    !name.starts_with("on") && !value.contains("javascript:"),
                    "{path}: {name}={value}"
                );
            }
        }
        assert!(html.contains("<strong>Ciao</strong>"), "{path}");
    }
}

#[tokio::test]
async fn an_urgent_notice_reaches_every_resident_once_and_delegates_see_which_flats_have_not_read_it(
) {
    let smtp = SmtpSink::start().await;
    let app = spawn_app_with(|c| c.smtp_url = Some(smtp.url.clone())).await;
    let _other_node = spawn_sibling(&app, |c| c.smtp_url = Some(smtp.url.clone())).await;
    // Fatima (no e-mail) lives in via Guardi 12 too: inbox, no mail.
    let fatima = app.activated("DEMO-CASA-2345", "fatima").await;
    let desk = app.api_token("sportello@demo.test", "demo").await;
    let mut body = notice("building", building(&app, "GUA12"), "Gas chiuso giovedì");
    body["kind"] = json!("agency");
    body["urgent"] = json!(true);
    body["translations"] =
        json!([{"locale": "en", "title": "Gas off on Thursday", "body": "The gas is off."}]);
    let (status, created) = post(&app, &desk, body.clone()).await;
    assert_eq!(status, StatusCode::CREATED);
    let id = created["id"].as_i64().unwrap();
    app.settled_notices().await;
    // An edit (and a second publication) tells nobody twice.
    let res = app
        .api_post_json(&format!("/api/v1/notices/{id}"), &desk, body)
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    app.settled_notices().await;
    let mails = smtp.wait_for(2).await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(
        smtp.messages().len(),
        2,
        "one mail each for the two residents with an address"
    );
    let decoded: Vec<String> = mails
        .iter()
        .map(|m| crate::helpers::smtp::decoded(m))
        .collect();
    assert!(decoded
        .iter()
        .any(|m| m.contains("To: inquilino@demo.test") && m.contains("Gas chiuso")));
    assert!(decoded
        .iter()
        .any(|m| m.contains("To: referente@demo.test")));
    assert_eq!(
        app.count(&format!(
            "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM notice_inbox WHERE notice_id = {id}"
        )),
        3,
        "Giulia, Salvatore and Fatima, once each"
    );
    fatima
        .inbox_with(|t| t.contains("Gas chiuso") && t.contains("Urgente"))
        .await;

    // Giulia reads it; the desk sees the count, the stair delegate the flats that have not.
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let res = app
        .api_post_json(&format!("/api/v1/notices/{id}/seen"), &tenant, json!({}))
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let seen: Value = res.json().await.unwrap();
    assert!(
        seen["readership"].is_null(),
        "a tenant does not see who read it"
    );
    let flats = app.count(&format!(
        "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM units JOIN stairs ON units.stair_id = stairs.id WHERE stairs.building_id = {}",
        building(&app, "GUA12")
    ));
    let by_desk = app
        .api_json(&format!("/api/v1/notices/{id}"), &desk, StatusCode::OK)
        .await;
    assert_eq!(by_desk["readership"]["seen"], 1);
    assert_eq!(by_desk["readership"]["households"], flats);
    let delegate = app.visitor();
    delegate.sign_in_ok("referente@demo.test").await;
    let (_, page) = delegate.page(&format!("/notices/{id}")).await;
    let unseen = texts(&page, ".flats li");
    assert_eq!(unseen.len() as i64, flats - 1);
    assert!(
        !unseen.contains(&"Scala A, piano 2, interno 21".to_string()),
        "Giulia's flat has read it: {unseen:?}"
    );
    assert!(
        unseen.contains(&"Scala A, piano 1, interno 11".to_string()),
        "Fatima's has not"
    );
    for name in ["Giulia", "Colombo", "Salvatore", "Fatima"] {
        assert!(!unseen.join(" ").contains(name), "flats, never names");
    }
}

#[tokio::test]
async fn offers_wait_for_the_delegate_and_changes_keep_their_history() {
    let app = spawn_app().await;
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let mut offer = notice(
        "stair",
        stair(&app, "GUA12", "A"),
        "Cerco chi annaffia le piante ad agosto",
    );
    offer["kind"] = json!("offer_seek");
    let (status, body) = post(&app, &tenant, offer).await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(body["state"], "pending");
    let id = body["id"].as_i64().unwrap();
    let neighbour = app.api_token("referente@demo.test", "demo").await;
    let board = app
        .api_json("/api/v1/notices", &neighbour, StatusCode::OK)
        .await;
    assert!(board["pending"]
        .as_array()
        .unwrap()
        .iter()
        .any(|n| n["id"] == id));
    assert!(!board["notices"]
        .as_array()
        .unwrap()
        .iter()
        .any(|n| n["id"] == id));
    // Another tenant of the stair cannot approve it; the delegate can.
    let fatima = app.activated("DEMO-CASA-2345", "fatima").await;
    let (_, page) = fatima.page("/board").await;
    assert!(!page.contains("Cerco chi annaffia"));
    let res = app
        .api_post_json(
            &format!("/api/v1/notices/{id}/approve"),
            &neighbour,
            json!({}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let (_, page) = fatima.page("/board").await;
    assert!(page.contains("Cerco chi annaffia"));
    // The desk edits it and removes it, saying why: the history keeps who, when, what and why.
    let desk = app.api_token("sportello@demo.test", "demo").await;
    let mut edited = notice(
        "stair",
        stair(&app, "GUA12", "A"),
        "Cerco chi annaffia le piante",
    );
    edited["kind"] = json!("offer_seek");
    let res = app
        .api_post_json(&format!("/api/v1/notices/{id}"), &desk, edited)
        .await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap()
    );
    let res = app
        .api_post_json(&format!("/api/v1/notices/{id}/remove"), &desk, json!({}))
        .await;
    assert_eq!(
        res.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "removing says why"
    );
    let res = app
        .api_post_json(
            &format!("/api/v1/notices/{id}/remove"),
            &desk,
            json!({"reason": "Trovato, grazie!"}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let history: Value = res.json().await.unwrap();
    let what: Vec<&str> = history["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["what"].as_str().unwrap())
        .collect();
    assert_eq!(
        what,
        ["Scritto", "Approvato", "Modificato", "Tolto dalla bacheca"]
    );
    let removal = history["history"].as_array().unwrap().last().unwrap();
    assert_eq!(removal["who"], "Marta Galli");
    assert_eq!(removal["detail"], "Trovato, grazie!");
    assert_eq!(
        history["history"][2]["detail"],
        "Cerco chi annaffia le piante ad agosto — Ci vediamo in cortile."
    );
    let (_, page) = fatima.page("/board").await;
    assert!(!page.contains("Cerco chi annaffia"));
}

/// A language twice (the Italian title again as an `it` translation, or one language in two
/// translations) is the sender's mistake, said plainly, never a fault of the server's (found
/// by schemathesis).
#[tokio::test]
async fn a_language_given_twice_is_refused_not_a_crash() {
    let app = spawn_app().await;
    let desk = app.api_token("sportello@demo.test", "demo").await;
    let mut body = notice("building", building(&app, "GUA12"), "Cortile chiuso");
    let (status, created) = post(&app, &desk, body.clone()).await;
    assert_eq!(status, StatusCode::CREATED);
    let edit = format!("/api/v1/notices/{}", created["id"]);
    for twice in [
        json!([{"locale": "it", "title": "Cortile chiuso oggi"}]),
        json!([{"locale": "en", "title": "Yard closed"}, {"locale": "en-GB", "title": "Yard shut"}]),
    ] {
        body["translations"] = twice;
        let (status, answer) = post(&app, &desk, body.clone()).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{answer}");
        assert_eq!(answer["error"]["code"], "invalid");
        let res = app.api_post_json(&edit, &desk, body.clone()).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    }
}
