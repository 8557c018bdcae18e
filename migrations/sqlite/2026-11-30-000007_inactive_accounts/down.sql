-- Forward-only in production; this exists for development resets only.
ALTER TABLE users DROP COLUMN anonymised_at;
ALTER TABLE users DROP COLUMN last_active_at;
