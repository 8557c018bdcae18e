//! Signing in with a password, a magic link or an activation code. Every way ends in a new
//! session; failures never tell whether an account exists.

use chrono::{Duration, Utc};
use diesel::prelude::*;
use serde_json::json;
use sha2::{Digest, Sha256};

use super::session::{self, NewSession, SessionKind, TokenKeys};
use super::throttle::{Buckets, SignInThrottle};
use crate::core::db::DbConnection;
use crate::core::error::{AppError, AppResult, Message};
use crate::core::render::Templates;
use crate::core::schema::{activation_codes, magic_links, users};
use crate::i18n::Locale;
use crate::notifications::{compose::compose, outbox};
use crate::people::{self, password, sign_in_alerts, User};

pub const MAGIC_LINK_MINUTES: i64 = 20;
pub const ACTIVATION_CODE_DAYS: i64 = 90;

/// What it takes to write to someone about their account: the mail templates and the
/// portal's address for links.
pub struct Letters<'a> {
    pub templates: &'a Templates,
    pub base_url: &'a str,
}

pub fn with_password(
    conn: &mut DbConnection,
    keys: &TokenKeys,
    letters: &Letters,
    login: &str,
    password: &str,
    address: &str,
    kind: SessionKind,
) -> AppResult<(User, NewSession)> {
    let throttle = SignInThrottle::new(login, address);
    throttle.check(conn)?;
    let user = people::find_by_login(conn, login)?;
    let stored = user.as_ref().and_then(|u| u.password_hash.as_deref());
    match user {
        Some(user) if password::verify(password, stored) => {
            throttle.forgive(conn)?;
            let session = session::create(conn, keys, user.id, kind)?;
            Ok((user, session))
        }
        user => {
            let closed = throttle.record_failure(conn)?;
            if let Some(user) = user {
                if sign_in_alerts::wrong_password(conn, user.id, closed)? {
                    tell_owner(conn, letters, &user)?;
                }
            }
            // Wrong password and unknown account get the same answer.
            Err(AppError::BadCredentials)
        }
    }
}

/// Mails the person, if they have an address, that someone is guessing their password (the
/// inbox on their home page says so too, from the episode itself).
fn tell_owner(conn: &mut DbConnection, letters: &Letters, user: &User) -> AppResult<()> {
    tracing::warn!(user_id = user.id, "password guessed at: owner told");
    let Some(to) = user.email.as_deref() else {
        return Ok(());
    };
    let locale = Locale::from_code(&user.locale).unwrap_or(Locale::DEFAULT);
    let mail = compose(
        letters.templates,
        to,
        locale,
        "sign_in_blocked",
        json!({
            "name": user.name,
            "link": format!("{}/profile", letters.base_url),
        }),
    )?;
    outbox::enqueue(conn, &mail)?;
    Ok(())
}

