//! Rate limits on guessing: failed attempts are counted per account and per address in the
//! database, so every app node sees the same counts.

use chrono::{Duration, Utc};
use diesel::prelude::*;

use crate::core::db::DbConnection;
use crate::core::error::{AppError, AppResult};
use crate::core::schema::login_attempts;

pub const WINDOW_MINUTES: i64 = 15;
pub const PER_ACCOUNT: i64 = 5;
pub const PER_ADDRESS: i64 = 30;

/// The counters one attempt touches.
pub struct Buckets {
    keys: Vec<(String, i64)>,
}

impl Buckets {
    /// Sign-in by password: the account named and the caller's address.
    pub fn sign_in(login: &str, address: &str) -> Self {
        Self {
            keys: vec![
                (
                    format!("account:{}", crate::people::normalize_login(login)),
                    PER_ACCOUNT,
                ),
                (format!("address:{address}"), PER_ADDRESS),
            ],
        }
    }

    /// Guessing activation codes or asking for mail: the caller's address only.
    pub fn address(purpose: &str, address: &str) -> Self {
        Self {
            keys: vec![(format!("{purpose}:{address}"), PER_ACCOUNT * 2)],
        }
    }

    pub fn check(&self, conn: &mut DbConnection) -> AppResult<()> {
        let since = Utc::now().naive_utc() - Duration::minutes(WINDOW_MINUTES);
        for (bucket, limit) in &self.keys {
            let recent: i64 = login_attempts::table
                .filter(login_attempts::bucket.eq(bucket))
                .filter(login_attempts::attempted_at.gt(since))
                .count()
                .get_result(conn)?;
            if recent >= *limit {
                return Err(AppError::RateLimited);
            }
        }
        Ok(())
    }

    pub fn record(&self, conn: &mut DbConnection) -> QueryResult<()> {
        let now = Utc::now().naive_utc();
        for (bucket, _) in &self.keys {
            diesel::insert_into(login_attempts::table)
                .values((
                    login_attempts::bucket.eq(bucket),
                    login_attempts::attempted_at.eq(now),
                ))
                .execute(conn)?;
        }
        // Old rows are no use to anyone: prune them as we go.
        let old = now - Duration::minutes(WINDOW_MINUTES * 4);
        diesel::delete(login_attempts::table.filter(login_attempts::attempted_at.lt(old)))
            .execute(conn)
            .map(drop)
    }

    /// A success forgives the account's earlier mistakes (not the address's).
    pub fn forgive_account(&self, conn: &mut DbConnection) -> QueryResult<()> {
        if let Some((bucket, _)) = self.keys.iter().find(|(b, _)| b.starts_with("account:")) {
            diesel::delete(login_attempts::table.filter(login_attempts::bucket.eq(bucket)))
                .execute(conn)?;
        }
        Ok(())
    }
}
