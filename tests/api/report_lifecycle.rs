use std::collections::BTreeSet;
use std::time::Duration;

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::helpers::{refs, spawn_app, spawn_app_with, texts, TestApp, DEMO_ACCOUNTS};
use crate::reports::report;

async fn file(app: &TestApp, token: &str, category: &str, location: &str) -> String {
    app.file_report(
        token,
        report(category, location, "Descrizione di prova del guasto."),
    )
    .await
}

#[tokio::test]
async fn a_report_goes_from_received_to_closed_with_the_tenants_word() {
    let app = spawn_app().await;
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let tech = app.api_token("tecnico.aler@demo.test", "demo").await;
    let reference = file(&app, &tenant, "heating", "unit").await;

    // The tenant cannot move it forward themselves.
    let (status, _) = app
        .report_event(
            &tenant,
            &reference,
            json!({"type": "transition", "to": "acknowledged"}),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    for to in ["acknowledged", "scheduled", "in_progress", "resolved"] {
        let (status, body) = app
            .report_event(
                &tech,
                &reference,
                json!({"type": "transition", "to": to, "body": format!("ora {to}")}),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{to}: {body}");
        assert_eq!(body["status"], to);
    }
    let seen = app
        .api_json(
            &format!("/api/v1/reports/{reference}"),
            &tenant,
            StatusCode::OK,
        )
        .await;
    assert!(seen["first_response_at"].is_string() && seen["resolved_at"].is_string());
    let summaries: Vec<&str> = seen["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["summary"].as_str().unwrap())
        .collect();
    assert_eq!(
        summaries,
        [
            "Segnalazione inviata",
            "Nuovo stato: Presa in carico",
            "Nuovo stato: Intervento programmato",
            "Nuovo stato: Lavori in corso",
            "Nuovo stato: Risolta"
        ]
    );
    assert_eq!(seen["events"][1]["who"], "Davide Brambilla");

    // "Is it fixed?" No — and saying why is required.
    let (status, body) = app
        .report_event(
            &tenant,
            &reference,
            json!({"type": "transition", "to": "received"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        body["error"]["message"],
        "Scrivi il motivo: l'inquilino lo leggerà."
    );
    let (status, body) = app
        .report_event(
            &tenant,
            &reference,
            json!({"type": "transition", "to": "received", "body": "Scalda solo a metà."}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(body["status"], "received");
    assert!(body["resolved_at"].is_null());
    app.report_event(
        &tech,
        &reference,
        json!({"type": "transition", "to": "resolved", "body": "Sostituita la valvola."}),
    )
    .await;
    // Only the tenant closes it.
    let (status, _) = app
        .report_event(
            &tech,
            &reference,
            json!({"type": "transition", "to": "closed"}),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, body) = app
        .report_event(
            &tenant,
            &reference,
            json!({"type": "transition", "to": "closed"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(body["status"], "closed");
    // Nothing moves a closed report: a move the technician makes on open reports is refused
    // as a conflict with the report's state (look again), not as one they may never make.
    let (status, body) = app
        .report_event(
            &tech,
            &reference,
            json!({"type": "transition", "to": "in_progress"}),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body["error"]["code"], "conflict");
    // Internal notes are for staff only.
    let (status, _) = app.report_event(&tech,
        &reference,
        json!({"type": "comment", "body": "Valvola difettosa di serie", "visibility": "internal"}),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    let staff_view = app
        .api_json(
            &format!("/api/v1/reports/{reference}"),
            &tech,
            StatusCode::OK,
        )
        .await;
    assert!(staff_view["events"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["visibility"] == "internal"));
    let tenant_view = app
        .api_json(
            &format!("/api/v1/reports/{reference}"),
            &tenant,
            StatusCode::OK,
        )
        .await;
    assert!(!tenant_view.to_string().contains("Valvola difettosa"));
    let (status, _) = app
        .report_event(
            &tenant,
            &reference,
            json!({"type": "comment", "body": "x", "visibility": "internal"}),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_report_that_is_not_ours_moves_to_the_other_landlord_keeping_its_history() {
    let app = spawn_app().await;
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let aler = app.api_token("tecnico.aler@demo.test", "demo").await;
    let comune = app.api_token("tecnico.comune@demo.test", "demo").await;
    let reference = file(&app, &tenant, "other", "estate").await;
    assert_eq!(
        app.api_get(&format!("/api/v1/reports/{reference}"), &comune)
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    let (status, body) = app
        .report_event(
            &aler,
            &reference,
            json!({"type": "transition", "to": "not_competent", "transfer_to": "comune-cinisello"}),
        )
        .await;
    assert_eq!(
        status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a transfer says why: {body}"
    );
    let (status, _) = app.report_event(&aler, &reference, json!({"type": "transition", "to": "not_competent", "transfer_to": "comune-cinisello", "body": "Il cortile è del Comune."})).await;
    assert_eq!(status, StatusCode::CREATED);
    let moved = app
        .api_json(
            &format!("/api/v1/reports/{reference}"),
            &comune,
            StatusCode::OK,
        )
        .await;
    assert_eq!(moved["ref"], reference.as_str());
    assert_eq!(moved["status"], "received");
    assert_eq!(
        moved["events"].as_array().unwrap().len(),
        2,
        "the history came along"
    );
    assert_eq!(
        app.api_get(&format!("/api/v1/reports/{reference}"), &aler)
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    let (status, _) = app
        .report_event(
            &aler,
            &reference,
            json!({"type": "transition", "to": "acknowledged"}),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let seen = app
        .api_json(
            &format!("/api/v1/reports/{reference}"),
            &tenant,
            StatusCode::OK,
        )
        .await;
    assert_eq!(
        seen["events"][1]["summary"],
        "Passata a Comune di Cinisello Balsamo"
    );
    assert_eq!(seen["events"][1]["body"], "Il cortile è del Comune.");

    // Redirecting outside needs the explanation the tenant will read.
    let (status, _) = app
        .report_event(
            &comune,
            &reference,
            json!({"type": "transition", "to": "not_competent"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, body) = app.report_event(&comune, &reference, json!({"type": "transition", "to": "not_competent", "body": "È dell'amministratore del condominio privato."})).await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(body["status"], "not_competent");
}

#[tokio::test]
async fn delegates_merge_duplicates_and_mark_self_managed_jobs() {
    let app = spawn_app().await;
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let delegate = app.api_token("referente@demo.test", "demo").await;
    let original = file(&app, &delegate, "lift", "stair").await;
    let copy = file(&app, &tenant, "lift", "stair").await;
    let (status, body) = app
        .report_event(
            &delegate,
            &copy,
            json!({"type": "transition", "to": "duplicate", "duplicate_of": original}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(body["status"], "duplicate");
    assert_eq!(
        body["events"].as_array().unwrap().last().unwrap()["summary"],
        format!("Unita alla segnalazione {original}")
    );
    // The tenant now follows the original and hears of it.
    let tech = app.api_token("tecnico.aler@demo.test", "demo").await;
    app.report_event(
        &tech,
        &original,
        json!({"type": "comment", "body": "Tecnico in arrivo."}),
    )
    .await;
    app.sign_in_ok("inquilino@demo.test").await;
    app.inbox_with(|t| t.contains(&original)).await;

    let job = file(&app, &tenant, "cleaning", "stair").await;
    let (status, _) = app
        .report_event(
            &tenant,
            &job,
            json!({"type": "transition", "to": "handled_by_residents"}),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "a tenant cannot");
    let (status, body) = app
        .report_event(
            &delegate,
            &job,
            json!({"type": "transition", "to": "handled_by_residents", "body": "Turno di sabato."}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(body["status"], "handled_by_residents");
    // A delegate has no say on flats.
    let flat = file(&app, &tenant, "plumbing", "unit").await;
    let (status, _) = app
        .report_event(
            &delegate,
            &flat,
            json!({"type": "transition", "to": "duplicate", "duplicate_of": original}),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn resolved_reports_nobody_confirms_close_by_themselves() {
    let app = spawn_app_with(|c| c.autoclose_after = Duration::ZERO).await;
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let tech = app.api_token("tecnico.aler@demo.test", "demo").await;
    let reference = file(&app, &tenant, "doors", "building").await;
    app.report_event(
        &tech,
        &reference,
        json!({"type": "transition", "to": "resolved", "body": "Sistemata la serratura."}),
    )
    .await;
    let mut seen = Value::Null;
    for _ in 0..50 {
        seen = app
            .api_json(
                &format!("/api/v1/reports/{reference}"),
                &tenant,
                StatusCode::OK,
            )
            .await;
        if seen["status"] == "closed" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(seen["status"], "closed");
    assert_eq!(
        seen["events"].as_array().unwrap().last().unwrap()["summary"],
        "Chiusa: nessuna risposta alla domanda «è stato risolto?»"
    );
}

#[tokio::test]
async fn categories_route_to_whoever_answers() {
    let app = spawn_app().await;
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let categories = app
        .api_json("/api/v1/categories", &tenant, StatusCode::OK)
        .await;
    let codes: Vec<&str> = categories
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"lift") && codes.contains(&"coexistence") && codes.len() >= 10);
    assert_eq!(categories[0]["name"], "Acqua e scarichi");
    let english = reqwest::Client::new()
        .get(app.url("/api/v1/categories"))
        .bearer_auth(&tenant)
        .send()
        .await
        .unwrap();
    assert_eq!(english.status(), StatusCode::OK);

    let comune = app.api_token("tecnico.comune@demo.test", "demo").await;
    let aler = app.api_token("tecnico.aler@demo.test", "demo").await;
    // The demo routes green areas to the Comune, in an ALER building too.
    let green = file(&app, &tenant, "green", "building").await;
    app.api_json(&format!("/api/v1/reports/{green}"), &comune, StatusCode::OK)
        .await;
    assert_eq!(
        app.api_get(&format!("/api/v1/reports/{green}"), &aler)
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    // Neighbour disputes go to the desk, privately.
    let dispute = file(&app, &tenant, "coexistence", "stair").await;
    let seen = app
        .api_json(
            &format!("/api/v1/reports/{dispute}"),
            &tenant,
            StatusCode::OK,
        )
        .await;
    assert_eq!(seen["private"], true);
    let desk = app.api_token("sportello@demo.test", "demo").await;
    app.api_json(&format!("/api/v1/reports/{dispute}"), &desk, StatusCode::OK)
        .await;
    let neighbour = app.api_token("referente@demo.test", "demo").await;
    for token in [&aler, &neighbour] {
        assert_eq!(
            app.api_get(&format!("/api/v1/reports/{dispute}"), token)
                .await
                .status(),
            StatusCode::NOT_FOUND
        );
    }
}

/// The list filter (SQL) and the view rule (Rust) must agree for everyone on every report.
#[tokio::test]
async fn lists_show_exactly_the_reports_one_may_open() {
    let app = spawn_app().await;
    let admin = app.api_token("admin@demo.test", "demo").await;
    let all = refs(
        &app.api_json("/api/v1/reports", &admin, StatusCode::OK)
            .await,
    );
    assert_eq!(all.len(), 13, "the demo's reports");
    for email in DEMO_ACCOUNTS {
        let token = app.api_token(email, "demo").await;
        let listed = refs(
            &app.api_json("/api/v1/reports", &token, StatusCode::OK)
                .await,
        );
        for reference in &all {
            let opens = app
                .api_get(&format!("/api/v1/reports/{reference}"), &token)
                .await
                .status()
                == StatusCode::OK;
            assert_eq!(listed.contains(reference), opens, "{email} {reference}");
        }
    }
}

/// "Around me" asks the rule in parts, a query per kind of place: it must list exactly the
/// open reports one may open that are not one's own, for everyone.
#[tokio::test]
async fn reports_around_are_the_open_ones_one_may_open_and_did_not_file() {
    let app = spawn_app().await;
    let references = |list: &Value| -> BTreeSet<String> { refs(list).into_iter().collect() };
    let mut listed = 0;
    for email in DEMO_ACCOUNTS {
        let token = app.api_token(email, "demo").await;
        let open = references(
            &app.api_json("/api/v1/reports?open=true", &token, StatusCode::OK)
                .await,
        );
        let mine = references(
            &app.api_json("/api/v1/reports?mine=true", &token, StatusCode::OK)
                .await,
        );
        let visitor = app.visitor();
        visitor.sign_in_ok(email).await;
        let (_, page) = visitor.page("/reports").await;
        let around: BTreeSet<String> = texts(&page, "#around-heading + ul span[dir=ltr]")
            .into_iter()
            .collect();
        let expected: BTreeSet<String> = open.difference(&mine).cloned().collect();
        assert_eq!(around, expected, "{email}");
        listed += around.len();
    }
    assert!(listed > 0, "the demo has reports around someone");
}

#[tokio::test]
async fn list_filters_and_bad_input() {
    let app = spawn_app().await;
    let tech = app.api_token("tecnico.aler@demo.test", "demo").await;
    let resolved = app
        .api_json("/api/v1/reports?state=resolved", &tech, StatusCode::OK)
        .await["reports"]
        .clone();
    assert!(resolved
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["status"] == "resolved"));
    assert!(!resolved.as_array().unwrap().is_empty());
    let lifts = app
        .api_json("/api/v1/reports?category=lift", &tech, StatusCode::OK)
        .await["reports"]
        .clone();
    assert!(lifts
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["category"] == "lift"));
    let res = app.api_get("/api/v1/reports?state=exploded", &tech).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let res = app.api_get("/api/v1/reports?building=abc", &tech).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    for (form, message) in [
        (
            report("plumbing", "unit", "no"),
            "Descrivi il problema con almeno 5 caratteri.",
        ),
        (
            report("volcano", "unit", "Lava in cantina."),
            "Scegli che cosa non va.",
        ),
        (
            report("plumbing", "roof", "Perdita dal tetto."),
            "Scegli dove si trova il problema.",
        ),
        (
            report("plumbing", "unit", &"x".repeat(2001)),
            "La descrizione può avere al massimo 2000 caratteri.",
        ),
    ] {
        let res = app.api_file(&tenant, form, None).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let body: Value = res.json().await.unwrap();
        assert_eq!(body["error"]["message"], message);
    }
    let res = app
        .api_post_json(
            "/api/v1/reports/SEG-2026-000001/events",
            &tech,
            json!({"type": "dance"}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

/// `GET /api/v1/reports` goes on past its first page: newest first, with a `next` link (also
/// in the `Link` header) until the last page, each report once.
#[tokio::test]
async fn the_api_list_pages_with_a_cursor() {
    let app = spawn_app().await;
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let mut filed = vec![];
    for n in 0..55 {
        let form = crate::reports::report("cleaning", "stair", &format!("Scale sporche, {n}."));
        filed.push(app.file_report(&tenant, form).await);
    }
    let mut seen: Vec<String> = vec![];
    let mut next = Some("/api/v1/reports?mine=true".to_string());
    let mut pages = 0;
    while let Some(path) = next {
        let res = app.api_get(&path, &tenant).await;
        assert_eq!(res.status(), StatusCode::OK);
        let link = res
            .headers()
            .get("link")
            .map(|l| l.to_str().unwrap().to_string());
        let body: Value = res.json().await.unwrap();
        next = body["next"].as_str().map(str::to_string);
        assert_eq!(link.is_some(), next.is_some());
        seen.extend(
            body["reports"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| r["ref"].as_str().unwrap().to_string()),
        );
        pages += 1;
        assert!(pages < 5, "paging ends");
    }
    assert_eq!(pages, 2);
    for reference in &filed {
        assert_eq!(
            seen.iter().filter(|r| *r == reference).count(),
            1,
            "{reference}"
        );
    }
    let mut newest_first = seen.clone();
    newest_first.sort_by(|a, b| b.cmp(a));
    assert_eq!(seen, newest_first);
    let res = app.api_get("/api/v1/reports?before=abc", &tenant).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
}
