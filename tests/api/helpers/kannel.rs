//! A real SMS gateway on loopback: Kannel's `bearerbox` and `smsbox`, with `fakesmsc` playing
//! the phone network (see `../shared/research/sms-kannel.md`). Tests get phones that read what
//! the gateway delivered to their number and write messages to the portal. Everything runs in
//! a temporary directory on free ports and is killed when the gateway is dropped.
//!
//! Kannel must be installed (`apt-get install kannel kannel-extras`): without it the test fails,
//! it does not pass by skipping.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use super::process::free_port;

const FAKESMSC: &str = "/usr/lib/kannel/test/fakesmsc";
const PASSWORD: &str = "kannel-test-password";

/// Ports chosen before the app starts, so its `PORTINERIA_SMS_URL` can name them.
pub struct Kannel {
    dir: tempfile::TempDir,
    admin_port: u16,
    box_port: u16,
    smsc_port: u16,
    sendsms_port: u16,
    children: Vec<Child>,
    phones_in: Option<File>,
    /// Messages the phones have sent so far.
    sent: AtomicUsize,
}

/// A message as a phone received it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Received {
    pub from: String,
    /// `text` (GSM 7-bit) or `ucs-2`, as the network carried it.
    pub coding: String,
    pub text: String,
}

fn installed(path: &str) -> bool {
    Path::new(path).exists()
        || std::env::var_os("PATH")
            .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(path).exists()))
}

impl Kannel {
    /// Chooses the ports; panics with what to install if Kannel is missing.
    pub fn reserve() -> Kannel {
        for program in ["bearerbox", "smsbox", FAKESMSC] {
            assert!(
                installed(program),
                "Kannel is needed for the SMS tests and {program} was not found: \
                 apt-get install -y kannel kannel-extras"
            );
        }
        Kannel {
            dir: tempfile::tempdir().expect("temporary directory"),
            admin_port: free_port(),
            box_port: free_port(),
            smsc_port: free_port(),
            sendsms_port: free_port(),
            children: vec![],
            phones_in: None,
            sent: AtomicUsize::new(0),
        }
    }

