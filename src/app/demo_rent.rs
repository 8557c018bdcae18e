//! The demo estate's rent accounts: twelve months of bills for the demo tenants' flats, pushed
//! through the same import a landlord's rent system uses. ALER bills carry pagoPA notices, the
//! Comune's do not. Giulia Colombo (`inquilino`) is up to date; Salvatore Russo's household
//! (`referente`) has left the last two bills unpaid; Fatima El Amrani's left three, and has
//! asked for help at the desk and agreed a repayment plan with the rent office, signed on paper
//! there.

use chrono::{Datelike, Months, NaiveDate};
use diesel::prelude::*;

use crate::access::Actor;
use crate::audit::Auditor;
use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::core::schema::rent_charges;
use crate::i18n::format::local_now;
use crate::rent::help::{self, HelpReason, HelpText};
use crate::rent::plan::{self, Instalment};
use crate::rent::{account, events, import, reminders};

/// A demo household: its flat, its landlord, and how many of the latest bills it has not paid.
struct Household {
    unit: &'static str,
    landlord: &'static str,
    unpaid: u32,
}

const HOUSEHOLDS: [Household; 6] = [
    Household {
        unit: "GUA12-A-21",
        landlord: "aler-milano",
        unpaid: 0,
    },
    Household {
        unit: "GUA12-A-32",
        landlord: "aler-milano",
        unpaid: 2,
    },
    Household {
        unit: "GUA12-A-11",
        landlord: "aler-milano",
        unpaid: 0,
    },
    Household {
        unit: "MOZ5-B-41",
        landlord: "comune-cinisello",
        unpaid: 0,
    },
    Household {
        unit: "CIL40-C-02",
        landlord: "comune-cinisello",
        unpaid: 0,
    },
    Household {
        unit: "CIL40-A-02",
        landlord: "comune-cinisello",
        unpaid: 0,
    },
];

/// A fictitious creditor's tax code for ALER Milano's demo notices.
const ALER_TAX_CODE: &str = "80012345670";

/// The items of a month's bill, in cents; heating only from October to April.
fn items(month: u32, rent: i64) -> Vec<(&'static str, i64)> {
    let mut items = vec![("rent", rent), ("water", 18_50), ("cleaning", 12_00)];
    if !(5..=9).contains(&month) {
        items.push(("heating", 64_00));
    }
    items.extend([
        ("lift", 9_50),
        ("green", 4_20),
        ("lighting", 3_10),
        ("admin", 6_00),
    ]);
    items
}

/// The flat on a repayment plan, and its instalments: six months to repay.
const ON_PLAN: &str = "GUA12-A-11";
const INSTALMENTS: u32 = 6;

pub fn seed(
    conn: &mut DbConnection,
    actor: impl Fn(&mut DbConnection, &str) -> AppResult<Actor>,
) -> AppResult<()> {
    let seeded = diesel::select(diesel::dsl::exists(
        rent_charges::table.select(rent_charges::id),
    ))
    .get_result(conn)?;
    if seeded {
        return Ok(());
    }
    let today = local_now().date();
    for landlord in ["aler-milano", "comune-cinisello"] {
        let file = statement(landlord, today);
        let organisation = import::organisation(conn, landlord)?;
        if let Err(problems) = import::import(conn, organisation, file.as_bytes(), Auditor::Job)? {
            return Err(anyhow::anyhow!("demo rent file refused: {problems:?}").into());
        }
    }
    let office = actor(conn, "canoni.aler@demo.test")?;
    let flat = crate::places::unit_place_by_code(conn, ON_PLAN)?
        .ok_or_else(|| anyhow::anyhow!("demo flat {ON_PLAN} missing"))?;
    let owed = account::account(conn, &flat)?.balance_cents;
    let each = owed / i64::from(INSTALMENTS);
    let first = today + chrono::Duration::days(10);
    let instalments = (0..INSTALMENTS)
        .filter_map(|n| {
            let due_on = first.checked_add_months(Months::new(n))?;
            let last = n + 1 == INSTALMENTS;
            let amount_cents = if last {
                owed - each * i64::from(n)
            } else {
                each
            };
            Some(Instalment {
                due_on,
                amount_cents,
            })
        })
        .collect();
    let instalments = plan::Instalments::parse(instalments, today)?;
    let id = plan::propose(conn, &office, ON_PLAN, &instalments)?;
    let desk = actor(conn, "sportello@demo.test")?;
    // She asked for help at the desk before the plan; the rent office answered.
    let words = HelpText::parse(
        "Ho perso il lavoro a settembre e non riesco a pagare tutto insieme. Posso pagare a rate?",
    )?;
    let asked = help::ask(conn, &desk, Some(ON_PLAN), &words, &[HelpReason::JobLost])?;
    let answer = HelpText::parse(
        "Grazie di averci scritto. Le proponiamo sei rate: le trova nel conto e allo sportello.",
    )?;
    help::reply(conn, &office, asked, &answer)?;
    plan::accept(conn, &desk, id)?;
    // What happened before the demo began was told then.
    reminders::decide_quietly(conn, today)?;
    events::mark_told(conn)?;
    Ok(())
}

/// A landlord's file for the twelve months up to this one.
fn statement(landlord: &str, today: NaiveDate) -> String {
    let aler = landlord == "aler-milano";
    let mut file =
        String::from("kind,unit,period,due_on,item,amount,notice_code,creditor_tax_code,paid_on\n");
    let this_month = today.with_day(1).unwrap_or(today);
    let households = HOUSEHOLDS
        .iter()
        .enumerate()
        .filter(|(_, h)| h.landlord == landlord);
    for (number, household) in households {
        for back in (0..12).rev() {
            let Some(first) = this_month.checked_sub_months(Months::new(back)) else {
                continue;
            };
            let period = first.format("%Y-%m");
            let due = first.with_day(10).unwrap_or(first);
            let rent = if aler { 182_40 } else { 151_00 };
            let lines = items(first.month(), rent);
            let notice = if aler {
                format!("3012{}{:08}", first.format("%Y%m"), number + 1)
            } else {
                String::new()
            };
            let creditor = if aler { ALER_TAX_CODE } else { "" };
            for (item, cents) in &lines {
                let euros = format!("{}.{:02}", cents / 100, cents % 100);
                file += &format!(
                    "charge,{},{period},{due},{item},{euros},{notice},{creditor},\n",
                    household.unit
                );
            }
            let paid = due <= today && back >= household.unpaid;
            if paid {
                let total: i64 = lines.iter().map(|(_, c)| c).sum();
                let euros = format!("{}.{:02}", total / 100, total % 100);
                let day = first.with_day(5).unwrap_or(first);
                file += &format!("payment,{},,,,{euros},{notice},,{day}\n", household.unit);
            }
        }
    }
    file
}
