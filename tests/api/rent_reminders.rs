//! Rent reminders and news (issue: "reminders before it is late"): a week before a day due,
//! on it and gently after, the oldest unpaid day first and never more than one a week; a
//! household on a plan is reminded of its instalments instead, and a missed instalment alerts
//! the desk and the rent office; help asked and answered and plans proposed reach the other
//! side — each once, by inbox and by the channels each person has (here: mail through a real
//! SMTP server), and never anybody else.

use chrono::{Datelike, Duration, NaiveDate};
use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::smtp::decoded;
use crate::helpers::{spawn_app_with, texts, SmtpSink, TestApp};

const HEADER: &str = "kind,unit,period,due_on,item,amount,notice_code,creditor_tax_code,paid_on\n";

fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// A day `from..=to` days from today that is not the 10th, the demo bills' day (whose
/// reminders the demo decided when it was made).
fn day_between(from: i64, to: i64) -> NaiveDate {
    (from..=to)
        .map(|n| today() + Duration::days(n))
        .find(|d| d.day() != 10)
        .expect("a day that is not the 10th")
}

fn charge(unit: &str, period: &str, due: NaiveDate, euros: &str) -> String {
    format!("charge,{unit},{period},{due},rent,{euros},,,\n")
}

/// The mails to `to`, decoded.
fn mails_to(smtp: &SmtpSink, to: &str) -> Vec<String> {
    smtp.messages()
        .iter()
        .map(|m| decoded(m))
        .filter(|m| m.contains(&format!("To: {to}")))
        .collect()
}

async fn quiet_rounds(app: &TestApp) {
    for _ in 0..3 {
        app.housekeeping_ran().await;
        app.settled_rent().await;
    }
}

#[tokio::test]
async fn reminders_go_once_per_rule_oldest_first_one_a_week_and_plans_dates_instead() {
    let smtp = SmtpSink::start().await;
    let app = spawn_app_with(|c| c.smtp_url = Some(smtp.url.clone())).await;
    // The demo's own bills were decided when it was made: nothing goes at start.
    quiet_rounds(&app).await;
    assert_eq!(smtp.messages().len(), 0, "{:?}", smtp.messages());

    let soon = day_between(2, 7);
    let late = day_between(-25, -8);
    // Fatima El Amrani's household is on a plan: time passes (one instalment moved 15 days
    // back and unpaid, the next into this week) and a bill falls due this week.
    let plan: i64 = app.count("SELECT CAST(MAX(id) AS BIGINT) AS n FROM rent_plans");
    let instalments = |order: &str| {
        app.count(&format!(
            "SELECT CAST(id AS BIGINT) AS n FROM rent_plan_instalments WHERE plan_id = {plan} \
             ORDER BY due_on {order} LIMIT 1"
        ))
    };
    let (first, last) = (instalments("ASC"), instalments("DESC"));
    let missed_day = today() - Duration::days(15);
    app.sql(&format!(
        "UPDATE rent_plan_instalments SET due_on = '{missed_day}' WHERE id = {first}"
    ));
    app.sql(&format!(
        "UPDATE rent_plan_instalments SET due_on = '{soon}' WHERE id = {last}"
    ));
    app.rent_import(
        &[
            HEADER.to_string(),
            // Giulia Colombo: a bill due this week.
            charge("GUA12-A-21", "2031-01", soon, "80.00"),
            // Salvatore Russo: one bill unpaid for weeks and one due this week: the older goes.
            charge("GUA12-A-32", "2031-01", late, "50.00"),
            charge("GUA12-A-32", "2031-02", soon, "70.00"),
            charge("GUA12-A-11", "2031-01", soon, "90.00"),
        ]
        .concat(),
    );

    let giulia = smtp.wait_for(1).await;
    assert!(!giulia.is_empty());
    quiet_rounds(&app).await;
    let to_giulia = mails_to(&smtp, "inquilino@demo.test");
    assert_eq!(to_giulia.len(), 1, "{to_giulia:?}");
    assert!(
        to_giulia[0].contains("Un pagamento scade il giorno") && to_giulia[0].contains("80,00"),
        "{}",
        to_giulia[0]
    );
    let to_salvatore = mails_to(&smtp, "referente@demo.test");
    assert_eq!(to_salvatore.len(), 1, "one a week: {to_salvatore:?}");
    assert!(
        to_salvatore[0].contains("Non abbiamo ancora visto il suo pagamento")
            && to_salvatore[0].contains("50,00")
            && !to_salvatore[0].contains("70,00"),
        "the oldest unpaid day first: {}",
        to_salvatore[0]
    );
    // The missed instalment alerts the desk and the rent office, once each.
    for staff in ["sportello@demo.test", "canoni.aler@demo.test"] {
        let alerts = mails_to(&smtp, staff);
        assert_eq!(alerts.len(), 1, "{staff}: {alerts:?}");
        assert!(
            alerts[0].contains("Rata non pagata: GUA12-A-11"),
            "{}",
            alerts[0]
        );
    }
    // Nobody else hears of anyone's rent.
    let others: Vec<String> = smtp
        .messages()
        .iter()
        .filter(|m| {
            ![
                "inquilino@demo.test",
                "referente@demo.test",
                "sportello@demo.test",
                "canoni.aler@demo.test",
            ]
            .iter()
            .any(|to| m.contains(&format!("To: {to}")))
        })
        .cloned()
        .collect();
    assert!(others.is_empty(), "{others:?}");
    assert_eq!(smtp.messages().len(), 4);

    // Fatima (no mail, no phone) finds hers in her inbox: the instalment, not the bill.
    let fatima = app.activated("DEMO-CASA-2345", "fatima.elamrani").await;
    let inbox = fatima
        .inbox_with(|t| t.contains("Non abbiamo ancora visto il suo pagamento"))
        .await;
    let rent: Vec<&String> = inbox.iter().filter(|t| t.contains("Affitto")).collect();
    assert_eq!(rent.len(), 1, "{inbox:?}");
    let instalment: i64 = app.count(&format!(
        "SELECT amount_cents AS n FROM rent_plan_instalments WHERE id = {first}"
    ));
    assert_eq!(
        app.count(
            "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM rent_events e JOIN units u ON u.id = e.unit_id \
             WHERE u.code = 'GUA12-A-11' AND e.kind LIKE 'reminder%'"
        ),
        1
    );
    assert_eq!(
        app.count(
            "SELECT amount_cents AS n FROM rent_events e JOIN units u ON u.id = e.unit_id \
             WHERE u.code = 'GUA12-A-11' AND e.kind = 'reminder_after'"
        ),
        instalment,
        "the plan's instalment, not the bill of 90.00"
    );
    // Opening the page reads it.
    let (_, html) = fatima.page("/rent").await;
    assert!(!html.is_empty());
    let (_, home) = fatima.page("/").await;
    assert!(
        texts(&home, ".inbox li.unread")
            .iter()
            .all(|t| !t.contains("Affitto")),
        "{:?}",
        texts(&home, ".inbox li")
    );

    // Later rounds send nothing more: every rule was decided once.
    quiet_rounds(&app).await;
    assert_eq!(smtp.messages().len(), 4);
}

