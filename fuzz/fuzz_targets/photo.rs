//! Any bytes sent as a photo: sniffed, decoded within the pixel and memory limits, oriented,
//! resized and encoded again, or refused with a reason. Never a crash.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(photo) = portineria_untrusted::photo::process(bytes) {
        assert!(!photo.display.is_empty() && !photo.thumbnail.is_empty());
    }
});
