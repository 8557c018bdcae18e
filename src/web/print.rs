//! A4 sheets for the hall: a page's content, the day it was printed and, on notices and
//! boards, QR codes that lead from the paper on the wall to the phone.

use serde::Serialize;

use crate::i18n::format::local_now;
use crate::i18n::Locale;
use crate::media::qr;

#[derive(Serialize)]
pub struct Sheet<T> {
    #[serde(flatten)]
    content: T,
    printed: String,
    #[serde(flatten)]
    links: Option<Links>,
}

/// The online page the sheet stands for, and the report form of the place it hangs in.
#[derive(Serialize)]
struct Links {
    page_url: String,
    page_qr: String,
    report_url: String,
    report_qr: String,
}

impl<T> Sheet<T> {
    pub fn plain(content: T, locale: Locale) -> Self {
        Sheet {
            content,
            printed: locale.day(local_now().date()),
            links: None,
        }
    }

    pub fn linked(content: T, locale: Locale, page_url: String, report_url: String) -> Self {
        let links = Links {
            page_qr: qr::data_url(&page_url),
            report_qr: qr::data_url(&report_url),
            page_url,
            report_url,
        };
        Sheet {
            links: Some(links),
            ..Sheet::plain(content, locale)
        }
    }
}
