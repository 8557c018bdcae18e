//! A person's own mobile number, entered on their profile: it is theirs — for SMS and for
//! signing in with it — only once they type the code sent to it. A number the desk enters
//! counts as verified at once (the tenant is in front of it). Codes asked for are limited per
//! number and per address, as for signing in.

use chrono::Utc;
use diesel::prelude::*;
use serde::Serialize;

use super::phone_codes;
use super::throttle::Buckets;
use crate::core::db::{self, DbConnection};
use crate::core::error::{AppError, AppResult};
use crate::core::schema::users;
use crate::i18n::Locale;
use crate::people::Phone;

/// What the profile shows: the number SMS go to, and one waiting for its code.
#[derive(Debug, Clone, Default, Serialize)]
pub struct OwnPhone {
    pub verified: Option<String>,
    pub pending: Option<String>,
    pub minutes: i64,
}

pub fn current(conn: &mut DbConnection, user_id: i32) -> QueryResult<OwnPhone> {
    let verified: Option<String> = users::table
        .find(user_id)
        .filter(users::phone_verified_at.is_not_null())
        .select(users::phone)
        .first::<Option<String>>(conn)
        .optional()?
        .flatten();
    // A sign-in code sent to the number one already has is not a number to confirm.
    let pending = phone_codes::pending(conn, user_id)?.filter(|p| Some(p) != verified.as_ref());
    Ok(OwnPhone {
        verified,
        pending,
        minutes: phone_codes::CODE_MINUTES,
    })
}

/// Sends a code to the number `user` typed as theirs.
pub fn ask(
    conn: &mut DbConnection,
    user_id: i32,
    address: &str,
    phone: &Phone,
    locale: Locale,
) -> AppResult<()> {
    for bucket in [
        Buckets::address("own-phone", address),
        Buckets::number("own-phone", phone),
    ] {
        bucket.check(conn)?;
        bucket.record(conn)?;
    }
    phone_codes::issue(conn, user_id, phone, locale, "sms-verify-code")
}

/// The code typed: the number it was sent to becomes the person's, verified, with SMS on. A
/// number another account holds stays theirs (the desk sorts out who it belongs to).
pub fn confirm(conn: &mut DbConnection, user_id: i32, typed: &str) -> AppResult<()> {
    let phone = phone_codes::redeem(conn, user_id, typed)?;
    db::transaction(conn, |conn| {
        let taken: i64 = users::table
            .filter(users::phone.eq(&phone))
            .filter(users::id.ne(user_id))
            .count()
            .get_result(conn)?;
        if taken > 0 {
            return Err(AppError::invalid("phone-taken"));
        }
        diesel::update(users::table.find(user_id))
            .set((
                users::phone.eq(&phone),
                users::phone_verified_at.eq(Utc::now().naive_utc()),
                users::sms_stopped_at.eq(None::<chrono::NaiveDateTime>),
            ))
            .execute(conn)?;
        tracing::info!(user_id, "own mobile number confirmed");
        Ok(())
    })
}
