use std::io::BufReader;

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::helpers::images::jpeg;
use crate::helpers::smtp::decoded;
use crate::helpers::{refs, spawn_app, spawn_app_with, texts, SmtpSink};
use crate::reports::{photo, report};

#[tokio::test]
async fn each_landlord_works_its_own_queue_until_a_transfer_moves_a_report() {
    let app = spawn_app().await;
    let aler = app.api_token("tecnico.aler@demo.test", "demo").await;
    let comune = app.api_token("tecnico.comune@demo.test", "demo").await;
    let aler_queue = app.api_json("/api/v1/queue", &aler, StatusCode::OK).await;
    let comune_queue = app.api_json("/api/v1/queue", &comune, StatusCode::OK).await;
    assert!(!refs(&aler_queue).is_empty() && !refs(&comune_queue).is_empty());
    for reference in refs(&comune_queue) {
        assert!(!refs(&aler_queue).contains(&reference));
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
                json!({"type": "priority", "priority": "urgent"}),
            )
            .await;
        assert_eq!(
            status,
            StatusCode::NOT_FOUND,
            "no triage of the other landlord's report"
        );
    }
    // The queue is sorted by the fix's deadline and counted.
    let dues: Vec<&str> = aler_queue["reports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["resolution_due_at"].as_str().unwrap())
        .collect();
    let mut sorted = dues.clone();
    sorted.sort();
    assert_eq!(dues, sorted);
    assert_eq!(aler_queue["counts"]["open"], aler_queue["total"]);

    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let reference = app
        .file_report(
            &tenant,
            report("doors", "building", "Il cancello carraio non si apre."),
        )
        .await;
    assert!(refs(&app.api_json("/api/v1/queue", &aler, StatusCode::OK).await).contains(&reference));
    app.report_event(&aler, &reference, json!({"type": "transition", "to": "not_competent", "transfer_to": "comune-cinisello", "body": "Il cancello è del Comune."})).await;
    assert!(
        !refs(&app.api_json("/api/v1/queue", &aler, StatusCode::OK).await).contains(&reference)
    );
    assert!(
        refs(&app.api_json("/api/v1/queue", &comune, StatusCode::OK).await).contains(&reference)
    );
}

