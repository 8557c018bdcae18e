//! `/translations`: what the desk and the admins still have to translate, language by
//! language — category names, current notices, the welcome kit and response templates (the
//! interface itself is complete in every language, checked by the test suite).

use crate::access::{authorize, Action, Actor};
use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::i18n::gaps::{self, Content, LanguageGaps};
use crate::i18n::Locale;
use crate::notices::listing;
use crate::reports::{categories, responses};
use crate::welcome::kit;

pub fn missing(
    conn: &mut DbConnection,
    actor: &Actor,
    locale: Locale,
) -> AppResult<Vec<LanguageGaps>> {
    authorize(actor, Action::ReviewTranslations)?;
    let content = Content {
        categories: categories::written(conn, locale)?,
        notices: listing::written(conn, actor)?,
        kit: kit::written(conn, actor, locale)?,
        templates: responses::written(conn, actor)?,
    };
    Ok(gaps::by_language(&content))
}
