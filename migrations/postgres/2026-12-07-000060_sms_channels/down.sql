DROP INDEX outbox_pending_channel;
ALTER TABLE outbox DROP COLUMN delivery_at;
ALTER TABLE outbox DROP COLUMN delivery_status;
ALTER TABLE outbox DROP COLUMN parts;
ALTER TABLE outbox DROP COLUMN channel;
DROP TABLE channel_choices;
DROP INDEX users_phone;
ALTER TABLE users DROP COLUMN phone_verified_at;
ALTER TABLE users DROP COLUMN phone;
