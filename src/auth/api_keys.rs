//! Keys for other systems (a landlord's call centre, a city's Open311 client): an admin issues
//! one for an organisation, read-only or read and write, on the admin page or with
//! `portineria api-key create`. The key is shown once; only its SHA-256 is kept. Every use is
//! logged (`api_key_uses` for a day, and the log), and each key has its own rate limit,
//! counted in the database so every node sees the same count. Reports filed with a key are filed by the key's
//! own account, which has no password and cannot sign in.

use chrono::{Duration, NaiveDateTime, Utc};
use diesel::prelude::*;

use super::sign_in::{digest, random_token};
use serde_json::json;

use crate::access::{authorize, Action, Actor};
use crate::audit::{self, AuditAction, Auditor};
use crate::core::db::DbConnection;
use crate::core::error::{AppError, AppResult, Message};
use crate::core::schema::{api_key_uses, api_keys, organisations};
use crate::i18n::Locale;
use crate::people::{self, NewUser};

/// What every key starts with, so a leaked one is recognisable (and secret scanners find it).
const PREFIX: &str = "ptn_";
pub const NAME_MAX: usize = 80;

/// A key as the rules see it.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = api_keys)]
pub struct ApiKey {
    pub id: i32,
    pub name: String,
    pub organisation_id: i32,
    pub can_write: bool,
    /// The account reports filed with this key are filed by.
    pub user_id: i32,
}

impl ApiKey {
    /// The key as the rules see it: its own account, working for its organisation — which
    /// answers for some reports (reads their words, files where it answers) and nothing else.
    pub fn actor(&self) -> Actor {
        Actor {
            user_id: self.user_id,
            staff_of: vec![self.organisation_id],
            ..Actor::default()
        }
    }
}

/// A key on the admin page, its dates in the reader's language.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListedKey {
    pub id: i32,
    pub name: String,
    pub organisation: String,
    pub can_write: bool,
    pub created: String,
    pub revoked: Option<String>,
    pub last_used: Option<String>,
    /// Uses allowed in the last 24 hours.
    pub uses_today: i64,
}

/// The admin page: the keys, and the organisations a new one may be for.
#[derive(Debug, Clone, serde::Serialize)]
pub struct KeysPage {
    pub keys: Vec<ListedKey>,
    pub organisations: Vec<crate::places::Organisation>,
}

pub fn page(conn: &mut DbConnection, actor: &Actor, locale: Locale) -> AppResult<KeysPage> {
    Ok(KeysPage {
        keys: list(conn, Issuer::Admin(actor), locale)?,
        organisations: crate::places::organisations(conn)?,
    })
}

/// A key to issue, parsed from the form or the command line.
#[derive(Debug, Clone)]
pub struct NewKey {
    pub name: String,
    pub organisation_code: String,
    pub can_write: bool,
}

/// Who issues or revokes: an admin on the page, or whoever runs the command on the server.
#[derive(Debug, Clone, Copy)]
pub enum Issuer<'a> {
    Admin(&'a Actor),
    Console,
}

impl Issuer<'_> {
    fn auditor(self) -> Auditor {
        match self {
            Issuer::Admin(actor) => Auditor::Person(actor.user_id),
            Issuer::Console => Auditor::CommandLine,
        }
    }

    fn authorize(self) -> AppResult<Option<i32>> {
        match self {
            Issuer::Admin(actor) => {
                authorize(actor, Action::ManageApiKeys)?;
                Ok(Some(actor.user_id))
            }
            Issuer::Console => Ok(None),
        }
    }
}

/// Issues a key; returns it with the secret, which is never shown again.
pub fn create(
    conn: &mut DbConnection,
    issuer: Issuer,
    new: &NewKey,
) -> AppResult<(ApiKey, String)> {
    let created_by = issuer.authorize()?;
    let name = new.name.trim();
    if name.is_empty() || name.chars().count() > NAME_MAX {
        return Err(AppError::Invalid(
            Message::new("api-key-name-invalid").with("max", NAME_MAX),
        ));
    }
    let organisation_id = organisations::table
        .filter(organisations::code.eq(new.organisation_code.trim()))
        .select(organisations::id)
        .first::<i32>(conn)
        .optional()?
        .ok_or_else(|| AppError::invalid("api-key-organisation-unknown"))?;
    let secret = format!("{PREFIX}{}", random_token());
    let now = Utc::now().naive_utc();
    let key = crate::core::db::transaction(conn, |conn| -> AppResult<ApiKey> {
        let account = people::create(
            conn,
            &NewUser {
                name,
                email: None,
                username: None,
                password_hash: None,
                locale: Locale::DEFAULT.code(),
                created_at: now,
                phone: None,
                phone_verified_at: None,
            },
        )?;
        let id: i32 = diesel::insert_into(api_keys::table)
            .values((
                api_keys::name.eq(name),
                api_keys::organisation_id.eq(organisation_id),
                api_keys::can_write.eq(new.can_write),
                api_keys::key_hash.eq(digest(&secret)),
                api_keys::user_id.eq(account.id),
                api_keys::created_by.eq(created_by),
                api_keys::created_at.eq(now),
            ))
            .returning(api_keys::id)
            .get_result(conn)?;
        let details = json!({
            "key_id": id,
            "name": name,
            "organisation_id": organisation_id,
            "can_write": new.can_write,
        });
        audit::record(conn, issuer.auditor(), AuditAction::ApiKeyCreated, details)?;
        Ok(api_keys::table
            .find(id)
            .select(ApiKey::as_select())
            .first(conn)?)
    })?;
    tracing::info!(key_id = key.id, name = %key.name, organisation_id, "api key issued");
    Ok((key, secret))
}

