//! The background sender: claims due messages of one channel from the outbox and hands them to
//! that channel's [`Sender`] (an SMTP server, an SMS gateway) a few at once, so a slow server
//! still drains a backlog. Without a configured server a channel's sender does not run: its
//! messages stay in the outbox (and were logged when queued), ready to go once one is set.
//!
//! A server that cannot be reached is the server's trouble, not the message's: the message goes
//! back to the outbox as it was (its attempts, which lead to giving up, are not spent), and the
//! sender waits, longer each time, before trying again.

use std::future::Future;
use std::time::Duration;

use tokio::sync::watch;

use super::outbox::{self, Claimed};
use crate::core::db::Db;

/// One channel's way out: the one interface every channel's sender implements.
pub trait Sender: Send + Sync + 'static {
    /// The outbox channel it takes messages of (`outbox::MAIL`, `outbox::SMS`).
    fn channel(&self) -> &'static str;
    /// How long a claimed message is ours: longer than any send can take.
    fn lease(&self) -> chrono::Duration;
    /// Which messages may go just now: only urgent ones in SMS's quiet hours, and within an
    /// estate's daily SMS cap.
    fn gate(&self) -> outbox::Gate {
        outbox::Gate::default()
    }
    /// Hands one claimed message over.
    fn send(&self, message: &Claimed) -> impl Future<Output = Sent> + Send;
}

/// What became of one message handed to a server.
pub enum Sent {
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
    /// How many messages go at once (for mail, each on its own SMTP connection).
    pub connections: u32,
}

/// The longest a sender waits for an unreachable server before trying it again.
const MAX_PAUSE: Duration = Duration::from_secs(30);

/// Runs until `shutdown` flips: `pace.connections` senders, each sending due messages one by
/// one until none is left, then waiting `pace.poll`.
pub async fn run<S: Sender>(db: Db, sender: S, pace: Pace, shutdown: watch::Receiver<bool>) {
    let sender = std::sync::Arc::new(sender);
    let senders: Vec<_> = (0..pace.connections.max(1))
        .map(|_| tokio::spawn(send_all(db.clone(), sender.clone(), pace, shutdown.clone())))
        .collect();
    for sender in senders {
        let _ = sender.await;
    }
}

async fn send_all<S: Sender>(
    db: Db,
    sender: std::sync::Arc<S>,
    pace: Pace,
    mut shutdown: watch::Receiver<bool>,
) {
    let mut pause = pace.poll;
    loop {
        let wait = match send_one(&db, sender.as_ref(), pace.retry_base).await {
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
                tracing::error!(error = %e, channel = sender.channel(), "outbox round failed");
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
async fn send_one<S: Sender>(
    db: &Db,
    sender: &S,
    retry_base: Duration,
) -> Result<Option<bool>, crate::core::error::AppError> {
    let (lease, channel, gate) = (sender.lease(), sender.channel(), sender.gate());
    let Some(mail) = db
        .run(move |conn| Ok(outbox::claim(conn, channel, lease, gate)?))
        .await?
    else {
        return Ok(None);
    };
    let sent = sender.send(&mail).await;
    let reached = !matches!(sent, Sent::Unreachable(_));
    match &sent {
        Sent::Delivered => tracing::info!(outbox_id = mail.id, channel, "sent"),
        Sent::Refused(reason, permanent) => {
            tracing::warn!(outbox_id = mail.id, channel, attempts = mail.attempts, permanent, %reason, "not sent")
        }
        Sent::Unreachable(reason) => {
            tracing::warn!(outbox_id = mail.id, channel, %reason, "server unreachable")
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
