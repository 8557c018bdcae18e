//! Configuration, read once from the environment and passed explicitly to whoever needs it.

use std::path::PathBuf;
use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error(
        "PORTINERIA_SECRET is required (at least 32 characters) unless the portal runs with --demo"
    )]
    MissingSecret,
    #[error("PORTINERIA_SECRET must be at least 32 characters long")]
    WeakSecret,
    #[error("PORTINERIA_SMS_INBOUND_TOKEN must be at least 32 characters long")]
    WeakSmsToken,
    #[error("PORTINERIA_SMS_QUIET_HOURS must be two hours of the day, as in 21-8, or off")]
    QuietHours,
    #[error("DATABASE_URL must start with sqlite:// or postgres://, got {0:?}")]
    BadDatabaseUrl(String),
    #[error("{name} must be a whole number of {unit} from {min} to {max}, got {got:?}")]
    OutOfRange {
        unit: &'static str,
        name: &'static str,
        min: u64,
        max: u64,
        got: String,
    },
}

/// The hours of the night when only urgent SMS go (`PORTINERIA_SMS_QUIET_HOURS`, `21-8` by
/// default), in Italian time; the others wait in the outbox until the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuietHours {
    pub from: u32,
    pub until: u32,
}

impl QuietHours {
    pub const DEFAULT: QuietHours = QuietHours { from: 21, until: 8 };

    /// `21-8`: from 21:00 to 08:00.
    pub fn parse(raw: &str) -> Option<QuietHours> {
        let (from, until) = raw.trim().split_once('-')?;
        let (from, until) = (from.trim().parse().ok()?, until.trim().parse().ok()?);
        (from < 24 && until < 24 && from != until).then_some(QuietHours { from, until })
    }

    /// Whether `hour` (0-23) is quiet; the hours may run past midnight.
    pub fn contains(self, hour: u32) -> bool {
        if self.from < self.until {
            (self.from..self.until).contains(&hour)
        } else {
            hour >= self.from || hour < self.until
        }
    }
}

/// Where the data lives: the two backends the one code path supports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    Sqlite(PathBuf),
    Postgres(String),
}

impl DatabaseUrl {
    /// `DATABASE_URL`, by default an SQLite file under `./data`.
    pub fn from_env() -> Result<Self, ConfigError> {
        let raw = std::env::var("DATABASE_URL")
            .ok()
            .filter(|v| !v.trim().is_empty())
            .unwrap_or_else(|| "sqlite://data/portineria.db".into());
        Self::parse(&raw)
    }

    pub fn parse(raw: &str) -> Result<Self, ConfigError> {
        if let Some(path) = raw.strip_prefix("sqlite://") {
            if path.is_empty() {
                return Err(ConfigError::BadDatabaseUrl(raw.into()));
            }
            Ok(Self::Sqlite(PathBuf::from(path)))
        } else if raw.starts_with("postgres://") || raw.starts_with("postgresql://") {
            Ok(Self::Postgres(raw.into()))
        } else {
            Err(ConfigError::BadDatabaseUrl(raw.into()))
        }
    }

