DROP INDEX rent_payments_met;
