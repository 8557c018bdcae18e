ALTER TABLE role_grants DROP COLUMN election_id;
DROP TABLE election_inbox;
DROP TABLE election_events;
DROP TABLE election_ballots;
DROP TABLE election_voters;
DROP TABLE election_candidates;
DROP TABLE elections;
DELETE FROM channel_choices WHERE kind = 'election';
