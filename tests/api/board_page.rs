//! The board page as a browser sees it: cards marked as read, every change shown at once on
//! every node despite the kept cards, and the stair's delegates with the contact they chose.

use reqwest::StatusCode;
use serde_json::json;

use crate::boards::{notice, post, stair};
use crate::helpers::{spawn_app, spawn_sibling, TestApp};

/// The cards of a board as its reader sees them: (title, whether they said they read it).
async fn board_cards(reader: &TestApp) -> Vec<(String, bool)> {
    let (status, html) = reader.page("/board").await;
    assert_eq!(status, StatusCode::OK);
    let page = scraper::Html::parse_document(&html);
    let card = scraper::Selector::parse("article.notice").unwrap();
    let title = scraper::Selector::parse("h3").unwrap();
    let seen = scraper::Selector::parse("p.hint").unwrap();
    page.select(&card)
        .map(|c| {
            let title = c.select(&title).next().unwrap().text().collect::<String>();
            let read = c.select(&seen).any(|p| {
                p.text().collect::<String>().contains("letto")
                    || p.text().collect::<String>().contains("as read")
            });
            (title.trim().to_string(), read)
        })
        .collect()
}

/// Boards keep the cards they rendered; each change still shows at once, on every app node,
/// to each reader as they should see it.
#[tokio::test]
async fn the_board_shows_every_change_at_once_on_every_node() {
    let app = spawn_app().await;
    let other_node = spawn_sibling(&app, |_| {}).await;
    let delegate = app.api_token("referente@demo.test", "demo").await;
    let (_, created) = post(
        &app,
        &delegate,
        notice("stair", stair(&app, "GUA12", "A"), "Riunione di scala"),
    )
    .await;
    let id = created["id"].as_i64().unwrap();
    let giulia = app.visitor();
    giulia.sign_in_ok("inquilino@demo.test").await;
    let giulia_there = other_node.visitor();
    giulia_there.sign_in_ok("inquilino@demo.test").await;
    let card_of =
        |cards: Vec<(String, bool)>, title: &str| cards.into_iter().find(|(t, _)| t == title);
    for reader in [&giulia, &giulia_there] {
        assert_eq!(
            card_of(board_cards(reader).await, "Riunione di scala"),
            Some(("Riunione di scala".into(), false))
        );
    }

    // "I have read it" on the board, as a browser sends it: the button names its action and
    // submits the page's one form, and the reader comes back to the board.
    let (_, html) = giulia.page("/board").await;
    let action = crate::helpers::attr(
        &html,
        &format!(r#"button[formaction="/notices/{id}/seen"]"#),
        "formaction",
    )
    .expect("a button to say it was read");
    let csrf = crate::helpers::attr(&html, "#notice-actions input[name=_csrf]", "value").unwrap();
    let next = crate::helpers::attr(&html, "#notice-actions input[name=next]", "value").unwrap();
    let res = giulia
        .client
        .post(giulia.url(&action))
        .form(&[("_csrf", csrf.as_str()), ("next", next.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(crate::helpers::location(&res), "/board");
    for reader in [&giulia, &giulia_there] {
        assert_eq!(
            card_of(board_cards(reader).await, "Riunione di scala"),
            Some(("Riunione di scala".into(), true)),
            "read, on both nodes"
        );
    }
    // Salvatore, the delegate, has not read it: his card is still his.
    let salvatore = other_node.visitor();
    salvatore.sign_in_ok("referente@demo.test").await;
    assert_eq!(
        card_of(board_cards(&salvatore).await, "Riunione di scala"),
        Some(("Riunione di scala".into(), false))
    );

    // An edit on one node shows on the other at once; so does a removal.
    let mut edited = notice(
        "stair",
        stair(&app, "GUA12", "A"),
        "Riunione di scala spostata",
    );
    edited["translations"] = json!([{"locale": "en", "title": "Stair meeting moved"}]);
    let res = app
        .api_post_json(&format!("/api/v1/notices/{id}"), &delegate, edited)
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let titles: Vec<String> = board_cards(&giulia_there)
        .await
        .into_iter()
        .map(|c| c.0)
        .collect();
    assert!(
        titles.contains(&"Riunione di scala spostata".to_string()),
        "{titles:?}"
    );
    assert!(!titles.contains(&"Riunione di scala".to_string()));
    // In English the same notice is its English card, still marked as read.
    giulia_there
        .submit("/", "/lang", &[("locale", "en"), ("next", "/")])
        .await;
    assert_eq!(
        card_of(board_cards(&giulia_there).await, "Stair meeting moved"),
        Some(("Stair meeting moved".into(), true))
    );
    let res = app
        .api_post_json(
            &format!("/api/v1/notices/{id}/remove"),
            &delegate,
            json!({"reason": "Doppione"}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    for reader in [&giulia, &giulia_there] {
        let titles: Vec<String> = board_cards(reader).await.into_iter().map(|c| c.0).collect();
        assert!(
            titles
                .iter()
                .all(|t| !t.contains("Riunione") && !t.contains("meeting")),
            "{titles:?}"
        );
    }
}

/// The text of the board's "your delegates" section, if it has one.
async fn delegates_on_board(reader: &TestApp) -> Option<String> {
    let (status, html) = reader.page("/board").await;
    assert_eq!(status, StatusCode::OK);
    let page = scraper::Html::parse_document(&html);
    let section =
        scraper::Selector::parse(r#"section[aria-labelledby="delegates-heading"]"#).unwrap();
    page.select(&section).next().map(|s| s.html())
}

/// The board names the stair's delegates, with only the ways to reach them each chose to show,
/// and only to the residents they look after.
#[tokio::test]
async fn the_board_names_the_stairs_delegates_with_only_the_contact_they_chose() {
    let app = spawn_app().await;
    let giulia = app.visitor();
    giulia.sign_in_ok("inquilino@demo.test").await;
    let shown = delegates_on_board(&giulia)
        .await
        .expect("a delegates section");
    assert!(shown.contains("Salvatore Russo"), "{shown}");
    assert!(
        !shown.contains("referente@demo.test"),
        "no e-mail unless chosen: {shown}"
    );
    assert!(!shown.contains("tel:"), "no phone unless given: {shown}");

    // Salvatore gives a phone number and his hours, but keeps his e-mail to himself.
    let salvatore = app.visitor();
    salvatore.sign_in_ok("referente@demo.test").await;
    let fields = [("phone", "+39 333 1234567"), ("hours", "lun-ven 18-20")];
    let res = salvatore
        .submit("/profile", "/profile/contact", &fields)
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let shown = delegates_on_board(&giulia).await.unwrap();
    assert!(shown.contains(r#"href="tel:+39 333 1234567""#), "{shown}");
    assert!(shown.contains("lun-ven 18-20"), "{shown}");
    assert!(!shown.contains("referente@demo.test"), "{shown}");

    // Then he chooses to show it.
    let fields = [
        ("phone", "+39 333 1234567"),
        ("hours", "lun-ven 18-20"),
        ("show_email", "yes"),
    ];
    let res = salvatore
        .submit("/profile", "/profile/contact", &fields)
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let shown = delegates_on_board(&giulia).await.unwrap();
    assert!(shown.contains("mailto:referente@demo.test"), "{shown}");

    // A resident of another building is not told about him.
    let giuseppe = app.activated("DEMO-CASA-3456", "giuseppe").await;
    let elsewhere = delegates_on_board(&giuseppe).await.unwrap_or_default();
    assert!(!elsewhere.contains("Salvatore Russo"), "{elsewhere}");
    assert!(!elsewhere.contains("333 1234567"), "{elsewhere}");
}
