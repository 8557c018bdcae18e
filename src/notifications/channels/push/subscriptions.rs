//! The browsers a person turned push on in: subscriptions made only after they pressed the
//! button, kept while the push service takes messages for them, removed when it answers
//! 404 or 410, when the person removes them, or with the account.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;

use crate::access::{authorize, Action, Actor};
use crate::core::db::{self, DbConnection};
use crate::core::error::{AppError, AppResult};
use crate::core::schema::push_subscriptions;

/// Browsers' push addresses are a few hundred characters; more is not one.
const ENDPOINT_MAX: usize = 2048;

/// The hosts subscriptions may point at (`PORTINERIA_PUSH_HOSTS`): the portal sends to
/// whatever address a browser gives, so without this list anyone signed in could make it
/// post to any server (a server-side request forgery).
#[derive(Debug, Clone)]
pub struct PushHosts(Vec<String>);

impl PushHosts {
    pub fn new(hosts: &[String]) -> Self {
        PushHosts(hosts.iter().map(|h| h.to_ascii_lowercase()).collect())
    }

    /// Whether `host` is listed, or under a listed `*.domain`.
    pub fn allows(&self, host: &str) -> bool {
        let host = host.to_ascii_lowercase();
        self.0
            .iter()
            .any(|allowed| match allowed.strip_prefix("*.") {
                Some(domain) => host
                    .strip_suffix(domain)
                    .is_some_and(|sub| sub.len() > 1 && sub.ends_with('.')),
                None => *allowed == host,
            })
    }
}

/// A browser's subscription as it came, checked: an https address on a listed push service
/// (plain http only on this machine, for tests), and keys the payload can be encrypted with.
#[derive(Debug, Clone)]
pub struct NewSubscription {
    endpoint: url::Url,
    p256dh: String,
    auth: String,
}

impl NewSubscription {
    pub fn parse(endpoint: &str, p256dh: &str, auth: &str, hosts: &PushHosts) -> AppResult<Self> {
        let endpoint = endpoint_of(endpoint, hosts)?;
        let (p256dh, auth) = (p256dh.trim_end_matches('='), auth.trim_end_matches('='));
        keys_of(p256dh, auth).ok_or_else(|| AppError::invalid("push-keys-invalid"))?;
        Ok(NewSubscription {
            endpoint,
            p256dh: p256dh.to_string(),
            auth: auth.to_string(),
        })
    }
}

fn endpoint_of(raw: &str, hosts: &PushHosts) -> AppResult<url::Url> {
    let invalid = || AppError::invalid("push-endpoint-invalid");
    if raw.len() > ENDPOINT_MAX {
        return Err(invalid());
    }
    let url = url::Url::parse(raw).map_err(|_| invalid())?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err(invalid());
    }
    let host = url.host().ok_or_else(invalid)?;
    let loopback = match &host {
        url::Host::Ipv4(ip) => ip.is_loopback(),
        url::Host::Ipv6(ip) => ip.is_loopback(),
        url::Host::Domain(name) => *name == "localhost",
    };
    let secure = url.scheme() == "https" || (url.scheme() == "http" && loopback);
    if !secure || !hosts.allows(&host.to_string()) {
        return Err(AppError::invalid("push-endpoint-refused"));
    }
    Ok(url)
}

/// The subscriber's public key and authentication secret, decoded: `None` unless they are a
/// P-256 point and 16 bytes, the only keys RFC 8291 knows.
pub fn keys_of(p256dh: &str, auth: &str) -> Option<(p256::PublicKey, [u8; 16])> {
    let point = URL_SAFE_NO_PAD.decode(p256dh.trim_end_matches('=')).ok()?;
    let public = p256::PublicKey::from_sec1_bytes(&point).ok()?;
    let secret = URL_SAFE_NO_PAD.decode(auth.trim_end_matches('=')).ok()?;
    Some((public, secret.try_into().ok()?))
}

/// One of the person's browsers, as they see it.
#[derive(Debug, Clone, Serialize, Queryable)]
pub struct Subscription {
    pub id: i32,
    pub endpoint: String,
    pub created_at: NaiveDateTime,
}

/// Turns push on in one browser for the signed-in person. A browser has one address: signed
/// in as someone else, the same browser's subscription becomes theirs (a shared tablet).
pub fn subscribe(conn: &mut DbConnection, actor: &Actor, new: &NewSubscription) -> AppResult<i32> {
    authorize(
        actor,
        Action::EditProfile {
            user_id: actor.user_id,
        },
    )?;
    let id = db::transaction(conn, |conn| {
        let endpoint = new.endpoint.as_str();
        diesel::delete(push_subscriptions::table.filter(push_subscriptions::endpoint.eq(endpoint)))
            .execute(conn)?;
        diesel::insert_into(push_subscriptions::table)
            .values((
                push_subscriptions::user_id.eq(actor.user_id),
                push_subscriptions::endpoint.eq(endpoint),
                push_subscriptions::p256dh.eq(&new.p256dh),
                push_subscriptions::auth.eq(&new.auth),
                push_subscriptions::created_at.eq(Utc::now().naive_utc()),
            ))
            .returning(push_subscriptions::id)
            .get_result::<i32>(conn)
    })?;
    tracing::info!(
        user_id = actor.user_id,
        subscription = id,
        "push turned on in a browser"
    );
    Ok(id)
}

