DROP TABLE rent_watch;
DROP TABLE rent_inbox;
DROP TABLE rent_events;
DROP TABLE rent_reminders;
DROP INDEX rent_charges_due;
DELETE FROM channel_choices WHERE kind = 'rent';
