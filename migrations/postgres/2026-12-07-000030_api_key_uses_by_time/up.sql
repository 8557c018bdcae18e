CREATE INDEX api_key_uses_by_time ON api_key_uses (used_at);
