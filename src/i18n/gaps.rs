//! What is not yet written in every language: content people write (category names, notices,
//! the welcome kit, response templates) falls back to Italian with a marker until someone translates it. Each
//! domain lists its own texts as [`Written`]; this module turns them into a worklist per
//! language for the desk and the admins.

use serde::Serialize;

use super::{Locale, LANGUAGES};

/// One text and the languages it is written in.
#[derive(Debug, Clone)]
pub struct Written {
    /// Its name in the reader's language (or Italian).
    pub title: String,
    /// Where it is edited.
    pub link: String,
    pub locales: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Missing {
    pub title: String,
    pub link: String,
}

/// One language's missing texts, by kind.
#[derive(Debug, Clone, Serialize)]
pub struct LanguageGaps {
    pub code: &'static str,
    pub name: &'static str,
    pub dir: &'static str,
    pub total: usize,
    pub categories: Vec<Missing>,
    pub notices: Vec<Missing>,
    pub kit: Vec<Missing>,
    pub templates: Vec<Missing>,
}

/// Everything people write, by kind.
pub struct Content {
    pub categories: Vec<Written>,
    pub notices: Vec<Written>,
    pub kit: Vec<Written>,
    pub templates: Vec<Written>,
}

/// Every language but Italian (which every text is written in first), with what lacks it.
pub fn by_language(content: &Content) -> Vec<LanguageGaps> {
    let missing_in = |texts: &[Written], code: &str| -> Vec<Missing> {
        texts
            .iter()
            .filter(|t| !t.locales.iter().any(|l| l == code))
            .map(|t| Missing {
                title: t.title.clone(),
                link: t.link.clone(),
            })
            .collect()
    };
    LANGUAGES
        .iter()
        .filter(|l| l.code != Locale::DEFAULT.code())
        .map(|l| {
            let categories = missing_in(&content.categories, l.code);
            let notices = missing_in(&content.notices, l.code);
            let kit = missing_in(&content.kit, l.code);
            let templates = missing_in(&content.templates, l.code);
            LanguageGaps {
                code: l.code,
                name: l.native_name,
                dir: l.dir(),
                total: categories.len() + notices.len() + kit.len() + templates.len(),
                categories,
                notices,
                kit,
                templates,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_is_missing_in_each_language_it_is_not_written_in() {
        let kit = [Written {
            title: "Numeri utili".into(),
            link: "/welcome/edit".into(),
            locales: vec!["it".into(), "en".into(), "ar".into()],
        }];
        let gaps = by_language(&Content {
            categories: vec![],
            notices: vec![],
            kit: kit.to_vec(),
            templates: vec![],
        });
        assert_eq!(gaps.len(), LANGUAGES.len() - 1);
        for language in &gaps {
            let expected = usize::from(!["en", "ar"].contains(&language.code));
            assert_eq!(language.total, expected, "{}", language.code);
            assert_eq!(language.kit.len(), expected);
        }
    }
}
