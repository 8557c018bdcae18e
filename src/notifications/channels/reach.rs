//! How the portal reaches one person, as the desk sees it when the tenant is in front of them:
//! the mobile number (staff only: never shown to neighbours or delegates), each kind of
//! message and the channels it goes by, and whether they wrote STOP.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use super::{person, ways, Kind};
use crate::core::db::DbConnection;
use crate::core::schema::users;
use crate::i18n::Locale;

/// One kind of message and how it goes: the message keys of its name and of its channels.
#[derive(Debug, Clone, Serialize)]
pub struct KindReach {
    pub kind: &'static str,
    pub way: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct Reach {
    pub phone: Option<String>,
    /// The day they wrote STOP, in their desk's words.
    pub sms_stopped_on: Option<String>,
    pub kinds: Vec<KindReach>,
}

pub fn reach(conn: &mut DbConnection, user_id: i32, locale: Locale) -> QueryResult<Reach> {
    let (phone, stopped): (Option<String>, Option<NaiveDateTime>) = users::table
        .find(user_id)
        .select((users::phone, users::sms_stopped_at))
        .first(conn)?;
    let someone = person(conn, user_id)?;
    let kinds = [Kind::UrgentNotice, Kind::ReportUpdate, Kind::VisitReminder]
        .into_iter()
        .map(|kind| {
            let way = ways(conn, &someone, kind)?;
            Ok(KindReach {
                kind: match kind {
                    Kind::UrgentNotice => "desk-reach-kind-urgent",
                    Kind::ReportUpdate => "desk-reach-kind-report",
                    Kind::VisitReminder => "desk-reach-kind-visit",
                },
                way: match (way.email, way.sms) {
                    (true, true) => "desk-reach-way-both",
                    (true, false) => "desk-reach-way-email",
                    (false, true) => "desk-reach-way-sms",
                    (false, false) => "desk-reach-way-inbox",
                },
            })
        })
        .collect::<QueryResult<_>>()?;
    Ok(Reach {
        phone,
        sms_stopped_on: stopped.map(|at| locale.date(at)),
        kinds,
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
