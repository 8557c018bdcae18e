//! A person's choice of channels for each kind of message, made on their profile or by the desk
//! for a tenant in front of it. The inbox always has every message; the choice is what goes by
//! e-mail and SMS besides. Without a choice, the defaults of [`super::ways`] apply.

use diesel::prelude::*;
use serde::Serialize;

use super::{person, ways, Kind};
use crate::core::db::{self, DbConnection};
use crate::core::schema::channel_choices;

/// One kind of message and the channels it goes by now.
#[derive(Debug, Clone, Serialize)]
pub struct Choice {
    pub kind: &'static str,
    /// Its name's message key.
    pub label: &'static str,
    pub email: bool,
    pub sms: bool,
}

/// What the form shows: each kind, and which channels the person has at all.
#[derive(Debug, Clone, Serialize)]
pub struct Choices {
    pub kinds: Vec<Choice>,
    pub has_email: bool,
    pub has_phone: bool,
}

pub fn current(conn: &mut DbConnection, user_id: i32) -> QueryResult<Choices> {
    let someone = person(conn, user_id)?;
    let kinds = Kind::ALL
        .into_iter()
        .map(|kind| {
            let way = ways(conn, &someone, kind)?;
            Ok(Choice {
                kind: kind.code(),
                label: kind.label(),
                email: way.email,
                sms: way.sms,
            })
        })
        .collect::<QueryResult<_>>()?;
    Ok(Choices {
        kinds,
        has_email: someone.email.is_some(),
        has_phone: someone.phone.is_some(),
    })
}

/// A choice as sent: for each kind, e-mail and SMS yes or no.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chosen(Vec<(Kind, bool, bool)>);

impl Chosen {
    /// From a form's ticked boxes, `<kind>_email` and `<kind>_sms` (a box not ticked is not
    /// sent at all).
    pub fn from_ticked(ticked: impl Fn(&str) -> bool) -> Chosen {
        Chosen(
            Kind::ALL
                .into_iter()
                .map(|kind| {
                    let code = kind.code();
                    (
                        kind,
                        ticked(&format!("{code}_email")),
                        ticked(&format!("{code}_sms")),
                    )
                })
                .collect(),
        )
    }
}

/// Keeps the choice, every kind at once.
pub fn set(conn: &mut DbConnection, user_id: i32, chosen: &Chosen) -> QueryResult<()> {
    db::transaction(conn, |conn| {
        diesel::delete(channel_choices::table.filter(channel_choices::user_id.eq(user_id)))
            .execute(conn)?;
        for (kind, email, sms) in &chosen.0 {
            diesel::insert_into(channel_choices::table)
                .values((
                    channel_choices::user_id.eq(user_id),
                    channel_choices::kind.eq(kind.code()),
                    channel_choices::email.eq(email),
                    channel_choices::sms.eq(sms),
                ))
                .execute(conn)?;
        }
        Ok(())
    })
}
