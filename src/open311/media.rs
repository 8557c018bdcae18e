//! Fetching an Open311 `media_url` photo without becoming a way into the server's own network
//! (server-side request forgery). Only the hosts the installation allows
//! (`PORTINERIA_OPEN311_MEDIA_HOSTS`) are asked; a host name is resolved once, every address it
//! resolves to must be public, and the request then connects only to those checked addresses
//! (reqwest's DNS override), so a second lookup cannot answer differently (DNS rebinding). An
//! address written literally in the allowed list is the installer's own choice and is used as
//! written. No proxy, no redirects.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::time::Duration;

use crate::core::error::{AppError, AppResult, Message};
use crate::media::limits::MAX_UPLOAD_BYTES;

/// How long fetching a `media_url` photo may take, its name lookup included.
const MEDIA_TIMEOUT: Duration = Duration::from_secs(10);

/// Where Open311 photos may come from.
#[derive(Clone)]
pub struct MediaSources {
    hosts: Vec<String>,
}

/// Whether an address is on the public internet: not this machine, not a private, shared
/// (CGNAT), link-local, multicast, documentation or reserved range, nor an IPv6 form of an
/// IPv4 address (mapped, compatible, NAT64), whose meaning depends on the network.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => is_public_v6(v6),
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    !(ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_multicast()
        || ip.is_broadcast()
        || ip.is_documentation()
        || a == 0 // "this network"
        || (a == 100 && (64..128).contains(&b)) // shared address space (CGNAT), 100.64/10
        || (a == 192 && b == 0 && c == 0) // IETF protocol assignments, 192.0.0/24
        || (a == 198 && (18..20).contains(&b)) // benchmarking, 198.18/15
        || a >= 240) // reserved
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    let segments = ip.segments();
    let embeds_ipv4 = segments[..5] == [0; 5] // mapped ::ffff:0:0/96, compatible ::/96
        || segments[..6] == [0x64, 0xff9b, 0, 0, 0, 0] // NAT64 64:ff9b::/96
        || segments[..3] == [0x64, 0xff9b, 1]; // local NAT64 64:ff9b:1::/48
    !(ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_multicast()
        || embeds_ipv4
        || (segments[0] & 0xfe00) == 0xfc00 // unique local, fc00::/7
        || (segments[0] & 0xffc0) == 0xfe80 // link-local, fe80::/10
        || (segments[0] & 0xffc0) == 0xfec0 // site-local (deprecated), fec0::/10
        || (segments[0] == 0x2001 && segments[1] == 0x0db8)) // documentation, 2001:db8::/32
}

impl MediaSources {
    /// The allowed hosts; fails at start if no HTTP client can be built here (TLS set-up),
    /// rather than on the first photo.
    pub fn new(hosts: Vec<String>) -> anyhow::Result<Self> {
        client_builder().build()?;
        Ok(Self { hosts })
    }

    fn allows(&self, url: &url::Url) -> bool {
        matches!(url.scheme(), "http" | "https")
            && url.host_str().is_some_and(|h| {
                self.hosts
                    .iter()
                    .any(|allowed| *allowed == h.to_lowercase())
            })
    }

    /// A client that connects to `url`'s host only at the public addresses checked here.
    async fn client_for(&self, url: &url::Url) -> AppResult<reqwest::Client> {
        let host = url.host_str().unwrap_or("");
        let refused = || {
            tracing::warn!(url = %url, "media_url leads to a non-public address");
            AppError::Invalid(Message::new("open311-media-private").with("host", host))
        };
        let builder = match url.host() {
            Some(url::Host::Domain(name)) => {
                let port = url.port_or_known_default().unwrap_or(80);
                let lookup =
                    tokio::time::timeout(MEDIA_TIMEOUT, tokio::net::lookup_host((name, port)));
                let addresses: Vec<SocketAddr> = match lookup.await {
                    Ok(Ok(found)) => found.collect(),
                    _ => return Err(AppError::invalid("open311-media-unreachable")),
                };
                if addresses.is_empty() || !addresses.iter().all(|a| is_public(a.ip())) {
                    return Err(refused());
                }
                client_builder().resolve_to_addrs(name, &addresses)
            }
            // Written as an address in the allowed list: no lookup to trust.
            _ => client_builder(),
        };
        builder.build().map_err(|e| AppError::Internal(e.into()))
    }

    /// The photo at `url`, if its host is allowed and public and the photo fits the upload
    /// limit.
    pub async fn fetch(&self, url: &url::Url) -> AppResult<Vec<u8>> {
        if !self.allows(url) {
            return Err(AppError::Invalid(
                Message::new("open311-media-host").with("host", url.host_str().unwrap_or("")),
            ));
        }
        let unreachable = |e: reqwest::Error| {
            tracing::info!(url = %url, error = %e, "media_url not fetched");
            AppError::invalid("open311-media-unreachable")
        };
        let client = self.client_for(url).await?;
        let mut response = client.get(url.clone()).send().await.map_err(unreachable)?;
        if !response.status().is_success() {
            return Err(AppError::invalid("open311-media-unreachable"));
        }
        let too_large = || {
            AppError::TooLarge(
                Message::new("photo-too-large")
                    .with("number", 1)
                    .with("max", MAX_UPLOAD_BYTES / (1024 * 1024)),
            )
        };
        if response
            .content_length()
            .is_some_and(|n| n > MAX_UPLOAD_BYTES as u64)
        {
            return Err(too_large());
        }
        let mut bytes = vec![];
        while let Some(chunk) = response.chunk().await.map_err(unreachable)? {
            if bytes.len() + chunk.len() > MAX_UPLOAD_BYTES {
                return Err(too_large());
            }
            bytes.extend_from_slice(&chunk);
        }
        Ok(bytes)
    }
}

/// No proxy (it would resolve the name itself) and no redirects (they could lead off the
/// allowed hosts).
fn client_builder() -> reqwest::ClientBuilder {
    reqwest::Client::builder()
        .timeout(MEDIA_TIMEOUT)
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_public_addresses_are_public() {
        for private in [
            "127.0.0.1",
            "127.8.9.10",
            "0.0.0.0",
            "0.1.2.3",
            "10.1.2.3",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "100.127.255.254",
            "224.0.0.1",
            "239.255.255.250",
            "255.255.255.255",
            "240.0.0.1",
            "192.0.0.8",
            "192.0.2.1",
            "198.18.0.1",
            "::",
            "::1",
            "fc00::1",
            "fd12:3456::1",
            "fe80::1",
            "febf::1",
            "fec0::1",
            "ff02::1",
            "::ffff:127.0.0.1",
            "::ffff:8.8.8.8",
            "::127.0.0.1",
            "64:ff9b::a00:1",
            "64:ff9b:1::1",
            "2001:db8::1",
        ] {
            let ip: IpAddr = private.parse().unwrap();
            assert!(!is_public(ip), "{private} is not public");
        }
        for public in [
            "8.8.8.8",
            "1.1.1.1",
            "93.184.216.34",
            "100.63.255.255",
            "100.128.0.1",
            "172.32.0.1",
            "192.0.1.1",
            "198.20.0.1",
            "2a00:1450:4002:80a::200e",
            "2606:4700::1111",
        ] {
            let ip: IpAddr = public.parse().unwrap();
            assert!(is_public(ip), "{public} is public");
        }
    }
}
