//! Rent accounts (DESIGN.md, Rent account): the landlord's file imported by the command line
//! and by the API, all or nothing and once; each household's account read only by that
//! household, its desk and its landlord's managers and rent office; the page in plain words;
//! the pagoPA notice whose QR code a decoder other than ours reads.

use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::images::qr_text;
use crate::helpers::{attr, database, spawn_app, texts, TestApp};
use crate::open311::issue_key;

const HEADER: &str = "kind,unit,period,due_on,item,amount,notice_code,creditor_tax_code,paid_on\n";

/// A month of ALER's for Giulia Colombo's flat, far enough ahead not to meet the demo's months.
fn march_2031() -> String {
    format!(
        "{HEADER}\
         charge,GUA12-A-21,2031-03,2031-03-10,rent,182.40,301203103100000099,80012345670,\n\
         charge,GUA12-A-21,2031-03,2031-03-10,heating,\"64,00\",301203103100000099,80012345670,\n\
         payment,GUA12-A-21,,,,50.00,,,2031-03-02\n\
         payment,GUA12-A-21,,,,50.00,,,2031-03-02\n"
    )
}

fn write(app: &TestApp, name: &str, text: &str) -> String {
    let path = app.data_dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

fn rows(app: &TestApp) -> [i64; 3] {
    [
        app.count("SELECT COUNT(*) AS n FROM rent_charges"),
        app.count("SELECT COUNT(*) AS n FROM rent_payments"),
        app.count("SELECT COUNT(*) AS n FROM rent_charge_changes"),
    ]
}

async fn account(app: &TestApp, login: &str, unit: &str) -> (StatusCode, Value) {
    let token = app.api_token(login, "demo").await;
    let res = app
        .api_get(&format!("/api/v1/rent?unit={unit}"), &token)
        .await;
    let status = res.status();
    (status, res.json().await.unwrap())
}

fn march(account: &Value) -> Vec<(String, i64, i64)> {
    account["charges"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["period"] == "2031-03")
        .map(|c| {
            (
                c["item"].as_str().unwrap().to_string(),
                c["amount_cents"].as_i64().unwrap(),
                c["paid_cents"].as_i64().unwrap(),
            )
        })
        .collect()
}

#[tokio::test]
async fn a_landlords_file_is_imported_once_with_its_changes_kept() {
    let app = spawn_app().await;
    let before = rows(&app);
    let file = write(&app, "march.csv", &march_2031());
    let out = app.cli(&["rent", "import", &file, "--organisation", "aler-milano"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "4 lines: 2 charges added, 0 changed, 2 payments added"
    );
    let after = rows(&app);
    assert_eq!(after, [before[0] + 2, before[1] + 2, before[2]]);
    // Two equal payments on one day are two payments, paying the rent line first (oldest
    // open line of the month: both are due the same day, rent came first in the file).
    let (status, mine) = account(&app, "inquilino@demo.test", "GUA12-A-21").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        march(&mine),
        [("rent".into(), 182_40, 0), ("heating".into(), 64_00, 0)],
        "the month's charges (older open months take the payments first)"
    );

    // The same file again changes nothing.
    let again = app.cli(&["rent", "import", &file, "--organisation", "aler-milano"]);
    assert!(again.status.success());
    assert_eq!(
        String::from_utf8_lossy(&again.stdout).trim(),
        "4 lines: 0 charges added, 0 changed, 0 payments added"
    );
    assert_eq!(rows(&app), after);

    // A corrected charge replaces the figure; what it said before is kept.
    let corrected = march_2031().replace("heating,\"64,00\"", "heating,58.00");
    let file = write(&app, "march-corrected.csv", &corrected);
    let out = app.cli(&["rent", "import", &file, "--organisation", "aler-milano"]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "4 lines: 0 charges added, 1 changed, 0 payments added"
    );
    assert_eq!(rows(&app), [after[0], after[1], after[2] + 1]);
    assert_eq!(
        app.count("SELECT amount_cents AS n FROM rent_charge_changes"),
        64_00
    );
    let (_, mine) = account(&app, "inquilino@demo.test", "GUA12-A-21").await;
    assert_eq!(march(&mine)[1].1, 58_00);
}

/// Equal payment lines are told apart by how many equal ones come before them in their file,
/// counted per flat and per fields (with or without a notice, for one flat or another), so
/// neither the order of lines that differ nor a file read again adds a payment.
#[tokio::test]
async fn equal_payments_count_once_per_line_however_often_the_file_comes() {
    let app = spawn_app().await;
    let paid = |file: &str| {
        let out = app.cli(&["rent", "import", file, "--organisation", "aler-milano"]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let said = String::from_utf8_lossy(&out.stdout).trim().to_string();
        let added = said.rsplit_once(", ").unwrap().1;
        added
            .trim_end_matches(" payments added")
            .parse::<i64>()
            .unwrap()
    };
    let may = |unit: &str| {
        app.count(&format!(
            "SELECT COUNT(*) AS n FROM rent_payments p JOIN units u ON u.id = p.unit_id \
             WHERE u.code = '{unit}' AND p.paid_on > '2031-05-01' AND p.paid_on < '2031-05-31'"
        ))
    };
    let plain = "payment,GUA12-A-21,,,,50.00,,,2031-05-02\n";
    let with_notice = "payment,GUA12-A-21,,,,50.00,301203105100000099,,2031-05-02\n";
    let neighbour = "payment,GUA12-A-32,,,,50.00,,,2031-05-02\n";
    let tenfold = "payment,GUA12-A-21,,,,500.00,,,2031-05-02\n";
    let first = format!("{HEADER}{plain}{with_notice}{neighbour}{plain}{tenfold}");
    let first = write(&app, "may.csv", &first);
    assert_eq!(paid(&first), 5);
    assert_eq!((may("GUA12-A-21"), may("GUA12-A-32")), (4, 1));
    assert_eq!(paid(&first), 0, "the same file again");
    // Lines that are not equal may come in another order: it is still the same file.
    let reordered = format!("{HEADER}{tenfold}{with_notice}{plain}{neighbour}{plain}");
    let reordered = write(&app, "may-reordered.csv", &reordered);
    assert_eq!(paid(&reordered), 0, "the same lines in another order");
    // The file again with one more of each kind of line for her flat: only those are new.
    let more = format!(
        "{HEADER}{plain}{with_notice}{neighbour}{plain}{tenfold}{plain}{with_notice}{tenfold}"
    );
    let more = write(&app, "may-more.csv", &more);
    assert_eq!(paid(&more), 3);
    assert_eq!(paid(&more), 0);
    // The shorter file, and the longer again: nothing is added, nothing taken away.
    assert_eq!(paid(&first), 0);
    assert_eq!(paid(&more), 0);
    assert_eq!((may("GUA12-A-21"), may("GUA12-A-32")), (7, 1));
}

#[tokio::test]
async fn a_bad_file_is_refused_whole_with_each_bad_line_named() {
    let app = spawn_app().await;
    let before = rows(&app);
    let bad = format!(
        "{HEADER}\
         charge,GUA12-A-21,2031-04,2031-04-10,rent,182.40,,,\n\
         charge,GUA12-A-21,2031-4,2031-04-10,rent,182.40,,,\n\
         charge,CIL40-A-02,2031-04,2031-04-10,rent,151.00,,,\n\
         charge,GUA12-A-21,2031-04,2031-04-10,gas,10.00,,,\n\
         charge,GUA12-A-21,2031-04,2031-04-10,water,dieci,,,\n\
         charge,GUA12-A-21,2031-04,2031-04-10,lift,9.50,12345,80012345670,\n\
         payment,GUA12-A-21,,,,-5.00,,,2031-04-02\n\
         refund,GUA12-A-21,,,,5.00,,,2031-04-02\n"
    );
    let file = write(&app, "bad.csv", &bad);
    let out = app.cli(&["rent", "import", &file, "--organisation", "aler-milano"]);
    assert!(!out.status.success(), "a bad file fails the command");
    let stderr = String::from_utf8_lossy(&out.stderr);
    for (line, says) in [
        (3, "Period not valid"),
        // Another landlord's flat is no flat of this one's.
        (4, "No flat CIL40-A-02 among this landlord's"),
        (5, "Item not valid"),
        (6, "Amount not valid"),
        (7, "pagoPA notice code not valid"),
        (8, "Amount not valid"),
        (9, "Kind of line not valid"),
    ] {
        assert!(
            stderr.contains(&format!("line {line}: {says}")),
            "line {line}: {stderr}"
        );
    }
    assert!(!stderr.contains("line 2:"), "line 2 is good: {stderr}");
    assert!(stderr.contains("7 problem(s)"), "{stderr}");
    assert_eq!(rows(&app), before, "nothing was written, not even line 2");
}

#[tokio::test]
async fn a_landlords_system_pushes_its_file_with_the_organisations_key() {
    let app = spawn_app().await;
    let key = issue_key(&app, "aler-milano", &[]);
    let read_only = issue_key(&app, "aler-milano", &["--read-only"]);
    let comune = issue_key(&app, "comune-cinisello", &[]);
    let post = |key: Option<String>, body: String| {
        let mut req = app
            .client
            .post(app.url("/api/v1/rent/import"))
            .header("content-type", "text/csv")
            .header("accept-language", "en")
            .body(body);
        if let Some(key) = key {
            req = req.header("x-api-key", key);
        }
        req.send()
    };
    let res = post(Some(key.clone()), march_2031()).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let done: Value = res.json().await.unwrap();
    assert_eq!(done["charges_added"], 2);
    assert_eq!(done["payments_added"], 2);

    // The Comune's key may not import for ALER's flats: the flat is none of its.
    let res = post(Some(comune), march_2031()).await.unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let refused: Value = res.json().await.unwrap();
    assert_eq!(refused["error"]["code"], "invalid");
    assert_eq!(refused["problems"][0]["line"], 2);
    assert_eq!(
        refused["problems"][0]["message"],
        "No flat GUA12-A-21 among this landlord's."
    );
    assert_eq!(refused["problems"].as_array().unwrap().len(), 4);

    for (key, why) in [(Some(read_only), "read-only key"), (None, "no key")] {
        let res = post(key, march_2031()).await.unwrap();
        assert_eq!(res.status(), StatusCode::FORBIDDEN, "{why}");
    }
    let res = post(Some("not-a-key".into()), march_2031()).await.unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let res = post(Some(key), String::new()).await.unwrap();
    assert_eq!(
        res.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "an empty file"
    );
}

/// Money is private: a flat's account opens for its household, the estate's desk and the owning
/// landlord's managers and rent office; for everyone else it does not exist.
#[tokio::test]
async fn only_the_household_its_desk_and_its_landlord_read_an_account() {
    let app = spawn_app().await;
    let cases = [
        // (login, ALER flat GUA12-A-21, Comune flat CIL40-A-02)
        ("inquilino@demo.test", true, false),
        ("referente@demo.test", false, false),
        ("sportello@demo.test", true, true),
        ("tecnico.aler@demo.test", false, false),
        ("tecnico.comune@demo.test", false, false),
        ("responsabile.aler@demo.test", true, false),
        ("canoni.aler@demo.test", true, false),
        ("admin@demo.test", false, false),
    ];
    for (login, aler, comune) in cases {
        for (unit, allowed) in [("GUA12-A-21", aler), ("CIL40-A-02", comune)] {
            let expected = if allowed {
                StatusCode::OK
            } else {
                StatusCode::NOT_FOUND
            };
            let (status, body) = account(&app, login, unit).await;
            assert_eq!(status, expected, "{login} reads {unit} by the API");
            if allowed {
                assert_eq!(body["unit"], unit);
            }
            let browser = app.visitor();
            browser.sign_in_ok(login).await;
            let (status, _) = browser.page(&format!("/rent?unit={unit}")).await;
            assert_eq!(status, expected, "{login} opens /rent for {unit}");
            let (status, _) = browser
                .page(&format!("/rent/{}/print?unit={unit}", this_month(&app)))
                .await;
            let printable = allowed && unit.starts_with("GUA12");
            assert_eq!(
                status == StatusCode::OK,
                printable,
                "{login} prints {unit}'s notice"
            );
        }
    }
}

/// The demo's latest month (the portal's "this month", in the estate's time zone).
fn this_month(app: &TestApp) -> String {
    let latest = database::strings(
        &app.database_url,
        "SELECT MAX(period) AS s FROM rent_charges WHERE period < '2030'",
    );
    latest[0].clone()
}

/// Up to date, or late since a day and by how much, in the reader's language; every line of
/// every bill with what it is for.
#[tokio::test]
async fn the_page_says_where_a_household_stands_in_plain_words() {
    let app = spawn_app().await;
    let giulia = app.visitor();
    giulia.sign_in_ok("inquilino@demo.test").await;
    let (status, html) = giulia.page("/rent").await;
    assert_eq!(status, StatusCode::OK);
    let standing = texts(&html, ".rent-standing p").join(" ");
    assert!(standing.contains("Sei in regola"), "{standing}");
    let bills = texts(&html, ".rent-bill h3");
    assert_eq!(bills.len(), 12, "a year of bills: {bills:?}");
    let explained = texts(&html, ".rent-what p");
    assert!(
        explained.iter().any(|w| w.contains("ISEE")),
        "the rent line says what it depends on"
    );
    assert!(texts(&html, "a").iter().any(|a| a.contains("pagoPA")));
    assert!(texts(&html, "nav a").iter().any(|a| a == "Affitto e spese"));

    // Salvatore Russo's household left the last two bills unpaid: the page says since when
    // and how much, and offers help, in English for him.
    let salvatore = app.visitor();
    salvatore.sign_in_ok("referente@demo.test").await;
    salvatore
        .submit("/", "/lang", &[("locale", "en"), ("next", "/")])
        .await;
    let (_, html) = salvatore.page("/rent").await;
    let standing = texts(&html, ".rent-standing p").join(" ");
    let (_, account) = account(&app, "referente@demo.test", "GUA12-A-32").await;
    let owed = account["balance_cents"].as_i64().unwrap();
    let euros = format!("€{}.{:02}", owed / 100, owed % 100);
    assert!(
        standing.contains("has not been paid yet") && standing.contains(&euros),
        "{standing} (owes {euros})"
    );
    assert!(standing.contains("The desk can help"), "{standing}");
    assert!(html.contains("late, to pay"), "the late month is marked");
}

/// The notice's QR code says `PAGOPA|002|<notice>|<tax code>|<cents>` as the standard prints
/// it (version 4, error correction M), read by `rqrr`, not by the crate that drew it.
#[tokio::test]
async fn the_printed_notice_carries_the_pagopa_qr_code_of_its_bill() {
    let app = spawn_app().await;
    let (_, account) = account(&app, "inquilino@demo.test", "GUA12-A-21").await;
    let month = this_month(&app);
    let lines: Vec<&Value> = account["charges"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["period"] == month.as_str())
        .collect();
    let total: i64 = lines
        .iter()
        .map(|c| c["amount_cents"].as_i64().unwrap())
        .sum();
    let notice = lines[0]["notice_code"].as_str().unwrap().to_string();
    assert_eq!(notice.len(), 18);

    let giulia = app.visitor();
    giulia.sign_in_ok("inquilino@demo.test").await;
    let (status, html) = giulia.page(&format!("/rent/{month}/print")).await;
    assert_eq!(status, StatusCode::OK);
    let src = attr(&html, "img.pagopa-qr", "src").expect("a QR code");
    let expected = format!("PAGOPA|002|{notice}|80012345670|{total}");
    assert_eq!(qr_text(&src), expected);
    let meta = qr_meta(&src);
    assert_eq!(meta, (4, 0), "version 4, error correction M");
    let code = texts(&html, ".rent-notice-code").join("");
    assert_eq!(code.replace(' ', ""), notice, "the code in large digits");
    assert!(texts(&html, "p").iter().any(|p| p.contains("tabaccaio")));

    for missing in ["2031-13", "1999-01", "nonsense"] {
        let (status, _) = giulia.page(&format!("/rent/{missing}/print")).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{missing}");
    }
}

/// The QR code's version and error-correction level (rqrr: 0 is M).
fn qr_meta(data_url: &str) -> (usize, u16) {
    use base64::Engine;
    let png = data_url.strip_prefix("data:image/png;base64,").unwrap();
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(png)
        .unwrap();
    let image = image::load_from_memory(&bytes).unwrap().to_luma8();
    let mut prepared = rqrr::PreparedImage::prepare(image);
    let grid = prepared.detect_grids().remove(0);
    let (meta, _) = grid.decode().unwrap();
    (meta.version.0, meta.ecc_level)
}

/// Three ALER flats worked by hand, dated from today: one bill unpaid for 20 days; two bills
/// paid ten days late (75 and 35 days ago), nothing owed; bills paid on time. With the demo's
/// household behind since the 10th of last month, the list is exactly: late payer (oldest
/// trouble), the demo's household, the unpaid bill.
#[tokio::test]
async fn the_watch_list_flags_exactly_the_households_the_rules_name() {
    let app = spawn_app().await;
    let today = chrono::Local::now().date_naive();
    let ago = |days: i64| today - chrono::Duration::days(days);
    let charge = |unit: &str, due: chrono::NaiveDate| {
        format!(
            "charge,{unit},{},{due},rent,100.00,,,\n",
            due.format("%Y-%m")
        )
    };
    let payment =
        |unit: &str, day: chrono::NaiveDate| format!("payment,{unit},,,,100.00,,,{day}\n");
    let file = [
        HEADER.to_string(),
        charge("GUA12-A-02", ago(20)),
        charge("GUA12-A-03", ago(75)),
        payment("GUA12-A-03", ago(65)),
        charge("GUA12-A-03", ago(35)),
        payment("GUA12-A-03", ago(25)),
        charge("GUA12-A-04", ago(40)),
        payment("GUA12-A-04", ago(41)),
    ]
    .concat();
    let path = write(&app, "watch.csv", &file);
    let out = app.cli(&["rent", "import", &path, "--organisation", "aler-milano"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    for login in ["canoni.aler@demo.test", "sportello@demo.test"] {
        let token = app.api_token(login, "demo").await;
        let list = app
            .api_json("/api/v1/rent/watch", &token, StatusCode::OK)
            .await;
        let households = list["households"].as_array().unwrap();
        let units: Vec<&str> = households
            .iter()
            .map(|h| h["unit"].as_str().unwrap())
            .collect();
        assert_eq!(units, ["GUA12-A-03", "GUA12-A-32", "GUA12-A-02"], "{login}");
        assert_eq!(households[0]["reasons"][0]["code"], "late_payments");
        assert_eq!(households[0]["reasons"][0]["times"], 2);
        assert_eq!(households[0]["reasons"].as_array().unwrap().len(), 1);
        assert_eq!(households[2]["reasons"][0]["code"], "overdue");
        assert_eq!(households[2]["reasons"][0]["owed_cents"], 100_00);
        assert_eq!(households[2]["reasons"][0]["since"], ago(20).to_string());
        assert_eq!(list["total"], 3);
        let after = app
            .api_json("/api/v1/rent/watch?page=2", &token, StatusCode::OK)
            .await;
        assert_eq!(after["households"], serde_json::json!([]), "one page of 50");
        assert_eq!(after["total"], 3);
    }
    for login in [
        "inquilino@demo.test",
        "referente@demo.test",
        "tecnico.aler@demo.test",
        "responsabile.aler@demo.test",
        "admin@demo.test",
    ] {
        let token = app.api_token(login, "demo").await;
        let res = app.api_get("/api/v1/rent/watch", &token).await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{login}");
        let browser = app.visitor();
        browser.sign_in_ok(login).await;
        let (status, _) = browser.page("/rent/office").await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{login} opens /rent/office");
        let res = browser
            .submit(
                "/",
                "/rent/office/contact",
                &[("unit", "GUA12-A-02"), ("note", "x")],
            )
            .await;
        assert_eq!(
            res.status(),
            StatusCode::NOT_FOUND,
            "{login} records a contact"
        );
    }

    // The rent office calls, and says so: the next person sees it.
    let office = app.visitor();
    office.sign_in_ok("canoni.aler@demo.test").await;
    let res = office
        .submit(
            "/rent/office",
            "/rent/office/contact",
            &[("unit", "GUA12-A-02"), ("note", "Telefonato: paga venerdì")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let desk = app.visitor();
    desk.sign_in_ok("sportello@demo.test").await;
    let (status, html) = desk.page("/rent/office").await;
    assert_eq!(status, StatusCode::OK);
    let cards = texts(&html, "main section");
    let card = cards.iter().find(|c| c.contains("GUA12-A-02")).unwrap();
    assert!(
        card.contains("Telefonato: paga venerdì") && card.contains("Chiara Ferrari"),
        "{card}"
    );
    assert!(card.contains("Bolletta non pagata"), "{card}");
    let res = office
        .submit(
            "/rent/office",
            "/rent/office/contact",
            &[("unit", "GUA12-A-02"), ("note", " ")],
        )
        .await;
    assert_eq!(
        res.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "an empty note"
    );
}

/// "I'm struggling to pay": the household asks; the desk and the rent office see it and
/// answer, and the first answer is recorded; the household follows the thread; nobody else —
/// not a neighbour, a delegate, a technician, the landlord's maintenance manager nor an admin —
/// can open it.
#[tokio::test]
async fn a_request_for_help_is_seen_by_the_desk_and_the_rent_office_and_nobody_else() {
    let app = spawn_app().await;
    let giulia = app.visitor();
    giulia.sign_in_ok("inquilino@demo.test").await;
    let res = giulia
        .submit(
            "/rent",
            "/rent/help",
            &[
                (
                    "message",
                    "Ho perso il lavoro a ottobre, non riesco a pagare tutto.",
                ),
                ("reason", "job_lost"),
                ("reason", "income_changed"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let thread = crate::helpers::location(&res);
    let id: i32 = thread.rsplit('/').next().unwrap().parse().unwrap();

    for login in ["sportello@demo.test", "canoni.aler@demo.test"] {
        let token = app.api_token(login, "demo").await;
        let list = app
            .api_json("/api/v1/rent/requests", &token, StatusCode::OK)
            .await;
        let request = &list["requests"][0];
        assert_eq!(request["id"], id, "{login}");
        assert_eq!(request["unit"], "GUA12-A-21");
        assert_eq!(
            request["reasons"],
            serde_json::json!(["job_lost", "income_changed"])
        );
        assert!(request["first_answer_at"].is_null());
        let asked = request["created_at"].as_str().unwrap();
        assert!(
            chrono::DateTime::parse_from_rfc3339(asked).is_ok(),
            "RFC 3339, as the document says: {asked}"
        );
    }
    for login in [
        "referente@demo.test",
        "tecnico.aler@demo.test",
        "responsabile.aler@demo.test",
        "admin@demo.test",
    ] {
        let browser = app.visitor();
        browser.sign_in_ok(login).await;
        let (status, _) = browser.page(&thread).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{login} opens the thread");
        let res = browser
            .submit("/", &thread, &[("message", "curioso")])
            .await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{login} writes in it");
        let token = app.api_token(login, "demo").await;
        let res = app.api_get("/api/v1/rent/requests", &token).await;
        assert_eq!(
            res.status(),
            StatusCode::NOT_FOUND,
            "{login} lists requests"
        );
    }

    let office = app.visitor();
    office.sign_in_ok("canoni.aler@demo.test").await;
    let (status, html) = office.page("/rent/office").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains(&thread),
        "the office's list links the request"
    );
    let res = office
        .submit(
            &thread,
            &thread,
            &[(
                "message",
                "Grazie di averci scritto: la chiamo domani per un piano a rate.",
            )],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (_, html) = giulia.page(&thread).await;
    let messages = texts(&html, ".rent-thread li");
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert!(messages[0].contains("Ho perso il lavoro") && messages[0].contains("Giulia Colombo"));
    assert!(messages[1].contains("piano a rate") && messages[1].contains("Chiara Ferrari"));
    assert!(texts(&html, "p")
        .iter()
        .any(|p| p.contains("Ho perso il lavoro") || p.contains("reddito")));
    let (_, page) = giulia.page("/rent").await;
    assert!(
        texts(&page, "li")
            .iter()
            .any(|li| li.contains("c'è una risposta")),
        "the household sees it was answered"
    );
    let token = app.api_token("sportello@demo.test", "demo").await;
    let list = app
        .api_json("/api/v1/rent/requests", &token, StatusCode::OK)
        .await;
    assert!(list["requests"][0]["first_answer_at"].is_string());

    // By the API, with the desk writing it down for a tenant sitting in front of them.
    let res = app
        .api_post_json(
            "/api/v1/rent/help",
            &token,
            serde_json::json!({"message": "Chiede aiuto allo sportello", "unit": "CIL40-A-02"}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let tech = app.api_token("tecnico.aler@demo.test", "demo").await;
    let res = app
        .api_post_json(
            "/api/v1/rent/help",
            &tech,
            serde_json::json!({"message": "x", "unit": "GUA12-A-21"}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let res = app
        .api_post_json(
            "/api/v1/rent/help",
            &tenant,
            serde_json::json!({"message": "  "}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

/// A plan fitted to the household: the rent office proposes it, the household accepts it on
/// the page (once, however many clicks), an instalment unpaid ten days after its day is missed
/// and flags the household, and a payment puts it right.
#[tokio::test]
async fn a_repayment_plan_is_proposed_accepted_and_followed() {
    let app = spawn_app().await;
    let today = chrono::Local::now().date_naive();
    let later = |days: i64| (today + chrono::Duration::days(days)).to_string();
    let proposal = serde_json::json!({
        "unit": "GUA12-A-21",
        "instalments": [
            {"due_on": later(5), "amount_cents": 100_00},
            {"due_on": later(35), "amount_cents": 120_00},
        ],
    });
    for login in [
        "sportello@demo.test",
        "responsabile.aler@demo.test",
        "tecnico.aler@demo.test",
        "inquilino@demo.test",
    ] {
        let token = app.api_token(login, "demo").await;
        let res = app
            .api_post_json("/api/v1/rent/plans", &token, proposal.clone())
            .await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{login} proposes");
    }
    let office = app.api_token("canoni.aler@demo.test", "demo").await;
    let mut backwards = proposal.clone();
    backwards["instalments"][0]["due_on"] = serde_json::json!(later(-1));
    let res = app
        .api_post_json("/api/v1/rent/plans", &office, backwards)
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "a day past");
    let res = app
        .api_post_json("/api/v1/rent/plans", &office, proposal)
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let plan: Value = res.json().await.unwrap();
    let id = plan["id"].as_i64().unwrap();

    let (_, mine) = account(&app, "inquilino@demo.test", "GUA12-A-21").await;
    assert_eq!(mine["plan"]["id"], id);
    assert_eq!(mine["plan"]["accepted"], false);
    assert_eq!(mine["plan"]["instalments"][1]["amount_cents"], 120_00);
    assert_eq!(mine["plan"]["instalments"][0]["state"], "upcoming");

    let neighbour = app.visitor();
    neighbour.sign_in_ok("referente@demo.test").await;
    let res = neighbour
        .submit("/", &format!("/rent/plans/{id}/accept"), &[])
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND, "a neighbour accepts");
    let giulia = app.visitor();
    giulia.sign_in_ok("inquilino@demo.test").await;
    let (_, html) = giulia.page("/rent").await;
    assert!(texts(&html, "button")
        .iter()
        .any(|b| b == "Accetto il piano"));
    let res = giulia
        .submit("/rent", &format!("/rent/plans/{id}/accept"), &[])
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let res = app
        .api_post_json(
            &format!("/api/v1/rent/plans/{id}/accept"),
            &tenant,
            Value::Null,
        )
        .await;
    assert_eq!(res.status(), StatusCode::CONFLICT, "accepted once");
    let (_, html) = giulia.page("/rent").await;
    let standing = texts(&html, ".rent-standing p").join(" ");
    assert!(standing.contains("piano di rientro"), "{standing}");

    // Time passes: the first instalment's day was 20 days ago and nothing came in.
    app.sql(&format!(
        "UPDATE rent_plan_instalments SET due_on = '{}' WHERE plan_id = {id} AND amount_cents = 10000",
        later(-20)
    ));
    // The day's look at the list (the housekeeping job) sees it.
    app.housekeeping_ran().await;
    let watch = app
        .api_json("/api/v1/rent/watch", &office, StatusCode::OK)
        .await;
    let flagged = watch["households"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["unit"] == "GUA12-A-21")
        .expect("the household is flagged");
    assert_eq!(
        flagged["reasons"],
        serde_json::json!([{"code": "instalment_missed", "due_on": later(-20), "amount_cents": 100_00}])
    );
    let (_, html) = giulia.page("/rent").await;
    assert!(texts(&html, ".rent-plan td")
        .iter()
        .any(|t| t == "non pagata"));

    // The household pays the instalment: no longer flagged.
    let file = write(
        &app,
        "instalment.csv",
        &format!("{HEADER}payment,GUA12-A-21,,,,100.00,,,{today}\n"),
    );
    let out = app.cli(&["rent", "import", &file, "--organisation", "aler-milano"]);
    assert!(out.status.success());
    let watch = app
        .api_json("/api/v1/rent/watch", &office, StatusCode::OK)
        .await;
    assert!(
        !watch["households"]
            .as_array()
            .unwrap()
            .iter()
            .any(|h| h["unit"] == "GUA12-A-21"),
        "{watch}"
    );
    let (_, mine) = account(&app, "inquilino@demo.test", "GUA12-A-21").await;
    assert_eq!(mine["plan"]["instalments"][0]["state"], "paid");
}
