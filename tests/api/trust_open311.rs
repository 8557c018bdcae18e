//! What a security review found in transparency, Open311, API keys and the CSV exports
//! (issue 25, items 5, 7, 8, 9, 11 and 13), each checked as an outsider or a demo account
//! would meet it.

use reqwest::StatusCode;
use serde_json::Value;

use crate::boards::building;
use crate::helpers::{spawn_app, TestApp, DEMO_ACCOUNTS};
use crate::open311::{database_refs, issue_key, json, post, xml, xml_texts};

/// What each demo account reads of a building's household shares, by the API and on the page:
/// `None` when the building's accounts are not theirs to see at all.
async fn shares_seen(app: &TestApp, email: &str, building_code: &str) -> Option<Vec<String>> {
    let id = building(app, building_code);
    let token = app.api_token(email, "demo").await;
    let res = app
        .api_get(&format!("/api/v1/transparency?building={id}"), &token)
        .await;
    let browser = app.visitor();
    browser.sign_in_ok(email).await;
    let (page_status, page) = browser.page(&format!("/transparency?building={id}")).await;
    if res.status() == StatusCode::NOT_FOUND {
        assert_eq!(
            page_status,
            StatusCode::NOT_FOUND,
            "{email}: page and API agree"
        );
        return None;
    }
    assert_eq!(res.status(), StatusCode::OK, "{email}");
    assert_eq!(page_status, StatusCode::OK, "{email}");
    let body: Value = res.json().await.unwrap();
    let amounts: Vec<String> = body["shares"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let amount = s["amount"].as_str().unwrap();
            amount.trim_end_matches('€').trim().to_string()
        })
        .collect();
    for amount in ["812,40", "798,15", "655,90", "540,30"] {
        assert_eq!(
            page.contains(amount),
            amounts.iter().any(|a| a == amount),
            "{email}: the page shows {amount} exactly when the API does"
        );
    }
    Some(amounts)
}

