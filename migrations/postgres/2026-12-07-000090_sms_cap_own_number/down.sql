ALTER TABLE visits DROP COLUMN nobody_home;
ALTER TABLE phone_codes DROP COLUMN phone;
DROP INDEX outbox_sms_sent;
ALTER TABLE outbox DROP COLUMN estate_id;
