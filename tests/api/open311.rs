//! Open311 GeoReport v2 as another system uses it: discovery, services and their definitions,
//! requests with their filters, filing with an API key, in XML and JSON, errors in the spec's
//! shape. JSON answers are checked against the schemas in `tests/open311/` (after the open311
//! schema-validation project); XML answers carry the same data.

use std::io::{Read, Write};

use quick_xml::events::Event;
use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{csrf_of, images, spawn_app, spawn_app_with, texts, TestApp};

fn schema(name: &str) -> jsonschema::Validator {
    let path = format!("{}/tests/open311/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    jsonschema::validator_for(&schema).expect("a valid schema")
}

fn assert_valid(name: &str, value: &Value) {
    let validator = schema(name);
    let errors: Vec<String> = validator
        .iter_errors(value)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{name}: {errors:?} in {value}");
}

/// The texts of every element named `name` in an XML document, after checking it is well
/// formed and its root is `root`.
pub fn xml_texts(doc: &str, root: &str, name: &str) -> Vec<String> {
    let mut reader = quick_xml::Reader::from_str(doc);
    let (mut found, mut path) = (vec![], Vec::<String>::new());
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) => {
                path.push(String::from_utf8(e.name().as_ref().to_vec()).unwrap());
                if path.len() == 1 {
                    assert_eq!(path[0], root, "root element of {doc}");
                }
                if path.last().unwrap() == name {
                    found.push(String::new());
                }
            }
            Event::Text(t) if path.last().is_some_and(|p| p == name) => {
                *found.last_mut().unwrap() += &t.decode().unwrap();
            }
            Event::GeneralRef(r) if path.last().is_some_and(|p| p == name) => {
                let entity = String::from_utf8(r.to_vec()).unwrap();
                *found.last_mut().unwrap() +=
                    &quick_xml::escape::unescape(&format!("&{entity};")).unwrap();
            }
            Event::End(_) => {
                path.pop();
            }
            Event::Eof => break,
            _ => {}
        }
    }
    found
}

async fn get(app: &TestApp, path: &str) -> (StatusCode, String, String) {
    let res = app.get(&format!("/open311/v2/{path}")).await;
    let kind = res
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    (res.status(), kind, res.text().await.unwrap())
}

pub async fn json(app: &TestApp, path: &str, status: StatusCode) -> Value {
    let (got, kind, body) = get(app, path).await;
    assert_eq!(got, status, "GET {path}: {body}");
    assert_eq!(kind, "application/json; charset=utf-8", "{path}");
    serde_json::from_str(&body).expect("JSON")
}

pub async fn xml(app: &TestApp, path: &str, status: StatusCode) -> String {
    let (got, kind, body) = get(app, path).await;
    assert_eq!(got, status, "GET {path}: {body}");
    assert_eq!(kind, "text/xml; charset=utf-8", "{path}");
    body
}

/// An error in the spec's shape, in both formats.
async fn assert_error(app: &TestApp, path_without_format: &str, status: StatusCode) {
    let (json_path, xml_path) = split_format(path_without_format);
    let body = json(app, &json_path, status).await;
    assert_eq!(body[0]["code"], status.as_u16(), "{json_path}: {body}");
    assert!(!body[0]["description"].as_str().unwrap().is_empty());
    let doc = xml(app, &xml_path, status).await;
    assert_eq!(
        xml_texts(&doc, "errors", "code"),
        [status.as_u16().to_string()]
    );
}

/// `requests?x=1` → (`requests.json?x=1`, `requests.xml?x=1`).
fn split_format(path: &str) -> (String, String) {
    let (name, query) = path.split_once('?').unwrap_or((path, ""));
    let with = |ext: &str| match query {
        "" => format!("{name}.{ext}"),
        q => format!("{name}.{ext}?{q}"),
    };
    (with("json"), with("xml"))
}

