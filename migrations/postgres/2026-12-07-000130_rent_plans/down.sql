DROP TABLE rent_plan_instalments;
DROP TABLE rent_plans;
