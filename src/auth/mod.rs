//! Who is asking: sessions, the ways of signing in, the paper path for tenants registered at
//! the desk, and the signed-in person as the rest of the portal sees them. The web layer reads
//! the token from a cookie or a bearer header and asks [`identify`].

pub mod account;
pub mod api_keys;
pub mod erasure;
pub mod own_phone;
pub mod phone_codes;
pub mod phone_sign_in;
pub mod session;
pub mod sign_in;
pub mod throttle;

use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::people::{self, Grant};
use session::TokenKeys;

/// The signed-in person, with the roles in force right now.
#[derive(Debug, Clone)]
pub struct CurrentUser {
    pub id: i32,
    pub name: String,
    pub email: Option<String>,
    pub username: Option<String>,
    pub locale: String,
    pub grants: Vec<Grant>,
    pub session_id: String,
}

impl CurrentUser {
    pub fn has(&self, role: people::Role) -> bool {
        self.grants.iter().any(|g| g.role == role)
    }

    /// The person as the access rules see them from their roles alone.
    pub fn actor(&self) -> crate::access::Actor {
        crate::access::Actor::of(self.id, &self.grants)
    }

    /// The person with the places their roles cover, for rules about places.
    pub fn load_actor(&self, conn: &mut DbConnection) -> AppResult<crate::access::Actor> {
        Ok(crate::access::Actor::load(conn, self.id, &self.grants)?)
    }
}

/// The person a session token names, if its signature, expiry and session row are good; roles
/// are read now, so a change takes effect at the next request.
pub fn identify(
    conn: &mut DbConnection,
    keys: &TokenKeys,
    token: &str,
) -> AppResult<Option<CurrentUser>> {
    let Some((user_id, session_id)) = keys.verify(token) else {
        return Ok(None);
    };
    let Some(user) = session::holder(conn, user_id, &session_id)? else {
        return Ok(None);
    };
    let grants = people::grants_of(conn, user_id)?;
    Ok(Some(CurrentUser {
        id: user.id,
        name: user.name,
        email: user.email,
        username: user.username,
        locale: user.locale,
        grants,
        session_id,
    }))
}