fn ids(list: &Value) -> Vec<String> {
    let mut ids: Vec<String> = list
        .as_array()
        .expect("a list")
        .iter()
        .map(|r| r["service_request_id"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    ids
}

/// Issues a key with the real command, as an installer would.
pub fn issue_key(app: &TestApp, organisation: &str, extra: &[&str]) -> String {
    let mut args = vec![
        "api-key",
        "create",
        "--name",
        "Call centre",
        "--organisation",
        organisation,
    ];
    args.extend_from_slice(extra);
    let out = app.cli(&args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let key = String::from_utf8(out.stdout).unwrap().trim().to_string();
    assert!(key.starts_with("ptn_") && key.len() > 40, "{key}");
    key
}

pub async fn post(
    app: &TestApp,
    format: &str,
    fields: &[(&str, &str)],
    idempotency: Option<&str>,
) -> (StatusCode, String) {
    let mut request = app
        .client
        .post(app.url(&format!("/open311/v2/requests.{format}")))
        .form(fields);
    if let Some(key) = idempotency {
        request = request.header("Idempotency-Key", key);
    }
    let res = request.send().await.unwrap();
    (res.status(), res.text().await.unwrap())
}

#[tokio::test]
async fn discovery_services_and_definitions_answer_in_xml_and_json() {
    let app = spawn_app().await;
    let discovery = json(&app, "discovery.json", StatusCode::OK).await;
    let endpoint = &discovery["endpoints"][0];
    assert_eq!(
        endpoint["specification"],
        "http://wiki.open311.org/GeoReport_v2"
    );
    assert_eq!(endpoint["url"], "http://portineria.test/open311/v2");
    assert_eq!(
        endpoint["formats"],
        serde_json::json!(["text/xml", "application/json"])
    );
    for field in ["changeset", "contact", "key_service"] {
        assert!(
            discovery[field].as_str().is_some_and(|v| !v.is_empty()),
            "{field}"
        );
    }
    let doc = xml(&app, "discovery.xml", StatusCode::OK).await;
    assert_eq!(
        xml_texts(&doc, "discovery", "format"),
        ["text/xml", "application/json"]
    );

    let services = json(&app, "services.json", StatusCode::OK).await;
    assert_valid("services", &services);
    let codes: Vec<&str> = services
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["service_code"].as_str().unwrap())
        .collect();
    assert!(
        codes.contains(&"lift") && codes.contains(&"plumbing"),
        "{codes:?}"
    );
    assert!(
        !codes.contains(&"coexistence"),
        "the desk's private category is not a service"
    );
    let lift = services
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["service_code"] == "lift")
        .unwrap();
    assert_eq!(lift["service_name"], "Ascensore");
    assert!(
        lift["keywords"].as_str().unwrap().contains("Lift"),
        "{lift}"
    );
    assert_eq!(lift["metadata"], true);
    let doc = xml(&app, "services.xml", StatusCode::OK).await;
    assert_eq!(xml_texts(&doc, "services", "service_code"), codes);

    let definition = json(&app, "services/lift.json", StatusCode::OK).await;
    assert_valid("service-definition", &definition);
    assert_eq!(definition["attributes"][0]["code"], "spot");
    let doc = xml(&app, "services/lift.xml", StatusCode::OK).await;
    assert_eq!(xml_texts(&doc, "service_definition", "code"), ["spot"]);

    assert_error(&app, "services/no-such-service", StatusCode::NOT_FOUND).await;
    assert_error(&app, "services/coexistence", StatusCode::NOT_FOUND).await;
    assert_error(
        &app,
        "discovery?jurisdiction_id=elsewhere.example",
        StatusCode::NOT_FOUND,
    )
    .await;
    let (status, _, _) = get(&app, "services.html").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // An empty jurisdiction is the same as none; ours is the portal's host.
    json(&app, "services.json?jurisdiction_id=", StatusCode::OK).await;
    json(
        &app,
        "services.json?jurisdiction_id=portineria.test",
        StatusCode::OK,
    )
    .await;
}

#[tokio::test]
async fn requests_list_common_area_reports_only_with_the_specs_filters() {
    let app = spawn_app().await;
    let listed = json(&app, "requests.json", StatusCode::OK).await;
    assert_valid("requests", &listed);
    // Exactly the demo's common-area reports that are not the desk's: never one in a flat.
    let common: Vec<String> = {
        let mut refs = database_refs(&app, "location <> 'unit' AND private = FALSE");
        refs.sort();
        refs
    };
    let in_flats = database_refs(&app, "location = 'unit' OR private = TRUE");
    assert!(!common.is_empty() && !in_flats.is_empty());
    assert_eq!(ids(&listed), common);
    let doc = xml(&app, "requests.xml", StatusCode::OK).await;
    let mut xml_ids = xml_texts(&doc, "service_requests", "service_request_id");
    xml_ids.sort();
    assert_eq!(xml_ids, common);
    for hidden in &in_flats {
        assert_error(&app, &format!("requests/{hidden}"), StatusCode::NOT_FOUND).await;
        let asked = json(
            &app,
            &format!("requests.json?service_request_id={hidden}"),
            StatusCode::OK,
        )
        .await;
        assert_eq!(
            asked,
            serde_json::json!([]),
            "{hidden} never leaves through Open311"
        );
    }
    let one = json(
        &app,
        &format!("requests/{}.json", common[0]),
        StatusCode::OK,
    )
    .await;
    assert_valid("requests", &one);
    assert_eq!(ids(&one), [common[0].clone()]);
    let with_place = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["address_id"] == "GUA12")
        .expect("a Guardi 12 report");
    assert_eq!(with_place["lat"], 45.54921);
    assert_eq!(with_place["agency_responsible"], "ALER Milano");

    // Filters: by service, status, page; closed and open split the list.
    let open = json(&app, "requests.json?status=open", StatusCode::OK).await;
    let closed = json(&app, "requests.json?status=closed", StatusCode::OK).await;
    assert!(open
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["status"] == "open"));
    assert!(closed
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["status"] == "closed"));
    assert_eq!(
        open.as_array().unwrap().len() + closed.as_array().unwrap().len(),
        common.len()
    );
    let both = json(&app, "requests.json?status=open,closed", StatusCode::OK).await;
    assert_eq!(ids(&both), common);
    let first = json(&app, "requests.json?page_size=1", StatusCode::OK).await;
    let second = json(&app, "requests.json?page_size=1&page=2", StatusCode::OK).await;
    assert_eq!(first.as_array().unwrap().len(), 1);
    assert_ne!(ids(&first), ids(&second));
    let lifts = json(&app, "requests.json?service_code=lift", StatusCode::OK).await;
    assert!(lifts
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["service_code"] == "lift"));
    let old = json(
        &app,
        "requests.json?start_date=2020-01-01T00:00:00Z&end_date=2020-03-01T00:00:00%2B01:00",
        StatusCode::OK,
    )
    .await;
    assert_eq!(old, serde_json::json!([]));

    for bad in [
        "requests?start_date=yesterday",
        "requests?start_date=2026-01-01T00:00:00",
        "requests?start_date=2020-01-01T00:00:00Z&end_date=2020-06-01T00:00:00Z",
        "requests?start_date=2020-02-01T00:00:00Z&end_date=2020-01-01T00:00:00Z",
        "requests?status=pending",
        "requests?service_code=no-such-service",
        "requests?page=0",
        "requests?page_size=1001",
    ] {
        assert_error(&app, bad, StatusCode::BAD_REQUEST).await;
    }
}

