-- Kept in step with the other backend's tree of the same name.

-- When an import last met this payment's line (`portineria rent import`): the import that
-- meets a payment line sets it to its own time, so the number of equal lines before it in the
-- same file is counted in the database rather than kept in memory for every line, and a file of
-- millions of lines imports in constant memory. Empty for payments imported before this
-- column, until an import meets them again.
ALTER TABLE rent_payments ADD COLUMN seen_at TIMESTAMP;
