//! Signing in with only a mobile number: the person types it, receives a 6-digit code by SMS
//! and types the code. The answer never says whether a number is registered (the same page
//! either way, and no SMS to an unknown number); codes asked for are limited per number and
//! per address, and guesses per address and per code (5 tries, 10 minutes, one use).

use chrono::{Duration, Utc};
use diesel::prelude::*;

use super::session::{self, NewSession, SessionKind, TokenKeys};
use super::sign_in::digest;
use super::throttle::Buckets;
use crate::core::db::{self, DbConnection};
use crate::core::error::{AppError, AppResult};
use crate::core::schema::{phone_codes, users};
use crate::i18n::Locale;
use crate::notifications::channels::sms;
use crate::people::{self, Phone, User};

pub const CODE_MINUTES: i64 = 10;
pub const CODE_TRIES: i32 = 5;

/// The registered person with this number, if it was verified (a number nobody confirmed may
/// be someone else's).
fn holder(conn: &mut DbConnection, phone: &Phone) -> QueryResult<Option<User>> {
    let verified: Option<i32> = users::table
        .filter(users::phone.eq(phone.as_str()))
        .filter(users::phone_verified_at.is_not_null())
        .select(users::id)
        .first(conn)
        .optional()?;
    verified.map(|id| people::find(conn, id)).transpose()
}

/// What is stored of a code: bound to its person, so a digest says nothing on its own.
fn code_digest(user_id: i32, code: &str) -> String {
    digest(&format!("{user_id}:{code}"))
}

/// Sends a sign-in code to the number if a person holds it; the same answer either way.
pub fn send_code(conn: &mut DbConnection, address: &str, phone: &Phone) -> AppResult<()> {
    for bucket in [
        Buckets::address("phone-code", address),
        Buckets::number("phone-code", phone),
    ] {
        bucket.check(conn)?;
        bucket.record(conn)?;
    }
    let Some(user) = holder(conn, phone)? else {
        return Ok(());
    };
    let code = new_code();
    let now = Utc::now().naive_utc();
    db::transaction(conn, |conn| {
        // The newest code is the only one that works.
        diesel::update(
            phone_codes::table
                .filter(phone_codes::user_id.eq(user.id))
                .filter(phone_codes::used_at.is_null()),
        )
        .set(phone_codes::used_at.eq(now))
        .execute(conn)?;
        diesel::insert_into(phone_codes::table)
            .values((
                phone_codes::user_id.eq(user.id),
                phone_codes::code_hash.eq(code_digest(user.id, &code)),
                phone_codes::created_at.eq(now),
                phone_codes::expires_at.eq(now + Duration::minutes(CODE_MINUTES)),
            ))
            .execute(conn)?;
        let locale = Locale::from_code(&user.locale).unwrap_or(Locale::DEFAULT);
        // Asked for just now, by the person: it goes at once, whatever the hour.
        let args = [
            ("code", code.clone()),
            ("minutes", CODE_MINUTES.to_string()),
        ];
        sms::reply(conn, phone.as_str(), locale, "sms-sign-in-code", &args, "")?;
        Ok(())
    })
}

fn new_code() -> String {
    use rand::RngExt;
    format!("{:06}", rand::rng().random_range(0..1_000_000))
}

/// Signs in with the code sent to the number: right, within its time and tries, and once.
pub fn with_code(
    conn: &mut DbConnection,
    keys: &TokenKeys,
    address: &str,
    phone: &Phone,
    typed: &str,
) -> AppResult<(User, NewSession)> {
    let guesses = Buckets::address("phone-code-try", address);
    guesses.check(conn)?;
    let wrong = || AppError::invalid("phone-code-wrong");
    let typed: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    let now = Utc::now().naive_utc();
    let user = holder(conn, phone)?;
    let code = match &user {
        Some(user) => phone_codes::table
            .filter(phone_codes::user_id.eq(user.id))
            .filter(phone_codes::used_at.is_null())
            .filter(phone_codes::expires_at.gt(now))
            .filter(phone_codes::tries.lt(CODE_TRIES))
            .order(phone_codes::id.desc())
            .select((phone_codes::id, phone_codes::code_hash))
            .first::<(i32, String)>(conn)
            .optional()?,
        None => None,
    };
    let (Some(user), Some((id, stored))) = (user, code) else {
        guesses.record(conn)?;
        return Err(wrong());
    };
    if code_digest(user.id, &typed) != stored {
        guesses.record(conn)?;
        diesel::update(phone_codes::table.find(id))
            .set(phone_codes::tries.eq(phone_codes::tries + 1))
            .execute(conn)?;
        return Err(wrong());
    }
    db::transaction(conn, |conn| {
        // Used once: of two sign-ins racing with one code, one gets in.
        let claimed = diesel::update(
            phone_codes::table
                .find(id)
                .filter(phone_codes::used_at.is_null()),
        )
        .set(phone_codes::used_at.eq(now))
        .execute(conn)?;
        if claimed != 1 {
            return Err(wrong());
        }
        let session = session::create(conn, keys, user.id, SessionKind::Web)?;
        Ok((user, session))
    })
}