/// The shares one account reads in via Guardi 12 and in via Mozart 5 (None: the building's
/// accounts are not theirs to read at all).
type SharesSeen = (&'static str, Option<Vec<String>>, Option<Vec<String>>);

/// Item 5: a household's share is for that flat's tenants, the estate's desk and the owning
/// landlord's managers; technicians (the Comune's asked about its own building), delegates for
/// others' flats and admins read the building's accounts without anyone's share.
#[tokio::test]
async fn household_shares_are_shown_to_their_flat_the_desk_and_the_landlords_managers_only() {
    let app = spawn_app().await;
    let some = |amounts: &[&str]| Some(amounts.iter().map(|a| a.to_string()).collect());
    let guardi_all = some(&["655,90", "812,40", "798,15"]);
    let expected: [SharesSeen; 8] = [
        ("inquilino@demo.test", some(&["812,40"]), None),
        ("referente@demo.test", some(&["798,15"]), None),
        ("sportello@demo.test", guardi_all.clone(), some(&["540,30"])),
        ("tecnico.aler@demo.test", some(&[]), None),
        ("tecnico.comune@demo.test", None, some(&[])),
        ("responsabile.aler@demo.test", guardi_all.clone(), None),
        ("canoni.aler@demo.test", guardi_all, None),
        ("admin@demo.test", some(&[]), some(&[])),
    ];
    assert_eq!(expected.each_ref().map(|e| e.0), DEMO_ACCOUNTS);
    for (email, guardi, mozart) in expected {
        let mut seen = shares_seen(&app, email, "GUA12").await;
        if let Some(amounts) = seen.as_mut() {
            amounts.sort();
        }
        let mut wanted = guardi;
        if let Some(amounts) = wanted.as_mut() {
            amounts.sort();
        }
        assert_eq!(seen, wanted, "{email} in via Guardi 12");
        assert_eq!(
            shares_seen(&app, email, "MOZ5").await,
            mozart,
            "{email} in via Mozart 5"
        );
    }
}

/// The common-area reports Open311 lists that `organisation` answers for.
fn listed_of(app: &TestApp, organisation: &str) -> Vec<String> {
    database_refs(
        app,
        &format!(
            "location <> 'unit' AND private = FALSE AND organisation_id = \
             (SELECT id FROM organisations WHERE code = '{organisation}')"
        ),
    )
}

fn description_of(app: &TestApp, reference: &str) -> String {
    crate::helpers::database::strings(
        &app.database_url,
        &format!("SELECT description AS s FROM reports WHERE reference = '{reference}'"),
    )
    .pop()
    .unwrap()
}

/// The requests of a list by id.
fn by_id(list: &Value) -> std::collections::BTreeMap<String, Value> {
    list.as_array()
        .expect("a list")
        .iter()
        .map(|r| {
            (
                r["service_request_id"].as_str().unwrap().to_string(),
                r.clone(),
            )
        })
        .collect()
}

const ALER_NOTE: &str = "Il tecnico ALER passa giovedì mattina: lasciate libero l'androne.";
const COMUNE_NOTE: &str = "Il tecnico del Comune ha ordinato il pezzo di ricambio.";

/// Item 7: without a key, Open311 answers only service, status, dates and the building's
/// address — never residents' descriptions nor the latest public comment; a key reads the
/// words of the reports its own organisation answers for, and only those.
#[tokio::test]
async fn open311_shows_residents_words_only_to_the_key_of_the_organisation_that_answers() {
    let app = spawn_app().await;
    let (aler_refs, comune_refs) = (
        listed_of(&app, "aler-milano"),
        listed_of(&app, "comune-cinisello"),
    );
    assert!(!aler_refs.is_empty() && !comune_refs.is_empty());
    for (email, reference, note) in [
        ("tecnico.aler@demo.test", &aler_refs[0], ALER_NOTE),
        ("tecnico.comune@demo.test", &comune_refs[0], COMUNE_NOTE),
    ] {
        let token = app.api_token(email, "demo").await;
        let comment = serde_json::json!({"type": "comment", "body": note, "visibility": "public"});
        let (status, body) = app.report_event(&token, reference, comment).await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
    }
    let descriptions: Vec<String> = aler_refs
        .iter()
        .chain(&comune_refs)
        .map(|r| description_of(&app, r))
        .filter(|d| !d.is_empty())
        .collect();
    assert!(!descriptions.is_empty());

    // Anyone: the fields of the building's board, nothing a resident or technician wrote.
    let allowed = [
        "service_request_id",
        "status",
        "service_name",
        "service_code",
        "agency_responsible",
        "requested_datetime",
        "updated_datetime",
        "expected_datetime",
        "address",
        "address_id",
        "lat",
        "long",
    ];
    let anonymous = [
        json(&app, "requests.json", StatusCode::OK).await,
        json(
            &app,
            &format!("requests/{}.json", aler_refs[0]),
            StatusCode::OK,
        )
        .await,
        json(
            &app,
            &format!("requests.json?service_request_id={}", comune_refs[0]),
            StatusCode::OK,
        )
        .await,
    ];
    for list in &anonymous {
        assert!(!list.as_array().unwrap().is_empty());
        for request in list.as_array().unwrap() {
            for field in request.as_object().unwrap().keys() {
                assert!(
                    allowed.contains(&field.as_str()),
                    "{field} shown without a key: {request}"
                );
            }
        }
    }
    let doc = xml(&app, "requests.xml", StatusCode::OK).await;
    assert!(
        xml_texts(&doc, "service_requests", "description").is_empty(),
        "{doc}"
    );
    assert!(
        xml_texts(&doc, "service_requests", "status_notes").is_empty(),
        "{doc}"
    );
    for text in descriptions
        .iter()
        .map(String::as_str)
        .chain([ALER_NOTE, COMUNE_NOTE])
    {
        let written = Value::from(text).to_string();
        let written = written.trim_matches('"');
        for answer in &anonymous {
            assert!(
                !answer.to_string().contains(written),
                "{text} shown without a key"
            );
        }
    }

    // An organisation's key: its own reports' words, not the other landlord's.
    for (organisation, own, others, note) in [
        ("aler-milano", &aler_refs, &comune_refs, ALER_NOTE),
        ("comune-cinisello", &comune_refs, &aler_refs, COMUNE_NOTE),
    ] {
        let key = issue_key(&app, organisation, &["--read-only"]);
        let listed = by_id(
            &json(
                &app,
                &format!("requests.json?api_key={key}"),
                StatusCode::OK,
            )
            .await,
        );
        for reference in own {
            let description = description_of(&app, reference);
            if !description.is_empty() {
                assert_eq!(
                    listed[reference]["description"],
                    description.as_str(),
                    "{organisation}: {reference}"
                );
            }
        }
        assert_eq!(listed[&own[0]]["status_notes"], note, "{organisation}");
        for reference in others {
            assert!(
                listed[reference].get("description").is_none(),
                "{organisation} reads {reference}"
            );
            assert!(
                listed[reference].get("status_notes").is_none(),
                "{organisation} reads {reference}"
            );
        }
        let one = json(
            &app,
            &format!("requests/{}.json?api_key={key}", others[0]),
            StatusCode::OK,
        )
        .await;
        assert!(one[0].get("description").is_none() && one[0].get("status_notes").is_none());
        let doc = xml(
            &app,
            &format!("requests/{}.xml?api_key={key}", own[0]),
            StatusCode::OK,
        )
        .await;
        assert_eq!(xml_texts(&doc, "service_requests", "status_notes"), [note]);
    }
}

/// Item 8: a key files only where its organisation answers for the service — not into the
/// other landlord's building, nor a category routed to another organisation; refused with a
/// 403 in Open311's error format, nothing filed.
#[tokio::test]
async fn an_open311_key_files_only_where_its_organisation_answers() {
    let app = spawn_app().await;
    let aler = issue_key(&app, "aler-milano", &[]);
    let comune = issue_key(&app, "comune-cinisello", &[]);
    let reports = || app.count("SELECT CAST(COUNT(*) AS BIGINT) AS n FROM reports");
    let fields = |key: &str, service: &str, place: (&str, &str)| -> Vec<(String, String)> {
        [
            ("api_key", key),
            ("service_code", service),
            place,
            ("description", "Il portone non si chiude più"),
        ]
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .to_vec()
    };
    let file = |fields: Vec<(String, String)>, format: &'static str| {
        let app = &app;
        async move {
            let fields: Vec<(&str, &str)> = fields
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            post(app, format, &fields, None).await
        }
    };
    let before = reports();
    let mozart = ("address_id", "MOZ5");
    let near_mozart = [("lat", "45.55045"), ("long", "9.22470")];
    let mut by_position = fields(&aler, "lift", ("lat", near_mozart[0].1));
    by_position.push(("long".into(), near_mozart[1].1.into()));
    for (refused, why) in [
        (
            fields(&aler, "doors", mozart),
            "ALER's key into the Comune's building",
        ),
        (by_position, "ALER's key by coordinates near via Mozart"),
        (
            fields(&comune, "doors", ("address_id", "GUA12/A")),
            "the Comune's key into ALER's stair",
        ),
    ] {
        let (status, body) = file(refused.clone(), "json").await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{why}: {body}");
        assert_eq!(
            serde_json::from_str::<Value>(&body).unwrap()[0]["code"],
            403,
            "{why}"
        );
        let (status, body) = file(refused, "xml").await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{why}: {body}");
        assert_eq!(xml_texts(&body, "errors", "code"), ["403"], "{why}");
    }
    assert_eq!(reports(), before, "nothing filed");

    // A category routed to the Comune everywhere: only the Comune's key files it, even at
    // ALER's building.
    app.sql(
        "UPDATE categories SET route_to_organisation_id = \
         (SELECT id FROM organisations WHERE code = 'comune-cinisello') WHERE code = 'green'",
    );
    let (status, body) = file(fields(&aler, "green", ("address_id", "GUA12")), "json").await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    assert_eq!(reports(), before);
    for (key, service, place, answers) in [
        (
            &comune,
            "green",
            ("address_id", "GUA12"),
            "comune-cinisello",
        ),
        (&comune, "doors", mozart, "comune-cinisello"),
        (&aler, "doors", ("address_id", "GUA12"), "aler-milano"),
    ] {
        let (status, body) = file(fields(key, service, place), "json").await;
        assert_eq!(status, StatusCode::OK, "{service} at {place:?}: {body}");
        let id = serde_json::from_str::<Value>(&body).unwrap()[0]["service_request_id"]
            .as_str()
            .unwrap()
            .to_string();
        assert_eq!(
            crate::helpers::database::strings(
                &app.database_url,
                &format!(
                    "SELECT o.code AS s FROM reports r JOIN organisations o \
                     ON o.id = r.organisation_id WHERE r.reference = '{id}'"
                ),
            ),
            [answers],
            "in the queue of the organisation that filed it"
        );
    }
    assert_eq!(reports(), before + 3);
}

