//! The managers' daily digest: what is overdue in their organisation, one mail a day.

use chrono::Utc;
use diesel::prelude::*;
use serde_json::json;

use super::compose::compose;
use super::outbox;
use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::core::render::Templates;
use crate::core::schema::{manager_digests, role_grants, users};
use crate::i18n::Locale;
use crate::people::Role;
use crate::reports::{queue, views};

/// At most this many reports in one digest.
const DIGEST_ITEMS: i64 = 50;

/// A manager: id, organisation, name, address, language.
type Manager = (i32, Option<i32>, String, Option<String>, String);

pub fn send(conn: &mut DbConnection, templates: &Templates, base_url: &str) -> AppResult<()> {
    let today = Utc::now().date_naive();
    let now = Utc::now().naive_utc();
    let managers: Vec<Manager> = users::table
        .inner_join(role_grants::table)
        .filter(role_grants::role.eq(Role::Manager.code()))
        .filter(users::email.is_not_null())
        .select((
            users::id,
            role_grants::scope_id,
            users::name,
            users::email,
            users::locale,
        ))
        .load(conn)?;
    for (user_id, organisation, name, email, locale) in managers {
        let (Some(org), Some(email)) = (organisation, email) else {
            continue;
        };
        let sent_today: i64 = manager_digests::table
            .filter(manager_digests::user_id.eq(user_id))
            .filter(manager_digests::day.eq(today))
            .count()
            .get_result(conn)?;
        if sent_today > 0 {
            continue;
        }
        // The most urgent first, a readable number of them; the mail links to the whole list.
        let (total, overdue) = queue::overdue_of(conn, org, now, DIGEST_ITEMS)?;
        if overdue.is_empty() {
            continue;
        }
        // The row is the claim: a second node, or a second run today, finds it and stops.
        // (Claiming first means a failure below loses one day's digest, never sends two.)
        let claimed = diesel::insert_into(manager_digests::table)
            .values((
                manager_digests::user_id.eq(user_id),
                manager_digests::day.eq(today),
            ))
            .execute(conn);
        if !crate::core::db::inserted(claimed)? {
            continue;
        }
        let locale = Locale::from_code(&locale).unwrap_or(Locale::DEFAULT);
        let lister = views::Lister::load(conn, &overdue, locale)?;
        let items = overdue
            .iter()
            .map(|r| {
                let summary = lister.summary(r);
                Ok(json!({
                    "reference": r.reference,
                    "category": summary.category,
                    "place": summary.place,
                    "due": summary.due,
                    "link": format!("{base_url}/reports/{}", r.reference),
                }))
            })
            .collect::<AppResult<Vec<_>>>()?;
        let mail = compose(
            templates,
            &email,
            locale,
            "digest",
            json!({"name": name, "count": total, "items": items, "link": format!("{base_url}/work?overdue=true")}),
        )?;
        outbox::enqueue(conn, &mail)?;
    }
    Ok(())
}
