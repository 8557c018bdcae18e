//! PostgreSQL restarted under load (PostgreSQL pass only): the app reaches the real server
//! through a TCP relay on loopback that, for the "restart", drops every connection and refuses
//! new ones for a few seconds, as a restarting server does. Requests meanwhile answer a clear
//! 503 within the pool's timeout — never a 500, never a hang — `/readyz` says not ready, and
//! the app recovers by itself when the server is back.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portineria::core::config::DatabaseUrl;
use reqwest::StatusCode;
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

use crate::helpers::database::require_postgres;
use crate::helpers::{spawn_app_with, TestApp};

/// A relay in front of PostgreSQL that can play a restart.
struct Relay {
    port: u16,
    up: Arc<AtomicBool>,
    links: Arc<Mutex<Vec<JoinHandle<()>>>>,
}

impl Relay {
    async fn start(target: String) -> Relay {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let up = Arc::new(AtomicBool::new(true));
        let links: Arc<Mutex<Vec<JoinHandle<()>>>> = Arc::default();
        let (accepting, kept) = (up.clone(), links.clone());
        tokio::spawn(async move {
            while let Ok((mut client, _)) = listener.accept().await {
                if !accepting.load(Ordering::SeqCst) {
                    continue; // dropped at once: the server is not there
                }
                let target = target.clone();
                let link = tokio::spawn(async move {
                    if let Ok(mut server) = TcpStream::connect(&target).await {
                        let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
                    }
                });
                kept.lock().unwrap().push(link);
            }
        });
        Relay { port, up, links }
    }

    /// Every open connection dropped, new ones refused.
    fn go_down(&self) {
        self.up.store(false, Ordering::SeqCst);
        for link in self.links.lock().unwrap().drain(..) {
            link.abort();
        }
    }

    fn come_back(&self) {
        self.up.store(true, Ordering::SeqCst);
    }
}

/// One signed-in page and one API read, with their statuses and how long they took.
async fn load(app: &TestApp, token: &str) -> Vec<(StatusCode, Duration, String)> {
    let mut seen = vec![];
    for path in ["/", "/board"] {
        let started = Instant::now();
        let res = app.get(path).await;
        let status = res.status();
        seen.push((
            status,
            started.elapsed(),
            res.text().await.unwrap_or_default(),
        ));
    }
    let started = Instant::now();
    let res = app.api_get("/api/v1/reports", token).await;
    let status = res.status();
    seen.push((
        status,
        started.elapsed(),
        res.text().await.unwrap_or_default(),
    ));
    seen
}

#[tokio::test]
#[ignore = "PostgreSQL only: .ci/run runs it in the PostgreSQL pass"]
async fn postgres_only_a_restart_gives_clear_503s_then_the_app_recovers_by_itself() {
    let server = require_postgres();
    // postgres://user@host:port/db: the relay stands at host:port's place.
    let address = |url: &str| {
        let (head, _) = url.rsplit_once('/').unwrap();
        head.rsplit_once('@').unwrap().1.to_string()
    };
    let relay = Relay::start(address(&server)).await;
    let port = relay.port;
    let app = spawn_app_with(move |c| {
        let DatabaseUrl::Postgres(url) = c.database_url.clone() else {
            unreachable!("the PostgreSQL pass")
        };
        let through_relay = url.replace(&address(&url), &format!("127.0.0.1:{port}"));
        c.database_url = DatabaseUrl::parse(&through_relay).unwrap();
    })
    .await;
    app.sign_in_ok("inquilino@demo.test").await;
    let token = app.api_token("inquilino@demo.test", "demo").await;
    for (status, _, body) in load(&app, &token).await {
        assert_eq!(status, StatusCode::OK, "{body}");
    }

    relay.go_down();
    for (status, took, body) in load(&app, &token).await {
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{body}");
        assert!(took < Duration::from_secs(8), "answered in {took:?}");
        assert!(
            body.contains("non riesce a raggiungere i suoi dati")
                || body.contains("\"unavailable\""),
            "a clear message: {body}"
        );
        assert!(
            !body.contains("panicked") && !body.contains("diesel"),
            "{body}"
        );
    }
    assert_eq!(
        app.get("/readyz").await.status(),
        StatusCode::SERVICE_UNAVAILABLE
    );

    relay.come_back();
    let mut recovered = false;
    for _ in 0..100 {
        if app.get("/readyz").await.status() == StatusCode::OK {
            recovered = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(recovered, "ready again without a restart");
    for (status, _, body) in load(&app, &token).await {
        assert_eq!(status, StatusCode::OK, "{body}");
    }
}
