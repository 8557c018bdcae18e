//! An urgent notice to every household of a 1 700-household estate, by the channels each
//! chose: e-mail, SMS (only a mobile number) and push (a browser subscribed, e-mail too). The
//! real portal on loopback with the test suite's real components: an SMTP server, Kannel's
//! bearerbox and smsbox with fakesmsc as the network, and a push service. It prints, per
//! channel, how long after posting the notice the last message was handed over, and fails
//! (exit 1) if any took longer than `REACH_SECONDS` (20).
//!
//!     cargo bench --bench reach                       # SQLite
//!     PORTINERIA_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \
//!         cargo bench --bench reach                   # PostgreSQL
//!
//! `--profile dev` measures the debug build the test suite uses (slower: an upper bound).
//! The portal sends mail on 8 connections (`PORTINERIA_SMTP_CONNECTIONS=8`).
//! Households: `REACH_HOUSEHOLDS` (1 700): 40 % e-mail, 30 % SMS only, 30 % e-mail and push.

#[path = "../tests/api/helpers/mod.rs"]
#[allow(dead_code)]
mod helpers;

use std::time::{Duration, Instant};

use helpers::kannel::Kannel;
use helpers::push::{Browser, PushService};
use helpers::{spawn_app_with, SmtpSink, TestApp};
use serde_json::json;

const TOKEN: &str = "reach-bench-token-reach-bench-token-0123";

#[derive(Clone, Copy, PartialEq)]
enum Way {
    Mail,
    Sms,
    Push,
}

fn way_of(n: usize) -> Way {
    match n % 10 {
        0..=3 => Way::Mail,
        4..=6 => Way::Sms,
        _ => Way::Push,
    }
}

/// One estate of 20 buildings x 5 stairs x 17 flats (for 1 700), owned by ALER.
fn places_csv(households: usize) -> String {
    let mut csv = String::from(
        "estate_code,estate_name,city,building_code,building_name,address,owner_code,\
         owner_name,owner_kind,stair_code,stair_name,unit_code,floor,number\n",
    );
    for n in 0..households {
        let (building, stair, flat) = (n / 85, (n / 17) % 5, n % 17);
        csv.push_str(&format!(
            "RCH,Quartiere Banco,Milano,RCH{building},Via Banco {building},Via Banco {building},\
             aler-milano,ALER Milano,aler,{stair},Scala {stair},RCH-{n:04},{},{flat}\n",
            flat / 4
        ));
    }
    csv
}

/// The households, straight into the database (what the desk and the residents would have
/// done over months), and one subscribed browser per push household.
fn households(app: &TestApp, count: usize, push: &PushService, browser: &Browser) {
    let keys = browser.subscription()["keys"].clone();
    let (p256dh, auth) = (
        keys["p256dh"].as_str().unwrap(),
        keys["auth"].as_str().unwrap(),
    );
    let mut people = vec![];
    for n in 0..count {
        let (email, phone) = match way_of(n) {
            Way::Sms => ("NULL".to_string(), format!("'+39335{n:07}'")),
            Way::Mail | Way::Push => (format!("'famiglia{n:04}@example.org'"), "NULL".into()),
        };
        let verified = if phone == "NULL" {
            "NULL"
        } else {
            "CURRENT_TIMESTAMP"
        };
        people.push(format!(
            "('Famiglia {n:04}', {email}, {phone}, {verified}, 'it', CURRENT_TIMESTAMP)"
        ));
    }
    for chunk in people.chunks(500) {
        app.sql(&format!(
            "INSERT INTO users (name, email, phone, phone_verified_at, locale, created_at) \
             VALUES {};",
            chunk.join(",")
        ));
    }
    app.sql(
        "INSERT INTO role_grants (user_id, role, scope_type, scope_id, created_at) \
         SELECT u.id, 'tenant', 'unit', un.id, CURRENT_TIMESTAMP FROM users u \
         JOIN units un ON un.code = 'RCH-' || substr(u.name, 10) \
         WHERE u.name LIKE 'Famiglia %';",
    );
    let subscriptions: Vec<String> = (0..count)
        .filter(|n| way_of(*n) == Way::Push)
        .map(|n| {
            format!(
                "((SELECT id FROM users WHERE name = 'Famiglia {n:04}'), '{}', '{p256dh}', \
                 '{auth}', CURRENT_TIMESTAMP)",
                push.url(&format!("/household/{n}"))
            )
        })
        .collect();
    for chunk in subscriptions.chunks(500) {
        app.sql(&format!(
            "INSERT INTO push_subscriptions (user_id, endpoint, p256dh, auth, created_at) \
             VALUES {};",
            chunk.join(",")
        ));
    }
}

