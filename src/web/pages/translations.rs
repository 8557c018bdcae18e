//! `/translations`: the desk's and the admins' list of texts not yet in every language.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::Serialize;

use crate::core::error::AppResult;
use crate::home::translations;
use crate::i18n::gaps::LanguageGaps;
use crate::web::{AppState, SignedIn};

#[derive(Serialize)]
struct TranslationsPage {
    languages: Vec<LanguageGaps>,
}

pub async fn show(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
) -> AppResult<HttpResponse> {
    let wrap = |languages| TranslationsPage { languages };
    let read = translations::missing;
    state
        .show(
            &req,
            me,
            "pages/translations",
            actix_web::http::StatusCode::OK,
            read,
            wrap,
        )
        .await
}
