use reqwest::multipart::Form;
use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::images::{has_metadata, jpeg, jpeg_with_gps, png_bomb};
use crate::helpers::spawn_app;
use crate::reports::{photo, report};

/// Each bad upload gets a clear 4xx in the caller's language, and leaves no report and no file.
#[tokio::test]
async fn bad_photos_are_refused_clearly_and_leave_nothing_behind() {
    let app = spawn_app().await;
    let token = app.api_token("inquilino@demo.test", "demo").await;
    let count = |v: Value| v["reports"].as_array().unwrap().len();
    let before = count(
        app.api_json("/api/v1/reports?mine=true", &token, StatusCode::OK)
            .await,
    );
    let valid = jpeg(1200, 900);
    let mut truncated = jpeg(1200, 900);
    truncated.truncate(truncated.len() / 2);
    let svg = br#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>"#.to_vec();
    let heic = [&[0, 0, 0, 24][..], b"ftypheic", &[0, 0, 0, 0], b"mif1heic"].concat();
    let cases: Vec<(&str, Form, StatusCode, &str)> = vec![
        (
            "bomb",
            report("plumbing", "unit", "Perdita in bagno.")
                .part("photos", photo(png_bomb(), "bomb.png", "image/png")),
            StatusCode::UNPROCESSABLE_ENTITY,
            "La foto 1 ha troppi pixel",
        ),
        (
            "truncated",
            report("plumbing", "unit", "Perdita in bagno.")
                .part("photos", photo(truncated, "cut.jpg", "image/jpeg")),
            StatusCode::UNPROCESSABLE_ENTITY,
            "La foto 1 è danneggiata",
        ),
        (
            "svg",
            report("plumbing", "unit", "Perdita in bagno.")
                .part("photos", photo(svg, "x.svg", "image/svg+xml")),
            StatusCode::UNPROCESSABLE_ENTITY,
            "Il file 1 non è una foto",
        ),
        (
            "text",
            report("plumbing", "unit", "Perdita in bagno.").part(
                "photos",
                photo(
                    b"just some text, honest".to_vec(),
                    "photo.jpg",
                    "image/jpeg",
                ),
            ),
            StatusCode::UNPROCESSABLE_ENTITY,
            "Il file 1 non è una foto",
        ),
        (
            "heic",
            report("plumbing", "unit", "Perdita in bagno.")
                .part("photos", photo(heic, "IMG_0001.HEIC", "image/heic")),
            StatusCode::UNPROCESSABLE_ENTITY,
            "formato HEIC",
        ),
        (
            "second bad",
            report("plumbing", "unit", "Perdita in bagno.")
                .part("photos", photo(valid.clone(), "a.jpg", "image/jpeg"))
                .part("photos", photo(b"nope".to_vec(), "b.jpg", "image/jpeg")),
            StatusCode::UNPROCESSABLE_ENTITY,
            "Il file 2 non è una foto",
        ),
        (
            "empty, with a name",
            report("plumbing", "unit", "Perdita in bagno.")
                .part("photos", photo(valid.clone(), "a.jpg", "image/jpeg"))
                .part("photos", photo(vec![], "IMG_0002.jpg", "image/jpeg")),
            StatusCode::UNPROCESSABLE_ENTITY,
            "La foto 2 è vuota",
        ),
        (
            "30 MB",
            report("plumbing", "unit", "Perdita in bagno.").part(
                "photos",
                photo(vec![0xFF; 30 * 1024 * 1024], "huge.jpg", "image/jpeg"),
            ),
            StatusCode::PAYLOAD_TOO_LARGE,
            "La foto 1 è troppo grande: al massimo 10 MB",
        ),
    ];
    for (name, form, status, message) in cases {
        let res = app
            .api_file(&token, form, Some(&format!("key-{name}")))
            .await;
        assert_eq!(res.status(), status, "{name}");
        let body: Value = res.json().await.unwrap();
        let text = body["error"]["message"].as_str().unwrap_or_default();
        assert!(text.contains(message), "{name}: {text}");
        assert_eq!(app.stored_photos(), 0, "{name} left files behind");
    }
    let mut six = report("plumbing", "unit", "Perdita in bagno.");
    for i in 0..6 {
        six = six.part(
            "photos",
            photo(valid.clone(), &format!("{i}.jpg"), "image/jpeg"),
        );
    }
    let res = app.api_file(&token, six, None).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["error"]["message"], "Puoi allegare al massimo 5 foto.");
    assert_eq!(app.stored_photos(), 0);
    assert_eq!(
        count(
            app.api_json("/api/v1/reports?mine=true", &token, StatusCode::OK)
                .await
        ),
        before,
        "no report was made"
    );

    // An empty picker (a part with no file name and no bytes, as browsers send) is no photo.
    let picker = reqwest::multipart::Part::bytes(Vec::new())
        .file_name("")
        .mime_str("application/octet-stream")
        .unwrap();
    let res = app
        .api_file(
            &token,
            report("plumbing", "unit", "Perdita in bagno.").part("photos", picker),
            None,
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["photos"].as_array().unwrap().len(), 0);
    assert_eq!(app.stored_photos(), 0);

    // Five good ones are fine; the key that failed before can be used once fixed.
    let mut five = report("plumbing", "unit", "Perdita in bagno.");
    for i in 0..5 {
        five = five.part(
            "photos",
            photo(valid.clone(), &format!("{i}.jpg"), "image/jpeg"),
        );
    }
    let res = app.api_file(&token, five, Some("key-bomb")).await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["photos"].as_array().unwrap().len(), 5);
    assert_eq!(app.stored_photos(), 10);
}

