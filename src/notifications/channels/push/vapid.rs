//! The portal's VAPID key (RFC 8292): push services accept a message only when it is signed
//! with the key the browser subscribed with, so there is one key for the whole portal, made
//! by whichever node starts first and kept in the database, never one per node or per start.

use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use chrono::Utc;
use diesel::prelude::*;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use p256::elliptic_curve::sec1::ToEncodedPoint;
use p256::pkcs8::EncodePrivateKey;

use crate::core::db::DbConnection;
use crate::core::schema::vapid_keys;

/// How long one signature is good for: RFC 8292 allows at most 24 hours.
const VALID_FOR: chrono::Duration = chrono::Duration::hours(12);

pub struct Vapid {
    signing: EncodingKey,
    /// The uncompressed P-256 point, base64url without padding, as `PushManager` takes it.
    public_key: String,
}

impl std::fmt::Debug for Vapid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vapid")
            .field("public_key", &self.public_key)
            .finish_non_exhaustive()
    }
}

#[derive(serde::Serialize)]
struct Claims<'a> {
    aud: &'a str,
    exp: i64,
    sub: &'a str,
}

impl Vapid {
    /// The stored key, made first if there is none yet. Two nodes starting at once both make
    /// one, only the first insert counts, and both read back the same.
    pub fn load_or_make(conn: &mut DbConnection) -> anyhow::Result<Vapid> {
        let (private_key, public_key) = made_key()?;
        let row = (
            vapid_keys::id.eq(1),
            vapid_keys::private_key.eq(private_key),
            vapid_keys::public_key.eq(public_key),
            vapid_keys::created_at.eq(Utc::now().naive_utc()),
        );
        let insert = diesel::insert_into(vapid_keys::table).values(row);
        match conn {
            DbConnection::Postgresql(pg) => insert.on_conflict_do_nothing().execute(pg)?,
            DbConnection::Sqlite(lite) => insert.on_conflict_do_nothing().execute(lite)?,
        };
        let (private_key, public_key): (String, String) = vapid_keys::table
            .find(1)
            .select((vapid_keys::private_key, vapid_keys::public_key))
            .first(conn)?;
        Ok(Vapid {
            signing: EncodingKey::from_ec_der(&STANDARD.decode(private_key)?),
            public_key,
        })
    }

    pub fn public_key(&self) -> &str {
        &self.public_key
    }

    /// The `Authorization` header of a push to `endpoint`: a token for the push service's
    /// origin, signed ES256, with who to contact (`subject`: a `mailto:` or `https:` address).
    pub fn authorization(&self, endpoint: &url::Url, subject: &str) -> anyhow::Result<String> {
        let audience = endpoint.origin().ascii_serialization();
        let claims = Claims {
            aud: &audience,
            exp: (Utc::now() + VALID_FOR).timestamp(),
            sub: subject,
        };
        let token = jsonwebtoken::encode(&Header::new(Algorithm::ES256), &claims, &self.signing)?;
        Ok(format!("vapid t={token}, k={}", self.public_key))
    }
}

/// A new key pair: the private key as PKCS#8 (base64), the public one as browsers take it.
fn made_key() -> anyhow::Result<(String, String)> {
    use rand::RngExt;
    // Nearly every 32 random bytes are a valid scalar; the loop only skips the rare others.
    let secret = loop {
        let bytes: [u8; 32] = rand::rng().random();
        if let Ok(secret) = p256::SecretKey::from_slice(&bytes) {
            break secret;
        }
    };
    let document = secret
        .to_pkcs8_der()
        .map_err(|e| anyhow::anyhow!("VAPID key: {e}"))?;
    let public = secret.public_key().to_encoded_point(false);
    Ok((
        STANDARD.encode(document.as_bytes()),
        URL_SAFE_NO_PAD.encode(public.as_bytes()),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_made_key_signs_tokens_its_public_half_verifies() {
        let (private_key, public_key) = made_key().unwrap();
        let vapid = Vapid {
            signing: EncodingKey::from_ec_der(&STANDARD.decode(private_key).unwrap()),
            public_key: public_key.clone(),
        };
        let endpoint = url::Url::parse("https://fcm.googleapis.com/fcm/send/abc").unwrap();
        let header = vapid.authorization(&endpoint, "mailto:a@b.test").unwrap();
        let token = header
            .strip_prefix("vapid t=")
            .and_then(|rest| rest.split_once(", k="))
            .map(|(token, key)| {
                assert_eq!(key, public_key);
                token
            })
            .unwrap();
        let point = URL_SAFE_NO_PAD.decode(&public_key).unwrap();
        assert_eq!(point.len(), 65);
        let key = jsonwebtoken::DecodingKey::from_ec_der(&point);
        let mut validation = jsonwebtoken::Validation::new(Algorithm::ES256);
        validation.set_audience(&["https://fcm.googleapis.com"]);
        let data = jsonwebtoken::decode::<serde_json::Value>(token, &key, &validation).unwrap();
        assert_eq!(data.claims["sub"], "mailto:a@b.test");
    }
}
