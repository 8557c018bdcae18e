-- Rent accounts (DESIGN.md, Rent account). Kept in step with the other backend's tree of the
-- same name. Amounts are integer cents; periods are `YYYY-MM`.

-- What a landlord bills a flat, one line per period and item, as its rent system exports it
-- (`portineria rent import`). The same line imported again with other figures updates it, and
-- what it said before goes to rent_charge_changes: a bill a tenant saw never silently changes.
CREATE TABLE rent_charges (
    id INTEGER PRIMARY KEY,
    unit_id INTEGER NOT NULL REFERENCES units (id),
    period TEXT NOT NULL,
    item TEXT NOT NULL,
    due_on DATE NOT NULL,
    amount_cents BIGINT NOT NULL,
    -- pagoPA: the 18-digit notice code and the creditor's 11-digit tax code, where issued.
    notice_code TEXT,
    creditor_tax_code TEXT,
    imported_at TIMESTAMP NOT NULL,
    UNIQUE (unit_id, period, item)
);

CREATE TABLE rent_charge_changes (
    id INTEGER PRIMARY KEY,
    charge_id INTEGER NOT NULL REFERENCES rent_charges (id),
    due_on DATE NOT NULL,
    amount_cents BIGINT NOT NULL,
    notice_code TEXT,
    creditor_tax_code TEXT,
    replaced_at TIMESTAMP NOT NULL
);
CREATE INDEX rent_charge_changes_charge ON rent_charge_changes (charge_id);

-- Money received for a flat. A file imported again must not count a payment twice, and two
-- equal payments on one day are two payments: `line_key` is the payment's fields with the
-- number of equal lines before it in its file.
CREATE TABLE rent_payments (
    id INTEGER PRIMARY KEY,
    unit_id INTEGER NOT NULL REFERENCES units (id),
    paid_on DATE NOT NULL,
    amount_cents BIGINT NOT NULL,
    notice_code TEXT,
    line_key TEXT NOT NULL,
    imported_at TIMESTAMP NOT NULL,
    UNIQUE (unit_id, line_key)
);
