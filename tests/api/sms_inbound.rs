//! A plain mobile phone as a full way in, through a real gateway (Kannel, fakesmsc playing the
//! phones): a fault written in an SMS files a report for the right flat and the reply gives its
//! reference; "SI" and "NO" answer "is it fixed?" and the day-before visit reminder; STOP,
//! AIUTO, strangers, floods and retried or forged deliveries behave as a tenant and the desk
//! would expect; the quiet hours hold back all but urgent notices and answers.

use chrono::{Duration, Timelike};
use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::kannel::Kannel;
use crate::helpers::process::free_port;
use crate::helpers::{attr, spawn_app_with, texts, TestApp};
use crate::reports::report;
use crate::sms::{app_with_gateway, sms_rows, until_count, urgent_notice, ROSA, TOKEN};
use crate::visits::weekday_ahead;
use portineria::core::config::QuietHours;

fn count(app: &TestApp, from_where: &str) -> i64 {
    app.count(&format!(
        "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM {from_where}"
    ))
}

fn rosa_id(app: &TestApp) -> i64 {
    app.count(&format!(
        "SELECT CAST(id AS BIGINT) AS n FROM users WHERE phone = '{ROSA}'"
    ))
}

/// The report reference (`SEG-2026-000123`) in a text.
fn reference_in(text: &str) -> String {
    let at = text
        .find("SEG-")
        .unwrap_or_else(|| panic!("no reference in {text:?}"));
    text[at..at + 15].to_string()
}

fn report_where(app: &TestApp, reference: &str, condition: &str) -> i64 {
    count(
        app,
        &format!("reports WHERE reference = '{reference}' AND {condition}"),
    )
}

/// The gateway's call for a message, as Kannel makes it.
fn inbound(token: &str, from: &str, text: &str, id: &str) -> String {
    let query: String = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("token", token)
        .append_pair("from", from)
        .append_pair("to", "4000")
        .append_pair("text", text)
        .append_pair("coding", "0")
        .append_pair("charset", "UTF-8")
        .append_pair("id", id)
        .finish();
    format!("/sms/inbound?{query}")
}

#[tokio::test]
async fn a_text_from_a_tenants_phone_files_a_report_for_her_flat_once_and_the_reply_gives_its_reference(
) {
    let mut kannel = Kannel::reserve();
    let app = app_with_gateway(&kannel).await;
    kannel.start(&app.address, TOKEN).await;
    let rosa = kannel.phone(ROSA);
    let rosa_id = rosa_id(&app);

    rosa.send("Perde il rubinetto della cucina da ieri sera")
        .await;
    let reply = rosa.wait_for_text("SEG-").await;
    let reference = reference_in(&reply.text);
    assert_eq!(reply.coding, "text", "Italian goes as GSM 7-bit: {reply:?}");
    assert!(
        reply.text.starts_with(&format!(
            "Grazie, abbiamo ricevuto la segnalazione {reference}."
        )),
        "{reply:?}"
    );
    assert!(
        reply
            .text
            .ends_with(&format!("{}/reports/{reference}", app.address)),
        "{reply:?}"
    );
    // Her flat, in her words, sorted as plumbing, filed by and for her.
    assert_eq!(
        report_where(
            &app,
            &reference,
            &format!(
                "location = 'unit' AND unit_id = (SELECT id FROM units WHERE code = 'CIL40-A-02') \
                 AND category_id = (SELECT id FROM categories WHERE code = 'plumbing') \
                 AND description = 'Perde il rubinetto della cucina da ieri sera' \
                 AND filed_by = {rosa_id} AND filed_for = {rosa_id}"
            )
        ),
        1
    );

    // The stairs are a common area of her stair: the report is for the stair, not her flat.
    rosa.send("La luce delle scale è spenta da due giorni")
        .await;
    let messages = rosa.wait_for(2).await;
    let stairs = reference_in(&messages[1].text);
    assert_eq!(
        report_where(
            &app,
            &stairs,
            "location = 'stair' AND unit_id IS NULL \
             AND stair_id = (SELECT stair_id FROM units WHERE code = 'CIL40-A-02') \
             AND category_id = (SELECT id FROM categories WHERE code = 'electrical')"
        ),
        1
    );

    // The gateway delivers one message again and again, some of it at once (it retries a
    // call it thinks failed): one report, one answer.
    let retry = inbound(
        TOKEN,
        ROSA,
        "Citofono rotto da stamattina",
        "kannel-retry-1",
    );
    for _ in 0..2 {
        assert_eq!(app.get(&retry).await.status(), StatusCode::OK);
    }
    let together: Vec<_> = (0..4).map(|_| app.get(&retry)).collect();
    for res in futures_util::future::join_all(together).await {
        assert_eq!(res.status(), StatusCode::OK);
    }
    assert_eq!(
        count(
            &app,
            "reports WHERE description = 'Citofono rotto da stamattina'"
        ),
        1
    );
    // Every answer handed to the gateway and delivered: each phone message has its one reply.
    until_count(
        &app,
        &format!(
            "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM outbox WHERE channel = 'sms' \
             AND recipient = '{ROSA}' AND delivery_status = 1"
        ),
        3,
    )
    .await;
    assert_eq!(sms_rows(&app, &format!("recipient = '{ROSA}'")), 3);
    // fakesmsc prints what it got within a second of getting it.
    assert_eq!(rosa.wait_for(3).await.len(), 3);
}

