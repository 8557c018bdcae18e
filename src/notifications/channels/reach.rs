//! How the portal reaches one person, as the desk sees it when the tenant is in front of them:
//! the mobile number (staff only: never shown to neighbours or delegates), the channels each
//! kind of message goes by (which the desk may change with them), and whether they wrote STOP.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use super::choices::{self, Choices};
use crate::core::db::DbConnection;
use crate::core::schema::users;
use crate::i18n::Locale;

#[derive(Debug, Clone, Serialize)]
pub struct Reach {
    pub phone: Option<String>,
    /// The day they wrote STOP, in the reader's language.
    pub sms_stopped_on: Option<String>,
    pub choices: Choices,
}

pub fn reach(conn: &mut DbConnection, user_id: i32, locale: Locale) -> QueryResult<Reach> {
    let (phone, stopped): (Option<String>, Option<NaiveDateTime>) = users::table
        .find(user_id)
        .select((users::phone, users::sms_stopped_at))
        .first(conn)?;
    Ok(Reach {
        phone,
        sms_stopped_on: stopped.map(|at| locale.date(at)),
        choices: choices::current(conn, user_id)?,
    })
}

/// SMS again for someone who wrote STOP; `false` if they had not.
pub fn resume_sms(conn: &mut DbConnection, user_id: i32) -> QueryResult<bool> {
    let changed = diesel::update(
        users::table
            .find(user_id)
            .filter(users::sms_stopped_at.is_not_null()),
    )
    .set(users::sms_stopped_at.eq(None::<NaiveDateTime>))
    .execute(conn)?;
    Ok(changed == 1)
}