/// A household's words reach the desk and the rent office, their answer reaches the household,
/// a plan proposed reaches the household — each once, never whoever wrote.
#[tokio::test]
async fn help_and_plans_reach_the_other_side_once() {
    let smtp = SmtpSink::start().await;
    let app = spawn_app_with(|c| c.smtp_url = Some(smtp.url.clone())).await;
    quiet_rounds(&app).await;
    assert_eq!(smtp.messages().len(), 0);

    let tenant = app.api_token("referente@demo.test", "demo").await;
    let res = app
        .api_post_json(
            "/api/v1/rent/help",
            &tenant,
            json!({"message": "Mio marito è in ospedale, questo mese non ce la facciamo.", "reasons": ["illness"]}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let request = res.json::<serde_json::Value>().await.unwrap()["id"]
        .as_i64()
        .unwrap();
    smtp.wait_for(2).await;
    quiet_rounds(&app).await;
    assert!(
        mails_to(&smtp, "referente@demo.test").is_empty(),
        "not told of their own words"
    );
    for staff in ["sportello@demo.test", "canoni.aler@demo.test"] {
        let mails = mails_to(&smtp, staff);
        assert_eq!(mails.len(), 1, "{staff}");
        assert!(
            mails[0].contains("Un nucleo ha scritto sull'affitto: GUA12-A-32")
                && mails[0].contains(&format!("/rent/help/{request}")),
            "{}",
            mails[0]
        );
    }
    assert_eq!(smtp.messages().len(), 2, "nobody else");

    let office = app.visitor();
    office.sign_in_ok("canoni.aler@demo.test").await;
    let res = office
        .submit(
            &format!("/rent/help/{request}"),
            &format!("/rent/help/{request}"),
            &[("message", "Ci dispiace. Possiamo proporvi delle rate.")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let office_token = app.api_token("canoni.aler@demo.test", "demo").await;
    let res = app
        .api_post_json(
            "/api/v1/rent/plans",
            &office_token,
            json!({"unit": "GUA12-A-32", "instalments": [
                {"due_on": (today() + Duration::days(20)).to_string(), "amount_cents": 120_00},
                {"due_on": (today() + Duration::days(50)).to_string(), "amount_cents": 120_00},
            ]}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    smtp.wait_for(4).await;
    quiet_rounds(&app).await;
    let household = mails_to(&smtp, "referente@demo.test");
    assert_eq!(household.len(), 2, "{household:?}");
    assert!(household
        .iter()
        .any(|m| m.contains("Una risposta alla sua richiesta sull'affitto")));
    assert!(household
        .iter()
        .any(|m| m.contains("Un piano di rientro per lei") && m.contains("240,00")));
    assert_eq!(
        mails_to(&smtp, "canoni.aler@demo.test").len(),
        1,
        "the office is not told of its own answer"
    );
    assert_eq!(smtp.messages().len(), 4, "nobody else");
    // The household's inbox links to the thread; opening it reads the message.
    let salvatore = app.visitor();
    salvatore.sign_in_ok("referente@demo.test").await;
    let inbox = salvatore
        .inbox_with(|t| t.contains("Una risposta alla sua richiesta"))
        .await;
    assert!(inbox.iter().any(|t| t.contains("Un piano di rientro")));
    salvatore.page(&format!("/rent/help/{request}")).await;
    let (_, home) = salvatore.page("/").await;
    let unread = texts(&home, ".inbox li.unread");
    assert!(
        unread.iter().all(|t| !t.contains("Una risposta")),
        "{unread:?}"
    );
    assert!(unread.iter().any(|t| t.contains("Un piano di rientro")));
}
