-- Forward-only in production; this exists for development resets only.
DROP TABLE inbox;
DROP TABLE report_followers;
DROP TABLE report_photos;
DROP TABLE report_events;
DROP TABLE reports;
DROP TABLE category_names;
DROP TABLE categories;