/// What spreadsheets run as formulas, one cell starting with each of `=`, `+`, `-`, `@`, tab
/// and carriage return.
const FORMULAS: [&str; 6] = [
    "=HYPERLINK(\"http://evil.example\",\"Apri\")",
    "+39 02 1234",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
];

/// Item 13: names that reach the CSV exports (categories, as admins name them or an import
/// writes them, and their codes) come out with a leading `'`, so no spreadsheet runs them.
#[tokio::test]
async fn csv_exports_neutralise_cells_a_spreadsheet_would_run_as_formulas() {
    let app = spawn_app().await;
    let codes = crate::helpers::database::strings(
        &app.database_url,
        "SELECT code AS s FROM categories WHERE active = TRUE AND route_to_desk = FALSE ORDER BY code",
    );
    assert!(codes.len() >= FORMULAS.len(), "{codes:?}");
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    for (code, formula) in codes.iter().zip(FORMULAS) {
        let form = crate::reports::report(code, "stair", &format!("{formula} in {code}"));
        app.file_report(&tenant, form).await;
        let formula = formula.replace('\'', "''");
        app.sql(&format!(
            "UPDATE category_names SET name = '{formula}' WHERE category_id = \
             (SELECT id FROM categories WHERE code = '{code}')"
        ));
        app.sql(&format!(
            "UPDATE categories SET code = '{formula}{code}' WHERE code = '{code}'"
        ));
    }
    let desk = app.visitor();
    desk.sign_in_ok("sportello@demo.test").await;
    let cells = |body: &str| -> Vec<String> {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(body.as_bytes());
        reader
            .records()
            .flat_map(|r| r.unwrap().iter().map(str::to_string).collect::<Vec<_>>())
            .collect()
    };
    for (path, written) in [
        ("/stats/category.csv", FORMULAS.map(str::to_string).to_vec()),
        (
            "/stats/reports.csv",
            codes
                .iter()
                .zip(FORMULAS)
                .map(|(code, formula)| format!("{formula}{code}"))
                .collect(),
        ),
    ] {
        let res = desk.get(path).await;
        assert_eq!(res.status(), StatusCode::OK, "{path}");
        let cells = cells(&res.text().await.unwrap());
        for text in written {
            assert!(
                cells.contains(&format!("'{text}")),
                "{path}: {text:?} neutralised in {cells:?}"
            );
        }
        for cell in &cells {
            let number = cell.trim_start_matches('-').parse::<f64>().is_ok();
            assert!(
                number || !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{path}: {cell:?} would run as a formula"
            );
        }
    }
}

