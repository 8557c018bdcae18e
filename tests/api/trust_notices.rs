//! Trust in the boards (issue 25): only those who post directly mark a notice urgent or pin it,
//! and an author's change to an approved proposal waits for approval again; an edit is checked
//! as posting its new kind; the works board shows only what its reader may open, and staff
//! change works only where their landlord posts them; the kit checks the place it is asked
//! for; simultaneous approvals make one.

use futures_util::future::join_all;
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::boards::{building, id_of, notice, post, stair};
use crate::helpers::{attr, spawn_app, spawn_app_with, SmtpSink, TestApp};

fn events(app: &TestApp, id: i64, kind: &str) -> i64 {
    app.count(&format!(
        "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM notice_events WHERE notice_id = {id} AND kind = '{kind}'"
    ))
}

async fn edit(app: &TestApp, token: &str, id: i64, body: Value) -> (StatusCode, Value) {
    let res = app
        .api_post_json(&format!("/api/v1/notices/{id}"), token, body)
        .await;
    let status = res.status();
    (status, res.json().await.unwrap_or(Value::Null))
}

fn ids(list: &Value) -> Vec<i64> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_i64().unwrap())
        .collect()
}

/// A refusal a person can read: a 422 with a message in their language, not the key.
fn assert_refused(status: StatusCode, body: &Value, what: &str) {
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{what}: {body}");
    assert_eq!(body["error"]["code"], "invalid", "{what}");
    let message = body["error"]["message"].as_str().unwrap_or_default();
    assert!(
        !message.is_empty() && !message.starts_with("notice-"),
        "{what}: {message}"
    );
}

