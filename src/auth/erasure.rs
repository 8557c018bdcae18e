//! Erasure on request (GDPR art. 17): the desk of a person's estate, or an admin, anonymises
//! them now, exactly as the retention rule does for unused accounts
//! ([`retention::anonymise`]), after a confirmation; the audit trail keeps who did it.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;
use serde_json::json;

use crate::access::{authorize, Actor, Rule};
use crate::audit::{self, AuditAction, Auditor};
use crate::core::db::{self, DbConnection};
use crate::core::error::{AppError, AppResult};
use crate::core::schema::users;
use crate::i18n::Locale;
use crate::notifications::channels::choices::{self, Chosen};
use crate::notifications::channels::reach::{self, Reach};
use crate::notifications::channels::stairs::{self, StairReach};
use crate::people::{self, retention};
use crate::places::UnitPlace;

/// Someone the desk may anonymise, as the rule sees them.
#[derive(Debug, Clone)]
pub struct ErasureTarget {
    pub user_id: i32,
    pub admin: bool,
    pub anonymised: bool,
    /// The estates of the places the person lives in or looks after.
    pub estates: Vec<i32>,
}

/// Anonymising a person on request.
#[derive(Debug, Clone, Copy)]
pub struct Anonymise<'a>(pub &'a ErasureTarget);

impl Rule for Anonymise<'_> {
    fn allows(&self, actor: &Actor) -> bool {
        let target = self.0;
        let in_reach = actor.admin
            || target
                .estates
                .iter()
                .any(|e| actor.operator_estates.contains(e));
        in_reach && !target.admin && !target.anonymised && target.user_id != actor.user_id
    }
}

/// The person as the rule needs them; not found if there is no such account.
fn target(conn: &mut DbConnection, user_id: i32) -> AppResult<(ErasureTarget, Vec<UnitPlace>)> {
    let anonymised: Option<NaiveDateTime> = users::table
        .find(user_id)
        .select(users::anonymised_at)
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)?;
    let grants = people::grants_of(conn, user_id)?;
    let person = Actor::load(conn, user_id, &grants)?;
    let mut estates: Vec<i32> = person.homes.iter().map(|h| h.estate_id).collect();
    estates.extend(&person.delegate_estates);
    let target = ErasureTarget {
        user_id,
        admin: person.admin,
        anonymised: anonymised.is_some(),
        estates,
    };
    Ok((target, person.homes))
}

/// A person as the desk sees them before anonymising them.
#[derive(Debug, Clone, Serialize)]
pub struct PersonCard {
    pub id: i32,
    pub name: String,
    pub email: Option<String>,
    pub username: Option<String>,
    /// The flats they live in.
    pub homes: Vec<UnitPlace>,
    /// How the portal reaches them.
    pub reach: Reach,
}

/// The desk's page for a person of its estate; not found for anyone it may not anonymise.
pub fn person(
    conn: &mut DbConnection,
    actor: &Actor,
    user_id: i32,
    locale: Locale,
) -> AppResult<PersonCard> {
    let (target, homes) = target(conn, user_id)?;
    authorize(actor, Anonymise(&target))?;
    let account = people::find(conn, user_id)?;
    Ok(PersonCard {
        id: account.id,
        name: account.name,
        email: account.email,
        username: account.username,
        homes,
        reach: reach::reach(conn, user_id, locale)?,
    })
}

/// Changes the channels of a person of the desk's estate, who is there to choose them.
pub fn choose_channels(
    conn: &mut DbConnection,
    actor: &Actor,
    user_id: i32,
    chosen: &Chosen,
) -> AppResult<()> {
    db::transaction(conn, |conn| {
        let (target, _) = target(conn, user_id)?;
        authorize(actor, Anonymise(&target))?;
        choices::set(conn, user_id, chosen)?;
        let details = json!({"user_id": user_id});
        let by = Auditor::Person(actor.user_id);
        audit::record(conn, by, AuditAction::ChannelsChosen, details)?;
        Ok(())
    })
}

/// Turns SMS on again for someone who wrote STOP: only the desk of their estate (the people
/// it looks after are those it may anonymise), only with the person there to ask for it.
pub fn resume_sms(
    conn: &mut DbConnection,
    actor: &Actor,
    user_id: i32,
    with_the_person: bool,
) -> AppResult<()> {
    db::transaction(conn, |conn| {
        let (target, _) = target(conn, user_id)?;
        authorize(actor, Anonymise(&target))?;
        if !with_the_person {
            return Err(AppError::invalid("desk-reach-resume-consent-required"));
        }
        if reach::resume_sms(conn, user_id)? {
            let details = json!({"user_id": user_id});
            let by = Auditor::Person(actor.user_id);
            audit::record(conn, by, AuditAction::SmsResumed, details)?;
        }
        Ok(())
    })
}

