//! Any body sent as a report form with photos: read within the limits, or refused with a
//! clear error. Never a crash, never more files or bytes than the limits allow.
#![no_main]

use actix_web::http::header::{HeaderMap, HeaderValue, CONTENT_TYPE};
use libfuzzer_sys::fuzz_target;
use portineria_untrusted::multipart::{read, Limits};

const LIMITS: Limits = Limits {
    max_files: 3,
    max_file_bytes: 4096,
    max_text_bytes: 512,
    max_fields: 16,
};

fuzz_target!(|body: &[u8]| {
    let mut headers = HeaderMap::new();
    headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static("multipart/form-data; boundary=fuzz"),
    );
    // The body arrives in two chunks, as over a network, split where the input says.
    let cut = body.first().map_or(0, |b| usize::from(*b)).min(body.len());
    let chunks = vec![
        Ok::<_, actix_web::error::PayloadError>(bytes::Bytes::copy_from_slice(&body[..cut])),
        Ok(bytes::Bytes::copy_from_slice(&body[cut..])),
    ];
    let payload = actix_multipart::Multipart::new(&headers, futures_util::stream::iter(chunks));
    if let Ok(parts) = futures_executor::block_on(read(payload, "photos", &LIMITS)) {
        assert!(parts.files.len() <= LIMITS.max_files);
        assert!(parts.files.iter().all(|f| f.len() <= LIMITS.max_file_bytes));
        assert!(parts.fields.len() <= LIMITS.max_fields);
    }
});
