//! Visits in the tenant's flat follow what the tenant said: within their time windows, or with
//! their permission to enter outside them ("entry without the tenant", said everywhere the
//! visit shows); a tenant who said nothing is asked first. Every move goes through the rules.

use chrono::{Datelike, Duration, Weekday};
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::helpers::{spawn_app, texts, TestApp};
use crate::reports::report;

/// A weekday at least two days ahead, `YYYY-MM-DD` (visits are agreed in local time; two days
/// ahead keeps clear of midnight in any zone).
pub fn weekday_ahead() -> String {
    let mut day = chrono::Utc::now().date_naive() + Duration::days(2);
    while matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
        day += Duration::days(1);
    }
    day.format("%Y-%m-%d").to_string()
}

async fn technician(app: &TestApp) -> (String, i64) {
    let token = app.api_token("tecnico.aler@demo.test", "demo").await;
    let id = app.api_json("/api/v1/me", &token, StatusCode::OK).await["id"]
        .as_i64()
        .unwrap();
    (token, id)
}

async fn visit(
    app: &TestApp,
    token: &str,
    reference: &str,
    technician: i64,
    hours: (&str, &str),
) -> (StatusCode, Value) {
    let body = json!({"type": "visit", "technician": technician, "day": weekday_ahead(), "from": hours.0, "until": hours.1});
    app.report_event(token, reference, body).await
}

#[tokio::test]
async fn with_permission_a_visit_may_fall_outside_the_windows_and_says_so() {
    let app = spawn_app().await;
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let (tech, tech_id) = technician(&app).await;
    let with_permission = app
        .file_report(
            &tenant,
            report("heating", "unit", "Il termosifone non scalda.")
                .text("time_windows", "morning")
                .text("permission_to_enter", "yes"),
        )
        .await;
    let (status, body) = visit(&app, &tech, &with_permission, tech_id, ("15:00", "17:00")).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(body["visits"][0]["without_tenant"], true);
    // Within the window, the tenant is expected home.
    let (status, body) = visit(&app, &tech, &with_permission, tech_id, ("09:00", "10:00")).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let at = |from: &str| {
        body["visits"]
            .as_array()
            .unwrap()
            .iter()
            .find(|v| v["from"] == from)
            .unwrap()["without_tenant"]
            .clone()
    };
    assert_eq!((at("15:00"), at("09:00")), (json!(true), json!(false)));

    // The tenant's page, the technician's agenda and the report page all say so.
    let page_of = |who: &'static str, path: String| {
        let app = app.visitor();
        async move {
            app.sign_in_ok(who).await;
            app.page(&path).await.1
        }
    };
    let said = "Ingresso senza l'inquilino (con il suo permesso)";
    let tenant_page = page_of("inquilino@demo.test", format!("/reports/{with_permission}")).await;
    assert!(texts(&tenant_page, "#visits-heading + ul li")
        .iter()
        .any(|t| t.contains(said)));
    let agenda = page_of(
        "tecnico.aler@demo.test",
        format!("/work/agenda?week={}", weekday_ahead()),
    )
    .await;
    let entries = texts(&agenda, "main li");
    assert!(
        entries
            .iter()
            .any(|t| t.contains(&with_permission) && t.contains("15:00") && t.contains(said)),
        "{entries:?}"
    );
    assert!(entries
        .iter()
        .any(|t| t.contains(&with_permission) && t.contains("09:00") && !t.contains(said)));

    // Without permission, the visit must fit a window.
    let without = app
        .file_report(
            &tenant,
            report("plumbing", "unit", "Perde il rubinetto.").text("time_windows", "afternoon"),
        )
        .await;
    let (status, body) = visit(&app, &tech, &without, tech_id, ("09:00", "10:00")).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        body["error"]["message"],
        "L'orario non rientra in quelli indicati dall'inquilino."
    );
    let (status, _) = visit(&app, &tech, &without, tech_id, ("14:00", "15:00")).await;
    assert_eq!(status, StatusCode::CREATED);
}

