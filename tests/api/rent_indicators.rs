//! The rent indicators for the lab (`/stats/rent` and its CSV files), without names: what a
//! new household behind, a plan proposed and a request for help add to the figures, worked out
//! by hand against the demo's own; each reader sees only their flats' figures; tenants,
//! delegates and technicians see none.

use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{spawn_app, texts, TestApp};

const HEADER: &str = "kind,unit,period,due_on,item,amount,notice_code,creditor_tax_code,paid_on\n";

/// A CSV of `/stats/rent/{table}.csv` as `login` downloads it: its rows, split.
async fn table(app: &TestApp, login: &str, table: &str) -> Vec<Vec<String>> {
    let browser = app.visitor();
    browser.sign_in_ok(login).await;
    let res = browser.get(&format!("/stats/rent/{table}.csv")).await;
    assert_eq!(res.status(), StatusCode::OK, "{login} {table}");
    let text = res.text().await.unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// This month's arrears row for Guardi 12 (ALER): households, behind, cents behind.
fn guardi_now(rows: &[Vec<String>]) -> [i64; 3] {
    let month = chrono::Local::now()
        .date_naive()
        .format("%Y-%m")
        .to_string();
    let row = rows
        .iter()
        .find(|r| r[0] == month && r[2] == "Caseggiato Guardi 12")
        .unwrap_or_else(|| panic!("no row for {month}: {rows:?}"));
    [3, 4, 5].map(|i| row[i].parse().unwrap())
}

#[tokio::test]
async fn a_household_behind_a_plan_and_a_request_for_help_count_once_each() {
    let app = spawn_app().await;
    let before = table(&app, "canoni.aler@demo.test", "arrears").await;
    let plans_before = table(&app, "canoni.aler@demo.test", "plans").await;
    let help_before = table(&app, "canoni.aler@demo.test", "help").await;

    // A new household of Guardi 12: 120.00 due 20 days ago, 20.00 of it paid.
    let today = chrono::Local::now().date_naive();
    let due = today - chrono::Duration::days(20);
    let file = format!(
        "{HEADER}charge,GUA12-A-02,2031-01,{due},rent,120.00,,,\n\
         payment,GUA12-A-02,,,,20.00,,,{today}\n"
    );
    app.rent_import(&file);
    let after = table(&app, "canoni.aler@demo.test", "arrears").await;
    let (was, now) = (guardi_now(&before), guardi_now(&after));
    assert_eq!(
        [now[0] - was[0], now[1] - was[1], now[2] - was[2]],
        [1, 1, 100_00],
        "one more household, behind by 120.00 - 20.00"
    );

    // A plan proposed for it, and a request for help answered.
    let office = app.api_token("canoni.aler@demo.test", "demo").await;
    let res = app
        .api_post_json(
            "/api/v1/rent/plans",
            &office,
            json!({"unit": "GUA12-A-02", "instalments": [
                {"due_on": (today + chrono::Duration::days(30)).to_string(), "amount_cents": 100_00}
            ]}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let plans = table(&app, "canoni.aler@demo.test", "plans").await;
    let proposed = |rows: &[Vec<String>]| -> i64 {
        rows.iter()
            .find(|r| r[0] == "ALER Milano")
            .map_or(0, |r| r[1].parse().unwrap())
    };
    assert_eq!(proposed(&plans), proposed(&plans_before) + 1, "{plans:?}");

    let desk = app.api_token("sportello@demo.test", "demo").await;
    let res = app
        .api_post_json(
            "/api/v1/rent/help",
            &desk,
            json!({"unit": "GUA12-A-02", "message": "Chiede di pagare a rate, ha perso il lavoro."}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let help = table(&app, "canoni.aler@demo.test", "help").await;
    let month = today.format("%Y-%m").to_string();
    let counts = |rows: &[Vec<String>]| -> [i64; 2] {
        rows.iter()
            .find(|r| r[0] == month && r[1] == "ALER Milano")
            .map_or([0, 0], |r| [r[2].parse().unwrap(), r[3].parse().unwrap()])
    };
    let (was, now) = (counts(&help_before), counts(&help));
    assert_eq!(
        [now[0] - was[0], now[1] - was[1]],
        [1, 0],
        "asked, not answered"
    );

    // The page shows the same figures, in the reader's language.
    let browser = app.visitor();
    browser.sign_in_ok("canoni.aler@demo.test").await;
    let (status, html) = browser.page("/stats/rent").await;
    assert_eq!(status, StatusCode::OK);
    assert!(texts(&html, "caption")
        .iter()
        .any(|c| c.starts_with("Nuclei in ritardo per edificio")));
    assert!(texts(&html, "th[scope=row]")
        .iter()
        .any(|t| t == "Caseggiato Guardi 12"));
}

#[tokio::test]
async fn each_reader_sees_only_their_flats_and_residents_none() {
    let app = spawn_app().await;
    let landlords = |rows: &[Vec<String>]| -> std::collections::BTreeSet<String> {
        rows.iter().map(|r| r[1].clone()).collect()
    };
    let aler = table(&app, "canoni.aler@demo.test", "arrears").await;
    assert_eq!(
        landlords(&aler).into_iter().collect::<Vec<_>>(),
        ["ALER Milano"]
    );
    let manager = table(&app, "responsabile.aler@demo.test", "arrears").await;
    assert_eq!(landlords(&manager), landlords(&aler));
    for login in ["sportello@demo.test", "admin@demo.test"] {
        let all = table(&app, login, "arrears").await;
        assert_eq!(landlords(&all).len(), 2, "{login}: {:?}", landlords(&all));
    }
    for login in [
        "inquilino@demo.test",
        "referente@demo.test",
        "tecnico.aler@demo.test",
    ] {
        let browser = app.visitor();
        browser.sign_in_ok(login).await;
        for path in [
            "/stats/rent",
            "/stats/rent/arrears.csv",
            "/stats/rent/help.csv",
        ] {
            let res = browser.get(path).await;
            assert_eq!(res.status(), StatusCode::NOT_FOUND, "{login} {path}");
        }
    }
}