pub fn revoke(conn: &mut DbConnection, issuer: Issuer, id: i32) -> AppResult<()> {
    issuer.authorize()?;
    crate::core::db::transaction(conn, |conn| -> AppResult<()> {
        let changed = diesel::update(
            api_keys::table
                .find(id)
                .filter(api_keys::revoked_at.is_null()),
        )
        .set(api_keys::revoked_at.eq(Utc::now().naive_utc()))
        .execute(conn)?;
        if changed == 0 {
            return Err(AppError::NotFound);
        }
        let details = json!({"key_id": id});
        audit::record(conn, issuer.auditor(), AuditAction::ApiKeyRevoked, details)?;
        Ok(())
    })?;
    tracing::info!(key_id = id, "api key revoked");
    Ok(())
}

pub fn list(conn: &mut DbConnection, issuer: Issuer, locale: Locale) -> AppResult<Vec<ListedKey>> {
    issuer.authorize()?;
    let since = Utc::now().naive_utc() - uses_kept();
    let keys = api_keys::table
        .inner_join(organisations::table)
        .order((api_keys::revoked_at.is_not_null(), api_keys::name))
        .select((
            api_keys::id,
            api_keys::name,
            organisations::name,
            api_keys::can_write,
            api_keys::created_at,
            api_keys::revoked_at,
            api_keys::last_used_at,
        ))
        .load::<(
            i32,
            String,
            String,
            bool,
            NaiveDateTime,
            Option<NaiveDateTime>,
            Option<NaiveDateTime>,
        )>(conn)?;
    let uses: Vec<(i32, i64)> = api_key_uses::table
        .filter(api_key_uses::used_at.gt(since))
        .filter(api_key_uses::allowed.eq(true))
        .group_by(api_key_uses::key_id)
        .select((api_key_uses::key_id, diesel::dsl::count_star()))
        .load(conn)?;
    Ok(keys
        .into_iter()
        .map(
            |(id, name, organisation, can_write, created_at, revoked_at, last_used_at)| ListedKey {
                uses_today: uses.iter().find(|u| u.0 == id).map_or(0, |u| u.1),
                id,
                name,
                organisation,
                can_write,
                created: locale.date_time(created_at),
                revoked: revoked_at.map(|at| locale.date_time(at)),
                last_used: last_used_at.map(|at| locale.date_time(at)),
            },
        )
        .collect())
}

/// One call made with a key.
#[derive(Debug, Clone)]
pub struct KeyUse<'a> {
    pub secret: &'a str,
    pub method: &'a str,
    pub path: &'a str,
    /// Uses allowed per minute for one key.
    pub per_minute: u32,
}

/// How long uses are kept: the admin page shows each key's uses of the last day; older ones
/// are pruned by [`prune_uses`].
pub fn uses_kept() -> Duration {
    Duration::days(1)
}

/// The window the rate limit counts uses in.
fn rate_window() -> Duration {
    Duration::minutes(1)
}

/// The key a caller presents, if it is live; logs the use and applies the key's rate limit.
/// An unknown or revoked key is `Unauthenticated`; too many uses in the last minute,
/// `RateLimited`, and a refused call records nothing. Counting and recording are one step:
/// the transaction first locks the key's row (a row lock on PostgreSQL, the write lock
/// SQLite's immediate transaction holds), so parallel calls with one key — on any node —
/// count one after another and never exceed the limit.
pub fn check(conn: &mut DbConnection, call: &KeyUse) -> AppResult<ApiKey> {
    let hash = digest(call.secret.trim());
    let now = Utc::now().naive_utc();
    let (key, allowed) = crate::core::db::transaction(conn, |conn| -> AppResult<(ApiKey, bool)> {
        let live = api_keys::table
            .filter(api_keys::key_hash.eq(&hash))
            .filter(api_keys::revoked_at.is_null());
        // Setting a column to itself changes nothing but takes the row's lock until commit.
        let locked = diesel::update(live)
            .set(api_keys::last_used_at.eq(api_keys::last_used_at))
            .execute(conn)?;
        if locked == 0 {
            return Err(AppError::Unauthenticated);
        }
        let key = live.select(ApiKey::as_select()).first::<ApiKey>(conn)?;
        let recent: i64 = api_key_uses::table
            .filter(api_key_uses::key_id.eq(key.id))
            .filter(api_key_uses::allowed.eq(true))
            .filter(api_key_uses::used_at.gt(now - rate_window()))
            .count()
            .get_result(conn)?;
        if recent >= i64::from(call.per_minute) {
            return Ok((key, false));
        }
        diesel::insert_into(api_key_uses::table)
            .values((
                api_key_uses::key_id.eq(key.id),
                api_key_uses::used_at.eq(now),
                api_key_uses::method.eq(call.method),
                api_key_uses::path.eq(truncate(call.path, 200)),
                api_key_uses::allowed.eq(true),
            ))
            .execute(conn)?;
        diesel::update(api_keys::table.find(key.id))
            .set(api_keys::last_used_at.eq(now))
            .execute(conn)?;
        Ok((key, true))
    })?;
    tracing::info!(key_id = key.id, name = %key.name, method = call.method, path = call.path, allowed, "api key used");
    if allowed {
        Ok(key)
    } else {
        Err(AppError::RateLimited)
    }
}

/// Forgets the uses older than [`uses_kept`] (a background job): the log keeps the history.
pub fn prune_uses(conn: &mut DbConnection, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(api_key_uses::table.filter(api_key_uses::used_at.lt(now - uses_kept())))
        .execute(conn)
}

fn truncate(text: &str, max: usize) -> &str {
    text.char_indices()
        .nth(max)
        .map_or(text, |(end, _)| &text[..end])
}
