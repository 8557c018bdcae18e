//! A push service on loopback, and browsers subscribed to it. The service records what the
//! portal posts (answering 201, or 410 under `/gone/`: a browser that unsubscribed); each
//! browser checks a message as a real push service and browser would — the VAPID signature
//! against the portal's public key, for this service's origin — and decrypts it with its own
//! keys. The crypto is `jsonwebtoken`'s, `p256`'s and `web-push-native`'s, not the portal's.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use actix_web::{web, App, HttpRequest, HttpResponse, HttpServer};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use p256::elliptic_curve::sec1::ToEncodedPoint;
use serde_json::{json, Value};

/// One request the service received.
#[derive(Debug, Clone)]
pub struct Received {
    pub path: String,
    /// Header names in lower case.
    pub headers: HashMap<String, String>,
    pub body: Vec<u8>,
}

type Log = Arc<Mutex<Vec<Received>>>;

pub struct PushService {
    pub address: String,
    received: Log,
}

async fn take(req: HttpRequest, body: web::Bytes, log: web::Data<Log>) -> HttpResponse {
    let headers = req
        .headers()
        .iter()
        .map(|(name, value)| {
            let value = value.to_str().unwrap_or_default().to_string();
            (name.as_str().to_lowercase(), value)
        })
        .collect();
    let path = req.path().to_string();
    log.lock().unwrap().push(Received {
        path: path.clone(),
        headers,
        body: body.to_vec(),
    });
    if path.starts_with("/gone/") {
        HttpResponse::Gone().finish()
    } else {
        HttpResponse::Created().finish()
    }
}

impl PushService {
    /// Serves on 127.0.0.1, any port, on a runtime of its own so it outlives any one task.
    pub fn start() -> Self {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        let address = format!("http://{}", listener.local_addr().unwrap());
        let received = Log::default();
        let log = web::Data::new(received.clone());
        std::thread::spawn(move || {
            actix_web::rt::System::new().block_on(async move {
                HttpServer::new(move || {
                    App::new()
                        .app_data(log.clone())
                        .app_data(web::PayloadConfig::new(64 * 1024))
                        .default_service(web::to(take))
                })
                .workers(1)
                .listen(listener)
                .expect("listen")
                .run()
                .await
            })
        });
        PushService { address, received }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    /// What came for `path` so far.
    pub fn received(&self, path: &str) -> Vec<Received> {
        let all = self.received.lock().unwrap();
        all.iter().filter(|r| r.path == path).cloned().collect()
    }

    /// How many requests came for addresses under `prefix` (for benches/reach.rs, which
    /// shares these helpers).
    #[allow(dead_code)]
    pub fn count_under(&self, prefix: &str) -> usize {
        let all = self.received.lock().unwrap();
        all.iter().filter(|r| r.path.starts_with(prefix)).count()
    }

    /// Waits (20 s at most) until `count` messages came for `path`.
    pub async fn wait_for(&self, path: &str, count: usize) -> Vec<Received> {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let got = self.received(path);
            if got.len() >= count {
                return got;
            }
            assert!(
                Instant::now() < deadline,
                "{path}: {} of {count}",
                got.len()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

/// A browser's push subscription: its own key pair and authentication secret.
pub struct Browser {
    pub endpoint: String,
    secret: p256::SecretKey,
    auth: [u8; 16],
}

impl Browser {
    pub fn new(endpoint: String) -> Self {
        use rand::RngExt;
        let secret = loop {
            let bytes: [u8; 32] = rand::rng().random();
            if let Ok(secret) = p256::SecretKey::from_slice(&bytes) {
                break secret;
            }
        };
        Browser {
            endpoint,
            secret,
            auth: rand::rng().random(),
        }
    }

    /// `PushSubscription.toJSON()`, as a browser gives it.
    pub fn subscription(&self) -> Value {
        let point = self.secret.public_key().to_encoded_point(false);
        json!({
            "endpoint": self.endpoint,
            "expirationTime": null,
            "keys": {
                "p256dh": URL_SAFE_NO_PAD.encode(point.as_bytes()),
                "auth": URL_SAFE_NO_PAD.encode(self.auth),
            },
        })
    }

    /// The message, once its signature is the portal's (`public_key`) for this endpoint's
    /// origin and it decrypts with this browser's keys.
    pub fn open(&self, message: &Received, public_key: &str) -> Value {
        let vapid = &message.headers["authorization"];
        let (token, key) = vapid
            .strip_prefix("vapid t=")
            .and_then(|rest| rest.split_once(", k="))
            .unwrap_or_else(|| panic!("a VAPID authorization: {vapid}"));
        assert_eq!(key, public_key, "signed with the portal's key");
        let point = URL_SAFE_NO_PAD.decode(public_key).unwrap();
        let origin = url::Url::parse(&self.endpoint).unwrap().origin();
        let mut validation = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::ES256);
        validation.set_audience(&[origin.ascii_serialization()]);
        validation.set_required_spec_claims(&["exp", "aud", "sub"]);
        let claims = jsonwebtoken::decode::<Value>(
            token,
            &jsonwebtoken::DecodingKey::from_ec_der(&point),
            &validation,
        )
        .unwrap_or_else(|e| panic!("the VAPID token verifies: {e}"))
        .claims;
        let exp = claims["exp"].as_i64().unwrap();
        assert!(
            exp <= chrono::Utc::now().timestamp() + 24 * 3600,
            "{claims}"
        );
        let sub = claims["sub"].as_str().unwrap();
        assert!(
            sub.starts_with("mailto:") || sub.starts_with("https://"),
            "{claims}"
        );
        assert_eq!(message.headers["content-encoding"], "aes128gcm");
        self.decrypt(message)
            .expect("the payload decrypts with the browser's keys")
    }

    /// The payload, if this browser's keys decrypt it.
    pub fn decrypt(&self, message: &Received) -> Option<Value> {
        let plain = web_push_native::decrypt(
            message.body.clone(),
            &self.secret,
            &web_push_native::Auth::from(self.auth),
        )
        .ok()?;
        Some(serde_json::from_slice(&plain).expect("a JSON payload"))
    }
}
