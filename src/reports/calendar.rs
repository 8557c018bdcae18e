//! A technician's agenda as an iCalendar (RFC 5545) feed at a secret URL, so it opens in any
//! phone calendar. A calendar is synced to other companies' servers and shown on lock screens,
//! so events carry the category, the place and a link only: never the tenant's words, which
//! can hold a name or a phone number.

use chrono::Utc;
use diesel::prelude::*;
use icalendar::{Calendar, Component, Event, EventLike};

use super::queries::ReportRow;
use super::views;
use crate::access::{authorize, Action, Actor};
use crate::core::db::DbConnection;
use crate::core::error::{AppError, AppResult};
use crate::core::schema::{reports, visits};
use crate::i18n::Locale;
use crate::people::feeds::{self, FeedKey, FeedPurpose};

/// The feed's token, made on first use.
pub fn token(conn: &mut DbConnection, key: &FeedKey, user_id: i32) -> QueryResult<String> {
    feeds::token(conn, key, user_id, FeedPurpose::Agenda)
}

/// A new secret address for one's own agenda (staff and desk operators).
pub fn renew_for(conn: &mut DbConnection, key: &FeedKey, actor: &Actor) -> AppResult<String> {
    authorize(actor, Action::WorkQueue)?;
    Ok(feeds::renew(conn, key, actor.user_id, FeedPurpose::Agenda)?)
}

/// The feed's address, to paste into a phone's calendar.
pub fn url(base_url: &str, token: &str) -> String {
    format!("{base_url}/calendar/{token}.ics")
}

/// The feed at a secret URL name (`TOKEN.ics`): the token is the credential, and only while
/// its holder may still see an agenda (roles are read on every request, as for sessions).
pub fn feed_at(conn: &mut DbConnection, name: &str, base_url: &str) -> AppResult<String> {
    let token = name.strip_suffix(".ics").ok_or(AppError::NotFound)?;
    let (user, locale) =
        feeds::owner(conn, FeedPurpose::Agenda, token)?.ok_or(AppError::NotFound)?;
    let grants = crate::people::grants_of(conn, user)?;
    authorize(&Actor::of(user, &grants), Action::WorkQueue)?;
    feed(
        conn,
        user,
        Locale::from_code(&locale).unwrap_or(Locale::DEFAULT),
        base_url,
    )
}

/// Planned visits of one technician from a month ago on, as an iCalendar document.
fn feed(
    conn: &mut DbConnection,
    technician: i32,
    locale: Locale,
    base_url: &str,
) -> AppResult<String> {
    let since = Utc::now().naive_utc() - chrono::Duration::days(31);
    let planned: Vec<(i32, chrono::NaiveDateTime, chrono::NaiveDateTime, ReportRow)> =
        visits::table
            .inner_join(reports::table)
            .filter(visits::technician_id.eq(technician))
            .filter(visits::status.eq("planned"))
            .filter(visits::starts_at.ge(since))
            .order(visits::starts_at)
            .select((
                visits::id,
                visits::starts_at,
                visits::ends_at,
                ReportRow::as_select(),
            ))
            .load(conn)?;
    let names = views::category_names(conn, locale)?;
    let host = url::Url::parse(base_url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_default();
    let mut calendar = Calendar::new();
    calendar.name(&locale.text("agenda-feed-name"));
    for (id, starts, ends, report) in planned {
        let category = names
            .get(&report.category_id)
            .map(|c| c.name.clone())
            .unwrap_or_default();
        let place = views::place_text(conn, &report, locale)?;
        let link = format!("{base_url}/reports/{}", report.reference);
        calendar.push(
            Event::new()
                .uid(&format!("visit-{id}@{host}"))
                .summary(&format!("{category} — {}", report.reference))
                .location(&place)
                .description(&link)
                .url(&link)
                .starts(starts)
                .ends(ends)
                .done(),
        );
    }
    Ok(calendar.done().to_string())
}
