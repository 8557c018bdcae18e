-- Mobile numbers and channels: a person's number (E.164, unique; a number the desk enters is
-- verified), which channels each kind of message goes by, and SMS in the same durable outbox
-- as mail (one claiming mechanism for both, told apart by channel). Kept in step with the
-- other backend's tree of the same name.
ALTER TABLE users ADD COLUMN phone TEXT;
ALTER TABLE users ADD COLUMN phone_verified_at TIMESTAMP;
CREATE UNIQUE INDEX users_phone ON users (phone);

-- A person's choice for one kind of message ('urgent', 'report', 'visit'); without a row the
-- defaults apply (mail when they have an address, else SMS to a verified number).
CREATE TABLE channel_choices (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('urgent', 'report', 'visit')),
    email BOOLEAN NOT NULL,
    sms BOOLEAN NOT NULL,
    PRIMARY KEY (user_id, kind)
);

-- 'mail' rows have a subject and two bodies; 'sms' rows a number as recipient and the text in
-- body_text. Parts: how many SMS the text went as (each is billed). The gateway's delivery
-- report (Kannel's dlr status: 1 delivered, 2 failed, 4 buffered, 8 at the SMSC, 16 rejected).
ALTER TABLE outbox ADD COLUMN channel TEXT NOT NULL DEFAULT 'mail';
ALTER TABLE outbox ADD COLUMN parts INTEGER;
ALTER TABLE outbox ADD COLUMN delivery_status INTEGER;
ALTER TABLE outbox ADD COLUMN delivery_at TIMESTAMP;
CREATE INDEX outbox_pending_channel ON outbox (channel, next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
