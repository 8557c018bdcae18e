//! What happened to a household's rent that someone should hear of. Domain functions write an
//! event in the transaction of their change; the fan-out
//! ([`notifications::rent`](crate::notifications::rent)) tells the household, or the estate's
//! desk and the landlord's rent office, by inbox and by the channels each chose for rent.

use chrono::{NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;

use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::core::schema::{rent_events, rent_inbox, role_grants};
use crate::i18n::Locale;
use crate::people::roles::Role;
use crate::places::UnitPlace;

/// Who an event is for and what it says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    /// A few days before a day due, on it, and gently after (to the household).
    ReminderBefore,
    ReminderDue,
    ReminderAfter,
    /// An instalment of an accepted plan missed (to the desk and the rent office).
    InstalmentMissed,
    /// The household wrote in a help request (to the desk and the rent office).
    HelpAsked,
    /// The desk or the rent office wrote in a help request (to the household).
    HelpAnswered,
    /// The rent office proposed a repayment plan (to the household).
    PlanProposed,
}

impl EventKind {
    pub const ALL: [EventKind; 7] = [
        EventKind::ReminderBefore,
        EventKind::ReminderDue,
        EventKind::ReminderAfter,
        EventKind::InstalmentMissed,
        EventKind::HelpAsked,
        EventKind::HelpAnswered,
        EventKind::PlanProposed,
    ];

    pub fn code(self) -> &'static str {
        match self {
            EventKind::ReminderBefore => "reminder_before",
            EventKind::ReminderDue => "reminder_due",
            EventKind::ReminderAfter => "reminder_after",
            EventKind::InstalmentMissed => "instalment_missed",
            EventKind::HelpAsked => "help_asked",
            EventKind::HelpAnswered => "help_answered",
            EventKind::PlanProposed => "plan_proposed",
        }
    }

    /// A stored code; an unknown one is an error, not a silent default.
    pub fn stored(code: &str) -> anyhow::Result<EventKind> {
        EventKind::ALL
            .into_iter()
            .find(|k| k.code() == code)
            .ok_or_else(|| anyhow::anyhow!("unknown rent event kind {code:?}"))
    }

    /// Whether the household hears of it (otherwise the desk and the rent office do).
    pub fn for_household(self) -> bool {
        !matches!(self, EventKind::InstalmentMissed | EventKind::HelpAsked)
    }
}

/// An event as written.
#[derive(Debug, Clone, Default)]
pub struct Happened {
    pub due_on: Option<NaiveDate>,
    pub amount_cents: Option<i64>,
    pub request: Option<i32>,
    pub actor: Option<i32>,
}

pub fn record(
    conn: &mut DbConnection,
    unit: i32,
    kind: EventKind,
    what: Happened,
) -> QueryResult<usize> {
    diesel::insert_into(rent_events::table)
        .values((
            rent_events::unit_id.eq(unit),
            rent_events::kind.eq(kind.code()),
            rent_events::due_on.eq(what.due_on),
            rent_events::amount_cents.eq(what.amount_cents),
            rent_events::request_id.eq(what.request),
            rent_events::actor_id.eq(what.actor),
            rent_events::created_at.eq(Utc::now().naive_utc()),
        ))
        .execute(conn)
}

/// Who hears of an event about `flat`: its household (its tenants), or the estate's desk and
/// the landlord's rent office — the people who may read the account, never a neighbour.
pub fn audience(
    conn: &mut DbConnection,
    flat: &UnitPlace,
    kind: EventKind,
) -> QueryResult<Vec<i32>> {
    let now = Utc::now().naive_utc();
    let active = role_grants::ends_at
        .is_null()
        .or(role_grants::ends_at.gt(now));
    let grants = role_grants::table.filter(active);
    let mut people: Vec<i32> = if kind.for_household() {
        grants
            .filter(role_grants::role.eq(Role::Tenant.code()))
            .filter(role_grants::scope_id.eq(flat.unit_id))
            .select(role_grants::user_id)
            .load(conn)?
    } else {
        grants
            .filter(
                role_grants::role
                    .eq(Role::Operator.code())
                    .and(role_grants::scope_id.eq(flat.estate_id))
                    .or(role_grants::role
                        .eq(Role::RentOfficer.code())
                        .and(role_grants::scope_id.eq(flat.owner_id))),
            )
            .select(role_grants::user_id)
            .load(conn)?
    };
    people.sort_unstable();
    people.dedup();
    Ok(people)
}

