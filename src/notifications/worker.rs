//! The background sender: claims due mail from the outbox and hands it to an SMTP server.
//! Without `PORTINERIA_SMTP_URL` it does not run: mail stays in the outbox (and was logged when
//! queued), ready to go once a server is configured.

use std::time::Duration;

use lettre::message::MultiPart;
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
    ) -> anyhow::Result<Self> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(smtp_url)?
            .timeout(Some(timeout))
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

    /// Sends one claimed message; `Err((reason, permanent))` when it did not go.
    async fn send(&self, mail: &Claimed) -> Result<(), (String, bool)> {
        let message = self.build(mail).map_err(|e| (format!("{e:#}"), true))?;
        match self.transport.send(message).await {
            Ok(_) => Ok(()),
            Err(e) => Err((e.to_string(), e.is_permanent())),
        }
    }
}

/// How the worker paces itself.
#[derive(Debug, Clone, Copy)]
pub struct Pace {
    pub poll: Duration,
    pub retry_base: Duration,
}

/// Runs until `shutdown` flips; each round sends due messages one by one until none is left.
pub async fn run(db: Db, mailer: Mailer, pace: Pace, mut shutdown: watch::Receiver<bool>) {
    loop {
        loop {
            match send_one(&db, &mailer, pace.retry_base).await {
                Ok(true) => continue,
                Ok(false) => break,
                Err(e) => {
                    tracing::error!(error = %e, "outbox round failed");
                    break;
                }
            }
        }
        tokio::select! {
            _ = tokio::time::sleep(pace.poll) => {}
            _ = shutdown.changed() => return,
        }
    }
}

/// Claims, sends and records one message; `false` when none was due.
async fn send_one(
    db: &Db,
    mailer: &Mailer,
    retry_base: Duration,
) -> Result<bool, crate::core::error::AppError> {
    let lease = mailer.lease;
    let Some(mail) = db.run(move |conn| Ok(outbox::claim(conn, lease)?)).await? else {
        return Ok(false);
    };
    let result = mailer.send(&mail).await;
    match &result {
        Ok(()) => tracing::info!(outbox_id = mail.id, "mail sent"),
        Err((reason, permanent)) => {
            tracing::warn!(outbox_id = mail.id, attempts = mail.attempts, permanent, %reason, "mail not sent")
        }
    }
    db.run(move |conn| {
        match result {
            Ok(()) => outbox::mark_sent(conn, mail.id)?,
            Err((reason, permanent)) => outbox::mark_failed(
                conn,
                &mail,
                outbox::Failure {
                    reason: &reason,
                    permanent,
                    retry_base,
                },
            )?,
        }
        Ok(())
    })
    .await?;
    Ok(true)
}
