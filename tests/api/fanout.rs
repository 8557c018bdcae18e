//! Notifications follow events: every change, by whatever path it came (a page, the API, a
//! bulk action, the desk, a background job), tells each follower exactly once — never whoever
//! acted — even with two app nodes telling at the same time.

use std::time::Duration;

use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{database, spawn_app, spawn_app_with, spawn_sibling, texts, SmtpSink};
use crate::reports::report;

#[tokio::test]
async fn every_change_tells_each_follower_once_but_not_who_acted_even_on_two_nodes() {
    let smtp = SmtpSink::start().await;
    let app = spawn_app_with(|c| c.smtp_url = Some(smtp.url.clone())).await;
    let other_node = spawn_sibling(&app, |c| c.smtp_url = Some(smtp.url.clone())).await;
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let mut references = vec![];
    for n in 0..12 {
        let form = report(
            "lift",
            "stair",
            &format!("Ascensore fermo, segnalazione {n}."),
        );
        references.push(app.file_report(&tenant, form).await);
    }
    // The tenant's own words go to nobody (they are the only follower).
    let (status, _) = app
        .report_event(
            &tenant,
            &references[0],
            json!({"type": "comment", "body": "Sono al quinto piano."}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    // One bulk action on one node: twelve events, told by whichever node claims each.
    let tech = other_node.visitor();
    tech.sign_in_ok("tecnico.aler@demo.test").await;
    let mut fields: Vec<(String, String)> = references
        .iter()
        .map(|r| (format!("ref_{r}"), "on".to_string()))
        .collect();
    fields.push(("action".into(), "acknowledge".into()));
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let res = tech.submit("/work", "/work/bulk", &fields).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    app.settled().await;

    let n = |query: &str| app.count(query);
    assert_eq!(
        n("SELECT CAST(COUNT(*) AS BIGINT) AS n FROM inbox i JOIN report_events e ON e.id = i.event_id WHERE e.kind = 'status'"),
        12,
        "the tenant hears of each acknowledgement once"
    );
    assert_eq!(
        n("SELECT CAST(COUNT(*) AS BIGINT) AS n FROM inbox i JOIN report_events e ON e.id = i.event_id WHERE i.user_id = e.actor_id"),
        0,
        "nobody is told of what they did themselves"
    );
    assert_eq!(
        n("SELECT CAST(COUNT(*) AS BIGINT) AS n FROM report_events WHERE notified_at IS NULL"),
        0
    );
    // And by mail, in their language, once each.
    let mails = smtp.wait_for(12).await;
    app.mail_settled().await;
    assert_eq!(smtp.messages().len(), 12, "no mail twice");
    for reference in &references {
        assert_eq!(
            mails
                .iter()
                .filter(|m| m.contains(reference.as_str()))
                .count(),
            1,
            "{reference}"
        );
    }
    let tenant_page = app.visitor();
    tenant_page.sign_in_ok("inquilino@demo.test").await;
    tenant_page
        .inbox_with(|t| {
            references.iter().any(|r| t.contains(r.as_str())) && t.contains("Presa in carico")
        })
        .await;
}

#[tokio::test]
async fn the_auto_close_job_tells_the_tenant() {
    let app = spawn_app_with(|c| c.autoclose_after = Duration::ZERO).await;
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let tech = app.api_token("tecnico.aler@demo.test", "demo").await;
    let reference = app
        .file_report(
            &tenant,
            report("doors", "building", "Il portone non chiude."),
        )
        .await;
    let (status, _) = app
        .report_event(
            &tech,
            &reference,
            json!({"type": "transition", "to": "resolved", "body": "Fatto."}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let visitor = app.visitor();
    visitor.sign_in_ok("inquilino@demo.test").await;
    visitor
        .inbox_with(|t| t.contains(&reference) && t.contains("nessuna risposta"))
        .await;
}

/// An inbox message is new until its report is opened. Opening it again, with nothing new
/// since, writes nothing (a page view stays a read); the next change is new again.
#[tokio::test]
async fn opening_a_report_reads_its_news_and_writes_only_when_there_is_news() {
    let app = spawn_app().await;
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let tech = app.api_token("tecnico.aler@demo.test", "demo").await;
    let reference = app
        .file_report(
            &tenant,
            report("lift", "stair", "Ascensore fermo al terzo piano."),
        )
        .await;
    let answer = |to: &'static str| {
        let app = &app;
        let (tech, reference) = (tech.clone(), reference.clone());
        async move {
            let res = app
                .api_post_json(
                    &format!("/api/v1/reports/{reference}/events"),
                    &tech,
                    json!({"type": "transition", "to": to}),
                )
                .await;
            assert_eq!(res.status(), StatusCode::CREATED);
            app.settled().await;
        }
    };
    answer("acknowledged").await;
    let web = app.visitor();
    web.sign_in_ok("inquilino@demo.test").await;
    let news = |home: &str| {
        texts(home, ".inbox li.unread")
            .iter()
            .any(|t| t.contains(&reference))
    };
    assert!(news(&web.page("/").await.1), "new before opening");
    web.page(&format!("/reports/{reference}")).await;
    assert!(!news(&web.page("/").await.1), "read once opened");
    let read_at = || {
        database::strings(
            &app.database_url,
            &format!(
                "SELECT CAST(r.read_at AS TEXT) AS s FROM report_reads r \
                 JOIN reports p ON p.id = r.report_id JOIN users u ON u.id = r.user_id \
                 WHERE p.reference = '{reference}' AND u.email = 'inquilino@demo.test'"
            ),
        )
    };
    let first = read_at();
    assert_eq!(first.len(), 1);
    tokio::time::sleep(Duration::from_millis(20)).await;
    web.page(&format!("/reports/{reference}")).await;
    assert_eq!(read_at(), first, "nothing new: nothing written");
    answer("scheduled").await;
    assert!(news(&web.page("/").await.1), "the next change is new");
    web.page(&format!("/reports/{reference}")).await;
    assert_ne!(read_at(), first);
    assert!(!news(&web.page("/").await.1));
}
