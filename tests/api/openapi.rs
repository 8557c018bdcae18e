//! The API's OpenAPI document against the API itself: real answers, as several accounts, are
//! what the document's schemas say, errors included, and a report filed with exactly the
//! parts the document names takes every one of them.

use reqwest::multipart::{Form, Part};
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::helpers::{images, spawn_app, TestApp};

async fn document(app: &TestApp) -> Value {
    app.get("/api/v1/openapi.json").await.json().await.unwrap()
}

/// The JSON schema the document gives the answer of `method path` with `status`, with the
/// document's components beside it so its `$ref`s resolve.
fn answer_schema(doc: &Value, method: &str, path: &str, status: u16) -> Value {
    let mut response = &doc["paths"][path][method]["responses"][status.to_string()];
    if let Some(name) = response["$ref"].as_str() {
        let name = name.strip_prefix("#/components/responses/").unwrap();
        response = &doc["components"]["responses"][name];
    }
    let mut schema = response["content"]["application/json"]["schema"].clone();
    assert!(
        schema.is_object(),
        "{method} {path} {status}: no JSON schema in {response}"
    );
    schema["components"] = doc["components"].clone();
    schema
}

fn assert_described(doc: &Value, method: &str, path: &str, status: u16, answer: &Value) {
    let schema = answer_schema(doc, method, path, status);
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    let errors: Vec<String> = validator
        .iter_errors(answer)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{method} {path} {status}: {errors:?} in {answer}"
    );
}

/// `GET path` as the holder of `token`, checked against the document's `template` with the
/// expected status.
async fn check_get(
    app: &TestApp,
    doc: &Value,
    token: &str,
    (path, template): (&str, &str),
    status: StatusCode,
) -> Value {
    let answer = app.api_json(path, token, status).await;
    assert_described(doc, "get", template, status.as_u16(), &answer);
    answer
}

