//! The in-app inbox: what happened to the reports one follows, the urgent notices for one's
//! home and news of one's rent (or, for the desk and the rent office, of households'), newest
//! first. Messages are written by [`super::fanout`]; a report's are read once the
//! report is opened after them, a notice's once it is marked seen.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::core::schema::{election_inbox, inbox, notice_inbox, notice_seen, rent_inbox};
use crate::i18n::Locale;
use crate::notices::{board, store as notices};
use crate::people;
use crate::rent;
use crate::reports::{events, queries, timeline};

#[derive(Debug, Clone, Serialize)]
pub struct InboxItem {
    pub link: String,
    /// The report's reference, or the notice's title.
    pub label: String,
    pub summary: String,
    pub at: String,
    pub unread: bool,
    #[serde(skip)]
    when: NaiveDateTime,
}

/// The latest messages for someone, newest first.
pub fn latest(
    conn: &mut DbConnection,
    user_id: i32,
    locale: Locale,
    limit: i64,
) -> AppResult<Vec<InboxItem>> {
    let mut items = about_reports(conn, user_id, locale, limit)?;
    items.extend(urgent_notices(conn, user_id, locale, limit)?);
    items.extend(password_guessed(conn, user_id, locale)?);
    items.extend(about_rent(conn, user_id, locale, limit)?);
    items.extend(about_elections(conn, user_id, locale, limit)?);
    items.sort_by_key(|item| std::cmp::Reverse(item.when));
    items.truncate(limit as usize);
    Ok(items)
}

fn about_reports(
    conn: &mut DbConnection,
    user_id: i32,
    locale: Locale,
    limit: i64,
) -> AppResult<Vec<InboxItem>> {
    let rows: Vec<(i32, i32, NaiveDateTime)> = inbox::table
        .filter(inbox::user_id.eq(user_id))
        .order(inbox::id.desc())
        .limit(limit)
        .select((inbox::report_id, inbox::event_id, inbox::created_at))
        .load(conn)?;
    let report_ids: Vec<i32> = rows.iter().map(|r| r.0).collect();
    let opened = queries::opened(conn, user_id, &report_ids)?;
    let mut items = vec![];
    for (report_id, event_id, when) in rows {
        let report = queries::by_id(conn, report_id)?;
        let event = events::one(conn, event_id)?;
        let view = timeline::describe(conn, &report, &event, locale, user_id == report.filed_for)?;
        let read = opened
            .iter()
            .any(|(id, at)| *id == report_id && *at >= event.created_at);
        items.push(InboxItem {
            link: format!("/reports/{}", report.reference),
            label: report.reference,
            summary: view.summary,
            at: view.at,
            unread: !read,
            when,
        });
    }
    Ok(items)
}

/// Rent reminders and news of help requests and plans, unread until the page they link to is
/// opened.
fn about_rent(
    conn: &mut DbConnection,
    user_id: i32,
    locale: Locale,
    limit: i64,
) -> AppResult<Vec<InboxItem>> {
    let rows: Vec<(i32, NaiveDateTime, Option<NaiveDateTime>)> = rent_inbox::table
        .filter(rent_inbox::user_id.eq(user_id))
        .order(rent_inbox::id.desc())
        .limit(limit)
        .select((
            rent_inbox::event_id,
            rent_inbox::created_at,
            rent_inbox::read_at,
        ))
        .load(conn)?;
    let mut items = vec![];
    for (event, when, read_at) in rows {
        let event = rent::events::one(conn, event)?;
        let flat = crate::places::unit_place(conn, event.unit_id)?;
        let told = rent::events::describe(&event, &flat, locale);
        items.push(InboxItem {
            link: told.link,
            label: locale.text("rent-told-label"),
            summary: told.title,
            at: locale.date_time(when),
            unread: read_at.is_none(),
            when,
        });
    }
    Ok(items)
}

fn about_elections(
    conn: &mut DbConnection,
    user_id: i32,
    locale: Locale,
    limit: i64,
) -> AppResult<Vec<InboxItem>> {
    use crate::elections::{self, events, view};
    let rows: Vec<(i32, NaiveDateTime, Option<NaiveDateTime>)> = election_inbox::table
        .filter(election_inbox::user_id.eq(user_id))
        .order(election_inbox::id.desc())
        .limit(limit)
        .select((
            election_inbox::event_id,
            election_inbox::created_at,
            election_inbox::read_at,
        ))
        .load(conn)?;
    let mut items = vec![];
    for (event, when, read_at) in rows {
        let event = events::one(conn, event)?;
        let election = elections::find(conn, event.election_id)?;
        let place = view::place_name(conn, &election, locale)?;
        let told = events::describe(&event, &election, &place, locale);
        items.push(InboxItem {
            link: told.link,
            label: locale.text("election-told-label"),
            summary: told.title,
            at: locale.date_time(when),
            unread: read_at.is_none(),
            when,
        });
    }
    Ok(items)
}

/// Someone guessing the person's password (the latest episode), with the way to their profile,
/// where they can change it or sign out on every device.
fn password_guessed(
    conn: &mut DbConnection,
    user_id: i32,
    locale: Locale,
) -> AppResult<Option<InboxItem>> {
    Ok(
        people::sign_in_alerts::latest(conn, user_id)?.map(|episode| InboxItem {
            link: "/profile".into(),
            label: locale.text("sign-in-blocked-label"),
            summary: locale.text("sign-in-blocked-summary"),
            at: locale.date_time(episode.started_at),
            unread: episode.ongoing(),
            when: episode.started_at,
        }),
    )
}

fn urgent_notices(
    conn: &mut DbConnection,
    user_id: i32,
    locale: Locale,
    limit: i64,
) -> AppResult<Vec<InboxItem>> {
    let rows: Vec<(i32, NaiveDateTime)> = notice_inbox::table
        .filter(notice_inbox::user_id.eq(user_id))
        .order(notice_inbox::created_at.desc())
        .limit(limit)
        .select((notice_inbox::notice_id, notice_inbox::created_at))
        .load(conn)?;
    let mut items = vec![];
    for (notice, when) in rows {
        let row = notices::load(conn, notice)?;
        if !row.live() {
            continue;
        }
        let (text, _) = board::text_for(&notices::texts(conn, notice)?, locale);
        let seen: i64 = notice_seen::table
            .filter(notice_seen::notice_id.eq(notice))
            .filter(notice_seen::user_id.eq(user_id))
            .count()
            .get_result(conn)?;
        items.push(InboxItem {
            link: format!("/notices/{notice}"),
            label: text.title,
            summary: locale.text("notice-urgent"),
            at: locale.date_time(when),
            unread: seen == 0,
            when,
        });
    }
    Ok(items)
}
