//! Multipart forms with explicit limits: text fields are small, files are few and bounded,
//! and a body past the limits is refused as it streams in, before it is all read.

use actix_multipart::Multipart;
use futures_util::StreamExt;

/// Why a form was refused; the portal tells the sender in their language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormError {
    /// Not a multipart body, or text that is not UTF-8.
    Malformed,
    /// More parts than [`Limits::max_fields`].
    TooManyFields,
    /// More files than [`Limits::max_files`].
    TooManyFiles { max: usize },
    /// File number `number` (from 1) is larger than `max_mib` MiB.
    FileTooLarge { number: usize, max_mib: usize },
    /// A text field larger than [`Limits::max_text_bytes`].
    TextTooLarge,
    /// File number `number` was named but empty: a photo that did not make it.
    EmptyFile { number: usize },
}

pub struct Limits {
    pub max_files: usize,
    pub max_file_bytes: usize,
    pub max_text_bytes: usize,
    pub max_fields: usize,
}

#[derive(Debug, Default)]
pub struct Parts {
    pub fields: Vec<(String, String)>,
    pub files: Vec<Vec<u8>>,
}

impl Parts {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn all(&self, name: &str) -> Vec<String> {
        self.fields
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
            .collect()
    }
}

/// Reads every part; files come from parts named `file_field`. An empty file part without a
/// file name is what browsers send when nothing was chosen, and is skipped; an empty file
/// with a name is a photo that did not make it (a cloud file not yet downloaded, a failed
/// copy), and the sender is told rather than left to think it was attached.
pub async fn read(
    mut payload: Multipart,
    file_field: &str,
    limits: &Limits,
) -> Result<Parts, FormError> {
    let mut parts = Parts::default();
    let malformed = |_| FormError::Malformed;
    while let Some(field) = payload.next().await {
        let mut field = field.map_err(malformed)?;
        let name = field.name().unwrap_or_default().to_string();
        let is_file = name == file_field;
        let named_file = field
            .content_disposition()
            .and_then(|d| d.get_filename())
            .is_some_and(|f| !f.is_empty());
        if is_file && parts.files.len() >= limits.max_files {
            return Err(FormError::TooManyFiles {
                max: limits.max_files,
            });
        }
        if parts.fields.len() >= limits.max_fields {
            return Err(FormError::TooManyFields);
        }
        let limit = if is_file {
            limits.max_file_bytes
        } else {
            limits.max_text_bytes
        };
        let mut bytes = Vec::new();
        while let Some(chunk) = field.next().await {
            let chunk = chunk.map_err(malformed)?;
            if bytes.len() + chunk.len() > limit {
                return Err(if is_file {
                    FormError::FileTooLarge {
                        number: parts.files.len() + 1,
                        max_mib: limit / (1024 * 1024),
                    }
                } else {
                    FormError::TextTooLarge
                });
            }
            bytes.extend_from_slice(&chunk);
        }
        if is_file {
            if !bytes.is_empty() {
                parts.files.push(bytes);
            } else if named_file {
                return Err(FormError::EmptyFile {
                    number: parts.files.len() + 1,
                });
            }
        } else {
            let text = String::from_utf8(bytes).map_err(|_| FormError::Malformed)?;
            parts.fields.push((name, text));
        }
    }
    Ok(parts)
}