#[tokio::test]
async fn answers_are_what_the_document_says() {
    let app = spawn_app().await;
    let doc = document(&app).await;
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let ok = StatusCode::OK;

    // A report of the tenant's own, with a photo, so lists and timelines have something in
    // them.
    let form = Form::new()
        .text("category", "lift")
        .text("location", "stair")
        .text("description", "The lift stops between the floors")
        .part(
            "photos",
            Part::bytes(images::jpeg(64, 48))
                .file_name("lift.jpg")
                .mime_str("image/jpeg")
                .unwrap(),
        );
    let res = app.api_file(&tenant, form, None).await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let filed: Value = res.json().await.unwrap();
    assert_described(&doc, "post", "/reports", 201, &filed);
    let reference = filed["ref"].as_str().unwrap();
    let (status, commented) = app
        .report_event(
            &tenant,
            reference,
            json!({"type": "comment", "body": "Still"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    assert_described(&doc, "post", "/reports/{reference}/events", 201, &commented);

    let one = &format!("/api/v1/reports/{reference}");
    let report = check_get(&app, &doc, &tenant, (one, "/reports/{reference}"), ok).await;
    assert!(!report["photos"].as_array().unwrap().is_empty());
    assert!(report["events"].as_array().unwrap().len() >= 2);
    for (path, template) in [
        ("/api/v1/me", "/me"),
        ("/api/v1/categories", "/categories"),
        ("/api/v1/reports", "/reports"),
        ("/api/v1/reports?open=true&mine=true", "/reports"),
        ("/api/v1/notices", "/notices"),
        ("/api/v1/welcome-kit", "/welcome-kit"),
        ("/api/v1/works", "/works"),
        ("/api/v1/transparency", "/transparency"),
    ] {
        check_get(&app, &doc, &tenant, (path, template), ok).await;
    }
    let notices = check_get(&app, &doc, &tenant, ("/api/v1/notices", "/notices"), ok).await;
    let id = notices["notices"][0]["id"].as_i64().expect("a notice");
    let notice = &format!("/api/v1/notices/{id}");
    check_get(&app, &doc, &tenant, (notice, "/notices/{id}"), ok).await;

    // Staff: the queue, a technician's calendar address, a notice's readership and history.
    let technician = app.api_token("tecnico.aler@demo.test", "demo").await;
    let me = check_get(&app, &doc, &technician, ("/api/v1/me", "/me"), ok).await;
    assert!(me["calendar_url"].is_string());
    let queue = ("/api/v1/queue?overdue=true&page=2", "/queue");
    check_get(&app, &doc, &technician, queue, ok).await;
    let queue = check_get(&app, &doc, &technician, ("/api/v1/queue", "/queue"), ok).await;
    assert!(!queue["reports"].as_array().unwrap().is_empty());
    let desk = app.api_token("sportello@demo.test", "demo").await;
    let posted = app
        .api_post_json(
            "/api/v1/notices",
            &desk,
            json!({"scope_type": "estate", "scope_id": notices["notices"][0]["scope_id"],
                   "kind": "agency", "title": "Assemblea", "body": "Giovedì alle 18"}),
        )
        .await;
    let status = posted.status();
    let posted: Value = posted.json().await.unwrap();
    assert_eq!(status, StatusCode::CREATED, "{posted}");
    assert_described(&doc, "post", "/notices", 201, &posted);
    let notice = &format!("/api/v1/notices/{}", posted["id"]);
    let full = check_get(&app, &doc, &desk, (notice, "/notices/{id}"), ok).await;
    assert!(full["readership"].is_object() && !full["history"].as_array().unwrap().is_empty());

    // An assembly's minutes as their convener corrects them (the demo's past assembly), and
    // minutes refused.
    let delegate = app.api_token("referente@demo.test", "demo").await;
    let held = notices["notices"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["minutes"].is_object())
        .expect("the demo's assembly with its minutes");
    let minutes = &format!("/api/v1/notices/{}/minutes", held["id"]);
    let decision = json!({"text": "Turni di pulizia", "for": 9, "against": 2, "abstained": 1});
    for (body, status) in [
        (
            json!({"body": "Presenti in 14.", "attendance": 14, "decisions": [decision]}),
            201,
        ),
        (json!({"body": "", "decisions": []}), 422),
    ] {
        let res = app.api_post_json(minutes, &delegate, body).await;
        assert_eq!(res.status().as_u16(), status);
        let answer: Value = res.json().await.unwrap();
        assert_described(&doc, "post", "/notices/{id}/minutes", status, &answer);
    }

    // Errors: each in the document's shape, with a status it lists.
    let missing = ("/api/v1/reports/SEG-1999-000001", "/reports/{reference}");
    check_get(&app, &doc, &tenant, missing, StatusCode::NOT_FOUND).await;
    let bad_filter = ("/api/v1/reports?state=lost", "/reports");
    check_get(
        &app,
        &doc,
        &tenant,
        bad_filter,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    let unknown_action = &format!("/api/v1/notices/{id}/polish");
    let res = app.api_post_json(unknown_action, &tenant, json!({})).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let answer: Value = res.json().await.unwrap();
    assert_described(&doc, "post", "/notices/{id}/{action}", 404, &answer);
    let res = app.api_get("/api/v1/me", "not-a-token").await;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    let answer: Value = res.json().await.unwrap();
    assert_described(&doc, "get", "/me", 401, &answer);
}

/// A report filed with every part the document's multipart body names, and nothing else,
/// keeps each of them.
#[tokio::test]
async fn a_report_filed_as_the_document_says_keeps_every_part() {
    let app = spawn_app().await;
    let doc = document(&app).await;
    let body = &doc["paths"]["/reports"]["post"]["requestBody"]["content"]["multipart/form-data"]
        ["schema"];
    let name = body["$ref"].as_str().unwrap().rsplit('/').next().unwrap();
    let schema = &doc["components"]["schemas"][name];
    let mut parts: Vec<&str> = schema["properties"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    parts.sort_unstable();
    assert_eq!(
        parts,
        [
            "category",
            "description",
            "for_user",
            "location",
            "permission_to_enter",
            "photos",
            "place_id",
            "show_name",
            "spot",
            "time_windows"
        ]
    );
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    // `place_id` and `for_user` belong to delegates and the desk; the rest, the tenant's own.
    let form = Form::new()
        .text("category", "plumbing")
        .text("location", "unit")
        .text("description", "The kitchen tap drips all night")
        .text("spot", "Kitchen")
        .text("show_name", "true")
        .text("permission_to_enter", "true")
        .text("time_windows", "morning")
        .text("time_windows", "evening")
        .part(
            "photos",
            Part::bytes(images::jpeg(64, 48))
                .file_name("tap.jpg")
                .mime_str("image/jpeg")
                .unwrap(),
        );
    let reference = app.file_report(&tenant, form).await;
    let report = app
        .api_json(
            &format!("/api/v1/reports/{reference}"),
            &tenant,
            StatusCode::OK,
        )
        .await;
    assert_eq!(report["category"]["code"], "plumbing");
    assert_eq!(report["location"], "unit");
    assert_eq!(report["spot"], "Kitchen");
    assert_eq!(report["permission_to_enter"], true);
    assert_eq!(report["time_windows"], json!(["morning", "evening"]));
    assert_eq!(report["photos"].as_array().unwrap().len(), 1);
    let shown = format!(
        "SELECT COUNT(*) AS n FROM reports WHERE reference = '{reference}' AND show_name = TRUE"
    );
    assert_eq!(app.count(&shown), 1, "show_name is kept");
}
