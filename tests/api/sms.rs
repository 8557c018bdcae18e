//! SMS through a real gateway: Kannel's bearerbox and smsbox on loopback, fakesmsc playing the
//! phones. A tenant with only a mobile number gets urgent notices by SMS in their language —
//! GSM 7-bit for Italian, UCS-2 for Arabic — once, however many nodes send; the gateway's
//! delivery reports are recorded on the message, and nobody without the token can forge one.

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::boards::{building, post};
use crate::helpers::kannel::Kannel;
use crate::helpers::process::free_port;
use crate::helpers::{spawn_app, spawn_app_with, spawn_sibling, TestApp};

pub const TOKEN: &str = "sms-gateway-token-sms-gateway-token-0123";
/// The demo's tenant with only a mobile number (Rosa Colombo, Via Cilea 40, stair A).
pub const ROSA: &str = "+393331002000";

fn ok(out: std::process::Output) {
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// An app whose SMS go through `kannel`, on a port known before it starts, so the gateway's
/// delivery reports can reach it at its base address.
pub async fn app_with_gateway(kannel: &Kannel) -> TestApp {
    let port = free_port();
    let sms_url = kannel.sms_url();
    spawn_app_with(move |c| {
        c.bind = format!("127.0.0.1:{port}");
        c.base_url = format!("http://127.0.0.1:{port}");
        c.sms_url = Some(sms_url);
        c.sms_inbound_token = Some(TOKEN.into());
    })
    .await
}

pub fn sms_rows(app: &TestApp, filter: &str) -> i64 {
    app.count(&format!(
        "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM outbox WHERE channel = 'sms' AND {filter}"
    ))
}

fn outbox_id(app: &TestApp, to: &str) -> i64 {
    app.count(&format!(
        "SELECT CAST(MAX(id) AS BIGINT) AS n FROM outbox WHERE channel = 'sms' AND recipient = '{to}'"
    ))
}

pub async fn urgent_notice(app: &TestApp, title: &str, arabic: &str) -> (i64, Value) {
    let desk = app.api_token("sportello@demo.test", "demo").await;
    let body = json!({
        "scope_type": "building",
        "scope_id": building(app, "CIL40"),
        "kind": "agency",
        "urgent": true,
        "title": title,
        "body": "Chiusura per lavori alla colonna.",
        "translations": [{"locale": "ar", "title": arabic, "body": "إغلاق بسبب أعمال."}],
    });
    let (status, created) = post(app, &desk, body.clone()).await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let id = created["id"].as_i64().unwrap();
    // An edit (a second publication) tells nobody twice.
    let res = app
        .api_post_json(&format!("/api/v1/notices/{id}"), &desk, body.clone())
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    (id, body)
}

/// Waits (20 s at most) until `query`'s count is `expected`.
pub async fn until_count(app: &TestApp, query: &str, expected: i64) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let n = app.count(query);
        if n == expected {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "{query}: {n}, not {expected}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn an_urgent_notice_reaches_mobile_only_tenants_once_in_arabic_as_ucs2_and_in_italian_as_gsm7(
) {
    let mut kannel = Kannel::reserve();
    let app = app_with_gateway(&kannel).await;
    // A second node sends SMS from the same outbox: each message still goes once.
    let sms_url = kannel.sms_url();
    let base = app.address.clone();
    let _other_node = spawn_sibling(&app, move |c| {
        c.base_url = base;
        c.sms_url = Some(sms_url);
        c.sms_inbound_token = Some(TOKEN.into());
    })
    .await;
    kannel.start(&app.address, TOKEN).await;

    // Amina is registered from the command line with only her number, typed the Italian way.
    ok(app.cli(&[
        "user",
        "add",
        "--name",
        "Amina Haddad",
        "--phone",
        "333 111 2222",
        "--locale",
        "ar",
    ]));
    ok(app.cli(&["user", "grant", "+39 333 1112222", "tenant", "CIL40-A-03"]));
    let refused = app.cli(&[
        "user",
        "add",
        "--name",
        "Nessuno",
        "--phone",
        "02 1234 5678",
    ]);
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("mobile number"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );

    let (id, _) = urgent_notice(&app, "Domani manca l'acqua dalle 8", "الماء مقطوع").await;
    app.settled_notices().await;
    let link = format!("{}/notices/{id}", app.address);

    let amina = kannel.phone("+393331112222").wait_for(1).await;
    assert_eq!(amina[0].coding, "ucs-2", "{amina:?}");
    assert!(amina[0].text.contains("الماء مقطوع"), "{amina:?}");
    assert!(amina[0].text.contains("إشعار عاجل"), "{amina:?}");
    assert!(amina[0].text.contains(&link), "{amina:?}");
    assert_eq!(amina[0].from, "Portineria");
    let rosa = kannel.phone(ROSA).wait_for(1).await;
    assert_eq!(rosa[0].coding, "text", "{rosa:?}");
    assert_eq!(
        rosa[0].text,
        format!("Avviso urgente: Domani manca l'acqua dalle 8 - {link}")
    );

    // The gateway reports both delivered (it reports only after the phone got it), so by
    // then every SMS that was going to arrive has: each phone holds exactly one.
    until_count(
        &app,
        "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM outbox WHERE channel = 'sms' AND delivery_status = 1",
        2,
    )
    .await;
    assert_eq!(sms_rows(&app, "1 = 1"), 2, "one SMS for each of them");
    assert_eq!(sms_rows(&app, "sent_at IS NOT NULL AND attempts = 1"), 2);
    assert_eq!(kannel.phone("+393331112222").inbox().len(), 1);
    assert_eq!(kannel.phone(ROSA).inbox().len(), 1);
    // Nobody with an e-mail address got an SMS, and one SMS part each was billed.
    assert_eq!(sms_rows(&app, "parts = 1"), 2);

    // A report with the wrong token, or none, is not found and changes nothing.
    let rosa_sms = outbox_id(&app, ROSA);
    for token in ["", "wrong-token-wrong-token-wrong-token-00"] {
        let res = app
            .get(&format!("/sms/status?token={token}&id={rosa_sms}&status=2"))
            .await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{token:?}");
    }
    assert_eq!(sms_rows(&app, "delivery_status = 1"), 2);
    // With the token, a later report (the operator says it failed after all) is recorded.
    let res = app
        .get(&format!("/sms/status?token={TOKEN}&id={rosa_sms}&status=2"))
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        sms_rows(&app, &format!("id = {rosa_sms} AND delivery_status = 2")),
        1
    );
    let metrics = app.get("/metrics").await.text().await.unwrap();
    assert!(metrics.contains("portineria_sms_backlog 0"), "{metrics}");
    // Each part is billed: what went today is counted.
    assert!(
        metrics.contains("portineria_sms_parts_sent_today 2"),
        "{metrics}"
    );
}

