-- Notice boards, the welcome kit and the buildings' accounts.
-- Kept in step with migrations/postgres/2026-11-30-000005_boards/up.sql.

-- A notice on the board of a stair, a building or an estate. Its place columns are the ones
-- the access rules filter on (a stair notice knows its building and estate).
CREATE TABLE notices (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('agency', 'works', 'event', 'rules', 'offer_seek')),
    level TEXT NOT NULL CHECK (level IN ('stair', 'building', 'estate')),
    stair_id INTEGER REFERENCES stairs (id),
    building_id INTEGER REFERENCES buildings (id),
    estate_id INTEGER NOT NULL REFERENCES estates (id),
    author_id INTEGER NOT NULL REFERENCES users (id),
    -- pending: a resident's offer or request waiting for a delegate's approval.
    state TEXT NOT NULL CHECK (state IN ('pending', 'live', 'removed')),
    urgent BOOLEAN NOT NULL DEFAULT FALSE,
    pinned BOOLEAN NOT NULL DEFAULT FALSE,
    starts_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP,
    -- Events and works: when and where, in the estate's local time.
    event_at TIMESTAMP,
    event_place TEXT,
    works_from TIMESTAMP,
    works_until TIMESTAMP,
    -- Services a work cuts or touches: water, lift, heating, gas, electricity.
    services TEXT NOT NULL DEFAULT '',
    progress TEXT CHECK (progress IN ('planned', 'in_progress', 'suspended', 'done')),
    image_key TEXT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX notices_stair ON notices (stair_id, state);
CREATE INDEX notices_building ON notices (building_id, state);
-- A board: an estate's notices in board order, read until a page is full.
CREATE INDEX notices_board ON notices (estate_id, state, pinned, urgent, starts_at, id);
-- Everyone sees their own notices, wherever they posted them.
CREATE INDEX notices_author ON notices (author_id);

-- Title and body in each language a notice is written in (Italian always).
CREATE TABLE notice_texts (
    notice_id INTEGER NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
    locale TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (notice_id, locale)
);

-- What happened to a notice, with who and why: posted, published, edited (the text before),
-- approved, removed, progress. Urgent notices are told to residents from these, once.
CREATE TABLE notice_events (
    id INTEGER PRIMARY KEY,
    notice_id INTEGER NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    actor_id INTEGER REFERENCES users (id),
    body TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    notified_at TIMESTAMP
);
CREATE INDEX notice_events_notice ON notice_events (notice_id, id);
CREATE INDEX notice_events_pending ON notice_events (id) WHERE notified_at IS NULL;

-- An urgent notice in a resident's inbox: once per person, whatever happens.
CREATE TABLE notice_inbox (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    notice_id INTEGER NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, notice_id)
);

-- "Seen": a household has seen a notice when one of its tenants has.
CREATE TABLE notice_seen (
    notice_id INTEGER NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    seen_at TIMESTAMP NOT NULL,
    PRIMARY KEY (notice_id, user_id)
);
-- What one reader has seen, counted on every board they open.
CREATE INDEX notice_seen_user ON notice_seen (user_id);

-- How a delegate agrees to be reached, shown on their boards: only what they chose.
CREATE TABLE contact_cards (
    user_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    phone TEXT,
    show_email BOOLEAN NOT NULL DEFAULT FALSE,
    hours TEXT,
    updated_at TIMESTAMP NOT NULL
);

-- Secret feed addresses (a resident's board as Atom, events and works as iCalendar); a new
-- token revokes the old.
CREATE TABLE feed_tokens (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    token TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, purpose)
);

-- Technicians' agenda addresses move here: one table for every secret feed address.
INSERT INTO feed_tokens (user_id, purpose, token, created_at)
    SELECT user_id, 'agenda', token, created_at FROM calendar_feeds;
DROP TABLE calendar_feeds;

-- The welcome kit: sections per estate, some per building, each versioned per language.
CREATE TABLE kit_sections (
    id INTEGER PRIMARY KEY,
    estate_id INTEGER NOT NULL REFERENCES estates (id),
    building_id INTEGER REFERENCES buildings (id),
    topic TEXT NOT NULL CHECK (topic IN ('numbers', 'rules', 'services', 'waste', 'history')),
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX kit_sections_estate ON kit_sections (estate_id, position);

-- Every version of a section's text in one language: the current one, the ones it replaced,
-- and delegates' proposals waiting for an operator.
CREATE TABLE kit_texts (
    id INTEGER PRIMARY KEY,
    section_id INTEGER NOT NULL REFERENCES kit_sections (id) ON DELETE CASCADE,
    locale TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('current', 'superseded', 'proposed', 'rejected')),
    author_id INTEGER REFERENCES users (id),
    reviewed_by INTEGER REFERENCES users (id),
    created_at TIMESTAMP NOT NULL,
    reviewed_at TIMESTAMP
);
CREATE INDEX kit_texts_section ON kit_texts (section_id, locale, state);

-- Transparency: who serves a building, what it cost, and each household's share.
CREATE TABLE service_contracts (
    id INTEGER PRIMARY KEY,
    building_id INTEGER NOT NULL REFERENCES buildings (id),
    service TEXT NOT NULL,
    contractor TEXT NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE,
    contact TEXT NOT NULL DEFAULT '',
    UNIQUE (building_id, service, starts_on)
);

CREATE TABLE building_expenses (
    id INTEGER PRIMARY KEY,
    building_id INTEGER NOT NULL REFERENCES buildings (id),
    year INTEGER NOT NULL,
    item TEXT NOT NULL,
    amount_cents BIGINT NOT NULL,
    UNIQUE (building_id, year, item)
);

CREATE TABLE unit_shares (
    unit_id INTEGER NOT NULL REFERENCES units (id),
    year INTEGER NOT NULL,
    amount_cents BIGINT NOT NULL,
    PRIMARY KEY (unit_id, year)
);
