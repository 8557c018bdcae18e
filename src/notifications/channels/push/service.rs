//! Handing push messages to the browsers' push services: each payload encrypted `aes128gcm`
//! for the one browser (RFC 8291, with the `web-push-native` crate), signed with the portal's
//! VAPID key (RFC 8292), with how long the service may keep it (`TTL`) and how urgent it is.
//! A service answering 404 or 410 no longer knows the browser: its subscription is removed.

use std::sync::Arc;
use std::time::Duration;

use reqwest::StatusCode;

use super::subscriptions;
use super::vapid::Vapid;
use crate::core::config::QuietHours;
use crate::core::db::Db;
use crate::notifications::outbox::{self, Claimed};
use crate::notifications::worker::{Sender, Sent};

/// How long a push service keeps a message for a browser that is off: an urgent notice is
/// about today or tomorrow; a report's news still matters after a weekend.
const TTL_URGENT: u64 = 24 * 3600;
const TTL_OTHER: u64 = 3 * 24 * 3600;

pub struct PushService {
    client: reqwest::Client,
    db: Db,
    vapid: Arc<Vapid>,
    /// Who push services may contact about our messages (VAPID `sub`).
    contact: String,
    lease: chrono::Duration,
    quiet: Option<QuietHours>,
}

impl PushService {
    pub fn new(
        db: Db,
        vapid: Arc<Vapid>,
        contact: String,
        timeout: Duration,
        quiet: Option<QuietHours>,
    ) -> anyhow::Result<Self> {
        Ok(Self {
            client: reqwest::Client::builder()
                .timeout(timeout)
                // A push service answers; it never sends us elsewhere.
                .redirect(reqwest::redirect::Policy::none())
                .build()?,
            db,
            vapid,
            contact,
            lease: outbox::lease_for(timeout),
            quiet,
        })
    }

    /// The request for one message, or why there is none: the browser unsubscribed
    /// meanwhile, or its keys no longer make sense.
    async fn request(&self, message: &Claimed) -> Result<reqwest::Request, String> {
        let endpoint = message.recipient.clone();
        let keys = self
            .db
            .read(move |conn| Ok(subscriptions::keys_at(conn, &endpoint)?))
            .await
            .map_err(|e| e.to_string())?
            .ok_or("the browser turned push off")?;
        let (public, auth) = subscriptions::keys_of(&keys.0, &keys.1)
            .ok_or("the subscription's keys are unusable")?;
        let url = url::Url::parse(&message.recipient).map_err(|e| e.to_string())?;
        let body = web_push_native::encrypt(
            message.body_text.as_bytes().to_vec(),
            &public,
            &web_push_native::Auth::from(auth),
        )
        .map_err(|e| e.to_string())?;
        let authorization = self
            .vapid
            .authorization(&url, &self.contact)
            .map_err(|e| e.to_string())?;
        let (ttl, urgency) = if message.urgent {
            (TTL_URGENT, "high")
        } else {
            (TTL_OTHER, "normal")
        };
        self.client
            .post(url)
            .header("TTL", ttl)
            .header("Urgency", urgency)
            .header("Content-Encoding", "aes128gcm")
            .header("Content-Type", "application/octet-stream")
            .header("Authorization", authorization)
            .body(body)
            .build()
            .map_err(|e| e.to_string())
    }

    /// The push service forgot the browser: so do we, and nothing goes there again.
    async fn forget(&self, endpoint: &str) {
        let endpoint = endpoint.to_string();
        let removed = self
            .db
            .run(move |conn| Ok(subscriptions::forget(conn, &endpoint)?))
            .await;
        if let Err(e) = removed {
            tracing::warn!(error = %e, "could not remove a gone push subscription");
        }
    }
}

impl Sender for PushService {
    fn channel(&self) -> &'static str {
        outbox::PUSH
    }

    fn lease(&self) -> chrono::Duration {
        self.lease
    }

    /// Nobody's phone buzzes at night but for an urgent notice.
    fn gate(&self) -> outbox::Gate {
        use chrono::Timelike;
        let hour = crate::i18n::format::local_now().hour();
        outbox::Gate {
            urgent_only: self.quiet.is_some_and(|quiet| quiet.contains(hour)),
            daily_cap: None,
        }
    }

    async fn send(&self, message: &Claimed) -> Sent {
        let request = match self.request(message).await {
            Ok(request) => request,
            Err(reason) => return Sent::Refused(reason, true),
        };
        let response = match self.client.execute(request).await {
            Ok(response) => response,
            Err(e) if e.is_connect() => return Sent::Unreachable(e.to_string()),
            Err(e) => return Sent::Refused(e.to_string(), false),
        };
        let status = response.status();
        if status.is_success() {
            return Sent::Delivered;
        }
        let body = response.text().await.unwrap_or_default();
        let reason = format!("{status}: {}", body.trim());
        match status {
            StatusCode::NOT_FOUND | StatusCode::GONE => {
                self.forget(&message.recipient).await;
                Sent::Refused(reason, true)
            }
            // Busy or broken for now: later, as for mail.
            StatusCode::TOO_MANY_REQUESTS | StatusCode::REQUEST_TIMEOUT => {
                Sent::Refused(reason, false)
            }
            _ if status.is_server_error() => Sent::Refused(reason, false),
            // A malformed or too large message, or a signature refused: the same again fails.
            _ => Sent::Refused(reason, true),
        }
    }
}