#[tokio::test]
async fn without_a_gateway_sms_wait_in_the_outbox_and_the_desk_registers_numbers() {
    let app = spawn_app().await;
    let desk = app.visitor();
    desk.sign_in_ok("sportello@demo.test").await;
    // A landline is refused with a message in the desk's language; nobody is registered.
    let users = "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM users";
    let before = app.count(users);
    let res = desk
        .submit(
            "/desk/tenants/new",
            "/desk/tenants",
            &[
                ("name", "Olena Kovalenko"),
                ("unit_code", "CIL40-A-04"),
                ("phone", "02 660 231"),
                ("locale", "uk"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = res.text().await.unwrap();
    assert!(page.contains("Questo numero di cellulare non sembra valido"));
    assert_eq!(app.count(users), before);
    // A mobile number typed without +39 is taken, and counts as verified.
    let res = desk
        .submit(
            "/desk/tenants/new",
            "/desk/tenants",
            &[
                ("name", "Olena Kovalenko"),
                ("unit_code", "CIL40-A-04"),
                ("phone", "347 555 0101"),
                ("locale", "uk"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        app.count(
            "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM users WHERE phone = '+393475550101' AND phone_verified_at IS NOT NULL"
        ),
        1
    );

    let (id, _) = urgent_notice(&app, "Ascensore fermo", "المصعد متوقف").await;
    app.settled_notices().await;
    // Rosa and Olena: queued and logged, waiting for a gateway.
    assert_eq!(sms_rows(&app, "sent_at IS NULL"), 2);
    let olena = outbox_id(&app, "+393475550101");
    assert!(olena > 0);
    assert_eq!(
        app.count(&format!(
            "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM outbox WHERE id = {olena} AND body_text LIKE 'Терміново: Ascensore fermo - %/notices/{id}'"
        )),
        1
    );
    let metrics = app.get("/metrics").await.text().await.unwrap();
    assert!(metrics.contains("portineria_sms_backlog 2"), "{metrics}");
    // Mail is counted apart: nobody there has an address.
    assert!(metrics.contains("portineria_outbox_backlog 0"), "{metrics}");

    // Erasing Olena takes her number away with the rest.
    let olena_id =
        app.count("SELECT CAST(id AS BIGINT) AS n FROM users WHERE phone = '+393475550101'");
    let link = format!("/desk/people/{olena_id}");
    let res = desk
        .submit(&link, &format!("{link}/erase"), &[("confirmed", "yes")])
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        app.count(&format!(
            "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM users WHERE id = {olena_id} AND phone IS NULL AND phone_verified_at IS NULL"
        )),
        1
    );
}

/// Rosa's database id, for filing on her behalf.
fn rosa_id(app: &TestApp) -> i64 {
    app.count(&format!(
        "SELECT CAST(id AS BIGINT) AS n FROM users WHERE phone = '{ROSA}'"
    ))
}

#[tokio::test]
async fn past_an_estates_daily_cap_only_urgent_sms_go_and_the_admin_sees_what_they_cost() {
    let mut kannel = Kannel::reserve();
    let port = free_port();
    let sms_url = kannel.sms_url();
    let app = spawn_app_with(move |c| {
        c.bind = format!("127.0.0.1:{port}");
        c.base_url = format!("http://127.0.0.1:{port}");
        c.sms_url = Some(sms_url);
        c.sms_inbound_token = Some(TOKEN.into());
        // One part a day for the estate: the first message spends it.
        c.sms_daily_cap = Some(1);
    })
    .await;
    kannel.start(&app.address, TOKEN).await;

    // The desk files two faults for Rosa, who has only a mobile number: each filing is a
    // report update she gets by SMS.
    let desk = app.api_token("sportello@demo.test", "demo").await;
    let mut references = vec![];
    for text in [
        "Perde il rubinetto della cucina.",
        "La finestra del bagno non chiude.",
    ] {
        let form = crate::reports::report("plumbing", "unit", text)
            .text("for_user", rosa_id(&app).to_string());
        references.push(app.file_report(&desk, form).await);
    }
    let first = kannel.phone(ROSA).wait_for(1).await;
    assert!(first[0].text.contains(&references[0]), "{first:?}");
    // The second waits for midnight, however many times the sender looks.
    until_count(
        &app,
        "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM outbox WHERE channel = 'sms' AND sent_at IS NULL",
        1,
    )
    .await;

    // An urgent notice goes all the same, past the cap.
    urgent_notice(&app, "Domani manca l'acqua dalle 8", "الماء مقطوع").await;
    let both = kannel.phone(ROSA).wait_for(2).await;
    assert!(both[1].text.starts_with("Avviso urgente"), "{both:?}");
    assert_eq!(
        sms_rows(&app, "sent_at IS NULL AND urgent = false"),
        1,
        "the report update still waits"
    );
    app.housekeeping_ran().await;
    assert_eq!(kannel.phone(ROSA).inbox().len(), 2, "nothing else went");

    // The admin's page says what was spent today, by estate, and what waits.
    let admin = app.visitor();
    admin.sign_in_ok("admin@demo.test").await;
    let (status, page) = admin.page("/").await;
    assert_eq!(status, StatusCode::OK);
    let rows = crate::helpers::texts(&page, "table.sms-today tbody tr");
    let estate = rows
        .iter()
        .find(|row| row.contains("Sant'Eusebio"))
        .unwrap_or_else(|| panic!("no row for the estate in {rows:?}"));
    assert!(estate.contains("(tetto raggiunto)"), "{estate}");
    let cells = crate::helpers::texts(&page, "table.sms-today tbody tr td");
    assert_eq!(cells[0], "2 (tetto raggiunto)", "{cells:?}");
    assert_eq!(cells[1], "1", "{cells:?}");
    assert!(
        crate::helpers::texts(&page, "#sms-today ~ p")[0].contains(": 1."),
        "the cap is shown"
    );
}

#[tokio::test]
async fn with_two_nodes_and_the_gateway_killed_mid_batch_every_sms_is_handed_over() {
    let mut kannel = Kannel::reserve();
    let app = app_with_gateway(&kannel).await;
    let sms_url = kannel.sms_url();
    let base = app.address.clone();
    let _other_node = spawn_sibling(&app, move |c| {
        c.base_url = base;
        c.sms_url = Some(sms_url);
        c.sms_inbound_token = Some(TOKEN.into());
    })
    .await;
    kannel.start(&app.address, TOKEN).await;

    // Thirty households on Via Cilea reachable only by SMS, besides Rosa.
    let numbers: Vec<String> = (0..30).map(|i| format!("+3933350000{i:02}")).collect();
    for (i, number) in numbers.iter().enumerate() {
        ok(app.cli(&[
            "user",
            "add",
            "--name",
            &format!("Inquilino {i}"),
            "--phone",
            number,
        ]));
        ok(app.cli(&["user", "grant", number, "tenant", "CIL40-A-03"]));
    }
    let everyone: Vec<String> = numbers.iter().cloned().chain([ROSA.to_string()]).collect();

    urgent_notice(&app, "Domani manca l'acqua dalle 8", "الماء مقطوع").await;
    // The gateway dies with the batch under way, and comes back a few seconds later.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while kannel_delivered(&kannel, &everyone) < 3 {
        assert!(
            std::time::Instant::now() < deadline,
            "the batch did not start"
        );
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    kannel.kill();
    let before = kannel_delivered(&kannel, &everyone);
    assert!(
        before < everyone.len(),
        "killed mid-batch: {before} delivered"
    );
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    kannel.start(&app.address, TOKEN).await;

    // Nothing lost by the portal and one message per person in the outbox: the gateway took
    // a request for each number (what it does with one it took just before dying is its own
    // spool's business), and one only, except those in flight at the kill: Kannel's sendsms
    // has no idempotency key, so a request it accepted but could not answer is sent again (at
    // most one for each of the 2 x 2 sending connections).
    until_count(
        &app,
        "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM outbox WHERE channel = 'sms' AND sent_at IS NOT NULL",
        everyone.len() as i64,
    )
    .await;
    assert_eq!(sms_rows(&app, "1 = 1"), everyone.len() as i64);
    app.housekeeping_ran().await;
    let accepted: Vec<usize> = everyone.iter().map(|n| kannel.accepted_for(n)).collect();
    assert!(accepted.iter().all(|n| *n >= 1), "{accepted:?}");
    let again = accepted.iter().sum::<usize>() - everyone.len();
    assert!(again <= 4, "{again} sent again: {accepted:?}");
}

/// How many of `numbers` have received something so far.
fn kannel_delivered(kannel: &Kannel, numbers: &[String]) -> usize {
    numbers
        .iter()
        .filter(|n| !kannel.phone(n).inbox().is_empty())
        .count()
}
