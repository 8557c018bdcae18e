//! A tenant in each language: files by the form and by the API, hears back by mail in their
//! language; Arabic pages read right to left with references isolated; the reading-comfort
//! switches; the desk's list of texts not yet translated.

use mail_parser::MessageParser;
use portineria::i18n::{Locale, LANGUAGES};
use reqwest::multipart::Form;
use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{attr, csrf_of, location, spawn_app, spawn_app_with, texts, SmtpSink};
use crate::reports::report;

/// Unicode's isolation marks around a value in right-to-left text.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

#[tokio::test]
async fn a_tenant_files_by_form_and_by_api_and_hears_back_in_their_own_language() {
    let smtp = SmtpSink::start().await;
    let app = spawn_app_with(|c| c.smtp_url = Some(smtp.url.clone())).await;
    let tenant = app.visitor();
    tenant.sign_in_ok("inquilino@demo.test").await;
    let technician = app.api_token("tecnico.aler@demo.test", "demo").await;
    let mut told = 0;
    for language in LANGUAGES {
        let lang = language.code;
        let locale = Locale::from_code(lang).unwrap();
        // The switcher sets the profile's language: mail follows it.
        let res = tenant
            .submit("/", "/lang", &[("locale", lang), ("next", "/")])
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);

        // By the form, without JavaScript.
        let (_, step_two) = tenant.page("/reports/new?where=stair&category=lift").await;
        assert_eq!(attr(&step_two, "html", "lang").as_deref(), Some(lang));
        let key = attr(&step_two, r#"input[name="idempotency_key"]"#, "value").unwrap();
        let form = Form::new()
            .text("_csrf", csrf_of(&step_two))
            .text("idempotency_key", key)
            .text("where", "stair")
            .text("category", "lift")
            .text("description", format!("L'ascensore è fermo ({lang})."));
        let res = tenant.post_multipart("/reports", form).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "{lang}");
        let target = location(&res);
        let by_form = target
            .trim_start_matches("/reports/")
            .trim_end_matches("?filed=1")
            .to_string();
        let (status, page) = tenant.page(&target).await;
        assert_eq!(status, StatusCode::OK);
        assert!(!page.contains('⟦'), "{lang}: {target}");
        assert_eq!(
            texts(&page, "#state-heading .status"),
            vec![locale.text("status-received")],
            "{lang}"
        );
        let filed = texts(&page, "[role=status]").join(" ");
        assert!(filed.contains(&by_form), "{lang}: {filed}");

        // By the API, which answers in the language asked for.
        let token = tenant.api_token("inquilino@demo.test", "demo").await;
        let by_api = tenant
            .file_report(
                &token,
                report("lift", "stair", "Ascensore fermo al piano terra."),
            )
            .await;
        let res = tenant
            .client
            .post(tenant.url("/api/v1/reports"))
            .bearer_auth(&token)
            .header("accept-language", lang)
            .multipart(report("lift", "stair", "x"))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{lang}");
        let error: serde_json::Value = res.json().await.unwrap();
        let message = error["error"]["message"].as_str().unwrap_or_default();
        assert!(
            !message.is_empty() && !message.contains('⟦'),
            "{lang}: {error}"
        );
        if lang != "it" {
            let italian =
                Locale::DEFAULT.text_with("report-description-short", &[("min", "5".into())]);
            assert_ne!(message, italian, "{lang}: the API's error is translated");
        }

        // The technician acknowledges both: the tenant is told by mail, in the language
        // their profile holds when the mail is written.
        for reference in [&by_form, &by_api] {
            let (status, _) = app
                .report_event(
                    &technician,
                    reference,
                    json!({"type": "transition", "to": "acknowledged"}),
                )
                .await;
            assert_eq!(status, StatusCode::CREATED, "{lang} {reference}");
            told += 1;
        }
        let mails = smtp.wait_for(told).await;
        for reference in [&by_form, &by_api] {
            let subject = locale.text_with(
                "mail-report_update-subject",
                &[("reference", reference.to_string())],
            );
            let mail = mails
                .iter()
                .filter_map(|raw| MessageParser::default().parse(raw.as_bytes()))
                .find(|m| m.subject() == Some(subject.as_str()))
                .unwrap_or_else(|| panic!("no mail in {lang} for {reference}: {subject:?}"));
            let html = mail.body_html(0).unwrap();
            let root = format!(r#"<html lang="{lang}" dir="{}">"#, locale.dir());
            assert!(html.contains(&root), "{lang}");
            let text = mail.body_text(0).unwrap();
            assert!(
                text.contains(&locale.text("status-acknowledged")),
                "{lang}: {text}"
            );
            assert!(text.contains(reference.as_str()), "{lang}: {text}");
        }
    }
    assert_eq!(smtp.messages().len(), told, "one mail per change");
}

