//! The demo estate (`serve --demo`, `seed-demo`): places from `assets/demo/places.csv` and the
//! accounts DESIGN.md lists, all with password `demo`. Running it again changes nothing.

use chrono::Utc;
use diesel::Connection;

use crate::auth::sign_in;
use crate::db::DbConnection;
use crate::error::AppResult;
use crate::people::{self, password, Grant, NewUser, Role, ScopeType};
use crate::places::{self, import};

const PLACES: &str = include_str!("../assets/demo/places.csv");
pub const PASSWORD: &str = "demo";

enum Scope {
    Unit(&'static str),
    Stair(&'static str),
    Estate(&'static str),
    Organisation(&'static str),
    Everything,
}

struct Account {
    name: &'static str,
    email: Option<&'static str>,
    grants: &'static [(Role, Scope)],
    /// Tenants without e-mail get a fixed code, printed in the README, to try `/activate`.
    activation_code: Option<&'static str>,
}

const ACCOUNTS: &[Account] = &[
    Account {
        name: "Giulia Colombo",
        email: Some("inquilino@demo.test"),
        grants: &[(Role::Tenant, Scope::Unit("GUA12-A-21"))],
        activation_code: None,
    },
    Account {
        name: "Salvatore Russo",
        email: Some("referente@demo.test"),
        grants: &[
            (Role::Tenant, Scope::Unit("GUA12-A-32")),
            (Role::StairDelegate, Scope::Stair("GUA12/A")),
        ],
        activation_code: None,
    },
    Account {
        name: "Marta Galli",
        email: Some("sportello@demo.test"),
        grants: &[(Role::Operator, Scope::Estate("CIN-SE"))],
        activation_code: None,
    },
    Account {
        name: "Davide Brambilla",
        email: Some("tecnico.aler@demo.test"),
        grants: &[(Role::Technician, Scope::Organisation("aler-milano"))],
        activation_code: None,
    },
    Account {
        name: "Paolo Fumagalli",
        email: Some("tecnico.comune@demo.test"),
        grants: &[(Role::Technician, Scope::Organisation("comune-cinisello"))],
        activation_code: None,
    },
    Account {
        name: "Elena Villa",
        email: Some("responsabile.aler@demo.test"),
        grants: &[(Role::Manager, Scope::Organisation("aler-milano"))],
        activation_code: None,
    },
    Account {
        name: "Amministrazione Portineria",
        email: Some("admin@demo.test"),
        grants: &[(Role::Admin, Scope::Everything)],
        activation_code: None,
    },
    Account {
        name: "Fatima El Amrani",
        email: None,
        grants: &[(Role::Tenant, Scope::Unit("GUA12-A-11"))],
        activation_code: Some("DEMO-CASA-2345"),
    },
    Account {
        name: "Giuseppe Mariani",
        email: None,
        grants: &[(Role::Tenant, Scope::Unit("MOZ5-B-41"))],
        activation_code: Some("DEMO-CASA-3456"),
    },
    Account {
        name: "Ion Popescu",
        email: None,
        grants: &[(Role::Tenant, Scope::Unit("CIL40-C-02"))],
        activation_code: Some("DEMO-CASA-4567"),
    },
];

pub fn seed(conn: &mut DbConnection) -> anyhow::Result<()> {
    conn.transaction(|conn| -> AppResult<()> {
        import::import_csv(conn, PLACES.as_bytes()).map_err(|e| anyhow::anyhow!("{e}: {e:?}"))?;
        // One hash for every demo account: they share the published password anyway, and
        // hashing once keeps seeding fast.
        let hash = password::hash(PASSWORD)?;
        for account in ACCOUNTS {
            seed_account(conn, account, &hash)?;
        }
        Ok(())
    })?;
    tracing::info!("demo estate ready: sign in as inquilino@demo.test (password demo) and others");
    Ok(())
}

fn seed_account(conn: &mut DbConnection, account: &Account, hash: &str) -> AppResult<()> {
    let existing = match account.email {
        Some(email) => people::find_by_email(conn, email)?,
        None => {
            use crate::schema::users;
            use diesel::prelude::*;
            users::table
                .filter(users::name.eq(account.name))
                .select(people::User::as_select())
                .first(conn)
                .optional()?
        }
    };
    if existing.is_some() {
        return Ok(());
    }
    let user = people::create(
        conn,
        &NewUser {
            name: account.name,
            email: account.email,
            username: None,
            password_hash: account.email.map(|_| hash),
            locale: "it",
            created_at: Utc::now().naive_utc(),
        },
    )?;
    for (role, scope) in account.grants {
        let scope_id = match scope {
            Scope::Unit(code) => Some(scope_id(conn, ScopeType::Unit, code)?),
            Scope::Stair(code) => Some(scope_id(conn, ScopeType::Stair, code)?),
            Scope::Estate(code) => Some(scope_id(conn, ScopeType::Estate, code)?),
            Scope::Organisation(code) => Some(scope_id(conn, ScopeType::Organisation, code)?),
            Scope::Everything => None,
        };
        people::grant(conn, user.id, Grant::new(*role, scope_id), None)?;
    }
    if let (Some(code), Some((Role::Tenant, Scope::Unit(unit)))) =
        (account.activation_code, account.grants.first())
    {
        let unit = scope_id(conn, ScopeType::Unit, unit)?;
        sign_in::store_activation_code(conn, unit, user.id, None, code)?;
    }
    Ok(())
}

fn scope_id(conn: &mut DbConnection, kind: ScopeType, code: &str) -> AppResult<i32> {
    Ok(places::scope_id_by_code(conn, kind, code)?
        .ok_or_else(|| anyhow::anyhow!("demo {} {code} missing", kind.code()))?)
}
