//! Indicators on a fixed dataset, checked against figures worked out by hand: six reports of
//! January and February 2024 (before any demo report), three for each landlord.
//!
//! ALER Milano (Guardi 12, plumbing):
//! - A1, 10 Jan: answered after 24 h, fixed after 72 h, closed by the tenant ("fixed": yes).
//! - A2, 15 Jan: answered after 48 h, fixed after 120 h; the tenant said "no" once, then "yes".
//! - A3, 1 Feb: answered after 96 h, still scheduled, past its deadline (overdue).
//!
//! First answer 24, 48, 96 h: median 48 h (2.0 days), 90th percentile 48 + 0.8 × 48 = 86.4 h
//! (3.6 days). Fixed 72, 120 h: median 96 h (4.0 days), p90 72 + 0.9 × 48 = 115.2 h (4.8 days).
//! Reopened: 1 of the 2 ever fixed (50 %).
//!
//! Comune di Cinisello (Mozart 5, heating):
//! - C1, 20 Jan: answered after 240 h, fixed after 480 h, waiting for the tenant's answer.
//! - C2, 5 Feb: never answered, past its deadline (overdue).
//! - C3, 10 Feb: answered after 24 h, handled by the residents themselves.
//!
//! First answer 24, 240 h: median 132 h (5.5 days), p90 24 + 0.9 × 216 = 218.4 h (9.1 days).
//! Fixed 480 h: 20.0 days. Handled by residents: 1 of 3 (33.3 %).
//!
//! Visits in the flat: ALER's A1 found nobody home once, then was done; A2's one visit was done;
//! A3's visit is still planned: 1 of 3 found nobody home (33.3 %). Comune's one visit (C1) was
//! made without the tenant, with their permission: none counts.

use reqwest::StatusCode;

use crate::helpers::{spawn_app, spawn_app_with, texts, TestApp};

const PERIOD: &str = "from=2024-01&to=2024-02";

fn seed(app: &TestApp) {
    let tenant = "(SELECT id FROM users WHERE email = 'inquilino@demo.test')";
    let report = |reference: &str,
                  building: &str,
                  owner: &str,
                  category: &str,
                  status: &str,
                  created: &str,
                  answered: Option<u32>,
                  fixed: Option<u32>,
                  due: &str| {
        let after = |hours: Option<u32>| match hours {
            Some(h) => format!("CAST('{created}' AS TIMESTAMP) + INTERVAL '{h} hours'"),
            None => "NULL".into(),
        };
        let sqlite_after = |hours: Option<u32>| match hours {
            Some(h) => format!("datetime('{created}', '+{h} hours')"),
            None => "NULL".into(),
        };
        let postgres = !app.database_url.starts_with("sqlite");
        let (answered, fixed) = if postgres {
            (after(answered), after(fixed))
        } else {
            (sqlite_after(answered), sqlite_after(fixed))
        };
        format!(
            "INSERT INTO reports (reference, category_id, location, building_id, estate_id, \
             description, status, priority, organisation_id, private, filed_by, filed_for, \
             created_at, updated_at, first_response_at, resolved_at, response_due_at, \
             resolution_due_at) VALUES ('{reference}', \
             (SELECT id FROM categories WHERE code = '{category}'), 'building', \
             (SELECT id FROM buildings WHERE code = '{building}'), \
             (SELECT id FROM estates WHERE code = 'CIN-SE'), \
             'Chiamare Mario Rossi al 333 1234567 o mario.rossi@example.org', '{status}', \
             'normal', (SELECT id FROM organisations WHERE code = '{owner}'), FALSE, {tenant}, \
             {tenant}, '{created}', '{created}', {answered}, {fixed}, '{due}', '{due}');"
        )
    };
    let event = |reference: &str, kind: &str, from: &str, to: &str, at: &str| {
        format!(
            "INSERT INTO report_events (report_id, kind, from_status, to_status, body, public, \
             actor_id, created_at, notified_at) VALUES \
             ((SELECT id FROM reports WHERE reference = '{reference}'), '{kind}', '{from}', \
             '{to}', '', TRUE, {tenant}, '{at}', '{at}');"
        )
    };
    let visit = |reference: &str, status: &str, day: &str, without_tenant: bool| {
        let nobody_home = status == "nobody_home";
        let status = if nobody_home { "done" } else { status };
        format!(
            "INSERT INTO visits (report_id, technician_id, starts_at, ends_at, status, notes, \
             created_at, updated_at, without_tenant, nobody_home) VALUES \
             ((SELECT id FROM reports WHERE reference = '{reference}'), \
             (SELECT id FROM users WHERE email = 'tecnico.aler@demo.test'), '{day} 09:00:00', \
             '{day} 10:00:00', '{status}', '', '{day} 08:00:00', '{day} 10:00:00', \
             {without_tenant}, {nobody_home});"
        )
    };
    let statements = [
        report(
            "T-A1",
            "GUA12",
            "aler-milano",
            "plumbing",
            "closed",
            "2024-01-10 08:00:00",
            Some(24),
            Some(72),
            "2024-01-20 00:00:00",
        ),
        report(
            "T-A2",
            "GUA12",
            "aler-milano",
            "plumbing",
            "closed",
            "2024-01-15 08:00:00",
            Some(48),
            Some(120),
            "2024-01-30 00:00:00",
        ),
        report(
            "T-A3",
            "GUA12",
            "aler-milano",
            "plumbing",
            "scheduled",
            "2024-02-01 08:00:00",
            Some(96),
            None,
            "2024-02-10 00:00:00",
        ),
        report(
            "T-C1",
            "MOZ5",
            "comune-cinisello",
            "heating",
            "resolved",
            "2024-01-20 08:00:00",
            Some(240),
            Some(480),
            "2024-03-01 00:00:00",
        ),
        report(
            "T-C2",
            "MOZ5",
            "comune-cinisello",
            "heating",
            "received",
            "2024-02-05 08:00:00",
            None,
            None,
            "2024-02-07 00:00:00",
        ),
        report(
            "T-C3",
            "MOZ5",
            "comune-cinisello",
            "heating",
            "handled_by_residents",
            "2024-02-10 08:00:00",
            Some(24),
            None,
            "2024-03-01 00:00:00",
        ),
        event(
            "T-A1",
            "status",
            "resolved",
            "closed",
            "2024-01-14 08:00:00",
        ),
        event(
            "T-A2",
            "reopened",
            "resolved",
            "received",
            "2024-01-18 08:00:00",
        ),
        event(
            "T-A2",
            "status",
            "resolved",
            "closed",
            "2024-01-22 08:00:00",
        ),
        visit("T-A1", "nobody_home", "2024-01-11", false),
        visit("T-A1", "done", "2024-01-12", false),
        visit("T-A2", "done", "2024-01-17", false),
        visit("T-A3", "planned", "2024-02-12", false),
        visit("T-C1", "done", "2024-01-25", true),
    ];
    app.sql(&statements.join("\n"));
}

