//! Telling the people who follow a report what happened: a message in their in-app inbox
//! and, if they have an address, a mail in their language through the outbox.

use chrono::Utc;
use diesel::prelude::*;
use serde::Serialize;
use serde_json::json;

use super::compose::compose;
use super::outbox;
use crate::db::DbConnection;
use crate::error::AppResult;
use crate::i18n::Locale;
use crate::reports::{events, queries};
use crate::schema::{inbox, report_followers, users};
use crate::web::Templates;

/// What notifying needs from the application.
pub struct Notifier<'a> {
    pub templates: &'a Templates,
    pub base_url: &'a str,
}

impl Notifier<'_> {
    /// Tells every follower of the report but the one who acted.
    pub fn report_event(
        &self,
        conn: &mut DbConnection,
        report_id: i32,
        event_id: i32,
    ) -> AppResult<()> {
        let report = queries::by_id(conn, report_id)?;
        let event = events::one(conn, event_id)?;
        let followers: Vec<(i32, String, Option<String>, String)> = report_followers::table
            .inner_join(users::table.on(users::id.eq(report_followers::user_id)))
            .filter(report_followers::report_id.eq(report_id))
            .select((users::id, users::name, users::email, users::locale))
            .load(conn)?;
        let now = Utc::now().naive_utc();
        for (user_id, name, email, locale) in followers {
            if Some(user_id) == event.actor_id {
                continue;
            }
            diesel::insert_into(inbox::table)
                .values((
                    inbox::user_id.eq(user_id),
                    inbox::report_id.eq(report_id),
                    inbox::event_id.eq(event_id),
                    inbox::created_at.eq(now),
                ))
                .execute(conn)?;
            let Some(email) = email else { continue };
            let locale = Locale::from_code(&locale).unwrap_or(Locale::DEFAULT);
            let view =
                events::describe(conn, &report, &event, locale, user_id == report.filed_for)?;
            let mail = compose(
                self.templates,
                &email,
                locale,
                "report_update",
                json!({
                    "name": name,
                    "reference": report.reference,
                    "summary": view.summary,
                    "body": view.body,
                    "status": locale.text(&format!("status-{}", report.status)),
                    "link": format!("{}/reports/{}", self.base_url, report.reference),
                }),
            )?;
            outbox::enqueue(conn, &mail)?;
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct InboxItem {
    pub reference: String,
    pub summary: String,
    pub at: String,
    pub unread: bool,
}

/// The latest messages for someone, newest first.
pub fn latest(
    conn: &mut DbConnection,
    user_id: i32,
    locale: Locale,
    limit: i64,
) -> AppResult<Vec<InboxItem>> {
    let rows: Vec<(i32, i32, Option<chrono::NaiveDateTime>)> = inbox::table
        .filter(inbox::user_id.eq(user_id))
        .order(inbox::id.desc())
        .limit(limit)
        .select((inbox::report_id, inbox::event_id, inbox::read_at))
        .load(conn)?;
    let mut items = vec![];
    for (report_id, event_id, read_at) in rows {
        let report = queries::by_id(conn, report_id)?;
        let event = events::one(conn, event_id)?;
        let view = events::describe(conn, &report, &event, locale, user_id == report.filed_for)?;
        items.push(InboxItem {
            reference: report.reference,
            summary: view.summary,
            at: view.at,
            unread: read_at.is_none(),
        });
    }
    Ok(items)
}

/// Opening a report reads its messages.
pub fn mark_read(conn: &mut DbConnection, user_id: i32, report_id: i32) -> QueryResult<()> {
    diesel::update(
        inbox::table
            .filter(inbox::user_id.eq(user_id))
            .filter(inbox::report_id.eq(report_id))
            .filter(inbox::read_at.is_null()),
    )
    .set(inbox::read_at.eq(Utc::now().naive_utc()))
    .execute(conn)
    .map(drop)
}
