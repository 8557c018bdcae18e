//! Assemblies (issue 24): a notice of kind `assembly` with its time, place and agenda; once it
//! has met, its poster or the desk publishes the minutes with the attendance and the decisions;
//! the notice, the board and the sheet for the hall show them.

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::boards::{post, stair};
use crate::helpers::{attr, spawn_app, texts, TestApp};

/// An assembly of stair A of via Guardi 12, meeting at `event_at` (RFC 3339).
fn assembly(app: &TestApp, title: &str, event_at: &str) -> Value {
    json!({
        "scope_type": "stair",
        "scope_id": stair(app, "GUA12", "A"),
        "kind": "assembly",
        "title": title,
        "body": "1. Turni di pulizia\n2. Varie",
        "event_at": event_at,
        "event_place": "Androne della scala A",
    })
}

fn minutes(decisions: Value) -> Value {
    json!({"body": "Presenti in 12. Si è discusso dei turni.", "attendance": 12, "decisions": decisions})
}

async fn publish(app: &TestApp, token: &str, id: i64, body: Value) -> (StatusCode, Value) {
    let res = app
        .api_post_json(&format!("/api/v1/notices/{id}/minutes"), token, body)
        .await;
    let status = res.status();
    (status, res.json().await.unwrap_or(Value::Null))
}

/// A refusal a person can read, as JSON: its status, code `invalid` or `not_found`, a message
/// in words (not the key).
fn assert_error(status: StatusCode, body: &Value, expected: StatusCode, what: &str) {
    assert_eq!(status, expected, "{what}: {body}");
    let message = body["error"]["message"].as_str().unwrap_or_default();
    assert!(
        !message.is_empty() && !message.starts_with("assembly-"),
        "{what}: {body}"
    );
}

/// Posts an assembly that met yesterday; returns its id.
async fn held_assembly(app: &TestApp, token: &str, title: &str) -> i64 {
    let yesterday = (chrono::Utc::now() - chrono::Duration::days(1)).to_rfc3339();
    let (status, created) = post(app, token, assembly(app, title, &yesterday)).await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    created["id"].as_i64().unwrap()
}

#[tokio::test]
async fn an_assembly_needs_its_time_and_its_minutes_wait_until_it_has_met() {
    let app = spawn_app().await;
    let delegate = app.api_token("referente@demo.test", "demo").await;
    let mut untimed = assembly(&app, "Assemblea senza data", "2030-01-01T18:00:00+01:00");
    untimed.as_object_mut().unwrap().remove("event_at");
    let (status, body) = post(&app, &delegate, untimed).await;
    assert_error(status, &body, StatusCode::UNPROCESSABLE_ENTITY, "no time");

    let soon = (chrono::Utc::now() + chrono::Duration::days(2)).to_rfc3339();
    let (status, created) =
        post(&app, &delegate, assembly(&app, "Assemblea di scala", &soon)).await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    assert_eq!(created["kind"], "assembly");
    assert_eq!(created["event_place"], "Androne della scala A");
    assert!(created["minutes"].is_null(), "{created}");
    let id = created["id"].as_i64().unwrap();
    let decisions = json!([{"text": "Turni di pulizia", "for": 9, "against": 2, "abstained": 1}]);
    let (status, body) = publish(&app, &delegate, id, minutes(decisions.clone())).await;
    assert_error(
        status,
        &body,
        StatusCode::UNPROCESSABLE_ENTITY,
        "before it met",
    );

    // The day has come and gone.
    app.sql(&format!(
        "UPDATE notices SET event_at = '2026-01-10 18:00:00' WHERE id = {id}"
    ));
    let (status, published) = publish(&app, &delegate, id, minutes(decisions)).await;
    assert_eq!(status, StatusCode::CREATED, "{published}");
    assert_eq!(published["attendance"], 12);
    assert_eq!(
        published["decisions"],
        json!([{"text": "Turni di pulizia", "for": 9, "against": 2, "abstained": 1}])
    );
    assert!(published["published_at"]
        .as_str()
        .is_some_and(|t| !t.is_empty()));
}