#[tokio::test]
async fn a_tenant_who_gave_no_times_is_asked_before_a_visit() {
    let app = spawn_app().await;
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let (tech, tech_id) = technician(&app).await;
    let reference = app
        .file_report(
            &tenant,
            report("damp", "unit", "Muffa sul soffitto della camera."),
        )
        .await;
    let (status, body) = visit(&app, &tech, &reference, tech_id, ("09:00", "10:00")).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body["error"]["message"]
        .as_str()
        .unwrap()
        .contains("non ha detto quando è in casa"));

    // The technician's page offers to ask; asking tells the tenant.
    let staff = app.visitor();
    staff.sign_in_ok("tecnico.aler@demo.test").await;
    let (_, page) = staff.page(&format!("/reports/{reference}")).await;
    assert!(texts(&page, "main")
        .join(" ")
        .contains("Chiedi all'inquilino quando è in casa"));
    let res = staff
        .submit(
            &format!("/reports/{reference}"),
            &format!("/reports/{reference}/events"),
            &[("action", "ask_times")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let home = app.visitor();
    home.sign_in_ok("inquilino@demo.test").await;
    home.inbox_with(|t| t.contains(&reference) && t.contains("quando è in casa"))
        .await;

    // The tenant answers on the report's page, without JavaScript.
    let page = format!("/reports/{reference}");
    let (_, tenant_page) = home.page(&page).await;
    assert!(texts(&tenant_page, "#times-heading").len() == 1);
    let res = home
        .submit(
            &page,
            &format!("/reports/{reference}/events"),
            &[
                ("action", "times"),
                ("time_windows", "morning"),
                ("time_windows", "evening"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (status, body) = visit(&app, &tech, &reference, tech_id, ("09:00", "10:00")).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(body["time_windows"], json!(["morning", "evening"]));
    assert!(body["events"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["summary"] == "L'inquilino è in casa: Di mattina, Di sera"));
    // Saying nothing at all is not an answer.
    let res = home
        .submit(
            &page,
            &format!("/reports/{reference}/events"),
            &[("action", "times")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn only_the_tenant_of_an_open_report_asks_to_move_its_visit() {
    let app = spawn_app().await;
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let neighbour = app.api_token("referente@demo.test", "demo").await;
    let (tech, tech_id) = technician(&app).await;
    let reference = app
        .file_report(
            &tenant,
            report("heating", "unit", "La caldaia si spegne.").text("time_windows", "morning"),
        )
        .await;
    let (status, body) = visit(&app, &tech, &reference, tech_id, ("09:00", "10:00")).await;
    assert_eq!(status, StatusCode::CREATED);
    let visit_id = body["visits"][0]["id"].clone();
    let ask =
        json!({"type": "visit_change", "visit": visit_id, "body": "Posso solo il pomeriggio."});
    let (status, _) = app.report_event(&neighbour, &reference, ask.clone()).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "not their flat");
    // Once the report is resolved, its visit can no longer be moved by anyone's request.
    let (status, _) = app
        .report_event(
            &tech,
            &reference,
            json!({"type": "transition", "to": "resolved", "body": "Riparata da remoto."}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let (status, _) = app.report_event(&tenant, &reference, ask).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "the rules refuse it");
}

#[tokio::test]
async fn the_demo_agendas_have_visits_this_week_and_next() {
    let app = spawn_app().await;
    for technician in ["tecnico.aler@demo.test", "tecnico.comune@demo.test"] {
        let visitor = app.visitor();
        visitor.sign_in_ok(technician).await;
        let (_, this_week) = visitor.page("/work/agenda").await;
        let next = crate::helpers::attr(
            &this_week,
            r#"a[href^="/work/agenda?week="]:last-of-type"#,
            "href",
        )
        .unwrap();
        let (_, next_week) = visitor.page(&next).await;
        let count = |page: &str| texts(page, "main section li").len();
        assert!(
            count(&this_week) + count(&next_week) >= 2,
            "{technician} has visits in the agenda"
        );
        assert!(count(&next_week) >= 1, "{technician} has visits next week");
        let token = app.api_token(technician, "demo").await;
        let feed = app.api_json("/api/v1/me", &token, StatusCode::OK).await["calendar_url"]
            .as_str()
            .unwrap()
            .replace("http://portineria.test", "");
        let ics = reqwest::get(app.url(&feed))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(ics.matches("BEGIN:VEVENT").count() >= 2, "{ics}");
    }
}

/// `POST …/visits/{id}/done` as the technician's phone sends it.
async fn visit_report(
    app: &TestApp,
    token: &str,
    reference: &str,
    visit: i64,
    outcome: &str,
) -> (StatusCode, Value) {
    let form = reqwest::multipart::Form::new()
        .text("notes", "Suonato due volte, nessuna risposta.")
        .text("outcome", outcome.to_string());
    let res = reqwest::Client::new()
        .post(app.url(&format!("/api/v1/reports/{reference}/visits/{visit}/done")))
        .bearer_auth(token)
        .multipart(form)
        .send()
        .await
        .unwrap();
    let status = res.status();
    (status, res.json().await.unwrap())
}

#[tokio::test]
async fn a_visit_that_found_nobody_home_waits_for_a_new_one_and_counts_on_the_stats() {
    let app = spawn_app().await;
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let (tech, tech_id) = technician(&app).await;
    let reference = app
        .file_report(
            &tenant,
            report("plumbing", "unit", "Perde il rubinetto.").text("time_windows", "morning"),
        )
        .await;
    let (status, body) = visit(&app, &tech, &reference, tech_id, ("09:00", "10:00")).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let visit_id = body["visits"][0]["id"].as_i64().unwrap();

    let (status, body) = visit_report(&app, &tech, &reference, visit_id, "elsewhere").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let (status, body) = visit_report(&app, &tech, &reference, visit_id, "nobody_home").await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    // Back to be scheduled again, and the timeline says why.
    assert_eq!(body["status"], "acknowledged");
    let last = body["events"].as_array().unwrap().last().unwrap().clone();
    assert!(
        last["summary"]
            .as_str()
            .unwrap()
            .starts_with("Il tecnico è passato"),
        "{last}"
    );
    // Reported once: the visit is no longer planned.
    let (status, _) = visit_report(&app, &tech, &reference, visit_id, "resolved").await;
    assert_eq!(status, StatusCode::CONFLICT);

    // The tenant reads it on the report, and in her inbox.
    let tenant_browser = app.visitor();
    tenant_browser.sign_in_ok("inquilino@demo.test").await;
    let (_, page) = tenant_browser.page(&format!("/reports/{reference}")).await;
    assert!(
        texts(&page, "#visits-heading + ul li")
            .iter()
            .any(|t| t.contains("Nessuno in casa")),
        "{:?}",
        texts(&page, "#visits-heading + ul li")
    );
    tenant_browser
        .inbox_with(|item| item.contains("non ha trovato nessuno in casa"))
        .await;

    // The landlord's manager sees the share of visits that found nobody home.
    let manager = app.visitor();
    manager.sign_in_ok("responsabile.aler@demo.test").await;
    let (status, html) = manager.page("/stats").await;
    assert_eq!(status, StatusCode::OK);
    let heads = texts(&html, "table.figures thead th");
    let column = heads
        .iter()
        .position(|h| h == "Nessuno in casa")
        .unwrap_or_else(|| panic!("{heads:?}"));
    let doc = scraper::Html::parse_document(&html);
    let rows = scraper::Selector::parse("table.figures tbody tr").unwrap();
    let cells = scraper::Selector::parse("th, td").unwrap();
    let aler_cells: Vec<String> = doc
        .select(&rows)
        .map(|r| {
            r.select(&cells)
                .map(|c| c.text().collect::<String>().trim().to_string())
                .collect::<Vec<_>>()
        })
        .find(|cells| cells[0] == "ALER Milano")
        .expect("ALER's row");
    assert_ne!(aler_cells[column], "—", "{aler_cells:?}");
    assert!(aler_cells[column].ends_with('%'), "{aler_cells:?}");
}
