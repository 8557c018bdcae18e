//! SMS: short texts in the recipient's language, fitted to one part where possible (three at
//! most, each is billed), handed to Kannel's smsbox (`PORTINERIA_SMS_URL`,
//! `http://USER:PASSWORD@HOST:PORT/cgi-bin/sendsms?from=SENDER`), which speaks SMPP or UCP to
//! the operator. A text that is not GSM-7 goes as UCS-2 (`coding=2`), or the gateway would
//! lose it. Each SMS asks for delivery reports at `BASE/sms/status`, recorded on its outbox row.

use std::time::Duration;

use super::gsm7;
use crate::core::config::QuietHours;
use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::i18n::Locale;
use crate::notifications::outbox::{self, Claimed, SmsTerms};
use crate::notifications::worker::{Sender, Sent};

/// The most parts one text may take.
pub const MAX_PARTS: usize = 3;

/// Kannel's delivery report mask: delivered, failed, buffered, accepted and rejected by the SMSC.
const DLR_MASK: &str = "31";

/// The text of message `key` with `args`, where `shrink` names the one argument (a title, a
/// summary) that may be cut, with an ellipsis, so the whole fits in one part; if even a short
/// one does not, in as few parts as it can ([`MAX_PARTS`] at most). Returns the text and its
/// parts.
pub fn fit(locale: Locale, key: &str, args: &[(&str, String)], shrink: &str) -> (String, usize) {
    let original: Vec<char> = args
        .iter()
        .find(|(name, _)| *name == shrink)
        .map(|(_, v)| v.chars().collect())
        .unwrap_or_default();
    // "…" is not GSM-7: a text that is stays so with "...".
    let gsm7 = gsm7::is_gsm7(&locale.text_with(key, args));
    let ellipsis = if gsm7 { "..." } else { "…" };
    // The text with the first `keep` characters of the shrinkable argument.
    let render = |keep: usize| {
        let value = if keep >= original.len() {
            original.iter().collect::<String>()
        } else {
            let kept: String = original[..keep].iter().collect();
            format!("{}{ellipsis}", kept.trim_end())
        };
        let args: Vec<(&str, String)> = args
            .iter()
            .map(|(name, v)| {
                (
                    *name,
                    if *name == shrink {
                        value.clone()
                    } else {
                        v.clone()
                    },
                )
            })
            .collect();
        let text = locale.text_with(key, &args);
        let parts = gsm7::parts(&text);
        (text, parts)
    };
    // Keep enough of a title to say what it is about; below that, two parts say it better.
    const SHORTEST: usize = 24;
    let full = render(original.len());
    if full.1 == 1 {
        return full;
    }
    // As few parts as a title cut to SHORTEST would take (never more than MAX_PARTS), and
    // the longest title that fits them.
    let shortest = SHORTEST.min(original.len());
    let floor = if render(shortest).1 <= MAX_PARTS {
        shortest
    } else {
        0
    };
    let target = render(floor).1.min(MAX_PARTS);
    (floor..=original.len())
        .rev()
        .map(render)
        .find(|(_, parts)| *parts <= target)
        .unwrap_or_else(|| render(floor))
}

/// Queues an SMS to `to` (E.164): the text of `key` fitted as [`fit`] does. An `urgent` one
/// goes even in the quiet hours and past the daily cap.
pub fn queue(
    conn: &mut DbConnection,
    to: &str,
    locale: Locale,
    text: (&str, &[(&str, String)], &str),
    terms: SmsTerms,
) -> AppResult<()> {
    let (key, args, shrink) = text;
    let (text, parts) = fit(locale, key, args, shrink);
    outbox::enqueue_sms(conn, to, &text, parts as i32, terms)?;
    Ok(())
}

/// Queues the answer to someone who has just written: at once, whatever the hour.
pub fn reply(
    conn: &mut DbConnection,
    to: &str,
    locale: Locale,
    key: &str,
    args: &[(&str, String)],
    shrink: &str,
) -> AppResult<()> {
    let terms = SmsTerms {
        urgent: true,
        estate: None,
    };
    queue(conn, to, locale, (key, args, shrink), terms)
}

/// Whether `given` is the gateway's shared token, compared in constant time (of digests, so
/// neither the length nor the first differing byte shows in the time taken). Without a
/// configured token nothing matches.
pub fn token_matches(expected: Option<&str>, given: &str) -> bool {
    use sha2::{Digest, Sha256};
    let Some(expected) = expected else {
        return false;
    };
    let (a, b) = (
        Sha256::digest(expected.as_bytes()),
        Sha256::digest(given.as_bytes()),
    );
    a.iter()
        .zip(b.iter())
        .fold(0u8, |diff, (x, y)| diff | (x ^ y))
        == 0
}

