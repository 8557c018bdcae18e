//! The demo estate's boards, welcome kit and accounts, made through the same rules as real
//! ones: a water cut tomorrow, a lift being replaced, a neighbours' party, an offer waiting for
//! the delegate, the whole kit of Quartiere Sant'Eusebio in Italian and English, and last year's
//! contracts, expenses and shares for one ALER and one Comune building.

use chrono::{Datelike, Duration, NaiveTime, Weekday};
use diesel::prelude::*;

use crate::access::{Actor, Level};
use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::core::schema::{building_expenses, kit_sections, notice_events, notices};
use crate::i18n::format::local_now;
use crate::i18n::Locale;
use crate::notices::store::{self, Draft, Text};
use crate::notices::{Kind, Progress};
use crate::people::ScopeType;
use crate::places;
use crate::transparency::import::{self, Kind as Accounts};
use crate::welcome::edit::{self, SectionText};
use crate::welcome::{SectionPlace, TOPICS};

pub(super) fn texts(it: (&str, &str), en: (&str, &str)) -> Vec<Text> {
    vec![
        Text {
            locale: "it".into(),
            title: it.0.into(),
            body: it.1.into(),
        },
        Text {
            locale: "en".into(),
            title: en.0.into(),
            body: en.1.into(),
        },
    ]
}

pub(super) fn draft(kind: Kind, level: Level, place_id: i32, texts: Vec<Text>) -> Draft {
    Draft {
        kind,
        level,
        place_id,
        texts,
        urgent: false,
        pinned: false,
        starts_at: None,
        expires_at: None,
        event_at: None,
        event_place: None,
        works_from: None,
        works_until: None,
        services: vec![],
        progress: None,
    }
}

/// Seeds what is missing; returns the notices it made (their events are the demo's history).
pub fn seed(
    conn: &mut DbConnection,
    actor: impl Fn(&mut DbConnection, &str) -> AppResult<Actor>,
) -> AppResult<()> {
    let id = |conn: &mut DbConnection, kind, code| -> AppResult<i32> {
        Ok(places::scope_id_by_code(conn, kind, code)?
            .ok_or_else(|| anyhow::anyhow!("demo {code} missing"))?)
    };
    let estate = id(conn, ScopeType::Estate, "CIN-SE")?;
    let guardi = id(conn, ScopeType::Building, "GUA12")?;
    let mozart = id(conn, ScopeType::Building, "MOZ5")?;
    let stair_a = id(conn, ScopeType::Stair, "GUA12/A")?;
    let desk = actor(conn, "sportello@demo.test")?;
    let any_notice: i64 = notices::table.count().get_result(conn)?;
    if any_notice == 0 {
        seed_notices(conn, &actor, estate, guardi, stair_a)?;
    }
    super::demo_assemblies::seed(conn, &actor, guardi, stair_a)?;
    let any_section: i64 = kit_sections::table
        .filter(kit_sections::estate_id.eq(estate))
        .count()
        .get_result(conn)?;
    if any_section == 0 {
        seed_kit(conn, &desk, estate)?;
    }
    let any_expense: i64 = building_expenses::table
        .filter(building_expenses::building_id.eq_any([guardi, mozart]))
        .count()
        .get_result(conn)?;
    if any_expense == 0 {
        for (kind, file) in [
            (
                Accounts::Contracts,
                include_str!("../../assets/demo/contracts.csv"),
            ),
            (
                Accounts::Expenses,
                include_str!("../../assets/demo/expenses.csv"),
            ),
            (
                Accounts::Shares,
                include_str!("../../assets/demo/shares.csv"),
            ),
        ] {
            import::import(conn, &desk, kind, file.as_bytes())?
                .map_err(|problems| anyhow::anyhow!("demo accounts: {problems:?}"))?;
        }
    }
    Ok(())
}

