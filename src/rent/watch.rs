//! Early warning (`/rent/office`, `GET /api/v1/rent/watch`): the households the landlord's rent
//! office and the estate's desk should get in touch with now, and why — a bill unpaid past its
//! due day, bills paid late twice in six months, an instalment of a repayment plan missed —
//! oldest trouble first, with the last contact noted. Contacting someone is recorded, so the
//! next person knows. Never shown to delegates, neighbours or technicians.

use chrono::{Duration, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use super::account::{standing, Account, Standing};
use crate::access::{allows, Actor, Level, Place, Rule};
use crate::core::db::DbConnection;
use crate::core::error::{AppError, AppResult};
use crate::core::schema::rent_contacts;
use crate::i18n::Locale;
use crate::places::{self, UnitPlace};

/// A payment this many days after a bill's due day counts as late (a few days' delay at the
/// post office is not trouble: ALER Milano's tenants complained of penalties for one or two).
pub const GRACE_DAYS: i64 = 5;
/// How far back late payments are counted, and how many make a pattern.
pub const LATE_WINDOW_DAYS: i64 = 183;
pub const LATE_TIMES: usize = 2;

/// Who works the list: a landlord's rent office for its flats, the estate's desk for its flats.
#[derive(Debug, Clone, Copy)]
pub enum WatchAction {
    /// See the list at all.
    List,
    /// Record a contact with the household of a flat owned by `owner`.
    Contact { unit: Place, owner: i32 },
}

impl Rule for WatchAction {
    fn allows(&self, actor: &Actor) -> bool {
        match *self {
            WatchAction::List => {
                !actor.rent_office_of.is_empty() || !actor.operator_estates.is_empty()
            }
            WatchAction::Contact { unit, owner } => {
                unit.level == Level::Unit
                    && (actor.rent_office_of.contains(&owner)
                        || actor.operator_estates.contains(&unit.estate))
            }
        }
    }
}

/// Why a household is on the list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Reason {
    /// A bill unpaid past its due day: the oldest such day, and all that is owed.
    Overdue {
        #[schema(value_type = String, format = Date)]
        since: NaiveDate,
        owed_cents: i64,
    },
    /// An instalment of the household's repayment plan missed (the first such).
    InstalmentMissed {
        #[schema(value_type = String, format = Date)]
        due_on: NaiveDate,
        amount_cents: i64,
    },
    /// Bills settled more than [`GRACE_DAYS`] late, `times` in the last six months.
    LatePayments {
        times: usize,
        #[schema(value_type = String, format = Date)]
        first_due: NaiveDate,
    },
}

impl Reason {
    pub fn since(&self) -> NaiveDate {
        match self {
            Reason::Overdue { since, .. } => *since,
            Reason::LatePayments { first_due, .. } => *first_due,
            Reason::InstalmentMissed { due_on, .. } => *due_on,
        }
    }
}

/// The last time someone got in touch.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Contact {
    #[schema(value_type = String, format = DateTime)]
    #[serde(serialize_with = "super::utc")]
    pub at: NaiveDateTime,
    pub by: String,
    pub note: String,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Watched {
    pub unit: String,
    #[serde(skip)]
    pub flat: UnitPlace,
    pub reasons: Vec<Reason>,
    pub last_contact: Option<Contact>,
}

/// The reasons to get in touch with a household today, none if all is well.
/// A household on an accepted plan is followed by its plan: the old debt is being repaid.
pub fn reasons(account: &Account, today: NaiveDate) -> Vec<Reason> {
    if let Some(plan) = account.plan.as_ref().filter(|p| p.accepted) {
        return plan
            .missed()
            .map(|i| Reason::InstalmentMissed {
                due_on: i.due_on,
                amount_cents: i.amount_cents,
            })
            .into_iter()
            .collect();
    }
    let mut reasons = vec![];
    if let Standing::Late { since, owed } = standing(account, today) {
        reasons.push(Reason::Overdue {
            since,
            owed_cents: owed,
        });
    }
    let window = today - Duration::days(LATE_WINDOW_DAYS);
    let mut late: Vec<(&str, NaiveDate)> = account
        .charges
        .iter()
        .filter(|c| c.due_on >= window && c.due_on < today)
        .filter(|c| {
            c.settled_on
                .is_some_and(|paid| paid > c.due_on + Duration::days(GRACE_DAYS))
        })
        .map(|c| (c.period.as_str(), c.due_on))
        .collect();
    late.sort_unstable();
    late.dedup_by_key(|(period, _)| *period);
    if late.len() >= LATE_TIMES {
        reasons.push(Reason::LatePayments {
            times: late.len(),
            first_due: late[0].1,
        });
    }
    reasons
}