pub fn mine(conn: &mut DbConnection, user_id: i32) -> QueryResult<Vec<Subscription>> {
    push_subscriptions::table
        .filter(push_subscriptions::user_id.eq(user_id))
        .order(push_subscriptions::id)
        .select((
            push_subscriptions::id,
            push_subscriptions::endpoint,
            push_subscriptions::created_at,
        ))
        .load(conn)
}

/// One of the person's browsers with push on, as the profile lists it: its push service
/// (which says which browser it is) and since when.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Device {
    pub id: i32,
    pub service: String,
    pub since: String,
}

pub fn devices(
    conn: &mut DbConnection,
    user_id: i32,
    locale: crate::i18n::Locale,
) -> QueryResult<Vec<Device>> {
    Ok(mine(conn, user_id)?
        .into_iter()
        .map(|s| Device {
            id: s.id,
            service: browser_of(&s.endpoint),
            since: locale.date(s.created_at),
        })
        .collect())
}

/// Which browser an address belongs to, by its push service: what a person recognises.
fn browser_of(endpoint: &str) -> String {
    let host = url::Url::parse(endpoint)
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_default();
    match host.as_str() {
        "fcm.googleapis.com" => "Chrome, Android".into(),
        "updates.push.services.mozilla.com" => "Firefox".into(),
        "web.push.apple.com" => "Safari, iPhone".into(),
        h if h.ends_with(".notify.windows.com") => "Edge, Windows".into(),
        _ => host,
    }
}

/// Whether the person turned push on in any browser.
pub fn has_any(conn: &mut DbConnection, user_id: i32) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        push_subscriptions::table.filter(push_subscriptions::user_id.eq(user_id)),
    ))
    .get_result(conn)
}

/// Turns push off in one of the person's browsers; someone else's reads as not found.
pub fn unsubscribe(conn: &mut DbConnection, actor: &Actor, id: i32) -> AppResult<()> {
    authorize(
        actor,
        Action::EditProfile {
            user_id: actor.user_id,
        },
    )?;
    let removed = diesel::delete(
        push_subscriptions::table
            .filter(push_subscriptions::id.eq(id))
            .filter(push_subscriptions::user_id.eq(actor.user_id)),
    )
    .execute(conn)?;
    if removed == 0 {
        return Err(AppError::NotFound);
    }
    tracing::info!(
        user_id = actor.user_id,
        subscription = id,
        "push turned off in a browser"
    );
    Ok(())
}

/// The addresses of the person's browsers.
pub fn endpoints(conn: &mut DbConnection, user_id: i32) -> QueryResult<Vec<String>> {
    push_subscriptions::table
        .filter(push_subscriptions::user_id.eq(user_id))
        .order(push_subscriptions::id)
        .select(push_subscriptions::endpoint)
        .load(conn)
}

/// The keys of the subscription at `endpoint`, if it is still there.
pub fn keys_at(conn: &mut DbConnection, endpoint: &str) -> QueryResult<Option<(String, String)>> {
    push_subscriptions::table
        .filter(push_subscriptions::endpoint.eq(endpoint))
        .select((push_subscriptions::p256dh, push_subscriptions::auth))
        .first(conn)
        .optional()
}

/// The push service no longer knows the address (404, 410): the browser unsubscribed.
pub fn forget(conn: &mut DbConnection, endpoint: &str) -> QueryResult<usize> {
    diesel::delete(push_subscriptions::table.filter(push_subscriptions::endpoint.eq(endpoint)))
        .execute(conn)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hosts() -> PushHosts {
        PushHosts::new(&[
            "fcm.googleapis.com".into(),
            "*.notify.windows.com".into(),
            "127.0.0.1".into(),
        ])
    }

    fn refused(endpoint: &str) -> bool {
        endpoint_of(endpoint, &hosts()).is_err()
    }

    #[test]
    fn only_listed_hosts_over_https_or_loopback() {
        assert!(!refused("https://fcm.googleapis.com/fcm/send/abc"));
        assert!(!refused("https://db5p.notify.windows.com/w/?token=abc"));
        assert!(!refused("http://127.0.0.1:8080/push/1"));
        assert!(refused("http://fcm.googleapis.com/fcm/send/abc"));
        assert!(refused("https://notify.windows.com.evil.test/w"));
        assert!(refused("https://evilnotify.windows.com/w"));
        assert!(refused("https://example.org/push"));
        assert!(refused("https://user:pw@fcm.googleapis.com/x"));
        assert!(refused("ftp://fcm.googleapis.com/x"));
        assert!(refused("not an address"));
    }

    #[test]
    fn keys_must_be_a_p256_point_and_16_bytes() {
        use p256::elliptic_curve::sec1::ToEncodedPoint;
        let secret = p256::SecretKey::from_slice(&[7u8; 32]).unwrap();
        let point = URL_SAFE_NO_PAD.encode(secret.public_key().to_encoded_point(false).as_bytes());
        let auth = URL_SAFE_NO_PAD.encode([1u8; 16]);
        assert!(keys_of(&point, &auth).is_some());
        assert!(keys_of(&point, &URL_SAFE_NO_PAD.encode([1u8; 15])).is_none());
        assert!(keys_of(&URL_SAFE_NO_PAD.encode([4u8; 65]), &auth).is_none());
        assert!(keys_of("!!", &auth).is_none());
    }
}