/// Signs in and reads in `locale` from then on (the profile's language wins over `?lang=`).
async fn signed_in(app: &TestApp, account: &str, locale: &str) {
    app.sign_in_ok(account).await;
    reads_in(app, locale).await;
}

async fn reads_in(app: &TestApp, locale: &str) {
    let res = app
        .submit("/profile", "/lang", &[("locale", locale), ("next", "/")])
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
}

/// The cells of the row whose header is `label` in the table captioned `caption`.
fn row(html: &str, caption: &str, label: &str) -> Vec<String> {
    let doc = scraper::Html::parse_document(html);
    let tables = scraper::Selector::parse("table").unwrap();
    let caption_sel = scraper::Selector::parse("caption").unwrap();
    let rows = scraper::Selector::parse("tbody tr").unwrap();
    let cells = scraper::Selector::parse("th, td").unwrap();
    let text = |e: scraper::ElementRef| e.text().collect::<String>().trim().to_string();
    let table = doc
        .select(&tables)
        .find(|t| {
            t.select(&caption_sel)
                .next()
                .is_some_and(|c| text(c) == caption)
        })
        .unwrap_or_else(|| panic!("no table {caption}"));
    table
        .select(&rows)
        .map(|r| r.select(&cells).map(text).collect::<Vec<_>>())
        .find(|cells| cells[0] == label)
        .unwrap_or_else(|| panic!("no row {label} in {caption}"))
}

