//! A tenant registered at the desk with only a mobile number signs in by typing it and the
//! code the portal texts her (through a real gateway). The answer never tells whether a number
//! is registered; a code works once, for ten minutes and five tries; codes asked for are
//! limited per number, registered or not.

use reqwest::StatusCode;

use crate::helpers::database::strings;
use crate::helpers::kannel::Kannel;
use crate::helpers::{attr, location, spawn_app, texts, TestApp};
use crate::sms::{app_with_gateway, sms_rows, ROSA, TOKEN};

async fn ask_code(visitor: &TestApp, phone: &str) -> reqwest::Response {
    visitor
        .submit("/login", "/login/phone", &[("phone", phone)])
        .await
}

async fn type_code(visitor: &TestApp, phone: &str, code: &str) -> reqwest::Response {
    visitor
        .submit(
            "/login",
            "/login/phone/code",
            &[("phone", phone), ("code", code)],
        )
        .await
}

/// The six digits after the colon of "…Portineria: 123456. …".
fn code_in(text: &str) -> String {
    let digits: String = text
        .split(':')
        .nth(1)
        .unwrap_or_default()
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    assert_eq!(digits.len(), 6, "{text}");
    digits
}

/// Another six digits: a wrong guess.
fn other_than(code: &str) -> String {
    let n: u32 = code.parse().unwrap();
    format!("{:06}", (n + 1) % 1_000_000)
}