fn sent(app: &TestApp, channel: &str) -> i64 {
    app.count(&format!(
        "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM outbox WHERE channel = '{channel}' \
         AND sent_at IS NOT NULL"
    ))
}

#[tokio::main]
async fn main() {
    let count: usize = std::env::var("REACH_HOUSEHOLDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_700);
    let limit = Duration::from_secs(
        std::env::var("REACH_SECONDS")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(20),
    );
    let smtp = SmtpSink::start().await;
    let push = PushService::start();
    let mut kannel = Kannel::reserve();
    let port = helpers::process::free_port();
    let (smtp_url, sms_url) = (smtp.url.clone(), kannel.sms_url());
    let app = spawn_app_with(move |c| {
        c.bind = format!("127.0.0.1:{port}");
        c.base_url = format!("http://127.0.0.1:{port}");
        c.smtp_url = Some(smtp_url);
        // PORTINERIA_SMTP_CONNECTIONS=8: an estate of this size sends with a few more
        // connections than the default 4 (any mail relay takes 8 from one client).
        c.smtp_connections = 8;
        c.sms_url = Some(sms_url);
        c.sms_inbound_token = Some(TOKEN.into());
    })
    .await;
    kannel.start(&app.address, TOKEN).await;
    let csv = std::env::temp_dir().join(format!("reach-{}.csv", std::process::id()));
    std::fs::write(&csv, places_csv(count)).unwrap();
    let imported = app.cli(&["import", csv.to_str().unwrap()]);
    assert!(imported.status.success(), "{imported:?}");
    let browser = Browser::new(push.url("/household/0"));
    households(&app, count, &push, &browser);
    let expected = |way| (0..count).filter(|n| way_of(*n) == way).count() as i64;
    let (mails, texts, pushes) = (
        expected(Way::Mail) + expected(Way::Push),
        expected(Way::Sms),
        expected(Way::Push),
    );

    let desk = app.api_token("admin@demo.test", "demo").await;
    let estate = app.count("SELECT CAST(id AS BIGINT) AS n FROM estates WHERE code = 'RCH'");
    let posted = Instant::now();
    let res = app
        .api_post_json(
            "/api/v1/notices",
            &desk,
            json!({"scope_type": "estate", "scope_id": estate, "kind": "agency", "urgent": true,
                   "title": "Domani manca l'acqua dalle 8 alle 12",
                   "body": "Lavori urgenti alla colonna principale."}),
        )
        .await;
    assert_eq!(res.status(), reqwest::StatusCode::CREATED);

    let mut done: Vec<(&str, i64, Option<Duration>)> = vec![
        ("mail", mails, None),
        ("sms", texts, None),
        ("push", pushes, None),
    ];
    let deadline = posted + limit * 3;
    while done.iter().any(|(_, _, at)| at.is_none()) && Instant::now() < deadline {
        for (channel, wanted, at) in done.iter_mut() {
            if at.is_none() && sent(&app, channel) >= *wanted {
                *at = Some(posted.elapsed());
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // What the far ends got, besides what the outbox says.
    let delivered = [
        ("mail", smtp.messages().len() as i64),
        ("push", push.count_under("/household/") as i64),
    ];
    let backend = if app.database_url.starts_with("sqlite") {
        "SQLite"
    } else {
        "PostgreSQL"
    };
    println!("{count} households on {backend}: an urgent notice handed over");
    let mut late = false;
    for (channel, wanted, at) in &done {
        let got = delivered
            .iter()
            .find(|(c, _)| c == channel)
            .map_or(String::new(), |(_, n)| format!(", {n} received"));
        match at {
            Some(at) => println!(
                "  {channel:5} {wanted:5} messages in {:6.1} s{got}",
                at.as_secs_f64()
            ),
            None => println!(
                "  {channel:5} {wanted:5} messages: not all within {:?}{got}",
                limit * 3
            ),
        }
        late |= at.is_none_or(|at| at > limit);
    }
    let _ = std::fs::remove_file(&csv);
    if late {
        println!("slower than {limit:?}");
        std::process::exit(1);
    }
}