#[tokio::test]
async fn a_resident_cannot_make_a_proposal_urgent_and_an_edit_of_an_approved_one_waits_again() {
    let smtp = SmtpSink::start().await;
    let app = spawn_app_with(|c| c.smtp_url = Some(smtp.url.clone())).await;
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let delegate = app.api_token("referente@demo.test", "demo").await;
    let mut offer = notice(
        "stair",
        stair(&app, "GUA12", "A"),
        "Offro passaggi al mercato",
    );
    offer["kind"] = json!("offer_seek");
    for flag in ["urgent", "pinned"] {
        let mut flagged = offer.clone();
        flagged[flag] = json!(true);
        let (status, body) = post(&app, &tenant, flagged).await;
        assert_refused(status, &body, flag);
    }
    let (status, created) = post(&app, &tenant, offer.clone()).await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let id = created["id"].as_i64().unwrap();
    let res = app
        .api_post_json(
            &format!("/api/v1/notices/{id}/approve"),
            &delegate,
            json!({}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    app.settled_notices().await;

    // Turning it urgent afterwards is refused; it stays as approved.
    let mut urgent = offer.clone();
    urgent["title"] = json!("URGENTE: acqua contaminata, leggete qui");
    urgent["urgent"] = json!(true);
    let (status, body) = edit(&app, &tenant, id, urgent).await;
    assert_refused(status, &body, "urgent on edit");
    let shown = app
        .api_json(&format!("/api/v1/notices/{id}"), &tenant, StatusCode::OK)
        .await;
    assert_eq!(shown["state"], "live");
    assert_eq!(shown["urgent"], false);

    // A plain change by its author goes back to the delegate: off the board, nobody told.
    let mut changed = offer.clone();
    changed["title"] = json!("Offro passaggi al mercato e in farmacia");
    let (status, body) = edit(&app, &tenant, id, changed).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["state"], "pending");
    let board = app
        .api_json("/api/v1/notices", &delegate, StatusCode::OK)
        .await;
    assert!(!ids(&board["notices"]).contains(&id), "not on the board");
    assert!(ids(&board["pending"]).contains(&id), "waiting for approval");
    let fatima = app.activated("DEMO-CASA-2345", "fatima").await;
    let (_, page) = fatima.page("/board").await;
    assert!(!page.contains("in farmacia"), "a neighbour does not see it");
    app.settled_notices().await;
    assert_eq!(
        events(&app, id, "published"),
        1,
        "published once, when approved"
    );
    app.mail_settled().await;
    assert!(smtp.messages().is_empty(), "no mail: {:?}", smtp.messages());

    // The page offers the tenant no urgent or pinned box.
    let browser = app.visitor();
    browser.sign_in_ok("inquilino@demo.test").await;
    let (status, form) = browser.page(&format!("/notices/{id}/edit")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(attr(&form, r#"input[name="urgent"]"#, "name").is_none());
    assert!(attr(&form, r#"input[name="pinned"]"#, "name").is_none());
}

#[tokio::test]
async fn an_edit_is_checked_as_posting_its_new_kind() {
    let app = spawn_app().await;
    let delegate = app.api_token("referente@demo.test", "demo").await;
    let aler = app.api_token("tecnico.aler@demo.test", "demo").await;
    let giulia = app.api_token("inquilino@demo.test", "demo").await;
    let guardi = building(&app, "GUA12");

    // A delegate's agency notice does not become the landlord's planned works.
    let mut agency = notice("stair", stair(&app, "GUA12", "A"), "Lavori in cortile");
    agency["kind"] = json!("agency");
    let (status, created) = post(&app, &delegate, agency.clone()).await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let id = created["id"].as_i64().unwrap();
    let mut works = agency.clone();
    works["kind"] = json!("works");
    works["progress"] = json!("in_progress");
    works["services"] = json!(["water"]);
    let (status, body) = edit(&app, &delegate, id, works).await;
    assert_refused(status, &body, "delegate to works");
    let board = app
        .api_json(
            &format!("/api/v1/works?building={guardi}"),
            &giulia,
            StatusCode::OK,
        )
        .await;
    assert!(
        !ids(&board["works"]).contains(&id),
        "not on the works board"
    );

    // A technician's works do not become agency or rules notices.
    let mut works = notice("building", guardi, "Rifacimento del tetto");
    works["kind"] = json!("works");
    let (status, created) = post(&app, &aler, works.clone()).await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let id = created["id"].as_i64().unwrap();
    for kind in ["agency", "rules"] {
        let mut turned = works.clone();
        turned["kind"] = json!(kind);
        let (status, body) = edit(&app, &aler, id, turned).await;
        assert_refused(status, &body, kind);
    }
    let shown = app
        .api_json(&format!("/api/v1/notices/{id}"), &aler, StatusCode::OK)
        .await;
    assert_eq!(shown["kind"], "works");
    // What they may post, they may still change.
    let mut later = works.clone();
    later["progress"] = json!("suspended");
    let (status, body) = edit(&app, &aler, id, later).await;
    assert_eq!(status, StatusCode::OK, "{body}");
}

#[tokio::test]
async fn the_works_board_lists_only_what_its_reader_may_open() {
    let app = spawn_app().await;
    let aler = app.api_token("tecnico.aler@demo.test", "demo").await;
    let giulia = app.api_token("inquilino@demo.test", "demo").await;
    let guardi = building(&app, "GUA12");
    let mut posted = vec![];
    for (code, title) in [("A", "Tubature scala A"), ("B", "Tubature scala B")] {
        let mut works = notice("stair", stair(&app, "GUA12", code), title);
        works["kind"] = json!("works");
        let (status, created) = post(&app, &aler, works).await;
        assert_eq!(status, StatusCode::CREATED, "{created}");
        posted.push(created["id"].as_i64().unwrap());
    }
    // Giulia lives on stair A: its works, not stair B's, by the API and on the page.
    let board = app.api_json("/api/v1/works", &giulia, StatusCode::OK).await;
    let listed = ids(&board["works"]);
    assert!(listed.contains(&posted[0]), "{board}");
    assert!(
        !listed.contains(&posted[1]),
        "another stair's works: {board}"
    );
    let browser = app.visitor();
    browser.sign_in_ok("inquilino@demo.test").await;
    let (status, page) = browser.page("/works").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Tubature scala A"));
    assert!(!page.contains("Tubature scala B"));
    // The landlord's staff see both.
    let board = app
        .api_json(
            &format!("/api/v1/works?building={guardi}"),
            &aler,
            StatusCode::OK,
        )
        .await;
    let listed = ids(&board["works"]);
    assert!(posted.iter().all(|id| listed.contains(id)), "{board}");
}

#[tokio::test]
async fn staff_change_works_only_where_their_landlord_posts_them() {
    let app = spawn_app().await;
    let desk = app.api_token("sportello@demo.test", "demo").await;
    let estate = id_of(&app, "estates WHERE code = 'CIN-SE'");
    let mut works = notice("estate", estate, "Potatura degli alberi del quartiere");
    works["kind"] = json!("works");
    let (status, created) = post(&app, &desk, works.clone()).await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let id = created["id"].as_i64().unwrap();
    for staff in ["tecnico.comune@demo.test", "tecnico.aler@demo.test"] {
        let token = app.api_token(staff, "demo").await;
        let mut changed = works.clone();
        changed["title"] = json!("Potatura rinviata");
        let (status, _) = edit(&app, &token, id, changed).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{staff} edits");
        let res = app
            .api_post_json(
                &format!("/api/v1/notices/{id}/progress"),
                &token,
                json!({"progress": "done"}),
            )
            .await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{staff} moves it on");
    }
    let shown = app
        .api_json(&format!("/api/v1/notices/{id}"), &desk, StatusCode::OK)
        .await;
    assert_eq!(shown["title"], "Potatura degli alberi del quartiere");
    assert_eq!(shown["progress"], "planned");
}

/// A second estate with one building of ALER's, for pairs that do not belong together.
fn other_estate(app: &TestApp) -> (i64, i64) {
    app.sql("INSERT INTO estates (code, name, city) VALUES ('MON-SF', 'Quartiere San Fruttuoso', 'Monza')");
    app.sql(
        "INSERT INTO buildings (estate_id, owner_id, code, name, address) \
         SELECT e.id, o.id, 'FRU1', 'Caseggiato Frutteto 1', 'Via Frutteto 1, Monza' \
         FROM estates e, organisations o WHERE e.code = 'MON-SF' AND o.code = 'aler-milano'",
    );
    (
        id_of(app, "estates WHERE code = 'MON-SF'"),
        building(app, "FRU1"),
    )
}

#[tokio::test]
async fn the_kit_is_written_only_for_a_building_of_the_estate_named() {
    let app = spawn_app().await;
    let (other, frutteto) = other_estate(&app);
    let estate = id_of(&app, "estates WHERE code = 'CIN-SE'");
    let guardi = building(&app, "GUA12");
    let own_editor = format!("/welcome/edit?estate={estate}&building={guardi}");
    let section = |estate: i64, building: i64| {
        [
            ("estate", estate.to_string()),
            ("building", building.to_string()),
            ("topic", "rules".to_string()),
            ("locale", "it".to_string()),
            ("title", "Regole nuove".to_string()),
            ("body", "Scritte altrove.".to_string()),
        ]
    };
    // The delegate of a stair of via Guardi proposes for via Guardi "in" another estate; the
    // desk of CIN-SE writes for another estate's building "in" CIN-SE.
    for (who, estate, building) in [
        ("referente@demo.test", other, guardi),
        ("sportello@demo.test", estate, frutteto),
    ] {
        let browser = app.visitor();
        browser.sign_in_ok(who).await;
        let fields = section(estate, building);
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let res = browser.submit(&own_editor, "/welcome/edit", &fields).await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{who}");
        let (status, _) = browser
            .page(&format!(
                "/welcome/edit?estate={estate}&building={building}"
            ))
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{who} opens the editor");
    }
    assert_eq!(
        app.count(&format!(
            "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM kit_sections WHERE estate_id = {other} OR building_id = {frutteto}"
        )),
        0
    );
}

#[tokio::test]
async fn twelve_simultaneous_approvals_make_one() {
    let smtp = SmtpSink::start().await;
    let app = spawn_app_with(|c| c.smtp_url = Some(smtp.url.clone())).await;
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let delegate = app.api_token("referente@demo.test", "demo").await;
    let desk = app.api_token("sportello@demo.test", "demo").await;
    let mut offer = notice(
        "stair",
        stair(&app, "GUA12", "A"),
        "Cerco una scala a pioli",
    );
    offer["kind"] = json!("offer_seek");
    let (status, created) = post(&app, &tenant, offer.clone()).await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let id = created["id"].as_i64().unwrap();
    // The desk marks it urgent while it waits, so its approval tells the stair.
    let mut urgent = offer.clone();
    urgent["urgent"] = json!(true);
    let (status, body) = edit(&app, &desk, id, urgent).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["state"], "pending");

    let path = format!("/api/v1/notices/{id}/approve");
    let answers = join_all((0..12).map(|_| app.api_post_json(&path, &delegate, json!({})))).await;
    let mut statuses = vec![];
    for res in answers {
        let status = res.status();
        if status == StatusCode::CONFLICT {
            let body: Value = res.json().await.unwrap();
            assert_eq!(body["error"]["code"], "conflict");
            let message = body["error"]["message"].as_str().unwrap();
            assert!(!message.starts_with("notice-"), "{message}");
        }
        statuses.push(status);
    }
    let won = statuses.iter().filter(|s| **s == StatusCode::OK).count();
    let lost = statuses
        .iter()
        .filter(|s| **s == StatusCode::CONFLICT)
        .count();
    assert_eq!((won, lost), (1, 11), "{statuses:?}");
    assert_eq!(events(&app, id, "approved"), 1);
    assert_eq!(events(&app, id, "published"), 1);
    app.settled_notices().await;
    smtp.wait_for(2).await;
    app.mail_settled().await;
    assert_eq!(
        smtp.messages().len(),
        2,
        "one mail each for the stair's two residents with an address"
    );
    // A removal that comes second is told so too.
    let removal = format!("/api/v1/notices/{id}/remove");
    let answers = join_all(
        (0..12).map(|_| app.api_post_json(&removal, &delegate, json!({"reason": "Trovata"}))),
    )
    .await;
    let removed: Vec<StatusCode> = answers.iter().map(|r| r.status()).collect();
    assert_eq!(
        removed.iter().filter(|s| **s == StatusCode::OK).count(),
        1,
        "{removed:?}"
    );
    assert!(removed
        .iter()
        .all(|s| [StatusCode::OK, StatusCode::CONFLICT].contains(s)));
    assert_eq!(events(&app, id, "removed"), 1);
}

#[tokio::test]
async fn twelve_simultaneous_reviews_of_a_kit_proposal_make_one() {
    let app = spawn_app().await;
    let estate = id_of(&app, "estates WHERE code = 'CIN-SE'");
    let guardi = building(&app, "GUA12");
    let editor = format!("/welcome/edit?estate={estate}&building={guardi}");
    let delegate = app.visitor();
    delegate.sign_in_ok("referente@demo.test").await;
    let res = delegate
        .submit(
            &editor,
            "/welcome/edit",
            &[
                ("estate", &estate.to_string()),
                ("building", &guardi.to_string()),
                ("topic", "waste"),
                ("locale", "it"),
                ("title", "La carta"),
                ("body", "La carta si porta giù il martedì."),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let desk = app.visitor();
    desk.sign_in_ok("sportello@demo.test").await;
    let (_, page) = desk.page(&editor).await;
    let review = attr(&page, r#"form[action^="/welcome/proposals/"]"#, "action").unwrap();
    let approve = [("decision", "approve")];
    let reject = [("decision", "reject")];
    let answers = join_all((0..12).map(|i| {
        let decision: &[(&str, &str)] = if i % 2 == 0 { &approve } else { &reject };
        desk.submit(&editor, &review, decision)
    }))
    .await;
    let statuses: Vec<StatusCode> = answers.iter().map(|r| r.status()).collect();
    assert_eq!(
        statuses
            .iter()
            .filter(|s| **s == StatusCode::SEE_OTHER)
            .count(),
        1,
        "{statuses:?}"
    );
    assert!(statuses
        .iter()
        .all(|s| [StatusCode::SEE_OTHER, StatusCode::CONFLICT].contains(s)));
    let proposal: i64 = review.rsplit('/').next().unwrap().parse().unwrap();
    assert_eq!(
        app.count(&format!(
            "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM kit_texts WHERE id = {proposal} AND state IN ('current', 'rejected') AND reviewed_by IS NOT NULL"
        )),
        1
    );
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) AS n FROM kit_texts WHERE state = 'proposed'"),
        0,
        "nothing left waiting"
    );
}
