-- Notifications follow events: each event is told to its followers once, by whichever app node
-- claims it first; `notified_at` marks it done. Events from before this migration were told
-- at the time. Kept in step with migrations/sqlite/2026-11-30-000004_events_fanout/up.sql.
ALTER TABLE report_events ADD COLUMN notified_at TIMESTAMP;
UPDATE report_events SET notified_at = created_at;
CREATE INDEX report_events_pending ON report_events (id) WHERE notified_at IS NULL;

-- One message per person and event, whatever happens to the fan-out.
CREATE UNIQUE INDEX inbox_once ON inbox (user_id, event_id);

-- A visit in a flat outside the tenant's time windows, with their permission to enter.
ALTER TABLE visits ADD COLUMN without_tenant BOOLEAN NOT NULL DEFAULT FALSE;

-- When each person last opened each report: the inbox shows what happened after as new.
CREATE TABLE report_reads (
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    read_at TIMESTAMP NOT NULL,
    PRIMARY KEY (report_id, user_id)
);
INSERT INTO report_reads (report_id, user_id, read_at)
SELECT report_id, user_id, MAX(read_at) FROM inbox WHERE read_at IS NOT NULL
GROUP BY report_id, user_id;
