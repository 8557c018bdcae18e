//! The demo's assemblies, made through the same rules as real ones: last month's assembly of
//! stair A with its minutes and two decisions, and the building's next one.

use chrono::{Duration, NaiveTime};
use diesel::prelude::*;

use super::demo_boards::{draft, texts};
use crate::access::{Actor, Level};
use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::core::schema::notices;
use crate::i18n::format::local_now;
use crate::notices::minutes::{self, DecisionInput, Minutes, MinutesInput};
use crate::notices::store;
use crate::notices::Kind;

/// Seeds them unless the demo has assemblies already.
pub fn seed(
    conn: &mut DbConnection,
    actor: &impl Fn(&mut DbConnection, &str) -> AppResult<Actor>,
    guardi: i32,
    stair_a: i32,
) -> AppResult<()> {
    let any: i64 = notices::table
        .filter(notices::kind.eq(Kind::Assembly.code()))
        .count()
        .get_result(conn)?;
    if any > 0 {
        return Ok(());
    }
    let today = local_now().date();
    let at = |days: i64| {
        (today + Duration::days(days))
            .and_time(NaiveTime::from_hms_opt(18, 30, 0).unwrap_or_default())
    };

    let delegate = actor(conn, "referente@demo.test")?;
    let mut held = draft(
        Kind::Assembly,
        Level::Stair,
        stair_a,
        texts(
            ("Assemblea della scala A", "Ordine del giorno:\n\n1. Turni di pulizia delle scale\n2. Bici e passeggini nell'androne\n3. Varie ed eventuali"),
            ("Stair A assembly", "Agenda:\n\n1. Rota for cleaning the stairs\n2. Bicycles and prams in the hall\n3. Any other business"),
        ),
    );
    held.event_at = Some(at(-24));
    held.event_place = Some("Androne della scala A".into());
    let id = store::post(conn, &delegate, &held, None)?;
    let decision = |text: &str, votes_for, against, abstained| DecisionInput {
        text: text.into(),
        votes_for,
        against,
        abstained,
    };
    let written = Minutes::parse(MinutesInput {
        body: "Presenti 14 famiglie su 28. Si è parlato dei turni di pulizia, che da due mesi \
               saltano, e delle bici lasciate davanti all'ascensore.\n\nIl referente porta le \
               decisioni allo sportello."
            .into(),
        attendance: Some(14),
        decisions: vec![
            decision(
                "Turni di pulizia delle scale a rotazione, un piano a settimana",
                11,
                2,
                1,
            ),
            decision(
                "Un portabici in cortile al posto delle bici nell'androne",
                6,
                7,
                1,
            ),
        ],
    })?;
    minutes::publish(conn, &delegate, id, &written)?;

    let desk = actor(conn, "sportello@demo.test")?;
    let mut next = draft(
        Kind::Assembly,
        Level::Building,
        guardi,
        texts(
            ("Assemblea del caseggiato di via Guardi 12", "Ordine del giorno:\n\n1. Il nuovo ascensore della scala A: com'è andata\n2. Le spese di riscaldamento dell'anno scorso\n3. Varie ed eventuali"),
            ("Via Guardi 12 building assembly", "Agenda:\n\n1. The new lift of stair A: how it went\n2. Last year's heating costs\n3. Any other business"),
        ),
    );
    next.event_at = Some(at(12));
    next.event_place = Some("Sala del centro civico, via Guardi 10".into());
    store::post(conn, &desk, &next, None)?;
    Ok(())
}
