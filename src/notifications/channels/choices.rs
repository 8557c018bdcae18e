//! A person's choice of channels for each kind of message, made on their profile or by the desk
//! for a tenant in front of it. The inbox always has every message; the choice is what goes by
//! e-mail, SMS and push besides. Without a choice, the defaults of [`super::ways`] apply.

use diesel::prelude::*;
use serde::Serialize;

use super::{person, push, ways, Kind};
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
    pub push: bool,
}

/// What the form shows: each kind, and which channels the person has at all.
#[derive(Debug, Clone, Serialize)]
pub struct Choices {
    pub kinds: Vec<Choice>,
    pub has_email: bool,
    pub has_phone: bool,
    /// Push is on in at least one of their browsers.
    pub has_push: bool,
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
                push: way.push,
            })
        })
        .collect::<QueryResult<_>>()?;
    Ok(Choices {
        kinds,
        has_email: someone.email.is_some(),
        has_phone: someone.phone.is_some(),
        has_push: someone.push,
    })
}

/// One kind's channels as chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Picked {
    pub kind: Kind,
    pub email: bool,
    pub sms: bool,
    pub push: bool,
}

/// A choice as sent: for each kind, e-mail, SMS and push yes or no.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chosen(Vec<Picked>);

impl Chosen {
    /// From a form's ticked boxes, `<kind>_email`, `<kind>_sms` and `<kind>_push` (a box not
    /// ticked is not sent at all).
    pub fn from_ticked(ticked: impl Fn(&str) -> bool) -> Chosen {
        Chosen(
            Kind::ALL
                .into_iter()
                .map(|kind| {
                    let code = kind.code();
                    Picked {
                        kind,
                        email: ticked(&format!("{code}_email")),
                        sms: ticked(&format!("{code}_sms")),
                        push: ticked(&format!("{code}_push")),
                    }
                })
                .collect(),
        )
    }
}

/// Keeps the choice, every kind at once. Without push on anywhere there was no push box to
/// tick, so push keeps its default for when it is turned on.
pub fn set(conn: &mut DbConnection, user_id: i32, chosen: &Chosen) -> QueryResult<()> {
    db::transaction(conn, |conn| {
        let has_push = push::subscriptions::has_any(conn, user_id)?;
        diesel::delete(channel_choices::table.filter(channel_choices::user_id.eq(user_id)))
            .execute(conn)?;
        for picked in &chosen.0 {
            let push = if has_push {
                picked.push
            } else {
                picked.kind.pushed_by_default()
            };
            diesel::insert_into(channel_choices::table)
                .values((
                    channel_choices::user_id.eq(user_id),
                    channel_choices::kind.eq(picked.kind.code()),
                    channel_choices::email.eq(picked.email),
                    channel_choices::sms.eq(picked.sms),
                    channel_choices::push.eq(push),
                ))
                .execute(conn)?;
        }
        Ok(())
    })
}
