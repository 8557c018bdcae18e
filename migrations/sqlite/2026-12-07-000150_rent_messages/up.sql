-- Telling households and staff about rent (reminders before and after a due day, a plan's
-- instalments, help asked and answered, a plan proposed, an instalment missed). Kept in step
-- with the other backend's tree of the same name.

-- Each reminder rule is decided once per flat and day due: sent, or not needed because it was
-- paid. A rule decided is never looked at again; "at most one a week" reads the sent ones.
-- Stages: before, due, after (to the household), missed (a plan's instalment, to the staff).
CREATE TABLE rent_reminders (
    unit_id INTEGER NOT NULL REFERENCES units (id),
    due_on DATE NOT NULL,
    stage TEXT NOT NULL,
    sent BOOLEAN NOT NULL,
    decided_on DATE NOT NULL,
    PRIMARY KEY (unit_id, due_on, stage)
);

-- What happened to a household's rent that someone should hear of. The fan-out tells the
-- household or the estate's desk and the landlord's rent office, then marks it notified.
CREATE TABLE rent_events (
    id INTEGER PRIMARY KEY,
    unit_id INTEGER NOT NULL REFERENCES units (id),
    -- reminder_before, reminder_due, reminder_after, instalment_missed, help_asked,
    -- help_answered, plan_proposed.
    kind TEXT NOT NULL,
    -- A reminder's or a missed instalment's day and amount.
    due_on DATE,
    amount_cents BIGINT,
    -- The help request a message was written in.
    request_id INTEGER REFERENCES rent_help_requests (id),
    -- Whoever acted is not told of their own act.
    actor_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    notified_at TIMESTAMP
);
CREATE INDEX rent_events_pending ON rent_events (notified_at, id);

-- A rent message in a person's inbox, until they open the page it links to.
CREATE TABLE rent_inbox (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    event_id INTEGER NOT NULL REFERENCES rent_events (id),
    link TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    read_at TIMESTAMP,
    UNIQUE (user_id, event_id)
);
CREATE INDEX rent_inbox_user ON rent_inbox (user_id, read_at);

-- The reminders' daily look for days due in a window.
CREATE INDEX rent_charges_due ON rent_charges (due_on, unit_id);

-- Channels are chosen for rent messages too. SQLite cannot change a CHECK constraint in
-- place: the table is made again with the wider check, every choice copied across.
CREATE TABLE channel_choices_with_rent (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('urgent', 'report', 'visit', 'rent')),
    email BOOLEAN NOT NULL,
    sms BOOLEAN NOT NULL,
    push BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (user_id, kind)
);
INSERT INTO channel_choices_with_rent (user_id, kind, email, sms, push)
    SELECT user_id, kind, email, sms, push FROM channel_choices;
DROP TABLE channel_choices;
ALTER TABLE channel_choices_with_rent RENAME TO channel_choices;

-- Each flat's place on the early-warning list (/rent/office), worked out when its account
-- changes (an import, a plan proposed or accepted) and each day (days pass: a bill falls due,
-- an instalment is missed), so the list reads these rows rather than every account of the
-- landlord at each view. `since`: the oldest trouble's day, NULL when all is well; `reasons`:
-- the reasons as the API gives them (JSON). The flat's landlord and estate are copied here so
-- that a rent office's or a desk's page of the list is read from this one index, in order,
-- without joining every flagged flat to its building.
CREATE TABLE rent_watch (
    unit_id INTEGER PRIMARY KEY REFERENCES units (id),
    owner_id INTEGER NOT NULL REFERENCES organisations (id),
    estate_id INTEGER NOT NULL REFERENCES estates (id),
    since DATE,
    reasons TEXT NOT NULL,
    worked_out_on DATE NOT NULL
);
CREATE INDEX rent_watch_since ON rent_watch (since, unit_id, owner_id, estate_id)
    WHERE since IS NOT NULL;
