//! The background sender: claims due mail from the outbox and hands it to an SMTP server over a
//! few connections at once (`PORTINERIA_SMTP_CONNECTIONS`), so a slow server still drains a
//! backlog. Without `PORTINERIA_SMTP_URL` it does not run: mail stays in the outbox (and was
//! logged when queued), ready to go once a server is configured.
//!
//! A server that cannot be reached is the server's trouble, not the message's: the message goes
//! back to the outbox as it was (its attempts, which lead to giving up, are not spent), and the
//! sender waits, longer each time, before trying again.

use std::time::Duration;

use lettre::message::MultiPart;
use lettre::transport::smtp::PoolConfig;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use tokio::sync::watch;

use super::outbox::{self, Claimed};
use crate::core::db::Db;

pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: lettre::message::Mailbox,
    /// Used in Message-IDs, which make every outbox row one recognisable message.
    domain: String,
    /// How long a claimed message is ours: longer than any send can take.
    lease: chrono::Duration,
}

impl Mailer {
    pub fn new(
        smtp_url: &str,
        from: &str,
        base_url: &str,
        timeout: Duration,
        connections: u32,
    ) -> anyhow::Result<Self> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(smtp_url)?
            .timeout(Some(timeout))
            .pool_config(PoolConfig::new().max_size(connections))
            .build();
        let domain = url::Url::parse(base_url)
            .ok()
            .and_then(|u| u.host_str().map(str::to_string))
            .unwrap_or_else(|| "portineria.invalid".into());
        Ok(Self {
            transport,
            from: from.parse()?,
            domain,
            lease: outbox::lease_for(timeout),
        })
    }

    fn build(&self, mail: &Claimed) -> anyhow::Result<Message> {
        Ok(Message::builder()
            .from(self.from.clone())
            .to(mail.recipient.parse()?)
            .subject(&mail.subject)
            .message_id(Some(format!("<outbox-{}@{}>", mail.id, self.domain)))
            .multipart(MultiPart::alternative_plain_html(
                mail.body_text.clone(),
                mail.body_html.clone(),
            ))?)
    }

    /// Sends one claimed message.
    async fn send(&self, mail: &Claimed) -> Sent {
        let message = match self.build(mail) {
            Ok(message) => message,
            Err(e) => return Sent::Refused(format!("{e:#}"), true),
        };
        match self.transport.send(message).await {
            Ok(_) => Sent::Delivered,
            // No reply at all: the connection could not be made or broke before the server
            // took the message (a timeout is different: the server may have taken it).
            Err(e) if e.status().is_none() && !e.is_timeout() && !e.is_client() => {
                Sent::Unreachable(e.to_string())
            }
            Err(e) => Sent::Refused(e.to_string(), e.is_permanent()),
        }
    }
}

enum Sent {
    Delivered,
    /// The server answered no, or did not answer in time: `permanent` when retrying is useless.
    Refused(String, bool),
    Unreachable(String),
}

/// How the worker paces itself.
#[derive(Debug, Clone, Copy)]
pub struct Pace {
    pub poll: Duration,
    pub retry_base: Duration,
    /// How many messages go at once (each on its own SMTP connection).
    pub connections: u32,
}

/// The longest a sender waits for an unreachable server before trying it again.
const MAX_PAUSE: Duration = Duration::from_secs(30);

/// Runs until `shutdown` flips: `pace.connections` senders, each sending due messages one by
/// one until none is left, then waiting `pace.poll`.
pub async fn run(db: Db, mailer: Mailer, pace: Pace, shutdown: watch::Receiver<bool>) {
    let mailer = std::sync::Arc::new(mailer);
    let senders: Vec<_> = (0..pace.connections.max(1))
        .map(|_| tokio::spawn(sender(db.clone(), mailer.clone(), pace, shutdown.clone())))
        .collect();
    for sender in senders {
        let _ = sender.await;
    }
}

async fn sender(
    db: Db,
    mailer: std::sync::Arc<Mailer>,
    pace: Pace,
    mut shutdown: watch::Receiver<bool>,
) {
    let mut pause = pace.poll;
    loop {
        let wait = match send_one(&db, &mailer, pace.retry_base).await {
            Ok(Some(true)) => {
                pause = pace.poll;
                continue;
            }
            Ok(None) => pace.poll,
            // The server is unreachable: wait, twice as long each time, up to MAX_PAUSE.
            Ok(Some(false)) => {
                pause = (pause * 2).min(MAX_PAUSE.max(pace.poll));
                pause
            }
            Err(e) => {
                tracing::error!(error = %e, "outbox round failed");
                pace.poll
            }
        };
        tokio::select! {
            _ = tokio::time::sleep(wait) => {}
            _ = shutdown.changed() => return,
        }
    }
}

/// Claims, sends and records one message: `None` when none was due, `Some(false)` when the
/// server could not be reached.
async fn send_one(
    db: &Db,
    mailer: &Mailer,
    retry_base: Duration,
) -> Result<Option<bool>, crate::core::error::AppError> {
    let lease = mailer.lease;
    let Some(mail) = db.run(move |conn| Ok(outbox::claim(conn, lease)?)).await? else {
        return Ok(None);
    };
    let sent = mailer.send(&mail).await;
    let reached = !matches!(sent, Sent::Unreachable(_));
    match &sent {
        Sent::Delivered => tracing::info!(outbox_id = mail.id, "mail sent"),
        Sent::Refused(reason, permanent) => {
            tracing::warn!(outbox_id = mail.id, attempts = mail.attempts, permanent, %reason, "mail not sent")
        }
        Sent::Unreachable(reason) => {
            tracing::warn!(outbox_id = mail.id, %reason, "mail server unreachable")
        }
    }
    db.run(move |conn| {
        match sent {
            Sent::Delivered => outbox::mark_sent(conn, mail.id)?,
            Sent::Refused(reason, permanent) => outbox::mark_failed(
                conn,
                &mail,
                outbox::Failure {
                    reason: &reason,
                    permanent,
                    retry_base,
                },
            )?,
            Sent::Unreachable(reason) => outbox::release(conn, mail.id, &reason)?,
        }
        Ok(())
    })
    .await?;
    Ok(Some(reached))
}