#[tokio::test]
async fn arabic_pages_read_right_to_left_and_keep_references_left_to_right() {
    let app = spawn_app().await;
    app.sign_in_ok("inquilino@demo.test").await;
    app.submit("/", "/lang", &[("locale", "ar"), ("next", "/")])
        .await;
    for path in [
        "/",
        "/reports",
        "/reports/new",
        "/board",
        "/reports/SEG-2026-000005",
    ] {
        let (status, html) = app.page(path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert_eq!(attr(&html, "html", "lang").as_deref(), Some("ar"));
        assert_eq!(attr(&html, "html", "dir").as_deref(), Some("rtl"), "{path}");
    }
    let (_, html) = app.page("/reports/SEG-2026-000005").await;
    let reference = texts(&html, ".reference").join(" ");
    assert!(
        reference.contains(&format!("{FSI}SEG-2026-000005{PDI}")),
        "the reference is isolated inside Arabic text: {reference:?}"
    );
    assert!(reference
        .chars()
        .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)));
    // A notice not written in Arabic is shown in Italian, marked in Arabic, and its Italian
    // text keeps its own language and direction.
    let (_, board) = app.page("/board").await;
    assert_eq!(
        attr(&board, r#"article h3[lang="it"]"#, "dir").as_deref(),
        Some("ltr")
    );
    let marker = Locale::from_code("ar").unwrap().text("notice-in-italian");
    assert!(
        texts(&board, "article p.hint").contains(&marker),
        "{marker}"
    );
    // Directional arrows are drawn by the style sheet, which mirrors them; none in the text.
    let back = texts(&html, "a.go-back").join("");
    assert!(!back.is_empty() && !back.contains('←') && !back.contains('→'));
    // Left-to-right pages carry no invisible marks.
    app.submit("/", "/lang", &[("locale", "en"), ("next", "/")])
        .await;
    let (_, html) = app.page("/reports/SEG-2026-000005").await;
    let reference = texts(&html, ".reference").join(" ");
    assert!(!reference.contains(FSI), "{reference:?}");
}

#[tokio::test]
async fn larger_text_and_high_contrast_are_remembered_on_the_device() {
    let app = spawn_app().await;
    let (_, html) = app.page("/login").await;
    assert_eq!(attr(&html, "html", "class"), None);
    assert_eq!(
        attr(
            &html,
            r#"button[name="toggle"][value="large"]"#,
            "aria-pressed"
        )
        .as_deref(),
        Some("false")
    );
    let res = app
        .submit(
            "/login",
            "/display",
            &[("toggle", "large"), ("next", "/login")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), "/login");
    app.submit(
        "/login",
        "/display",
        &[("toggle", "contrast"), ("next", "/login")],
    )
    .await;
    let (_, html) = app.page("/login").await;
    assert_eq!(
        attr(&html, "html", "class").as_deref(),
        Some("text-large contrast-high")
    );
    assert_eq!(
        attr(
            &html,
            r#"button[name="toggle"][value="contrast"]"#,
            "aria-pressed"
        )
        .as_deref(),
        Some("true")
    );
    // Signing in keeps the device's choice; switching again turns it off.
    app.sign_in_ok("inquilino@demo.test").await;
    let (_, html) = app.page("/").await;
    assert_eq!(
        attr(&html, "html", "class").as_deref(),
        Some("text-large contrast-high")
    );
    app.submit("/", "/display", &[("toggle", "large"), ("next", "/")])
        .await;
    let (_, html) = app.page("/").await;
    assert_eq!(
        attr(&html, "html", "class").as_deref(),
        Some("contrast-high")
    );
    // Anything else is refused, in the visitor's language.
    let res = app
        .submit("/", "/display", &[("toggle", "sepia"), ("next", "/")])
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains(&Locale::DEFAULT.text("display-invalid")));
}

