//! Secret, revocable addresses for feeds a person subscribes to outside the portal (a
//! technician's agenda in a phone calendar, a resident's board in a feed reader). The token in
//! the address is the credential, so it is long, random, one per person and purpose, and a new
//! one revokes the old at once (a lost phone, a shared link).

use chrono::Utc;
use diesel::prelude::*;

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
}

/// The person's token for a purpose, made on first use.
pub fn token(conn: &mut DbConnection, user_id: i32, purpose: FeedPurpose) -> QueryResult<String> {
    let existing = feed_tokens::table
        .find((user_id, purpose.code()))
        .select(feed_tokens::token)
        .first::<String>(conn)
        .optional()?;
    match existing {
        Some(token) => Ok(token),
        None => renew(conn, user_id, purpose),
    }
}

/// A new secret token; the old one stops working at once.
pub fn renew(conn: &mut DbConnection, user_id: i32, purpose: FeedPurpose) -> QueryResult<String> {
    use rand::RngExt;
    let token = hex::encode(rand::rng().random::<[u8; 32]>());
    diesel::delete(feed_tokens::table.find((user_id, purpose.code()))).execute(conn)?;
    diesel::insert_into(feed_tokens::table)
        .values((
            feed_tokens::user_id.eq(user_id),
            feed_tokens::purpose.eq(purpose.code()),
            feed_tokens::token.eq(&token),
            feed_tokens::created_at.eq(Utc::now().naive_utc()),
        ))
        .execute(conn)?;
    Ok(token)
}

/// Whose token this is, and their language; `None` for anything that is not a live token of
/// that purpose (malformed ones never reach the database).
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
        .filter(feed_tokens::token.eq(token))
        .filter(feed_tokens::purpose.eq(purpose.code()))
        .select((users::id, users::locale))
        .first(conn)
        .optional()
}
