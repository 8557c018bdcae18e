//! Notice cards as the board page shows them, rendered once per [`CardKey`] and kept, and the
//! board's listings of them kept by [`ListingKey`]: a busy board is read far more often than
//! it changes, and making thirty cards costs more than all the rest of the page. The home
//! page's headlines of the same board are kept the same way ([`KeptHeadlines`]). A notice's
//! change moves both keys, on every app node, since they come from the database; a place's or
//! an author's new name shows within [`NAMES_KEPT_FOR`] seconds.

use std::sync::Arc;

use quick_cache::sync::Cache;
use quick_cache::Weighter;
use serde::Serialize;

use crate::core::error::AppResult;
use crate::core::render::Templates;
use crate::notices::board::{NoticeCard, NoticeHeadline};
use crate::notices::cards::{CardKey, CardView};
use crate::notices::listing::{Listing, ListingKey};

/// Seconds a rendered card may keep a renamed place's or author's old name.
const NAMES_KEPT_FOR: i64 = 600;
/// Bytes of rendered cards kept, at most: some ten thousand cards.
const CAPACITY_BYTES: u64 = 32 * 1024 * 1024;
/// Listings kept, at most: one per reader and board page read in the last minute.
const LISTINGS: usize = 5_000;

type Key = (CardKey, i64);

#[derive(Clone)]
struct ByLength;

impl Weighter<Key, Arc<str>> for ByLength {
    fn weight(&self, _: &Key, html: &Arc<str>) -> u64 {
        html.len() as u64 + 64
    }
}

/// Rendered cards, shared by every worker.
#[derive(Clone)]
pub struct RenderedCards {
    cache: Arc<Cache<Key, Arc<str>, ByLength>>,
    listings: Arc<Cache<ListingKey, ShownListing>>,
    templates: Arc<Templates>,
    headlines: KeptHeadlines,
}

/// Headlines of notices and of first board pages, for the home page: the same keys as the
/// board's cards and listings, without their HTML.
#[derive(Clone)]
pub struct KeptHeadlines {
    cards: Arc<Cache<Key, NoticeHeadline>>,
    lists: Arc<Cache<ListingKey, Arc<[NoticeHeadline]>>>,
}

/// A board's listing ready for the page.
#[derive(Debug, Clone, Serialize)]
pub struct ShownListing {
    listing_html: Arc<str>,
}

/// What a template of a card or a listing reads: it, and the language for its messages.
#[derive(Serialize)]
struct InLanguage<'a, T> {
    lang: &'static str,
    #[serde(flatten)]
    view: &'a T,
}

impl RenderedCards {
    pub fn new(templates: Arc<Templates>) -> Self {
        RenderedCards {
            cache: Arc::new(Cache::with_weighter(10_000, CAPACITY_BYTES, ByLength)),
            listings: Arc::new(Cache::new(LISTINGS)),
            templates,
            headlines: KeptHeadlines {
                cards: Arc::new(Cache::new(10_000)),
                lists: Arc::new(Cache::new(LISTINGS)),
            },
        }
    }

    pub fn headlines(&self) -> KeptHeadlines {
        self.headlines.clone()
    }
}

fn key(card: &CardKey) -> Key {
    (
        card.clone(),
        chrono::Utc::now().timestamp() / NAMES_KEPT_FOR,
    )
}

impl CardView for RenderedCards {
    type Card = Arc<str>;
    type List = ShownListing;

    fn shown(&self, key: &CardKey) -> Option<Arc<str>> {
        self.cache.get(&self::key(key))
    }

    fn show(&self, key: CardKey, card: NoticeCard) -> AppResult<Arc<str>> {
        let view = InLanguage {
            lang: key.locale,
            view: &card,
        };
        let html: Arc<str> = self.templates.render("partials/notice_card", &view)?.into();
        self.cache.insert(self::key(&key), html.clone());
        Ok(html)
    }

    fn listed(&self, key: &ListingKey) -> Option<ShownListing> {
        self.listings.get(key)
    }

    fn list(&self, key: ListingKey, listing: Listing<Arc<str>>) -> AppResult<ShownListing> {
        let view = InLanguage {
            lang: key.locale,
            view: &listing,
        };
        let shown = ShownListing {
            listing_html: self
                .templates
                .render("partials/board_listing", &view)?
                .into(),
        };
        self.listings.insert(key, shown.clone());
        Ok(shown)
    }
}

impl CardView for KeptHeadlines {
    type Card = NoticeHeadline;
    type List = Arc<[NoticeHeadline]>;

    fn shown(&self, key: &CardKey) -> Option<NoticeHeadline> {
        self.cards.get(&self::key(key))
    }

    fn show(&self, key: CardKey, card: NoticeCard) -> AppResult<NoticeHeadline> {
        let headline = NoticeHeadline::from(&card);
        self.cards.insert(self::key(&key), headline.clone());
        Ok(headline)
    }

    fn listed(&self, key: &ListingKey) -> Option<Arc<[NoticeHeadline]>> {
        self.lists.get(key)
    }

    fn list(
        &self,
        key: ListingKey,
        listing: Listing<NoticeHeadline>,
    ) -> AppResult<Arc<[NoticeHeadline]>> {
        let headlines: Arc<[NoticeHeadline]> = listing.notices.into();
        self.lists.insert(key, headlines.clone());
        Ok(headlines)
    }
}
