DROP INDEX api_key_uses_by_time;