/// A delivery report from the gateway, with the token it came with: recorded on the SMS, or
/// not found (a wrong token and an unknown message read the same).
pub fn delivery_report(
    conn: &mut DbConnection,
    expected_token: Option<&str>,
    token: &str,
    id: i32,
    status: i32,
) -> AppResult<()> {
    if !token_matches(expected_token, token) || !(1..=31).contains(&status) {
        return Err(crate::core::error::AppError::NotFound);
    }
    if outbox::record_delivery(conn, id, status)? {
        Ok(())
    } else {
        Err(crate::core::error::AppError::NotFound)
    }
}

/// When SMS may go: outside the quiet hours (urgent ones always), and within an estate's daily
/// cap of parts (`PORTINERIA_SMS_DAILY_CAP`; urgent ones always).
#[derive(Debug, Clone, Copy, Default)]
pub struct Limits {
    pub quiet: Option<QuietHours>,
    pub daily_cap: Option<u32>,
}

/// Kannel's smsbox, as the `sendsms` interface offers it.
pub struct Gateway {
    client: reqwest::Client,
    /// The sendsms address without its user and password.
    sendsms: url::Url,
    username: String,
    password: String,
    /// Where delivery reports go: `BASE/sms/status?token=TOKEN`.
    status_url: Option<String>,
    lease: chrono::Duration,
    limits: Limits,
}

impl Gateway {
    /// `sms_url` as in `PORTINERIA_SMS_URL`; delivery reports are asked for only when an
    /// inbound token exists to check them with.
    pub fn new(
        sms_url: &str,
        base_url: &str,
        token: Option<&str>,
        timeout: Duration,
        limits: Limits,
    ) -> anyhow::Result<Self> {
        let mut sendsms = url::Url::parse(sms_url)?;
        anyhow::ensure!(
            matches!(sendsms.scheme(), "http" | "https"),
            "PORTINERIA_SMS_URL must be an http(s) address"
        );
        let username = percent_decoded(sendsms.username());
        let password = percent_decoded(sendsms.password().unwrap_or_default());
        anyhow::ensure!(
            !username.is_empty(),
            "PORTINERIA_SMS_URL needs the sendsms user: http://USER:PASSWORD@HOST:PORT/…"
        );
        let _ = sendsms.set_username("");
        let _ = sendsms.set_password(None);
        let status_url = token.map(|token| {
            let mut url = format!("{}/sms/status?", base_url.trim_end_matches('/'));
            url.push_str(
                &url::form_urlencoded::Serializer::new(String::new())
                    .append_pair("token", token)
                    .finish(),
            );
            url
        });
        Ok(Self {
            client: reqwest::Client::builder()
                .timeout(timeout)
                .redirect(reqwest::redirect::Policy::none())
                .build()?,
            sendsms,
            username,
            password,
            status_url,
            lease: outbox::lease_for(timeout),
            limits,
        })
    }

    /// The sendsms request for one message.
    fn request_url(&self, sms: &Claimed) -> url::Url {
        let mut url = self.sendsms.clone();
        {
            let mut query = url.query_pairs_mut();
            query
                .append_pair("username", &self.username)
                .append_pair("password", &self.password)
                .append_pair("to", &sms.recipient)
                .append_pair("text", &sms.body_text)
                .append_pair("charset", "UTF-8");
            if !gsm7::is_gsm7(&sms.body_text) {
                query.append_pair("coding", "2");
            }
            if let Some(status) = &self.status_url {
                // Kannel fills in %d, the state, when it calls back.
                query
                    .append_pair("dlr-mask", DLR_MASK)
                    .append_pair("dlr-url", &format!("{status}&id={}&status=%d", sms.id));
            }
        }
        url
    }
}

