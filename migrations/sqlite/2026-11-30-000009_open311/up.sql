-- Open311 and the keys of the systems that use it. Kept in step with the other backend's tree
-- of the same name.

-- Where a building stands (WGS 84), so Open311 can place its reports on a map and a report
-- sent with coordinates finds its building.
ALTER TABLE buildings ADD COLUMN latitude REAL;
ALTER TABLE buildings ADD COLUMN longitude REAL;

-- A key an admin issued to another system (a landlord's call centre, a city's Open311 client).
-- Only the SHA-256 of the key is kept; the key itself is shown once. Reports filed with a key
-- are filed by its own account (user_id), which has no password and cannot sign in.
CREATE TABLE api_keys (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    can_write BOOLEAN NOT NULL,
    key_hash TEXT NOT NULL UNIQUE,
    user_id INTEGER NOT NULL REFERENCES users (id),
    created_by INTEGER REFERENCES users (id),
    created_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP,
    last_used_at TIMESTAMP
);

-- Every use of a key, for the admin page and for the per-key rate limit.
CREATE TABLE api_key_uses (
    id INTEGER PRIMARY KEY,
    key_id INTEGER NOT NULL REFERENCES api_keys (id),
    used_at TIMESTAMP NOT NULL,
    method TEXT NOT NULL,
    path TEXT NOT NULL,
    -- false: refused for exceeding the rate limit.
    allowed BOOLEAN NOT NULL
);
CREATE INDEX api_key_uses_recent ON api_key_uses (key_id, used_at);