    /// What the app's `PORTINERIA_SMS_URL` is.
    pub fn sms_url(&self) -> String {
        format!(
            "http://portineria:{PASSWORD}@127.0.0.1:{}/cgi-bin/sendsms?from=Portineria",
            self.sendsms_port
        )
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Kills the whole gateway at once (SIGKILL), as a crash would; what its phones received
    /// stays readable. Messages it had accepted wait in its spool for [`Kannel::start`].
    pub fn kill(&mut self) {
        self.phones_in = None;
        for mut child in self.children.drain(..).rev() {
            let _ = child.kill();
            let _ = child.wait();
        }
        // The next fakesmsc numbers its messages from 1 again, in a log of its own.
        let restarts = std::fs::read_dir(self.dir.path())
            .map(|entries| entries.count())
            .unwrap_or(0);
        let _ = std::fs::rename(
            self.path("phones.log"),
            self.path(&format!("phones.before-{restarts:04}.log")),
        );
        let _ = std::fs::remove_file(self.path("phones.in"));
        self.sent.store(0, Ordering::SeqCst);
    }

    /// Starts the gateway, calling `app_base` (`http://127.0.0.1:PORT`) with `token` for
    /// messages from phones; returns once a message can go all the way to a phone. After
    /// [`Kannel::kill`] it starts again on the same ports.
    pub async fn start(&mut self, app_base: &str, token: &str) {
        let config = format!(
            r#"group = core
admin-port = {admin}
admin-password = {PASSWORD}
smsbox-port = {boxport}
box-allow-ip = "127.0.0.1"
log-file = "{dir}/bearerbox.log"
log-level = 1
dlr-storage = internal
store-type = spool
store-location = "{dir}/store"

group = smsc
smsc = fake
smsc-id = fake
port = {smsc}
connect-allow-ip = 127.0.0.1
# An operator's pace: messages queue in the gateway (and its spool) as they would.
throughput = 10

group = smsbox
bearerbox-host = 127.0.0.1
bearerbox-port = {boxport}
sendsms-port = {sendsms}
log-file = "{dir}/smsbox.log"
log-level = 1
access-log = "{dir}/smsbox-access.log"
mo-recode = true

group = sendsms-user
username = portineria
password = {PASSWORD}
max-messages = 3
concatenation = true

group = sms-service
keyword = default
catch-all = true
max-messages = 0
get-url = "{app_base}/sms/inbound?token={token}&from=%p&to=%P&text=%a&coding=%c&charset=%C&id=%I"
"#,
            admin = self.admin_port,
            boxport = self.box_port,
            smsc = self.smsc_port,
            sendsms = self.sendsms_port,
            dir = self.dir.path().display(),
        );
        let conf = self.path("kannel.conf");
        std::fs::write(&conf, config).expect("kannel.conf");
        std::fs::create_dir_all(self.path("store")).expect("the gateway's spool");
        self.spawn("bearerbox", &[conf.to_str().unwrap()], "bearerbox.out");
        wait_for_port(self.box_port).await;
        self.spawn("smsbox", &[conf.to_str().unwrap()], "smsbox.out");
        wait_for_port(self.sendsms_port).await;
        // The phones: fakesmsc reads messages to send from a FIFO kept open for the gateway's
        // life, and prints every message it is given.
        let fifo = self.path("phones.in");
        let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
        assert!(made.success(), "mkfifo");
        let port = self.smsc_port.to_string();
        let reader = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open(&fifo)
            .expect("open the FIFO");
        let log = File::create(self.path("phones.log")).expect("phones.log");
        let child = Command::new(FAKESMSC)
            .args(["-H", "127.0.0.1", "-r", &port, "-i", "0"])
            .stdin(Stdio::from(reader))
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .expect("fakesmsc starts");
        self.children.push(child);
        self.phones_in = Some(
            std::fs::OpenOptions::new()
                .write(true)
                .open(&fifo)
                .expect("the FIFO's writing end"),
        );
        self.wait_until_online().await;
    }

    fn spawn(&mut self, program: &str, args: &[&str], output: &str) {
        let out = File::create(self.path(output)).expect("output file");
        let child = Command::new(program)
            .args(args)
            .stdout(out.try_clone().unwrap())
            .stderr(out)
            .spawn()
            .unwrap_or_else(|e| panic!("{program} starts: {e}"));
        self.children.push(child);
    }

    /// Until bearerbox reports the fake SMSC connected.
    async fn wait_until_online(&self) {
        let url = format!(
            "http://127.0.0.1:{}/status.txt?password={PASSWORD}",
            self.admin_port
        );
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let status = match reqwest::get(&url).await {
                Ok(res) => res.text().await.unwrap_or_default(),
                Err(_) => String::new(),
            };
            if status
                .lines()
                .any(|l| l.contains("fake") && l.contains("online"))
            {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "the fake SMSC did not come online:\n{status}\n{}",
                self.logs()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The logs, for failure messages.
    pub fn logs(&self) -> String {
        ["bearerbox.out", "smsbox.out", "phones.log"]
            .iter()
            .map(|name| {
                let text = std::fs::read_to_string(self.path(name)).unwrap_or_default();
                let tail: Vec<&str> = text.lines().rev().take(15).collect();
                let tail: Vec<&str> = tail.into_iter().rev().collect();
                format!("--- {name}\n{}", tail.join("\n"))
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// How many messages to `number` the gateway took from the portal (`sendsms` requests it
    /// accepted, across restarts): what the portal handed over, whatever the network did next.
    pub fn accepted_for(&self, number: &str) -> usize {
        std::fs::read_to_string(self.path("smsbox-access.log"))
            .unwrap_or_default()
            .lines()
            .filter(|l| {
                l.contains("send-SMS request added") && l.contains(&format!("target:{number} "))
            })
            .count()
    }

    /// A phone with this number (E.164).
    pub fn phone<'a>(&'a self, number: &str) -> Phone<'a> {
        Phone {
            kannel: self,
            number: number.to_string(),
        }
    }

    /// Every message fakesmsc printed, in order (those before a restart first): (to, received).
    fn delivered(&self) -> Vec<(String, Received)> {
        let mut logs: Vec<PathBuf> = std::fs::read_dir(self.dir.path())
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| {
                        p.file_name()
                            .and_then(|n| n.to_str())
                            .is_some_and(|n| n.starts_with("phones.before-"))
                    })
                    .collect()
            })
            .unwrap_or_default();
        logs.sort();
        logs.push(self.path("phones.log"));
        logs.iter()
            .flat_map(|path| {
                let log = std::fs::read(path).unwrap_or_default();
                String::from_utf8_lossy(&log)
                    .lines()
                    .filter_map(parse_delivery)
                    .collect::<Vec<_>>()
            })
            .collect()
    }
}

/// `… Got message 3: <FROM TO TYPE DATA>`; `text` data is the text as is, `ucs-2` data
/// URL-encoded UTF-16BE bytes (a `+` is a 0x20 byte).
fn parse_delivery(line: &str) -> Option<(String, Received)> {
    let rest = &line[line.find("Got message ")?..];
    let inner = rest[rest.find('<')? + 1..].strip_suffix('>')?;
    let mut fields = inner.splitn(4, ' ');
    let (from, to, coding, data) = (
        fields.next()?,
        fields.next()?,
        fields.next()?,
        fields.next()?,
    );
    let text = match coding {
        "ucs-2" => {
            let bytes = url_bytes(data);
            let units: Vec<u16> = bytes
                .chunks(2)
                .map(|pair| u16::from_be_bytes([pair[0], *pair.get(1).unwrap_or(&0)]))
                .collect();
            String::from_utf16_lossy(&units)
        }
        _ => data.to_string(),
    };
    Some((
        to.to_string(),
        Received {
            from: from.to_string(),
            coding: coding.to_string(),
            text,
        },
    ))
}

fn url_bytes(data: &str) -> Vec<u8> {
    let raw = data.as_bytes();
    let mut bytes = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        match raw[i] {
            b'%' if i + 2 < raw.len() => {
                let hex = std::str::from_utf8(&raw[i + 1..i + 3]).unwrap_or("");
                bytes.push(u8::from_str_radix(hex, 16).unwrap_or(b'?'));
                i += 3;
            }
            b'+' => {
                bytes.push(b' ');
                i += 1;
            }
            other => {
                bytes.push(other);
                i += 1;
            }
        }
    }
    bytes
}

