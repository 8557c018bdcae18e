-- Elections of a stair's or a building's delegates (DESIGN.md, Election): opened by the desk
-- with a nomination window, a voting window, seats and a term. Kept in step with the other
-- backend's tree of the same name.
CREATE TABLE elections (
    id INTEGER PRIMARY KEY,
    level TEXT NOT NULL CHECK (level IN ('stair', 'building')),
    stair_id INTEGER REFERENCES stairs (id),
    building_id INTEGER NOT NULL REFERENCES buildings (id),
    estate_id INTEGER NOT NULL REFERENCES estates (id),
    seats INTEGER NOT NULL CHECK (seats BETWEEN 1 AND 9),
    nominations_until TIMESTAMP NOT NULL,
    voting_from TIMESTAMP NOT NULL,
    voting_until TIMESTAMP NOT NULL,
    term_months INTEGER NOT NULL CHECK (term_months BETWEEN 1 AND 60),
    -- The election whose tie this one settles, between the tied candidates only.
    runoff_of INTEGER REFERENCES elections (id),
    opened_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    -- When the place was told that voting opened (the scheduler's mark, once).
    voting_announced_at TIMESTAMP,
    -- The secret that turns a flat into its ballot's token; destroyed at the close, with the
    -- ballots, so that nothing left can link a flat to a choice.
    ballot_key TEXT,
    closed_at TIMESTAMP,
    -- The count, written at the close: flats in the place, flats that voted, blank ballots,
    -- and "no" to the only candidate.
    units INTEGER,
    units_voted INTEGER,
    blank INTEGER,
    against INTEGER,
    -- When the desk was reminded that the winners' term ends in two months.
    term_reminded_at TIMESTAMP,
    CHECK (nominations_until <= voting_from AND voting_from < voting_until)
);
CREATE INDEX elections_building ON elections (building_id, stair_id);
CREATE INDEX elections_open ON elections (closed_at, voting_until);

CREATE TABLE election_candidates (
    id INTEGER PRIMARY KEY,
    election_id INTEGER NOT NULL REFERENCES elections (id),
    user_id INTEGER NOT NULL REFERENCES users (id),
    -- A few words in the candidate's language (which may be empty).
    statement TEXT NOT NULL,
    statement_locale TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    withdrawn_at TIMESTAMP,
    -- Written at the close.
    votes INTEGER,
    elected BOOLEAN NOT NULL DEFAULT FALSE,
    UNIQUE (election_id, user_id)
);

-- That a flat voted, and how (web, sms, paper) — and nothing of what it chose.
CREATE TABLE election_voters (
    election_id INTEGER NOT NULL REFERENCES elections (id),
    unit_id INTEGER NOT NULL REFERENCES units (id),
    channel TEXT NOT NULL CHECK (channel IN ('web', 'sms', 'paper')),
    PRIMARY KEY (election_id, unit_id)
) WITHOUT ROWID;

-- What was chosen, under a token that only the election's key turns back into a flat: no id,
-- no time, no order of casting (on SQLite the rows are kept in the token's order). Counted
-- and deleted at the close, when the key is destroyed. A candidate, or none: blank, or "no"
-- to the only candidate (`against`).
CREATE TABLE election_ballots (
    election_id INTEGER NOT NULL REFERENCES elections (id),
    token TEXT NOT NULL,
    candidate_id INTEGER REFERENCES election_candidates (id),
    against BOOLEAN NOT NULL,
    PRIMARY KEY (election_id, token)
) WITHOUT ROWID;

-- What the place hears of: nominations open, voting open, the result (and a runoff), and, for
-- the desk, a term ending. Told by the fan-out once, as other events.
CREATE TABLE election_events (
    id INTEGER PRIMARY KEY,
    election_id INTEGER NOT NULL REFERENCES elections (id),
    kind TEXT NOT NULL CHECK (kind IN ('nominations_open', 'voting_open', 'result', 'term_ending')),
    created_at TIMESTAMP NOT NULL,
    notified_at TIMESTAMP
);
CREATE INDEX election_events_pending ON election_events (notified_at, id);

CREATE TABLE election_inbox (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    event_id INTEGER NOT NULL REFERENCES election_events (id),
    link TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    read_at TIMESTAMP,
    UNIQUE (user_id, event_id)
);
CREATE INDEX election_inbox_user ON election_inbox (user_id, read_at);

-- A delegate chosen by an election holds the role until the term's end; the board says so
-- ("chosen on … with N of M flats voting"), and "appointed by the desk" for the others.
ALTER TABLE role_grants ADD COLUMN election_id INTEGER REFERENCES elections (id);

-- Channels are chosen for election news too. SQLite cannot change a CHECK constraint in
-- place: the table is made again with the wider check, every choice copied across.
CREATE TABLE channel_choices_with_elections (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('urgent', 'report', 'visit', 'rent', 'election')),
    email BOOLEAN NOT NULL,
    sms BOOLEAN NOT NULL,
    push BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (user_id, kind)
);
INSERT INTO channel_choices_with_elections (user_id, kind, email, sms, push)
    SELECT user_id, kind, email, sms, push FROM channel_choices;
DROP TABLE channel_choices;
ALTER TABLE channel_choices_with_elections RENAME TO channel_choices;
