-- The audit trail: what staff, admins, the command line and the portal's own jobs changed
-- (roles, imports, anonymisations, API keys, categories, welcome kits). Rows are only ever
-- added, never changed or pruned. Kept in step with the other backend's tree of the same name.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TIMESTAMP NOT NULL,
    -- 'person' (actor_id and the name they had then), 'command-line' or 'job'.
    actor_kind TEXT NOT NULL,
    actor_id INTEGER REFERENCES users (id),
    actor_name TEXT NOT NULL DEFAULT '',
    -- A stable code ('role-granted', 'api-key-revoked', …) and what it concerned, as JSON.
    action TEXT NOT NULL,
    details TEXT NOT NULL DEFAULT '{}'
);

CREATE INDEX audit_log_at ON audit_log (at);
