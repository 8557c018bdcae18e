//! Roles and the places or organisations they apply to (DESIGN.md: role codes and scopes).

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Tenant,
    StairDelegate,
    BuildingDelegate,
    Operator,
    Technician,
    Manager,
    /// Staff of a landlord's rent office (*ufficio canoni*): that landlord's flats' rent
    /// accounts, and nothing of their repairs.
    RentOfficer,
    Admin,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ScopeType {
    Unit,
    Stair,
    Building,
    Estate,
    Organisation,
}

impl Role {
    pub const ALL: [Role; 8] = [
        Role::Tenant,
        Role::StairDelegate,
        Role::BuildingDelegate,
        Role::Operator,
        Role::Technician,
        Role::Manager,
        Role::RentOfficer,
        Role::Admin,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Role::Tenant => "tenant",
            Role::StairDelegate => "stair_delegate",
            Role::BuildingDelegate => "building_delegate",
            Role::Operator => "operator",
            Role::Technician => "technician",
            Role::Manager => "manager",
            Role::RentOfficer => "rent_officer",
            Role::Admin => "admin",
        }
    }

    pub fn parse(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == code)
    }

    /// What each role is granted on: a tenant lives in a unit, a delegate answers for a stair
    /// or a building, an operator serves an estate, staff belong to an organisation.
    pub fn scope_type(self) -> Option<ScopeType> {
        match self {
            Role::Tenant => Some(ScopeType::Unit),
            Role::StairDelegate => Some(ScopeType::Stair),
            Role::BuildingDelegate => Some(ScopeType::Building),
            Role::Operator => Some(ScopeType::Estate),
            Role::Technician | Role::Manager | Role::RentOfficer => Some(ScopeType::Organisation),
            Role::Admin => None,
        }
    }
}

impl ScopeType {
    pub fn code(self) -> &'static str {
        match self {
            ScopeType::Unit => "unit",
            ScopeType::Stair => "stair",
            ScopeType::Building => "building",
            ScopeType::Estate => "estate",
            ScopeType::Organisation => "organisation",
        }
    }
}

/// One role held by one person, on one scope (none for admins).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Grant {
    pub role: Role,
    pub scope_id: Option<i32>,
}

impl Grant {
    pub fn new(role: Role, scope_id: Option<i32>) -> Self {
        Self { role, scope_id }
    }

    /// The scope id if this grant is of `role`.
    pub fn scope_of(&self, role: Role) -> Option<i32> {
        (self.role == role).then_some(self.scope_id).flatten()
    }

    /// How the audit trail names this grant to `user_id`: by ids and codes, never by name.
    pub fn audit_details(&self, user_id: i32) -> serde_json::Value {
        serde_json::json!({
            "user_id": user_id,
            "role": self.role.code(),
            "scope_type": self.role.scope_type().map(ScopeType::code),
            "scope_id": self.scope_id,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_codes_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.code()), Some(role));
        }
        assert_eq!(Role::parse("janitor"), None);
    }
}
