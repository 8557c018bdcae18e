-- Forward-only in production; this exists for development resets only.
DROP TABLE manager_digests;
ALTER TABLE report_events DROP COLUMN visit_id;
DROP TABLE calendar_feeds;
DROP TABLE response_templates;
DROP TABLE visits;
DROP TABLE service_levels;
DROP INDEX reports_assignee;
DROP INDEX reports_queue;
ALTER TABLE reports DROP COLUMN resolution_due_at;
ALTER TABLE reports DROP COLUMN response_due_at;
ALTER TABLE reports DROP COLUMN assignee_id;
