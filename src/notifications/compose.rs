//! Mail in the recipient's language: `web/templates/mail/<kind>.txt.hbs` and `.html.hbs`,
//! with the subject from the message key `mail-<kind>-subject` (given the data's `reference`
//! and `title`).

use serde_json::Value;

use super::Mail;
use crate::core::error::AppResult;
use crate::core::render::Templates;
use crate::i18n::Locale;

pub fn compose(
    templates: &Templates,
    to: &str,
    locale: Locale,
    kind: &str,
    mut data: Value,
) -> AppResult<Mail> {
    if let Value::Object(map) = &mut data {
        map.insert("lang".into(), locale.code().into());
        map.insert("dir".into(), locale.dir().into());
        map.insert("plain_text".into(), false.into());
    }
    let html = templates.render(&format!("mail/{kind}.html"), &data)?;
    if let Value::Object(map) = &mut data {
        map.insert("plain_text".into(), true.into());
    }
    Ok(Mail {
        to: to.to_string(),
        subject: locale.text_with(
            &format!("mail-{kind}-subject"),
            &["reference", "title"]
                .map(|name| (name, data[name].as_str().unwrap_or_default().to_string())),
        ),
        text: templates.render(&format!("mail/{kind}.txt"), &data)?,
        html,
    })
}
