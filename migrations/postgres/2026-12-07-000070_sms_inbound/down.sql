DROP TABLE phone_codes;
ALTER TABLE visits DROP COLUMN reminded_at;
ALTER TABLE outbox DROP COLUMN urgent;
ALTER TABLE users DROP COLUMN sms_stopped_at;
DROP TABLE sms_questions;
DROP TABLE sms_inbound;