#[tokio::test]
async fn only_its_poster_and_the_desk_publish_the_minutes_and_bad_minutes_are_refused() {
    let app = spawn_app().await;
    let delegate = app.api_token("referente@demo.test", "demo").await;
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let technician = app.api_token("tecnico.aler@demo.test", "demo").await;
    let desk = app.api_token("sportello@demo.test", "demo").await;
    let id = held_assembly(&app, &delegate, "Assemblea di ieri").await;
    let decision =
        |text: &str, votes: i64| json!({"text": text, "for": votes, "against": 3, "abstained": 0});

    // A neighbour who can read it, and staff of the landlord, find nothing to publish.
    for (who, token) in [("tenant", &tenant), ("technician", &technician)] {
        let (status, body) = publish(&app, token, id, minutes(json!([]))).await;
        assert_error(status, &body, StatusCode::NOT_FOUND, who);
    }
    // Nor is there anything to publish on a notice that is not an assembly.
    let (_, event) = post(
        &app,
        &delegate,
        crate::boards::notice("stair", stair(&app, "GUA12", "A"), "Festa"),
    )
    .await;
    let event = event["id"].as_i64().unwrap();
    let (status, body) = publish(&app, &delegate, event, minutes(json!([]))).await;
    assert_error(status, &body, StatusCode::NOT_FOUND, "an event");

    let too_many: Vec<Value> = (0..31)
        .map(|i| decision(&format!("Punto {i}"), 1))
        .collect();
    let bad = [
        ("negative votes", minutes(json!([decision("Turni", -1)]))),
        ("empty text", minutes(json!([decision("  ", 4)]))),
        ("too many decisions", minutes(json!(too_many))),
        (
            "too many votes",
            minutes(json!([decision("Turni", 10_001)])),
        ),
        ("empty minutes", json!({"body": " ", "decisions": []})),
        (
            "negative attendance",
            json!({"body": "Verbale", "attendance": -2}),
        ),
    ];
    for (what, body) in bad {
        let (status, answer) = publish(&app, &delegate, id, body).await;
        assert_error(status, &answer, StatusCode::UNPROCESSABLE_ENTITY, what);
    }
    // Not even a number: refused as JSON, not a fault of ours.
    let (status, answer) = publish(
        &app,
        &delegate,
        id,
        minutes(json!([{"text": "Turni", "for": "nove", "against": 0, "abstained": 0}])),
    )
    .await;
    assert!(status.is_client_error(), "{status}: {answer}");
    assert!(answer["error"]["message"].is_string(), "{answer}");
    let untouched = app.count(&format!(
        "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM assembly_minutes WHERE notice_id = {id}"
    ));
    assert_eq!(untouched, 0, "nothing refused was written");

    // Its poster publishes them; the desk corrects them, and the correction replaces them.
    let (status, body) = publish(&app, &delegate, id, minutes(json!([decision("Turni", 9)]))).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let corrected = json!({"body": "Presenti in 13.", "decisions": [decision("Turni a rotazione", 10), decision("Portabici", 2)]});
    let (status, body) = publish(&app, &desk, id, corrected).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert!(body["attendance"].is_null(), "{body}");
    let seen = app
        .api_json(&format!("/api/v1/notices/{id}"), &tenant, StatusCode::OK)
        .await;
    let texts: Vec<&str> = seen["minutes"]["decisions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, ["Turni a rotazione", "Portabici"]);
    assert_eq!(seen["minutes"]["body"], "Presenti in 13.");
    let history: Vec<&str> = seen["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["what"].as_str().unwrap())
        .collect();
    assert_eq!(
        history.len(),
        3,
        "posted, published, corrected: {history:?}"
    );
    let listed = app
        .api_json("/api/v1/notices", &tenant, StatusCode::OK)
        .await;
    let on_board = listed["notices"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == id)
        .expect("the assembly is on the tenant's board");
    assert_eq!(on_board["minutes"]["decisions"][1]["for"], 2);
}

#[tokio::test]
async fn the_notice_its_sheet_and_the_board_show_the_decisions_and_the_form_works_without_script() {
    let app = spawn_app().await;
    let delegate = app.api_token("referente@demo.test", "demo").await;
    let id = held_assembly(&app, &delegate, "Assemblea della scala").await;
    let page = format!("/notices/{id}");

    // Its poster publishes from the page: a plain form, blank rows left out.
    let poster = app.visitor();
    poster.sign_in_ok("referente@demo.test").await;
    let (_, html) = poster.page(&page).await;
    let action = format!("/notices/{id}/minutes");
    assert_eq!(
        attr(&html, &format!("form[action=\"{action}\"]"), "method").as_deref(),
        Some("post")
    );
    assert_eq!(
        texts(&html, "input[name=decision_text]").len(),
        5,
        "five blank rows"
    );
    let fields = [
        ("body", "Si è parlato del portabici."),
        ("attendance", "14"),
        ("decision_text", "Portabici in cortile"),
        ("decision_for", "8"),
        ("decision_against", "3"),
        ("decision_abstained", "1"),
        ("decision_text", ""),
        ("decision_for", ""),
        ("decision_against", ""),
        ("decision_abstained", ""),
    ];
    let res = poster.submit(&page, &action, &fields).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    // A bad count is said on the page, with a 422.
    let mut wrong = fields;
    wrong[3] = ("decision_for", "-4");
    let res = poster.submit(&page, &action, &wrong).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);

    let neighbour = app.visitor();
    neighbour.sign_in_ok("inquilino@demo.test").await;
    let (status, html) = neighbour.page(&page).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        texts(&html, &format!("form[action=\"{action}\"]")).is_empty(),
        "a neighbour has no form"
    );
    assert_eq!(texts(&html, "table.decisions caption").len(), 1);
    assert_eq!(
        texts(&html, "table.decisions thead th[scope=col]").len(),
        5,
        "decision, for, against, abstained, result"
    );
    assert_eq!(
        texts(&html, "table.decisions tbody th[scope=row]"),
        ["Portabici in cortile"]
    );
    let cells = texts(&html, "table.decisions tbody td");
    assert_eq!(cells, ["8", "3", "1", "Approvata"]);
    assert!(html.contains("Presenti 14 famiglie"), "attendance shown");

    let (status, sheet) = neighbour.page(&format!("{page}/print")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        texts(&sheet, "table.decisions tbody th[scope=row]"),
        ["Portabici in cortile"]
    );
    assert!(
        attr(&sheet, "img.qr", "data-url").is_some(),
        "the sheet keeps its QR code"
    );

    let (status, board) = neighbour.page("/board").await;
    assert_eq!(status, StatusCode::OK);
    let decided = texts(&board, "#decisions-heading");
    assert_eq!(
        decided.len(),
        1,
        "the board has a section of past decisions"
    );
    assert!(
        texts(&board, "table.decisions tbody th[scope=row]")
            .iter()
            .any(|t| t == "Portabici in cortile"),
        "{board}"
    );
    // The other landlord's staff, who may not open it, see none of it.
    let elsewhere = app.visitor();
    elsewhere.sign_in_ok("tecnico.comune@demo.test").await;
    let (_, theirs) = elsewhere.page("/board").await;
    assert!(!theirs.contains("Portabici in cortile"));
}
