ALTER TABLE role_grants DROP COLUMN election_id;
DROP TABLE election_inbox;
DROP TABLE election_events;
DROP TABLE election_ballots;
DROP TABLE election_voters;
DROP TABLE election_candidates;
DROP TABLE elections;
DELETE FROM channel_choices WHERE kind = 'election';
ALTER TABLE channel_choices DROP CONSTRAINT channel_choices_kind_check;
ALTER TABLE channel_choices ADD CONSTRAINT channel_choices_kind_check
    CHECK (kind IN ('urgent', 'report', 'visit', 'rent'));
