//! Trust in signing in and in a person's own secrets (issue 25): `next=` never leads to another
//! site, feed addresses die with the role, the password and "sign out everywhere" and are kept
//! only as hashes, a guesser cannot lock a tenant out (and the tenant hears of it), and a backup
//! is for the portal's own account only.

use std::net::{IpAddr, Ipv4Addr};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{
    attr, csrf_of, location, spawn_app, spawn_app_with, texts, SmtpSink, TestApp,
};

/// Targets the issue and browsers' URL parsers make of another site, as the server receives
/// them (after the query or form is decoded once).
const HOSTILE_NEXT: &[&str] = &[
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "\t//evil.example",
    "/%09/evil.example",
    "/%5Cevil.example",
    "/%5cevil.example",
    "/%2F%2Fevil.example",
    "/%2f/evil.example",
    "/%252F%252Fevil.example",
    "https://evil.example",
    "HTTPS:evil.example",
    "javascript:alert(1)",
    "evil.example",
    "/\r\n/evil.example",
    "/%0D%0ALocation:%20https://evil.example",
    "/\n/evil.example",
    "/ /evil.example",
    "/\u{a0}/evil.example",
];

fn next_query(next: &str) -> String {
    let encoded: String = url::form_urlencoded::byte_serialize(next.as_bytes()).collect();
    format!("/login?next={encoded}")
}

#[tokio::test]
async fn next_leads_only_to_paths_of_this_site_when_signed_in_and_after_the_form() {
    let app = spawn_app().await;
    let signed_in = app.visitor();
    signed_in.sign_in_ok("inquilino@demo.test").await;
    // The very address of the report, raw as a browser sends it.
    let res = signed_in.get("/login?next=/%09/evil.example").await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), "/");
    for next in HOSTILE_NEXT {
        let res = signed_in.get(&next_query(next)).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "{next:?}");
        assert_eq!(location(&res), "/", "signed in, next={next:?}");

        let visitor = app.visitor();
        let res = visitor
            .submit(
                &next_query(next),
                "/login",
                &[
                    ("login", "inquilino@demo.test"),
                    ("password", "demo"),
                    ("next", next),
                ],
            )
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "{next:?}");
        assert_eq!(location(&res), "/", "after the form, next={next:?}");
    }
    // A path of this site still leads back to it, both ways.
    let good = "/reports?status=open";
    let res = signed_in.get(&next_query(good)).await;
    assert_eq!(location(&res), good);
    let visitor = app.visitor();
    let res = visitor
        .submit(
            &next_query(good),
            "/login",
            &[
                ("login", "inquilino@demo.test"),
                ("password", "demo"),
                ("next", good),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), good);
}

/// The technician's agenda address as `/api/v1/me` gives it, as a path of the test server.
async fn agenda_path(app: &TestApp, token: &str) -> String {
    let me = app.api_json("/api/v1/me", token, StatusCode::OK).await;
    local(me["calendar_url"].as_str().expect("a calendar address"))
}

fn local(url: &str) -> String {
    url.replace("http://portineria.test", "")
}

async fn status_of(app: &TestApp, path: &str) -> StatusCode {
    reqwest::get(app.url(path)).await.unwrap().status()
}

