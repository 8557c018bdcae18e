-- When each person last signed in, and when an account unused for too long was anonymised:
-- its name, addresses, sign-in and roles go; its reports, notices and words in timelines stay,
-- under a name that says nobody. Kept in step with the other backend's tree of the same name.
ALTER TABLE users ADD COLUMN last_active_at TIMESTAMP;
ALTER TABLE users ADD COLUMN anonymised_at TIMESTAMP;
UPDATE users SET last_active_at =
    (SELECT MAX(sessions.created_at) FROM sessions WHERE sessions.user_id = users.id);
