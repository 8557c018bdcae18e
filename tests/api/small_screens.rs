//! What makes pages fit a phone and read right in Arabic, as the server writes them: the
//! header's few destinations in reach and the rest in a menu, the queue's filters folded with
//! their counts, tables that reflow with each figure's column name, and phone numbers isolated
//! left to right in right-to-left Markdown. (The layout itself is checked in Chromium by
//! ci/axe/small-screens.mjs.)

use reqwest::StatusCode;

use crate::helpers::{attr, spawn_app, texts, TestApp};

const LTR: &str = r#"bdi[dir="ltr"]"#;

async fn in_arabic(app: &TestApp, account: &str) -> TestApp {
    let reader = app.visitor();
    reader.sign_in_ok(account).await;
    reader
        .submit("/", "/lang", &[("locale", "ar"), ("next", "/")])
        .await;
    reader
}

#[tokio::test]
async fn phone_numbers_in_arabic_markdown_are_isolated_left_to_right() {
    let app = spawn_app().await;
    let arabic = in_arabic(&app, "inquilino@demo.test").await;
    let (status, kit) = arabic.page("/welcome").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(attr(&kit, "html", "dir").as_deref(), Some("rtl"));
    let isolated = texts(&kit, &format!("main {LTR}"));
    for number in [
        "800 900 999",
        "800 013 191",
        "800 801 185",
        "02 660 231",
        "02 660 23 900",
    ] {
        assert!(
            isolated.iter().any(|n| n == number),
            "{number} not isolated: {isolated:?}"
        );
    }
    // The same kit in Italian reads left to right already: nothing added.
    let italian = app.visitor();
    italian.sign_in_ok("inquilino@demo.test").await;
    // The language is the profile's: back to Italian for this reader.
    italian
        .submit("/", "/lang", &[("locale", "it"), ("next", "/")])
        .await;
    let (_, kit) = italian.page("/welcome").await;
    assert!(kit.contains("800 900 999"));
    assert!(texts(&kit, &format!("main .notice-body {LTR}")).is_empty());
}

/// The header's links as (in reach, in the menu) hrefs.
fn header_links(html: &str) -> (Vec<String>, Vec<String>) {
    let hrefs = |selector: &str| {
        let document = scraper::Html::parse_document(html);
        let selector = scraper::Selector::parse(selector).unwrap();
        document
            .select(&selector)
            .filter_map(|a| a.value().attr("href").map(str::to_string))
            .collect::<Vec<_>>()
    };
    (
        hrefs(".site-header .nav > li > a"),
        hrefs(".site-header .nav-more details .nav-menu a"),
    )
}

#[tokio::test]
async fn each_role_has_its_own_tools_in_reach_and_the_rest_in_the_header_menu() {
    let app = spawn_app().await;
    for (account, in_reach, in_menu) in [
        (
            "inquilino@demo.test",
            ["/reports", "/board", "/welcome"],
            "/profile",
        ),
        (
            "tecnico.aler@demo.test",
            ["/work", "/work/agenda", "/reports"],
            "/board",
        ),
        (
            "responsabile.aler@demo.test",
            ["/work", "/work/team", "/stats"],
            "/work/agenda",
        ),
        (
            "sportello@demo.test",
            ["/work", "/desk/tenants/new", "/stats"],
            "/rent/office",
        ),
        (
            "canoni.aler@demo.test",
            ["/rent/office", "/reports", "/board"],
            "/welcome",
        ),
        (
            "admin@demo.test",
            ["/desk/tenants/new", "/stats", "/categories"],
            "/admin/api-keys",
        ),
    ] {
        let visitor = app.visitor();
        visitor.sign_in_ok(account).await;
        let (_, html) = visitor.page("/board").await;
        let (reach, menu) = header_links(&html);
        assert_eq!(reach, in_reach, "{account}");
        assert!(menu.iter().any(|m| m == in_menu), "{account}: {menu:?}");
        assert!(menu.iter().any(|m| m == "/"), "{account}: {menu:?}");
        let mut all = [reach, menu].concat();
        let shown = all.len();
        all.sort();
        all.dedup();
        assert_eq!(all.len(), shown, "{account}: a link shown twice");
        // Signing out is in the menu; the page shown is marked as such.
        assert!(attr(&html, ".nav-menu form[action=\"/logout\"] button", "type").is_some());
        assert_eq!(
            attr(&html, ".site-header a[aria-current=\"page\"]", "href").as_deref(),
            Some("/board"),
            "{account}"
        );
    }
}

#[tokio::test]
async fn the_queue_keeps_its_counts_on_the_folded_filters() {
    let app = spawn_app().await;
    app.sign_in_ok("tecnico.aler@demo.test").await;
    let (status, html) = app.page("/work").await;
    assert_eq!(status, StatusCode::OK);
    let document = scraper::Html::parse_document(&html);
    let select = |s: &str| scraper::Selector::parse(s).unwrap();
    let filters = document
        .select(&select("main details.filters"))
        .next()
        .expect("the filters are folded in a <details>");
    assert!(filters.value().attr("open").is_none(), "folded at first");
    assert!(
        filters.select(&select(".chips a")).count() >= 3,
        "the quick filters are inside"
    );
    assert!(filters.select(&select("form[action=\"/work\"]")).count() == 1);
    // The summary counts what is open, late and one's own, from the quick filters' figures.
    let counts = texts(&html, "details.filters > summary .summary-count .count");
    assert_eq!(counts.len(), 3, "{counts:?}");
    let open = texts(&html, ".chips a .count");
    assert_eq!(counts[0], open[0]);
    assert!(
        counts.iter().all(|c| c.parse::<u32>().is_ok()),
        "{counts:?}"
    );
    assert!(!texts(&html, "main .queue-item").is_empty());
}

/// For every table of class `reflow` in `html`: each data cell is named by its column's header.
fn cells_named_by_their_column(html: &str) -> usize {
    let document = scraper::Html::parse_document(html);
    let select = |s: &str| scraper::Selector::parse(s).unwrap();
    let mut cells = 0;
    for table in document.select(&select("table.reflow")) {
        let headers: Vec<String> = table
            .select(&select("thead th"))
            .map(|th| th.text().collect::<String>().trim().to_string())
            .collect();
        for row in table.select(&select("tbody tr")) {
            for (column, cell) in row.select(&select("th, td")).enumerate() {
                if cell.value().name() == "td" && cell.value().attr("colspan").is_none() {
                    assert_eq!(
                        cell.value().attr("data-label"),
                        Some(headers[column].as_str()),
                        "column {column}"
                    );
                    cells += 1;
                }
            }
        }
    }
    cells
}

#[tokio::test]
async fn staff_tables_name_each_figure_for_the_card_they_become_on_a_phone() {
    let app = spawn_app().await;
    for (account, path) in [
        ("responsabile.aler@demo.test", "/work/team"),
        ("responsabile.aler@demo.test", "/stats"),
    ] {
        let visitor = app.visitor();
        visitor.sign_in_ok(account).await;
        let (status, html) = visitor.page(path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(
            cells_named_by_their_column(&html) > 0,
            "{path}: no table cells"
        );
    }
}
