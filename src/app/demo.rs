//! The demo estate (`serve --demo`, `seed-demo`): places from `assets/demo/places.csv`, the
//! accounts DESIGN.md lists (all with password `demo`), and reports in every state, made
//! through the same rules as real ones. Running it again changes nothing.

use chrono::Utc;

use crate::access::Actor;
use crate::auth::sign_in;
use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::i18n::format::local_now;
use crate::notifications::fanout;
use crate::people::{self, password, Grant, NewUser, Role, ScopeType};
use crate::places::{self, import};
use crate::reports::changes::{self, Change};
use crate::reports::filing::{self, Filing};
use crate::reports::visits::{self, Slot, VisitUpdate};
use crate::reports::{categories, queries, Status};

const PLACES: &str = include_str!("../../assets/demo/places.csv");
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
    /// A mobile number the desk entered (so verified): the tenant is reached by SMS.
    phone: Option<&'static str>,
}

const ACCOUNTS: &[Account] = &[
    Account {
        name: "Giulia Colombo",
        email: Some("inquilino@demo.test"),
        grants: &[(Role::Tenant, Scope::Unit("GUA12-A-21"))],
        activation_code: None,
        phone: None,
    },
    Account {
        name: "Salvatore Russo",
        email: Some("referente@demo.test"),
        grants: &[
            (Role::Tenant, Scope::Unit("GUA12-A-32")),
            (Role::StairDelegate, Scope::Stair("GUA12/A")),
        ],
        activation_code: None,
        phone: None,
    },
    Account {
        name: "Marta Galli",
        email: Some("sportello@demo.test"),
        grants: &[(Role::Operator, Scope::Estate("CIN-SE"))],
        activation_code: None,
        phone: None,
    },
    Account {
        name: "Davide Brambilla",
        email: Some("tecnico.aler@demo.test"),
        grants: &[(Role::Technician, Scope::Organisation("aler-milano"))],
        activation_code: None,
        phone: None,
    },
    Account {
        name: "Paolo Fumagalli",
        email: Some("tecnico.comune@demo.test"),
        grants: &[(Role::Technician, Scope::Organisation("comune-cinisello"))],
        activation_code: None,
        phone: None,
    },
    Account {
        name: "Elena Villa",
        email: Some("responsabile.aler@demo.test"),
        grants: &[(Role::Manager, Scope::Organisation("aler-milano"))],
        activation_code: None,
        phone: None,
    },
    Account {
        name: "Chiara Ferrari",
        email: Some("canoni.aler@demo.test"),
        grants: &[(Role::RentOfficer, Scope::Organisation("aler-milano"))],
        activation_code: None,
        phone: None,
    },
    Account {
        name: "Amministrazione Portineria",
        email: Some("admin@demo.test"),
        grants: &[(Role::Admin, Scope::Everything)],
        activation_code: None,
        phone: None,
    },
    Account {
        name: "Fatima El Amrani",
        email: None,
        grants: &[(Role::Tenant, Scope::Unit("GUA12-A-11"))],
        activation_code: Some("DEMO-CASA-2345"),
        phone: None,
    },
    Account {
        name: "Giuseppe Mariani",
        email: None,
        grants: &[(Role::Tenant, Scope::Unit("MOZ5-B-41"))],
        activation_code: Some("DEMO-CASA-3456"),
        phone: None,
    },
    Account {
        name: "Ion Popescu",
        email: None,
        grants: &[(Role::Tenant, Scope::Unit("CIL40-C-02"))],
        activation_code: Some("DEMO-CASA-4567"),
        phone: None,
    },
    Account {
        name: "Rosa Colombo",
        email: None,
        grants: &[(Role::Tenant, Scope::Unit("CIL40-A-02"))],
        activation_code: None,
        phone: Some("+393331002000"),
    },
];

