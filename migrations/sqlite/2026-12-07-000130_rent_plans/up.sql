-- Repayment plans (piani di rientro): instalments the rent office fits to a household, which
-- the household accepts on the page or on paper at the desk; each instalment is followed. Kept
-- in step with the other backend's tree of the same name.
CREATE TABLE rent_plans (
    id INTEGER PRIMARY KEY,
    unit_id INTEGER NOT NULL REFERENCES units (id),
    proposed_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    proposed_at TIMESTAMP NOT NULL,
    accepted_at TIMESTAMP,
    accepted_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    -- Accepted by signing a paper at the desk, which the operator recorded.
    on_paper BOOLEAN NOT NULL DEFAULT FALSE,
    -- A newer proposal replaces one not yet accepted.
    withdrawn_at TIMESTAMP
);
CREATE INDEX rent_plans_unit ON rent_plans (unit_id);

CREATE TABLE rent_plan_instalments (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES rent_plans (id),
    due_on DATE NOT NULL,
    amount_cents BIGINT NOT NULL
);
CREATE INDEX rent_plan_instalments_plan ON rent_plan_instalments (plan_id, due_on);
