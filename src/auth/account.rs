//! Accounts people manage: a new password, a sign-in link by mail, and the desk registering a
//! tenant without e-mail, whose activation letter it prints.

use chrono::Utc;
use diesel::prelude::*;
use serde::Serialize;
use serde_json::json;

use super::session;
use super::sign_in::{self, ACTIVATION_CODE_DAYS, MAGIC_LINK_MINUTES};
use super::throttle::Buckets;
use crate::access::{authorize, Action, Actor};
use crate::audit::{self, AuditAction, Auditor};
use crate::core::db::{self, DbConnection};
use crate::core::error::{AppError, AppResult, Message};
use crate::core::render::Templates;
use crate::core::schema::sessions;
use crate::i18n::Locale;
use crate::notifications::{compose::compose, outbox};
use crate::people::{self, password, Grant, NewUser, Phone, Role};
use crate::places::{self, UnitPlace};

/// A new password ends every other session: whoever knew the old one is out, but not the
/// person changing it, on the device they are using.
pub fn change_password(
    conn: &mut DbConnection,
    actor: &Actor,
    keep_session: &str,
    current: &str,
    new: &str,
    confirm: &str,
) -> AppResult<()> {
    authorize(
        actor,
        Action::EditProfile {
            user_id: actor.user_id,
        },
    )?;
    let account = people::find(conn, actor.user_id)?;
    if !password::verify(current, account.password_hash.as_deref()) {
        return Err(AppError::invalid("password-current-wrong"));
    }
    if new != confirm {
        return Err(AppError::invalid("password-mismatch"));
    }
    password::check_new(new)?;
    let hash = password::hash(new)?;
    db::transaction(conn, |conn| {
        people::set_password(conn, actor.user_id, &hash)?;
        session::revoke_all(conn, actor.user_id)?;
        diesel::update(sessions::table.find(keep_session))
            .set(sessions::revoked_at.eq(None::<chrono::NaiveDateTime>))
            .execute(conn)?;
        Ok(())
    })
}

/// Mails a one-time sign-in link to the account with this address, if there is one; the
/// caller learns nothing either way (only the rate limit shows).
pub fn send_magic_link(
    conn: &mut DbConnection,
    templates: &Templates,
    base_url: &str,
    address: &str,
    email: &str,
) -> AppResult<()> {
    let buckets = Buckets::address("magic-link", address);
    buckets.check(conn)?;
    buckets.record(conn)?;
    let Some(user) = people::find_by_email(conn, email)? else {
        return Ok(());
    };
    let Some(to) = user.email.as_deref() else {
        return Ok(());
    };
    db::transaction(conn, |conn| {
        let token = sign_in::issue_magic_link(conn, user.id)?;
        let locale = Locale::from_code(&user.locale).unwrap_or(Locale::DEFAULT);
        let mail = compose(
            templates,
            to,
            locale,
            "magic_link",
            json!({
                "name": user.name,
                "link": format!("{base_url}/login/link/{token}"),
                "minutes": MAGIC_LINK_MINUTES,
            }),
        )?;
        outbox::enqueue(conn, &mail)?;
        Ok(())
    })
}

/// A tenant registered at the desk, with the letter to print for them.
#[derive(Debug, Clone, Serialize)]
pub struct Letter {
    pub tenant: String,
    pub place: UnitPlace,
    pub code: String,
    /// The tenant's language, which the letter is printed in.
    pub letter_lang: &'static str,
    pub activate_url: String,
    pub valid_days: i64,
}

/// The desk registers a tenant of a flat in its estate and prints their activation code. A
/// mobile number the desk enters counts as verified: the tenant gave it in person.
pub fn register_tenant(
    conn: &mut DbConnection,
    actor: &Actor,
    name: &str,
    unit_code: &str,
    phone: Option<&Phone>,
    locale: Locale,
    base_url: &str,
) -> AppResult<Letter> {
    let name = people::parse_name(name)?;
    // An unknown flat and one outside the operator's estate read the same.
    let unknown = || AppError::Invalid(Message::new("unit-unknown").with("code", unit_code));
    let place = places::unit_place_by_code(conn, unit_code)?.ok_or_else(unknown)?;
    authorize(
        actor,
        Action::RegisterTenant {
            estate_id: place.estate_id,
        },
    )
    .map_err(|_| unknown())?;
    db::transaction(conn, |conn| {
        let tenant = people::create(
            conn,
            &NewUser {
                name: &name,
                email: None,
                username: None,
                password_hash: None,
                locale: locale.code(),
                created_at: Utc::now().naive_utc(),
                phone: phone.map(Phone::as_str),
                phone_verified_at: phone.map(|_| Utc::now().naive_utc()),
            },
        )?;
        let grant = Grant::new(Role::Tenant, Some(place.unit_id));
        people::grant(conn, tenant.id, grant, Some(actor.user_id))?;
        let details = grant.audit_details(tenant.id);
        audit::record(
            conn,
            Auditor::Person(actor.user_id),
            AuditAction::RoleGranted,
            details,
        )?;
        let code =
            sign_in::issue_activation_code(conn, place.unit_id, tenant.id, Some(actor.user_id))?;
        Ok(Letter {
            tenant: tenant.name,
            place,
            code,
            letter_lang: locale.code(),
            activate_url: format!("{base_url}/activate"),
            valid_days: ACTIVATION_CODE_DAYS,
        })
    })
}