pub fn database_refs(app: &TestApp, condition: &str) -> Vec<String> {
    crate::helpers::database::strings(
        &app.database_url,
        &format!("SELECT reference AS s FROM reports WHERE {condition}"),
    )
}

#[tokio::test]
async fn a_key_files_a_report_that_the_landlords_technicians_see() {
    let app = spawn_app().await;
    let description = "Il portone del civico 12 non si chiude più";
    let fields = |key: &'static str| {
        vec![
            ("api_key", key),
            ("service_code", "doors"),
            ("address_id", "GUA12"),
            ("description", description),
            ("attribute[spot]", "Portone d'ingresso"),
            ("email", "someone@example.org"),
        ]
    };
    // No key, an unknown key: 403 in the spec's shape, and nothing filed.
    let before = app.count("SELECT CAST(COUNT(*) AS BIGINT) AS n FROM reports");
    let (status, body) = post(&app, "json", &fields("")[1..], None).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    assert_eq!(
        serde_json::from_str::<Value>(&body).unwrap()[0]["code"],
        403
    );
    let (status, body) = post(&app, "xml", &fields("ptn_not-a-key"), None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(xml_texts(&body, "errors", "code"), ["403"]);
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) AS n FROM reports"),
        before
    );

    let key: &'static str = Box::leak(issue_key(&app, "aler-milano", &[]).into_boxed_str());
    let (status, body) = post(&app, "json", &fields(key), Some("call-0001")).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let answer: Value = serde_json::from_str(&body).unwrap();
    let id = answer[0]["service_request_id"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        answer[0].get("token").is_none(),
        "an id or a token, never both"
    );
    // A retry with the same Idempotency-Key files nothing new; the token finds the request.
    let (_, again) = post(&app, "xml", &fields(key), Some("call-0001")).await;
    assert_eq!(
        xml_texts(&again, "service_requests", "service_request_id"),
        std::slice::from_ref(&id)
    );
    let token = json(&app, "tokens/call-0001.json", StatusCode::OK).await;
    assert_eq!(token[0]["service_request_id"], id.as_str());
    assert_eq!(token[0]["token"], "call-0001");
    assert_error(&app, "tokens/never-used", StatusCode::NOT_FOUND).await;

    // The words are for the organisation that answers: ALER's key reads them.
    let shown = json(
        &app,
        &format!("requests/{id}.json?api_key={key}"),
        StatusCode::OK,
    )
    .await;
    assert_valid("requests", &shown);
    assert_eq!(shown[0]["description"], description);
    assert_eq!(shown[0]["address_id"], "GUA12");
    assert_eq!(shown[0]["agency_responsible"], "ALER Milano");
    assert_eq!(shown[0]["status"], "open");
    assert!(!body.contains("someone@example.org"));

    // ALER's technician finds it in the queue; the Comune's does not.
    let technician = app.api_token("tecnico.aler@demo.test", "demo").await;
    let queue = app
        .api_json("/api/v1/queue", &technician, StatusCode::OK)
        .await;
    assert!(queue.to_string().contains(&id), "in ALER's queue");
    let other = app.api_token("tecnico.comune@demo.test", "demo").await;
    let queue = app.api_json("/api/v1/queue", &other, StatusCode::OK).await;
    assert!(!queue.to_string().contains(&id));

    // Coordinates find the nearest building (Mozart 5, the Comune's, whose key files there);
    // an address too.
    let comune = issue_key(&app, "comune-cinisello", &[]);
    let near_mozart = [
        ("api_key", comune.as_str()),
        ("service_code", "lift"),
        ("lat", "45.55045"),
        ("long", "9.22470"),
        ("description", "L'ascensore è fermo al terzo piano"),
    ];
    let (status, body) = post(&app, "json", &near_mozart, None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let lift_id = serde_json::from_str::<Value>(&body).unwrap()[0]["service_request_id"]
        .as_str()
        .unwrap()
        .to_string();
    let lift = json(&app, &format!("requests/{lift_id}.json"), StatusCode::OK).await;
    assert_eq!(lift[0]["address_id"], "MOZ5");
    assert_eq!(lift[0]["agency_responsible"], "Comune di Cinisello Balsamo");
    let by_address = [
        ("api_key", key),
        ("service_code", "cleaning"),
        ("address_string", "via francesco guardi 12"),
        ("description", "Scale sporche da una settimana"),
    ];
    let (status, body) = post(&app, "xml", &by_address, None).await;
    assert_eq!(status, StatusCode::OK, "{body}");

    // What cannot be filed: 400 with the reason, nothing written.
    let count = app.count("SELECT CAST(COUNT(*) AS BIGINT) AS n FROM reports");
    for (fields, why) in [
        (
            vec![
                ("api_key", key),
                ("service_code", "doors"),
                ("description", "Da nessuna parte"),
            ],
            "no place",
        ),
        (
            vec![
                ("api_key", key),
                ("service_code", "doors"),
                ("lat", "45.60"),
                ("long", "9.30"),
                ("description", "Troppo lontano"),
            ],
            "far away",
        ),
        (
            vec![
                ("api_key", key),
                ("service_code", "doors"),
                ("lat", "45.60"),
                ("description", "Solo latitudine"),
            ],
            "half a position",
        ),
        (
            vec![
                ("api_key", key),
                ("service_code", "no-such"),
                ("address_id", "GUA12"),
                ("description", "Servizio ignoto"),
            ],
            "unknown service",
        ),
        (
            vec![
                ("api_key", key),
                ("service_code", "coexistence"),
                ("address_id", "GUA12"),
                ("description", "Categoria dello sportello"),
            ],
            "desk category",
        ),
        (
            vec![
                ("api_key", key),
                ("service_code", "doors"),
                ("address_id", "NOPE"),
                ("description", "Edificio ignoto"),
            ],
            "unknown building",
        ),
        (
            vec![
                ("api_key", key),
                ("service_code", "doors"),
                ("address_id", "GUA12"),
                ("description", ""),
            ],
            "no description",
        ),
        (
            vec![
                ("api_key", key),
                ("service_code", "doors"),
                ("address_id", "GUA12"),
                ("description", "Con foto"),
                ("media_url", "https://photos.example.org/a.jpg"),
            ],
            "host not allowed",
        ),
    ] {
        let (status, body) = post(&app, "json", &fields, None).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{why}: {body}");
        assert_eq!(
            serde_json::from_str::<Value>(&body).unwrap()[0]["code"],
            400,
            "{why}"
        );
    }
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) AS n FROM reports"),
        count
    );

    // A read-only key, a key of an organisation that serves no building here, a revoked key.
    let reader: &'static str =
        Box::leak(issue_key(&app, "aler-milano", &["--read-only"]).into_boxed_str());
    let (status, _) = post(&app, "json", &fields(reader), None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    app.sql("INSERT INTO organisations (code, name, kind) VALUES ('ditta-rossi', 'Ditta Rossi', 'contractor')");
    let outsider: &'static str = Box::leak(issue_key(&app, "ditta-rossi", &[]).into_boxed_str());
    let (status, _) = post(&app, "json", &fields(outsider), None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let out = app.cli(&["api-key", "list"]);
    let listing = String::from_utf8(out.stdout).unwrap();
    let first_id = listing
        .lines()
        .find(|l| l.contains("ALER Milano\tread+write"))
        .unwrap()
        .split('\t')
        .next()
        .unwrap()
        .to_string();
    let revoked = app.cli(&["api-key", "revoke", &first_id]);
    assert!(
        revoked.status.success(),
        "{}",
        String::from_utf8_lossy(&revoked.stderr)
    );
    let (status, _) = post(&app, "json", &fields(key), None).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "a revoked key files nothing");
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) AS n FROM reports"),
        count
    );
}

