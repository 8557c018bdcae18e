//! Web Push (RFC 8030): a short notification on the phone or computer where the person
//! turned it on, shown by the service worker and opening the page it is about. One outbox row
//! per browser, so each gets the message once whatever the retries and nodes; the payload is
//! encrypted for that browser only when sent (RFC 8291, [`service`]) and signed with the
//! portal's one key ([`vapid`]).

pub mod service;
pub mod subscriptions;
pub mod vapid;

use serde::Serialize;

use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::notifications::outbox;

/// Push services refuse payloads over 4 KiB once encrypted; these bounds keep far below.
const TITLE_MAX: usize = 120;
const BODY_MAX: usize = 300;

/// What the service worker shows: in the person's language, with the page a tap opens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Push {
    pub title: String,
    pub body: String,
    pub url: String,
}

impl Push {
    /// A notification of `title` and `body`, each cut (with an ellipsis) to what a
    /// notification shows anyway.
    pub fn new(title: &str, body: &str, url: &str) -> Push {
        Push {
            title: cut(title.trim(), TITLE_MAX),
            body: cut(body.trim(), BODY_MAX),
            url: url.to_string(),
        }
    }
}

fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let kept: String = text.chars().take(max - 1).collect();
    format!("{}…", kept.trim_end())
}

/// Queues `push` for every browser the person turned push on in; an `urgent` one goes with
/// high urgency, and in the quiet hours.
pub fn queue(conn: &mut DbConnection, user_id: i32, push: &Push, urgent: bool) -> AppResult<()> {
    let payload = serde_json::to_string(push).map_err(anyhow::Error::from)?;
    for endpoint in subscriptions::endpoints(conn, user_id)? {
        outbox::enqueue_push(conn, &endpoint, &payload, urgent)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_texts_are_cut_with_an_ellipsis() {
        let push = Push::new(
            &"a".repeat(500),
            &"ب".repeat(500),
            "https://x.test/notices/1",
        );
        assert_eq!(push.title.chars().count(), TITLE_MAX);
        assert!(push.title.ends_with('…'));
        assert_eq!(push.body.chars().count(), BODY_MAX);
        assert_eq!(Push::new(" Acqua ", "chiusa", "u").title, "Acqua");
    }
}
