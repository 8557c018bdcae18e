use reqwest::StatusCode;

use crate::helpers::{location, spawn_app, texts};

async fn activate(
    app: &crate::helpers::TestApp,
    code: &str,
    username: &str,
    password: &str,
) -> reqwest::Response {
    app.submit(
        "/activate",
        "/activate",
        &[
            ("code", code),
            ("username", username),
            ("password", password),
            ("password_confirm", password),
        ],
    )
    .await
}

#[tokio::test]
async fn a_tenant_without_email_activates_with_the_paper_code_and_signs_in_later() {
    let app = spawn_app().await;
    // Typed as people type: lower case, spaces instead of dashes.
    let res = activate(&app, "demo casa 2345", "Fatima.EA", "gelsomino in fiore").await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), "/");
    let (_, home) = app.page("/").await;
    assert!(texts(&home, "h1")[0].contains("Fatima El Amrani"));
    assert!(texts(&home, "main").join(" ").contains("GUA12-A-11"));

    let later = app.visitor();
    let res = later.sign_in("fatima.ea", "gelsomino in fiore").await;
    assert_eq!(location(&res), "/");

    // The code is used up.
    let res = activate(
        &app.visitor(),
        "DEMO-CASA-2345",
        "someone.else",
        "gelsomino in fiore",
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn activation_mistakes_are_explained_and_change_nothing() {
    let app = spawn_app().await;
    let res = activate(&app, "WRONG-CODE-0000", "giuseppe", "una password lunga").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text().await.unwrap();
    assert_eq!(
        texts(&html, "[role=alert]"),
        vec!["Il codice non è valido o è scaduto. Controlla la lettera o chiedi un nuovo codice allo sportello."]
    );
    // What was typed is kept, so the person need not type it again.
    assert_eq!(
        crate::helpers::attr(&html, "#username", "value").as_deref(),
        Some("giuseppe")
    );

    let res = app
        .submit(
            "/activate",
            "/activate",
            &[
                ("code", "DEMO-CASA-3456"),
                ("username", "giuseppe"),
                ("password", "una password lunga"),
                ("password_confirm", "un'altra"),
            ],
        )
        .await;
    assert_eq!(
        texts(&res.text().await.unwrap(), "[role=alert]"),
        vec!["Le due password non coincidono."]
    );
    let res = activate(&app, "DEMO-CASA-3456", "x", "una password lunga").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let res = activate(
        &app,
        "DEMO-CASA-3456",
        "inquilino@demo.test",
        "una password lunga",
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // A username someone else has is refused.
    activate(&app, "DEMO-CASA-4567", "ion.p", "una password lunga").await;
    let res = activate(
        &app.visitor(),
        "DEMO-CASA-3456",
        "ion.p",
        "una password lunga",
    )
    .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);

    // After all that, the code still works for its owner.
    let res = activate(
        &app.visitor(),
        "DEMO-CASA-3456",
        "giuseppe.m",
        "una password lunga",
    )
    .await;
    assert_eq!(location(&res), "/");
}

#[tokio::test]
async fn guessing_codes_is_rate_limited() {
    let app = spawn_app().await;
    for i in 0..10 {
        let res = activate(
            &app,
            &format!("GUESS-CODE-{i:04}"),
            "guesser",
            "una password lunga",
        )
        .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    }
    let res = activate(&app, "DEMO-CASA-2345", "guesser", "una password lunga").await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
}
