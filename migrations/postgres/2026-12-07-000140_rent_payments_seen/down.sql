ALTER TABLE rent_payments DROP COLUMN seen_at;
