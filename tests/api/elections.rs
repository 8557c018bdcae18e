//! Delegates chosen by their neighbours: the desk opens an election, residents of the place
//! stand and vote (web, SMS through the real gateway, paper at the desk), one ballot per flat
//! with replacement, results hidden until the close, counted by hand on fixed scenarios (a
//! clear win, a tie that goes to a runoff, a single candidate's yes and no), the winner holding
//! the role until the term's end, and nothing left that links a flat to its choice.

use chrono::{Duration, Utc};
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::helpers::database::number;
use crate::helpers::kannel::Kannel;
use crate::helpers::{spawn_app, spawn_app_with, texts, TestApp};

/// An app whose scheduler waits an hour between rounds, so the desk closes its elections
/// (the scheduler closes them itself in `after_the_close_nothing_links_a_flat_to_its_choice`).
async fn app() -> TestApp {
    spawn_app_with(|c| c.jobs_every = std::time::Duration::from_secs(3600)).await
}

use crate::sms::{app_with_gateway, ROSA, TOKEN};

fn id_of(app: &TestApp, query: &str) -> i64 {
    app.count(&format!("SELECT CAST(({query}) AS BIGINT) AS n"))
}

fn stair_of(app: &TestApp, unit: &str) -> i64 {
    id_of(
        app,
        &format!("SELECT stair_id FROM units WHERE code = '{unit}'"),
    )
}

fn building(app: &TestApp, code: &str) -> i64 {
    id_of(
        app,
        &format!("SELECT id FROM buildings WHERE code = '{code}'"),
    )
}

fn at(offset: Duration) -> String {
    (Utc::now() + offset).to_rfc3339()
}