/// An event as stored.
#[derive(Debug, Clone)]
pub struct EventRow {
    pub id: i32,
    pub unit_id: i32,
    pub kind: EventKind,
    pub due_on: Option<NaiveDate>,
    pub amount_cents: Option<i64>,
    pub request_id: Option<i32>,
    pub actor_id: Option<i32>,
    pub created_at: NaiveDateTime,
}

type Row = (
    i32,
    i32,
    String,
    Option<NaiveDate>,
    Option<i64>,
    Option<i32>,
    Option<i32>,
    NaiveDateTime,
);

pub fn one(conn: &mut DbConnection, id: i32) -> AppResult<EventRow> {
    let (id, unit_id, kind, due_on, amount_cents, request_id, actor_id, created_at): Row =
        rent_events::table
            .find(id)
            .select((
                rent_events::id,
                rent_events::unit_id,
                rent_events::kind,
                rent_events::due_on,
                rent_events::amount_cents,
                rent_events::request_id,
                rent_events::actor_id,
                rent_events::created_at,
            ))
            .first(conn)?;
    Ok(EventRow {
        id,
        unit_id,
        kind: EventKind::stored(&kind)?,
        due_on,
        amount_cents,
        request_id,
        actor_id,
        created_at,
    })
}

/// What a person is told of an event, in their language, and the page it links to.
#[derive(Debug, Clone)]
pub struct Told {
    pub title: String,
    pub body: String,
    /// A path in the portal.
    pub link: String,
}

pub fn describe(event: &EventRow, flat: &UnitPlace, locale: Locale) -> Told {
    let args = [
        (
            "date",
            event.due_on.map(|d| locale.day(d)).unwrap_or_default(),
        ),
        (
            "amount",
            locale.euros(event.amount_cents.unwrap_or_default()),
        ),
        ("unit", flat.unit_code.clone()),
        ("flat", super::flat_label(flat, locale)),
    ];
    let key = event.kind.code();
    let link = match (event.kind, event.request_id) {
        (EventKind::HelpAsked | EventKind::HelpAnswered, Some(request)) => {
            format!("/rent/help/{request}")
        }
        (EventKind::InstalmentMissed, _) => format!("/rent?unit={}", flat.unit_code),
        _ => "/rent".to_string(),
    };
    Told {
        title: locale.text_with(&format!("rent-told-{key}-title"), &args),
        body: locale.text_with(&format!("rent-told-{key}-body"), &args),
        link,
    }
}

/// The person opened `link`: its rent messages in their inbox are read. Pages are read on
/// connections that refuse writes (see `Db::read`): only a page with something to mark writes.
pub fn read(conn: &mut DbConnection, user: i32, link: &str) -> QueryResult<usize> {
    let unread = rent_inbox::table
        .filter(rent_inbox::user_id.eq(user))
        .filter(rent_inbox::link.eq(link))
        .filter(rent_inbox::read_at.is_null());
    if !diesel::select(diesel::dsl::exists(unread)).get_result::<bool>(conn)? {
        return Ok(0);
    }
    diesel::update(unread)
        .set(rent_inbox::read_at.eq(Utc::now().naive_utc()))
        .execute(conn)
}

/// Marks every rent event as told, without telling anyone (the demo's history).
pub fn mark_told(conn: &mut DbConnection) -> QueryResult<usize> {
    diesel::update(rent_events::table.filter(rent_events::notified_at.is_null()))
        .set(rent_events::notified_at.eq(Utc::now().naive_utc()))
        .execute(conn)
}
