//! The header's links for the signed-in person: the few destinations their role uses most, in
//! a row that fits a phone, and the rest in a menu (a `<details>`, so it opens without
//! JavaScript).

use serde::Serialize;

use crate::access::{allows, Action};
use crate::auth::CurrentUser;
use crate::i18n::Locale;
use crate::people::Role;

/// How many destinations stay in the first row: three fit a 320 px phone in every language.
const IN_REACH: usize = 3;

/// What the signed-in person may reach, as far as the header is concerned.
#[derive(Debug, Clone, Copy, Default)]
pub struct Reach {
    pub works: bool,
    pub manages: bool,
    pub reads_indicators: bool,
    pub can_register: bool,
    pub can_edit_categories: bool,
    pub manages_api_keys: bool,
    pub reads_audit: bool,
    pub reviews_translations: bool,
    /// Lives in a flat, which has a rent account.
    pub has_rent: bool,
    /// Works the early-warning list of households behind with rent.
    pub watches_rent: bool,
}

impl Reach {
    pub fn of(user: &CurrentUser) -> Reach {
        let actor = &user.actor();
        Reach {
            works: allows(actor, Action::WorkQueue),
            manages: !actor.manager_of.is_empty(),
            reads_indicators: allows(actor, crate::stats::ViewIndicators),
            can_register: allows(actor, Action::OpenDesk),
            can_edit_categories: allows(actor, Action::EditCategories),
            manages_api_keys: allows(actor, Action::ManageApiKeys),
            reads_audit: allows(actor, Action::ReadAuditTrail),
            reviews_translations: allows(actor, Action::ReviewTranslations),
            has_rent: user.grants.iter().any(|g| g.role == Role::Tenant),
            watches_rent: allows(actor, crate::rent::watch::WatchAction::List),
        }
    }

    /// Every destination this person may reach, most used first: staff start from their own
    /// tools (the queue, the team, the desk, the figures), residents from their reports and
    /// the board.
    fn destinations(self) -> Vec<(&'static str, &'static str)> {
        let everyone = true;
        [
            (self.works, "/work", "nav-work"),
            (self.manages, "/work/team", "nav-team"),
            (
                self.can_register,
                "/desk/tenants/new",
                "nav-register-tenant",
            ),
            (self.reads_indicators, "/stats", "nav-stats"),
            (self.watches_rent, "/rent/office", "nav-rent-office"),
            (self.works, "/work/agenda", "nav-agenda"),
            (self.can_edit_categories, "/categories", "nav-categories"),
            (
                self.reviews_translations,
                "/translations",
                "nav-translations",
            ),
            (self.manages_api_keys, "/admin/api-keys", "nav-api-keys"),
            (self.reads_audit, "/admin/audit", "nav-audit"),
            (everyone, "/reports", "nav-reports"),
            (everyone, "/board", "nav-board"),
            (everyone, "/welcome", "nav-welcome"),
            (self.has_rent, "/rent", "nav-rent"),
            (self.can_register, "/desk/people", "nav-desk-people"),
            (self.can_register, "/elections", "nav-elections"),
            (everyone, "/", "nav-home"),
            (everyone, "/works", "nav-works"),
            (everyone, "/transparency", "nav-transparency"),
            (everyone, "/summary", "nav-summary"),
            (everyone, "/profile", "nav-profile"),
        ]
        .into_iter()
        .filter(|(allowed, _, _)| *allowed)
        .map(|(_, href, key)| (href, key))
        .collect()
    }
}

#[derive(Debug, Serialize)]
pub struct NavLink {
    pub href: &'static str,
    pub label: String,
    /// The page being shown, marked for assistive technology and in the style.
    pub current: bool,
}

#[derive(Debug, Serialize)]
pub struct Navigation {
    pub in_reach: Vec<NavLink>,
    pub menu: Vec<NavLink>,
}

impl Navigation {
    pub fn new(reach: Reach, path: &str, locale: Locale) -> Navigation {
        let mut links: Vec<NavLink> = reach
            .destinations()
            .into_iter()
            .map(|(href, key)| NavLink {
                href,
                label: locale.text(key),
                current: href == path,
            })
            .collect();
        let menu = links.split_off(IN_REACH.min(links.len()));
        Navigation {
            in_reach: links,
            menu,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hrefs(links: &[NavLink]) -> Vec<&str> {
        links.iter().map(|l| l.href).collect()
    }

    #[test]
    fn each_role_has_its_own_tools_in_reach_and_everything_else_in_the_menu() {
        let technician = Reach {
            works: true,
            ..Reach::default()
        };
        let manager = Reach {
            works: true,
            manages: true,
            reads_indicators: true,
            ..Reach::default()
        };
        let desk = Reach {
            can_register: true,
            ..Reach::default()
        };
        let cases = [
            (Reach::default(), ["/reports", "/board", "/welcome"]),
            (technician, ["/work", "/work/agenda", "/reports"]),
            (manager, ["/work", "/work/team", "/stats"]),
            (desk, ["/desk/tenants/new", "/reports", "/board"]),
        ];
        for (reach, expected) in cases {
            let nav = Navigation::new(reach, "/board", Locale::DEFAULT);
            assert_eq!(hrefs(&nav.in_reach), expected, "{reach:?}");
            let all = [hrefs(&nav.in_reach), hrefs(&nav.menu)].concat();
            let mut unique = all.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), all.len(), "a link shown twice: {all:?}");
            assert!(all.contains(&"/profile") && all.contains(&"/"), "{all:?}");
            let current: Vec<_> = nav
                .in_reach
                .iter()
                .chain(&nav.menu)
                .filter(|l| l.current)
                .map(|l| l.href)
                .collect();
            assert_eq!(current, ["/board"]);
        }
    }
}
