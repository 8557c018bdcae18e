//! A person's own data: the export of everything the portal holds about them (a ZIP of JSON
//! and photos, none of a neighbour's), erasure on request at the desk after a confirmation, and
//! the audit trail of what staff and admins changed, which only admins read.

use std::io::{Read, Write};
use std::time::Duration;

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::boards::{building, id_of};
use crate::helpers::images::jpeg;
use crate::helpers::{attr, csrf_of, location, spawn_app, spawn_app_with, texts, TestApp};
use crate::reports::{photo, report};

/// The archive's files by name.
fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a ZIP file");
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap();
            let mut content = vec![];
            file.read_to_end(&mut content).unwrap();
            (file.name().to_string(), content)
        })
        .collect()
}

fn json_file(files: &[(String, Vec<u8>)], name: &str) -> Value {
    let (_, bytes) = files
        .iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("{name} in the archive"));
    serde_json::from_slice(bytes).expect("JSON")
}

#[tokio::test]
async fn a_person_downloads_their_own_data_and_nothing_of_a_neighbour() {
    let app = spawn_app().await;
    let giulia = app.api_token("inquilino@demo.test", "demo").await;
    // Her report, with a photo; the technician answers in public.
    let reference = app
        .file_report(
            &giulia,
            report("lift", "stair", "L'ascensore si ferma tra i piani.")
                .part("photos", photo(jpeg(64, 48), "foto.jpg", "image/jpeg")),
        )
        .await;
    let technician = app.api_token("tecnico.aler@demo.test", "demo").await;
    let (status, _) = app
        .report_event(
            &technician,
            &reference,
            json!({"type": "comment", "body": "Mandiamo il tecnico domani."}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    // A neighbour's report she says "me too" to, on which the neighbour comments.
    let salvatore = app.api_token("referente@demo.test", "demo").await;
    let theirs = app
        .file_report(
            &salvatore,
            report(
                "cleaning",
                "stair",
                "Le scale non vengono pulite da giorni.",
            ),
        )
        .await;
    let tenant = app.visitor();
    tenant.sign_in_ok("inquilino@demo.test").await;
    let res = tenant
        .submit(
            &format!("/reports/{theirs}"),
            &format!("/reports/{theirs}/me-too"),
            &[],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (status, _) = app
        .report_event(
            &salvatore,
            &theirs,
            json!({"type": "comment", "body": "Ho chiamato io l'impresa."}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);

    // The profile offers the download as a plain link.
    let (_, profile) = tenant.page("/profile").await;
    assert_eq!(
        attr(&profile, "a[download]", "href").as_deref(),
        Some("/profile/export")
    );
    let res = tenant.get("/profile/export").await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["content-type"], "application/zip");
    assert!(res.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .starts_with("attachment"));
    let files = unzip(&res.bytes().await.unwrap());
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    for expected in [
        "profile.json",
        "roles.json",
        "channels.json",
        "reports.json",
        "comments.json",
        "inbox.json",
        "notices.json",
        "seen.json",
    ] {
        assert!(names.contains(&expected), "{expected} in {names:?}");
    }
    let profile = json_file(&files, "profile.json");
    assert_eq!(profile["name"], "Giulia Colombo");
    assert_eq!(profile["email"], "inquilino@demo.test");
    assert_eq!(json_file(&files, "roles.json")[0]["role"], "tenant");
    let reports = json_file(&files, "reports.json");
    let mine = reports
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["reference"] == reference.as_str())
        .expect("her report");
    assert_eq!(mine["relation"][0], "filed");
    assert!(mine["events"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["body"] == "Mandiamo il tecnico domani."));
    // The photo of her report is in the archive, a JPEG.
    let photo_path = mine["photos"][0].as_str().expect("a photo").to_string();
    let (_, jpeg_bytes) = files
        .iter()
        .find(|(n, _)| *n == photo_path)
        .expect("the photo's file");
    assert_eq!(&jpeg_bytes[..3], &[0xFF, 0xD8, 0xFF]);
    let followed = reports
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["reference"] == theirs.as_str())
        .expect("the report she follows");
    assert_eq!(followed["relation"], json!(["me_too"]));
    let comment = followed["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["body"] == "Ho chiamato io l'impresa.")
        .expect("the neighbour's public comment");
    assert_eq!(comment["who"], "Un residente", "by role, not by name");
    // Nowhere in the archive is the neighbour named or their address given.
    for (name, bytes) in &files {
        let text = String::from_utf8_lossy(bytes);
        for secret in ["Salvatore", "Russo", "referente@demo.test"] {
            assert!(!text.contains(secret), "{secret} in {name}");
        }
    }

    // The API gives the same archive with a bearer token, and nothing without one.
    let res = app.api_get("/api/v1/me/export", &giulia).await;
    assert_eq!(res.status(), StatusCode::OK);
    let files = unzip(&res.bytes().await.unwrap());
    assert_eq!(json_file(&files, "profile.json")["name"], "Giulia Colombo");
    let res = reqwest::get(app.url("/api/v1/me/export")).await.unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    // Salvatore's own archive has his report and none of Giulia's name.
    let res = app.api_get("/api/v1/me/export", &salvatore).await;
    let files = unzip(&res.bytes().await.unwrap());
    assert_eq!(json_file(&files, "profile.json")["name"], "Salvatore Russo");
    for (name, bytes) in &files {
        let text = String::from_utf8_lossy(bytes);
        assert!(!text.contains("Giulia"), "Giulia in {name}");
    }
}

/// A second estate with one tenant, through the command line.
fn other_estate_with_tenant(app: &TestApp) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("places.csv");
    let mut csv = std::fs::File::create(&file).unwrap();
    writeln!(csv, "estate_code,estate_name,city,building_code,building_name,address,owner_code,owner_name,owner_kind,stair_code,stair_name,unit_code,floor,number").unwrap();
    writeln!(csv, "MON-NO,Monza Nord,Monza,MON1,Via Monza 1,\"Via Monza 1, Monza\",aler-milano,ALER Milano,aler,A,Scala A,MON1-A-01,0,1").unwrap();
    drop(csv);
    let run = |args: &[&str]| {
        let out = app.cli(args);
        assert!(out.status.success(), "{args:?}: {out:?}");
    };
    run(&["import", file.to_str().unwrap()]);
    run(&[
        "user",
        "add",
        "--name",
        "Laura Monzese",
        "--email",
        "laura@monza.test",
    ]);
    run(&["user", "grant", "laura@monza.test", "tenant", "MON1-A-01"]);
    run(&["user", "revoke", "laura@monza.test", "tenant", "MON1-A-01"]);
    run(&["user", "grant", "laura@monza.test", "tenant", "MON1-A-01"]);
}

fn user_id(app: &TestApp, email: &str) -> i64 {
    id_of(app, &format!("users WHERE email = '{email}'"))
}

#[tokio::test]
async fn the_desk_anonymises_a_tenant_of_its_estate_on_request_after_confirming() {
    let app = spawn_app().await;
    other_estate_with_tenant(&app);
    let giulia = user_id(&app, "inquilino@demo.test");
    let laura = user_id(&app, "laura@monza.test");
    let desk = app.visitor();
    desk.sign_in_ok("sportello@demo.test").await;

    // The desk finds her by name and opens her page.
    let (status, found) = desk.page("/desk/people?name=colombo").await;
    assert_eq!(status, StatusCode::OK);
    let link = format!("/desk/people/{giulia}");
    assert_eq!(
        attr(&found, ".people-found a", "href").as_deref(),
        Some(link.as_str())
    );
    let (status, page) = desk.page(&link).await;
    assert_eq!(status, StatusCode::OK);
    assert!(texts(&page, "h1").contains(&"Giulia Colombo".to_string()));
    // Someone of another estate is not found there, nor by search.
    let (_, found) = desk.page("/desk/people?name=laura").await;
    assert!(texts(&found, ".people-found a").is_empty());
    let (status, _) = desk.page(&format!("/desk/people/{laura}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let res = desk
        .submit(
            &link,
            &format!("/desk/people/{laura}/erase"),
            &[("confirmed", "yes")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    // Nor may a tenant open the desk's pages, or an admin be erased.
    let tenant = app.visitor();
    tenant.sign_in_ok("referente@demo.test").await;
    let (status, _) = tenant.page(&link).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let admin_id = user_id(&app, "admin@demo.test");
    let (status, _) = desk.page(&format!("/desk/people/{admin_id}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Without a CSRF token nothing happens.
    let res = desk
        .client
        .post(desk.url(&format!("{link}/erase")))
        .form(&[("confirmed", "yes")])
        .send()
        .await
        .unwrap();
    assert!(res.status().is_client_error(), "{}", res.status());
    // The first press asks "are you sure?" and changes nothing.
    let res = desk.submit(&link, &format!("{link}/erase"), &[]).await;
    assert_eq!(res.status(), StatusCode::OK);
    let asking = res.text().await.unwrap();
    assert!(texts(&asking, "[role=alert]")
        .concat()
        .contains("Giulia Colombo"));
    let anonymised =
        "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM users WHERE anonymised_at IS NOT NULL";
    assert_eq!(app.count(anonymised), 0);
    // The confirmed second press anonymises her now; pressed twice at once, it does so once.
    let confirm = attr(&asking, "input[name=confirmed]", "value").unwrap();
    let press = || {
        desk.client
            .post(desk.url(&format!("{link}/erase")))
            .form(&[("_csrf", csrf_of(&asking)), ("confirmed", confirm.clone())])
            .send()
    };
    let (first, second) = tokio::join!(press(), press());
    let mut answers = [first.unwrap(), second.unwrap()];
    answers.sort_by_key(|r| r.status());
    assert_eq!(answers[0].status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&answers[0]), "/desk/people?anonymised=1");
    assert_eq!(answers[1].status(), StatusCode::NOT_FOUND);
    assert_eq!(app.count(anonymised), 1);
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) AS n FROM users WHERE name = 'Giulia Colombo' OR email = 'inquilino@demo.test'"),
        0
    );
    let res = app.visitor().sign_in("inquilino@demo.test", "demo").await;
    assert_ne!(
        res.status(),
        StatusCode::SEE_OTHER,
        "she can no longer sign in"
    );
    // A later confirmation finds nobody left to anonymise.
    let res = desk
        .submit(
            "/desk/people",
            &format!("{link}/erase"),
            &[("confirmed", "yes")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) AS n FROM audit_log WHERE action = 'person-anonymised'"),
        1,
        "one change, one line"
    );
    // It is in the audit trail, with who did it.
    let admin = app.visitor();
    admin.sign_in_ok("admin@demo.test").await;
    let (_, trail) = admin.page("/admin/audit").await;
    let line = texts(&trail, "[data-action=person-anonymised]").concat();
    assert!(line.contains("Marta Galli"), "{line}");
    assert!(line.contains(&format!("\"user_id\":{giulia}")), "{line}");
    assert!(!line.contains("Giulia Colombo"), "{line}");
}

#[tokio::test]
async fn the_audit_trail_keeps_what_staff_and_admins_changed_for_admins_only() {
    let app = spawn_app_with(|c| c.anonymise_after = Duration::from_secs(90 * 24 * 3600)).await;
    // The command line: places imported, roles granted and revoked, an API key issued and
    // revoked.
    other_estate_with_tenant(&app);
    let out = app.cli(&[
        "api-key",
        "create",
        "--name",
        "Centralino",
        "--organisation",
        "aler-milano",
    ]);
    assert!(out.status.success(), "{out:?}");
    let cli_secret = String::from_utf8(out.stdout).unwrap().trim().to_string();
    let key_id = id_of(&app, "api_keys WHERE name = 'Centralino'").to_string();
    let out = app.cli(&["api-key", "revoke", &key_id]);
    assert!(out.status.success(), "{out:?}");

    // The desk registers a tenant (a role granted on the web) and approves a kit proposal,
    // and imports an accounts file.
    let desk = app.visitor();
    desk.sign_in_ok("sportello@demo.test").await;
    let res = desk
        .submit(
            "/desk/tenants/new",
            "/desk/tenants",
            &[
                ("name", "Nuovo Inquilino"),
                ("unit_code", "GUA12-A-01"),
                ("locale", "it"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let guardi = building(&app, "GUA12");
    let estate = id_of(&app, "estates WHERE code = 'CIN-SE'");
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
                ("topic", "rules"),
                ("locale", "it"),
                ("title", "Le biciclette"),
                ("body", "Le biciclette si lasciano in cortile."),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (_, page) = desk.page(&editor).await;
    let review = attr(&page, r#"form[action^="/welcome/proposals/"]"#, "action").unwrap();
    let res = desk
        .submit(&editor, &review, &[("decision", "approve")])
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (_, html) = desk.page(&format!("/transparency?building={guardi}")).await;
    let csv = "building_code,year,item,amount\nGUA12,2026,Pulizie,\"1.000,00\"\n";
    let form = reqwest::multipart::Form::new()
        .text("_csrf", csrf_of(&html))
        .text("kind", "expenses")
        .part(
            "file",
            reqwest::multipart::Part::bytes(csv.as_bytes().to_vec()).file_name("spese.csv"),
        );
    let res = desk
        .post_multipart(&format!("/transparency/import?building={guardi}"), form)
        .await;
    assert!(res.status().is_success() || res.status().is_redirection());

    // An admin changes a category and issues and revokes a key.
    let admin = app.visitor();
    admin.sign_in_ok("admin@demo.test").await;
    let res = admin
        .submit(
            "/categories",
            "/categories/lift",
            &[
                ("name_it", "Ascensori"),
                ("priority", "urgent"),
                ("routing", "desk"),
                ("active", "yes"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let res = admin
        .submit(
            "/admin/api-keys",
            "/admin/api-keys",
            &[("name", "Comune 311"), ("organisation", "comune-cinisello")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let web_secret = texts(&res.text().await.unwrap(), "code.api-secret")
        .pop()
        .expect("the key, shown once");
    let web_key = id_of(&app, "api_keys WHERE name = 'Comune 311'");
    let res = admin
        .submit(
            "/admin/api-keys",
            &format!("/admin/api-keys/{web_key}/revoke"),
            &[],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);

    // The retention job anonymises an account unused for too long.
    app.sql(
        "UPDATE users SET last_active_at = '2024-01-01 00:00:00' WHERE email = 'laura@monza.test'",
    );
    let job_line =
        "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM audit_log WHERE action = 'accounts-anonymised'";
    for _ in 0..100 {
        if app.count(job_line) > 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // The admin reads every change, newest first, in their language.
    let (status, trail) = admin.page("/admin/audit").await;
    assert_eq!(status, StatusCode::OK);
    let actions: Vec<String> = scraper::Html::parse_document(&trail)
        .select(&scraper::Selector::parse(".audit-line").unwrap())
        .filter_map(|l| l.value().attr("data-action").map(str::to_string))
        .collect();
    for expected in [
        "places-imported",
        "role-granted",
        "role-revoked",
        "api-key-created",
        "api-key-revoked",
        "kit-approved",
        "transparency-imported",
        "category-changed",
        "accounts-anonymised",
    ] {
        assert!(
            actions.iter().any(|a| a == expected),
            "{expected} in {actions:?}"
        );
    }
    assert_eq!(actions[0], "accounts-anonymised", "newest first");
    let text = texts(&trail, "main").join(" ");
    assert!(
        text.contains("Riga di comando"),
        "the command line, in Italian"
    );
    assert!(text.contains("Attività programmata"), "the job");
    assert!(text.contains("Marta Galli"), "the desk, by name");
    assert!(
        text.contains("Amministrazione Portineria"),
        "the admin, by name"
    );
    assert!(text.contains("Ruolo assegnato"));
    // Never a key's secret.
    assert!(!trail.contains(&cli_secret) && !trail.contains(&web_secret));
    // A page past the end is empty; a page that is no number is refused clearly.
    let (status, later) = admin.page("/admin/audit?page=99").await;
    assert_eq!(status, StatusCode::OK);
    assert!(texts(&later, ".audit-line").is_empty());
    let (status, _) = admin.page("/admin/audit?page=abc").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);

    // Nobody else reads it.
    for login in [
        "sportello@demo.test",
        "responsabile.aler@demo.test",
        "inquilino@demo.test",
    ] {
        let other = app.visitor();
        other.sign_in_ok(login).await;
        let (status, _) = other.page("/admin/audit").await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{login}");
    }
}
