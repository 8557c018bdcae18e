-- Fault reports: categories with routing, reports, their timeline, photos, followers and the
-- in-app inbox. Kept in step with migrations/postgres/2026-11-24-000002_reports/up.sql.

CREATE TABLE categories (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    icon TEXT NOT NULL,
    default_priority TEXT NOT NULL CHECK (default_priority IN ('low', 'normal', 'high', 'urgent')),
    -- NULL: the owner of the building answers.
    route_to_organisation_id INTEGER REFERENCES organisations (id),
    -- Not technical (neighbour disputes): the estate's desk answers, and reports stay private.
    route_to_desk BOOLEAN NOT NULL DEFAULT FALSE,
    position INTEGER NOT NULL DEFAULT 0,
    active BOOLEAN NOT NULL DEFAULT TRUE
);

CREATE TABLE category_names (
    category_id INTEGER NOT NULL REFERENCES categories (id) ON DELETE CASCADE,
    locale TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (category_id, locale)
);

CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    category_id INTEGER NOT NULL REFERENCES categories (id),
    location TEXT NOT NULL CHECK (location IN ('unit', 'stair', 'building', 'estate')),
    unit_id INTEGER REFERENCES units (id),
    stair_id INTEGER REFERENCES stairs (id),
    building_id INTEGER REFERENCES buildings (id),
    estate_id INTEGER NOT NULL REFERENCES estates (id),
    spot TEXT,
    description TEXT NOT NULL,
    status TEXT NOT NULL,
    priority TEXT NOT NULL,
    -- Who answers; NULL: the estate's desk operators.
    organisation_id INTEGER REFERENCES organisations (id),
    private BOOLEAN NOT NULL,
    filed_by INTEGER NOT NULL REFERENCES users (id),
    filed_for INTEGER NOT NULL REFERENCES users (id),
    show_name BOOLEAN NOT NULL DEFAULT FALSE,
    permission_to_enter BOOLEAN NOT NULL DEFAULT FALSE,
    time_windows TEXT NOT NULL DEFAULT '',
    idempotency_key TEXT,
    duplicate_of INTEGER REFERENCES reports (id),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    first_response_at TIMESTAMP,
    resolved_at TIMESTAMP,
    closed_at TIMESTAMP,
    UNIQUE (filed_by, idempotency_key)
);
CREATE INDEX reports_organisation_status ON reports (organisation_id, status);
CREATE INDEX reports_stair_status ON reports (stair_id, status);
CREATE INDEX reports_building_status ON reports (building_id, status);
CREATE INDEX reports_estate_status ON reports (estate_id, status);
CREATE INDEX reports_unit ON reports (unit_id);
CREATE INDEX reports_filed_for ON reports (filed_for);
CREATE INDEX reports_resolved ON reports (status, resolved_at);

CREATE TABLE report_events (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    from_status TEXT,
    to_status TEXT,
    body TEXT NOT NULL DEFAULT '',
    public BOOLEAN NOT NULL,
    actor_id INTEGER REFERENCES users (id),
    -- A transfer names the organisation that answers now; a duplicate, the report it joins.
    organisation_id INTEGER REFERENCES organisations (id),
    related_report_id INTEGER REFERENCES reports (id),
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX report_events_report ON report_events (report_id, id);

CREATE TABLE report_photos (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    event_id INTEGER REFERENCES report_events (id) ON DELETE CASCADE,
    storage_key TEXT NOT NULL UNIQUE,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX report_photos_report ON report_photos (report_id);

CREATE TABLE report_followers (
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    me_too BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (report_id, user_id)
);
CREATE INDEX report_followers_user ON report_followers (user_id);

CREATE TABLE inbox (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    event_id INTEGER NOT NULL REFERENCES report_events (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    read_at TIMESTAMP
);
CREATE INDEX inbox_user ON inbox (user_id, read_at);

-- The categories every installation starts with; names in the two reference languages, the
-- others come through the category editor.
INSERT INTO categories (code, icon, default_priority, route_to_desk, position) VALUES
    ('plumbing', 'plumbing', 'high', FALSE, 10),
    ('heating', 'heating', 'high', FALSE, 20),
    ('lift', 'lift', 'high', FALSE, 30),
    ('electrical', 'electrical', 'high', FALSE, 40),
    ('doors', 'doors', 'normal', FALSE, 50),
    ('damp', 'damp', 'normal', FALSE, 60),
    ('cleaning', 'cleaning', 'low', FALSE, 70),
    ('waste', 'waste', 'low', FALSE, 80),
    ('green', 'green', 'low', FALSE, 90),
    ('pests', 'pests', 'normal', FALSE, 100),
    ('coexistence', 'coexistence', 'normal', TRUE, 110),
    ('other', 'other', 'normal', FALSE, 120);

INSERT INTO category_names (category_id, locale, name)
SELECT id, 'it', CASE code
    WHEN 'plumbing' THEN 'Acqua e scarichi'
    WHEN 'heating' THEN 'Riscaldamento'
    WHEN 'lift' THEN 'Ascensore'
    WHEN 'electrical' THEN 'Luce e impianto elettrico'
    WHEN 'doors' THEN 'Porte, portoni e serrature'
    WHEN 'damp' THEN 'Umidità e muffa'
    WHEN 'cleaning' THEN 'Pulizia delle parti comuni'
    WHEN 'waste' THEN 'Rifiuti'
    WHEN 'green' THEN 'Verde e cortili'
    WHEN 'pests' THEN 'Topi e insetti'
    WHEN 'coexistence' THEN 'Problemi tra vicini'
    ELSE 'Altro' END
FROM categories;

INSERT INTO category_names (category_id, locale, name)
SELECT id, 'en', CASE code
    WHEN 'plumbing' THEN 'Water and drains'
    WHEN 'heating' THEN 'Heating'
    WHEN 'lift' THEN 'Lift'
    WHEN 'electrical' THEN 'Lights and electrics'
    WHEN 'doors' THEN 'Doors, gates and locks'
    WHEN 'damp' THEN 'Damp and mould'
    WHEN 'cleaning' THEN 'Cleaning of common areas'
    WHEN 'waste' THEN 'Rubbish'
    WHEN 'green' THEN 'Gardens and courtyards'
    WHEN 'pests' THEN 'Rats and insects'
    WHEN 'coexistence' THEN 'Problems between neighbours'
    ELSE 'Other' END
FROM categories;
