//! An account unused for longer than the configured period is anonymised by the background
//! jobs: the person can no longer sign in and their name, addresses and roles are gone, while
//! their reports stay, under a name that names nobody. Admins and active accounts stay.

use std::time::Duration;

use reqwest::StatusCode;

use crate::helpers::{spawn_app_with, texts};
use crate::reports::report;

#[tokio::test]
async fn an_account_unused_for_too_long_is_anonymised_and_its_reports_stay() {
    let app = spawn_app_with(|c| c.anonymise_after = Duration::from_secs(90 * 24 * 3600)).await;
    let tenant = app.visitor();
    tenant.sign_in_ok("inquilino@demo.test").await;
    let token = app.api_token("inquilino@demo.test", "demo").await;
    let reference = app
        .file_report(
            &token,
            report("lift", "stair", "Ascensore fermo da ieri sera."),
        )
        .await;
    let technician = app.visitor();
    technician.sign_in_ok("tecnico.aler@demo.test").await;
    let (_, before) = technician.page(&format!("/reports/{reference}")).await;
    assert!(texts(&before, "main").join(" ").contains("Giulia Colombo"));

    // Signed in just now: nobody is anonymised.
    app.housekeeping_ran().await;
    let anonymised =
        "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM users WHERE anonymised_at IS NOT NULL";
    assert_eq!(app.count(anonymised), 0);

    // Two years without signing in, for the tenant and for the admin.
    app.sql(
        "UPDATE users SET last_active_at = '2024-01-01 00:00:00' \
         WHERE email IN ('inquilino@demo.test', 'admin@demo.test')",
    );
    for _ in 0..100 {
        if app.count(anonymised) > 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(app.count(anonymised), 1, "the tenant, not the admin");
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) AS n FROM users WHERE email = 'inquilino@demo.test' OR name = 'Giulia Colombo'"),
        0
    );

    // They can no longer sign in, and the session they had is over.
    let res = app.visitor().sign_in("inquilino@demo.test", "demo").await;
    assert_ne!(res.status(), StatusCode::SEE_OTHER);
    let res = tenant.get("/").await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "back to signing in");

    // The report is still there, whole, under a name that names nobody.
    let (status, after) = technician.page(&format!("/reports/{reference}")).await;
    assert_eq!(status, StatusCode::OK);
    let shown = texts(&after, "main").join(" ");
    assert!(!shown.contains("Giulia Colombo"), "{shown}");
    assert!(shown.contains("N. N."), "{shown}");
    assert!(shown.contains("Ascensore fermo da ieri sera."));

    // The admin, and everyone who signed in lately, are untouched.
    app.visitor().sign_in_ok("admin@demo.test").await;
    app.visitor().sign_in_ok("referente@demo.test").await;
}
