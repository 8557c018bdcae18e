DROP TABLE assembly_decisions;
DROP TABLE assembly_minutes;
ALTER TABLE notices DROP CONSTRAINT notices_kind_check;
ALTER TABLE notices ADD CONSTRAINT notices_kind_check
    CHECK (kind IN ('agency', 'works', 'event', 'rules', 'offer_seek'));