pub fn seed(conn: &mut DbConnection) -> anyhow::Result<()> {
    crate::core::db::transaction(conn, |conn| -> AppResult<()> {
        import::import_csv(conn, PLACES.as_bytes(), None)
            .map_err(|e| anyhow::anyhow!("{e}: {e:?}"))?;
        // One hash for every demo account: they share the published password anyway, and
        // hashing once (and cheaply: see `hash_published`) keeps seeding and signing in fast.
        let hash = password::hash_published(PASSWORD)?;
        for account in ACCOUNTS {
            seed_account(conn, account, &hash)?;
        }
        seed_reports(conn)?;
        // The demo estate shows what publishing its figures looks like.
        use diesel::prelude::*;
        diesel::update(crate::core::schema::estates::table)
            .set(crate::core::schema::estates::public_summary.eq(true))
            .execute(conn)?;
        super::demo_boards::seed(conn, actor)?;
        super::demo_elections::seed(conn, actor)?;
        super::demo_rent::seed(conn, actor)
    })?;
    tracing::info!("demo estate ready: sign in as inquilino@demo.test (password demo) and others");
    Ok(())
}

fn seed_account(conn: &mut DbConnection, account: &Account, hash: &str) -> AppResult<()> {
    let existing = match account.email {
        Some(email) => people::find_by_email(conn, email)?,
        None => {
            use crate::core::schema::users;
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
            phone: account.phone,
            phone_verified_at: account.phone.map(|_| Utc::now().naive_utc()),
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

/// Someone as the report rules see them.
fn actor(conn: &mut DbConnection, login: &str) -> AppResult<Actor> {
    let user = people::find_by_login(conn, login)?
        .ok_or_else(|| anyhow::anyhow!("demo account {login} missing"))?;
    let grants = people::grants_of(conn, user.id)?;
    Ok(Actor::load(conn, user.id, &grants)?)
}

struct DemoReport {
    key: &'static str,
    by: &'static str,
    /// The tenant a desk report is for (by name: they have no e-mail).
    for_name: Option<&'static str>,
    location: &'static str,
    category: &'static str,
    spot: Option<&'static str>,
    description: &'static str,
    /// When the tenant is home, for work in the flat.
    windows: &'static [&'static str],
    /// What happens next: (who, change).
    then: &'static [(&'static str, DemoChange)],
}