/// Serves one response with `body` on a loopback port; returns the port.
fn serve_once(body: Vec<u8>) -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        let (mut stream, _) = listener.accept().unwrap();
        let mut request = [0u8; 4096];
        let _ = stream.read(&mut request);
        let head = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        );
        stream.write_all(head.as_bytes()).unwrap();
        stream.write_all(&body).unwrap();
    });
    port
}

#[tokio::test]
async fn a_media_url_on_an_allowed_host_goes_through_the_photo_pipeline() {
    let app = spawn_app_with(|c| c.media_hosts = vec!["127.0.0.1".into()]).await;
    let key = issue_key(&app, "aler-milano", &[]);
    let port = serve_once(images::jpeg(2000, 1500));
    let url = format!("http://127.0.0.1:{port}/photo.jpg");
    let fields = [
        ("api_key", key.as_str()),
        ("service_code", "damp"),
        ("address_id", "GUA12/A"),
        ("description", "Muffa sul soffitto del pianerottolo"),
        ("media_url", url.as_str()),
    ];
    let (status, body) = post(&app, "json", &fields, None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let id = serde_json::from_str::<Value>(&body).unwrap()[0]["service_request_id"]
        .as_str()
        .unwrap()
        .to_string();
    let photos = app.count(&format!(
        "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM report_photos p JOIN reports r ON r.id = p.report_id WHERE r.reference = '{id}'"
    ));
    assert_eq!(photos, 1, "the photo was stored with the report");
    let stored = app.stored_photos();
    assert!(stored > 0);
    // Not an image: refused, nothing filed, nothing stored.
    let port = serve_once(b"<html>not a photo</html>".to_vec());
    let url = format!("http://127.0.0.1:{port}/page.html");
    let fields = [
        ("api_key", key.as_str()),
        ("service_code", "damp"),
        ("address_id", "GUA12"),
        ("description", "Di nuovo muffa"),
        ("media_url", url.as_str()),
    ];
    let (status, body) = post(&app, "json", &fields, None).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert_eq!(app.stored_photos(), stored);
}

#[tokio::test]
async fn keys_are_logged_and_rate_limited_and_admins_manage_them_on_a_page() {
    let app = spawn_app_with(|c| c.api_key_per_minute = 3).await;
    // Only admins see the page.
    let tenant = app.visitor();
    tenant.sign_in_ok("inquilino@demo.test").await;
    let (status, _) = tenant.page("/admin/api-keys").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let admin = app.visitor();
    admin.sign_in_ok("admin@demo.test").await;
    let (status, html) = admin.page("/admin/api-keys").await;
    assert_eq!(status, StatusCode::OK);
    let res = admin
        .client
        .post(admin.url("/admin/api-keys"))
        .form(&[
            ("_csrf", csrf_of(&html).as_str()),
            ("name", "Comune 311"),
            ("organisation", "comune-cinisello"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["cache-control"], "no-store");
    let html = res.text().await.unwrap();
    let key = texts(&html, "code.api-secret")
        .pop()
        .expect("the key, shown once");
    assert!(
        texts(&html, "td")
            .iter()
            .any(|t| t.contains("Sola lettura")),
        "read-only unless ticked"
    );
    // Reading with a key is counted: three calls a minute here, the fourth refused.
    for _ in 0..3 {
        json(
            &app,
            &format!("services.json?api_key={key}"),
            StatusCode::OK,
        )
        .await;
    }
    let limited = json(
        &app,
        &format!("services.json?api_key={key}"),
        StatusCode::TOO_MANY_REQUESTS,
    )
    .await;
    assert_eq!(limited[0]["code"], 429);
    json(&app, "services.json", StatusCode::OK).await;
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) AS n FROM api_key_uses WHERE allowed = TRUE"),
        3
    );
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) AS n FROM api_key_uses WHERE allowed = FALSE"),
        0,
        "a refused call records nothing"
    );
    // The page shows the use; revoking stops the key.
    let (_, html) = admin.page("/admin/api-keys").await;
    assert!(
        texts(&html, "td").iter().any(|t| t == "3"),
        "three uses in 24 hours"
    );
    let id: i64 = app.count("SELECT CAST(MAX(id) AS BIGINT) AS n FROM api_keys");
    let res = admin
        .client
        .post(admin.url(&format!("/admin/api-keys/{id}/revoke")))
        .form(&[("_csrf", csrf_of(&html).as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_error(
        &app,
        &format!("services?api_key={key}"),
        StatusCode::FORBIDDEN,
    )
    .await;
}