#[tokio::test]
async fn replies_answer_is_it_fixed_and_the_visit_reminder_and_the_technician_hears_at_once() {
    let mut kannel = Kannel::reserve();
    let app = app_with_gateway(&kannel).await;
    kannel.start(&app.address, TOKEN).await;
    let rosa = kannel.phone(ROSA);
    let tech = app.api_token("tecnico.comune@demo.test", "demo").await;
    let resolve = |reference: String| {
        let (app, tech) = (&app, &tech);
        async move {
            let body =
                json!({"type": "transition", "to": "resolved", "body": "Sfiatato il termosifone"});
            let (status, answer) = app.report_event(tech, &reference, body).await;
            assert!(status.is_success(), "{status}: {answer}");
        }
    };

    rosa.send("Il termosifone della camera non scalda").await;
    let reference = reference_in(&rosa.wait_for_text("SEG-").await.text);
    resolve(reference.clone()).await;
    let asked = rosa.wait_for_text("Rispondi SI o NO").await;
    assert!(
        asked.text.starts_with(&format!("{reference} risolta: ")),
        "{asked:?}"
    );
    // NO, with why: the report is open again, her words on it.
    rosa.send("No, è ancora freddo").await;
    rosa.wait_for_text(&format!("{reference} è riaperta")).await;
    assert_eq!(report_where(&app, &reference, "status = 'received'"), 1);
    assert_eq!(
        count(
            &app,
            &format!(
                "report_events WHERE body = 'è ancora freddo' AND to_status = 'received' \
                 AND report_id = (SELECT id FROM reports WHERE reference = '{reference}')"
            )
        ),
        1
    );
    // Resolved again, asked again: SI closes it.
    resolve(reference.clone()).await;
    let asked_twice = format!(
        "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM outbox WHERE recipient = '{ROSA}' \
         AND body_text LIKE '%Rispondi SI o NO%' AND delivery_status = 1"
    );
    until_count(&app, &asked_twice, 2).await;
    rosa.send("Si").await;
    rosa.wait_for_text(&format!("{reference} è chiusa")).await;
    assert_eq!(report_where(&app, &reference, "status = 'closed'"), 1);

    // The desk files for Rosa, who is home in the mornings; the technician books a visit.
    let desk = app.api_token("sportello@demo.test", "demo").await;
    let visit_report = app
        .file_report(
            &desk,
            report("plumbing", "unit", "Lo scarico del lavandino è intasato")
                .text("for_user", rosa_id(&app).to_string())
                .text("time_windows", "morning"),
        )
        .await;
    let tech_id = app.api_json("/api/v1/me", &tech, StatusCode::OK).await["id"]
        .as_i64()
        .unwrap();
    let booking = json!({"type": "visit", "technician": tech_id, "day": weekday_ahead(), "from": "09:00", "until": "11:00"});
    let (status, body) = app.report_event(&tech, &visit_report, booking).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    // Days pass: the visit, booked long ago, is tomorrow (visits are kept in Italian time).
    let starts = portineria::i18n::format::local_now() + Duration::hours(20);
    let ends = starts + Duration::hours(2);
    let at = |t: chrono::NaiveDateTime| t.format("%Y-%m-%d %H:%M:%S").to_string();
    app.sql(&format!(
        "UPDATE visits SET starts_at = '{}', ends_at = '{}', created_at = '2026-01-01 00:00:00' \
         WHERE report_id = (SELECT id FROM reports WHERE reference = '{visit_report}')",
        at(starts),
        at(ends)
    ));
    let reminder = rosa.wait_for_text("rispondi NO").await;
    let window = format!(
        "Domani dalle {:02}:{:02} alle {:02}:{:02}",
        starts.hour(),
        starts.minute(),
        ends.hour(),
        ends.minute()
    );
    assert!(reminder.text.starts_with(&window), "{reminder:?}");
    assert!(reminder.text.contains(&visit_report), "{reminder:?}");
    rosa.send("NO").await;
    rosa.wait_for_text(&format!("la visita per {visit_report} sarà spostata"))
        .await;
    assert_eq!(
        count(
            &app,
            &format!(
                "visits WHERE change_requested = 'Risposta per SMS: quel giorno non ci sarà nessuno in casa.' \
                 AND report_id = (SELECT id FROM reports WHERE reference = '{visit_report}')"
            )
        ),
        1
    );
    // The technician hears of it in his inbox, within moments.
    until_count(
        &app,
        &format!(
            "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM inbox JOIN report_events ON report_events.id = inbox.event_id \
             WHERE report_events.kind = 'visit_change_requested' AND inbox.user_id = {tech_id}"
        ),
        1,
    )
    .await;
    // Reminded once, however many rounds the reminders ran meanwhile.
    assert_eq!(
        sms_rows(
            &app,
            &format!("recipient = '{ROSA}' AND body_text LIKE 'Domani dalle%'")
        ),
        1
    );
}

