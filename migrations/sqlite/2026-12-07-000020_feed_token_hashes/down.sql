DROP INDEX feed_tokens_token_hash;
ALTER TABLE feed_tokens DROP COLUMN token_hash;
