//! Fan-out of rent events ([`crate::rent::events`]): the household, or the estate's desk and
//! the landlord's rent office, hear of each in their inbox and by the channels they chose for
//! rent, in their language — whoever acted excepted. Once per event and person, as
//! [`super::fanout`]: events are claimed (`SKIP LOCKED` on PostgreSQL), told and marked in one
//! transaction.

use chrono::Utc;
use diesel::prelude::*;

use super::channels::{self, Kind, News};
use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::core::render::Templates;
use crate::core::schema::rent_inbox;
use crate::places;
use crate::rent::events::{self, EventRow};

/// Events handled in one transaction.
const BATCH: i64 = 50;

/// Tells the people concerned by up to [`BATCH`] new rent events; how many were handled.
pub fn deliver(conn: &mut DbConnection, templates: &Templates, base_url: &str) -> AppResult<usize> {
    super::tell_pending!(conn, rent_events, BATCH, |conn: &mut DbConnection, id| {
        let event = events::one(conn, id)?;
        tell(conn, templates, base_url, &event)
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
        let news = News {
            kind: Kind::Rent,
            title: &told.title,
            body: &told.body,
            link: &told.link,
            button: person.locale.text("rent-told-button"),
        };
        channels::queue_news(conn, templates, base_url, &person, news)?;
    }
    Ok(())
}