async fn wait_for_port(port: u16) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .is_err()
    {
        assert!(Instant::now() < deadline, "nothing listens on port {port}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

impl Drop for Kannel {
    fn drop(&mut self) {
        self.phones_in = None;
        for child in self.children.iter_mut().rev() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// A phone on the fake network.
pub struct Phone<'a> {
    kannel: &'a Kannel,
    pub number: String,
}

impl Phone<'_> {
    /// Everything delivered to this number so far.
    pub fn inbox(&self) -> Vec<Received> {
        self.kannel
            .delivered()
            .into_iter()
            .filter(|(to, _)| *to == self.number)
            .map(|(_, message)| message)
            .collect()
    }

    /// Sends `text` from this phone to the portal's number, as UTF-8 bytes (fakesmsc's `data`
    /// type hands them to the gateway as they are; its `text` type knows only ASCII). Returns
    /// once fakesmsc has sent it on: it reads its input through a stdio buffer, and a second
    /// line already in that buffer would wait there for a third.
    pub async fn send(&self, text: &str) {
        use std::io::Write;
        let bytes: String = text.bytes().map(|b| format!("%{b:02X}")).collect();
        let line = format!("{} 4000 data {bytes}\n", self.number);
        let mut fifo = self
            .kannel
            .phones_in
            .as_ref()
            .expect("the gateway is started");
        fifo.write_all(line.as_bytes())
            .expect("the phones' FIFO takes a message");
        fifo.flush().expect("the phones' FIFO flushes");
        let sent = self.kannel.sent.fetch_add(1, Ordering::SeqCst) + 1;
        let logged = format!("fakesmsc: sent message {sent}");
        let deadline = Instant::now() + Duration::from_secs(10);
        while !std::fs::read_to_string(self.kannel.path("phones.log"))
            .unwrap_or_default()
            .contains(&logged)
        {
            assert!(
                Instant::now() < deadline,
                "fakesmsc did not send {text:?}\n{}",
                self.kannel.logs()
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Waits (20 s at most: a loaded CI machine) for a message whose text has `expected`; returns it.
    pub async fn wait_for_text(&self, expected: &str) -> Received {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let inbox = self.inbox();
            if let Some(found) = inbox.iter().find(|m| m.text.contains(expected)) {
                return found.clone();
            }
            assert!(
                Instant::now() < deadline,
                "{} received no message with {expected:?}: {inbox:?}\n{}",
                self.number,
                self.kannel.logs()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits (20 s at most) until at least `count` messages have arrived; returns them all.
    pub async fn wait_for(&self, count: usize) -> Vec<Received> {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let inbox = self.inbox();
            if inbox.len() >= count {
                return inbox;
            }
            assert!(
                Instant::now() < deadline,
                "{} received {} message(s), not {count}: {inbox:?}\n{}",
                self.number,
                inbox.len(),
                self.kannel.logs()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

#[test]
fn fakesmsc_lines_are_read_back() {
    let (to, got) = parse_delivery(
        "2026-12-07 04:31:06 [1] [0] DEBUG: Got message 1: <Portineria +393331234567 text Avviso urgente: città €>",
    )
    .unwrap();
    assert_eq!(to, "+393331234567");
    assert_eq!(got.text, "Avviso urgente: città €");
    assert_eq!(got.coding, "text");
    let (_, got) = parse_delivery(
        "x Got message 2: <Portineria +393331234567 ucs-2 %06%25%064%069%06'%061%00+%069>",
    )
    .unwrap();
    assert_eq!(got.coding, "ucs-2");
    assert_eq!(got.text, "إشعار ع");
}
