-- Kept in step with the other backend's tree of the same name.

-- The estate an SMS is billed to, for the daily cap per estate (none: answers and sign-in
-- codes to people of no estate, never held).
ALTER TABLE outbox ADD COLUMN estate_id INTEGER REFERENCES estates (id) ON DELETE SET NULL;
CREATE INDEX outbox_sms_sent ON outbox (channel, sent_at);

-- The number a code was sent to: a person's own number is theirs only once they type the code
-- it received.
ALTER TABLE phone_codes ADD COLUMN phone TEXT;

-- A visit carried out ('done') that found nobody home: the report waits for another, and
-- /stats counts how often it happens (the day-before reminder is meant to make it rarer).
ALTER TABLE visits ADD COLUMN nobody_home BOOLEAN NOT NULL DEFAULT FALSE;
