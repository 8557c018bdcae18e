//! Secret, revocable addresses for feeds a person subscribes to outside the portal (a
//! technician's agenda in a phone calendar, a resident's board in a feed reader). The token in
//! the address is the credential, so it is long, random, one per person and purpose, and a new
//! one revokes the old at once (a lost phone, a shared link).
//!
//! The database never holds a token: a row keeps a random seed and the SHA-256 of the token,
//! and the token is the seed signed with the installation's secret (HMAC-SHA256), so the
//! person can see their address again while a copy of the database (a backup) opens nothing.
//! Tokens go with a change of roles, a new password and "sign out on every device".

use chrono::Utc;
use diesel::prelude::*;
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

use crate::core::db::DbConnection;
use crate::core::schema::{feed_tokens, users};

/// What a secret address opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedPurpose {
    /// A technician's or desk operator's visits, as iCalendar.
    Agenda,
    /// A resident's boards, as Atom and iCalendar.
    Board,
}

impl FeedPurpose {
    fn code(self) -> &'static str {
        match self {
            FeedPurpose::Agenda => "agenda",
            FeedPurpose::Board => "board",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        [FeedPurpose::Agenda, FeedPurpose::Board]
            .into_iter()
            .find(|p| p.code() == code)
    }
}

/// Signs seeds into tokens; made from the installation's secret, so tokens last as long as it.
#[derive(Clone)]
pub struct FeedKey([u8; 32]);

impl FeedKey {
    pub fn from_secret(secret: &str) -> Self {
        // A key of its own, so a feed token tells nothing about the session-signing secret.
        Self(Sha256::digest(format!("portineria feed addresses\0{secret}")).into())
    }

    fn token(&self, seed: &str) -> String {
        // HMAC takes a key of any length: this cannot fail.
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC key");
        mac.update(seed.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }
}

fn digest(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// The person's token for a purpose, made on first use (and again if the secret changed).
pub fn token(
    conn: &mut DbConnection,
    key: &FeedKey,
    user_id: i32,
    purpose: FeedPurpose,
) -> QueryResult<String> {
    let existing = feed_tokens::table
        .find((user_id, purpose.code()))
        .select((feed_tokens::seed, feed_tokens::token_hash))
        .first::<(String, Option<String>)>(conn)
        .optional()?;
    match existing {
        Some((seed, Some(hash))) if digest(&key.token(&seed)) == hash => Ok(key.token(&seed)),
        _ => renew(conn, key, user_id, purpose),
    }
}

/// A new secret token; the old one stops working at once.
pub fn renew(
    conn: &mut DbConnection,
    key: &FeedKey,
    user_id: i32,
    purpose: FeedPurpose,
) -> QueryResult<String> {
    use rand::RngExt;
    let seed = hex::encode(rand::rng().random::<[u8; 32]>());
    let token = key.token(&seed);
    diesel::delete(feed_tokens::table.find((user_id, purpose.code()))).execute(conn)?;
    diesel::insert_into(feed_tokens::table)
        .values((
            feed_tokens::user_id.eq(user_id),
            feed_tokens::purpose.eq(purpose.code()),
            feed_tokens::seed.eq(&seed),
            feed_tokens::token_hash.eq(digest(&token)),
            feed_tokens::created_at.eq(Utc::now().naive_utc()),
        ))
        .execute(conn)?;
    Ok(token)
}

/// Every address of the person stops working; new ones are made when next shown.
pub fn revoke_all(conn: &mut DbConnection, user_id: i32) -> QueryResult<usize> {
    diesel::delete(feed_tokens::table.filter(feed_tokens::user_id.eq(user_id))).execute(conn)
}

/// Whose token this is, and their language; `None` for anything that is not a live token of
/// that purpose (malformed ones never reach the database). Whether the person may still read
/// the feed is for the feed to check.
pub fn owner(
    conn: &mut DbConnection,
    purpose: FeedPurpose,
    token: &str,
) -> QueryResult<Option<(i32, String)>> {
    if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(None);
    }
    feed_tokens::table
        .inner_join(users::table.on(users::id.eq(feed_tokens::user_id)))
        .filter(feed_tokens::token_hash.eq(digest(token)))
        .filter(feed_tokens::purpose.eq(purpose.code()))
        .select((users::id, users::locale))
        .first(conn)
        .optional()
}
