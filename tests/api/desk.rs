use reqwest::StatusCode;

use crate::helpers::{spawn_app, texts};

#[tokio::test]
async fn the_desk_registers_a_tenant_and_prints_a_letter_whose_code_works() {
    let app = spawn_app().await;
    app.sign_in_ok("sportello@demo.test").await;
    let res = app
        .submit(
            "/desk/tenants/new",
            "/desk/tenants",
            &[
                ("name", "Amina Diallo"),
                ("unit_code", "cil40-d-53"),
                ("locale", "en"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let letter = res.text().await.unwrap();
    // The page is the operator's (Italian); the letter is in the tenant's language.
    assert_eq!(
        crate::helpers::attr(&letter, "html", "lang").as_deref(),
        Some("it")
    );
    assert_eq!(
        crate::helpers::attr(&letter, "article.letter", "lang").as_deref(),
        Some("en")
    );
    // The handover letter: the code with a QR code to the activation page, then the welcome
    // kit, all in the tenant's language.
    assert_eq!(
        texts(&letter, "article h1"),
        vec!["Welcome to Portineria", "Welcome kit"]
    );
    assert!(texts(&letter, "article.letter h2")
        .contains(&"Useful numbers and opening hours".to_string()));
    let qr = crate::helpers::attr(&letter, ".letter-qr img", "src").unwrap();
    assert_eq!(
        crate::helpers::images::qr_text(&qr),
        "http://portineria.test/activate"
    );
    assert!(texts(&letter, "article")
        .join(" ")
        .contains("Dear Amina Diallo"));
    let code = texts(&letter, ".activation-code").remove(0);
    assert_eq!(code.len(), 14, "{code}");

    let tenant = app.visitor();
    let res = tenant
        .submit(
            "/activate",
            "/activate",
            &[
                ("code", &code),
                ("username", "amina"),
                ("password", "welcome home"),
                ("password_confirm", "welcome home"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (_, home) = tenant.page("/").await;
    assert_eq!(
        crate::helpers::attr(&home, "html", "lang").as_deref(),
        Some("en")
    );
    assert!(texts(&home, "main").join(" ").contains("CIL40-D-53"));
}

#[tokio::test]
async fn the_desk_only_serves_its_own_estate_and_only_staff_see_it() {
    let app = spawn_app().await;
    let out = app.cli(&[
        "import",
        concat!(env!("CARGO_MANIFEST_DIR"), "/assets/places-example.csv"),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    app.sign_in_ok("sportello@demo.test").await;
    for unit in ["ZAN3-A-01", "NOWHERE-1"] {
        let res = app
            .submit(
                "/desk/tenants/new",
                "/desk/tenants",
                &[
                    ("name", "Mario Rossi"),
                    ("unit_code", unit),
                    ("locale", "it"),
                ],
            )
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{unit}");
        let alert = texts(&res.text().await.unwrap(), "[role=alert]");
        assert_eq!(
            alert,
            vec![format!(
                "Nessun alloggio con codice «{unit}» nel tuo quartiere."
            )]
        );
    }
    let res = app
        .submit(
            "/desk/tenants/new",
            "/desk/tenants",
            &[
                ("name", "  "),
                ("unit_code", "GUA12-A-01"),
                ("locale", "it"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // The admin can register anywhere.
    let admin = app.visitor();
    admin.sign_in_ok("admin@demo.test").await;
    let res = admin
        .submit(
            "/desk/tenants/new",
            "/desk/tenants",
            &[
                ("name", "Mario Rossi"),
                ("unit_code", "ZAN3-A-01"),
                ("locale", "it"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);

    for email in [
        "inquilino@demo.test",
        "referente@demo.test",
        "tecnico.aler@demo.test",
        "responsabile.aler@demo.test",
    ] {
        let visitor = app.visitor();
        visitor.sign_in_ok(email).await;
        assert_eq!(
            visitor.get("/desk/tenants/new").await.status(),
            StatusCode::NOT_FOUND,
            "{email}"
        );
        let (_, home) = visitor.page("/").await;
        let res = visitor
            .client
            .post(visitor.url("/desk/tenants"))
            .form(&[
                ("_csrf", crate::helpers::csrf_of(&home).as_str()),
                ("name", "X Y"),
                ("unit_code", "GUA12-A-01"),
                ("locale", "it"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{email}");
    }
}

/// Desk operators answer the neighbours' disputes routed to them: they work their own queue,
/// with the filters, counts and triage technicians have, and only their estate's desk reports.
#[tokio::test]
async fn the_desk_works_a_queue_of_the_reports_routed_to_it() {
    let app = spawn_app().await;
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let filed = app
        .api_file(
            &tenant,
            crate::reports::report(
                "coexistence",
                "stair",
                "Il cane del vicino abbaia tutta la notte.",
            ),
            None,
        )
        .await
        .json::<serde_json::Value>()
        .await
        .unwrap();
    let reference = filed["ref"].as_str().unwrap().to_string();
    let desk = app.visitor();
    desk.sign_in_ok("sportello@demo.test").await;
    let (status, queue) = desk.page("/work").await;
    assert_eq!(status, StatusCode::OK);
    let rows = texts(&queue, ".queue .report-item");
    assert!(rows.iter().any(|t| t.contains(&reference)), "{rows:?}");
    assert!(
        rows.iter().all(|t| t.contains("Problemi tra vicini")),
        "only the desk's reports: {rows:?}"
    );
    let chips = texts(&queue, ".chips li");
    assert!(chips.iter().any(|c| c.as_str() == "Aperte 2"), "{chips:?}");
    let (_, filtered) = desk.page("/work?category=lift").await;
    assert!(texts(&filtered, ".queue .report-item").is_empty());

    // Triage: take it, and give it to a colleague of the desk (here, oneself).
    let token = app.api_token("sportello@demo.test", "demo").await;
    let me = app.api_json("/api/v1/me", &token, StatusCode::OK).await;
    let (status, body) = app
        .report_event(
            &token,
            &reference,
            serde_json::json!({"type": "assign", "assignee": me["id"]}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let res = desk
        .submit(
            "/work",
            "/work/bulk",
            &[
                (&format!("ref_{reference}"), "on"),
                ("action", "acknowledge"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let api = app
        .api_json("/api/v1/queue?assignee=me", &token, StatusCode::OK)
        .await;
    assert_eq!(api["reports"][0]["ref"], reference.as_str());
    assert_eq!(api["reports"][0]["status"], "acknowledged");
    // A technician's queue never shows the desk's private reports.
    let tech = app.api_token("tecnico.aler@demo.test", "demo").await;
    let theirs = app.api_json("/api/v1/queue", &tech, StatusCode::OK).await;
    assert!(theirs["reports"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["ref"] != reference.as_str()));
}
