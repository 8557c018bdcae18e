-- SMS from phones and the questions a reply answers. Kept in step with the other backend's
-- tree of the same name.

-- Each message from the gateway once, by its id: Kannel retries a get-url that failed, and a
-- retried delivery must change nothing. The sender is kept only as a digest: enough to slow a
-- number that floods the address and to answer a stranger at most once a day, never a list
-- of who wrote. The reply sent, by its message key.
CREATE TABLE sms_inbound (
    gateway_id TEXT PRIMARY KEY,
    sender_digest TEXT NOT NULL,
    user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    reply TEXT,
    received_at TIMESTAMP NOT NULL
);
CREATE INDEX sms_inbound_sender ON sms_inbound (sender_digest, received_at);

-- What the portal asked someone by SMS that a bare yes or no answers: "is it fixed?" about a
-- resolved report ('fixed'), "will someone be home?" before a planned visit ('visit').
CREATE TABLE sms_questions (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    visit_id INTEGER REFERENCES visits (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('fixed', 'visit')),
    asked_at TIMESTAMP NOT NULL,
    answered_at TIMESTAMP
);
CREATE INDEX sms_questions_open ON sms_questions (user_id, asked_at) WHERE answered_at IS NULL;

-- STOP: no SMS any more until the tenant, with the desk, asks for them again.
ALTER TABLE users ADD COLUMN sms_stopped_at TIMESTAMP;

-- SMS that may go during the quiet hours (21:00-08:00): urgent notices, and answers to a
-- person who has just written. The others wait in the outbox until the morning.
ALTER TABLE outbox ADD COLUMN urgent BOOLEAN NOT NULL DEFAULT FALSE;

-- The day-before reminder of an in-flat visit, sent once.
ALTER TABLE visits ADD COLUMN reminded_at TIMESTAMP;

-- Signing in with only a mobile number: a 6-digit code sent by SMS, of which only a digest is
-- kept; it lasts 10 minutes and allows 5 tries.
CREATE TABLE phone_codes (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    tries INTEGER NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);
CREATE INDEX phone_codes_user ON phone_codes (user_id, created_at);
