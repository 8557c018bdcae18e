use reqwest::multipart::{Form, Part};
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::helpers::images::{has_metadata, jpeg, jpeg_with_gps, png};
use crate::helpers::smtp::decoded;
use crate::helpers::{csrf_of, location, spawn_app, spawn_app_with, texts, SmtpSink, TestApp};

pub fn report(category: &str, location: &str, description: &str) -> Form {
    Form::new()
        .text("category", category.to_string())
        .text("location", location.to_string())
        .text("description", description.to_string())
}

pub fn photo(bytes: Vec<u8>, name: &str, mime: &str) -> Part {
    Part::bytes(bytes)
        .file_name(name.to_string())
        .mime_str(mime)
        .unwrap()
}

async fn my_reports(app: &TestApp, token: &str) -> Vec<Value> {
    app.api_json("/api/v1/reports?mine=true", token, StatusCode::OK)
        .await["reports"]
        .as_array()
        .unwrap()
        .clone()
}

#[tokio::test]
async fn a_tenant_files_from_the_page_and_sees_what_happens_next() {
    let app = spawn_app().await;
    app.sign_in_ok("inquilino@demo.test").await;
    let mine = |html: &str| texts(html, "#mine-heading + ul .report-title").len();
    let before = mine(&app.page("/reports").await.1);
    // Step one without JavaScript: where and what.
    let (status, step_one) = app.page("/reports/new").await;
    assert_eq!(status, StatusCode::OK);
    assert!(texts(&step_one, "#report-start legend").contains(&"Dove?".to_string()));
    let (_, step_two) = app.page("/reports/new?where=unit&category=plumbing").await;
    let token = csrf_of(&step_two);
    let key = crate::helpers::attr(&step_two, r#"input[name="idempotency_key"]"#, "value").unwrap();
    let key_again = key.clone();
    let form = Form::new()
        .text("_csrf", token)
        .text("idempotency_key", key)
        .text("where", "unit")
        .text("category", "plumbing")
        .text("spot", "Bagno")
        .text(
            "description",
            "Lo scarico della doccia è intasato e l'acqua non va giù.",
        )
        .text("permission_to_enter", "yes")
        .text("time_windows", "morning")
        .text("time_windows", "evening")
        .part(
            "photos",
            photo(jpeg_with_gps(64, 32), "doccia.jpg", "image/jpeg"),
        );
    let res = app.post_multipart("/reports", form).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let target = location(&res);
    assert!(target.starts_with("/reports/SEG-20"), "{target}");
    let reference = target
        .trim_start_matches("/reports/")
        .trim_end_matches("?filed=1")
        .to_string();
    assert_eq!(reference.len(), "SEG-2026-000123".len());

    let (_, page) = app.page(&target).await;
    let state = texts(&page, "[role=status]").join(" ");
    assert!(
        state.contains("Segnalazione inviata.") && state.contains(&reference),
        "{state}"
    );
    assert_eq!(texts(&page, "#state-heading .status"), vec!["Ricevuta"]);
    assert!(texts(&page, "main")
        .join(" ")
        .contains("ALER Milano deve ancora prenderla in carico."));
    assert!(texts(&page, ".facts").join(" ").contains("Di mattina"));

    // The photo is served, upright, with no metadata at all.
    let thumb = crate::helpers::attr(&page, ".photos img", "src").unwrap();
    let full = crate::helpers::attr(&page, ".photos a", "href").unwrap();
    for path in [&thumb, &full] {
        let res = app.get(path).await;
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(res.headers()["content-type"], "image/jpeg");
        let bytes = res.bytes().await.unwrap();
        assert!(!has_metadata(&bytes), "{path} carries metadata");
        assert!(
            !bytes.windows(4).any(|w| w == b"Exif"),
            "{path} carries EXIF"
        );
        let img = image::load_from_memory(&bytes).unwrap();
        assert_eq!(
            (img.width(), img.height()),
            (32, 64),
            "EXIF orientation applied"
        );
    }
    // And the files on disk are the same clean copies.
    for entry in std::fs::read_dir(app.data_dir.join("photos")).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        assert!(!has_metadata(&bytes));
    }
    // Sending the same form again (a double tap, a retry) makes no second report.
    let form = Form::new()
        .text("_csrf", csrf_of(&step_two))
        .text("idempotency_key", key_again)
        .text("where", "unit")
        .text("category", "plumbing")
        .text(
            "description",
            "Lo scarico della doccia è intasato e l'acqua non va giù.",
        );
    let res = app.post_multipart("/reports", form).await;
    assert_eq!(location(&res), target);
    assert_eq!(mine(&app.page("/reports").await.1), before + 1);
}