#[tokio::test]
async fn stop_help_strangers_floods_and_forged_calls_are_handled_as_promised() {
    let mut kannel = Kannel::reserve();
    let app = app_with_gateway(&kannel).await;
    kannel.start(&app.address, TOKEN).await;
    let rosa = kannel.phone(ROSA);

    // Without the token, or with a wrong one, the address does not exist and nothing happens.
    for token in ["", "wrong-token-wrong-token-wrong-token-00"] {
        let res = app
            .get(&inbound(token, ROSA, "Citofono rotto", "forged-1"))
            .await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{token:?}");
    }
    assert_eq!(count(&app, "sms_inbound"), 0);
    assert_eq!(
        count(&app, "reports WHERE description = 'Citofono rotto'"),
        0
    );
    // A sender that is not a number is refused clearly.
    let res = app
        .get(&inbound(
            TOKEN,
            "Portineria",
            "Citofono rotto",
            "bad-sender",
        ))
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // AIUTO: what she can do, and the desk.
    rosa.send("Aiuto").await;
    let help = rosa.wait_for_text("Sportello: ").await;
    assert!(help.text.contains("STOP"), "{help:?}");

    // A stranger files nothing, and is answered once however often they write.
    let stranger = kannel.phone("+393339998877");
    stranger.send("Perde il tubo in bagno").await;
    stranger.send("Perde ancora il tubo in bagno").await;
    stranger.wait_for_text("non è registrato").await;
    until_count(
        &app,
        "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM sms_inbound",
        3,
    )
    .await;
    assert_eq!(sms_rows(&app, "recipient = '+393339998877'"), 1);
    assert_eq!(
        count(&app, "reports WHERE description LIKE '%tubo in bagno%'"),
        0
    );
    // No list of who wrote is kept: senders are digests.
    assert_eq!(
        count(&app, "sms_inbound WHERE sender_digest LIKE '%3339998877%'"),
        0
    );

    // A number flooding the address is answered once more, politely, and read no further.
    let calls: Vec<String> = (0..15)
        .map(|n| {
            inbound(
                TOKEN,
                "+393334445566",
                &format!("Messaggio numero {n}"),
                &format!("flood-{n}"),
            )
        })
        .collect();
    let flood: Vec<_> = calls.iter().map(|call| app.get(call)).collect();
    for res in futures_util::future::join_all(flood).await {
        assert_eq!(res.status(), StatusCode::OK);
    }
    assert_eq!(sms_rows(&app, "recipient = '+393334445566'"), 2);
    assert_eq!(
        sms_rows(
            &app,
            "recipient = '+393334445566' AND body_text LIKE 'Abbiamo ricevuto molti messaggi%'"
        ),
        1
    );

    // STOP: confirmed, and the end of SMS for her.
    rosa.send("stop").await;
    rosa.wait_for_text("Non riceverai più SMS da Portineria")
        .await;
    assert_eq!(
        count(
            &app,
            &format!("users WHERE phone = '{ROSA}' AND sms_stopped_at IS NOT NULL")
        ),
        1
    );
    let before = sms_rows(&app, &format!("recipient = '{ROSA}'"));
    urgent_notice(&app, "Domani manca l'acqua", "الماء مقطوع").await;
    app.settled_notices().await;
    // What she writes afterwards is still filed (nothing she says is lost), unanswered.
    rosa.send("Il portone non si chiude").await;
    until_count(
        &app,
        "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM reports WHERE description = 'Il portone non si chiude' \
         AND location = 'building'",
        1,
    )
    .await;
    assert_eq!(sms_rows(&app, &format!("recipient = '{ROSA}'")), before);

    // At the desk, with her there, SMS go back on; without her say-so ticked, they do not.
    let desk = app.visitor();
    desk.sign_in_ok("sportello@demo.test").await;
    let page_link = format!("/desk/people/{}", rosa_id(&app));
    let (_, page) = desk.page(&page_link).await;
    assert!(page.contains("Ha scritto STOP ("), "{page}");
    assert!(texts(&page, ".person-card dd").contains(&ROSA.to_string()));
    let urgent_sms = |page: &str, name: &str| attr(page, "input[name=urgent_sms]", name);
    assert_eq!(urgent_sms(&page, "checked"), None);
    assert!(urgent_sms(&page, "disabled").is_some());
    let resume = format!("{page_link}/sms");
    let res = desk.submit(&page_link, &resume, &[]).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let stopped = format!("users WHERE phone = '{ROSA}' AND sms_stopped_at IS NOT NULL");
    assert_eq!(count(&app, &stopped), 1);
    let res = desk
        .submit(&page_link, &resume, &[("with_the_person", "yes")])
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(count(&app, &stopped), 0);
    let (_, page) = desk.page(&page_link).await;
    assert!(urgent_sms(&page, "checked").is_some(), "{page}");
    urgent_notice(&app, "Ascensore fermo", "المصعد متوقف").await;
    rosa.wait_for_text("Avviso urgente: Ascensore fermo").await;
}

