DROP TABLE api_key_uses;
DROP TABLE api_keys;
ALTER TABLE buildings DROP COLUMN longitude;
ALTER TABLE buildings DROP COLUMN latitude;
