-- Forward-only in production; this exists for development resets only.
DROP INDEX reports_created;
ALTER TABLE estates DROP COLUMN public_summary;
