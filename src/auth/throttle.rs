//! Rate limits on guessing, counted in the database so every app node sees the same counts.
//!
//! Passwords are limited per account *and* address: whoever guesses a tenant's password from
//! one place is stopped there, and the tenant still signs in from their own phone. An account
//! guessed at from many places is slowed down — each address gets fewer tries at it — but
//! never closed: a place that has not guessed wrong may always try.

use chrono::{Duration, Utc};
use diesel::prelude::*;

use crate::core::db::DbConnection;
use crate::core::error::{AppError, AppResult};
use crate::core::schema::login_attempts;

pub const WINDOW_MINUTES: i64 = 15;
/// Wrong passwords for one account from one address before that address waits.
pub const PER_ACCOUNT_ADDRESS: i64 = 5;
/// The same while the account is under attack from many places.
pub const PER_ACCOUNT_ADDRESS_UNDER_ATTACK: i64 = 2;
/// Wrong passwords for one account, from anywhere, that make it an attack.
pub const ACCOUNT_UNDER_ATTACK: i64 = 20;
/// Wrong passwords from one address, whichever the accounts.
pub const PER_ADDRESS: i64 = 30;
/// Activation codes guessed or sign-in links asked for from one address.
pub const PER_ADDRESS_FOR_CODES: i64 = 10;
/// Sign-in codes sent to one mobile number: each is an SMS someone pays for.
pub const PER_NUMBER_FOR_CODES: i64 = 3;

/// Attempts counted in a bucket within the window.
fn recent(conn: &mut DbConnection, bucket: &str) -> QueryResult<i64> {
    let since = Utc::now().naive_utc() - Duration::minutes(WINDOW_MINUTES);
    login_attempts::table
        .filter(login_attempts::bucket.eq(bucket))
        .filter(login_attempts::attempted_at.gt(since))
        .count()
        .get_result(conn)
}

/// Counts one attempt in each bucket; old rows are no use to anyone, so they go as we go.
fn count_attempt(conn: &mut DbConnection, buckets: &[&str]) -> QueryResult<()> {
    let now = Utc::now().naive_utc();
    for bucket in buckets {
        diesel::insert_into(login_attempts::table)
            .values((
                login_attempts::bucket.eq(bucket),
                login_attempts::attempted_at.eq(now),
            ))
            .execute(conn)?;
    }
    let old = now - Duration::minutes(WINDOW_MINUTES * 4);
    diesel::delete(login_attempts::table.filter(login_attempts::attempted_at.lt(old)))
        .execute(conn)
        .map(drop)
}

/// Guessing activation codes or asking for mail or SMS: the caller's address, and for SMS the
/// number too.
pub struct Buckets {
    bucket: String,
    limit: i64,
}

impl Buckets {
    pub fn address(purpose: &str, address: &str) -> Self {
        Self {
            bucket: format!("{purpose}:{address}"),
            limit: PER_ADDRESS_FOR_CODES,
        }
    }

    /// Codes sent to one mobile number, registered or not (kept as a digest).
    pub fn number(purpose: &str, phone: &crate::people::Phone) -> Self {
        Self {
            bucket: format!("{purpose}:{}", crate::auth::sign_in::digest(phone.as_str())),
            limit: PER_NUMBER_FOR_CODES,
        }
    }

    pub fn check(&self, conn: &mut DbConnection) -> AppResult<()> {
        if recent(conn, &self.bucket)? >= self.limit {
            return Err(AppError::RateLimited);
        }
        Ok(())
    }

    pub fn record(&self, conn: &mut DbConnection) -> QueryResult<()> {
        count_attempt(conn, &[self.bucket.as_str()])
    }
}

/// The counters one password attempt touches.
pub struct SignInThrottle {
    /// The account, from anywhere: never refuses, only slows the others down.
    account: String,
    /// The account from this address.
    pair: String,
    /// This address, whichever the account.
    address: String,
}

impl SignInThrottle {
    pub fn new(login: &str, address: &str) -> Self {
        let account = format!("account:{}", crate::people::normalize_login(login));
        Self {
            pair: format!("{account}@{address}"),
            account,
            address: format!("address:{address}"),
        }
    }

    /// How many wrong passwords this address may send for the account now.
    fn pair_limit(&self, conn: &mut DbConnection) -> QueryResult<i64> {
        Ok(if recent(conn, &self.account)? >= ACCOUNT_UNDER_ATTACK {
            PER_ACCOUNT_ADDRESS_UNDER_ATTACK
        } else {
            PER_ACCOUNT_ADDRESS
        })
    }

    /// Refuses an address that has guessed too often, at this account or at any.
    pub fn check(&self, conn: &mut DbConnection) -> AppResult<()> {
        if recent(conn, &self.address)? >= PER_ADDRESS
            || recent(conn, &self.pair)? >= self.pair_limit(conn)?
        {
            return Err(AppError::RateLimited);
        }
        Ok(())
    }

    /// Counts a wrong password; `true` when it closed this address to the account (which its
    /// owner should hear about).
    pub fn record_failure(&self, conn: &mut DbConnection) -> QueryResult<bool> {
        count_attempt(conn, &[&*self.account, &*self.pair, &*self.address])?;
        Ok(recent(conn, &self.pair)? >= self.pair_limit(conn)?)
    }

    /// A success forgives this address's mistakes on the account (not the address's own
    /// count, nor what others tried).
    pub fn forgive(&self, conn: &mut DbConnection) -> QueryResult<()> {
        diesel::delete(login_attempts::table.filter(login_attempts::bucket.eq(&self.pair)))
            .execute(conn)
            .map(drop)
    }
}
