//! The welcome kit, the works board, the accounts, printing and feeds.

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::boards::{building, post, stair};
use crate::helpers::{attr, spawn_app, texts};

#[tokio::test]
async fn a_households_share_is_its_own_and_imports_are_all_or_nothing() {
    let app = spawn_app().await;
    let mine = |v: &Value| -> Vec<String> {
        v["shares"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["amount"].as_str().unwrap().to_string())
            .collect()
    };
    let giulia = app.api_token("inquilino@demo.test", "demo").await;
    let accounts = app
        .api_json("/api/v1/transparency", &giulia, StatusCode::OK)
        .await;
    assert_eq!(
        mine(&accounts),
        ["812,40 €"],
        "her own flat's share, not her neighbours'"
    );
    assert!(accounts["years"][0]["total"]
        .as_str()
        .unwrap()
        .contains("72.536,45"));
    assert!(!accounts["contracts"].as_array().unwrap().is_empty());
    let salvatore = app.api_token("referente@demo.test", "demo").await;
    assert_eq!(
        mine(
            &app.api_json("/api/v1/transparency", &salvatore, StatusCode::OK)
                .await
        ),
        ["798,15 €"]
    );
    let desk = app.api_token("sportello@demo.test", "demo").await;
    let guardi = building(&app, "GUA12");
    let all = app
        .api_json(
            &format!("/api/v1/transparency?building={guardi}"),
            &desk,
            StatusCode::OK,
        )
        .await;
    assert_eq!(mine(&all).len(), 3, "the desk sees every flat's share");
    // Giuseppe, of via Mozart, sees his own building and not via Guardi's.
    let giuseppe = app.activated("DEMO-CASA-3456", "giuseppe").await;
    let (_, page) = giuseppe.page("/transparency").await;
    assert!(page.contains("540,30"));
    assert!(!page.contains("812,40"));
    assert_eq!(
        giuseppe
            .get(&format!("/transparency?building={guardi}"))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );

    // The desk imports a file: one bad line and nothing is written, each problem by line.
    let operator = app.visitor();
    operator.sign_in_ok("sportello@demo.test").await;
    let upload = |csv: &'static str| {
        let operator = &operator;
        async move {
            let (_, html) = operator
                .page(&format!("/transparency?building={guardi}"))
                .await;
            let form = reqwest::multipart::Form::new()
                .text("_csrf", crate::helpers::csrf_of(&html))
                .text("kind", "expenses")
                .part(
                    "file",
                    reqwest::multipart::Part::bytes(csv.as_bytes().to_vec()).file_name("spese.csv"),
                );
            operator
                .post_multipart(&format!("/transparency/import?building={guardi}"), form)
                .await
        }
    };
    let res = upload("building_code,year,item,amount\nGUA12,2026,Pulizie,\"1.000,00\"\nXX99,2026,Luce,10\nGUA12,duemila,Verde,5\n").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problems = texts(&res.text().await.unwrap(), "[role=alert] li");
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(
        problems[0].starts_with("Riga 3:") && problems[1].starts_with("Riga 4:"),
        "{problems:?}"
    );
    let before = app
        .api_json(
            &format!("/api/v1/transparency?building={guardi}"),
            &desk,
            StatusCode::OK,
        )
        .await;
    assert_eq!(
        before["years"].as_array().unwrap().len(),
        1,
        "nothing was imported"
    );
    let res = upload("building_code,year,item,amount\nGUA12,2026,Pulizie,\"1.000,00\"\nGUA12,2026,Luce,\"250,50\"\n").await;
    assert_eq!(res.status(), StatusCode::OK);
    let after = app
        .api_json(
            &format!("/api/v1/transparency?building={guardi}"),
            &desk,
            StatusCode::OK,
        )
        .await;
    assert_eq!(after["years"][0]["year"], 2026);
    assert_eq!(after["years"][0]["total"], "1250,50 €");
    // A tenant cannot import.
    let tenant = app.visitor();
    tenant.sign_in_ok("inquilino@demo.test").await;
    let res = tenant
        .submit(
            "/transparency",
            "/transparency",
            &[
                ("kind", "expenses"),
                ("building_code", "GUA12"),
                ("year", "2026"),
                ("item", "X"),
                ("amount", "1"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_kit_is_read_in_ones_language_and_written_with_tenants() {
    let app = spawn_app().await;
    let visitor = app.visitor();
    visitor.sign_in_ok("inquilino@demo.test").await;
    let (_, kit) = visitor.page("/welcome?lang=en").await;
    assert!(
        texts(&kit, "h2").contains(&"Useful numbers and opening hours".to_string())
            || texts(&kit, "h2").contains(&"Numeri utili e orari".to_string())
    );
    // The delegate proposes an addition for via Guardi 12 in Italian only; the desk approves it.
    let delegate = app.visitor();
    delegate.sign_in_ok("referente@demo.test").await;
    let guardi = building(&app, "GUA12");
    let estate = crate::boards::id_of(&app, "estates WHERE code = 'CIN-SE'");
    let editor = format!("/welcome/edit?estate={estate}&building={guardi}");
    let (status, _) = delegate.page(&editor).await;
    assert_eq!(status, StatusCode::OK);
    let res = delegate
        .submit(
            &editor,
            "/welcome/edit",
            &[
                ("estate", &estate.to_string()),
                ("building", &guardi.to_string()),
                ("topic", "rules"),
                ("locale", "it"),
                ("title", "Le biciclette"),
                (
                    "body",
                    "Le biciclette si lasciano nel locale del piano terra.",
                ),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (_, before) = visitor.page("/welcome").await;
    assert!(
        !before.contains("Le biciclette"),
        "a proposal is not in the kit yet"
    );
    let desk = app.visitor();
    desk.sign_in_ok("sportello@demo.test").await;
    let (_, page) = desk.page(&editor).await;
    let review = attr(&page, r#"form[action^="/welcome/proposals/"]"#, "action").unwrap();
    let res = desk
        .submit(&editor, &review, &[("decision", "approve")])
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    // In English the addition is shown in Italian, and says so.
    let giulia = app.api_token("inquilino@demo.test", "demo").await;
    visitor
        .submit("/", "/lang", &[("locale", "en"), ("next", "/")])
        .await;
    let kit: Value = reqwest::Client::new()
        .get(app.url("/api/v1/welcome-kit"))
        .bearer_auth(&giulia)
        .header("accept-language", "en")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let sections = kit["sections"].as_array().unwrap();
    assert!(sections
        .iter()
        .any(|s| s["title"] == "Useful numbers and opening hours" && s["in_italian"] == false));
    let bikes = sections
        .iter()
        .find(|s| s["title"] == "Le biciclette")
        .expect("the approved addition");
    assert_eq!(bikes["in_italian"], true);
    let (_, page) = visitor.page("/welcome").await;
    assert!(page.contains("Not translated yet: shown in Italian."));
    // A tenant neither writes nor proposes.
    assert_eq!(visitor.get(&editor).await.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_works_board_shows_works_and_reports_and_staff_move_works_on() {
    let app = spawn_app().await;
    let giulia = app.api_token("inquilino@demo.test", "demo").await;
    let works = app.api_json("/api/v1/works", &giulia, StatusCode::OK).await;
    let lift = works["works"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["title"] == "Sostituzione dell'ascensore della scala A")
        .expect("the demo's lift works")
        .clone();
    assert_eq!(lift["progress"], "in_progress");
    assert_eq!(lift["services"], json!(["lift"]));
    assert!(
        !works["reports"].as_array().unwrap().is_empty(),
        "common-area reports being worked on"
    );
    let id = lift["id"].as_i64().unwrap();
    let res = app
        .api_post_json(
            &format!("/api/v1/notices/{id}/progress"),
            &giulia,
            json!({"progress": "done"}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND, "residents read it");
    let aler = app.api_token("tecnico.aler@demo.test", "demo").await;
    let res = app
        .api_post_json(
            &format!("/api/v1/notices/{id}/progress"),
            &aler,
            json!({"progress": "suspended"}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let tech = app.visitor();
    tech.sign_in_ok("tecnico.aler@demo.test").await;
    let (_, page) = tech
        .page(&format!("/works?building={}", building(&app, "GUA12")))
        .await;
    assert!(page.contains("Sospesi"));
    let comune = app.api_token("tecnico.comune@demo.test", "demo").await;
    let res = app
        .api_post_json(
            &format!("/api/v1/notices/{id}/progress"),
            &comune,
            json!({"progress": "done"}),
        )
        .await;
    assert_eq!(
        res.status(),
        StatusCode::NOT_FOUND,
        "not the Comune's building"
    );
}

#[tokio::test]
async fn the_printed_sheet_leads_to_the_notice_and_feeds_parse_with_other_parsers() {
    let app = spawn_app().await;
    let delegate = app.api_token("referente@demo.test", "demo").await;
    let mut event = json!({"scope_type": "stair", "scope_id": stair(&app, "GUA12", "A"), "kind": "event", "title": "Castagnata", "body": "Portate le castagne."});
    event["event_at"] = json!("2026-12-12T16:00:00+01:00");
    event["event_place"] = json!("Androne della scala A");
    let (status, body) = post(&app, &delegate, event).await;
    assert_eq!(status, StatusCode::CREATED);
    let id = body["id"].as_i64().unwrap();
    let visitor = app.visitor();
    visitor.sign_in_ok("inquilino@demo.test").await;
    let (status, sheet) = visitor.page(&format!("/notices/{id}/print")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(sheet.contains("/static/print.css"));
    let codes: Vec<String> = {
        let doc = scraper::Html::parse_document(&sheet);
        let sel = scraper::Selector::parse("img.qr").unwrap();
        doc.select(&sel)
            .map(|i| i.value().attr("src").unwrap().to_string())
            .collect()
    };
    assert_eq!(codes.len(), 2);
    assert_eq!(
        crate::helpers::images::qr_text(&codes[0]),
        format!("http://portineria.test/notices/{id}")
    );
    assert_eq!(
        crate::helpers::images::qr_text(&codes[1]),
        "http://portineria.test/reports/new?where=stair"
    );

    let (_, board) = visitor.page("/board").await;
    let atom_url = attr(
        &board,
        r#"link[rel="alternate"][type="application/atom+xml"]"#,
        "href",
    )
    .unwrap();
    let atom = reqwest::get(app.url(&atom_url.replace("http://portineria.test", "")))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let feed = feed_rs::parser::parse(atom.as_bytes()).expect("Atom parses");
    assert!(feed
        .entries
        .iter()
        .any(|e| e.title.as_ref().unwrap().content == "Castagnata"));
    for personal in ["Salvatore", "Russo", "Giulia", "demo.test"] {
        assert!(!atom.contains(personal), "the feed names {personal}");
    }
    let ics_url = attr(&board, "#calendar-url", "value").unwrap();
    let ics = reqwest::get(app.url(&ics_url.replace("http://portineria.test", "")))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let calendar = ical::IcalParser::new(std::io::BufReader::new(ics.as_bytes()))
        .next()
        .unwrap()
        .expect("iCalendar parses");
    let castagnata = calendar
        .events
        .iter()
        .find(|e| {
            e.properties
                .iter()
                .any(|p| p.name == "SUMMARY" && p.value.as_deref() == Some("Castagnata"))
        })
        .expect("the event");
    let start = castagnata
        .properties
        .iter()
        .find(|p| p.name == "DTSTART")
        .unwrap()
        .value
        .clone()
        .unwrap();
    assert_eq!(start, "20261212T160000");
    // A new address revokes the old.
    let res = visitor.submit("/board", "/board/feed", &[]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        reqwest::get(app.url(&atom_url.replace("http://portineria.test", "")))
            .await
            .unwrap()
            .status(),
        StatusCode::NOT_FOUND
    );
}
