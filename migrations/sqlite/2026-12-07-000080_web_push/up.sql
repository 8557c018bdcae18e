-- Web Push (RFC 8030, 8291, 8292). Kept in step with the other backend's tree of the same name.

-- The portal's one VAPID key pair, made by whichever node starts first (INSERT … ON CONFLICT
-- DO NOTHING, then read back), so every node signs with the key browsers subscribed with.
-- The private key is a PKCS#8 document in base64; the public key the uncompressed P-256
-- point in base64url, as browsers take it.
CREATE TABLE vapid_keys (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    private_key TEXT NOT NULL,
    public_key TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

-- A browser's subscription: where its push service takes messages for it, and the keys the
-- payload is encrypted with (p256dh, auth, base64url). An address is one browser's, so it is
-- unique; the push service answering 404 or 410 for it removes it.
CREATE TABLE push_subscriptions (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    endpoint TEXT NOT NULL UNIQUE,
    p256dh TEXT NOT NULL,
    auth TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX push_subscriptions_user ON push_subscriptions (user_id);

-- Push chosen per kind of message. Choices made before push existed keep the design's
-- default: urgent notices and report updates by push once it is turned on in the app.
ALTER TABLE channel_choices ADD COLUMN push BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE channel_choices SET push = TRUE WHERE kind IN ('urgent', 'report');