#[tokio::test]
async fn the_desk_sees_what_is_not_yet_translated_and_it_goes_once_translated() {
    let app = spawn_app().await;
    // A category whose Albanian name is missing.
    app.sql(
        "DELETE FROM category_names WHERE locale = 'sq' AND category_id = \
         (SELECT id FROM categories WHERE code = 'lift')",
    );
    let tenant = app.visitor();
    tenant.sign_in_ok("inquilino@demo.test").await;
    // Not theirs to see: as for anything out of reach, the page is not there.
    assert_eq!(tenant.page("/translations").await.0, StatusCode::NOT_FOUND);

    let desk = app.visitor();
    desk.sign_in_ok("sportello@demo.test").await;
    let (status, html) = desk.page("/translations").await;
    assert_eq!(status, StatusCode::OK);
    assert!(texts(&html, "nav a")
        .iter()
        .any(|a| a == &Locale::DEFAULT.text("nav-translations")));
    let languages = texts(&html, "main section h2 span");
    assert_eq!(languages.len(), LANGUAGES.len() - 1, "{languages:?}");
    let albanian = texts(&html, "#lang-sq li").join("|");
    assert!(albanian.contains("Ascensore"), "{albanian}");
    // The demo's notices are written in Italian and English only.
    let romanian = texts(&html, "#lang-ro li").join("|");
    assert!(
        romanian.contains("acqua chiusa"),
        "a demo notice lacks Romanian: {romanian}"
    );
    let english = texts(&html, "#lang-en li");
    assert!(
        english.is_empty(),
        "the demo is complete in English: {english:?}"
    );

    // The admin names it in Albanian: it leaves the list.
    let admin = app.visitor();
    admin.sign_in_ok("admin@demo.test").await;
    let (_, editor) = admin.page("/categories").await;
    let mut fields: Vec<(String, String)> = LANGUAGES
        .iter()
        .filter_map(|l| {
            let value = attr(&editor, &format!("#name-lift-{}", l.code), "value")?;
            Some((format!("name_{}", l.code), value))
        })
        .collect();
    fields.retain(|(name, _)| name != "name_sq");
    fields.push(("name_sq".into(), "Ashensori".into()));
    fields.push(("priority".into(), "high".into()));
    fields.push(("routing".into(), "owner".into()));
    fields.push(("active".into(), "yes".into()));
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let res = admin
        .submit("/categories", "/categories/lift", &fields)
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (_, html) = desk.page("/translations").await;
    let albanian = texts(&html, "#lang-sq li").join("|");
    assert!(!albanian.contains("Ascensore"), "{albanian}");

    // A ready answer ALER's manager wrote in English only: the admin sees it missing in the
    // other languages, and a technician answering an Italian tenant sees it is not in theirs.
    let manager = app.visitor();
    manager.sign_in_ok("responsabile.aler@demo.test").await;
    let (_, team) = manager.page("/work/team").await;
    let action = attr(&team, r#"form[action$="/templates"]"#, "action").unwrap();
    let res = manager
        .submit(
            "/work/team",
            &action,
            &[
                ("title", "Visit booked"),
                ("body", "We will come to look at {reference}."),
                ("locale", "en"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (_, html) = admin.page("/translations").await;
    assert!(texts(&html, "#lang-fr li").contains(&"Visit booked".to_string()));
    assert!(!texts(&html, "#lang-en li").contains(&"Visit booked".to_string()));
    let technician = app.visitor();
    technician.sign_in_ok("tecnico.aler@demo.test").await;
    let (_, report) = technician.page("/reports/SEG-2026-000002").await;
    let marker = Locale::DEFAULT.text_with(
        "templates-other-language",
        &[("language", "English".into())],
    );
    assert!(
        texts(&report, "#comment-heading ~ ul li")
            .join("|")
            .contains(&marker),
        "the Italian tenant has no version in their language"
    );
}
