//! Accounts nobody has used for a long time (`PORTINERIA_ANONYMISE_AFTER_DAYS`, two years by
//! default) are anonymised: the person's name, e-mail, username, mobile number, password, contact
//! card, roles, sessions, feed addresses and inbox go; what they filed, posted and wrote stays,
//! under a name that names nobody, so the estate's history and its figures keep their meaning.
//! Admins are never anonymised by this rule (someone must be able to sign in).
//!
//! The desk anonymises a person of its estate on request (`auth::erasure`) the same
//! way, at once; both are kept in the audit trail.

use chrono::{Duration, Utc};
use diesel::prelude::*;
use serde_json::json;

use crate::audit::{self, AuditAction, Auditor};
use crate::core::db::{self, DbConnection};
use crate::core::schema::{
    activation_codes, channel_choices, contact_cards, feed_tokens, inbox, magic_links,
    manager_digests, notice_inbox, push_subscriptions, report_followers, report_reads, role_grants,
    sessions, sign_in_alerts, users,
};

/// What an anonymised person is called wherever their name was shown ("nomen nescio").
pub const ANONYMOUS_NAME: &str = "N. N.";

/// Anonymises every account unused for longer than `idle`; returns how many.
pub fn anonymise_inactive(conn: &mut DbConnection, idle: Duration) -> QueryResult<usize> {
    let cutoff = Utc::now().naive_utc() - idle;
    db::transaction(conn, |conn| {
        let admins = role_grants::table
            .filter(role_grants::role.eq("admin"))
            .select(role_grants::user_id);
        let idle: Vec<i32> = users::table
            .filter(users::anonymised_at.is_null())
            .filter(
                users::last_active_at.lt(cutoff).or(users::last_active_at
                    .is_null()
                    .and(users::created_at.lt(cutoff))),
            )
            .filter(diesel::dsl::not(users::id.eq_any(admins)))
            .select(users::id)
            .load(conn)?;
        if idle.is_empty() {
            return Ok(0);
        }
        // Another node's job may have just done it.
        let count = anonymise(conn, &idle)?;
        if count > 0 {
            let details = json!({"user_ids": idle, "count": count});
            audit::record(conn, Auditor::Job, AuditAction::AccountsAnonymised, details)?;
        }
        Ok(count)
    })
}

/// Takes away everything that names the people `ids` or lets them in: name, addresses, mobile
/// number and channel choices, password, roles, sessions, links and codes, contact card, feed
/// addresses, what they follow and read, their inbox. What they filed and wrote stays, under
/// [`ANONYMOUS_NAME`]. Returns how many were anonymised now: the change is conditional on their not
/// being anonymised already, so of two requests racing for one person, one anonymises and the other
/// finds none.
pub fn anonymise(conn: &mut DbConnection, ids: &[i32]) -> QueryResult<usize> {
    let ids = || ids.to_vec();
    let anonymised = diesel::update(
        users::table
            .filter(users::id.eq_any(ids()))
            .filter(users::anonymised_at.is_null()),
    )
    .set((
        users::name.eq(ANONYMOUS_NAME),
        users::email.eq(None::<String>),
        users::username.eq(None::<String>),
        users::password_hash.eq(None::<String>),
        users::phone.eq(None::<String>),
        users::phone_verified_at.eq(None::<chrono::NaiveDateTime>),
        users::anonymised_at.eq(Utc::now().naive_utc()),
    ))
    .execute(conn)?;
    diesel::delete(role_grants::table.filter(role_grants::user_id.eq_any(ids()))).execute(conn)?;
    diesel::delete(sessions::table.filter(sessions::user_id.eq_any(ids()))).execute(conn)?;
    diesel::delete(magic_links::table.filter(magic_links::user_id.eq_any(ids()))).execute(conn)?;
    diesel::delete(activation_codes::table.filter(activation_codes::user_id.eq_any(ids())))
        .execute(conn)?;
    diesel::delete(contact_cards::table.filter(contact_cards::user_id.eq_any(ids())))
        .execute(conn)?;
    diesel::delete(feed_tokens::table.filter(feed_tokens::user_id.eq_any(ids()))).execute(conn)?;
    diesel::delete(sign_in_alerts::table.filter(sign_in_alerts::user_id.eq_any(ids())))
        .execute(conn)?;
    diesel::delete(report_followers::table.filter(report_followers::user_id.eq_any(ids())))
        .execute(conn)?;
    diesel::delete(report_reads::table.filter(report_reads::user_id.eq_any(ids())))
        .execute(conn)?;
    diesel::delete(inbox::table.filter(inbox::user_id.eq_any(ids()))).execute(conn)?;
    diesel::delete(notice_inbox::table.filter(notice_inbox::user_id.eq_any(ids())))
        .execute(conn)?;
    diesel::delete(channel_choices::table.filter(channel_choices::user_id.eq_any(ids())))
        .execute(conn)?;
    diesel::delete(push_subscriptions::table.filter(push_subscriptions::user_id.eq_any(ids())))
        .execute(conn)?;
    diesel::delete(manager_digests::table.filter(manager_digests::user_id.eq_any(ids())))
        .execute(conn)?;
    Ok(anonymised)
}
