//! A technician's agenda as an iCalendar (RFC 5545) feed at a secret URL, so it opens in any
//! phone calendar. Events say where and what, with a link; never the tenant's name unless the
//! tenant chose to show it, and never a phone number.

use chrono::Utc;
use diesel::prelude::*;
use icalendar::{Calendar, Component, Event, EventLike};

use super::queries::ReportRow;
use super::views;
use crate::db::DbConnection;
use crate::error::AppResult;
use crate::i18n::Locale;
use crate::schema::{calendar_feeds, reports, users, visits};

fn new_token() -> String {
    use rand::Rng;
    hex::encode(rand::rng().random::<[u8; 32]>())
}

/// The feed's token, made on first use.
pub fn token(conn: &mut DbConnection, user_id: i32) -> QueryResult<String> {
    let existing = calendar_feeds::table
        .find(user_id)
        .select(calendar_feeds::token)
        .first::<String>(conn)
        .optional()?;
    match existing {
        Some(token) => Ok(token),
        None => renew(conn, user_id),
    }
}

/// A new secret URL; the old one stops working at once (a lost phone, a shared link).
pub fn renew(conn: &mut DbConnection, user_id: i32) -> QueryResult<String> {
    let token = new_token();
    diesel::delete(calendar_feeds::table.find(user_id)).execute(conn)?;
    diesel::insert_into(calendar_feeds::table)
        .values((
            calendar_feeds::user_id.eq(user_id),
            calendar_feeds::token.eq(&token),
            calendar_feeds::created_at.eq(Utc::now().naive_utc()),
        ))
        .execute(conn)?;
    Ok(token)
}

pub fn owner(conn: &mut DbConnection, token: &str) -> QueryResult<Option<(i32, String)>> {
    calendar_feeds::table
        .inner_join(users::table.on(users::id.eq(calendar_feeds::user_id)))
        .filter(calendar_feeds::token.eq(token))
        .select((users::id, users::locale))
        .first(conn)
        .optional()
}

/// Planned visits of one technician from a month ago on, as an iCalendar document.
pub fn feed(
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
        let mut description = vec![report.description.clone()];
        if report.permission_to_enter {
            description.push(locale.text("agenda-permission"));
        }
        if report.show_name {
            let name: String = users::table
                .find(report.filed_for)
                .select(users::name)
                .first(conn)?;
            description.push(locale.text_with("agenda-tenant", &[("name", name)]));
        }
        let link = format!("{base_url}/reports/{}", report.reference);
        description.push(link.clone());
        calendar.push(
            Event::new()
                .uid(&format!("visit-{id}@{host}"))
                .summary(&format!("{category} — {}", report.reference))
                .location(&format!(
                    "{place}{}",
                    report
                        .spot
                        .as_deref()
                        .map(|s| format!(" — {s}"))
                        .unwrap_or_default()
                ))
                .description(&description.join("\n"))
                .url(&link)
                .starts(starts)
                .ends(ends)
                .done(),
        );
    }
    Ok(calendar.done().to_string())
}
