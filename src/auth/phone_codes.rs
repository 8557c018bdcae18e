//! The 6-digit codes sent by SMS, to sign in with a number or to confirm one's own number:
//! only a digest is kept, bound to its person; a code lasts 10 minutes, allows 5 tries and
//! works once, and only the newest of a person's codes works.

use chrono::{Duration, Utc};
use diesel::prelude::*;

use super::sign_in::digest;
use crate::core::db::{self, DbConnection};
use crate::core::error::{AppError, AppResult};
use crate::core::schema::phone_codes;
use crate::i18n::Locale;
use crate::notifications::channels::sms;
use crate::people::Phone;

pub const CODE_MINUTES: i64 = 10;
pub const CODE_TRIES: i32 = 5;

/// What is stored of a code: bound to its person, so a digest says nothing on its own.
fn code_digest(user_id: i32, code: &str) -> String {
    digest(&format!("{user_id}:{code}"))
}

fn new_code() -> String {
    use rand::RngExt;
    format!("{:06}", rand::rng().random_range(0..1_000_000))
}

/// Sends `user` a new code at `phone` in the SMS `key` (with `code` and `minutes`); their
/// older codes stop working.
pub fn issue(
    conn: &mut DbConnection,
    user_id: i32,
    phone: &Phone,
    locale: Locale,
    key: &str,
) -> AppResult<()> {
    let code = new_code();
    let now = Utc::now().naive_utc();
    db::transaction(conn, |conn| {
        diesel::update(
            phone_codes::table
                .filter(phone_codes::user_id.eq(user_id))
                .filter(phone_codes::used_at.is_null()),
        )
        .set(phone_codes::used_at.eq(now))
        .execute(conn)?;
        diesel::insert_into(phone_codes::table)
            .values((
                phone_codes::user_id.eq(user_id),
                phone_codes::code_hash.eq(code_digest(user_id, &code)),
                phone_codes::phone.eq(phone.as_str()),
                phone_codes::created_at.eq(now),
                phone_codes::expires_at.eq(now + Duration::minutes(CODE_MINUTES)),
            ))
            .execute(conn)?;
        // Asked for just now, by the person: it goes at once, whatever the hour.
        let args = [("code", code), ("minutes", CODE_MINUTES.to_string())];
        sms::reply(conn, phone.as_str(), locale, key, &args, "")?;
        Ok(())
    })
}

/// The number `user`'s live code (within its time and tries, not used) was sent to, if any.
pub fn pending(conn: &mut DbConnection, user_id: i32) -> QueryResult<Option<String>> {
    live(conn, user_id).map(|code| code.and_then(|(_, _, phone)| phone))
}

fn live(
    conn: &mut DbConnection,
    user_id: i32,
) -> QueryResult<Option<(i32, String, Option<String>)>> {
    phone_codes::table
        .filter(phone_codes::user_id.eq(user_id))
        .filter(phone_codes::used_at.is_null())
        .filter(phone_codes::expires_at.gt(Utc::now().naive_utc()))
        .filter(phone_codes::tries.lt(CODE_TRIES))
        .order(phone_codes::id.desc())
        .select((phone_codes::id, phone_codes::code_hash, phone_codes::phone))
        .first(conn)
        .optional()
}

/// Uses `user`'s live code if `typed` is it, in the caller's transaction, and returns the
/// number it was sent to; a wrong guess counts against the code. Of two uses racing with one
/// code, one succeeds.
pub fn redeem(conn: &mut DbConnection, user_id: i32, typed: &str) -> AppResult<String> {
    let wrong = || AppError::invalid("phone-code-wrong");
    let typed: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    let Some((id, stored, phone)) = live(conn, user_id)? else {
        return Err(wrong());
    };
    if code_digest(user_id, &typed) != stored {
        diesel::update(phone_codes::table.find(id))
            .set(phone_codes::tries.eq(phone_codes::tries + 1))
            .execute(conn)?;
        return Err(wrong());
    }
    let claimed = diesel::update(
        phone_codes::table
            .find(id)
            .filter(phone_codes::used_at.is_null()),
    )
    .set(phone_codes::used_at.eq(Utc::now().naive_utc()))
    .execute(conn)?;
    match (claimed, phone) {
        (1, Some(phone)) => Ok(phone),
        _ => Err(wrong()),
    }
}
