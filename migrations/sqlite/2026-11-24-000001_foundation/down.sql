-- Forward-only in production; this exists for development resets only.
DROP TABLE outbox;
DROP TABLE activation_codes;
DROP TABLE magic_links;
DROP TABLE login_attempts;
DROP TABLE sessions;
DROP TABLE role_grants;
DROP TABLE users;
DROP TABLE units;
DROP TABLE stairs;
DROP TABLE buildings;
DROP TABLE estates;
DROP TABLE organisations;