#[tokio::test]
async fn indicators_match_figures_worked_out_by_hand() {
    let app = spawn_app().await;
    seed(&app);
    signed_in(&app, "responsabile.aler@demo.test", "en").await;
    let (status, html) = app.page(&format!("/stats?{PERIOD}")).await;
    assert_eq!(status, StatusCode::OK, "{html}");
    // received, open, overdue, answer median/p90, fix median/p90, reopened, by residents,
    // "fixed?" yes/no, visits in the flat, nobody home
    assert_eq!(
        row(&html, "By landlord", "ALER Milano")[1..],
        [
            "3", "1", "1", "2.0 days", "3.6 days", "4.0 days", "4.8 days", "50.0%", "0.0%", "2",
            "0", "3", "33.3%"
        ]
    );
    assert_eq!(
        row(&html, "By landlord", "Comune di Cinisello Balsamo")[1..],
        [
            "3",
            "1",
            "1",
            "5.5 days",
            "9.1 days",
            "20.0 days",
            "20.0 days",
            "0.0%",
            "33.3%",
            "0",
            "0",
            "0",
            "—"
        ]
    );
    assert_eq!(row(&html, "By month", "January 2024")[1], "3");
    assert_eq!(row(&html, "By month", "February 2024")[1], "3");
    assert_eq!(
        texts(&html, ".lead"),
        vec!["From January 2024 to February 2024"]
    );
    // The chart has the same medians, with a text alternative.
    assert!(html.contains("<svg"), "a chart");
    assert!(texts(&html, "svg text").contains(&"2.0 days".to_string()));

    // In Italian, with Italian numbers and months.
    reads_in(&app, "it").await;
    let (_, html) = app.page(&format!("/stats?{PERIOD}")).await;
    assert_eq!(
        row(&html, "Per ente gestore", "ALER Milano")[4..6],
        ["2,0 giorni", "3,6 giorni"]
    );
    assert_eq!(row(&html, "Per mese", "gennaio 2024")[1], "3");

    // Filters: one landlord, one category.
    let (_, html) = app.page(&format!("/stats?{PERIOD}&category=heating")).await;
    assert_eq!(
        row(&html, "Per ente gestore", "Comune di Cinisello Balsamo")[1],
        "3"
    );
    assert!(!html.contains(">ALER Milano</th>"), "only heating reports");
}

/// One more ALER report of January 2024, as T-A1 was.
fn one_more_aler_report(app: &TestApp) {
    app.sql(
        "INSERT INTO reports (reference, category_id, location, building_id, estate_id, \
         description, status, priority, organisation_id, private, filed_by, filed_for, \
         created_at, updated_at, first_response_at, resolved_at, response_due_at, \
         resolution_due_at) SELECT 'T-A4', category_id, location, building_id, estate_id, \
         description, status, priority, organisation_id, private, filed_by, filed_for, \
         created_at, updated_at, first_response_at, resolved_at, response_due_at, \
         resolution_due_at FROM reports WHERE reference = 'T-A1';",
    );
}

#[tokio::test]
async fn indicators_are_kept_a_few_minutes_and_say_when_they_were_worked_out() {
    let app = spawn_app().await;
    seed(&app);
    signed_in(&app, "responsabile.aler@demo.test", "en").await;
    let (_, html) = app.page(&format!("/stats?{PERIOD}")).await;
    assert_eq!(row(&html, "By landlord", "ALER Milano")[1], "3");
    let note = texts(&html, ".hint").join(" ");
    assert!(note.contains("refreshed every 5 minutes"), "{note}");
    one_more_aler_report(&app);
    // The same figures, kept: the database is not read again for them...
    let (_, html) = app.page(&format!("/stats?{PERIOD}")).await;
    assert_eq!(row(&html, "By landlord", "ALER Milano")[1], "3");
    // ...while other filters are worked out now.
    let (_, html) = app
        .page(&format!("/stats?{PERIOD}&category=plumbing"))
        .await;
    assert_eq!(row(&html, "By landlord", "ALER Milano")[1], "4");

    // Kept for no time at all: every read works them out.
    let app = spawn_app_with(|c| c.stats_max_age = std::time::Duration::ZERO).await;
    seed(&app);
    signed_in(&app, "responsabile.aler@demo.test", "en").await;
    let (_, html) = app.page(&format!("/stats?{PERIOD}")).await;
    assert_eq!(row(&html, "By landlord", "ALER Milano")[1], "3");
    one_more_aler_report(&app);
    let (_, html) = app.page(&format!("/stats?{PERIOD}")).await;
    assert_eq!(row(&html, "By landlord", "ALER Milano")[1], "4");
}

#[tokio::test]
async fn indicator_tables_and_reports_export_as_csv_without_personal_data() {
    let app = spawn_app().await;
    seed(&app);
    signed_in(&app, "sportello@demo.test", "en").await;
    let res = app.get(&format!("/stats/landlord.csv?{PERIOD}")).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    let body = res.text().await.unwrap();
    let mut table = csv::Reader::from_reader(body.as_bytes());
    let rows: Vec<csv::StringRecord> = table.records().map(Result::unwrap).collect();
    let aler = rows
        .iter()
        .find(|r| &r[0] == "ALER Milano")
        .expect("ALER's row");
    assert_eq!(&aler[4], "48.0");
    assert_eq!(&aler[5], "86.4");
    assert_eq!(&aler[6], "96.0");
    assert_eq!(&aler[7], "115.2");
    assert_eq!((&aler[12], &aler[13]), ("3", "33.3"), "visits, nobody home");
    let comune = rows
        .iter()
        .find(|r| &r[0] == "Comune di Cinisello Balsamo")
        .unwrap();
    assert_eq!(&comune[4], "132.0");
    assert_eq!(&comune[5], "218.4");

    let res = app.get(&format!("/stats/reports.csv?{PERIOD}")).await;
    assert_eq!(res.status(), StatusCode::OK);
    let body = res.text().await.unwrap();
    let mut reports = csv::Reader::from_reader(body.as_bytes());
    let headers = reports.headers().unwrap().clone();
    let rows: Vec<csv::StringRecord> = reports.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 6, "{body}");
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let a1 = rows.iter().find(|r| &r[0] == "T-A1").unwrap();
    assert_eq!(&a1[column("received_at")], "2024-01-10T08:00:00Z");
    assert_eq!(&a1[column("first_response_at")], "2024-01-11T08:00:00Z");
    assert_eq!(&a1[column("resolved_at")], "2024-01-13T08:00:00Z");
    assert_eq!(&a1[column("landlord")], "aler-milano");
    assert_eq!(&a1[column("category")], "plumbing");
    let a3 = rows.iter().find(|r| &r[0] == "T-A3").unwrap();
    assert_eq!(&a3[column("overdue")], "1");
    // The reports' words held a name, a phone number and an e-mail address: none leaves.
    for leak in ["Mario", "333", "@", "Colombo", "inquilino"] {
        assert!(!body.contains(leak), "{leak} in the export");
    }
}

