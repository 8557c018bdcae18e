//! How a delegate agrees to be reached by their neighbours: a phone number, their e-mail, the
//! hours they prefer — each shown on their boards only if they filled it in or said yes.

use chrono::Utc;
use diesel::prelude::*;
use serde::Serialize;

use crate::core::db::{self, DbConnection};
use crate::core::error::{AppError, AppResult};
use crate::core::schema::contact_cards;

pub const PHONE_MAX: usize = 30;
pub const HOURS_MAX: usize = 80;

#[derive(Debug, Clone, Default, Serialize)]
pub struct ContactCard {
    pub phone: String,
    pub show_email: bool,
    pub hours: String,
}

pub fn card(conn: &mut DbConnection, user_id: i32) -> QueryResult<ContactCard> {
    let found: Option<(Option<String>, bool, Option<String>)> = contact_cards::table
        .find(user_id)
        .select((
            contact_cards::phone,
            contact_cards::show_email,
            contact_cards::hours,
        ))
        .first(conn)
        .optional()?;
    Ok(found
        .map(|(phone, show_email, hours)| ContactCard {
            phone: phone.unwrap_or_default(),
            show_email,
            hours: hours.unwrap_or_default(),
        })
        .unwrap_or_default())
}

pub fn set_card(conn: &mut DbConnection, user_id: i32, card: &ContactCard) -> AppResult<()> {
    let phone = card.phone.trim();
    let valid_phone = phone.chars().count() <= PHONE_MAX
        && phone
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '.' | '/' | '(' | ')'));
    if !valid_phone {
        return Err(AppError::invalid("contact-phone-invalid"));
    }
    if card.hours.trim().chars().count() > HOURS_MAX {
        return Err(AppError::invalid("contact-hours-invalid"));
    }
    let some = |v: &str| Some(v.trim().to_string()).filter(|v| !v.is_empty());
    db::transaction(conn, |conn| {
        diesel::delete(contact_cards::table.find(user_id)).execute(conn)?;
        diesel::insert_into(contact_cards::table)
            .values((
                contact_cards::user_id.eq(user_id),
                contact_cards::phone.eq(some(phone)),
                contact_cards::show_email.eq(card.show_email),
                contact_cards::hours.eq(some(&card.hours)),
                contact_cards::updated_at.eq(Utc::now().naive_utc()),
            ))
            .execute(conn)?;
        Ok(())
    })
}
