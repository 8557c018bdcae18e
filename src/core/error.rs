//! The one application error. Users get a clear, localized message and a fitting status;
//! logs get the cause chain; internal failures stay opaque to the outside.
//! Domain code returns `AppError`; `web::errors` gives it its HTTP status and turns it into an
//! HTML page or an API JSON body in the request's language.

use crate::i18n::Locale;

/// A user-facing message: a Fluent key plus its arguments, localized when rendered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Message {
    pub fn new(key: &'static str) -> Self {
        Self { key, args: vec![] }
    }

    pub fn with(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, value.to_string()));
        self
    }

    pub fn localize(&self, locale: Locale) -> String {
        let args: Vec<(&str, String)> = self.args.iter().map(|(k, v)| (*k, v.clone())).collect();
        locale.text_with(self.key, &args)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// Also used for what exists but the caller may not see, so existence never leaks.
    #[error("not found")]
    NotFound,
    #[error("not signed in")]
    Unauthenticated,
    /// Wrong password or unknown account, told apart by nobody.
    #[error("bad credentials")]
    BadCredentials,
    #[error("missing or wrong CSRF token")]
    Csrf,
    #[error("too many attempts")]
    RateLimited,
    #[error("invalid input: {0:?}")]
    Invalid(Message),
    #[error("conflict: {0:?}")]
    Conflict(Message),
    #[error("request body too large")]
    TooLarge(Message),
    /// The database cannot be reached or cannot write just now (restarting, full, read-only):
    /// try again later; nothing acknowledged before is lost.
    #[error("unavailable: {0:#}")]
    Unavailable(anyhow::Error),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl AppError {
    pub fn invalid(key: &'static str) -> Self {
        Self::Invalid(Message::new(key))
    }

    /// Stable machine-readable code for API clients.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::NotFound => "not_found",
            AppError::Unauthenticated => "unauthenticated",
            AppError::BadCredentials => "bad_credentials",
            AppError::Csrf => "csrf",
            AppError::RateLimited => "rate_limited",
            AppError::Invalid(_) => "invalid",
            AppError::Conflict(_) => "conflict",
            AppError::TooLarge(_) => "too_large",
            AppError::Unavailable(_) => "unavailable",
            AppError::Internal(_) => "internal",
        }
    }

    pub fn message(&self) -> Message {
        match self {
            AppError::NotFound => Message::new("error-not-found"),
            AppError::Unauthenticated => Message::new("error-unauthenticated"),
            AppError::BadCredentials => Message::new("login-failed"),
            AppError::Csrf => Message::new("error-csrf"),
            AppError::RateLimited => Message::new("error-rate-limited"),
            AppError::Invalid(m) | AppError::Conflict(m) | AppError::TooLarge(m) => m.clone(),
            AppError::Unavailable(_) => Message::new("error-unavailable"),
            AppError::Internal(_) => Message::new("error-internal"),
        }
    }
}

impl From<diesel::result::Error> for AppError {
    fn from(e: diesel::result::Error) -> Self {
        match e {
            diesel::result::Error::NotFound => AppError::NotFound,
            other if out_of_reach(&other) => {
                AppError::Unavailable(anyhow::Error::new(other).context("database query"))
            }
            other => AppError::Internal(anyhow::Error::new(other).context("database query")),
        }
    }
}

/// Whether a query failed because the database could not be reached or could not write, not
/// because of the query: a PostgreSQL restart drops connections; SQLite refuses writes on a
/// full disk or a read-only file, and gives up on a lock held too long.
fn out_of_reach(error: &diesel::result::Error) -> bool {
    use diesel::result::{DatabaseErrorKind, Error};
    const SIGNS: [&str; 7] = [
        "server closed the connection",
        "terminating connection",
        "connection refused",
        "could not connect",
        "database or disk is full",
        "readonly database",
        "database is locked",
    ];
    match error {
        Error::DatabaseError(DatabaseErrorKind::ClosedConnection, _)
        | Error::DatabaseError(DatabaseErrorKind::UnableToSendCommand, _) => true,
        Error::DatabaseError(_, info) => {
            let message = info.message().to_lowercase();
            SIGNS.iter().any(|sign| message.contains(sign))
        }
        _ => false,
    }
}

/// No connection within the pool's timeout: the database is down or every connection busy.
impl From<diesel::r2d2::PoolError> for AppError {
    fn from(e: diesel::r2d2::PoolError) -> Self {
        AppError::Unavailable(anyhow::Error::new(e).context("database pool"))
    }
}

pub type AppResult<T> = Result<T, AppError>;