fn seed_notices(
    conn: &mut DbConnection,
    actor: &impl Fn(&mut DbConnection, &str) -> AppResult<Actor>,
    estate: i32,
    guardi: i32,
    stair_a: i32,
) -> AppResult<()> {
    let today = local_now().date();
    let at = |day: chrono::NaiveDate, hour: u32| {
        day.and_time(NaiveTime::from_hms_opt(hour, 0, 0).unwrap_or_default())
    };
    let tomorrow = today + Duration::days(1);

    let desk = actor(conn, "sportello@demo.test")?;
    let mut water = draft(
        Kind::Agency,
        Level::Building,
        guardi,
        texts(
            ("Domani acqua chiusa dalle 8 alle 14", "Per la riparazione della colonna montante **domani dalle 8 alle 14** manca l'acqua in tutto il caseggiato di via Guardi 12.\n\n- Riempite qualche bottiglia stasera.\n- Chi ha bisogno di aiuto (anziani, persone malate) lo dica allo sportello: portiamo noi l'acqua."),
            ("Water off tomorrow from 8 am to 2 pm", "To repair the rising main, **tomorrow from 8 am to 2 pm** there is no water in the whole building at via Guardi 12.\n\n- Fill a few bottles tonight.\n- Anyone who needs help (older or ill people), tell the desk: we will bring water."),
        ),
    );
    water.urgent = true;
    water.pinned = true;
    water.expires_at = Some(at(tomorrow, 23));
    store::post(conn, &desk, &water, None)?;

    let technician = actor(conn, "tecnico.aler@demo.test")?;
    let mut lift = draft(
        Kind::Works,
        Level::Building,
        guardi,
        texts(
            ("Sostituzione dell'ascensore della scala A", "L'ascensore della scala A viene sostituito con uno nuovo, più grande e con la voce che annuncia i piani. Durante i lavori le persone che non possono fare le scale possono chiedere aiuto allo sportello."),
            ("The lift of stair A is being replaced", "The lift of stair A is being replaced with a new, larger one that announces the floors. While the works last, people who cannot use the stairs can ask the desk for help."),
        ),
    );
    lift.works_from = Some(at(today - Duration::days(7), 8));
    lift.works_until = Some(at(today + Duration::days(21), 17));
    lift.services = vec!["lift".into()];
    lift.progress = Some(Progress::InProgress);
    store::post(conn, &technician, &lift, None)?;

    let saturday = (1..=7)
        .map(|d| today + Duration::days(d))
        .find(|d| d.weekday() == Weekday::Sat)
        .unwrap_or(tomorrow);
    let mut party = draft(
        Kind::Event,
        Level::Estate,
        estate,
        texts(
            ("Festa dei vicini in cortile", "Sabato pomeriggio festa di tutto il quartiere: ognuno porta qualcosa da mangiare del proprio paese. Musica, giochi per i bambini e il banco dello scambio."),
            ("Neighbours' party in the courtyard", "Saturday afternoon, a party for the whole estate: everyone brings something to eat from their home country. Music, games for the children and a swap table."),
        ),
    );
    party.event_at = Some(at(saturday, 17));
    party.event_place = Some("Cortile di via Guardi 12".into());
    party.expires_at = Some(at(saturday, 23));
    store::post(conn, &desk, &party, None)?;

    let tenant = actor(conn, "inquilino@demo.test")?;
    let offer = draft(
        Kind::OfferSeek,
        Level::Stair,
        stair_a,
        texts(
            ("Offro un passaggio al mercato del giovedì", "Il giovedì mattina vado in macchina al mercato di piazza Costa: c'è posto per due persone della scala. Suonate all'interno 21."),
            ("A lift to the Thursday market", "On Thursday mornings I drive to the market in piazza Costa: there is room for two people from the stair. Ring flat 21."),
        ),
    );
    store::post(conn, &tenant, &offer, None)?;

    // The demo's history happened before anyone followed it: nobody is told of it now.
    diesel::update(notice_events::table.filter(notice_events::notified_at.is_null()))
        .set(notice_events::notified_at.eq(chrono::Utc::now().naive_utc()))
        .execute(conn)?;
    Ok(())
}

/// The demo kit's texts in every interface language, one file per topic in the order of
/// [`TOPICS`], compiled in.
macro_rules! kit_texts {
    ($($lang:literal),*) => {
        &[$(($lang, [
            include_str!(concat!("../../assets/demo/kit/", $lang, "/numbers.md")),
            include_str!(concat!("../../assets/demo/kit/", $lang, "/rules.md")),
            include_str!(concat!("../../assets/demo/kit/", $lang, "/services.md")),
            include_str!(concat!("../../assets/demo/kit/", $lang, "/waste.md")),
            include_str!(concat!("../../assets/demo/kit/", $lang, "/history.md")),
        ])),*]
    };
}

const KIT_TEXTS: &[(&str, [&str; 5])] =
    kit_texts!("it", "en", "ro", "ar", "sq", "zh", "uk", "es", "fr");

fn seed_kit(conn: &mut DbConnection, desk: &Actor, estate: i32) -> AppResult<()> {
    let at = SectionPlace {
        estate,
        building: None,
    };
    for (code, bodies) in KIT_TEXTS {
        let locale = Locale::from_code(code).unwrap_or(Locale::DEFAULT);
        for (topic, body) in TOPICS.iter().zip(bodies) {
            let text = SectionText {
                topic: (*topic).into(),
                locale: locale.code().into(),
                title: locale.text(&format!("kit-topic-{topic}")),
                body: (*body).into(),
            };
            edit::save(conn, desk, at, &text)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::KIT_TEXTS;
    use crate::i18n::LANGUAGES;

    #[test]
    fn the_demo_kit_is_written_in_every_interface_language() {
        let kit: Vec<_> = KIT_TEXTS.iter().map(|(code, _)| *code).collect();
        let languages: Vec<_> = LANGUAGES.iter().map(|l| l.code).collect();
        assert_eq!(kit, languages);
        assert!(KIT_TEXTS
            .iter()
            .all(|(_, bodies)| bodies.iter().all(|b| b.trim().len() > 100)));
    }
}
