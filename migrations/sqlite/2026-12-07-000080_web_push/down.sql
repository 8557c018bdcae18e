ALTER TABLE channel_choices DROP COLUMN push;
DROP TABLE push_subscriptions;
DROP TABLE vapid_keys;
