DROP TABLE assembly_decisions;
DROP TABLE assembly_minutes;
-- The notices table keeps its wider check: assemblies already posted stay readable.
