//! People: accounts, their roles, and the queries that read and change them.

pub mod contact;
pub mod feeds;
pub mod password;
pub mod phone;
pub mod retention;
pub mod roles;
pub mod sign_in_alerts;

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;

use crate::core::db::DbConnection;
use crate::core::error::{AppError, AppResult, Message};
use crate::core::schema::{role_grants, users};
pub use phone::Phone;
pub use roles::{Grant, Role, ScopeType};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = users)]
pub struct User {
    pub id: i32,
    pub name: String,
    pub email: Option<String>,
    pub username: Option<String>,
    pub password_hash: Option<String>,
    pub locale: String,
    pub created_at: NaiveDateTime,
    /// A mobile number in E.164, private to the person and staff.
    pub phone: Option<String>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = users)]
pub struct NewUser<'a> {
    pub name: &'a str,
    pub email: Option<&'a str>,
    pub username: Option<&'a str>,
    pub password_hash: Option<&'a str>,
    pub locale: &'a str,
    pub created_at: NaiveDateTime,
    pub phone: Option<&'a str>,
    /// Set with `phone` when the number needs no code: the desk or the console entered it.
    pub phone_verified_at: Option<NaiveDateTime>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = role_grants)]
struct NewGrant<'a> {
    user_id: i32,
    role: &'a str,
    scope_type: Option<&'a str>,
    scope_id: Option<i32>,
    granted_by: Option<i32>,
    created_at: NaiveDateTime,
}

/// E-mail addresses and usernames are compared without case or surrounding spaces.
pub fn normalize_login(login: &str) -> String {
    login.trim().to_lowercase()
}

/// A plausible address: one `@`, something on each side, a dot in the domain, no spaces.
pub fn parse_email(raw: &str) -> AppResult<String> {
    let email = normalize_login(raw);
    let valid = email.len() <= 254
        && !email.contains(char::is_whitespace)
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty() && domain.contains('.') && !domain.contains('@')
        });
    if valid {
        Ok(email)
    } else {
        Err(AppError::invalid("email-invalid"))
    }
}

/// Usernames for tenants without e-mail: 3–32 letters, digits, dots, dashes or underscores.
pub fn parse_username(raw: &str) -> AppResult<String> {
    let username = normalize_login(raw);
    let valid = (3..=32).contains(&username.chars().count())
        && username
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_'))
        && !username.contains('@');
    if valid {
        Ok(username)
    } else {
        Err(AppError::invalid("username-invalid"))
    }
}

pub fn parse_name(raw: &str) -> AppResult<String> {
    let name = raw.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(AppError::invalid("name-invalid"));
    }
    Ok(name.to_string())
}

/// Finds an account by e-mail, username or mobile number (as typed: `333 …` or `+39 333 …`).
pub fn find_by_login(conn: &mut DbConnection, login: &str) -> QueryResult<Option<User>> {
    if let Some(phone) = Phone::looks_like(login)
        .then(|| Phone::parse(login).ok())
        .flatten()
    {
        return find_by_phone(conn, &phone);
    }
    let login = normalize_login(login);
    users::table
        .filter(users::email.eq(&login).or(users::username.eq(&login)))
        .select(User::as_select())
        .first(conn)
        .optional()
}

pub fn find_by_phone(conn: &mut DbConnection, phone: &Phone) -> QueryResult<Option<User>> {
    users::table
        .filter(users::phone.eq(phone.as_str()))
        .select(User::as_select())
        .first(conn)
        .optional()
}

pub fn find(conn: &mut DbConnection, id: i32) -> QueryResult<User> {
    users::table.find(id).select(User::as_select()).first(conn)
}

pub fn find_by_email(conn: &mut DbConnection, email: &str) -> QueryResult<Option<User>> {
    users::table
        .filter(users::email.eq(normalize_login(email)))
        .select(User::as_select())
        .first(conn)
        .optional()
}

pub fn create(conn: &mut DbConnection, new: &NewUser) -> AppResult<User> {
    diesel::insert_into(users::table)
        .values(new)
        .returning(users::id)
        .get_result::<i32>(conn)
        .and_then(|id| find(conn, id))
        .map_err(|e| match e {
            diesel::result::Error::DatabaseError(
                diesel::result::DatabaseErrorKind::UniqueViolation,
                _,
            ) => AppError::Conflict(Message::new("account-exists")),
            other => other.into(),
        })
}

type GrantFilter = Box<
    dyn BoxableExpression<
        role_grants::table,
        crate::core::db::MultiBackend,
        SqlType = diesel::sql_types::Bool,
    >,
>;

/// Matches the rows of one grant; a missing scope (admins) must match `IS NULL`, not `= NULL`.
fn same_grant(user_id: i32, grant: Grant) -> GrantFilter {
    let base = role_grants::user_id
        .eq(user_id)
        .and(role_grants::role.eq(grant.role.code()));
    match grant.scope_id {
        Some(scope) => Box::new(base.and(role_grants::scope_id.assume_not_null().eq(scope))),
        None => Box::new(base.and(role_grants::scope_id.is_null())),
    }
}

