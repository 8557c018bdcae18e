use std::sync::atomic::Ordering;
use std::time::Duration;

use reqwest::StatusCode;

use crate::helpers::smtp::decoded;
use crate::helpers::{location, spawn_app, spawn_app_with, spawn_sibling, texts, SmtpSink};

fn link_in(message: &str) -> String {
    let text = decoded(message);
    let start = text
        .find("http://portineria.test/login/link/")
        .expect("a sign-in link");
    text[start..]
        .split(|c: char| c.is_whitespace() || c == '"' || c == '<')
        .next()
        .unwrap()
        .to_string()
}

#[tokio::test]
async fn a_magic_link_arrives_by_mail_and_signs_in_once() {
    let smtp = SmtpSink::start().await;
    let app = spawn_app_with(|c| c.smtp_url = Some(smtp.url.clone())).await;
    let res = app
        .submit("/login", "/login/link", &[("email", "Inquilino@Demo.test")])
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(texts(&res.text().await.unwrap(), "[role=status]")[0]
        .starts_with("Se l'indirizzo è registrato"));

    let mail = smtp.wait_for(1).await.remove(0);
    let text = decoded(&mail);
    assert!(text.contains("To: inquilino@demo.test"), "{text}");
    assert!(
        text.contains("Subject: Il tuo link per entrare in Portineria"),
        "{text}"
    );
    assert!(
        text.contains("Content-Type: text/plain") && text.contains("Content-Type: text/html"),
        "both parts"
    );
    assert!(
        text.contains("Buongiorno Giulia Colombo,"),
        "plain text is not HTML-escaped: {text}"
    );
    assert!(text.contains("Message-ID: <outbox-"), "{text}");

    let path = link_in(&mail).replace("http://portineria.test", "");
    // Opening the link (as a mail scanner would) does not use it up.
    let (status, confirm) = app.page(&path).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = app.page(&path).await;
    assert_eq!(status, StatusCode::OK);
    let res = app.submit(&path, &path, &[]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), "/");
    assert!(texts(&app.page("/").await.1, "h1")[0].contains("Giulia Colombo"));
    drop(confirm);

    let again = app.visitor();
    let res = again.submit(&path, &path, &[]).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("Questo link non è valido"));
}

#[tokio::test]
async fn asking_a_link_for_an_unknown_address_looks_the_same_and_sends_nothing() {
    let smtp = SmtpSink::start().await;
    let app = spawn_app_with(|c| c.smtp_url = Some(smtp.url.clone())).await;
    let known = app
        .submit("/login", "/login/link", &[("email", "referente@demo.test")])
        .await;
    let known = texts(&known.text().await.unwrap(), "main");
    let unknown = app
        .submit(
            "/login",
            "/login/link",
            &[("email", "stranger@example.org")],
        )
        .await;
    assert_eq!(unknown.status(), StatusCode::OK);
    assert_eq!(texts(&unknown.text().await.unwrap(), "main"), known);
    smtp.wait_for(1).await;
    app.mail_settled().await;
    assert_eq!(smtp.messages().len(), 1, "only the known address got mail");
}

#[tokio::test]
async fn mail_waits_in_the_outbox_until_a_server_is_configured_and_goes_once() {
    // First node: no SMTP. The mail is kept.
    let first = spawn_app().await;
    for email in [
        "inquilino@demo.test",
        "referente@demo.test",
        "sportello@demo.test",
        "admin@demo.test",
    ] {
        let res = first
            .submit("/login", "/login/link", &[("email", email)])
            .await;
        assert_eq!(res.status(), StatusCode::OK);
    }
    let metrics = first.get("/metrics").await.text().await.unwrap();
    assert!(metrics.contains("portineria_outbox_backlog 4"), "{metrics}");

    // Two nodes with a mail server start on the same database: every message goes exactly once.
    let smtp = SmtpSink::start().await;
    let second = spawn_sibling(&first, |c| c.smtp_url = Some(smtp.url.clone())).await;
    let third = spawn_sibling(&first, |c| c.smtp_url = Some(smtp.url.clone())).await;
    smtp.wait_for(4).await;
    first.mail_settled().await;
    assert_eq!(
        first.count("SELECT CAST(COUNT(*) AS BIGINT) AS n FROM outbox WHERE attempts <> 1"),
        0,
        "each message claimed once, so sent once"
    );
    let messages = smtp.messages();
    assert_eq!(messages.len(), 4, "no message twice");
    let mut recipients: Vec<String> = messages
        .iter()
        .map(|m| {
            decoded(m)
                .lines()
                .find(|l| l.starts_with("To: "))
                .unwrap()
                .to_string()
        })
        .collect();
    recipients.sort();
    recipients.dedup();
    assert_eq!(recipients.len(), 4);
    let metrics = third.get("/metrics").await.text().await.unwrap();
    assert!(metrics.contains("portineria_outbox_backlog 0"), "{metrics}");
    drop(second);
}

#[tokio::test]
async fn a_refused_message_is_retried_later() {
    let smtp = SmtpSink::refusing(1).await;
    let app = spawn_app_with(|c| c.smtp_url = Some(smtp.url.clone())).await;
    app.submit(
        "/login",
        "/login/link",
        &[("email", "tecnico.aler@demo.test")],
    )
    .await;
    let messages = smtp.wait_for(1).await;
    assert_eq!(
        smtp.refused.load(Ordering::SeqCst),
        1,
        "the first attempt was refused"
    );
    assert_eq!(messages.len(), 1);
    assert!(decoded(&messages[0]).contains("To: tecnico.aler@demo.test"));
}

/// A slow mail server (each message takes a while) and two nodes sending one backlog: each
/// message is claimed for longer than its send can take, so neither node sends one the other
/// is still sending.
#[tokio::test]
async fn two_nodes_and_a_slow_mail_server_send_each_message_once() {
    let smtp = SmtpSink::slow(Duration::from_millis(300)).await;
    let first = spawn_app_with(|c| {
        c.smtp_url = Some(smtp.url.clone());
        c.smtp_timeout = Duration::from_secs(1);
    })
    .await;
    let mut values = vec![];
    for n in 0..12 {
        values.push(format!(
            "('persona{n}@example.test', 'Avviso {n}', 'testo', '<p>testo</p>', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        ));
    }
    first.sql(&format!(
        "INSERT INTO outbox (recipient, subject, body_text, body_html, created_at, next_attempt_at) VALUES {}",
        values.join(", ")
    ));
    let second = spawn_sibling(&first, |c| {
        c.smtp_url = Some(smtp.url.clone());
        c.smtp_timeout = Duration::from_secs(1);
    })
    .await;
    smtp.wait_for(12).await;
    first.mail_settled().await;
    assert_eq!(
        first.count("SELECT CAST(COUNT(*) AS BIGINT) AS n FROM outbox WHERE attempts <> 1"),
        0,
        "each message claimed once, so sent once"
    );
    let messages = smtp.messages();
    assert_eq!(messages.len(), 12, "no message twice");
    for n in 0..12 {
        let to = format!("To: persona{n}@example.test");
        assert_eq!(
            messages.iter().filter(|m| decoded(m).contains(&to)).count(),
            1,
            "{to}"
        );
    }
    let metrics = second.get("/metrics").await.text().await.unwrap();
    assert!(metrics.contains("portineria_outbox_backlog 0"), "{metrics}");
}