/// Opens an election (nominations for an hour, voting the hour after); its id.
async fn open(app: &TestApp, desk: &str, scope: (&str, i64), seats: i64) -> i64 {
    let res = app
        .api_post_json(
            "/api/v1/elections",
            desk,
            json!({
                "scope_type": scope.0, "scope_id": scope.1, "seats": seats,
                "nominations_until": at(Duration::hours(1)),
                "voting_from": at(Duration::hours(2)),
                "voting_until": at(Duration::hours(3)),
                "term_months": 24,
            }),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    res.json::<Value>().await.unwrap()["id"].as_i64().unwrap()
}

/// Moves an election's windows so that voting is open now (or, `ended`, has just ended).
fn move_to_voting(app: &TestApp, id: i64, ended: bool) {
    let stamp = |d: Duration| (Utc::now() + d).format("%Y-%m-%d %H:%M:%S").to_string();
    let until = if ended {
        stamp(Duration::seconds(-1))
    } else {
        stamp(Duration::hours(1))
    };
    app.sql(&format!(
        "UPDATE elections SET nominations_until = '{}', voting_from = '{}', voting_until = '{until}' WHERE id = {id}",
        stamp(Duration::hours(-2)),
        stamp(Duration::hours(-1)),
    ));
}

async fn stand(app: &TestApp, token: &str, id: i64, statement: &str) -> i64 {
    let res = app
        .api_post_json(
            &format!("/api/v1/elections/{id}/candidates"),
            token,
            json!({"statement": statement}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    res.json::<Value>().await.unwrap()["id"].as_i64().unwrap()
}

/// Casts a ballot; whether it replaced the flat's earlier one.
async fn vote(app: &TestApp, token: &str, id: i64, ballot: Value) -> bool {
    let res = app
        .api_post_json(&format!("/api/v1/elections/{id}/ballots"), token, ballot)
        .await;
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    res.headers()["x-ballot"] == "replaced"
}

async fn paper(app: &TestApp, desk: &str, id: i64, unit: &str, ballot: Value) {
    let mut body = ballot;
    body["unit"] = json!(unit);
    let res = app
        .api_post_json(&format!("/api/v1/elections/{id}/paper-ballots"), desk, body)
        .await;
    assert_eq!(res.status(), StatusCode::NO_CONTENT, "{unit}");
}

async fn election(app: &TestApp, token: &str, id: i64) -> Value {
    app.api_json(&format!("/api/v1/elections/{id}"), token, StatusCode::OK)
        .await
}

async fn close(app: &TestApp, desk: &str, id: i64) -> Value {
    let res = app
        .api_post_json(&format!("/api/v1/elections/{id}/close"), desk, json!({}))
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    res.json().await.unwrap()
}

fn votes_of(result: &Value, candidate: i64) -> i64 {
    result["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["candidate_id"] == candidate)
        .map(|r| r["votes"].as_i64().unwrap())
        .unwrap_or_else(|| panic!("{candidate} in {result}"))
}

/// The first `n` flats of the stair `unit` is on, by code.
fn flats_of(app: &TestApp, unit: &str, n: usize) -> Vec<String> {
    let stair = stair_of(app, unit);
    crate::helpers::database::strings(
        &app.database_url,
        &format!("SELECT code AS s FROM units WHERE stair_id = {stair} ORDER BY code LIMIT {n}"),
    )
}

/// Fatima (GUA12-A-11) signs in with the demo's paper code: a third resident of stair A.
async fn fatima(app: &TestApp) -> String {
    app.activated("DEMO-CASA-2345", "fatima").await;
    app.api_token("fatima", "una password lunga").await
}

#[tokio::test]
async fn the_desk_opens_residents_of_the_place_stand_and_anyone_else_gets_404() {
    let app = spawn_app().await;
    let desk = app.api_token("sportello@demo.test", "demo").await;
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let technician = app.api_token("tecnico.aler@demo.test", "demo").await;
    let stair_a = stair_of(&app, "GUA12-A-21");
    let elsewhere = stair_of(&app, "MOZ5-B-41");
    let body = json!({
        "scope_type": "stair", "scope_id": stair_a, "seats": 1,
        "nominations_until": at(Duration::hours(1)),
        "voting_from": at(Duration::hours(2)),
        "voting_until": at(Duration::hours(3)),
        "term_months": 24,
    });
    let by_tenant = app
        .api_post_json("/api/v1/elections", &tenant, body.clone())
        .await;
    assert_eq!(by_tenant.status(), StatusCode::NOT_FOUND);
    for (field, bad) in [
        ("seats", json!(0)),
        ("term_months", json!(61)),
        ("voting_until", json!(at(Duration::minutes(90)))),
        ("nominations_until", json!("yesterday")),
        ("scope_type", json!("estate")),
    ] {
        let mut wrong = body.clone();
        wrong[field] = bad;
        let res = app.api_post_json("/api/v1/elections", &desk, wrong).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{field}");
        let error: Value = res.json().await.unwrap();
        assert_eq!(error["error"]["code"], "invalid", "{field}");
    }
    let ours = open(&app, &desk, ("stair", stair_a), 1).await;
    let theirs = open(&app, &desk, ("stair", elsewhere), 1).await;

    // Residents of stair A see theirs and stand; not the other stair's, nor a technician.
    assert_eq!(election(&app, &tenant, ours).await["state"], "nominations");
    let other = app
        .api_get(&format!("/api/v1/elections/{theirs}"), &tenant)
        .await;
    assert_eq!(other.status(), StatusCode::NOT_FOUND);
    let res = app
        .api_post_json(
            &format!("/api/v1/elections/{theirs}/candidates"),
            &tenant,
            json!({"statement": ""}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let res = app
        .api_get(&format!("/api/v1/elections/{ours}"), &technician)
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    stand(&app, &tenant, ours, "Abito qui da vent'anni.").await;
    let long = app
        .api_post_json(
            &format!("/api/v1/elections/{ours}/candidates"),
            &tenant,
            json!({"statement": "x".repeat(601)}),
        )
        .await;
    assert_eq!(long.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let candidates = election(&app, &tenant, ours).await["candidates"].clone();
    assert_eq!(candidates[0]["number"], 1);
    assert_eq!(candidates[0]["statement"], "Abito qui da vent'anni.");
    // Withdrawing before voting opens takes the name off; standing again puts it back.
    let withdraw = app
        .client
        .delete(app.url(&format!("/api/v1/elections/{ours}/candidates/mine")))
        .bearer_auth(&tenant)
        .send()
        .await
        .unwrap();
    assert_eq!(withdraw.status(), StatusCode::NO_CONTENT);
    assert_eq!(election(&app, &tenant, ours).await["candidates"], json!([]));
    stand(&app, &tenant, ours, "Abito qui da vent'anni.").await;

    // No ballot before voting opens; the page shows the rule and the stand form.
    let early = app
        .api_post_json(
            &format!("/api/v1/elections/{ours}/ballots"),
            &tenant,
            json!({"blank": true}),
        )
        .await;
    assert_eq!(early.status(), StatusCode::CONFLICT);
    let page = app.visitor();
    page.sign_in_ok("inquilino@demo.test").await;
    let (status, html) = page.page(&format!("/elections/{ours}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("si torna a votare solo tra loro"),
        "the tie rule is shown"
    );
    assert!(html.contains(r#"action="/elections/"#) && html.contains("/withdraw"));
    let (status, _) = page.page(&format!("/elections/{theirs}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // The board announces the election under way; opening it is in the audit trail.
    let (_, board) = page.page("/board").await;
    assert!(board.contains(&format!("/elections/{ours}")), "{board}");
    assert_eq!(
        app.count(
            "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM audit_log WHERE action = 'election-opened'"
        ),
        3,
        "the two, and the demo's"
    );
}

#[tokio::test]
async fn one_ballot_per_flat_replaced_by_a_later_one_hidden_until_the_close_and_counted_by_hand() {
    let app = app().await;
    let desk = app.api_token("sportello@demo.test", "demo").await;
    let inquilino = app.api_token("inquilino@demo.test", "demo").await;
    let referente = app.api_token("referente@demo.test", "demo").await;
    let fatima = fatima(&app).await;
    let id = open(&app, &desk, ("stair", stair_of(&app, "GUA12-A-21")), 1).await;
    let c_inquilino = stand(&app, &inquilino, id, "").await;
    let c_referente = stand(&app, &referente, id, "Continuo il lavoro.").await;
    let c_fatima = stand(&app, &fatima, id, "").await;
    move_to_voting(&app, id, false);

    // inquilino's flat votes referente, then changes its mind: one ballot, the later one.
    assert!(!vote(&app, &inquilino, id, json!({"candidate_id": c_referente})).await);
    assert!(vote(&app, &inquilino, id, json!({"candidate_id": c_inquilino})).await);
    assert!(!vote(&app, &referente, id, json!({"candidate_id": c_referente})).await);
    // Paper at the desk: three more flats, and Fatima's flat, which then votes on the web.
    paper(
        &app,
        &desk,
        id,
        "GUA12-A-01",
        json!({"candidate_id": c_inquilino}),
    )
    .await;
    paper(
        &app,
        &desk,
        id,
        "GUA12-A-02",
        json!({"candidate_id": c_referente}),
    )
    .await;
    paper(&app, &desk, id, "GUA12-A-03", json!({"blank": true})).await;
    paper(
        &app,
        &desk,
        id,
        "GUA12-A-11",
        json!({"candidate_id": c_fatima}),
    )
    .await;
    assert!(vote(&app, &fatima, id, json!({"candidate_id": c_referente})).await);
    // Not a flat of the stair, not a candidate, no on a contested ballot: refused.
    let res = app
        .api_post_json(
            &format!("/api/v1/elections/{id}/paper-ballots"),
            &desk,
            json!({"unit": "MOZ5-B-41", "blank": true}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    for bad in [
        json!({"candidate_id": 999_999}),
        json!({"against": true}),
        json!({}),
    ] {
        let res = app
            .api_post_json(
                &format!("/api/v1/elections/{id}/ballots"),
                &inquilino,
                bad.clone(),
            )
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
    }
    let res = app
        .api_post_json(
            &format!("/api/v1/elections/{id}/paper-ballots"),
            &inquilino,
            json!({"unit": "GUA12-A-04", "blank": true}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND, "paper is the desk's");

    // While open: turnout, but no result; the page says the flat voted.
    let open_view = election(&app, &inquilino, id).await;
    assert_eq!(open_view["state"], "voting");
    assert_eq!(open_view["turnout"], json!({"units_voted": 6, "units": 28}));
    assert_eq!(open_view["results"], json!([]));
    assert_eq!(open_view["blank"], Value::Null);
    assert_eq!(open_view["my_flat_voted"], true);
    let early = app
        .api_post_json(&format!("/api/v1/elections/{id}/close"), &desk, json!({}))
        .await;
    assert_eq!(
        early.status(),
        StatusCode::CONFLICT,
        "not before the window ends"
    );

    move_to_voting(&app, id, true);
    let result = close(&app, &desk, id).await;
    // By hand: inquilino A-21, A-01; referente A-32, A-02, A-11; fatima none; A-03 blank.
    assert_eq!(result["state"], "closed");
    assert_eq!(votes_of(&result, c_inquilino), 2);
    assert_eq!(votes_of(&result, c_referente), 3);
    assert_eq!(votes_of(&result, c_fatima), 0);
    assert_eq!(result["blank"], 1);
    assert_eq!(result["turnout"], json!({"units_voted": 6, "units": 28}));
    let elected: Vec<&Value> = result["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["elected"] == true)
        .collect();
    assert_eq!(elected.len(), 1);
    assert_eq!(elected[0]["candidate_id"], c_referente);
    let again = app
        .api_post_json(&format!("/api/v1/elections/{id}/close"), &desk, json!({}))
        .await;
    assert_eq!(again.status(), StatusCode::CONFLICT, "one close");

    // The winner holds the role for the term, chosen by the election; the board says so.
    let terms = app.count(&format!(
        "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM role_grants WHERE election_id = {id} \
         AND role = 'stair_delegate' AND ends_at IS NOT NULL"
    ));
    assert_eq!(terms, 1);
    let page = app.visitor();
    page.sign_in_ok("inquilino@demo.test").await;
    let (_, board) = page.page("/board").await;
    let mandates = texts(&board, "li .hint");
    assert!(
        mandates.iter().any(|m| m.contains("6") && m.contains("28")),
        "{mandates:?}"
    );
    let (_, html) = page.page(&format!("/elections/{id}")).await;
    assert!(html.contains("3 voti"), "the result on the page");

    // At the term's end the role ends with it.
    app.sql(&format!(
        "UPDATE role_grants SET ends_at = '2020-01-01 00:00:00' WHERE election_id = {id}"
    ));
    let me = app.api_json("/api/v1/me", &referente, StatusCode::OK).await;
    let roles: Vec<&str> = me["roles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["role"].as_str().unwrap())
        .collect();
    assert!(!roles.contains(&"stair_delegate"), "{roles:?}");
}

#[tokio::test]
async fn a_tie_for_the_seat_goes_to_a_runoff_between_the_tied_and_a_single_candidate_needs_more_yes_than_no(
) {
    let app = app().await;
    let desk = app.api_token("sportello@demo.test", "demo").await;
    let inquilino = app.api_token("inquilino@demo.test", "demo").await;
    let referente = app.api_token("referente@demo.test", "demo").await;
    let fatima = fatima(&app).await;
    let id = open(&app, &desk, ("stair", stair_of(&app, "GUA12-A-21")), 1).await;
    let a = stand(&app, &inquilino, id, "").await;
    let b = stand(&app, &referente, id, "").await;
    let c = stand(&app, &fatima, id, "").await;
    move_to_voting(&app, id, false);
    let flats = flats_of(&app, "GUA12-A-21", 5);
    for (unit, candidate) in flats.iter().zip([a, a, b, b, c]) {
        paper(&app, &desk, id, unit, json!({"candidate_id": candidate})).await;
    }
    move_to_voting(&app, id, true);
    let result = close(&app, &desk, id).await;
    assert!(result["results"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["elected"] == false));
    let runoff = result["runoff"].as_i64().expect("a runoff");
    let second = election(&app, &inquilino, runoff).await;
    assert_eq!(second["state"], "voting");
    assert_eq!(second["runoff_of"], id);
    let names: Vec<&str> = second["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names.len(), 2, "only the tied: {names:?}");
    assert!(!names.contains(&"Fatima El Amrani"));

    // The place has its runoff under way: no second election beside it.
    let twice = app
        .api_post_json(
            "/api/v1/elections",
            &desk,
            json!({
                "scope_type": "stair", "scope_id": stair_of(&app, "GUA12-A-21"), "seats": 1,
                "nominations_until": at(Duration::hours(1)),
                "voting_from": at(Duration::hours(2)),
                "voting_until": at(Duration::hours(3)),
                "term_months": 24,
            }),
        )
        .await;
    assert_eq!(twice.status(), StatusCode::CONFLICT);

    // Another stair's election with one candidate: yes 2, no 1, blank 1 elects him.
    let giuseppe = {
        app.activated("DEMO-CASA-3456", "giuseppe").await;
        app.api_token("giuseppe", "una password lunga").await
    };
    let stair_b = stair_of(&app, "MOZ5-B-41");
    let flats = flats_of(&app, "MOZ5-B-41", 4);
    let single = open(&app, &desk, ("stair", stair_b), 1).await;
    let only = stand(&app, &giuseppe, single, "").await;
    move_to_voting(&app, single, false);
    for (flat, ballot) in flats.iter().zip([
        json!({"candidate_id": only}),
        json!({"candidate_id": only}),
        json!({"against": true}),
        json!({"blank": true}),
    ]) {
        paper(&app, &desk, single, flat, ballot).await;
    }
    move_to_voting(&app, single, true);
    let result = close(&app, &desk, single).await;
    assert_eq!(votes_of(&result, only), 2);
    assert_eq!(result["against"], 1);
    assert_eq!(result["blank"], 1);
    assert_eq!(result["results"][0]["elected"], true);
}

/// After an election, nothing kept links a flat to what it chose: the ballots are counted and
/// gone with the election's key; what remains of the flats (that they voted, and how) has no
/// time, order or choice; the audit trail, the messages sent and the export name no choice.
#[tokio::test]
async fn after_the_close_nothing_links_a_flat_to_its_choice() {
    let app = spawn_app().await;
    let desk = app.api_token("sportello@demo.test", "demo").await;
    let inquilino = app.api_token("inquilino@demo.test", "demo").await;
    let referente = app.api_token("referente@demo.test", "demo").await;
    let id = open(&app, &desk, ("stair", stair_of(&app, "GUA12-A-21")), 1).await;
    let a = stand(&app, &inquilino, id, "").await;
    let b = stand(&app, &referente, id, "").await;
    move_to_voting(&app, id, false);
    vote(&app, &inquilino, id, json!({"candidate_id": b})).await;
    paper(&app, &desk, id, "GUA12-A-01", json!({"candidate_id": a})).await;
    let during = app.count(&format!(
        "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM election_ballots WHERE election_id = {id}"
    ));
    assert_eq!(during, 2, "ballots are kept while voting is open");
    move_to_voting(&app, id, true);
    app.housekeeping_ran().await;
    let result = election(&app, &desk, id).await;
    assert_eq!(
        result["state"], "closed",
        "closed by the scheduler at the window's end"
    );

    let left = app.count(&format!(
        "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM election_ballots WHERE election_id = {id}"
    ));
    assert_eq!(left, 0, "the ballots are gone");
    let keys = app.count(&format!(
        "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM elections WHERE id = {id} AND ballot_key IS NOT NULL"
    ));
    assert_eq!(keys, 0, "the key is destroyed");
    // What is kept of a flat's vote: the election, the flat, the channel — nothing else.
    let columns = crate::helpers::database::strings(
        &app.database_url,
        &column_names_query(&app, "election_voters"),
    );
    let mut columns = columns;
    columns.sort();
    assert_eq!(columns, ["channel", "election_id", "unit_id"]);
    // No table but the candidates' names a candidate: the audit lines of paper ballots carry
    // the flat, never the choice.
    let audit = crate::helpers::database::strings(
        &app.database_url,
        "SELECT details AS s FROM audit_log WHERE action = 'paper-ballot-recorded'",
    );
    assert_eq!(audit.len(), 1);
    let details: Value = serde_json::from_str(&audit[0]).unwrap();
    let mut keys: Vec<&String> = details.as_object().unwrap().keys().collect();
    keys.sort();
    assert_eq!(keys, ["election_id", "unit"]);
    for table in ["outbox", "election_inbox", "election_events", "sms_inbound"] {
        for column in
            crate::helpers::database::strings(&app.database_url, &column_names_query(&app, table))
        {
            assert!(
                !column.contains("candidate") && !column.contains("choice"),
                "{table}.{column}"
            );
        }
    }
    let export = app.visitor();
    export.sign_in_ok("inquilino@demo.test").await;
    let zip = export.get("/profile/export").await.bytes().await.unwrap();
    let text = String::from_utf8_lossy(&zip).to_lowercase();
    assert!(!text.contains("ballot") && !text.contains("candidate"));
}

fn column_names_query(app: &TestApp, table: &str) -> String {
    if app.database_url.starts_with("sqlite://") {
        format!("SELECT name AS s FROM pragma_table_info('{table}')")
    } else {
        format!(
            "SELECT CAST(column_name AS TEXT) AS s FROM information_schema.columns \
             WHERE table_name = '{table}' AND table_schema = current_schema()"
        )
    }
}

#[tokio::test]
async fn a_phone_votes_by_sms_through_the_gateway_and_its_later_text_replaces_the_first() {
    let mut kannel = Kannel::reserve();
    let app = app_with_gateway(&kannel).await;
    kannel.start(&app.address, TOKEN).await;
    let desk = app.api_token("sportello@demo.test", "demo").await;
    app.activated("DEMO-CASA-4567", "ion").await;
    let ion = app.api_token("ion", "una password lunga").await;
    // Rosa (CIL40-A-02, a phone only) and Ion (CIL40-C-02) live in building CIL40.
    let id = open(&app, &desk, ("building", building(&app, "CIL40")), 1).await;
    let only = stand(&app, &ion, id, "Mi occupo del cortile.").await;
    let rosa = kannel.phone(ROSA);

    rosa.send("VOTO 1").await;
    let none = rosa.wait_for_text("Nessun voto aperto").await;
    assert!(none.text.contains("Nessun voto aperto"), "{none:?}");

    move_to_voting(&app, id, false);
    rosa.send("VOTO 1").await;
    let first = rosa.wait_for_text("Voto registrato").await;
    assert!(
        first.text.contains("CIL40") || first.text.contains("Cilea"),
        "{first:?}"
    );
    assert!(
        !first.text.contains("Ion"),
        "the confirmation names no choice: {first:?}"
    );
    rosa.send("VOTO NO").await;
    let second = rosa.wait_for_text("sostituisce").await;
    assert!(second.text.starts_with("Voto registrato"), "{second:?}");
    rosa.send("VOTO 7").await;
    let unknown = rosa.wait_for_text("VOTO 1").await;
    assert!(unknown.text.contains("VOTO NO"), "{unknown:?}");

    let view = election(&app, &desk, id).await;
    assert_eq!(view["turnout"]["units_voted"], 1, "one flat, counted once");
    move_to_voting(&app, id, true);
    app.housekeeping_ran().await;
    let result = election(&app, &desk, id).await;
    assert_eq!(result["state"], "closed");
    assert_eq!(votes_of(&result, only), 0);
    assert_eq!(result["against"], 1, "the later text counted");
    assert_eq!(result["results"][0]["elected"], false);
}

/// Twelve clicks at once: one flat's twelve ballots leave one ballot and one flat voted;
/// twelve closes (the desk's, at once) count once, grant the role once and tell once.
#[tokio::test]
async fn twelve_simultaneous_ballots_and_closes_make_one_each() {
    let app = app().await;
    let desk = app.api_token("sportello@demo.test", "demo").await;
    let inquilino = app.api_token("inquilino@demo.test", "demo").await;
    let id = open(&app, &desk, ("stair", stair_of(&app, "GUA12-A-21")), 1).await;
    let only = stand(&app, &inquilino, id, "").await;
    move_to_voting(&app, id, false);
    let path = format!("/api/v1/elections/{id}/ballots");
    let ballots =
        (0..12).map(|_| app.api_post_json(&path, &inquilino, json!({"candidate_id": only})));
    for res in futures_util::future::join_all(ballots).await {
        assert_eq!(res.status(), StatusCode::NO_CONTENT);
    }
    let count =
        |what: &str| app.count(&format!("SELECT CAST(COUNT(*) AS BIGINT) AS n FROM {what}"));
    assert_eq!(
        count(&format!("election_voters WHERE election_id = {id}")),
        1
    );
    assert_eq!(
        count(&format!("election_ballots WHERE election_id = {id}")),
        1
    );
    move_to_voting(&app, id, true);
    let path = format!("/api/v1/elections/{id}/close");
    let closes = (0..12).map(|_| app.api_post_json(&path, &desk, json!({})));
    let statuses: Vec<StatusCode> = futures_util::future::join_all(closes)
        .await
        .iter()
        .map(|r| r.status())
        .collect();
    assert_eq!(
        statuses.iter().filter(|s| **s == StatusCode::OK).count(),
        1,
        "{statuses:?}"
    );
    assert!(statuses
        .iter()
        .all(|s| *s == StatusCode::OK || *s == StatusCode::CONFLICT));
    assert_eq!(count(&format!("role_grants WHERE election_id = {id}")), 1);
    assert_eq!(
        count(&format!(
            "election_events WHERE election_id = {id} AND kind = 'result'"
        )),
        1
    );
    assert_eq!(
        election(&app, &inquilino, id).await["results"][0]["votes"],
        1
    );
}

/// The place hears of each step by its inbox and its channels (a mail for those with an
/// address): nominations open, voting open (when the scheduler sees it has), the result; the
/// desk hears of the result and, two months before the winner's term ends, once, of that.
#[tokio::test]
async fn the_place_hears_of_each_step_and_the_desk_of_a_term_ending() {
    let app = spawn_app().await;
    let desk = app.api_token("sportello@demo.test", "demo").await;
    let inquilino = app.api_token("inquilino@demo.test", "demo").await;
    let id = open(&app, &desk, ("stair", stair_of(&app, "GUA12-A-21")), 1).await;
    let tenant = app.visitor();
    tenant.sign_in_ok("inquilino@demo.test").await;
    tenant
        .inbox_with(|t| t.contains("Si elegge il referente"))
        .await;
    let mails_to = |who: &str, subject: &str| {
        app.count(&format!(
            "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM outbox WHERE recipient = '{who}' \
             AND subject LIKE '%{subject}%'"
        ))
    };
    assert_eq!(mails_to("inquilino@demo.test", "Si elegge il referente"), 1);
    let outsider = mails_to("tecnico.aler@demo.test", "Si elegge");
    assert_eq!(outsider, 0, "only the place");

    let candidate = stand(&app, &inquilino, id, "").await;
    move_to_voting(&app, id, false);
    tenant.inbox_with(|t| t.contains("Si vota")).await;
    vote(&app, &inquilino, id, json!({"candidate_id": candidate})).await;
    move_to_voting(&app, id, true);
    tenant
        .inbox_with(|t| t.contains("Il risultato dell'elezione"))
        .await;
    let operator = app.visitor();
    operator.sign_in_ok("sportello@demo.test").await;
    operator
        .inbox_with(|t| t.contains("Il risultato dell'elezione"))
        .await;

    // A month before the term ends: the desk is reminded, once.
    let soon = (Utc::now() + Duration::days(30)).format("%Y-%m-%d %H:%M:%S");
    app.sql(&format!(
        "UPDATE role_grants SET ends_at = '{soon}' WHERE election_id = {id}"
    ));
    operator
        .inbox_with(|t| t.contains("Un incarico finisce presto"))
        .await;
    app.housekeeping_ran().await;
    let reminders = app.count(&format!(
        "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM election_events \
         WHERE election_id = {id} AND kind = 'term_ending'"
    ));
    assert_eq!(reminders, 1);
}

/// The real binary logging at `info`, as in production: after a flat votes by SMS, on the web
/// and on paper, and the election closes, its log holds no ballot — not the text `VOTO 1`, not
/// the number that sent it, not a choice — and no message sent names a candidate.
#[tokio::test]
async fn the_servers_log_and_messages_hold_no_ballot() {
    use crate::helpers::database::{execute, strings, TestDatabase};
    use crate::helpers::process::Server;

    let dir = tempfile::tempdir().unwrap();
    let database = TestDatabase::create(dir.path());
    let server = Server::new(&database.url, dir.path().join("data"));
    let log_path = dir.path().join("server.log");
    let log = std::fs::File::create(&log_path).unwrap();
    let mut child = server
        .command()
        .env("RUST_LOG", "info")
        .env("PORTINERIA_SMS_INBOUND_TOKEN", TOKEN)
        .stdout(log.try_clone().unwrap())
        .stderr(log)
        .spawn()
        .unwrap();
    let client = reqwest::Client::new();
    server.ready(&client).await;
    let granted = server.run(&[
        "user",
        "grant",
        "inquilino@demo.test",
        "tenant",
        "CIL40-C-01",
    ]);
    assert!(granted.status.success(), "{granted:?}");
    let desk = server.token(&client, "sportello@demo.test").await;
    let tenant = server.token(&client, "inquilino@demo.test").await;
    let post = |path: String, token: String, body: Value| {
        client
            .post(format!("{}/api/v1{path}", server.base()))
            .bearer_auth(token)
            .json(&body)
            .send()
    };
    let building = number(
        &database.url,
        "SELECT CAST(id AS BIGINT) AS n FROM buildings WHERE code = 'CIL40'",
    );
    let opened: Value = post(
        "/elections".into(),
        desk.clone(),
        json!({
            "scope_type": "building", "scope_id": building, "seats": 1,
            "nominations_until": at(Duration::hours(1)),
            "voting_from": at(Duration::hours(2)),
            "voting_until": at(Duration::hours(3)),
            "term_months": 24,
        }),
    )
    .await
    .unwrap()
    .json()
    .await
    .unwrap();
    let id = opened["id"].as_i64().unwrap();
    let candidate: Value = post(
        format!("/elections/{id}/candidates"),
        tenant.clone(),
        json!({}),
    )
    .await
    .unwrap()
    .json()
    .await
    .unwrap();
    let candidate = candidate["id"].as_i64().unwrap();
    let stamp = |d: Duration| (Utc::now() + d).format("%Y-%m-%d %H:%M:%S").to_string();
    let windows = |until: Duration| {
        format!(
            "UPDATE elections SET nominations_until = '{}', voting_from = '{}', \
             voting_until = '{}' WHERE id = {id}",
            stamp(Duration::hours(-2)),
            stamp(Duration::hours(-1)),
            stamp(until),
        )
    };
    execute(&database.url, &windows(Duration::hours(1)));

    let query: String = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("token", TOKEN)
        .append_pair("from", ROSA)
        .append_pair("to", "4000")
        .append_pair("text", "VOTO 1")
        .append_pair("coding", "0")
        .append_pair("charset", "UTF-8")
        .append_pair("id", "vote-1")
        .finish();
    let sms = client
        .get(format!("{}/sms/inbound?{query}", server.base()))
        .send()
        .await
        .unwrap();
    assert!(sms.status().is_success(), "{}", sms.status());
    let web = post(
        format!("/elections/{id}/ballots"),
        tenant.clone(),
        json!({"candidate_id": candidate}),
    )
    .await
    .unwrap();
    assert_eq!(web.status(), StatusCode::NO_CONTENT);
    let paper = post(
        format!("/elections/{id}/paper-ballots"),
        desk.clone(),
        json!({"unit": "CIL40-A-01", "blank": true}),
    )
    .await
    .unwrap();
    assert_eq!(paper.status(), StatusCode::NO_CONTENT);
    execute(&database.url, &windows(Duration::seconds(-1)));
    let closed = post(format!("/elections/{id}/close"), desk.clone(), json!({}))
        .await
        .unwrap();
    // The desk or the server's own round closes it; either way, it is closed once.
    assert!(closed.status() == StatusCode::OK || closed.status() == StatusCode::CONFLICT);
    let result: Value = client
        .get(format!("{}/api/v1/elections/{id}", server.base()))
        .bearer_auth(&desk)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(result["state"], "closed");
    assert_eq!(result["turnout"]["units_voted"], 3);
    assert_eq!(
        votes_of(&result, candidate),
        2,
        "Rosa's text and the web ballot"
    );
    child.kill().unwrap();
    child.wait().unwrap();

    let log = std::fs::read_to_string(&log_path).unwrap();
    assert!(
        log.contains("election closed"),
        "the log is the server's: {log}"
    );
    let name = result["results"][0]["name"].as_str().unwrap().to_string();
    for secret in [
        "VOTO",
        "voto+1",
        ROSA,
        "%2B39333",
        "candidate_id",
        name.as_str(),
    ] {
        assert!(!log.contains(secret), "the log holds {secret:?}:\n{log}");
    }
    for text in strings(&database.url, "SELECT body_text AS s FROM outbox") {
        assert!(!text.contains(&name), "a message names a candidate: {text}");
    }
}
