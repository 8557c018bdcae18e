//! Authorization in one place: may this person do this action on this object?
//! Handlers ask [`authorize`]; refusals look like "not found", so nothing leaks.

use crate::auth::CurrentUser;
use crate::error::{AppError, AppResult};
use crate::people::Role;
use crate::places::UnitPlace;

#[derive(Debug, Clone, Copy)]
pub enum Action<'a> {
    /// Change the language, e-mail or password of an account.
    EditProfile { user_id: i32 },
    /// Register a tenant of this unit and print their activation letter (the desk's job).
    RegisterTenant(&'a UnitPlace),
    /// See the team and buildings of an organisation.
    ViewOrganisation { organisation_id: i32 },
    /// See the whole installation's figures.
    ViewInstallation,
}

pub fn allows(user: &CurrentUser, action: Action) -> bool {
    let admin = user.has(Role::Admin);
    match action {
        Action::EditProfile { user_id } => user.id == user_id,
        Action::RegisterTenant(place) => {
            admin
                || user
                    .scopes(Role::Operator)
                    .any(|estate| estate == place.estate_id)
        }
        Action::ViewOrganisation { organisation_id } => {
            admin
                || user
                    .scopes(Role::Manager)
                    .chain(user.scopes(Role::Technician))
                    .any(|org| org == organisation_id)
        }
        Action::ViewInstallation => admin,
    }
}

pub fn authorize(user: &CurrentUser, action: Action) -> AppResult<()> {
    if allows(user, action) {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::people::Grant;

    const UNIT: i32 = 1;
    const STAIR: i32 = 10;
    const BUILDING: i32 = 100;
    const ESTATE: i32 = 1000;
    const OWNER: i32 = 7;
    const OTHER: i32 = 99_999;

    fn place(estate_id: i32) -> UnitPlace {
        UnitPlace {
            unit_id: UNIT,
            unit_code: "U1".into(),
            floor: 1,
            number: "1".into(),
            stair_id: STAIR,
            stair_name: "A".into(),
            building_id: BUILDING,
            building_name: "B".into(),
            address: "Via Roma 1".into(),
            estate_id,
            estate_name: "E".into(),
            city: "C".into(),
            owner_id: OWNER,
            owner_name: "ALER".into(),
        }
    }

    /// Someone holding exactly one role, on the scope the fixture's places use.
    fn holder(role: Role) -> CurrentUser {
        let scope = match role {
            Role::Tenant => Some(UNIT),
            Role::StairDelegate => Some(STAIR),
            Role::BuildingDelegate => Some(BUILDING),
            Role::Operator => Some(ESTATE),
            Role::Technician | Role::Manager => Some(OWNER),
            Role::Admin => None,
        };
        CurrentUser {
            id: 42,
            name: "X".into(),
            email: None,
            username: None,
            locale: "it".into(),
            grants: vec![Grant::new(role, scope)],
            session_id: "s".into(),
        }
    }

    /// Every role against every action, in scope and out of it.
    #[test]
    fn matrix() {
        use Role::*;
        let here = place(ESTATE);
        let elsewhere = place(OTHER);
        let actions: Vec<(&str, Action, &[Role])> = vec![
            (
                "edit own profile",
                Action::EditProfile { user_id: 42 },
                &Role::ALL,
            ),
            (
                "edit another's profile",
                Action::EditProfile { user_id: 43 },
                &[],
            ),
            (
                "register tenant in my estate",
                Action::RegisterTenant(&here),
                &[Operator, Admin],
            ),
            (
                "register tenant elsewhere",
                Action::RegisterTenant(&elsewhere),
                &[Admin],
            ),
            (
                "view my organisation",
                Action::ViewOrganisation {
                    organisation_id: OWNER,
                },
                &[Technician, Manager, Admin],
            ),
            (
                "view another organisation",
                Action::ViewOrganisation {
                    organisation_id: OTHER,
                },
                &[Admin],
            ),
            ("view installation", Action::ViewInstallation, &[Admin]),
        ];
        for (name, action, allowed) in actions {
            for role in Role::ALL {
                assert_eq!(
                    allows(&holder(role), action),
                    allowed.contains(&role),
                    "{} / {name}",
                    role.code()
                );
            }
        }
    }

    #[test]
    fn refusals_look_like_not_found() {
        let err = authorize(&holder(Role::Tenant), Action::ViewInstallation).unwrap_err();
        assert!(matches!(err, AppError::NotFound));
    }
}
