-- The rent office's and the desk's contacts with a household flagged early (/rent/office):
-- who got in touch, when, and a short note, so the next person does not call again the next day.
-- Kept in step with the other backend's tree of the same name.
CREATE TABLE rent_contacts (
    id INTEGER PRIMARY KEY,
    unit_id INTEGER NOT NULL REFERENCES units (id),
    user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    contacted_at TIMESTAMP NOT NULL,
    note TEXT NOT NULL
);
CREATE INDEX rent_contacts_unit ON rent_contacts (unit_id, contacted_at);
