//! What reads bytes anyone can send: a photo from a phone ([`photo`]), a multipart form
//! ([`multipart`]) and the Markdown of a notice or the welcome kit ([`markdown`]). Each either
//! gives something safe to keep and show, or says why not; none panics, whatever the bytes.
//! They are kept apart from the portal so that `fuzz/` builds them alone.

pub mod markdown;
pub mod multipart;
pub mod photo;