fn key_uses(app: &TestApp, condition: &str) -> i64 {
    app.count(&format!(
        "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM api_key_uses WHERE {condition}"
    ))
}

/// Item 11: parallel calls with one key get exactly the limit's worth of answers, refused
/// calls record nothing, and uses older than a day are forgotten by the background job.
#[tokio::test]
async fn an_api_keys_rate_limit_holds_under_parallel_calls_and_old_uses_are_pruned() {
    const LIMIT: usize = 4;
    const CALLS: usize = 16;
    let app = crate::helpers::spawn_app_with(|c| c.api_key_per_minute = LIMIT as u32).await;
    let key = issue_key(&app, "aler-milano", &["--read-only"]);
    let url = app.url(&format!("/open311/v2/services.json?api_key={key}"));
    let calls: Vec<_> = (0..CALLS)
        .map(|_| {
            let url = url.clone();
            tokio::spawn(async move { reqwest::get(url).await.unwrap().status() })
        })
        .collect();
    let mut statuses = vec![];
    for call in calls {
        statuses.push(call.await.unwrap());
    }
    let answered = statuses.iter().filter(|s| **s == StatusCode::OK).count();
    let refused = statuses
        .iter()
        .filter(|s| **s == StatusCode::TOO_MANY_REQUESTS)
        .count();
    assert_eq!((answered, refused), (LIMIT, CALLS - LIMIT), "{statuses:?}");
    assert_eq!(
        key_uses(&app, "1 = 1"),
        LIMIT as i64,
        "refused calls record nothing"
    );

    // A use from long ago is forgotten by the housekeeping job; today's are kept.
    app.sql(
        "INSERT INTO api_key_uses (key_id, used_at, method, path, allowed) \
         SELECT MAX(id), '2020-01-01 00:00:00', 'GET', '/open311/v2/services.json', TRUE \
         FROM api_keys",
    );
    let old = "used_at < '2021-01-01 00:00:00'";
    assert_eq!(key_uses(&app, old), 1);
    for _ in 0..100 {
        if key_uses(&app, old) == 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(
        key_uses(&app, old),
        0,
        "the old use is forgotten within 10 s"
    );
    assert_eq!(
        key_uses(&app, "1 = 1"),
        LIMIT as i64,
        "today's uses are kept"
    );
}

/// A photo server on a loopback port that counts the connections it gets.
fn counting_photo_server() -> (u16, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let served = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = served.clone();
    std::thread::spawn(move || {
        let body = crate::helpers::images::jpeg(800, 600);
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            let mut request = [0u8; 4096];
            let _ = stream.read(&mut request);
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&body);
        }
    });
    (port, served)
}