enum DemoChange {
    To(Status, &'static str),
    Comment(&'static str),
    MeToo,
    DuplicateOf(&'static str),
    /// A visit by whoever makes the change, this week or next, from and until these hours.
    Visit {
        next_week: bool,
        from: u32,
        until: u32,
    },
}

const REPORTS: &[DemoReport] = &[
    DemoReport { key: "demo-1", by: "inquilino@demo.test", for_name: None, location: "unit", category: "plumbing", spot: Some("Cucina"),
        description: "Il rubinetto della cucina perde acqua anche chiuso, sotto il lavello si forma una pozza.", windows: &["morning"],
        then: &[("tecnico.aler@demo.test", DemoChange::Visit { next_week: true, from: 9, until: 12 })] },
    DemoReport { key: "demo-2", by: "inquilino@demo.test", for_name: None, location: "stair", category: "lift", spot: Some("Ascensore"),
        description: "L'ascensore della scala A è fermo al terzo piano da ieri sera. Al quinto piano abita una signora in carrozzina.", windows: &[],
        then: &[("referente@demo.test", DemoChange::MeToo), ("tecnico.aler@demo.test", DemoChange::To(Status::Acknowledged, "Abbiamo avvisato la ditta di manutenzione degli ascensori."))] },
    DemoReport { key: "demo-3", by: "referente@demo.test", for_name: None, location: "stair", category: "electrical", spot: Some("Pianerottolo 2° piano"),
        description: "La luce del pianerottolo del secondo piano non si accende, di sera le scale sono al buio.", windows: &[],
        then: &[("tecnico.aler@demo.test", DemoChange::Comment("Passiamo a sostituire la plafoniera.")), ("tecnico.aler@demo.test", DemoChange::Visit { next_week: false, from: 9, until: 11 })] },
    DemoReport { key: "demo-4", by: "inquilino@demo.test", for_name: None, location: "building", category: "doors", spot: Some("Portone d'ingresso"),
        description: "Il portone non si chiude più da solo e resta aperto tutta la notte.", windows: &[],
        then: &[("tecnico.aler@demo.test", DemoChange::To(Status::Acknowledged, "")), ("tecnico.aler@demo.test", DemoChange::To(Status::InProgress, "Il fabbro sta sostituendo il chiudiporta."))] },
    DemoReport { key: "demo-5", by: "inquilino@demo.test", for_name: None, location: "unit", category: "heating", spot: Some("Camera da letto"),
        description: "Il termosifone della camera resta freddo mentre gli altri sono caldi.", windows: &[],
        then: &[("tecnico.aler@demo.test", DemoChange::To(Status::Acknowledged, "")), ("tecnico.aler@demo.test", DemoChange::To(Status::Resolved, "Abbiamo sfiatato l'impianto: ora scalda. Ci confermi?"))] },
    DemoReport { key: "demo-6", by: "referente@demo.test", for_name: None, location: "unit", category: "damp", spot: Some("Bagno"),
        description: "Macchie di muffa sul soffitto del bagno, tornano dopo ogni pulizia.", windows: &[],
        then: &[("tecnico.aler@demo.test", DemoChange::To(Status::Resolved, "Applicato trattamento antimuffa e controllata la ventilazione.")), ("referente@demo.test", DemoChange::To(Status::Closed, ""))] },
    DemoReport { key: "demo-7", by: "sportello@demo.test", for_name: Some("Fatima El Amrani"), location: "unit", category: "pests", spot: Some("Cucina"),
        description: "La signora segnala scarafaggi in cucina da una settimana. Segnalazione raccolta allo sportello.", windows: &[], then: &[] },
    DemoReport { key: "demo-8", by: "inquilino@demo.test", for_name: None, location: "estate", category: "green", spot: Some("Cortile interno"),
        description: "L'erba del cortile interno è altissima e ci sono rami caduti vicino alle panchine.", windows: &[],
        then: &[("tecnico.comune@demo.test", DemoChange::To(Status::Acknowledged, "Inserito nel prossimo giro di sfalcio del verde.")), ("tecnico.comune@demo.test", DemoChange::Visit { next_week: false, from: 14, until: 16 })] },
    DemoReport { key: "demo-9", by: "referente@demo.test", for_name: None, location: "stair", category: "cleaning", spot: Some("Androne"),
        description: "Volantini e sporcizia nell'androne della scala A.", windows: &[],
        then: &[("referente@demo.test", DemoChange::To(Status::HandledByResidents, "Ci pensiamo noi del turno di pulizie di sabato."))] },
    DemoReport { key: "demo-10", by: "inquilino@demo.test", for_name: None, location: "stair", category: "lift", spot: Some("Ascensore"),
        description: "Ascensore bloccato, non arriva ai piani.", windows: &[],
        then: &[("referente@demo.test", DemoChange::DuplicateOf("demo-2"))] },
    DemoReport { key: "demo-11", by: "inquilino@demo.test", for_name: None, location: "stair", category: "other", spot: Some("Cantine"),
        description: "Odore di gas vicino al contatore nelle cantine.", windows: &[],
        then: &[("tecnico.aler@demo.test", DemoChange::To(Status::NotCompetent, "I contatori del gas sono del distributore: chiamate subito il pronto intervento gas al numero verde indicato in bolletta."))] },
    DemoReport { key: "demo-12", by: "inquilino@demo.test", for_name: None, location: "stair", category: "coexistence", spot: None,
        description: "Musica ad alto volume ogni notte dopo mezzanotte dall'appartamento del piano di sopra.", windows: &[],
        then: &[("sportello@demo.test", DemoChange::Comment("La contattiamo per fissare un incontro di mediazione allo sportello."))] },
    DemoReport { key: "demo-13", by: "sportello@demo.test", for_name: Some("Ion Popescu"), location: "unit", category: "plumbing", spot: Some("Bagno"),
        description: "Lo scarico del lavandino del bagno è intasato. Segnalazione telefonica.", windows: &["afternoon"],
        then: &[("tecnico.comune@demo.test", DemoChange::Visit { next_week: true, from: 14, until: 16 })] },
];

/// Reports in every state, filed and handled through the same rules as real ones.
fn seed_reports(conn: &mut DbConnection) -> AppResult<()> {
    let comune = places::scope_id_by_code(conn, ScopeType::Organisation, "comune-cinisello")?;
    categories::route_to_organisation(conn, "green", comune)?;
    let mut filed = std::collections::HashMap::new();
    let mut seeded = vec![];
    for demo in REPORTS {
        let filer = actor(conn, demo.by)?;
        let for_user = match demo.for_name {
            Some(name) => {
                use crate::core::schema::users;
                use diesel::prelude::*;
                Some(
                    users::table
                        .filter(users::name.eq(name))
                        .select(users::id)
                        .first::<i32>(conn)?,
                )
            }
            None => None,
        };
        let filing = Filing {
            category: demo.category.into(),
            location: demo.location.into(),
            for_user,
            description: demo.description.into(),
            spot: demo.spot.map(str::to_string),
            time_windows: demo.windows.iter().map(|w| w.to_string()).collect(),
            idempotency_key: Some(demo.key.into()),
            ..Filing::default()
        };
        let result = filing::file(conn, &filer, &filing, &[])?;
        filed.insert(demo.key, result.reference.clone());
        if !result.created {
            continue;
        }
        seeded.push(result.id);
        for (who, change) in demo.then {
            let who = actor(conn, who)?;
            let report = queries::visible(conn, &who, &result.reference)?;
            match change {
                DemoChange::To(to, body) => {
                    changes::apply(
                        conn,
                        &who,
                        &report,
                        Change::Transition {
                            to: *to,
                            body: body.to_string(),
                        },
                    )?;
                }
                DemoChange::Comment(body) => {
                    changes::apply(
                        conn,
                        &who,
                        &report,
                        Change::Comment {
                            body: body.to_string(),
                            public: true,
                        },
                    )?;
                }
                DemoChange::MeToo => {
                    changes::me_too(conn, &who, &report.reference)?;
                }
                DemoChange::Visit {
                    next_week,
                    from,
                    until,
                } => {
                    let day = visit_day(*next_week, *from);
                    let at =
                        |hour: u32| chrono::NaiveTime::from_hms_opt(hour, 0, 0).unwrap_or_default();
                    let slot = Slot {
                        day,
                        from: at(*from),
                        to: at(*until),
                    };
                    let technician = who.user_id;
                    visits::apply(
                        conn,
                        &who,
                        &report,
                        VisitUpdate::Schedule { technician, slot },
                    )?;
                }
                DemoChange::DuplicateOf(key) => {
                    let of = filed.get(key).cloned().unwrap_or_default();
                    changes::apply(
                        conn,
                        &who,
                        &report,
                        Change::Duplicate {
                            of,
                            body: String::new(),
                        },
                    )?;
                }
            }
        }
    }
    // The demo's history happened before anyone followed it: nobody is told of it now.
    fanout::mark_delivered(conn, &seeded)?;
    Ok(())
}

/// A day for a demo visit in the estate's local time: in the current week (tomorrow, or today
/// on a Sunday while the hour is still ahead), or the Tuesday of the next, so a newcomer finds
/// the agenda of both technicians filled this week and next.
fn visit_day(next_week: bool, from_hour: u32) -> chrono::NaiveDate {
    use chrono::{Datelike, Timelike, Weekday};
    let now = local_now();
    let today = now.date();
    let next_tuesday = crate::reports::agenda::monday_of(today) + chrono::Duration::days(8);
    if next_week {
        return next_tuesday;
    }
    match today.weekday() {
        Weekday::Sun if now.hour() < from_hour => today,
        Weekday::Sun => next_tuesday - chrono::Duration::days(1),
        _ => today + chrono::Duration::days(1),
    }
}