/// Anonymises the person now; the change and its audit line are written together, and a
/// second click finds nobody left to anonymise.
pub fn anonymise(conn: &mut DbConnection, actor: &Actor, user_id: i32) -> AppResult<()> {
    db::transaction(conn, |conn| {
        let (target, _) = target(conn, user_id)?;
        authorize(actor, Anonymise(&target))?;
        // Someone else's request for the same person may have just done it.
        if retention::anonymise(conn, &[user_id])? == 0 {
            return Err(AppError::NotFound);
        }
        let details = json!({"user_id": user_id});
        let by = Auditor::Person(actor.user_id);
        audit::record(conn, by, AuditAction::PersonAnonymised, details)?;
        Ok(())
    })
}

diesel::define_sql_function! {
    /// Lower case, on both backends (SQLite's LIKE ignores ASCII case, PostgreSQL's does not).
    fn lower(text: diesel::sql_types::Text) -> diesel::sql_types::Text;
}

/// How many people a search shows at most: the desk narrows it down by name.
pub const FOUND_MAX: i64 = 50;

/// A person found by the desk's search.
#[derive(Debug, Clone, Serialize)]
pub struct Found {
    pub id: i32,
    pub name: String,
    pub unit_code: String,
}

/// Tenants of the desk's estates (every estate for admins) whose name contains `name`.
/// The desk's page of people: those found by name, and per stair of its estates the flats
/// the portal reaches by no channel.
#[derive(Debug, Clone, Serialize)]
pub struct DeskPeople {
    pub found: Vec<Found>,
    pub stairs: Vec<StairReach>,
}

pub fn desk_people(conn: &mut DbConnection, actor: &Actor, name: &str) -> AppResult<DeskPeople> {
    authorize(actor, crate::access::Action::OpenDesk)?;
    let estates = (!actor.admin).then_some(actor.operator_estates.as_slice());
    Ok(DeskPeople {
        found: search(conn, actor, name)?,
        stairs: stairs::stairs_of(conn, estates)?,
    })
}

fn search(conn: &mut DbConnection, actor: &Actor, name: &str) -> AppResult<Vec<Found>> {
    use crate::core::schema::{buildings, role_grants, stairs, units};
    let name = name.trim().to_lowercase();
    if name.is_empty() {
        return Ok(vec![]);
    }
    let pattern = format!(
        "%{}%",
        name.replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_")
    );
    let mut query = users::table
        .inner_join(role_grants::table)
        .inner_join(
            units::table.on(role_grants::scope_id
                .eq(units::id.nullable())
                .and(role_grants::role.eq(people::Role::Tenant.code()))),
        )
        .inner_join(stairs::table.on(stairs::id.eq(units::stair_id)))
        .inner_join(buildings::table.on(buildings::id.eq(stairs::building_id)))
        .filter(users::anonymised_at.is_null())
        .filter(lower(users::name).like(pattern).escape('\\'))
        .select((users::id, users::name, units::code))
        .order((users::name, users::id))
        .limit(FOUND_MAX)
        .into_boxed();
    if !actor.admin {
        query = query.filter(buildings::estate_id.eq_any(actor.operator_estates.clone()));
    }
    Ok(query
        .load::<(i32, String, String)>(conn)?
        .into_iter()
        .map(|(id, name, unit_code)| Found {
            id,
            name,
            unit_code,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(user_id: i32, estates: Vec<i32>) -> ErasureTarget {
        ErasureTarget {
            user_id,
            admin: false,
            anonymised: false,
            estates,
        }
    }

    #[test]
    fn the_desk_anonymises_only_people_of_its_estates_never_admins_nor_itself() {
        let desk = Actor {
            user_id: 1,
            operator_estates: vec![7],
            ..Actor::default()
        };
        let admin = Actor {
            user_id: 2,
            admin: true,
            ..Actor::default()
        };
        let tenant = Actor {
            user_id: 3,
            ..Actor::default()
        };
        let here = person(10, vec![7]);
        let elsewhere = person(11, vec![8]);
        assert!(Anonymise(&here).allows(&desk));
        assert!(!Anonymise(&elsewhere).allows(&desk));
        assert!(Anonymise(&elsewhere).allows(&admin));
        assert!(!Anonymise(&here).allows(&tenant));
        let an_admin = ErasureTarget {
            admin: true,
            ..person(12, vec![7])
        };
        assert!(!Anonymise(&an_admin).allows(&desk));
        assert!(!Anonymise(&an_admin).allows(&admin));
        let gone = ErasureTarget {
            anonymised: true,
            ..person(13, vec![7])
        };
        assert!(!Anonymise(&gone).allows(&desk));
        assert!(!Anonymise(&person(1, vec![7])).allows(&desk), "not oneself");
    }
}
