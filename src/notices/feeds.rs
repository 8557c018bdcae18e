//! A resident's boards as feeds at a secret, revocable address: an Atom feed of the notices
//! (one board, or all of theirs merged) and an iCalendar feed of the events and planned works.
//! Feeds carry no personal data: no names, no contacts, only what the board says and a link.

use atom_syndication::{Content, Entry, Feed, Link, Text as AtomText};
use chrono::{TimeZone, Utc};
use diesel::prelude::*;
use icalendar::{Calendar, Component, Event, EventLike};

use super::board::{self, BoardQuery};
use super::cards::Whole;
use crate::access::Actor;
use crate::core::db::DbConnection;
use crate::core::error::{AppError, AppResult};
use crate::i18n::Locale;
use crate::people::{
    self,
    feeds::{FeedKey, FeedPurpose},
};

/// The person's board feed token, made on first use.
pub fn token(conn: &mut DbConnection, key: &FeedKey, user_id: i32) -> QueryResult<String> {
    people::feeds::token(conn, key, user_id, FeedPurpose::Board)
}

/// A new secret address; the old one stops working at once.
pub fn renew(conn: &mut DbConnection, key: &FeedKey, user_id: i32) -> QueryResult<String> {
    people::feeds::renew(conn, key, user_id, FeedPurpose::Board)
}

/// Where the feeds are, to paste into a reader or a calendar.
pub fn urls(base_url: &str, token: &str) -> (String, String) {
    (
        format!("{base_url}/feeds/{token}/board.atom"),
        format!("{base_url}/feeds/{token}/events.ics"),
    )
}

/// The reader a token stands for, as the access rules see them, and their language.
fn reader(conn: &mut DbConnection, token: &str) -> AppResult<(Actor, Locale)> {
    let (user_id, locale) =
        people::feeds::owner(conn, FeedPurpose::Board, token)?.ok_or(AppError::NotFound)?;
    let grants = people::grants_of(conn, user_id)?;
    let actor = Actor::load(conn, user_id, &grants)?;
    Ok((actor, Locale::from_code(&locale).unwrap_or(Locale::DEFAULT)))
}

/// The Atom feed of the boards a token's reader sees (`query` narrows it to one board).
pub fn atom(
    conn: &mut DbConnection,
    token: &str,
    query: BoardQuery,
    base_url: &str,
) -> AppResult<String> {
    let (actor, locale) = reader(conn, token)?;
    let board = board::board(conn, &actor, query, locale, &Whole)?;
    let host = url::Url::parse(base_url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_else(|| "portineria.invalid".into());
    let stamp = |at: chrono::NaiveDateTime| Utc.from_utc_datetime(&at).fixed_offset();
    let entries: Vec<Entry> = board
        .listing
        .notices
        .iter()
        .map(|n| {
            let link = format!("{base_url}/notices/{}", n.id);
            let mut entry = Entry::default();
            entry.set_id(format!("tag:{host},2026:notice-{}", n.id));
            entry.set_title(AtomText::plain(n.title.clone()));
            entry.set_updated(stamp(n.row.updated_at));
            entry.set_published(Some(stamp(n.row.created_at)));
            entry.set_links(vec![Link {
                href: link,
                rel: "alternate".into(),
                ..Link::default()
            }]);
            entry.set_summary(Some(AtomText::plain(format!(
                "{} · {}",
                n.kind_text, n.place
            ))));
            let mut content = Content::default();
            content.set_content_type(Some("html".into()));
            content.set_value(Some(n.body_html.clone()));
            entry.set_content(Some(content));
            entry
        })
        .collect();
    let updated = board
        .listing
        .notices
        .iter()
        .map(|n| n.row.updated_at)
        .max()
        .unwrap_or_else(|| Utc::now().naive_utc());
    let mut feed = Feed::default();
    feed.set_id(format!("tag:{host},2026:board"));
    feed.set_title(AtomText::plain(format!(
        "Portineria — {}",
        locale.text("board-title")
    )));
    feed.set_updated(stamp(updated));
    feed.set_links(vec![Link {
        href: format!("{base_url}/board"),
        rel: "alternate".into(),
        ..Link::default()
    }]);
    feed.set_entries(entries);
    Ok(feed.to_string())
}

/// Events and planned works on the boards a token's reader sees, as an iCalendar document.
pub fn calendar(conn: &mut DbConnection, token: &str, base_url: &str) -> AppResult<String> {
    let (actor, locale) = reader(conn, token)?;
    let board = board::board(conn, &actor, BoardQuery::default(), locale, &Whole)?;
    let host = url::Url::parse(base_url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_default();
    let mut calendar = Calendar::new();
    calendar.name(&locale.text("board-calendar-name"));
    for notice in &board.listing.notices {
        let (starts, ends) = match (notice.row.event_at, notice.row.works_from) {
            (Some(at), _) => (at, at + chrono::Duration::hours(2)),
            (None, Some(from)) => (from, notice.row.works_until.unwrap_or(from)),
            _ => continue,
        };
        let link = format!("{base_url}/notices/{}", notice.id);
        calendar.push(
            Event::new()
                .uid(&format!("notice-{}@{host}", notice.id))
                .summary(&notice.title)
                .location(notice.event_place.as_deref().unwrap_or(&notice.place))
                .description(&format!(
                    "{}\n{link}",
                    super::markdown::to_text(&notice.body)
                ))
                .url(&link)
                .starts(starts)
                .ends(ends)
                .done(),
        );
    }
    Ok(calendar.done().to_string())
}
