DROP TABLE rent_payments;
DROP TABLE rent_charge_changes;
DROP TABLE rent_charges;
