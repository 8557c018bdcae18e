//! SMS from phones, as the gateway hands them to `/sms/inbound` (Kannel's `get-url`): a plain
//! mobile phone as a full way in. From a registered number, a fault in the tenant's words
//! files a report for their flat (or the common area it names) and the reply gives its
//! reference; a bare yes or no answers the last question the portal asked that person by SMS
//! ("is it fixed?", "will someone be home?"); STOP ends SMS; AIUTO/HELP answers with the desk's
//! number and hours. An unknown number files nothing and is answered at most once a day; a
//! number that floods the address is answered once, politely, and read no further for a while.
//!
//! Each message is handled once, by the gateway's id, in one transaction with the reply it
//! queues: a delivery the gateway retries changes nothing and is not answered twice.

mod answers;
mod vote;
pub mod words;

use chrono::{Duration, NaiveDateTime, Utc};
use diesel::prelude::*;
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

use crate::access::Actor;
use crate::core::db::{self, DbConnection};
use crate::core::error::{AppError, AppResult};
use crate::core::schema::{sms_inbound, users};
use crate::i18n::Locale;
use crate::notifications::channels::{questions, sms};
use crate::people::{self, contact, Phone, Role};
use crate::reports::filing::{self, Filing};
use words::Said;

/// How many messages one number may send in [`FLOOD_WINDOW`] before it is slowed.
const FLOOD_LIMIT: i64 = 10;
const FLOOD_WINDOW: Duration = Duration::minutes(10);
/// How long a stranger waits for a second answer.
const STRANGER_WINDOW: Duration = Duration::hours(24);
/// The longest gateway id kept (Kannel's are UUIDs).
const ID_MAX: usize = 100;

/// A message from a phone, parsed at the edge.
#[derive(Debug, Clone)]
pub struct Inbound {
    pub gateway_id: String,
    pub from: Phone,
    pub text: String,
}

impl Inbound {
    pub fn parse(gateway_id: &str, from: &str, text: &str) -> AppResult<Inbound> {
        let gateway_id = gateway_id.trim();
        if gateway_id.is_empty() || gateway_id.len() > ID_MAX {
            return Err(AppError::invalid("sms-id-invalid"));
        }
        Ok(Inbound {
            gateway_id: gateway_id.to_string(),
            from: Phone::parse(from)?,
            text: text.trim().to_string(),
        })
    }
}

/// Makes the digests senders are remembered by: keyed, so the table of digests is not a list
/// of numbers to anyone who copies the database.
#[derive(Clone)]
pub struct Senders([u8; 32]);

impl Senders {
    pub fn new(secret: &str) -> Self {
        Self(Sha256::digest(format!("portineria sms senders\0{secret}")).into())
    }

    fn digest(&self, phone: &Phone) -> String {
        // HMAC takes a key of any length: this cannot fail.
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC key");
        mac.update(phone.as_str().as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }
}

/// The text sent back: a message key, its arguments and the one that may be cut to fit.
#[derive(Debug, Clone)]
struct Reply {
    key: &'static str,
    args: Vec<(&'static str, String)>,
    shrink: &'static str,
}

impl Reply {
    fn new(key: &'static str) -> Reply {
        Reply {
            key,
            args: vec![],
            shrink: "",
        }
    }

