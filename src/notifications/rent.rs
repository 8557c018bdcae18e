//! Fan-out of rent events ([`crate::rent::events`]): the household, or the estate's desk and
//! the landlord's rent office, hear of each in their inbox and by the channels they chose for
//! rent, in their language — whoever acted excepted. Once per event and person, as
//! [`super::fanout`]: events are claimed (`SKIP LOCKED` on PostgreSQL), told and marked in one
//! transaction.

use chrono::Utc;
use diesel::prelude::*;
use serde_json::json;

use super::channels::push::Push;
use super::channels::{self, Kind, Message};
use crate::core::db::{self, DbConnection};
use crate::core::error::AppResult;
use crate::core::render::Templates;
use crate::core::schema::{rent_events, rent_inbox};
use crate::places;
use crate::rent::events::{self, EventRow};

/// Events handled in one transaction.
const BATCH: i64 = 50;

/// Tells the people concerned by up to [`BATCH`] new rent events; how many were handled.
pub fn deliver(conn: &mut DbConnection, templates: &Templates, base_url: &str) -> AppResult<usize> {
    db::transaction(conn, |conn| {
        let pending = rent_events::table
            .filter(rent_events::notified_at.is_null())
            .order(rent_events::id)
            .limit(BATCH)
            .select(rent_events::id);
        let ids: Vec<i32> = match conn {
            DbConnection::Postgresql(pg) => pending.for_update().skip_locked().load(pg)?,
            DbConnection::Sqlite(lite) => pending.load(lite)?,
        };
        for id in &ids {
            let event = events::one(conn, *id)?;
            tell(conn, templates, base_url, &event)?;
        }
        diesel::update(rent_events::table.filter(rent_events::id.eq_any(&ids)))
            .set(rent_events::notified_at.eq(Utc::now().naive_utc()))
            .execute(conn)?;
        Ok(ids.len())
    })
}

fn tell(
    conn: &mut DbConnection,
    templates: &Templates,
    base_url: &str,
    event: &EventRow,
) -> AppResult<()> {
    let flat = places::unit_place(conn, event.unit_id)?;
    let now = Utc::now().naive_utc();
    for user_id in events::audience(conn, &flat, event.kind)? {
        if Some(user_id) == event.actor_id {
            continue;
        }
        let person = channels::person(conn, user_id)?;
        let told = events::describe(event, &flat, person.locale);
        diesel::insert_into(rent_inbox::table)
            .values((
                rent_inbox::user_id.eq(user_id),
                rent_inbox::event_id.eq(event.id),
                rent_inbox::link.eq(&told.link),
                rent_inbox::created_at.eq(now),
            ))
            .execute(conn)?;
        let ways = channels::ways(conn, &person, Kind::Rent)?;
        if ways.none() {
            continue;
        }
        let link = format!("{base_url}{}", told.link);
        let button = person.locale.text("rent-told-button");
        let message = Message {
            mail: "rent",
            data: json!({
                "name": person.name,
                "title": told.title,
                "body": told.body,
                "link": link,
                "button": button,
            }),
            sms: "sms-rent",
            sms_args: vec![
                ("title", told.title.clone()),
                ("body", told.body.clone()),
                ("link", link.clone()),
            ],
            shrink: "body",
            push: Push::new(&told.title, &told.body, &link),
        };
        channels::queue(conn, templates, &person, ways, message)?;
    }
    Ok(())
}