#[tokio::test]
async fn errors_on_the_page_form_are_shown_on_the_form_in_the_users_language() {
    let app = spawn_app().await;
    app.sign_in_ok("inquilino@demo.test").await;
    app.submit("/", "/lang", &[("locale", "en"), ("next", "/")])
        .await;
    let (_, page) = app.page("/reports/new?where=unit&category=plumbing").await;
    let form = Form::new()
        .text("_csrf", crate::helpers::csrf_of(&page))
        .text("where", "unit")
        .text("category", "plumbing")
        .text("description", "Water on the floor.")
        .part("photos", photo(png_bomb(), "bomb.png", "image/png"));
    let res = app.post_multipart("/reports", form).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text().await.unwrap();
    assert_eq!(
        crate::helpers::texts(&html, "[role=alert]"),
        vec!["Photo 1 has too many pixels: shrink it or take it again."]
    );
    assert_eq!(
        crate::helpers::texts(&html, "#description"),
        vec!["Water on the floor."],
        "what was typed is kept"
    );
    // Without the CSRF token, nothing is filed.
    let form = Form::new()
        .text("where", "unit")
        .text("category", "plumbing")
        .text("description", "Water on the floor.");
    let res = app.post_multipart("/reports", form).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
}

/// The posting form as a browser sends it, with `photos` attached.
async fn post_notice(
    app: &crate::helpers::TestApp,
    place: &str,
    photos: &[Vec<u8>],
) -> reqwest::Response {
    let (_, page) = app.page("/notices/new").await;
    let mut form = Form::new()
        .text("_csrf", crate::helpers::csrf_of(&page))
        .text("kind", "agency")
        .text("where", place.to_string())
        .text("title_it", "Nuove cassette della posta")
        .text("body_it", "Ecco come saranno.");
    for (i, bytes) in photos.iter().enumerate() {
        form = form.part(
            "photos",
            photo(bytes.clone(), &format!("{i}.jpg"), "image/jpeg"),
        );
    }
    app.post_multipart("/notices", form).await
}

/// A notice carries one photo through the same pipeline as reports (turned upright, stripped
/// of its position, shrunk), shown only to those who may read the notice; a refused notice
/// or photo leaves no file behind.
#[tokio::test]
async fn a_notice_carries_one_clean_photo_that_only_its_readers_see() {
    let app = spawn_app().await;
    app.sign_in_ok("referente@demo.test").await;
    let stair_a = crate::boards::stair(&app, "GUA12", "A");
    let other_stair = crate::boards::stair(&app, "MOZ5", "B");

    let refused = [
        (
            format!("stair:{other_stair}"),
            vec![jpeg(800, 600)],
            StatusCode::NOT_FOUND,
        ),
        (
            format!("stair:{stair_a}"),
            vec![png_bomb()],
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            format!("stair:{stair_a}"),
            vec![jpeg(800, 600), jpeg(800, 600)],
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
    ];
    for (place, photos, status) in refused {
        let res = post_notice(&app, &place, &photos).await;
        assert_eq!(res.status(), status, "{place} with {} photos", photos.len());
        assert_eq!(app.stored_photos(), 0, "nothing left behind");
    }
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM notices WHERE image_key IS NOT NULL"),
        0
    );

    let res = post_notice(
        &app,
        &format!("stair:{stair_a}"),
        &[jpeg_with_gps(3000, 2000)],
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let page = crate::helpers::location(&res);
    let id: i64 = page
        .trim_start_matches("/notices/")
        .split('?')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(app.stored_photos(), 2, "the picture and its thumbnail");
    let (_, html) = app.page(&page).await;
    let thumb = crate::helpers::attr(&html, "img.notice-image", "src").unwrap();
    assert_eq!(thumb, format!("/notices/{id}/image.thumb.jpg"));

    let neighbour = app.visitor();
    neighbour.sign_in_ok("inquilino@demo.test").await;
    for path in [format!("/notices/{id}/image.jpg"), thumb.clone()] {
        let res = neighbour.get(&path).await;
        assert_eq!(res.status(), StatusCode::OK, "{path}");
        assert_eq!(res.headers()["content-type"], "image/jpeg");
        let bytes = res.bytes().await.unwrap();
        assert!(!has_metadata(&bytes), "{path} carries no position");
        let img = image::load_from_memory(&bytes).unwrap();
        assert!(img.width() < img.height(), "{path} turned upright");
        assert!(img.height() <= 1600, "{path} shrunk: {}", img.height());
    }
    // Giuseppe lives in via Mozart: neither the notice nor its picture exist for him.
    let elsewhere = app.activated("DEMO-CASA-3456", "giuseppe").await;
    for path in [
        format!("/notices/{id}/image.jpg"),
        thumb,
        format!("/notices/{id}/image.png"),
    ] {
        assert_eq!(
            elsewhere.get(&path).await.status(),
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
}
