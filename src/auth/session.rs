//! Sessions: a row per sign-in (so it can be revoked) and a signed JWT naming that row.
//! The token carries no roles: they are read on every request, so a change takes effect at once.

use chrono::{Duration, NaiveDateTime, Utc};
use diesel::prelude::*;
use jsonwebtoken::{decode, encode, Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};

use crate::core::db::DbConnection;
use crate::core::schema::{sessions, users};
use crate::people::User;

/// Sessions last a fortnight on the web and a month for API clients (an app on a phone).
pub const WEB_LIFETIME_DAYS: i64 = 14;
pub const API_LIFETIME_DAYS: i64 = 30;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionKind {
    Web,
    Api,
}

impl SessionKind {
    fn code(self) -> &'static str {
        match self {
            SessionKind::Web => "web",
            SessionKind::Api => "api",
        }
    }

    fn lifetime(self) -> Duration {
        Duration::days(match self {
            SessionKind::Web => WEB_LIFETIME_DAYS,
            SessionKind::Api => API_LIFETIME_DAYS,
        })
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct Claims {
    /// The user id (a string, as RFC 7519 has it).
    sub: String,
    sid: String,
    iat: i64,
    exp: i64,
}

/// Signs and checks tokens with the installation's secret; HS256 only, never what a token
/// claims about itself.
#[derive(Clone)]
pub struct TokenKeys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
}

impl TokenKeys {
    pub fn new(secret: &str) -> Self {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.leeway = 0;
        validation.set_required_spec_claims(&["exp", "sub"]);
        Self {
            encoding: EncodingKey::from_secret(secret.as_bytes()),
            decoding: DecodingKey::from_secret(secret.as_bytes()),
            validation,
        }
    }

    /// The (user, session) a token names, if its signature and expiry are good.
    pub fn verify(&self, token: &str) -> Option<(i32, String)> {
        decode::<Claims>(token, &self.decoding, &self.validation)
            .ok()
            .and_then(|data| Some((data.claims.sub.parse().ok()?, data.claims.sid)))
    }

    fn sign(&self, claims: &Claims) -> anyhow::Result<String> {
        Ok(encode(
            &Header::new(Algorithm::HS256),
            claims,
            &self.encoding,
        )?)
    }
}

pub struct NewSession {
    pub id: String,
    pub token: String,
    pub expires_at: NaiveDateTime,
}

pub fn create(
    conn: &mut DbConnection,
    keys: &TokenKeys,
    user_id: i32,
    kind: SessionKind,
) -> crate::core::error::AppResult<NewSession> {
    let now = Utc::now();
    let expires = now + kind.lifetime();
    let id = uuid::Uuid::new_v4().to_string();
    diesel::insert_into(sessions::table)
        .values((
            sessions::id.eq(&id),
            sessions::user_id.eq(user_id),
            sessions::kind.eq(kind.code()),
            sessions::created_at.eq(now.naive_utc()),
            sessions::expires_at.eq(expires.naive_utc()),
        ))
        .execute(conn)?;
    // Signing in is what keeps an account from counting as unused (see people::retention).
    diesel::update(users::table.find(user_id))
        .set(users::last_active_at.eq(now.naive_utc()))
        .execute(conn)?;
    let token = keys.sign(&Claims {
        sub: user_id.to_string(),
        sid: id.clone(),
        iat: now.timestamp(),
        exp: expires.timestamp(),
    })?;
    Ok(NewSession {
        id,
        token,
        expires_at: expires.naive_utc(),
    })
}

/// Whether the session a token names is still in force.
/// The person whose session this is, if it is live (not revoked, not expired): one query, as
/// every request asks.
pub fn holder(
    conn: &mut DbConnection,
    user_id: i32,
    session_id: &str,
) -> QueryResult<Option<User>> {
    let now = Utc::now().naive_utc();
    users::table
        .filter(users::id.eq(user_id))
        .filter(diesel::dsl::exists(
            sessions::table
                .filter(sessions::id.eq(session_id))
                .filter(sessions::user_id.eq(user_id))
                .filter(sessions::revoked_at.is_null())
                .filter(sessions::expires_at.gt(now)),
        ))
        .select(User::as_select())
        .first(conn)
        .optional()
}

pub fn revoke(conn: &mut DbConnection, session_id: &str) -> QueryResult<()> {
    diesel::update(sessions::table.find(session_id))
        .set(sessions::revoked_at.eq(Utc::now().naive_utc()))
        .execute(conn)
        .map(drop)
}

/// Signs someone out on every device: after a lost phone, or a password change. Their feed
/// addresses go too (a lost phone holds them in its calendar); new ones are made when shown.
pub fn revoke_all(conn: &mut DbConnection, user_id: i32) -> QueryResult<usize> {
    crate::people::feeds::revoke_all(conn, user_id)?;
    diesel::update(
        sessions::table
            .filter(sessions::user_id.eq(user_id))
            .filter(sessions::revoked_at.is_null()),
    )
    .set(sessions::revoked_at.eq(Utc::now().naive_utc()))
    .execute(conn)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_from_another_key_or_algorithm_are_refused() {
        let keys = TokenKeys::new("a secret that is long enough for HS256!!");
        let claims = Claims {
            sub: "1".into(),
            sid: "s".into(),
            iat: 0,
            exp: Utc::now().timestamp() + 60,
        };
        let token = keys.sign(&claims).unwrap();
        assert_eq!(keys.verify(&token), Some((1, "s".into())));
        let other = TokenKeys::new("another secret that is long enough!!!!!");
        assert_eq!(other.verify(&token), None);
        let expired = keys
            .sign(&Claims {
                exp: Utc::now().timestamp() - 1,
                ..claims
            })
            .unwrap();
        assert_eq!(keys.verify(&expired), None);
        let header = base64::Engine::encode(
            &base64::engine::general_purpose::URL_SAFE_NO_PAD,
            r#"{"alg":"none","typ":"JWT"}"#,
        );
        let body = token.split('.').nth(1).unwrap();
        assert_eq!(keys.verify(&format!("{header}.{body}.")), None);
    }
}