#[tokio::test]
async fn only_managers_the_desk_and_admins_read_indicators() {
    let app = spawn_app().await;
    for (account, allowed) in [
        ("inquilino@demo.test", false),
        ("referente@demo.test", false),
        ("sportello@demo.test", true),
        ("tecnico.aler@demo.test", false),
        ("tecnico.comune@demo.test", false),
        ("responsabile.aler@demo.test", true),
        ("admin@demo.test", true),
    ] {
        let visitor = app.visitor();
        visitor.sign_in_ok(account).await;
        for path in ["/stats", "/stats/reports.csv", "/stats/month.csv"] {
            let status = visitor.get(path).await.status();
            let expected = if allowed {
                StatusCode::OK
            } else {
                StatusCode::NOT_FOUND
            };
            assert_eq!(status, expected, "{account} on {path}");
        }
        let (_, home) = visitor.page("/").await;
        assert_eq!(
            home.contains("href=\"/stats\""),
            allowed,
            "{account}'s menu"
        );
    }
    // Without an account: to the sign-in page.
    let res = app.visitor().get("/stats").await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn bad_filters_get_a_clear_error() {
    let app = spawn_app().await;
    signed_in(&app, "admin@demo.test", "en").await;
    for (query, message) in [
        ("from=2026-13", "Write the month as year and month, for example 2026-03."),
        ("from=2026-05&to=2026-01", "The period runs from one month to ten years, and the first month comes before the last."),
        ("estate=999", "A filter is not valid: choose one of those offered."),
        ("category=nope", "A filter is not valid: choose one of those offered."),
    ] {
        let (status, html) = app.page(&format!("/stats?{query}")).await;
        assert!(status.is_client_error(), "{query}: {status}");
        assert!(texts(&html, "[role=alert], p").iter().any(|t| t == message), "{query}: {html}");
    }
}

#[tokio::test]
async fn the_estate_summary_is_public_only_where_the_estate_publishes_it() {
    let app = spawn_app().await;
    // The demo estate publishes its summary: readable without an account, no personal data.
    let anonymous = app.visitor();
    let (status, html) = anonymous.page("/summary?lang=en").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        texts(&html, "h1")[0].contains("Quartiere Sant'Eusebio"),
        "{html}"
    );
    let sentences = texts(&html, ".summary-sentence");
    assert_eq!(sentences.len(), 2, "one per landlord: {sentences:?}");
    assert!(sentences.iter().any(|s| s.starts_with("ALER Milano")));
    assert!(!html.contains("@demo.test") && !html.contains("Colombo"));

    // An admin stops publishing it.
    app.sign_in_ok("admin@demo.test").await;
    let (_, page) = app.page("/summary").await;
    let estate = crate::helpers::attr(&page, "input[name=estate]", "value").unwrap();
    let res = app
        .submit("/summary", "/summary/publish", &[("estate", &estate)])
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (_, html) = anonymous.page("/summary?lang=en").await;
    assert!(texts(&html, ".summary-sentence").is_empty());
    assert!(texts(&html, ".empty")[0].starts_with("Sign in to see your estate's figures."));
    let (status, _) = anonymous.page(&format!("/summary?estate={estate}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Its residents still read it; nobody but an admin may publish.
    let tenant = app.visitor();
    signed_in(&tenant, "inquilino@demo.test", "en").await;
    let (_, html) = tenant.page("/summary").await;
    assert_eq!(texts(&html, ".summary-sentence").len(), 2);
    let res = tenant
        .submit(
            "/summary",
            "/summary/publish",
            &[("estate", &estate), ("public", "on")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
}
