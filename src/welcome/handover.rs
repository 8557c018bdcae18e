//! The handover letter the desk prints for a new tenant: their activation code with a QR code
//! to the activation page, followed by the welcome kit, all in the tenant's language.

use serde::Serialize;

use super::kit::{self, Kit};
use super::SectionPlace;
use crate::access::Actor;
use crate::auth::account::{self, Letter};
use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::i18n::Locale;
use crate::media::qr;
use crate::people::Phone;

#[derive(Debug, Clone, Serialize)]
pub struct Handover {
    #[serde(flatten)]
    pub letter: Letter,
    pub activate_qr: String,
    pub kit: Kit,
}

/// Registers the tenant (see [`account::register_tenant`]) and makes their letter.
pub fn register(
    conn: &mut DbConnection,
    actor: &Actor,
    name: &str,
    unit_code: &str,
    phone: Option<&Phone>,
    locale: Locale,
    base_url: &str,
) -> AppResult<Handover> {
    let letter = account::register_tenant(conn, actor, name, unit_code, phone, locale, base_url)?;
    let at = SectionPlace {
        estate: letter.place.estate_id,
        building: Some(letter.place.building_id),
    };
    let kit = kit::kit(conn, actor, Some(at), locale)?;
    Ok(Handover {
        activate_qr: qr::data_url(&letter.activate_url),
        letter,
        kit,
    })
}
