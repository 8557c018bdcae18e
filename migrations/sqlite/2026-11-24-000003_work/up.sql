-- The technicians' workspace: assignment, visits, service levels, response templates and
-- calendar feeds. Kept in step with migrations/postgres/2026-11-24-000003_work/up.sql.

ALTER TABLE reports ADD COLUMN assignee_id INTEGER REFERENCES users (id);
-- When the first answer and the fix are due, from the organisation's service levels.
ALTER TABLE reports ADD COLUMN response_due_at TIMESTAMP;
ALTER TABLE reports ADD COLUMN resolution_due_at TIMESTAMP;

-- The queue: one organisation's open reports, the fix due soonest first. The condition must
-- stay the same as the queue query's, so the planner can use the index in order; the
-- trailing columns let the queue's counts be read from the index alone.
CREATE INDEX reports_queue ON reports
    (organisation_id, resolution_due_at, id, status, assignee_id, response_due_at, first_response_at)
    WHERE status IN ('received', 'acknowledged', 'scheduled', 'in_progress');
CREATE INDEX reports_assignee ON reports (assignee_id, status);

CREATE TABLE service_levels (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    priority TEXT NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    first_response_hours INTEGER NOT NULL CHECK (first_response_hours > 0),
    resolution_hours INTEGER NOT NULL CHECK (resolution_hours > 0),
    PRIMARY KEY (organisation_id, priority)
);

CREATE TABLE visits (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    technician_id INTEGER NOT NULL REFERENCES users (id),
    starts_at TIMESTAMP NOT NULL,
    ends_at TIMESTAMP NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('planned', 'done', 'cancelled')),
    notes TEXT NOT NULL DEFAULT '',
    -- The tenant asked for another time.
    change_requested TEXT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX visits_technician ON visits (technician_id, starts_at);
CREATE INDEX visits_report ON visits (report_id);

CREATE TABLE response_templates (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    -- NULL: for every category.
    category_id INTEGER REFERENCES categories (id),
    locale TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX response_templates_org ON response_templates (organisation_id, category_id);

-- A technician's agenda as an iCalendar feed at a secret URL; a new token revokes the old.
-- The token is kept as it is: the URL must be shown again, and it reads only the agenda.
CREATE TABLE calendar_feeds (
    user_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    token TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL
);

-- Timeline events about a visit name it.
ALTER TABLE report_events ADD COLUMN visit_id INTEGER REFERENCES visits (id);

-- One digest of overdue reports a day for each manager, whichever node sends it.
CREATE TABLE manager_digests (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day DATE NOT NULL,
    PRIMARY KEY (user_id, day)
);
