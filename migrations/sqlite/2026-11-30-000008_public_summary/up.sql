-- Whether an estate's indicators (/summary) may be read without signing in: its residents
-- always read them; the public only where the estate chose to publish. Kept in step with the
-- other backend's tree of the same name.
ALTER TABLE estates ADD COLUMN public_summary BOOLEAN NOT NULL DEFAULT FALSE;
-- The indicators group reports by month of filing.
CREATE INDEX reports_created ON reports (created_at);
