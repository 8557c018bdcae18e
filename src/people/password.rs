//! Passwords: argon2id hashes, and the rules a new password must meet.

use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::{Algorithm, Argon2, Params, Version};

use crate::core::error::{AppError, AppResult};

pub const MIN_LENGTH: usize = 8;
pub const MAX_LENGTH: usize = 128;

pub fn hash(password: &str) -> AppResult<String> {
    hash_with(Argon2::default(), password)
}

/// The hash of a password everybody knows: the demo accounts' `demo`, printed in the README.
/// A costly hash would protect nothing there, while every demo sign-in — the test suite makes
/// thousands, a training session dozens — would pay for it: argon2id at its smallest cost.
/// Verifying reads the cost from the hash, so real passwords keep theirs.
pub fn hash_published(password: &str) -> AppResult<String> {
    let params = Params::new(Params::MIN_M_COST, Params::MIN_T_COST, 1, None)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("argon2: {e}")))?;
    hash_with(
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params),
        password,
    )
}

fn hash_with(argon2: Argon2, password: &str) -> AppResult<String> {
    let salt = SaltString::generate(&mut OsRng);
    argon2
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| AppError::Internal(anyhow::anyhow!("argon2: {e}")))
}

/// Checks a password against a stored hash. Without a hash (unknown account, or one that has
/// never set a password) it still spends the same work, so timing does not tell them apart.
pub fn verify(password: &str, stored: Option<&str>) -> bool {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let dummy = DUMMY.get_or_init(|| hash("not a real password").unwrap_or_default());
    let (candidate, real) = match stored {
        Some(h) => (h, true),
        None => (dummy.as_str(), false),
    };
    let Ok(parsed) = PasswordHash::new(candidate) else {
        return false;
    };
    Argon2::default()
        .verify_password(password.as_bytes(), &parsed)
        .is_ok()
        && real
}

/// Length is the rule that matters; composition rules only make elderly users write them down.
pub fn check_new(password: &str) -> AppResult<()> {
    let len = password.chars().count();
    if len < MIN_LENGTH {
        return Err(AppError::Invalid(
            crate::core::error::Message::new("password-too-short").with("min", MIN_LENGTH),
        ));
    }
    if len > MAX_LENGTH {
        return Err(AppError::Invalid(
            crate::core::error::Message::new("password-too-long").with("max", MAX_LENGTH),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_verify_and_reject() {
        let h = hash("correct horse").unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify("correct horse", Some(&h)));
        assert!(!verify("wrong horse", Some(&h)));
        assert!(!verify("not a real password", None));
    }

    #[test]
    fn new_passwords_have_a_length_rule() {
        assert!(check_new("short").is_err());
        assert!(check_new("long enough").is_ok());
        assert!(check_new(&"x".repeat(200)).is_err());
    }
}
