-- "I'm struggling to pay": a household's private request for help with its rent, and the
-- thread in which the estate's desk and the landlord's rent office answer it. Only they and the
-- household read it. Kept in step with the other backend's tree of the same name.
CREATE TABLE rent_help_requests (
    id INTEGER PRIMARY KEY,
    unit_id INTEGER NOT NULL REFERENCES units (id),
    -- The tenant who asked, or the desk operator who wrote it down with them.
    asked_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    -- Reason codes the household chose, comma-separated (job_lost, illness, ...).
    reasons TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    -- The first answer from the desk or the rent office: the indicator "time to first answer".
    first_answer_at TIMESTAMP
);
CREATE INDEX rent_help_requests_unit ON rent_help_requests (unit_id);

CREATE TABLE rent_help_messages (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES rent_help_requests (id),
    author_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    -- Written by (or for) the household, rather than by the desk or the rent office.
    from_household BOOLEAN NOT NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX rent_help_messages_request ON rent_help_messages (request_id, id);
