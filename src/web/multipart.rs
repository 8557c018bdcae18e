//! Multipart forms with explicit limits, read by the `portineria-untrusted` crate (fuzzed on
//! its own); why one was refused, told in the sender's language.

use actix_multipart::Multipart;
use portineria_untrusted::multipart::FormError;

use crate::core::error::{AppError, Message};

pub use portineria_untrusted::multipart::{Limits, Parts};

/// Reads every part; files come from parts named `file_field`.
pub async fn read(
    payload: Multipart,
    file_field: &str,
    limits: &Limits,
) -> Result<Parts, AppError> {
    portineria_untrusted::multipart::read(payload, file_field, limits)
        .await
        .map_err(refused)
}

fn refused(error: FormError) -> AppError {
    match error {
        FormError::Malformed | FormError::TooManyFields => AppError::invalid("error-form-invalid"),
        FormError::TooManyFiles { max } => {
            AppError::Invalid(Message::new("photo-too-many").with("max", max))
        }
        FormError::FileTooLarge { number, max_mib } => AppError::TooLarge(
            Message::new("photo-too-large")
                .with("number", number)
                .with("max", max_mib),
        ),
        FormError::TextTooLarge => AppError::TooLarge(Message::new("error-form-too-large")),
        FormError::EmptyFile { number } => {
            AppError::Invalid(Message::new("photo-empty").with("number", number))
        }
    }
}