#[tokio::test]
async fn the_api_files_a_report_once_per_idempotency_key_even_under_concurrent_retries() {
    let app = spawn_app().await;
    let token = app.api_token("inquilino@demo.test", "demo").await;
    let before = my_reports(&app, &token).await.len();
    let mut tasks = vec![];
    for _ in 0..6 {
        let url = app.url("/api/v1/reports");
        let token = token.clone();
        tasks.push(tokio::spawn(async move {
            let form = report(
                "electrical",
                "stair",
                "La lampadina dell'androne lampeggia.",
            )
            .part("photos", photo(jpeg(800, 600), "luce.jpg", "image/jpeg"));
            let res = reqwest::Client::new()
                .post(url)
                .bearer_auth(token)
                .header("idempotency-key", "phone-retry-7f3a")
                .multipart(form)
                .send()
                .await
                .unwrap();
            let status = res.status();
            let body: Value = res.json().await.unwrap();
            (status, body["ref"].as_str().unwrap().to_string())
        }));
    }
    let mut refs = vec![];
    let mut created = 0;
    for task in tasks {
        let (status, reference) = task.await.unwrap();
        assert!(
            status == StatusCode::CREATED || status == StatusCode::OK,
            "{status}"
        );
        created += usize::from(status == StatusCode::CREATED);
        refs.push(reference);
    }
    refs.dedup();
    assert_eq!(refs.len(), 1, "one report for one key");
    assert_eq!(created, 1, "created once, replayed after");
    assert_eq!(my_reports(&app, &token).await.len(), before + 1);
    assert_eq!(
        app.stored_photos(),
        2,
        "one display copy and one thumbnail: the losers' photos are gone"
    );
    // A new key is a new report.
    let res = app
        .api_file(
            &token,
            report("electrical", "stair", "Un altro guasto, diverso."),
            Some("another-key"),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
}

#[tokio::test]
async fn in_unit_reports_are_private_and_existence_does_not_leak() {
    let app = spawn_app().await;
    let tenant_b = app.api_token("referente@demo.test", "demo").await;
    let reference = app
        .file_report(
            &tenant_b,
            report("damp", "unit", "Muffa dietro l'armadio della camera."),
        )
        .await;
    let tenant_a = app.api_token("inquilino@demo.test", "demo").await;
    let hidden = app
        .api_get(&format!("/api/v1/reports/{reference}"), &tenant_a)
        .await;
    assert_eq!(hidden.status(), StatusCode::NOT_FOUND);
    let hidden: Value = hidden.json().await.unwrap();
    let missing: Value = app
        .api_get("/api/v1/reports/SEG-2026-999999", &tenant_a)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        hidden, missing,
        "a hidden report reads exactly like a missing one"
    );
    assert!(!app
        .api_json("/api/v1/reports", &tenant_a, StatusCode::OK)
        .await["reports"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["ref"] == reference));
    app.sign_in_ok("inquilino@demo.test").await;
    assert_eq!(
        app.get(&format!("/reports/{reference}")).await.status(),
        StatusCode::NOT_FOUND
    );
    // Staff of the landlord and the estate's desk see it.
    for staff in [
        "tecnico.aler@demo.test",
        "responsabile.aler@demo.test",
        "sportello@demo.test",
    ] {
        let token = app.api_token(staff, "demo").await;
        app.api_json(
            &format!("/api/v1/reports/{reference}"),
            &token,
            StatusCode::OK,
        )
        .await;
    }
    let comune = app.api_token("tecnico.comune@demo.test", "demo").await;
    assert_eq!(
        app.api_get(&format!("/api/v1/reports/{reference}"), &comune)
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn common_area_reports_are_seen_by_the_stair_without_the_reporters_name() {
    let app = spawn_app().await;
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let reference = app
        .file_report(
            &tenant,
            report("lift", "stair", "L'ascensore fa un rumore metallico."),
        )
        .await;
    let neighbour = app.api_token("referente@demo.test", "demo").await;
    let seen = app
        .api_json(
            &format!("/api/v1/reports/{reference}"),
            &neighbour,
            StatusCode::OK,
        )
        .await;
    assert_eq!(
        seen["events"][0]["who"], "Chi ha segnalato",
        "no name unless the reporter chose to show it"
    );
    assert!(!seen.to_string().contains("Giulia"));
    // A tenant of another building does not see it.
    let other = app.activated("DEMO-CASA-4567", "ion.p").await;
    let res = other.get(&format!("/reports/{reference}")).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    // With show_name, neighbours see who it was.
    let filed: Value = app
        .api_file(
            &tenant,
            report("lift", "stair", "Anche la pulsantiera è rotta.").text("show_name", "yes"),
            None,
        )
        .await
        .json()
        .await
        .unwrap();
    let seen = app
        .api_json(
            &format!("/api/v1/reports/{}", filed["ref"].as_str().unwrap()),
            &neighbour,
            StatusCode::OK,
        )
        .await;
    assert_eq!(seen["events"][0]["who"], "Giulia Colombo");
}

#[tokio::test]
async fn neighbours_say_me_too_and_are_told_what_happens() {
    let app = spawn_app().await;
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let reference = app
        .file_report(
            &tenant,
            report(
                "cleaning",
                "stair",
                "Le scale non vengono pulite da due settimane.",
            ),
        )
        .await;
    // The neighbour filing the same thing is shown it first, with a "me too" button.
    let neighbour = app.visitor();
    neighbour.sign_in_ok("referente@demo.test").await;
    let (_, step_two) = neighbour
        .page("/reports/new?where=stair&category=cleaning")
        .await;
    assert!(texts(&step_two, "#similar-heading + p + ul .report-title")
        .iter()
        .any(|t| t.starts_with("Pulizia")));
    let res = neighbour
        .submit(
            "/reports/new?where=stair&category=cleaning",
            &format!("/reports/{reference}/me-too"),
            &[],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (_, page) = neighbour.page(&format!("/reports/{reference}")).await;
    assert!(texts(&page, "main")
        .join(" ")
        .contains("Una persona ha detto «anch'io»."));
    // The reporter cannot "me too" their own report.
    let res = app
        .api_post_json(
            &format!("/api/v1/reports/{reference}/events"),
            &tenant,
            json!({"type": "comment", "body": "Grazie"}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    // When the landlord acts, the neighbour hears of it too.
    let tech = app.api_token("tecnico.aler@demo.test", "demo").await;
    let res = app
        .api_post_json(&format!("/api/v1/reports/{reference}/events"), &tech, json!({"type": "transition", "to": "acknowledged", "body": "Sentiamo l'impresa di pulizie."}))
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    neighbour
        .inbox_with(|t| t.contains(&reference) && t.contains("Presa in carico"))
        .await;
}

#[tokio::test]
async fn a_delegate_files_for_their_stair_but_not_for_another() {
    let app = spawn_app().await;
    let delegate = app.api_token("referente@demo.test", "demo").await;
    let me = app.api_json("/api/v1/me", &delegate, StatusCode::OK).await;
    let stair = me["roles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["role"] == "stair_delegate")
        .unwrap()["scope_id"]
        .as_i64()
        .unwrap();
    let res = app
        .api_file(
            &delegate,
            report("lift", "stair", "Ascensore fermo.").text("place_id", stair.to_string()),
            None,
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let res = app
        .api_file(
            &delegate,
            report("lift", "stair", "Ascensore fermo.").text("place_id", (stair + 1).to_string()),
            None,
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], "not_found");
    // Nor can a tenant file "for" someone else.
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let me = app.api_json("/api/v1/me", &delegate, StatusCode::OK).await;
    let res = app
        .api_file(
            &tenant,
            report("lift", "unit", "Per il vicino.").text("for_user", me["id"].to_string()),
            None,
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_desk_files_for_a_tenant_who_is_told_by_inbox_and_mail() {
    let smtp = SmtpSink::start().await;
    let app = spawn_app_with(|c| c.smtp_url = Some(smtp.url.clone())).await;
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let tenant_id = app.api_json("/api/v1/me", &tenant, StatusCode::OK).await["id"].clone();
    // The operator finds the tenant by flat and files on the page.
    let desk = app.visitor();
    desk.sign_in_ok("sportello@demo.test").await;
    let (_, search) = desk.page("/reports/new?unit=gua12-a-21").await;
    let link =
        crate::helpers::attr(&search, r#"a[href^="/reports/new?for_user="]"#, "href").unwrap();
    assert_eq!(link, format!("/reports/new?for_user={tenant_id}"));
    let (_, form_page) = desk
        .page(&format!("{link}&where=unit&category=heating"))
        .await;
    assert!(texts(&form_page, "[role=status]")
        .join(" ")
        .contains("per Giulia Colombo"));
    let form = Form::new()
        .text("_csrf", csrf_of(&form_page))
        .text("for_user", tenant_id.to_string())
        .text("where", "unit")
        .text("category", "heating")
        .text(
            "description",
            "La signora è passata allo sportello: niente acqua calda da ieri.",
        )
        .part("photos", photo(png(40, 40), "foto.png", "image/png"));
    let res = desk.post_multipart("/reports", form).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let reference = location(&res)
        .trim_start_matches("/reports/")
        .trim_end_matches("?filed=1")
        .to_string();

    // The tenant sees it as theirs, marked as filed at the desk, in their inbox and mail.
    let seen = app
        .api_json(
            &format!("/api/v1/reports/{reference}"),
            &tenant,
            StatusCode::OK,
        )
        .await;
    assert_eq!(seen["filed_at_desk"], true);
    assert_eq!(
        seen["events"][0]["summary"],
        "Inviata allo sportello per Giulia Colombo"
    );
    assert_eq!(seen["photos"].as_array().unwrap().len(), 1);
    let photo_url = seen["photos"][0]["url"].as_str().unwrap();
    assert_eq!(
        app.api_get(photo_url, &tenant).await.status(),
        StatusCode::OK
    );
    assert!(my_reports(&app, &tenant)
        .await
        .iter()
        .any(|r| r["ref"] == reference.as_str()));
    app.sign_in_ok("inquilino@demo.test").await;
    app.inbox_with(|t| t.contains(&reference) && t.contains("sportello"))
        .await;
    let mail = decoded(&smtp.wait_for(1).await[0]);
    assert!(mail.contains("To: inquilino@demo.test"), "{mail}");
    assert!(
        mail.contains(&format!("http://portineria.test/reports/{reference}")),
        "{mail}"
    );
}
