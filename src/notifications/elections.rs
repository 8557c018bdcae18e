//! Fan-out of election events ([`crate::elections::events`]): the place's tenants (and, of a
//! result or a term ending, the estate's desk) hear of each in their inbox and by the channels
//! they chose for elections, in their language, once per event and person.

use diesel::prelude::*;

use super::channels::{self, Kind, News};
use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::core::render::Templates;
use crate::core::schema::election_inbox;
use crate::elections::events::{self, EventRow};
use crate::elections::{self as domain, view};

/// Events handled in one transaction.
const BATCH: i64 = 20;

/// Tells the people concerned by up to [`BATCH`] new election events; how many were handled.
pub fn deliver(conn: &mut DbConnection, templates: &Templates, base_url: &str) -> AppResult<usize> {
    super::tell_pending!(
        conn,
        election_events,
        BATCH,
        |conn: &mut DbConnection, id| {
            let event = events::one(conn, id)?;
            tell(conn, templates, base_url, &event)
        }
    )
}

fn tell(
    conn: &mut DbConnection,
    templates: &Templates,
    base_url: &str,
    event: &EventRow,
) -> AppResult<()> {
    let election = domain::find(conn, event.election_id)?;
    let now = domain::now();
    for user_id in events::audience(conn, &election, event.kind)? {
        let person = channels::person(conn, user_id)?;
        let place = view::place_name(conn, &election, person.locale)?;
        let told = events::describe(event, &election, &place, person.locale);
        diesel::insert_into(election_inbox::table)
            .values((
                election_inbox::user_id.eq(user_id),
                election_inbox::event_id.eq(event.id),
                election_inbox::link.eq(&told.link),
                election_inbox::created_at.eq(now),
            ))
            .execute(conn)?;
        let news = News {
            kind: Kind::Election,
            title: &told.title,
            body: &told.body,
            link: &told.link,
            button: person.locale.text("election-told-button"),
        };
        channels::queue_news(conn, templates, base_url, &person, news)?;
    }
    Ok(())
}
