//! What SMS cost today, for the admin's page: the parts each estate has sent since midnight
//! (each is billed), the daily cap, and the messages still waiting — those of an estate at its
//! cap wait for midnight unless urgent.

use serde::Serialize;

use crate::core::db::DbConnection;
use crate::i18n::Locale;
use crate::notifications::outbox;

/// One estate's SMS today, written out.
#[derive(Debug, Clone, Serialize)]
pub struct EstateSms {
    pub estate: String,
    pub parts: String,
    pub waiting: String,
    pub at_cap: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct SmsToday {
    /// The cap, written out; `None`: no cap.
    pub cap: Option<String>,
    pub estates: Vec<EstateSms>,
}

/// Today's SMS by estate, estates by name; answers and sign-in codes to people of no estate
/// come last.
pub fn today(
    conn: &mut DbConnection,
    cap: Option<u32>,
    locale: Locale,
) -> diesel::QueryResult<SmsToday> {
    let sent = outbox::sms_parts_today_by_estate(conn)?;
    let waiting = outbox::sms_waiting_by_estate(conn)?;
    let of = |rows: &[(Option<i32>, i64)], estate: Option<i32>| {
        rows.iter()
            .find(|(e, _)| *e == estate)
            .map_or(0, |(_, n)| *n)
    };
    let mut places: Vec<(Option<i32>, String)> = crate::places::named_estates(conn)?
        .into_iter()
        .map(|e| (Some(e.id), e.name))
        .collect();
    places.push((None, locale.text("sms-budget-no-estate")));
    let estates = places
        .into_iter()
        .map(|(estate, name)| (name, of(&sent, estate), of(&waiting, estate), estate))
        .filter(|(_, parts, waiting, estate)| estate.is_some() || parts + waiting > 0)
        .map(|(name, parts, waiting, estate)| EstateSms {
            estate: name,
            parts: locale.number(parts),
            waiting: locale.number(waiting),
            at_cap: estate.is_some() && cap.is_some_and(|cap| parts >= i64::from(cap)),
        })
        .collect();
    Ok(SmsToday {
        cap: cap.map(|cap| locale.number(i64::from(cap))),
        estates,
    })
}