/// A note that someone got in touch with the household of flat `code`.
pub fn record_contact(
    conn: &mut DbConnection,
    actor: &Actor,
    code: &str,
    note: &str,
) -> AppResult<()> {
    let flat = places::unit_place_by_code(conn, code.trim())?.ok_or(AppError::NotFound)?;
    let unit = Place::around(&flat, Level::Unit);
    if !allows(
        actor,
        WatchAction::Contact {
            unit,
            owner: flat.owner_id,
        },
    ) {
        return Err(AppError::NotFound);
    }
    let note = note.trim();
    if note.is_empty() || note.chars().count() > 500 {
        return Err(AppError::invalid("rent-contact-note"));
    }
    diesel::insert_into(rent_contacts::table)
        .values((
            rent_contacts::unit_id.eq(flat.unit_id),
            rent_contacts::user_id.eq(actor.user_id),
            rent_contacts::contacted_at.eq(Utc::now().naive_utc()),
            rent_contacts::note.eq(note),
        ))
        .execute(conn)?;
    Ok(())
}

/// `/rent/office`: the list in the reader's words.
#[derive(Debug, Clone, Serialize)]
pub struct OfficePage {
    pub households: Vec<HouseholdView>,
    /// How many households are on the list in all, and the links to the pages before and
    /// after this one.
    pub total: String,
    pub previous: Option<i64>,
    pub next: Option<i64>,
    pub paged: bool,
    pub contacted: bool,
    /// Requests for help, unanswered first.
    pub requests: Vec<RequestView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RequestView {
    pub id: i32,
    pub unit: String,
    pub asked: String,
    pub answered: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct HouseholdView {
    pub unit: String,
    pub flat: String,
    pub reasons: Vec<String>,
    pub last_contact: Option<String>,
}

pub fn office_page(
    conn: &mut DbConnection,
    actor: &Actor,
    contacted: bool,
    page: i64,
    locale: Locale,
) -> AppResult<OfficePage> {
    let page = page.max(1);
    let (watched, total) = super::watchlist::list(conn, actor, page)?;
    let households = watched
        .into_iter()
        .map(|w| HouseholdView {
            flat: super::flat_label(&w.flat, locale),
            reasons: w.reasons.iter().map(|r| reason_text(r, locale)).collect(),
            last_contact: w.last_contact.map(|c| {
                locale.text_with(
                    "rent-last-contact",
                    &[
                        ("date", locale.date(c.at)),
                        ("name", c.by),
                        ("note", c.note),
                    ],
                )
            }),
            unit: w.unit,
        })
        .collect();
    let requests = super::help::requests(conn, actor)?
        .into_iter()
        .map(|r| RequestView {
            id: r.id,
            unit: r.unit,
            asked: locale.date(r.created_at),
            answered: r.first_answer_at.is_some(),
        })
        .collect();
    Ok(OfficePage {
        households,
        total: locale.text_with("rent-office-total", &[("count", total.to_string())]),
        previous: (page > 1).then_some(page - 1),
        next: (page * super::watchlist::PAGE < total).then_some(page + 1),
        paged: page > 1 || super::watchlist::PAGE < total,
        contacted,
        requests,
    })
}

fn reason_text(reason: &Reason, locale: Locale) -> String {
    match reason {
        Reason::Overdue { since, owed_cents } => locale.text_with(
            "rent-reason-overdue",
            &[
                ("date", locale.day(*since)),
                ("amount", locale.euros(*owed_cents)),
            ],
        ),
        Reason::InstalmentMissed {
            due_on,
            amount_cents,
        } => locale.text_with(
            "rent-reason-instalment",
            &[
                ("date", locale.day(*due_on)),
                ("amount", locale.euros(*amount_cents)),
            ],
        ),
        Reason::LatePayments { times, first_due } => locale.text_with(
            "rent-reason-late",
            &[
                ("count", times.to_string()),
                ("date", locale.day(*first_due)),
            ],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::fixtures::*;
    use crate::rent::account::{settle, ChargeLine, PaymentLine};
    use crate::rent::Item;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn account(months: &[(&str, Option<&str>)]) -> Account {
        let mut charges: Vec<ChargeLine> = months
            .iter()
            .enumerate()
            .map(|(i, (due, _))| ChargeLine {
                id: i as i32,
                period: due[..7].to_string(),
                due_on: day(due),
                item: Item::Rent,
                amount_cents: 100_00,
                paid_cents: 0,
                notice_code: None,
                creditor_tax_code: None,
                settled_on: None,
            })
            .collect();
        let payments: Vec<PaymentLine> = months
            .iter()
            .filter_map(|(_, paid)| paid.map(|p| PaymentLine::new(day(p), 100_00)))
            .collect();
        settle(&mut charges, &payments);
        let billed: i64 = charges.iter().map(|c| c.amount_cents).sum();
        let paid: i64 = payments.iter().map(|p| p.amount_cents).sum();
        Account {
            unit_id: 1,
            unit: "X".into(),
            balance_cents: billed - paid,
            charges,
            payments,
            plan: None,
        }
    }

    /// Worked by hand, on 2026-12-07: bills due on the 10th of each month.
    #[test]
    fn the_rules_flag_exactly_the_households_they_name() {
        let today = day("2026-12-07");
        // Always on time (within the grace days): nothing.
        let on_time = account(&[
            ("2026-09-10", Some("2026-09-12")),
            ("2026-10-10", Some("2026-10-15")),
            ("2026-11-10", Some("2026-11-01")),
        ]);
        assert_eq!(reasons(&on_time, today), []);
        // Paid 6 and 20 days late in October and November: late twice, nothing owed now.
        let late = account(&[
            ("2026-09-10", Some("2026-09-10")),
            ("2026-10-10", Some("2026-10-16")),
            ("2026-11-10", Some("2026-11-30")),
        ]);
        assert_eq!(
            reasons(&late, today),
            [Reason::LatePayments {
                times: 2,
                first_due: day("2026-10-10")
            }]
        );
        // Late once only, eight months ago and once since: not a pattern.
        let once = account(&[
            ("2026-04-10", Some("2026-05-30")),
            ("2026-11-10", Some("2026-11-20")),
        ]);
        assert_eq!(reasons(&once, today), []);
        // November unpaid; December not yet due.
        let behind = account(&[
            ("2026-10-10", Some("2026-10-09")),
            ("2026-11-10", None),
            ("2026-12-10", None),
        ]);
        assert_eq!(
            reasons(&behind, today),
            [Reason::Overdue {
                since: day("2026-11-10"),
                owed_cents: 200_00
            }]
        );
    }

    /// Columns: tenant, stair delegate, building delegate, operator, technician, manager,
    /// rent officer, admin.
    #[test]
    fn matrix() {
        const Y: bool = true;
        const N: bool = false;
        let cases: &[(&str, [bool; 8])] = &[
            ("see the list", [N, N, N, Y, N, N, Y, N]),
            (
                "contact a household of my landlord",
                [N, N, N, Y, N, N, Y, N],
            ),
            (
                "contact another landlord's household",
                [N, N, N, Y, N, N, N, N],
            ),
            (
                "contact another estate's household",
                [N, N, N, N, N, N, N, N],
            ),
        ];
        let check = |case: &str, actor: &Actor| {
            let action = match case {
                "see the list" => WatchAction::List,
                "contact a household of my landlord" => WatchAction::Contact {
                    unit: place(Level::Unit),
                    owner: OWNER,
                },
                "contact another landlord's household" => WatchAction::Contact {
                    unit: place(Level::Unit),
                    owner: OTHER,
                },
                "contact another estate's household" => WatchAction::Contact {
                    unit: Place {
                        level: Level::Unit,
                        ..elsewhere(Level::Estate)
                    },
                    owner: OTHER,
                },
                other => unreachable!("{other}"),
            };
            allows(actor, action)
        };
        assert_matrix(cases, check);
    }
}
