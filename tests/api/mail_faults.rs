//! Mail under faults (PostgreSQL pass only: several app nodes are a PostgreSQL deployment):
//! a backlog of 800 messages, two app nodes, and a mail server that is down for half a minute
//! (thirty rounds of every sender finding it gone) and then takes a second over each message. Every message arrives exactly once, none is given
//! up on, and `/metrics` shows the backlog on both nodes meanwhile.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use crate::helpers::database::require_postgres;
use crate::helpers::{spawn_app_with, spawn_sibling, SmtpSink, TestApp};

const MESSAGES: usize = 800;
const DOWN: Duration = Duration::from_secs(30);
/// How long the recovered server takes over each message.
const SLOW: Duration = Duration::from_secs(1);
/// Each node's connections to the mail server: 2 nodes x 20 x 1 message / 1 s drains the
/// backlog in about 20 s.
const CONNECTIONS: u32 = 20;

fn backlog(metrics: &str) -> i64 {
    metrics
        .lines()
        .find_map(|l| l.strip_prefix("portineria_outbox_backlog "))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or_else(|| panic!("no backlog in /metrics:\n{metrics}"))
}

async fn backlog_of(node: &TestApp) -> i64 {
    backlog(&node.get("/metrics").await.text().await.unwrap())
}

#[tokio::test]
#[ignore = "PostgreSQL only: .ci/run runs it in the PostgreSQL pass"]
async fn postgres_only_a_mail_server_down_then_slow_gets_every_message_of_two_nodes_once() {
    require_postgres();
    let started = Instant::now();
    let smtp = SmtpSink::down_then_slow(DOWN, SLOW).await;
    let settings = |c: &mut portineria::core::config::Config| {
        c.smtp_url = Some(smtp.url.clone());
        c.smtp_timeout = Duration::from_secs(20);
        c.smtp_connections = CONNECTIONS;
        // As in production: an unreachable server spends no attempts, a refusal waits 1, 2, 4 s.
        c.outbox_poll = Duration::from_secs(1);
        c.outbox_retry_base = Duration::from_secs(1);
    };
    let first = spawn_app_with(settings).await;
    crate::helpers::database::mail_backlog(&first.database_url, MESSAGES);
    let second = spawn_sibling(&first, settings).await;

    // While the server is down the backlog stays whole, on both nodes' /metrics.
    tokio::time::sleep(Duration::from_secs(5)).await;
    for node in [&first, &second] {
        assert_eq!(backlog_of(node).await, MESSAGES as i64);
    }
    while started.elapsed() < DOWN - Duration::from_secs(5) {
        tokio::time::sleep(Duration::from_secs(5)).await;
        assert_eq!(backlog_of(&first).await, MESSAGES as i64);
    }
    assert!(smtp.messages().is_empty());
    // Attempts are for refusals: none was spent on a server that was not there (one may be
    // counted for the instant a sender holds it).
    assert_eq!(
        first.count("SELECT CAST(COUNT(*) AS BIGINT) AS n FROM outbox WHERE attempts > 1 OR failed_at IS NOT NULL"),
        0
    );

    // Then it drains, slowly, and /metrics follows it down.
    let mut seen_draining = false;
    let deadline = Instant::now() + Duration::from_secs(300);
    loop {
        let left = backlog_of(&second).await;
        seen_draining |= left > 0 && left < MESSAGES as i64;
        if left == 0 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "{left} messages still waiting after 5 minutes"
        );
        tokio::time::sleep(Duration::from_secs(2)).await;
    }
    assert!(seen_draining, "the backlog was seen going down on /metrics");
    // A moment for any message sent twice to arrive twice.
    tokio::time::sleep(Duration::from_secs(3)).await;

    let messages = smtp.messages();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    for message in &messages {
        let id = message
            .lines()
            .find_map(|l| l.strip_prefix("Message-ID: "))
            .expect("every message has an id")
            .to_string();
        *by_id.entry(id).or_default() += 1;
    }
    let twice: Vec<_> = by_id.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "sent more than once: {twice:?}");
    assert_eq!(by_id.len(), MESSAGES, "every message arrived");
    assert_eq!(
        first.count(
            "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM outbox WHERE sent_at IS NOT NULL AND failed_at IS NULL"
        ),
        MESSAGES as i64
    );
    eprintln!(
        "{MESSAGES} messages, server down {DOWN:?} then {SLOW:?} a message: all sent once in {:?}",
        started.elapsed()
    );
}
