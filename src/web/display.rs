//! Reading comfort: larger text and high contrast, each a switch in every page's footer,
//! remembered on the device in a cookie (a tenant may share a phone; the choice belongs to
//! the screen, not the account) and applied as classes on `<html>` before anything renders.

use actix_web::cookie::{time::Duration, Cookie, SameSite};
use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};

use super::csrf::CsrfForm;
use super::{safe_next, see_other, AppState};
use crate::core::error::{AppError, AppResult};

const COOKIE: &str = "display";

/// The two preferences, as the cookie and the page header carry them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Display {
    pub large_text: bool,
    pub high_contrast: bool,
}

impl Display {
    /// What the visitor chose on this device; nothing chosen is the default look.
    pub fn of(req: &HttpRequest) -> Display {
        req.cookie(COOKIE)
            .map(|c| Display::parse(c.value()))
            .unwrap_or_default()
    }

    fn parse(raw: &str) -> Display {
        let mut display = Display::default();
        for word in raw.split('.') {
            match word {
                "large" => display.large_text = true,
                "contrast" => display.high_contrast = true,
                _ => {}
            }
        }
        display
    }

    fn cookie_value(self) -> String {
        let words: Vec<&str> = [(self.large_text, "large"), (self.high_contrast, "contrast")]
            .into_iter()
            .filter_map(|(on, word)| on.then_some(word))
            .collect();
        words.join(".")
    }

    /// The classes `app.css` styles `<html>` with.
    pub fn classes(self) -> &'static str {
        match (self.large_text, self.high_contrast) {
            (false, false) => "",
            (true, false) => "text-large",
            (false, true) => "contrast-high",
            (true, true) => "text-large contrast-high",
        }
    }
}

#[derive(Deserialize)]
pub struct DisplayForm {
    toggle: String,
    next: Option<String>,
}

/// A footer switch: turns one preference on or off and comes back to the page.
pub async fn toggle(
    req: HttpRequest,
    state: web::Data<AppState>,
    CsrfForm(form): CsrfForm<DisplayForm>,
) -> AppResult<HttpResponse> {
    let mut display = Display::of(&req);
    match form.toggle.as_str() {
        "large" => display.large_text = !display.large_text,
        "contrast" => display.high_contrast = !display.high_contrast,
        _ => return Err(AppError::invalid("display-invalid")),
    }
    let mut res = see_other(&safe_next(form.next.as_deref()));
    let cookie = on_this_device(COOKIE, display.cookie_value(), &state);
    let _ = res.add_cookie(&cookie);
    Ok(res)
}

/// A choice remembered on this device for a year (language, display): sent to this site only,
/// never readable by scripts, over https only on an https site.
pub fn on_this_device(name: &'static str, value: String, state: &AppState) -> Cookie<'static> {
    Cookie::build(name, value)
        .path("/")
        .secure(state.config.secure_cookies())
        .http_only(true)
        .same_site(SameSite::Lax)
        .max_age(Duration::days(365))
        .finish()
}

#[cfg(test)]
mod tests {
    use super::Display;

    #[test]
    fn the_cookie_round_trips_and_ignores_what_it_does_not_know() {
        for large_text in [false, true] {
            for high_contrast in [false, true] {
                let d = Display {
                    large_text,
                    high_contrast,
                };
                assert_eq!(Display::parse(&d.cookie_value()), d);
            }
        }
        assert_eq!(Display::parse("x.<script>"), Display::default());
    }
}
