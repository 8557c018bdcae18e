//! A real SMTP server on loopback for tests: it speaks enough of RFC 5321 for any client
//! (lettre here), keeps what it receives, and can refuse the first messages with a temporary
//! error to exercise retries.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

#[derive(Clone)]
pub struct SmtpSink {
    pub url: String,
    received: Arc<Mutex<Vec<String>>>,
    refuse: Arc<AtomicUsize>,
    pub refused: Arc<AtomicUsize>,
    /// How long the server takes to accept each message.
    delay: Duration,
    /// Messages being accepted right now (in their `delay`).
    in_flight: Arc<AtomicUsize>,
    /// Messages whose sender left before the server answered: never counted as received.
    pub abandoned: Arc<AtomicUsize>,
    last_reply: Arc<Mutex<Option<Instant>>>,
}

impl SmtpSink {
    pub async fn start() -> Self {
        Self::refusing(0).await
    }

    /// Answers the first `count` messages with `451` (try again later).
    pub async fn refusing(count: usize) -> Self {
        Self::with(count, Duration::ZERO).await
    }

    /// Takes `delay` to accept each message, like a mail server under load.
    pub async fn slow(delay: Duration) -> Self {
        Self::with(0, delay).await
    }

    /// Refuses connections for `down` (nothing listens on its port), then takes `delay` to
    /// accept each message: a mail server restarted, then catching up under load.
    /// Its address is on a loopback host of its own (127.0.0.2 and up, which no other test
    /// binds), so no other listener takes its port while it is down.
    pub async fn down_then_slow(down: Duration, delay: Duration) -> Self {
        let host = format!("127.0.0.{}", 2 + std::process::id() % 250);
        let port = TcpListener::bind((host.as_str(), 0))
            .await
            .expect("find a free port")
            .local_addr()
            .unwrap()
            .port();
        let sink = Self::new(format!("smtp://{host}:{port}"), 0, delay);
        let server = sink.clone();
        tokio::spawn(async move {
            tokio::time::sleep(down).await;
            let listener = TcpListener::bind((host.as_str(), port))
                .await
                .expect("the SMTP sink's port is still free");
            server.accept(listener).await;
        });
        sink
    }

    async fn with(count: usize, delay: Duration) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind SMTP sink");
        let sink = Self::new(
            format!("smtp://{}", listener.local_addr().unwrap()),
            count,
            delay,
        );
        tokio::spawn(sink.clone().accept(listener));
        sink
    }

    fn new(url: String, refuse: usize, delay: Duration) -> Self {
        Self {
            url,
            received: Arc::default(),
            refuse: Arc::new(AtomicUsize::new(refuse)),
            refused: Arc::default(),
            delay,
            in_flight: Arc::default(),
            abandoned: Arc::default(),
            last_reply: Arc::default(),
        }
    }

    async fn accept(self, listener: TcpListener) {
        while let Ok((stream, _)) = listener.accept().await {
            let session = self.clone();
            tokio::spawn(async move {
                let _ = session.serve(stream).await;
            });
        }
    }

    async fn serve(&self, stream: tokio::net::TcpStream) -> std::io::Result<()> {
        let (read, mut write) = stream.into_split();
        let mut lines = BufReader::new(read).lines();
        write.write_all(b"220 sink.test ESMTP\r\n").await?;
        while let Some(line) = lines.next_line().await? {
            let verb = line
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_ascii_uppercase();
            let reply: &[u8] = match verb.as_str() {
                "EHLO" => b"250-sink.test\r\n250 8BITMIME\r\n",
                "HELO" => b"250 sink.test\r\n",
                "MAIL" => {
                    if self.refuse.load(Ordering::SeqCst) > 0 {
                        self.refuse.fetch_sub(1, Ordering::SeqCst);
                        self.refused.fetch_add(1, Ordering::SeqCst);
                        b"451 4.3.0 try again later\r\n"
                    } else {
                        b"250 OK\r\n"
                    }
                }
                "RCPT" | "RSET" | "NOOP" => b"250 OK\r\n",
                "DATA" => {
                    write.write_all(b"354 go ahead\r\n").await?;
                    let mut message = String::new();
                    while let Some(data) = lines.next_line().await? {
                        if data == "." {
                            break;
                        }
                        message.push_str(data.strip_prefix('.').unwrap_or(&data));
                        message.push('\n');
                    }
                    self.in_flight.fetch_add(1, Ordering::SeqCst);
                    tokio::time::sleep(self.delay).await;
                    self.in_flight.fetch_sub(1, Ordering::SeqCst);
                    // Like a careful MTA (RFC 1047), a slow server takes no responsibility for
                    // a message whose sender is no longer there to hear "250": the sender
                    // never learnt it was accepted and will send it again.
                    if !self.delay.is_zero() && gone(lines.get_mut().get_mut()).await {
                        self.abandoned.fetch_add(1, Ordering::SeqCst);
                        return Ok(());
                    }
                    self.received.lock().unwrap().push(message);
                    *self.last_reply.lock().unwrap() = Some(Instant::now());
                    b"250 OK queued\r\n"
                }
                "QUIT" => {
                    write.write_all(b"221 bye\r\n").await?;
                    return Ok(());
                }
                _ => b"502 command not implemented\r\n",
            };
            write.write_all(reply).await?;
        }
        Ok(())
    }

    /// Whether a sender is in the middle of handing over a message and no answer went out for
    /// `quiet`: a sender killed now leaves its messages unanswered, none half-recorded.
    pub fn mid_transfer(&self, quiet: Duration) -> bool {
        self.in_flight.load(Ordering::SeqCst) > 0
            && self
                .last_reply
                .lock()
                .unwrap()
                .is_none_or(|at| at.elapsed() >= quiet)
    }

    pub fn messages(&self) -> Vec<String> {
        self.received.lock().unwrap().clone()
    }

    /// Waits until `count` messages have arrived (or fails after ten seconds).
    pub async fn wait_for(&self, count: usize) -> Vec<String> {
        for _ in 0..200 {
            let messages = self.messages();
            if messages.len() >= count {
                return messages;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("expected {count} messages, got {}", self.messages().len());
    }
}

/// Whether the client closed the connection (a killed process's sockets are closed by the
/// kernel).
async fn gone(connection: &mut tokio::net::tcp::OwnedReadHalf) -> bool {
    let mut byte = [0u8; 1];
    matches!(
        tokio::time::timeout(Duration::from_millis(5), connection.peek(&mut byte)).await,
        Ok(Ok(0) | Err(_))
    )
}

/// Undoes quoted-printable soft breaks and escapes enough to search a message's text.
pub fn decoded(message: &str) -> String {
    let joined = message.replace("=\n", "");
    let mut out = Vec::new();
    let bytes = joined.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'=' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&joined[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