#[tokio::test]
async fn in_the_quiet_hours_only_urgent_notices_and_answers_go() {
    let mut kannel = Kannel::reserve();
    let port = free_port();
    let sms_url = kannel.sms_url();
    // Quiet from this hour for two: whatever the time the test runs.
    let hour = portineria::i18n::format::local_now().hour();
    let app = spawn_app_with(move |c| {
        c.bind = format!("127.0.0.1:{port}");
        c.base_url = format!("http://127.0.0.1:{port}");
        c.sms_url = Some(sms_url);
        c.sms_inbound_token = Some(TOKEN.into());
        c.sms_quiet_hours = Some(QuietHours {
            from: hour,
            until: (hour + 2) % 24,
        });
    })
    .await;
    kannel.start(&app.address, TOKEN).await;
    let rosa = kannel.phone(ROSA);

    // She writes: the answer goes at once.
    rosa.send("Il citofono non funziona").await;
    let reference = reference_in(&rosa.wait_for_text("SEG-").await.text);
    // A report update waits for the morning...
    let tech = app.api_token("tecnico.comune@demo.test", "demo").await;
    let body = json!({"type": "transition", "to": "acknowledged", "body": ""});
    let (status, answer) = app.report_event(&tech, &reference, body).await;
    assert!(status.is_success(), "{status}: {answer}");
    app.settled().await;
    let waiting = format!("recipient = '{ROSA}' AND urgent = FALSE");
    assert_eq!(sms_rows(&app, &waiting), 1);
    // ...while an urgent notice, queued after it, goes now.
    urgent_notice(&app, "Domani manca l'acqua", "الماء مقطوع").await;
    rosa.wait_for_text("Avviso urgente: Domani manca l'acqua")
        .await;
    assert_eq!(sms_rows(&app, &format!("{waiting} AND sent_at IS NULL")), 1);
    assert_eq!(rosa.inbox().len(), 2);
}