#[tokio::test]
async fn an_agenda_feed_stops_answering_once_its_technician_may_no_longer_see_the_agenda() {
    let app = spawn_app().await;
    let tech = app.api_token("tecnico.aler@demo.test", "demo").await;
    let feed = agenda_path(&app, &tech).await;
    assert_eq!(status_of(&app, &feed).await, StatusCode::OK);
    // The role's term ends: the address that was handed out stops at once.
    app.sql(
        "UPDATE role_grants SET ends_at = '2001-01-01 00:00:00' WHERE role = 'technician' \
         AND user_id = (SELECT id FROM users WHERE email = 'tecnico.aler@demo.test')",
    );
    assert_eq!(status_of(&app, &feed).await, StatusCode::NOT_FOUND);
    app.sql("UPDATE role_grants SET ends_at = NULL WHERE role = 'technician'");
    assert_eq!(status_of(&app, &feed).await, StatusCode::OK);

    // The role taken away on the command line: the address is gone for good.
    let out = app.cli(&[
        "user",
        "revoke",
        "tecnico.aler@demo.test",
        "technician",
        "aler-milano",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(status_of(&app, &feed).await, StatusCode::NOT_FOUND);
    let out = app.cli(&[
        "user",
        "grant",
        "tecnico.aler@demo.test",
        "technician",
        "aler-milano",
    ]);
    assert!(out.status.success());
    assert_eq!(status_of(&app, &feed).await, StatusCode::NOT_FOUND);
    let renewed = agenda_path(&app, &tech).await;
    assert_ne!(renewed, feed);
    assert_eq!(status_of(&app, &renewed).await, StatusCode::OK);
}

#[tokio::test]
async fn feed_addresses_are_kept_as_hashes_and_renewed_from_the_profile_and_the_api() {
    let app = spawn_app().await;
    let tech = app.api_token("tecnico.aler@demo.test", "demo").await;
    let feed = agenda_path(&app, &tech).await;
    let token = feed
        .trim_start_matches("/calendar/")
        .trim_end_matches(".ics")
        .to_string();
    assert_eq!(token.len(), 64);
    // Nothing in the table opens the feed: not the token, not a column holding it.
    assert_eq!(
        app.count(&format!(
            "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM feed_tokens \
             WHERE token = '{token}' OR token_hash = '{token}'"
        )),
        0
    );
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) AS n FROM feed_tokens WHERE purpose = 'agenda'"),
        1
    );

    // The profile shows the same address, and a button makes a new one.
    let browser = app.visitor();
    browser.sign_in_ok("tecnico.aler@demo.test").await;
    let (_, profile) = browser.page("/profile").await;
    assert_eq!(
        attr(&profile, "#agenda-url", "value").map(|u| local(&u)),
        Some(feed.clone())
    );
    let board_feed = local(&attr(&profile, "#board-feed-url", "value").unwrap());
    assert_eq!(status_of(&app, &board_feed).await, StatusCode::OK);
    let res = browser
        .submit("/profile", "/profile/feeds", &[("purpose", "agenda")])
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(status_of(&app, &feed).await, StatusCode::NOT_FOUND);
    let (_, profile) = browser.page("/profile").await;
    let from_profile = local(&attr(&profile, "#agenda-url", "value").unwrap());
    assert_ne!(from_profile, feed);
    assert_eq!(agenda_path(&app, &tech).await, from_profile);
    assert_eq!(status_of(&app, &from_profile).await, StatusCode::OK);
    // The board's address was not touched by renewing the agenda's; its own button renews it.
    assert_eq!(status_of(&app, &board_feed).await, StatusCode::OK);
    browser
        .submit("/profile", "/profile/feeds", &[("purpose", "board")])
        .await;
    assert_eq!(status_of(&app, &board_feed).await, StatusCode::NOT_FOUND);
    // A form without its CSRF token changes nothing.
    let forged = browser
        .client
        .post(browser.url("/profile/feeds"))
        .form(&[("purpose", "agenda")])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    assert_eq!(status_of(&app, &from_profile).await, StatusCode::OK);

    // The API renews too, and says where the new one is.
    let res = app
        .api_post_json("/api/v1/me/calendar", &tech, serde_json::json!({}))
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let body: Value = res.json().await.unwrap();
    let from_api = local(body["calendar_url"].as_str().unwrap());
    assert_eq!(status_of(&app, &from_profile).await, StatusCode::NOT_FOUND);
    assert_eq!(status_of(&app, &from_api).await, StatusCode::OK);
    assert_eq!(agenda_path(&app, &tech).await, from_api);
    // A tenant has no agenda to renew.
    let tenant = app.api_token("inquilino@demo.test", "demo").await;
    let res = app
        .api_post_json("/api/v1/me/calendar", &tenant, serde_json::json!({}))
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_new_password_and_signing_out_everywhere_close_every_feed_address() {
    let app = spawn_app().await;
    let browser = app.visitor();
    browser.sign_in_ok("tecnico.aler@demo.test").await;
    let addresses = |profile: &str| {
        ["#agenda-url", "#board-feed-url", "#board-calendar-url"]
            .map(|id| local(&attr(profile, id, "value").expect(id)))
    };
    let (_, profile) = browser.page("/profile").await;
    let before = addresses(&profile);
    for path in &before {
        assert_eq!(status_of(&app, path).await, StatusCode::OK, "{path}");
    }
    let res = browser
        .submit(
            "/profile",
            "/profile/password",
            &[
                ("current", "demo"),
                ("new", "una password nuova"),
                ("confirm", "una password nuova"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    for path in &before {
        assert_eq!(status_of(&app, path).await, StatusCode::NOT_FOUND, "{path}");
    }
    let (_, profile) = browser.page("/profile").await;
    let after_password = addresses(&profile);
    for path in &after_password {
        assert_eq!(status_of(&app, path).await, StatusCode::OK, "{path}");
    }
    let res = browser.submit("/profile", "/logout/everywhere", &[]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    for path in &after_password {
        assert_eq!(status_of(&app, path).await, StatusCode::NOT_FOUND, "{path}");
    }
}

/// A browser whose connections come from `ip` (another loopback address: the app counts the
/// TCP peer, as no proxy is configured).
fn browser_from(ip: [u8; 4]) -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .local_address(IpAddr::V4(Ipv4Addr::from(ip)))
        .build()
        .unwrap()
}

async fn sign_in_from(
    app: &TestApp,
    client: &reqwest::Client,
    login: &str,
    password: &str,
) -> reqwest::Response {
    let form = client.get(app.url("/login")).send().await.unwrap();
    let csrf = csrf_of(&form.text().await.unwrap());
    client
        .post(app.url("/login"))
        .form(&[
            ("_csrf", csrf.as_str()),
            ("login", login),
            ("password", password),
        ])
        .send()
        .await
        .unwrap()
}

fn mails_about_guessing(smtp: &SmtpSink) -> usize {
    smtp.messages()
        .iter()
        .filter(|m| crate::helpers::smtp::decoded(m).contains("password sbagliata"))
        .count()
}

#[tokio::test]
async fn a_guesser_at_one_address_does_not_lock_the_owner_out_and_the_owner_is_told_once() {
    let smtp = SmtpSink::start().await;
    let app = spawn_app_with(|c| c.smtp_url = Some(smtp.url.clone())).await;
    let attacker = browser_from([127, 0, 0, 2]);
    for _ in 0..5 {
        let res = sign_in_from(&app, &attacker, "referente@demo.test", "indovino").await;
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    }
    // The guesser's address is refused now, even with the right password, in words.
    let res = sign_in_from(&app, &attacker, "referente@demo.test", "demo").await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(
        texts(&res.text().await.unwrap(), "[role=alert]"),
        vec!["Troppi tentativi. Aspetta qualche minuto e riprova."]
    );
    let api = attacker
        .post(app.url("/api/v1/auth/login"))
        .header("accept-language", "en")
        .json(&serde_json::json!({"email": "referente@demo.test", "password": "demo"}))
        .send()
        .await
        .unwrap();
    assert_eq!(api.status(), StatusCode::TOO_MANY_REQUESTS);
    let body: Value = api.json().await.unwrap();
    assert_eq!(
        body["error"]["message"],
        "Too many attempts. Wait a few minutes and try again."
    );

    // The owner, from their own address, signs in as usual.
    let owner = app.visitor();
    owner.sign_in_ok("referente@demo.test").await;
    // ...and is told, in their inbox and by mail.
    let inbox = owner
        .inbox_with(|item| item.contains("password sbagliate"))
        .await;
    assert!(
        inbox.iter().any(|i| i.contains("Il tuo account")),
        "{inbox:?}"
    );
    smtp.wait_for(1).await;
    assert_eq!(mails_about_guessing(&smtp), 1);

    // The same episode from a second address: the owner is not told again.
    let second = browser_from([127, 0, 0, 3]);
    for _ in 0..6 {
        sign_in_from(&app, &second, "referente@demo.test", "indovino").await;
    }
    tokio::time::sleep(std::time::Duration::from_millis(800)).await;
    assert_eq!(mails_about_guessing(&smtp), 1);
    assert_eq!(
        app.count(
            "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM outbox WHERE subject LIKE '%provato%'"
        ),
        1
    );
}

#[tokio::test]
async fn an_account_guessed_at_from_many_addresses_is_slowed_down_but_never_closed_to_its_owner() {
    let app = spawn_app().await;
    for last in 2..6 {
        let guesser = browser_from([127, 0, 0, last]);
        for _ in 0..5 {
            let res = sign_in_from(&app, &guesser, "inquilino@demo.test", "indovino").await;
            assert_eq!(res.status(), StatusCode::UNAUTHORIZED, "127.0.0.{last}");
        }
    }
    // Under attack, a new address gets fewer tries at the account...
    let another = browser_from([127, 0, 0, 6]);
    for _ in 0..2 {
        let res = sign_in_from(&app, &another, "inquilino@demo.test", "indovino").await;
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    }
    let res = sign_in_from(&app, &another, "inquilino@demo.test", "indovino").await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    // ...and the owner, from an address that has not guessed, still signs in.
    app.visitor().sign_in_ok("inquilino@demo.test").await;
    let owner_elsewhere = browser_from([127, 0, 0, 7]);
    let res = sign_in_from(&app, &owner_elsewhere, "inquilino@demo.test", "demo").await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_backup_is_readable_by_the_portals_account_only() {
    let work = tempfile::tempdir().unwrap();
    let data = work.path().join("data");
    std::fs::create_dir_all(data.join("photos")).unwrap();
    std::fs::write(data.join("photos/abc.jpg"), b"a photo").unwrap();
    std::fs::write(data.join("photos/abc.thumb.jpg"), b"a thumbnail").unwrap();
    let into = work.path().join("backup");
    // The command copies SQLite installations, whichever database the other tests use.
    let database = format!("sqlite://{}", work.path().join("portineria.db").display());
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_portineria"))
        .args(["backup", into.to_str().unwrap()])
        .env("DATABASE_URL", &database)
        .env("PORTINERIA_DATA_DIR", &data)
        .env("RUST_LOG", "warn")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&into), 0o700, "the backup folder");
    assert_eq!(mode(&into.join("photos")), 0o700, "the photo folder");
    let mut files = 0;
    for path in [into.clone(), into.join("photos")] {
        for entry in std::fs::read_dir(path).unwrap() {
            let path = entry.unwrap().path();
            if path.is_file() {
                files += 1;
                assert_eq!(mode(&path), 0o600, "{}", path.display());
            }
        }
    }
    // The database, the manifest and both photo files.
    assert_eq!(files, 4);
}
