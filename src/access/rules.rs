//! The one question every handler asks: may this person do this? Installation-wide actions are
//! here; each domain defines its own actions on its objects from the questions of
//! [`super::Actor`] (see `reports::rules`), and all answer through [`authorize`]. Refusals look
//! like "not found", so nothing leaks.

use super::Actor;
use crate::core::error::{AppError, AppResult};

/// An action someone may or may not take.
pub trait Rule {
    fn allows(&self, actor: &Actor) -> bool;
}

/// What one does with the installation rather than with one object of a domain.
#[derive(Debug, Clone, Copy)]
pub enum Action {
    /// Change the language, e-mail or password of an account.
    EditProfile { user_id: i32 },
    /// Register a tenant in this estate and print their activation letter (the desk's job).
    RegisterTenant { estate_id: i32 },
    /// Open the desk's registration form (registering somewhere).
    OpenDesk,
    /// See the team and buildings of an organisation.
    ViewOrganisation { organisation_id: i32 },
    /// See the whole installation's figures.
    ViewInstallation,
    /// Name, prioritise, route and retire the categories of fault. They are shared by every
    /// organisation, so only admins change them.
    EditCategories,
    /// Set an organisation's service levels and response templates, see its team's workload.
    ManageOrganisation { organisation_id: i32 },
    /// Work a queue: an organisation's (technicians, managers) or an estate desk's (operators).
    WorkQueue,
    /// See what content is not yet translated: the desk for its estates, admins everywhere.
    ReviewTranslations,
    /// Issue and revoke the keys other systems use for Open311 (admins only: a key files
    /// reports in an organisation's name).
    ManageApiKeys,
    /// Read the audit trail of what staff and admins changed (admins only).
    ReadAuditTrail,
}

impl Rule for Action {
    fn allows(&self, actor: &Actor) -> bool {
        match *self {
            Action::EditProfile { user_id } => actor.user_id == user_id,
            Action::RegisterTenant { estate_id } => {
                actor.admin || actor.operator_estates.contains(&estate_id)
            }
            Action::OpenDesk | Action::ReviewTranslations => {
                actor.admin || !actor.operator_estates.is_empty()
            }
            Action::ViewOrganisation { organisation_id } => {
                actor.admin || actor.staff_of(organisation_id)
            }
            Action::ViewInstallation
            | Action::EditCategories
            | Action::ManageApiKeys
            | Action::ReadAuditTrail => actor.admin,
            Action::ManageOrganisation { organisation_id } => {
                actor.admin || actor.manager_of.contains(&organisation_id)
            }
            Action::WorkQueue => !actor.staff_of.is_empty() || !actor.operator_estates.is_empty(),
        }
    }
}

pub fn allows(actor: &Actor, rule: impl Rule) -> bool {
    rule.allows(actor)
}

/// Refusals look like "not found", so nothing leaks.
pub fn authorize(actor: &Actor, rule: impl Rule) -> AppResult<()> {
    if rule.allows(actor) {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::fixtures::{assert_matrix, ESTATE, OTHER, OWNER, TENANT_ID};

    /// Installation-wide actions, by role (tenant, stair delegate, building delegate, desk,
    /// technician, manager, rent officer, admin): the audit trail, API keys and categories are admins'; the
    /// desk registers (and erases on request) in its own estate only.
    #[test]
    fn matrix() {
        const Y: bool = true;
        const N: bool = false;
        let cases: &[(&str, [bool; 8])] = &[
            ("read the audit trail", [N, N, N, N, N, N, N, Y]),
            ("manage API keys", [N, N, N, N, N, N, N, Y]),
            ("edit categories", [N, N, N, N, N, N, N, Y]),
            ("open the desk", [N, N, N, Y, N, N, N, Y]),
            ("register in my estate", [N, N, N, Y, N, N, N, Y]),
            ("register in another estate", [N, N, N, N, N, N, N, Y]),
            ("work a queue", [N, N, N, Y, Y, Y, N, N]),
            ("see my organisation", [N, N, N, N, Y, Y, N, Y]),
            ("edit the tenant's profile", [Y, N, N, N, N, N, N, N]),
        ];
        let check = |case: &str, actor: &Actor| {
            let action = match case {
                "read the audit trail" => Action::ReadAuditTrail,
                "manage API keys" => Action::ManageApiKeys,
                "edit categories" => Action::EditCategories,
                "open the desk" => Action::OpenDesk,
                "register in my estate" => Action::RegisterTenant { estate_id: ESTATE },
                "register in another estate" => Action::RegisterTenant { estate_id: OTHER },
                "work a queue" => Action::WorkQueue,
                "see my organisation" => Action::ViewOrganisation {
                    organisation_id: OWNER,
                },
                "edit the tenant's profile" => Action::EditProfile { user_id: TENANT_ID },
                other => unreachable!("{other}"),
            };
            allows(actor, action)
        };
        assert_matrix(cases, check);
    }
}
