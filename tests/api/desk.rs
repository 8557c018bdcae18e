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
    assert_eq!(texts(&letter, "article h1"), vec!["Welcome to Portineria"]);
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
