-- Assemblies: a notice of kind 'assembly' convenes one (its event_at is when it meets, its body
-- the agenda), and after it the minutes with the attendance and the decisions with their votes.
-- Kept in step with migrations/postgres/2026-12-08-000200_assemblies/up.sql.

-- SQLite cannot change a CHECK constraint in place: the notices table is made again with the
-- wider check (SQLite's "12 steps"). Foreign keys are off while it is, or dropping the old
-- table would delete every notice's texts, events, inbox entries and "seen" with it; they are
-- off only outside a transaction, hence metadata.toml.
PRAGMA foreign_keys = OFF;
BEGIN;

CREATE TABLE notices_with_assemblies (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL
        CHECK (kind IN ('agency', 'works', 'event', 'rules', 'offer_seek', 'assembly')),
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
    -- Events, assemblies and works: when and where, in the estate's local time.
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
INSERT INTO notices_with_assemblies (id, kind, level, stair_id, building_id, estate_id,
        author_id, state, urgent, pinned, starts_at, expires_at, event_at, event_place,
        works_from, works_until, services, progress, image_key, created_at, updated_at)
    SELECT id, kind, level, stair_id, building_id, estate_id, author_id, state, urgent, pinned,
        starts_at, expires_at, event_at, event_place, works_from, works_until, services,
        progress, image_key, created_at, updated_at
    FROM notices;
DROP TABLE notices;
ALTER TABLE notices_with_assemblies RENAME TO notices;
CREATE INDEX notices_stair ON notices (stair_id, state);
CREATE INDEX notices_building ON notices (building_id, state);
CREATE INDEX notices_board ON notices (estate_id, state, pinned, urgent, starts_at, id);
CREATE INDEX notices_author ON notices (author_id);

-- The minutes of an assembly, once it has met: one per notice, replaced when its poster or the
-- desk corrects them. `attendance`: the households present, when the minutes say.
CREATE TABLE assembly_minutes (
    notice_id INTEGER PRIMARY KEY REFERENCES notices (id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    attendance INTEGER CHECK (attendance >= 0),
    published_by INTEGER NOT NULL REFERENCES users (id),
    published_at TIMESTAMP NOT NULL
);

-- What the assembly decided, in the minutes' order, with the votes.
CREATE TABLE assembly_decisions (
    notice_id INTEGER NOT NULL REFERENCES assembly_minutes (notice_id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    text TEXT NOT NULL,
    votes_for INTEGER NOT NULL CHECK (votes_for >= 0),
    votes_against INTEGER NOT NULL CHECK (votes_against >= 0),
    votes_abstained INTEGER NOT NULL CHECK (votes_abstained >= 0),
    PRIMARY KEY (notice_id, position)
);

-- Lists any row left pointing at a notice that is not there (none: every id was copied as it was).
PRAGMA foreign_key_check;
COMMIT;
PRAGMA foreign_keys = ON;
