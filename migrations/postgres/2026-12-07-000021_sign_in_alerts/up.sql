-- Someone guessing a person's password: one row per person, the latest episode (from the first
-- address closed to their account until an hour without wrong passwords), so they are told once.
CREATE TABLE sign_in_alerts (
    user_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    started_at TIMESTAMP NOT NULL,
    last_failure_at TIMESTAMP NOT NULL
);
