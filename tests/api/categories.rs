use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{spawn_app, texts};
use crate::reports::report;

fn category_form<'a>(
    name_it: &'a str,
    priority: &'a str,
    routing: &'a str,
    active: bool,
) -> Vec<(&'a str, &'a str)> {
    let mut form = vec![
        ("name_it", name_it),
        ("name_en", "Lift"),
        ("priority", priority),
        ("routing", routing),
    ];
    if active {
        form.push(("active", "yes"));
    }
    form
}

#[tokio::test]
async fn admins_rename_reprioritise_route_and_retire_categories() {
    let app = spawn_app().await;
    app.sign_in_ok("admin@demo.test").await;
    let (status, page) = app.page("/categories").await;
    assert_eq!(status, StatusCode::OK);
    assert!(texts(&page, "h2")
        .iter()
        .any(|h| h.starts_with("Ascensore")));
    let res = app
        .submit(
            "/categories",
            "/categories/lift",
            &category_form("Ascensori e montacarichi", "urgent", "owner", true),
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let list: Value = app
        .api_json("/api/v1/categories", &tenant, StatusCode::OK)
        .await;
    let lift = list
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["code"] == "lift")
        .unwrap()
        .clone();
    assert_eq!(lift["name"], "Ascensori e montacarichi");
    assert_eq!(lift["default_priority"], "urgent");
    let filed: Value = app
        .api_file(
            &tenant,
            report("lift", "stair", "Bloccato al piano terra."),
            None,
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(filed["priority"], "urgent");

    // Routed to the desk, a category's reports become private.
    app.submit(
        "/categories",
        "/categories/doors",
        &[
            ("name_it", "Porte"),
            ("name_en", "Doors"),
            ("priority", "normal"),
            ("routing", "desk"),
            ("active", "yes"),
        ],
    )
    .await;
    let filed: Value = app
        .api_file(
            &tenant,
            report("doors", "stair", "Porta della cantina scassinata."),
            None,
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(filed["private"], true);
    // Retired, it can no longer be chosen.
    app.submit(
        "/categories",
        "/categories/waste",
        &[
            ("name_it", "Rifiuti"),
            ("name_en", "Rubbish"),
            ("priority", "low"),
            ("routing", "owner"),
        ],
    )
    .await;
    let list: Value = app
        .api_json("/api/v1/categories", &tenant, StatusCode::OK)
        .await;
    assert!(!list
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["code"] == "waste"));
    let res = app
        .api_file(
            &tenant,
            report("waste", "stair", "Sacchi lasciati sulle scale."),
            None,
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // Mistakes are explained and nothing changes.
    let res = app
        .submit(
            "/categories",
            "/categories/lift",
            &category_form("", "urgent", "owner", true),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        texts(&res.text().await.unwrap(), "[role=alert]"),
        vec!["Ogni nome deve avere da 1 a 60 caratteri."]
    );
    let res = app
        .submit(
            "/categories",
            "/categories/lift",
            &category_form("Ascensore", "whenever", "owner", true),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let res = app
        .submit(
            "/categories",
            "/categories/lift",
            &category_form("Ascensore", "low", "nobody", true),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let list: Value = app
        .api_json("/api/v1/categories", &tenant, StatusCode::OK)
        .await;
    assert!(list
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["name"] == "Ascensori e montacarichi"));
}

/// Categories are shared by both landlords: a manager of one must not rename, re-route or
/// retire what the other relies on. Managers set their own service levels and templates.
#[tokio::test]
async fn only_admins_edit_categories() {
    let app = spawn_app().await;
    for email in [
        "inquilino@demo.test",
        "referente@demo.test",
        "sportello@demo.test",
        "tecnico.aler@demo.test",
        "responsabile.aler@demo.test",
    ] {
        let visitor = app.visitor();
        visitor.sign_in_ok(email).await;
        assert_eq!(
            visitor.get("/categories").await.status(),
            StatusCode::NOT_FOUND,
            "{email}"
        );
        let res = visitor
            .submit(
                "/",
                "/categories/lift",
                &category_form("Hacked", "low", "owner", true),
            )
            .await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{email}");
    }
    // The green areas the demo routes to the Comune still go there, under their name.
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let list = app
        .api_json("/api/v1/categories", &tenant, StatusCode::OK)
        .await;
    assert!(list
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["name"] != "Hacked"));
    let manager = app.visitor();
    manager.sign_in_ok("responsabile.aler@demo.test").await;
    let (_, home) = manager.page("/").await;
    assert!(
        crate::helpers::attr(&home, r#"a[href="/categories"]"#, "href").is_none(),
        "managers are not offered the editor"
    );
    assert_eq!(manager.get("/work/team").await.status(), StatusCode::OK);
    let admin = app.visitor();
    admin.sign_in_ok("admin@demo.test").await;
    assert_eq!(admin.get("/categories").await.status(), StatusCode::OK);
}
