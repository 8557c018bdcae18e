//! Telling people things. Every change writes an event; [`fanout`] reads new events and tells
//! their followers (an inbox message, and mail or SMS through the durable [`outbox`], by the
//! [`channels`] each person chose); [`worker`] hands queued messages to each channel's server;
//! [`digest`] sends managers their daily overdue list; [`elections`] tells a place of its
//! elections; [`visit_reminders`] reminds tenants of
//! a visit in their flat the day before; [`rent`] tells households and the rent office of rent
//! events (reminders, help, plans).

/// The one way events are told: in one transaction, up to `$batch` events of `$table` nobody
/// was told of are claimed (on PostgreSQL `FOR UPDATE SKIP LOCKED`, so nodes take disjoint
/// events; SQLite's single writer serialises them), each is told with `$tell(conn, id)`, and
/// all are marked `notified_at`: a crash before the commit leaves them for the next round, a
/// commit leaves nothing to redo. Evaluates to how many were handled.
macro_rules! tell_pending {
    ($conn:expr, $table:ident, $batch:expr, $tell:expr) => {{
        use diesel::prelude::*;
        use $crate::core::db::DbConnection;
        use $crate::core::schema::$table;
        $crate::core::db::transaction($conn, |conn: &mut DbConnection| {
            let pending = $table::table
                .filter($table::notified_at.is_null())
                .order($table::id)
                .limit($batch)
                .select($table::id);
            let ids: Vec<i32> = match conn {
                DbConnection::Postgresql(pg) => pending.for_update().skip_locked().load(pg)?,
                DbConnection::Sqlite(lite) => pending.load(lite)?,
            };
            for id in &ids {
                $tell(&mut *conn, *id)?;
            }
            diesel::update($table::table.filter($table::id.eq_any(&ids)))
                .set($table::notified_at.eq(chrono::Utc::now().naive_utc()))
                .execute(conn)?;
            Ok::<usize, $crate::core::error::AppError>(ids.len())
        })
    }};
}
pub(crate) use tell_pending;

pub mod channels;
pub mod compose;
pub mod digest;
pub mod elections;
pub mod fanout;
pub mod inbox;
pub mod outbox;
pub mod rent;
pub mod visit_reminders;
pub mod worker;

pub use outbox::Mail;
