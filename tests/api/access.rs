//! Access by place: each question of `access::Actor` answers the same in Rust (for one object)
//! and in SQL (for a list), for every demo account and every report of a varied estate.

use std::collections::BTreeSet;

use diesel::prelude::*;
use portineria::access::{Actor, Reach};
use portineria::core::config::DatabaseUrl;
use portineria::core::db::{self, DbConnection};
use portineria::core::schema::reports;
use portineria::people;
use portineria::reports::queries::ReportRow;
use portineria::reports::rules::{self, ReportAction};
use reqwest::StatusCode;

use crate::helpers::{spawn_app, TestApp, DEMO_ACCOUNTS};
use crate::reports::report;

/// Reports at every level in buildings of both landlords, filed at the desk for tenants who
/// live elsewhere than the demo accounts, so every question has objects it holds for and not.
async fn varied_estate(app: &TestApp) {
    let desk = app.api_token("sportello@demo.test", "demo").await;
    for (unit, name) in [
        ("MOZ5-B-41", "Giuseppe Mariani"),
        ("CIL40-C-02", "Ion Popescu"),
    ] {
        let found = app.visitor();
        found.sign_in_ok("sportello@demo.test").await;
        let (_, page) = found.page(&format!("/reports/new?unit={unit}")).await;
        let link = crate::helpers::attr(&page, r#"a[href^="/reports/new?for_user="]"#, "href")
            .unwrap_or_else(|| panic!("the desk finds {name}"));
        let tenant = link.rsplit('=').next().unwrap().to_string();
        for level in ["unit", "stair", "building", "estate"] {
            let form = report("other", level, "Segnalazione allo sportello.")
                .text("for_user", tenant.clone());
            let res = app.api_file(&desk, form, None).await;
            assert_eq!(res.status(), StatusCode::CREATED, "{unit} {level}");
        }
    }
    // A building delegate too, so every clause of a delegate's reach is exercised.
    let out = app.cli(&[
        "user",
        "grant",
        "inquilino@demo.test",
        "building_delegate",
        "MOZ5",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn connection(app: &TestApp) -> db::Pool {
    db::connect(&DatabaseUrl::parse(&app.database_url).unwrap()).unwrap()
}

fn actor_of(conn: &mut DbConnection, email: &str) -> Actor {
    let user = people::find_by_login(conn, email).unwrap().unwrap();
    let grants = people::grants_of(conn, user.id).unwrap();
    Actor::load(conn, user.id, &grants).unwrap()
}

fn listed(conn: &mut DbConnection, filter: rules::ReportFilter) -> BTreeSet<i32> {
    reports::table
        .filter(filter)
        .select(reports::id)
        .load::<i32>(conn)
        .unwrap()
        .into_iter()
        .collect()
}

#[tokio::test]
async fn each_question_answers_the_same_in_rust_and_in_sql() {
    let app = spawn_app().await;
    varied_estate(&app).await;
    let pool = connection(&app);
    let mut conn = pool.get().unwrap();
    let all: Vec<ReportRow> = reports::table
        .select(ReportRow::as_select())
        .load(&mut conn)
        .unwrap();
    assert!(all.len() >= 21, "the demo's reports and the desk's");
    for email in DEMO_ACCOUNTS {
        let actor = actor_of(&mut conn, email);
        let questions: [(&str, Reach); 4] = [
            ("lives in", actor.lives_in()),
            ("delegate for", actor.delegate_for()),
            ("neighbour of", actor.neighbour_of()),
            ("desk of", actor.desk_of()),
        ];
        for (question, reach) in questions {
            let in_sql = listed(&mut conn, rules::place_filter(&reach));
            let in_rust: BTreeSet<i32> = all
                .iter()
                .filter(|r| reach.contains(&r.place()))
                .map(|r| r.id)
                .collect();
            assert_eq!(in_rust, in_sql, "{email}: {question}");
        }
        let seen_in_sql = match rules::visible(&actor) {
            Some(filter) => listed(&mut conn, filter),
            None => all.iter().map(|r| r.id).collect(),
        };
        let seen_in_rust: BTreeSet<i32> = all
            .iter()
            .filter(|r| portineria::access::allows(&actor, ReportAction::View(&r.scope())))
            .map(|r| r.id)
            .collect();
        assert_eq!(seen_in_rust, seen_in_sql, "{email}: may see");
        // A rent office works on rent, not repairs.
        let only_rent = actor.rent_office_of.len() == 1 && actor.staff_of.is_empty();
        assert_eq!(seen_in_rust.is_empty(), only_rent, "{email} sees something");
        if actor.staff_of.is_empty() && actor.operator_estates.is_empty() && !actor.admin {
            assert!(seen_in_rust.len() < all.len(), "{email} does not see all");
        }
    }
}

/// Notices: the board's SQL filter and the rule that opens one notice agree, for every demo
/// account and notices of every state on the boards of both landlords' buildings.
#[tokio::test]
async fn the_board_filter_and_the_notice_rule_agree() {
    use portineria::core::schema::notices;
    use portineria::notices::rules::{self as notice_rules, NoticeAction, NoticeScope};
    use portineria::notices::NoticeRow;

    let app = spawn_app().await;
    let desk = app.api_token("sportello@demo.test", "demo").await;
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let places = [
        ("building", crate::boards::building(&app, "MOZ5")),
        ("stair", crate::boards::stair(&app, "GUA12", "B")),
        ("stair", crate::boards::stair(&app, "CIL40", "C")),
        ("building", crate::boards::building(&app, "GIO20")),
    ];
    for (scope, id) in places {
        let body = serde_json::json!({"scope_type": scope, "scope_id": id, "kind": "rules", "title": "Regole"});
        let (status, _) = crate::boards::post(&app, &desk, body).await;
        assert_eq!(status, StatusCode::CREATED);
    }
    works_on_every_level(&app).await;
    let offer = serde_json::json!({"scope_type": "stair", "scope_id": crate::boards::stair(&app, "GUA12", "A"), "kind": "offer_seek", "title": "Cerco"});
    let (_, removed) = crate::boards::post(&app, &desk, serde_json::json!({"scope_type": "stair", "scope_id": crate::boards::stair(&app, "GUA12", "A"), "kind": "agency", "title": "Tolto"})).await;
    crate::boards::post(&app, &tenant, offer).await;
    let res = app
        .api_post_json(
            &format!("/api/v1/notices/{}/remove", removed["id"]),
            &desk,
            serde_json::json!({"reason": "Errore"}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);

    let pool = connection(&app);
    let mut conn = pool.get().unwrap();
    let all: Vec<NoticeRow> = notices::table
        .select(NoticeRow::as_select())
        .load(&mut conn)
        .unwrap();
    assert!(all.len() >= 10);
    for email in DEMO_ACCOUNTS {
        let actor = actor_of(&mut conn, email);
        let in_sql: BTreeSet<i32> = match notice_rules::visible(&actor) {
            Some(filter) => notices::table
                .filter(filter)
                .select(notices::id)
                .load::<i32>(&mut conn)
                .unwrap()
                .into_iter()
                .collect(),
            None => all.iter().map(|n| n.id).collect(),
        };
        let in_rust: BTreeSet<i32> = all
            .iter()
            .filter(|n| {
                let scope = NoticeScope::of(&mut conn, n).unwrap();
                portineria::access::allows(&actor, NoticeAction::View(&scope))
            })
            .map(|n| n.id)
            .collect();
        assert_eq!(in_rust, in_sql, "{email}");
    }
}

/// Planned works on each stair of via Guardi 12 (ALER's), on the building, and on the estate
/// (the desk's): the works board and the notice rule must agree on every one.
async fn works_on_every_level(app: &TestApp) {
    let aler = app.api_token("tecnico.aler@demo.test", "demo").await;
    let desk = app.api_token("sportello@demo.test", "demo").await;
    let estate = crate::boards::id_of(app, "estates WHERE code = 'CIN-SE'");
    let places = [
        (&aler, "stair", crate::boards::stair(app, "GUA12", "A")),
        (&aler, "stair", crate::boards::stair(app, "GUA12", "B")),
        (&aler, "building", crate::boards::building(app, "GUA12")),
        (&desk, "estate", estate),
    ];
    for (token, scope, id) in places {
        let body = serde_json::json!({"scope_type": scope, "scope_id": id, "kind": "works", "title": "Lavori"});
        let (status, answer) = crate::boards::post(app, token, body).await;
        assert_eq!(status, StatusCode::CREATED, "{scope}: {answer}");
    }
}

/// The works board of via Guardi 12 lists, for each demo account who may read it, exactly the
/// live works of the building the notice rule opens to them (a stair's works for that stair).
#[tokio::test]
async fn the_works_board_and_the_notice_rule_agree() {
    use portineria::core::schema::notices;
    use portineria::notices::rules::{NoticeAction, NoticeScope};
    use portineria::notices::NoticeRow;

    let app = spawn_app().await;
    works_on_every_level(&app).await;
    let guardi = crate::boards::building(&app, "GUA12");
    let pool = connection(&app);
    let mut conn = pool.get().unwrap();
    let works: Vec<NoticeRow> = notices::table
        .filter(notices::kind.eq("works"))
        .filter(notices::building_id.eq(guardi as i32))
        .filter(notices::state.eq("live"))
        .filter(notices::expires_at.is_null())
        .select(NoticeRow::as_select())
        .load(&mut conn)
        .unwrap();
    assert!(works.len() >= 4, "the demo's works and ours");
    let mut some_see_fewer = false;
    for email in DEMO_ACCOUNTS {
        let token = app.api_token(email, "demo").await;
        let res = app
            .api_get(&format!("/api/v1/works?building={guardi}"), &token)
            .await;
        if res.status() == StatusCode::NOT_FOUND {
            continue;
        }
        assert_eq!(res.status(), StatusCode::OK, "{email}");
        let board: serde_json::Value = res.json().await.unwrap();
        let listed: BTreeSet<i64> = board["works"]
            .as_array()
            .unwrap()
            .iter()
            .map(|w| w["id"].as_i64().unwrap())
            .collect();
        let actor = actor_of(&mut conn, email);
        let opened: BTreeSet<i64> = works
            .iter()
            .filter(|n| {
                let scope = NoticeScope::of(&mut conn, n).unwrap();
                portineria::access::allows(&actor, NoticeAction::View(&scope))
            })
            .map(|n| i64::from(n.id))
            .collect();
        assert_eq!(listed, opened, "{email}");
        some_see_fewer |= opened.len() < works.len();
    }
    assert!(
        some_see_fewer,
        "a resident of one stair does not see the other's works"
    );
}

/// Household shares: the rule that opens one flat's share and the filter that lists a
/// building's agree, for every demo account and every flat with a share; only that flat's
/// tenants, the estate's desk and the landlord's managers read one (never technicians,
/// delegates for others' flats, nor admins).
#[tokio::test]
async fn the_share_rule_and_the_share_filter_agree() {
    use portineria::access::{allows, Level, Place};
    use portineria::core::schema::{buildings, stairs, unit_shares, units};
    use portineria::transparency::shares::{shares_of_flats, ShareReaders};
    use portineria::transparency::AccountsAction;

    let app = spawn_app().await;
    let pool = connection(&app);
    let mut conn = pool.get().unwrap();
    let flats: Vec<(i32, i32, i32, i32, i32, String)> = shares_of_flats()
        .select((
            units::id,
            stairs::id,
            buildings::id,
            buildings::estate_id,
            buildings::owner_id,
            units::code,
        ))
        .load(&mut conn)
        .unwrap();
    assert!(flats.len() >= 4, "the demo's shares");
    let mut readable = std::collections::BTreeMap::new();
    for email in DEMO_ACCOUNTS {
        let actor = actor_of(&mut conn, email);
        let in_sql: BTreeSet<i32> = shares_of_flats()
            .filter(ShareReaders::of(&actor).filter())
            .select(unit_shares::unit_id)
            .load::<i32>(&mut conn)
            .unwrap()
            .into_iter()
            .collect();
        let in_rust: BTreeSet<i32> = flats
            .iter()
            .filter(|(unit, stair, building, estate, owner, _)| {
                let flat = Place {
                    level: Level::Unit,
                    unit: Some(*unit),
                    stair: Some(*stair),
                    building: Some(*building),
                    estate: *estate,
                };
                allows(
                    &actor,
                    AccountsAction::ReadShare {
                        unit: flat,
                        owner: Some(*owner),
                    },
                )
            })
            .map(|f| f.0)
            .collect();
        assert_eq!(in_rust, in_sql, "{email}");
        let codes: BTreeSet<&str> = flats
            .iter()
            .filter(|f| in_rust.contains(&f.0))
            .map(|f| f.5.as_str())
            .collect();
        readable.insert(email, codes);
    }
    let all: BTreeSet<&str> = flats.iter().map(|f| f.5.as_str()).collect();
    let aler: BTreeSet<&str> = all
        .iter()
        .copied()
        .filter(|c| c.starts_with("GUA12"))
        .collect();
    let expected: [(&str, BTreeSet<&str>); 8] = [
        ("inquilino@demo.test", ["GUA12-A-21"].into()),
        ("referente@demo.test", ["GUA12-A-32"].into()),
        ("sportello@demo.test", all.clone()),
        ("tecnico.aler@demo.test", BTreeSet::new()),
        ("tecnico.comune@demo.test", BTreeSet::new()),
        ("responsabile.aler@demo.test", aler.clone()),
        ("canoni.aler@demo.test", aler),
        ("admin@demo.test", BTreeSet::new()),
    ];
    for (email, codes) in expected {
        assert_eq!(readable[email], codes, "{email} reads these shares");
    }
}

/// Elections: the rule that opens one and the filter that lists them agree, for every demo
/// account and an election of every stair and building of the estate; residents see their
/// stair's and building's only, the desk all of its estate's, technicians none.
#[tokio::test]
async fn the_election_rule_and_the_election_filter_agree() {
    use portineria::access::allows;
    use portineria::elections::{self, ElectionAction};

    let app = spawn_app().await;
    let desk = app.api_token("sportello@demo.test", "demo").await;
    let places = crate::helpers::database::strings(
        &app.database_url,
        "SELECT 'stair:' || CAST(id AS TEXT) AS s FROM stairs \
         UNION ALL SELECT 'building:' || CAST(id AS TEXT) AS s FROM buildings",
    );
    let soon = |hours| (chrono::Utc::now() + chrono::Duration::hours(hours)).to_rfc3339();
    let mut created = 0;
    for place in &places {
        let (scope_type, scope_id) = place.split_once(':').unwrap();
        let res = app
            .api_post_json(
                "/api/v1/elections",
                &desk,
                serde_json::json!({
                    "scope_type": scope_type, "scope_id": scope_id.parse::<i32>().unwrap(),
                    "seats": 1, "nominations_until": soon(1), "voting_from": soon(2),
                    "voting_until": soon(3), "term_months": 12,
                }),
            )
            .await;
        // The demo's building already has its election under way: one at a time.
        match res.status() {
            StatusCode::CREATED => created += 1,
            StatusCode::CONFLICT => {}
            other => panic!("{place}: {other}"),
        }
    }
    assert_eq!(created, places.len() - 1);
    let pool = connection(&app);
    let mut conn = pool.get().unwrap();
    let admin = actor_of(&mut conn, "admin@demo.test");
    let all = elections::visible(&mut conn, &admin, 10_000).unwrap();
    assert_eq!(
        all.len(),
        places.len(),
        "each place's, the demo's among them"
    );
    let mut seen = std::collections::BTreeMap::new();
    for email in DEMO_ACCOUNTS {
        let actor = actor_of(&mut conn, email);
        let in_sql: BTreeSet<i32> = elections::visible(&mut conn, &actor, 10_000)
            .unwrap()
            .iter()
            .map(|e| e.id)
            .collect();
        let in_rust: BTreeSet<i32> = all
            .iter()
            .filter(|e| allows(&actor, ElectionAction::See { place: e.place() }))
            .map(|e| e.id)
            .collect();
        assert_eq!(in_rust, in_sql, "{email}");
        seen.insert(email, in_sql.len());
    }
    assert_eq!(seen["inquilino@demo.test"], 2, "a stair and a building");
    assert_eq!(seen["tecnico.aler@demo.test"], 0);
    assert_eq!(seen["sportello@demo.test"], all.len());
}
