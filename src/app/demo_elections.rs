//! The demo's election: the desk has called one for the building Via Guardi 12, nominations
//! open for a week, and the stair delegate stands again — so `serve --demo` shows an election
//! page, the board's "elections under way" and the desk's list. Its announcement counts as
//! told already (a demo starting up mails nobody).

use chrono::{Duration, Utc};
use diesel::prelude::*;

use crate::access::{Actor, Level};
use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::core::schema::{election_events, elections};
use crate::elections::candidates::{self, Statement};
use crate::elections::open::{self, NewElection};
use crate::i18n::Locale;
use crate::people::ScopeType;
use crate::places;

pub fn seed(
    conn: &mut DbConnection,
    actor: impl Fn(&mut DbConnection, &str) -> AppResult<Actor>,
) -> AppResult<()> {
    let any: i64 = elections::table.count().get_result(conn)?;
    if any > 0 {
        return Ok(());
    }
    let guardi = places::scope_id_by_code(conn, ScopeType::Building, "GUA12")?
        .ok_or_else(|| anyhow::anyhow!("demo GUA12 missing"))?;
    let now = Utc::now().naive_utc();
    let new = NewElection {
        level: Level::Building,
        scope_id: guardi,
        seats: 1,
        nominations_until: now + Duration::days(7),
        voting_from: now + Duration::days(8),
        voting_until: now + Duration::days(15),
        term_months: 24,
    };
    let desk = actor(conn, "sportello@demo.test")?;
    let id = open::open(conn, &desk, &new)?;
    let delegate = actor(conn, "referente@demo.test")?;
    let statement = Statement::parse(
        "Sono referente della scala A da due anni: vorrei seguire anche il cortile e le cantine.",
    )?;
    candidates::stand(conn, &delegate, id, &statement, Locale::DEFAULT)?;
    diesel::update(election_events::table.filter(election_events::notified_at.is_null()))
        .set(election_events::notified_at.eq(Some(now)))
        .execute(conn)?;
    Ok(())
}