    fn with(mut self, name: &'static str, value: String) -> Reply {
        self.args.push((name, value));
        self
    }
}

/// Handles one message from the gateway, once: a message id seen before changes nothing.
pub fn receive(
    conn: &mut DbConnection,
    senders: &Senders,
    base_url: &str,
    message: &Inbound,
) -> AppResult<()> {
    let digest = senders.digest(&message.from);
    db::transaction(conn, |conn| {
        one_sender_at_a_time(conn, &digest)?;
        let now = Utc::now().naive_utc();
        // In a savepoint of its own: a taken id leaves the transaction usable on PostgreSQL.
        let claim = db::transaction(conn, |conn| {
            diesel::insert_into(sms_inbound::table)
                .values((
                    sms_inbound::gateway_id.eq(&message.gateway_id),
                    sms_inbound::sender_digest.eq(&digest),
                    sms_inbound::received_at.eq(now),
                ))
                .execute(conn)
        });
        if !db::inserted(claim)? {
            // The gateway delivered this message before: it was handled then.
            return Ok(());
        }
        let Answer { writer, reply } = respond(conn, &digest, base_url, message, now)?;
        diesel::update(sms_inbound::table.find(&message.gateway_id))
            .set((
                sms_inbound::user_id.eq(writer.map(|w| w.id)),
                sms_inbound::reply.eq(reply.as_ref().map(|r| r.key)),
            ))
            .execute(conn)?;
        if let Some(reply) = reply {
            let locale = writer.map_or(Locale::DEFAULT, |w| w.locale);
            let to = message.from.as_str();
            sms::reply(conn, to, locale, reply.key, &reply.args, reply.shrink)?;
        }
        Ok(())
    })
}

/// Messages from one number are handled one after the other, so counting what the number
/// sent (the flood limit, one answer to a stranger) sees every earlier message. SQLite's
/// single writer does this already; on PostgreSQL a lock on the sender, held until commit.
fn one_sender_at_a_time(conn: &mut DbConnection, digest: &str) -> QueryResult<()> {
    if let DbConnection::Postgresql(pg) = conn {
        // The two-key form: a space of its own, apart from the migrations' lock.
        diesel::sql_query("SELECT pg_advisory_xact_lock(7270582, hashtext($1))")
            .bind::<diesel::sql_types::Text, _>(digest)
            .execute(pg)?;
    }
    Ok(())
}

/// A registered person who wrote.
#[derive(Debug, Clone, Copy)]
struct Writer {
    id: i32,
    locale: Locale,
}

/// Who wrote, if they are registered, and what to answer them, if anything.
struct Answer {
    writer: Option<Writer>,
    reply: Option<Reply>,
}

fn respond(
    conn: &mut DbConnection,
    digest: &str,
    base_url: &str,
    message: &Inbound,
    now: NaiveDateTime,
) -> AppResult<Answer> {
    if sent_since(conn, digest, now - FLOOD_WINDOW, None)? > FLOOD_LIMIT {
        let reply = first_since(conn, digest, now - FLOOD_WINDOW, "sms-slow-down")?;
        return Ok(Answer {
            writer: None,
            reply,
        });
    }
    let Some(user) = people::find_by_phone(conn, &message.from)? else {
        let reply = first_since(conn, digest, now - STRANGER_WINDOW, "sms-unknown")?;
        return Ok(Answer {
            writer: None,
            reply,
        });
    };
    let locale = Locale::from_code(&user.locale).unwrap_or(Locale::DEFAULT);
    let writer = Some(Writer {
        id: user.id,
        locale,
    });
    let stopped: Option<NaiveDateTime> = users::table
        .find(user.id)
        .select(users::sms_stopped_at)
        .first(conn)?;
    let reply = match words::read(&message.text) {
        Said::Stop => {
            diesel::update(
                users::table
                    .find(user.id)
                    .filter(users::sms_stopped_at.is_null()),
            )
            .set(users::sms_stopped_at.eq(now))
            .execute(conn)?;
            // The one SMS a person who wrote STOP still gets: that it worked.
            return Ok(Answer {
                writer,
                reply: Some(Reply::new("sms-stopped")),
            });
        }
        Said::Help => Reply::new("sms-help").with("desk", desk_contact(conn, user.id, locale)?),
        Said::Yes(reason) => {
            answer_or_file(conn, user.id, locale, true, &reason, message, base_url)?
        }
        Said::No(reason) => {
            answer_or_file(conn, user.id, locale, false, &reason, message, base_url)?
        }
        Said::Vote(voted) => {
            let actor = actor(conn, user.id)?;
            vote::vote(conn, &actor, voted, locale)?
        }
        Said::Text(text) => file(conn, user.id, &text, &message.gateway_id, base_url, locale)?,
    };
    // After STOP a message still files a report (nothing a tenant writes is lost), unanswered.
    Ok(Answer {
        writer,
        reply: stopped.is_none().then_some(reply),
    })
}

/// How many messages this sender sent since `since` (with `reply`, only those answered so).
fn sent_since(
    conn: &mut DbConnection,
    digest: &str,
    since: NaiveDateTime,
    reply: Option<&str>,
) -> QueryResult<i64> {
    let mut query = sms_inbound::table
        .filter(sms_inbound::sender_digest.eq(digest))
        .filter(sms_inbound::received_at.ge(since))
        .into_boxed();
    if let Some(reply) = reply {
        query = query.filter(sms_inbound::reply.eq(reply));
    }
    query.count().get_result(conn)
}

/// `key` as the answer, unless this sender got it since `since` already.
fn first_since(
    conn: &mut DbConnection,
    digest: &str,
    since: NaiveDateTime,
    key: &'static str,
) -> QueryResult<Option<Reply>> {
    Ok((sent_since(conn, digest, since, Some(key))? == 0).then(|| Reply::new(key)))
}

/// A yes or no answers the last open question; with none open, the message is a fault in
/// words like any other.
fn answer_or_file(
    conn: &mut DbConnection,
    user_id: i32,
    locale: Locale,
    yes: bool,
    reason: &str,
    message: &Inbound,
    base_url: &str,
) -> AppResult<Reply> {
    match questions::last_open(conn, user_id)? {
        Some(asked) => {
            let actor = actor(conn, user_id)?;
            answers::answer(conn, &actor, asked, yes, reason, locale)
        }
        None => file(
            conn,
            user_id,
            &message.text,
            &message.gateway_id,
            base_url,
            locale,
        ),
    }
}

fn actor(conn: &mut DbConnection, user_id: i32) -> AppResult<Actor> {
    let grants = people::grants_of(conn, user_id)?;
    Ok(Actor::load(conn, user_id, &grants)?)
}

/// Files a fault described in words for the tenant's flat, or the common area it names, in
/// the category its words suggest; a text too short to be a fault, or from someone with no
/// flat, gets the help text instead.
fn file(
    conn: &mut DbConnection,
    user_id: i32,
    text: &str,
    gateway_id: &str,
    base_url: &str,
    locale: Locale,
) -> AppResult<Reply> {
    let actor = actor(conn, user_id)?;
    let filing = Filing {
        category: words::category(text).to_string(),
        location: words::location(text).code().to_string(),
        description: text.to_string(),
        idempotency_key: Some(format!("sms:{gateway_id}")),
        ..Filing::default()
    };
    match filing::file(conn, &actor, &filing, &[]) {
        Ok(filed) => Ok(Reply::new("sms-filed")
            .with("reference", filed.reference.clone())
            .with("link", format!("{base_url}/reports/{}", filed.reference))),
        Err(AppError::Invalid(_) | AppError::NotFound) => {
            Ok(Reply::new("sms-help").with("desk", desk_contact(conn, user_id, locale)?))
        }
        Err(e) => Err(e),
    }
}

/// The number and hours of the desk of the estate the person lives in, from the desk
/// operators' contact cards; a plain "your estate's desk" when none is written down.
fn desk_contact(conn: &mut DbConnection, user_id: i32, locale: Locale) -> AppResult<String> {
    for home in filing::homes_of(conn, user_id)? {
        for operator in people::holders_of(conn, Role::Operator, home.estate_id)? {
            let card = contact::card(conn, operator.id)?;
            if !card.phone.trim().is_empty() {
                let desk = format!("{} {}", card.phone.trim(), card.hours.trim());
                return Ok(desk.trim().to_string());
            }
        }
    }
    Ok(locale.text("sms-desk-unknown"))
}
