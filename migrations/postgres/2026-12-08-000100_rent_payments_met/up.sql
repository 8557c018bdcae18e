-- Kept in step with the other backend's tree of the same name.

-- What an import reads of a batch's flats' payments (`rent::import::write`): each line's key and
-- whether this import met it already, from the index alone. Without it SQLite, whose statistics
-- were taken while the table was small, planned the lookup as a scan of every payment for each
-- batch, and a file of millions of lines took hours.
CREATE INDEX rent_payments_met ON rent_payments (unit_id, line_key, seen_at);