fn percent_decoded(raw: &str) -> String {
    url::form_urlencoded::parse(format!("x={raw}").as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

impl Sender for Gateway {
    fn channel(&self) -> &'static str {
        outbox::SMS
    }

    fn lease(&self) -> chrono::Duration {
        self.lease
    }

    fn gate(&self) -> outbox::Gate {
        use chrono::Timelike;
        let hour = crate::i18n::format::local_now().hour();
        outbox::Gate {
            urgent_only: self.limits.quiet.is_some_and(|quiet| quiet.contains(hour)),
            daily_cap: self.limits.daily_cap,
        }
    }

    async fn send(&self, sms: &Claimed) -> Sent {
        let response = match self.client.get(self.request_url(sms)).send().await {
            Ok(response) => response,
            // Not connected at all: the gateway is down, the message was not handed over.
            Err(e) if e.is_connect() => return Sent::Unreachable(e.to_string()),
            Err(e) => return Sent::Refused(e.to_string(), false),
        };
        let status = response.status();
        let body = response.text().await.unwrap_or_default();
        // "0: Accepted for delivery" or "3: Queued for later delivery", both 202.
        if status.is_success() {
            Sent::Delivered
        } else if status.is_server_error() {
            Sent::Refused(format!("{status}: {}", body.trim()), false)
        } else {
            // Wrong user or password, a refused number or text: retrying changes nothing.
            Sent::Refused(format!("{status}: {}", body.trim()), true)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locale(code: &str) -> Locale {
        Locale::from_code(code).unwrap()
    }

    fn urgent(code: &str, title: &str) -> (String, usize) {
        fit(
            locale(code),
            "sms-urgent",
            &[
                ("title", title.to_string()),
                ("link", "https://casa.example.org/notices/1234".into()),
            ],
            "title",
        )
    }

    #[test]
    fn a_short_notice_is_one_part_in_every_language() {
        for code in ["it", "en", "ar", "zh", "uk", "ro", "sq", "es", "fr"] {
            let (text, parts) = urgent(code, "Acqua chiusa");
            assert_eq!(parts, 1, "{code}: {text}");
            assert!(text.contains("Acqua chiusa"), "{code}: {text}");
            assert!(text.contains("/notices/1234"), "{code}: {text}");
        }
    }

    #[test]
    fn italian_texts_go_as_gsm7_and_arabic_as_ucs2() {
        let (text, _) = urgent("it", "Domani manca l'acqua dalle 8 alle 12");
        assert!(gsm7::is_gsm7(&text), "{text}");
        let (text, _) = urgent("ar", "Domani manca l'acqua");
        assert!(!gsm7::is_gsm7(&text), "{text}");
    }

    #[test]
    fn a_long_title_is_cut_to_fit_one_part_and_the_link_stays() {
        let title = "Lavori straordinari sulla colonna dell'acqua calda: ".repeat(6);
        let (text, parts) = urgent("it", &title);
        assert_eq!(parts, 1, "{text}");
        assert!(text.contains("..."), "{text}");
        assert!(gsm7::is_gsm7(&text), "{text}");
        assert!(text.ends_with("/notices/1234"), "{text}");
        // In UCS-2 a readable title and the link need two parts: still cut, to two.
        let (text, parts) = urgent("ar", &"ماء ".repeat(60));
        assert_eq!(parts, 2, "{text}");
        assert!(text.contains('…'), "{text}");
        assert!(text.contains("/notices/1234"), "{text}");
    }

    #[test]
    fn never_more_than_three_parts() {
        let (text, parts) = fit(
            locale("zh"),
            "sms-urgent",
            &[
                ("title", "停".repeat(500)),
                (
                    "link",
                    format!("https://casa.example.org/{}", "x".repeat(150)),
                ),
            ],
            "title",
        );
        assert!(parts <= MAX_PARTS, "{parts}: {text}");
    }

    #[test]
    fn tokens_must_match_exactly() {
        let token = "k".repeat(40);
        assert!(token_matches(Some(&token), &token));
        assert!(!token_matches(Some(&token), &"k".repeat(39)));
        assert!(!token_matches(Some(&token), ""));
        assert!(!token_matches(None, ""));
        assert!(!token_matches(None, &token));
    }

    #[test]
    fn the_request_carries_coding_and_delivery_reports() {
        let gateway = Gateway::new(
            "http://portineria:s%40cret@127.0.0.1:13013/cgi-bin/sendsms?from=Portineria",
            "https://casa.example.org",
            Some("t".repeat(32).as_str()),
            Duration::from_secs(5),
            Limits::default(),
        )
        .unwrap();
        let sms = |text: &str| Claimed {
            id: 7,
            recipient: "+393331234567".into(),
            subject: String::new(),
            body_text: text.into(),
            body_html: String::new(),
            attempts: 1,
            urgent: false,
        };
        let url = gateway.request_url(&sms("Acqua chiusa"));
        let pairs: std::collections::HashMap<_, _> = url.query_pairs().into_owned().collect();
        assert_eq!(url.username(), "");
        assert_eq!(pairs["from"], "Portineria");
        assert_eq!(pairs["username"], "portineria");
        assert_eq!(pairs["password"], "s@cret");
        assert_eq!(pairs["to"], "+393331234567");
        assert!(!pairs.contains_key("coding"));
        assert_eq!(pairs["dlr-mask"], "31");
        assert_eq!(
            pairs["dlr-url"],
            format!(
                "https://casa.example.org/sms/status?token={}&id=7&status=%d",
                "t".repeat(32)
            )
        );
        let url = gateway.request_url(&sms("ينقطع الماء"));
        let pairs: std::collections::HashMap<_, _> = url.query_pairs().into_owned().collect();
        assert_eq!(pairs["coding"], "2");
        assert_eq!(pairs["charset"], "UTF-8");
    }
}