pub fn digest(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

pub(crate) fn random_token() -> String {
    use base64::Engine;
    use rand::RngExt;
    let bytes: [u8; 32] = rand::rng().random();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// Makes a one-time sign-in link token for `user_id`; only its digest is stored.
pub fn issue_magic_link(conn: &mut DbConnection, user_id: i32) -> QueryResult<String> {
    let token = random_token();
    let now = Utc::now().naive_utc();
    diesel::insert_into(magic_links::table)
        .values((
            magic_links::token_hash.eq(digest(&token)),
            magic_links::user_id.eq(user_id),
            magic_links::created_at.eq(now),
            magic_links::expires_at.eq(now + Duration::minutes(MAGIC_LINK_MINUTES)),
        ))
        .execute(conn)?;
    Ok(token)
}

/// Uses a magic link once: the conditional update is what makes a second use fail.
pub fn with_magic_link(
    conn: &mut DbConnection,
    keys: &TokenKeys,
    token: &str,
) -> AppResult<(User, NewSession)> {
    let now = Utc::now().naive_utc();
    let link = magic_links::table
        .filter(magic_links::token_hash.eq(digest(token)))
        .filter(magic_links::used_at.is_null())
        .filter(magic_links::expires_at.gt(now))
        .select((magic_links::id, magic_links::user_id))
        .first::<(i32, i32)>(conn)
        .optional()?;
    let Some((link_id, user_id)) = link else {
        return Err(AppError::invalid("magic-link-invalid"));
    };
    let claimed = diesel::update(
        magic_links::table
            .find(link_id)
            .filter(magic_links::used_at.is_null()),
    )
    .set(magic_links::used_at.eq(now))
    .execute(conn)?;
    if claimed != 1 {
        return Err(AppError::invalid("magic-link-invalid"));
    }
    let user = people::find(conn, user_id)?;
    let session = session::create(conn, keys, user.id, SessionKind::Web)?;
    Ok((user, session))
}

/// Letters and digits that cannot be mistaken for each other on paper (no 0/O, 1/I/L).
const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/// How codes are typed back: case, spaces and dashes do not matter.
pub fn normalize_code(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// Shown on the letter as three groups of four.
pub fn format_code(code: &str) -> String {
    let code = normalize_code(code);
    code.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

fn random_code() -> String {
    use rand::RngExt;
    let mut rng = rand::rng();
    (0..12)
        .map(|_| CODE_ALPHABET[rng.random_range(0..CODE_ALPHABET.len())] as char)
        .collect()
}

/// Issues the paper activation code for a tenant; earlier unused codes of theirs stop working.
pub fn issue_activation_code(
    conn: &mut DbConnection,
    unit_id: i32,
    user_id: i32,
    created_by: Option<i32>,
) -> QueryResult<String> {
    store_activation_code(conn, unit_id, user_id, created_by, &random_code())
}

/// Stores a given code (the demo prints fixed ones in the README).
pub fn store_activation_code(
    conn: &mut DbConnection,
    unit_id: i32,
    user_id: i32,
    created_by: Option<i32>,
    code: &str,
) -> QueryResult<String> {
    let now = Utc::now().naive_utc();
    diesel::update(
        activation_codes::table
            .filter(activation_codes::user_id.eq(user_id))
            .filter(activation_codes::used_at.is_null()),
    )
    .set(activation_codes::expires_at.eq(now))
    .execute(conn)?;
    diesel::insert_into(activation_codes::table)
        .values((
            activation_codes::unit_id.eq(unit_id),
            activation_codes::user_id.eq(user_id),
            activation_codes::code_hash.eq(digest(&normalize_code(code))),
            activation_codes::created_by.eq(created_by),
            activation_codes::created_at.eq(now),
            activation_codes::expires_at.eq(now + Duration::days(ACTIVATION_CODE_DAYS)),
        ))
        .execute(conn)?;
    Ok(format_code(code))
}

pub struct Activation<'a> {
    pub code: &'a str,
    pub username: &'a str,
    pub password: &'a str,
}

/// A tenant without e-mail turns the code on their letter into a username and password.
pub fn with_activation_code(
    conn: &mut DbConnection,
    keys: &TokenKeys,
    form: &Activation,
    address: &str,
) -> AppResult<(User, NewSession)> {
    let buckets = Buckets::address("activation", address);
    buckets.check(conn)?;
    let username = people::parse_username(form.username)?;
    password::check_new(form.password)?;
    let now = Utc::now().naive_utc();
    let code = activation_codes::table
        .filter(activation_codes::code_hash.eq(digest(&normalize_code(form.code))))
        .filter(activation_codes::used_at.is_null())
        .filter(activation_codes::expires_at.gt(now))
        .select((activation_codes::id, activation_codes::user_id))
        .first::<(i32, i32)>(conn)
        .optional()?;
    let Some((code_id, user_id)) = code else {
        buckets.record(conn)?;
        return Err(AppError::invalid("activation-code-invalid"));
    };
    let taken: i64 = users::table
        .filter(users::username.eq(&username).or(users::email.eq(&username)))
        .filter(users::id.ne(user_id))
        .count()
        .get_result(conn)?;
    if taken > 0 {
        return Err(AppError::Conflict(Message::new("username-taken")));
    }
    let hash = password::hash(form.password)?;
    crate::core::db::transaction(conn, |conn| {
        diesel::update(users::table.find(user_id))
            .set((
                users::username.eq(&username),
                users::password_hash.eq(&hash),
            ))
            .execute(conn)?;
        diesel::update(activation_codes::table.find(code_id))
            .set(activation_codes::used_at.eq(now))
            .execute(conn)?;
        let user = people::find(conn, user_id)?;
        let session = session::create(conn, keys, user_id, SessionKind::Web)?;
        Ok((user, session))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_typed_back_forgivingly() {
        let code = random_code();
        assert_eq!(code.len(), 12);
        let printed = format_code(&code);
        assert_eq!(printed.len(), 14);
        assert_eq!(
            normalize_code(&printed.to_lowercase().replace('-', " ")),
            code
        );
    }
}