#[tokio::test]
async fn a_tenant_with_only_a_mobile_signs_in_with_the_code_texted_to_her() {
    let mut kannel = Kannel::reserve();
    let app = app_with_gateway(&kannel).await;
    kannel.start(&app.address, TOKEN).await;
    let rosa = kannel.phone(ROSA);
    let visitor = app.visitor();

    let (_, login) = visitor.page("/login").await;
    assert!(texts(&login, "h2").contains(&"Entra con il cellulare".to_string()));
    // Typed the Italian way, without +39.
    let res = ask_code(&visitor, "333 100 2000").await;
    assert_eq!(res.status(), StatusCode::OK);
    let page = res.text().await.unwrap();
    assert!(
        page.contains("Se il numero +393331002000 è registrato, ti abbiamo mandato un SMS"),
        "{page}"
    );
    let sms = rosa
        .wait_for_text("Il tuo codice per entrare in Portineria: ")
        .await;
    assert_eq!(sms.coding, "text", "{sms:?}");
    let code = code_in(&sms.text);

    // A wrong code: said clearly, in her language, and she stays out.
    let res = type_code(&visitor, "+393331002000", &other_than(&code)).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = res.text().await.unwrap();
    assert!(
        page.contains("Il codice non è giusto o non vale più"),
        "{page}"
    );
    // The right one lets her in.
    let res = type_code(&visitor, "+39 333 100 2000", &format!(" {code} ")).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), "/");
    let (status, home) = visitor.page("/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(home.contains("Rosa Colombo"), "{home}");
    // On her profile she chooses what comes by SMS: not the news of her reports. She has no
    // e-mail, so that box cannot be ticked.
    let (_, profile) = visitor.page("/profile").await;
    let boxed = |page: &str, name: &str, what: &str| {
        attr(page, &format!("input[name={name}]"), what).is_some()
    };
    assert!(boxed(&profile, "report_sms", "checked"));
    assert!(boxed(&profile, "report_email", "disabled"));
    let res = visitor
        .submit(
            "/profile",
            "/profile/channels",
            &[("urgent_sms", "yes"), ("visit_sms", "yes")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (_, profile) = visitor.page("/profile").await;
    assert!(!boxed(&profile, "report_sms", "checked"));
    assert!(boxed(&profile, "urgent_sms", "checked"));
    assert!(boxed(&profile, "visit_sms", "checked"));
    // Once only.
    let res = type_code(&app.visitor(), "+393331002000", &code).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn sign_in_codes_tell_nobody_who_is_registered_and_are_limited() {
    let app = spawn_app().await;
    let codes = |app: &TestApp| {
        strings(
            &app.database_url,
            "SELECT body_text AS s FROM outbox WHERE channel = 'sms' ORDER BY id",
        )
    };
    // A number nobody registered and Rosa's get the same page; only Rosa gets an SMS.
    let said = |page: String, number: &str| {
        texts(&page, "[role=status]")
            .join(" ")
            .replace(number, "NUMBER")
    };
    let stranger = ask_code(&app.visitor(), "333 999 8877").await;
    assert_eq!(stranger.status(), StatusCode::OK);
    let stranger = said(stranger.text().await.unwrap(), "+393339998877");
    let rosa = app.visitor();
    let known = ask_code(&rosa, "+393331002000").await;
    assert_eq!(known.status(), StatusCode::OK);
    assert_eq!(said(known.text().await.unwrap(), ROSA), stranger);
    assert_eq!(sms_rows(&app, "1 = 1"), 1);
    let code = code_in(&codes(&app)[0]);

    // Five wrong tries and the code is dead, even typed right afterwards.
    for _ in 0..5 {
        let res = type_code(&rosa, ROSA, &other_than(&code)).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    }
    let res = type_code(&rosa, ROSA, &code).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // Three codes a quarter of an hour per number, registered or not, wherever asked from.
    for phone in [ROSA, "+393339998877"] {
        // One asked above, two more allowed.
        for _ in 1..3 {
            assert_eq!(
                ask_code(&app.visitor(), phone).await.status(),
                StatusCode::OK
            );
        }
        let res = ask_code(&app.visitor(), phone).await;
        assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS, "{phone}");
    }
    assert_eq!(
        sms_rows(&app, "1 = 1"),
        3,
        "three codes for Rosa, none for the stranger"
    );
    // A landline is not a mobile number: said so, on the sign-in page.
    let res = ask_code(&app.visitor(), "02 1234 5678").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = res.text().await.unwrap();
    assert!(
        page.contains("Questo numero di cellulare non sembra valido"),
        "{page}"
    );
}

#[tokio::test]
async fn a_tenant_confirms_her_own_number_with_the_code_it_receives_and_can_then_sign_in_with_it() {
    let mut kannel = Kannel::reserve();
    let app = app_with_gateway(&kannel).await;
    kannel.start(&app.address, TOKEN).await;
    let tenant = app.visitor();
    tenant.sign_in_ok("inquilino@demo.test").await;
    let (_, profile) = tenant.page("/profile").await;
    assert!(
        texts(&profile, "#phone-heading ~ p")[0].starts_with("Nessun numero di cellulare"),
        "{:?}",
        texts(&profile, "#phone-heading ~ p")
    );

    // A landline is refused with a clear word and the number stays in the field.
    let res = tenant
        .submit("/profile", "/profile/phone", &[("phone", "02 1234 5678")])
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = res.text().await.unwrap();
    assert!(page.contains("non sembra valido"), "{page}");
    assert_eq!(
        attr(&page, "#own-phone", "value").as_deref(),
        Some("02 1234 5678")
    );

    // Her mobile, typed the Italian way: a code comes to it, and the profile asks for it.
    let res = tenant
        .submit("/profile", "/profile/phone", &[("phone", "333 444 5566")])
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let phone = kannel.phone("+393334445566");
    let sms = phone
        .wait_for_text("Il codice per confermare il tuo numero in Portineria: ")
        .await;
    let code = code_in(&sms.text);
    let (_, profile) = tenant.page("/profile").await;
    assert!(
        texts(&profile, "#phone-heading ~ form p")[0].contains("+393334445566"),
        "{profile}"
    );
    // Not hers yet: it signs nobody in (no sign-in code goes to it).
    let res = ask_code(&app.visitor(), "+393334445566").await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        sms_rows(&app, "recipient = '+393334445566'"),
        1,
        "only the code that confirms it"
    );
    let res = tenant
        .submit(
            "/profile",
            "/profile/phone/code",
            &[("code", &other_than(&code))],
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("Il codice non è giusto o non vale più"));
    let res = tenant
        .submit("/profile", "/profile/phone/code", &[("code", &code)])
        .await;
    assert_eq!(location(&res), "/profile?saved=phone");
    let (_, profile) = tenant.page("/profile").await;
    assert_eq!(
        texts(&profile, "#phone-heading ~ p")[0],
        "Gli SMS arrivano a +393334445566"
    );
    // Used once.
    let res = tenant
        .submit("/profile", "/profile/phone/code", &[("code", &code)])
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // Now the number signs her in.
    let stranger = app.visitor();
    let res = ask_code(&stranger, "+393334445566").await;
    assert_eq!(res.status(), StatusCode::OK);
    let sms = phone
        .wait_for_text("Il tuo codice per entrare in Portineria: ")
        .await;
    let res = type_code(&stranger, "+393334445566", &code_in(&sms.text)).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);

    // Rosa's number is hers: another account may receive a code for it but not take it.
    let delegate = app.visitor();
    delegate.sign_in_ok("referente@demo.test").await;
    let res = delegate
        .submit("/profile", "/profile/phone", &[("phone", ROSA)])
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let sms = kannel
        .phone(ROSA)
        .wait_for_text("Il codice per confermare il tuo numero in Portineria: ")
        .await;
    let res = delegate
        .submit(
            "/profile",
            "/profile/phone/code",
            &[("code", &code_in(&sms.text))],
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("Questo numero è già di un altro account"));
    assert_eq!(
        app.count(
            "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM users \
             WHERE email = 'referente@demo.test' AND phone IS NOT NULL"
        ),
        0
    );
}
