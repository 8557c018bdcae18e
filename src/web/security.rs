//! Headers every response carries, so a browser refuses what the portal never does: scripts,
//! styles and frames from anywhere else, inline scripts and styles (pages have none), being
//! framed by another site, guessing content types, leaking addresses to other sites, and
//! reaching for the camera, microphone or location. On an https site, browsers are also told
//! to come back over https only.

use actix_web::middleware::DefaultHeaders;

/// The policy: same-origin everything; images also from `data:` (QR codes on printed
/// sheets) and `blob:` (a photo's preview before it is sent).
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; \
     style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; \
     manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; \
     form-action 'self'; frame-ancestors 'none'";

pub fn headers(https: bool) -> DefaultHeaders {
    let headers = DefaultHeaders::new()
        .add(("content-security-policy", CONTENT_SECURITY_POLICY))
        .add(("x-content-type-options", "nosniff"))
        .add(("x-frame-options", "DENY"))
        .add(("referrer-policy", "same-origin"))
        .add((
            "permissions-policy",
            "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
        ))
        .add(("cross-origin-opener-policy", "same-origin"));
    if https {
        headers.add((
            "strict-transport-security",
            "max-age=31536000; includeSubDomains",
        ))
    } else {
        headers
    }
}
