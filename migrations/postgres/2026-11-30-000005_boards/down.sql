-- Forward-only in production; this exists for development resets only.
DROP TABLE unit_shares;
DROP TABLE building_expenses;
DROP TABLE service_contracts;
DROP TABLE kit_texts;
DROP TABLE kit_sections;
CREATE TABLE calendar_feeds (
    user_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    token TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL
);
INSERT INTO calendar_feeds (user_id, token, created_at)
    SELECT user_id, token, created_at FROM feed_tokens WHERE purpose = 'agenda';
DROP TABLE feed_tokens;
DROP TABLE contact_cards;
DROP TABLE notice_seen;
DROP TABLE notice_inbox;
DROP TABLE notice_events;
DROP TABLE notice_texts;
DROP TABLE notices;
