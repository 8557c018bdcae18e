-- Forward-only in production; this exists for development resets only.
DROP TABLE report_reads;
ALTER TABLE visits DROP COLUMN without_tenant;
DROP INDEX inbox_once;
DROP INDEX report_events_pending;
ALTER TABLE report_events DROP COLUMN notified_at;