    /// The folder an SQLite database lives in (SQLite writes its journal files beside it).
    pub fn sqlite_folder(&self) -> Option<PathBuf> {
        match self {
            Self::Sqlite(path) => Some(
                path.parent()
                    .filter(|p| !p.as_os_str().is_empty())
                    .map_or_else(|| PathBuf::from("."), std::path::Path::to_path_buf),
            ),
            Self::Postgres(_) => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Config {
    pub database_url: DatabaseUrl,
    pub bind: String,
    pub data_dir: PathBuf,
    /// `None`: mail stays in the outbox and is logged, not sent.
    pub smtp_url: Option<String>,
    pub mail_from: String,
    /// Public address used in links sent by mail; `https://` also marks cookies Secure.
    pub base_url: String,
    pub secret: String,
    pub demo: bool,
    /// How often the outbox worker looks for mail to send.
    pub outbox_poll: Duration,
    /// How long one message may take to hand to the mail server before it counts as failed.
    pub smtp_timeout: Duration,
    /// How many messages are sent at once, each on its own connection.
    pub smtp_connections: u32,
    /// The first wait after a failed send; it doubles with each attempt.
    pub outbox_retry_base: Duration,
    /// How long a resolved report waits for "is it fixed?" before it closes by itself.
    pub autoclose_after: Duration,
    /// How long an account may go unused before it is anonymised (its reports stay).
    pub anonymise_after: Duration,
    /// How often background jobs run.
    pub jobs_every: Duration,
    /// How often new events are fanned out to the people who follow them.
    pub fanout_every: Duration,
    /// The hosts Open311 clients may point `media_url` at: the portal fetches photos only
    /// from these (none by default: `media_url` is refused).
    pub media_hosts: Vec<String>,
    /// Calls one API key may make per minute.
    pub api_key_per_minute: u32,
    /// How long indicators, once worked out, are shown before being worked out again.
    pub stats_max_age: Duration,
    /// Where photos are kept: the data directory, or a bucket all nodes share.
    pub storage: StorageSettings,
    /// How old a photo with no record must be before it counts as left behind, when several
    /// nodes write to one bucket (a local folder belongs to one process: swept at start).
    pub orphan_grace: Duration,
    /// Kannel's sendsms address with user and password; `None`: SMS stay in the outbox and
    /// are logged.
    pub sms_url: Option<String>,
    /// The secret the gateway puts in its calls to `/sms/inbound` and `/sms/status`; `None`:
    /// both answer 404.
    pub sms_inbound_token: Option<String>,
    /// When only urgent SMS go (`PORTINERIA_SMS_QUIET_HOURS`, `21-8` by default; `off`: never
    /// quiet).
    pub sms_quiet_hours: Option<QuietHours>,
    /// SMS parts an estate may send a day (`PORTINERIA_SMS_DAILY_CAP`; unset or 0: no cap).
    /// Past it only urgent ones go; the rest wait for midnight.
    pub sms_daily_cap: Option<u32>,
    /// The hosts push subscriptions may point at (`PORTINERIA_PUSH_HOSTS`; the browsers' push
    /// services by default). `*.example.org` names its subdomains.
    pub push_hosts: Vec<String>,
}

/// The push services of Chrome and Edge's Chromium (FCM), Firefox, Safari and Windows.
pub const DEFAULT_PUSH_HOSTS: [&str; 4] = [
    "fcm.googleapis.com",
    "updates.push.services.mozilla.com",
    "web.push.apple.com",
    "*.notify.windows.com",
];

/// `PORTINERIA_STORAGE_URL` (`s3://BUCKET?endpoint=URL&region=REGION`; unset: the data
/// directory) and the `AWS_*` variables its client reads (keys, session token, region).
#[derive(Debug, Clone, Default)]
pub struct StorageSettings {
    pub url: Option<String>,
    pub aws: Vec<(String, String)>,
}

impl Config {
    /// Reads the variables documented in the README. `demo` relaxes the secret requirement.
    pub fn from_env(demo: bool) -> Result<Self, ConfigError> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        let bind = var("PORTINERIA_BIND").unwrap_or_else(|| "127.0.0.1:8080".into());
        let secret = match var("PORTINERIA_SECRET") {
            Some(secret) if secret.len() >= 32 => secret,
            Some(_) => return Err(ConfigError::WeakSecret),
            None if demo => random_secret(),
            None => return Err(ConfigError::MissingSecret),
        };
        Ok(Self {
            database_url: DatabaseUrl::from_env()?,
            base_url: var("PORTINERIA_BASE_URL").unwrap_or_else(|| format!("http://{bind}")),
            bind,
            data_dir: Self::data_dir_from_env(),
            smtp_url: var("PORTINERIA_SMTP_URL"),
            mail_from: var("PORTINERIA_MAIL_FROM")
                .unwrap_or_else(|| "Portineria <portineria@localhost>".into()),
            secret,
            demo,
            outbox_poll: Duration::from_secs(5),
            smtp_timeout: Duration::from_secs(20),
            smtp_connections: number(SMTP_CONNECTIONS, var(SMTP_CONNECTIONS.name).as_deref())?
                as u32,
            outbox_retry_base: Duration::from_secs(60),
            autoclose_after: days(AUTOCLOSE, var(AUTOCLOSE.name).as_deref())?,
            anonymise_after: days(ANONYMISE, var(ANONYMISE.name).as_deref())?,
            jobs_every: Duration::from_secs(60),
            fanout_every: Duration::from_secs(1),
            media_hosts: var("PORTINERIA_OPEN311_MEDIA_HOSTS")
                .map(|hosts| {
                    hosts
                        .split(',')
                        .map(|h| h.trim().to_lowercase())
                        .filter(|h| !h.is_empty())
                        .collect()
                })
                .unwrap_or_default(),
            api_key_per_minute: number(API_KEY_RATE, var(API_KEY_RATE.name).as_deref())? as u32,
            stats_max_age: Duration::from_secs(number(
                STATS_MAX_AGE,
                var(STATS_MAX_AGE.name).as_deref(),
            )?),
            storage: Self::storage_from_env(),
            orphan_grace: Duration::from_secs(number(
                ORPHAN_GRACE,
                var(ORPHAN_GRACE.name).as_deref(),
            )?),
            sms_url: var("PORTINERIA_SMS_URL"),
            sms_inbound_token: match var("PORTINERIA_SMS_INBOUND_TOKEN") {
                Some(token) if token.trim().len() >= 32 => Some(token.trim().to_string()),
                Some(_) => return Err(ConfigError::WeakSmsToken),
                None => None,
            },
            sms_quiet_hours: match var("PORTINERIA_SMS_QUIET_HOURS").as_deref() {
                None => Some(QuietHours::DEFAULT),
                Some("off") => None,
                Some(raw) => Some(QuietHours::parse(raw).ok_or(ConfigError::QuietHours)?),
            },
            sms_daily_cap: match number(SMS_DAILY_CAP, var(SMS_DAILY_CAP.name).as_deref())? {
                0 => None,
                cap => Some(cap as u32),
            },
            push_hosts: match var("PORTINERIA_PUSH_HOSTS") {
                Some(hosts) => hosts
                    .split(',')
                    .map(|h| h.trim().to_lowercase())
                    .filter(|h| !h.is_empty())
                    .collect(),
                None => DEFAULT_PUSH_HOSTS.map(String::from).to_vec(),
            },
        })
    }

    /// `PORTINERIA_DATA_DIR`, where photos live (`data` by default): all the backup and restore
    /// commands need besides the database.
    pub fn data_dir_from_env() -> PathBuf {
        std::env::var("PORTINERIA_DATA_DIR")
            .ok()
            .filter(|v| !v.trim().is_empty())
            .map_or_else(|| "data".into(), PathBuf::from)
    }

    /// `PORTINERIA_STORAGE_URL` and the `AWS_*` variables (see [`StorageSettings`]).
    pub fn storage_from_env() -> StorageSettings {
        StorageSettings {
            url: std::env::var("PORTINERIA_STORAGE_URL")
                .ok()
                .filter(|v| !v.trim().is_empty()),
            aws: std::env::vars()
                .filter(|(name, _)| name.starts_with("AWS_"))
                .collect(),
        }
    }

    pub fn secure_cookies(&self) -> bool {
        self.base_url.starts_with("https://")
    }
}

/// A delay in days set by a variable: its default and the range that makes sense. A value out
/// of range refuses to start, like a weak secret: a typo must not close every report at once
/// or wipe accounts the next night.
#[derive(Clone, Copy)]
struct Bounded {
    name: &'static str,
    /// What the number counts, for the error.
    unit: &'static str,
    default: u64,
    min: u64,
    max: u64,
}

/// How long a resolved report waits for "is it fixed?" (14 days by default).
const AUTOCLOSE: Bounded = Bounded {
    name: "PORTINERIA_AUTOCLOSE_DAYS",
    unit: "days",
    default: 14,
    min: 1,
    max: 365,
};

/// How long an account may go unused before it is anonymised: two years by default, at least
/// three months (a tenant away for a season keeps their account).
const ANONYMISE: Bounded = Bounded {
    name: "PORTINERIA_ANONYMISE_AFTER_DAYS",
    unit: "days",
    default: 730,
    min: 90,
    max: 3650,
};

/// How many messages the outbox sends at once, each on its own SMTP connection: a few, so a
/// slow mail server still drains a backlog, and never more than a mail server allows one client.
const SMTP_CONNECTIONS: Bounded = Bounded {
    name: "PORTINERIA_SMTP_CONNECTIONS",
    unit: "connections",
    default: 4,
    min: 1,
    max: 50,
};

/// Calls per minute for one API key: enough for a call centre's client, not for a runaway loop.
const API_KEY_RATE: Bounded = Bounded {
    name: "PORTINERIA_API_KEY_PER_MINUTE",
    unit: "calls a minute",
    default: 120,
    min: 1,
    max: 100_000,
};

/// How long indicators are kept once worked out: 5 minutes by default; 0 works them out on
/// every read (a small estate), at most an hour (older figures would mislead).
const STATS_MAX_AGE: Bounded = Bounded {
    name: "PORTINERIA_STATS_MAX_AGE_SECONDS",
    unit: "seconds",
    default: 300,
    min: 0,
    max: 3600,
};

/// How long a shared bucket's unrecorded photo is left alone: an hour by default, far longer
/// than any request between storing a photo and recording it.
const ORPHAN_GRACE: Bounded = Bounded {
    name: "PORTINERIA_ORPHAN_GRACE_SECONDS",
    unit: "seconds",
    default: 3600,
    min: 1,
    max: 7 * 24 * 3600,
};

/// SMS parts an estate may send a day: none by default (0), at most a million.
const SMS_DAILY_CAP: Bounded = Bounded {
    name: "PORTINERIA_SMS_DAILY_CAP",
    unit: "SMS parts",
    default: 0,
    min: 0,
    max: 1_000_000,
};

fn number(setting: Bounded, raw: Option<&str>) -> Result<u64, ConfigError> {
    match raw {
        None => Ok(setting.default),
        Some(raw) => raw
            .trim()
            .parse::<u64>()
            .ok()
            .filter(|n| (setting.min..=setting.max).contains(n))
            .ok_or_else(|| ConfigError::OutOfRange {
                unit: setting.unit,
                name: setting.name,
                min: setting.min,
                max: setting.max,
                got: raw.to_string(),
            }),
    }
}

fn days(setting: Bounded, raw: Option<&str>) -> Result<Duration, ConfigError> {
    Ok(Duration::from_secs(number(setting, raw)? * 24 * 3600))
}

/// A demo run signs its sessions with a key that lives as long as the process.
fn random_secret() -> String {
    use rand::RngExt;
    let bytes: [u8; 32] = rand::rng().random();
    hex::encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::QuietHours;

    #[test]
    fn quiet_hours_may_run_past_midnight() {
        let night = QuietHours::parse("21-8").unwrap();
        assert_eq!(night, QuietHours::DEFAULT);
        assert!(night.contains(23) && night.contains(0) && night.contains(7));
        assert!(!night.contains(8) && !night.contains(20));
        let lunch = QuietHours::parse(" 13 - 15 ").unwrap();
        assert!(lunch.contains(13) && lunch.contains(14) && !lunch.contains(15));
        for bad in ["", "21", "8-8", "25-3", "a-b"] {
            assert_eq!(QuietHours::parse(bad), None, "{bad}");
        }
    }

    use super::*;

    #[test]
    fn database_urls_select_the_backend() {
        assert_eq!(
            DatabaseUrl::parse("sqlite:///var/lib/portineria/db.sqlite").unwrap(),
            DatabaseUrl::Sqlite("/var/lib/portineria/db.sqlite".into())
        );
        assert_eq!(
            DatabaseUrl::parse("sqlite://data/portineria.db").unwrap(),
            DatabaseUrl::Sqlite("data/portineria.db".into())
        );
        assert!(matches!(
            DatabaseUrl::parse("postgres://postgres@localhost/p").unwrap(),
            DatabaseUrl::Postgres(_)
        ));
        assert!(DatabaseUrl::parse("mysql://x").is_err());
        assert!(DatabaseUrl::parse("sqlite://").is_err());
    }

    #[test]
    fn delays_in_days_are_checked() {
        assert_eq!(
            days(AUTOCLOSE, None).unwrap(),
            Duration::from_secs(14 * 86400)
        );
        assert_eq!(
            days(AUTOCLOSE, Some(" 3 ")).unwrap(),
            Duration::from_secs(3 * 86400)
        );
        for bad in ["", "two", "0", "-1", "1000", "1.5"] {
            assert!(days(AUTOCLOSE, Some(bad)).is_err(), "{bad:?}");
        }
        assert_eq!(
            days(ANONYMISE, None).unwrap(),
            Duration::from_secs(730 * 86400)
        );
        for bad in ["30", "89", "4000"] {
            let error = days(ANONYMISE, Some(bad)).unwrap_err().to_string();
            assert!(error.contains("PORTINERIA_ANONYMISE_AFTER_DAYS"), "{error}");
        }
        assert_eq!(number(SMTP_CONNECTIONS, None).unwrap(), 4);
        let error = number(SMTP_CONNECTIONS, Some("0")).unwrap_err().to_string();
        assert!(
            error.contains("whole number of connections from 1 to 50"),
            "{error}"
        );
    }
}
