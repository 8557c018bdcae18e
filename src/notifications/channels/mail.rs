//! Mail: handed to an SMTP server (`PORTINERIA_SMTP_URL`) over a few connections at once;
//! each outbox row goes with a Message-ID of its own, so a resend is recognisably the same mail.

use std::time::Duration;

use lettre::message::MultiPart;
use lettre::transport::smtp::PoolConfig;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::notifications::outbox::{self, Claimed};
use crate::notifications::worker::{Sender, Sent};

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
}

impl Sender for Mailer {
    fn channel(&self) -> &'static str {
        outbox::MAIL
    }

    fn lease(&self) -> chrono::Duration {
        self.lease
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
