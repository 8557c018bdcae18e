-- Assemblies: a notice of kind 'assembly' convenes one (its event_at is when it meets, its body
-- the agenda), and after it the minutes with the attendance and the decisions with their votes.
-- Kept in step with migrations/sqlite/2026-12-08-000200_assemblies/up.sql.

ALTER TABLE notices DROP CONSTRAINT notices_kind_check;
ALTER TABLE notices ADD CONSTRAINT notices_kind_check
    CHECK (kind IN ('agency', 'works', 'event', 'rules', 'offer_seek', 'assembly'));

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