/// Item 9: an allowed host name that resolves to this machine (`localhost`) is refused before
/// anything is fetched: nothing reaches the local server, nothing is filed.
#[tokio::test]
async fn a_media_url_whose_allowed_host_resolves_to_a_private_address_is_not_fetched() {
    let app = crate::helpers::spawn_app_with(|c| c.media_hosts = vec!["localhost".into()]).await;
    let key = issue_key(&app, "aler-milano", &[]);
    let (port, served) = counting_photo_server();
    let reports = || app.count("SELECT CAST(COUNT(*) AS BIGINT) AS n FROM reports");
    let before = reports();
    for (format, path) in [("json", "photo.jpg"), ("xml", "again.jpg")] {
        let url = format!("http://localhost:{port}/{path}");
        let fields = [
            ("api_key", key.as_str()),
            ("service_code", "damp"),
            ("address_id", "GUA12/A"),
            ("description", "Muffa sul soffitto del pianerottolo"),
            ("media_url", url.as_str()),
        ];
        let (status, body) = post(&app, format, &fields, None).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
        assert!(body.contains("400"), "{body}");
    }
    assert_eq!(reports(), before, "nothing filed");
    // The server does answer: had the portal asked, it would have been counted.
    let direct = reqwest::get(format!("http://127.0.0.1:{port}/probe.jpg"))
        .await
        .unwrap();
    assert_eq!(direct.status(), StatusCode::OK);
    assert_eq!(
        served.load(std::sync::atomic::Ordering::SeqCst),
        1,
        "only the test's own probe reached the server"
    );
}