#[tokio::test]
async fn the_desk_sees_per_stair_the_flats_reached_only_in_person() {
    let app = spawn_app_with(|c| c.sms_inbound_token = Some(TOKEN.into())).await;
    let desk = app.visitor();
    desk.sign_in_ok("sportello@demo.test").await;
    let stair_a = |page: &str| -> String {
        let doc = scraper::Html::parse_document(page);
        let rows = scraper::Selector::parse("table.stairs-reach tbody tr").unwrap();
        doc.select(&rows)
            .map(|row| row.text().collect::<String>())
            .find(|text| text.contains("Cilea 40") && text.contains("Scala A"))
            .unwrap_or_else(|| panic!("no row for Cilea 40, stair A: {page}"))
    };
    let (status, page) = desk.page("/desk/people").await;
    assert_eq!(status, StatusCode::OK);
    // Rosa's flat (02) is reached by SMS.
    let before = stair_a(&page);
    assert!(
        !before.contains("02,") && !before.ends_with("02"),
        "{before}"
    );
    // She writes STOP: now only a note under the door reaches her flat.
    let res = app.get(&inbound(TOKEN, ROSA, "STOP", "stop-1")).await;
    assert_eq!(res.status(), StatusCode::OK);
    let (_, page) = desk.page("/desk/people").await;
    let after = stair_a(&page);
    assert!(after.contains("02"), "{after}");
    // Her granddaughter turns on notifications on Rosa's tablet: push reaches the flat again.
    app.sql(&format!(
        "INSERT INTO push_subscriptions (user_id, endpoint, p256dh, auth, created_at) VALUES \
         ({}, 'https://fcm.googleapis.com/fcm/send/rosa-tablet', 'BKey', 'auth', \
         CURRENT_TIMESTAMP);",
        rosa_id(&app)
    ));
    let (_, page) = desk.page("/desk/people").await;
    let with_push = stair_a(&page);
    assert!(
        !with_push.contains("02,") && !with_push.ends_with("02"),
        "{with_push}"
    );
    // Nobody but the desk sees it.
    let tenant = app.visitor();
    tenant.sign_in_ok("inquilino@demo.test").await;
    let (status, _) = tenant.page("/desk/people").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}