#[tokio::test]
async fn triage_sets_priority_and_assignee_and_filters_follow() {
    let app = spawn_app().await;
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let tech = app.api_token("tecnico.aler@demo.test", "demo").await;
    let me = app.api_json("/api/v1/me", &tech, StatusCode::OK).await["id"]
        .as_i64()
        .unwrap();
    let reference = app
        .file_report(
            &tenant,
            report("cleaning", "stair", "Scale sporche da giorni."),
        )
        .await;
    let (status, body) = app
        .report_event(
            &tech,
            &reference,
            json!({"type": "priority", "priority": "urgent"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(body["priority"], "urgent");
    // The deadline follows the priority: the default fix time for urgent reports is a day.
    let created =
        chrono::DateTime::parse_from_rfc3339(body["created_at"].as_str().unwrap()).unwrap();
    let due = chrono::DateTime::parse_from_rfc3339(body["expected_by"].as_str().unwrap()).unwrap();
    assert_eq!((due - created).num_hours(), 24);
    let (status, _) = app
        .report_event(&tech, &reference, json!({"type": "assign", "assignee": me}))
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let mine = app
        .api_json("/api/v1/queue?assignee=me", &tech, StatusCode::OK)
        .await;
    assert!(refs(&mine).contains(&reference));
    let urgent = app
        .api_json("/api/v1/queue?priority=urgent", &tech, StatusCode::OK)
        .await;
    assert!(
        refs(&urgent).contains(&reference)
            && urgent["reports"]
                .as_array()
                .unwrap()
                .iter()
                .all(|r| r["priority"] == "urgent")
    );
    // Only colleagues of the answering organisation can be assigned.
    let comune_tech = app.api_token("tecnico.comune@demo.test", "demo").await;
    let outsider = app
        .api_json("/api/v1/me", &comune_tech, StatusCode::OK)
        .await["id"]
        .as_i64()
        .unwrap();
    let (status, body) = app
        .report_event(
            &tech,
            &reference,
            json!({"type": "assign", "assignee": outsider}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        body["error"]["message"],
        "Si può assegnare solo a un tecnico dell'ente che risponde."
    );
    // Triage is staff work, and stays off the tenant's timeline.
    let (status, _) = app
        .report_event(
            &tenant,
            &reference,
            json!({"type": "priority", "priority": "low"}),
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
    assert_eq!(seen["events"].as_array().unwrap().len(), 1);
    let res = app.api_get("/api/v1/queue", &tenant).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let res = app.api_get("/api/v1/queue?priority=sometime", &tech).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn visits_are_scheduled_in_the_tenants_windows_moved_on_request_and_done_with_photos() {
    let app = spawn_app().await;
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let tech = app.api_token("tecnico.aler@demo.test", "demo").await;
    let tech_id = app.api_json("/api/v1/me", &tech, StatusCode::OK).await["id"]
        .as_i64()
        .unwrap();
    let reference = app
        .file_report(
            &tenant,
            report("heating", "unit", "Caldaia in blocco.").text("time_windows", "morning"),
        )
        .await;
    let day = (chrono::Utc::now() + chrono::Duration::days(3))
        .format("%Y-%m-%d")
        .to_string();
    let (status, body) = app.report_event(&tech, &reference, json!({"type": "visit", "technician": tech_id, "day": day, "from": "15:00", "until": "17:00"})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        body["error"]["message"],
        "L'orario non rientra in quelli indicati dall'inquilino."
    );
    let (status, body) = app.report_event(&tech, &reference, json!({"type": "visit", "technician": tech_id, "day": day, "from": "09:00", "until": "11:00"})).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(body["status"], "scheduled");
    let summary = body["events"].as_array().unwrap().last().unwrap()["summary"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        summary.starts_with("Visita programmata:") && summary.contains("09:00–11:00"),
        "{summary}"
    );

    // The tenant is told and asks for another time; the technician hears of it.
    app.sign_in_ok("inquilino@demo.test").await;
    let (_, page) = app.page(&format!("/reports/{reference}")).await;
    assert!(texts(&page, "#visits-heading + ul")
        .join(" ")
        .contains("09:00–11:00"));
    let visit = crate::helpers::attr(&page, r#"input[name="visit_id"]"#, "value").unwrap();
    let res = app
        .submit(
            &format!("/reports/{reference}"),
            &format!("/reports/{reference}/events"),
            &[
                ("action", "visit_change"),
                ("visit_id", &visit),
                ("body", "Giovedì lavoro, va bene venerdì?"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let techie = app.visitor();
    techie.sign_in_ok("tecnico.aler@demo.test").await;
    techie
        .inbox_with(|t| t.contains(&reference) && t.contains("chiede di spostare"))
        .await;
    let (_, agenda) = techie.page(&format!("/work/agenda?week={day}")).await;
    assert!(texts(&agenda, "main")
        .join(" ")
        .contains("Giovedì lavoro, va bene venerdì?"));

    let next_day = (chrono::Utc::now() + chrono::Duration::days(4))
        .format("%Y-%m-%d")
        .to_string();
    let visit: i64 = visit.parse().unwrap();
    let (status, _) = app.report_event(&tech, &reference, json!({"type": "visit_reschedule", "visit": visit, "day": next_day, "from": "10:00", "until": "12:00"})).await;
    assert_eq!(
        status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "moving a visit says why"
    );
    let (status, _) = app.report_event(&tech, &reference, json!({"type": "visit_reschedule", "visit": visit, "day": next_day, "from": "10:00", "until": "12:00", "body": "Venerdì va bene."})).await;
    assert_eq!(status, StatusCode::CREATED);
    let (status, _) = app
        .report_event(
            &tech,
            &reference,
            json!({"type": "visit_cancel", "visit": visit}),
        )
        .await;
    assert_eq!(
        status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "cancelling says why"
    );

    // Done, with an "after" photo: the report is resolved and the photo is on it.
    let form = reqwest::multipart::Form::new()
        .text("notes", "Sostituita la valvola della caldaia.")
        .text("outcome", "resolved")
        .part("photos", photo(jpeg(640, 480), "dopo.jpg", "image/jpeg"));
    let res = reqwest::Client::new()
        .post(app.url(&format!("/api/v1/reports/{reference}/visits/{visit}/done")))
        .bearer_auth(&tech)
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["status"], "resolved");
    assert_eq!(body["photos"].as_array().unwrap().len(), 1);
    let last = body["events"].as_array().unwrap().last().unwrap().clone();
    assert!(last["summary"]
        .as_str()
        .unwrap()
        .starts_with("Visita fatta"));
    assert_eq!(last["body"], "Sostituita la valvola della caldaia.");
}

#[tokio::test]
async fn the_agenda_feed_is_standard_icalendar_without_personal_data_and_revocable() {
    let app = spawn_app().await;
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let tech = app.api_token("tecnico.aler@demo.test", "demo").await;
    let me = app.api_json("/api/v1/me", &tech, StatusCode::OK).await;
    let feed_url = me["calendar_url"].as_str().unwrap().to_string();
    assert!(feed_url.starts_with("http://portineria.test/calendar/") && feed_url.ends_with(".ics"));
    assert!(app
        .api_json("/api/v1/me", &tenant, StatusCode::OK)
        .await
        .get("calendar_url")
        .is_none());
    let reference = app
        .file_report(
            &tenant,
            report(
                "plumbing",
                "unit",
                "Perde il sifone del lavandino. Chiedete di Mario Rossi al 333 1234567.",
            )
            .text("spot", "Bagno di Mario")
            .text("time_windows", "morning"),
        )
        .await;
    let day = (chrono::Utc::now() + chrono::Duration::days(2))
        .format("%Y-%m-%d")
        .to_string();
    let (status, _) = app.report_event(&tech, &reference, json!({"type": "visit", "technician": me["id"], "day": day, "from": "09:00", "until": "10:30"})).await;
    assert_eq!(status, StatusCode::CREATED);

    let path = feed_url.replace("http://portineria.test", "");
    let res = reqwest::get(app.url(&path)).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/calendar"));
    let text = res.text().await.unwrap();
    let calendars: Vec<_> = ical::IcalParser::new(BufReader::new(text.as_bytes())).collect();
    assert_eq!(calendars.len(), 1);
    let calendar = calendars
        .into_iter()
        .next()
        .unwrap()
        .expect("a valid iCalendar document");
    let property = |event: &ical::parser::ical::component::IcalEvent, name: &str| {
        event
            .properties
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
            .unwrap_or_default()
    };
    let ours = calendar
        .events
        .iter()
        .find(|e| property(e, "SUMMARY").contains(&reference))
        .expect("the visit is in the feed");
    assert!(property(ours, "LOCATION").contains("Via Francesco Guardi 12"));
    assert!(
        property(ours, "DTSTART").ends_with("T090000"),
        "{}",
        property(ours, "DTSTART")
    );
    assert!(property(ours, "DESCRIPTION").contains(&format!("/reports/{reference}")));
    // A calendar syncs to other companies' servers and shows on lock screens: the tenant's own
    // words (which here hold a name and a phone number) never go into it.
    for personal in [
        "Giulia",
        "Colombo",
        "inquilino@demo.test",
        "Mario",
        "Rossi",
        "333 1234567",
        "sifone",
    ] {
        assert!(
            !text.contains(personal),
            "the feed names the tenant: {personal}"
        );
    }
    // A new address revokes the old one.
    let agenda = app.visitor();
    agenda.sign_in_ok("tecnico.aler@demo.test").await;
    let res = agenda
        .submit("/work/agenda", "/work/agenda/feed", &[])
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        reqwest::get(app.url(&path)).await.unwrap().status(),
        StatusCode::NOT_FOUND
    );
    let renewed = app.api_json("/api/v1/me", &tech, StatusCode::OK).await["calendar_url"]
        .as_str()
        .unwrap()
        .to_string();
    assert_ne!(renewed, feed_url);
    assert_eq!(
        reqwest::get(app.url("/calendar/nonsense.ics"))
            .await
            .unwrap()
            .status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn an_overdue_report_is_flagged_for_its_delegate_the_queue_and_the_manager() {
    let smtp = SmtpSink::start().await;
    let app = spawn_app_with(|c| c.smtp_url = Some(smtp.url.clone())).await;
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let reference = app
        .file_report(
            &tenant,
            report("lift", "stair", "Ascensore fermo da giorni."),
        )
        .await;
    // Nine days without an answer.
    app.sql(&format!(
        "UPDATE reports SET created_at = '2026-01-01 08:00:00', response_due_at = '2026-01-02 08:00:00', resolution_due_at = '2026-01-08 08:00:00' WHERE reference = '{reference}'"
    ));
    let delegate = app.visitor();
    delegate.sign_in_ok("referente@demo.test").await;
    let (_, list) = delegate.page("/reports").await;
    let around = texts(&list, "#around-heading + ul li").join(" | ");
    assert!(around.contains("Nessuna risposta da"), "{around}");
    let tech = app.api_token("tecnico.aler@demo.test", "demo").await;
    let overdue = app
        .api_json("/api/v1/queue?overdue=true", &tech, StatusCode::OK)
        .await;
    assert!(refs(&overdue).contains(&reference));
    assert!(overdue["counts"]["overdue"].as_i64().unwrap() >= 1);
    assert!(overdue["reports"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["overdue"] == true));
    // The manager's digest lists it, once a day.
    let messages = smtp.wait_for(1).await;
    let digest = decoded(
        messages
            .iter()
            .find(|m| m.contains("responsabile.aler@demo.test"))
            .expect("a digest for the manager"),
    );
    assert!(digest.contains(&reference), "{digest}");
    // A whole round of the job later, no second digest is even queued.
    app.housekeeping_ran().await;
    assert_eq!(
        app.count(
            "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM outbox \
             WHERE recipient = 'responsabile.aler@demo.test'"
        ),
        1
    );
}

#[tokio::test]
async fn bulk_actions_update_many_reports_at_once() {
    let app = spawn_app().await;
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let neighbour = app.api_token("referente@demo.test", "demo").await;
    let a = app
        .file_report(
            &tenant,
            report("lift", "stair", "L'ascensore della scala A è fermo."),
        )
        .await;
    let b = app
        .file_report(
            &neighbour,
            report("lift", "stair", "Ascensore scala A bloccato."),
        )
        .await;
    let tech = app.visitor();
    tech.sign_in_ok("tecnico.aler@demo.test").await;
    let (_, queue) = tech.page("/work").await;
    assert!(texts(&queue, ".queue .report-item")
        .iter()
        .any(|t| t.contains(&a)));
    let res = tech
        .submit(
            "/work",
            "/work/bulk",
            &[
                (&format!("ref_{a}"), "on"),
                (&format!("ref_{b}"), "on"),
                ("action", "comment"),
                ("body", "La ditta degli ascensori arriva oggi pomeriggio."),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let res = tech
        .submit(
            "/work",
            "/work/bulk",
            &[
                (&format!("ref_{a}"), "on"),
                (&format!("ref_{b}"), "on"),
                ("action", "acknowledge"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    for (token, reference) in [(&tenant, &a), (&neighbour, &b)] {
        let seen = app
            .api_json(
                &format!("/api/v1/reports/{reference}"),
                token,
                StatusCode::OK,
            )
            .await;
        assert_eq!(seen["status"], "acknowledged");
        assert!(seen["events"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["body"] == "La ditta degli ascensori arriva oggi pomeriggio."));
    }
    let res = tech
        .submit("/work", "/work/bulk", &[("action", "acknowledge")])
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn managers_set_service_levels_and_ready_answers_for_their_team() {
    let app = spawn_app().await;
    let manager = app.visitor();
    manager.sign_in_ok("responsabile.aler@demo.test").await;
    let (status, team) = manager.page("/work/team").await;
    assert_eq!(status, StatusCode::OK);
    assert!(texts(&team, "table tbody th").contains(&"Davide Brambilla".to_string()));
    let org = crate::helpers::attr(&team, r#"form[action$="/service-levels"]"#, "action").unwrap();
    let mut levels: Vec<(String, String)> = vec![];
    for p in ["low", "normal", "high", "urgent"] {
        levels.push((format!("first_response_{p}"), "2".into()));
        levels.push((format!("resolution_{p}"), "48".into()));
    }
    let fields: Vec<(&str, &str)> = levels
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let res = manager.submit("/work/team", &org, &fields).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let filed = app
        .api_file(&tenant, report("lift", "stair", "Ascensore fermo."), None)
        .await
        .json::<Value>()
        .await
        .unwrap();
    let created =
        chrono::DateTime::parse_from_rfc3339(filed["created_at"].as_str().unwrap()).unwrap();
    let due = chrono::DateTime::parse_from_rfc3339(filed["expected_by"].as_str().unwrap()).unwrap();
    assert_eq!(
        (due - created).num_hours(),
        48,
        "the new service level sets the deadline"
    );
    let mut bad = fields.clone();
    bad[0] = ("first_response_low", "100");
    let res = manager.submit("/work/team", &org, &bad).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);

    let templates = org.replace("service-levels", "templates");
    let res = manager
        .submit(
            "/work/team",
            &templates,
            &[
                ("title", "Presa in carico"),
                (
                    "body",
                    "Abbiamo preso in carico la segnalazione {reference} ({category}).",
                ),
                ("locale", "it"),
                ("category", ""),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let tech = app.visitor();
    tech.sign_in_ok("tecnico.aler@demo.test").await;
    let reference = filed["ref"].as_str().unwrap();
    let (status, page) = tech.page(&format!("/reports/{reference}")).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    let link = crate::helpers::attr(&page, r#"a[href*="?template="]"#, "href").unwrap();
    let (_, filled) = tech.page(&link).await;
    assert_eq!(
        texts(&filled, "#comment-body"),
        vec![format!(
            "Abbiamo preso in carico la segnalazione {reference} (Ascensore)."
        )]
    );
    assert_eq!(
        tech.get("/work/team").await.status(),
        StatusCode::NOT_FOUND,
        "technicians do not manage"
    );
}
