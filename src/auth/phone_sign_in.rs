//! Signing in with only a mobile number: the person types it, receives a 6-digit code by SMS
//! and types the code. The answer never says whether a number is registered (the same page
//! either way, and no SMS to an unknown number); codes asked for are limited per number and
//! per address, and guesses per address and per code (5 tries, 10 minutes, one use).

use diesel::prelude::*;

use super::phone_codes;
use super::session::{self, NewSession, SessionKind, TokenKeys};
use super::throttle::Buckets;
use crate::core::db::DbConnection;
use crate::core::error::{AppError, AppResult};
use crate::core::schema::users;
use crate::i18n::Locale;
use crate::people::{self, Phone, User};

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
    let locale = Locale::from_code(&user.locale).unwrap_or(Locale::DEFAULT);
    phone_codes::issue(conn, user.id, phone, locale, "sms-sign-in-code")
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
    let Some(user) = holder(conn, phone)? else {
        guesses.record(conn)?;
        return Err(AppError::invalid("phone-code-wrong"));
    };
    if let Err(wrong) = phone_codes::redeem(conn, user.id, typed) {
        // A wrong guess counts against the address too, the code's own tries aside.
        guesses.record(conn)?;
        return Err(wrong);
    }
    let session = session::create(conn, keys, user.id, SessionKind::Web)?;
    Ok((user, session))
}
