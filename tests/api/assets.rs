//! Static files under addresses that change with their content, kept by browsers for a year,
//! and sent compressed as they were compressed at build time; the report form, a tenant's
//! most important page, under 30 KB with everything it loads.

use std::io::Read;

use reqwest::StatusCode;

use crate::helpers::{spawn_app, TestApp};

const FORM: &str = "/reports/new?where=stair&category=lift";
const BUDGET_BYTES: usize = 30 * 1024;

async fn fetch(app: &TestApp, path: &str, accept_encoding: &str) -> reqwest::Response {
    let res = app
        .client
        .get(app.url(path))
        .header("accept-encoding", accept_encoding)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK, "{path}");
    res
}

/// Every address a page loads as it opens: style sheets, scripts, images, icons.
fn loaded_by(html: &str) -> Vec<String> {
    let doc = scraper::Html::parse_document(html);
    let mut found = vec![];
    for (selector, attribute) in [
        ("link[rel=stylesheet]", "href"),
        ("link[rel=icon]", "href"),
        ("script[src]", "src"),
        ("img[src]", "src"),
    ] {
        let selector = scraper::Selector::parse(selector).unwrap();
        for element in doc.select(&selector) {
            let address = element.value().attr(attribute).unwrap();
            if address.starts_with('/') && !found.iter().any(|f| f == address) {
                found.push(address.to_string());
            }
        }
    }
    found
}

#[tokio::test]
async fn assets_are_versioned_kept_a_year_and_sent_as_compressed_at_build_time() {
    let app = spawn_app().await;
    app.sign_in_ok("inquilino@demo.test").await;
    let (_, form) = app.page(FORM).await;
    let assets = loaded_by(&form);
    assert!(
        assets.iter().any(|a| a.starts_with("/static/app.css?v=")),
        "{assets:?}"
    );
    assert!(assets
        .iter()
        .any(|a| a.starts_with("/static/report-form.js?v=")));
    assert!(assets
        .iter()
        .any(|a| a.starts_with("/static/icons/lift.svg?v=")));
    for asset in &assets {
        assert!(asset.contains("?v="), "{asset} is not versioned");
        let res = fetch(&app, asset, "gzip, deflate, br").await;
        assert_eq!(
            res.headers()["cache-control"],
            "public, max-age=31536000, immutable",
            "{asset}"
        );
        let text = [".css", ".js", ".svg"]
            .iter()
            .any(|ext| asset.split('?').next().unwrap().ends_with(ext));
        if text {
            assert_eq!(res.headers()["content-encoding"], "br", "{asset}");
            assert_eq!(res.headers()["vary"], "accept-encoding", "{asset}");
        }
    }
    // Gzip for clients without Brotli, the same bytes once unpacked; as is for the others.
    let css = assets
        .iter()
        .find(|a| a.starts_with("/static/app.css"))
        .unwrap();
    let plain = fetch(&app, css, "identity").await;
    assert!(plain.headers().get("content-encoding").is_none());
    let plain = plain.bytes().await.unwrap();
    let gzip = fetch(&app, css, "gzip;q=1.0, br;q=0").await;
    assert_eq!(gzip.headers()["content-encoding"], "gzip");
    let mut unpacked = vec![];
    flate2::read::GzDecoder::new(&gzip.bytes().await.unwrap()[..])
        .read_to_end(&mut unpacked)
        .unwrap();
    assert_eq!(unpacked, plain);
    // An address with an old version is still served, but kept only an hour.
    let stale = fetch(&app, "/static/app.css?v=000000000000", "br").await;
    assert_eq!(stale.headers()["cache-control"], "public, max-age=3600");
}

#[tokio::test]
async fn the_report_form_weighs_under_30_kb_with_everything_it_loads() {
    let app = spawn_app().await;
    app.sign_in_ok("inquilino@demo.test").await;
    let page = fetch(&app, FORM, "gzip, deflate, br").await;
    assert_eq!(page.headers()["content-encoding"], "br");
    let compressed_page = page.bytes().await.unwrap().len();
    let (_, html) = app.page(FORM).await;
    let mut total = compressed_page;
    for asset in loaded_by(&html) {
        total += fetch(&app, &asset, "gzip, deflate, br")
            .await
            .bytes()
            .await
            .unwrap()
            .len();
    }
    assert!(
        total <= BUDGET_BYTES,
        "the report form and what it loads: {total} bytes (page {compressed_page})"
    );
}