/// Grants are idempotent: granting what someone already holds changes nothing.
pub fn grant(
    conn: &mut DbConnection,
    user_id: i32,
    grant: Grant,
    granted_by: Option<i32>,
) -> QueryResult<()> {
    let scope_type = grant.role.scope_type().map(ScopeType::code);
    let now = Utc::now().naive_utc();
    let existing: i64 = role_grants::table
        .filter(same_grant(user_id, grant))
        // A term that ended (an election's) is history, not the role.
        .filter(
            role_grants::ends_at
                .is_null()
                .or(role_grants::ends_at.gt(now)),
        )
        .count()
        .get_result(conn)?;
    if existing > 0 {
        return Ok(());
    }
    // What a feed address shows depends on the roles: a new role, a new address.
    feeds::revoke_all(conn, user_id)?;
    diesel::insert_into(role_grants::table)
        .values(NewGrant {
            user_id,
            role: grant.role.code(),
            scope_type,
            scope_id: grant.scope_id,
            granted_by,
            created_at: now,
        })
        .execute(conn)
        .map(drop)
}

/// A role held for a term won in an election, until `ends_at`: a row of its own, beside any
/// the person held before (which the election ends, see [`end_holders`]).
pub fn grant_for_term(
    conn: &mut DbConnection,
    user_id: i32,
    grant: Grant,
    ends_at: NaiveDateTime,
    election_id: i32,
) -> QueryResult<()> {
    feeds::revoke_all(conn, user_id)?;
    diesel::insert_into(role_grants::table)
        .values((
            NewGrant {
                user_id,
                role: grant.role.code(),
                scope_type: grant.role.scope_type().map(ScopeType::code),
                scope_id: grant.scope_id,
                granted_by: None,
                created_at: Utc::now().naive_utc(),
            },
            (
                role_grants::ends_at.eq(Some(ends_at)),
                role_grants::election_id.eq(Some(election_id)),
            ),
        ))
        .execute(conn)
        .map(drop)
}

/// Ends, at `at`, the roles of `role` on `scope_id` still in force, but those won in the
/// elections `kept` (a runoff keeps the seats its first round filled); who held them.
pub fn end_holders(
    conn: &mut DbConnection,
    role: Role,
    scope_id: i32,
    kept: &[i32],
    at: NaiveDateTime,
) -> QueryResult<Vec<i32>> {
    let in_force = || {
        role_grants::table
            .filter(role_grants::role.eq(role.code()))
            .filter(role_grants::scope_id.eq(scope_id))
            .filter(
                role_grants::ends_at
                    .is_null()
                    .or(role_grants::ends_at.gt(at)),
            )
            .filter(
                role_grants::election_id
                    .is_null()
                    .or(diesel::dsl::not(role_grants::election_id.eq_any(kept))),
            )
    };
    let holders: Vec<i32> = in_force().select(role_grants::user_id).load(conn)?;
    diesel::update(in_force())
        .set(role_grants::ends_at.eq(Some(at)))
        .execute(conn)?;
    for holder in &holders {
        feeds::revoke_all(conn, *holder)?;
    }
    Ok(holders)
}

/// Takes a role away, and with it every feed address of the person: a technician who left
/// must not keep reading the agenda in their phone's calendar.
pub fn revoke(conn: &mut DbConnection, user_id: i32, grant: Grant) -> QueryResult<usize> {
    let removed =
        diesel::delete(role_grants::table.filter(same_grant(user_id, grant))).execute(conn)?;
    if removed > 0 {
        feeds::revoke_all(conn, user_id)?;
    }
    Ok(removed)
}

/// The grants in force now (terms that have ended no longer count).
pub fn grants_of(conn: &mut DbConnection, user_id: i32) -> QueryResult<Vec<Grant>> {
    let now = Utc::now().naive_utc();
    let rows: Vec<(String, Option<i32>)> = role_grants::table
        .filter(role_grants::user_id.eq(user_id))
        .filter(
            role_grants::ends_at
                .is_null()
                .or(role_grants::ends_at.gt(now)),
        )
        .select((role_grants::role, role_grants::scope_id))
        .order(role_grants::id)
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(role, scope)| Role::parse(&role).map(|r| Grant::new(r, scope)))
        .collect())
}

/// Everyone holding `role` on one scope, for team lists and similar.
pub fn holders_of(conn: &mut DbConnection, role: Role, scope_id: i32) -> QueryResult<Vec<User>> {
    users::table
        .inner_join(role_grants::table)
        .filter(role_grants::role.eq(role.code()))
        .filter(role_grants::scope_id.eq(scope_id))
        .select(User::as_select())
        .order(users::name)
        .load(conn)
}

pub fn set_password(conn: &mut DbConnection, user_id: i32, hash: &str) -> QueryResult<()> {
    diesel::update(users::table.find(user_id))
        .set(users::password_hash.eq(hash))
        .execute(conn)
        .map(drop)
}

#[derive(Debug, AsChangeset)]
#[diesel(table_name = users)]
pub struct ProfileChanges {
    pub locale: String,
    pub email: Option<String>,
}

pub fn update_profile(
    conn: &mut DbConnection,
    user_id: i32,
    changes: &ProfileChanges,
) -> AppResult<()> {
    // `AsChangeset` skips `None`, so an e-mail can be set or changed here but not removed by
    // accident: removing it would lock out someone with no username.
    diesel::update(users::table.find(user_id))
        .set(changes)
        .execute(conn)
        .map(drop)
        .map_err(|e| match e {
            diesel::result::Error::DatabaseError(
                diesel::result::DatabaseErrorKind::UniqueViolation,
                _,
            ) => AppError::Conflict(Message::new("email-taken")),
            other => other.into(),
        })
}

pub fn set_locale(conn: &mut DbConnection, user_id: i32, locale: &str) -> QueryResult<()> {
    diesel::update(users::table.find(user_id))
        .set(users::locale.eq(locale))
        .execute(conn)
        .map(drop)
}
