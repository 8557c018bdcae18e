-- Forward-only in production; this exists for development resets only.
DROP TABLE unit_shares;
DROP TABLE building_expenses;
DROP TABLE service_contracts;
DROP TABLE kit_texts;
DROP TABLE kit_sections;
DROP TABLE feed_tokens;
DROP TABLE contact_cards;
DROP TABLE notice_seen;
DROP TABLE notice_inbox;
DROP TABLE notice_events;
DROP TABLE notice_texts;
DROP TABLE notices;
