-- Feed addresses are no longer stored: a row keeps a random seed (in `token`, which the code
-- calls `seed`) and the SHA-256 of the token made from it with the installation's secret.
ALTER TABLE feed_tokens ADD COLUMN token_hash TEXT;
CREATE UNIQUE INDEX feed_tokens_token_hash ON feed_tokens (token_hash);
-- Addresses stored in clear are secrets in every copy of the database: they stop working
-- here, and each person gets a new address the next time it is shown.
DELETE FROM feed_tokens;
