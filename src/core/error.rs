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

// A type rather than text, so the API's document lists every code there is.
/// What went wrong, for machines: the `code` of an API error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    NotFound,
    Unauthenticated,
    BadCredentials,
    Csrf,
    Forbidden,
    RateLimited,
    Invalid,
    Conflict,
    TooLarge,
    Unavailable,
    CannotSave,
    Internal,
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
    /// Known, but not allowed: for callers that know what they hold (an API key out of its
    /// scope). People get [`AppError::NotFound`] instead, so nothing leaks.
    #[error("forbidden: {0:?}")]
    Forbidden(Message),
    #[error("too many attempts")]
    RateLimited,
    #[error("invalid input: {0:?}")]
    Invalid(Message),
    #[error("conflict: {0:?}")]
    Conflict(Message),
    #[error("request body too large")]
    TooLarge(Message),
    /// The database cannot be reached just now (restarting, locked too long): try again later;
    /// nothing acknowledged before is lost.
    #[error("unavailable: {0:#}")]
    Unavailable(anyhow::Error),
    /// Nothing can be written: the disk is full or the data directory read-only. Nothing
    /// acknowledged before is lost, and the request left nothing half-written.
    #[error("cannot save: {0:#}")]
    CannotSave(anyhow::Error),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl AppError {
    pub fn invalid(key: &'static str) -> Self {
        Self::Invalid(Message::new(key))
    }

    /// Stable machine-readable code for API clients.
    pub fn code(&self) -> ErrorCode {
        match self {
            AppError::NotFound => ErrorCode::NotFound,
            AppError::Unauthenticated => ErrorCode::Unauthenticated,
            AppError::BadCredentials => ErrorCode::BadCredentials,
            AppError::Csrf => ErrorCode::Csrf,
            AppError::Forbidden(_) => ErrorCode::Forbidden,
            AppError::RateLimited => ErrorCode::RateLimited,
            AppError::Invalid(_) => ErrorCode::Invalid,
            AppError::Conflict(_) => ErrorCode::Conflict,
            AppError::TooLarge(_) => ErrorCode::TooLarge,
            AppError::Unavailable(_) => ErrorCode::Unavailable,
            AppError::CannotSave(_) => ErrorCode::CannotSave,
            AppError::Internal(_) => ErrorCode::Internal,
        }
    }

    pub fn message(&self) -> Message {
        match self {
            AppError::NotFound => Message::new("error-not-found"),
            AppError::Unauthenticated => Message::new("error-unauthenticated"),
            AppError::BadCredentials => Message::new("login-failed"),
            AppError::Csrf => Message::new("error-csrf"),
            AppError::RateLimited => Message::new("error-rate-limited"),
            AppError::Invalid(m)
            | AppError::Conflict(m)
            | AppError::TooLarge(m)
            | AppError::Forbidden(m) => m.clone(),
            AppError::Unavailable(_) => Message::new("error-unavailable"),
            AppError::CannotSave(_) => Message::new("error-cannot-save"),
            AppError::Internal(_) => Message::new("error-internal"),
        }
    }
}

impl AppError {
    /// A file could not be written: out of space or read-only is [`AppError::CannotSave`],
    /// anything else a fault of ours.
    pub fn writing(error: std::io::Error, what: &'static str) -> Self {
        use std::io::ErrorKind;
        match error.kind() {
            ErrorKind::StorageFull | ErrorKind::ReadOnlyFilesystem | ErrorKind::QuotaExceeded => {
                AppError::CannotSave(anyhow::Error::new(error).context(what))
            }
            _ => AppError::Internal(anyhow::Error::new(error).context(what)),
        }
    }
}

impl AppError {
    /// SQLite refused a write on a connection that reads only (or on a read-only file).
    pub fn refused_write(&self) -> bool {
        matches!(self, AppError::CannotSave(e) if format!("{e:#}").contains("readonly database"))
    }
}

impl From<diesel::result::Error> for AppError {
    fn from(e: diesel::result::Error) -> Self {
        let cause = |e| anyhow::Error::new(e).context("database query");
        match e {
            diesel::result::Error::NotFound => AppError::NotFound,
            other => match trouble(&other) {
                Some(Trouble::Contended) => {
                    tracing::info!(error = %other, "a change lost to a concurrent one");
                    AppError::Conflict(Message::new("error-changed-meanwhile"))
                }
                Some(Trouble::OutOfReach) => AppError::Unavailable(cause(other)),
                Some(Trouble::CannotWrite) => AppError::CannotSave(cause(other)),
                None => AppError::Internal(cause(other)),
            },
        }
    }
}

enum Trouble {
    /// PostgreSQL gave up one of two transactions that waited on each other (a deadlock) or
    /// could not serialise them: the other's change stands, this one made none.
    Contended,
    OutOfReach,
    CannotWrite,
}

/// Whether a query failed because of the database, not of the query: a PostgreSQL restart
/// drops connections and SQLite gives up on a lock held too long (out of reach); SQLite
/// refuses writes on a full disk or a read-only file (cannot write).
fn trouble(error: &diesel::result::Error) -> Option<Trouble> {
    use diesel::result::{DatabaseErrorKind, Error};
    const OUT_OF_REACH: [&str; 5] = [
        "server closed the connection",
        "terminating connection",
        "connection refused",
        "could not connect",
        "database is locked",
    ];
    const CANNOT_WRITE: [&str; 4] = [
        "database or disk is full",
        "readonly database",
        "disk i/o error",
        "could not extend file",
    ];
    match error {
        Error::DatabaseError(DatabaseErrorKind::SerializationFailure, _) => {
            Some(Trouble::Contended)
        }
        Error::DatabaseError(_, info) if info.message().contains("deadlock detected") => {
            Some(Trouble::Contended)
        }
        Error::DatabaseError(DatabaseErrorKind::ClosedConnection, _)
        | Error::DatabaseError(DatabaseErrorKind::UnableToSendCommand, _) => {
            Some(Trouble::OutOfReach)
        }
        Error::DatabaseError(_, info) => {
            let message = info.message().to_lowercase();
            let says = |signs: &[&str]| signs.iter().any(|sign| message.contains(sign));
            if says(&CANNOT_WRITE) {
                Some(Trouble::CannotWrite)
            } else if says(&OUT_OF_REACH) {
                Some(Trouble::OutOfReach)
            } else {
                None
            }
        }
        _ => None,
    }
}

/// No connection within the pool's timeout: the database is down or every connection busy.
impl From<diesel::r2d2::PoolError> for AppError {
    fn from(e: diesel::r2d2::PoolError) -> Self {
        AppError::Unavailable(anyhow::Error::new(e).context("database pool"))
    }
}

pub type AppResult<T> = Result<T, AppError>;
